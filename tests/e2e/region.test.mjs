// The emergency number for where the person is: guessed on a first visit from the browser's time
// zone and languages, named with its country in the bar on every screen; the host page's setting
// comes first, then the person's own earlier choice, then the guess.
import assert from 'node:assert/strict';
import { test } from './fixtures.mjs';
import { open, msg, region } from './helpers.mjs';

/** The bar as a person sees and hears it. */
async function bar(scope) {
  const call = scope.locator('.cc .cc-emergency-call');
  const name = scope.locator('.cc .cc-emergency-region');
  return {
    href: await call.getAttribute('href'),
    text: (await scope.locator('.cc .cc-emergency').innerText()).replace(/\s+/g, ' ').trim(),
    callName: await call.getAttribute('aria-label'),
    region: (await name.count()) ? await name.innerText() : null,
  };
}

/** The bar shows `id`'s number, in words and as the link, with the region's name as text. */
async function assertBarFor(scope, id, where) {
  const r = region(id);
  const b = await bar(scope);
  assert.equal(b.href, `tel:${r.emergency_number}`, where);
  assert.ok(b.text.includes(msg('emergency.call', { number: r.emergency_number })), `${where}: ${b.text}`);
  assert.equal(b.region, r.name.en, `${where}: the region named`);
  assert.ok(b.text.includes(r.name.en), `${where}: ${b.text}`);
  assert.ok(b.callName.includes(r.emergency_number), `${where}: the call link's name has the number`);
}

test('a first visit shows the emergency number and country guessed from the browser', async ({ server, newContext }) => {
  for (const [locale, timezoneId, id] of [
    ['en-US', 'America/New_York', 'us'],
    ['en-AU', 'Australia/Sydney', 'au'],
    ['en-NZ', 'Pacific/Auckland', 'nz'],
    ['en-IN', 'Asia/Kolkata', 'in'],
    ['de-DE', 'Europe/Berlin', 'de'],
    ['en-CA', 'America/Toronto', 'ca'],
    ['en-GB', 'Europe/London', 'gb'],
  ]) {
    // A context of its own for each visitor, watched for problems like the test's own page.
    const ctx = await newContext({ locale, timezoneId });
    const page = await ctx.newPage();
    await open(page, server.url + '/');
    await assertBarFor(page, id, `${locale} ${timezoneId}`);
    // Still there, still named, on a question screen.
    await page.getByRole('button', { name: new RegExp(msg('start.check')) }).click();
    await page.waitForSelector('.cc-question');
    await assertBarFor(page, id, `${locale} ${timezoneId}, first question`);
    await ctx.close();
  }
});

// Issue 21.9: a probe that set only the browser's locale kept this suite's default time zone
// (Europe/London) and read 999. The device's zone says where the phone is, so it comes first: a
// British phone whose browser says en-US (the default English of most browsers) must not be told
// to dial 911. Where the zone names no region (UTC, as on privacy-hardened browsers and servers),
// the language's country decides. The bar names the country next to the number in both cases.
test('with no time zone to go by, the first visit follows the browser language\'s country', async ({ server, newContext }) => {
  for (const [locale, id] of [['en-US', 'us'], ['en-AU', 'au'], ['en-NZ', 'nz'], ['en-CA', 'ca'], ['en-IN', 'in'], ['de-DE', 'de']]) {
    for (const timezoneId of ['UTC', 'Etc/UTC']) {
      const ctx = await newContext({ locale, timezoneId });
      const page = await ctx.newPage();
      await open(page, server.url + '/');
      await assertBarFor(page, id, `${locale} ${timezoneId}`);
      await ctx.close();
    }
  }
  // The zone wins where the two disagree, and the bar says which country the number is for.
  const ctx = await newContext({ locale: 'en-US', timezoneId: 'Europe/London' });
  const page = await ctx.newPage();
  await open(page, server.url + '/');
  await assertBarFor(page, 'gb', 'en-US in Europe/London');
  await ctx.close();
});

test.describe('a visitor in New York', () => {
  test.use({ locale: 'en-US', timezoneId: 'America/New_York' });

  test('"Change" moves focus to the region list; the choice is kept and beats the guess', async ({ page, server }) => {
    await open(page, server.url + '/');
    await assertBarFor(page, 'us', 'guessed');
    const change = page.getByRole('button', { name: msg('emergency.change_label'), exact: true });
    assert.equal(await change.innerText(), msg('emergency.change'));
    await change.click();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'cc-region', 'focus on the region list');
    assert.equal(await page.evaluate(() => document.activeElement.tagName), 'SELECT');
    // By keyboard too.
    await page.locator('.cc h1').first().focus();
    await change.focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'cc-region');
    await page.locator('#cc-region').selectOption('nz');
    await assertBarFor(page, 'nz', 'chosen');
    // The person's own choice beats the guess on the next visit.
    await page.reload();
    await page.waitForSelector('.cc .cc-emergency');
    await assertBarFor(page, 'nz', 'saved choice after a reload');
    // The host's setting beats the saved choice.
    await open(page, server.url + '/?region=au');
    await assertBarFor(page, 'au', 'the page address says au');
  });
});

test.describe('a visitor in Sydney', () => {
  test.use({ locale: 'en-AU', timezoneId: 'Australia/Sydney' });

  test('the host page\'s region beats the guess, on the app\'s page and in the custom element', async ({ page, server, newContext }) => {
    server.extra['/host.html'] = ['text/html; charset=utf-8', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head><body>
<leg-cramp-check id="set" region="nz"></leg-cramp-check>
<leg-cramp-check id="unset"></leg-cramp-check>
<leg-cramp-check id="number" emergency-number="0800 123"></leg-cramp-check>
<script type="module" src="embed.js"></script></body></html>`];
    await open(page, server.url + '/');
    await assertBarFor(page, 'au', 'guessed');
    await open(page, server.url + '/?region=us');
    await assertBarFor(page, 'us', 'the page address says us');
    await open(page, server.url + '/embed.html?region=ca');
    await assertBarFor(page, 'ca', 'the iframe page says ca');

    // In a page of its own (the app's service worker serves the app for every page of its scope).
    const ctx = await newContext({ locale: 'en-AU', timezoneId: 'Australia/Sydney' });
    const widgets = await ctx.newPage();
    await widgets.goto(server.url + '/host.html');
    // A saved choice on this origin does not reach embedded widgets: they guess.
    await widgets.evaluate(() => localStorage.setItem('crampcheck.region', 'gb'));
    await widgets.reload();
    for (const id of ['set', 'unset', 'number']) await widgets.locator(`#${id}`).locator('.cc h1').waitFor();
    await assertBarFor(widgets.locator('#set'), 'nz', 'region="nz"');
    await assertBarFor(widgets.locator('#unset'), 'au', 'no region: the guess');
    // The host's own number names no country (it may not be any region's).
    const own = await bar(widgets.locator('#number'));
    assert.equal(own.href, 'tel:0800 123');
    assert.equal(own.region, null);
    assert.ok(own.callName.includes('0800 123'));
    // "Change" inside a widget finds that widget's own region list.
    await widgets.locator('#unset').getByRole('button', { name: msg('emergency.change_label') }).click();
    assert.equal(await widgets.locator('#unset').evaluate((el) => el.shadowRoot.activeElement?.id), 'cc-region');
    await ctx.close();
  });
});
