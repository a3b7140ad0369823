/**
 * The builder's choice lists, read from the data (pure functions, no DOM; tested in
 * test/embed/builder-lists.test.ts). Only values that can be shown count (not null, not suppressed or
 * missing), so a list never offers a choice that ends in "Det finns inga värden för …".
 */
import { hasValue } from '../src/core/dataset-query.js';
import { sortPeriods } from '../src/core/periods.js';
import type { Indicator, Observation } from '../src/core/schema/dataset.js';
import { matchPeriod } from '../src/components/wellbeing-wheel/model.js';

/** Observations that can be shown, of the given indicators, optionally of one area. */
export function shownObservations(indicators: readonly Indicator[], area?: string): Observation[] {
  return indicators.flatMap((i) => i.data.filter((o) => hasValue(o) && (!area || o.area === area)));
}

/** The groups with values among the observations, in the order total, girls, boys. */
export function groupsWithValues(observations: readonly Observation[]): Set<string> {
  return new Set(observations.map((o) => o.group));
}

/** Periods with values for a group, newest first. */
export function periodsWithValuesOf(observations: readonly Observation[], group: string): string[] {
  return sortPeriods(observations.filter((o) => o.group === group).map((o) => o.period)).reverse();
}

export interface WheelPeriod {
  /** The period to write in the attribute. */
  value: string;
  /** The periods the wheel treats as the same one (a calendar year and the school year ending in it). */
  same: string[];
}

/**
 * The wheel's periods, newest first, each once. The wheel matches a calendar year with the school year that
 * ends in it (2024 and 2023/24, `matchPeriod`), so both draw the same wheel; they are one choice here, written
 * as the period most of the indicators use (the later one on a tie, which is also the wheel's default).
 */
export function wheelPeriods(indicators: readonly Indicator[], area: string, group: string): WheelPeriod[] {
  const uses = new Map<string, Set<string>>(); // period -> indicators with a value there
  for (const indicator of indicators)
    for (const o of indicator.data)
      if (o.area === area && o.group === group && hasValue(o)) {
        let set = uses.get(o.period);
        if (!set) uses.set(o.period, (set = new Set()));
        set.add(indicator.id);
      }
  const newest = sortPeriods(uses.keys()).reverse();
  const byUse = [...newest].sort((a, b) => uses.get(b)!.size - uses.get(a)!.size);
  const out: WheelPeriod[] = [];
  for (const period of byUse) {
    const same = out.find((w) => w.same.some((p) => matchPeriod(new Set([period]), p) === period));
    if (same) same.same.push(period);
    else out.push({ value: period, same: [period] });
  }
  const position = (w: WheelPeriod) => newest.indexOf(sortPeriods(w.same).at(-1)!);
  return out.sort((a, b) => position(a) - position(b));
}

/** The wheel's "Jämför med" periods: earlier than the chosen one, never the chosen one or its equivalent. */
export function wheelComparePeriods(periods: readonly WheelPeriod[], chosen: string): WheelPeriod[] {
  const index = periods.findIndex((w) => w.same.includes(chosen));
  return index < 0 ? [] : periods.slice(index + 1);
}
