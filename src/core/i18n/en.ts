import type { DataIssue } from '../errors.js';
import { CORE_STRINGS } from './localize.js';
import { seconds } from './sv.js';
import type { CoreStrings } from './sv.js';
import { describeIssue, formatPath } from './issues.js';
import type { IssueWords } from './issues.js';

export const en: CoreStrings = {
  loading: 'Loading data …',
  sampleData: 'Example data – not real statistics',
  source: 'Source',
  updated: 'Updated',
  showTable: 'Show as table',
  showChart: 'Show as chart',
  summary: 'Summary',
  download: 'Download',
  downloadCsv: 'Data (CSV)',
  downloadSvg: 'Image (SVG)',
  downloadPng: 'Image (PNG)',
  missing: 'no data',
  close: 'Close',
  errorTitle: 'The chart could not be shown',
  groups: { total: 'Total', girls: 'Girls', boys: 'Boys' },
  statuses: { preliminary: 'preliminary', suppressed: 'hidden (too few respondents)', missing: 'missing' },
  units: { percent: 'per cent', 'per-1000': 'per 1,000', count: 'number', score: 'score', value: 'value' },
  goal: {
    onTrack: 'On track',
    ahead: (by: string) => `Ahead of the goal by ${by}`,
    behind: (by: string) => `Behind the goal by ${by}`,
    noGoal: 'No goal set',
  },
  errors: {
    network: (p) =>
      `The data could not be fetched${p.url ? ` from ${p.url}` : ''}. Check the address and the network connection.`,
    http: (p) =>
      p.status === 404
        ? `The data file was not found (error 404)${p.url ? `: ${p.url}` : ''}. Check the address in the src attribute.`
        : `The server answered with error ${p.status ?? '?'}${p.url ? ` for ${p.url}` : ''}.`,
    timeout: (p) =>
      `The data${p.url ? ` from ${p.url}` : ''} did not arrive within ${seconds(p.timeoutMs, 'en')} ${p.timeoutMs === 1000 ? 'second' : 'seconds'}. Try again later.`,
    parse: (p) =>
      p.reason === 'json'
        ? 'The file is not valid JSON (cut off or edited by hand?).'
        : p.reason === 'encoding'
          ? 'The file is in Windows-1252 but was read as UTF-8 (å, ä, ö became �). Give the file in src.'
          : `The file cannot be read: it is neither JSON (the data format, Kolada or PxWeb) nor a table (CSV).${
              p.reason === 'empty'
                ? ' It is empty.'
                : p.reason === 'html'
                  ? ' The address gave a web page, not a file.'
                  : p.available
                    ? ` Its columns: ${p.available.join(', ')}.`
                    : ''
            }`,
    schema: (p) => {
      const n = p.issues?.length ?? 0;
      return `${p.recognised ? 'It could not be read' : 'The data does not follow the format'}: ${n === 1 ? 'one error' : `${n} errors`}.`;
    },
    'unknown-indicator': (p) =>
      `The indicator "${p.value ?? ''}" is not in the data.${p.available?.length ? ` The data has: ${p.available.join(', ')}.` : ''}`,
    'unknown-area': (p) =>
      `The area "${p.value ?? ''}" is not in the data.${p.available?.length ? ` The data has: ${p.available.join(', ')}.` : ''}`,
    'no-data': (p) => {
      switch (p.scope) {
        case 'dataset':
          return 'The data holds no indicators.';
        case 'dimensions':
          return 'No indicator in the data has a dimension (the dimensions field), so the wheel has nothing to show.';
        case 'indicator':
          return `The indicator "${p.value ?? ''}" has no values.`;
        case 'area':
        case 'group': {
          const who = p.groups?.map((g) => en.groups[g as 'girls']?.toLowerCase() ?? g).join(' and ');
          return `There are no values for ${p.value && who ? `${p.value} (${who})` : (p.value ?? who)}.${p.suppressed ? ' All are hidden (too few respondents).' : ''}`;
        }
        case 'period':
          return `There are no values for ${p.period ?? 'the period'}.${p.available?.length ? ` Periods with values: ${p.available.join(', ')}.` : ''}`;
        default:
          return 'All values are missing for the current selection.';
      }
    },
    'no-source': () => 'No data source given. Put the address of a data file in the src attribute.',
    'invalid-attribute': (p) =>
      `The attribute ${p.attribute ?? ''} has an invalid value: "${p.value ?? ''}".${p.available?.length ? ` Allowed values: ${p.available.join(', ')}.` : ''}`,
  },
  moreIssues: (n: number) => `… and ${n} more.`,
  issue: (issue: DataIssue) => describeIssue(issue, words),
  path: (path: DataIssue['path']) => formatPath(path, words),
};

const words: IssueWords = {
  types: {
    number: 'a number',
    integer: 'a whole number',
    string: 'text',
    text: 'text',
    object: 'an object',
    array: 'a list',
    boolean: 'true or false',
    null: 'null',
    undefined: 'nothing',
  },
  formats: {
    period: 'not a period (write 2023 or 2023/24, for example)',
    area: 'not an area code (four digits, for example 0680)',
    url: 'not an allowed link (it must start with https:// or http://, or be relative)',
    date: 'not a date (write YYYY-MM-DD)',
    id: 'not a valid id (lower-case letters a–z, digits and hyphens)',
    email: 'not an e-mail address',
    kolada: 'not a Kolada id (for example N15428)',
  },
  expected: (e, g) => `expected ${e}, got ${g}`,
  missing: 'is missing',
  missingColumn: 'the column is missing',
  invalidValue: (g, a) => `invalid value ${g}; allowed values: ${a}`,
  tooFew: (n) => `too few (at least ${n})`,
  empty: 'must not be empty',
  tooSmall: (n) => `too small (at least ${n})`,
  tooMany: (n) => `too many (at most ${n})`,
  tooBig: (n) => `too big (at most ${n})`,
  is: (g, h) => `${g} is ${h}`,
  wrongFormat: 'in the wrong format',
  unknownKey: 'unknown field (a typo?)',
  duplicate: (k, f) => `"${k}" occurs twice (first at position ${f})`,
  unknownReference: (k) => `refers to "${k}", which does not exist`,
  cycle: (k) => `reporting goes round in a circle: ${k}`,
  ciOrder: 'the confidence interval’s lower bound is above its upper bound',
  invalid: 'invalid',
  line: 'line',
  column: 'column',
  root: '(the whole file)',
};

CORE_STRINGS.en = en;
