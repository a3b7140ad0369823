import { parseDataset } from '../src/core/schema/validate.js';
import { readDataset, decodeBody } from '../src/core/loader/read.js';
import { measure, result } from './harness.js';
import { JONKOPING_COUNTY, JONKOPING_MUNICIPALITY_CODES, RIKET } from '../src/core/areas.js';
import type { BenchResult } from './harness.js';
import { convertBytes } from '../src/core/adapters/convert.js';
import { MUNICIPALITY_NAMES } from '../src/core/adapters/sweden-areas.js';

/**
 * A PxWeb CSV download of all 290 municipalities × 3 groups × 10 years, as PxWeb writes it: a quoted title,
 * a blank line, the years as columns, "0114 Upplands Väsby" labels, decimal commas, `..` now and then,
 * Windows-1252, CRLF.
 */
function makePxWebCsv(): Uint8Array {
  const years = Array.from({ length: 10 }, (_, y) => String(2015 + y));
  const lines = [
    '"Andel elever efter region, kön och år"',
    '',
    `"region";"kön";${years.map((y) => `"${y}"`).join(';')}`,
  ];
  MUNICIPALITY_NAMES.split('|').forEach((entry, m) => {
    const label = `${entry.slice(0, 4)} ${entry.slice(4)}`;
    ['män', 'kvinnor', 'totalt'].forEach((sex, g) => {
      const cells = years.map((_, y) =>
        (m + y + g) % 37 === 0 ? '..' : `${40 + ((m * 7 + y * 3 + g) % 50)},${(m + y) % 10}`,
      );
      lines.push(`"${label}";"${sex}";${cells.join(';')}`);
    });
  });
  const text = `${lines.join('\r\n')}\r\n`;
  // Windows-1252: å ä ö é are their Latin-1 bytes.
  return Uint8Array.from(text, (ch) => ch.charCodeAt(0));
}

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
  const csv = makePxWebCsv();
  const check = await convertBytes(csv);
  if (!check.dataset || check.recognition.observations !== 8700)
    throw new Error(`the PxWeb CSV was not read: ${JSON.stringify(check.issues.slice(0, 3))}`);
  const convert = await measure(() => convertBytes(csv), { runs: 15 });
  return [
    result('core: validate 4 500 observations', validate, { maxMs: 150 }),
    result('core: parse + validate the same as JSON text', readAll, { maxMs: 200 }),
    result('readers: convert + validate a PxWeb CSV, 290 municipalities × 10 years × 3 groups', convert, {
      maxMs: 50,
    }),
  ];
};
