import type * as contract from './contract.js';
import type * as z from './zod.js';

/**
 * Links from data are http(s) or relative, never `javascript:`, `data:` or another scheme. A scheme is what
 * stands before a ':' that comes before any '/', '?' or '#'; control characters and whitespace, which
 * browsers drop inside a scheme ("java\tscript:"), end the scheme part and so make the link invalid.
 */
// eslint-disable-next-line no-control-regex
export const SAFE_URL_PATTERN = /^(?:[hH][tT][tT][pP][sS]?:\/\/|[^:/?#\u0000-\u001f\u007f]*(?:[/?#]|$))/;

export function isSafeUrl(value: string): boolean {
  return value.length > 0 && SAFE_URL_PATTERN.test(value);
}

/** Text in Swedish, optionally with English: a plain string (Swedish) or `{ sv, en }`. */
export type LocalizedText = z.output<typeof contract.LocalizedText>;
export type Link = z.output<typeof contract.Link>;
export type SourceRef = z.output<typeof contract.SourceRef>;
/** Metadata shared by every document: what it is, who publishes it, when and under which licence. */
export type Meta = z.output<typeof contract.Meta>;
