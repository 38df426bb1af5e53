// The site's server (scripts/static_server.mjs): nothing outside the site folder is ever served, a
// URL that cannot be decoded gets 400 and the server lives on, and every response carries the
// headers of the build's own `_headers` file, the one Netlify and Cloudflare Pages read.
// No browser: these run with the rest of the suite under Playwright, but use no page.
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { request } from 'node:http';
import { serve, parseHeaders } from '../../scripts/static_server.mjs';
import { DIST } from './helpers.mjs';
import { test } from './fixtures.mjs';

/** A raw GET, so the path reaches the server exactly as written (no client-side normalising). */
const get = (url, path) => new Promise((ok, fail) => {
  const { hostname, port } = new URL(url);
  request({ hostname, port, path, method: 'GET' }, (res) => {
    let body = '';
    res.on('data', (c) => (body += c));
    res.on('end', () => ok({ status: res.statusCode, headers: res.headers, body }));
  }).on('error', fail).end();
});

test('malformed and escaping URLs: 400 or 404, never a file from outside, and the server lives on', async () => {
  const parent = mkdtempSync(join(tmpdir(), 'serve-'));
  const site = join(parent, 'dist');
  mkdirSync(site);
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>ok</title>');
  mkdirSync(join(parent, 'dist-old'));
  writeFileSync(join(parent, 'dist-old', 'secret.txt'), 'secret');
  writeFileSync(join(parent, 'secret.txt'), 'secret');
  const s = await serve(site);
  try {
    assert.equal((await get(s.url, '/%E0%A4%A')).status, 400);
    assert.equal((await get(s.url, '/%')).status, 400);
    for (const path of ['/..%2Fdist-old/secret.txt', '/../dist-old/secret.txt', '/..%2F..%2Fsecret.txt',
      '/%2e%2e/secret.txt', '/dist-old/secret.txt', '/..\\secret.txt', '//etc/passwd']) {
      const r = await get(s.url, path);
      assert.ok([400, 404].includes(r.status), `${path}: ${r.status}`);
      assert.doesNotMatch(r.body, /secret|root:/, path);
    }
    const home = await get(s.url, '/');
    assert.equal(home.status, 200, 'still serving after bad requests');
    assert.match(home.body, /<title>ok<\/title>/);
  } finally {
    await s.close();
  }
});

test('the built site is served with the headers of its own _headers file', async () => {
  assert.ok(readdirSync(DIST).includes('_headers'), 'the build writes _headers');
  const s = await serve(DIST);
  try {
    const page = await get(s.url, '/');
    assert.match(page.headers['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval'/);
    assert.equal(page.headers['cache-control'], 'no-cache');
    assert.equal(page.headers['x-content-type-options'], 'nosniff');
    assert.equal(page.headers['access-control-allow-origin'], undefined, 'pages are not for other sites to read');
    const wasm = readdirSync(DIST).find((f) => f.endsWith('.wasm'));
    const w = await get(s.url, `/${wasm}`);
    assert.equal(w.headers['content-type'], 'application/wasm');
    assert.equal(w.headers['access-control-allow-origin'], '*');
    assert.match(w.headers['cache-control'], /immutable/);
    for (const f of ['/sw.js', '/embed.js']) {
      const r = await get(s.url, f);
      assert.equal(r.headers['cache-control'], 'no-cache', `${f} is checked for a new version`);
      assert.equal(r.headers['access-control-allow-origin'], '*');
    }
  } finally {
    await s.close();
  }
});

test('_headers patterns: exact paths, splats, comments', () => {
  const rules = parseHeaders('# c\n/*\n  A: 1\n/x.js\n  B: two: parts\n');
  assert.equal(rules.length, 2);
  assert.ok(rules[0].pattern.test('/anything/at.all'));
  assert.ok(rules[1].pattern.test('/x.js') && !rules[1].pattern.test('/xxjs'));
  assert.deepEqual(rules[1].headers, [['B', 'two: parts']]);
});
