/**
 * The wheel's model: which indicators stand behind each wellbeing dimension, their values for one area and
 * period, and each dimension's level on a 0–100 scale. Pure: a dataset and options in, numbers out.
 *
 * Each indicator's observations are indexed once (period → area → observation) for the chosen group, so
 * that everything after is a lookup.
 */
import { countyOf, levelOfCode, RIKET } from '../../core/areas.js';
import { hasValue } from '../../core/dataset-query.js';
import { BplError } from '../../core/errors.js';
import { assessGoal } from '../../core/goal.js';
import type { GoalAssessment } from '../../core/goal.js';
import { isValidPeriod, parsePeriod, periodPosition } from '../../core/periods.js';
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

export type Compare =
  | { kind: 'none' }
  | { kind: 'area'; area: string; which: 'county' | 'riket' }
  | { kind: 'period'; period: string };

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
  new BplError('invalid-attribute', available ? { attribute, value, available } : { attribute, value });

/** A dimension id, or the error naming the allowed ones. */
function dimensionId(id: string, attribute: string): Dimension {
  if ((DIMENSIONS as readonly string[]).includes(id)) return id as Dimension;
  throw invalid(attribute, id, [...DIMENSIONS]);
}

/** Reads the `measure` attribute. */
export function parseMeasure(value: string | null | undefined): Measure {
  const v = (value ?? '').trim().toLowerCase().replace('normalized', 'normalised') || 'normalised';
  if ((MEASURES as readonly string[]).includes(v)) return v as Measure;
  throw invalid('measure', value ?? '', [...MEASURES]);
}

/** Reads the `dimensions` attribute: ids separated by commas or spaces; all eight when empty. */
export function parseDimensions(value: string | null | undefined): Dimension[] {
  const ids = (value ?? '').split(/[\s,]+/).filter(Boolean);
  return ids.length ? [...new Set(ids.map((id) => dimensionId(id, 'dimensions')))] : [...DIMENSIONS];
}

export type LabelMap = Partial<Record<Dimension, LocalizedText>>;

/** Reads a labels map (the `labels` attribute or a `<script type="application/json" data-labels>` child). */
export function parseLabels(text: string | null | undefined, attribute = 'labels'): LabelMap {
  if (!text?.trim()) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  if (typeof value !== 'object' || !value || Array.isArray(value))
    throw invalid(attribute, text.trim().slice(0, 80));
  const out: LabelMap = {};
  for (const [key, label] of Object.entries(value as Record<string, unknown>)) {
    const { sv, en } = (label ?? {}) as { sv?: unknown; en?: unknown };
    const ok =
      typeof label === 'string'
        ? label.trim()
        : typeof sv === 'string' && sv.trim() && (en === undefined || typeof en === 'string');
    if (!ok) throw invalid(attribute, `${dimensionId(key, attribute)}: ${JSON.stringify(label)}`);
    out[dimensionId(key, attribute)] = label as LocalizedText;
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
  const riket: Compare = area === RIKET ? none : { kind: 'area', area: RIKET, which: 'riket' };
  if (!v || v === 'county') {
    if (levelOfCode(area) === 'municipality') return { kind: 'area', area: countyOf(area), which: 'county' };
    return v ? none : riket;
  }
  if (v === 'none') return none;
  if (v === 'riket') return riket;
  if (periods.includes(v)) return { kind: 'period', period: v };
  throw invalid('compare', value ?? '', ['county', 'riket', 'none', ...periods]);
}

/**
 * The indicator's own period for a wheel period. Indicators may count in calendar years (2024) or school
 * years (2023/24); a calendar year takes the school year that ends in it, and the reverse.
 */
export function matchPeriod(periods: { has(period: string): boolean }, period: string): string | undefined {
  if (periods.has(period)) return period;
  const p = parsePeriod(period);
  const other =
    p && (p.schoolYear ? `${p.year + 1}` : `${p.year - 1}/${String(p.year % 100).padStart(2, '0')}`);
  return other && periods.has(other) ? other : undefined;
}

/**
 * A value's place between the reference municipalities' lowest and highest value in the period, 0–100 with
 * 100 the best. Suppressed values take no part. Clamped, since the county or Riket may lie outside.
 */
export function normalisedScore(
  indicator: Indicator,
  value: number | undefined,
  values: ReadonlyMap<string, Observation> | undefined,
  inReference: (code: string) => boolean,
): number | undefined {
  return values && scoreIn(indicator, value, rangeOf(values.values(), inReference));
}

/** The lowest and highest shown value among the reference areas. */
function rangeOf(observations: Iterable<Observation>, inReference: (code: string) => boolean) {
  let min = Infinity;
  let max = -Infinity;
  for (const o of observations) {
    if (!hasValue(o) || !inReference(o.area)) continue;
    min = Math.min(min, o.value);
    max = Math.max(max, o.value);
  }
  return [min, max] as const;
}

function scoreIn(indicator: Indicator, value: number | undefined, [min, max]: readonly [number, number]) {
  if (value === undefined || min > max) return undefined;
  if (max - min < 1e-9) return 50;
  const t = Math.min(1, Math.max(0, (value - min) / (max - min)));
  return (indicator.polarity === 'higher-is-better' ? t : 1 - t) * 100;
}

const find = (observations: Observation[] | undefined, area: string) =>
  observations?.find((o) => o.area === area);

const positions = new Map<string, number>();
/** A period's place on the time axis, parsed once per distinct period. */
function position(period: string): number {
  let p = positions.get(period);
  if (p === undefined) positions.set(period, (p = periodPosition(period)));
  return p;
}

/** Distinct periods in time order. */
const sortPeriods = (periods: Iterable<string>) =>
  [...new Set(periods)].sort((a, b) => position(a) - position(b));

/** One indicator's observations for the group: period → area → observation, and its periods in order. */
interface Indexed {
  indicator: Indicator;
  byPeriod: Map<string, Observation[]>;
  periods: string[];
}

function index(indicator: Indicator, group: Group, areas: Set<string>): Indexed {
  const byPeriod = new Map<string, Observation[]>();
  for (const o of indicator.data) {
    areas.add(o.area);
    if (o.group !== group) continue;
    let m = byPeriod.get(o.period);
    if (!m) byPeriod.set(o.period, (m = []));
    m.push(o);
  }
  return { indicator, byPeriod, periods: sortPeriods(byPeriod.keys()) };
}

/** Everything the wheel shows. Throws BplError for input that cannot be drawn. */
export function buildModel(dataset: Dataset, options: ModelOptions = {}): WheelModel {
  const group = options.group ?? 'total';
  const measure = options.measure ?? 'normalised';
  const areas = new Set<string>();
  const tagged = dataset.indicators.filter((i) => i.dimensions.length).map((i) => index(i, group, areas));
  if (!tagged.length) throw new BplError('no-data', { scope: 'dataset' });
  const areaList = [...areas].sort();
  const area = options.area?.trim() || (areaList.length === 1 ? areaList[0]! : '');
  if (!area) throw invalid('area', '', areaList);
  if (!areas.has(area)) throw new BplError('unknown-area', { value: area, available: areaList });

  const periods = sortPeriods(
    tagged.flatMap((x) => x.periods.filter((p) => hasValue(find(x.byPeriod.get(p), area)))),
  );
  if (!periods.length) throw new BplError('no-data', { scope: 'area', value: area });
  const period = options.period?.trim() || periods[periods.length - 1]!;
  if (!isValidPeriod(period)) throw invalid('period', period, periods);
  if (!periods.includes(period))
    throw new BplError('no-data', { scope: 'period', period, available: periods });

  const compare = parseCompare(options.compare, area, sortPeriods(tagged.flatMap((x) => x.periods)));
  // The previous period of the same kind (calendar or school year), so that 2023 comes before 2024.
  const kind = parsePeriod(period)!.schoolYear;
  const previousPeriod = periods
    .filter((p) => position(p) < position(period) && parsePeriod(p)?.schoolYear === kind)
    .pop();
  const county = countyOf(area);
  const inReference = (code: string) =>
    levelOfCode(code) === 'municipality' && (area === RIKET || countyOf(code) === county);

  const ranges = new Map<Observation[], readonly [number, number]>();
  const score = (indicator: Indicator, value: number | undefined, values: Observation[]) => {
    let range = ranges.get(values);
    if (!range) ranges.set(values, (range = rangeOf(values, inReference)));
    return scoreIn(indicator, value, range);
  };

  /** The observations of the indicator's own period matching a wheel period. */
  const at = (x: Indexed, p: string) => {
    const own = matchPeriod(x.byPeriod, p);
    return own === undefined ? undefined : { own, values: x.byPeriod.get(own)! };
  };

  /** A dimension's level for one area and period, and how many indicators counted. */
  const levelOf = (indicators: Indexed[], a: string, p: string): [number | undefined, number] => {
    let sum = 0;
    let counted = 0;
    for (const x of indicators) {
      const found = at(x, p);
      if (!found) continue;
      if (measure === 'goal') {
        const goal = assessGoal(x.indicator, a, group, found.own);
        if (goal?.period !== found.own) continue;
        sum += goal.status === 'behind' ? 0 : 100;
      } else {
        const o = find(found.values, a);
        const value = score(x.indicator, hasValue(o) ? o.value : undefined, found.values);
        if (value === undefined) continue;
        sum += value;
      }
      counted++;
    }
    return [counted ? sum / counted : undefined, counted];
  };

  const row = (x: Indexed): IndicatorRow => {
    const { indicator } = x;
    const found = at(x, period);
    const observation = find(found?.values, area);
    const out: IndicatorRow = { indicator, observation, suppressed: observation?.status === 'suppressed' };
    if (!found || !hasValue(observation)) return out;
    const value = (out.value = observation.value);
    const last = x.periods
      .slice(0, x.periods.indexOf(found.own))
      .map((p) => find(x.byPeriod.get(p), area))
      .filter(hasValue)
      .pop();
    if (last) {
      const change = value - last.value;
      out.previous = { period: last.period, value: last.value };
      out.change = change;
      const rounded = Number(change.toFixed(indicator.decimals));
      out.trend = rounded ? (rounded > 0 ? 'up' : 'down') : 'flat';
      if (rounded) out.better = change > 0 === (indicator.polarity === 'higher-is-better');
    }
    // The goal status is read only by the detail, the table and the CSV: assessed when first asked for.
    let goal: GoalAssessment | undefined | null = null;
    Object.defineProperty(out, 'goal', {
      enumerable: true,
      get: () => {
        if (goal === null) {
          const g = assessGoal(indicator, area, group, found.own);
          goal = g?.period === found.own ? g : undefined;
        }
        return goal;
      },
    });
    out.score = score(indicator, value, found.values);
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
        compare.kind === 'none'
          ? undefined
          : levelOf(
              indicators,
              compare.kind === 'area' ? compare.area : area,
              compare.kind === 'area' ? period : compare.period,
            )[0],
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
  const pick = (list: DimensionResult[], f: (d: DimensionResult) => number, sign: number) =>
    list.reduce<DimensionResult | undefined>((a, b) => (!a || sign * (f(b) - f(a)) > 0 ? b : a), undefined);
  const delta = (d: DimensionResult) => d.level! - d.previous!;
  const changes = withLevel.filter((d) => d.previous !== undefined);
  const rise = pick(changes, delta, 1);
  const fall = pick(changes, delta, -1);
  return {
    strongest: pick(withLevel, (d) => d.level!, 1),
    weakest: pick(withLevel, (d) => d.level!, -1),
    rise: rise && Math.round(delta(rise)) > 0 ? rise : undefined,
    fall: fall && Math.round(delta(fall)) < 0 ? fall : undefined,
  };
}
