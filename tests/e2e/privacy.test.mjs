// Answers never leave the device: every request goes to the app's own origin, no cookies are set,
// and nothing is requested after the app has loaded.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from './fixtures.mjs';
import { open, walk, msg, toMusclePicker, DIST, SELF_CARE, RULES, REGIONS, DEFAULT_REGION } from './helpers.mjs';

test('only the app\'s own files are requested, and none after start-up; no cookies', async ({ page, context, server, watch }) => {
  // Every request of the page's context, as URLs (the fixture also fails the test on any request
  // to another origin, or any request but a GET).
  const requests = watch.requests;
  // The page's own requests (the service worker's caching of this build for offline use, after
  // start-up, is its own).
  const fromPage = [];
  page.on('request', (r) => fromPage.push(r.url()));
  await open(page, server.url + '/');
  const atStart = fromPage.length;
  await page.getByRole('button', { name: new RegExp(msg('start.check')) }).click();
  await walk(page, SELF_CARE);
  await page.getByRole('button', { name: msg('result.summary') }).click();
  await page.waitForSelector('.cc-summary .cc-qr');
  const origin = new URL(server.url).origin;
  const foreign = requests.filter((u) => new URL(u).origin !== origin && !u.startsWith('data:'));
  assert.deepEqual(foreign, [], 'requests to other origins');
  // The browser re-checks the page icon when the URL fragment changes; the only other requests
  // are the app's own text pack on first use, and the clinic module (its loader, stylesheet, glue
  // and wasm) when the summary opens (with no diary switched on, nothing of the diary's); no
  // request carries anything (no query, no body).
  const later = fromPage.slice(atStart).map((u) => new URL(u).pathname).filter((p) => p !== '/icon.svg');
  const expected = [/^\/text-en-[0-9a-f]{16}\.txt$/, /^\/clinic-[0-9a-f]{16}\.js$/, /^\/clinic-[0-9a-f]{16}\.css$/, /^\/clinic-glue-[0-9a-f]{16}\.js$/, /^\/clinic-[0-9a-f]{16}_bg\.wasm$/];
  for (const p of later) assert.ok(expected.some((e) => e.test(p)), `an unexpected request during the check: ${p}`);
  for (const e of expected) assert.ok(later.some((p) => e.test(p)), `no request for ${e}`);
  assert.equal(later.filter((p) => p.endsWith('.wasm')).length, 1, `one clinic module: ${later}`);
  for (const u of requests) assert.equal(new URL(u).search, '', `a request with a query: ${u}`);
  assert.deepEqual(await context.cookies(), []);
  // The server saw only the app's own files (the service worker caches this build for offline).
  const own = new Set(readdirSync(DIST).map((f) => '/' + f));
  for (const f of server.requests.filter((p) => p !== '/')) assert.ok(own.has(f), `unexpected file ${f}`);
});

test('the page runs under its Content-Security-Policy without violations', async ({ page, server }) => {
  // The hold timer ticks on Playwright's fake clock (see relief.test.mjs), so its redraws are
  // checked without waiting in real time.
  await page.clock.install();
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await open(page, server.url + '/');
  await page.getByRole('button', { name: new RegExp(msg('start.relief')) }).click();
  await toMusclePicker(page);
  await page.locator('[data-muscle="calf"] path').click();
  await page.getByRole('button', { name: 'Start a 30-second hold' }).click();
  await page.clock.runFor(3_000);
  assert.ok(Number(await page.locator('.cc-timer-face text').textContent()) < 30, 'the timer has redrawn');
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
});

for (const how of ['no-wasm', 'blocked', 'tampered']) {
  test(`without WebAssembly, or with the wasm file blocked or tampered with, the emergency signs stay on screen (${how})`, async ({ page, server, watch }) => {
    // The boot script says why it could not start, as an error in the console: expected here.
    if (how === 'no-wasm') {
      watch.allow(/^console error: CrampCheck could not start: Error: WebAssembly is not available/);
      await page.addInitScript(() => { delete window.WebAssembly; });
    } else if (how === 'blocked') {
      watch.allow(/^console error: Failed to load resource: net::ERR_FAILED \(.*_bg\.wasm\)$/, /^console error: CrampCheck could not start: TypeError: Failed to fetch/);
      await page.route(/_bg\.wasm$/, (r) => r.abort());
    } else {
      // One byte changed: the boot script's fetch checks the hash.
      watch.allow(
        /^console error: Failed to find a valid digest in the 'integrity' attribute for resource '.*_bg\.wasm'/,
        /^console error: Fetch API cannot load .*_bg\.wasm\. SRI's integrity checks failed\./,
        /^console error: CrampCheck could not start: TypeError: Failed to fetch/,
      );
      const name = readdirSync(DIST).find((f) => /^crampcheck-.*_bg\.wasm$/.test(f));
      const bytes = readFileSync(join(DIST, name));
      bytes[bytes.length - 1] ^= 1;
      server.extra[`/${name}`] = ['application/wasm', bytes];
    }
    await page.goto(server.url + '/');
    // The app starts when someone is about to use the page (web/boot.js).
    await page.mouse.move(5, 5);
    await page.waitForSelector('.cc-fallback.cc-fallback-error');
    assert.equal(await page.locator('.cc-pre-root').count(), 0, 'the pre-rendered buttons, which would do nothing, are gone');
    const text = (await page.locator('.cc-fallback').innerText()).replace(/\s+/g, ' ');
    assert.match(text, /Call the emergency number now/);
    // Every emergency sign of the content, and every region's number by name.
    for (const r of RULES.filter((r) => r.level === 'EMERGENCY')) assert.ok(text.includes(r.finding.en), `${r.id} in the fallback`);
    for (const r of REGIONS) assert.ok(text.includes(`${r.name.en} ${r.emergency_number}`), `${r.name.en} in the fallback`);
    assert.match(text, /could not start/);
    const number = DEFAULT_REGION.emergency_number;
    assert.equal(await page.locator(`.cc-fallback a[href="tel:${number}"]`).count(), REGIONS.filter((r) => r.emergency_number === number).length);
  });
}
