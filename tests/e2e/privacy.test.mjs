// Answers never leave the device: every request goes to the app's own origin, no cookies are set,
// and nothing is requested after the app has loaded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { start, open, walk, msg, toMusclePicker, DIST, SELF_CARE, RULES, REGIONS, DEFAULT_REGION } from './helpers.mjs';

test('only the app\'s own files are requested, and none after start-up; no cookies', async () => {
  const t = await start();
  try {
    const { page } = t;
    await open(page, t.server.url + '/');
    const atStart = t.requests.length;
    await page.getByRole('button', { name: new RegExp(msg('start.check')) }).click();
    await walk(page, SELF_CARE);
    await page.getByRole('button', { name: msg('result.summary') }).click();
    await page.waitForSelector('.cc-summary');
    const origin = new URL(t.server.url).origin;
    const foreign = t.requests.filter((u) => new URL(u).origin !== origin && !u.startsWith('data:'));
    assert.deepEqual(foreign, [], 'requests to other origins');
    // The browser re-checks the page icon when the URL fragment changes; the only other request is
    // the app's own text pack, once, on first use; and no request carries anything (no query, no
    // body).
    const later = t.requests.slice(atStart).map((u) => new URL(u).pathname).filter((p) => p !== '/icon.svg');
    assert.equal(later.length, 1, `one request during the check: ${later}`);
    assert.match(later[0], /^\/text-en-[0-9a-f]{16}\.txt$/);
    for (const u of t.requests) assert.equal(new URL(u).search, '', `a request with a query: ${u}`);
    assert.deepEqual(await t.ctx.cookies(), []);
    // The server saw only the app's own files (the service worker caches this build for offline).
    const own = new Set(readdirSync(DIST).map((f) => '/' + f));
    for (const f of t.server.requests.filter((p) => p !== '/')) assert.ok(own.has(f), `unexpected file ${f}`);
    assert.deepEqual(t.problems, []);
  } finally {
    await t.stop();
  }
});

test('the page runs under its Content-Security-Policy without violations', async () => {
  const t = await start();
  try {
    const { page } = t;
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await open(page, t.server.url + '/');
    await page.getByRole('button', { name: new RegExp(msg('start.relief')) }).click();
    await toMusclePicker(page);
    await page.locator('[data-muscle="calf"] path').click();
    await page.getByRole('button', { name: 'Start a 30-second hold' }).click();
    await page.waitForTimeout(1200);
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/);
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  } finally {
    await t.stop();
  }
});

test('without WebAssembly, or with the wasm file blocked, the emergency signs stay on screen', async () => {
  for (const how of ['no-wasm', 'blocked']) {
    const t = await start();
    try {
      const { page } = t;
      if (how === 'no-wasm') await page.addInitScript(() => { delete window.WebAssembly; });
      else await page.route(/_bg\.wasm$/, (r) => r.abort());
      await page.goto(t.server.url + '/');
      await page.waitForSelector('.cc-fallback.cc-fallback-error');
      const text = (await page.locator('.cc-fallback').innerText()).replace(/\s+/g, ' ');
      assert.match(text, /Call the emergency number now/);
      // Every emergency sign of the content, and every region's number by name.
      for (const r of RULES.filter((r) => r.level === 'EMERGENCY')) assert.ok(text.includes(r.finding.en), `${r.id} in the fallback`);
      for (const r of REGIONS) assert.ok(text.includes(`${r.name.en} ${r.emergency_number}`), `${r.name.en} in the fallback`);
      assert.match(text, /could not start/);
      const number = DEFAULT_REGION.emergency_number;
      assert.equal(await page.locator(`.cc-fallback a[href="tel:${number}"]`).count(), REGIONS.filter((r) => r.emergency_number === number).length);
    } finally {
      await t.stop();
    }
  }
});
