// Quick relief: choose the muscle on the drawn leg (by keyboard), the stretch, the hold timer, and
// the way to urgent advice when a cramp will not stop.
//
// Time is Playwright's fake clock, not the machine's: the app ticks its relief clock with a
// one-second `setInterval` (gloo-timers' Interval, src/views/app.rs; the counting is src/timer.rs),
// which `page.clock` replaces when installed before the page loads. `pauseAt` stops it once the
// page is up; `runFor` then fires exactly the ticks the time asked for, so nothing waits in real
// time and the counts are exact.
import assert from 'node:assert/strict';
import { test } from './fixtures.mjs';
import { open, heading, msg, advice, levelTitle, toMusclePicker } from './helpers.mjs';

/** Stops the page's (fake) time, a moment ahead of where it is: timers fire only when told. */
async function pauseClock(page) {
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
}

const secondsLeft = async (page) => Number(await page.locator('.cc-timer-face text').textContent());

test('quick relief by keyboard: drawn leg, stretch steps, hold timer, urgent advice', async ({ page, server }) => {
  await page.clock.install();
  await open(page, server.url + '/');
  await page.getByRole('button', { name: new RegExp(msg('start.relief')) }).click();
  assert.equal(await heading(page), msg('relief.check_title'));
  await toMusclePicker(page);
  assert.equal(await heading(page), msg('relief.title'));
  // Each muscle on the drawing is a named button reachable with Tab.
  const muscles = page.locator('svg [role="button"]');
  assert.equal(await muscles.count(), 4);
  const names = await muscles.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  assert.ok(names.includes('Calf (back of the lower leg)'));
  let focused = '';
  for (let i = 0; i < 12 && focused !== 'calf'; i++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => document.activeElement?.dataset?.muscle || '');
  }
  assert.equal(focused, 'calf', 'the calf is reachable with Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#/relief/calf');
  assert.equal(await heading(page), advice('relief_calf').title.en);
  assert.ok((await page.locator('.cc-steps-large li').count()) >= 3, 'step-by-step instructions');
  assert.match(await page.locator('.cc-caution').innerText(), /swollen, hot or red.*within the hour/s);

  // The hold timer counts down and says so to screen readers.
  await pauseClock(page);
  await page.getByRole('button', { name: 'Start a 30-second hold' }).click();
  assert.equal(await secondsLeft(page), 30, 'a full hold before any time has passed');
  await page.clock.runFor(2_300);
  const left = await secondsLeft(page);
  assert.ok(left <= 28 && left >= 25, `counting down: ${left}`);
  assert.equal(left, 28, 'one second per second: two ticks in 2.3 s');
  assert.match(await page.locator('[role="timer"]').getAttribute('aria-label'), /seconds left/);
  await page.getByRole('button', { name: 'Pause' }).click();
  const paused = await page.locator('.cc-timer-face text').textContent();
  await page.clock.runFor(5_000);
  assert.equal(await page.locator('.cc-timer-face text').textContent(), paused, 'pause stops the count');
  await page.getByRole('button', { name: 'Resume' }).click();
  await page.clock.runFor(1_000);
  assert.equal(await secondsLeft(page), Number(paused) - 1, 'resume counts on from where it paused');

  await page.getByRole('button', { name: 'Still cramping after 10 minutes?' }).click();
  await page.waitForFunction(() => location.hash === '#/relief/urgent');
  assert.equal(await heading(page), levelTitle('URGENT_NOW'));
  assert.match(await page.locator('.cc-relief-urgent').innerText(), /U5/);
  assert.ok(await page.locator('[data-advice="care_urgent_now"]').isVisible());
  await page.goBack();
  await page.waitForFunction(() => location.hash === '#/relief/calf');
});

test('a link straight to a stretch shows "Before you stretch" first', async ({ page, server }) => {
  // A shared or bookmarked link must not skip the signs that rule stretching out.
  for (const link of ['#/relief/calf', '#/relief/foot', '#/relief/muscle', '#/relief/how-long']) {
    await open(page, server.url + '/' + link);
    assert.equal(await heading(page), msg('relief.check_title'), link);
    await page.waitForFunction(() => location.hash === '#/relief');
    assert.equal(await page.locator('.cc-timer').count(), 0, `no stretch or timer for ${link}`);
  }
  // Having seen it, the person goes on to the stretches, and back and forth among them.
  await toMusclePicker(page);
  await page.locator('[data-muscle="foot"]').click();
  await page.waitForFunction(() => location.hash === '#/relief/foot');
  await page.goBack();
  await page.goForward();
  await page.waitForFunction(() => location.hash === '#/relief/foot');
  assert.equal(await heading(page), advice('relief_foot').title.en);
});

test('the hold timer finishes and announces it', async ({ page, server }) => {
  await page.clock.install();
  await open(page, server.url + '/#/relief/foot');
  await toMusclePicker(page);
  await page.locator('[data-muscle="foot"]').click();
  await page.waitForFunction(() => location.hash === '#/relief/foot');
  assert.equal(await heading(page), advice('relief_foot').title.en);
  await pauseClock(page);
  await page.getByRole('button', { name: 'Start a 30-second hold' }).click();
  await page.clock.runFor(29_000);
  assert.equal(await page.locator('.cc-timer-done').count(), 0, 'not done after 29 seconds');
  await page.clock.runFor(2_000);
  await page.waitForSelector('.cc-timer-done');
  assert.match(await page.locator('[aria-live="polite"]').innerText(), /Well done/);
  assert.ok(await page.getByRole('button', { name: 'Hold again' }).isVisible());
  // After 10 minutes on the page, the urgent option is highlighted.
  assert.equal(await page.locator('.cc-still-cramping.is-long').count(), 0, 'not yet after half a minute');
  await page.clock.runFor(600_000);
  await page.waitForSelector('.cc-still-cramping.is-long');
  assert.match(await page.locator('.cc-still-cramping').innerText(), /more than 10 minutes/);
});
