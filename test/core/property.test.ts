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
        expect(line).toMatch(/: [\s\S]{3,}/);
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
  it('arbitrary structures', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => outcome(() => readStructure({ type: 'json', value }))),
      { numRuns: 200 },
    );
  });
});
