import { addEnglish } from '../../core/i18n/localize.js';
import type { Translations } from '../../core/i18n/localize.js';
import type { Dimension } from '../../core/schema/dataset.js';

/** The wheel's own strings. Sentences are composed in the component; these are the words. */
export interface WheelStrings {
  /** The eight dimensions' names (the data's `dimension` ids). */
  dimensions: Record<Dimension, string>;
  title: (area: string, period: string) => string;
  /** The subtitle, by measure: what the level means. */
  normalised: string;
  goalShare: string;
  /** The level column, by measure. */
  index: string;
  shareOnTrack: string;
  noIndicators: string;
  comparison: string;
  changeSince: string;
  dimension: string;
  indicators: string;
  indicator: string;
  value: string;
  trend: string;
  goal: string;
  missingLegend: string;
  wheel: string;
  hint: string;
  count: (n: number) => string;
  intro: (level: string, counted: number, total: string) => string;
  showTrend: string;
  /** "Ökat 2,5 procentenheter sedan 2023", or "Oförändrat sedan 2023" without a direction. */
  trendText: (since: string, up?: boolean, change?: string) => string;
  better: string;
  worse: string;
  score: (value: string) => string;
  strongest: (strongest: string, weakest: string) => string;
  same: (level: string) => string;
  only: (name: string) => string;
  /** "Sedan 2023: {changes}." or that nothing changed. */
  since: (period: string, changes: string) => string;
  rose: string;
  fell: string;
  compared: (what: string, above: number, below: number) => string;
  empty: string;
  none: string;
  tableCaption: string;
  indicatorCaption: string;
}

export const wheelStrings: Translations<WheelStrings> = {
  sv: {
    dimensions: {
      safe: 'Trygg',
      healthy: 'Må bra',
      achieving: 'Utvecklas',
      nurtured: 'Omvårdad',
      active: 'Aktiv',
      respected: 'Respekterad',
      responsible: 'Ansvarstagande',
      included: 'Delaktig',
    },
    title: (area, period) => `Barns och ungas välbefinnande i ${area} ${period}`,
    normalised:
      'Index 0–100: snittet av indikatorernas plats mellan länets sämsta (0) och bästa (100) kommun.',
    goalShare: 'Andel av indikatorerna som följer målet.',
    index: 'Index (0–100)',
    shareOnTrack: 'Andel som följer målet',
    noIndicators: 'inga indikatorer',
    comparison: 'Jämförelse',
    changeSince: 'Förändring sedan',
    dimension: 'Dimension',
    indicators: 'Antal indikatorer',
    indicator: 'Indikator',
    value: 'Värde',
    trend: 'Utveckling',
    goal: 'Mål',
    missingLegend: 'Inga indikatorer eller värden',
    wheel: 'Välbefinnandehjul för',
    hint: 'Piltangenterna går runt hjulet, Enter visar indikatorerna, Escape stänger.',
    count: (n) => `${n} ${n === 1 ? 'indikator' : 'indikatorer'}`,
    intro: (level, counted, total) => `Nivå ${level}, beräknad från ${counted} av ${total}.`,
    showTrend: 'Visa utveckling',
    trendText: (since, up, change) =>
      up === undefined ? `Oförändrat sedan ${since}` : `${up ? 'Ökat' : 'Minskat'} ${change} sedan ${since}`,
    better: 'bättre',
    worse: 'sämre',
    score: (value) => `Läge i länet (0 = sämst, 100 = bäst): ${value}`,
    strongest: (a, b) => `Starkast är ${a} och svagast ${b}.`,
    same: (level) => `Alla dimensioner med värden ligger på samma nivå, ${level}.`,
    only: (name) => `${name} är den enda dimensionen med en nivå.`,
    since: (p, changes) =>
      changes ? `Sedan ${p}: ${changes}.` : `Ingen dimension har ändrats märkbart sedan ${p}.`,
    rose: 'har ökat mest',
    fell: 'har minskat mest',
    compared: (what, above, below) =>
      `Jämfört med ${what} ligger ${above} dimensioner högre och ${below} lägre.`,
    empty: 'Utan värden',
    none: 'Ingen dimension har värden för den valda perioden.',
    tableCaption: 'Välbefinnandets dimensioner,',
    indicatorCaption: 'Indikatorerna bakom dimensionerna',
  },
};
addEnglish(() => import('./wellbeing-wheel.i18n.en.js'));
