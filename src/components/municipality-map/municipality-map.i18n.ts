import { ERROR_TEXTS, addEnglish } from '../../core/i18n/localize.js';
import type { Translations } from '../../core/i18n/localize.js';

/** The map's own strings. Numbers arrive formatted (decimal comma in Swedish); sv first. */
export interface MapStrings {
  /** Before the title and period in the map's name. */
  mapLabel: string;
  keyboardHint: string;
  listHeading: string;
  showList: string;
  showTable: string;
  viewSwitch: string;
  municipality: string;
  value: string;
  rank: string;
  diffCounty: (county: string) => string;
  goal: string;
  rankOf: (rank: number, of: number) => string;
  diffLine: (diff: string, county: string) => string;
  selected: string;
  period: string;
  play: string;
  pause: string;
  /** Legend titles: `Värde (%)`, or the difference or distance in `points`. */
  fromGoal: string;
  points: string;
  higherIsBetter: string;
  lowerIsBetter: string;
  better: string;
  worse: string;
  /** Diverging class labels: distances are formatted, without sign. */
  divMiddle: (step: string) => string;
  divEnd: (from: string, side: string) => string;
  legendFilter: string;
  showingClass: (shown: number, total: number, range: string) => string;
  showAll: string;
  reference: string;
  /** The generated summary; its first sentence names the period. */
  summary: {
    highestLowest: (period: string, high: string, highValue: string, low: string, lowValue: string) => string;
    single: (period: string, name: string, value: string) => string;
    goal: (met: number, of: number, period: string) => string;
    missing: (n: number) => string;
  };
  loadingMap: string;
  ofTotal: string;
  hiddenRows: (n: number) => string;
  showFewerRows: string;
}

const sv: MapStrings = {
  mapLabel: 'Karta över kommunerna',
  keyboardHint: 'Piltangenterna flyttar mellan kommunerna, Enter väljer.',
  listHeading: 'Kommunerna i ordning',
  showList: 'Lista',
  showTable: 'Tabell',
  viewSwitch: 'Visa som',
  municipality: 'Kommun',
  value: 'Värde',
  rank: 'Placering',
  diffCounty: (county) => `Skillnad mot ${county}`,
  goal: 'Mål',
  rankOf: (rank, of) => `plats ${rank} av ${of}`,
  diffLine: (diff, county) => `${diff} jämfört med ${county}`,
  selected: 'vald',
  period: 'År',
  play: 'Spela upp åren',
  pause: 'Pausa',
  fromGoal: 'Avstånd från målet',
  points: 'procentenheter',
  higherIsBetter: 'Högre värde är bättre.',
  lowerIsBetter: 'Lägre värde är bättre.',
  better: 'bättre',
  worse: 'sämre',
  divMiddle: (step) => `Som jämförelsen (±${step})`,
  divEnd: (from, side) => `Mer än ${from} ${side}`,
  legendFilter: 'Välj en klass för att bara visa de kommunerna.',
  showingClass: (shown, total, range) => `Visar ${shown} av ${total} kommuner: ${range}.`,
  showAll: 'Visa alla',
  reference: 'Referenslinjer',
  summary: {
    highestLowest: (period, high, highValue, low, lowValue) =>
      `Högst värde ${period} har ${high} (${highValue}) och lägst ${low} (${lowValue}).`,
    single: (period, name, value) => `Bara ${name} har ett värde ${period} (${value}).`,
    goal: (met, of, period) => `${met} av ${of} kommuner når målet för ${period}.`,
    missing: (n) => (n === 1 ? 'En kommun saknar uppgift.' : `${n} kommuner saknar uppgift.`),
  },
  loadingMap: 'Laddar kartan …',
  ofTotal: 'av',
  hiddenRows: (n) => `… ${n} kommuner till …`,
  showFewerRows: 'Visa färre',
};

export const strings: Translations<MapStrings> = { sv };
addEnglish(() => import('./municipality-map.i18n.en.js'));

// Only the map reads boundaries, so only it carries the message for boundaries that cannot be read.
ERROR_TEXTS.geometry = {
  sv: (p) =>
    p.reason === 'outside'
      ? `Data gäller områden som inte finns på kartan (${p.value ?? ''}). Kartan visar ${p.available?.[0] ?? ''}. För hela Sverige: county="all" och geo-src med Sveriges kommungränser (geo/sweden-municipalities.topo.json i paketet).`
      : `Kartans gränser gick inte att läsa${p.url ? ` från ${p.url}` : ''}.${p.detail ? ` (${p.detail})` : ''}`,
};
