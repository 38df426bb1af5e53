// ESLint for every JavaScript file of the project: the browser programs in web/ (each gets its
// build values as the global `BUILD`), the service worker, and the Node scripts and tests.
import js from '@eslint/js';
import globals from 'globals';

export default [
  { ignores: ['dist/', 'target/', 'node_modules/'] },
  js.configs.recommended,
  {
    files: ['web/**/*.js', 'assets/**/*.js'],
    languageOptions: { sourceType: 'module', globals: { ...globals.browser, BUILD: 'readonly' } },
  },
  {
    files: ['web/sw.js'],
    languageOptions: { globals: { ...globals.serviceworker, BUILD: 'readonly' } },
  },
  {
    // Node, and the callbacks the tests run inside the page.
    files: ['scripts/**/*.mjs', 'tests/**/*.mjs', 'bench/**/*.mjs', 'eslint.config.js'],
    languageOptions: { sourceType: 'module', globals: { ...globals.node, ...globals.browser } },
  },
];
