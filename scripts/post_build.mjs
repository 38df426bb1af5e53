// Trunk post-build hook (runs on the staging folder before it becomes dist/).
// 1. Replaces Trunk's inline start-up script with a small external one, so the page's
//    Content-Security-Policy needs no 'unsafe-inline', and so a failed start shows the fallback.
// 2. Minifies the JavaScript in release builds.
// 3. Recomputes the subresource-integrity hashes of everything the page loads.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
const release = process.env.TRUNK_PROFILE === 'release';
if (!dir) {
  console.error('post_build: TRUNK_STAGING_DIR is not set (run through trunk build)');
  process.exit(1);
}

const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');
const files = readdirSync(dir);
const glue = files.find((f) => /^crampcheck-[0-9a-f]+\.js$/.test(f));
const wasm = files.find((f) => /^crampcheck-[0-9a-f]+_bg\.wasm$/.test(f));
if (!glue || !wasm) {
  console.error(`post_build: cannot find the app's .js and .wasm in ${dir}`);
  process.exit(1);
}

const sri = (name) => 'sha384-' + createHash('sha384').update(readFileSync(join(dir, name))).digest('base64');
const shortHash = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16);

// The start-up script: load the app; if that fails (no WebAssembly, a blocked or corrupt file), keep
// the static emergency information on screen and say that the check could not start.
let boot = `
const showFailure = () => {
  for (const el of document.querySelectorAll('.cc-fallback')) { el.hidden = false; el.classList.add('cc-fallback-error'); }
};
try {
  if (typeof WebAssembly !== 'object') throw new Error('WebAssembly is not available');
  // Start the download at once; fetch() with the integrity hash, so a tampered or truncated file
  // is refused, not run.
  const wasm = fetch(new URL('./${wasm}', import.meta.url), { integrity: '${sri(wasm)}' });
  const { default: init } = await import('./${glue}');
  await init({ module_or_path: wasm });
} catch (e) {
  console.error('CrampCheck could not start:', e);
  showFailure();
}
`;

async function minify(code) {
  if (!release) return code;
  let terser;
  try {
    terser = await import('terser');
  } catch {
    console.warn('post_build: terser is not installed (npm ci), JavaScript left unminified');
    return code;
  }
  const out = await terser.minify(code, { module: true, compress: { passes: 3, unsafe_arrows: true }, mangle: true });
  return out.code;
}

writeFileSync(join(dir, glue), await minify(readFileSync(join(dir, glue), 'utf8')));
boot = await minify(boot);
const bootName = `boot-${shortHash(boot)}.js`;
writeFileSync(join(dir, bootName), boot);

// Replace the inline module script Trunk wrote.
const inline = /<script type=["']?module["']?>[\s\S]*?<\/script>/;
if (!inline.test(html)) {
  console.error('post_build: Trunk\'s start-up script was not found in index.html');
  process.exit(1);
}
html = html.replace(inline, `<script type=module src="./${bootName}" integrity="${sri(bootName)}" crossorigin></script>`);

// The wasm is fetched by the start-up script with its integrity checked there; a preload link
// with integrity is ignored by browsers (and warns), so it goes.
html = html.replace(/<link[^>]*rel=["']?preload["']?[^>]*application\/wasm[^>]*>/, '');

// Refresh every integrity attribute for the file it names (the JS changed above).
html = html.replace(/<link([^>]*?)href=["']?([^"' >]+)["']?([^>]*?)integrity=["']?sha384-[A-Za-z0-9+/=]+["']?([^>]*)>/g,
  (m, a, href, b, c) => {
    const name = href.replace(/^\.?\//, '');
    if (!existsSync(join(dir, name))) return m;
    return `<link${a}href="${href}"${b}integrity="${sri(name)}"${c}>`;
  });
writeFileSync(indexPath, html);
console.log(`post_build: ${bootName}, ${release ? 'minified' : 'not minified'}, integrity refreshed`);
