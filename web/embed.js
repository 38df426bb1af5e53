// <leg-cramp-check> (embed-<hash>.js; hosts load it through the stable embed.js): one script and
// the element, anywhere. Shadow DOM keeps the host page's CSS out and ours in; each element is its
// own app (no shared URL, history or storage).
// BUILD (written in by scripts/post_build.mjs):
//   { glue, wasm, wasmIntegrity, css, cssIntegrity, fallback, clinic, translate } where fallback is
//   our own build's static HTML (emergency signs) in the default language, never content from
//   the host page, and translate the module that swaps in another language's (web/fallback.js).

const base = new URL('./', import.meta.url);
let app;
const load = () => app ??= import(new URL(`./${BUILD.glue}`, base).href).then(async (m) => {
  await m.default({ module_or_path: fetch(new URL(`./${BUILD.wasm}`, base), { integrity: BUILD.wasmIntegrity }) });
  return m;
});

const ATTRS = ['lang', 'region', 'emergency-number', 'start'];

class LegCrampCheck extends HTMLElement {
  static get observedAttributes() { return ATTRS; }

  connectedCallback() {
    if (!this.shadowRoot) this.attachShadow({ mode: 'open' });
    if (!this.widget && !this.shadowRoot.firstChild) this.render();
  }

  // A changed attribute (say the region) starts the check afresh with the new setting.
  attributeChangedCallback() {
    if (!this.widget) return;
    this.disconnectedCallback();
    this.render();
  }

  render() {
    const root = this.shadowRoot;
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = new URL(`./${BUILD.css}`, base).href;
    style.integrity = BUILD.cssIntegrity;
    style.crossOrigin = 'anonymous';
    const host = document.createElement('div');
    host.className = 'cc-host';
    host.setAttribute('data-embedded', '');
    // Where the app fetches its text packs from: beside this script, not the host page.
    host.setAttribute('data-base', base.href);
    for (const a of ATTRS) if (this.hasAttribute(a)) host.setAttribute(`data-${a}`, this.getAttribute(a));
    host.innerHTML = `${BUILD.fallback}<div class=cc-app-root></div>`;
    // The doctor's summary asks for its clinic section (web/clinic.js) when it opens. (The
    // target is read at once: the DOM clears it after dispatch inside a shadow root.) A widget
    // has no diary: its start screen links to the app's.
    host.addEventListener('cc-modules', (e) => {
      const section = e.target.querySelector('.cc-clinic');
      if (section) import(new URL(`./${BUILD.clinic}`, base).href).then((m) => m.show(section), (err) => console.error('CrampCheck could not load the clinic module:', err));
    }, true);
    root.append(style, host);
    load().then((m) => { this.widget = m.mountWidget(host); }, (e) => {
      console.error('CrampCheck could not start:', e);
      const f = host.querySelector('.cc-fallback');
      f.hidden = false;
      f.classList.add('cc-fallback-error');
      // In the widget's language (its lang, else its page's), else the browser's.
      const tags = [this.getAttribute('lang'), document.documentElement.lang, ...navigator.languages];
      import(new URL(`./${BUILD.translate}`, base).href).then((m) => m.translate(f, tags), () => {});
    });
  }

  disconnectedCallback() {
    this.widget?.unmount();
    this.widget = null;
    this.shadowRoot?.replaceChildren();
  }
}

if (!customElements.get('leg-cramp-check')) customElements.define('leg-cramp-check', LegCrampCheck);
