// The result's first screen on a phone held upright (390 x 844): the level, what to do now (at
// most three items) and when to get help, before any scrolling; the rest in sections a person
// opens. One scenario per level, from the content's own scenario files.
import assert from 'node:assert/strict';
import { test } from './fixtures.mjs';
import { open, walk, msg, levelTitle, SELF_CARE, EMERGENCY, toml } from './helpers.mjs';

const named = (file, prefix) => toml(`scenarios/${file}.toml`).scenario.find((s) => s.name.startsWith(prefix));
const CASES = [
  ['EMERGENCY', EMERGENCY],
  ['URGENT_NOW', named('urgent', 'U1 a swollen calf')],
  ['TODAY', named('today', 'T1 a cramp that lasted over 10 minutes')],
  ['APPOINTMENT', named('appointment', 'A1 cramps most nights')],
  ['SELF_CARE', SELF_CARE],
];

test.use({ viewport: { width: 390, height: 844 } });

test('level, what to do now and when to get help fit the first phone screen at every level', async ({ page, server }) => {
  for (const [level, scenario] of CASES) {
    assert.ok(scenario, `a ${level} scenario`);
    await open(page, server.url + '/');
    await page.getByRole('button', { name: new RegExp(msg('start.check')) }).click();
    await walk(page, scenario);
    await page.waitForSelector('.cc-banner');
    await page.evaluate(() => window.scrollTo(0, 0));
    const box = await page.evaluate(() => {
      const rect = (el) => el && { top: el.getBoundingClientRect().top, bottom: el.getBoundingClientRect().bottom };
      return {
        title: document.querySelector('.cc-banner h1').innerText.trim(),
        banner: rect(document.querySelector('.cc-banner')),
        doNow: rect(document.querySelector('.cc-do-now')),
        items: document.querySelectorAll('.cc-do-now .cc-advice').length,
        help: rect(document.querySelector('.cc-group-safety_net h2')),
        helpItem: rect(document.querySelector('.cc-group-safety_net .cc-advice h3')),
        openSections: document.querySelectorAll('details.cc-group[open]').length,
        sections: document.querySelectorAll('details.cc-group').length,
      };
    });
    const where = `${level} (${scenario.name})`;
    assert.equal(box.title, levelTitle(level), where);
    assert.ok(box.banner.bottom <= 844, `${where}: the level is on the first screen`);
    assert.ok(box.items <= 3, `${where}: at most three things to do now`);
    if (box.doNow) assert.ok(box.doNow.bottom <= 844, `${where}: all of what to do now is on the first screen (${box.doNow.bottom})`);
    assert.ok(box.help && box.helpItem.bottom <= 844, `${where}: when to get help starts on the first screen (${box.helpItem?.bottom})`);
    assert.ok(box.sections >= 1 && box.openSections === 0, `${where}: everything else in closed sections`);
    await page.evaluate(() => sessionStorage.clear());
  }
});
