// The questions' words arrive in a text pack on first use. When it cannot be fetched, or what
// arrives is not this build's pack, the person still sees every emergency sign and the number,
// and can try again; nothing is shown from a pack that fails its integrity check.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test, expectedProblems } from './fixtures.mjs';
import { open, heading, msg, questionText, assertNoAxeViolations, DIST, RULES, region } from './helpers.mjs';

const PACK = readdirSync(DIST).find((f) => /^text-en-[0-9a-f]{16}\.txt$/.test(f));
const SIGNS = RULES.filter((r) => r.level === 'EMERGENCY').map((r) => r.finding.en);

async function assertFailureScreen(page, number) {
  await page.waitForSelector('.cc-texts-missing:not([aria-busy="true"])');
  assert.equal(await heading(page), msg('texts.failed_title'));
  const signs = await page.locator('.cc-texts-signs li').allInnerTexts();
  assert.deepEqual(signs.map((s) => s.trim()), SIGNS, 'every EMERGENCY sign, word for word');
  assert.equal(await page.locator('.cc-texts-signs .cc-call-now').getAttribute('href'), `tel:${number}`);
  assert.ok(await page.locator('.cc-texts-signs').isVisible());
}

test.describe('a pack that cannot be fetched', () => {
  // Without the service worker, which would otherwise serve the pack from its cache, unseen by
  // the route below; in the United States, so the number shown is that region's.
  test.use({
    locale: 'en-US', timezoneId: 'America/Chicago', serviceWorkers: 'block',
    // Expected: the failed fetch, the app saying so, and Playwright refusing the service worker.
    allowedProblems: expectedProblems(/could not load/, /ERR_INTERNET_DISCONNECTED/, /registration blocked by Playwright/),
  });

  test('a pack that cannot be fetched leaves the emergency signs and a retry that works', async ({ page, server }) => {
    assert.ok(PACK, 'the build has an English text pack');
    let block = true;
    await page.route(`**/${PACK}`, (route) => (block ? route.abort('internetdisconnected') : route.continue()));
    await open(page, server.url + '/');
    await page.getByRole('button', { name: new RegExp(msg('start.check')) }).click();
    await assertFailureScreen(page, region('us').emergency_number);
    await assertNoAxeViolations(page, 'text pack failed');
    // Focus is on the heading that says what happened.
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
    block = false;
    await page.getByRole('button', { name: msg('texts.retry') }).click();
    await page.waitForSelector('.cc-question');
    assert.equal(await heading(page), questionText('who'));
  });
});

test.describe('a pack that is not this build\'s', () => {
  test.use({
    serviceWorkers: 'block',
    // Expected: Playwright refusing the service worker, the browser refusing the pack (SRI) and
    // the app saying it could not load it.
    allowedProblems: expectedProblems(
      /^console warning: Service Worker registration blocked by Playwright$/,
      /^console error: Failed to find a valid digest in the 'integrity' attribute for resource '.*\/text-en-[0-9a-f]{16}\.txt'/,
      /^console error: Fetch API cannot load .*\/text-en-[0-9a-f]{16}\.txt\. SRI's integrity checks failed\./,
      /^console error: CrampCheck could not load text-en-[0-9a-f]{16}\.txt/,
    ),
  });

  test('a pack that is not this build\'s is refused, never shown', async ({ page, server }) => {
    // Same name, other words (a stale or tampered file): the integrity check refuses it.
    server.extra[`/${PACK}`] = ['text/plain', 'CRAMPCHECK-TEXT 1\ten\t0000000000000000\t1\nen\u001fWrong words\u001e'];
    await open(page, server.url + '/#/relief');
    await assertFailureScreen(page, region('gb').emergency_number);
    assert.equal(await page.getByText('Wrong words').count(), 0);
  });
});
