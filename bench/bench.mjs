// Size and speed benchmark (a script, not a test): builds the release site, then prints
//  - bytes per file of the first load, raw, gzip and brotli, and the total against the budget;
//  - the text packs, loaded on first use of the check or quick relief, and the clinic modules
//    (loaded with the doctor's summary, or by "Open a saved check");
//  - median time from navigation to the first question being interactive (headless Chromium),
//    text pack included;
//  - median time from an answer click to the next question rendered;
//  - WebAssembly memory after a full self-check.
//  - the cramp diary: the bytes it loads when first opened (budget 40 KB brotli), and the time from
//    a tap on "I had a cramp just now" to the cramp in the list and the chart, with 5 years of
//    daily entries (1,800) already in the diary (budget 50 ms).
//  - Lighthouse (mobile) on the release build served compressed, median of three runs.
// Usage: node bench/bench.mjs [--no-build] [--runs N]
import { execFileSync, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { tmpdir, homedir } from 'node:os';
import { readFileSync, writeFileSync, mkdirSync, readdirSync, mkdtempSync, cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serve, precompress } from '../scripts/static_server.mjs';
import { ROOT, DIST, CHROMIUM_ARGS, QUESTIONS, SELF_CARE, onScreen, choiceFor } from '../tests/e2e/helpers.mjs';

const BUDGET_BROTLI = 85 * 1024;
// The tools scripts/setup.sh installed, found the way scripts/env.sh finds them, so the README's
// `node bench/bench.mjs` works without sourcing it (trunk would otherwise try to download its
// own wasm-opt, which fails here).
const TOOLS_DIR = process.env.CRAMPCHECK_TOOLS || join(homedir(), '.cache', 'crampcheck-tools');
process.env.PATH = [join(TOOLS_DIR, 'bin'), join(homedir(), '.cargo', 'bin'), process.env.PATH].join(':');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 7;
if (!args.includes('--no-build')) {
  console.log('building the release site (trunk build --release) ...');
  execFileSync('trunk', ['build', '--release'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const kb = (n) => (n / 1024).toFixed(1);

const server = await serve(DIST);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });

// Capture the wasm memory without changing the shipped code.
const captureMemory = () => {
  // (Found by type: the build shortens export names, `memory` included.)
  const keep = (r) => { window.__wasmMemory = Object.values((r.instance || r).exports).find((v) => v instanceof WebAssembly.Memory); return r; };
  const s = WebAssembly.instantiateStreaming;
  WebAssembly.instantiateStreaming = (...a) => s.apply(WebAssembly, a).then(keep);
  const i = WebAssembly.instantiate;
  WebAssembly.instantiate = (...a) => i.apply(WebAssembly, a).then(keep);
};

// 1. First load: what the browser fetches to show the start screen and have it ready for a tap,
// that is every request started before the page's load event. The app's files and the next
// screen's words are fetched after it, ahead of the first tap (web/boot.js), and run only when
// someone reaches for the page: reported apart.
const ctx0 = await browser.newContext({ serviceWorkers: 'block' });
const page0 = await ctx0.newPage();
const fetched = [];
const background = [];
let loaded = false;
page0.on('request', (r) => (loaded ? background : fetched).push(new URL(r.url()).pathname));
page0.on('load', () => { loaded = true; });
await page0.goto(server.url + '/');
await page0.locator('.cc .cc-emergency >> visible=true').first().waitFor();
await page0.waitForLoadState('networkidle');
// Painted: the first paint with content (the pre-rendered start screen). Ready for a tap: boot.js
// has run (it is a module script, so DOMContentLoaded follows it) and keeps any tap for the app.
const startScreen = await page0.evaluate(() => ({
  painted_ms: Math.round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN),
  ready_for_a_tap_ms: Math.round(performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd),
}));
await ctx0.close();
// The service worker and the web manifest load after the page is up (the worker then caches this
// build for offline use); they are reported apart from the first load.
const isPwa = (p) => p === '/sw.js' || p === '/manifest.webmanifest' || /^\/icon-.*\.png$/.test(p);
const all = [...new Set(fetched)].map((p) => (p === '/' ? '/index.html' : p));
const files = all.filter((p) => !isPwa(p));
const rows = files.map((p) => {
  const body = readFileSync(join(DIST, p));
  return {
    file: p.slice(1).replace(/-[0-9a-f]{8,}/, '-<hash>'),
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
});
const afterLoad = [...new Set(background)].filter((p) => !isPwa(p) && p !== '/').map((p) => ({
  file: p.slice(1).replace(/-[0-9a-f]{8,}/, '-<hash>'),
  brotli: brotliCompressSync(readFileSync(join(DIST, p)), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
}));
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });

// 2. A first visit's first tap, made as soon as the start screen is painted: "I have a cramp right
// now", to quick relief's first screen shown by the app. The app is then still on its way (it
// starts after the load event, web/boot.js), so this is the longest a first-time visitor waits:
// the app's wasm and glue and the text pack (on a later visit the service worker has them).
const tapTimes = [];
let tapFiles = [];
for (let run = 0; run < runs; run++) {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
  const page = await ctx.newPage();
  const after = [];
  await page.goto(server.url + '/');
  // The painted button, or the app's if it has started by itself already (web/boot.js).
  const relief = page.locator('.cc-choice-relief >> visible=true').first();
  await relief.waitFor();
  page.on('requestfinished', (r) => after.push(new URL(r.url()).pathname.slice(1)));
  const t0 = await page.evaluate(() => performance.now());
  await relief.click();
  await page.waitForFunction(() => location.hash === '#/relief' && document.querySelector('.cc-app-root:not([hidden]) .cc h1'));
  tapTimes.push((await page.evaluate(() => performance.now())) - t0);
  tapFiles = [...new Set(after)];
  await ctx.close();
}

// The release build served compressed, as a host serves it: a copy of dist/ with brotli and gzip
// files beside each text file (for the slow-network taps and Lighthouse).
const compressedDir = mkdtempSync(join(tmpdir(), 'crampcheck-compressed-'));
cpSync(DIST, compressedDir, { recursive: true });
precompress(compressedDir);
const compressedServer = await serve(compressedDir, { compressed: true });

// 2b. The same tap on a slow phone network (Chromium's network emulation; no CPU throttling), made
// at once and after a few seconds' reading: how long the person waits for quick relief, on the
// compressed site.
const slowTaps = [];
for (const [network, kbps, rtt] of [['slow 4G (1.6 Mbps, 150 ms)', 1600, 150], ['3G (400 kbps, 400 ms)', 400, 400]]) {
  for (const readMs of [0, 3000, 6000]) {
    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: rtt, downloadThroughput: kbps * 125, uploadThroughput: kbps * 125 });
    await page.goto(compressedServer.url + '/');
    const painted = await page.evaluate(() => Math.round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN));
    await page.waitForTimeout(readMs);
    const t0 = Date.now();
    await page.locator('.cc-choice-relief >> visible=true').first().click();
    await page.waitForFunction(() => location.hash === '#/relief' && document.querySelector('.cc-app-root:not([hidden]) .cc h1'), null, { timeout: 60_000 });
    slowTaps.push({ network, painted_ms: painted, read_ms: readMs, tap_to_quick_relief_ms: Date.now() - t0 });
    await ctx.close();
  }
}

// 3. Speed, over several fresh (uncached) runs.
const interactive = [];
const answerTimes = [];
let memory = 0;
for (let run = 0; run < runs; run++) {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await ctx.newPage();
  await page.addInitScript(captureMemory);
  await page.goto(server.url + `/#/check/${QUESTIONS[0].id}`);
  await page.waitForSelector('.cc-question input');
  interactive.push(await page.evaluate(() => performance.now()));
  for (let q = await onScreen(page); q; q = await onScreen(page)) {
    for (const o of choiceFor(SELF_CARE, q.id, q.inputs)) await page.locator(`input[name="${q.id}"][value="${o}"]`).check();
    // Rendered = the form now asks another question (its inputs carry the question's ID), or the
    // result banner is there.
    const ms = await page.evaluate(() => new Promise((done) => {
      const current = () => document.querySelector('.cc-question input')?.name;
      const before = current();
      const t0 = performance.now();
      const obs = new MutationObserver(() => {
        if (document.querySelector('.cc-banner') || (current() && current() !== before)) {
          obs.disconnect();
          done(performance.now() - t0);
        }
      });
      obs.observe(document.body, { subtree: true, childList: true });
      document.querySelector('.cc-question button[type=submit]').click();
    }));
    answerTimes.push(ms);
  }
  await page.waitForSelector('.cc-banner');
  memory = await page.evaluate(() => window.__wasmMemory ? window.__wasmMemory.buffer.byteLength : 0);
  await ctx.close();
}
const brotliOf = (f) => brotliCompressSync(readFileSync(join(DIST, f)), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

// 3. The cramp diary. What it fetches when first opened (the diary's own files, counted as the
// page requests them), then logging with 1,800 entries: each tap's time from the click to the new
// cramp drawn in the list and the chart (the handler draws synchronously; the frame after it is
// when the person sees it).
const DIARY_BUDGET_BROTLI = 40 * 1024;
const LOG_BUDGET_MS = 50;
let diary;
{
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await ctx.newPage();
  const now = Date.now();
  const day = 24 * 3600 * 1000;
  const entries = Array.from({ length: 1800 }, (_, i) => {
    const at = now - (1800 - i) * day;
    return { id: `bench-${i}`, at_ms: at, tz_offset_min: 0, muscle: ['calf', 'foot', 'hamstring'][i % 3], duration_s: 30 + (i % 300), updated_ms: at };
  });
  await page.addInitScript((text) => { if (!localStorage.getItem('crampcheck-diary')) localStorage.setItem('crampcheck-diary', text); }, JSON.stringify({ schema: 2, entries, changes: [] }));
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname.slice(1)));
  await page.goto(server.url + '/');
  // A pointer over the page starts the app (web/boot.js).
  await page.mouse.move(5, 5);
  await page.waitForSelector('.cc-app-root:not([hidden]) .cc-start');
  const before = fetched.length;
  await page.evaluate(() => { location.hash = '#/diary'; });
  await page.waitForSelector('.cc-diary-entry');
  const files = [...new Set(fetched.slice(before))].filter((f) => /^diary-/.test(f));
  const loaded = files.map((f) => ({ file: f.replace(/-[0-9a-f]{16}/, '-<hash>'), brotli: brotliOf(f) }));
  const times = [];
  for (let i = 0; i < 15; i++) {
    times.push(await page.evaluate(() => new Promise((resolve) => {
      const count = document.querySelectorAll('.cc-diary-entry').length;
      const button = document.querySelector('.cc-diary-now');
      const t0 = performance.now();
      button.click();
      requestAnimationFrame(() => {
        const shown = document.querySelector('.cc-diary-status')?.textContent && document.querySelectorAll('.cc-diary-entry').length >= count;
        resolve(shown ? performance.now() - t0 : NaN);
      });
    })));
  }
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('crampcheck-diary')).entries.length);
  if (stored !== 1800 + 15) throw new Error(`the diary holds ${stored} entries, expected ${1800 + 15}`);
  diary = {
    files: loaded,
    brotli: loaded.reduce((n, f) => n + f.brotli, 0),
    budget_brotli: DIARY_BUDGET_BROTLI,
    log_ms_median: Number(median(times).toFixed(1)),
    log_ms_max: Number(Math.max(...times).toFixed(1)),
    log_budget_ms: LOG_BUDGET_MS,
    entries: 1800,
  };
  await ctx.close();
}

await browser.close();
await server.close();

// 4. Lighthouse (mobile, its default simulated throttling) on the compressed site.
// Fetched from npm on first use (it is not in package.json: its dependency tree breaks `npm ci`
// from this registry, and only the benchmark needs it). Simulated throttling still varies from run
// to run (TBT most), so it runs three times and reports the median run by performance score, as
// Lighthouse's own documentation advises.
const lighthouseRun = async () => {
  const { stdout } = await promisify(execFile)('npx', [
    '--yes', 'lighthouse@12.8.2', compressedServer.url + '/', '--output=json', '--quiet',
    '--only-categories=performance,accessibility,best-practices,seo',
    `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`,
  ], { cwd: ROOT, env: { ...process.env, CHROME_PATH: process.env.CHROMIUM || '/usr/bin/chromium' }, maxBuffer: 256 << 20 });
  return JSON.parse(stdout);
};
const lhRuns = [];
for (let i = 0; i < 3; i++) lhRuns.push(await lighthouseRun());
await compressedServer.close();
rmSync(compressedDir, { recursive: true, force: true });
lhRuns.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
const lh = lhRuns[1];
const lighthouse = {
  version: lh.lighthouseVersion,
  scores: Object.fromEntries(Object.entries(lh.categories).map(([k, c]) => [k, Math.round(c.score * 100)])),
  performance_of_each_run: lhRuns.map((r) => Math.round(r.categories.performance.score * 100)),
  lcp_ms: Math.round(lh.audits['largest-contentful-paint'].numericValue),
  fcp_ms: Math.round(lh.audits['first-contentful-paint'].numericValue),
  tbt_ms: Math.round(lh.audits['total-blocking-time'].numericValue),
  cls: lh.audits['cumulative-layout-shift'].numericValue,
};

// Loaded when the check or quick relief first opens (and cached by the service worker): the
// content's text packs.
const onFirstUse = readdirSync(DIST).filter((f) => /^text-.*\.txt$/.test(f)).map((f) => {
  const body = readFileSync(join(DIST, f));
  return {
    file: f.replace(/-[0-9a-f]{16}/, '-<hash>'),
    raw: body.length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
});

// The clinic modules (clinic/, web/clinic.js): the loader, and each module's glue and wasm as the
// loader names them.
const loader = readdirSync(DIST).find((f) => /^clinic-[0-9a-f]{16}\.js$/.test(f));
const clinicModules = {};
for (const kind of ['summary', 'open']) {
  const named = readFileSync(join(DIST, loader), 'utf8').match(new RegExp(`${kind}:\\{glue:"([^"]+)",wasm:"([^"]+)"`));
  clinicModules[kind] = [loader, named[1], named[2]].map((f) => ({ file: f.replace(/-[0-9a-f]{16}/, '-<hash>'), brotli: brotliOf(f) }));
}

const chromeVersion = execFileSync(process.env.CHROMIUM || '/usr/bin/chromium', ['--version']).toString().trim();
const result = {
  date: new Date().toISOString().slice(0, 10),
  chromium: chromeVersion,
  first_load: rows,
  total,
  budget_brotli: BUDGET_BROTLI,
  within_budget: total.brotli <= BUDGET_BROTLI,
  after_load_in_the_background: afterLoad,
  on_first_use: onFirstUse,
  clinic_modules: clinicModules,
  diary,
  lighthouse,
  runs,
  start_screen: startScreen,
  first_tap: {
    to_quick_relief_ms_median: Math.round(median(tapTimes)),
    files: tapFiles.map((f) => ({ file: f.replace(/-[0-9a-f]{16}/, '-<hash>'), brotli: brotliOf(f) })),
  },
  slow_network_taps: slowTaps,
  first_question_interactive_ms_median: Math.round(median(interactive)),
  answer_to_next_question_ms_median: Number(median(answerTimes).toFixed(1)),
  wasm_memory_bytes_after_check: memory,
};

console.log('\nFirst load (files the browser fetched for the start screen)');
console.log('file'.padEnd(28) + 'raw'.padStart(10) + 'gzip'.padStart(10) + 'brotli'.padStart(10));
for (const r of rows) console.log(r.file.padEnd(28) + String(r.raw).padStart(10) + String(r.gzip).padStart(10) + String(r.brotli).padStart(10));
console.log('total'.padEnd(28) + String(total.raw).padStart(10) + String(total.gzip).padStart(10) + String(total.brotli).padStart(10));
// Fetched after start-up, not part of the first load: the web manifest and the service worker
// (which then caches this build for offline use).
for (const p of ['manifest.webmanifest', 'sw.js']) {
  const b = readFileSync(join(DIST, p));
  console.log(`after start-up: ${p} ${b.length} raw, ${brotliCompressSync(b).length} brotli`);
}
for (const f of onFirstUse) console.log(`on first use of the check or quick relief: ${f.file} ${f.raw} raw, ${f.brotli} brotli`);
for (const [kind, files] of Object.entries(clinicModules)) {
  console.log(`clinic module "${kind}": ${files.map((f) => `${f.file} ${f.brotli}`).join(', ')}; ${files.reduce((n, f) => n + f.brotli, 0)} brotli in all`);
}
console.log(`after the load event, fetched ahead of the first tap (the app and the next screen's words): ${afterLoad.map((f) => `${f.file} ${f.brotli}`).join(', ')} (${kb(afterLoad.reduce((n, f) => n + f.brotli, 0))} KB brotli)`);
console.log(`brotli total ${kb(total.brotli)} KB of a ${kb(BUDGET_BROTLI)} KB budget: ${result.within_budget ? 'within budget' : 'OVER BUDGET'}`);
console.log(`\ncramp diary, first opened: ${diary.files.map((f) => `${f.file} ${f.brotli}`).join(', ')}; ${kb(diary.brotli)} KB brotli of a ${kb(diary.budget_brotli)} KB budget: ${diary.brotli <= diary.budget_brotli ? 'within budget' : 'OVER BUDGET'}`);
console.log(`cramp diary with ${diary.entries} entries, tap to cramp shown in list and chart: median ${diary.log_ms_median} ms, slowest ${diary.log_ms_max} ms (budget ${diary.log_budget_ms} ms)`);
console.log(`\nstart screen painted at ${startScreen.painted_ms} ms, ready for a tap at ${startScreen.ready_for_a_tap_ms} ms (no throttling)`);
console.log(`first visit, first tap to quick relief shown, median of ${runs}: ${result.first_tap.to_quick_relief_ms_median} ms; fetched on the tap: ${result.first_tap.files.map((f) => `${f.file} ${f.brotli}`).join(', ')} (${kb(result.first_tap.files.reduce((n, f) => n + f.brotli, 0))} KB brotli)`);
for (const t of slowTaps) console.log(`${t.network}: painted at ${t.painted_ms} ms; a tap after ${t.read_ms / 1000} s of reading shows quick relief in ${t.tap_to_quick_relief_ms} ms`);
console.log(`navigation to first question interactive, median of ${runs}: ${result.first_question_interactive_ms_median} ms`);
console.log(`answer click to next question rendered, median of ${answerTimes.length}: ${result.answer_to_next_question_ms_median} ms`);
console.log(`WebAssembly memory after a full self-check: ${kb(memory)} KB`);
console.log(`\nLighthouse ${lighthouse.version} (mobile, served compressed), median of 3 runs (performance ${lighthouse.performance_of_each_run.join(", ")}): ${Object.entries(lighthouse.scores).map(([k, v]) => `${k} ${v}`).join(", ")}; LCP ${lighthouse.lcp_ms} ms, FCP ${lighthouse.fcp_ms} ms, TBT ${lighthouse.tbt_ms} ms, CLS ${lighthouse.cls}`);
mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
writeFileSync(join(ROOT, 'bench', 'results', 'latest.json'), JSON.stringify(result, null, 2) + '\n');
console.log('\nwritten to bench/results/latest.json');
