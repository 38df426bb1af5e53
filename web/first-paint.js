// Chooses, before the page is painted, which of the pre-rendered start screens in index.html to
// show (first-paint-<hash>.js, a classic script in <head>, so it runs before the body is drawn):
// the language and region the app will choose (crampcheck::lang::choose, region::choose; the
// e2e tests check that the two agree), and "Continue" only if this tab has saved answers. Without
// it (no script, no WebAssembly, an old browser, another screen in the URL) the static emergency
// information shows instead, as before, until the app starts.
// BUILD (written in by scripts/post_build.mjs from the prerender binary's first-paint.json):
// { version, keys: { answers, region, lang }, languages, defaultRegion, regions: [{ id, zones, countries }] }.
(() => {
  const doc = document;
  if (typeof WebAssembly !== 'object' || !('noModule' in HTMLScriptElement.prototype) || !('adoptedStyleSheets' in doc)) return;
  const query = new URLSearchParams(location.search);
  // Another screen (a reload mid-check, a shared link) or a first screen other than the start.
  if (!/^(#\/?)?$/.test(location.hash) || ['relief', 'check'].includes(query.get('start'))) return;
  const read = (storage, key) => { try { return storage.getItem(key); } catch { return null; } };
  const same = (a, b) => a.toLowerCase() === b.toLowerCase();

  // lang::declared: a tag's primary language, if the content has it.
  const declared = (tag) => tag && BUILD.languages.find((l) => same(l, tag.split(/[-_]/)[0]));
  const browser = navigator.languages?.length ? [...navigator.languages] : [navigator.language ?? ''];
  const lang = declared(query.get('lang')) || declared(read(localStorage, BUILD.keys.lang))
    || browser.map(declared).find(Boolean) || BUILD.languages[0];

  // region::choose and Content::guess_region: the URL's, the saved one, the time zone (exact,
  // then prefixes), the first language tag with a known country, the default.
  const byId = (id) => id && BUILD.regions.find((r) => same(r.id, id));
  let zone = '';
  try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone ?? ''; } catch { /* no Intl */ }
  const byZone = (prefix) => zone && BUILD.regions.find((r) => r.zones.some((z) => (prefix ? z.endsWith('/') && zone.startsWith(z) : z === zone)));
  const byCountry = () => browser.map((tag) => tag.split(/[-_]/).slice(1).find((p) => /^[A-Za-z]{2}$/.test(p)))
    .map((c) => c && BUILD.regions.find((r) => r.countries.some((x) => same(x, c)))).find(Boolean);
  const region = (byId(query.get('region')) || byId(read(localStorage, BUILD.keys.region)) || byZone(false)
    || byZone(true) || byCountry() || byId(BUILD.defaultRegion)).id;

  // Saved answers of this content version show "Continue"; any others bring a notice the
  // pre-rendered page does not have, so the app's own first screen is waited for.
  const saved = read(sessionStorage, BUILD.keys.answers);
  const [version, answers] = saved ? [saved.slice(0, saved.indexOf('\n')), saved.slice(saved.indexOf('\n') + 1)] : [];
  if (saved && (!saved.includes('\n') || version !== BUILD.version)) return;

  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`.cc-pre-root{display:block}.cc-fallback:not(.cc-fallback-error){display:none}
.cc-pre-root>.cc:not([lang="${lang}"]),.cc-pre-root .cc-emergency:not([data-cc-region="${region}"]){display:none}
${answers ? '' : '.cc-pre-root .cc-resume{display:none}'}`);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  doc.documentElement.lang = lang;
  // For web/boot.js, which starts the app and hands it what was tapped.
  doc.documentElement.dataset.ccPre = `${lang} ${region}`;
})();
