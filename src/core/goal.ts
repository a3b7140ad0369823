import { hasValue, seriesOf } from './dataset-query.js';
import { comparePeriods, yearsBetween } from './periods.js';
import type { Group, Indicator, Observation } from './schema/dataset.js';
import { DEFAULT_ANNUAL_CHANGE } from './schema/dataset.js';

/**
 * The collaboration's goal: from a baseline period, improve by a fixed number of percentage points a year
 * in the good direction (two by default). Each area's path starts from its own value in the baseline period.
 */
export interface GoalRule {
  baseline: string;
  annualChange: number;
  /** +1 when higher is better, −1 when lower is better. */
  direction: 1 | -1;
}

/** Differences smaller than this (in the unit's points) count as "on track". */
export const ON_TRACK_TOLERANCE = 0.5;

/** The rule that applies to an indicator for one area's series, or undefined when there is no goal. */
export function goalRule(indicator: Indicator, series: readonly Observation[]): GoalRule | undefined {
  if (indicator.target === false) return undefined;
  const direction = indicator.polarity === 'higher-is-better' ? 1 : -1;
  if (indicator.target)
    return { baseline: indicator.target.baseline, annualChange: indicator.target.annualChange, direction };
  // No rule in the data: the collaboration's default, from the area's first value, for shares only.
  if (indicator.unit !== 'percent') return undefined;
  const first = series.find(hasValue);
  return first ? { baseline: first.period, annualChange: DEFAULT_ANNUAL_CHANGE, direction } : undefined;
}

export interface GoalPath {
  rule: GoalRule;
  /** The area's value in the baseline period. */
  start: number;
  /** Goal value for a period; clamped to 0–100 for percentages. */
  at(period: string): number;
}

export function goalPath(indicator: Indicator, area: string, group: Group = 'total'): GoalPath | undefined {
  const series = seriesOf(indicator, area, group);
  const rule = goalRule(indicator, series);
  if (!rule) return undefined;
  const base = series.find((o) => o.period === rule.baseline);
  if (!hasValue(base)) return undefined;
  const start = base.value;
  const clamp =
    indicator.unit === 'percent' ? (v: number) => Math.min(100, Math.max(0, v)) : (v: number) => v;
  return {
    rule,
    start,
    at: (period) => clamp(start + rule.direction * rule.annualChange * yearsBetween(rule.baseline, period)),
  };
}

export type GoalStatus = 'on-track' | 'ahead' | 'behind';

export interface GoalAssessment {
  status: GoalStatus;
  period: string;
  value: number;
  goal: number;
  /** Distance from the goal in the good direction: positive is ahead, negative behind. */
  margin: number;
}

/** How the latest value (or the value of `period`) stands against the goal path. */
export function assessGoal(
  indicator: Indicator,
  area: string,
  group: Group = 'total',
  period?: string,
): GoalAssessment | undefined {
  const path = goalPath(indicator, area, group);
  if (!path) return undefined;
  const series = seriesOf(indicator, area, group).filter(
    (o) => hasValue(o) && comparePeriods(o.period, path.rule.baseline) > 0,
  );
  const obs = period ? series.find((o) => o.period === period) : series[series.length - 1];
  if (!hasValue(obs)) return undefined;
  const goal = path.at(obs.period);
  const margin = path.rule.direction * (obs.value - goal);
  const status: GoalStatus =
    margin >= ON_TRACK_TOLERANCE ? 'ahead' : margin <= -ON_TRACK_TOLERANCE ? 'behind' : 'on-track';
  return { status, period: obs.period, value: obs.value, goal, margin };
}
