// @ts-check
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', '.astro/', '.cache/', 'node_modules/', 'tests/fixtures/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    // The few plain JavaScript files (configs) run on Node; TypeScript checks globals itself.
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    rules: {
      // `_name` marks a parameter that a callback's signature forces on us, and
      // `const { dropped, ...kept } = object` is how an object loses keys.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Node's type stripping and `verbatimModuleSyntax` need type-only imports marked.
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
);
