// The self-check end to end: a self-care path to its advice, an emergency answer ending the
// questions, back navigation that changes a branch, and bad links or saved data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, heading, answer, walk, SELF_CARE_PATH } from './helpers.mjs';

test('a typical self-care path reaches its advice in 12 questions', async () => {
  const t = await start();
  try {
    const { page } = t;
    await open(page, t.server.url + '/');
    await page.getByRole('button', { name: /Check my leg cramps/ }).click();
    assert.equal(await heading(page), 'Do you have any of these right now?');
    // Focus moves to the question (GOV.UK pattern).
    assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1');
    assert.match(await page.locator('.cc-progress').innerText(), /Question 1 of about \d+/);
    await walk(page, SELF_CARE_PATH);
    assert.equal(await heading(page), 'You can look after this at home');
    const advice = await page.locator('[data-advice]').evaluateAll((els) => els.map((e) => e.dataset.advice));
    for (const id of ['relief_calf', 'prevent_stretch_bedtime', 'avoid_quinine', 'safety_net_self_care']) {
      assert.ok(advice.includes(id), `${id} shown`);
    }
    assert.ok(!advice.includes('relief_hamstring'), 'no stretch for a muscle that does not cramp');
    assert.ok(await page.locator('[data-rule="SC1"]').isVisible(), 'why this result names SC1');
    assert.match(await page.locator('[data-rule="SC1"]').innerText(), /S1 NHS, Leg cramps/);
    assert.match(await page.locator('.cc-group-safety_net').innerText(), /Call 999 for chest pain/);
    assert.deepEqual(t.problems, []);
  } finally {
    await t.stop();
  }
});

test('an emergency answer ends the questions at once', async () => {
  const t = await start();
  try {
    const { page } = t;
    await open(page, t.server.url + '/#/check/emergency_breathing');
    await answer(page, 'Sudden breathlessness, chest pain, or coughing up blood');
    assert.equal(await heading(page), 'Emergency: call 999 now');
    assert.equal(new URL(page.url()).hash, '#/result');
    assert.equal(await page.locator('.cc-call-now').getAttribute('href'), 'tel:999');
    assert.equal(await page.locator('[data-rule]').first().getAttribute('data-rule'), 'E1');
    assert.equal(await page.locator('[data-advice="relief_calf"]').count(), 0, 'no stretching advice in an emergency');
    // Going back to a later question is refused: the questions are over.
    await page.goto(t.server.url + '/#/check/who');
    await page.waitForSelector('.cc-notice');
    assert.equal(await heading(page), 'Emergency: call 999 now');
    assert.deepEqual(t.problems, []);
  } finally {
    await t.stop();
  }
});

test('"not sure" on an emergency question counts as yes', async () => {
  const t = await start();
  try {
    const { page } = t;
    await open(page, t.server.url + '/#/check/emergency_breathing');
    await answer(page, 'None of these');
    await answer(page, "I'm not sure");
    assert.equal(await heading(page), 'Emergency: call 999 now');
  } finally {
    await t.stop();
  }
});

test('back (browser and page) and a changed answer take a new branch, keeping what still applies', async () => {
  const t = await start();
  try {
    const { page } = t;
    await open(page, t.server.url + '/#/check/emergency_breathing');
    await walk(page, SELF_CARE_PATH.slice(0, 6)); // up to and including today_signs
    assert.equal(await heading(page), 'Which best describes what happens?');
    // Browser back, three times: today_signs, urgent_signs, who.
    for (let i = 0; i < 3; i++) await page.goBack();
    await page.waitForFunction(() => location.hash === '#/check/who');
    assert.equal(await heading(page), 'Who is this check for?');
    assert.ok(await page.getByLabel('Someone aged 13 to 75', { exact: true }).isChecked(), 'earlier answer kept');
    await answer(page, 'Someone pregnant, or who gave birth in the last 6 weeks');
    assert.equal(await heading(page), 'Do you have any of these?');
    assert.equal(new URL(page.url()).hash, '#/check/pregnancy_signs');
    await answer(page, 'None of these');
    // urgent_signs still applies and keeps its answer.
    assert.equal(new URL(page.url()).hash, '#/check/urgent_signs');
    assert.ok(await page.getByLabel('None of these', { exact: true }).isChecked());
    // The page's own Back link goes to the previous question on the path.
    await page.getByRole('button', { name: 'Back' }).click();
    await page.waitForFunction(() => location.hash === '#/check/pregnancy_signs');
    // Continue without choosing is refused with a message.
    await page.getByLabel('None of these', { exact: true }).uncheck();
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await page.waitForSelector('.cc-error-summary');
    assert.match(await page.locator('.cc-error-summary').innerText(), /Choose an answer to continue/);
    assert.deepEqual(t.problems, []);
  } finally {
    await t.stop();
  }
});

test('"none of these" and findings exclude each other in choose-all questions', async () => {
  const t = await start();
  try {
    const { page } = t;
    await open(page, t.server.url + '/#/check/emergency_breathing');
    await page.getByLabel('None of these', { exact: true }).check();
    await page.getByLabel('You have fainted or collapsed', { exact: true }).check();
    assert.equal(await page.getByLabel('None of these', { exact: true }).isChecked(), false);
    await page.getByLabel("I'm not sure", { exact: true }).check();
    assert.equal(await page.getByLabel('You have fainted or collapsed', { exact: true }).isChecked(), false);
  } finally {
    await t.stop();
  }
});

test('a tampered link or corrupt saved answers give a message, never a blank page', async () => {
  const t = await start();
  try {
    const { page } = t;
    await open(page, t.server.url + '/#/check/no_such_question');
    assert.match(await page.locator('.cc-notice').innerText(), /does not match a question/);
    assert.ok((await heading(page)).length > 0);
    await open(page, t.server.url + '/#/result');
    assert.match(await page.locator('.cc-notice').innerText(), /not finished/);
    assert.equal(await heading(page), 'Do you have any of these right now?');

    await page.evaluate(() => sessionStorage.setItem('crampcheck.answers', 'garbage-version\nx=y'));
    await page.reload();
    await page.waitForSelector('.cc-notice');
    assert.match(await page.locator('.cc-notice').innerText(), /questions have changed/);

    const version = await page.locator('.cc-version').innerText();
    const v = version.match(/version (\S+)\./)[1];
    await page.evaluate((v) => sessionStorage.setItem('crampcheck.answers', `${v}\nemergency_breathing=none;bogus;emergency_leg=zzz`), v);
    await page.goto(t.server.url + '/?reload=1#/check/emergency_leg');
    await page.waitForSelector('.cc-notice');
    assert.match(await page.locator('.cc-notice').innerText(), /could not be read/);
    assert.equal(new URL(page.url()).hash, '#/check/emergency_leg', 'the readable answer was kept');
  } finally {
    await t.stop();
  }
});
