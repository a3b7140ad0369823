import { fromLongTable } from './table.js';
import type { Converted, Dim, LongTable, TableOptions } from './table.js';

/**
 * PxWeb's JSON faces: JSON-stat 2.0 (PxWebApi 2's default, and API v1 with `"format": "json-stat2"`),
 * JSON-stat 1 (API v1's `json-stat`: `{ "dataset": { … } }`), and API v1's own JSON (`columns`, `data: [{ key,
 * values }]`, values as text, `..` for missing). Each becomes a long table (table.ts).
 */

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => !!v && typeof v === 'object' && !Array.isArray(v);

/** JSON-stat 2.0: `class: "dataset"` with `id`, `size`, `dimension` and `value`. */
export function isJsonStat2(value: unknown): value is Loose {
  return (
    isObject(value) &&
    (value.class === 'dataset' || value.version === '2.0') &&
    Array.isArray(value.id) &&
    Array.isArray(value.size) &&
    isObject(value.dimension)
  );
}

/** JSON-stat 1 as PxWeb API v1 writes it: `{ "dataset": { "dimension": { "id": […], "size": […] }, "value": […] } }`. */
export function isJsonStat1(value: unknown): value is Loose {
  if (!isObject(value)) return false;
  const ds = value.dataset;
  return isObject(ds) && isObject(ds.dimension) && Array.isArray((ds.dimension as Loose).id);
}

/** PxWeb API v1's JSON: `{ columns: [{ code, text, type }], data: [{ key: […], values: […] }] }`. */
export function isPxWebJson(value: unknown): value is Loose {
  return isObject(value) && Array.isArray(value.columns) && Array.isArray(value.data);
}

/** True for any PxWeb JSON face. */
export function isPxWeb(value: unknown): boolean {
  return isJsonStat2(value) || isJsonStat1(value) || isPxWebJson(value);
}

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
/** A code as text: strings and numbers only (a malformed answer's objects are no codes). */
const code = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

interface Cube {
  label?: string;
  source?: string;
  updated?: string;
  ids: string[];
  sizes: number[];
  dimension: Loose;
  role: Loose;
  value: unknown;
  status: unknown;
}

function categoryCodes(category: Loose, size: number): string[] {
  const index = category.index;
  if (Array.isArray(index)) return index.map(code);
  if (isObject(index)) {
    const out: string[] = [];
    for (const [code, i] of Object.entries(index)) if (typeof i === 'number') out[i] = code;
    return out;
  }
  // A dimension with one category may give only its label.
  if (isObject(category.label)) return Object.keys(category.label);
  return Array.from({ length: size }, (_, i) => String(i));
}

function cubeToTable(cube: Cube, format: 'jsonstat' | 'jsonstat1'): LongTable {
  const { ids, sizes } = cube;
  const roles = (name: string) =>
    Array.isArray(cube.role[name]) ? (cube.role[name] as unknown[]).map(String) : [];
  const time = roles('time');
  const geo = roles('geo');
  const metric = roles('metric');
  const dims = ids.map((id, d): Dim & { list: string[] } => {
    const dim = isObject(cube.dimension[id]) ? (cube.dimension[id] as Loose) : {};
    const category = isObject(dim.category) ? dim.category : {};
    const list = categoryCodes(category, sizes[d] ?? 0);
    const labels = new Map<string, string>();
    if (isObject(category.label))
      for (const [k, v] of Object.entries(category.label)) if (typeof v === 'string') labels.set(k, v);
    const units = new Map<string, { label?: string; decimals?: number }>();
    if (isObject(category.unit))
      for (const [k, v] of Object.entries(category.unit))
        if (isObject(v))
          units.set(k, {
            label: text(v.label) ?? text(v.base) ?? text(v.symbol),
            decimals: typeof v.decimals === 'number' ? v.decimals : undefined,
          });
    const hint = time.includes(id)
      ? 'period'
      : geo.includes(id)
        ? 'area'
        : metric.includes(id)
          ? 'indicator'
          : undefined;
    return { name: text(dim.label) ?? id, hint, codes: [], labels, units, list };
  });
  const total = sizes.reduce((a, b) => a * b, 1);
  const values: (number | string | null)[] = [];
  const symbols: (string | undefined)[] = [];
  const raw = cube.value;
  const status = cube.status;
  const valueAt = (i: number): unknown =>
    Array.isArray(raw) ? raw[i] : isObject(raw) ? raw[String(i)] : undefined;
  const statusAt = (i: number): string | undefined =>
    typeof status === 'string'
      ? status
      : Array.isArray(status)
        ? text(status[i])
        : isObject(status)
          ? text(status[String(i)])
          : undefined;
  const index = new Array<number>(ids.length).fill(0);
  for (let i = 0; i < total; i++) {
    // Row-major: the last dimension changes fastest.
    let rest = i;
    for (let d = ids.length - 1; d >= 0; d--) {
      const size = sizes[d] ?? 1;
      index[d] = rest % size;
      rest = Math.floor(rest / size);
    }
    dims.forEach((dim, d) => dim.codes.push(dim.list[index[d]!] ?? String(index[d])));
    const v = valueAt(i);
    values.push(typeof v === 'number' ? v : typeof v === 'string' ? v : null);
    symbols.push(statusAt(i));
  }
  return {
    format,
    title: cube.label,
    source: cube.source,
    updated: cube.updated,
    dims: dims.map(({ list: _list, ...dim }) => dim),
    values,
    symbols,
  };
}

export function jsonStatToTable(value: unknown): LongTable | undefined {
  if (isJsonStat2(value)) {
    return cubeToTable(
      {
        label: text(value.label),
        source: text(value.source),
        updated: text(value.updated),
        ids: (value.id as unknown[]).map(String),
        sizes: (value.size as unknown[]).map(Number),
        dimension: value.dimension as Loose,
        role: isObject(value.role) ? value.role : {},
        value: value.value,
        status: value.status,
      },
      'jsonstat',
    );
  }
  if (isJsonStat1(value)) {
    const ds = value.dataset as Loose;
    const dimension = ds.dimension as Loose;
    return cubeToTable(
      {
        label: text(ds.label),
        source: text(ds.source),
        updated: text(ds.updated),
        ids: (dimension.id as unknown[]).map(String),
        sizes: Array.isArray(dimension.size) ? (dimension.size as unknown[]).map(Number) : [],
        dimension,
        role: isObject(dimension.role) ? dimension.role : {},
        value: ds.value,
        status: ds.status,
      },
      'jsonstat1',
    );
  }
  return undefined;
}

/** PxWeb API v1 JSON: the `d` and `t` columns are keys, each `c` column a measure. */
export function pxWebJsonToTable(value: unknown): LongTable | undefined {
  if (!isPxWebJson(value)) return undefined;
  const columns = (value.columns as unknown[]).filter(isObject);
  const keys = columns.filter((c) => c.type !== 'c');
  const contents = columns.filter((c) => c.type === 'c');
  const meta =
    Array.isArray(value.metadata) && isObject(value.metadata[0]) ? (value.metadata[0] as Loose) : {};
  const dims: Dim[] = keys.map((c) => ({
    name: text(c.text) ?? text(c.code) ?? '?',
    hint: c.type === 't' ? 'period' : undefined,
    codes: [],
  }));
  const measure: Dim = {
    name: 'tabellinnehåll',
    hint: 'indicator',
    codes: [],
    labels: new Map(),
    units: new Map(),
  };
  for (const c of contents) {
    const code = text(c.code) ?? '?';
    measure.labels!.set(code, text(c.text) ?? code);
    if (typeof c.unit === 'string') measure.units!.set(code, { label: c.unit });
  }
  const values: (string | null)[] = [];
  for (const row of value.data as unknown[]) {
    if (!isObject(row) || !Array.isArray(row.key) || !Array.isArray(row.values)) continue;
    contents.forEach((c, m) => {
      dims.forEach((dim, d) => dim.codes.push(code((row.key as unknown[])[d])));
      measure.codes.push(text(c.code) ?? '?');
      const v = (row.values as unknown[])[m];
      values.push(typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null);
    });
  }
  return {
    format: 'pxweb-json',
    title: text(meta.label),
    source: text(meta.source),
    updated: text(meta.updated),
    dims: [...dims, measure],
    values,
  };
}

/**
 * Table metadata from API v1 (`GET` on a table: `{ title, variables: [{ code, text, values, valueTexts, time }] }`):
 * gives a v1 JSON answer, which has only codes, its labels ("0680" → "Jönköping", "1" → "män").
 */
export function applyPxWebMetadata(table: LongTable, metadata: unknown): void {
  if (!isObject(metadata) || !Array.isArray(metadata.variables)) return;
  if (!table.title && typeof metadata.title === 'string') table.title = metadata.title;
  for (const variable of metadata.variables) {
    if (!isObject(variable) || !Array.isArray(variable.values) || !Array.isArray(variable.valueTexts))
      continue;
    const name = text(variable.text);
    const dim =
      table.dims.find((d) => d.name === name || d.name === variable.code) ??
      (variable.code === 'ContentsCode' ? table.dims.find((d) => d.hint === 'indicator') : undefined);
    if (!dim) continue;
    dim.labels ??= new Map();
    variable.values.forEach((code: unknown, i: number) => {
      const label = (variable.valueTexts as unknown[])[i];
      if (typeof code === 'string' && typeof label === 'string' && !dim.labels!.has(code))
        dim.labels!.set(code, label);
    });
    if (variable.time === true) dim.hint = 'period';
  }
}

/** Reads any PxWeb JSON face into a dataset, with what was recognised. */
export function fromPxWeb(
  value: unknown,
  metadata?: unknown,
  options: TableOptions = {},
): Converted | undefined {
  const table = jsonStatToTable(value) ?? pxWebJsonToTable(value);
  if (!table) return undefined;
  if (metadata !== undefined) applyPxWebMetadata(table, metadata);
  return fromLongTable(table, options);
}
