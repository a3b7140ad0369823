/**
 * One error vocabulary for every component. A `BplError` carries a machine-readable `code` (sent in the
 * `bpl-error` event) and the parameters needed to write the message in the reader's language; the message
 * itself is produced by the localisation tables, never stored here, so a language switch re-renders it.
 */

export const ERROR_CODES = [
  /** The request never got an answer (offline, DNS, CORS). */
  'network',
  /** The server answered with a status outside 200–299. */
  'http',
  /** No answer within the time limit. */
  'timeout',
  /** The body is neither JSON nor a recognisable CSV. */
  'parse',
  /** The data does not follow the data contract. */
  'schema',
  /** The `indicator` attribute names an indicator the dataset does not have. */
  'unknown-indicator',
  /** The `area` (or `compare`) attribute names an area the dataset or the registry does not know. */
  'unknown-area',
  /** The chosen selection holds no values (empty dataset, all missing, area without data). */
  'no-data',
  /** No `src`, `data` or inline JSON was given. */
  'no-source',
  /** An attribute has a value the component cannot use. */
  'invalid-attribute',
  /** Geometry (TopoJSON/GeoJSON) failed to load or parse, or matched nothing. */
  'geometry',
  /** A collaboration structure is inconsistent (unknown references, cycles, duplicate ids). */
  'structure',
] as const;

export type BplErrorCode = (typeof ERROR_CODES)[number];

/** One problem found while validating data: where it is and what is wrong, as data to be localised. */
export interface DataIssue {
  /** Path into the loaded document, e.g. `["indicators", 2, "data", 14, "value"]`. */
  path: (string | number)[];
  /** What kind of problem. */
  kind: IssueKind;
  /** Extra details for the message (expected type, received value, allowed values, …). */
  params?: Record<string, unknown>;
}

export type IssueKind =
  | 'expected-type'
  | 'required'
  | 'invalid-value'
  | 'too-small'
  | 'too-big'
  | 'invalid-format'
  | 'unknown-key'
  | 'duplicate'
  | 'unknown-reference'
  | 'cycle'
  | 'other';

export interface BplErrorParams {
  /** HTTP status, for `http`. */
  status?: number;
  /** The URL involved, for loading errors. */
  url?: string;
  /** The offending value, for attribute, indicator and area errors. */
  value?: string;
  /** The name of the attribute, for `invalid-attribute`. */
  attribute?: string;
  /** What would have been accepted (ids the data has, allowed values). */
  available?: string[];
  /** Validation problems, for `schema`, `structure` and `parse`. */
  issues?: DataIssue[];
  /** Time limit in milliseconds, for `timeout`. */
  timeoutMs?: number;
  /** A short technical detail (the browser's own message), shown after the readable message. */
  detail?: string;
  /** What the data was missing, for `no-data`: 'dataset' | 'area' | 'period' | 'values' | 'indicator' |
   * 'group' | 'dimensions' (no indicator is tagged with a wellbeing dimension). */
  scope?: 'dataset' | 'area' | 'period' | 'values' | 'indicator' | 'group' | 'dimensions';
  /** Why a file could not be read, for `parse`: it was empty, or a web page (HTML) instead of data. */
  /** `columns`: a table (CSV) without the columns area, period and value; `available` lists its columns. */
  reason?: 'empty' | 'html' | 'columns' | 'json' | 'encoding' | 'outside';
  /** What the readers recognised the document as ("Det här är JSON-stat från PxWeb …"), said before the
   * message, in both languages (the readers' words stay in their on-demand file). */
  recognised?: { sv: string; en: string };
  /** A period, for `no-data` with scope 'period'. */
  period?: string;
  /** For `no-data` with scope 'area': the groups asked for (`girls`, `boys`), when not the total. */
  groups?: string[];
  /** For `no-data` with scope 'area': how many of the asked-for values are hidden (too few respondents). */
  suppressed?: number;
}

export class BplError extends Error {
  readonly code: BplErrorCode;
  readonly params: BplErrorParams;

  constructor(code: BplErrorCode, params: BplErrorParams = {}) {
    super(`${code}${params.detail ? `: ${params.detail}` : ''}`);
    this.name = 'BplError';
    this.code = code;
    this.params = params;
  }
}

export function isBplError(value: unknown): value is BplError {
  return value instanceof BplError;
}

/** The message of anything thrown. */
export const messageOf = (value: unknown): string => (value instanceof Error ? value.message : String(value));

/** Turns anything thrown into a BplError so that nothing uncaught ever reaches the page. */
export function toBplError(value: unknown, fallback: BplErrorCode = 'parse'): BplError {
  return value instanceof BplError ? value : new BplError(fallback, { detail: messageOf(value) });
}
