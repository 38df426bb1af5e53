// Quick relief: choose the muscle on the drawn leg (by keyboard), the stretch, the hold timer, and
// the way to urgent advice when a cramp will not stop.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, heading, msg, advice, levelTitle, toMusclePicker } from './helpers.mjs';

test('quick relief by keyboard: drawn leg, stretch steps, hold timer, urgent advice', async () => {
  const t = await start();
  try {
    const { page } = t;
    await open(page, t.server.url + '/');
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
    await page.getByRole('button', { name: 'Start a 30-second hold' }).click();
    await page.waitForTimeout(2300);
    const left = Number(await page.locator('.cc-timer-face text').textContent());
    assert.ok(left <= 28 && left >= 25, `counting down: ${left}`);
    assert.match(await page.locator('[role="timer"]').getAttribute('aria-label'), /seconds left/);
    await page.getByRole('button', { name: 'Pause' }).click();
    const paused = await page.locator('.cc-timer-face text').textContent();
    await page.waitForTimeout(1200);
    assert.equal(await page.locator('.cc-timer-face text').textContent(), paused, 'pause stops the count');
    await page.getByRole('button', { name: 'Resume' }).click();

    await page.getByRole('button', { name: 'Still cramping after 10 minutes?' }).click();
    await page.waitForFunction(() => location.hash === '#/relief/urgent');
    assert.equal(await heading(page), levelTitle('URGENT_NOW'));
    assert.match(await page.locator('.cc-relief-urgent').innerText(), /U5/);
    assert.ok(await page.locator('[data-advice="care_urgent_now"]').isVisible());
    await page.goBack();
    await page.waitForFunction(() => location.hash === '#/relief/calf');
    assert.deepEqual(t.problems, []);
  } finally {
    await t.stop();
  }
});

test('the hold timer finishes and announces it', async () => {
  const t = await start();
  try {
    const { page } = t;
    await page.clock.install();
    await open(page, t.server.url + '/#/relief/foot');
    assert.equal(await heading(page), advice('relief_foot').title.en);
    await page.getByRole('button', { name: 'Start a 30-second hold' }).click();
    await page.clock.runFor(31_000);
    await page.waitForSelector('.cc-timer-done');
    assert.match(await page.locator('[aria-live="polite"]').innerText(), /Well done/);
    assert.ok(await page.getByRole('button', { name: 'Hold again' }).isVisible());
    // After 10 minutes on the page, the urgent option is highlighted.
    await page.clock.runFor(600_000);
    await page.waitForSelector('.cc-still-cramping.is-long');
    assert.match(await page.locator('.cc-still-cramping').innerText(), /more than 10 minutes/);
  } finally {
    await t.stop();
  }
});
