import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import pluginQuery from '@tanstack/eslint-plugin-query';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

// Imports point one way: domain <- b24 <- stages <- board <- app, with ui/ and i18n/ as leaves
// every UI layer may use. Each layer lists what it may not import and says what it may, so a
// shortcut (a component calling the SDK, domain code reaching for React) fails lint with the rule.
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
const layers = [
  layer(
    'domain',
    ['react', 'react-dom', '@bitrix24/*', '@tanstack/*', '@dnd-kit/*', '@radix-ui/*', '../*'],
    'domain/ is pure TypeScript: it imports only domain/.',
  ),
  // A folder inside domain/ (journal/) may import its parent, domain/, and nothing above it.
  layer(
    'domain/*/**',
    ['react', 'react-dom', '@bitrix24/*', '@tanstack/*', '@dnd-kit/*', '@radix-ui/*', '../../*'],
    'domain/ is pure TypeScript: it imports only domain/.',
  ),
  layer(
    'b24',
    [
      'react',
      'react-dom',
      '@tanstack/*',
      '**/stages/**',
      '**/board/**',
      '**/app/**',
      '**/ui/**',
      '**/i18n/**',
    ],
    'b24/ may import the SDK and domain/ only.',
  ),
  layer(
    'stages',
    [
      '@bitrix24/*',
      '@dnd-kit/*',
      '@radix-ui/*',
      '**/board/**',
      '**/app/**',
      '**/ui/**',
      '**/i18n/**',
    ],
    'stages/ may import domain/, b24/ (its types and PortalError), React and TanStack Query.',
  ),
  layer(
    'board',
    ['@bitrix24/*', '**/app/**'],
    'board/ may import domain/, b24/ types, stages/, ui/, i18n/ and UI libraries; never the SDK or app/.',
  ),
  layer(
    'ui',
    [
      '@bitrix24/*',
      '@tanstack/*',
      '**/domain/**',
      '**/b24/**',
      '**/stages/**',
      '**/board/**',
      '**/app/**',
      '**/i18n/**',
    ],
    'ui/ holds shared primitives: it imports React only.',
  ),
  layer(
    'i18n',
    ['@bitrix24/*', '@tanstack/*', 'react-dom', '../*'],
    'i18n/ holds the message catalogues: it imports React and i18n/ only.',
  ),
  // A feature's folder inside i18n/ (journal/, analytics/, stage-sets/) may import i18n/ itself.
  layer(
    'i18n/*/**',
    ['@bitrix24/*', '@tanstack/*', 'react-dom', '../../*'],
    'i18n/ holds the message catalogues: it imports React and i18n/ only.',
  ),
  layer('app', [], ''),
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
