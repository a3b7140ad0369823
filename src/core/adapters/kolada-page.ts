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
