/**
 * The generated text summary, in the page's language: how the chosen area developed, where it stands
 * against the goal, and the comparisons in the same year. Pure: the model, formatters and strings in.
 */
import type { Unit } from '../../core/schema/dataset.js';
import type { TrendChartStrings } from './trend-chart.i18n.js';
import type { TrendModel, TrendPoint } from './model.js';
import { findLastIndex } from './layout.js';

export interface SummaryFormat {
  value: (value: number, unit: Unit, decimals: number) => string;
  difference: (value: number, unit: Unit, decimals: number) => string;
  list: (items: string[]) => string;
  areaName: (code: string) => string;
  groupName: (group: string) => string;
}

export function summarize(model: TrendModel, title: string, s: TrendChartStrings, f: SummaryFormat): string {
  const { periods, indicator } = model;
  const value = (v: number) => f.value(v, indicator.unit, indicator.decimals);
  const hasValue = (p: TrendPoint) => p.value !== null;
  const areaName = f.areaName(model.area);
  const parts: string[] = [];
  // How each of the chosen area's series developed (girls and boys when split), and its goal.
  const mains = model.series.filter((x) => x.main);
  for (const { group, points, assessment: a } of mains) {
    const groupName = group === 'total' ? '' : f.groupName(group);
    const subject = groupName ? s.subjectGroup(title, groupName, areaName) : s.subject(title, areaName);
    const first = points.findIndex(hasValue);
    const last = findLastIndex(points, hasValue);
    if (first >= 0) {
      const [from, to] = [points[first]!.value!, points[last]!.value!];
      const [fa, fb, pa, pb] = [value(from), value(to), periods[first]!, periods[last]!];
      // Same when rounded to the shown decimals: say so, rather than "increased from 82,1 % to 82,1 %".
      parts.push(
        first === last
          ? s.onlyValue(subject, fb, pb)
          : fa === fb
            ? s.unchanged(subject, fb, pa, pb)
            : s.changed(subject, to > from, fa, pa, fb, pb),
      );
    }
    if (a) {
      const who = groupName ? `${areaName} (${groupName.toLocaleLowerCase()})` : areaName;
      const by = f.difference(Math.abs(a.margin), indicator.unit, indicator.decimals);
      parts.push(s.goalStanding(a.period, value(a.goal), who, a.status, by));
    }
  }
  // The comparisons in the chosen area's latest period, its gaps and preliminary values.
  const main = mains[0]!.points;
  const first = main.findIndex(hasValue);
  const last = findLastIndex(main, hasValue);
  const items = model.series
    .filter((c) => !c.main && last >= 0 && c.points[last]!.value !== null)
    .map((c) => `${f.areaName(c.area)} ${value(c.points[last]!.value!)}`);
  if (items.length) parts.push(`${periods[last]}: ${f.list(items)}.`);
  const gaps = periods.filter((_, i) => i > first && i < last && main[i]!.value === null);
  if (gaps.length) parts.push(s.missingIn(f.list(gaps.length > 5 ? [...gaps.slice(0, 5), '…'] : gaps)));
  const preliminary = periods.filter((_, i) => main[i]!.status === 'preliminary' && main[i]!.value !== null);
  if (preliminary.length) parts.push(s.preliminaryIn(f.list(preliminary)));
  return parts.join(' ');
}
