import { ERROR_TEXTS } from '../../core/i18n/localize.js';
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

const en: MapStrings = {
  mapLabel: 'Map of the municipalities',
  keyboardHint: 'Arrow keys move between municipalities, Enter selects.',
  listHeading: 'Municipalities in order',
  showList: 'List',
  showTable: 'Table',
  viewSwitch: 'Show as',
  municipality: 'Municipality',
  value: 'Value',
  rank: 'Rank',
  diffCounty: (county) => `Difference from ${county}`,
  goal: 'Goal',
  rankOf: (rank, of) => `rank ${rank} of ${of}`,
  diffLine: (diff, county) => `${diff} compared with ${county}`,
  selected: 'selected',
  period: 'Year',
  play: 'Play the years',
  pause: 'Pause',
  fromGoal: 'Distance from the goal',
  points: 'percentage points',
  higherIsBetter: 'Higher is better.',
  lowerIsBetter: 'Lower is better.',
  better: 'better',
  worse: 'worse',
  divMiddle: (step) => `About the same (±${step})`,
  divEnd: (from, side) => `More than ${from} ${side}`,
  legendFilter: 'Choose a class to show only those municipalities.',
  showingClass: (shown, total, range) => `Showing ${shown} of ${total} municipalities: ${range}.`,
  showAll: 'Show all',
  reference: 'Reference lines',
  summary: {
    highestLowest: (period, high, highValue, low, lowValue) =>
      `In ${period}, ${high} has the highest value (${highValue}) and ${low} the lowest (${lowValue}).`,
    single: (period, name, value) => `In ${period}, only ${name} has a value (${value}).`,
    goal: (met, of, period) => `${met} of ${of} municipalities meet the goal for ${period}.`,
    missing: (n) => (n === 1 ? 'One municipality has no data.' : `${n} municipalities have no data.`),
  },
  loadingMap: 'Loading the map …',
  ofTotal: 'of',
  hiddenRows: (n) => `… ${n} more municipalities …`,
  showFewerRows: 'Show fewer',
};

export const strings: Translations<MapStrings> = { sv, en };

// Only the map reads boundaries, so only it carries the message for boundaries that cannot be read.
ERROR_TEXTS.geometry = {
  sv: (p) =>
    `Kartans gränser gick inte att läsa${p.url ? ` från ${p.url}` : ''}.${p.detail ? ` (${p.detail})` : ''}`,
  en: (p) =>
    `The map boundaries could not be read${p.url ? ` from ${p.url}` : ''}.${p.detail ? ` (${p.detail})` : ''}`,
};
