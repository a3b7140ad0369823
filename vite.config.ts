import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import { resolve } from 'node:path';
import { cpSync, readdirSync } from 'node:fs';
import { collapseLitTemplates, minifyChunks } from './scripts/minify-plugin.mjs';
import { autoloaderRollupOptions, cleanOnDemand } from './scripts/on-demand.mjs';
import { COMPONENTS, entryOf } from './src/components/registry.js';

/** Component entries, from the one list (src/components/registry.json): one file per component, so a page
 * (or a bundler) takes only what it uses. */
export const COMPONENT_ENTRIES: Record<string, string> = Object.fromEntries(
  COMPONENTS.map((c) => [c.name, entryOf(c)]),
);

const root = import.meta.dirname;

/** Files the demo pages link to that Vite does not build: the example data (`./data/…`) and the guide
 * (`../docs/guide.md` from the builder). Paths relative to the project root, and to the build's output
 * folder, which keeps the same layout (pages in `demo/`), so one link works in `npm start` and in the build. */
export const DEMO_COPIES: [from: string, to: string][] = [
  ['demo/data', 'demo/data'],
  ['docs/guide.md', 'docs/guide.md'],
];

/** Copies DEMO_COPIES into the built demo (its output folder, `--outDir` included). */
function copyDemoData() {
  let outDir = resolve(root, 'dist/demo');
  return {
    name: 'bpl-copy-demo-data',
    apply: 'build' as const,
    configResolved(config: { build: { outDir: string } }) {
      outDir = resolve(root, config.build.outDir);
    },
    closeBundle() {
      for (const [from, to] of DEMO_COPIES)
        cpSync(resolve(root, from), resolve(outDir, to), { recursive: true });
    },
  };
}
const external = [/^lit(\/|$)/, /^@lit\//, /^d3-/, /^zod(\/|$)/, /^topojson-client$/];

export default defineConfig(({ mode }) => {
  if (mode === 'lib') {
    // (1) ES modules for npm users: dependencies stay imports, one entry per component.
    return {
      build: {
        outDir: 'dist/esm',
        emptyOutDir: true,
        sourcemap: true,
        minify: false,
        target: 'es2022',
        lib: {
          entry: {
            index: resolve(root, 'src/index.ts'),
            core: resolve(root, 'src/core/index.ts'),
            adapters: resolve(root, 'src/core/adapters/index.ts'),
            convert: resolve(root, 'src/core/adapters/convert.ts'),
            sync: resolve(root, 'src/core/sync.ts'),
            ...Object.fromEntries(Object.entries(COMPONENT_ENTRIES).map(([k, v]) => [k, resolve(root, v)])),
          },
          formats: ['es'],
        },
        // One file per source module (dist/esm/components/trend-chart/trend-chart.js, …): the modules that
        // register something stay files of their own, so package.json's sideEffects can name exactly them
        // and bundlers drop the rest of what a page does not use.
        rollupOptions: {
          external,
          output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
        },
      },
    };
  }
  /** A minified file in dist/, for pages that load it with a script tag. */
  const bundle = (fileName: string, plugins: Plugin[], rollupOptions: object, entry = 'src/bundle.ts') => ({
    plugins: [...plugins, collapseLitTemplates(), minifyChunks()],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      sourcemap: false,
      minify: true,
      target: 'es2022',
      lib: { entry: resolve(root, entry), formats: ['es' as const], fileName: () => fileName },
      rollupOptions,
    },
  });
  if (mode === 'bundle') {
    // (2) The autoloader for web editors, <script type="module" src="…/bpl.js">: small, it imports each
    // component's file (beside it, with one shared file for Lit and the core) the first time its tag appears,
    // and the readers, the English texts and sync only when a page needs them (scripts/on-demand.mjs).
    return bundle(
      'bpl.js',
      [cleanOnDemand(resolve(root, 'dist'), 'bpl')],
      autoloaderRollupOptions('bpl'),
      'src/autoloader.ts',
    );
  }
  if (mode === 'bundle-full') {
    // (3) The same in one file, nothing fetched later (English and the CSV and Kolada readers inside): for
    // hosts where files cannot sit side by side under their own names, such as a CMS file archive that gives
    // each upload its own address, or an address with a query (`bpl.full.js?v=2`).
    return bundle('bpl.full.js', [], { output: { codeSplitting: false } });
  }
  if (mode === 'bench') {
    // Benchmark pages, built for production so timings are not those of Lit's dev mode.
    const pages = readdirSync(resolve(root, 'bench')).filter((f) => f.endsWith('.html'));
    return {
      build: {
        outDir: 'dist/bench',
        emptyOutDir: true,
        minify: true,
        target: 'es2022',
        rollupOptions: {
          input: Object.fromEntries(pages.map((f) => [f.replace(/\.html$/, ''), resolve(root, 'bench', f)])),
        },
      },
    };
  }
  // `npm start`: the demo, served from the project root so demo pages import the sources directly.
  // `npm run build:demo` builds every demo page (builder, embed page for iframes, mock municipality page and a
  // page per component) into dist/demo, with the example data beside them.
  const demoPages = readdirSync(resolve(root, 'demo')).filter((f) => f.endsWith('.html'));
  return {
    server: { open: '/demo/' },
    plugins: [copyDemoData()],
    build: {
      outDir: 'dist/demo',
      emptyOutDir: true,
      rollupOptions: {
        input: Object.fromEntries(demoPages.map((f) => [f.replace(/\.html$/, ''), resolve(root, 'demo', f)])),
      },
    },
  };
});
