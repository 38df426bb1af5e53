// Shared set-up for the end-to-end tests: the release build served on 127.0.0.1 and Debian's
// Chromium driven by playwright-core. Each test file starts and stops its own.
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/static_server.mjs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = join(ROOT, 'dist');
const AXE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-default-apps', '--disable-extensions',
];

export async function start({ extra = {}, viewport = { width: 390, height: 844 }, context = {} } = {}) {
  const server = await serve(DIST, { extra });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const ctx = await browser.newContext({ viewport, ...context });
  const page = await ctx.newPage();
  const problems = [];
  const requests = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    requests.push(r.url());
    if (r.method() !== 'GET') problems.push(`a ${r.method()} request to ${r.url()}`);
  });
  return {
    server, browser, ctx, page, problems, requests,
    async stop() { await browser.close(); await server.close(); },
  };
}

/** Opens the app and waits until it has replaced the static fallback. */
export async function open(page, url) {
  await page.goto(url);
  await page.waitForSelector('.cc .cc-emergency');
  return page;
}

export async function heading(page) {
  return (await page.locator('.cc h1').first().innerText()).trim();
}

/** Chooses options by their visible labels (exact text) and continues. */
export async function answer(page, ...labels) {
  const before = page.url();
  for (const label of labels) await page.getByLabel(label, { exact: true }).check();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await page.waitForFunction((u) => location.href !== u, before);
}

/** Runs axe-core on the page and fails with the violations listed. */
export async function assertNoAxeViolations(page, where) {
  // Evaluated through the DevTools protocol: the page's CSP (rightly) refuses injected scripts.
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ['violations'] }));
  const violations = result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  assert.deepEqual(violations, [], `axe violations on ${where}`);
}

/** The answers of a typical adult with occasional night calf cramps (12 questions). */
export const SELF_CARE_PATH = [
  ['None of these'],
  ['No, none of these'],
  ['None of these'],
  ['Someone aged 13 to 75'],
  ['None of these'],
  ['None of these'],
  ['A muscle suddenly locks hard and tight and I cannot relax it'],
  ['Calf (back of the lower leg)'],
  ['At night or while resting'],
  ['None of these'],
  ['None of these, or I don\'t know'],
  ['None of these'],
];

export async function walk(page, path) {
  for (const labels of path) await answer(page, ...labels);
}
