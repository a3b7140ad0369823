import type { Translations } from '../../core/i18n/localize.js';

export interface WheelStrings {
  title: (area: string, period: string) => string;
  measureNormalised: string;
  measureGoal: string;
  /** The level as shown on the rim and in the table. */
  level: (value: string, measure: 'normalised' | 'goal') => string;
  levelHeader: (measure: 'normalised' | 'goal') => string;
  noIndicators: string;
  noValues: string;
  compareLegend: (what: string) => string;
  changeHeader: (period: string) => string;
  indicatorsHeader: string;
  dimensionHeader: string;
  indicatorHeader: string;
  valueHeader: string;
  trendHeader: string;
  goalHeader: string;
  missingLegend: string;
  wheelLabel: (area: string, period: string) => string;
  keyboardHint: string;
  segmentLabel: (p: {
    name: string;
    value: string;
    compare?: string;
    change?: string;
    count: number;
  }) => string;
  detailHeading: (name: string, n: number) => string;
  detailIntro: (level: string, counted: number, total: number) => string;
  showTrend: string;
  showTrendFor: (title: string) => string;
  trendText: (p: {
    direction: 'up' | 'down' | 'flat';
    change: string;
    since: string;
    better?: boolean | undefined;
  }) => string;
  score: (value: string) => string;
  summary: (p: {
    strongest?: string;
    /** Set when several dimensions have a level and all levels are equal: the level. */
    same?: string;
    weakest?: string;
    rise?: string;
    fall?: string;
    previous?: string;
    empty: string[];
    compare?: string;
    above?: number;
    below?: number;
  }) => string;
  summaryNone: string;
  tableCaption: (area: string, period: string) => string;
  indicatorTableCaption: string;
}

/** "a, b och c" without Intl (the summary is also built in Node tests). */
function list(items: string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

export const wheelStrings: Translations<WheelStrings> = {
  sv: {
    title: (area, period) => `Barns och ungas välbefinnande i ${area} ${period}`,
    measureNormalised:
      'Index 0–100: var värdena ligger mellan länets lägsta (0) och högsta (100) kommun, i snitt för dimensionens indikatorer (vänt där lägre är bättre).',
    measureGoal: 'Andel av dimensionens indikatorer som följer målet (0–100 %).',
    level: (value, measure) => (measure === 'goal' ? `${value} %` : value),
    levelHeader: (measure) => (measure === 'goal' ? 'Andel som följer målet' : 'Index (0–100)'),
    noIndicators: 'inga indikatorer',
    noValues: 'uppgift saknas',
    compareLegend: (what) => `Jämförelse: ${what}`,
    changeHeader: (period) => `Förändring sedan ${period}`,
    indicatorsHeader: 'Antal indikatorer',
    dimensionHeader: 'Dimension',
    indicatorHeader: 'Indikator',
    valueHeader: 'Värde',
    trendHeader: 'Utveckling',
    goalHeader: 'Mål',
    missingLegend: 'Inga indikatorer eller värden',
    wheelLabel: (area, period) => `Välbefinnandehjul för ${area} ${period}`,
    keyboardHint: 'Piltangenterna går runt hjulet, Enter visar indikatorerna, Escape stänger.',
    segmentLabel: ({ name, value, compare, change, count }) =>
      [
        `${name}: ${value}`,
        compare,
        change,
        count ? `${count} ${count === 1 ? 'indikator' : 'indikatorer'}` : undefined,
      ]
        .filter(Boolean)
        .join('. '),
    detailHeading: (name, n) => `${name} – ${n} ${n === 1 ? 'indikator' : 'indikatorer'}`,
    detailIntro: (level, counted, total) =>
      `Nivå ${level}, beräknad från ${counted} av ${total} ${total === 1 ? 'indikator' : 'indikatorer'}.`,
    showTrend: 'Visa utveckling',
    showTrendFor: (title) => `Visa utveckling: ${title}`,
    trendText: ({ direction, change, since, better }) =>
      direction === 'flat'
        ? `Oförändrat sedan ${since}`
        : `${direction === 'up' ? 'Ökat' : 'Minskat'} ${change} sedan ${since}${better === undefined ? '' : better ? ' (bättre)' : ' (sämre)'}`,
    score: (value) => `Placering i länet: ${value} av 100`,
    summary: ({ strongest, weakest, same, rise, fall, previous, empty, compare, above, below }) => {
      const parts: string[] = [];
      if (same) parts.push(`Alla dimensioner med värden ligger på samma nivå, ${same}.`);
      else if (strongest && weakest && strongest !== weakest)
        parts.push(`Starkast är ${strongest} och svagast ${weakest}.`);
      else if (strongest) parts.push(`${strongest} är den enda dimensionen med en nivå.`);
      if (previous) {
        if (rise && fall) parts.push(`Sedan ${previous} har ${rise} ökat mest och ${fall} minskat mest.`);
        else if (rise) parts.push(`Sedan ${previous} har ${rise} ökat mest; ingen dimension har minskat.`);
        else if (fall) parts.push(`Sedan ${previous} har ${fall} minskat mest; ingen dimension har ökat.`);
        else parts.push(`Inga dimensioner har ändrats märkbart sedan ${previous}.`);
      }
      if (compare && (above !== undefined || below !== undefined)) {
        parts.push(`Jämfört med ${compare} ligger ${above ?? 0} dimensioner högre och ${below ?? 0} lägre.`);
      }
      if (empty.length) parts.push(`Utan värden: ${list(empty, 'och')}.`);
      return parts.join(' ');
    },
    summaryNone: 'Ingen dimension har värden för den valda perioden.',
    tableCaption: (area, period) => `Välbefinnandets dimensioner, ${area} ${period}`,
    indicatorTableCaption: 'Indikatorerna bakom dimensionerna',
  },
  en: {
    title: (area, period) => `Wellbeing of children and young people in ${area}, ${period}`,
    measureNormalised:
      "Index 0–100: where the values lie between the county's lowest (0) and highest (100) municipality, averaged over the dimension's indicators (reversed where lower is better).",
    measureGoal: "Share of the dimension's indicators on track to meet their goal (0–100 %).",
    level: (value, measure) => (measure === 'goal' ? `${value} %` : value),
    levelHeader: (measure) => (measure === 'goal' ? 'Share on track' : 'Index (0–100)'),
    noIndicators: 'no indicators',
    noValues: 'no data',
    compareLegend: (what) => `Comparison: ${what}`,
    changeHeader: (period) => `Change since ${period}`,
    indicatorsHeader: 'Indicators',
    dimensionHeader: 'Dimension',
    indicatorHeader: 'Indicator',
    valueHeader: 'Value',
    trendHeader: 'Trend',
    goalHeader: 'Goal',
    missingLegend: 'No indicators or values',
    wheelLabel: (area, period) => `Wellbeing wheel for ${area}, ${period}`,
    keyboardHint: 'Arrow keys go round the wheel, Enter shows the indicators, Escape closes.',
    segmentLabel: ({ name, value, compare, change, count }) =>
      [
        `${name}: ${value}`,
        compare,
        change,
        count ? `${count} ${count === 1 ? 'indicator' : 'indicators'}` : undefined,
      ]
        .filter(Boolean)
        .join('. '),
    detailHeading: (name, n) => `${name} – ${n} ${n === 1 ? 'indicator' : 'indicators'}`,
    detailIntro: (level, counted, total) =>
      `Level ${level}, computed from ${counted} of ${total} ${total === 1 ? 'indicator' : 'indicators'}.`,
    showTrend: 'Show trend',
    showTrendFor: (title) => `Show trend: ${title}`,
    trendText: ({ direction, change, since, better }) =>
      direction === 'flat'
        ? `Unchanged since ${since}`
        : `${direction === 'up' ? 'Up' : 'Down'} ${change} since ${since}${better === undefined ? '' : better ? ' (better)' : ' (worse)'}`,
    score: (value) => `Place in the county: ${value} of 100`,
    summary: ({ strongest, weakest, same, rise, fall, previous, empty, compare, above, below }) => {
      const parts: string[] = [];
      if (same) parts.push(`Every dimension with values is at the same level, ${same}.`);
      else if (strongest && weakest && strongest !== weakest)
        parts.push(`Strongest is ${strongest}, weakest ${weakest}.`);
      else if (strongest) parts.push(`${strongest} is the only dimension with a level.`);
      if (previous) {
        if (rise && fall)
          parts.push(`Since ${previous}, ${rise} has risen most and ${fall} has fallen most.`);
        else if (rise) parts.push(`Since ${previous}, ${rise} has risen most; no dimension has fallen.`);
        else if (fall) parts.push(`Since ${previous}, ${fall} has fallen most; no dimension has risen.`);
        else parts.push(`No dimension has changed noticeably since ${previous}.`);
      }
      if (compare && (above !== undefined || below !== undefined)) {
        parts.push(`Compared with ${compare}, ${above ?? 0} dimensions are higher and ${below ?? 0} lower.`);
      }
      if (empty.length) parts.push(`Without values: ${list(empty, 'and')}.`);
      return parts.join(' ');
    },
    summaryNone: 'No dimension has values for the chosen period.',
    tableCaption: (area, period) => `Dimensions of wellbeing, ${area}, ${period}`,
    indicatorTableCaption: 'The indicators behind the dimensions',
  },
};
