import county from '../../src/components/municipality-map/county-geometry.js';
import type { DatasetInput } from '../../src/core/schema/dataset.js';
import { JONKOPING_MUNICIPALITY_CODES } from '../../src/core/areas.js';

export const countyTopology: unknown = county;

/** A small dataset: one indicator over the county's 13 municipalities, the county and Riket, 2020–2024. */
export function makeDataset(
  options: {
    missing?: string[];
    polarity?: 'higher-is-better' | 'lower-is-better';
    periods?: string[];
    codes?: readonly string[];
  } = {},
): DatasetInput {
  const periods = options.periods ?? ['2020', '2021', '2022', '2023', '2024'];
  const codes = options.codes ?? JONKOPING_MUNICIPALITY_CODES;
  const areas = ['0000', '0006', ...codes];
  return {
    meta: { title: 'Test', sample: true },
    indicators: [
      {
        id: 'fysisk-aktivitet',
        title: { sv: 'Fysiskt aktiva elever', en: 'Physically active pupils' },
        focusArea: 'physical-activity',
        unit: 'percent',
        polarity: options.polarity ?? 'higher-is-better',
        target: { baseline: '2020', annualChange: 2 },
        data: areas.flatMap((area, a) =>
          periods.map((period, p) => ({
            area,
            period,
            value: options.missing?.includes(area) ? null : 40 + ((a * 7) % 20) + p * 1.5,
          })),
        ),
      },
    ],
  };
}
