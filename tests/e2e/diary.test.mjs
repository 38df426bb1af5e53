// The cramp diary (issue 9), end to end on the release build: switching it on, logging over weeks
// (Playwright's clock stands in for the weeks), the chart and its table, the rules' prompt, before
// and after a change, the doctor's summary, export and import on a fresh profile, deleting it, a
// cramp logged from quick relief with its timer, damaged and full storage, two tabs, offline, and
// the widget (which links to the app instead). axe runs on every diary screen.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test, expectedProblems } from './fixtures.mjs';
import {
  open, heading, msg, fill, toml, advice, levelTitle, walk, SELF_CARE, toMusclePicker, assertNoAxeViolations,
} from './helpers.mjs';

const WORDS = toml('diary_words.toml');
const RULES = toml('diary.toml');
/** A diary word in English (content/diary_words.toml), with its {names} filled. */
const dw = (key, values) => fill(WORDS.en[key], values);
const ruleText = (id, field) => RULES.rule.find((r) => r.id === id)[field].en;

const DAY = 24 * 3600 * 1000;
/** Monday 2 November 2026, 03:00 in London (GMT): the diary's first night. */
const START = Date.UTC(2026, 10, 2, 3, 0);
/** Ten cramps over three weeks (days after START), all at 03:00. */
const DAYS = [0, 2, 4, 6, 8, 10, 12, 14, 17, 20];
const KEY = 'crampcheck-diary';

async function toDiary(page, url) {
  await open(page, `${url}/#/diary`);
  // (The back link is the screen's last line, whatever the screen.)
  await page.locator('.cc-diary a[href="#/"]').waitFor();
}

const switchOn = (page) => page.getByRole('button', { name: dw('switch_on') }).click();
const logNow = async (page) => {
  await page.getByRole('button', { name: dw('log_now') }).click();
  await page.locator('.cc-diary-status', { hasText: dw('logged', { time: '' }).replace(/[ .]+$/, '') }).waitFor();
};
const stored = (page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), KEY);
/** The weekly table's rows: [week, night, day, total, nights, longest]. */
const tableRows = (page) => page.locator('.cc-diary-table tbody tr').evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent)));

test('switch on, log ten cramps over three weeks, chart and table, prompt, before and after, summary, export, import, delete', async ({ page, server, newContext }) => {
  await page.clock.install({ time: START });
  await open(page, server.url + '/');
  // Reachable from the start screen.
  await page.getByRole('link', { name: msg('start.diary') }).click();
  await page.waitForFunction(() => location.hash === '#/diary');
  await page.getByRole('heading', { level: 1, name: dw('title') }).waitFor();
  // The page's heading has the focus, as a new screen's does.
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
  // Nothing is kept until the person switches it on, and they are told where it is kept.
  await page.getByText(dw('where')).waitFor();
  assert.equal(await stored(page), null);
  await assertNoAxeViolations(page, 'the diary before it is switched on');
  await switchOn(page);
  await page.getByRole('button', { name: dw('log_now') }).waitFor();
  assert.deepEqual((await stored(page)).entries, []);

  for (const d of DAYS) {
    await page.clock.setSystemTime(START + d * DAY);
    await logNow(page);
  }
  const saved = await stored(page);
  assert.equal(saved.entries.length, 10);
  assert.deepEqual(saved.entries.map((e) => Math.round((e.at_ms - START) / DAY)), DAYS);
  // Each in the list, newest first, with its time.
  const items = page.locator('.cc-diary-entry');
  assert.equal(await items.count(), 10);
  assert.match(await items.first().innerText(), /22 Nov 2026, 03:00/);
  assert.match(await items.first().innerText(), new RegExp(dw('night')));

  // The chart draws the three weeks (night bars only: 03:00 is night) and the table says the same.
  const rows = await tableRows(page);
  assert.equal(rows.length, 12);
  const last4 = rows.slice(-4);
  assert.deepEqual(last4.map((r) => r[0]), ['26 Oct', '2 Nov', '9 Nov', '16 Nov']);
  // [at night, by day, all, nights]: a cramp at 03:00 on a Monday belongs to Sunday night, so
  // the nights fall a day earlier than the cramps.
  assert.deepEqual(last4.map((r) => r.slice(1, 5).map(Number)), [[0, 0, 0, 1], [4, 0, 4, 3], [3, 0, 3, 4], [3, 0, 3, 2]]);
  assert.equal(await page.locator('.cc-bars rect.cc-bar-night').evaluateAll((r) => r.filter((x) => Number(x.getAttribute('height')) > 0).length), 3);
  assert.equal(await page.locator('.cc-diary-chart').getAttribute('aria-label'), dw('chart_label'));

  // The rules: more than once a week for two weeks (D1) prompts an appointment, calmly, with the
  // self-check offered; nothing more urgent fires.
  const prompt = page.locator('.cc-diary-prompt');
  assert.equal(await prompt.count(), 1);
  const promptText = await prompt.innerText();
  assert.ok(promptText.includes(levelTitle('APPOINTMENT')), promptText);
  assert.ok(promptText.includes(ruleText('D1', 'finding')), promptText);
  assert.ok(promptText.includes(ruleText('D1', 'prompt')), promptText);
  assert.equal(await prompt.getByRole('link', { name: dw('do_check') }).getAttribute('href'), '#/check/who');
  await assertNoAxeViolations(page, 'the diary with three weeks of cramps');

  // Started bedtime stretches today; two weeks later, before and after in plain counts.
  await page.getByRole('button', { name: dw('tried_start') }).click();
  assert.equal(await page.locator('.cc-diary-form h2').innerText(), dw('tried_start'));
  await assertNoAxeViolations(page, 'the "I started something new" form');
  await page.getByLabel(advice('prevent_stretch_bedtime').title.en).check();
  await page.getByRole('button', { name: dw('save'), exact: true }).click();
  await page.locator('.cc-diary-change').waitFor();
  assert.match(await page.locator('.cc-diary-change').innerText(), new RegExp(fill(WORDS.en.too_little_after, { days: 0 }).slice(0, 20)));
  // Two weeks and a half later (so the 4 weeks up to now start after day 6's cramp, whatever
  // the seconds the test takes).
  await page.clock.setSystemTime(START + 34.5 * DAY);
  await page.reload();
  await page.locator('.cc-diary-change').waitFor();
  const change = await page.locator('.cc-diary-change').innerText();
  assert.ok(change.includes(fill(WORDS.en.tried_started, { date: '22 Nov 2026', what: advice('prevent_stretch_bedtime').title.en })), change);
  assert.ok(change.includes(dw('before', { per_week: '3.5', count: 10, days: 20 })), change);
  assert.ok(change.includes(dw('after', { per_week: '0.0', count: 0, days: 14 })), change);
  assert.ok((await page.locator('.cc-diary-honest').innerText()).includes(dw('honest')));

  // The doctor's summary (after a self-check) carries the last four weeks.
  await page.evaluate(() => { location.hash = '#/check/who'; });
  await walk(page, SELF_CARE);
  await page.getByRole('button', { name: msg('result.summary') }).click();
  const section = page.locator('.cc-diary-summary');
  await section.locator('h2').waitFor();
  const summary = await section.innerText();
  // Days 8 to 20 fall in the 28 days up to day 34 and a half.
  assert.ok(summary.includes(dw('summary_title')), summary);
  assert.ok(summary.includes(dw('summary_cramps', { count: 6, night: 6, day: 0 })), summary);
  assert.ok(summary.includes(dw('summary_nights', { count: 6 })), summary);
  assert.ok(summary.includes(`${advice('prevent_stretch_bedtime').title.en} (22 Nov 2026)`), summary);
  await assertNoAxeViolations(page, 'the doctor\'s summary with the diary');
  // The diary is reachable from the result too.
  await page.getByRole('button', { name: msg('summary.back') }).click();
  await page.getByRole('link', { name: msg('result.diary') }).click();
  await page.getByRole('button', { name: dw('export_csv') }).waitFor();

  // Export: a spreadsheet with a row a cramp, and the JSON backup.
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: dw('export_csv') }).click()]);
  assert.equal(csv.suggestedFilename(), 'crampcheck-diary-2026-12-06.csv');
  const csvText = readFileSync(await csv.path(), 'utf8');
  assert.equal(csvText.trim().split('\r\n').length, 11);
  assert.match(csvText, /^date,time,muscle,duration_seconds,severity,night,exercise,note\r\n2026-11-02,03:00,/);
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: dw('export_json') }).click()]);
  const backup = await json.path();

  // Import on a fresh profile: the same ten cramps, and no duplicates the second time.
  const other = await newContext();
  const fresh = await other.newPage();
  await fresh.clock.install({ time: START + 34.5 * DAY });
  await toDiary(fresh, server.url);
  await switchOn(fresh);
  await fresh.locator('#cc-diary-import').setInputFiles(backup);
  await fresh.locator('.cc-diary-status', { hasText: dw('imported', { count: 10 }) }).waitFor();
  await fresh.locator('#cc-diary-import').setInputFiles(backup);
  await fresh.locator('.cc-diary-status', { hasText: dw('imported', { count: 0 }) }).waitFor();
  assert.equal((await stored(fresh)).entries.length, 10);
  assert.equal((await stored(fresh)).changes.length, 1);
  assert.deepEqual((await tableRows(fresh)).slice(-5).map((r) => Number(r[3])), [4, 3, 3, 0, 0]);

  // Delete my diary: asked once, then gone from this browser at once.
  await page.getByRole('button', { name: dw('delete_all') }).click();
  await page.getByText(dw('delete_confirm')).waitFor();
  await assertNoAxeViolations(page, 'the delete confirmation');
  await page.getByRole('button', { name: dw('delete_yes') }).click();
  await page.locator('.cc-diary-status', { hasText: dw('deleted_all') }).waitFor();
  assert.equal(await stored(page), null);
  assert.equal(await page.evaluate(() => localStorage.getItem('crampcheck-diary-check')), null);
  await page.getByRole('button', { name: dw('switch_on') }).waitFor();
});

test('a cramp eased in quick relief is saved with the timer\'s duration; details are edited and the entry deleted', async ({ page, server }) => {
  await page.clock.install({ time: START });
  await open(page, server.url + '/');
  await page.getByRole('button', { name: new RegExp(msg('start.relief')) }).click();
  await toMusclePicker(page, 'few_minutes');
  await page.locator('svg [data-muscle="calf"]').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#/relief/calf');
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
  // "A few minutes" starts the clock at 3 minutes; the stretch takes 95 seconds more.
  await page.clock.runFor(95_000);
  const clicked = await page.evaluate(() => Date.now());
  await page.getByRole('link', { name: msg('relief.log_diary') }).click();
  await page.waitForFunction(() => location.hash === '#/diary');
  await switchOn(page);
  const fromRelief = page.getByRole('button', { name: dw('log_relief') });
  await fromRelief.waitFor();
  const offered = Number(await page.locator('.cc-diary').getAttribute('data-relief'));
  assert.ok(offered >= 275 && offered <= 280, `quick relief's clock: ${offered} s`);
  assert.ok((await page.locator('.cc-diary-log').innerText()).includes(dw('log_relief_hint', { minutes: Math.round(offered / 60) })));
  await fromRelief.click();
  // Time runs again (axe waits on timers).
  await page.clock.resume();
  const entry = (await stored(page)).entries[0];
  const seconds = entry.duration_s;
  assert.equal(seconds, offered);
  assert.ok(Math.abs(entry.at_ms - (clicked - seconds * 1000)) < 2_000, 'the cramp began when quick relief says');
  const line = await page.locator('.cc-diary-entry').innerText();
  assert.ok(line.includes(`4 min ${seconds - 240} s`), line);
  await assertNoAxeViolations(page, 'the diary after logging from quick relief');

  // Add details: how bad, by day, during exercise, a note; the drawn leg chooses the muscle.
  await page.getByRole('button', { name: dw('details') }).click();
  await page.locator('.cc-diary-form h2').waitFor();
  await assertNoAxeViolations(page, 'the cramp form');
  await page.locator('.cc-diary-leg [data-muscle="foot"] path').click();
  assert.equal(await page.getByLabel(dw('muscle_foot')).isChecked(), true);
  await page.getByLabel(dw('how_bad')).selectOption('7');
  await page.getByLabel(dw('by_day')).check();
  await page.getByLabel(dw('exercise')).check();
  await page.getByLabel(dw('note')).fill('=after the walk, "steep" hill');
  await page.getByRole('button', { name: dw('save'), exact: true }).click();
  await page.locator('.cc-diary-status', { hasText: dw('saved') }).waitFor();
  const details = await page.locator('.cc-diary-entry').innerText();
  for (const part of [dw('muscle_foot'), dw('pain', { severity: 7 }), dw('day'), dw('during_exercise'), '"steep" hill']) {
    assert.ok(details.includes(part), `${part} in ${details}`);
  }
  // A cramp in the future is refused with a message, and nothing is saved.
  await page.getByRole('button', { name: dw('log_past') }).click();
  await page.getByLabel(dw('date')).fill('2027-01-01');
  await page.getByRole('button', { name: dw('save'), exact: true }).click();
  await page.locator('.cc-diary-alert', { hasText: dw('bad_date') }).waitFor();
  await page.getByRole('button', { name: dw('cancel') }).click();
  assert.equal((await stored(page)).entries.length, 1);
  // Deleting leaves a tombstone (so a merge cannot bring it back) and nothing on screen.
  await page.getByRole('button', { name: new RegExp(`^${dw('edit')}: `) }).click();
  await page.getByRole('button', { name: dw('delete') }).click();
  await page.locator('.cc-diary-status', { hasText: dw('deleted') }).waitFor();
  assert.equal(await page.locator('.cc-diary-entry').count(), 0);
  assert.deepEqual((await stored(page)).entries.map((e) => [e.deleted, e.note]), [[true, undefined]]);
});

test.describe('storage that goes wrong', () => {
  test('an unreadable entry is set aside with a notice and kept; an older schema is migrated', async ({ page, server }) => {
    await page.clock.install({ time: START + 3 * DAY });
    await page.addInitScript(([key, text]) => { if (!sessionStorage.getItem('seeded')) { localStorage.setItem(key, text); sessionStorage.setItem('seeded', '1'); } }, [KEY, JSON.stringify({
      schema: 2,
      entries: [
        { id: 'good', at_ms: START, tz_offset_min: 0, muscle: 'calf', updated_ms: START },
        { id: 'bad', at_ms: 'yesterday', tz_offset_min: 0, updated_ms: START },
      ],
      changes: [],
    })]);
    await toDiary(page, server.url);
    await page.locator('.cc-diary-alert', { hasText: dw('set_aside', { count: 1 }) }).waitFor();
    assert.equal(await page.locator('.cc-diary-entry').count(), 1);
    await logNow(page);
    const after = await stored(page);
    assert.deepEqual(after.entries.map((e) => e.id).filter((id) => id === 'good'), ['good']);
    assert.equal(after.set_aside[0].item.at_ms, 'yesterday', 'the unreadable entry is kept word for word');

    // The first public format (schema 1) reads as it was.
    await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ version: 1, cramps: [{ t: Date.UTC(2026, 10, 1, 2), m: 'foot', d: 40 }] })), KEY);
    await page.reload();
    await page.locator('.cc-diary-entry').waitFor();
    assert.match(await page.locator('.cc-diary-entry').innerText(), new RegExp(`${dw('muscle_foot')}, 40 s`));
  });

  test('a diary that cannot be read is never written over', async ({ page, server }) => {
    await page.addInitScript((key) => localStorage.setItem(key, '{"schema": 2, "entries": [ damaged'), KEY);
    await toDiary(page, server.url);
    await page.getByText(dw('unreadable')).waitFor();
    assert.equal(await page.getByRole('button', { name: dw('log_now') }).count(), 0);
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), KEY), '{"schema": 2, "entries": [ damaged');
    await assertNoAxeViolations(page, 'the diary that cannot be read');
  });

  test('full or blocked storage says so instead of pretending to save', async ({ page, server }) => {
    await toDiary(page, server.url);
    await switchOn(page);
    await page.getByRole('button', { name: dw('log_now') }).waitFor();
    await page.evaluate(() => {
      Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };
    });
    await page.getByRole('button', { name: dw('log_now') }).click();
    await page.locator('.cc-diary-alert', { hasText: dw('not_saved') }).waitFor();
    assert.equal(await page.locator('.cc-diary-entry').count(), 0, 'the cramp that was not saved is not shown');
    assert.deepEqual((await stored(page)).entries, []);
  });

  test.describe('with storage blocked', () => {
    test.use({ allowedProblems: expectedProblems(/could not save your answers|storage/i) });
    test('blocked storage is said at once', async ({ page, server }) => {
      await page.addInitScript(() => {
        Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
      });
      await toDiary(page, server.url);
      await page.getByText(dw('blocked')).waitFor();
      assert.equal(await page.getByRole('button', { name: dw('switch_on') }).count(), 0);
    });
  });
});

test('two tabs logging at once lose nothing', async ({ context, page, server }) => {
  await toDiary(page, server.url);
  await switchOn(page);
  const second = await context.newPage();
  await toDiary(second, server.url);
  await second.getByRole('button', { name: dw('log_now') }).waitFor();
  // Each tab logs with only what it read; the other tab's cramp is merged, not written over.
  await page.getByRole('button', { name: dw('log_now') }).click();
  await second.getByRole('button', { name: dw('log_now') }).click();
  await page.getByRole('button', { name: dw('log_now') }).click();
  await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key)).entries.length === 3, KEY);
  // The first tab hears of the second's cramp and shows it.
  await page.locator('.cc-diary-entry').nth(2).waitFor();
  await second.locator('.cc-diary-status', { hasText: dw('other_tab') }).waitFor();
  assert.equal(await second.locator('.cc-diary-entry').count(), 3);
});

test('offline in the installed app: the diary opens and saves with no network', async ({ page, context, server }) => {
  await open(page, server.url + '/');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await toDiary(page, server.url);
  await switchOn(page);
  await logNow(page);
  assert.equal((await stored(page)).entries.length, 1);
  await page.reload();
  await page.locator('.cc-diary-entry').waitFor();
  await context.setOffline(false);
});

test('in a widget on another site the diary is not offered: it links to the app', async ({ page, server, startServer }) => {
  const host = await startServer(undefined, {
    extra: {
      '/': ['text/html', `<!doctype html><html lang="en"><title>Blog</title><link rel="icon" href="data:,"><script type="module" src="${server.url}/embed.js"></script><leg-cramp-check></leg-cramp-check></html>`],
    },
  });
  await page.goto(host.url + '/');
  const widget = page.locator('leg-cramp-check');
  const link = widget.getByRole('link', { name: msg('start.diary') });
  await link.waitFor();
  assert.equal(await link.getAttribute('href'), `${server.url}/#/diary`);
  assert.equal(await link.getAttribute('target'), '_blank');
  assert.equal(await widget.locator('.cc-diary').count(), 0);
  assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing kept in the host site\'s storage');
});

test('the diary in Spanish: words, dates and numbers in Spanish', async ({ page, server }) => {
  await page.clock.install({ time: START });
  await open(page, server.url + '/?lang=es#/diary');
  await page.getByRole('button', { name: WORDS.es.switch_on }).click();
  for (const d of [0, 3]) {
    await page.clock.setSystemTime(START + d * DAY);
    await page.getByRole('button', { name: WORDS.es.log_now }).click();
  }
  await page.locator('.cc-diary-entry').nth(1).waitFor();
  assert.equal(await heading(page), WORDS.es.title);
  assert.match(await page.locator('.cc-diary-entry').first().innerText(), /5 nov 2026/);
  assert.ok((await page.locator('.cc-diary-trend').innerText()).includes(WORDS.es.trend_little));
  await assertNoAxeViolations(page, 'the diary in Spanish');
});

test('at 320 px in Russian, a full diary fits the screen: the weekly table scrolls on its own', async ({ page, server }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.clock.install({ time: START + 40 * DAY });
  const entries = Array.from({ length: 14 }, (_, i) => ({
    id: `e${i}`, at_ms: START + i * 3 * DAY, tz_offset_min: 0, muscle: 'quadriceps', duration_s: 700, severity: 8, updated_ms: START,
  }));
  await page.addInitScript(([key, text]) => localStorage.setItem(key, text), [KEY, JSON.stringify({ schema: 2, entries, changes: [] })]);
  await open(page, server.url + '/?lang=ru#/diary');
  await page.locator('.cc-diary-entry').first().waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true, 'no sideways scrolling');
  // The long cramp (D2) prompts in Russian, at TODAY.
  assert.ok((await page.locator('.cc-diary-prompt').first().innerText()).includes(RULES.rule.find((r) => r.id === 'D2').finding.ru));
  await assertNoAxeViolations(page, 'a full diary in Russian at 320 px');
});
