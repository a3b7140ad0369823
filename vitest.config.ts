import { defineConfig } from 'vitest/config';

// Unit tests of pure modules (schema, adapters, layouts, formats) in Node; no DOM.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/**/*.browser.test.ts', 'node_modules/**'],
    environment: 'node',
  },
});
