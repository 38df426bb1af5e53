// axe-core on every screen, at phone and desktop widths, in light and dark schemes; and no
// horizontal scrolling from 320 px up.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, answer, walk, assertNoAxeViolations, SELF_CARE_PATH } from './helpers.mjs';

async function screens(page, base, visit) {
  await open(page, base + '/');
  await visit('start');
  await page.getByRole('button', { name: /I have a cramp right now/ }).click();
  await visit('relief: choose muscle');
  await page.locator('[data-muscle="hamstring"] path').click();
  await visit('relief: back of thigh');
  await page.getByRole('button', { name: 'Still cramping after 10 minutes?' }).click();
  await visit('relief: urgent');
  await page.goto(base + '/#/check/emergency_breathing');
  await page.waitForSelector('.cc-question');
  await visit('question (choose all)');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await page.waitForSelector('.cc-error-summary');
  await visit('question with error');
  await walk(page, SELF_CARE_PATH.slice(0, 3));
  await visit('question (single choice)');
  await walk(page, SELF_CARE_PATH.slice(3));
  await visit('result: self-care');
  await page.getByRole('button', { name: 'Summary for your doctor' }).click();
  await page.waitForSelector('.cc-summary');
  await visit('summary');
  await page.getByRole('button', { name: 'Start again' }).count(); // summary has no restart
  await page.goto(base + '/#/check/emergency_breathing');
  await page.waitForSelector('.cc-question');
  await answer(page, 'You have fainted or collapsed');
  await visit('result: emergency');
}

for (const [name, viewport, scheme] of [
  ['phone 320 light', { width: 320, height: 640 }, 'light'],
  ['phone 390 dark', { width: 390, height: 844 }, 'dark'],
  ['desktop 1280 light', { width: 1280, height: 800 }, 'light'],
]) {
  test(`no axe violations and no sideways scrolling on any screen (${name})`, async () => {
    const t = await start({ viewport, context: { colorScheme: scheme } });
    try {
      const seen = [];
      await screens(t.page, t.server.url, async (where) => {
        seen.push(where);
        await assertNoAxeViolations(t.page, `${where} (${name})`);
        const overflow = await t.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${where} (${name}) scrolls sideways by ${overflow}px`);
      });
      assert.equal(seen.length, 10);
      assert.deepEqual(t.problems, []);
    } finally {
      await t.stop();
    }
  });
}

test('the whole self-check works with the keyboard alone', async () => {
  const t = await start();
  try {
    const { page } = t;
    await open(page, t.server.url + '/');
    // Tab to "Check my leg cramps" and press Enter.
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement.innerText || '')).includes('Check my leg cramps')) break;
    }
    await page.keyboard.press('Enter');
    await page.waitForSelector('.cc-question');
    // Each question: Tab to the first option, Space to choose it... then Enter submits.
    for (let q = 0; q < 3; q++) {
      await page.keyboard.press('Tab');
      while (!(await page.evaluate(() => document.activeElement.value === 'none'))) await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      const before = page.url();
      await page.keyboard.press('Enter');
      await page.waitForFunction((u) => location.href !== u, before);
      assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1', 'focus on the next question');
    }
    assert.match(await page.locator('.cc h1').innerText(), /Who is this check for/);
  } finally {
    await t.stop();
  }
});
