/* English strings of trend-chart, fetched on demand (see `addEnglish` in src/core/i18n/localize.ts). */
import { strings } from './trend-chart.i18n.js';
import type { TrendChartStrings } from './trend-chart.i18n.js';

const en: TrendChartStrings = {
  showSummary: 'Show summary',
  hideSummary: 'Hide summary',
  goal: 'Goal',
  goalLegend: (change, baseline) => `Dashed line = the goal: ${change} a year from ${baseline}.`,
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
  csvHeader: [
    'Area',
    'Area code',
    'Group',
    'Period',
    'Value',
    'Status',
    'Confidence interval, low',
    'Confidence interval, high',
    'Goal',
  ],
  ci: (low, high) => `Confidence interval ${low}–${high}`,
  changeSince: (change, period) => `${change} since ${period}`,
  changed: (s, up, a, pa, b, pb) =>
    `${s} ${up ? 'increased' : 'decreased'} from ${a} in ${pa} to ${b} in ${pb}.`,
  unchanged: (s, v, pa, pb) => `${s} stayed at ${v} between ${pa} and ${pb}.`,
  onlyValue: (s, v, p) => `${s} was ${v} in ${p}.`,
  subject: (title, area) => `${title} in ${area}`,
  subjectGroup: (title, group, area) => `${title} among ${group.toLocaleLowerCase('en')} in ${area}`,
  goalStanding: (p, goal, area, status, by) =>
    `The goal for ${p} was ${goal}; ${area} ${status === 'on-track' ? 'is on track' : `is ${by} ${status}`}.`,
  missingIn: (periods) => `No value for ${periods}.`,
  preliminaryIn: (periods) => `The value for ${periods} is preliminary.`,
};

strings.en = en;
