// The start screen is in index.html itself, rendered at build time by the app's own views, and
// painted before any script or WebAssembly runs (issue 19). The app takes over the same screen
// without a flash, a layout shift, a console warning or a lost tap. The fixtures fail any test whose
// page logs a warning or error or breaks the CSP.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import { test, expectedProblems } from './fixtures.mjs';
import { assertNoAxeViolations, DIST, LIVE, msg, msgIn, region, REGIONS, RULES, LANGUAGES, DEFAULT_REGION } from './helpers.mjs';

const WASM = readdirSync(DIST).find((f) => /^crampcheck-[0-9a-f]+_bg\.wasm$/.test(f));
const PRE = '.cc-pre-root > .cc';
/** The pre-rendered start screen on show (the one web/first-paint.js chose). */
const shownPre = (page) => page.locator(`${PRE} >> visible=true`);

/** Counts layout shifts from the very start of the page (the PerformanceObserver is buffered). */
const watchShifts = (page) => page.addInitScript(() => {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__shifts.push({ value: e.value, sources: e.sources.map((s) => s.node?.className ?? '') });
  }).observe({ type: 'layout-shift', buffered: true });
});

/** Holds back the app's wasm until `release()`, to act before the app can run. */
async function holdWasm(page) {
  let release;
  const held = new Promise((r) => { release = r; });
  let asked = false;
  await page.route(`**/${WASM}`, async (route) => { asked = true; await held; await route.continue(); });
  return { release, asked: () => asked };
}

test('the start screen\'s heading, choices and emergency line are in index.html itself', () => {
  const html = parseHtml(readFileSync(join(DIST, 'index.html'), 'utf8'));
  for (const lang of LANGUAGES) {
    const screen = html.querySelector(`.cc-pre-root > .cc[lang="${lang}"]`);
    assert.ok(screen, `a start screen in ${lang}`);
    assert.equal(screen.querySelector('h1').text, msgIn(lang, 'start.title'));
    assert.equal(screen.querySelector('.cc-choice-relief .cc-choice-title').text, msgIn(lang, 'start.relief'));
    assert.equal(screen.querySelector('.cc-choice-check .cc-choice-title').text, msgIn(lang, 'start.check'));
    // Every region's emergency line, each dialling its own number.
    for (const r of REGIONS) {
      const bar = screen.querySelector(`.cc-emergency[data-cc-region="${r.id}"]`);
      assert.ok(bar, `${lang}: the emergency line for ${r.id}`);
      assert.equal(bar.querySelector('.cc-emergency-call').getAttribute('href'), `tel:${r.emergency_number}`);
      assert.equal(bar.querySelector('.cc-emergency-region').text, r.name[lang]);
    }
  }
  // The static emergency information is still there for when no script can run.
  const fallback = html.querySelector('.cc-fallback').text;
  for (const r of RULES.filter((x) => x.level === 'EMERGENCY')) assert.ok(fallback.includes(r.finding.en.split(' ').slice(0, 4).join(' ')), r.id);
  // Nothing inline: the page's CSP has no 'unsafe-inline'.
  assert.equal(html.querySelectorAll('script:not([src]), style, [style]').length, 0);
});

// The app starts by itself once the page has loaded, so the tests that look at the painted screen
// hold the wasm back (holdWasm); without a service worker, which would serve it from its cache
// instead once it has claimed the page.
test.use({ serviceWorkers: 'block', allowedProblems: expectedProblems(/registration blocked by Playwright/) });
// The browser asks for the page's icon again after the app has started: every test lets it arrive
// before its server closes, or the reset connection is logged as an error.
test.afterEach(async ({ page }) => { await page.waitForLoadState('networkidle'); });

test.describe('before the app is ready', () => {
  test('painted before any WebAssembly: a tap made before the app is ready is not lost', async ({ page, server }) => {
    await watchShifts(page);
    const wasm = await holdWasm(page);
    await page.goto(server.url + '/');
    const pre = shownPre(page);
    assert.equal(await pre.locator('h1').innerText(), msg('start.title'));
    await assertNoAxeViolations(page, 'the painted start screen');
    assert.equal(await page.locator('[id="cc-region"]').count(), 0, 'no repeated IDs in the painted screens');
    assert.equal(await pre.locator('.cc-emergency-call >> visible=true').innerText(), msg('emergency.call', { number: DEFAULT_REGION.emergency_number }));
    // The page has loaded, with the app's wasm still held back: the start screen needs none.
    await page.waitForLoadState('load');
    assert.ok(await pre.isVisible(), 'still the painted screen');
    // Then the app's files are fetched ahead, with no tap, so they are usually here before the
    // first one; the app is not run until someone reaches for it.
    for (let i = 0; i < 50 && !wasm.asked(); i++) await page.waitForTimeout(100);
    assert.ok(wasm.asked(), "the app's wasm is fetched ahead once the page has loaded");
    assert.deepEqual(await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /\.wasm$/.test(n))), [], 'no wasm in the first load');
    // The tap starts the app; the app is held back, so the tap lands on the pre-rendered button.
    await pre.getByRole('button', { name: new RegExp(msg('start.relief')) }).click();
    assert.equal(await pre.locator('.cc-choice-relief').getAttribute('aria-busy'), 'true', 'the tap shows it is on its way');
    wasm.release();
    await page.locator(`${LIVE} h1`).waitFor();
    await page.waitForFunction(() => location.hash === '#/relief');
    assert.equal(await page.locator(PRE).count(), 0, 'the pre-rendered screen is gone');
    assert.deepEqual(await page.evaluate(() => window.__shifts), [], 'no layout shift');
  });

  test('a changed list and the focus before the app is ready are kept', async ({ page, server }) => {
    const wasm = await holdWasm(page);
    await page.goto(server.url + '/');
    const pre = shownPre(page);
    // A key press starts the app; focus lands on the pre-rendered region list.
    const list = pre.locator('[data-cc-id="cc-region"]');
    await list.focus();
    await list.selectOption('us');
    wasm.release();
    await page.locator(`${LIVE} .cc-emergency`).waitFor();
    const us = region('us');
    await page.waitForFunction((n) => document.querySelector('.cc-app-root .cc-emergency-call')?.getAttribute('href') === `tel:${n}`, us.emergency_number);
    assert.equal(await page.locator(`${LIVE} .cc-emergency-region`).innerText(), us.name.en);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'cc-region', 'focus is on the same list in the app');
  });
});

// The language and region web/first-paint.js shows are those the app then chooses (two copies of
// one rule, in JavaScript for the first paint and in Rust: this is what keeps them the same).
const READERS = [
  { name: 'English in the UK', locale: 'en-GB', timezoneId: 'Europe/London', lang: 'en', region: 'gb' },
  { name: 'Spanish in Spain', locale: 'es-ES', timezoneId: 'Europe/Madrid', lang: 'es', region: 'eu' },
  { name: 'English in New York', locale: 'en-US', timezoneId: 'America/New_York', lang: 'en', region: 'us' },
  { name: 'French in Canada', locale: 'fr-CA', timezoneId: 'America/Toronto', lang: 'fr', region: 'ca' },
  { name: 'Russian, zone unknown, country from the language tag', locale: 'ru-RU', timezoneId: 'Asia/Tokyo', lang: 'ru', region: 'gb' },
  { name: 'English, ?lang=es&region=au in the link', locale: 'en-GB', timezoneId: 'Europe/London', query: '?lang=es&region=au', lang: 'es', region: 'au' },
  { name: 'Indiana (a time-zone prefix)', locale: 'en-US', timezoneId: 'America/Indiana/Knox', lang: 'en', region: 'us' },
];
for (const reader of READERS) {
  test.describe(reader.name, () => {
    test.use({ locale: reader.locale, timezoneId: reader.timezoneId });
    test(`the app takes over the same screen, in the same words, with no shift (${reader.name})`, async ({ page, server }) => {
      await watchShifts(page);
      const wasm = await holdWasm(page);
      await page.goto(server.url + '/' + (reader.query ?? ''));
      const pre = shownPre(page);
      assert.equal(await pre.getAttribute('lang'), reader.lang);
      assert.equal(await pre.locator('.cc-emergency >> visible=true').getAttribute('data-cc-region'), reader.region);
      const before = await pre.innerText();
      const box = await pre.locator('.cc-choice-check').boundingBox();
      wasm.release();
      await page.mouse.move(5, 5);
      await page.locator(`${LIVE} .cc-emergency`).waitFor();
      const live = page.locator(LIVE);
      assert.equal(await live.innerText(), before, 'the app shows exactly what was painted');
      assert.deepEqual(await live.locator('.cc-choice-check').boundingBox(), box, 'in the same place');
      assert.equal(await live.getAttribute('lang'), reader.lang);
      assert.deepEqual(await page.evaluate(() => window.__shifts), [], 'no layout shift');
      // (The browser asks for the page's icon again after the app has started: let it arrive
      // before the test's server closes.)
      await page.waitForLoadState('networkidle');
    });
  });
}

test.describe('saved answers', () => {
  test('saved answers in this tab: "Continue" is painted too; from another version, the app decides', async ({ page, server }) => {
    await page.goto(server.url + '/');
    await page.mouse.move(5, 5);
    await page.getByRole('button', { name: new RegExp(msg('start.check')) }).click();
    await page.locator('.cc-question').waitFor();
    await page.locator('.cc-question input').first().check();
    await page.getByRole('button', { name: msg('question.continue') }).click();
    await page.waitForFunction(() => sessionStorage.getItem('crampcheck.answers'));
    // A reload (only the hash would be a navigation inside the page).
    const wasm = await holdWasm(page);
    await page.goto(server.url + '/?reload=1');
    const resume = shownPre(page).getByRole('button', { name: msg('start.continue') });
    assert.ok(await resume.isVisible(), 'painted with "Continue"');
    wasm.release();
    await page.mouse.move(5, 5);
    await page.locator(`${LIVE} .cc-resume`).waitFor();
    // Answers saved by another content version bring a notice only the app has: no pre-rendered
    // screen then, the static emergency information until the app starts.
    await page.evaluate(() => sessionStorage.setItem('crampcheck.answers', '1999.1\nwho=self'));
    await page.goto(server.url + '/');
    assert.equal(await shownPre(page).count(), 0);
    await page.mouse.move(5, 5);
    await page.locator(`${LIVE} .cc-notice`).waitFor();
    await page.waitForLoadState('networkidle');
  });
});

test.describe('without scripts', () => {
  test.use({ javaScriptEnabled: false });
  test('without scripts, the emergency information shows, never buttons that do nothing', async ({ page, server }) => {
    await page.goto(server.url + '/');
    assert.ok(await page.locator('.cc-fallback').isVisible());
    assert.equal(await shownPre(page).count(), 0);
    // (Let the page's icon arrive before the test's server closes.)
    await page.waitForLoadState('networkidle');
  });
});
