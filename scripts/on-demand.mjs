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
