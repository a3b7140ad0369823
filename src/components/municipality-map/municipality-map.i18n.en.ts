/* English strings of municipality-map, fetched on demand (see `addEnglish` in src/core/i18n/localize.ts). */
import { ERROR_TEXTS } from '../../core/i18n/localize.js';
import { strings } from './municipality-map.i18n.js';
import type { MapStrings } from './municipality-map.i18n.js';

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

strings.en = en;

ERROR_TEXTS.geometry!.en = (p) =>
  p.reason === 'outside'
    ? `The data is for areas that are not on the map (${p.value ?? ''}). The map shows ${p.available?.[0] ?? ''}. For all of Sweden: county="all" and geo-src with Sweden's municipal boundaries (geo/sweden-municipalities.topo.json in the package).`
    : `The map boundaries could not be read${p.url ? ` from ${p.url}` : ''}.${p.detail ? ` (${p.detail})` : ''}`;
