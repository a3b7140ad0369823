import { BplError } from '../errors.js';
import type { DataIssue } from '../errors.js';
import { AREA_REGISTRY } from '../areas.js';
import type { Decoded } from '../loader/read.js';
import type { DatasetInput, ObservationStatus } from '../schema/dataset.js';
import { isKoladaPage } from './kolada-page.js';
import type { KoladaPage } from './kolada-page.js';
import { municipalitiesOf, swedishArea } from './area-names.js';
import { saidIssue, unitOfText, say } from './table.js';
import type { Converted, Recognition, Said } from './table.js';

export { isKoladaPage } from './kolada-page.js';
export type { KoladaPage } from './kolada-page.js';

/** Kolada's API, version 3 (v2 is shut down). */
export const KOLADA_API = 'https://api.kolada.se/v3';

export function koladaNextPage(page: KoladaPage): string | undefined {
  const next = page.next_url ?? page.next_page;
  return typeof next === 'string' && next.length > 0 ? next : undefined;
}

/** Kolada pages followed at most, so a broken `next_url` chain cannot loop. */
const MAX_KOLADA_PAGES = 50;

export interface Followed {
  pages: KoladaPage[];
  /** The address of the page that could not be fetched or read: the data is incomplete. */
  failed?: string;
}

/**
 * Follows `next_url` (or `next_page`) from a first page and returns the further pages; `fetchPage` fetches
 * and decodes an address as given in a page. Undefined, at once, when `first` is not a page with a next
 * one: the loader then reads without waiting, so elements that share the file also share its reading. A page
 * that cannot be had (a saved response whose `next_url` points at an API out of reach) ends the chain: what
 * was read is drawn, and said to be incomplete.
 */
export function koladaFollow(
  first: unknown,
  fetchPage: (next: string) => Promise<Decoded>,
): Promise<Followed> | undefined {
  const start = isKoladaPage(first) ? koladaNextPage(first) : undefined;
  return start === undefined
    ? undefined
    : (async () => {
        const pages: KoladaPage[] = [];
        let next: string | undefined = start;
        while (next && pages.length < MAX_KOLADA_PAGES) {
          let page: Decoded;
          try {
            page = await fetchPage(next);
          } catch (error) {
            // An abort (the element left, or a newer load) is no incomplete page.
            if (error instanceof DOMException && error.name === 'AbortError') throw error;
            return { pages, failed: next };
          }
          if (page.type !== 'json' || !isKoladaPage(page.value)) return { pages, failed: next };
          pages.push(page.value);
          next = koladaNextPage(page.value);
        }
        return { pages };
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
type IndicatorInput = DatasetInput['indicators'][number];

/** A KPI as `/v3/kpi/{id}` describes it (the fields the components use). */
export interface KoladaKpi {
  id: string;
  title?: string;
  description?: string;
  operating_area?: string;
  is_divided_by_gender?: number | boolean;
  publication_date?: string;
  prel_publication_date?: string;
  ou_publication_date?: string;
  publ_period?: string | number;
  perspective?: string;
  municipality_type?: string;
  has_ou_data?: boolean;
}

/** The KPIs in a metadata answer: `{ values: [ … ] }` (v3, paged like the data), a list, or one KPI. */
export function koladaKpis(metadata: unknown): KoladaKpi[] {
  const list = Array.isArray(metadata)
    ? metadata
    : metadata && typeof metadata === 'object' && Array.isArray((metadata as { values?: unknown }).values)
      ? (metadata as { values: unknown[] }).values
      : metadata && typeof metadata === 'object'
        ? [metadata]
        : [];
  return list.filter(
    (k): k is KoladaKpi => !!k && typeof k === 'object' && typeof (k as { id?: unknown }).id === 'string',
  );
}

/** True for a Kolada KPI metadata answer (`/v3/kpi/…`): KPIs with titles, no data values. */
export function isKoladaKpiList(value: unknown): boolean {
  const kpis = koladaKpis(value);
  return kpis.length > 0 && kpis.every((k) => /^[A-Z]\d{5}$/.test(k.id) && typeof k.title === 'string');
}

export interface KoladaOptions {
  /** The KPIs' metadata (`/v3/kpi/{ids}`); undefined when it could not be had (then said in the source). */
  metadata?: unknown;
  /** The address of a further page that could not be had. */
  failed?: string;
  /** The `next_url` of a saved page that was not followed: the data is incomplete too. */
  unfollowed?: string;
  /** The description was asked for (and could not be had); false for a file read alone. */
  metadataTried?: boolean;
}

export interface KoladaResult extends Converted {
  dataset?: DatasetInput;
}

/** The date part of Kolada's publication date ("2024-03-20" or "2024-03-20T00:00:00"). */
const isoDate = (value: unknown) =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined;

export function fromKolada(pages: readonly KoladaPage[], options: KoladaOptions = {}): KoladaResult {
  const issues: DataIssue[] = [];
  const byKpi = new Map<string, ObservationInput[]>();
  let deleted = 0;
  const groups = new Set<string>();
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
      if ((row as { isdeleted?: unknown }).isdeleted === true) {
        deleted += Array.isArray(row.values) ? row.values.length : 1;
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
      // Kolada's municipality groups (G…) and units: no area of the charts, said at the row.
      if (!/^\d{4}$/.test(area)) {
        if (!groups.has(area))
          issues.push(
            saidIssue(
              at('municipality'),
              say(
                `${area} är ingen kommun eller region: Koladas grupper (G…) visas inte i diagrammen`,
                `${area} is no municipality or region: Kolada\u2019s groups (G…) are not shown in the charts`,
              ),
            ),
          );
        groups.add(area);
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
        const { gender, value, status, isdeleted } = cell as Record<string, unknown>;
        if (isdeleted === true) {
          deleted++;
          return;
        }
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
        // Kolada's `count` is how many values an aggregate is made of, not a number of people: not `n`.
        const obs: ObservationInput = { area, period, group, value: numeric };
        const said = typeof status === 'string' ? status : '';
        const s: ObservationStatus | undefined =
          numeric === null
            ? /sekretess|suppress|dold|secret/i.test(said)
              ? 'suppressed'
              : 'missing'
            : /prel/i.test(said)
              ? 'preliminary'
              : undefined;
        if (s) obs.status = s;
        list.push(obs);
      });
    });
  });
  const kpis = new Map(koladaKpis(options.metadata).map((k) => [k.id, k]));
  const notes: Said[] = [];
  if (deleted)
    notes.push(
      say(
        `${deleted} värden som Kolada markerat som borttagna (isdeleted) lästes inte.`,
        `${deleted} values Kolada marks as deleted (isdeleted) were left out.`,
      ),
    );
  const metaMissing = [...byKpi.keys()].filter((k) => !kpis.has(k));
  // A saved file alone has no description: that is said as such, not as a fetch that failed.
  const tried = options.metadataTried !== false;
  if (metaMissing.length)
    notes.push(
      say(
        `Koladas beskrivning av nyckeltalet (${metaMissing.join(', ')}) ${tried ? 'kunde inte hämtas' : 'finns inte i filen'}: titeln är nyckeltalets id och enheten anges inte.`,
        `Kolada's description of the KPI (${metaMissing.join(', ')}) ${tried ? 'could not be fetched' : 'is not in the file'}: the title is the KPI's id and no unit is given.`,
      ),
    );
  const n = pages.length;
  const more = options.failed ?? options.unfollowed;
  if (more)
    notes.push(
      say(
        `Data är ofullständig: Kolada-svaret har fler sidor, men ${more} ${options.failed ? 'kunde inte hämtas' : 'lästes inte (hämta allt med bpl-data kolada)'}. Bara ${n} ${n === 1 ? 'sida' : 'sidor'} visas.`,
        `The data is incomplete: the Kolada answer has more pages, but ${more} ${options.failed ? 'could not be fetched' : 'was not read (fetch it all with bpl-data kolada)'}. Only ${n} ${n === 1 ? 'page is' : 'pages are'} shown.`,
      ),
    );
  const recognition: Recognition = {
    format: 'kolada',
    columns: [
      { name: 'municipality', role: 'area' },
      { name: 'period', role: 'period' },
      {
        name: 'gender',
        role: 'group',
        detail: say(
          'T → totalt, K → flickor/kvinnor, M → pojkar/män',
          'T → total, K → girls/women, M → boys/men',
        ),
      },
      { name: 'kpi', role: 'indicator' },
      { name: 'value', role: 'value' },
    ],
    markers: [],
    notes,
    indicators: byKpi.size,
    observations: [...byKpi.values()].reduce((n, d) => n + d.length, 0),
  };
  if (issues.length) return { issues, recognition };

  // What a reader must know is said in the source line, which every component shows: the KPI's description
  // that could not be had, and pages that are missing.
  const incomplete = more
    ? {
        sv: ` – ofullständig: bara ${n} ${n === 1 ? 'sida' : 'sidor'} av svaret`,
        en: ` – incomplete: only ${n} ${n === 1 ? 'page' : 'pages'} of the answer`,
      }
    : { sv: '', en: '' };
  const indicators: IndicatorInput[] = [...byKpi].map(([id, data]) => {
    const kpi = kpis.get(id);
    const source = {
      name: kpi
        ? { sv: `Kolada${incomplete.sv}`, en: `Kolada${incomplete.en}` }
        : {
            sv: `Kolada (uppgifter om nyckeltalet ${tried ? 'kunde inte hämtas' : 'saknas'})${incomplete.sv}`,
            en: `Kolada (the KPI\u2019s description ${tried ? 'could not be fetched' : 'is missing'})${incomplete.en}`,
          },
      url: `https://www.kolada.se/verktyg/fri-sokning/?kpis=${id}`,
      kolada: id,
    };
    // The unit only as the KPI's title states it ("…, andel (%)"); otherwise a neutral value, never a
    // guessed percentage. No polarity and no goal: Kolada knows neither.
    const unit = (kpi && unitOfText(kpi.title)) || 'value';
    return {
      id,
      title: kpi?.title ?? id,
      ...(kpi?.description ? { description: kpi.description } : {}),
      focusArea: 'other',
      unit,
      source,
      data,
    } as IndicatorInput;
  });
  const registry = new Set(AREA_REGISTRY.map((a) => a.code));
  const codes = [...new Set(indicators.flatMap((i) => i.data.map((o) => o.area)))].sort();
  const areas = codes
    .filter((code) => !registry.has(code))
    .map((code) => swedishArea(code))
    .filter((a) => a !== undefined)
    .map((a) => ({ code: a.code, name: a.name, level: a.level, ...(a.county ? { county: a.county } : {}) }));
  const only = indicators.length === 1 ? indicators[0]! : undefined;
  const updated = only ? isoDate(kpis.get(only.id)?.publication_date) : undefined;
  return {
    issues,
    recognition,
    dataset: {
      meta: {
        title: only ? only.title : 'Kolada',
        ...(updated ? { updated } : {}),
        source: {
          name: { sv: `Kolada${incomplete.sv}`, en: `Kolada${incomplete.en}` },
          url: 'https://www.kolada.se',
        },
        ...(notes.length ? { notes: notes.map((n) => ({ sv: n.sv, en: n.en })) } : {}),
      },
      ...(areas.length ? { areas } : {}),
      indicators,
    },
  };
}

/** The Kolada KPIs of a page set, for the metadata request. */
export function koladaKpiIds(pages: readonly KoladaPage[]): string[] {
  const ids = new Set<string>();
  for (const page of pages)
    for (const row of page.values)
      if (row && typeof row.kpi === 'string' && /^[A-Z]\d{5}$/.test(row.kpi)) ids.add(row.kpi);
  return [...ids];
}

export interface KoladaQuery {
  kpis: readonly string[];
  areas: readonly string[];
  years?: readonly number[];
  api?: string;
}

/** The data address: `/v3/data/kpi/{kpis}/municipality/{areas}[/year/{years}]`. */
export function koladaDataUrl(q: KoladaQuery): string {
  const base = (q.api ?? KOLADA_API).replace(/\/+$/, '');
  const years = q.years?.length ? `/year/${q.years.join(',')}` : '';
  return `${base}/data/kpi/${q.kpis.join(',')}/municipality/${q.areas.join(',')}${years}`;
}

/** The KPIs' description: `/v3/kpi/{kpis}`. */
export function koladaKpiUrl(kpis: readonly string[], api = KOLADA_API): string {
  return `${api.replace(/\/+$/, '')}/kpi/${kpis.join(',')}`;
}

/**
 * The areas and years a `kolada` element asks Kolada for, from its own attributes: a map, its county's
 * municipalities (`county`, the area's, or Jönköpings län's); another component, its `area` with `compare`
 * (default the area's county); always Riket. Years from `from` to `to` (at most 25, Kolada's limit), else all.
 */
export function koladaQuery(host: Element): { areas: string[]; years?: number[] } {
  const attr = (name: string) => host.getAttribute(name)?.trim() || undefined;
  const codes = (value: string | undefined) => (value ?? '').split(/[\s,]+/).filter((c) => /^\d{4}$/.test(c));
  const area = attr('area');
  const areas = new Set<string>();
  const county = attr('county');
  if (host.localName === 'bpl-municipality-map' || county) {
    // A map shows a county's municipalities: the one named, the area's, or Jönköpings län's.
    const cc = county ?? (area && area.slice(0, 2) !== '00' ? area.slice(0, 2) : '06');
    for (const code of municipalitiesOf(cc)) areas.add(code);
    if (cc !== 'all') areas.add(`00${cc.slice(-2)}`);
  } else if (area) {
    areas.add(area);
    const compare = attr('compare');
    if (compare === undefined) {
      if (area.slice(0, 2) !== '00') areas.add(`00${area.slice(0, 2)}`);
    } else if (compare !== 'none') for (const c of codes(compare)) areas.add(c);
  } else {
    for (const code of municipalitiesOf('06')) areas.add(code);
    areas.add('0006');
  }
  areas.add('0000');
  const year = (p: string | undefined) => (p && /^\d{4}/.test(p) ? Number(p.slice(0, 4)) : undefined);
  const from = year(attr('from'));
  const to = year(attr('to'));
  const years =
    from !== undefined && to !== undefined && to >= from && to - from < 25
      ? Array.from({ length: to - from + 1 }, (_, i) => from + i)
      : undefined;
  return { areas: [...areas], years };
}

/** Time allowed for Kolada's description of a KPI: without it the chart is drawn all the same, and says so. */
const KOLADA_META_TIMEOUT_MS = 8000;

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/**
 * What the loader reads beside a Kolada page: the further pages (`next_url`) and, when `describe` (the
 * `kolada` attribute, or a `kolada-api` given for a saved file), the description of its KPIs (`/v3/kpi/{ids}`:
 * title, unit), fetched side by side. A saved file is not made to call Kolada unasked. A page or a description that cannot be had is said
 * (incomplete data, a neutral unit), never a reason to draw nothing.
 */
export async function koladaExtras(
  first: KoladaPage,
  fetchText: (at: string, timeoutMs?: number) => Promise<string>,
  api?: string,
  describe = true,
): Promise<{ pages?: KoladaPage[]; failed?: string; metadata?: unknown }> {
  const following = koladaFollow(first, async (next) => ({
    type: 'json',
    value: JSON.parse(await fetchText(next)) as unknown,
  }));
  const ids = koladaKpiIds([first]);
  const metadata =
    describe && ids.length
      ? fetchText(koladaKpiUrl(ids, api), KOLADA_META_TIMEOUT_MS).then(
          (text) => JSON.parse(text) as unknown,
          (error: unknown) => {
            if (isAbort(error)) throw error;
            return undefined;
          },
        )
      : undefined;
  const more = following ? await following : undefined;
  // No `metadata` key when none was asked for: the reader then says the file lacks it, not that it failed.
  return describe
    ? { pages: more?.pages, failed: more?.failed, metadata: await metadata }
    : { pages: more?.pages, failed: more?.failed };
}

/** The data address for the `kolada` attribute: KPI ids (`N15428`, comma-separated), checked, and the element's
 * areas and years. */
export function koladaElementUrl(kolada: string, host: Element, api?: string): string {
  const kpis = kolada.split(/[\s,]+/).filter(Boolean);
  const bad = kpis.find((k) => !/^[A-Z]\d{5}$/.test(k));
  if (bad) throw new BplError('invalid-attribute', { attribute: 'kolada', value: bad });
  return koladaDataUrl({ kpis, ...koladaQuery(host), api });
}
