// The release bundle on the hosts people use (docs/HOSTING.md): made by the same code as
// scripts/release.sh (scripts/hosting.mjs's `release`, from the dist/ already built), unzipped, and
// served by Debian's real nginx and Apache with the configs it ships, by a host that sends no
// headers at all, and as a later release under a page that still has an earlier release's snippet.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import { test as base } from './fixtures.mjs';
import { DIST, LIVE, msg, onScreen, open, toml } from './helpers.mjs';
import { headerTable, htaccess, nginxConf, release, unpack } from '../../scripts/hosting.mjs';
import { rawGet, startApache, startNginx } from './hosts.mjs';

const VERSION = toml('meta.toml').version;
const TITLE = msg('start.title');

/** Presses "Check my leg cramps" and returns the first question (its text pack loaded). */
const firstQuestion = async (scope) => {
  await scope.getByRole('button', { name: new RegExp(msg('start.check')) }).click();
  await scope.locator('form.cc-question input').first().waitFor();
  return onScreen(scope);
};

/** A folder for this file's servers and bundles, readable by the servers' www-data; removed
 * once the file's tests are done (their servers are stopped by then). */
const made = [];
const tempDir = (prefix) => {
  const d = mkdtempSync(join(tmpdir(), `hosting-test-${prefix}`));
  chmodSync(d, 0o755);
  made.push(d);
  return d;
};

const test = base.extend({
  /** Starts nginx or Apache on an unpacked bundle (see hosts.mjs); its origin counts as one of
   * the test's own, as the fixtures' servers do; stopped after the test. */
  startHost: async ({ _ownOrigins }, use) => {
    const started = [];
    await use(async (kind, site, options) => {
      const s = await (kind === 'nginx' ? startNginx : startApache)(site, tempDir(`${kind}-`), options);
      started.push(s);
      _ownOrigins.add(new URL(s.url).origin);
      return s;
    });
    for (const s of started) await s.stop();
  },
});

base.afterAll(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
  shared = undefined;
});

// One bundle for the tests that only read it, made once: a folder beside it holds a secret that
// no URL may reach, and the site a symbolic link pointing at it.
let shared;
const bundle = () => {
  if (shared) return shared;
  const dir = tempDir('bundle-');
  const bundled = release({ dist: DIST, releaseDir: join(dir, 'release'), version: VERSION, commit: 'test' });
  const site = unpack(bundled.zip, join(dir, 'site'));
  const secret = `secret-${process.pid}-${Date.now()}`;
  writeFileSync(join(dir, 'secret.txt'), secret);
  symlinkSync(join(dir, 'secret.txt'), join(site, 'escape.txt'));
  shared = { ...bundled, dir, site, secret };
  return shared;
};

/** The headers each file must get: `_headers`'s rule for every path, then the file's own. */
const expectedHeaders = (site) => {
  const { global, files } = headerTable(readFileSync(join(site, '_headers'), 'utf8'));
  return files.map(([path, own]) => [path, new Map([...global, ...own].map(([k, v]) => [k.toLowerCase(), v]))]);
};
const cspOf = (site, page) => parseHtml(readFileSync(join(site, page), 'utf8'))
  .querySelector('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
/** The "blog" on another origin: the fixtures' server with an icon, as a blog has. */
const startBlog = async (startServer) => {
  const blog = await startServer(tempDir('blog-'));
  blog.extra['/favicon.ico'] = ['image/x-icon', ''];
  return blog;
};
const fileOf = (site, re) => readdirSync(site).find((f) => re.test(f)) ?? assert.fail(`no ${re} in ${site}`);

test('the configs say what _headers says, and refuse what they cannot say the same way', () => {
  const headers = `# a comment
/*
  X-Content-Type-Options: nosniff
/
  Cache-Control: no-cache
/app-0123456789abcdef_bg.wasm
  Content-Type: application/wasm
  Cache-Control: public, max-age=31536000, immutable
/fhir/q.json
  Access-Control-Allow-Origin: *
`;
  assert.deepEqual(headerTable(headers), {
    global: [['X-Content-Type-Options', 'nosniff']],
    files: [['/', [['Cache-Control', 'no-cache']]],
      ['/app-0123456789abcdef_bg.wasm', [['Content-Type', 'application/wasm'], ['Cache-Control', 'public, max-age=31536000, immutable']]],
      ['/fhir/q.json', [['Access-Control-Allow-Origin', '*']]]],
  });
  const nginx = nginxConf(headers);
  assert.match(nginx, /^ {4}listen __PORT__;$/m);
  assert.match(nginx, /^ {4}root __ROOT__;$/m);
  assert.match(nginx, /^ {4}disable_symlinks on from=\$document_root;$/m);
  assert.match(nginx, /^ {4}location ~ \/\\\. \{ return 404; \}$/m, 'dotfiles');
  // Every file's location repeats the rule for every path (nginx would drop it), and its type is
  // the only one it can get.
  assert.ok(nginx.includes(`    location = /app-0123456789abcdef_bg.wasm {
        add_header X-Content-Type-Options "nosniff" always;
        types { }
        default_type application/wasm;
        add_header Cache-Control "public, max-age=31536000, immutable" always;
    }`), nginx);
  assert.ok(nginx.includes(`    location = /fhir/q.json {
        add_header X-Content-Type-Options "nosniff" always;
        add_header Access-Control-Allow-Origin "*" always;
    }`), nginx);
  const apache = htaccess(headers);
  assert.match(apache, /^<FilesMatch "\^\\\.">\n {4}Require all denied\n<\/FilesMatch>$/m, 'dotfiles');
  assert.match(apache, /^Options -Indexes -FollowSymLinks$/m);
  assert.match(apache, /^Header always set X-Content-Type-Options "nosniff"$/m);
  assert.ok(apache.includes('<Files "index.html">\n    Header always set Cache-Control "no-cache"\n</Files>'), '"/" is its index.html');
  assert.ok(apache.includes(`<Files "app-0123456789abcdef_bg.wasm">
    ForceType application/wasm
    Header always set Cache-Control "public, max-age=31536000, immutable"
</Files>`), apache);
  assert.ok(apache.includes('<Files "q.json">\n    Header always set Access-Control-Allow-Origin "*"\n</Files>'));
  assert.throws(() => nginxConf('/assets/*\n  Cache-Control: no-cache\n'), /wildcard other than/);
  assert.throws(() => htaccess('/a.js\n  X-Test: $HOME\n'), /cannot carry/);
  assert.throws(() => nginxConf('/a/../b.js\n  X-Test: 1\n'), /not a plain path/);
  assert.throws(() => htaccess('/a/x.js\n  X-Test: 1\n/b/x.js\n  X-Test: 2\n'), /share the name x\.js/);
});

test('the bundle: the site, the configs made from its _headers, and a checksum sha256sum accepts', () => {
  const { zip, checksum, site } = bundle();
  assert.equal(basename(zip), `crampcheck-${VERSION}-test.zip`);
  execFileSync('sha256sum', ['--check', '--quiet', basename(checksum)], { cwd: dirname(checksum) });
  const listed = execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).split('\n');
  for (const f of ['index.html', 'embed.js', 'sw.js', '_headers', '.htaccess', 'hosting/nginx.conf', 'hosting/.htaccess', 'hosting/_headers', 'fhir/questionnaire.json']) {
    assert.ok(listed.includes(f), `${f} in the zip`);
  }
  const distFiles = (dir) => readdirSync(dir, { recursive: true }).filter((f) => statSync(join(dir, f)).isFile());
  for (const f of distFiles(DIST)) assert.ok(readFileSync(join(site, f)).equals(readFileSync(join(DIST, f))), `${f} as built`);
  const headers = readFileSync(join(DIST, '_headers'), 'utf8');
  assert.equal(readFileSync(join(site, 'hosting', '_headers'), 'utf8'), headers);
  assert.equal(readFileSync(join(site, 'hosting', 'nginx.conf'), 'utf8'), nginxConf(headers));
  assert.equal(readFileSync(join(site, '.htaccess'), 'utf8'), htaccess(headers));
  assert.equal(readFileSync(join(site, 'hosting', '.htaccess'), 'utf8'), htaccess(headers));
});

for (const kind of ['nginx', 'apache']) {
  test(`${kind}: the app, offline after one visit, every file with its _headers, nothing from outside the folder`, async ({ page, context, startHost, watch }) => {
    const { site, secret } = bundle();
    const host = await startHost(kind, site);

    // What _headers says, for every file it names.
    for (const [path, expected] of expectedHeaders(site)) {
      const r = await fetch(host.url + path);
      assert.equal(r.status, 200, path);
      for (const [name, value] of expected) {
        const got = r.headers.get(name);
        assert.equal(name === 'content-type' ? got?.split(';')[0] : got, value, `${name} of ${path}`);
      }
      await r.arrayBuffer();
    }
    for (const p of ['/', '/index.html', '/embed.html', '/embed-this.html']) {
      const r = await fetch(host.url + p);
      assert.equal(r.headers.get('content-security-policy'), cspOf(site, p === '/' ? 'index.html' : p.slice(1)), `CSP of ${p}`);
    }

    // Nothing from outside the folder, whatever the URL says; no dotfile; the server lives on.
    const control = await rawGet(host.url, '/index.html');
    assert.equal(control.status, 200);
    assert.match(control.body, /<html/);
    for (const path of ['/../secret.txt', '/..%2fsecret.txt', '/..%2Fsecret.txt', '/%2e%2e/secret.txt', '/%2e%2e%2fsecret.txt',
      '/fhir/../../secret.txt', '/escape.txt', '/../../../../etc/passwd', '/..%2f..%2f..%2f..%2fetc/passwd',
      '/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd', '/.htaccess', '/hosting/.htaccess']) {
      const r = await rawGet(host.url, path);
      assert.ok(r.status >= 400 && r.status < 500, `${path}: ${r.status}`);
      assert.ok(!r.body.includes(secret) && !r.body.includes('root:x:0:0'), `${path} returned a file from outside`);
    }
    assert.equal((await rawGet(host.url, '/')).status, 200, 'still serving');

    // The app, as the browser gets it (started as a reader reaching for the page starts it).
    const wasm = page.waitForResponse((r) => /\/crampcheck-[0-9a-f]+_bg\.wasm$/.test(r.url()));
    await open(page, host.url + '/');
    assert.equal(await page.locator(`${LIVE} h1`).innerText(), TITLE);
    assert.equal((await wasm).headers()['content-type'], 'application/wasm');

    // Offline after one visit (as offline.test.mjs): the service worker has this build cached.
    watch.allow(/ERR_INTERNET_DISCONNECTED/);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(async () => {
      if (!navigator.serviceWorker.controller) return false;
      const keys = await caches.keys();
      return keys.length === 1 && (await (await caches.open(keys[0])).keys()).some((r) => r.url.endsWith('_bg.wasm'));
    });
    await context.setOffline(true);
    await page.reload();
    await page.mouse.move(5, 5);
    await page.locator(`${LIVE} h1`).waitFor();
    assert.equal(await page.locator(`${LIVE} h1`).innerText(), TITLE);
    assert.ok(await firstQuestion(page.locator(LIVE)), 'the first question, offline');
    await context.setOffline(false);
  });

  test(`${kind}: both embeds, as the "embed this" page gives them, in a page on another origin`, async ({ page, startHost, startServer, watch }) => {
    const { site } = bundle();
    const app = await startHost(kind, site);
    await page.goto(app.url + '/embed-this.html');
    await page.waitForSelector('#element-snippet:not(:empty)');
    const [element, iframe, csp] = await Promise.all(['#element-snippet', '#iframe-snippet', '#csp-snippet'].map((s) => page.locator(s).innerText()));
    const blog = await startBlog(startServer);
    blog.extra['/post.html'] = ['text/html; charset=utf-8',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A blog</title></head><body><h1>My blog</h1>${element}\n${iframe}</body></html>`,
      // Exactly the policy the "embed this" page tells hosts to add: neither snippet needs more.
      { 'Content-Security-Policy': `default-src 'self'; ${csp}` }];
    await page.goto(blog.url + '/post.html');

    const widget = page.locator('leg-cramp-check');
    await widget.locator('.cc h1').waitFor();
    assert.equal(await widget.locator('.cc h1').innerText(), TITLE);
    assert.deepEqual(await widget.evaluate((el) => [...el.children].map((c) => c.checkVisibility())), [false, false],
      "the snippet's own text gives way to the check");
    assert.ok(await firstQuestion(widget), 'the first question (its text pack read across origins)');

    const frame = page.frameLocator('iframe');
    await page.locator('iframe').scrollIntoViewIfNeeded();
    await page.locator('iframe').hover();
    await frame.locator(`${LIVE} h1`).waitFor();
    assert.equal(await frame.locator(`${LIVE} h1`).innerText(), TITLE);
    // frame-host.js (read across origins) sets the frame's height from the snippet's 640px.
    await page.waitForFunction(() => document.querySelector('iframe').style.height !== '640px');

    const origins = new Set(watch.requests.map((u) => new URL(u).origin));
    assert.deepEqual([...origins].sort(), [app.url, blog.url].sort());
  });
}

test('a host that sends no headers: the app works; the element on another site says why it cannot load, the iframe works', async ({ page, startServer, watch }) => {
  // A copy without _headers: the fixtures' server then sends only what any static host does
  // (a type and a length), no CORS and no CSP.
  const plain = join(tempDir('plain-'), 'site');
  cpSync(bundle().site, plain, { recursive: true });
  rmSync(join(plain, '_headers'));
  const app = await startServer(plain);
  const embedFile = readFileSync(join(plain, 'embed.js'), 'utf8').match(/embed-[0-9a-f]{16}\.js/)[0];
  const check = await fetch(`${app.url}/${embedFile}`);
  assert.equal(check.headers.get('access-control-allow-origin'), null, 'no CORS header');
  assert.equal((await fetch(app.url + '/')).headers.get('content-security-policy'), null, 'no CSP header');

  // On its own origin nothing needs CORS, and the pages' meta tags hold their CSP.
  await open(page, app.url + '/');
  assert.equal(await page.locator(`${LIVE} h1`).innerText(), TITLE);
  assert.ok(await firstQuestion(page.locator(LIVE)));

  await page.goto(app.url + '/embed-this.html');
  await page.waitForSelector('#element-snippet:not(:empty)');
  const element = await page.locator('#element-snippet').innerText();
  const iframe = (await page.locator('#iframe-snippet').innerText()).match(/<iframe[\s\S]*?<\/iframe>/)[0];
  const blog = await startBlog(startServer);
  const post = (body) => ['text/html; charset=utf-8', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A blog</title></head><body><h1>My blog</h1>${body}</body></html>`];
  blog.extra['/element.html'] = post(element);
  blog.extra['/iframe.html'] = post(iframe);

  // The browser refuses the script and says so in the console (the only message possible: no
  // script of ours runs; see assets/embed-this.js); the box shows the snippet's own text.
  watch.allow(/has been blocked by CORS policy/, /net::ERR_FAILED/);
  const refused = page.waitForEvent('console', (m) => m.type() === 'error' && /CORS/.test(m.text()));
  await page.goto(blog.url + '/element.html');
  const error = (await refused).text();
  assert.ok(error.includes(`${app.url}/${embedFile}`), error);
  assert.match(error, /No 'Access-Control-Allow-Origin' header/);
  await page.waitForLoadState('load');
  assert.equal(await page.evaluate(() => customElements.get('leg-cramp-check')), undefined);
  const box = page.locator('leg-cramp-check');
  assert.ok(await box.isVisible());
  assert.ok((await box.boundingBox()).height > 40, 'not a blank space');
  const text = await box.innerText();
  assert.match(text, /Emergency signs\? .*call 999 now\./, 'the emergency line');
  assert.match(text, /CrampCheck leg-cramp self-check could not load here/);
  assert.match(text, /served with CORS, Access-Control-Allow-Origin: \*; or use its iframe snippet, or host its files on this site's own domain/);
  assert.equal(await box.getByRole('link', { name: 'Open the check' }).getAttribute('href'), `${app.url}/`);

  // What docs/HOSTING.md says such a host's sites should use: the iframe, without frame-host.js
  // (a module script from another origin, refused the same way); it keeps the snippet's height.
  await page.goto(blog.url + '/iframe.html');
  const frame = page.frameLocator('iframe');
  await page.locator('iframe').hover();
  await frame.locator(`${LIVE} h1`).waitFor();
  assert.equal(await frame.locator(`${LIVE} h1`).innerText(), TITLE);
  assert.ok(await firstQuestion(frame.locator(LIVE)), 'the first question, in the frame');
});

/**
 * A copy of the built site `dist` as a next build would be if every versioned file had changed:
 * each hashed name gets another hash, and every file that names it or gives its integrity is
 * rewritten to match (the wasm too: names keep their length, so the binary stays valid). Cheaper
 * than a second release build, and more than one changed byte: not one of the first build's
 * versioned files is left in it.
 */
function fakeNextBuild(dist, out) {
  const files = readdirSync(dist, { recursive: true }).filter((f) => statSync(join(dist, f)).isFile());
  const next = (name) => name.replace(/-([0-9a-f]{16})((?:_bg)?\.[a-z]+)$/, (_, h, ext) => `-${[...h].map((c) => ((parseInt(c, 16) + 1) % 16).toString(16)).join('')}${ext}`);
  const renames = files.filter((f) => next(f) !== f).map((f) => [f, next(f)]);
  const sri = (buf) => `sha384-${createHash('sha384').update(buf).digest('base64')}`;
  const contents = new Map(files.map((f) => {
    let text = readFileSync(join(dist, f)).toString('latin1');
    for (const [from, to] of renames) text = text.replaceAll(from, to);
    return [f, text];
  }));
  // Integrity values, until none changes (the files name each other as a tree, so this ends).
  const written = new Map(files.map((f) => [f, sri(readFileSync(join(dist, f)))]));
  for (let changed = true; changed;) {
    changed = false;
    for (const f of files) {
      const now = sri(Buffer.from(contents.get(f), 'latin1'));
      if (now === written.get(f)) continue;
      for (const [g, text] of contents) contents.set(g, text.replaceAll(written.get(f), now));
      written.set(f, now);
      changed = true;
    }
  }
  for (const [f, text] of contents) {
    mkdirSync(dirname(join(out, next(f))), { recursive: true });
    writeFileSync(join(out, next(f)), Buffer.from(text, 'latin1'));
  }
  return { renamed: renames.length };
}

test('a new release keeps an earlier release\'s element snippet working (nginx)', async ({ page, startHost, startServer, watch }) => {
  const dir = tempDir('releases-');
  const releases = join(dir, 'release');
  const first = release({ dist: DIST, releaseDir: releases, version: VERSION, commit: 'aaaaaaa' });
  assert.deepEqual(first.carried, []);
  const dist2 = join(dir, 'dist2');
  assert.ok(fakeNextBuild(DIST, dist2).renamed > 20);
  const second = release({ dist: dist2, releaseDir: releases, version: VERSION, commit: 'bbbbbbb' });
  assert.deepEqual(second.earlier, [basename(first.zip)]);
  assert.equal(second.rules, first.rules + second.carried.length, 'one rule a carried file');

  const oldEmbed = fileOf(DIST, /^embed-[0-9a-f]{16}\.js$/);
  const oldGlue = fileOf(DIST, /^crampcheck-[0-9a-f]{16}\.js$/);
  const newEmbed = fileOf(dist2, /^embed-[0-9a-f]{16}\.js$/);
  assert.notEqual(newEmbed, oldEmbed);
  assert.ok(!existsSync(join(dist2, oldEmbed)) && !existsSync(join(dist2, oldGlue)), 'the second build has none of the first\'s versioned files');
  // Carried: the first build's versioned files, never its pages, service worker, stable names
  // or _headers.
  const immutable = expectedHeaders(DIST).filter(([, h]) => /immutable/.test(h.get('cache-control') ?? '')).map(([p]) => p);
  assert.deepEqual([...second.carried].sort(), immutable.sort());
  for (const f of ['/index.html', '/sw.js', '/embed.js', '/_headers', '/embed-this.js']) assert.ok(!second.carried.includes(f), f);

  // Release 1 is online; a blog copies its snippet.
  const www = join(dir, 'www');
  unpack(first.zip, www);
  const app = await startHost('nginx', www);
  await page.goto(app.url + '/embed-this.html');
  await page.waitForSelector('#element-snippet:not(:empty)');
  const snippet = await page.locator('#element-snippet').innerText();
  assert.ok(snippet.includes(`${app.url}/${oldEmbed}`), snippet);

  // Release 2 replaces it, at the same address, with its own nginx.conf.
  rmSync(www, { recursive: true });
  unpack(second.zip, www);
  chmodSync(www, 0o755);
  app.setServerBlock(readFileSync(join(www, 'hosting', 'nginx.conf'), 'utf8'));
  app.reload();
  // (The old workers close their connections as they go: a failed fetch means "not yet".)
  const cors = () => fetch(`${app.url}/${newEmbed}`).then((r) => r.headers.get('access-control-allow-origin'), () => null);
  for (let i = 0; (await cors()) !== '*'; i++) {
    assert.ok(i < 50, `nginx did not take release 2's config:\n${app.log()}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
  assert.ok((await fetch(`${app.url}/embed-this.js`).then((r) => r.text())).includes(newEmbed), 'release 2 is what is served');

  const blog = await startBlog(startServer);
  blog.extra['/post.html'] = ['text/html; charset=utf-8',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A blog</title></head><body>${snippet}</body></html>`];
  await page.goto(blog.url + '/post.html');
  const widget = page.locator('leg-cramp-check');
  await widget.locator('.cc h1').waitFor();
  assert.equal(await widget.locator('.cc h1').innerText(), TITLE);
  assert.ok(await firstQuestion(widget), 'the first question, from release 1\'s text pack');
  const paths = watch.requests.filter((u) => u.startsWith(app.url)).map((u) => new URL(u).pathname);
  assert.ok(paths.includes(`/${oldEmbed}`) && paths.includes(`/${oldGlue}`), paths.join(' '));
  assert.ok(!paths.includes(`/${newEmbed}`), 'the page keeps the version it was given');
});
