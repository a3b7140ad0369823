/* English strings of wellbeing-wheel, fetched on demand (see `addEnglish` in src/core/i18n/localize.ts). */
import { wheelStrings } from './wellbeing-wheel.i18n.js';

wheelStrings.en = {
  dimensions: {
    safe: 'Safe',
    healthy: 'Healthy',
    achieving: 'Achieving',
    nurtured: 'Nurtured',
    active: 'Active',
    respected: 'Respected',
    responsible: 'Responsible',
    included: 'Included',
  },
  title: (area, period) => `Wellbeing of children and young people in ${area}, ${period}`,
  normalised:
    "Index 0–100: the indicators' mean place between the county's worst (0) and best (100) municipality.",
  goalShare: 'Share of the indicators on track to meet their goal.',
  index: 'Index (0–100)',
  shareOnTrack: 'Share on track',
  noIndicators: 'no indicators',
  comparison: 'Comparison',
  changeSince: 'Change since',
  dimension: 'Dimension',
  indicators: 'Indicators',
  indicator: 'Indicator',
  value: 'Value',
  trend: 'Trend',
  goal: 'Goal',
  missingLegend: 'No indicators or values',
  wheel: 'Wellbeing wheel for',
  hint: 'Arrow keys go round the wheel, Enter shows the indicators, Escape closes.',
  count: (n) => `${n} ${n === 1 ? 'indicator' : 'indicators'}`,
  intro: (level, counted, total) => `Level ${level}, computed from ${counted} of ${total}.`,
  showTrend: 'Show trend',
  trendText: (since, up, change) =>
    up === undefined ? `Unchanged since ${since}` : `${up ? 'Up' : 'Down'} ${change} since ${since}`,
  better: 'better',
  worse: 'worse',
  score: (value) => `Position in the county (0 = worst, 100 = best): ${value}`,
  strongest: (a, b) => `Strongest is ${a}, weakest ${b}.`,
  same: (level) => `Every dimension with values is at the same level, ${level}.`,
  only: (name) => `${name} is the only dimension with a level.`,
  since: (p, changes) =>
    changes ? `Since ${p}: ${changes}.` : `No dimension has changed noticeably since ${p}.`,
  rose: 'has risen most',
  fell: 'has fallen most',
  compared: (what, above, below) =>
    `Compared with ${what}, ${above} dimensions are higher and ${below} lower.`,
  empty: 'Without values',
  none: 'No dimension has values for the chosen period.',
  tableCaption: 'Dimensions of wellbeing,',
  indicatorCaption: 'The indicators behind the dimensions',
};
