import { BplError, toBplError } from '../errors.js';
import { errorLines } from '../i18n/localize.js';
import { decodeBytes } from '../loader/decode.js';
import { decodeBody } from '../loader/read.js';
import type { FormatOption, ReadExtras } from '../loader/read.js';
import { validateDataset } from '../schema/validate.js';
// The readers registered for decodeBody (CSV detection), as the components have them.
import './index.js';
import { rowsToLongTable } from './csv.js';
import { convertDecoded } from './read-any.js';
import { fromLongTable, saidIssue } from './table.js';
import type { Converted, Recognition } from './table.js';

/**
 * One way in for every source file, for the builder's "Gör om till datafil" and for `bpl-data`: bytes (and
 * the file's name) in, the contract's dataset out, with what was recognised and every problem found. Excel's
 * `.xlsx` is read here too (xlsx.ts, imported when a file is one, so the components never carry it).
 */

export interface ConvertOptions {
  /** A sheet of an `.xlsx` file by name; the first sheet otherwise. */
  sheet?: string;
  /** Forces a reader, as the components' `format` attribute does. */
  format?: FormatOption;
  /** What the loader would know beside the file (Kolada's further pages and KPI description). */
  extras?: ReadExtras;
  /** The area of every row, for a table without an area column (a national table: `0000`). */
  area?: string;
}

const empty = (format: Recognition['format']): Recognition => ({
  format,
  columns: [],
  markers: [],
  notes: [],
  indicators: 0,
  observations: 0,
});

/** True for a ZIP file (an `.xlsx` workbook is one). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** An OLE compound file: an old `.xls`, or an `.xlsx` with a password (xlsx.ts says which to do). */
export function isOle(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

/** A file that cannot be read at all, said as the components say it. */
function parseIssue(error: unknown) {
  const e = toBplError(error, 'parse');
  return saidIssue([], { sv: errorLines(e, 'sv').message, en: errorLines(e, 'en').message });
}

export async function convertBytes(bytes: Uint8Array, options: ConvertOptions = {}): Promise<Converted> {
  if (isZip(bytes) || isOle(bytes)) {
    try {
      const { readXlsx } = await import('./xlsx.js');
      const book = await readXlsx(bytes, options.sheet);
      const table = rowsToLongTable(
        book.rows,
        book.rows.map((_, i) => i + 1),
        { format: 'xlsx' },
      );
      const converted = fromLongTable(table, { area: options.area });
      converted.recognition.title ??= book.sheet;
      converted.recognition.notes.unshift({
        sv: `Bladet "${book.sheet}" lästes${book.sheets.length > 1 ? ` (arbetsboken har ${book.sheets.length} blad: ${book.sheets.join(', ')})` : ''}.`,
        en: `The sheet "${book.sheet}" was read${book.sheets.length > 1 ? ` (the workbook has ${book.sheets.length} sheets: ${book.sheets.join(', ')})` : ''}.`,
      });
      return converted;
    } catch (error) {
      const said = (error as { said?: { sv: string; en: string } }).said;
      return {
        issues: [
          saidIssue(
            [],
            said ?? {
              sv: `Excel-filen kunde inte läsas (${String(error)})`,
              en: `The Excel file could not be read (${String(error)})`,
            },
          ),
        ],
        recognition: empty('xlsx'),
      };
    }
  }
  const { text, encoding } = decodeBytes(bytes);
  return convertText(text, { ...options, extras: { ...options.extras, encoding } });
}

/** The same for text (a file already read, or pasted). */
export function convertText(text: string, options: ConvertOptions = {}): Converted {
  const format = options.format ?? 'auto';
  let decoded;
  try {
    decoded = decodeBody(text, format);
  } catch (error) {
    return { issues: [parseIssue(error)], recognition: empty('csv') };
  }
  const converted = convertDecoded(decoded, format, options.extras, { area: options.area });
  if (converted) {
    if (converted.recognition.encoding === undefined && options.extras?.encoding)
      converted.recognition.encoding = options.extras.encoding;
    if (!converted.dataset) return converted;
    const checked = validateDataset(converted.dataset);
    return checked.ok ? converted : { issues: checked.issues, recognition: converted.recognition };
  }
  // The contract's own JSON: validated as the components validate it.
  if (decoded.type !== 'json')
    return { issues: [parseIssue(new BplError('parse'))], recognition: empty('csv') };
  const checked = validateDataset(decoded.value);
  const recognition = empty('contract');
  if (!checked.ok) return { issues: checked.issues, recognition };
  recognition.indicators = checked.value.indicators.length;
  recognition.observations = checked.value.indicators.reduce((n, i) => n + i.data.length, 0);
  recognition.title =
    typeof checked.value.meta.title === 'string' ? checked.value.meta.title : checked.value.meta.title.sv;
  return { dataset: decoded.value as Converted['dataset'], issues: [], recognition };
}
