import type { DataIssue } from '../errors.js';
import type { TextEncoding } from '../loader/decode.js';
import type { DatasetInput } from '../schema/dataset.js';
import {
  attributeRoleOf,
  fromLongTable,
  markerStatus,
  normalisePeriod,
  parseLocaleNumber,
  periodInHeader,
  readArea,
  roleByName,
  say,
} from './table.js';
import type { AttributeRole, Converted, Dim, LongTable, Said, SourceFormat } from './table.js';

export { parseLocaleNumber } from './table.js';

/**
 * Tables as files: a tidy CSV (`area,period,group,value`), a sheet saved from Excel ("CSV
 * (semikolonavgränsad)", Windows-1252, `Kommun;Kommunkod;…`), and PxWeb's CSV downloads (a quoted title line,
 * a blank line, then the table with years as columns, or every variable in rows; `..` for missing; footnotes
 * after a blank line). Each is turned into a long table (table.ts), which decides what each column is.
 */

type Delimiter = ',' | ';' | '\t';

/** The delimiter: the one that splits the first lines (outside quotes) into the same number of fields. */
function detectDelimiter(lines: readonly string[]): Delimiter {
  let best: Delimiter = ',';
  let bestScore = -1;
  for (const d of [';', '\t', ','] as const) {
    const counts = lines.map((line) => {
      let n = 0;
      let quoted = false;
      for (const ch of line) {
        if (ch === '"') quoted = !quoted;
        else if (!quoted && ch === d) n++;
      }
      return n;
    });
    const withAny = counts.filter((n) => n > 0);
    if (withAny.length === 0) continue;
    const mode = [...new Set(withAny)].sort(
      (a, b) => withAny.filter((n) => n === b).length - withAny.filter((n) => n === a).length || b - a,
    )[0]!;
    const score = withAny.filter((n) => n === mode).length * 100 + mode;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Splits CSV text into rows of fields (RFC 4180 quoting), with the delimiter detected from the first lines.
 * Blank lines are kept as empty rows when `keepBlank` (PxWeb's title and footnotes are separated by them).
 */
export function parseCsvRows(
  text: string,
  keepBlank = false,
): { rows: string[][]; delimiter: Delimiter; lines: number[] } {
  const body = text.replace(/^\uFEFF/, '');
  const firstLines = body.split(/\r\n|\n|\r/, 20).filter((l) => l.trim() !== '');
  const delimiter = detectDelimiter(firstLines);
  const rows: string[][] = [];
  const lines: number[] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  /** The current field was quoted: `""` is a field, even at the end of the text. */
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (body[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && field.trim() === '') {
      inQuotes = true;
      quoted = true;
      field = '';
    } else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      lines.push(rowLine);
      line++;
      rowLine = line;
      row = [];
      field = '';
      quoted = false;
    } else field += ch;
  }
  if (field !== '' || quoted || row.length > 0) {
    row.push(field);
    rows.push(row);
    lines.push(rowLine);
  }
  if (keepBlank) return { rows, delimiter, lines };
  const keep = rows.map((r) => r.some((f) => f.trim() !== ''));
  return { rows: rows.filter((_, i) => keep[i]), delimiter, lines: lines.filter((_, i) => keep[i]) };
}

const isBlank = (row: readonly string[] | undefined) => !row || row.every((f) => f.trim() === '');
const filled = (row: readonly string[]) => row.filter((f) => f.trim() !== '').length;

/** True when the text is a table: at least two lines with the same delimiter, or a PxWeb title line first. */
export function looksLikeCsv(text: string): boolean {
  const t = text.replace(/^\uFEFF/, '').trimStart();
  if (/^[[{<]/.test(t)) return false;
  const { rows } = parseCsvRows(t.slice(0, 4000));
  return rows.length >= 2 && rows.slice(0, 5).some((r) => r.length >= 2);
}

export interface CsvOptions {
  encoding?: TextEncoding;
  /** The area of every row, for a table without an area column. */
  area?: string;
  /** The indicator id when the table names none. */
  fallbackId?: string;
  /** Read as a sheet from an `.xlsx` file (the report says so). */
  format?: SourceFormat;
}

/** Turns CSV text into a long table: finds the header under any title, and turns a wide table long. */
export function csvToLongTable(text: string, options: CsvOptions = {}): LongTable {
  const { rows, delimiter, lines } = parseCsvRows(text, true);
  return rowsToLongTable(rows, lines, { ...options, delimiter });
}

export function rowsToLongTable(
  rows: string[][],
  lines: number[],
  options: CsvOptions & { delimiter?: Delimiter },
): LongTable {
  const notes: Said[] = [];
  const issues: DataIssue[] = [];
  // Above the header (the first row with two filled cells): title and note lines of one filled cell each,
  // and blank lines (Excel pads them with delimiters: "Titel;;;;", ";;;;").
  let start = rows.findIndex((r) => filled(r) >= 2);
  if (start < 0)
    start = Math.max(
      0,
      rows.findIndex((r) => !isBlank(r)),
    );
  const above = rows.slice(0, start).filter((r) => !isBlank(r));
  const title = above[0]?.find((f) => f.trim() !== '')!.trim();
  // PxWeb's title: a line without delimiters, then an empty line.
  const pxweb = rows[0]?.length === 1 && title !== undefined && rows[1]?.length === 1 && isBlank(rows[1]);
  const header = (rows[start] ?? []).map((h) => h.trim());
  // Data rows run to the end; after a blank line, a row about as full as the header is data still, and one
  // of a single cell (PxWeb's footnotes, "Källa: …") is not.
  const body: string[][] = [];
  const bodyLines: number[] = [];
  let footer = 0;
  let blank = false;
  for (let i = start + 1; i < rows.length; i++) {
    const r = rows[i]!;
    if (isBlank(r)) blank = true;
    else if (!blank || filled(r) >= Math.max(2, filled(header) - 1)) {
      body.push(r);
      bodyLines.push(lines[i] ?? 0);
    } else footer++;
  }
  if (footer)
    notes.push(
      say(
        `${footer} rader efter tabellen (fotnoter, källa) lästes inte som data.`,
        `${footer} lines after the table (footnotes, source) were not read as data.`,
      ),
    );
  // Excel often leaves empty columns at the right; they are not columns of the table.
  let width = header.length;
  while (width > 0 && header[width - 1] === '' && body.every((r) => (r[width - 1] ?? '').trim() === ''))
    width--;
  const base = {
    format: options.format ?? (pxweb ? 'pxweb-csv' : 'csv'),
    encoding: options.encoding,
    delimiter: options.delimiter,
    title,
    notes,
    issues,
  } satisfies Partial<LongTable>;
  if (width === 0) return { ...base, dims: [], values: [] };

  const cell = (r: string[], c: number) => (r[c] ?? '').trim();
  const columns = header.slice(0, width).map((name, c) => ({ name: name || `(${c + 1})`, c }));
  // A column of figures: numbers and markers, where a few cells (one, or at most 1 in 5) may be numbers mistyped
  // ("88,2x"): those get a message with their row, and the column is not lost.
  const isNumericColumn = (c: number) => {
    let ok = 0;
    let typo = 0;
    for (const r of body) {
      const v = cell(r, c);
      if (parseLocaleNumber(v) !== undefined) ok += 2;
      else if (v === '' || markerStatus(v)) ok++;
      else if (/\d/.test(v)) typo++;
      else return false;
    }
    return ok > body.length && typo <= Math.max(1, body.length / 5);
  };

  // Wide: columns whose header is (or holds) a period, with numbers below.
  const periodColumns = columns
    .map((col) => ({ ...col, found: periodInHeader(col.name) }))
    .filter((col) => col.found && isNumericColumn(col.c) && roleByName(col.name) === undefined);
  const attributes: { name: string; role: AttributeRole; cells: string[] }[] = [];
  const dims: Dim[] = [];
  const values: (string | null)[] = [];
  const recordLines: number[] = [];

  if (periodColumns.length >= 1 && !columns.some((col) => roleByName(col.name) === 'period')) {
    // One record per row and year column; the header's remaining words are the measure.
    const keys = columns.filter(
      (col) => !periodColumns.includes(col as never) && !periodColumns.some((p) => p.c === col.c),
    );
    const measures = new Set(periodColumns.map((p) => p.found!.rest));
    const dimCells = keys.map(() => [] as string[]);
    const periodCells: string[] = [];
    const measureCells: string[] = [];
    body.forEach((r, i) => {
      for (const p of periodColumns) {
        keys.forEach((k, j) => dimCells[j]!.push(cell(r, k.c)));
        periodCells.push(p.found!.period);
        measureCells.push(p.found!.rest);
        values.push(cell(r, p.c));
        recordLines.push(bodyLines[i] ?? 0);
      }
    });
    keys.forEach((k, j) => dims.push({ name: k.name, codes: dimCells[j]! }));
    dims.push({
      name:
        periodColumns.length > 1
          ? `${periodColumns[0]!.name} … ${periodColumns[periodColumns.length - 1]!.name}`
          : periodColumns[0]!.name,
      hint: 'period',
      codes: periodCells,
    });
    const measure = [...measures][0] ?? '';
    if (measures.size > 1)
      dims.push({ name: [...measures].join(' / '), hint: 'indicator', codes: measureCells });
    notes.push(
      say(
        `Åren står som kolumner (${periodColumns
          .map((p) => p.name)
          .slice(0, 3)
          .join(', ')}${periodColumns.length > 3 ? ' …' : ''}); de lästes som perioder.`,
        `The years are columns (${periodColumns
          .map((p) => p.name)
          .slice(0, 3)
          .join(', ')}${periodColumns.length > 3 ? ' …' : ''}); they were read as periods.`,
      ),
    );
    return {
      ...base,
      shape: 'wide',
      dims,
      values,
      lines: recordLines,
      valueName: measures.size === 1 && measure ? measure : undefined,
    };
  }

  // Long: dimension columns, attribute columns, and one or more value columns.
  const named = columns.map((col) => ({
    ...col,
    role: roleByName(col.name),
    attr: attributeRoleOf(col.name),
  }));
  let valueColumns = named.filter((col) => col.role === 'value');
  const dimColumns = named.filter((col) => col.role !== undefined && col.role !== 'value');
  const rest = named.filter((col) => col.role === undefined && col.attr === undefined);
  for (const col of named)
    if (col.attr && col.role === undefined)
      attributes.push({ name: col.name, role: col.attr, cells: body.map((r) => cell(r, col.c)) });
  if (valueColumns.length === 0) {
    // The measures are the numeric columns that are no dimension: PxWeb's contents ("Andel (%)"), or
    // Excel's columns of figures. Codes typed as numbers (Kommunkod 604) are areas, not measures, and a
    // figure the same in every row beside other figures (Årskurs 9) is a breakdown of one value.
    const same = (c: number) => body.length > 1 && body.every((r) => cell(r, c) === cell(body[0]!, c));
    valueColumns = rest.filter(
      (col) =>
        isNumericColumn(col.c) &&
        !body.every(
          (r) =>
            /^\d{1,4}$/.test(cell(r, col.c)) &&
            readArea(cell(r, col.c), false) &&
            normalisePeriod(cell(r, col.c)) === undefined &&
            /kod|code|nr|id/i.test(col.name),
        ),
    );
    if (valueColumns.some((col) => !same(col.c))) valueColumns = valueColumns.filter((col) => !same(col.c));
  }
  for (const col of rest) if (!valueColumns.includes(col)) dimColumns.push(col);
  dimColumns.sort((a, b) => a.c - b.c);
  if (valueColumns.length === 0) {
    return {
      ...base,
      shape: 'long',
      dims: dimColumns.map((col) => ({ name: col.name, codes: body.map((r) => cell(r, col.c)) })),
      values: [],
      lines: [],
    };
  }
  const multi = valueColumns.length > 1;
  const dimCells = dimColumns.map(() => [] as string[]);
  const measureCells: string[] = [];
  const attrCells = attributes.map(() => [] as string[]);
  body.forEach((r, i) => {
    for (const v of valueColumns) {
      dimColumns.forEach((k, j) => dimCells[j]!.push(cell(r, k.c)));
      attributes.forEach((a, j) => attrCells[j]!.push(a.cells[i] ?? ''));
      if (multi) measureCells.push(v.name);
      values.push(cell(r, v.c));
      recordLines.push(bodyLines[i] ?? 0);
    }
  });
  dimColumns.forEach((k, j) => dims.push({ name: k.name, codes: dimCells[j]! }));
  if (multi)
    dims.push({ name: valueColumns.map((v) => v.name).join(' / '), hint: 'indicator', codes: measureCells });
  const valueName = multi ? undefined : valueColumns[0]!.name;
  return {
    ...base,
    shape: 'long',
    dims,
    values,
    lines: recordLines,
    attributes: attributes.map((a, j) => ({ ...a, cells: attrCells[j]! })),
    valueName: valueName && roleByName(valueName) === 'value' ? valueName : valueName,
  };
}

export interface CsvResult extends Converted {
  dataset?: DatasetInput;
}

/** Reads CSV text (any of the table shapes above) into a dataset, with what was recognised. */
export function fromCsv(text: string, options: CsvOptions | string = {}): CsvResult {
  const opts = typeof options === 'string' ? { fallbackId: options } : options;
  const table = csvToLongTable(text, opts);
  return fromLongTable(table, { fallbackId: opts.fallbackId ?? 'indikator', area: opts.area });
}
