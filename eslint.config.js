// Flat ESLint config. The layer rules are the architecture of DESIGN.md §3 made executable:
// domain is pure; store/content/storage sit on domain; features never import each other; the
// join hand's pre-paint (src/boot) runs before the app, so it uses only pure code and small helpers.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import globals from 'globals';

const features = readdirSync(join(import.meta.dirname, 'src/features'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/** The app's UI, state and storage libraries: src/domain and src/boot import none of them. */
const APP_LIBRARIES = [
  'react',
  'react-dom',
  'zustand',
  'i18next',
  'react-i18next',
  'framer-motion',
  'idb',
  'workbox-window',
];
const APP_LIBRARY_PATTERNS = ['react/*', 'react-dom/*', 'zustand/*', 'framer-motion/*'];

const upperLayers = [
  './src/app',
  './src/features',
  './src/components',
  './src/hooks',
  './src/pwa',
  './src/i18n',
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'build',
      'node_modules',
      'coverage',
      'test-results',
      'playwright-report',
      '.cache',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/domain',
              from: ['./src/store', './src/content', './src/storage', './src/lib', ...upperLayers],
              message: 'src/domain is the bottom layer: it imports nothing from the app.',
            },
            {
              target: ['./src/store', './src/content', './src/storage', './src/lib'],
              from: upperLayers,
              message: 'store/content/storage/lib sit below the UI: import downwards only.',
            },
            {
              target: ['./src/components', './src/hooks', './src/pwa', './src/i18n'],
              from: ['./src/app', './src/features'],
              message: 'Shared UI code may not depend on features or the app root.',
            },
            {
              target: './src/boot',
              from: [
                './src/app',
                './src/features',
                './src/store',
                './src/storage',
                './src/hooks',
                './src/pwa',
              ],
              message: 'src/boot runs before the app: only domain, lib, strings and plain helpers.',
            },
            {
              target: [
                './src/domain',
                './src/store',
                './src/content',
                './src/storage',
                './src/lib',
                ...upperLayers,
              ],
              from: './src/boot',
              message: 'Nothing imports the pre-paint: it is its own entry (scripts/hand-preview-plugin.ts).',
            },
            {
              target: './server',
              from: './src',
              except: ['./domain'],
              message: 'The server may use pure code (src/domain) only: it runs in Node, not the browser.',
            },
            {
              target: './src',
              from: './server',
              message: 'The app runs without the server (any static host): it imports nothing from server/.',
            },
            ...features.map((name) => ({
              target: `./src/features/${name}`,
              from: './src/features',
              except: [`./${name}`],
              message: 'Features never import each other: move the shared part down a layer.',
            })),
          ],
        },
      ],
    },
  },
  {
    // The pre-paint must stay a few kB: no framework, no validator library.
    files: ['src/boot/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [...APP_LIBRARIES, 'valibot'], patterns: APP_LIBRARY_PATTERNS },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: APP_LIBRARIES, patterns: APP_LIBRARY_PATTERNS }],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'sessionStorage',
        'indexedDB',
        'navigator',
        'fetch',
        'performance',
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Time is a parameter in src/domain.' },
        { object: 'Math', property: 'random', message: 'Use a seeded Rng from src/domain/random.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Time is a parameter in src/domain.',
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs}', '*.config.{ts,js}', 'tests/e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Playwright fixtures call `use(...)`, which is not React's hook.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
);
