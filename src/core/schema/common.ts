import { z } from './zod.js';
import { pattern } from './matches.js';
import { AREA_CODE_PATTERN } from '../areas.js';
import { PERIOD_PATTERN, isValidPeriod } from '../periods.js';

/** Text in Swedish, optionally with English: either a plain string (Swedish) or `{ sv, en }`. */
export const LocalizedText = z.union([
  z.string().min(1),
  z.strictObject({ sv: z.string().min(1), en: z.string().min(1).optional() }),
]);
export type LocalizedText = z.infer<typeof LocalizedText>;

/** Links from data are http(s) or relative, never `javascript:` or `data:`. */
export const SafeUrl = z
  .string()
  .min(1)
  .refine((value) => isSafeUrl(value), { params: { kind: 'invalid-format', format: 'url' } });

export function isSafeUrl(value: string): boolean {
  // Browsers drop ASCII whitespace and control characters inside a scheme ("java\tscript:"), so do the same.
  // eslint-disable-next-line no-control-regex
  const cleaned = value.replace(/[\u0000-\u0020\u007f]/g, '');
  if (cleaned === '') return false;
  // A scheme is letters followed by ':' before any '/', '?' or '#'. Relative URLs have none.
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
  if (!scheme) return true;
  const name = scheme[1]!.toLowerCase();
  return name === 'http' || name === 'https';
}

export const AreaCode = pattern(AREA_CODE_PATTERN, 'area');

/** A calendar year (`2023`) or a school year (`2023/24`, the second year following the first). */
export const Period = pattern(PERIOD_PATTERN, 'period').refine(isValidPeriod, {
  params: { kind: 'invalid-format', format: 'period' },
});

export const IsoDate = pattern(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, 'date');

export const Link = z.strictObject({ label: LocalizedText, url: SafeUrl });
export type Link = z.infer<typeof Link>;

export const SourceRef = z.strictObject({
  name: LocalizedText,
  url: SafeUrl.optional(),
  /** Kolada's KPI id, such as `N15428`. */
  kolada: pattern(/^[A-Z]\d{5}$/, 'kolada').optional(),
});
export type SourceRef = z.infer<typeof SourceRef>;

/** Metadata shared by every document: what it is, who publishes it, when and under which licence. */
export const Meta = z.strictObject({
  title: LocalizedText,
  description: LocalizedText.optional(),
  publisher: LocalizedText.optional(),
  updated: IsoDate.optional(),
  license: z.string().min(1).optional(),
  source: SourceRef.optional(),
  /** True for made-up example data (exempeldata); components say so visibly. */
  sample: z.boolean().optional(),
  notes: z.array(LocalizedText).optional(),
});
export type Meta = z.infer<typeof Meta>;
