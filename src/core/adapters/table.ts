import type { DataIssue } from '../errors.js';
import { AREA_REGISTRY, levelOfCode } from '../areas.js';
import type { TextEncoding } from '../loader/decode.js';
import type { DatasetInput, ObservationStatus, Unit } from '../schema/dataset.js';
import { codeOfAreaName, swedishArea } from './area-names.js';

/**
 * Every statistics format the readers take (tidy CSV, Excel's CSV, PxWeb's CSV, PxWeb's JSON, JSON-stat) is
 * first turned into one long table: a record per value, with a cell per dimension (region, kön, år, the
 * contents variable, …). This module decides what each dimension is (area, period, group, indicator, or a
 * further breakdown), from its name, the source's own hints and its values, and builds the contract's dataset
 * from it, with a report of what it recognised (`Recognition`) that the builder and `bpl-data` show.
 *
 * Nothing is guessed that the data does not state: the unit comes from the source's unit or from a title that
 * says it ("andel (%)", "per 1 000 invånare"), else it is the neutral `value`; polarity and goals are never
 * set here.
 */

export type SourceFormat =
  'contract' | 'csv' | 'pxweb-csv' | 'pxweb-json' | 'jsonstat' | 'jsonstat1' | 'kolada' | 'xlsx';

export type Role =
  | 'area'
  | 'area-name'
  | 'period'
  | 'group'
  | 'indicator'
  | 'value'
  | 'status'
  | 'n'
  | 'ci-low'
  | 'ci-high'
  | 'title'
  | 'unit'
  | 'polarity'
  /** A breakdown with one value: left out. */
  | 'constant'
  /** A breakdown with a total: only the total's rows are kept. */
  | 'filter'
  /** A breakdown without a total: each value becomes an indicator of its own. */
  | 'split';

/** A localised line of the report or of a message: Swedish, and English beside it. */
export interface Said {
  sv: string;
  en: string;
}

export interface ColumnReport {
  /** The column's (or dimension's) name as the file writes it. */
  name: string;
  role: Role;
  /** What was done with it: "namn → kod", "20182019 → 2018/19", the value kept, … */
  detail?: Said;
}

export interface MarkerReport {
  marker: string;
  /**
   * What the values become; none for a symbol beside a value, which is kept as it is. SCB's "." (uppgift kan
   * inte förekomma) is missing in PxWeb's files, Skolverket's (för få elever) suppressed in CSV and Excel.
   */
  status?: ObservationStatus;
  count: number;
}

export interface Recognition {
  format: SourceFormat;
  encoding?: TextEncoding;
  delimiter?: ',' | ';' | '\t';
  /** Wide: one column per year (or per measure); long: one row per value. */
  shape?: 'long' | 'wide';
  /** The table's own title (PxWeb's title line, JSON-stat's label). */
  title?: string;
  columns: ColumnReport[];
  markers: MarkerReport[];
  /** Anything else worth saying: names read as codes, codes padded, rows left out, incomplete data. */
  notes: Said[];
  indicators: number;
  observations: number;
  /** The table names no measure (no title, no named value column): the indicators' titles are placeholders
   * that the builder and `bpl-data` ask to be filled in. */
  untitled?: boolean;
}

export interface Converted {
  dataset?: DatasetInput;
  issues: DataIssue[];
  recognition: Recognition;
}

/** One dimension (a column of a long table, or a JSON-stat dimension) with a cell per record. */
export interface Dim {
  name: string;
  /** The source says what it is (JSON-stat's `role`, PxWeb's column type). */
  hint?: 'area' | 'period' | 'group' | 'indicator';
  codes: string[];
  /** Labels by code, where the source has them. */
  labels?: Map<string, string>;
  /** Units by code (JSON-stat's `category.unit`, PxWeb's contents unit) for the indicator dimension. */
  units?: Map<string, { label?: string; decimals?: number }>;
}

/** Per-record columns of a tidy table that are not dimensions. */
export type AttributeRole = 'status' | 'n' | 'ci-low' | 'ci-high' | 'title' | 'unit' | 'polarity';

export interface LongTable {
  format: SourceFormat;
  encoding?: TextEncoding;
  delimiter?: ',' | ';' | '\t';
  shape?: 'long' | 'wide';
  title?: string;
  source?: string;
  updated?: string;
  dims: Dim[];
  /** A number, or the text of the cell (a marker such as `..`, or a number in text). */
  values: (number | string | null)[];
  /** A status symbol per record (JSON-stat's `status`), beside a null value. */
  symbols?: (string | undefined)[];
  attributes?: { name: string; role: AttributeRole; cells: string[] }[];
  /** The value column's name: in a PxWeb CSV, the contents variable ("Andel (%)"). */
  valueName?: string;
  /** Columns and rows left out before this point, said in the report. */
  notes?: Said[];
  /** Issues found while making the table (a cell in a row that is too short, …). */
  issues?: DataIssue[];
  /** The line in the file of each record, for messages (CSV). */
  lines?: number[];
}

// ---------------------------------------------------------------------------------------------------------
// Names, codes and values

/** A column name reduced for comparison: lower case, spaces as `_`, no surrounding quotes or units. */
export function normaliseName(name: string): string {
  return name.normalize('NFC').trim().toLowerCase().replace(/\s+/g, '_');
}

const AREA_CODE_NAMES =
  /^(area|area_?code|kod|kommunkod|kommun_?kod|kommunnummer|kommunnr|kommun_?nr|kommun-?kod|länskod|lanskod|län_?kod|regionkod|region_?kod|region_?code|municipality_?code|municipality_?id|områdeskod|omradeskod|geo|geokod|id_kommun|kommun_id)$/;
const AREA_NAMES =
  /^(kommun|kommunnamn|kommun_?namn|kommuner|region|regioner|regionnamn|län|lan|länsnamn|område|omrade|områden|municipality|municipality_?name|area_?name|namn|geografi|hemkommun|skolkommun|folkbokföringskommun|kommun_\/_region|region\/kommun|kommun\/region)$/;
const PERIOD_NAMES =
  /^(period|year|years|år|ar|årtal|artal|läsår|lasar|tid|time|school_?year|mätår|undersökningsår|skolår|läsår_?\/_?år|år_\/_läsår|tidpunkt)$/;
const GROUP_NAMES = /^(group|grupp|kön|kon|gender|sex|kön_?\/_?grupp)$/;
const INDICATOR_NAMES =
  /^(indicator|indikator|kpi|kpi_?id|nyckeltal|tabellinnehåll|tabellinnehall|contentscode|contents|innehåll|measure|mått|matt|variabel|indicator_?id)$/;
const VALUE_NAMES = /^(value|värde|varde|values|obs_?value|observation|data|andel|resultat)$/;
const ATTRIBUTE_NAMES: Record<string, AttributeRole> = {
  status: 'status',
  n: 'n',
  antal_svarande: 'n',
  ci_low: 'ci-low',
  ki_låg: 'ci-low',
  ci_lower: 'ci-low',
  ci_high: 'ci-high',
  ki_hög: 'ci-high',
  ci_upper: 'ci-high',
  title: 'title',
  titel: 'title',
  unit: 'unit',
  enhet: 'unit',
  polarity: 'polarity',
};

export function attributeRoleOf(name: string): AttributeRole | undefined {
  return ATTRIBUTE_NAMES[normaliseName(name)];
}

/** What a column's name says it is, when it says. */
export function roleByName(name: string): 'area' | 'period' | 'group' | 'indicator' | 'value' | undefined {
  const n = normaliseName(name).replace(/^"|"$/g, '');
  if (AREA_CODE_NAMES.test(n) || AREA_NAMES.test(n)) return 'area';
  if (PERIOD_NAMES.test(n)) return 'period';
  if (GROUP_NAMES.test(n)) return 'group';
  if (INDICATOR_NAMES.test(n)) return 'indicator';
  if (VALUE_NAMES.test(n)) return 'value';
  return undefined;
}

/** True when the name says the column holds codes rather than names ("Kommunkod", "kod"). */
function namedAsCode(name: string): boolean {
  return AREA_CODE_NAMES.test(normaliseName(name));
}

/**
 * A period as the contract writes it: `2023`, `2023/24`. Statistics databases write school years as
 * `20232024`, `2023/2024` or `2023-2024`, and label time as `2023` or `år 2023`.
 */
export function normalisePeriod(raw: string): string | undefined {
  const s = raw.trim().replace(/^(år|läsår|year|school year)\s+/i, '');
  let m = /^(\d{4})$/.exec(s);
  if (m) return m[1];
  m = /^(\d{4})\s*[/\-–]?\s*(\d{4}|\d{2})$/.exec(s);
  if (m) {
    const first = Number(m[1]);
    const second = m[2]!.length === 4 ? Number(m[2]) : Math.floor(first / 100) * 100 + Number(m[2]);
    const fixed = m[2]!.length === 2 && second < first ? second + 100 : second;
    if (fixed !== first + 1) return undefined;
    return `${m[1]}/${String(fixed % 100).padStart(2, '0')}`;
  }
  return undefined;
}

/** A period inside a column header: "2019", "Andel 2019", "2018/19 Andel (%)". */
export function periodInHeader(header: string): { period: string; rest: string } | undefined {
  const whole = normalisePeriod(header);
  if (whole) return { period: whole, rest: '' };
  const m = /(?:^|\s)(\d{4}(?:\s*[/\-–]\s*\d{2,4}|\d{4})?)(?:\s|$)/.exec(header);
  if (!m) return undefined;
  const period = normalisePeriod(m[1]!);
  if (!period) return undefined;
  const rest = (header.slice(0, m.index) + ' ' + header.slice(m.index + m[0].length))
    .replace(/\s+/g, ' ')
    .trim();
  return { period, rest };
}

export interface AreaReading {
  code: string;
  /** The name the cell gave beside the code ("0680 Jönköping"), or the name it was read from. */
  name?: string;
  via: 'code' | 'padded' | 'county' | 'label' | 'name';
}

/**
 * An area code from a cell: `0680`, `680` (Excel dropped the zero), `06` or `6` (a county), `00`/`0` (Riket),
 * `"0680 Jönköping"` (PxWeb's code and name), or a name ("Jönköping", "Jönköpings län", "Riket"). Swedish
 * municipality codes are 0114–2584, so one or two digits are a county, three a municipality that lost its zero.
 */
export function readArea(raw: string, allowNames: boolean): AreaReading | undefined {
  const s = raw.trim();
  const labelled = /^(\d{1,4})\s+(\S.*)$/.exec(s);
  if (labelled) {
    const code = padArea(labelled[1]!);
    return code ? { code, name: labelled[2]!.trim(), via: 'label' } : undefined;
  }
  if (/^\d{1,4}$/.test(s)) {
    const code = padArea(s);
    return code ? { code, via: code === s ? 'code' : s.length <= 2 ? 'county' : 'padded' } : undefined;
  }
  if (/^\d{1,4}\.0+$/.test(s)) return readArea(s.replace(/\.0+$/, ''), allowNames);
  if (!allowNames) return undefined;
  const code = codeOfAreaName(s);
  return code ? { code, name: s, via: 'name' } : undefined;
}

/** The code of a real Swedish area (Riket, a county, a municipality), or undefined: 15 is no county, 0999 no
 * municipality, so a column of ages or counts is never read as areas. */
function padArea(digits: string): string | undefined {
  const code = digits.padStart(4, '0');
  return swedishArea(code) ? code : undefined;
}

type GroupName = 'total' | 'girls' | 'boys';
const GROUP_WORDS: Record<string, GroupName> = {
  total: 'total',
  totalt: 'total',
  t: 'total',
  alla: 'total',
  samtliga: 'total',
  'båda könen': 'total',
  'båda kön': 'total',
  'kvinnor och män': 'total',
  'män och kvinnor': 'total',
  'flickor och pojkar': 'total',
  'pojkar och flickor': 'total',
  'both sexes': 'total',
  all: 'total',
  '1+2': 'total',
  girls: 'girls',
  girl: 'girls',
  flickor: 'girls',
  flicka: 'girls',
  k: 'girls',
  kvinnor: 'girls',
  kvinna: 'girls',
  women: 'girls',
  female: 'girls',
  females: 'girls',
  f: 'girls',
  boys: 'boys',
  boy: 'boys',
  pojkar: 'boys',
  pojke: 'boys',
  m: 'boys',
  män: 'boys',
  man: 'boys',
  men: 'boys',
  male: 'boys',
  males: 'boys',
};

/** A group from a cell: Kolada's T/K/M, SCB's 1/2/1+2 (by code), or the words (Kvinnor, Pojkar, Samtliga). */
export function readGroup(code: string, label?: string): GroupName | undefined {
  const c = code.trim().toLowerCase();
  const l = label?.trim().toLowerCase();
  if (l !== undefined && GROUP_WORDS[l]) return GROUP_WORDS[l];
  if (GROUP_WORDS[c]) return GROUP_WORDS[c];
  // PxWebApi 2's "TotSa", labelled "totalt, samtliga män och kvinnor".
  if (c === 'totsa' || (l !== undefined && /^(totalt|samtliga|båda kön)\b/.test(l))) return 'total';
  // SCB's codes for kön: 1 men, 2 women, 1+2 both.
  if (c === '1') return 'boys';
  if (c === '2') return 'girls';
  return undefined;
}

const TOTAL_WORDS =
  /^(totalt?|samtliga|alla|all|total|båda könen|summa|hela|samtliga huvudmän|alla huvudmän|all \(samtliga\)|samtliga \(all\)|.*\(samtliga\)|tot|t)$/i;

/** Markers statistics offices write for a value that is not given, and what each means here. */
const MARKERS: Record<string, ObservationStatus> = {
  '': 'missing',
  '..': 'missing',
  '...': 'missing',
  '…': 'missing',
  // Skolverket: "för få elever" (too few to show); SCB: "uppgift kan inte förekomma".
  '.': 'suppressed',
  '-': 'missing',
  '–': 'missing',
  '—': 'missing',
  x: 'suppressed',
  X: 'suppressed',
  '*': 'suppressed',
  na: 'missing',
  'n/a': 'missing',
  'N/A': 'missing',
  NA: 'missing',
  null: 'missing',
  saknas: 'missing',
  sekretess: 'suppressed',
  prel: 'preliminary',
};

/** The status a marker stands for; `~100` and `<5` are values hidden to protect individuals. */
export function markerStatus(text: string): ObservationStatus | undefined {
  const s = text.trim();
  if (s in MARKERS) return MARKERS[s];
  if (/^~\s*\d+$/.test(s) || /^[<>]\s*\d+([.,]\d+)?$/.test(s)) return 'suppressed';
  return undefined;
}

/**
 * A number written the Swedish or the English way: `12,5`, `12.5`, `1 234,5`, `−3`, `12,5 %`, and with
 * both separators (`1.234,5`, `1,234.5`: the last is the decimal one, the other groups thousands).
 */
export function parseLocaleNumber(raw: string): number | undefined {
  // Most cells of a large table are plain: `12`, `12,5`, `-3.25` (no spaces, signs or thousands).
  if (/^-?\d+(?:[.,]\d+)?$/.test(raw)) return Number(raw.replace(',', '.'));
  let s = raw
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/^[\u2212\u2013]/, '-')
    .replace(/%$/, '');
  const both = /^[-+]?\d{1,3}([.,])\d{3}(\1\d{3})*([.,])\d+$/.exec(s);
  if (both && both[1] !== both[3]) s = s.split(both[1]!).join('');
  if (!/^[-+]?(\d+([.,]\d+)?|[.,]\d+)([eE][-+]?\d+)?$/.test(s)) return undefined;
  const n = Number(s.replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

/** The unit a title or a unit label states, or undefined when it states none the contract knows. */
export function unitOfText(text: string | undefined): Unit | undefined {
  if (!text) return undefined;
  const t = text.toLowerCase();
  if (/%|\bprocent\b|\bpercent\b|\bandel_?\(%\)/.test(t)) return 'percent';
  if (/per\s*1[\s\u00a0]?000\b|promille|‰/.test(t)) return 'per-1000';
  return undefined;
}

/** Lower-case letters, digits and dashes: an indicator id from a title or a code. */
export function slug(text: string, fallback = 'indikator'): string {
  const s = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return s || fallback;
}

// ---------------------------------------------------------------------------------------------------------
// The long table to a dataset

type IndicatorInput = DatasetInput['indicators'][number];
type ObservationInput = IndicatorInput['data'][number];

/** A line in both languages. */
export const say = (sv: string, en: string): Said => ({ sv, en });

/** An issue carrying its own message in both languages (the readers' words stay in their on-demand file). */
export function saidIssue(path: DataIssue['path'], said: Said, value?: string): DataIssue {
  return { path, kind: 'other', params: { said, value } };
}

interface Assigned {
  dim: Dim;
  role: Role;
  index: number;
}

function distinct(codes: readonly string[]): string[] {
  return [...new Set(codes)];
}

function labelOf(dim: Dim, code: string): string {
  return dim.labels?.get(code) ?? code;
}

function looksLikeAreas(dim: Dim, allowNames: boolean): boolean {
  const values = distinct(dim.codes).filter((c) => c.trim() !== '');
  if (values.length === 0) return false;
  return values.every((c) => readArea(c, allowNames) !== undefined);
}

function looksLikePeriods(dim: Dim): boolean {
  const values = distinct(dim.codes).filter((c) => c.trim() !== '');
  return values.length > 0 && values.every((c) => normalisePeriod(c) !== undefined);
}

function looksLikeGroups(dim: Dim): boolean {
  const values = distinct(dim.codes);
  return (
    values.length > 0 &&
    values.length <= 3 &&
    values.every((c) => readGroup(c, dim.labels?.get(c)) !== undefined) &&
    // A column of 1 and 2 alone is only kön when its name says so.
    values.some((c) => !/^\d$/.test(c) || dim.labels?.has(c))
  );
}

/** Decides the role of every dimension. */
function assignRoles(table: LongTable): { assigned: Assigned[]; notes: Said[]; issues: DataIssue[] } {
  const notes: Said[] = [];
  const issues: DataIssue[] = [];
  // A column named as the area (Kommun) is the area: no other (Ålder 15, 16) becomes it by its values.
  const named = table.dims.some((d) => d.hint === 'area' || roleByName(d.name) === 'area');
  const assigned: Assigned[] = table.dims.map((dim, index) => {
    const byName = roleByName(dim.name);
    const role: Role =
      dim.hint ??
      (byName === 'value' ? 'constant' : byName) ??
      (looksLikePeriods(dim)
        ? 'period'
        : !named && looksLikeAreas(dim, false)
          ? 'area'
          : looksLikeGroups(dim)
            ? 'group'
            : !named && looksLikeAreas(dim, true)
              ? 'area'
              : 'split');
    return { dim, role, index };
  });

  // Several area columns (Kommun and Kommunkod): the one with codes wins, the other gives names.
  const areas = assigned.filter((a) => a.role === 'area');
  if (areas.length > 1) {
    const coded =
      areas.find((a) => namedAsCode(a.dim.name) && looksLikeAreas(a.dim, false)) ??
      areas.find((a) => looksLikeAreas(a.dim, false));
    const keep = coded ?? areas[0]!;
    for (const a of areas)
      if (a !== keep) {
        a.role = 'area-name';
        notes.push(
          say(
            `Kolumnen ${a.dim.name} ger namn; koden tas från ${keep.dim.name}.`,
            `Column ${a.dim.name} gives names; the code comes from ${keep.dim.name}.`,
          ),
        );
      }
  }
  for (const role of ['period', 'group', 'indicator'] as const) {
    const list = assigned.filter((a) => a.role === role);
    for (const extra of list.slice(1)) extra.role = 'split';
  }
  // A breakdown with one value is left out; one with a total keeps the total; any other splits indicators.
  for (const a of assigned) {
    if (a.role !== 'split') continue;
    const values = distinct(a.dim.codes);
    if (values.length <= 1) {
      a.role = 'constant';
      continue;
    }
    const total = values.find((c) => TOTAL_WORDS.test(labelOf(a.dim, c).trim()) || TOTAL_WORDS.test(c));
    if (total !== undefined) a.role = 'filter';
  }
  return { assigned, notes, issues };
}

function columnDetail(a: Assigned, table: LongTable, extra: Map<Assigned, Said>): Said | undefined {
  const given = extra.get(a);
  if (given) return given;
  const values = distinct(a.dim.codes);
  const shown = values
    .slice(0, 3)
    .map((c) => labelOf(a.dim, c))
    .join(', ');
  const more = values.length > 3 ? ` … (${values.length})` : '';
  switch (a.role) {
    case 'constant':
      return say(
        `samma värde i alla rader (${shown || 'tom'}); utelämnas`,
        `the same in every row (${shown || 'empty'}); left out`,
      );
    case 'split':
      return say(
        `varje värde blir en egen indikator: ${shown}${more}`,
        `each value becomes an indicator: ${shown}${more}`,
      );
    default:
      return table.format === 'contract' ? undefined : say(`${shown}${more}`, `${shown}${more}`);
  }
}

export interface TableOptions {
  /** The indicator id when the table names none. */
  fallbackId?: string;
  /** The area of every row, for a table that has no area column (a national table: `0000`). */
  area?: string;
}

/** Builds the contract's dataset from a long table, with the report of what was recognised. */
export function fromLongTable(table: LongTable, options: TableOptions = {}): Converted {
  const issues: DataIssue[] = [...(table.issues ?? [])];
  if (
    options.area &&
    !table.dims.some(
      (d) =>
        d.hint === 'area' ||
        roleByName(d.name) === 'area' ||
        (!d.hint && roleByName(d.name) === undefined && looksLikeAreas(d, false)),
    )
  )
    table = {
      ...table,
      dims: [
        { name: `(${options.area})`, hint: 'area', codes: table.values.map(() => options.area!) },
        ...table.dims,
      ],
    };
  const { assigned, notes, issues: roleIssues } = assignRoles(table);
  issues.push(...roleIssues);
  notes.unshift(...(table.notes ?? []));
  const details = new Map<Assigned, Said>();
  const where = (record: number, column?: string): DataIssue['path'] =>
    table.lines
      ? ['csv', table.lines[record] ?? record + 2, ...(column ? [column] : [])]
      : ['values', record];

  const area = assigned.find((a) => a.role === 'area');
  const period = assigned.find((a) => a.role === 'period');
  const group = assigned.find((a) => a.role === 'group');
  const indicator = assigned.find((a) => a.role === 'indicator');
  const names = assigned.find((a) => a.role === 'area-name');
  const filters = assigned.filter((a) => a.role === 'filter');
  const splits = assigned.filter((a) => a.role === 'split');

  const recognition: Recognition = {
    format: table.format,
    encoding: table.encoding,
    delimiter: table.delimiter,
    shape: table.shape,
    title: table.title,
    columns: [],
    markers: [],
    notes,
    indicators: 0,
    observations: 0,
  };
  const finish = (dataset?: DatasetInput): Converted => {
    recognition.columns = [
      ...assigned.map((a) => ({ name: a.dim.name, role: a.role, detail: columnDetail(a, table, details) })),
      ...(table.attributes ?? []).map((c) => ({ name: c.name, role: c.role as Role })),
    ];
    if (table.valueName !== undefined) recognition.columns.push({ name: table.valueName, role: 'value' });
    return dataset && issues.length === 0 ? { dataset, issues, recognition } : { issues, recognition };
  };

  for (const [needed, found, sv, en] of [
    ['area', area, 'område (kommun, region eller kod)', 'area (municipality, region or code)'],
    ['period', period, 'period (år eller läsår)', 'period (year or school year)'],
  ] as const) {
    if (!found)
      issues.push(
        saidIssue(
          table.lines ? ['csv', 1, needed] : [needed],
          say(
            `ingen kolumn för ${sv} hittades bland ${table.dims.map((d) => d.name).join(', ') || '(inga kolumner)'}${needed === 'area' ? '. Gäller hela tabellen ett område (som Riket), ange det när filen görs om: bpl-data convert … --area 0000' : ''}`,
            `no column for the ${en} among ${table.dims.map((d) => d.name).join(', ') || '(no columns)'}${needed === 'area' ? '. If the whole table is one area (such as Sweden), give it when converting the file: bpl-data convert … --area 0000' : ''}`,
          ),
        ),
      );
  }
  if (!area || !period) return finish();

  // The rows to keep: the total of each breakdown that has one.
  const totals = new Map<Assigned, string>();
  for (const f of filters) {
    const values = distinct(f.dim.codes);
    const total = values.find((c) => TOTAL_WORDS.test(labelOf(f.dim, c).trim()) || TOTAL_WORDS.test(c))!;
    totals.set(f, total);
    details.set(
      f,
      say(
        `bara raderna för ${labelOf(f.dim, total)} används (av ${values.length} värden)`,
        `only the rows for ${labelOf(f.dim, total)} are used (of ${values.length} values)`,
      ),
    );
  }

  // Areas: codes as given, padded, or read from names.
  const namesByCode = new Map<string, string>();
  // How codes were read, with the file's own examples: padded (604 → 0604), county (06 → 0006), name.
  const read: Record<string, string[]> = { padded: [], county: [], name: [] };
  const unknownNames = new Set<string>();
  const areaCodeOf = new Map<string, string | undefined>();
  for (const raw of distinct(area.dim.codes)) {
    const reading = readArea(raw, true);
    const label = area.dim.labels?.get(raw);
    const labelReading = label && !reading ? readArea(label, true) : undefined;
    const r = reading ?? labelReading;
    areaCodeOf.set(raw, r?.code);
    if (!r) {
      if (raw.trim() !== '') unknownNames.add(raw);
      continue;
    }
    read[r.via]?.push(`${raw.trim()} → ${r.code}`);
    const name = r.via === 'label' ? r.name : label && label !== raw ? label : undefined;
    if (name) namesByCode.set(r.code, name.replace(/^\d{2,4}\s+/, ''));
  }
  if (names) {
    area.dim.codes.forEach((raw, i) => {
      const code = areaCodeOf.get(raw);
      const name = names.dim.codes[i]?.trim();
      if (code && name && !namesByCode.has(code)) namesByCode.set(code, name);
    });
  }
  const areaNotes: string[][] = [];
  const eg = (list: string[]) => `${list.slice(0, 2).join(', ')}${list.length > 2 ? ' …' : ''}`;
  const { padded, county, name: fromNames } = read;
  if (padded!.length)
    areaNotes.push([
      `${padded!.length} koder utan inledande nolla fick den tillbaka (${eg(padded!)})`,
      `${padded!.length} codes that had lost their leading zero got it back (${eg(padded!)})`,
    ]);
  if (county!.length)
    areaNotes.push([
      `${county!.length} läns- och rikskoder i SCB:s form skrivna som Koladas (${eg(county!)})`,
      `${county!.length} county and country codes in SCB's form written as Kolada's (${eg(county!)})`,
    ]);
  if (fromNames!.length)
    areaNotes.push([
      `${fromNames!.length} namn → kod (${eg(fromNames!)})`,
      `${fromNames!.length} names → code (${eg(fromNames!)})`,
    ]);
  if (areaNotes.length)
    details.set(area, say(areaNotes.map((n) => n[0]).join('; '), areaNotes.map((n) => n[1]).join('; ')));
  if (unknownNames.size) {
    const list = `${[...unknownNames]
      .slice(0, 5)
      .map((n) => `"${n}"`)
      .join(', ')}${unknownNames.size > 5 ? ' …' : ''}`;
    const fix = [...unknownNames].every((n) => /^\d/.test(n))
      ? say(
          'Ingen kommun, region eller Riket har den koden (som 0680, 0006, 0000).',
          'No municipality, region or Sweden has that code (such as 0680, 0006, 0000).',
        )
      : say(
          `Kolumnen ${area.dim.name} innehåller namn; lägg till en kolumn med kommunkoden (till exempel Kommunkod med 0680) eller stava namnet som SCB.`,
          `Column ${area.dim.name} holds names; add a column with the municipality code (for example Kommunkod with 0680) or spell the name as SCB does.`,
        );
    const first = area.dim.codes.findIndex((c) => unknownNames.has(c));
    issues.push(
      saidIssue(
        table.lines ? where(first, area.dim.name) : [area.dim.name],
        say(
          `${unknownNames.size === 1 ? 'ett område är okänt' : `${unknownNames.size} områden är okända`}: ${list}. ${fix.sv}`,
          `${unknownNames.size === 1 ? 'one area is unknown' : `${unknownNames.size} areas are unknown`}: ${list}. ${fix.en}`,
        ),
      ),
    );
  }

  // Periods.
  const periodOf = new Map<string, string | undefined>();
  const rewritten: string[] = [];
  for (const raw of distinct(period.dim.codes)) {
    const p = normalisePeriod(raw) ?? normalisePeriod(period.dim.labels?.get(raw) ?? '');
    periodOf.set(raw, p);
    if (p && p !== raw.trim() && rewritten.length < 2) rewritten.push(`${raw} → ${p}`);
  }
  const badPeriods = [...periodOf].filter(([, p]) => !p).map(([raw]) => raw);
  if (rewritten.length) details.set(period, say(rewritten.join(', '), rewritten.join(', ')));
  if (badPeriods.length) {
    const list = badPeriods
      .slice(0, 4)
      .map((p) => `"${p}"`)
      .join(', ');
    issues.push(
      saidIssue(
        table.lines ? ['csv', 1, period.dim.name] : [period.dim.name],
        say(
          `${list} är ingen period som diagrammen kan visa (år som 2023 eller läsår som 2023/24; månader och kvartal går inte)`,
          `${list} is not a period the charts can show (years such as 2023 or school years such as 2023/24; months and quarters are not supported)`,
        ),
      ),
    );
  }

  // Groups.
  const groupOf = new Map<string, GroupName | undefined>();
  if (group) {
    const mapped: string[] = [];
    for (const raw of distinct(group.dim.codes)) {
      const g = readGroup(raw, group.dim.labels?.get(raw));
      groupOf.set(raw, g);
      if (g)
        mapped.push(
          `${labelOf(group.dim, raw)} → ${{ total: 'totalt', girls: 'flickor', boys: 'pojkar' }[g]}`,
        );
    }
    const unknown = [...groupOf].filter(([, g]) => !g).map(([raw]) => labelOf(group.dim, raw));
    details.set(
      group,
      say(
        mapped.join(', '),
        mapped.join(', ').replace('totalt', 'total').replace('flickor', 'girls').replace('pojkar', 'boys'),
      ),
    );
    if (unknown.length)
      issues.push(
        saidIssue(
          table.lines ? ['csv', 1, group.dim.name] : [group.dim.name],
          say(
            `okänd grupp ${unknown.map((u) => `"${u}"`).join(', ')}; diagrammen visar totalt, flickor/kvinnor och pojkar/män`,
            `unknown group ${unknown.map((u) => `"${u}"`).join(', ')}; the charts show total, girls/women and boys/men`,
          ),
        ),
      );
  }
  if (issues.length) return finish();

  // Indicators: one per contents code and per combination of the breakdowns without a total.
  const indicators = new Map<string, IndicatorInput>();
  const attr = (role: AttributeRole) => table.attributes?.find((c) => c.role === role)?.cells;
  const statusCells = attr('status');
  const nCells = attr('n');
  const loCells = attr('ci-low');
  const hiCells = attr('ci-high');
  const titleCells = attr('title');
  const unitCells = attr('unit');
  const polarityCells = attr('polarity');
  const markerCounts = new Map<string, MarkerReport>();
  // SCB's "." is "uppgift kan inte förekomma": missing in PxWeb's files; Skolverket's (CSV, Excel) too few.
  const pxweb = /^(px|json)/.test(table.format);
  // A value column named "value" or "värde" says nothing of what is measured: the table's title does.
  const namedValue = table.valueName && roleByName(table.valueName) !== 'value' ? table.valueName : undefined;
  const fallbackTitle = namedValue ?? table.title ?? options.fallbackId ?? 'indikator';
  const ids = new Set<string>();

  const count = (marker: string, st?: ObservationStatus) => {
    const shown = marker || '(tom)';
    (markerCounts.get(shown) ?? markerCounts.set(shown, { marker: shown, status: st, count: 0 }).get(shown)!)
      .count++;
  };
  for (let r = 0; r < table.values.length; r++) {
    if (filters.length && filters.some((f) => f.dim.codes[r] !== totals.get(f))) continue;
    const code = areaCodeOf.get(area.dim.codes[r] ?? '');
    const p = periodOf.get(period.dim.codes[r] ?? '');
    if (!code || !p) continue;
    const g = group ? groupOf.get(group.dim.codes[r] ?? '') : 'total';
    if (!g) continue;
    const indicatorCode = indicator?.dim.codes[r];
    const splitCodes = splits.length ? splits.map((s) => s.dim.codes[r] ?? '') : [];
    const key = splits.length ? [indicatorCode ?? '', ...splitCodes].join('\u0000') : (indicatorCode ?? '');
    let ind = indicators.get(key);
    if (!ind) {
      const baseTitle =
        indicatorCode !== undefined
          ? labelOf(indicator!.dim, indicatorCode)
          : titleCells?.[r] || fallbackTitle;
      const splitTitle = splits.map((s, i) => labelOf(s.dim, splitCodes[i]!)).join(', ');
      const title = splitTitle ? `${baseTitle}, ${splitTitle}` : baseTitle;
      const unitInfo = indicatorCode !== undefined ? indicator!.dim.units?.get(indicatorCode) : undefined;
      const givenUnit = unitCells?.[r]?.trim();
      const unit: Unit =
        (givenUnit &&
          (['percent', 'per-1000', 'count', 'score', 'value'] as const).find((u) => u === givenUnit)) ||
        unitOfText(givenUnit) ||
        unitOfText(unitInfo?.label) ||
        (unitInfo?.label && /^antal$/i.test(unitInfo.label.trim()) ? 'count' : undefined) ||
        unitOfText(indicatorCode !== undefined ? labelOf(indicator!.dim, indicatorCode) : undefined) ||
        unitOfText(namedValue) ||
        (indicatorCode === undefined ? unitOfText(table.title) : undefined) ||
        'value';
      let id =
        indicatorCode !== undefined && /^[A-Z]\d{5}$/.test(indicatorCode)
          ? indicatorCode
          : slug(
              [
                indicatorCode !== undefined
                  ? /^[A-Za-z0-9_-]+$/.test(indicatorCode)
                    ? indicatorCode
                    : baseTitle
                  : baseTitle === options.fallbackId
                    ? options.fallbackId
                    : baseTitle,
                ...splitCodes.map((c, i) => labelOf(splits[i]!.dim, c)),
              ].join(' '),
              options.fallbackId,
            );
      for (let n = 2; ids.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
      ids.add(id);
      const polarity = polarityCells?.[r]?.trim();
      ind = {
        id,
        title,
        focusArea: 'other',
        unit,
        ...(unitInfo?.decimals !== undefined
          ? { decimals: Math.min(3, Math.max(0, unitInfo.decimals)) }
          : {}),
        ...(polarity === 'higher-is-better' || polarity === 'lower-is-better' ? { polarity } : {}),
        data: [],
      } as IndicatorInput;
      indicators.set(key, ind);
    }
    const raw = table.values[r];
    let value: number | null = null;
    let status: ObservationStatus | undefined;
    if (typeof raw === 'number' && Number.isFinite(raw)) {
      value = raw;
      // JSON-stat's status beside a value: preliminary is kept; any other symbol is said, with the value.
      const symbol = table.symbols?.[r]?.trim();
      if (symbol) {
        if (/^p(rel)?$/i.test(symbol)) status = 'preliminary';
        count(symbol, status);
      }
    } else {
      const text = raw === null || raw === undefined ? '' : String(raw).trim();
      const parsed = text === '' ? undefined : parseLocaleNumber(text);
      if (parsed !== undefined) value = parsed;
      else {
        const symbol = text === '' ? (table.symbols?.[r] ?? '') : text;
        status = symbol.trim() === '.' && pxweb ? 'missing' : markerStatus(symbol);
        if (!status) {
          issues.push(
            saidIssue(
              where(r, table.valueName ?? 'value'),
              say(
                `"${text}" är varken ett tal eller en känd markering (.. . - ~100)`,
                `"${text}" is neither a number nor a known marker (.. . - ~100)`,
              ),
              text,
            ),
          );
          continue;
        }
        count(symbol.trim(), status);
      }
    }
    const obs: ObservationInput = { area: code, period: p, group: g, value };
    if (status) obs.status = status;
    const rawStatus = statusCells?.[r]?.trim().toLowerCase();
    if (rawStatus) {
      const s = (
        {
          preliminary: 'preliminary',
          preliminär: 'preliminary',
          prel: 'preliminary',
          suppressed: 'suppressed',
          sekretess: 'suppressed',
          undertryckt: 'suppressed',
          missing: 'missing',
          saknas: 'missing',
        } as Record<string, ObservationStatus>
      )[rawStatus];
      if (!s) {
        issues.push({
          path: where(r, 'status'),
          kind: 'invalid-value',
          params: { allowed: ['preliminary', 'suppressed', 'missing'], value: rawStatus },
        });
        continue;
      }
      obs.status = s;
    }
    if (obs.status === 'preliminary' && value === null) delete obs.status;
    if (value === null && !obs.status) obs.status = 'missing';
    const n = nCells?.[r]?.trim();
    if (n) {
      const parsed = parseLocaleNumber(n);
      if (parsed !== undefined && Number.isInteger(parsed) && parsed >= 0) obs.n = parsed;
      else if (!markerStatus(n)) {
        issues.push({
          path: where(r, 'n'),
          kind: 'expected-type',
          params: { expected: 'integer', received: 'string', value: n },
        });
        continue;
      }
    }
    const lo = loCells?.[r]?.trim();
    const hi = hiCells?.[r]?.trim();
    if (lo && hi) {
      const a = parseLocaleNumber(lo);
      const b = parseLocaleNumber(hi);
      if (a === undefined || b === undefined) {
        if (!(markerStatus(lo) && markerStatus(hi))) {
          issues.push({
            path: where(r, 'ci'),
            kind: 'expected-type',
            params: { expected: 'number', received: 'string', value: `${lo}–${hi}` },
          });
          continue;
        }
      } else obs.ci = [a, b];
    }
    ind.data.push(obs);
  }

  // Duplicates (the same area, period and group twice) are said by the contract's own rules; here, a table
  // whose breakdown was not recognised would give many, so it is said in its own words first.
  for (const ind of indicators.values()) {
    const seen = new Set<string>();
    for (const o of ind.data) {
      const k = `${o.area} ${o.period} ${o.group ?? 'total'}`;
      if (seen.has(k)) {
        issues.push(
          saidIssue(
            [String(ind.title)],
            say(
              `flera värden för ${o.area} ${o.period} ${o.group ?? 'total'}: en kolumn som delar upp tabellen (till exempel ålder eller huvudman) känns inte igen. Ta bort den eller filtrera till en rad per område, period och grupp.`,
              `several values for ${o.area} ${o.period} ${o.group ?? 'total'}: a column that breaks the table down further (such as age or organiser) was not recognised. Remove it or filter to one row per area, period and group.`,
            ),
          ),
        );
        break;
      }
      seen.add(k);
    }
  }
  recognition.markers = [...markerCounts.values()];
  if (!indicator && !titleCells && !namedValue && !table.title) recognition.untitled = true;
  if (issues.length) return finish();
  const list = [...indicators.values()].filter((i) => i.data.length > 0);
  recognition.indicators = list.length;
  recognition.observations = list.reduce((n, i) => n + i.data.length, 0);
  if (list.length === 0) {
    issues.push(
      saidIssue([], say('tabellen har inga rader med värden', 'the table has no rows with values')),
    );
    return finish();
  }

  const used = new Set(list.flatMap((i) => i.data.map((o) => o.area)));
  const registry = new Set(AREA_REGISTRY.map((a) => a.code));
  const areas: NonNullable<DatasetInput['areas']> = [];
  for (const code of [...used].sort()) {
    if (registry.has(code)) continue;
    const known = swedishArea(code);
    const name = known?.name ?? namesByCode.get(code);
    if (!name) continue;
    const level = known?.level ?? levelOfCode(code);
    areas.push({
      code,
      name,
      level,
      ...(level === 'municipality'
        ? { county: code.slice(0, 2) }
        : level === 'county'
          ? { county: code.slice(2) }
          : {}),
    });
  }
  const title = table.title ?? (list.length === 1 ? String(list[0]!.title) : undefined) ?? 'Data';
  const dataset: DatasetInput = {
    meta: {
      title,
      ...(table.updated && /^\d{4}-\d{2}-\d{2}/.test(table.updated)
        ? { updated: table.updated.slice(0, 10) }
        : {}),
      ...(table.source ? { source: { name: table.source } } : {}),
    },
    ...(areas.length ? { areas } : {}),
    indicators: list,
  };
  return finish(dataset);
}
