import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { layerZones } from './scripts/layers.mjs';

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'node_modules/', 'bench/peers/', 'src/api/mpp-api.d.ts', '.data/'] },
  // The compiled server and rules core (npm run build:server).
  { ignores: ['.build/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'staff/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'staff/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    ...wcConfigs['flat/recommended'],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // API data is untrusted: never render it as HTML.
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'lit/directives/unsafe-html.js', message: 'API data is untrusted: render text, not HTML.' }],
        },
      ],
    },
  },
  {
    // Tests may read markup to prove what it does not contain; shipped code and stories never touch it.
    files: ['src/**/*.ts', 'staff/**/*.ts', 'stories/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'API data is untrusted: use text nodes or Lit templates.' },
        { property: 'outerHTML', message: 'API data is untrusted: use text nodes or Lit templates.' },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-console': ['error', { allow: ['warn'] }],
      // Layers: src never reaches into tests, stories or the demo.
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'lit/directives/unsafe-html.js', message: 'API data is untrusted: render text, not HTML.' }],
          patterns: [
            {
              group: ['**/test/**', '**/stories/**', '**/demo/**'],
              message: 'src must not import tests, stories or the demo.',
            },
          ],
        },
      ],
    },
  },
  {
    // Layers and lanes (docs/architecture.md): an import that points up a layer, crosses into another lane, or
    // reaches into another element's folder fails; so does any import cycle in src/.
    files: ['**/*.{ts,mjs,js}'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: { 'import-x/no-restricted-paths': ['error', { zones: layerZones() }] },
  },
  {
    files: ['src/**/*.ts'],
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['src/api/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'HTMLElement', 'customElements'],
    },
  },
  {
    // Node scripts whose callbacks also run in the page (playwright's evaluate).
    files: ['test/e2e/**/*.mjs', 'test/kit/**/*.mjs', 'bench/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['test/wordpress/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['wordpress/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['demo/site/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: [
      'scripts/**/*.mjs',
      'demo/**/*.mjs',
      'bench/**/*.mjs',
      'test/package/**/*.mjs',
      'test/frameworks/**/*.mjs',
      // The conformance kit (its own package, run by Node) and its tests and the contract fuzzing.
      'conformance/**/*.mjs',
      'test/conformance/**/*.mjs',
      'test/contract/**/*.mjs',
      '*.mjs',
      '.storybook/**/*.ts',
    ],
    languageOptions: { globals: globals.node },
  },
);
