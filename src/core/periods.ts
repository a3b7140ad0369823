/**
 * Periods are calendar years (`2023`) or school years (`2023/24`). A school year sits half-way between its
 * two calendar years on a time axis, so both kinds can share one axis.
 */

export const PERIOD_PATTERN = /^(\d{4})(?:\/(\d{2}))?$/;

export interface ParsedPeriod {
  /** The first calendar year. */
  year: number;
  schoolYear: boolean;
  /** Position on a continuous time axis: the year, or year + 0.5 for a school year. */
  position: number;
}

export function parsePeriod(period: string): ParsedPeriod | undefined {
  const match = PERIOD_PATTERN.exec(period);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year, schoolYear: false, position: year };
  const next = Number(match[2]);
  if ((year + 1) % 100 !== next) return undefined;
  return { year, schoolYear: true, position: year + 0.5 };
}

export function isValidPeriod(period: string): boolean {
  return parsePeriod(period) !== undefined;
}

/** Position on the time axis; NaN for a malformed period. */
export function periodPosition(period: string): number {
  return parsePeriod(period)?.position ?? Number.NaN;
}

export function comparePeriods(a: string, b: string): number {
  return periodPosition(a) - periodPosition(b);
}

export function sortPeriods(periods: Iterable<string>): string[] {
  return [...new Set(periods)].sort(comparePeriods);
}

/** Whole years from `from` to `to` (school years count by their first year). */
export function yearsBetween(from: string, to: string): number {
  const a = parsePeriod(from);
  const b = parsePeriod(to);
  if (!a || !b) return Number.NaN;
  return b.year - a.year;
}

/** True when `period` lies within [from, to]; either bound may be missing. Bounds may be of either kind. */
export function periodInRange(period: string, from?: string, to?: string): boolean {
  const p = periodPosition(period);
  if (from !== undefined && p < periodPosition(from)) return false;
  if (to !== undefined && p > periodPosition(to)) return false;
  return true;
}
