// The app's start-up (boot-<hash>.js, in place of Trunk's inline script, so the page's CSP needs no
// 'unsafe-inline'). Starts the app (below: when), fetching the wasm with its integrity hash, so a
// tampered or truncated file is refused, not run; if anything fails, the static emergency
// information stays on screen with "could not start". Then the offline service worker.
// BUILD (written in by scripts/post_build.mjs): { glue, wasm, wasmIntegrity, clinic, diary, fallback,
// pack: the default language's text pack { lang, file, integrity } }.

// A screen with a part drawn by a module of its own asks for it (`cc-modules` on the app's root;
// captured, as it does not bubble): the doctor's summary and "Open a saved check" for the clinic
// module (web/clinic.js, which also adds the diary's weeks to a summary when the diary is on), the
// diary's page for the diary (web/diary.js). Loaded then, never with the start screen.
document.addEventListener('cc-modules', ({ target }) => {
  for (const [selector, program] of [['.cc-clinic', BUILD.clinic], ['.cc-diary', BUILD.diary]]) {
    const el = target.querySelector(selector);
    if (el) import(`./${program}`).then((m) => m.show(el), (err) => console.error('CrampCheck:', err));
  }
}, true);

// The pre-rendered start screen (index.html; web/first-paint.js chose the language and region
// and put `data-cc-pre` on <html>) is read and tapped before the app runs. The app starts on the
// first sign that someone is about to use it (a pointer over the page, a touch, a key, focus), or
// at once on a later visit, when the service worker has it on the device: the start screen itself
// needs no WebAssembly, so the first load stays small (its files are fetched ahead after the page
// has loaded, below). A tap or a changed list before the app is
// ready is kept and passed on once it has taken over (`cc-ready`, from crampcheck::take_over), to
// the same control in the app's identical screen.
const pre = document.documentElement.dataset.ccPre && document.querySelector('.cc-pre-root');
const [lang, region] = (document.documentElement.dataset.ccPre ?? '').split(' ');
const shown = pre && pre.querySelector(`.cc[lang="${lang}"]`);
const visible = (el) => el.getClientRects().length > 0;
/** Where `el` is under `top`, counting only what is on screen (the other languages' and regions'
 * versions are not), so the same path finds the same control in the app. */
const pathOf = (el, top) => {
  const path = [];
  for (; el && el !== top; el = el.parentElement) path.unshift([...el.parentElement.children].filter(visible).indexOf(el));
  return path;
};
const at = (top, path) => path.reduce((el, i) => el && [...el.children].filter(visible)[i], top);
const taps = [];
let focused = null;
if (shown) {
  // The lists below the fold show the chosen region and language, as the app's will.
  for (const [id, value] of [['cc-region', region], ['cc-lang', lang]]) {
    const select = shown.querySelector(`[data-cc-id="${id}"]`);
    if (select) select.value = value;
  }
  shown.addEventListener('click', (e) => {
    const button = e.target.closest('button');
    if (!button) return;
    taps.push({ path: pathOf(button, shown) });
    button.setAttribute('aria-busy', 'true');
  }, true);
  shown.addEventListener('change', (e) => taps.push({ path: pathOf(e.target, shown), value: e.target.value }), true);
  shown.addEventListener('focusin', (e) => { focused = pathOf(e.target, shown); }, true);
  document.addEventListener('cc-ready', () => {
    const app = document.querySelector('.cc-app-root > .cc');
    if (!app) return;
    const wasFocused = focused && (document.activeElement === document.body || !document.activeElement);
    if (wasFocused) at(app, focused)?.focus();
    for (const { path, value } of taps) {
      const el = at(app, path);
      if (!el) continue;
      if (value === undefined) el.click();
      else {
        el.value = value;
        el.dispatchEvent(new Event('change', { bubbles: true }));
      }
    }
  }, { once: true });
}

const showFailure = () => {
  // Its buttons would do nothing now: the emergency information takes its place.
  document.querySelector('.cc-pre-root')?.remove();
  for (const el of document.querySelectorAll('.cc-fallback')) {
    el.hidden = false;
    el.classList.add('cc-fallback-error');
  }
  // In the reader's language, if it is not the page's.
  import(`./${BUILD.fallback}`).then((m) => m.translatePage(), (e) => console.warn('CrampCheck:', e));
};

let starting;
/** The wasm's response, fetched ahead below: the app takes it over (even still arriving) rather
 * than fetching it a second time. */
let wasmAhead;
const fetchWasm = () => fetch(new URL(`./${BUILD.wasm}`, import.meta.url), { integrity: BUILD.wasmIntegrity });
const importGlue = () => import(`./${BUILD.glue}`);
/** Starts the app, once. */
const start = () => (starting ??= (async () => {
  try {
    if (typeof WebAssembly !== 'object') throw new Error('WebAssembly is not available');
    // (Fetched again if fetching ahead failed: the connection may be back.)
    const wasm = wasmAhead ? wasmAhead.catch(fetchWasm) : fetchWasm();
    // Handled below, once the glue has loaded; without this a fetch that fails first (blocked,
    // tampered) is also reported as an unhandled rejection.
    wasm.catch(() => {});
    const { default: init } = await importGlue();
    await init({ module_or_path: wasm });
  } catch (e) {
    console.error('CrampCheck could not start:', e);
    showFailure();
  }
})());
const INTENT = ['pointerover', 'pointerdown', 'touchstart', 'keydown', 'focusin'];
const framed = parent !== window;
if (!shown || navigator.serviceWorker?.controller) start();
else {
  const once = () => {
    for (const type of INTENT) removeEventListener(type, once, true);
    start();
  };
  for (const type of INTENT) addEventListener(type, once, { capture: true, passive: true });
}

/** Runs `fn` once the page has loaded, been drawn (two frames) and the browser is idle. */
const afterLoad = (fn) => addEventListener('load', () => requestAnimationFrame(() => requestAnimationFrame(
  () => (window.requestIdleCallback ?? setTimeout)(fn, { timeout: 2000 }))));
// On its own page, the app's files and the next screen's words (the default language's text pack;
// another language's came with its start screen) are then fetched into the browser's cache,
// without being run. So on a slow connection a tap after some reading finds them here: on 3G
// (served compressed) a tap made at once waits 2.7 s for quick relief, one after 3 s of reading
// 0.1 s (docs/BENCHMARK.md). The app is not
// started before someone reaches for it: replacing the painted screen would be timed by the
// browser as the page's largest paint. In another site's iframe nothing is fetched before the
// reader reaches for it, so the host page's own load is never slowed.
const prefetched = new Promise((done) => {
  if (framed) return done();
  afterLoad(() => {
    // Already started by a tap: the app is fetching its own files.
    if (starting) return done();
    const lang = document.documentElement.dataset.ccPre?.split(' ')[0] ?? document.documentElement.lang;
    wasmAhead = fetchWasm();
    // (Read to the end through a copy, so the download completes; the app reads the original.)
    const ahead = [wasmAhead.then((r) => r.clone().arrayBuffer()), importGlue()];
    if (lang === BUILD.pack.lang) {
      ahead.push(fetch(new URL(`./${BUILD.pack.file}`, import.meta.url), { integrity: BUILD.pack.integrity }).then((r) => r.arrayBuffer()));
    }
    Promise.all(ahead.map((p) => p.catch(() => {}))).then(done);
  });
});

const sw = navigator.serviceWorker;
// After those (in an iframe: once the page has loaded), so that filling the offline cache competes
// neither with the first paint nor with the app's own files.
const later = (register) => (framed ? addEventListener('load', register) : prefetched.then(register));
if (sw) later(() => {
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
});
