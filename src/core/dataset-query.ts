import { AreaIndex } from './areas.js';
import { BplError } from './errors.js';
import { comparePeriods, sortPeriods } from './periods.js';
import type { Dataset, Group, Indicator, Observation } from './schema/dataset.js';
import { GROUPS } from './schema/dataset.js';

/** The indicator named by `id`; the only one when the dataset has one and no id is given. */
export function findIndicator(dataset: Dataset, id: string | undefined | null): Indicator {
  if (dataset.indicators.length === 0) throw new BplError('no-data', { scope: 'dataset' });
  const available = dataset.indicators.map((i) => i.id);
  if (!id) {
    if (dataset.indicators.length === 1) return dataset.indicators[0]!;
    throw new BplError('invalid-attribute', { attribute: 'indicator', value: '', available });
  }
  const found = dataset.indicators.find((i) => i.id === id);
  if (!found) throw new BplError('unknown-indicator', { value: id, available });
  return found;
}

export function areaIndexOf(dataset: Dataset): AreaIndex {
  return new AreaIndex(dataset.areas ?? []);
}

/** Checks a group attribute value. */
export function parseGroup(value: string | undefined | null, extra: readonly string[] = []): Group | string {
  const v = (value ?? 'total').trim() || 'total';
  if ((GROUPS as readonly string[]).includes(v) || extra.includes(v)) return v;
  throw new BplError('invalid-attribute', { attribute: 'group', value: v, available: [...GROUPS, ...extra] });
}

/** An area's observations for one group, in time order. */
export function seriesOf(indicator: Indicator, area: string, group: Group = 'total'): Observation[] {
  return indicator.data
    .filter((o) => o.area === area && o.group === group)
    .sort((a, b) => comparePeriods(a.period, b.period));
}

/** Observations of one period and group, by area code. */
export function valuesAt(
  indicator: Indicator,
  period: string,
  group: Group = 'total',
): Map<string, Observation> {
  const out = new Map<string, Observation>();
  for (const o of indicator.data) if (o.period === period && o.group === group) out.set(o.area, o);
  return out;
}

/** Every period the indicator has, in time order. */
export function periodsOf(indicator: Indicator): string[] {
  return sortPeriods(indicator.data.map((o) => o.period));
}

/** Periods with at least one value (not null) for the group. */
export function periodsWithValues(indicator: Indicator, group: Group = 'total'): string[] {
  return sortPeriods(indicator.data.filter((o) => o.group === group && hasValue(o)).map((o) => o.period));
}

/** Every area that has at least one observation. */
export function areasOf(indicator: Indicator): string[] {
  return [...new Set(indicator.data.map((o) => o.area))];
}

/** A value that may be shown: present and not suppressed. */
export function hasValue(o: Observation | undefined): o is Observation & { value: number } {
  return !!o && o.value !== null && o.status !== 'suppressed' && o.status !== 'missing';
}

/** The observation's value where it may be shown, else undefined. */
export function shownValue(o: Observation | undefined): number | undefined {
  return hasValue(o) ? o.value : undefined;
}
