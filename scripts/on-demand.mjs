import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Output options of the files a browser loads directly (dist/bpl.js, dist/standalone/*): everything in the one
 * file, but what a page fetches only when it needs it (`import()`): the English texts, which go together in one
 * file `<prefix>-en-<hash>.js`, and the CSV and Kolada readers (`<prefix>-adapters-<hash>.js`), beside it.
 */
export function onDemandRollupOptions(prefix) {
  return {
    // The entry may export what the on-demand files import from it (else the modules they share with it would
    // be a third file, always fetched).
    preserveEntrySignatures: 'allow-extension',
    output: {
      codeSplitting: {
        groups: [
          {
            name: 'en',
            test: /i18n[\\/]en\.ts$|\.i18n\.en\.ts$/,
            includeDependenciesRecursively: false,
          },
        ],
      },
      chunkFileNames: `${prefix}-[name]-[hash].js`,
    },
  };
}

/**
 * Output options of the autoloader (dist/bpl.js): each component a file of its own, fetched the first time its
 * tag appears, with Lit and the core together in one shared file (`<prefix>-core-<hash>.js`), and the readers
 * (`<prefix>-adapters-<hash>.js`), the English texts and sync in files a page fetches only when it needs them.
 * English is a file per component (with the core's in the core's): one file of all of them would import every
 * component's strings, and so every component.
 */
export function autoloaderRollupOptions(prefix) {
  return {
    // bpl.js exports `observeRoot`; nothing imports the autoloader, so its signature may be extended.
    preserveEntrySignatures: 'allow-extension',
    output: {
      codeSplitting: {
        groups: [
          {
            name: 'adapters',
            test: /src[\\/]core[\\/]adapters[\\/](?!kolada-page)/,
            priority: 3,
            includeDependenciesRecursively: false,
          },
          {
            name: 'core',
            test: /src[\\/]core[\\/](?!sync\.ts|i18n[\\/]en\.ts)|node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]|rolldown|\0/,
            priority: 1,
            includeDependenciesRecursively: false,
          },
        ],
      },
      chunkFileNames: `${prefix}-[name]-[hash].js`,
    },
  };
}

/**
 * Deletes `<prefix>-*.js` from a folder before a build: the on-demand files carry a hash in their names, and
 * the outputs that keep their folder (dist/, dist/standalone/) would otherwise gather old ones (which the size
 * budgets, measured by glob, would add up).
 */
export function cleanOnDemand(dir, prefix) {
  return {
    name: 'bpl-clean-on-demand',
    apply: 'build',
    buildStart() {
      if (!existsSync(dir)) return;
      for (const file of readdirSync(dir))
        if (file.startsWith(`${prefix}-`) && file.endsWith('.js')) rmSync(join(dir, file));
    },
  };
}
