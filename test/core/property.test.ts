import '../../src/core/adapters/index.js';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeBody, readDataset } from '../../src/core/loader/read.js';
import { readStructure } from '../../src/core/loader/structure-reader.js';
import { fromCsv } from '../../src/core/adapters/csv.js';
import { fromKolada } from '../../src/core/adapters/kolada.js';
import { BplError } from '../../src/core/errors.js';
import { errorLines } from '../../src/core/i18n/localize.js';
import { Dataset } from '../../src/core/schema/contract.js';

/** Every outcome is either a valid document or a BplError whose every issue reads as a sentence. */
function outcome(fn: () => unknown): void {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(BplError);
    for (const lang of ['sv', 'en'] as const) {
      const { message, issues } = errorLines(error as BplError, lang, 1000);
      expect(message.length).toBeGreaterThan(10);
      for (const line of issues) {
        expect(line).not.toMatch(/undefined|\[object Object\]|NaN/);
        // A place and what is wrong there, or (the readers' words about the whole file) a sentence.
        expect(line).toMatch(/: [\s\S]{3,}|^[a-zåäö"].{10,}/i);
      }
    }
  }
}

const observation = fc.record(
  {
    area: fc.oneof(fc.constantFrom('0680', '0006', '0000'), fc.string()),
    period: fc.oneof(fc.constantFrom('2023', '2023/24'), fc.string()),
    group: fc.oneof(fc.constantFrom('total', 'girls', 'boys'), fc.string()),
    value: fc.oneof(fc.double(), fc.constant(null), fc.string(), fc.integer()),
    status: fc.constantFrom('preliminary', 'suppressed', 'missing', 'other'),
    ci: fc.tuple(fc.double(), fc.double()),
  },
  { requiredKeys: [] },
);
const indicator = fc.record(
  {
    id: fc.oneof(fc.constantFrom('a', 'b-c', 'N15428'), fc.string()),
    title: fc.oneof(fc.string(), fc.record({ sv: fc.string(), en: fc.string() })),
    focusArea: fc.constantFrom('completed-studies', 'mental-health', 'physical-activity', 'other', 'x'),
    unit: fc.constantFrom('percent', 'per-1000', 'count', 'score', 'x'),
    polarity: fc.constantFrom('higher-is-better', 'lower-is-better', 'x'),
    target: fc.oneof(
      fc.constant(false),
      fc.record({ baseline: fc.constantFrom('2015', 'x'), annualChange: fc.double() }),
    ),
    data: fc.array(observation, { maxLength: 6 }),
  },
  { requiredKeys: [] },
);

describe('any input gives a valid dataset or readable errors, never an exception', () => {
  it('arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => outcome(() => readDataset({ type: 'json', value }))),
      { numRuns: 300 },
    );
  });
  it('dataset-shaped objects', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            meta: fc.record({ title: fc.string() }, { requiredKeys: [] }),
            indicators: fc.array(indicator, { maxLength: 3 }),
          },
          { requiredKeys: [] },
        ),
        (value) =>
          outcome(() => {
            const read = readDataset({ type: 'json', value });
            expect(Dataset.safeParse(read.value).success).toBe(true);
          }),
      ),
      { numRuns: 300 },
    );
  });
  it('arbitrary text as a response body', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => outcome(() => readDataset(decodeBody(text)))),
      { numRuns: 300 },
    );
  });
  it('CSV-like text', () => {
    const cell = fc.oneof(
      fc.constantFrom('0680', '2023', '2023/24', 'total', 'Flickor', '12,5', '..', '', '"a;b"'),
      fc.string({ maxLength: 6 }),
    );
    const csv = fc
      .array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 8 })
      .map((rows) => ['area;period;group;value;status', ...rows.map((r) => r.join(';'))].join('\n'));
    fc.assert(
      fc.property(csv, (text) => {
        expect(() => fromCsv(text)).not.toThrow();
        outcome(() => readDataset(decodeBody(text, 'csv'), 'csv'));
      }),
      { numRuns: 300 },
    );
  });
  it('Kolada-like pages', () => {
    const cell = fc.record(
      {
        gender: fc.constantFrom('T', 'K', 'M', 'X'),
        value: fc.oneof(fc.double(), fc.constant(null), fc.string()),
        count: fc.integer(),
      },
      { requiredKeys: [] },
    );
    const row = fc.record(
      {
        kpi: fc.oneof(fc.constant('N15428'), fc.string()),
        municipality: fc.oneof(fc.constant('0680'), fc.string()),
        period: fc.oneof(fc.integer({ min: 2000, max: 2030 }), fc.string()),
        values: fc.oneof(fc.array(cell, { maxLength: 3 }), fc.jsonValue()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 5 }), (values) => {
        expect(() => fromKolada([{ values } as never])).not.toThrow();
        outcome(() => readDataset({ type: 'json', value: { values } }, 'kolada'));
      }),
      { numRuns: 300 },
    );
  });
  it('JSON-stat-like cubes (PxWebApi 2), whatever their sizes, labels and values', () => {
    const dim = fc.record(
      {
        label: fc.oneof(
          fc.constantFrom('region', 'kön', 'år', 'läsår', 'tabellinnehåll', 'ålder'),
          fc.string(),
        ),
        category: fc.record(
          {
            index: fc.oneof(
              fc.array(
                fc.constantFrom('0680', '06', '00', '1', '2', '1+2', 'TotSa', '2023', '20182019', 'x'),
                { maxLength: 4 },
              ),
              fc.dictionary(fc.string({ maxLength: 4 }), fc.integer({ min: -1, max: 5 }), { maxKeys: 4 }),
              fc.jsonValue(),
            ),
            label: fc.oneof(fc.dictionary(fc.string({ maxLength: 4 }), fc.string()), fc.jsonValue()),
            unit: fc.oneof(
              fc.dictionary(
                fc.string({ maxLength: 4 }),
                fc.record({ base: fc.string(), decimals: fc.integer() }),
              ),
              fc.jsonValue(),
            ),
          },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: [] },
    );
    const cube = fc.record(
      {
        version: fc.constant('2.0'),
        class: fc.constant('dataset'),
        label: fc.string(),
        id: fc.array(fc.constantFrom('Region', 'Kon', 'Tid', 'ContentsCode', 'Alder'), { maxLength: 4 }),
        size: fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 4 }),
        role: fc.oneof(
          fc.record({
            time: fc.constant(['Tid']),
            metric: fc.constant(['ContentsCode']),
            geo: fc.constant(['Region']),
          }),
          fc.jsonValue(),
        ),
        dimension: fc.record(
          { Region: dim, Kon: dim, Tid: dim, ContentsCode: dim, Alder: dim },
          { requiredKeys: [] },
        ),
        value: fc.oneof(
          fc.array(fc.oneof(fc.double(), fc.constant(null), fc.string({ maxLength: 3 }))),
          fc.dictionary(fc.string({ maxLength: 2 }), fc.double()),
          fc.jsonValue(),
        ),
        status: fc.oneof(
          fc.dictionary(fc.string({ maxLength: 2 }), fc.constantFrom('..', '.', '-', 'x')),
          fc.jsonValue(),
        ),
      },
      { requiredKeys: ['class', 'id', 'size', 'dimension'] },
    );
    fc.assert(
      fc.property(cube, (value) => {
        outcome(() => readDataset({ type: 'json', value }));
        outcome(() => readDataset({ type: 'json', value }, 'pxweb'));
      }),
      { numRuns: 300 },
    );
  });
  it('PxWeb API v1 JSON (columns, data: [{ key, values }])', () => {
    const column = fc.record(
      {
        code: fc.constantFrom('Region', 'Kon', 'Tid', 'BE0101N1', 'x'),
        text: fc.constantFrom('region', 'kön', 'år', 'Folkmängd', 'läsår'),
        type: fc.constantFrom('d', 't', 'c', 'x'),
      },
      { requiredKeys: [] },
    );
    const row = fc.record(
      {
        key: fc.oneof(
          fc.array(fc.constantFrom('0680', '06', '00', '1', '2', '1+2', '2023', '20182019', '2023M01', 'x'), {
            maxLength: 4,
          }),
          fc.jsonValue(),
        ),
        values: fc.oneof(
          fc.array(fc.constantFrom('12.5', '..', '.', '-', '', 'abc', '1 234'), { maxLength: 3 }),
          fc.jsonValue(),
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(column, { maxLength: 5 }), fc.array(row, { maxLength: 6 }), (columns, data) => {
        outcome(() => readDataset({ type: 'json', value: { columns, comments: [], data } }));
      }),
      { numRuns: 300 },
    );
  });
  it('PxWeb CSV downloads: title lines, years as columns, markers', () => {
    const cell = fc.oneof(
      fc.constantFrom(
        '"0680 Jönköping"',
        '"06 Jönköpings län"',
        '"00 Riket"',
        'män',
        'kvinnor',
        '"totalt"',
        '12.5',
        '..',
        '.',
        '-',
        '2019',
        '20182019',
      ),
      fc.string({ maxLength: 5 }),
    );
    const text = fc
      .tuple(
        fc.constantFrom('', '"Andel elever efter region, kön och år"\r\n\r\n'),
        fc.constantFrom(
          '"region";"kön";"2019";"2020"',
          '"region","kön","år","Andel (%)"',
          'region\tkön\t20182019',
        ),
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { maxLength: 6 }),
        fc.constantFrom(';', ',', '\t'),
        fc.constantFrom('', '\r\n\r\n"Fotnot: …"'),
      )
      .map(
        ([title, header, rows, d, footer]) =>
          `${title}${header}\r\n${rows.map((r) => r.join(d)).join('\r\n')}${footer}`,
      );
    fc.assert(
      fc.property(text, (t) => outcome(() => readDataset(decodeBody(t)))),
      { numRuns: 300 },
    );
  });
  it('any bytes, as a file given to the converter (builder, bpl-data)', async () => {
    const { convertBytes } = await import('../../src/core/adapters/convert.js');
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        const result = await convertBytes(bytes);
        expect(result.dataset !== undefined || result.issues.length > 0).toBe(true);
        for (const issue of result.issues) {
          const said = issue.params?.said as { sv: string; en: string } | undefined;
          if (said) expect(said.sv).not.toMatch(/undefined|\[object Object\]/);
        }
      }),
      { numRuns: 200 },
    );
  });
  it('arbitrary structures', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => outcome(() => readStructure({ type: 'json', value }))),
      { numRuns: 200 },
    );
  });
});
