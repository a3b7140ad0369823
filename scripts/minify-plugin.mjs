import { transform } from 'esbuild';

/**
 * Vite's ES library mode keeps whitespace (so consumers' bundlers can tree-shake); the files a browser
 * loads directly (dist/bpl.js, dist/standalone/*) are minified fully here, after Vite is done.
 */
export function minifyChunks() {
  return {
    name: 'bpl-minify-chunks',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const result = await transform(chunk.code, {
          minify: true,
          format: 'esm',
          target: 'es2022',
          legalComments: 'none',
        });
        chunk.code = result.code;
      }
    },
  };
}
