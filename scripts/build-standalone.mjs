// Builds each component (and the core) as its own self-contained, minified file in dist/standalone/, the
// way a page that loads only that component would get it. Used for the per-component size budgets.
import { build } from 'vite';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { collapseLitTemplates, minifyChunks } from './minify-plugin.mjs';
import { cleanOnDemand, onDemandRollupOptions } from './on-demand.mjs';

const root = resolve(import.meta.dirname, '..');
// The components come from the one list (src/components/registry.json).
const registry = JSON.parse(readFileSync(resolve(root, 'src/components/registry.json'), 'utf8'));
const entries = {
  core: 'src/core/standalone.ts',
  adapters: 'src/core/adapters/index.ts',
  ...Object.fromEntries(registry.map((c) => [c.name, `src/components/${c.name}/${c.name}.ts`])),
};

// `node scripts/build-standalone.mjs wellbeing-wheel core` builds only the named entries.
const only = process.argv.slice(2);
for (const [name, entry] of Object.entries(entries)) {
  if (only.length && !only.includes(name)) continue;
  if (!existsSync(resolve(root, entry))) {
    console.warn(`standalone: ${entry} does not exist yet; skipped`);
    continue;
  }
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    plugins: [cleanOnDemand(resolve(root, 'dist/standalone'), name), collapseLitTemplates(), minifyChunks()],
    build: {
      outDir: 'dist/standalone',
      emptyOutDir: false,
      minify: true,
      target: 'es2022',
      lib: { entry: resolve(root, entry), formats: ['es'], fileName: () => `${name}.js` },
      // As a page gets it: the English texts and the CSV and Kolada readers beside it, fetched on demand.
      rollupOptions: onDemandRollupOptions(name),
    },
  });
}
