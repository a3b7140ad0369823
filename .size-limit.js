// Size budgets (min + gzip) that `npm run bench` checks with size-limit; bench/gates.json says which fail CI.
// The components and their budgets come from the one list, src/components/registry.json. What a reader's page
// loads in all (bpl.js, the shared core and the components it shows) is measured by loading pages in Chromium
// (scripts/bench.mjs, "Pages").
import { readFileSync } from 'node:fs';

const registry = JSON.parse(readFileSync(new URL('./src/components/registry.json', import.meta.url), 'utf8'));

export default [
  {
    name: 'dist/bpl.js, the autoloader itself',
    path: 'dist/bpl.js',
    limit: '3 kB',
    gzip: true,
  },
  {
    name: 'dist/bpl.full.js (every component, the readers and English in one file that fetches nothing)',
    path: 'dist/bpl.full.js',
    limit: '75 kB',
    gzip: true,
  },
  {
    name: 'English texts that pages in English fetch beside bpl.js, the core’s and every component’s together (dist/bpl-en-*.js, dist/bpl-*.i18n.en-*.js)',
    path: ['dist/bpl-en-*.js', 'dist/bpl-*.i18n.en-*.js'],
    limit: '6 kB',
    gzip: true,
  },
  {
    name: 'The readers that pages with data other than the contract’s JSON fetch beside bpl.js (dist/bpl-adapters-*.js): CSV and Excel CSV, PxWeb CSV/JSON/JSON-stat, Kolada v3, the names of all Swedish areas, messages in Swedish and English',
    path: 'dist/bpl-adapters-*.js',
    limit: '18 kB',
    gzip: true,
  },
  {
    name: 'core alone (base element, loader, schema, i18n, theme)',
    path: 'dist/standalone/core.js',
    limit: '20 kB',
    gzip: true,
  },
  {
    name: 'The readers on their own (npm: @bastaplatsen/viz/adapters)',
    path: 'dist/standalone/adapters.js',
    limit: '18 kB',
    gzip: true,
  },
  ...registry.map((c) => ({
    name: `<${c.tag}> on its own, with its share of Lit and the core`,
    path: `dist/standalone/${c.name}.js`,
    limit: c.budget,
    gzip: true,
  })),
];
