import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** What lib/, pure logic, may not import: the browser, React, and the contexts built on it. */
const LIB_MAY_NOT_IMPORT = ['wxt/*', 'react', 'react-dom', '@wxt-dev/*', '**/entrypoints/**', '**/utils/**', '**/components/**'];

export default tseslint.config(
  // AssemblyScript (lib/match/wasm/scanner.as.ts) is type-checked by its own compiler.
  { ignores: ['.bench/', '.output/', '.wxt/', 'node_modules/', 'test-results/', 'playwright-report/', 'scratch/', '**/*.as.ts'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_', argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // Extension message listeners return a Promise to answer and undefined to pass.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false, attributes: false } }],
    },
  },
  {
    files: ['components/**/*.tsx', 'entrypoints/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Playwright fixtures destructure nothing from their first argument by design.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    // Ambient declarations of build-time modules can only name types by import().
    files: ['**/*.d.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    // lib/ is pure logic: no browser or extension globals, so vitest covers it without a browser.
    files: ['lib/**/*.ts'],
    rules: {
      // Painting and watching the page belong to the content script, which lib/ only advises.
      'no-restricted-globals': ['error', 'window', 'document', 'browser', 'chrome', 'location', 'navigator', 'CSS', 'Highlight', 'MutationObserver'],
      'no-restricted-imports': ['error', { patterns: LIB_MAY_NOT_IMPORT }],
    },
  },
  {
    // Nor may it lean on test support (tests/support/): only its tests do.
    files: ['lib/**/*.ts'],
    ignores: ['lib/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...LIB_MAY_NOT_IMPORT, '**/tests/**'] }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { process: 'readonly', console: 'readonly' },
    },
  },
);
