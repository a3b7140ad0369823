import type { DataIssue } from '../errors.js';
import { FORMATS } from './formats.js';
import type { Format, FormatName } from './formats.js';

/**
 * The run-time validator: a small interpreter of the JSON Schema subset that `z.toJSONSchema` produces for
 * our contract (type, properties, required, additionalProperties, items, prefixItems, anyOf, enum, const,
 * min/max lengths, items and values, multipleOf, default; `runtimeModule()` refuses any other keyword), with references already resolved by
 * `runtimeModule()`, which also writes each `pattern` as the name of its format in `FORMATS` (`format`), whose
 * pattern and further test apply. It validates against the published schema itself, fills in defaults, and reports issues in the same form as the zod path, so the components
 * need not carry zod (about 9 kB gzip) to check a file. `test/core/contract.test.ts` proves both agree.
 *
 * It is on the path of every first render, so it avoids allocation: one mutable path, copied only when a
 * problem is reported, and per-schema caches of property lists.
 */

export interface JsonSchema {
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
  multipleOf?: number;
  /** One of the contract's formats (in the published schema, its `pattern`). */
  format?: FormatName;
  default?: unknown;
}

type Path = (string | number)[];

interface Run {
  path: Path;
  issues: DataIssue[];
}

/** `null`, `array` or the `typeof` name: what messages call a value's type. */
export function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function matchesType(value: unknown, type: string): boolean {
  if (type === 'integer') return Number.isSafeInteger(value);
  if (type === 'number') return typeof value === 'number' && Number.isFinite(value);
  return typeOf(value) === type;
}

/** A value as a message shows it: text flattened and cut at 40 characters, objects by their type. */
export function preview(value: unknown): string {
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

const shapes = new WeakMap<JsonSchema, { keys: string[]; required: Set<string> }>();

function report(
  run: Run,
  kind: DataIssue['kind'],
  params?: Record<string, unknown>,
  key?: string | number,
): void {
  const path = key === undefined ? [...run.path] : [...run.path, key];
  run.issues.push(params ? { path, kind, params } : { path, kind });
}

/** Validates `value` against `schema`; returns it with defaults filled in and pushes problems onto `issues`. */
export function check(schema: JsonSchema, value: unknown, path: Path, issues: DataIssue[]): unknown {
  return walk(schema, value, { path: [...path], issues });
}

function walk(schema: JsonSchema, value: unknown, run: Run): unknown {
  if (schema.anyOf) return union(schema.anyOf, value, run);
  if (schema.const !== undefined) {
    if (value !== schema.const)
      report(run, 'invalid-value', { allowed: [String(schema.const)], value: preview(value) });
    return value;
  }
  if (schema.enum) {
    // An enum names its values; "not one of these" says more than "not a string".
    if (!schema.enum.includes(value))
      report(run, 'invalid-value', { allowed: schema.enum.map(String), value: preview(value) });
    return value;
  }
  const type = schema.type;
  if (
    type !== undefined &&
    !(typeof type === 'string' ? matchesType(value, type) : type.some((t) => matchesType(value, t)))
  ) {
    const expected = typeof type === 'string' ? type : (type.find((t) => t !== 'null') ?? type[0]!);
    report(run, 'expected-type', { expected, received: typeOf(value), value: preview(value) });
    return value;
  }
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength) {
      report(run, 'too-small', { minimum: schema.minLength, origin: 'string' });
    } else if (schema.maxLength !== undefined && value.length > schema.maxLength) {
      report(run, 'too-big', { maximum: schema.maxLength, origin: 'string' });
    }
    const name = schema.format;
    if (name !== undefined) {
      const format: Format = FORMATS[name];
      if (!format.pattern.test(value) || format.extra?.(value) === false)
        report(run, 'invalid-format', { format: name === 'bodyId' ? 'id' : name, value: preview(value) });
    }
    return value;
  }
  if (typeof value === 'number') {
    if (schema.multipleOf !== undefined && remainder(value, schema.multipleOf) !== 0) {
      report(run, 'expected-type', { expected: 'integer', received: 'number', value: preview(value) });
    }
    if (schema.minimum !== undefined && value < schema.minimum) {
      report(run, 'too-small', { minimum: schema.minimum, origin: 'number' });
    } else if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) {
      report(run, 'too-small', { minimum: schema.exclusiveMinimum, origin: 'number' });
    }
    if (schema.maximum !== undefined && value > schema.maximum) {
      report(run, 'too-big', { maximum: schema.maximum, origin: 'number' });
    }
    return value;
  }
  if (Array.isArray(value)) return array(schema, value, run);
  if (value !== null && typeof value === 'object')
    return object(schema, value as Record<string, unknown>, run);
  return value;
}

function array(schema: JsonSchema, value: unknown[], run: Run): unknown[] {
  if (schema.minItems !== undefined && value.length < schema.minItems) {
    report(run, 'too-small', { minimum: schema.minItems, origin: 'array' });
  } else if (schema.maxItems !== undefined && value.length > schema.maxItems) {
    report(run, 'too-big', { maximum: schema.maxItems, origin: 'array' });
  }
  const out = new Array<unknown>(value.length);
  const path = run.path;
  for (let i = 0; i < value.length; i++) {
    const itemSchema = schema.prefixItems ? schema.prefixItems[i] : schema.items;
    if (!itemSchema) {
      out[i] = value[i];
      continue;
    }
    path.push(i);
    out[i] = walk(itemSchema, value[i], run);
    path.pop();
  }
  return out;
}

function object(schema: JsonSchema, value: Record<string, unknown>, run: Run): Record<string, unknown> {
  const properties = schema.properties ?? {};
  let shape = shapes.get(schema);
  if (!shape)
    shapes.set(schema, (shape = { keys: Object.keys(properties), required: new Set(schema.required ?? []) }));
  const out: Record<string, unknown> = {};
  const path = run.path;
  for (const key of shape.keys) {
    const propertySchema = properties[key]!;
    const v = value[key];
    if (v === undefined) {
      const fallback = propertySchema.default;
      if (fallback !== undefined)
        out[key] = typeof fallback === 'object' && fallback !== null ? structuredClone(fallback) : fallback;
      else if (shape.required.has(key)) report(run, 'required', undefined, key);
      continue;
    }
    path.push(key);
    out[key] = walk(propertySchema, v, run);
    path.pop();
  }
  for (const key in value) {
    if (!Object.hasOwn(value, key) || Object.hasOwn(properties, key)) continue;
    if (schema.additionalProperties === false) report(run, 'unknown-key', undefined, key);
    else out[key] = value[key];
  }
  return out;
}

/** The first branch that passes wins; otherwise the branch that got furthest is reported, as zod does. At
 * equal depth, a branch whose type fits the value ("must not be empty") says more than one that does not. */
function union(branches: JsonSchema[], value: unknown, run: Run): unknown {
  const depth = run.path.length;
  let best: { issues: DataIssue[]; score: number } | undefined;
  for (const branch of branches) {
    const found: DataIssue[] = [];
    const result = walk(branch, value, { path: run.path, issues: found });
    if (found.length === 0) return result;
    const typeMismatch = found.some((i) => i.kind === 'expected-type' && i.path.length === depth);
    const score = Math.max(...found.map((i) => i.path.length)) * 2 + (typeMismatch ? 0 : 1);
    if (!best || score > best.score) best = { issues: found, score };
  }
  const mismatchOnly = best!.issues.every((i) => i.kind === 'expected-type' && i.path.length === depth);
  if (mismatchOnly && typeOf(value) !== 'object') {
    const first = branches[0]!;
    const expected = (Array.isArray(first.type) ? first.type[0] : first.type) ?? 'object';
    report(run, 'expected-type', {
      expected: expected === 'string' ? 'text' : expected,
      received: typeOf(value),
      value: preview(value),
    });
  } else run.issues.push(...best!.issues);
  return value;
}
