import { PERIOD_PATTERN, isValidPeriod } from '../periods.js';
import { SAFE_URL_PATTERN } from './common.js';

/**
 * The string formats of the contract: a pattern (published in the JSON Schema) and, where a pattern cannot
 * say everything, a further test. Messages explain a failure by the format's name. Used by the zod contract
 * and by the run-time validator, which finds a format through its pattern.
 */
export interface Format {
  pattern: RegExp;
  /** A further test the pattern cannot express (school years must follow each other). */
  extra?: (value: string) => boolean;
}

export const FORMATS = {
  period: { pattern: PERIOD_PATTERN, extra: isValidPeriod },
  area: { pattern: /^\d{4}$/ },
  url: { pattern: SAFE_URL_PATTERN },
  date: { pattern: /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/ },
  id: { pattern: /^([a-z0-9][a-z0-9-]*|[A-Z]\d{5})$/ },
  bodyId: { pattern: /^[a-z0-9][a-z0-9-]*$/ },
  kolada: { pattern: /^[A-Z]\d{5}$/ },
  county: { pattern: /^\d{2}$/ },
  email: { pattern: /^[^\s@]+@[^\s@]+\.[^\s@]+$/ },
} satisfies Record<string, Format>;

export type FormatName = keyof typeof FORMATS;

/** The format behind a pattern, given as its source or as zod reports it (`/source/flags`). */
export function formatOfPattern(
  source: string | undefined,
): { name: string; extra?: (value: string) => boolean } | undefined {
  if (source === undefined) return undefined;
  const bare = source.replace(/^\/|\/[a-z]*$/g, '');
  for (const [name, f] of Object.entries(FORMATS) as [FormatName, Format][])
    if (f.pattern.source === source || f.pattern.source === bare)
      return { name: name === 'bodyId' ? 'id' : name, extra: f.extra };
  return undefined;
}
