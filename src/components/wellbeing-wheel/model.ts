/**
 * The wheel's model: which indicators stand behind each wellbeing dimension, their values for one area and
 * period, and each dimension's level on a 0–100 scale. Pure: a dataset and options in, numbers out.
 *
 * Each indicator's observations are indexed once (period → its observations) for the chosen group, so
 * that everything after is a lookup.
 */
import { countyOf, levelOfCode, RIKET } from '../../core/areas.js';
import { areaIndexOf, hasValue, shownValue } from '../../core/dataset-query.js';
import { BplError } from '../../core/errors.js';
import { assessGoal } from '../../core/goal.js';
import type { GoalAssessment } from '../../core/goal.js';
import { isValidPeriod, parsePeriod, periodPosition, sortPeriods } from '../../core/periods.js';
import { DIMENSIONS } from '../../core/schema/dataset.js';
import type { Dataset, Dimension, Group, Indicator, Observation } from '../../core/schema/dataset.js';
import type { LocalizedText } from '../../core/schema/common.js';

/**
 * How a dimension's level is computed:
 * - `normalised` (default): the mean of its indicators' normalised values, each value placed between the
 *   lowest (0) and highest (100) value among the county's municipalities in the same period, flipped for
 *   indicators where lower is better. Uses every indicator, so most dimensions get a level.
 * - `goal`: the share of its indicators that meet their goal (on track or ahead, by `assessGoal`).
 */
export const MEASURES = ['normalised', 'goal'] as const;
export type Measure = (typeof MEASURES)[number];

export type Compare = { kind: 'none' } | { kind: 'area'; area: string } | { kind: 'period'; period: string };

export type Trend = 'up' | 'down' | 'flat';

export interface IndicatorRow {
  indicator: Indicator;
  /** The observation of the area in the period (may be suppressed or missing). */
  observation?: Observation | undefined;
  /** The value when it may be shown; undefined when missing or suppressed. */
  value?: number;
  /** True when the value exists but is suppressed: it stays hidden everywhere. */
  suppressed: boolean;
  /** The latest earlier period with a value, for the trend. */
  previous?: { period: string; value: number };
  change?: number;
  trend?: Trend;
  /** Whether the change is in the good direction (undefined when flat). */
  better?: boolean;
  goal?: GoalAssessment;
  /** The value's place between the county's municipalities, 0–100, 100 = best. */
  score?: number | undefined;
}

export type DimensionState = 'ok' | 'no-indicators' | 'no-values';

export interface DimensionResult {
  id: Dimension;
  indicators: IndicatorRow[];
  /** 0–100, or undefined when no indicator gives a level. */
  level?: number | undefined;
  /** The comparison's level (county, Riket or the earlier period). */
  compare?: number | undefined;
  /** The level in the previous period, for the change. */
  previous?: number | undefined;
  /** How many indicators count in the level. */
  counted: number;
  state: DimensionState;
}

export interface WheelModel {
  area: string;
  period: string;
  group: Group;
  measure: Measure;
  compare: Compare;
  /** The period before `period` (of the same kind) with values, for "change since". */
  previousPeriod?: string | undefined;
  dimensions: DimensionResult[];
}

export interface ModelOptions {
  area?: string | undefined;
  period?: string | undefined;
  group?: Group;
  measure?: Measure;
  /** `county`, `riket`, `none` or a period; undefined picks the county for a municipality, else Riket. */
  compare?: string | undefined;
  dimensions?: readonly Dimension[];
}

const invalid = (attribute: string, value: string, available?: string[]) =>
  // No `available` key at all when there is no list: bpl-error's detail.params shows it.
  new BplError('invalid-attribute', available ? { attribute, value, available } : { attribute, value });

/** The value when it is one of `list`, or the error naming the allowed values. */
function oneOf<T extends string>(list: readonly T[], value: string, attribute: string, shown = value): T {
  if (list.includes(value as T)) return value as T;
  throw invalid(attribute, shown, [...list]);
}

/** Reads the `measure` attribute. */
export function parseMeasure(value: string | null | undefined): Measure {
  const v = (value ?? '').trim().toLowerCase().replace('normalized', 'normalised') || 'normalised';
  return oneOf(MEASURES, v, 'measure', value ?? '');
}

/** Reads the `dimensions` attribute: ids separated by commas or spaces; all eight when empty. */
export function parseDimensions(value: string | null | undefined): Dimension[] {
  const ids = (value ?? '').split(/[\s,]+/).filter(Boolean);
  return ids.length ? [...new Set(ids.map((id) => oneOf(DIMENSIONS, id, 'dimensions')))] : [...DIMENSIONS];
}

export type LabelMap = Partial<Record<Dimension, LocalizedText>>;

/** Reads a labels map (the `labels` attribute or a `<script type="application/json" data-labels>` child). */
export function parseLabels(text: string | null | undefined): LabelMap {
  if (!text?.trim()) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // reported below
  }
  if (typeof value !== 'object' || !value || Array.isArray(value))
    throw invalid('labels', text.trim().slice(0, 80));
  const out: LabelMap = {};
  for (const [key, label] of Object.entries(value)) {
    const id = oneOf(DIMENSIONS, key, 'labels');
    const { sv, en } = (label ?? {}) as { sv?: unknown; en?: unknown };
    if (
      typeof label === 'string'
        ? !label.trim()
        : typeof sv !== 'string' || !sv.trim() || (en !== undefined && typeof en !== 'string')
    )
      throw invalid('labels', `${id}: ${JSON.stringify(label)}`);
    out[id] = label as LocalizedText;
  }
  return out;
}

/** Reads the `compare` attribute for an area. */
export function parseCompare(
  value: string | null | undefined,
  area: string,
  periods: readonly string[],
): Compare {
  const v = (value ?? '').trim().toLowerCase();
  const none: Compare = { kind: 'none' };
  const riket: Compare = area === RIKET ? none : { kind: 'area', area: RIKET };
  if (v === 'none') return none;
  if (v === 'riket') return riket;
  if (!v || v === 'county')
    return levelOfCode(area) === 'municipality' ? { kind: 'area', area: countyOf(area) } : v ? none : riket;
  return { kind: 'period', period: oneOf(['county', 'riket', 'none', ...periods], v, 'compare', value!) };
}

/**
 * The indicator's own period for a wheel period. Indicators may count in calendar years (2024) or school
 * years (2023/24); a calendar year takes the school year that ends in it, and the reverse.
 */
export function matchPeriod(periods: { has(period: string): boolean }, period: string): string | undefined {
  const p = parsePeriod(period);
  const other =
    p && (p.schoolYear ? `${p.year + 1}` : `${p.year - 1}/${String(p.year % 100).padStart(2, '0')}`);
  return periods.has(period) ? period : other && periods.has(other) ? other : undefined;
}

/** The lowest and highest shown value of the reference areas, by list of observations: every dimension,
 * comparison and row of the wheel asks for the same period's range, which is read once. */
const ranges = new WeakMap<object, [number, number, (code: string) => boolean]>();

/**
 * A value's place between the reference municipalities' lowest and highest value in the period, 0–100 with
 * 100 the best. Suppressed values take no part. Clamped, since the county or Riket may lie outside.
 */
export function normalisedScore(
  indicator: Indicator,
  value: number | undefined,
  values: { values(): Iterable<Observation> } | undefined,
  inReference: (code: string) => boolean,
): number | undefined {
  if (value === undefined || !values) return undefined;
  let range = ranges.get(values);
  if (range?.[2] !== inReference) {
    ranges.set(values, (range = [Infinity, -Infinity, inReference]));
    for (const o of values.values())
      if (hasValue(o) && inReference(o.area)) {
        range[0] = Math.min(range[0], o.value);
        range[1] = Math.max(range[1], o.value);
      }
  }
  const [min, max] = range;
  if (min > max) return undefined;
  const t = max - min < 1e-9 ? 0.5 : Math.min(1, Math.max(0, (value - min) / (max - min)));
  return (indicator.polarity === 'lower-is-better' ? 1 - t : t) * 100;
}

const find = (observations: Observation[] | undefined, area: string) =>
  observations?.find((o) => o.area === area);

/** Everything the wheel shows. Throws BplError for input that cannot be drawn. */
export function buildModel(dataset: Dataset, options: ModelOptions = {}): WheelModel {
  const { group = 'total', measure = 'normalised' } = options;
  const areas = new Set<string>();
  // Each indicator's observations for the group, once: period → observations, and its periods in order.
  const tagged = dataset.indicators
    .filter((i) => i.dimensions.length)
    .map((indicator) => {
      const byPeriod = new Map<string, Observation[]>();
      for (const o of indicator.data) {
        areas.add(o.area);
        if (o.group !== group) continue;
        let list = byPeriod.get(o.period);
        if (!list) byPeriod.set(o.period, (list = []));
        list.push(o);
      }
      return { indicator, byPeriod, periods: sortPeriods(byPeriod.keys()) };
    });
  type Indexed = (typeof tagged)[number];
  if (!tagged.length)
    throw new BplError('no-data', { scope: dataset.indicators.length ? 'dimensions' : 'dataset' });
  const areaList = [...areas].sort();
  const area = options.area?.trim() || (areaList.length === 1 ? areaList[0]! : '');
  if (!area) throw invalid('area', '', areaList);
  if (!areas.has(area)) throw new BplError('unknown-area', { value: area, available: areaList });

  const periods = sortPeriods(
    tagged.flatMap((x) => x.periods.filter((p) => hasValue(find(x.byPeriod.get(p), area)))),
  );
  // Named as the trend chart names it ("Det finns inga värden för Aneby."), not by its code.
  if (!periods.length)
    throw new BplError('no-data', {
      scope: 'area',
      value: areaIndexOf(dataset).name(area),
      ...(group !== 'total' ? { groups: [group] } : {}),
    });
  const period = options.period?.trim() || periods.at(-1)!;
  if (!isValidPeriod(period)) throw invalid('period', period, periods);
  if (!periods.includes(period))
    throw new BplError('no-data', { scope: 'period', period, available: periods });

  const compare = parseCompare(options.compare, area, sortPeriods(tagged.flatMap((x) => x.periods)));
  // The previous period of the same kind (calendar or school year), so that 2023 comes before 2024.
  const kind = parsePeriod(period)!.schoolYear;
  const previousPeriod = periods
    .filter((p) => periodPosition(p) < periodPosition(period) && parsePeriod(p)!.schoolYear === kind)
    .pop();
  const county = countyOf(area);
  const inReference = (code: string) =>
    levelOfCode(code) === 'municipality' && (area === RIKET || countyOf(code) === county);

  /** The indicator's own period matching a wheel period, and its observations. */
  const at = (x: Indexed, p: string) => {
    const own = matchPeriod(x.byPeriod, p);
    return own ? { own, values: x.byPeriod.get(own)! } : undefined;
  };
  /** The goal status in the indicator's own period, when there is one. */
  const goalAt = (indicator: Indicator, a: string, own: string) => {
    const goal = assessGoal(indicator, a, group, own);
    return goal?.period === own ? goal : undefined;
  };

  /** A dimension's level for one area and period, and how many indicators counted. */
  const levelOf = (indicators: Indexed[], a: string, p: string): [number | undefined, number] => {
    let sum = 0;
    let counted = 0;
    for (const x of indicators) {
      const found = at(x, p);
      let value: number | undefined;
      if (found && measure === 'goal') {
        const goal = goalAt(x.indicator, a, found.own);
        value = goal && (goal.status === 'behind' ? 0 : 100);
      } else if (found)
        value = normalisedScore(x.indicator, shownValue(find(found.values, a)), found.values, inReference);
      if (value !== undefined) {
        sum += value;
        counted++;
      }
    }
    return [counted ? sum / counted : undefined, counted];
  };

  const row = (x: Indexed): IndicatorRow => {
    const { indicator, byPeriod, periods: own } = x;
    const found = at(x, period);
    const observation = find(found?.values, area);
    const out: IndicatorRow = { indicator, observation, suppressed: observation?.status === 'suppressed' };
    if (!found || !hasValue(observation)) return out;
    const value = (out.value = observation.value);
    const last = own
      .slice(0, own.indexOf(found.own))
      .map((p) => find(byPeriod.get(p), area))
      .filter(hasValue)
      .pop();
    if (last) {
      const change = (out.change = value - last.value);
      out.previous = { period: last.period, value: last.value };
      const rounded = Number(change.toFixed(indicator.decimals));
      out.trend = rounded ? (rounded > 0 ? 'up' : 'down') : 'flat';
      if (rounded && indicator.polarity)
        out.better = change > 0 === (indicator.polarity === 'higher-is-better');
    }
    out.score = normalisedScore(indicator, value, found.values, inReference);
    // Read by the detail, the table and the CSV only: assessed when first asked for (an assessment reads and
    // sorts the area's whole series, for every row of every dimension).
    let goal: [GoalAssessment?] | undefined;
    Object.defineProperty(out, 'goal', {
      enumerable: true,
      get: () => (goal ??= [goalAt(indicator, area, found.own)])[0],
    });
    return out;
  };

  const dimensions = (options.dimensions ?? DIMENSIONS).map((id): DimensionResult => {
    const indicators = tagged.filter((x) => x.indicator.dimensions.includes(id));
    if (!indicators.length) return { id, indicators: [], counted: 0, state: 'no-indicators' };
    const [level, counted] = levelOf(indicators, area, period);
    return {
      id,
      indicators: indicators.map(row),
      level,
      counted,
      state: level === undefined ? 'no-values' : 'ok',
      compare:
        compare.kind === 'area'
          ? levelOf(indicators, compare.area, period)[0]
          : compare.kind === 'period'
            ? levelOf(indicators, area, compare.period)[0]
            : undefined,
      previous: previousPeriod ? levelOf(indicators, area, previousPeriod)[0] : undefined,
    };
  });

  return { area, period, group, measure, compare, previousPeriod, dimensions };
}

/** Strongest and weakest dimensions, and the largest rise and fall since the previous period. */
export function extremes(
  model: WheelModel,
): Record<'strongest' | 'weakest' | 'rise' | 'fall', DimensionResult | undefined> {
  const withLevel = model.dimensions.filter((d) => d.level !== undefined);
  const changes = withLevel.filter((d) => d.previous !== undefined);
  /** The first dimension with the largest `sign × f`. */
  const pick = (list: DimensionResult[], f: (d: DimensionResult) => number, sign: number) =>
    list.reduce<DimensionResult | undefined>((a, b) => (!a || sign * (f(b) - f(a)) > 0 ? b : a), undefined);
  const level = (d: DimensionResult) => d.level!;
  const delta = (d: DimensionResult) => d.level! - d.previous!;
  const rise = pick(changes, delta, 1);
  const fall = pick(changes, delta, -1);
  return {
    strongest: pick(withLevel, level, 1),
    weakest: pick(withLevel, level, -1),
    rise: rise && Math.round(delta(rise)) > 0 ? rise : undefined,
    fall: fall && Math.round(delta(fall)) < 0 ? fall : undefined,
  };
}
