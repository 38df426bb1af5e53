// Spanish, French and Russian beside English (content/meta.toml `languages`): a browser set to a
// language starts in it without a click; the footer's switch changes it and keeps the answers; a
// widget's `lang` and a link's `?lang=` choose it; a page that cannot start shows the emergency
// signs in the reader's language; every screen is clean by axe and fits 320 px; and the language
// never changes a result.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from './fixtures.mjs';
import {
  open, heading, walk, step, onScreen, msgIn, levelTitleIn, question, rule, region, assertNoAxeViolations,
  LANGUAGES, SELF_CARE, RULES,
} from './helpers.mjs';

const OTHERS = LANGUAGES.slice(1);
const LOCALES = { es: 'es-ES', fr: 'fr-FR', ru: 'ru-RU' };
const EN = LANGUAGES[0];

test('there are languages besides English to test', () => {
  assert.deepEqual(OTHERS, ['es', 'fr', 'ru']);
});

/** Nothing wider than the screen: long translations must wrap, not scroll sideways. */
async function assertFits(page, where) {
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('.cc *')].filter((e) => e.getBoundingClientRect().right > width + 1);
    return { scroll: document.documentElement.scrollWidth - width, wide: wide.slice(0, 3).map((e) => `${e.tagName}.${e.className}: ${e.textContent.slice(0, 40)}`) };
  });
  assert.ok(overflow.scroll <= 0 && overflow.wide.length === 0, `${where}: wider than the screen ${JSON.stringify(overflow)}`);
}

for (const lang of OTHERS) {
  test.describe(`a browser in ${lang}`, () => {
    test.use({ locale: LOCALES[lang], timezoneId: 'Europe/London', viewport: { width: 320, height: 640 } });

    test(`starts in ${lang}, walks the typical path to the same result, and fits 320 px`, async ({ page, server }) => {
      await open(page, server.url + '/');
      // The start screen waits for the language's own text pack, then speaks it.
      await page.locator(`.cc[lang="${lang}"]`).waitFor();
      assert.equal(await heading(page), msgIn(lang, 'start.title'));
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      assert.equal(await page.title(), msgIn(lang, 'start.page_title'));
      assert.equal(await page.locator('#cc-lang').inputValue(), lang);
      // Not yet reviewed by a clinician who speaks it: the footer says so, in that language.
      assert.equal((await page.locator('.cc-unreviewed').innerText()).trim(), msgIn(lang, 'footer.unreviewed'));
      await assertNoAxeViolations(page, `start (${lang})`);
      await assertFits(page, `start (${lang})`);

      await page.getByRole('button', { name: new RegExp(msgIn(lang, 'start.check')) }).click();
      assert.equal(await heading(page), question('who').text[lang]);
      await assertNoAxeViolations(page, `first question (${lang})`);
      await assertFits(page, `first question (${lang})`);
      await step(page, SELF_CARE);
      // The longest question of the emergency screen, with its options.
      await assertFits(page, `second question (${lang})`);
      await walk(page, SELF_CARE);
      // The language never changes a result: the same level and advice as in English.
      assert.equal(await heading(page), levelTitleIn(lang, 'SELF_CARE', region('gb').emergency_number));
      const shown = await page.locator('[data-advice]').evaluateAll((els) => els.map((e) => e.dataset.advice));
      for (const id of SELF_CARE.advice) assert.ok(shown.includes(id), `${id} shown in ${lang}`);
      await assertNoAxeViolations(page, `result (${lang})`);
      await assertFits(page, `result (${lang})`);
    });

    test(`without WebAssembly, the emergency signs in ${lang}`, async ({ page, server, watch }) => {
      watch.allow(/^console error: CrampCheck could not start: Error: WebAssembly is not available/);
      await page.addInitScript(() => { delete window.WebAssembly; });
      await page.goto(server.url + '/');
      const block = page.locator(`.cc-fallback[lang="${lang}"]`);
      await block.waitFor();
      assert.ok(await block.isVisible());
      const signs = (await block.locator('ul').first().locator('li').allInnerTexts()).map((s) => s.trim());
      assert.deepEqual(signs, RULES.filter((r) => r.level === 'EMERGENCY').map((r) => r.finding[lang]));
      assert.ok(await block.locator('.cc-fallback-error-text').isVisible(), '"could not start" is said');
      assert.equal(await block.locator('a[href="tel:999"]').count(), 1);
    });
  });
}

test.describe('an English browser', () => {
  test.use({ locale: 'en-GB', timezoneId: 'Europe/London' });

  test('the switch changes the language on every screen and keeps the answers; the choice is kept', async ({ page, server }) => {
    await open(page, server.url + '/');
    assert.equal(await page.evaluate(() => document.documentElement.lang), EN);
    assert.equal(await page.locator('.cc-unreviewed').count(), 0, 'English is the original');
    await page.getByRole('button', { name: new RegExp(msgIn(EN, 'start.check')) }).click();
    const first = await step(page, SELF_CARE);
    const second = (await onScreen(page)).id;
    await page.locator('#cc-lang').selectOption('fr');
    await page.locator('.cc[lang="fr"]').waitFor();
    assert.equal(await heading(page), question(second).text.fr);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
    // Back to the first question: the answer given in English is still chosen.
    await page.locator('.cc-back').click();
    assert.equal(await heading(page), question(first).text.fr);
    const chosen = await page.locator(`input[name="${first}"]:checked`).evaluateAll((els) => els.map((e) => e.value));
    assert.deepEqual(chosen, [SELF_CARE.answers[first]].flat());
    // The choice is the person's: it outlives a reload, as the region does.
    await page.reload();
    await page.locator('.cc[lang="fr"]').waitFor();
    assert.equal(await heading(page), question(first).text.fr);
    // And back to English, from the French screen.
    await page.locator('#cc-lang').selectOption(EN);
    await page.locator(`.cc[lang="${EN}"]`).waitFor();
    assert.equal(await heading(page), question(first).text[EN]);
  });

  test('a link may choose the language', async ({ page, server }) => {
    await open(page, server.url + '/?lang=ru');
    await page.locator('.cc[lang="ru"]').waitFor();
    assert.equal(await heading(page), msgIn('ru', 'start.title'));
    assert.equal(await page.locator('.cc .cc-emergency-lead').innerText(), msgIn('ru', 'emergency.lead'));
  });

  test('the widget speaks its lang attribute, else its page\'s', async ({ page, server: app, startServer }) => {
    const host = await startServer(mkdtempSync(join(tmpdir(), 'blog-')));
    host.extra['/blog.html'] = ['text/html; charset=utf-8', `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Blog</title><link rel="icon" href="data:,"></head><body>
<leg-cramp-check id="fr" lang="fr"></leg-cramp-check>
<leg-cramp-check id="page"></leg-cramp-check>
<script type="module" src="${app.url}/embed.js"></script></body></html>`];
    await page.goto(host.url + '/blog.html');
    const fr = page.locator('#fr');
    const es = page.locator('#page');
    await fr.locator('.cc[lang="fr"] h1').waitFor();
    await es.locator('.cc[lang="es"] h1').waitFor();
    assert.equal(await fr.locator('.cc h1').innerText(), msgIn('fr', 'start.title'));
    assert.equal(await es.locator('.cc h1').innerText(), msgIn('es', 'start.title'));
    // A widget keeps no choice of its own, and leaves the page's language alone.
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  });
});

test('a rule\'s finding reads the same in the result as in the content, in every language', () => {
  // (A guard for the walk above: the content the tests read has every language's findings.)
  for (const lang of LANGUAGES) assert.ok(rule('E1').finding[lang], lang);
});
