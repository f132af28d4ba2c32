import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import pluginQuery from '@tanstack/eslint-plugin-query';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

// Imports point one way: domain <- b24 <- stages <- board <- app. Each layer lists what it may not
// import, so a shortcut (a component calling the SDK, domain code reaching for React) fails lint.
// One entry per folder: flat config lets a later `no-restricted-imports` replace an earlier one.
const noEmulator = { group: ['**/emulator/**'], message: 'src/ never imports the emulator.' };
const layer = (folder, groups, message) => ({
  files: [`src/${folder}/**`],
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: [noEmulator, ...groups.map((group) => ({ group: [group], message }))] },
    ],
  },
});
const noSdk = 'Only src/b24/ talks to the SDK.';
const layers = [
  layer(
    'domain',
    ['react', 'react-dom', '@bitrix24/*', '@tanstack/*', '@dnd-kit/*', '../*'],
    'domain/ is pure TypeScript: no React, no SDK, no other layer.',
  ),
  layer('b24', ['react', '**/stages/**', '**/board/**', '**/app/**'], 'b24/ knows no UI.'),
  layer('stages', ['@bitrix24/*', '**/board/**', '**/app/**'], noSdk),
  layer('board', ['@bitrix24/*', '**/app/**'], noSdk),
  layer('ui', ['@bitrix24/*', '**/stages/**', '**/board/**', '**/app/**'], noSdk),
  layer('i18n', ['@bitrix24/*', 'react-dom'], noSdk),
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  { files: ['src/**/*.tsx'], ...jsxA11y.flatConfigs.strict },
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['emulator/**/*.ts', 'e2e/**/*.ts', 'scripts/**/*.ts', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  { files: ['emulator/**/*.ts', 'e2e/**/*.ts'], rules: { 'no-console': 'off' } },
  ...layers,
  {
    // Tests of the SDK port run against the local portal; tests never reach the build.
    files: ['src/b24/**/*.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  prettier,
);
