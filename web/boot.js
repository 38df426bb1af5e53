// The app's start-up (boot-<hash>.js, in place of Trunk's inline script, so the page's CSP needs no
// 'unsafe-inline'). Fetches the wasm at once with its integrity hash, so a tampered or truncated
// file is refused, not run; if anything fails, the static emergency information stays on screen
// with "could not start". Then the offline service worker.
// BUILD (written in by scripts/post_build.mjs): { glue, wasm, wasmIntegrity, clinic, diary, fallback }.

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

const showFailure = () => {
  for (const el of document.querySelectorAll('.cc-fallback')) {
    el.hidden = false;
    el.classList.add('cc-fallback-error');
  }
  // In the reader's language, if it is not the page's.
  import(`./${BUILD.fallback}`).then((m) => m.translatePage(), (e) => console.warn('CrampCheck:', e));
};

try {
  if (typeof WebAssembly !== 'object') throw new Error('WebAssembly is not available');
  const wasm = fetch(new URL(`./${BUILD.wasm}`, import.meta.url), { integrity: BUILD.wasmIntegrity });
  // Handled below, once the glue has loaded; without this a fetch that fails first (blocked,
  // tampered) is also reported as an unhandled rejection.
  wasm.catch(() => {});
  const { default: init } = await import(`./${BUILD.glue}`);
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
