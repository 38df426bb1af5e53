// The end-to-end tests (tests/e2e/*.test.mjs) with @playwright/test, driving Debian's Chromium
// (no browser download: set CHROMIUM to use another). Each test starts its own server on
// 127.0.0.1 through a fixture (tests/e2e/fixtures.mjs), so there is no webServer here; the same
// fixtures fail any test whose pages log errors or warnings, throw, break the CSP or reach an
// origin other than the test's own servers, unless the test declares the problem it expects.
import { defineConfig } from '@playwright/test';
import process from 'node:process';
import { CHROMIUM_ARGS, UK } from './tests/e2e/helpers.mjs';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.test.mjs',
  outputDir: 'target/playwright-results',
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  reporter: 'list',
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS },
    // A phone held upright in the United Kingdom unless a test says otherwise: the app guesses a
    // first visitor's region from the browser's time zone and languages.
    viewport: { width: 390, height: 844 },
    ...UK,
    trace: 'off',
    screenshot: 'off',
    video: 'off',
  },
});
