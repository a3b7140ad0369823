import { parseDataset } from '../src/core/schema/validate.js';
import { readDataset, decodeBody } from '../src/core/loader/read.js';
import { measure, result } from './harness.js';
import { JONKOPING_COUNTY, JONKOPING_MUNICIPALITY_CODES, RIKET } from '../src/core/areas.js';
import type { BenchResult } from './harness.js';

/** Validation of a typical dataset: 10 indicators × 15 areas × 10 periods × 3 groups (4 500 observations). */
function makeDataset() {
  const areas = [RIKET, JONKOPING_COUNTY, ...JONKOPING_MUNICIPALITY_CODES];
  const indicators = Array.from({ length: 10 }, (_, k) => ({
    id: `indikator-${k}`,
    title: `Indikator ${k}`,
    focusArea: 'other',
    unit: 'percent',
    polarity: 'higher-is-better',
    data: areas.flatMap((area, a) =>
      Array.from({ length: 10 }, (_, y) =>
        ['total', 'girls', 'boys'].map((group, g) => ({
          area,
          period: String(2015 + y),
          group,
          value: 50 + ((a * 7 + y * 3 + g + k) % 40),
        })),
      ).flat(),
    ),
  }));
  return { meta: { title: 'Bench' }, indicators };
}

window.bplBench = async (): Promise<BenchResult[]> => {
  const input = makeDataset();
  const text = JSON.stringify(input);
  const validate = await measure(() => parseDataset(input), { runs: 15 });
  const readAll = await measure(() => readDataset(decodeBody(text)), { runs: 15 });
  return [
    result('core: validate 4 500 observations', validate, { maxMs: 150 }),
    result('core: parse + validate the same as JSON text', readAll, { maxMs: 200 }),
  ];
};
