import { hasValue, seriesOf } from './dataset-query.js';
import { comparePeriods, yearsBetween } from './periods.js';
import type { Group, Indicator, Observation, Polarity } from './schema/dataset.js';
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

/**
 * The rule that applies to an indicator, or undefined when there is no goal. A goal is drawn only where it
 * was set (the data's `target`, or the page's `goal` and `baseline`, see `withPageGoal`), for a percentage
 * (the rule is in percentage points) whose good direction is known. Nothing is assumed: Kolada and PxWeb know
 * nothing of the collaboration's goals.
 */
export function goalRule(indicator: Indicator, _series?: readonly Observation[]): GoalRule | undefined {
  const target = indicator.target;
  if (!target || indicator.unit !== 'percent' || !indicator.polarity) return undefined;
  const direction = indicator.polarity === 'higher-is-better' ? 1 : -1;
  return { baseline: target.baseline, annualChange: target.annualChange, direction };
}

/** What a page says of the goal: the `goal`, `baseline` and `polarity` attributes. */
export interface PageGoal {
  /** Percentage points a year in the good direction. */
  goal?: number;
  baseline?: string;
  polarity?: Polarity;
}

/**
 * The indicator with the page's goal and polarity applied: a polarity the page gives replaces the data's;
 * `goal` and `baseline` together set a target rule (with `goal` alone, the data's baseline; with `baseline`
 * alone, the collaboration's two points a year).
 */
export function withPageGoal(indicator: Indicator, page: PageGoal): Indicator {
  if (page.goal === undefined && page.baseline === undefined && page.polarity === undefined) return indicator;
  const out: Indicator = { ...indicator };
  if (page.polarity) out.polarity = page.polarity;
  const baseline = page.baseline ?? (indicator.target ? indicator.target.baseline : undefined);
  if (baseline !== undefined && (page.goal !== undefined || page.baseline !== undefined))
    out.target = {
      baseline,
      annualChange: page.goal ?? (indicator.target ? indicator.target.annualChange : DEFAULT_ANNUAL_CHANGE),
    };
  return out;
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
