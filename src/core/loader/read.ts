import { BplError, toBplError } from '../errors.js';
import type { DataIssue } from '../errors.js';
import { isForeignJson } from '../adapters/kolada-page.js';
import type { TextEncoding } from './decode.js';
import type { KoladaPage } from '../adapters/kolada-page.js';
import type { Dataset, DatasetInput } from '../schema/dataset.js';
import { parseDataset } from '../schema/validate.js';

export type DocumentFormat = 'json' | 'kolada' | 'csv' | 'pxweb';
export type FormatOption = 'auto' | DocumentFormat;
export const FORMAT_OPTIONS: readonly FormatOption[] = ['auto', 'json', 'kolada', 'csv', 'pxweb'];

/** What a reader made of a document that is not the contract's JSON. */
export interface Adapted {
  dataset?: DatasetInput;
  issues: DataIssue[];
  format: DocumentFormat;
  /** What the document was recognised as, said before a message about it. */
  recognised?: { sv: string; en: string };
}

/** What the loader knows beside the document itself. */
export interface ReadExtras {
  /** Further Kolada pages, when the loader followed `next_url`. */
  pages?: KoladaPage[];
  /** A further page that could not be had: the data is incomplete. */
  failed?: string;
  /** Kolada's description of the KPIs (`/v3/kpi/{ids}`), when it could be had. */
  metadata?: unknown;
  /** How the file's bytes were decoded. */
  encoding?: TextEncoding;
}

/**
 * Readers for other shapes than the contract's own JSON: CSV and Excel's CSV, PxWeb (CSV, JSON, JSON-stat)
 * and Kolada. `src/core/adapters/index.ts` registers them (npm users import `@bastaplatsen/viz/adapters`), so
 * a page that only uses the contract's JSON does not carry them. `dist/bpl.js` sets `load` instead
 * (`src/core/adapters/on-demand.ts`): the readers are a file of their own beside it, fetched the first time a
 * document may need them (`decodeWithReaders`).
 */
export const ADAPTERS: {
  csv?: { looksLike(text: string): boolean };
  kolada?: {
    isPage(value: unknown): value is KoladaPage;
    /** The further pages after a first one, and the KPIs' description, fetched with `fetchText`
     * (addresses relative to the first page). */
    extras(
      first: KoladaPage,
      fetchText: (at: string, timeoutMs?: number) => Promise<string>,
      api?: string,
      describe?: boolean,
    ): Promise<ReadExtras>;
    /** Said before a network error from Kolada's API asked for by the `kolada` attribute. */
    unreachable: { sv: string; en: string };
    /** The data address for a `kolada` element: its KPI ids (checked), areas and years from its attributes. */
    dataUrl(kpis: string, host: Element, api?: string): string;
  };
  /** Reads a document that is not the contract's JSON; undefined when no reader recognises it. */
  read?(decoded: Decoded, format: FormatOption, extras: ReadExtras): Adapted | undefined;
  /** Fetches and registers the readers; the same promise on every call. */
  load?: () => Promise<unknown>;
} = {};

/**
 * The readers' loader: the page's own (`ADAPTERS.load`, set by on-demand.ts in `bpl.full.js`), or the
 * autoloader's (`dist/bpl.js` puts it on `globalThis.__bplReaders`: the readers' file beside it).
 */
export function readersLoader(): (() => Promise<unknown>) | undefined {
  return ADAPTERS.load ?? (globalThis as { __bplReaders?: () => Promise<unknown> }).__bplReaders;
}

const notLoaded = (name: string) =>
  new BplError('parse', { detail: `${name}: import '@bastaplatsen/viz/adapters'` });

export type Decoded = { type: 'json'; value: unknown } | { type: 'csv'; text: string };

/** Turns a response body into JSON or CSV text, by the forced format or by its shape. */
export function decodeBody(text: string, format: FormatOption = 'auto'): Decoded {
  // Text that was read as UTF-8 although it is Windows-1252 (a string handed to `data`): its å, ä and ö are
  // lost, and only the file itself can be read right.
  if (text.includes('\uFFFD')) throw new BplError('parse', { reason: 'encoding' });
  if (format === 'csv') return { type: 'csv', text };
  const trimmed = text.trim(); // trim() removes a byte-order mark too
  if (format !== 'json' && format !== 'kolada' && !/^[[{]/.test(trimmed) && ADAPTERS.csv?.looksLike(trimmed))
    return { type: 'csv', text: trimmed };
  try {
    return { type: 'json', value: JSON.parse(trimmed) as unknown };
  } catch (error) {
    // The usual mistakes get their own message: an empty file, a web page (a wrong address that the server
    // answers with its "not found" page, or a link to the page that shows the file), broken JSON.
    // A table whose columns are not the contract's (a raw export) is named as such, with its columns.
    const reason = !trimmed
      ? 'empty'
      : trimmed.startsWith('<')
        ? 'html'
        : /^[[{]/.test(trimmed)
          ? 'json'
          : undefined;
    if (reason) throw new BplError('parse', { reason });
    const header = /^[^{["]/.test(trimmed) ? trimmed.split(/\r?\n/, 1)[0]!.split(/[,;\t]/) : [];
    if (header.length > 1 && trimmed.includes('\n'))
      throw ADAPTERS.csv
        ? new BplError('parse', { reason: 'columns', available: header.map((c) => c.trim()).slice(0, 12) })
        : notLoaded('CSV');
    throw ADAPTERS.csv ? new BplError('parse', {}) : toBplError(error);
  }
}

/**
 * `decodeProperty`, after fetching the readers when they are fetched on demand and the input may need them:
 * a text that is not JSON (it may be CSV), a forced `csv`, `kolada` or `pxweb`, or JSON the readers know
 * (Kolada, PxWeb). The contract's own JSON never waits for them, and is decoded at once (no promise), so
 * elements that share a file also share its reading (see the loader).
 */
export function decodeWithReaders(input: unknown, format: FormatOption): Decoded | Promise<Decoded> {
  const load = readersLoader();
  const decode = (): Decoded | Promise<Decoded> => {
    const decoded = decodeProperty(input, format);
    return load && format !== 'json' && decoded.type === 'json' && isForeignJson(decoded.value)
      ? load().then(() => decoded)
      : decoded;
  };
  const mayBeOther =
    format === 'csv' ||
    format === 'kolada' ||
    format === 'pxweb' ||
    (typeof input === 'string' && !/^[\s\uFEFF]*[[{]/.test(input));
  return load && mayBeOther ? load().then(decode) : decode();
}

export interface Read<T> {
  value: T;
  format: DocumentFormat;
}

/**
 * Reads a dataset from decoded input: Kolada, PxWeb and CSV through the readers, the contract's JSON by
 * validation. Throws a BplError only.
 */
export function readDataset(
  decoded: Decoded,
  format: FormatOption = 'auto',
  extras: ReadExtras = {},
): Read<Dataset> {
  let recognised: Adapted['recognised'];
  try {
    const { read } = ADAPTERS;
    if (decoded.type === 'csv' || (format !== 'json' && format !== 'auto')) {
      if (!read) throw notLoaded(decoded.type === 'csv' ? 'CSV' : format);
    }
    const adapted = format === 'json' ? undefined : read?.(decoded, format, extras);
    if (adapted) {
      recognised = adapted.recognised;
      if (!adapted.dataset) throw new BplError('schema', { issues: adapted.issues, recognised });
      return { value: parseDataset(adapted.dataset), format: adapted.format };
    }
    if (decoded.type === 'csv') throw new BplError('parse', {});
    return { value: parseDataset(decoded.value), format: 'json' };
  } catch (error) {
    const e = toBplError(error, 'schema');
    throw recognised && !e.params.recognised ? new BplError(e.code, { ...e.params, recognised }) : e;
  }
}

/** Reads anything given as the `data` property: a dataset object, a Kolada response, or CSV text. */
export function decodeProperty(data: unknown, format: FormatOption): Decoded {
  if (typeof data === 'string') return decodeBody(data, format);
  return { type: 'json', value: data };
}
