// The release bundle (scripts/release.sh, docs/HOSTING.md): the built site plus ready configs for
// the hosts people use, all written from the build's own `_headers` (the file Netlify and
// Cloudflare Pages read, and scripts/static_server.mjs applies), so every host sends the same
// headers: nginx.conf (a server block) and an Apache .htaccess. The hosting tests
// (tests/e2e/hosting.test.mjs) call `release` too, so what they serve is made the way a release is.
//
// A release also carries forward the files earlier releases promised never change (`immutable` in
// their `_headers`): a page that embeds an earlier version names that version's files, and a new
// release must not take them away from under it.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { parseHeaders } from './static_server.mjs';

const fail = (msg) => { throw new Error(`hosting: ${msg}`); };

/**
 * A `_headers` text as { global: [[name, value]], files: [[path, [[name, value]]]] }: `global`
 * from the rule for every path (`/*`), `files` each literal path's own headers. Any other wildcard
 * is refused: the configs below could not say it the same way for every host, and a silent
 * difference is what this module exists to prevent.
 */
export function headerTable(text) {
  const global = [];
  const files = new Map();
  for (const { pattern, headers } of parseHeaders(text)) {
    // parseHeaders turns `*` into an unescaped `.*` and escapes everything else.
    const parts = pattern.source.slice(1, -1).split(/(?<!\\)\.\*/).map((p) => p.replace(/\\(.)/g, '$1'));
    for (const [name, value] of headers) {
      if (!/^[A-Za-z0-9-]+$/.test(name)) fail(`the header name "${name}" is not a plain token`);
      // Characters that nginx or Apache would read as syntax or variables, not as text.
      if (/["\\$%\n\r]/.test(value)) fail(`the value of ${name} holds a character the configs cannot carry as is: ${value}`);
    }
    if (parts.length === 2 && parts[0] === '/' && parts[1] === '') global.push(...headers);
    else if (parts.length > 1) fail(`the pattern ${pattern.source} has a wildcard other than /*`);
    else {
      const path = parts[0];
      if (!path.startsWith('/') || path.split('/').some((s) => s === '..' || s === '.')) fail(`the path ${path} is not a plain path`);
      files.set(path, [...(files.get(path) ?? []), ...headers]);
    }
  }
  return { global, files: [...files] };
}

/** `global` then `own`, a header of `own` replacing one of the same name. */
const merged = (global, own) => {
  const byName = new Map();
  for (const [k, v] of [...global, ...own]) byName.set(k.toLowerCase(), [k, v]);
  return [...byName.values()];
};
const isType = (k) => k.toLowerCase() === 'content-type';

/** An nginx `server` block (for inside `http {}`) that sends what `_headers` says. */
export function nginxConf(headersText) {
  const { global, files } = headerTable(headersText);
  const block = (indent, headers) => headers.map(([k, v]) => (isType(k)
    // `types {}` empties the extension map here, so the type is the one given, and given once.
    ? `${indent}types { }\n${indent}default_type ${v};`
    : `${indent}add_header ${k} "${v}" always;`));
  const out = [
    "# CrampCheck for nginx, written by scripts/hosting.mjs from this release's _headers (the headers",
    '# Netlify and Cloudflare Pages get from that file). Include it inside http { } after replacing',
    '# __ROOT__ with the absolute path of the unzipped folder and __PORT__ with the port (or',
    '# address:port) to listen on. docs/HOSTING.md says more.',
    'server {',
    '    listen __PORT__;',
    '    server_name _;',
    '    root __ROOT__;',
    '    index index.html;',
    '    autoindex off;',
    '    server_tokens off;',
    '    # Nothing from outside this folder: no symbolic link out of it, no URL with ".." raw or',
    '    # percent-encoded (nginx also refuses one that climbs above the root), no dotfile.',
    '    disable_symlinks on from=$document_root;',
    '    if ($request_uri ~* "(\\.|%2e)(\\.|%2e)") { return 400; }',
    '    location ~ /\\. { return 404; }',
    '',
    '    # Every other path. (An add_header inside a location replaces all of those outside it,',
    '    # hence each file below repeats these.)',
    '    location / {',
    ...block('        ', global),
    '    }',
  ];
  for (const [path, own] of files) {
    out.push('', `    location = ${path} {`, ...block('        ', merged(global, own)), '    }');
  }
  out.push('}', '');
  return out.join('\n');
}

/** An Apache 2.4 `.htaccess` for the site's root folder that sends what `_headers` says. */
export function htaccess(headersText) {
  const { global, files } = headerTable(headersText);
  // `<Files>` matches a name in any folder, so a name may have only one rule.
  const byName = new Map();
  for (const [path, own] of files) {
    const name = basename(path.endsWith('/') ? `${path}index.html` : path);
    if (!/^[\w.-]+$/.test(name)) fail(`the file name ${name} is not plain`);
    const before = byName.get(name);
    if (before && JSON.stringify(before.own) !== JSON.stringify(own)) fail(`${before.path} and ${path} share the name ${name} with different headers`);
    byName.set(name, { path, own });
  }
  const set = (indent, headers) => headers.map(([k, v]) => (isType(k)
    ? `${indent}ForceType ${v}`
    : `${indent}Header always set ${k} "${v}"`));
  const out = [
    "# CrampCheck for Apache httpd 2.4, written by scripts/hosting.mjs from this release's _headers",
    '# (the headers Netlify and Cloudflare Pages get from that file). It belongs at the root of the',
    '# site folder, where the bundle has it. Needs mod_headers, mod_mime and mod_dir, and',
    '# "AllowOverride All" for the folder. Apache itself refuses a URL that climbs out of the folder',
    '# or has %2F in its path. docs/HOSTING.md says more.',
    '# No <IfModule> around Header: without mod_headers the site answers 500, not silently without',
    '# its CORS and CSP.',
    '',
    '# Nothing from outside this folder through a symbolic link; no folder listings; no dotfiles',
    '# (this file among them).',
    'Options -Indexes -FollowSymLinks',
    'DirectoryIndex index.html',
    '<FilesMatch "^\\.">',
    '    Require all denied',
    '</FilesMatch>',
    '',
    ...set('', global),
  ];
  for (const [name, { own }] of byName) out.push('', `<Files "${name}">`, ...set('    ', own), '</Files>');
  out.push('');
  return out.join('\n');
}

/** The files `_headers` in `dir` marks immutable and `dir` holds: [[path, own headers]]. */
const immutableFiles = (dir) => headerTable(readFileSync(join(dir, '_headers'), 'utf8')).files
  .filter(([, own]) => own.some(([k, v]) => k.toLowerCase() === 'cache-control' && /\bimmutable\b/.test(v)))
  .filter(([path]) => existsSync(join(dir, path)) && statSync(join(dir, path)).isFile());

/**
 * Writes the bundle's folder `out`: a copy of the built site `dist`, the immutable files of each
 * folder in `earlier` (unpacked earlier bundles, oldest first) that this build does not have, with
 * their rules added to `_headers`, then the configs made from that `_headers`: `.htaccess` at the
 * root, and `hosting/` with nginx.conf, .htaccess and _headers. Returns { carried: [paths] }.
 */
export function makeSite({ dist, out, earlier = [] }) {
  if (!existsSync(join(dist, '_headers'))) fail(`${dist} has no _headers (is it a build?)`);
  rmSync(out, { recursive: true, force: true });
  cpSync(dist, out, { recursive: true });
  const carried = new Map();
  for (const dir of earlier) {
    for (const [path, own] of immutableFiles(dir)) {
      if (carried.has(path) || existsSync(join(out, path))) continue;
      mkdirSync(dirname(join(out, path)), { recursive: true });
      copyFileSync(join(dir, path), join(out, path));
      carried.set(path, own);
    }
  }
  if (carried.size) {
    const rules = ['', '# Carried forward from earlier releases by scripts/hosting.mjs: pages that embed an',
      '# earlier version still load these.'];
    for (const [path, own] of carried) rules.push(path, ...own.map(([k, v]) => `  ${k}: ${v}`));
    writeFileSync(join(out, '_headers'), readFileSync(join(out, '_headers'), 'utf8') + rules.join('\n') + '\n');
  }
  const headers = readFileSync(join(out, '_headers'), 'utf8');
  mkdirSync(join(out, 'hosting'), { recursive: true });
  writeFileSync(join(out, '.htaccess'), htaccess(headers));
  writeFileSync(join(out, 'hosting', '.htaccess'), htaccess(headers));
  writeFileSync(join(out, 'hosting', 'nginx.conf'), nginxConf(headers));
  writeFileSync(join(out, 'hosting', '_headers'), headers);
  return { carried: [...carried.keys()] };
}

/** Unpacks a bundle (Debian's unzip: no zip library is in the npm tooling). */
export const unpack = (zip, dir) => {
  mkdirSync(dir, { recursive: true });
  execFileSync('unzip', ['-q', '-o', zip, '-d', dir]);
  return dir;
};

/**
 * Writes `<releaseDir>/crampcheck-<version>-<commit>.zip` from the built site `dist`, carrying
 * forward every earlier bundle in `releaseDir`, and its `.zip.sha256` (sha256sum's format).
 * Returns { zip, checksum, carried, earlier, rules (how many rules its _headers has) }.
 */
export function release({ dist, releaseDir, version, commit }) {
  const name = `crampcheck-${version}-${commit}`;
  const dir = resolve(releaseDir);
  mkdirSync(dir, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'crampcheck-release-'));
  try {
    const earlierZips = readdirSync(dir)
      .filter((f) => /^crampcheck-.+\.zip$/.test(f) && f !== `${name}.zip`)
      .sort((a, b) => statSync(join(dir, a)).mtimeMs - statSync(join(dir, b)).mtimeMs);
    const earlier = earlierZips.map((f, i) => unpack(join(dir, f), join(work, `earlier-${i}`)));
    const site = join(work, name);
    const { carried } = makeSite({ dist, out: site, earlier });
    const zip = join(dir, `${name}.zip`);
    rmSync(zip, { force: true });
    // -X: no owner or extra timestamps in the archive; dotfiles (.htaccess) are included.
    execFileSync('zip', ['-q', '-r', '-X', zip, '.'], { cwd: site });
    const checksum = `${zip}.sha256`;
    writeFileSync(checksum, `${createHash('sha256').update(readFileSync(zip)).digest('hex')}  ${name}.zip\n`);
    const rules = parseHeaders(readFileSync(join(site, '_headers'), 'utf8')).length;
    return { zip, checksum, carried, earlier: earlierZips, rules };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// `node scripts/hosting.mjs release [DIST] [RELEASE_DIR]` (scripts/release.sh): the content's
// version and this commit name the bundle; a tree with changes not committed adds "-dirty", so
// a bundle's name never claims a commit it was not built from.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [command, dist = 'dist', releaseDir = 'release'] = process.argv.slice(2);
  if (command !== 'release') {
    console.error('usage: node scripts/hosting.mjs release [DIST] [RELEASE_DIR]');
    process.exit(2);
  }
  const root = join(import.meta.dirname, '..');
  const { parse } = await import('smol-toml');
  const { version } = parse(readFileSync(join(root, 'content', 'meta.toml'), 'utf8'));
  const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  const commit = git('rev-parse', '--short', 'HEAD') + (git('status', '--porcelain') ? '-dirty' : '');
  const r = release({ dist, releaseDir, version, commit });
  console.log(`release: ${r.zip}\nrelease: ${r.checksum}`);
  console.log(`release: carried forward ${r.carried.length} files from ${r.earlier.length ? r.earlier.join(', ') : 'no earlier bundle'}`);
  // Cloudflare Pages reads at most 100 rules from _headers (its documented limit; not tested here).
  if (r.rules > 100) {
    console.warn(`release: warning: its _headers has ${r.rules} rules, more than the 100 Cloudflare Pages reads; see docs/HOSTING.md`);
  }
}
