import type { DataIssue } from '../errors.js';
import { formatOfPattern } from './formats.js';

/**
 * The run-time validator: a small interpreter of the JSON Schema subset that `z.toJSONSchema` produces for
 * our contract (type, properties, required, additionalProperties, items, prefixItems, anyOf, enum, const,
 * min/max lengths, items and values, pattern, default). It validates against the published schema itself,
 * fills in defaults, and reports issues in the same form as the zod path, so the components need not carry
 * zod (about 9 kB gzip) to check a file. `test/core/contract.test.ts` proves both verdicts agree.
 */

export interface JsonSchema {
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema | false;
  prefixItems?: JsonSchema[];
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
  pattern?: string;
  default?: unknown;
}

type Path = (string | number)[];
type Defs = Record<string, JsonSchema>;

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function matchesType(value: unknown, type: string): boolean {
  if (type === 'integer') return Number.isSafeInteger(value);
  if (type === 'number') return typeof value === 'number' && Number.isFinite(value);
  return typeOf(value) === type;
}

function preview(value: unknown): string {
  if (typeof value === 'string') {
    const flat = value.replace(/\s+/g, ' ');
    return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
  }
  return typeof value === 'object' && value !== null ? typeOf(value) : String(value);
}

/** zod's own test (util.floatSafeRemainder), so both validators agree on what a whole number is. */
function remainder(value: number, step: number): number {
  const ratio = value / step;
  const rounded = Math.round(ratio);
  return Math.abs(ratio - rounded) < 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1) ? 0 : ratio - rounded;
}

const patterns = new Map<string, RegExp>();

/** Returns the value with defaults filled in; pushes every problem onto `issues`. */
export function check(
  schema: JsonSchema,
  value: unknown,
  path: Path,
  issues: DataIssue[],
  defs = schema.$defs ?? {},
): unknown {
  if (schema.$ref) return check(defs[schema.$ref.slice(8)] ?? {}, value, path, issues, defs);
  if (schema.anyOf) return checkUnion(schema.anyOf, value, path, issues, defs);
  if (schema.const !== undefined) {
    if (value !== schema.const) {
      issues.push({
        path,
        kind: 'invalid-value',
        params: { allowed: [String(schema.const)], value: preview(value) },
      });
    }
    return value;
  }
  if (schema.enum) {
    // An enum names its values; "not one of these" says more than "not a string".
    if (!schema.enum.includes(value)) {
      issues.push({
        path,
        kind: 'invalid-value',
        params: { allowed: schema.enum.map(String), value: preview(value) },
      });
    }
    return value;
  }
  const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.length && !types.some((t) => matchesType(value, t))) {
    const expected = types.find((t) => t !== 'null') ?? types[0]!;
    issues.push({
      path,
      kind: 'expected-type',
      params: {
        expected,
        received: typeOf(value),
        value: preview(value),
      },
    });
    return value;
  }
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength) {
      issues.push({ path, kind: 'too-small', params: { minimum: schema.minLength, origin: 'string' } });
    } else if (schema.maxLength !== undefined && value.length > schema.maxLength) {
      issues.push({ path, kind: 'too-big', params: { maximum: schema.maxLength, origin: 'string' } });
    }
    if (schema.pattern !== undefined) {
      let regex = patterns.get(schema.pattern);
      if (!regex) patterns.set(schema.pattern, (regex = new RegExp(schema.pattern)));
      const format = formatOfPattern(schema.pattern);
      if (!regex.test(value) || (format?.extra && !format.extra(value))) {
        issues.push({
          path,
          kind: 'invalid-format',
          params: { format: format?.name ?? 'regex', value: preview(value) },
        });
      }
    }
  } else if (typeof value === 'number') {
    if (schema.multipleOf !== undefined && remainder(value, schema.multipleOf) !== 0) {
      issues.push({
        path,
        kind: 'expected-type',
        params: { expected: 'integer', received: 'number', value: preview(value) },
      });
    }
    if (schema.minimum !== undefined && value < schema.minimum) {
      issues.push({ path, kind: 'too-small', params: { minimum: schema.minimum, origin: 'number' } });
    } else if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) {
      issues.push({
        path,
        kind: 'too-small',
        params: { minimum: schema.exclusiveMinimum, origin: 'number' },
      });
    }
    if (schema.maximum !== undefined && value > schema.maximum) {
      issues.push({ path, kind: 'too-big', params: { maximum: schema.maximum, origin: 'number' } });
    } else if (schema.exclusiveMaximum !== undefined && value >= schema.exclusiveMaximum) {
      issues.push({ path, kind: 'too-big', params: { maximum: schema.exclusiveMaximum, origin: 'number' } });
    }
  } else if (Array.isArray(value)) {
    return checkArray(schema, value, path, issues, defs);
  } else if (typeOf(value) === 'object') {
    return checkObject(schema, value as Record<string, unknown>, path, issues, defs);
  }
  return value;
}

function checkArray(
  schema: JsonSchema,
  value: unknown[],
  path: Path,
  issues: DataIssue[],
  defs: Defs,
): unknown[] {
  if (schema.minItems !== undefined && value.length < schema.minItems) {
    issues.push({ path, kind: 'too-small', params: { minimum: schema.minItems, origin: 'array' } });
  } else if (schema.maxItems !== undefined && value.length > schema.maxItems) {
    issues.push({ path, kind: 'too-big', params: { maximum: schema.maxItems, origin: 'array' } });
  }
  return value.map((item, i) => {
    const itemSchema = schema.prefixItems ? schema.prefixItems[i] : schema.items;
    return itemSchema ? check(itemSchema, item, [...path, i], issues, defs) : item;
  });
}

function checkObject(
  schema: JsonSchema,
  value: Record<string, unknown>,
  path: Path,
  issues: DataIssue[],
  defs: Defs,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const properties = schema.properties ?? {};
  for (const [key, propertySchema] of Object.entries(properties)) {
    if (value[key] === undefined) {
      if (propertySchema.default !== undefined) out[key] = structuredClone(propertySchema.default);
      else if (schema.required?.includes(key)) issues.push({ path: [...path, key], kind: 'required' });
      continue;
    }
    out[key] = check(propertySchema, value[key], [...path, key], issues, defs);
  }
  for (const key of Object.keys(value)) {
    if (Object.hasOwn(properties, key)) continue;
    if (schema.additionalProperties === false) issues.push({ path: [...path, key], kind: 'unknown-key' });
    else out[key] = value[key];
  }
  return out;
}

/** The first branch that passes wins; otherwise the branch that got furthest is reported, as zod does. */
function checkUnion(
  branches: JsonSchema[],
  value: unknown,
  path: Path,
  issues: DataIssue[],
  defs: Defs,
): unknown {
  // The branch that got furthest (deepest issues) is the one the author meant; at equal depth, a branch whose
  // type fits the value ("must not be empty") says more than one whose type does not.
  let best: { issues: DataIssue[]; score: number } | undefined;
  for (const branch of branches) {
    const found: DataIssue[] = [];
    const result = check(branch, value, path, found, defs);
    if (found.length === 0) return result;
    const typeMismatch = found.some((i) => i.kind === 'expected-type' && i.path.length === path.length);
    const score = Math.max(...found.map((i) => i.path.length)) * 2 + (typeMismatch ? 0 : 1);
    if (!best || score > best.score) best = { issues: found, score };
  }
  const mismatchOnly = best!.issues.every((i) => i.kind === 'expected-type' && i.path.length === path.length);
  if (mismatchOnly && typeOf(value) !== 'object') {
    const first = branches[0]!;
    const expected = (Array.isArray(first.type) ? first.type[0] : first.type) ?? 'object';
    issues.push({
      path,
      kind: 'expected-type',
      params: {
        expected: expected === 'string' ? 'text' : expected,
        received: typeOf(value),
        value: preview(value),
      },
    });
  } else issues.push(...best!.issues);
  return value;
}
