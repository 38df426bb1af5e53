// The FHIR resources (docs/FHIR.md): the Questionnaire published with the site, and the
// QuestionnaireResponse of every scenario (written by `cargo test -p crampcheck-fhir`, which the
// test script runs first), checked by independent tools: the `fhir` package's R4 validator, and
// the `fhirpath` engine for the enableWhen expressions.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { test } from './fixtures.mjs';
import { DIST, ROOT, QUESTIONS, RULES, question } from './helpers.mjs';

const require = createRequire(import.meta.url);
const { Fhir } = require('fhir');
const fhirpath = require('fhirpath');
const r4 = require('fhirpath/fhir-context/r4');

const QUESTIONNAIRE = JSON.parse(readFileSync(join(DIST, 'fhir', 'questionnaire.json'), 'utf8'));
const RESPONSES_DIR = join(ROOT, 'target', 'fhir', 'scenario-responses');

/** The validator's errors (it also reports information, such as value sets it does not hold). */
function errors(resource) {
  const result = new Fhir().validate(resource, {});
  return result.messages.filter((m) => m.severity === 'error' || m.severity === 'fatal').map((m) => `${m.location}: ${m.message}`);
}

const responses = () => {
  assert.ok(existsSync(RESPONSES_DIR), `${RESPONSES_DIR} is missing: run cargo test -p crampcheck-fhir first`);
  const files = readdirSync(RESPONSES_DIR).filter((f) => f.endsWith('.json'));
  assert.ok(files.length > 50, `a response for every scenario (found ${files.length})`);
  return files.map((f) => JSON.parse(readFileSync(join(RESPONSES_DIR, f), 'utf8')));
};

test('the Questionnaire is valid FHIR R4 and served for other sites to read', async ({ server }) => {
  assert.deepEqual(errors(QUESTIONNAIRE), []);
  // The validator does find errors: the same resource with a wrong item type is refused.
  const broken = structuredClone(QUESTIONNAIRE);
  broken.item[0].type = 'multiple-choice';
  assert.notDeepEqual(errors(broken), []);
  assert.equal(QUESTIONNAIRE.item.length, QUESTIONS.length);
  for (const [i, q] of QUESTIONS.entries()) {
    const item = QUESTIONNAIRE.item[i];
    assert.equal(item.linkId, q.id);
    assert.equal(item.text, q.text.en);
    assert.deepEqual(item.answerOption.map((o) => o.valueCoding.code), q.option.map((o) => o.id), q.id);
    assert.deepEqual(item.answerOption.map((o) => o.valueCoding.display), q.option.map((o) => o.label.en), q.id);
  }
  const res = await fetch(server.url + '/fhir/questionnaire.json');
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'application/fhir+json');
  assert.equal(res.headers.get('access-control-allow-origin'), '*');
});

test('every scenario\'s QuestionnaireResponse is valid FHIR R4 and names this Questionnaire', () => {
  for (const { scenario, response } of responses()) {
    assert.deepEqual(errors(response), [], scenario);
    assert.equal(response.questionnaire, `${QUESTIONNAIRE.url}|${QUESTIONNAIRE.version}`, scenario);
    const result = response.contained.find((r) => r.resourceType === 'RiskAssessment');
    assert.equal(response.extension[0].valueReference.reference, `#${result.id}`);
    for (const e of result.extension) assert.ok(RULES.some((r) => r.id === e.valueCoding.code), `${scenario}: rule ${e.valueCoding.code}`);
  }
});

/** Is `item` enabled, for the answers in `response`, by FHIR's rules (enableWhen with
 * enableBehavior, or the SDC enableWhenExpression evaluated by fhirpath.js)? */
function enabled(item, response) {
  const expression = item.extension?.find((e) => e.url.endsWith('sdc-questionnaire-enableWhenExpression'));
  if (expression) {
    const [value] = fhirpath.evaluate(response, expression.valueExpression.expression, { resource: response }, r4);
    return value === true;
  }
  if (!item.enableWhen) return true;
  const holds = (w) => {
    assert.equal(w.operator, '=', 'only "=" is generated');
    const answers = response.item.find((i) => i.linkId === w.question)?.answer ?? [];
    return answers.some((a) => a.valueCoding.system === w.answerCoding.system && a.valueCoding.code === w.answerCoding.code);
  };
  return (item.enableBehavior ?? 'all') === 'any' ? item.enableWhen.some(holds) : item.enableWhen.every(holds);
}

test('enableWhen asks the same questions as the app\'s own flow, scenario by scenario', () => {
  let compared = 0;
  for (const { scenario, response } of responses()) {
    const asked = response.item.map((i) => i.linkId);
    const shown = QUESTIONNAIRE.item.filter((item) => enabled(item, response)).map((i) => i.linkId);
    const level = response.contained[0].prediction[0]?.outcome.coding[0].code;
    if (level === 'EMERGENCY') {
      // Our flow stops at the first emergency sign; a FHIR form goes on (docs/FHIR.md). Every
      // question asked is still one the form shows, in the same order.
      assert.deepEqual(shown.filter((id) => asked.includes(id)), asked, scenario);
    } else {
      assert.deepEqual(shown, asked, scenario);
      compared++;
    }
  }
  assert.ok(compared > 30, `most scenarios compared in full (${compared})`);
  // The expression is what carries "any of (all of …)": it must have been used.
  assert.ok(QUESTIONNAIRE.item.some((i) => i.extension) && question('description').ask_if.length > 1);
});

// LHC-Forms (the `lforms` package's built web component), the NLM's renderer for any FHIR
// Questionnaire, served from node_modules on its own server with a bare test page.
const LFORMS = join(ROOT, 'node_modules', 'lforms', 'dist', 'lforms');
const LFORMS_PAGE = `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="/webcomponent/styles.css"></head><body><div id="form"></div>
<script src="/webcomponent/assets/lib/zone.min.js"></script>
<script src="/webcomponent/lhc-forms.js"></script>
<script src="/fhir/R4/lformsFHIR.min.js"></script></body></html>`;

/** The linkIds of the questions LHC-Forms shows for `response` (null: an empty form). */
const shownByLForms = (page, response) => page.evaluate(async ([questionnaire, qr]) => {
  const form = window.LForms.Util.convertFHIRQuestionnaireToLForms(questionnaire, 'R4');
  const data = qr ? window.LForms.Util.mergeFHIRDataIntoLForms('QuestionnaireResponse', qr, form, 'R4') : form;
  await window.LForms.Util.addFormToPage(data, 'form', { prepopulate: false });
  // Shown items carry `item-<linkId>/1`; the hint and "why" display items have a dot in theirs.
  return [...document.querySelectorAll('#form [id^="item-"]')]
    .map((e) => e.id.slice(5).replace(/\/1$/, ''))
    .filter((id) => !id.includes('.') && !id.includes('/'));
}, [QUESTIONNAIRE, response]);

test('LHC-Forms renders the Questionnaire with every option, and shows the questions our flow asks', async ({ page, startServer }) => {
  test.setTimeout(120_000);
  const lforms = await startServer(LFORMS, { extra: { '/test.html': ['text/html; charset=utf-8', LFORMS_PAGE], '/favicon.ico': ['image/x-icon', ''] } });
  await page.goto(lforms.url + '/test.html');
  await page.waitForFunction(() => window.LForms?.Util?.convertFHIRQuestionnaireToLForms && window.LForms.FHIR);
  // Every question, with its options in order, as LHC-Forms reads them.
  const read = await page.evaluate((q) => window.LForms.Util.convertFHIRQuestionnaireToLForms(q, 'R4').items
    .map((i) => ({ id: i.linkId, options: (i.answers ?? []).map((a) => a.code ?? a.answerCode) })), QUESTIONNAIRE);
  assert.deepEqual(read.map((i) => i.id), QUESTIONS.map((q) => q.id));
  for (const [i, q] of QUESTIONS.entries()) assert.deepEqual(read[i].options, q.option.map((o) => o.id), q.id);
  // An empty form shows the questions that are always asked.
  assert.deepEqual(await shownByLForms(page, null), QUESTIONS.filter((q) => !q.ask_if).map((q) => q.id));
  let compared = 0;
  for (const { scenario, response } of responses()) {
    const asked = response.item.map((i) => i.linkId);
    const shown = await shownByLForms(page, response);
    const level = response.contained[0].prediction[0]?.outcome.coding[0].code;
    if (level === 'EMERGENCY') assert.deepEqual(shown.filter((id) => asked.includes(id)), asked, scenario);
    else {
      assert.deepEqual(shown, asked, scenario);
      compared++;
    }
  }
  assert.ok(compared > 30, `scenarios compared in full: ${compared}`);
});
