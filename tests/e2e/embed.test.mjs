// Both embeds inside a hostile "blog" on another origin: the custom element (twice) and the
// self-resizing iframe. Host CSS must not get in, ours must not get out, widgets must not share
// state, the page's documented CSP must hold, and every request stays on the two origins.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from './fixtures.mjs';
import { DIST, LIVE, SELF_CARE, open, walk, msg, levelTitle, toMusclePicker, assertNoAxeViolations } from './helpers.mjs';

function blog(app) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A hostile blog</title>
<style>
  * { margin: 0; padding: 0; box-sizing: content-box; font-family: "Comic Sans MS", cursive !important; color: rgb(0, 255, 0) !important; }
  html { font-size: 40px; }
  body { font-size: 40px; line-height: 3; background: black; }
  button { display: none !important; }
  div, p, h1, h2, main, section, svg { border: 5px dotted red; display: inline; }
  .cc, .cc-main, .cc-button { display: none !important; }
  leg-cramp-check { --cc-accent: rgb(123, 45, 139); }
</style></head><body>
<h1>My cramps diary</h1>
<p class="probe">Host text</p>
<button class="host-button">Host button</button>
<leg-cramp-check id="w1" region="us"></leg-cramp-check>
<leg-cramp-check id="w2" start="relief" emergency-number="112"></leg-cramp-check>
<iframe id="f1" src="${app}/embed.html?region=au" title="Leg cramp self-check" style="width: 100%; height: 300px; border: 0"></iframe>
<script type="module" src="${app}/embed.js"></script>
<script type="module" src="${app}/frame-host.js"></script>
</body></html>`;
}

test('both embeds work in a hostile page on another origin', async ({ page, server: app, startServer, watch }) => {
  // Two servers, both the test's own (so both origins are allowed): the app, and the "blog" that
  // embeds it from another origin.
  const host = await startServer(mkdtempSync(join(tmpdir(), 'blog-')));
  // The CSP that docs/EMBEDDING.md tells hosts to add (plus their own inline style).
  const csp = `default-src 'self'; script-src 'self' ${app.url} 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline' ${app.url}; connect-src ${app.url}; img-src ${app.url}; frame-src ${app.url}`;
  host.extra['/blog.html'] = ['text/html; charset=utf-8', blog(app.url), { 'Content-Security-Policy': csp }];
  const requests = watch.requests;
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(host.url + '/blog.html');
  const w1 = page.locator('#w1');
  const w2 = page.locator('#w2');
  await w1.locator('.cc h1').waitFor();
  await w2.locator('.cc h1').waitFor();

  // Both render, each with its own settings.
  assert.equal(await w1.locator('.cc h1').innerText(), 'Leg cramps: what to do now, and what to do next');
  assert.equal(await w1.locator('.cc .cc-emergency-call').innerText(), 'Call 911');
  assert.equal(await w2.locator('.cc h1').innerText(), msg('relief.check_title'));
  assert.equal(await w2.locator('.cc .cc-emergency-call').getAttribute('href'), 'tel:112');
  await toMusclePicker(w2);
  assert.equal(await w2.locator('.cc h1').innerText(), msg('relief.title'));

  // Host CSS does not get in: buttons show, sizes come from the reader's default, not the page's
  // 40px; the host's theme variables do get in, as documented.
  const inner = await w1.locator('.cc-choice-check').evaluate((el) => {
    const s = getComputedStyle(el);
    const cc = getComputedStyle(el.closest('.cc'));
    return { display: s.display, font: cc.fontSize, family: cc.fontFamily, border: getComputedStyle(el.closest('.cc-start')).borderTopStyle };
  });
  assert.notEqual(inner.display, 'none', 'the host hides buttons, not ours');
  assert.equal(inner.font, '16px');
  assert.doesNotMatch(inner.family, /Comic/);
  assert.equal(inner.border, 'none');
  const accent = await w2.locator('.cc-muscle path').first().evaluate((el) => getComputedStyle(el).stroke);
  assert.equal(accent, 'rgb(123, 45, 139)', 'host theming through --cc-accent');

  // Our CSS does not get out.
  const probe = await page.locator('.probe').evaluate((el) => ({ color: getComputedStyle(el).color, size: getComputedStyle(el).fontSize }));
  assert.deepEqual(probe, { color: 'rgb(0, 255, 0)', size: '40px' });
  assert.equal(await page.evaluate(() => [...document.styleSheets].filter((s) => (s.href || '').includes('main-')).length), 0);
  assert.equal(await page.locator('.host-button').isVisible(), false, 'the host page still styles its own buttons');

  // A full self-check in widget 1; widget 2 is untouched, and the host's URL and storage too.
  await w1.getByRole('button', { name: new RegExp(msg('start.check')) }).click();
  await walk(w1, SELF_CARE);
  await w1.locator('.cc-banner').waitFor();
  assert.equal(await w1.locator('.cc h1').innerText(), levelTitle('SELF_CARE', '911'));
  assert.equal(await w2.locator('.cc h1').innerText(), msg('relief.title'));
  assert.equal(new URL(page.url()).hash, '', "the host page's URL is left alone");
  assert.equal(await page.evaluate(() => sessionStorage.length + localStorage.length), 0);
  // Its doctor's summary loads the clinic module from the app's origin, inside the shadow root.
  await w1.getByRole('button', { name: msg('result.summary') }).click();
  await w1.locator('.cc-clinic .cc-qr').waitFor();
  assert.equal(await w1.getByRole('button', { name: msg('clinic.download') }).isVisible(), true);
  await w1.getByRole('button', { name: msg('summary.back') }).click();

  // The iframe tells its height; only messages from the app's origin and that frame count.
  const frameHeight = () => page.locator('#f1').evaluate((f) => parseInt(f.style.height, 10));
  const frame = page.frameLocator('#f1');
  // Painted before its app starts (the frame is the app's own page): the pre-rendered start
  // screen, for the region its link names. The reader reaching for it starts the app.
  const painted = frame.locator('.cc-pre-root .cc-emergency-call >> visible=true');
  assert.equal(await painted.innerText(), 'Call 000');
  await page.locator('#f1').hover();
  await frame.locator(`${LIVE} h1`).waitFor();
  assert.equal(await frame.locator(`${LIVE} .cc-emergency-call`).innerText(), 'Call 000');
  const inFrame = () => page.frames().find((f) => f.url().includes('embed.html'));
  const contentHeight = () => inFrame().evaluate(() => Math.ceil(document.getElementById('crampcheck').getBoundingClientRect().height));
  // The frame follows its content (the painted start screen, then the app).
  for (let i = 0; i < 50 && Math.abs((await frameHeight()) - (await contentHeight())) > 1; i++) await page.waitForTimeout(100);
  const startHeight = await frameHeight();
  assert.ok(Math.abs(startHeight - (await contentHeight())) <= 1, `iframe ${startHeight}px fits its content`);
  assert.ok(startHeight > 300);
  await frame.getByRole('button', { name: new RegExp(msg('start.check')) }).click();
  // (After "Loading…", while the text pack arrives: the question's own height.)
  await frame.locator('.cc-question').waitFor();
  for (let i = 0; i < 50 && Math.abs((await frameHeight()) - (await contentHeight())) > 1; i++) await page.waitForTimeout(100);
  const questionHeight = await frameHeight();
  assert.notEqual(questionHeight, startHeight, 'resizes as screens change');
  await page.evaluate(() => window.postMessage({ type: 'crampcheck:height', height: 5 }, '*'));
  await page.waitForTimeout(200);
  assert.equal(await frameHeight(), questionHeight, 'a message from another origin is ignored');
  const scroll = await inFrame().evaluate(() => document.documentElement.scrollHeight - innerHeight);
  assert.ok(scroll <= 1, `no scrollbar inside the frame (${scroll}px)`);

  // Changing an attribute takes effect (the widget starts afresh with it).
  await page.locator('#w2').evaluate((el) => el.setAttribute('region', 'au'));
  await page.locator('#w2').evaluate((el) => el.removeAttribute('emergency-number'));
  await page.waitForFunction(() => document.querySelector('#w2').shadowRoot.querySelector('.cc .cc-emergency-call')?.textContent === 'Call 000');
  assert.equal(await w2.locator('.cc h1').innerText(), msg('relief.check_title'), 'started afresh');

  const origins = new Set(requests.map((u) => new URL(u).origin));
  assert.deepEqual([...origins].sort(), [app.url, host.url].sort(), 'only the host and the app');
  assert.deepEqual(await page.evaluate(() => window.__csp), [], 'the documented CSP is enough');
});

test.describe('the "embed this" page', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('the "embed this" page shows both snippets for this site, ready to copy', async ({ page, server }) => {
    await open(page, server.url + '/');
    await page.getByRole('link', { name: 'Put this check on your website' }).click();
    await page.waitForSelector('#element-snippet:not(:empty)');
    const element = await page.locator('#element-snippet').innerText();
    // This build's versioned script (the one embed.js imports), not the stable name: a page keeps
    // the version it was tested with (docs/HOSTING.md).
    const versioned = readFileSync(join(DIST, 'embed.js'), 'utf8').match(/embed-[0-9a-f]{16}\.js/)[0];
    assert.ok(element.includes(`src="${server.url}/${versioned}"`), element);
    const sri = 'sha384-' + createHash('sha384').update(readFileSync(join(DIST, versioned))).digest('base64');
    assert.ok(element.includes(`integrity="${sri}"`), `the real integrity of ${versioned}`);
    // What a browser shows when the script cannot run: the emergency line, a link, the reason.
    assert.match(element, /<leg-cramp-check region="gb">\n {2}<p><strong>Emergency signs\?[^<]*call 999 now\.<\/strong><\/p>/);
    assert.ok(element.includes(`<a href="${server.url}/">Open the check</a>`), element);
    assert.match(element, /served with CORS[^<]*iframe[^<]*own domain[^<]*<\/p>\n<\/leg-cramp-check>$/);
    const iframe = await page.locator('#iframe-snippet').innerText();
    assert.match(iframe, /title="Leg cramp self-check"/);
    assert.doesNotMatch(iframe, /style=/, "no inline style, which a host's CSP without 'unsafe-inline' refuses");
    assert.ok(iframe.includes(`${server.url}/frame-host.js`));
    await page.getByRole('button', { name: 'Copy the iframe snippet' }).click();
    await page.waitForFunction(() => document.querySelector('[data-status="iframe-snippet"]').textContent === 'Copied.');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), iframe);
    await assertNoAxeViolations(page, 'embed this page');
  });
});
