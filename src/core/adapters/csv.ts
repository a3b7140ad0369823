import type { DataIssue } from '../errors.js';
import type { DatasetInput } from '../schema/dataset.js';

/**
 * A tidy CSV: one observation a row, `area,period,group,value,…`, comma or semicolon separated, decimal comma
 * accepted. Optional columns: `indicator`, `title`, `unit`, `polarity`, `status`, `n`, `ci_low`, `ci_high`.
 * Swedish column names (`kommun`, `år`, `kön`, `värde`) are understood too.
 */

const COLUMN_ALIASES: Record<string, string> = {
  area: 'area',
  area_code: 'area',
  kod: 'area',
  kommun: 'area',
  kommunkod: 'area',
  municipality: 'area',
  municipality_code: 'area',
  region: 'area',
  period: 'period',
  year: 'period',
  år: 'period',
  ar: 'period',
  läsår: 'period',
  school_year: 'period',
  group: 'group',
  grupp: 'group',
  kön: 'group',
  gender: 'group',
  value: 'value',
  värde: 'value',
  varde: 'value',
  status: 'status',
  n: 'n',
  antal: 'n',
  ci_low: 'ciLow',
  ki_låg: 'ciLow',
  ci_high: 'ciHigh',
  ki_hög: 'ciHigh',
  indicator: 'indicator',
  indikator: 'indicator',
  kpi: 'indicator',
  title: 'title',
  titel: 'title',
  unit: 'unit',
  enhet: 'unit',
  polarity: 'polarity',
};

const GROUPS: Record<string, 'total' | 'girls' | 'boys'> = {
  total: 'total',
  totalt: 'total',
  t: 'total',
  alla: 'total',
  samtliga: 'total',
  girls: 'girls',
  flickor: 'girls',
  k: 'girls',
  kvinnor: 'girls',
  boys: 'boys',
  pojkar: 'boys',
  m: 'boys',
  män: 'boys',
};

const STATUSES: Record<string, 'preliminary' | 'suppressed' | 'missing'> = {
  preliminary: 'preliminary',
  preliminär: 'preliminary',
  prel: 'preliminary',
  suppressed: 'suppressed',
  sekretess: 'suppressed',
  undertryckt: 'suppressed',
  missing: 'missing',
  saknas: 'missing',
};

/** Markers statistics offices use for "no value". */
const MISSING_MARKERS = new Set(['', '..', '.', '-', '–', '—', 'na', 'n/a', 'null', 'saknas']);

/** Splits CSV text into rows of fields (RFC 4180 quoting), with the delimiter detected from the header. */
export function parseCsvRows(text: string): { rows: string[][]; delimiter: ',' | ';' | '\t' } {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const counts = { ',': 0, ';': 0, '\t': 0 } as Record<',' | ';' | '\t', number>;
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch as ',' | ';' | '\t']++;
  }
  const delimiter = (Object.entries(counts) as [',' | ';' | '\t', number][]).reduce((a, b) =>
    b[1] > a[1] ? b : a,
  )[0];
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (body[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else field += ch;
    } else if (ch === '"' && field === '') inQuotes = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return { rows: rows.filter((r) => r.some((f) => f.trim() !== '')), delimiter };
}

/** A number written the Swedish or the English way: `12,5`, `12.5`, `1 234,5`, `−3`. */
export function parseLocaleNumber(raw: string): number | undefined {
  const s = raw
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/^[\u2212\u2013]/, '-')
    .replace(/%$/, '');
  if (!/^[-+]?(\d+([.,]\d+)?|[.,]\d+)([eE][-+]?\d+)?$/.test(s)) return undefined;
  const n = Number(s.replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

/** True when the text looks like a CSV with at least an area, a period and a value column. */
export function looksLikeCsv(text: string): boolean {
  const { rows } = parseCsvRows(text.slice(0, 2000));
  const header = rows[0]?.map(normaliseColumn) ?? [];
  return ['area', 'period', 'value'].every((c) => header.includes(c));
}

function normaliseColumn(name: string): string {
  const key = name.trim().toLowerCase().replace(/\s+/g, '_');
  return COLUMN_ALIASES[key] ?? key;
}

export interface CsvResult {
  dataset?: DatasetInput;
  issues: DataIssue[];
}

type IndicatorInput = DatasetInput['indicators'][number];

export function fromCsv(text: string, fallbackIndicator = 'indikator'): CsvResult {
  const { rows } = parseCsvRows(text);
  const issues: DataIssue[] = [];
  if (rows.length === 0) return { issues: [{ path: ['csv'], kind: 'required', params: { what: 'header' } }] };
  const header = rows[0]!.map(normaliseColumn);
  for (const needed of ['area', 'period', 'value']) {
    if (!header.includes(needed))
      issues.push({ path: ['csv', 1, needed], kind: 'required', params: { what: 'column' } });
  }
  if (issues.length) return { issues };
  const col = (name: string) => header.indexOf(name);
  const indicators = new Map<string, IndicatorInput>();
  rows.slice(1).forEach((cells, r) => {
    const line = r + 2;
    const get = (name: string) => {
      const i = col(name);
      return i < 0 ? undefined : (cells[i] ?? '').trim();
    };
    const id = get('indicator') || fallbackIndicator;
    let indicator = indicators.get(id);
    if (!indicator) {
      const unit = get('unit');
      const polarity = get('polarity');
      indicator = {
        id,
        title: get('title') || id,
        focusArea: 'other',
        unit: (unit as IndicatorInput['unit']) || 'percent',
        polarity: (polarity as IndicatorInput['polarity']) || 'higher-is-better',
        data: [],
      };
      indicators.set(id, indicator);
    }
    let area = get('area') ?? '';
    if (/^\d{1,3}$/.test(area)) area = area.padStart(4, '0');
    const period = get('period') ?? '';
    const rawGroup = (get('group') ?? 'total').toLowerCase();
    const group = rawGroup === '' ? 'total' : GROUPS[rawGroup];
    if (!group) {
      issues.push({
        path: ['csv', line, 'group'],
        kind: 'invalid-value',
        params: { allowed: ['total', 'girls', 'boys'], value: rawGroup },
      });
      return;
    }
    const rawValue = get('value') ?? '';
    let value: number | null = null;
    if (!MISSING_MARKERS.has(rawValue.toLowerCase())) {
      const parsed = parseLocaleNumber(rawValue);
      if (parsed === undefined) {
        issues.push({
          path: ['csv', line, 'value'],
          kind: 'expected-type',
          params: { expected: 'number', received: 'string', value: rawValue },
        });
        return;
      }
      value = parsed;
    }
    const obs: IndicatorInput['data'][number] = { area, period, group, value };
    const rawStatus = (get('status') ?? '').toLowerCase();
    if (rawStatus) {
      const status = STATUSES[rawStatus];
      if (!status) {
        issues.push({
          path: ['csv', line, 'status'],
          kind: 'invalid-value',
          params: { allowed: ['preliminary', 'suppressed', 'missing'], value: rawStatus },
        });
        return;
      }
      obs.status = status;
    } else if (value === null) obs.status = 'missing';
    const n = get('n');
    if (n) {
      const parsed = parseLocaleNumber(n);
      if (parsed === undefined || !Number.isInteger(parsed) || parsed < 0) {
        issues.push({
          path: ['csv', line, 'n'],
          kind: 'expected-type',
          params: { expected: 'integer', received: 'string', value: n },
        });
        return;
      }
      obs.n = parsed;
    }
    const lo = get('ciLow');
    const hi = get('ciHigh');
    if (lo && hi) {
      const a = parseLocaleNumber(lo);
      const b = parseLocaleNumber(hi);
      if (a === undefined || b === undefined) {
        issues.push({
          path: ['csv', line, 'ci'],
          kind: 'expected-type',
          params: { expected: 'number', received: 'string', value: `${lo}–${hi}` },
        });
        return;
      }
      obs.ci = [a, b];
    }
    indicator.data.push(obs);
  });
  if (issues.length) return { issues };
  return {
    issues,
    dataset: {
      meta: { title: indicators.size === 1 ? String([...indicators.values()][0]!.title) : 'CSV' },
      indicators: [...indicators.values()],
    },
  };
}
