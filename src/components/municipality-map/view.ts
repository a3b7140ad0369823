import { BplError } from '../../core/errors.js';
import { AreaIndex, RIKET } from '../../core/areas.js';
import {
  areaIndexOf,
  findIndicator,
  hasValue,
  parseGroup,
  shownValue,
  valuesAt,
} from '../../core/dataset-query.js';
import { assessGoal, goalPath } from '../../core/goal.js';
import type { GoalStatus } from '../../core/goal.js';
import type { Lang } from '../../core/i18n/format.js';
import { localText } from '../../core/i18n/localize.js';
import { comparePeriods, sortPeriods } from '../../core/periods.js';
import type { Dataset, Group, Indicator, Observation } from '../../core/schema/dataset.js';
import type { ClassMethod, Classes } from './classify.js';
import { CLASS_METHODS, classOf, divergingClasses, divergingRange, sequentialClasses } from './classify.js';
import type { MapFeature } from './geo.js';
import { soleCounty } from './geo.js';

/**
 * The map's view model, from the dataset, the features and the attributes: pure, no DOM. Everything the
 * element draws (colours, ranks, the list, the summary) comes from here; only the projection (which needs
 * the size) is computed later.
 */

export type ColorBy = 'value' | 'county' | 'goal';
export const COLOR_BY: readonly ColorBy[] = ['value', 'county', 'goal'];

export interface MapOptions {
  indicator?: string | undefined;
  period?: string | undefined;
  group?: string | undefined;
  colorBy?: string | undefined;
  classes?: number | string | undefined;
  classing?: string | undefined;
  area?: string | undefined;
  /** Two-digit county code whose value is the reference (derived from the features when not given). */
  county?: string | undefined;
  lang: Lang;
}

export interface MapRow {
  code: string;
  name: string;
  observation?: Observation;
  /** The value, where one may be shown (not missing, not suppressed). */
  value?: number;
  /** 1 is best; ties share a rank. */
  rank?: number;
  /** value − county value, in the unit's points. */
  diffCounty?: number;
  /** The area's goal value for the period, where it has a goal. */
  goal?: number;
  goalStatus?: GoalStatus;
  /** The quantity the colour shows: the value, or a signed distance where positive is better. */
  measure?: number;
  /** Colour class, undefined when drawn as missing. */
  classIndex?: number;
}

export interface LegendClass {
  index: number;
  slot: number;
  /** Lower and upper limit (sequential: values; diverging: distances, ±Infinity at the ends). */
  from: number;
  to: number;
  count: number;
}

export interface MapView {
  indicator: Indicator;
  title: string;
  period: string;
  /** Periods with at least one value on the map, for the slider. */
  periods: string[];
  group: Group;
  colorBy: ColorBy;
  classes: Classes;
  legend: LegendClass[];
  /** One row per feature, in the features' order. */
  rows: MapRow[];
  /** Rows with values, best first, then the rest by name. */
  ranked: MapRow[];
  withValues: number;
  features: MapFeature[];
  countyCode?: string;
  countyName?: string;
  countyValue?: number;
  riketValue?: number;
  /** Riket's name in the reader's language (the registry's, or the data's own). */
  riketName: string;
  selected?: string;
  highest?: MapRow;
  lowest?: MapRow;
  /** Municipalities that are on track or ahead of the goal, of those with a goal assessment. */
  goalMet: number;
  goalAssessed: number;
  missingCount: number;
}

/** An attribute's value, one of `allowed` (`fallback` when not given); else an invalid-attribute error. */
function parseOption<T extends string>(
  value: unknown,
  allowed: readonly T[],
  attribute: string,
  fallback = allowed[0]!,
): T {
  const v = String(value ?? '').trim() || fallback;
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new BplError('invalid-attribute', { attribute, value: v, available: [...allowed] });
}

/** The county most features belong to, when they all share one. */
export function countyOfFeatures(features: readonly MapFeature[]): string | undefined {
  return soleCounty(features.map((f) => f.code));
}

/** Ranks by value in the good direction; equal values share a rank (1, 2, 2, 4). */
export function rankRows(rows: MapRow[], higherIsBetter: boolean): MapRow[] {
  const valued = rows.filter((r) => r.value !== undefined);
  valued.sort(
    (a, b) =>
      (higherIsBetter ? b.value! - a.value! : a.value! - b.value!) || a.name.localeCompare(b.name, 'sv'),
  );
  valued.forEach((row, i) => {
    const previous = valued[i - 1];
    row.rank = previous && previous.value === row.value ? previous.rank! : i + 1;
  });
  const missing = rows
    .filter((r) => r.value === undefined)
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  return [...valued, ...missing];
}

export function buildView(dataset: Dataset, features: MapFeature[], options: MapOptions): MapView {
  const indicator = findIndicator(dataset, options.indicator);
  const group = parseGroup(options.group) as Group;
  const colorBy = parseOption(options.colorBy, COLOR_BY, 'color-by');
  // A whole number 3–7 however written (`5`, `5.0`, `05`); anything else is named as given in the error.
  const n = Number(options.classes);
  const given = Number.isInteger(n) && n >= 3 && n <= 7 ? n : options.classes;
  const classCount = Number(parseOption(given, ['3', '4', '5', '6', '7'], 'classes', '5'));
  const classing = parseOption<ClassMethod>(options.classing, CLASS_METHODS, 'classing', 'equal');
  const codes = new Set(features.map((f) => f.code));

  if (indicator.data.length === 0) throw new BplError('no-data', { scope: 'indicator', value: indicator.id });
  const ofGroup = indicator.data.filter((o) => o.group === group);
  if (ofGroup.length === 0) throw new BplError('no-data', { scope: 'group', groups: [group] });

  const onMap = ofGroup.filter((o) => codes.has(o.area));
  if (onMap.length === 0) {
    const dataCodes = [...new Set(ofGroup.map((o) => o.area))].filter((c) => !c.startsWith('00'));
    const sample = (list: string[]) =>
      list.length > 6 ? `${list.slice(0, 6).join(', ')} …` : list.join(', ');
    // Said in the page's language: the data's areas (by name where known) are not on this map.
    const known = new AreaIndex(dataset.areas);
    throw new BplError('geometry', {
      reason: 'outside',
      value: sample(dataCodes.map((c) => known.name(c, options.lang))) || '–',
      available: [sample([...codes])],
    });
  }
  const periods = sortPeriods(onMap.filter(hasValue).map((o) => o.period));
  if (periods.length === 0) throw new BplError('no-data', { scope: 'values' });
  const requested = options.period?.trim();
  const period = requested || periods[periods.length - 1]!;
  if (!periods.includes(period))
    throw new BplError('no-data', { scope: 'period', period, available: periods });

  const areas = areaIndexOf(dataset);
  const nameOf = (code: string, fallback: string) =>
    areas.has(code) ? areas.name(code, options.lang) : fallback;
  const selected = options.area?.trim() || undefined;
  if (selected && !codes.has(selected)) {
    throw new BplError('unknown-area', { value: selected, available: codes.size <= 30 ? [...codes] : [] });
  }

  const values = valuesAt(indicator, period, group);
  const county = options.county ?? countyOfFeatures(features);
  const countyCode = county ? `00${county}` : undefined;
  const countyValue = shownValue(countyCode ? values.get(countyCode) : undefined);
  const riketValue = shownValue(values.get(RIKET));
  // Without a polarity (Kolada, PxWeb) values are ranked highest first, and nothing is called better or worse:
  // a colouring by distance (from the county, from the goal) needs to know the good direction.
  const higherIsBetter = indicator.polarity !== 'lower-is-better';
  const direction = higherIsBetter ? 1 : -1;
  if (colorBy !== 'value' && !indicator.polarity)
    throw new BplError('invalid-attribute', { attribute: 'color-by', value: colorBy, available: ['value'] });

  if (colorBy === 'county' && countyValue === undefined) {
    throw new BplError('no-data', {
      scope: 'area',
      value: countyCode ? nameOf(countyCode, countyCode) : 'länet',
    });
  }

  // The goal helpers scan an indicator's data per area; hand them each area's own rows (one pass to group
  // them), so 290 municipalities cost 290 short scans, not 290 scans of everything.
  const byArea = new Map<string, Observation[]>();
  for (const o of ofGroup) {
    let list = byArea.get(o.area);
    if (!list) byArea.set(o.area, (list = []));
    list.push(o);
  }
  const hasGoal = !!indicator.target;
  // Every feature is a row; without data it is drawn as missing, never as zero.
  const rows: MapRow[] = features.map(({ code, name }) => {
    const datum = values.get(code);
    const row: MapRow = { code, name: nameOf(code, name), observation: datum };
    if (hasValue(datum)) {
      row.value = datum.value;
      if (countyValue !== undefined) row.diffCounty = datum.value - countyValue;
      if (hasGoal) {
        const own: Indicator = { ...indicator, data: byArea.get(code) ?? [] };
        const path = goalPath(own, code, group);
        if (path && comparePeriods(period, path.rule.baseline) >= 0) row.goal = path.at(period);
        const assessment = assessGoal(own, code, group, period);
        if (assessment && assessment.period === period) row.goalStatus = assessment.status;
      }
      row.measure =
        colorBy === 'value'
          ? datum.value
          : colorBy === 'county'
            ? direction * (datum.value - countyValue!)
            : row.goal !== undefined
              ? direction * (datum.value - row.goal)
              : undefined;
    }
    return row;
  });

  const measures = rows.map((r) => r.measure).filter((m): m is number => m !== undefined);
  if (colorBy === 'goal' && measures.length === 0) throw new BplError('no-data', { scope: 'values' });
  const classes =
    colorBy === 'value'
      ? sequentialClasses(measures, classCount, classing, indicator.decimals)
      : divergingClasses(measures, classCount);
  for (const row of rows) if (row.measure !== undefined) row.classIndex = classOf(classes, row.measure);

  const legend: LegendClass[] = classes.slots.map((slot, index) => {
    const [from, to] =
      classes.kind === 'sequential'
        ? [classes.limits[index]!, classes.limits[index + 1]!]
        : divergingRange(classes, index);
    return { index, slot, from, to, count: rows.filter((r) => r.classIndex === index).length };
  });

  const valued = rows.filter((r) => r.value !== undefined);
  const byValue = [...valued].sort((a, b) => b.value! - a.value!);
  const assessed = rows.filter((r) => r.goalStatus !== undefined);
  return {
    indicator,
    title: localText(indicator.title, options.lang),
    period,
    periods,
    group,
    colorBy,
    classes,
    legend,
    rows,
    ranked: rankRows(rows, higherIsBetter),
    withValues: valued.length,
    features,
    goalMet: assessed.filter((r) => r.goalStatus !== 'behind').length,
    goalAssessed: assessed.length,
    missingCount: rows.length - valued.length,
    riketName: nameOf(RIKET, RIKET),
    countyCode,
    countyName: countyCode && nameOf(countyCode, countyCode),
    countyValue,
    riketValue,
    selected,
    highest: byValue[0],
    lowest: byValue[byValue.length - 1],
  };
}
