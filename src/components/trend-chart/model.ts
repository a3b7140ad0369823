/**
 * From a dataset and the element's attributes to the chart's model: which series, which periods, the
 * goal path and its assessment. Pure (no DOM, no Lit); every bad attribute throws a BplError that names it.
 */
import { AreaIndex, RIKET, countyOf } from '../../core/areas.js';
import { BplError } from '../../core/errors.js';
import { areaIndexOf, areasOf, findIndicator, hasValue, parseGroup } from '../../core/dataset-query.js';
import { ON_TRACK_TOLERANCE, goalRule } from '../../core/goal.js';
import type { GoalAssessment, GoalRule } from '../../core/goal.js';
import { comparePeriods, isValidPeriod, periodPosition, yearsBetween } from '../../core/periods.js';
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

/** `"0006, 0000"` → codes; `none` → []; undefined → county and Riket of the chosen area. */
export function parseCompare(
  value: string | undefined,
  area: string,
): { codes: string[]; explicit: boolean } {
  if (value === undefined || value === null || value.trim() === '') {
    const codes = [countyOf(area), RIKET].filter((c, i, all) => c !== area && all.indexOf(c) === i);
    return { codes, explicit: false };
  }
  if (value.trim().toLowerCase() === 'none') return { codes: [], explicit: true };
  const codes = value
    .split(/[\s,;]+/)
    .map((c) => c.trim())
    .filter(Boolean);
  for (const code of codes) {
    if (!/^\d{4}$/.test(code)) throw new BplError('invalid-attribute', { attribute: 'compare', value: code });
  }
  return { codes: [...new Set(codes)].filter((c) => c !== area), explicit: true };
}

function checkPeriod(attribute: 'from' | 'to', value: string | undefined): string | undefined {
  if (value === undefined || value === null || value.trim() === '') return undefined;
  const v = value.trim();
  if (!isValidPeriod(v)) throw new BplError('invalid-attribute', { attribute, value: v });
  return v;
}

export function buildModel(dataset: Dataset, options: TrendOptions): TrendModel {
  const indicator = findIndicator(dataset, options.indicator?.trim());
  const areas = areaIndexOf(dataset);
  const withData = areasOf(indicator);
  if (indicator.data.length === 0) throw new BplError('no-data', { scope: 'indicator', value: indicator.id });

  let area = options.area?.trim();
  if (!area) {
    if (withData.length === 1) area = withData[0]!;
    else throw new BplError('invalid-attribute', { attribute: 'area', value: '', available: withData });
  }
  if (!/^\d{4}$/.test(area))
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

  // One pass over the observations: index by area and group, so 14 series cost the same as one.
  const wanted = new Set([area, ...compare]);
  const groups: Group[] = group === 'split' ? SPLIT_GROUPS : [group];
  const byKey = new Map<string, Map<string, Observation>>();
  const periodSet = new Set<string>();
  // Period strings repeat across areas and groups: parse each once (long series sort 10 000 of them).
  const positionOf = new Map<string, number>();
  const position = (period: string) => {
    let p = positionOf.get(period);
    if (p === undefined) positionOf.set(period, (p = periodPosition(period)));
    return p;
  };
  const lo = from === undefined ? -Infinity : periodPosition(from);
  const hi = to === undefined ? Infinity : periodPosition(to);
  for (const o of indicator.data) {
    if (!wanted.has(o.area)) continue;
    if (!groups.includes(o.group)) continue;
    if (group === 'split' && o.area !== area) continue;
    const p = position(o.period);
    if (p < lo || p > hi) continue;
    const key = `${o.area}|${o.group}`;
    let m = byKey.get(key);
    if (!m) byKey.set(key, (m = new Map()));
    m.set(o.period, o);
    periodSet.add(o.period);
  }

  const mainKeys = groups.map((g) => `${area}|${g}`);
  if (!mainKeys.some((k) => byKey.has(k))) {
    const anyInGroup = indicator.data.some((o) => o.area === area && groups.includes(o.group));
    if (!anyInGroup) throw new BplError('no-data', { scope: 'group', value: groups.join(', ') });
    const available = [...new Set(indicator.data.filter((o) => o.area === area).map((o) => o.period))].sort(
      comparePeriods,
    );
    throw new BplError('no-data', {
      scope: 'period',
      period: [from, to].filter(Boolean).join('–'),
      available,
    });
  }

  // Sort by parsed position once; data usually arrives in time order, so this is often a no-op check.
  const keyed = [...periodSet].map((p) => [position(p), p] as const);
  let ordered = true;
  for (let i = 1; i < keyed.length && ordered; i++) ordered = keyed[i - 1]![0] <= keyed[i]![0];
  if (!ordered) keyed.sort((a, b) => a[0] - b[0]);
  const periods = keyed.map((k) => k[1]);
  const positions = keyed.map((k) => k[0]);

  const series: TrendSeries[] = [];
  const rows: { area: string; group: Group; main: boolean }[] =
    group === 'split'
      ? SPLIT_GROUPS.map((g) => ({ area, group: g, main: true }))
      : [{ area, group, main: true }, ...compare.map((c) => ({ area: c, group, main: false }))];
  let slot = 0;
  let hasPreliminary = false;
  let hasCi = false;
  let hasGaps = false;
  for (const row of rows) {
    const m = byKey.get(`${row.area}|${row.group}`);
    const thisSlot = slot++;
    if (!m) continue;
    const points = periods.map((period): TrendPoint => {
      const o = m.get(period);
      if (!o) return { value: null, status: 'absent' };
      const point: TrendPoint = { value: hasValue(o) ? o.value : null };
      if (o.status) point.status = o.status;
      else if (o.value === null) point.status = 'missing';
      if (o.ci && hasValue(o)) point.ci = o.ci;
      if (o.n !== undefined) point.n = o.n;
      if (o.status === 'preliminary' && hasValue(o)) hasPreliminary = true;
      if (point.ci && row.main) hasCi = true;
      return point;
    });
    const first = points.findIndex((p) => p.value !== null);
    const last = findLastIndex(points, (p) => p.value !== null);
    if (first >= 0) for (let i = first; i <= last; i++) if (points[i]!.value === null) hasGaps = true;
    const s: TrendSeries = {
      key: `${row.area}|${row.group}`,
      area: row.area,
      group: row.group,
      main: row.main,
      slot: thisSlot,
      points,
    };
    if (row.main && last >= 0)
      Object.assign(s, goalOf(indicator, row.area, row.group, periods, positions, points, last));
    series.push(s);
  }

  const mainSeries = series.filter((s) => s.main);
  if (mainSeries.every((s) => s.points.every((p) => p.value === null))) {
    const anyValue = series.some((s) => s.points.some((p) => p.value !== null));
    throw new BplError(
      'no-data',
      anyValue ? { scope: 'area', value: areas.name(area) } : { scope: 'values' },
    );
  }

  const periodsWithValues = periods.filter((_, i) => series.some((s) => s.points[i]!.value !== null));
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
    singlePeriod: periodsWithValues.length === 1,
    hasPreliminary,
    hasCi,
    hasGaps,
  };
}

export function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return i;
  return -1;
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
  if (!rule) return {};
  const base = byPeriod.get(rule.baseline);
  if (!hasValue(base)) return {};
  const start = base.value;
  const percent = indicator.unit === 'percent';
  const at = (period: string) => {
    const v = start + rule.direction * rule.annualChange * yearsBetween(rule.baseline, period);
    return percent ? Math.min(100, Math.max(0, v)) : v;
  };
  const basePosition = periodPosition(rule.baseline);
  const goal = periods.map((p, i) => (positions[i]! >= basePosition ? at(p) : undefined));
  const out: Pick<TrendSeries, 'goal' | 'goalRule' | 'assessment'> = { goal, goalRule: rule };
  const value = points[last]!.value;
  if (value !== null && positions[last]! > basePosition) {
    const target = goal[last]!;
    const margin = rule.direction * (value - target);
    const status =
      margin >= ON_TRACK_TOLERANCE ? 'ahead' : margin <= -ON_TRACK_TOLERANCE ? 'behind' : 'on-track';
    out.assessment = { status, period: periods[last]!, value, goal: target, margin } satisfies GoalAssessment;
  }
  return out;
}
