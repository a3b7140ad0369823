import { z } from './zod.js';

/** Pattern source → the format name our messages explain (period, area, id, …). */
const FORMATS = new Map<string, string>();

/** A string with a pattern (kept as `pattern` in the JSON Schema) whose failures are explained by `format`. */
export function pattern(regex: RegExp, format: string) {
  FORMATS.set(regex.source, format);
  return z.string().regex(regex);
}

export function formatOfPattern(source: string | undefined): string | undefined {
  return source === undefined ? undefined : FORMATS.get(source.replace(/^\/|\/[a-z]*$/g, ''));
}
