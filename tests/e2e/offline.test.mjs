// Installable offline app: after one visit the whole app works without a network; a new build is
// detected and offered, and taken only when the person agrees.
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { test } from './fixtures.mjs';
import { open, step, walk, heading, msg, advice, levelTitle, questionText, DIST, SELF_CARE, toMusclePicker } from './helpers.mjs';

async function waitForOffline(page) {
  // Controlled by the service worker and with this build cached.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(async () => {
    if (!navigator.serviceWorker.controller) return false;
    const keys = await caches.keys();
    if (keys.length !== 1) return false;
    const c = await caches.open(keys[0]);
    return (await c.keys()).some((r) => r.url.endsWith('_bg.wasm'));
  });
}

test('after one visit, the self-check and quick relief work offline', async ({ page, context, server, watch }) => {
  // Offline, the browser logs each request it could not make (the icon, a navigation preload):
  // expected here, and only that.
  watch.allow(/ERR_INTERNET_DISCONNECTED/);
  await open(page, server.url + '/');
  await waitForOffline(page);
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('.cc .cc-emergency');
  assert.equal(await heading(page), 'Leg cramps: what to do now, and what to do next');
  await page.getByRole('button', { name: new RegExp(msg('start.check')) }).click();
  await walk(page, SELF_CARE);
  assert.equal(await heading(page), levelTitle('SELF_CARE'));
  await page.goto(server.url + '/?offline=1#/relief/calf');
  // (A link to a stretch shows "Before you stretch" first.)
  await toMusclePicker(page);
  await page.locator('[data-muscle="calf"]').click();
  await page.waitForSelector('.cc-timer');
  assert.equal(await heading(page), advice('relief_calf').title.en);
  await page.goto(server.url + '/embed.html');
  await page.waitForSelector('.cc .cc-emergency');
  await context.setOffline(false);
});

test('a new build is detected and offered, and taken only on request', async ({ page, server }) => {
  await open(page, server.url + '/');
  await waitForOffline(page);
  const firstCache = await page.evaluate(async () => (await caches.keys())[0]);
  // A new deployment: the service worker script changes (new cache name, as a new build has).
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  server.extra['/sw.js'] = ['text/javascript', sw.replace(/crampcheck-[0-9a-f]{16}/, 'crampcheck-0000000000000new')];
  await page.reload();
  await page.waitForSelector('.cc-notice');
  assert.match(await page.locator('.cc-notice').innerText(), /A new version of this check is ready/);
  // Still the old version until the person agrees.
  assert.equal(await page.evaluate(async () => (await caches.keys()).includes('crampcheck-0000000000000new')), true, 'new build cached');
  // The old version keeps working meanwhile, and the offer stays.
  await page.getByRole('button', { name: new RegExp(msg('start.check')) }).click();
  await step(page, SELF_CARE);
  assert.equal(await heading(page), questionText('emergency_body'));
  await page.getByRole('button', { name: 'Reload' }).click();
  await page.waitForFunction(async () => {
    const keys = await caches.keys();
    return keys.length === 1 && keys[0] === 'crampcheck-0000000000000new';
  });
  await page.waitForSelector('.cc .cc-emergency');
  assert.equal(await page.locator('.cc-notice').count(), 0, 'no offer after switching');
  assert.notEqual(firstCache, 'crampcheck-0000000000000new');
});

test('installable: manifest, icons and service worker meet the browser\'s criteria', async ({ playwright, launchOptions, locale, timezoneId, server, watch }) => {
  // Installability is never reported in incognito, which is what browser.newContext() gives: a
  // persistent context of its own, watched like the test's page.
  const ctx = await playwright.chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'profile-')), {
    ...launchOptions, locale, timezoneId,
  });
  try {
    await watch(ctx);
    const page = ctx.pages()[0] || (await ctx.newPage());
    await open(page, server.url + '/');
    await waitForOffline(page);
    const cdp = await ctx.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, []);
    const { url, errors, data } = await cdp.send('Page.getAppManifest');
    assert.match(url, /manifest\.webmanifest$/);
    assert.deepEqual(errors, []);
    const manifest = JSON.parse(data);
    assert.equal(manifest.display, 'standalone');
    assert.ok(manifest.icons.some((i) => i.purpose === 'maskable'));
    assert.ok(manifest.icons.some((i) => i.sizes === '512x512'));
    await watch.readBack(ctx);
  } finally {
    await ctx.close();
  }
});
