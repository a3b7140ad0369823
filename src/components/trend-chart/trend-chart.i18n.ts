import type { Translations } from '../../core/i18n/localize.js';

/** Strings of bpl-trend-chart. Parameterised strings are functions; numbers arrive already formatted. */
export interface TrendChartStrings {
  /** Axis titles by unit: the unit is named in the axis title, not on every tick. */
  axis: { percent: string; 'per-1000': string; count: string; score: string };
  goal: string;
  goalLegend: (change: string, baseline: string) => string;
  areaCode: string;
  compared: (area: string, others: string) => string;
  chartLabel: (title: string) => string;
  keyboardHint: string;
  statusLine: (area: string, status: string, period: string, goal: string) => string;
  singlePeriod: (period: string) => string;
  preliminaryNote: string;
  ciNote: string;
  gapNote: string;
  legend: string;
  period: string;
  area: string;
  group: string;
  value: string;
  status: string;
  ciLow: string;
  ci: (low: string, high: string) => string;
  ciHigh: string;
  goalColumn: (area: string) => string;
  missingShort: string;
  changeSince: (change: string, period: string) => string;
  goalAt: (period: string, value: string) => string;
  split: (area: string, group: string) => string;
  sourceLine: string;
  updated: (date: string) => string;
  /** Summary parts. */
  increased: (subject: string, from: string, fromPeriod: string, to: string, toPeriod: string) => string;
  decreased: (subject: string, from: string, fromPeriod: string, to: string, toPeriod: string) => string;
  unchanged: (subject: string, value: string, fromPeriod: string, toPeriod: string) => string;
  onlyValue: (subject: string, value: string, period: string) => string;
  subject: (title: string, area: string) => string;
  subjectGroup: (title: string, group: string, area: string) => string;
  goalBehind: (period: string, goal: string, area: string, by: string) => string;
  goalAhead: (period: string, goal: string, area: string, by: string) => string;
  goalOnTrack: (period: string, goal: string, area: string) => string;
  sameYear: (period: string, list: string) => string;
  missingIn: (periods: string) => string;
  preliminaryIn: (periods: string) => string;
}

const sv: TrendChartStrings = {
  axis: { percent: 'Procent (%)', 'per-1000': 'Per 1\u00a0000', count: 'Antal', score: 'Poäng' },
  goal: 'Mål',
  goalLegend: (change, baseline) => `Streckad linje = målet: ${change} per år från ${baseline}.`,
  areaCode: 'Områdeskod',
  compared: (area, others) => `${area} jämfört med ${others}`,
  chartLabel: (title) => `Diagram: ${title}`,
  keyboardHint:
    'Piltangenterna flyttar mellan år och serier, Home och End till första och sista året, Enter väljer.',
  statusLine: (area, status, period, goal) => `${area} ${period}: ${status} (mål ${goal})`,
  singlePeriod: (period) => `Data har bara en period (${period}), så ingen utveckling över tid kan visas.`,
  preliminaryNote: 'Ofylld markör = preliminärt värde.',
  ciNote: 'Skuggat fält = konfidensintervall.',
  gapNote: 'Avbrott i en linje = uppgift saknas eller är dold.',
  legend: 'Förklaring',
  period: 'Period',
  area: 'Område',
  group: 'Grupp',
  value: 'Värde',
  status: 'Status',
  ciLow: 'Konfidensintervall, nedre',
  ci: (low, high) => `Konfidensintervall ${low}–${high}`,
  ciHigh: 'Konfidensintervall, övre',
  goalColumn: (area) => `Mål, ${area}`,
  missingShort: 'saknas',
  changeSince: (change, period) => `${change} sedan ${period}`,
  goalAt: (period, value) => `Mål ${period}: ${value}`,
  split: (area, group) => `${area}, ${group.toLocaleLowerCase('sv')}`,
  sourceLine: 'Källa',
  updated: (date) => `Uppdaterad ${date}`,
  increased: (s, a, pa, b, pb) => `${s} ökade från ${a} ${pa} till ${b} ${pb}.`,
  decreased: (s, a, pa, b, pb) => `${s} minskade från ${a} ${pa} till ${b} ${pb}.`,
  unchanged: (s, v, pa, pb) => `${s} låg kvar på ${v} mellan ${pa} och ${pb}.`,
  onlyValue: (s, v, p) => `${s} var ${v} ${p}.`,
  subject: (title, area) => `${title} i ${area}`,
  subjectGroup: (title, group, area) => `${title} bland ${group.toLocaleLowerCase('sv')} i ${area}`,
  goalBehind: (p, goal, area, by) => `Målet för ${p} var ${goal}; ${area} ligger ${by} efter.`,
  goalAhead: (p, goal, area, by) => `Målet för ${p} var ${goal}; ${area} ligger ${by} före.`,
  goalOnTrack: (p, goal, area) => `Målet för ${p} var ${goal}; ${area} följer målet.`,
  sameYear: (p, list) => `${p}: ${list}.`,
  missingIn: (periods) => `Uppgift saknas för ${periods}.`,
  preliminaryIn: (periods) => `Värdet för ${periods} är preliminärt.`,
};

const en: TrendChartStrings = {
  axis: { percent: 'Per cent (%)', 'per-1000': 'Per 1,000', count: 'Number', score: 'Score' },
  goal: 'Goal',
  goalLegend: (change, baseline) => `Dashed line = the goal: ${change} a year from ${baseline}.`,
  areaCode: 'Area code',
  compared: (area, others) => `${area} compared with ${others}`,
  chartLabel: (title) => `Chart: ${title}`,
  keyboardHint:
    'Arrow keys move between years and series, Home and End to the first and last year, Enter selects.',
  statusLine: (area, status, period, goal) => `${area} ${period}: ${status} (goal ${goal})`,
  singlePeriod: (period) =>
    `The data has only one period (${period}), so no development over time can be shown.`,
  preliminaryNote: 'Hollow marker = preliminary value.',
  ciNote: 'Shaded band = confidence interval.',
  gapNote: 'A break in a line = the value is missing or hidden.',
  legend: 'Legend',
  period: 'Period',
  area: 'Area',
  group: 'Group',
  value: 'Value',
  status: 'Status',
  ciLow: 'Confidence interval, low',
  ci: (low, high) => `Confidence interval ${low}–${high}`,
  ciHigh: 'Confidence interval, high',
  goalColumn: (area) => `Goal, ${area}`,
  missingShort: 'missing',
  changeSince: (change, period) => `${change} since ${period}`,
  goalAt: (period, value) => `Goal ${period}: ${value}`,
  split: (area, group) => `${area}, ${group.toLocaleLowerCase('en')}`,
  sourceLine: 'Source',
  updated: (date) => `Updated ${date}`,
  increased: (s, a, pa, b, pb) => `${s} increased from ${a} in ${pa} to ${b} in ${pb}.`,
  decreased: (s, a, pa, b, pb) => `${s} decreased from ${a} in ${pa} to ${b} in ${pb}.`,
  unchanged: (s, v, pa, pb) => `${s} stayed at ${v} between ${pa} and ${pb}.`,
  onlyValue: (s, v, p) => `${s} was ${v} in ${p}.`,
  subject: (title, area) => `${title} in ${area}`,
  subjectGroup: (title, group, area) => `${title} among ${group.toLocaleLowerCase('en')} in ${area}`,
  goalBehind: (p, goal, area, by) => `The goal for ${p} was ${goal}; ${area} is ${by} behind.`,
  goalAhead: (p, goal, area, by) => `The goal for ${p} was ${goal}; ${area} is ${by} ahead.`,
  goalOnTrack: (p, goal, area) => `The goal for ${p} was ${goal}; ${area} is on track.`,
  sameYear: (p, list) => `${p}: ${list}.`,
  missingIn: (periods) => `No value for ${periods}.`,
  preliminaryIn: (periods) => `The value for ${periods} is preliminary.`,
};

export const strings: Translations<TrendChartStrings> = { sv, en };
