import type { DatasetInput } from '../../src/core/schema/dataset.js';

/** Jönköping's county, three municipalities, the county and Riket, 2020–2024, four wheel indicators. */
export const AREAS = ['0000', '0006', '0680', '0682', '0617'];
const PERIODS = ['2020', '2021', '2022', '2023', '2024'];

function series(base: Record<string, number>, step: number) {
  return AREAS.flatMap((area) =>
    PERIODS.map((period, y) => ({ area, period, value: Math.round((base[area]! + step * y) * 10) / 10 })),
  );
}

export function datasetInput(): DatasetInput {
  return {
    meta: { title: 'Testdata', sample: true, source: { name: 'Testkälla' }, updated: '2025-03-01' },
    indicators: [
      {
        id: 'trygg-skola',
        title: 'Känner sig trygga i skolan',
        shortTitle: 'Trygga i skolan',
        focusArea: 'mental-health',
        dimensions: ['safe', 'respected'],
        unit: 'percent',
        polarity: 'higher-is-better',
        target: { baseline: '2020', annualChange: 2 },
        data: series({ '0000': 80, '0006': 82, '0680': 84, '0682': 78, '0617': 86 }, 2.5),
      },
      {
        id: 'behorighet',
        title: 'Behöriga till gymnasiet',
        focusArea: 'completed-studies',
        dimensions: ['achieving'],
        unit: 'percent',
        polarity: 'higher-is-better',
        // The collaboration's two points a year (annualChange's default), set as the data must set it.
        target: { baseline: '2020' },
        data: series({ '0000': 84, '0006': 86, '0680': 85, '0682': 83, '0617': 90 }, 1),
      },
      {
        id: 'stillasittande',
        title: 'Stillasittande mer än 3 timmar om dagen',
        focusArea: 'physical-activity',
        dimensions: ['active', 'healthy'],
        unit: 'percent',
        polarity: 'lower-is-better',
        data: series({ '0000': 40, '0006': 38, '0680': 36, '0682': 42, '0617': 39 }, -1),
      },
      {
        id: 'fritid',
        title: 'Deltar i organiserad fritid',
        focusArea: 'physical-activity',
        dimensions: ['active', 'included'],
        unit: 'percent',
        polarity: 'higher-is-better',
        data: [
          ...series({ '0000': 60, '0006': 58, '0680': 55, '0682': 62, '0617': 50 }, -0.5).filter(
            (o) => !(o.area === '0680' && o.period === '2024'),
          ),
          { area: '0680', period: '2024', value: 57.3, status: 'suppressed' as const },
        ],
      },
      {
        id: 'utan-dimension',
        title: 'Utan dimension',
        focusArea: 'other',
        unit: 'count',
        polarity: 'higher-is-better',
        data: [{ area: '0680', period: '2024', value: 5 }],
      },
    ],
  };
}
