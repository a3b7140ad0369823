/* The shape of a Kolada page and its test, apart from the reader (`kolada.ts`): the loader checks a JSON
 * document with it before it fetches the readers (`dist/bpl.js` fetches them on demand). */

/**
 * Kolada API v3 (`/v3/data/kpi/{id}/municipality/{ids}`): `{ count, values: [{ kpi, municipality, period,
 * values: [{ gender: 'T'|'K'|'M', value, status, count }] }], next_url? }`. Paged: the loader follows
 * `next_url` (or v2's `next_page`) and hands every page here.
 */
export interface KoladaPage {
  values: KoladaRow[];
  next_url?: string | null;
  next_page?: string | null;
  count?: number;
}

interface KoladaRow {
  kpi?: unknown;
  municipality?: unknown;
  period?: unknown;
  values?: unknown;
}

export function isKoladaPage(input: unknown): input is KoladaPage {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return false;
  const values = (input as { values?: unknown }).values;
  return (
    Array.isArray(values) &&
    !('indicators' in input) &&
    (values.length === 0 ||
      values.some((row) => row !== null && typeof row === 'object' && 'kpi' in row && 'municipality' in row))
  );
}

/**
 * True for JSON the readers may know although it is not the contract's: a Kolada page, PxWeb's JSON-stat
 * (`class: "dataset"`, or API v1's `{ "dataset": … }`), PxWeb API v1's `columns`/`data`, or Kolada's KPI list.
 * Cheap, and in `bpl.js`: the loader fetches the readers for such a document before it reads it.
 */
export function isForeignJson(input: unknown): boolean {
  if (!input || typeof input !== 'object' || Array.isArray(input) || 'indicators' in input) return false;
  const o = input as Record<string, unknown>;
  return (
    Array.isArray(o.values) ||
    o.class === 'dataset' ||
    o.version === '2.0' ||
    (!!o.dataset && typeof o.dataset === 'object') ||
    Array.isArray(o.columns)
  );
}
