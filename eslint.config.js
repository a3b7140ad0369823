import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'scratch/**',
      '**/.*.mjs',
      '.puppeteerrc.cjs',
      'storybook-static/**',
      'node_modules/**',
      'custom-elements.json',
      'coverage/**',
      '.bench/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        performance: 'readonly',
        fetch: 'readonly',
        customElements: 'readonly',
        requestAnimationFrame: 'readonly',
        navigator: 'readonly',
        HTMLElement: 'readonly',
        AbortController: 'readonly',
        Blob: 'readonly',
        ResizeObserver: 'readonly',
        getComputedStyle: 'readonly',
        Buffer: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Data is text, never markup.
      'lit/no-template-bind': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'Data is text, never markup.' },
            { name: 'lit/directives/unsafe-svg.js', message: 'Data is text, never markup.' },
            {
              name: 'zod',
              importNames: ['z'],
              message: "Use `import * as z from 'zod'` via src/core/schema/zod.ts.",
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Data is text, never markup.' },
        { property: 'outerHTML', message: 'Data is text, never markup.' },
        { property: 'insertAdjacentHTML', message: 'Data is text, never markup.' },
      ],
    },
  },
  { files: ['src/core/schema/zod.ts'], rules: { 'no-restricted-imports': 'off' } },
);
