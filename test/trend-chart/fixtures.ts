import { parseDataset } from '../../src/core/schema/validate.js';
import type { Dataset, DatasetInput } from '../../src/core/schema/dataset.js';

export const YEARS = Array.from({ length: 10 }, (_, i) => String(2015 + i));

type Obs = DatasetInput['indicators'][number]['data'][number];

/** A small, predictable dataset: Värnamo climbs 1 point a year from 78.5, the county and Riket are flatter. */
export function makeInput(
  overrides: Partial<DatasetInput['indicators'][number]> = {},
  extra: Obs[] = [],
): DatasetInput {
  const data: Obs[] = [];
  YEARS.forEach((period, i) => {
    data.push({ area: '0683', period, value: Math.round((78.5 + i * 0.4) * 10) / 10 });
    data.push({ area: '0006', period, value: 80 + i * 0.2 });
    data.push({ area: '0000', period, value: 81 });
    data.push({ area: '0683', period, group: 'girls', value: 82 + i * 0.3 });
    data.push({ area: '0683', period, group: 'boys', value: 75 + i * 0.3 });
  });
  return {
    meta: {
      title: 'Test',
      source: { name: 'Skolverket', url: 'https://www.skolverket.se/' },
      updated: '2025-03-12',
    },
    indicators: [
      {
        id: 'gymnasiebehorighet',
        title: { sv: 'Behöriga till gymnasiet', en: 'Eligible for upper-secondary school' },
        focusArea: 'completed-studies',
        unit: 'percent',
        polarity: 'higher-is-better',
        target: { baseline: '2015', annualChange: 2 },
        data: [...data, ...extra],
        ...overrides,
      },
      {
        id: 'annan',
        title: 'En annan indikator',
        focusArea: 'other',
        unit: 'count',
        polarity: 'lower-is-better',
        data: [{ area: '0683', period: '2020', value: 3 }],
      },
    ],
  };
}

export function makeDataset(
  overrides: Partial<DatasetInput['indicators'][number]> = {},
  extra: Obs[] = [],
): Dataset {
  return parseDataset(makeInput(overrides, extra));
}
