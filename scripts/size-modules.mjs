// `node scripts/size-modules.mjs [entry]`: where the bytes of a bundle come from. Bundles the entry
// (default src/bundle.ts, i.e. dist/bpl.js) with esbuild and prints, per source module, its minified bytes in
// the bundle and its size minified and gzipped alone. The per-module gzip figures over-count (each module is
// compressed without the others): they rank modules, and the "whole" line gives the real total. For the sizes
// that gate, run `npm run bench`.
import { build, transform } from 'esbuild';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const entry = process.argv[2] ?? 'src/bundle.ts';
const result = await build({
  entryPoints: [entry],
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  metafile: true,
  tsconfig: 'tsconfig.json',
  target: 'es2022',
  legalComments: 'none',
  outdir: 'dist/.size-modules',
  logLevel: 'error',
});
const gz = (text) => gzipSync(text, { level: 9 }).length;
const rows = [];
for (const [path, input] of Object.entries(Object.values(result.metafile.outputs)[0].inputs)) {
  if (!input.bytesInOutput) continue;
  const { code } = await transform(readFileSync(path, 'utf8'), {
    loader: path.endsWith('.ts') ? 'ts' : 'js',
    minify: true,
    format: 'esm',
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
  });
  rows.push([gz(code), input.bytesInOutput, path]);
}
rows.sort((a, b) => b[0] - a[0]);
const sum = rows.reduce((total, row) => total + row[0], 0);
console.log(
  `${entry}: whole ${gz(result.outputFiles[0].text)} B gzip -9 (esbuild); sum of modules alone ${sum} B`,
);
console.log('  gzip alone   in bundle  module');
for (const [g, bytes, path] of rows)
  console.log(`${String(g).padStart(12)} ${String(bytes).padStart(11)}  ${path}`);
