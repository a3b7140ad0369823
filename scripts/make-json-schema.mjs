// Writes schema/dataset.schema.json and schema/structure.schema.json from the zod schemas.
// `node scripts/make-json-schema.mjs --check` exits 1 when the committed files have drifted.
import { build } from 'esbuild';
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const out = await build({
  entryPoints: [resolve(root, 'src/core/schema/json-schema.ts')],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'error',
});
const code = out.outputFiles[0].text;
const { jsonSchemas, runtimeModule } = await import(
  `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
);
const schemas = jsonSchemas();
const check = process.argv.includes('--check');
let drift = false;
mkdirSync(resolve(root, 'schema'), { recursive: true });
for (const [name, schema] of Object.entries(schemas)) {
  const file = resolve(root, 'schema', `${name}.schema.json`);
  const text = `${JSON.stringify(schema, null, 2)}\n`;
  if (check) {
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
      console.error(`${file} is out of date: run npm run schema`);
      drift = true;
    }
  } else writeFileSync(file, text);
}
const moduleFile = resolve(root, 'src/core/schema/generated.ts');
const moduleText = runtimeModule();
if (check) {
  if (!existsSync(moduleFile) || readFileSync(moduleFile, 'utf8') !== moduleText) {
    console.error(`${moduleFile} is out of date: run npm run schema`);
    drift = true;
  }
} else writeFileSync(moduleFile, moduleText);
process.exit(drift ? 1 : 0);
