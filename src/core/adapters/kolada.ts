import type { DataIssue } from '../errors.js';
import type { Decoded } from '../loader/read.js';
import type { DatasetInput } from '../schema/dataset.js';
import { isKoladaPage } from './kolada-page.js';
import type { KoladaPage } from './kolada-page.js';

export { isKoladaPage } from './kolada-page.js';
export type { KoladaPage } from './kolada-page.js';

export function koladaNextPage(page: KoladaPage): string | undefined {
  const next = page.next_url ?? page.next_page;
  return typeof next === 'string' && next.length > 0 ? next : undefined;
}

/** Kolada pages followed at most, so a broken `next_url` chain cannot loop. */
const MAX_KOLADA_PAGES = 50;

/**
 * Follows `next_url` (or `next_page`) from a first page and returns the further pages; `fetchPage` fetches
 * and decodes an address as given in a page. Undefined, at once, when `first` is not a page with a next
 * one: the loader then reads without waiting, so elements that share the file also share its reading.
 */
export function koladaFollow(
  first: unknown,
  fetchPage: (next: string) => Promise<Decoded>,
): Promise<KoladaPage[]> | undefined {
  const start = isKoladaPage(first) ? koladaNextPage(first) : undefined;
  return start === undefined
    ? undefined
    : (async () => {
        const pages: KoladaPage[] = [];
        let next: string | undefined = start;
        while (next && pages.length < MAX_KOLADA_PAGES) {
          const page = await fetchPage(next);
          if (page.type !== 'json' || !isKoladaPage(page.value)) break;
          pages.push(page.value);
          next = koladaNextPage(page.value);
        }
        return pages;
      })();
}

/** Text for a value in a message; never calls an object's own (possibly broken) toString. */
function show(value: unknown): string {
  return value !== null && typeof value === 'object' ? describe(value) : String(value);
}

function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

const GENDER = { T: 'total', K: 'girls', M: 'boys' } as const;

type ObservationInput = DatasetInput['indicators'][number]['data'][number];

export interface KoladaResult {
  dataset?: DatasetInput;
  issues: DataIssue[];
}

export function fromKolada(pages: readonly KoladaPage[]): KoladaResult {
  const issues: DataIssue[] = [];
  const byKpi = new Map<string, ObservationInput[]>();
  pages.forEach((page, p) => {
    page.values.forEach((row, r) => {
      const at = (...rest: (string | number)[]) =>
        pages.length > 1 ? ['pages', p, 'values', r, ...rest] : ['values', r, ...rest];
      if (!row || typeof row !== 'object') {
        issues.push({
          path: at(),
          kind: 'expected-type',
          params: { expected: 'object', received: describe(row), value: show(row) },
        });
        return;
      }
      const kpi = typeof row.kpi === 'string' ? row.kpi : undefined;
      if (!kpi) {
        issues.push({ path: at('kpi'), kind: 'required' });
        return;
      }
      const area = typeof row.municipality === 'string' ? row.municipality : undefined;
      if (!area) {
        issues.push({ path: at('municipality'), kind: 'required' });
        return;
      }
      const period =
        typeof row.period === 'number' || typeof row.period === 'string' ? String(row.period) : undefined;
      if (!period) {
        issues.push({ path: at('period'), kind: 'required' });
        return;
      }
      if (!Array.isArray(row.values)) {
        issues.push({
          path: at('values'),
          kind: 'expected-type',
          params: { expected: 'array', received: describe(row.values), value: show(row.values) },
        });
        return;
      }
      const list = byKpi.get(kpi) ?? byKpi.set(kpi, []).get(kpi)!;
      row.values.forEach((cell: unknown, c: number) => {
        if (!cell || typeof cell !== 'object') {
          issues.push({
            path: at('values', c),
            kind: 'expected-type',
            params: { expected: 'object', received: describe(cell), value: show(cell) },
          });
          return;
        }
        const { gender, value, status, count } = cell as Record<string, unknown>;
        const group = typeof gender === 'string' ? GENDER[gender as keyof typeof GENDER] : undefined;
        if (!group) {
          issues.push(
            gender === undefined || gender === null
              ? { path: at('values', c, 'gender'), kind: 'required' }
              : {
                  path: at('values', c, 'gender'),
                  kind: 'invalid-value',
                  params: { allowed: ['T', 'K', 'M'], value: show(gender) },
                },
          );
          return;
        }
        const numeric = typeof value === 'number' && Number.isFinite(value) ? value : null;
        if (value !== null && value !== undefined && numeric === null) {
          issues.push({
            path: at('values', c, 'value'),
            kind: 'expected-type',
            params: { expected: 'number', received: describe(value), value: show(value) },
          });
          return;
        }
        const obs: ObservationInput = { area, period, group, value: numeric };
        if (numeric === null)
          obs.status =
            typeof status === 'string' && /sekretess|suppress/i.test(status) ? 'suppressed' : 'missing';
        if (typeof count === 'number' && Number.isInteger(count) && count >= 0) obs.n = count;
        list.push(obs);
      });
    });
  });
  if (issues.length) return { issues };
  const indicators = [...byKpi].map(([kpi, data]) => ({
    id: kpi,
    title: `Kolada ${kpi}`,
    focusArea: 'other' as const,
    unit: 'percent' as const,
    polarity: 'higher-is-better' as const,
    source: { name: 'Kolada', url: `https://www.kolada.se/verktyg/fri-sokning/?kpis=${kpi}`, kolada: kpi },
    data,
  }));
  return {
    issues,
    dataset: {
      meta: {
        title: indicators.length === 1 ? `Kolada ${indicators[0]!.id}` : 'Kolada',
        source: { name: 'Kolada', url: 'https://www.kolada.se' },
      },
      indicators,
    },
  };
}
