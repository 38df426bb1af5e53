// The fixtures of the end-to-end tests: `import { test, expect } from './fixtures.mjs'`.
//
// - `server`: the release build (dist/) served on 127.0.0.1 for this test; a test may add pages
//   or replace files with `server.extra['/path'] = [type, body, headers]`, even while serving.
// - `startServer(root, options)`: another server for this test (a host page on another origin);
//   closed after the test. Its origin counts as one of the test's own.
// - `watch` (automatic, for every test): watches the test's `page` and `context`, and any other
//   context or page the test hands to `watch(x)` (or opens with `newContext()`), and fails the
//   test at teardown if any of them
//     * logged a console error or warning,
//     * threw an uncaught exception (`pageerror`),
//     * violated a Content-Security-Policy (an init script listens for `securitypolicyviolation`
//       and reports each one; what is left in still-open pages is read back at the end),
//     * requested anything from an origin other than the test's own servers, or sent anything but
//       a GET.
//   A test that expects some of these declares them, each a RegExp (or a substring) matched
//   against the problem's text: for a whole file or describe block with
//   `test.use({ allowedProblems: expectedProblems(/could not load/, /ERR_INTERNET_DISCONNECTED/) })`
//   (a bare array of two or more RegExps would be taken by Playwright for a [value, options] fixture
//   tuple; `expectedProblems` wraps it), or inside a test with `watch.allow(/ERR_FAILED/)`.
//   Never by switching the check off. `watch.problems` and `watch.requests` hold what was seen so
//   far (problems before filtering, requests as URLs); `watch.readBack(context)` collects the CSP
//   violations still held by a context's pages (done for you before any watched context closes).
// - `newContext(options)`: a browser context with the project's settings (viewport, locale, time
//   zone) plus `options`, watched, and closed after the test.
import { test as base, expect } from '@playwright/test';
import { serve } from '../../scripts/static_server.mjs';
import { DIST } from './helpers.mjs';

export { expect };

/** The value for `test.use({ allowedProblems })`: problems a file or describe block expects. */
export const expectedProblems = (...patterns) => [patterns, { scope: 'test' }];

/** The text of a problem, as it is reported and as `allowedProblems` patterns are matched. */
const matches = (pattern, text) => (pattern instanceof RegExp ? pattern.test(text) : text.includes(pattern));

/** Reports CSP violations from every document and frame, as soon as they happen (through the
 * binding, which survives navigation) and in `window.__ccCspViolations`, read back at the end. */
function listenForCspViolations() {
  window.__ccCspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    const text = `${e.violatedDirective} ${e.blockedURI || '(inline)'} in ${e.documentURI}${e.sourceFile ? ` (${e.sourceFile}:${e.lineNumber})` : ''}`;
    window.__ccCspViolations.push(text);
    // Reported as soon as it happens, so a navigation cannot lose it.
    window.__ccReportCspViolation?.(text);
  }, true);
}

export const test = base.extend({
  /** Problems this test (or file, or describe block) expects: RegExps or substrings. */
  allowedProblems: [[], { option: true }],

  // The origins of the servers this test started; requests anywhere else are problems.
  _ownOrigins: async ({}, use) => { // eslint-disable-line no-empty-pattern
    await use(new Set());
  },

  startServer: async ({ _ownOrigins }, use) => {
    const started = [];
    await use(async (root = DIST, options = {}) => {
      const s = await serve(root, options);
      started.push(s);
      _ownOrigins.add(new URL(s.url).origin);
      return s;
    });
    await Promise.all(started.map((s) => s.close()));
  },

  server: async ({ startServer }, use) => {
    await use(await startServer(DIST, { extra: {} }));
  },

  watch: [async ({ allowedProblems, _ownOrigins }, use, testInfo) => {
    const problems = [];
    const requests = [];
    const allowed = [...allowedProblems];
    const contexts = new Set();
    const pages = new Set();

    const watchPage = (page) => {
      if (pages.has(page)) return;
      pages.add(page);
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') {
          const at = m.location()?.url ? ` (${m.location().url})` : '';
          problems.push(`console ${m.type()}: ${m.text()}${at}`);
        }
      });
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    };
    const watchContext = async (context) => {
      if (contexts.has(context)) return;
      contexts.add(context);
      // Every request of the context: its pages, their frames and its service workers.
      context.on('request', (r) => {
        const url = r.url();
        requests.push(url);
        if (r.method() !== 'GET') problems.push(`a ${r.method()} request to ${url}`);
        if (/^(data|blob|about):/.test(url)) return;
        const origin = new URL(url).origin;
        if (!_ownOrigins.has(origin)) problems.push(`a request to another origin: ${url}`);
      });
      await context.exposeBinding('__ccReportCspViolation', (_source, text) => {
        problems.push(`CSP violation: ${text}`);
      });
      await context.addInitScript(listenForCspViolations);
      context.on('page', watchPage);
      for (const page of context.pages()) watchPage(page);
    };

    /** Watches a context (and every page it has or opens) or a single page. */
    const watch = async (target) => {
      if (typeof target.newPage === 'function') await watchContext(target);
      else {
        await watchContext(target.context());
        watchPage(target);
      }
      return target;
    };
    /** Declares problems this test expects (RegExps or substrings). */
    watch.allow = (...patterns) => { allowed.push(...patterns); };
    watch.problems = problems;
    watch.requests = requests;
    /** Reads back the CSP violations still held by open pages (those the binding missed). */
    watch.readBack = async (context) => {
      for (const page of context.pages()) {
        if (page.isClosed()) continue;
        for (const frame of page.frames()) {
          const left = await frame.evaluate(() => window.__ccCspViolations ?? []).catch(() => []);
          for (const text of left) {
            if (!problems.includes(`CSP violation: ${text}`)) problems.push(`CSP violation: ${text}`);
          }
        }
      }
    };
    watch.contexts = contexts;

    await use(watch);

    for (const context of contexts) {
      if (context.pages().some((p) => !p.isClosed())) await watch.readBack(context);
    }
    const unexpected = problems.filter((p) => !allowed.some((a) => matches(a, p)));
    if (problems.length) {
      await testInfo.attach('problems', { body: problems.join('\n'), contentType: 'text/plain' });
    }
    // A test that has already failed keeps its own error; these would only add noise.
    if (testInfo.status === 'passed') {
      expect(unexpected, 'console errors and warnings, page errors, CSP violations and requests to other origins').toEqual([]);
    }
  }, { auto: true }],

  // The test's own page and context are always watched; CSP violations still held by its pages
  // are read back before the context closes.
  context: async ({ context, watch }, use) => {
    await watch(context);
    await use(context);
    await watch.readBack(context);
  },

  newContext: async ({ browser, watch, viewport, locale, timezoneId }, use) => {
    const opened = [];
    await use(async (options = {}) => {
      const context = await browser.newContext({ viewport, locale, timezoneId, ...options });
      opened.push(context);
      await watch(context);
      return context;
    });
    for (const context of opened) {
      await watch.readBack(context).catch(() => {});
      await context.close();
    }
  },
});
