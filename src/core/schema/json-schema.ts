import * as z from './zod.js';
import { Dataset, Structure } from './contract.js';
import { FORMATS } from './formats.js';

const BASE = 'https://bastaplatsen.github.io/viz/schema';

/**
 * The published JSON Schemas, generated from the zod schemas (what an analyst may write: defaults may be
 * left out). Cross-field rules (duplicates, references, cycles) live only in zod and are checked by the
 * components; the JSON Schema covers shapes, enums and patterns.
 */
export function jsonSchemas(): Record<'dataset' | 'structure', Record<string, unknown>> {
  const make = (schema: z.ZodMiniType, id: string, title: string, description: string) => ({
    ...z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }),
    $id: `${BASE}/${id}`,
    title,
    description,
  });
  return {
    dataset: make(
      Dataset,
      'dataset.schema.json',
      'Indikatordata – Bästa platsen att leva på, barn och unga',
      'Indicator dataset for @bastaplatsen/viz: metadata, indicators and their observations by area, period and group.',
    ),
    structure: make(
      Structure,
      'structure.schema.json',
      'Samverkansstruktur – Bästa platsen att leva på, barn och unga',
      'Collaboration structure for @bastaplatsen/viz: bodies, their levels and sectors, and how they relate.',
    ),
  };
}

const DOCUMENTATION_KEYS = new Set(['$schema', '$id', 'title', 'description']);

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !DOCUMENTATION_KEYS.has(key))
        .map(([key, v]) => [
          key,
          key === 'properties'
            ? Object.fromEntries(Object.entries(v as object).map(([k, p]) => [k, strip(p)]))
            : strip(v),
        ]),
    );
  }
  return value;
}

/**
 * The TypeScript module the run-time validator imports: the same schemas without documentation, with every
 * `$ref` replaced by the definition itself and every sub-schema that occurs more than once written once, as
 * a constant. A bundle with only one reader carries only what its root reaches; the minifier shortens the
 * constants' names, so a shared definition costs a letter where it is used.
 */
export function runtimeModule(): string {
  const { dataset, structure } = strip(jsonSchemas()) as Record<
    'dataset' | 'structure',
    Record<string, unknown>
  >;
  const defs: Record<string, unknown> = { ...dataset!.$defs!, ...structure!.$defs! };
  const roots: Record<string, unknown> = { DATASET_SCHEMA: dataset, STRUCTURE_SCHEMA: structure };
  for (const root of Object.values(roots)) delete (root as Record<string, unknown>).$defs;
  // What the run-time validator understands (`JsonSchema`); anything else would be silently ignored there.
  const KNOWN = new Set([
    ...['$ref', 'type', 'properties', 'required', 'additionalProperties', 'items', 'prefixItems', 'anyOf'],
    ...['enum', 'const', 'minLength', 'maxLength', 'minItems', 'maxItems', 'minimum', 'maximum'],
    ...['exclusiveMinimum', 'multipleOf', 'pattern', 'default'],
  ]);
  const formatOf = (source: string): string => {
    const found = Object.entries(FORMATS).find(([, f]) => f.pattern.source === source);
    if (!found) throw new Error(`the pattern ${source} is not one of FORMATS`);
    return found[0];
  };
  // Resolve references (the contract has no recursive definitions); patterns become format names.
  const DATA = new Set(['enum', 'const', 'default', 'required']);
  const inline = (schema: unknown): unknown => {
    if (Array.isArray(schema)) return schema.map(inline);
    if (!schema || typeof schema !== 'object') return schema;
    const ref = (schema as { $ref?: string }).$ref;
    if (ref) return inline(defs[ref.replace('#/$defs/', '')]);
    return Object.fromEntries(
      Object.entries(schema).map(([k, v]) => {
        if (!KNOWN.has(k)) throw new Error(`the run-time validator does not know the keyword ${k}`);
        if (k === 'pattern') return ['format', formatOf(v as string)];
        if (k === 'properties')
          return [k, Object.fromEntries(Object.entries(v as object).map(([p, s]) => [p, inline(s)]))];
        return [k, DATA.has(k) ? v : inline(v)];
      }),
    );
  };

  // Count every schema object (not `properties` maps), then name those that occur twice or more.
  const counts = new Map<string, number>();
  const visit = (value: unknown, isSchema: boolean): void => {
    if (Array.isArray(value)) return value.forEach((v) => visit(v, isSchema));
    if (!value || typeof value !== 'object') return;
    if (isSchema) {
      const key = JSON.stringify(value);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    for (const [k, v] of Object.entries(value))
      visit(v, k === 'properties' ? false : !['enum', 'default', 'const', 'required'].includes(k));
  };
  const resolved = Object.fromEntries(Object.entries(roots).map(([k, v]) => [k, inline(v)]));
  for (const root of Object.values(resolved)) visit(root, true);
  const names = new Map<string, string>();
  const lines: string[] = [];
  const write = (value: unknown, isSchema: boolean): string => {
    if (Array.isArray(value)) return `[${value.map((v) => write(v, isSchema)).join(',')}]`;
    if (!value || typeof value !== 'object') return JSON.stringify(value);
    const key = JSON.stringify(value);
    const named = names.get(key);
    if (isSchema && named) return named;
    const text = `{${Object.entries(value)
      .map(
        ([k, v]) =>
          `${JSON.stringify(k)}:${write(v, k === 'properties' ? false : !['enum', 'default', 'const', 'required'].includes(k))}`,
      )
      .join(',')}}`;
    if (!isSchema || (counts.get(key) ?? 0) < 2) return text;
    const name = `S${names.size}`;
    names.set(key, name);
    lines.push(`const ${name}: JsonSchema = ${text};`);
    return name;
  };
  const exports = Object.entries(resolved).map(
    ([name, root]) => `export const ${name}: JsonSchema = ${write(root, true)};`,
  );
  return [
    '// Generated by scripts/make-json-schema.mjs from src/core/schema/contract.ts. Do not edit: run `npm run schema`.',
    "import type { JsonSchema } from './runtime.js';",
    '',
    ...lines,
    '',
    ...exports,
    '',
  ].join('\n');
}
