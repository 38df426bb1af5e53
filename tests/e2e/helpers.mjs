// What the end-to-end tests share besides their fixtures (tests/e2e/fixtures.mjs): the content the
// app is built from, paths through the check, and helpers to walk them. Plain Node: the benchmark
// (bench/bench.mjs) imports it too, without @playwright/test.
//
// The tests walk the self-check by content IDs, never by the words on screen: each question's
// inputs are named after the question and valued with the option's ID (src/components/question.rs),
// and the paths come from the content's own scenarios. Expected words (headings, level titles,
// buttons) are read from the same content files the app is built from.
import { parse } from 'smol-toml';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { readFileSync, readdirSync } from 'node:fs';
import assert from 'node:assert/strict';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = join(ROOT, 'dist');
const AXE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-default-apps', '--disable-extensions',
];

/** A browser in the United Kingdom unless a test says otherwise: the app guesses a first visitor's
 * region from the browser's time zone and languages, so the tests must not depend on the machine's. */
export const UK = { locale: 'en-GB', timezoneId: 'Europe/London' };

/** Opens the app and waits until it has taken over from the pre-rendered start screen or the
 * static fallback. On a first visit the app starts when someone is about to use the page
 * (web/boot.js): a pointer moving over it, as a person's would. */
export async function open(page, url) {
  await page.goto(url);
  await page.mouse.move(5, 5);
  await page.waitForSelector(LIVE + ' .cc-emergency');
  return page;
}

/** The running app's root (not the pre-rendered start screen, which it replaces). */
export const LIVE = '.cc-app-root:not([hidden]) > .cc';

/** The screen's heading, once any "Loading…" for the content's text pack has given way. */
export async function heading(scope) {
  await scope.locator('.cc-texts-missing[aria-busy="true"]').waitFor({ state: 'detached' });
  return (await scope.locator('.cc h1').first().innerText()).trim();
}

// ---------- The content, as the app is built from it ----------

export const toml = (path) => parse(readFileSync(join(ROOT, 'content', path), 'utf8'));
const META = toml('meta.toml');
const ALL_MESSAGES = toml('messages.toml');
const MESSAGES = ALL_MESSAGES.en;
/** The content's languages, the default first. */
export const LANGUAGES = META.languages;
const ADVICE = readdirSync(join(ROOT, 'content', 'advice'))
  .filter((f) => f.endsWith('.toml'))
  .flatMap((f) => toml(`advice/${f}`).advice ?? []);
const find = (list, id, what) => list.find((x) => x.id === id) ?? assert.fail(`no ${what} '${id}' in the content`);

export const QUESTIONS = toml('questions.toml').question;
export const RULES = toml('rules.toml').rule;
export const REGIONS = META.region;
export const SOURCES = toml('sources.toml').source;
export const question = (id) => find(QUESTIONS, id, 'question');
export const rule = (id) => find(RULES, id, 'rule');
export const advice = (id) => find(ADVICE, id, 'advice');
export const region = (id) => find(REGIONS, id, 'region');
export const source = (id) => find(SOURCES, id, 'source');
export const option = (q, o) => find(question(q).option, o, `option of ${q}`);

/** Fills `{name}` placeholders. */
export const fill = (text, values = {}) => text.replace(/\{(\w+)\}/g, (m, k) => (k in values ? String(values[k]) : m));
/** A user-interface message, e.g. msg('question.continue'). */
export const msg = (key, values) => {
  const [table, name] = key.split('.');
  return fill(MESSAGES[table]?.[name] ?? assert.fail(`no message ${key}`), values);
};
/** A user-interface message in another language, e.g. msgIn('es', 'start.title'). */
export const msgIn = (lang, key, values) => {
  const [table, name] = key.split('.');
  return fill(ALL_MESSAGES[lang]?.[table]?.[name] ?? assert.fail(`no message ${key} in ${lang}`), values);
};
/** A level's title in `lang`, with the emergency number filled in. */
export const levelTitleIn = (lang, level, number) => fill(META.level.find((l) => l.level === level).title[lang], { number });
/** The question's wording for the person themselves ("you"). */
export const questionText = (id) => question(id).text.en;
/** A level's title (EMERGENCY, SELF_CARE...) with the region's emergency number filled in. */
export const levelTitle = (level, number = region(META.default_region).emergency_number) =>
  fill(META.level.find((l) => l.level === level).title.en, { number });
export const DEFAULT_REGION = region(META.default_region);

// ---------- Paths through the check, from the content's scenarios ----------

/** The typical self-care path (content/scenarios/self_care.toml, the scenario marked `typical = true`,
 * the same one the content check measures the start screen's time estimate by):
 * `answers` maps question IDs to option IDs; `rest = "none"` answers every other question on the
 * path with its "none" option (or its first option where it has none). */
export const SELF_CARE = toml('scenarios/self_care.toml').scenario.find((s) => s.typical === true)
  ?? assert.fail('content/scenarios/self_care.toml has no scenario marked typical = true');

/** The typical path, except for a sign that calls for an ambulance. */
export const EMERGENCY = { ...SELF_CARE, answers: { ...SELF_CARE.answers, emergency_body: 'breathless' } };

/** The option IDs `scenario` gives question `qid`, whose inputs on screen are `inputs`. */
export function choiceFor(scenario, qid, inputs = []) {
  const own = scenario.answers?.[qid];
  if (own !== undefined) return [own].flat();
  assert.equal(scenario.rest, 'none', `the scenario "${scenario.name}" does not answer '${qid}'`);
  // The app marks each input with its option's kind; the content says the same.
  const marked = inputs.find((i) => i.kind === 'none');
  if (marked) return [marked.value];
  const none = QUESTIONS.find((q) => q.id === qid)?.option.find((o) => o.kind === 'none');
  if (none) return [none.id];
  const likely = inputs.find((i) => ['none', 'no', 'normal'].includes(i.value));
  return [(likely ?? inputs[0]).value];
}

/** The question on screen (in a page, or in a widget's locator): its ID and its inputs, or null. */
export async function onScreen(scope) {
  await scope.locator('.cc-texts-missing[aria-busy="true"]').waitFor({ state: 'detached' });
  const inputs = await scope.locator('form.cc-question input').evaluateAll((els) =>
    els.map((e) => ({ name: e.name, value: e.value, type: e.type, checked: e.checked, kind: e.dataset.kind || '' })));
  return inputs.length ? { id: inputs[0].name, inputs } : null;
}

/** Ticks exactly `options` of the question on screen (content IDs), presses Continue and waits
 * for the next screen. Returns the question's ID. */
export async function answer(scope, qid, ...options) {
  const form = scope.locator('form.cc-question');
  const input = (v) => form.locator(`input[name="${qid}"][value="${v}"]`);
  await input(options[0]).waitFor();
  const current = await onScreen(scope);
  for (const i of current.inputs) {
    if (i.type === 'checkbox' && i.checked && !options.includes(i.value)) await input(i.value).uncheck();
  }
  for (const o of options) await input(o).check();
  // (The submit button, whatever the language on screen.)
  await form.locator('button[type="submit"]').click();
  // Each question's form is its own (keyed by question): the next screen has replaced it.
  await form.locator(`input[name="${qid}"]`).first().waitFor({ state: 'detached' });
  return qid;
}

/** Answers the question on screen as `scenario` does; returns its ID. */
export async function step(scope, scenario) {
  const q = await onScreen(scope);
  assert.ok(q, 'a question on screen');
  return answer(scope, q.id, ...choiceFor(scenario, q.id, q.inputs));
}

/** Answers questions as `scenario` does until a result (or, with `until`, until that question is on
 * screen). Returns the IDs of the questions answered, in order. */
export async function walk(scope, scenario, { until } = {}) {
  const asked = [];
  for (let i = 0; i < 60; i++) {
    await scope.locator('form.cc-question input, .cc-banner').first().waitFor();
    const q = await onScreen(scope);
    if (!q || q.id === until) return asked;
    asked.push(await step(scope, scenario));
  }
  assert.fail(`the walk did not end: ${asked.join(', ')}`);
}

/** Quick relief's first screens, from "Before you stretch" to the drawn leg: none of the signs
 * that rule out stretching, and a cramp that has `duration` (content/relief.toml, default: the
 * first, "just started"). */
export async function toMusclePicker(scope, duration) {
  await scope.getByRole('button', { name: msg('relief.check_none'), exact: true }).click();
  await scope.locator(duration ? `[data-duration="${duration}"]` : '[data-duration]').first().click();
  await scope.locator('[data-muscle]').first().waitFor();
}

/** Runs axe-core on the page and fails with the violations listed. */
export async function assertNoAxeViolations(page, where) {
  // Evaluated through the DevTools protocol: the page's CSP (rightly) refuses injected scripts.
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ['violations'] }));
  const violations = result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  assert.deepEqual(violations, [], `axe violations on ${where}`);
}
