// The doctor's summary: on screen, as print, and as copied text.
import assert from 'node:assert/strict';
import { test } from './fixtures.mjs';
import { open, heading, walk, msg, question, option, levelTitle, rule, advice, QUESTIONS, SELF_CARE } from './helpers.mjs';

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('the summary lists date, answers, level and advice; prints without the controls; copies as text', async ({ page, server }) => {
  const first = QUESTIONS[0].id;
  await open(page, server.url + `/#/check/${first}`);
  const asked = await walk(page, SELF_CARE);
  await page.getByRole('button', { name: msg('result.summary') }).click();
  await page.waitForFunction(() => location.hash === '#/summary');
  assert.equal(await heading(page), msg('summary.title'));
  const body = await page.locator('.cc-summary').innerText();
  assert.match(body, new RegExp(msg('summary.date')));
  assert.match(body, new RegExp(`${msg('summary.level')}\\s+${escape(levelTitle('SELF_CARE'))} \\(SELF_CARE\\)`));
  const sc1 = rule('SC1');
  assert.ok(body.includes(`${sc1.finding.en} [SC1; ${sc1.sources.join(', ')}]`), 'the rule with its sources');
  assert.equal(await page.locator('.cc-answers tr').count(), asked.length, 'one row per question asked');
  const calf = advice('relief_calf');
  assert.ok(body.includes(`${calf.title.en} (grade ${calf.grade})`), 'advice with its grade');

  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.cc-emergency').first().isVisible(), false, 'no emergency bar on paper');
  assert.equal(await page.locator('.cc-summary .cc-actions').isVisible(), false, 'no buttons on paper');
  assert.ok(await page.locator('.cc-answers').isVisible());
  await page.emulateMedia({ media: 'screen' });

  await page.getByRole('button', { name: msg('summary.copy') }).click();
  await page.waitForFunction(() => document.querySelector('.cc-summary [role="status"]').innerText.includes('Copied'));
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(copied.startsWith(`${msg('summary.title')}\n`));
  const who = `- ${question(first).short.en}: ${option(first, SELF_CARE.answers[first]).label.en}`;
  assert.ok(copied.includes(who), `the copy has "${who}"`);
  assert.match(copied, /Information, not a diagnosis/);
});
