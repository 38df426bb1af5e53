// The doctor's summary's clinic section (web/clinic.js, clinic/): loaded only when the summary
// opens; its QR code decodes (jsQR, from a screenshot of what is drawn) to the text the summary
// shows; "Download for your clinic" saves a valid FHIR QuestionnaireResponse of the answers.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { test, expectedProblems } from './fixtures.mjs';
import { open, walk, msg, msgIn, levelTitle, levelTitleIn, assertNoAxeViolations, ROOT, DIST, SELF_CARE, EMERGENCY, DEFAULT_REGION } from './helpers.mjs';

const require = createRequire(import.meta.url);
const { Fhir } = require('fhir');
const JSQR = readFileSync(join(ROOT, 'node_modules', 'jsqr', 'dist', 'jsQR.js'), 'utf8');
const QUESTIONNAIRE = JSON.parse(readFileSync(join(DIST, 'fhir', 'questionnaire.json'), 'utf8'));

/** Walks `scenario` to its result and opens the doctor's summary, with its clinic section. */
async function toSummary(page, server, scenario) {
  await open(page, server.url + '/#/check/who');
  await walk(page, scenario);
  await page.getByRole('button', { name: msg('result.summary') }).click();
  await page.locator('.cc-clinic .cc-qr').waitFor();
}

/** Decodes the QR code as drawn on screen: a screenshot, read by jsQR in a blank page. */
async function decodeQr(page, context) {
  const png = (await page.locator('.cc-qr').screenshot()).toString('base64');
  const blank = await context.newPage();
  await blank.addScriptTag({ content: JSQR });
  const text = await blank.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [img.width, img.height];
    const g = canvas.getContext('2d');
    g.drawImage(img, 0, 0);
    const { data, width, height } = g.getImageData(0, 0, img.width, img.height);
    return window.jsQR(data, width, height)?.data ?? null;
  }, `data:image/png;base64,${png}`);
  await blank.close();
  return text;
}

test.describe('without the offline cache', () => {
  // The service worker fetches every file of the build for offline use after start-up, the
  // clinic module's too; here only the page's own requests count.
  test.use({ serviceWorkers: 'block', allowedProblems: expectedProblems(/^console warning: Service Worker registration blocked by Playwright$/) });

  test('the clinic module loads with the summary, not before', async ({ page, server, watch }) => {
    await open(page, server.url + '/#/check/who');
    await walk(page, SELF_CARE);
    assert.equal(watch.requests.filter((u) => /clinic-/.test(u)).length, 0, 'nothing of the clinic module before the summary');
    await page.getByRole('button', { name: msg('result.summary') }).click();
    await page.locator('.cc-clinic .cc-qr').waitFor();
    const loaded = watch.requests.filter((u) => /clinic-/.test(u)).map((u) => u.replace(/^.*\//, ''));
    assert.ok(loaded.some((f) => /^clinic-[0-9a-f]{16}_bg\.wasm$/.test(f)), loaded.join(', '));
  });
});

test('the QR code decodes to the summary\'s text, with the level and content version', async ({ page, context, server }) => {
  await toSummary(page, server, SELF_CARE);
  const shown = await page.locator('.cc-qr-text').textContent();
  assert.equal(await decodeQr(page, context), shown);
  assert.match(shown, new RegExp(`${levelTitle('SELF_CARE').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(SELF_CARE\\)`));
  assert.ok(shown.includes(QUESTIONNAIRE.version), 'the content version');
  await assertNoAxeViolations(page, 'the summary with its clinic section');
  // On paper too: the code prints, the button does not.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.cc-qr').isVisible(), true);
  assert.equal(await page.getByRole('button', { name: msg('clinic.download') }).isVisible(), false);
});

test('an emergency summary\'s code names the emergency number of the person\'s region', async ({ page, context, server }) => {
  await toSummary(page, server, EMERGENCY);
  const text = await decodeQr(page, context);
  assert.ok(text.includes(`${levelTitle('EMERGENCY', DEFAULT_REGION.emergency_number)} (EMERGENCY)`), text);
});

test('"Download for your clinic" saves a valid FHIR QuestionnaireResponse of the answers', async ({ page, server }) => {
  await toSummary(page, server, SELF_CARE);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: msg('clinic.download') }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^crampcheck-\d{4}-\d{2}-\d{2}\.json$/);
  const response = JSON.parse(readFileSync(await download.path(), 'utf8'));
  const errors = new Fhir().validate(response, {}).messages.filter((m) => m.severity === 'error' || m.severity === 'fatal');
  assert.deepEqual(errors, []);
  assert.equal(response.status, 'completed');
  assert.equal(response.questionnaire, `${QUESTIONNAIRE.url}|${QUESTIONNAIRE.version}`);
  // The rows of the summary's answer table are the questions asked, in order.
  const asked = response.item.map((i) => i.linkId);
  assert.equal(asked[0], 'who');
  if (SELF_CARE.questions_asked) assert.equal(asked.length, SELF_CARE.questions_asked);
  for (const [q, o] of Object.entries(SELF_CARE.answers)) {
    const item = response.item.find((i) => i.linkId === q);
    assert.ok(item?.answer.some((a) => a.valueCoding.code === o), `${q} = ${o}`);
  }
  assert.equal(response.contained[0].prediction[0].outcome.coding[0].code, 'SELF_CARE');
});

test('a saved file opens on another device and shows its result; bad files are refused in words', async ({ page, server, newContext }) => {
  await toSummary(page, server, SELF_CARE);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: msg('clinic.download') }).click(),
  ]);
  const saved = readFileSync(await download.path(), 'utf8');
  // "Another device": a fresh browser profile, from the start screen.
  const other = await (await newContext()).newPage();
  await open(other, server.url + '/');
  await other.getByRole('button', { name: msg('start.open') }).click();
  const chooser = other.getByLabel(msg('clinic.open_choose'));
  await chooser.waitFor();
  assert.equal((await other.locator('.cc h1').first().innerText()).trim(), msg('clinic.open_title'));
  await assertNoAxeViolations(other, 'the page that opens a saved check');
  const pick = (name, text) => chooser.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  // Each bad file says why, and nothing else changes.
  const tampered = JSON.parse(saved);
  tampered.contained[0].prediction[0].outcome.coding[0].code = 'APPOINTMENT';
  const older = JSON.parse(saved);
  older.questionnaire = older.questionnaire.replace(/\|.*$/, '|2020.1.1');
  for (const [text, says] of [
    ['not json at all', 'clinic.import_not_json'],
    [JSON.stringify({ resourceType: 'Patient' }), 'clinic.import_not_a_response'],
    [JSON.stringify(older), 'clinic.import_other_version'],
    [JSON.stringify(tampered), 'clinic.import_result_mismatch'],
  ]) {
    await pick('bad.json', text);
    await other.getByRole('alert').filter({ hasText: msg(says) }).waitFor();
    assert.equal(new URL(other.url()).hash, '#/open');
  }
  await pick('crampcheck.json', saved);
  await other.locator('.cc-banner').waitFor();
  assert.equal(new URL(other.url()).hash, '#/result');
  assert.equal((await other.locator('.cc h1').first().innerText()).trim(), levelTitle('SELF_CARE'));
  const shown = await other.locator('[data-advice]').evaluateAll((els) => els.map((e) => e.dataset.advice));
  for (const id of SELF_CARE.advice) assert.ok(shown.includes(id), `${id} shown after opening the file`);
  await assertNoAxeViolations(other, 'the result opened from a file');
});

test.describe('in another language', () => {
  // Drawn at 2x, as on most phones: jsQR cannot resolve this denser code in a 1x screenshot of
  // 16em (a phone's camera on paper or a screen sees far more; not tested here).
  test.use({ locale: 'es-ES', timezoneId: 'Europe/London', deviceScaleFactor: 2 });

  test('a Spanish summary: the code reads in Spanish, the file is valid and opens in a French browser', async ({ page, context, server, newContext }) => {
    await open(page, server.url + '/#/check/who');
    await page.locator('.cc[lang="es"]').waitFor();
    await walk(page, EMERGENCY);
    await page.getByRole('button', { name: msgIn('es', 'result.summary') }).click();
    await page.locator('.cc-clinic .cc-qr').waitFor();
    // A denser code than the English one (letters beyond ASCII take two bytes in it).
    assert.ok(Number((await page.locator('.cc-qr').getAttribute('viewBox')).split(' ')[2]) > 64);
    const text = await decodeQr(page, context);
    assert.equal(text, await page.locator('.cc-qr-text').textContent());
    assert.ok(text.startsWith(msgIn('es', 'clinic.qr_title')), text);
    assert.ok(text.includes(`${levelTitleIn('es', 'EMERGENCY', DEFAULT_REGION.emergency_number)} (EMERGENCY)`), text);
    assert.equal((await page.locator('.cc-clinic h2').innerText()).trim(), msgIn('es', 'clinic.heading'));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: msgIn('es', 'clinic.download') }).click(),
    ]);
    const saved = readFileSync(await download.path(), 'utf8');
    const response = JSON.parse(saved);
    const errors = new Fhir().validate(response, {}).messages.filter((m) => m.severity === 'error' || m.severity === 'fatal');
    assert.deepEqual(errors, []);
    // Only the reader's language was loaded, so the file's words are Spanish; the codes are the same.
    assert.equal(response.item[0].text, QUESTIONNAIRE.item.find((i) => i.linkId === 'who')._text.extension
      .find((e) => e.extension.some((x) => x.valueCode === 'es')).extension.find((x) => x.url === 'content').valueString);
    assert.equal(response.contained[0].prediction[0].outcome.coding[0].code, 'EMERGENCY');
    // A change of language on the summary makes the section anew, in the new words.
    await page.locator('#cc-lang').selectOption('ru');
    await page.locator('.cc-clinic h2').filter({ hasText: msgIn('ru', 'clinic.heading') }).waitFor();
    assert.ok((await page.locator('.cc-qr-text').textContent()).startsWith(msgIn('ru', 'clinic.qr_title')));
    // Opened in a French browser: the same result, in French.
    const other = await (await newContext({ locale: 'fr-FR', timezoneId: 'Europe/London' })).newPage();
    await open(other, server.url + '/#/open');
    await other.locator('.cc[lang="fr"]').waitFor();
    await other.getByLabel(msgIn('fr', 'clinic.open_choose')).setInputFiles({ name: 'c.json', mimeType: 'application/json', buffer: Buffer.from(saved) });
    await other.locator('.cc-banner').waitFor();
    assert.equal((await other.locator('.cc h1').first().innerText()).trim(), levelTitleIn('fr', 'EMERGENCY', DEFAULT_REGION.emergency_number));
  });
});
