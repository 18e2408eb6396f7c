// ESLint (flat config): typescript-eslint's recommended rules over TypeScript, the scripts and the tests, its
// type-aware ones over src/lib and src/scripts (a promise nobody awaits, an assertion that changes nothing), and
// eslint-plugin-astro's over components and pages. Formatting is Prettier's job; npm run lint runs both.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores([
    'dist/',
    'dist-*/',
    'dist.staging-*/',
    'dist.old-*/',
    '.astro/',
    'test-results/',
    'playwright-report/',
    'bench-results/',
    'content/',
    'public/',
    'tests/golden/*/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs['flat/recommended'],
  {
    // A function a reader can hold in their head: past ~80 lines it is a pipeline waiting for named phases.
    // (Tests are exempt: a describe block is a list of cases, not a function to follow.)
    files: ['src/**/*.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true, IIFEs: true }] },
  },
  {
    files: ['src/lib/**/*.ts', 'src/scripts/**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // `_` marks a value left out on purpose (`const { network: _, ...rest } = layout`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // `try { sessionStorage… } catch {}`: storage may be blocked, and then there is nothing to do.
      'no-empty': ['error', { allowEmptyCatch: true }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'prefer-const': 'error',
    },
  },
]);
