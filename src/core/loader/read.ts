import { BplError, toBplError } from '../errors.js';
import type { DataIssue } from '../errors.js';
import type { KoladaPage } from '../adapters/kolada.js';
import type { Dataset, DatasetInput } from '../schema/dataset.js';
import { parseDataset } from '../schema/validate.js';

export type DocumentFormat = 'json' | 'kolada' | 'csv';
export type FormatOption = 'auto' | DocumentFormat;
export const FORMAT_OPTIONS: readonly FormatOption[] = ['auto', 'json', 'kolada', 'csv'];

type Adapted = { dataset?: DatasetInput; issues: DataIssue[] };

/**
 * Readers for other shapes than the contract's own JSON. `src/core/adapters/index.ts` registers the CSV
 * and Kolada readers (`dist/bpl.js` always includes them; npm users import `@bastaplatsen/viz/adapters`),
 * so a page that only uses JSON does not carry them.
 */
export const ADAPTERS: {
  csv?: { looksLike(text: string): boolean; read(text: string): Adapted };
  kolada?: {
    isPage(value: unknown): value is KoladaPage;
    /** The further pages after `first`; undefined, at once, when there are none to fetch. */
    follow(first: unknown, fetchPage: (next: string) => Promise<Decoded>): Promise<KoladaPage[]> | undefined;
    read(pages: KoladaPage[]): Adapted;
  };
} = {};

const notLoaded = (name: string) =>
  new BplError('parse', { detail: `${name}: import '@bastaplatsen/viz/adapters'` });

export type Decoded = { type: 'json'; value: unknown } | { type: 'csv'; text: string };

/** Turns a response body into JSON or CSV text, by the forced format or by its shape. */
export function decodeBody(text: string, format: FormatOption = 'auto'): Decoded {
  if (format === 'csv') return { type: 'csv', text };
  const trimmed = text.trim(); // trim() removes a byte-order mark too
  if (format === 'auto' && !/^[[{]/.test(trimmed) && ADAPTERS.csv?.looksLike(trimmed))
    return { type: 'csv', text: trimmed };
  try {
    return { type: 'json', value: JSON.parse(trimmed) as unknown };
  } catch (error) {
    // The two usual mistakes get their own message: an empty file, and a web page (a wrong address that the
    // server answers with its "not found" page, or a link to the page that shows the file).
    // A table whose columns are not the contract's (a raw export) is named as such, with its columns.
    const reason = !trimmed ? 'empty' : trimmed.startsWith('<') ? 'html' : undefined;
    if (reason) throw new BplError('parse', { reason });
    const header = /^[^{["]/.test(trimmed) ? trimmed.split(/\r?\n/, 1)[0]!.split(/[,;\t]/) : [];
    if (header.length > 1 && trimmed.includes('\n'))
      throw ADAPTERS.csv
        ? new BplError('parse', { reason: 'columns', available: header.map((c) => c.trim()).slice(0, 12) })
        : notLoaded('CSV');
    throw toBplError(error);
  }
}

export interface Read<T> {
  value: T;
  format: DocumentFormat;
}

/**
 * Reads a dataset from decoded input (plus further Kolada pages, when the loader followed `next_url`),
 * adapting Kolada responses and CSV, and validating against the contract. Throws a BplError only.
 */
export function readDataset(
  decoded: Decoded,
  format: FormatOption = 'auto',
  morePages: KoladaPage[] = [],
): Read<Dataset> {
  try {
    const { csv, kolada } = ADAPTERS;
    if (decoded.type === 'csv') {
      if (!csv) throw notLoaded('CSV');
      const result = csv.read(decoded.text);
      if (!result.dataset) throw new BplError('schema', { issues: result.issues });
      return { value: parseDataset(result.dataset), format: 'csv' };
    }
    const value = decoded.value;
    if (format === 'kolada' && !kolada) throw notLoaded('Kolada');
    if (kolada && (format === 'kolada' || (format === 'auto' && kolada.isPage(value)))) {
      if (!kolada.isPage(value))
        throw new BplError('schema', { issues: [{ path: ['values'], kind: 'required' }] });
      const result = kolada.read([value, ...morePages]);
      if (!result.dataset) throw new BplError('schema', { issues: result.issues });
      return { value: parseDataset(result.dataset), format: 'kolada' };
    }
    return { value: parseDataset(value), format: 'json' };
  } catch (error) {
    throw toBplError(error, 'schema');
  }
}

/** Reads anything given as the `data` property: a dataset object, a Kolada response, or CSV text. */
export function decodeProperty(data: unknown, format: FormatOption): Decoded {
  if (typeof data === 'string') return decodeBody(data, format);
  return { type: 'json', value: data };
}
