import { BplError, toBplError } from '../errors.js';
import type { DataIssue } from '../errors.js';
import { isKoladaPage } from '../adapters/kolada-page.js';
import type { KoladaPage } from '../adapters/kolada-page.js';
import type { Dataset, DatasetInput } from '../schema/dataset.js';
import { parseDataset } from '../schema/validate.js';

export type DocumentFormat = 'json' | 'kolada' | 'csv';
export type FormatOption = 'auto' | DocumentFormat;
export const FORMAT_OPTIONS: readonly FormatOption[] = ['auto', 'json', 'kolada', 'csv'];

type Adapted = { dataset?: DatasetInput; issues: DataIssue[] };

/**
 * Readers for other shapes than the contract's own JSON. `src/core/adapters/index.ts` registers the CSV
 * and Kolada readers (npm users import `@bastaplatsen/viz/adapters`), so a page that only uses JSON does not
 * carry them. `dist/bpl.js` sets `load` instead (`src/core/adapters/on-demand.ts`): the readers are a file of
 * their own beside it, fetched the first time a document may need them (`decodeWithReaders`).
 */
export const ADAPTERS: {
  csv?: { looksLike(text: string): boolean; read(text: string): Adapted };
  kolada?: {
    isPage(value: unknown): value is KoladaPage;
    /** The further pages after `first`; undefined, at once, when there are none to fetch. */
    follow(first: unknown, fetchPage: (next: string) => Promise<Decoded>): Promise<KoladaPage[]> | undefined;
    read(pages: KoladaPage[]): Adapted;
  };
  /** Fetches and registers `csv` and `kolada`; the same promise on every call. */
  load?: () => Promise<unknown>;
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

/**
 * `decodeProperty`, after fetching the readers when they are fetched on demand and the input may need them:
 * a text that is not JSON (it may be CSV), a forced `csv` or `kolada`, or a Kolada page. The contract's own
 * JSON never waits for them, and is decoded at once (no promise), so elements that share a file also share
 * its reading (see the loader).
 */
export function decodeWithReaders(input: unknown, format: FormatOption): Decoded | Promise<Decoded> {
  const load = ADAPTERS.load;
  const decode = (): Decoded | Promise<Decoded> => {
    const decoded = decodeProperty(input, format);
    return load && decoded.type === 'json' && isKoladaPage(decoded.value)
      ? load().then(() => decoded)
      : decoded;
  };
  const mayBeOther =
    format === 'csv' || format === 'kolada' || (typeof input === 'string' && !/^[\s\uFEFF]*[[{]/.test(input));
  return load && mayBeOther ? load().then(decode) : decode();
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
