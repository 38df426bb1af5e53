// Trunk post-build hook (runs on the staging folder before it becomes dist/). It writes what Trunk
// cannot: a start-up script without inline JS, the embeds, the offline service worker, and fresh
// subresource-integrity hashes.
//  - boot-<hash>.js replaces Trunk's inline start-up script (so the CSP needs no 'unsafe-inline'),
//    shows the static fallback if the app cannot start, and registers the service worker.
//  - embed-<hash>.js is the <leg-cramp-check> custom element (shadow DOM); embed.js is its stable
//    name for hosts.
//  - embed.html is the app for iframes, with frame-<hash>.js reporting its height to the parent;
//    frame-host.js is the parent page's side.
//  - sw.js caches this build's files on first visit so the app works offline, and waits for the
//    person's consent before a new build takes over.
//  - JavaScript is minified in release builds, and every integrity attribute is refreshed.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, readdirSync, existsSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml } from 'node-html-parser';

const dir = process.env.TRUNK_STAGING_DIR;
const release = process.env.TRUNK_PROFILE === 'release';
if (!dir) {
  console.error('post_build: TRUNK_STAGING_DIR is not set (run through trunk build)');
  process.exit(1);
}
const fail = (msg) => { console.error(`post_build: ${msg}`); process.exit(1); };

const read = (name) => readFileSync(join(dir, name), 'utf8');
const files = readdirSync(dir);
const glue = files.find((f) => /^crampcheck-[0-9a-f]+\.js$/.test(f));
const wasm = files.find((f) => /^crampcheck-[0-9a-f]+_bg\.wasm$/.test(f));
const css = files.find((f) => /^main-[0-9a-f]+\.css$/.test(f));
if (!glue || !wasm || !css) fail(`cannot find the app's .js, .wasm and .css in ${dir}`);

const sri = (name) => 'sha384-' + createHash('sha384').update(readFileSync(join(dir, name))).digest('base64');
const hash16 = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16);

let terser = null;
if (release) {
  try { terser = await import('terser'); } catch { console.warn('post_build: terser is not installed (npm ci): JavaScript left unminified'); }
}
const minify = async (code) => (terser ? (await terser.minify(code, { module: true, compress: { passes: 3, unsafe_arrows: true }, mangle: true })).code : code);
/** Writes `code` (minified) as `<stem>-<hash>.js` and returns the name. */
const emit = async (stem, code) => {
  const out = await minify(code);
  const name = `${stem}-${hash16(out)}.js`;
  writeFileSync(join(dir, name), out);
  return name;
};

writeFileSync(join(dir, glue), await minify(read(glue)));

// The content's long texts: one pack per language, fetched by the app on first use. build.rs
// writes them to target/text-packs; the ones this wasm names (by content hash) go into the site.
const packDir = join(import.meta.dirname, '..', 'target', 'text-packs');
const packs = [...new Set(readFileSync(join(dir, wasm)).toString('latin1').match(/text-[A-Za-z0-9_-]+?-[0-9a-f]{16}\.txt/g) ?? [])];
if (!packs.length) fail(`no text pack is named in ${wasm}`);
for (const p of packs) {
  if (!existsSync(join(packDir, p))) fail(`${p}, named in the wasm, is not in ${packDir} (build.rs writes it)`);
  copyFileSync(join(packDir, p), join(dir, p));
}

// The app's start-up: fetch the wasm at once with its integrity hash (a tampered or truncated file
// is refused, not run); if anything fails, keep the static emergency information on screen and say
// that the check could not start. Then the offline service worker.
const boot = await emit('boot', `
const showFailure = () => {
  for (const el of document.querySelectorAll('.cc-fallback')) { el.hidden = false; el.classList.add('cc-fallback-error'); }
};
try {
  if (typeof WebAssembly !== 'object') throw new Error('WebAssembly is not available');
  const wasm = fetch(new URL('./${wasm}', import.meta.url), { integrity: '${sri(wasm)}' });
  const { default: init } = await import('./${glue}');
  await init({ module_or_path: wasm });
} catch (e) {
  console.error('CrampCheck could not start:', e);
  showFailure();
}
const sw = navigator.serviceWorker;
if (sw) {
  sw.register(new URL('./sw.js', import.meta.url)).then((reg) => {
    // Browsers that block service workers may resolve with nothing.
    if (!reg) return;
    // A new build waits until the person agrees (the app shows a notice), so versions never mix.
    const offer = (worker) => {
      if (!worker || !sw.controller) return;
      document.documentElement.dataset.ccUpdate = '';
      document.dispatchEvent(new Event('cc-update'));
      document.addEventListener('cc-apply', () => {
        sw.addEventListener('controllerchange', () => location.reload());
        worker.postMessage('skip-waiting');
      }, { once: true });
    };
    offer(reg.waiting);
    reg.addEventListener('updatefound', () => {
      const w = reg.installing;
      w?.addEventListener('statechange', () => { if (w.state === 'installed') offer(w); });
    });
  }, (e) => console.warn('CrampCheck works online only here:', e));
}
`);

// Trunk's inline module script goes; ours comes in.
let html = read('index.html');
const inline = /<script type=["']?module["']?>[\s\S]*?<\/script>/;
if (!inline.test(html)) fail("Trunk's start-up script was not found in index.html");
html = html.replace(inline, `<script type=module src="./${boot}" integrity="${sri(boot)}" crossorigin></script>`);
// The wasm is fetched by boot.js with its integrity checked there; a preload link with integrity is
// ignored by browsers (and warns), so it goes.
html = html.replace(/<link[^>]*rel=["']?preload["']?[^>]*application\/wasm[^>]*>/, '');
html = html.replace(/<link([^>]*?)href=["']?([^"' >]+)["']?([^>]*?)integrity=["']?sha384-[A-Za-z0-9+/=]+["']?([^>]*)>/g,
  (m, a, href, b, c) => {
    const name = href.replace(/^\.?\//, '');
    return existsSync(join(dir, name)) ? `<link${a}href="${href}"${b}integrity="${sri(name)}"${c}>` : m;
  });
writeFileSync(join(dir, 'index.html'), html);

// The static fallback, for the custom element to show before (or instead of) the app.
const fallbackStart = html.search(/<div class=["']?cc-fallback["']?>/);
const fallbackEnd = html.search(/<div class=["']?cc-app-root["']?>/);
if (fallbackStart < 0 || fallbackEnd < 0) fail('the .cc-fallback block was not found in index.html');
const fallback = html.slice(fallbackStart, fallbackEnd);

// <leg-cramp-check>: one script and the element, anywhere. Shadow DOM keeps the host page's CSS
// out and ours in; each element is its own app (no shared URL, history or storage).
const embed = await emit('embed', `
const base = new URL('./', import.meta.url);
let app;
const load = () => app ??= import(new URL('./${glue}', base).href).then(async (m) => {
  await m.default({ module_or_path: fetch(new URL('./${wasm}', base), { integrity: '${sri(wasm)}' }) });
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
    style.href = new URL('./${css}', base).href;
    style.integrity = '${sri(css)}';
    style.crossOrigin = 'anonymous';
    const host = document.createElement('div');
    host.className = 'cc-host';
    host.setAttribute('data-embedded', '');
    // Where the app fetches its text packs from: beside this script, not the host page.
    host.setAttribute('data-base', base.href);
    for (const a of ATTRS) if (this.hasAttribute(a)) host.setAttribute('data-' + a, this.getAttribute(a));
    // Our own build's static HTML (never content from the host page).
    host.innerHTML = ${JSON.stringify(fallback + '<div class=cc-app-root></div>')};
    root.append(style, host);
    load().then((m) => { this.widget = m.mountWidget(host); }, (e) => {
      console.error('CrampCheck could not start:', e);
      const f = host.querySelector('.cc-fallback');
      f.hidden = false;
      f.classList.add('cc-fallback-error');
    });
  }
  disconnectedCallback() {
    this.widget?.unmount();
    this.widget = null;
    this.shadowRoot?.replaceChildren();
  }
}
if (!customElements.get('leg-cramp-check')) customElements.define('leg-cramp-check', LegCrampCheck);
`);
// The stable name hosts put in their page; it only imports the versioned file.
writeFileSync(join(dir, 'embed.js'), `import './${embed}';\n`);

// The iframe page: the app itself, telling its parent how tall it is so there is never a double
// scrollbar. Height only: nothing about the answers leaves the frame.
const frame = await emit('frame', `
if (parent !== window) {
  const el = document.getElementById('crampcheck');
  let last = 0;
  const send = () => {
    const height = Math.ceil(el.getBoundingClientRect().height);
    if (height !== last) parent.postMessage({ type: 'crampcheck:height', height: (last = height) }, '*');
  };
  new ResizeObserver(send).observe(el);
  // Browsers pause resize observers in cross-origin frames that are off screen, and a frame left
  // at its old height may never come on screen: DOM changes trigger a report too.
  let timer = 0;
  new MutationObserver(() => { clearTimeout(timer); timer = setTimeout(send, 50); })
    .observe(el, { subtree: true, childList: true, attributes: true, characterData: true });
  // The parent's script may start after our first report: it asks, we answer.
  addEventListener('message', (e) => { if (e.source === parent && e.data === 'crampcheck:measure') { last = 0; send(); } });
  send();
}
`);
writeFileSync(join(dir, 'embed.html'), html.replace('</head>', `<script type=module src="./${frame}" integrity="${sri(frame)}" crossorigin></script></head>`));
// The parent page's side: resize the frame, but only for messages from the app's own origin and
// from that very frame.
writeFileSync(join(dir, 'frame-host.js'), await minify(`
const origin = new URL(import.meta.url).origin;
const ask = () => {
  for (const f of document.querySelectorAll('iframe')) {
    try { if (new URL(f.src, location.href).origin === origin) f.contentWindow?.postMessage('crampcheck:measure', origin); } catch {}
  }
};
ask();
addEventListener('load', ask);
addEventListener('message', (e) => {
  if (e.origin !== origin || e.data?.type !== 'crampcheck:height') return;
  const h = Number(e.data.height);
  if (!Number.isFinite(h) || h <= 0 || h > 100000) return;
  for (const f of document.querySelectorAll('iframe')) {
    if (f.contentWindow === e.source) f.style.height = h + 'px';
  }
});
`));

// The "embed this" page's snippet gets the real integrity of embed.js.
if (existsSync(join(dir, 'embed-this.js'))) {
  writeFileSync(join(dir, 'embed-this.js'), read('embed-this.js').replaceAll('__EMBED_INTEGRITY__', sri('embed.js')));
}

// Offline: every file of this build, cached on first visit under a name unique to the build.
const cached = readdirSync(dir).filter((f) => f !== 'sw.js').sort();
const version = hash16(cached.map((f) => f + sri(f)).join('\n'));
writeFileSync(join(dir, 'sw.js'), await minify(`
const CACHE = 'crampcheck-${version}';
const FILES = ${JSON.stringify(['./', ...cached.map((f) => './' + f)])};
self.addEventListener('install', (e) => e.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES))));
// No skipWaiting on install: a new build takes over only when the page asks (the person agreed).
self.addEventListener('message', (e) => { if (e.data === 'skip-waiting') self.skipWaiting(); });
self.addEventListener('activate', (e) => e.waitUntil(
  caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('crampcheck-') && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()),
));
self.addEventListener('fetch', (e) => {
  const req = e.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== location.origin) return;
  e.respondWith(caches.open(CACHE).then(async (c) => {
    if (req.mode === 'navigate') {
      const page = new URL(req.url).pathname.endsWith('/embed.html') ? './embed.html' : './index.html';
      return (await c.match(req, { ignoreSearch: true })) || (await c.match(page)) || fetch(req);
    }
    return (await c.match(req)) || fetch(req);
  }));
});
`));
// Host headers, in the `_headers` format that Netlify and Cloudflare Pages read (docs/EMBEDDING.md
// gives nginx, Caddy and GitHub Pages). scripts/static_server.mjs applies this same file, so every
// test runs against the headers that ship. Pages get their own meta tag's policy and are never
// cached stale; the embeds' files may be read from other sites (CORS, which their integrity check
// also needs); hashed files never change, so they are cached for a year.
const pageCsp = (name) => parseHtml(read(name)).querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
const hashed = (f) => /-[0-9a-f]{8,}(_bg)?\.(js|css|wasm|txt)$/.test(f);
const rules = ['# Written by scripts/post_build.mjs for Netlify and Cloudflare Pages. Do not edit.',
  '/*', '  X-Content-Type-Options: nosniff', '  Referrer-Policy: no-referrer'];
for (const f of readdirSync(dir).filter((f) => f !== '_headers').sort()) {
  const headers = [];
  if (f.endsWith('.html')) {
    const csp = pageCsp(f);
    if (!csp) fail(`${f} has no Content-Security-Policy meta tag`);
    headers.push(`Content-Security-Policy: ${csp}`);
  } else {
    headers.push('Access-Control-Allow-Origin: *');
  }
  if (f.endsWith('.wasm')) headers.push('Content-Type: application/wasm');
  headers.push(`Cache-Control: ${hashed(f) ? 'public, max-age=31536000, immutable' : 'no-cache'}`);
  const paths = f === 'index.html' ? ['/', '/index.html'] : [`/${f}`];
  for (const p of paths) rules.push(p, ...headers.map((h) => `  ${h}`));
}
writeFileSync(join(dir, '_headers'), rules.join('\n') + '\n');

console.log(`post_build: ${packs.join(', ')}, ${boot}, ${embed}, ${frame}, sw.js (cache ${version}); ${release ? 'minified' : 'not minified'}`);
