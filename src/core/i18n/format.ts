import type { Unit } from '../schema/dataset.js';

export type Lang = 'sv' | 'en';

/** Intl locales: Swedish, and British English (day-month order, metric, "percentage points"). */
export const LOCALES: Record<Lang, string> = { sv: 'sv-SE', en: 'en-GB' };

const cache = new Map<string, Intl.NumberFormat>();
/** One formatter per language, decimals, sign and style, made once: formatting runs for every value drawn,
 * and a key built with JSON.stringify cost a cold page ~30 ms in a profile. */
function numberFormat(lang: Lang, decimals: number, signed = false, percent = false): Intl.NumberFormat {
  const key = `${lang}${decimals}${signed ? '+' : ''}${percent ? '%' : ''}`;
  let nf = cache.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(LOCALES[lang], {
      style: percent ? 'percent' : 'decimal',
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      signDisplay: signed ? 'exceptZero' : 'auto',
    });
    cache.set(key, nf);
  }
  return nf;
}

/** `1 234,5` in Swedish, `1,234.5` in English, with a fixed number of decimals. */
export function formatNumber(value: number, lang: Lang, decimals = 1, signed = false): string {
  return numberFormat(lang, decimals, signed).format(value);
}

/** A value in its unit: `12,5 %`, `4,2 per 1 000`, `1 234`. */
export function formatValue(value: number, unit: Unit, lang: Lang, decimals = 1): string {
  switch (unit) {
    case 'percent':
      return numberFormat(lang, decimals, false, true).format(value / 100);
    case 'per-1000':
      return `${formatNumber(value, lang, decimals)} ${lang === 'sv' ? 'per 1\u00a0000' : 'per 1,000'}`;
    default:
      return formatNumber(value, lang, decimals);
  }
}

/** A difference in the unit's own points: "4,4 procentenheter", "1 percentage point", "−0,8 per 1 000". */
export function formatDifference(
  value: number,
  unit: Unit,
  lang: Lang,
  decimals = 1,
  signed = false,
): string {
  const number = formatNumber(value, lang, decimals, signed);
  const one = Math.abs(Number(value.toFixed(decimals))) === 1;
  switch (unit) {
    case 'percent':
      return lang === 'sv'
        ? `${number} ${one ? 'procentenhet' : 'procentenheter'}`
        : `${number} ${one ? 'percentage point' : 'percentage points'}`;
    case 'per-1000':
      return `${number} ${lang === 'sv' ? 'per 1\u00a0000' : 'per 1,000'}`;
    default:
      return number;
  }
}

/** Axis tick text: the number without unit, with as few decimals as the tick step needs. */
export function formatTick(value: number, lang: Lang, step: number): string {
  const decimals = step >= 1 || step === 0 ? 0 : Math.min(3, Math.ceil(-Math.log10(step) - 1e-9));
  return formatNumber(value, lang, decimals);
}

/** Periods read the same in both languages (`2023`, `2023/24`). */
export function formatPeriod(period: string): string {
  return period;
}

const lists = new Map<string, Intl.ListFormat>();

export function formatList(
  items: readonly string[],
  lang: Lang,
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  // One formatter per language and type: constructing one costs a quarter of a millisecond.
  const key = `${lang}|${type}`;
  let lf = lists.get(key);
  if (!lf) lists.set(key, (lf = new Intl.ListFormat(LOCALES[lang], { style: 'long', type })));
  return lf.format(items);
}

const dateFormats: Partial<Record<Lang, Intl.DateTimeFormat>> = {};

/**
 * Makes the formatters a first render needs. A page's first Intl formatter costs 20–50 ms (the browser
 * loads its locale data; measured in headless Chromium), so the loader calls this while a file downloads
 * rather than leaving the cost to the render after it.
 */
export function warmFormats(lang: Lang): void {
  formatNumber(0, lang, 0);
  formatList([], lang);
  formatDate('2000-01-01', lang);
}

export function formatDate(iso: string, lang: Lang): string {
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  // One formatter per language, made once: a component formats its source line's date on every render.
  return (dateFormats[lang] ??= new Intl.DateTimeFormat(LOCALES[lang], {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  })).format(date);
}
