// The static emergency information in the reader's language (fallback-<hash>.js): imported by
// boot.js or the custom element only when the app cannot start. The page carries the default
// language's block; this puts the reader's in its place (generated from the content by the build,
// integrity-checked, cached for offline use like every other file), keeping "could not start".
// BUILD (written in by scripts/post_build.mjs): { default, translations: { <lang>: { file,
// integrity } } }.

const base = new URL('./', import.meta.url);

/** The first of `tags` (language tags, best first) that the build has, else the default. */
export function pick(tags) {
  for (const tag of tags) {
    const lang = String(tag ?? '').split(/[-_]/)[0].toLowerCase();
    if (lang === BUILD.default || BUILD.translations[lang]) return lang;
  }
  return BUILD.default;
}

/** The app's own page: every block, in the language the app would choose (a link's ?lang=, the
 * person's saved choice, the browser's languages). */
export function translatePage() {
  let saved = null;
  try {
    saved = localStorage.getItem('crampcheck.lang');
  } catch { /* storage blocked: the browser's languages decide */ }
  const tags = [new URLSearchParams(location.search).get('lang'), saved, ...navigator.languages];
  for (const block of document.querySelectorAll('.cc-fallback')) translate(block, tags);
}

/** Replaces `block` (a `.cc-fallback`) with the one in the language `pick(tags)` chooses. */
export async function translate(block, tags) {
  const lang = pick(tags);
  const t = BUILD.translations[lang];
  if (!t) return;
  try {
    const res = await fetch(new URL(`./${t.file}`, base), { integrity: t.integrity });
    if (!res.ok) return;
    // Our own build's file, checked by its hash: never text from the host page.
    const fresh = new DOMParser().parseFromString(await res.text(), 'text/html').body.firstElementChild;
    if (!fresh?.classList.contains('cc-fallback')) return;
    fresh.className = block.className;
    fresh.hidden = block.hidden;
    block.replaceWith(fresh);
  } catch (e) {
    // The default language's signs stay on screen.
    console.warn('CrampCheck could not load the emergency signs in your language:', e);
  }
}
