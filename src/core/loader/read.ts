import { BplError, toBplError } from '../errors.js';
import { fromCsv, looksLikeCsv } from '../adapters/csv.js';
import { fromKolada, isKoladaPage } from '../adapters/kolada.js';
import type { KoladaPage } from '../adapters/kolada.js';
import type { Dataset } from '../schema/dataset.js';
import { parseDataset } from '../schema/validate.js';

export type DocumentFormat = 'json' | 'kolada' | 'csv';
export type FormatOption = 'auto' | DocumentFormat;
export const FORMAT_OPTIONS: readonly FormatOption[] = ['auto', 'json', 'kolada', 'csv'];

export type Decoded = { type: 'json'; value: unknown } | { type: 'csv'; text: string };

/** Turns a response body into JSON or CSV text, by the forced format or by its shape. */
export function decodeBody(text: string, format: FormatOption = 'auto'): Decoded {
  if (format === 'csv') return { type: 'csv', text };
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (format === 'auto' && !/^[[{]/.test(trimmed) && looksLikeCsv(trimmed))
    return { type: 'csv', text: trimmed };
  try {
    return { type: 'json', value: JSON.parse(trimmed) as unknown };
  } catch (error) {
    throw new BplError('parse', { detail: error instanceof Error ? error.message : String(error) });
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
    if (decoded.type === 'csv') {
      const result = fromCsv(decoded.text);
      if (!result.dataset) throw new BplError('schema', { issues: result.issues });
      return { value: parseDataset(result.dataset), format: 'csv' };
    }
    const value = decoded.value;
    if (format === 'kolada' || (format === 'auto' && isKoladaPage(value))) {
      if (!isKoladaPage(value))
        throw new BplError('schema', { issues: [{ path: ['values'], kind: 'required' }] });
      const result = fromKolada([value, ...morePages]);
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
