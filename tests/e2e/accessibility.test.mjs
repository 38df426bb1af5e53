// axe-core on every screen, at phone and desktop widths, in light and dark schemes; and no
// horizontal scrolling from 320 px up.
import assert from 'node:assert/strict';
import { test } from './fixtures.mjs';
import { open, answer, step, walk, onScreen, choiceFor, assertNoAxeViolations, msg, questionText, QUESTIONS, SELF_CARE } from './helpers.mjs';

const FIRST = QUESTIONS[0].id;

async function screens(page, base, visit) {
  await open(page, base + '/');
  await visit('start');
  await page.getByRole('button', { name: new RegExp(msg('start.relief')) }).click();
  await page.waitForSelector('[data-sign]');
  await visit('relief: before you stretch');
  await page.locator('[data-sign]').first().click();
  await page.waitForSelector('.cc-relief-urgent');
  await visit('relief: a sign that rules out stretching');
  await page.goBack();
  await page.waitForSelector('[data-sign]');
  await page.getByRole('button', { name: msg('relief.check_none'), exact: true }).click();
  await page.waitForSelector('[data-duration]');
  await visit('relief: how long');
  await page.locator('[data-duration]').first().click();
  await page.waitForSelector('[data-muscle]');
  await visit('relief: choose muscle');
  await page.locator('[data-muscle="hamstring"] path').click();
  await visit('relief: back of thigh');
  await page.getByRole('button', { name: msg('relief.still_cramping') }).click();
  await visit('relief: urgent');
  await page.goto(base + `/#/check/${FIRST}`);
  await page.waitForSelector('.cc-question');
  await visit('question (single choice)');
  await page.getByRole('button', { name: msg('question.continue'), exact: true }).click();
  await page.waitForSelector('.cc-error-summary');
  await visit('question with error');
  await step(page, SELF_CARE);
  await page.waitForSelector('input[name="emergency_body"]');
  await visit('question (choose all)');
  await walk(page, SELF_CARE);
  await visit('result: self-care');
  await page.getByRole('button', { name: msg('result.summary') }).click();
  await page.waitForSelector('.cc-summary');
  await visit('summary');
  await page.goto(base + '/#/check/emergency_body');
  await page.waitForSelector('.cc-question');
  await answer(page, 'emergency_body', 'fainted');
  await visit('result: emergency');
}

for (const [name, viewport, scheme] of [
  ['phone 320 light', { width: 320, height: 640 }, 'light'],
  ['phone 390 dark', { width: 390, height: 844 }, 'dark'],
  ['desktop 1280 light', { width: 1280, height: 800 }, 'light'],
]) {
  test.describe(name, () => {
    test.use({ viewport, colorScheme: scheme });

    test(`no axe violations and no sideways scrolling on any screen (${name})`, async ({ page, server }) => {
      const seen = [];
      await screens(page, server.url, async (where) => {
        seen.push(where);
        await assertNoAxeViolations(page, `${where} (${name})`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${where} (${name}) scrolls sideways by ${overflow}px`);
      });
      assert.equal(seen.length, 13);
    });
  });
}

test('the whole self-check works with the keyboard alone', async ({ page, server }) => {
  await open(page, server.url + '/');
  // Tab to "Check my leg cramps" and press Enter.
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement.innerText || '')).includes(msg('start.check'))) break;
  }
  await page.keyboard.press('Enter');
  await page.waitForSelector('.cc-question');
  // Each question: Tab to the options, arrows within a group of radio buttons, Space to choose,
  // then Enter submits.
  const answered = [];
  for (let n = 0; n < 3; n++) {
    const q = await onScreen(page);
    const [want] = choiceFor(SELF_CARE, q.id, q.inputs);
    const on = () => page.evaluate(() => [document.activeElement.name, document.activeElement.value]);
    for (let i = 0; i < 40 && (await on())[0] !== q.id; i++) await page.keyboard.press('Tab');
    for (let i = 0; i < 40 && (await on())[1] !== want; i++) {
      await page.keyboard.press(q.inputs[0].type === 'radio' ? 'ArrowDown' : 'Tab');
    }
    assert.deepEqual(await on(), [q.id, want], `reached ${q.id}=${want} by keyboard`);
    await page.keyboard.press('Space');
    const before = page.url();
    await page.keyboard.press('Enter');
    await page.waitForFunction((u) => location.href !== u, before);
    assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1', 'focus on the next question');
    answered.push(q.id);
  }
  const next = await onScreen(page);
  assert.ok(next && !answered.includes(next.id), 'a new question after three answers');
  assert.equal((await page.locator('.cc h1').innerText()).trim(), questionText(next.id));
});
