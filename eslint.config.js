import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import rendererLayers from './eslint/renderer-layers.js';
import uiText from './eslint/ui-text.js';

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-dynamic-delete': 'off',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Rule 2 of the design: the renderer never reaches into the main process.
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, berth: { rules: { ...rendererLayers.rules, ...uiText.rules } } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'berth/layers': 'error',
      // Every word the UI shows comes from renderer/src/i18n/locales (English and 简体中文).
      'berth/no-literal-ui-text': 'error',
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/electron/**', 'electron', 'node:*'], message: 'The renderer talks to main only through the contract client.' }] }],
    },
  },
  {
    // shared/ runs anywhere: it must not depend on either side.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/electron/**', '**/renderer/**', 'electron', 'dockerode', 'react'], message: 'shared/ imports nothing from electron/ or renderer/.' }] }],
    },
  },
  {
    // Services know the engine, not the transport that called them.
    files: ['electron/services/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/web/**', '**/shell/**', 'electron', 'ws'], message: 'Services must not know which transport called them.' }] }],
    },
  },
  {
    files: ['scripts/**/*.{mjs,ts}', 'bench/**/*.ts', 'test/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
