/**
 * From a dataset and the element's attributes to the chart's model: which series, which periods, the
 * goal path and its assessment. Pure (no DOM, no Lit); every bad attribute throws a BplError that names it.
 */
import { AREA_CODE_PATTERN, AreaIndex, RIKET, countyOf } from '../../core/areas.js';
import { BplError } from '../../core/errors.js';
import { areaIndexOf, findIndicator, hasValue, parseGroup } from '../../core/dataset-query.js';
import { ON_TRACK_TOLERANCE, goalRule } from '../../core/goal.js';
import type { GoalAssessment, GoalRule } from '../../core/goal.js';
import {
  comparePeriods,
  isValidPeriod,
  periodPosition,
  sortPeriods,
  yearsBetween,
} from '../../core/periods.js';
import type { Dataset, Group, Indicator, Observation, ObservationStatus } from '../../core/schema/dataset.js';

export interface TrendOptions {
  indicator?: string | undefined;
  area?: string | undefined;
  /** Comma- or space-separated area codes, or `none`; undefined means the area's county and Riket. */
  compare?: string | undefined;
  group?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export type TrendGroup = Group | 'split';

export interface TrendPoint {
  /** The value that may be shown; null for missing, suppressed or absent. */
  value: number | null;
  status?: ObservationStatus | 'absent';
  ci?: readonly [number, number];
  n?: number;
}

export interface TrendSeries {
  key: string;
  area: string;
  group: Group;
  /** The chosen area (emphasised) or a comparison. */
  main: boolean;
  /** Style slot: colour, marker and dash follow it. */
  slot: number;
  /** One point per model period, aligned with `TrendModel.periods`. */
  points: TrendPoint[];
  /** Goal value per period (undefined before the baseline or without a goal); only for the chosen area. */
  goal?: (number | undefined)[];
  goalRule?: GoalRule;
  assessment?: GoalAssessment;
}

export interface TrendModel {
  indicator: Indicator;
  areas: AreaIndex;
  area: string;
  compare: string[];
  group: TrendGroup;
  periods: string[];
  /** Positions on the continuous time axis (school years sit half-way). */
  positions: number[];
  series: TrendSeries[];
  zeroBased: boolean;
  /** Only one period has values: no development can be shown. */
  singlePeriod: boolean;
  hasPreliminary: boolean;
  hasCi: boolean;
  hasGaps: boolean;
}

const SPLIT_GROUPS: Group[] = ['girls', 'boys'];

/**
 * Position of a period on the time axis, as core's `periodPosition`, with calendar years (`2023`) read
 * without a regular expression or an object per call: a long series has 10 000 distinct periods.
 */
export function positionOf(period: string): number {
  if (period.length === 4) {
    let year = 0;
    for (let i = 0; i < 4; i++) {
      const digit = period.charCodeAt(i) - 48;
      if (digit < 0 || digit > 9) return periodPosition(period);
      year = year * 10 + digit;
    }
    return year;
  }
  return periodPosition(period);
}

/** A period the series has no observation for (shared: points are never changed). */
const ABSENT: TrendPoint = Object.freeze({ value: null, status: 'absent' });

/**
 * The point of an observation. An observation that already reads as its point (a shown value, or no value
 * with a status and no interval) is used as it is, so a long series does not copy 10 000 objects.
 */
function pointOf(o: Observation): TrendPoint {
  const shown = hasValue(o);
  if (shown || (o.value === null && o.status !== undefined && !o.ci)) return o;
  const point: TrendPoint = { value: null };
  point.status = o.status ?? 'missing';
  if (o.n !== undefined) point.n = o.n;
  return point;
}

/** `"0006, 0000"` → codes; `none` → []; undefined → county and Riket of the chosen area. */
export function parseCompare(
  value: string | undefined,
  area: string,
): { codes: string[]; explicit: boolean } {
  const v = value?.trim();
  const explicit = !!v;
  const codes = !v
    ? [countyOf(area), RIKET]
    : v.toLowerCase() === 'none'
      ? []
      : v.split(/[\s,;]+/).filter(Boolean);
  for (const code of codes)
    if (!AREA_CODE_PATTERN.test(code))
      throw new BplError('invalid-attribute', { attribute: 'compare', value: code });
  return { codes: [...new Set(codes)].filter((c) => c !== area), explicit };
}

function checkPeriod(attribute: 'from' | 'to', value: string | undefined): string | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  if (!isValidPeriod(v)) throw new BplError('invalid-attribute', { attribute, value: v });
  return v;
}

export function buildModel(dataset: Dataset, options: TrendOptions): TrendModel {
  const indicator = findIndicator(dataset, options.indicator?.trim());
  const areas = areaIndexOf(dataset);
  // Areas with observations (as core's `areasOf`, without a copy of the whole data).
  const areaSet = new Set<string>();
  for (const o of indicator.data) areaSet.add(o.area);
  const withData = [...areaSet];
  if (indicator.data.length === 0) throw new BplError('no-data', { scope: 'indicator', value: indicator.id });

  let area = options.area?.trim();
  if (!area) {
    if (withData.length === 1) area = withData[0]!;
    else throw new BplError('invalid-attribute', { attribute: 'area', value: '', available: withData });
  }
  if (!AREA_CODE_PATTERN.test(area))
    throw new BplError('invalid-attribute', { attribute: 'area', value: area, available: withData });
  if (!withData.includes(area)) {
    if (areas.has(area)) throw new BplError('no-data', { scope: 'area', value: areas.name(area) });
    throw new BplError('unknown-area', { value: area, available: withData });
  }

  const group = parseGroup(options.group, ['split']) as TrendGroup;
  const from = checkPeriod('from', options.from);
  const to = checkPeriod('to', options.to);
  if (from && to && comparePeriods(from, to) > 0) {
    throw new BplError('invalid-attribute', { attribute: 'from', value: `${from} > ${to}` });
  }

  const { codes, explicit } = parseCompare(options.compare, area);
  const compare: string[] = [];
  // Girls and boys of one area are the comparison in split mode; other areas would double the lines.
  if (group !== 'split')
    for (const code of codes) {
      if (withData.includes(code)) compare.push(code);
      else if (explicit) throw new BplError('unknown-area', { value: code, available: withData });
    }

  // One pass over the observations, grouped by series (area and group) without building string keys;
  // each distinct period is parsed once. 14 series cost the same as one, and 10 000 points stay cheap.
  const wanted = new Set([area, ...compare]);
  const groups: Group[] = group === 'split' ? SPLIT_GROUPS : [group];
  // Per area, per wanted group: the observations in the chosen periods, in data order.
  const buckets = new Map<string, Observation[][]>();
  // Period → position on the time axis while reading; → index in `periods` once they are sorted.
  const slot = new Map<string, number>();
  let periods: string[] = [];
  let positions: number[] = [];
  const lo = from === undefined ? -Infinity : periodPosition(from);
  const hi = to === undefined ? Infinity : periodPosition(to);
  const data = indicator.data;
  for (let i = 0; i < data.length; i++) {
    const o = data[i]!;
    if (!wanted.has(o.area)) continue;
    const g = groups.indexOf(o.group);
    if (g < 0) continue;
    if (group === 'split' && o.area !== area) continue;
    let position = slot.get(o.period);
    if (position === undefined) {
      position = positionOf(o.period);
      slot.set(o.period, position);
      if (!(position < lo || position > hi)) {
        periods.push(o.period);
        positions.push(position);
      }
    }
    if (position < lo || position > hi) continue;
    let perGroup = buckets.get(o.area);
    if (!perGroup) buckets.set(o.area, (perGroup = []));
    (perGroup[g] ??= []).push(o);
  }

  if (!buckets.get(area)?.some(Boolean)) {
    const anyInGroup = indicator.data.some((o) => o.area === area && groups.includes(o.group));
    if (!anyInGroup) throw new BplError('no-data', { scope: 'group', value: areas.name(area), groups });
    throw new BplError('no-data', {
      scope: 'period',
      period: [from, to].filter(Boolean).join('–'),
      available: sortPeriods(indicator.data.filter((o) => o.area === area).map((o) => o.period)),
    });
  }

  // Sort by position; data usually arrives in time order, so this is often a no-op check.
  const n = periods.length;
  let ordered = true;
  for (let i = 1; i < n && ordered; i++) ordered = positions[i - 1]! <= positions[i]!;
  if (!ordered) {
    const order = periods.map((_, i) => i).sort((a, b) => positions[a]! - positions[b]!);
    periods = order.map((i) => periods[i]!);
    positions = order.map((i) => positions[i]!);
  }
  for (let i = 0; i < n; i++) slot.set(periods[i]!, i);

  const series: TrendSeries[] = [];
  const rows =
    group === 'split'
      ? SPLIT_GROUPS.map((g) => ({ area, group: g, main: true }))
      : [area, ...compare].map((a, i) => ({ area: a, group, main: !i }));
  let slotNo = 0;
  let mainHasValue = false;
  let hasPreliminary = false;
  let hasCi = false;
  let hasGaps = false;
  /** Periods where some series has a value: enough to know whether there is more than one. */
  let firstWithValue = -1;
  let singlePeriod = true;
  for (const row of rows) {
    const obs = buckets.get(row.area)?.[groups.indexOf(row.group)];
    const thisSlot = slotNo++;
    if (!obs) continue;
    // Later duplicates of a period win, as they always have.
    const points = new Array<TrendPoint>(n).fill(ABSENT);
    for (const o of obs) points[slot.get(o.period)!] = pointOf(o);
    let last = -1;
    for (let i = 0; i < n; i++) {
      const point = points[i]!;
      if (point.value === null) continue;
      // A value after a period without one, since the first value: a gap.
      if (last >= 0 && i > last + 1) hasGaps = true;
      last = i;
      if (firstWithValue < 0) firstWithValue = i;
      else if (i !== firstWithValue) singlePeriod = false;
      if (point.status === 'preliminary') hasPreliminary = true;
      if (point.ci && row.main) hasCi = true;
    }
    const s: TrendSeries = {
      key: `${row.area}|${row.group}`,
      area: row.area,
      group: row.group,
      main: row.main,
      slot: thisSlot,
      points,
    };
    if (row.main && last >= 0) {
      mainHasValue = true;
      Object.assign(s, goalOf(indicator, row.area, row.group, periods, positions, points, last));
    }
    series.push(s);
  }

  if (!mainHasValue) {
    // Say which group was asked for, and whether its values exist but are hidden (too few respondents).
    const asked = rows.filter((row) => row.main).map((row) => row.group);
    const observed = asked.flatMap((g) => buckets.get(area)?.[groups.indexOf(g)] ?? []);
    throw new BplError('no-data', {
      scope: 'area',
      value: areas.name(area),
      ...(group !== 'total' && { groups: asked }),
      suppressed: observed.filter((o) => o.status === 'suppressed').length,
    });
  }

  const zeroBased = indicator.zeroBased ?? (indicator.unit === 'percent' || indicator.unit === 'count');
  return {
    indicator,
    areas,
    area,
    compare,
    group,
    periods,
    positions,
    series,
    zeroBased,
    singlePeriod: firstWithValue >= 0 && singlePeriod,
    hasPreliminary,
    hasCi,
    hasGaps,
  };
}

/**
 * The goal path and the assessment of the last value, as core's `goalPath` and `assessGoal` define them,
 * computed in one pass over the data instead of re-sorting the area's whole series for each call.
 */
export function goalOf(
  indicator: Indicator,
  area: string,
  group: Group,
  periods: readonly string[],
  positions: readonly number[],
  points: readonly TrendPoint[],
  last: number,
): Pick<TrendSeries, 'goal' | 'goalRule' | 'assessment'> {
  if (indicator.target === false) return {};
  let first: Observation | undefined;
  let firstAt = Infinity;
  const byPeriod = new Map<string, Observation>();
  for (const o of indicator.data) {
    if (o.area !== area || o.group !== group) continue;
    byPeriod.set(o.period, o);
    if (hasValue(o)) {
      const p = periodPosition(o.period);
      if (p < firstAt) {
        firstAt = p;
        first = o;
      }
    }
  }
  const rule = goalRule(indicator, first ? [first] : []);
  const base = rule && byPeriod.get(rule.baseline);
  if (!rule || !hasValue(base)) return {};
  const start = base.value;
  const percent = indicator.unit === 'percent';
  const at = (period: string) => {
    const v = start + rule.direction * rule.annualChange * yearsBetween(rule.baseline, period);
    return percent ? Math.min(100, Math.max(0, v)) : v;
  };
  const basePosition = periodPosition(rule.baseline);
  const goal = periods.map((p, i) => (positions[i]! >= basePosition ? at(p) : undefined));
  const out: Pick<TrendSeries, 'goal' | 'goalRule' | 'assessment'> = { goal, goalRule: rule };
  // `last` is the series' last period with a value.
  const value = points[last]!.value!;
  if (positions[last]! > basePosition) {
    const target = goal[last]!;
    const margin = rule.direction * (value - target);
    const status =
      margin >= ON_TRACK_TOLERANCE ? 'ahead' : margin <= -ON_TRACK_TOLERANCE ? 'behind' : 'on-track';
    out.assessment = { status, period: periods[last]!, value, goal: target, margin } satisfies GoalAssessment;
  }
  return out;
}
