/**
 * The generated text summary, in the page's language: how the chosen area developed, where it stands
 * against the goal, and the comparisons in the same year. Pure: the model, formatters and strings in.
 */
import type { GoalAssessment } from '../../core/goal.js';
import type { Unit } from '../../core/schema/dataset.js';
import type { TrendChartStrings } from './trend-chart.i18n.js';
import type { TrendModel, TrendSeries } from './model.js';
import { findLastIndex } from './model.js';

export interface SummaryFormat {
  value: (value: number, unit: Unit, decimals: number) => string;
  difference: (value: number, unit: Unit, decimals: number) => string;
  list: (items: string[]) => string;
  areaName: (code: string) => string;
  groupName: (group: string) => string;
}

export function goalSentence(
  a: GoalAssessment,
  area: string,
  unit: Unit,
  decimals: number,
  s: TrendChartStrings,
  f: SummaryFormat,
): string {
  return s.goalStanding(
    a.period,
    f.value(a.goal, unit, decimals),
    area,
    a.status,
    f.difference(Math.abs(a.margin), unit, decimals),
  );
}

function development(
  series: TrendSeries,
  subject: string,
  model: TrendModel,
  s: TrendChartStrings,
  f: SummaryFormat,
): string {
  const { unit, decimals } = model.indicator;
  const first = series.points.findIndex((p) => p.value !== null);
  const last = findLastIndex(series.points, (p) => p.value !== null);
  if (first < 0) return '';
  const a = series.points[first]!.value!;
  const b = series.points[last]!.value!;
  const pa = model.periods[first]!;
  const pb = model.periods[last]!;
  if (first === last) return s.onlyValue(subject, f.value(b, unit, decimals), pb);
  const fa = f.value(a, unit, decimals);
  const fb = f.value(b, unit, decimals);
  // Same when rounded to the shown decimals: say so, rather than "increased from 82,1 % to 82,1 %".
  if (fa === fb) return s.unchanged(subject, fb, pa, pb);
  return s.changed(subject, b > a, fa, pa, fb, pb);
}

export function summarize(model: TrendModel, title: string, s: TrendChartStrings, f: SummaryFormat): string {
  const { unit, decimals } = model.indicator;
  const areaName = f.areaName(model.area);
  const parts: string[] = [];
  const mains = model.series.filter((x) => x.main);
  for (const series of mains) {
    const subject =
      series.group === 'total'
        ? s.subject(title, areaName)
        : s.subjectGroup(title, f.groupName(series.group), areaName);
    parts.push(development(series, subject, model, s, f));
    if (series.assessment) {
      const who =
        series.group === 'total'
          ? areaName
          : `${areaName} (${f.groupName(series.group).toLocaleLowerCase()})`;
      parts.push(goalSentence(series.assessment, who, unit, decimals, s, f));
    }
  }
  const main = mains[0]!;
  const last = findLastIndex(main.points, (p) => p.value !== null);
  const comparisons = model.series.filter((x) => !x.main);
  if (last >= 0 && comparisons.length) {
    const items = comparisons
      .filter((c) => c.points[last]!.value !== null)
      .map((c) => `${f.areaName(c.area)} ${f.value(c.points[last]!.value!, unit, decimals)}`);
    if (items.length) parts.push(s.sameYear(model.periods[last]!, f.list(items)));
  }
  const first = main.points.findIndex((p) => p.value !== null);
  const gaps = model.periods.filter((_, i) => i > first && i < last && main.points[i]!.value === null);
  if (gaps.length) parts.push(s.missingIn(f.list(gaps.length > 5 ? [...gaps.slice(0, 5), '…'] : gaps)));
  const preliminary = model.periods.filter(
    (_, i) => main.points[i]!.status === 'preliminary' && main.points[i]!.value !== null,
  );
  if (preliminary.length) parts.push(s.preliminaryIn(f.list(preliminary)));
  return parts.filter(Boolean).join(' ');
}
