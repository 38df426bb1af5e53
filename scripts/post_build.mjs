// Trunk post-build hook (runs on the staging folder before it becomes dist/). It writes what Trunk
// cannot, from the browser programs in web/ (real files, linted; each gets this build's values as
// one `BUILD` object in front of it):
//  - boot-<hash>.js (web/boot.js) replaces Trunk's inline start-up script, so the CSP needs no
//    'unsafe-inline';
//  - embed-<hash>.js (web/embed.js) is the <leg-cramp-check> custom element; embed.js is its stable
//    name for hosts;
//  - embed.html is the app for iframes, with frame-<hash>.js (web/frame.js) reporting its height;
//    frame-host.js (web/frame-host.js) is the parent page's side;
//  - diary-<hash>.js (web/diary.js), the cramp diary, with its own wasm module and stylesheet;
//  - sw.js (web/sw.js) caches this build's files (each with its hash as revision) for offline;
//  - the content's text packs, fresh subresource-integrity hashes, and `_headers` for hosts;
//  - fhir/questionnaire.json, the questions as a FHIR R4 Questionnaire (build.rs writes it).
// JavaScript is minified in release builds (a release build without terser fails), and HTML is
// changed through an HTML parser, not by matching Trunk's exact output.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, readdirSync, existsSync, copyFileSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml } from 'node-html-parser';

const dir = process.env.TRUNK_STAGING_DIR;
const release = process.env.TRUNK_PROFILE === 'release';
const ROOT = join(import.meta.dirname, '..');
const fail = (msg) => { console.error(`post_build: ${msg}`); process.exit(1); };
if (!dir) fail('TRUNK_STAGING_DIR is not set (run through trunk build)');

const read = (name) => readFileSync(join(dir, name), 'utf8');
const files = readdirSync(dir);
const glue = files.find((f) => /^crampcheck-[0-9a-f]+\.js$/.test(f));
const wasm = files.find((f) => /^crampcheck-[0-9a-f]+_bg\.wasm$/.test(f));
const css = files.find((f) => /^main-[0-9a-f]+\.css$/.test(f));
if (!glue || !wasm || !css) fail(`cannot find the app's .js, .wasm and .css in ${dir}`);

const sri = (name) => 'sha384-' + createHash('sha384').update(readFileSync(join(dir, name))).digest('base64');
const hash16 = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16);

// The first load's size margin is small: a release build must be minified, or fail.
let terser = null;
if (release) {
  try { terser = await import('terser'); } catch { fail('terser is not installed (run npm ci): a release build must be minified'); }
}
const minify = async (code) => (terser ? (await terser.minify(code, { module: true, compress: { passes: 3, unsafe_arrows: true }, mangle: true })).code : code);

/** A program from web/, with this build's values in front of it as `BUILD`, minified. */
const program = async (name, build) => minify(
  (build ? `const BUILD = ${JSON.stringify(build)};\n` : '') + readFileSync(join(ROOT, 'web', name), 'utf8'),
);
/** Writes `code` as `<stem>-<hash>.js` and returns the name. */
const emit = (stem, code) => {
  const name = `${stem}-${hash16(code)}.js`;
  writeFileSync(join(dir, name), code);
  return name;
};

// The names between the wasm and its glue (wasm-bindgen's `__wbg_setAttribute_0f5e…`, closures'
// `…invoke__h8bed…`) are long and random, and written in both files: about 2 KB of the first load
// once compressed. binaryen shortens them in the wasm (and reports how); terser renames the same
// properties in the glue from that report. Any mismatch fails here or at start-up (every e2e test).
const shortNames = (wasmPath, glueCode) => {
  const before = WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(wasmPath)));
  // (Also drops the toolchain's notes, which no browser reads: the producers and target
  // features sections, 260 bytes a module.)
  const report = JSON.parse(execFileSync('wasm-opt', [wasmPath, '--minify-imports-and-exports-and-modules', '--strip-producers', '--strip-target-features', '-o', wasmPath], { encoding: 'utf8' }));
  const after = WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(wasmPath)));
  if (after.length !== before.length) fail('wasm-opt changed the number of imports');
  const renames = new Map(report.exports);
  for (const [i, { module: from, name }] of before.entries()) {
    renames.set(from, after[i].module);
    renames.set(name, after[i].name);
  }
  // The glue must give every import, under its old name, or the rename would miss it. (Some
  // exports, such as `main`, are never called by the glue.)
  for (const [, name] of report.imports) if (!glueCode.includes(name)) fail(`the glue never names the import ${name}`);
  return renames;
};
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The glue for a wasm whose names `shortNames` shortened, minified with the same names. */
const shortGlue = async (glueCode, renames) => {
  const { code } = await terser.minify(glueCode, {
    module: true,
    compress: { passes: 3, unsafe_arrows: true },
    // `builtins`: names such as `memory` are DOM names too, which terser otherwise leaves alone.
    mangle: { properties: { builtins: true, regex: new RegExp(`^(${[...renames.keys()].map(escape).join('|')})$`) } },
    nameCache: { props: { props: Object.fromEntries([...renames].map(([from, to]) => [`$${from}`, to])) } },
  });
  // What terser left under its old name (a property it would not rename) would break start-up.
  const left = [...renames.keys()].filter((from) => code.includes(`.${from}`) || code.includes(`${from}:`) || code.includes(`"${from}"`));
  if (left.length) fail(`the glue still uses the long names ${left.join(', ')}`);
  return code;
};
if (release) {
  writeFileSync(join(dir, glue), await shortGlue(read(glue), shortNames(join(dir, wasm), read(glue))));
}

// The content's long texts: one pack per language, fetched by the app on first use. build.rs
// writes them to target/text-packs; the ones this wasm names (by content hash) go into the site.
const packDir = join(ROOT, 'target', 'text-packs');
const packs = [...new Set(readFileSync(join(dir, wasm)).toString('latin1').match(/text-[A-Za-z0-9_-]+?-[0-9a-f]{16}\.txt/g) ?? [])];
if (!packs.length) fail(`no text pack is named in ${wasm}`);
for (const p of packs) {
  if (!existsSync(join(packDir, p))) fail(`${p}, named in the wasm, is not in ${packDir} (build.rs writes it)`);
  copyFileSync(join(packDir, p), join(dir, p));
}

// The clinic modules (clinic/), wasm of their own loaded through clinic-<hash>.js (web/clinic.js),
// never with the start screen: `summary` (the QR code and the FHIR file, with the doctor's
// summary) and `open` (reading a saved file, with "Open a saved check"). One crate, built once per
// feature, so each carries only its own code.
const run = (cmd, args) => {
  try {
    execFileSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  } catch {
    fail(`${cmd} ${args.join(' ')} failed`);
  }
};
/** Builds one of our own wasm modules (crate `pkg`, library `lib`) for the browser: wasm-bindgen,
 * and in release builds wasm-opt and the short names; writes `<stem>-<hash>_bg.wasm` and its glue. */
const wasmModule = async ({ pkg, lib, stem, features = [], out }) => {
  run('cargo', ['build', '--release', '--target', 'wasm32-unknown-unknown', '-p', pkg, ...features]);
  const outDir = join(ROOT, 'target', out);
  run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', outDir,
    join(ROOT, 'target', 'wasm32-unknown-unknown', 'release', `${lib}.wasm`)]);
  const wasmPath = join(outDir, `${lib}_bg.wasm`);
  let glueCode = readFileSync(join(outDir, `${lib}.js`), 'utf8');
  if (release) {
    run('wasm-opt', ['-Oz', '--converge', wasmPath, '-o', wasmPath]);
    glueCode = await shortGlue(glueCode, shortNames(wasmPath, glueCode));
  }
  const wasmBytes = readFileSync(wasmPath);
  // A module that reads the app's text pack must name one this build has (same content).
  for (const p of new Set(wasmBytes.toString('latin1').match(/text-[A-Za-z0-9_-]+?-[0-9a-f]{16}\.txt/g) ?? [])) {
    if (!existsSync(join(dir, p))) fail(`the ${stem} module names ${p}, which the app's build does not have`);
  }
  const wasmName = `${stem}-${hash16(wasmBytes)}_bg.wasm`;
  writeFileSync(join(dir, wasmName), wasmBytes);
  return { glue: emit(`${stem}-glue`, glueCode), wasm: wasmName, wasmIntegrity: sri(wasmName) };
};
const clinicModule = (feature) => wasmModule({
  pkg: 'crampcheck-clinic', lib: 'crampcheck_clinic', stem: 'clinic',
  features: ['--no-default-features', '--features', feature], out: join('clinic-bindgen', feature),
});
/** A stylesheet of a lazily loaded part (style/<name>.css) as `<name>-<hash>.css`: its name and
 * integrity. */
const lazyCss = (name) => {
  let text = readFileSync(join(ROOT, 'style', `${name}.css`), 'utf8');
  // Minified in release builds, as Trunk does main.css: comments and the spaces around { } ; ,
  // and after a property's colon go (never a space before a colon: in a selector it may matter).
  if (release) {
    text = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/\s*([{};,])\s*/g, '$1')
      .replace(/:\s+/g, ':').replace(/;}/g, '}').trim();
  }
  const file = `${name}-${hash16(text)}.css`;
  writeFileSync(join(dir, file), text);
  return { css: file, cssIntegrity: sri(file) };
};


// The static emergency information, generated per language by build.rs (crampcheck_content::
// fallback): the default language's goes into the page below; each other language's is a file
// that fallback-<hash>.js (web/fallback.js) puts in its place for a reader of that language when
// the app cannot start. (.txt, not .html: a fragment, not a page with its own policy.)
const fallbackDir = join(ROOT, 'target', 'fallback');
const fallbackLangs = existsSync(join(fallbackDir, 'languages.txt'))
  ? readFileSync(join(fallbackDir, 'languages.txt'), 'utf8').split('\n').filter(Boolean)
  : fail(`${fallbackDir}/languages.txt is missing (build.rs writes it)`);
const fallbackHtml = (lang) => readFileSync(join(fallbackDir, `${lang}.html`), 'utf8');
const translations = {};
for (const lang of fallbackLangs.slice(1)) {
  const html = fallbackHtml(lang);
  const file = `fallback-${lang}-${hash16(html)}.txt`;
  writeFileSync(join(dir, file), html);
  translations[lang] = { file, integrity: sri(file) };
}
const fallbackJs = emit('fallback', await program('fallback.js', { default: fallbackLangs[0], translations }));

// The cramp diary (diary-web/ and web/diary.js): its module and its stylesheet, loaded when the
// diary first opens. (Not in widgets: a host site's storage is not ours.)
const diaryModule = await wasmModule({ pkg: 'crampcheck-diary-web', lib: 'crampcheck_diary_web', stem: 'diary-module', out: 'diary-bindgen' });
// Its words, one file per language (diary-web/build.rs writes them from content/): a reader
// fetches only their own.
const diaryWords = {};
for (const lang of fallbackLangs) {
  const source = join(ROOT, 'target', 'diary-words', `${lang}.json`);
  if (!existsSync(source)) fail(`${source} is missing (diary-web/build.rs writes it)`);
  const text = readFileSync(source, 'utf8');
  const file = `diary-words-${lang}-${hash16(text)}.json`;
  writeFileSync(join(dir, file), text);
  diaryWords[lang] = { file, integrity: sri(file) };
}
const diary = emit('diary', await program('diary.js', {
  ...diaryModule, ...lazyCss('diary'), words: diaryWords, defaultLang: fallbackLangs[0],
}));

// (After the diary: a doctor's summary loads the diary's weeks through the clinic program.)
const clinic = emit('clinic', await program('clinic.js', {
  summary: await clinicModule('summary'), open: await clinicModule('open'), ...lazyCss('clinic'), diary,
}));

// The default language's text pack, which boot.js fetches ahead once the app runs (every screen
// after the start screen needs it).
const defaultPack = packs.find((p) => p.startsWith(`text-${fallbackLangs[0]}-`)) ?? fail(`no ${fallbackLangs[0]} text pack is named in ${wasm}`);
const boot = emit('boot', await program('boot.js', {
  glue, wasm, wasmIntegrity: sri(wasm), clinic, diary, fallback: fallbackJs,
  pack: { lang: fallbackLangs[0], file: defaultPack, integrity: sri(defaultPack) },
}));

// index.html: Trunk's inline module script gives way to boot.js, which fetches the wasm with its
// integrity hash when the app starts. Trunk's preloads of the wasm and glue go (the start screen
// needs neither, below). Every other integrity attribute is refreshed (the glue was minified).
const page = parseHtml(read('index.html'), { comment: true });
const inline = page.querySelectorAll('script[type="module"]').find((s) => !s.getAttribute('src'));
if (!inline) fail("Trunk's start-up script was not found in index.html");
inline.replaceWith(`<script type=module src="./${boot}" integrity="${sri(boot)}" crossorigin></script>`);
for (const link of page.querySelectorAll('link[rel="preload"][href$=".wasm"], link[rel="modulepreload"]')) link.remove();
(page.querySelector('.cc-fallback') ?? fail('the .cc-fallback block was not found in index.html'))
  .replaceWith(fallbackHtml(fallbackLangs[0]));
for (const link of page.querySelectorAll('link[integrity]')) {
  const name = (link.getAttribute('href') ?? '').replace(/^\.?\//, '');
  if (existsSync(join(dir, name))) link.setAttribute('integrity', sri(name));
}

// index.html, the app's own page, is painted before any script runs: the start screen, rendered
// at build time by the app's own views (src/bin/prerender.rs, run natively), once per language
// with each region's emergency line, is in the page. first-paint-<hash>.js (web/first-paint.js, a
// classic script in <head>) shows the version the app will choose, before the body is drawn, and
// boot.js starts the app when someone is about to use it. So the app's files are not preloaded.
const preDir = join(ROOT, 'target', 'prerender');
run('cargo', ['run', '--quiet', '-p', 'crampcheck', '--features', 'prerender', '--bin', 'prerender', '--', preDir]);
const preRead = (name) => {
  const file = join(preDir, name);
  return existsSync(file) ? readFileSync(file, 'utf8') : fail(`${file} is missing (the prerender binary writes it)`);
};
const preSettings = JSON.parse(preRead('first-paint.json'));
const prePages = preSettings.languages.map((lang) => {
  const screen = parseHtml(preRead(`page-${lang}.html`));
  const bars = preSettings.regions.map(({ id }) => {
    const bar = parseHtml(preRead(`bar-${lang}-${id}.html`)).querySelector('.cc-emergency')
      ?? fail(`bar-${lang}-${id}.html has no .cc-emergency`);
    bar.setAttribute('data-cc-region', id);
    return bar.toString();
  });
  (screen.querySelector('.cc-emergency') ?? fail(`page-${lang}.html has no .cc-emergency`)).replaceWith(bars.join(''));
  // One page, four languages: IDs would repeat, so they are kept as data-cc-id (the app's own
  // screen, which replaces this, has them).
  for (const el of screen.querySelectorAll('[id]')) {
    el.setAttribute('data-cc-id', el.getAttribute('id'));
    el.removeAttribute('id');
  }
  return screen.toString();
});
const firstPaint = emit('first-paint', await program('first-paint.js', preSettings));
const index = parseHtml(page.toString(), { comment: true });
// (After the stylesheet, so that both download at once: the script would otherwise hold back the
// parser, and the stylesheet's request, for a round trip.)
(index.querySelector('link[rel="stylesheet"]') ?? fail('index.html has no stylesheet link'))
  .insertAdjacentHTML('afterend', `<script src="./${firstPaint}" integrity="${sri(firstPaint)}" crossorigin></script>`);
(index.querySelector('.cc-app-root') ?? fail('the .cc-app-root block was not found in index.html'))
  .insertAdjacentHTML('beforebegin', `<div class="cc-pre-root">${prePages.join('')}</div>`);
writeFileSync(join(dir, 'index.html'), index.toString());

// The static fallback (emergency signs), for the custom element to show before, or instead of,
// the app.
const fallback = page.querySelector('.cc-fallback') ?? fail('the .cc-fallback block was not found in index.html');
const embed = emit('embed', await program('embed.js', {
  glue, wasm, wasmIntegrity: sri(wasm), css, cssIntegrity: sri(css), fallback: fallback.outerHTML, clinic, translate: fallbackJs,
}));
// The stable name hosts put in their page; it only imports the versioned file.
writeFileSync(join(dir, 'embed.js'), `import './${embed}';\n`);

// The iframe page: the app's own page (so it paints the pre-rendered start screen too, and
// fetches no WebAssembly until the reader reaches for it: the host page's load is not slowed),
// plus the script that tells the parent page its height.
const frame = emit('frame', await program('frame.js'));
const framePage = parseHtml(index.toString(), { comment: true });
// (Trunk's minified page leaves out the optional <head> tag: the script goes after boot.js.)
framePage.querySelector(`script[src="./${boot}"]`)
  .insertAdjacentHTML('afterend', `<script type=module src="./${frame}" integrity="${sri(frame)}" crossorigin></script>`);
writeFileSync(join(dir, 'embed.html'), framePage.toString());
writeFileSync(join(dir, 'frame-host.js'), await program('frame-host.js'));

// The "embed this" page's snippet names this build's own versioned embed-<hash>.js and its
// integrity, not the stable embed.js (whose content, and so integrity, changes with every build):
// a page keeps the version it was tested with, and release bundles keep every earlier version's
// files (scripts/hosting.mjs).
if (existsSync(join(dir, 'embed-this.js'))) {
  writeFileSync(join(dir, 'embed-this.js'), read('embed-this.js')
    .replaceAll('__EMBED_FILE__', embed).replaceAll('__EMBED_INTEGRITY__', sri(embed)));
}

// Offline: every file of this build with a revision (its hash), cached on first visit under a
// name unique to the build. (workbox-build's getManifest was tried: its rollup dependency's
// platform packages make `npm ci` fail against this registry.)
// FHIR: the Questionnaire made from the content (build.rs writes it; docs/FHIR.md), for clinic
// systems and form tools. Not cached for offline use: the app never reads it.
const questionnaire = join(ROOT, 'target', 'fhir', 'questionnaire.json');
if (!existsSync(questionnaire)) fail(`${questionnaire} is missing (build.rs writes it)`);
mkdirSync(join(dir, 'fhir'), { recursive: true });
copyFileSync(questionnaire, join(dir, 'fhir', 'questionnaire.json'));

const siteFiles = () => readdirSync(dir).filter((f) => statSync(join(dir, f)).isFile());
const entries = siteFiles()
  .filter((f) => f !== 'sw.js' && f !== '_headers')
  .sort()
  .map((url) => ({ url, revision: hash16(readFileSync(join(dir, url))) }));
const cache = `crampcheck-${hash16(entries.map((e) => `${e.url} ${e.revision}`).join('\n'))}`;
writeFileSync(join(dir, 'sw.js'), await program('sw.js', { cache, files: ['./', ...entries.map((e) => `./${e.url}`)] }));

// Host headers, in the `_headers` format that Netlify and Cloudflare Pages read (docs/EMBEDDING.md
// gives nginx, Caddy and GitHub Pages). scripts/static_server.mjs applies this same file, so every
// test runs against the headers that ship. Pages get their own meta tag's policy and are never
// cached stale; the embeds' files may be read from other sites (CORS, which their integrity check
// also needs); hashed files never change, so they are cached for a year.
const pageCsp = (name) => parseHtml(read(name)).querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
const hashed = (f) => /-[0-9a-f]{8,}(_bg)?\.(js|css|wasm|txt|json)$/.test(f);
const rules = ['# Written by scripts/post_build.mjs for Netlify and Cloudflare Pages. Do not edit.',
  '/*', '  X-Content-Type-Options: nosniff', '  Referrer-Policy: no-referrer'];
for (const f of [...siteFiles().filter((f) => f !== '_headers'), 'fhir/questionnaire.json'].sort()) {
  const headers = [];
  if (f.endsWith('.html')) {
    const csp = pageCsp(f);
    if (!csp) fail(`${f} has no Content-Security-Policy meta tag`);
    headers.push(`Content-Security-Policy: ${csp}`);
  } else {
    headers.push('Access-Control-Allow-Origin: *');
  }
  if (f.endsWith('.wasm')) headers.push('Content-Type: application/wasm');
  if (f.startsWith('fhir/')) headers.push('Content-Type: application/fhir+json');
  headers.push(`Cache-Control: ${hashed(f) ? 'public, max-age=31536000, immutable' : 'no-cache'}`);
  const paths = f === 'index.html' ? ['/', '/index.html'] : [`/${f}`];
  for (const p of paths) rules.push(p, ...headers.map((h) => `  ${h}`));
}
writeFileSync(join(dir, '_headers'), rules.join('\n') + '\n');

console.log(`post_build: ${packs.join(', ')}, ${boot}, ${embed}, ${frame}, sw.js (${cache}), _headers; ${release ? 'minified' : 'not minified'}`);
