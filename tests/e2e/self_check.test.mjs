// The self-check end to end: a self-care path to its advice, an emergency answer ending the
// questions, back navigation that changes a branch, and bad links or saved data. Paths are content
// IDs (helpers.mjs), so rewording a question does not break them.
import assert from 'node:assert/strict';
import { test } from './fixtures.mjs';
import {
  open, heading, answer, walk, onScreen, msg, question, questionText, levelTitle, rule, advice, source,
  QUESTIONS, SELF_CARE, EMERGENCY, DEFAULT_REGION, toml,
} from './helpers.mjs';

const FIRST = QUESTIONS[0].id;
const NUMBER = DEFAULT_REGION.emergency_number;
const checked = (page, q, o) => page.locator(`input[name="${q}"][value="${o}"]`).isChecked();

test('a typical self-care path reaches its advice', async ({ page, server }) => {
  await open(page, server.url + '/');
  await page.getByRole('button', { name: new RegExp(msg('start.check')) }).click();
  assert.equal(await heading(page), questionText(FIRST));
  // Focus moves to the question (GOV.UK pattern).
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1');
  assert.match(await page.locator('.cc-progress').innerText(), new RegExp(msg('question.progress', { done: 1, total: '\\d+' })));
  const asked = await walk(page, SELF_CARE);
  if (SELF_CARE.questions_asked) assert.equal(asked.length, SELF_CARE.questions_asked, `questions asked: ${asked.join(', ')}`);
  assert.equal(await heading(page), levelTitle('SELF_CARE'));
  const shown = await page.locator('[data-advice]').evaluateAll((els) => els.map((e) => e.dataset.advice));
  for (const id of SELF_CARE.advice) assert.ok(shown.includes(id), `${id} shown`);
  for (const id of SELF_CARE.not_advice ?? []) assert.ok(!shown.includes(id), `${id} not shown`);
  assert.ok(!shown.includes('relief_hamstring'), 'no stretch for a muscle that does not cramp');
  // "Why this result" names the rule and its sources.
  const sc1 = page.locator('[data-rule="SC1"]');
  if (!(await sc1.isVisible())) await page.locator('details:has([data-rule="SC1"]) > summary').first().click();
  assert.ok(await sc1.isVisible(), 'why this result names SC1');
  const why = await sc1.innerText();
  for (const id of rule('SC1').sources) assert.ok(why.includes(`${id} ${source(id).title}`), `SC1 cites ${id}`);
  // The safety net fills in the region's emergency number.
  const net = await page.locator('.cc-group-safety_net').textContent();
  assert.ok(net.includes(advice('safety_net_self_care').title.en));
  if (advice('safety_net_self_care').body.en.includes('{number}')) assert.ok(net.includes(NUMBER), `the safety net says ${NUMBER}`);
  assert.doesNotMatch(net, /\{number\}/);
});

test('an emergency answer ends the questions at once', async ({ page, server }) => {
  await open(page, server.url + `/#/check/${FIRST}`);
  const asked = await walk(page, EMERGENCY);
  assert.equal(asked.at(-1), 'emergency_body', `the last question is the emergency one: ${asked.join(', ')}`);
  assert.equal(await heading(page), levelTitle('EMERGENCY', NUMBER));
  assert.equal(new URL(page.url()).hash, '#/result');
  assert.equal(await page.locator('.cc-call-now').getAttribute('href'), `tel:${NUMBER}`);
  assert.equal(await page.locator('[data-rule]').first().getAttribute('data-rule'), 'E1');
  assert.equal(await page.locator('[data-advice="relief_calf"]').count(), 0, 'no stretching advice in an emergency');
  // Going on to a later question is refused: the questions are over.
  const later = QUESTIONS[QUESTIONS.findIndex((q) => q.id === 'emergency_body') + 1].id;
  await page.goto(server.url + `/#/check/${later}`);
  await page.waitForSelector('.cc-notice');
  assert.equal(await heading(page), levelTitle('EMERGENCY', NUMBER));
});

test('"not sure" on an emergency question counts as yes', async ({ page, server }) => {
  await open(page, server.url + `/#/check/${FIRST}`);
  await walk(page, { ...SELF_CARE, answers: { ...SELF_CARE.answers, emergency_body: 'unsure' } });
  assert.equal(await heading(page), levelTitle('EMERGENCY', NUMBER));
});

test('back (browser and page) and a changed answer take a new branch, keeping what still applies', async ({ page, server }) => {
  // The branch: "pregnant" in `health` adds `pregnancy_signs` right after it.
  const [branch, choice, added] = ['health', 'pregnant', 'pregnancy_signs'];
  assert.ok(question(added).ask_if.some((c) => c[branch]?.includes(choice)), `${added} is asked after ${branch} = ${choice}`);
  await open(page, server.url + `/#/check/${FIRST}`);
  const asked = await walk(page, SELF_CARE, { until: 'description' });
  const i = asked.indexOf(branch);
  assert.ok(i >= 0 && i < asked.length - 1, `${branch} is on the path before another question: ${asked.join(', ')}`);
  const after = asked[i + 1];
  // Browser back, once per question since the branch.
  for (let n = i; n < asked.length; n++) await page.goBack();
  await page.waitForFunction((h) => location.hash === h, `#/check/${branch}`);
  assert.equal(await heading(page), questionText(branch));
  const earlier = (await onScreen(page)).inputs.filter((x) => x.checked).map((x) => x.value);
  assert.ok(earlier.length > 0, 'earlier answer kept');
  await answer(page, branch, choice);
  assert.equal(await heading(page), questionText(added));
  assert.equal(new URL(page.url()).hash, `#/check/${added}`);
  await answer(page, added, 'none');
  // The question after the branch still applies and keeps its answer.
  assert.equal(new URL(page.url()).hash, `#/check/${after}`);
  assert.ok((await onScreen(page)).inputs.some((x) => x.checked), `${after} keeps its answer`);
  // The page's own Back link goes to the previous question on the path.
  await page.getByRole('button', { name: msg('question.back'), exact: true }).click();
  await page.waitForFunction((h) => location.hash === h, `#/check/${added}`);
  // Continue without choosing is refused with a message.
  assert.ok(await checked(page, added, 'none'));
  await page.locator(`input[name="${added}"][value="none"]`).uncheck();
  await page.getByRole('button', { name: msg('question.continue'), exact: true }).click();
  await page.waitForSelector('.cc-error-summary');
  assert.match(await page.locator('.cc-error-summary').innerText(), new RegExp(msg('question.choose_one')));
});

test('"none of these" and findings exclude each other; "not sure" is ticked with the findings (issue 18.1)', async ({ page, server }) => {
  await open(page, server.url + `/#/check/${FIRST}`);
  await walk(page, SELF_CARE, { until: 'emergency_body' });
  const tick = (o) => page.locator(`input[name="emergency_body"][value="${o}"]`).check();
  await tick('none');
  await tick('fainted');
  assert.equal(await checked(page, 'emergency_body', 'none'), false);
  // Sure of one sign, unsure of another: both stay ticked.
  await tick('unsure');
  assert.equal(await checked(page, 'emergency_body', 'fainted'), true);
  assert.equal(await checked(page, 'emergency_body', 'unsure'), true);
  await tick('none');
  assert.equal(await checked(page, 'emergency_body', 'fainted'), false);
  assert.equal(await checked(page, 'emergency_body', 'unsure'), false);
  // "Not sure" comes before the "or" and "None of these".
  const kinds = await page.locator('input[name="emergency_body"]').evaluateAll((els) => els.map((e) => e.dataset.kind));
  assert.ok(kinds.indexOf('unsure') < kinds.indexOf('none'), kinds.join(' '));
  // On the legs screen, the story "the pain won't go away, and I'm not sure if the calf is
  // swollen" has one answer, and the doubt counts as yes.
  await page.locator('input[name="emergency_body"][value="none"]').check();
  await page.getByRole('button', { name: msg('question.continue'), exact: true }).click();
  await page.waitForSelector('input[name="legs"]');
  await page.locator('input[name="legs"][value="lasting_pain"]').check();
  await page.locator('input[name="legs"][value="unsure"]').check();
  assert.equal(await checked(page, 'legs', 'lasting_pain'), true);
  await page.getByRole('button', { name: msg('question.continue'), exact: true }).click();
  await page.waitForSelector('.cc-banner');
  assert.ok(await page.locator('.cc-banner').evaluate((el) => el.classList.contains('cc-level-emergency')));
  assert.equal(await heading(page), levelTitle('EMERGENCY'));
});

test('a tampered link or corrupt saved answers give a message, never a blank page', async ({ page, server }) => {
  await open(page, server.url + '/#/check/no_such_question');
  assert.equal(await page.locator('.cc-notice').innerText().then((s) => s.includes(msg('notice.unknown_link'))), true);
  assert.ok((await heading(page)).length > 0);
  await open(page, server.url + '/#/result');
  assert.ok((await page.locator('.cc-notice').innerText()).includes(msg('notice.not_finished')));
  assert.equal(await heading(page), questionText(FIRST));

  await page.evaluate(() => sessionStorage.setItem('crampcheck.answers', 'garbage-version\nx=y'));
  await page.reload();
  await page.waitForSelector('.cc-notice');
  assert.ok((await page.locator('.cc-notice').innerText()).includes(msg('notice.saved_version')));

  const version = await page.locator('.cc-version').innerText();
  const v = version.match(/version (\S+)\./)[1];
  const first = SELF_CARE.answers[FIRST];
  await page.evaluate(([v, a]) => sessionStorage.setItem('crampcheck.answers', `${v}\n${a};bogus;emergency_body=zzz`), [v, `${FIRST}=${first}`]);
  await page.goto(server.url + '/?reload=1#/check/emergency_body');
  await page.waitForSelector('.cc-notice');
  assert.ok((await page.locator('.cc-notice').innerText()).includes(msg('notice.saved_partly')));
  assert.equal(new URL(page.url()).hash, '#/check/emergency_body', 'the readable answer was kept');
});

// Issue 18: each kind of story blind readers could not answer has its own option now. Walked in
// the browser as a person would tick them (content/scenarios/self_check_v3.toml), so the screens,
// not only the core, offer the answer and lead to the scenario's level and advice.
test('every self-check v3 story can be answered on screen and reaches its level', async ({ page, server }) => {
  const stories = toml('scenarios/self_check_v3.toml').scenario;
  assert.ok(stories.length >= 8, `${stories.length} stories`);
  for (const story of stories) {
    await open(page, server.url + `/#/check/${FIRST}`);
    await page.evaluate(() => sessionStorage.clear());
    await open(page, server.url + `/#/check/${FIRST}`);
    const asked = await walk(page, story);
    for (const q of Object.keys(story.answers)) assert.ok(asked.includes(q), `${story.name}: '${q}' asked (${asked.join(', ')})`);
    const level = await page.locator('.cc-banner').getAttribute('class');
    assert.ok(level.includes(`cc-level-${story.level.toLowerCase()}`), `${story.name}: ${level}`);
    const shown = await page.locator('[data-advice]').evaluateAll((els) => els.map((e) => e.dataset.advice));
    for (const id of story.advice ?? []) assert.ok(shown.includes(id), `${story.name}: ${id} shown`);
    for (const id of story.not_advice ?? []) assert.ok(!shown.includes(id), `${story.name}: ${id} not shown`);
  }
});
