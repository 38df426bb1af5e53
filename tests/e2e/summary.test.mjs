// The doctor's summary: on screen, as print, and as copied text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, heading, walk, SELF_CARE_PATH } from './helpers.mjs';

test('the summary lists date, answers, level and advice; prints without the controls; copies as text', async () => {
  const t = await start({ context: { permissions: ['clipboard-read', 'clipboard-write'] } });
  try {
    const { page } = t;
    await open(page, t.server.url + '/#/check/emergency_breathing');
    await walk(page, SELF_CARE_PATH);
    await page.getByRole('button', { name: 'Summary for your doctor' }).click();
    await page.waitForFunction(() => location.hash === '#/summary');
    assert.equal(await heading(page), 'Summary for your doctor');
    const body = await page.locator('.cc-summary').innerText();
    assert.match(body, /Date/);
    assert.match(body, /Suggested urgency\s+You can look after this at home \(SELF_CARE\)/);
    assert.match(body, /Occasional, typical cramps .* \[SC1; S1, S2, S3, S13\]/);
    assert.equal(await page.locator('.cc-answers tr').count(), 12, 'one row per question asked');
    assert.match(body, /Calf cramp: stretch the calf \(grade C\)/);

    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.cc-emergency').first().isVisible(), false, 'no emergency bar on paper');
    assert.equal(await page.locator('.cc-summary .cc-actions').isVisible(), false, 'no buttons on paper');
    assert.ok(await page.locator('.cc-answers').isVisible());
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('button', { name: 'Copy as text' }).click();
    await page.waitForFunction(() => document.querySelector('.cc-summary [role="status"]').innerText.includes('Copied'));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(copied, /^Summary for your doctor\n/);
    assert.match(copied, /- Who: Someone aged 13 to 75/);
    assert.match(copied, /Information, not a diagnosis/);
    assert.deepEqual(t.problems, []);
  } finally {
    await t.stop();
  }
});
