import type { GoalStatus } from '../../core/goal.js';
import { addEnglish } from '../../core/i18n/localize.js';
import type { Translations } from '../../core/i18n/localize.js';

/**
 * Strings of bpl-trend-chart. Parameterised strings are functions; numbers arrive already formatted. Patterns
 * that are the same in both languages, with only punctuation around words from here or from core ("Mål, Värnamo",
 * "Mål 2024: 96,5 %", "Värnamo, flickor", "2024: Riket 81,0 %."), are put together where they are used.
 */
export interface TrendChartStrings {
  showSummary: string;
  hideSummary: string;
  goal: string;
  goalLegend: (change: string, baseline: string) => string;
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
  /** Columns of the CSV download: area, its code, group, period, value, status, interval, goal. */
  csvHeader: string[];
  ci: (low: string, high: string) => string;
  changeSince: (change: string, period: string) => string;
  /** Summary parts. */
  /** Went up (`up`) or down from one value to another. */
  changed: (
    subject: string,
    up: boolean,
    from: string,
    fromPeriod: string,
    to: string,
    toPeriod: string,
  ) => string;
  unchanged: (subject: string, value: string, fromPeriod: string, toPeriod: string) => string;
  onlyValue: (subject: string, value: string, period: string) => string;
  subject: (title: string, area: string) => string;
  subjectGroup: (title: string, group: string, area: string) => string;
  /** The goal for a period and where the area stands: behind or ahead by `by`, or on track. */
  goalStanding: (period: string, goal: string, area: string, status: GoalStatus, by: string) => string;
  missingIn: (periods: string) => string;
  preliminaryIn: (periods: string) => string;
}

const sv: TrendChartStrings = {
  showSummary: 'Visa sammanfattning',
  hideSummary: 'Dölj sammanfattning',
  goal: 'Mål',
  goalLegend: (change, baseline) => `Streckad linje = målet: ${change} per år från ${baseline}.`,
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
  csvHeader: [
    'Område',
    'Områdeskod',
    'Grupp',
    'Period',
    'Värde',
    'Status',
    'Konfidensintervall, nedre',
    'Konfidensintervall, övre',
    'Mål',
  ],
  ci: (low, high) => `Konfidensintervall ${low}–${high}`,
  changeSince: (change, period) => `${change} sedan ${period}`,
  changed: (s, up, a, pa, b, pb) => `${s} ${up ? 'ökade' : 'minskade'} från ${a} ${pa} till ${b} ${pb}.`,
  unchanged: (s, v, pa, pb) => `${s} låg kvar på ${v} mellan ${pa} och ${pb}.`,
  onlyValue: (s, v, p) => `${s} var ${v} ${p}.`,
  subject: (title, area) => `${title} i ${area}`,
  subjectGroup: (title, group, area) => `${title} bland ${group.toLocaleLowerCase('sv')} i ${area}`,
  goalStanding: (p, goal, area, status, by) =>
    `Målet för ${p} var ${goal}; ${area} ${status === 'on-track' ? 'följer målet' : `ligger ${by} ${status === 'behind' ? 'efter' : 'före'}`}.`,
  missingIn: (periods) => `Uppgift saknas för ${periods}.`,
  preliminaryIn: (periods) => `Värdet för ${periods} är preliminärt.`,
};

export const strings: Translations<TrendChartStrings> = { sv };
addEnglish(() => import('./trend-chart.i18n.en.js'));
