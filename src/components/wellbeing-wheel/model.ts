/**
 * The wheel's model: which indicators stand behind each wellbeing dimension, their values for one area and
 * period, and each dimension's level on a 0–100 scale. Pure: a dataset and options in, numbers out.
 */
import { countyOf, levelOfCode, RIKET } from '../../core/areas.js';
import { hasValue, valuesAt } from '../../core/dataset-query.js';
import { BplError } from '../../core/errors.js';
import { assessGoal } from '../../core/goal.js';
import type { GoalAssessment } from '../../core/goal.js';
import { comparePeriods, isValidPeriod, parsePeriod, sortPeriods } from '../../core/periods.js';
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
export const DEFAULT_MEASURE: Measure = 'normalised';

export const COMPARE_KEYWORDS = ['county', 'riket', 'none'] as const;

export type Compare =
  | { kind: 'none' }
  | { kind: 'area'; area: string; which: 'county' | 'riket' }
  | { kind: 'period'; period: string };

export type Trend = 'up' | 'down' | 'flat';

export interface IndicatorRow {
  indicator: Indicator;
  /** The indicator's own period for the wheel's period (a school year for a calendar year, or the reverse). */
  period?: string;
  /** The observation of the area in the period (may be suppressed or missing). */
  observation?: Observation;
  /** The value when it may be shown; undefined when missing or suppressed. */
  value?: number;
  /** True when the value exists but is suppressed: it stays hidden everywhere. */
  suppressed: boolean;
  /** The latest earlier period with a value, for the trend. */
  previous?: { period: string; value: number };
  change?: number;
  trend?: Trend;
  /** Whether the change is in the good direction (undefined when flat or unknown). */
  better?: boolean;
  goal?: GoalAssessment;
  /** The value's place between the county's municipalities, 0–100, 100 = best. */
  score?: number;
}

export type DimensionState = 'ok' | 'no-indicators' | 'no-values';

export interface DimensionResult {
  id: Dimension;
  indicators: IndicatorRow[];
  /** 0–100, or undefined when no indicator gives a level. */
  level?: number;
  /** The comparison's level (county, Riket or the earlier period). */
  compare?: number;
  /** The level in the previous period, for the change. */
  previous?: number;
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
  /** The period before `period` with values, for "change since". */
  previousPeriod?: string;
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

/** Indicators tagged with at least one dimension. */
export function wheelIndicators(dataset: Dataset): Indicator[] {
  return dataset.indicators.filter((i) => i.dimensions.length > 0);
}

/** Reads the `measure` attribute. */
export function parseMeasure(value: string | null | undefined): Measure {
  const v = (value ?? '').trim().toLowerCase();
  if (v === '') return DEFAULT_MEASURE;
  if (v === 'normalized') return 'normalised';
  if ((MEASURES as readonly string[]).includes(v)) return v as Measure;
  throw new BplError('invalid-attribute', {
    attribute: 'measure',
    value: value ?? '',
    available: [...MEASURES],
  });
}

/** Reads the `dimensions` attribute: ids separated by commas or spaces; all eight when empty. */
export function parseDimensions(value: string | null | undefined): Dimension[] {
  const ids = (value ?? '').split(/[\s,]+/).filter(Boolean);
  if (ids.length === 0) return [...DIMENSIONS];
  const out: Dimension[] = [];
  for (const id of ids) {
    if (!(DIMENSIONS as readonly string[]).includes(id)) {
      throw new BplError('invalid-attribute', {
        attribute: 'dimensions',
        value: id,
        available: [...DIMENSIONS],
      });
    }
    if (!out.includes(id as Dimension)) out.push(id as Dimension);
  }
  return out;
}

export type LabelMap = Partial<Record<Dimension, LocalizedText>>;

/** Reads a labels map (the `labels` attribute or a `<script type="application/json" data-labels>` child). */
export function parseLabels(text: string | null | undefined, attribute = 'labels'): LabelMap {
  if (text === null || text === undefined || text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new BplError('invalid-attribute', { attribute, value: text.trim().slice(0, 80) });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new BplError('invalid-attribute', { attribute, value: text.trim().slice(0, 80) });
  }
  const out: LabelMap = {};
  for (const [key, label] of Object.entries(value as Record<string, unknown>)) {
    if (!(DIMENSIONS as readonly string[]).includes(key)) {
      throw new BplError('invalid-attribute', { attribute, value: key, available: [...DIMENSIONS] });
    }
    const ok =
      (typeof label === 'string' && label.trim() !== '') ||
      (typeof label === 'object' &&
        label !== null &&
        typeof (label as { sv?: unknown }).sv === 'string' &&
        (label as { sv: string }).sv.trim() !== '' &&
        ['undefined', 'string'].includes(typeof (label as { en?: unknown }).en));
    if (!ok)
      throw new BplError('invalid-attribute', { attribute, value: `${key}: ${JSON.stringify(label)}` });
    out[key as Dimension] = label as LocalizedText;
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
  const level = levelOfCode(area);
  const county = (): Compare =>
    level === 'municipality' ? { kind: 'area', area: countyOf(area), which: 'county' } : riket();
  const riket = (): Compare =>
    area === RIKET ? { kind: 'none' } : { kind: 'area', area: RIKET, which: 'riket' };
  if (v === '') return county();
  if (v === 'none') return { kind: 'none' };
  if (v === 'county') return level === 'municipality' ? county() : { kind: 'none' };
  if (v === 'riket') return riket();
  if (isValidPeriod(v) && periods.includes(v)) return { kind: 'period', period: v };
  throw new BplError('invalid-attribute', {
    attribute: 'compare',
    value: value ?? '',
    available: [...COMPARE_KEYWORDS, ...periods],
  });
}

/**
 * The indicator's own period for a wheel period. Indicators may count in calendar years (2024) or school
 * years (2023/24); a calendar year takes the school year that ends in it, and the reverse.
 */
export function matchPeriod(periods: ReadonlySet<string>, period: string): string | undefined {
  if (periods.has(period)) return period;
  const parsed = parsePeriod(period);
  if (!parsed) return undefined;
  const candidate = parsed.schoolYear
    ? String(parsed.year + 1)
    : `${parsed.year - 1}/${String(parsed.year % 100).padStart(2, '0')}`;
  return periods.has(candidate) ? candidate : undefined;
}

/** Caches `valuesAt` per indicator and period within one model computation. */
class Values {
  private readonly cache = new Map<Indicator, Map<string, Map<string, Observation>>>();
  private readonly periods = new Map<Indicator, Set<string>>();
  constructor(private readonly group: Group) {}

  /** The indicator's period for a wheel period, if it has one. */
  match(indicator: Indicator, period: string): string | undefined {
    let set = this.periods.get(indicator);
    if (!set) this.periods.set(indicator, (set = new Set(indicator.data.map((o) => o.period))));
    return matchPeriod(set, period);
  }

  /** Observations by area in the indicator's period matching `period`. */
  at(indicator: Indicator, period: string): Map<string, Observation> {
    const own = this.match(indicator, period);
    if (own === undefined) return new Map();
    let byPeriod = this.cache.get(indicator);
    if (!byPeriod) this.cache.set(indicator, (byPeriod = new Map()));
    let values = byPeriod.get(own);
    if (!values) byPeriod.set(own, (values = valuesAt(indicator, own, this.group)));
    return values;
  }

  value(indicator: Indicator, area: string, period: string): number | undefined {
    const o = this.at(indicator, period).get(area);
    return hasValue(o) ? o.value : undefined;
  }
}

/** The municipalities an area is measured against: its county's, or every municipality for Riket. */
function referenceAreas(area: string): (code: string) => boolean {
  const level = levelOfCode(area);
  if (level === 'country') return (code) => levelOfCode(code) === 'municipality';
  const county = countyOf(area);
  return (code) => levelOfCode(code) === 'municipality' && countyOf(code) === county;
}

/**
 * A value's place between the reference municipalities' lowest and highest value in the period, 0–100 with
 * 100 the best. Suppressed values take no part. Clamped, since the county or Riket may lie outside.
 */
export function normalisedScore(
  indicator: Indicator,
  value: number | undefined,
  values: Map<string, Observation>,
  inReference: (code: string) => boolean,
): number | undefined {
  if (value === undefined) return undefined;
  let min = Infinity;
  let max = -Infinity;
  for (const [code, o] of values) {
    if (!inReference(code) || !hasValue(o)) continue;
    if (o.value < min) min = o.value;
    if (o.value > max) max = o.value;
  }
  if (!Number.isFinite(min) || !Number.isFinite(max)) return undefined;
  if (max - min < 1e-9) return 50;
  const t = Math.min(1, Math.max(0, (value - min) / (max - min)));
  return (indicator.polarity === 'higher-is-better' ? t : 1 - t) * 100;
}

function mean(values: readonly number[]): number | undefined {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : undefined;
}

/** A dimension's level for one area and period, with how many indicators counted. */
function levelOf(
  indicators: readonly Indicator[],
  area: string,
  period: string,
  measure: Measure,
  group: Group,
  values: Values,
  inReference: (code: string) => boolean,
): { level?: number; counted: number } {
  if (measure === 'goal') {
    let met = 0;
    let counted = 0;
    for (const indicator of indicators) {
      const own = values.match(indicator, period);
      const goal = own === undefined ? undefined : assessGoal(indicator, area, group, own);
      if (!goal || goal.period !== own) continue;
      counted++;
      if (goal.status !== 'behind') met++;
    }
    return counted ? { level: (100 * met) / counted, counted } : { counted: 0 };
  }
  const scores: number[] = [];
  for (const indicator of indicators) {
    const score = normalisedScore(
      indicator,
      values.value(indicator, area, period),
      values.at(indicator, period),
      inReference,
    );
    if (score !== undefined) scores.push(score);
  }
  const level = mean(scores);
  return level === undefined ? { counted: 0 } : { level, counted: scores.length };
}

function trendOf(indicator: Indicator, change: number): Trend {
  const rounded = Number(change.toFixed(indicator.decimals));
  return rounded === 0 ? 'flat' : rounded > 0 ? 'up' : 'down';
}

/** Periods where the area has at least one value among the indicators. */
export function periodsWithArea(indicators: readonly Indicator[], area: string, group: Group): string[] {
  const out = new Set<string>();
  for (const indicator of indicators)
    for (const o of indicator.data)
      if (o.area === area && o.group === group && hasValue(o)) out.add(o.period);
  return sortPeriods(out);
}

/** Everything the wheel shows. Throws BplError for input that cannot be drawn. */
export function buildModel(dataset: Dataset, options: ModelOptions = {}): WheelModel {
  if (dataset.indicators.length === 0) throw new BplError('no-data', { scope: 'dataset' });
  const tagged = wheelIndicators(dataset);
  if (tagged.length === 0) throw new BplError('no-data', { scope: 'dataset' });
  const group = options.group ?? 'total';
  const measure = options.measure ?? DEFAULT_MEASURE;
  const shown = options.dimensions ?? DIMENSIONS;

  const areas = [...new Set(tagged.flatMap((i) => i.data.map((o) => o.area)))].sort();
  let area = options.area?.trim();
  if (!area) {
    if (areas.length !== 1)
      throw new BplError('invalid-attribute', { attribute: 'area', value: '', available: areas });
    area = areas[0]!;
  }
  if (!areas.includes(area)) throw new BplError('unknown-area', { value: area, available: areas });

  const periods = periodsWithArea(tagged, area, group);
  if (periods.length === 0) throw new BplError('no-data', { scope: 'area', value: area });
  const allPeriods = sortPeriods(tagged.flatMap((i) => i.data.map((o) => o.period)));
  let period = options.period?.trim();
  if (period) {
    if (!isValidPeriod(period)) {
      throw new BplError('invalid-attribute', { attribute: 'period', value: period, available: periods });
    }
    if (!periods.includes(period))
      throw new BplError('no-data', { scope: 'period', period, available: periods });
  } else period = periods[periods.length - 1]!;

  const compare = parseCompare(options.compare, area, allPeriods);
  // The previous period of the same kind (calendar or school year), so that 2023 comes before 2024.
  const kind = parsePeriod(period)?.schoolYear;
  const earlier = periods.filter((p) => comparePeriods(p, period) < 0 && parsePeriod(p)?.schoolYear === kind);
  const previousPeriod = earlier[earlier.length - 1];
  const values = new Values(group);
  const inReference = referenceAreas(area);

  const dimensions = shown.map((id): DimensionResult => {
    const indicators = tagged.filter((i) => i.dimensions.includes(id));
    if (indicators.length === 0) return { id, indicators: [], counted: 0, state: 'no-indicators' };
    const rows = indicators.map((indicator) =>
      indicatorRow(indicator, area, period, group, values, inReference),
    );
    const { level, counted } = levelOf(indicators, area, period, measure, group, values, inReference);
    const result: DimensionResult = {
      id,
      indicators: rows,
      counted,
      state: level === undefined ? 'no-values' : 'ok',
    };
    if (level !== undefined) result.level = level;
    if (compare.kind !== 'none') {
      const c =
        compare.kind === 'area'
          ? levelOf(indicators, compare.area, period, measure, group, values, inReference)
          : levelOf(indicators, area, compare.period, measure, group, values, inReference);
      if (c.level !== undefined) result.compare = c.level;
    }
    if (previousPeriod) {
      const p = levelOf(indicators, area, previousPeriod, measure, group, values, inReference);
      if (p.level !== undefined) result.previous = p.level;
    }
    return result;
  });

  const model: WheelModel = { area, period, group, measure, compare, dimensions };
  if (previousPeriod) model.previousPeriod = previousPeriod;
  return model;
}

function indicatorRow(
  indicator: Indicator,
  area: string,
  period: string,
  group: Group,
  values: Values,
  inReference: (code: string) => boolean,
): IndicatorRow {
  const own = values.match(indicator, period);
  const observation = values.at(indicator, period).get(area);
  const row: IndicatorRow = { indicator, suppressed: observation?.status === 'suppressed' };
  if (own !== undefined) row.period = own;
  if (observation) row.observation = observation;
  if (!hasValue(observation) || own === undefined) return row;
  row.value = observation.value;
  const before = indicator.data
    .filter((o) => o.area === area && o.group === group && hasValue(o) && comparePeriods(o.period, own) < 0)
    .sort((a, b) => comparePeriods(a.period, b.period));
  const last = before[before.length - 1];
  if (last && last.value !== null) {
    row.previous = { period: last.period, value: last.value };
    row.change = observation.value - last.value;
    row.trend = trendOf(indicator, row.change);
    if (row.trend !== 'flat') row.better = row.change > 0 === (indicator.polarity === 'higher-is-better');
  }
  const goal = assessGoal(indicator, area, group, own);
  if (goal && goal.period === own) row.goal = goal;
  const score = normalisedScore(indicator, observation.value, values.at(indicator, period), inReference);
  if (score !== undefined) row.score = score;
  return row;
}

/** Strongest and weakest dimensions, and the largest rise and fall since the previous period. */
export function extremes(model: WheelModel): {
  strongest?: DimensionResult;
  weakest?: DimensionResult;
  rise?: DimensionResult;
  fall?: DimensionResult;
} {
  const withLevel = model.dimensions.filter((d) => d.level !== undefined);
  const out: ReturnType<typeof extremes> = {};
  if (withLevel.length) {
    out.strongest = withLevel.reduce((a, b) => (b.level! > a.level! ? b : a));
    out.weakest = withLevel.reduce((a, b) => (b.level! < a.level! ? b : a));
  }
  const changes = withLevel.filter((d) => d.previous !== undefined);
  if (changes.length) {
    const delta = (d: DimensionResult) => d.level! - d.previous!;
    const rise = changes.reduce((a, b) => (delta(b) > delta(a) ? b : a));
    const fall = changes.reduce((a, b) => (delta(b) < delta(a) ? b : a));
    if (Math.round(delta(rise)) > 0) out.rise = rise;
    if (Math.round(delta(fall)) < 0) out.fall = fall;
  }
  return out;
}
