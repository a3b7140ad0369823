import '../../src/core/adapters/index.js';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { validateDataset } from '../../src/core/schema/validate.js';
import { validateStructure } from '../../src/core/schema/validate-structure.js';
import { zodValidateDataset, zodValidateStructure } from '../../src/core/schema/validate-zod.js';
import type { DataIssue } from '../../src/core/errors.js';
import { jsonSchemas, runtimeModule } from '../../src/core/schema/json-schema.js';

/**
 * One contract: zod defines it, the components check files against the JSON Schema generated from it. These
 * tests prove the two give the same verdict, the same places and the same kinds of problem.
 */
/** Places and kinds. Where a value has the wrong type, zod sometimes also runs length checks on it; only the
 * type problem counts there. */
function where(issues: DataIssue[]): string[] {
  const wrongType = new Set(issues.filter((i) => i.kind === 'expected-type').map((i) => i.path.join('.')));
  return [
    ...new Set(
      issues
        .filter((i) => i.kind === 'expected-type' || !wrongType.has(i.path.join('.')))
        .map((i) => `${i.path.join('.')} ${i.kind}`),
    ),
  ].sort();
}

function agree(
  runtime: ReturnType<typeof validateDataset>,
  reference: ReturnType<typeof zodValidateDataset>,
): void {
  expect(runtime.ok).toBe(reference.ok);
  if (runtime.ok && reference.ok) expect(runtime.value).toEqual(reference.value);
  if (!runtime.ok && !reference.ok) expect(where(runtime.issues)).toEqual(where(reference.issues));
}

const text = fc.oneof(
  fc.constantFrom('', 'a', 'Behöriga', '2023', '0680', 'javascript:x', 'https://x.se'),
  fc.string({ maxLength: 5 }),
);
const number = fc.oneof(
  fc.constantFrom(0, 1.5, -1, 100, 101, 2, 3.5),
  fc.integer(),
  fc.double({ noNaN: true }),
);
const any = fc.oneof(text, number, fc.constant(null), fc.boolean(), fc.constant([]), fc.constant({}));
const maybe = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 4, arbitrary: arb }, { weight: 1, arbitrary: any });

const observation = fc.record(
  {
    area: maybe(fc.constantFrom('0680', '0006', '680', 'abcd')),
    period: maybe(fc.constantFrom('2023', '2023/24', '2023/25', '2023-24')),
    group: maybe(fc.constantFrom('total', 'girls', 'boys', 'alla')),
    value: maybe(fc.oneof(number, fc.constant(null))),
    status: maybe(fc.constantFrom('preliminary', 'suppressed', 'missing', 'prel')),
    n: maybe(fc.oneof(fc.nat(), fc.constant(-1), fc.constant(2.5))),
    ci: maybe(fc.tuple(number, number)),
  },
  { requiredKeys: [] },
);
const localized = fc.oneof(text, fc.record({ sv: text, en: text }, { requiredKeys: [] }));
const indicator = fc.record(
  {
    id: maybe(fc.constantFrom('a', 'b-c', 'N15428', 'A B', 'n1')),
    title: maybe(localized),
    description: maybe(localized),
    focusArea: maybe(
      fc.constantFrom('completed-studies', 'mental-health', 'physical-activity', 'other', 'x'),
    ),
    dimensions: maybe(fc.array(fc.constantFrom('safe', 'healthy', 'x'), { maxLength: 3 })),
    unit: maybe(fc.constantFrom('percent', 'per-1000', 'count', 'score', 'x')),
    decimals: maybe(fc.constantFrom(0, 1, 3, 4, 1.5)),
    polarity: maybe(fc.constantFrom('higher-is-better', 'lower-is-better', 'x')),
    target: maybe(
      fc.oneof(
        fc.constant(false),
        fc.constant(true),
        fc.record(
          { baseline: fc.constantFrom('2015', '2015/16', 'x'), annualChange: number },
          { requiredKeys: ['baseline'] },
        ),
      ),
    ),
    source: maybe(
      fc.record(
        {
          name: localized,
          url: maybe(fc.constantFrom('https://a.se', '/x', 'javascript:alert(1)', 'java\tscript:x', '')),
          kolada: maybe(fc.constantFrom('N15428', 'x')),
        },
        { requiredKeys: [] },
      ),
    ),
    data: maybe(fc.array(observation, { maxLength: 4 })),
    extra: fc.constant(undefined),
  },
  { requiredKeys: [] },
);
const dataset = fc.record(
  {
    meta: maybe(
      fc.record(
        {
          title: localized,
          updated: maybe(fc.constantFrom('2025-01-01', '1/1/2025')),
          sample: maybe(fc.boolean()),
          notes: maybe(fc.array(localized, { maxLength: 2 })),
        },
        { requiredKeys: [] },
      ),
    ),
    areas: maybe(
      fc.array(
        fc.record(
          {
            code: maybe(fc.constantFrom('0780', '78')),
            name: text,
            level: maybe(fc.constantFrom('municipality', 'x')),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 2 },
      ),
    ),
    indicators: maybe(fc.array(indicator, { maxLength: 3 })),
  },
  { requiredKeys: [] },
);

describe('the run-time validator agrees with zod', () => {
  it('on the sample data', () => {
    for (const file of ['barn-och-unga', 'skolverket-2018-19']) {
      const input = JSON.parse(
        readFileSync(new URL(`../../demo/data/${file}.json`, import.meta.url), 'utf8'),
      ) as unknown;
      agree(validateDataset(input), zodValidateDataset(input));
      expect(validateDataset(input).ok).toBe(true);
    }
    for (const file of ['samverkan-jonkoping', 'samverkan-lan']) {
      const input = JSON.parse(
        readFileSync(new URL(`../../demo/data/${file}.json`, import.meta.url), 'utf8'),
      ) as unknown;
      expect(validateStructure(input)).toEqual(zodValidateStructure(input));
    }
  });
  it('on dataset-shaped inputs, good and bad', () => {
    fc.assert(
      fc.property(dataset, (input) => agree(validateDataset(input), zodValidateDataset(input))),
      { numRuns: 2000 },
    );
  });
  it('on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => agree(validateDataset(input), zodValidateDataset(input))),
      { numRuns: 500 },
    );
  });
  it('on structures', () => {
    const id = fc.constantFrom('sbu', 'bbu', 'lsg-1', 'lsg-2', 'X');
    const structure = fc.record(
      {
        meta: fc.record({ title: text }),
        bodies: maybe(
          fc.array(
            fc.record(
              {
                id,
                name: localized,
                level: maybe(fc.constantFrom('political', 'strategic', 'operational', 'x')),
                sectors: maybe(fc.array(fc.constantFrom('school', 'police', 'x'), { maxLength: 2 })),
                group: maybe(fc.constantFrom('lsg', 'nope')),
                shortName: maybe(text),
              },
              { requiredKeys: ['id'] },
            ),
            { maxLength: 4 },
          ),
        ),
        relations: maybe(
          fc.array(
            fc.record({
              from: id,
              to: id,
              type: maybe(fc.constantFrom('reports-to', 'prepares-for', 'collaborates-with', 'x')),
            }),
            { maxLength: 4 },
          ),
        ),
        groups: maybe(
          fc.array(fc.record({ id: fc.constantFrom('lsg', 'x y'), name: localized }), { maxLength: 2 }),
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(structure, (input) => {
        const a = validateStructure(input);
        const b = zodValidateStructure(input);
        expect(a.ok).toBe(b.ok);
        if (!a.ok && !b.ok) expect(where(a.issues)).toEqual(where(b.issues));
        if (a.ok && b.ok) expect(a.value).toEqual(b.value);
      }),
      { numRuns: 1500 },
    );
  });
});

describe('the generated files are up to date (run `npm run schema` after changing contract.ts)', () => {
  it('schema/*.schema.json and src/core/schema/generated.ts', () => {
    const schemas = jsonSchemas();
    for (const name of ['dataset', 'structure'] as const) {
      const committed = readFileSync(new URL(`../../schema/${name}.schema.json`, import.meta.url), 'utf8');
      expect(committed, `schema/${name}.schema.json`).toBe(`${JSON.stringify(schemas[name], null, 2)}\n`);
    }
    expect(readFileSync(new URL('../../src/core/schema/generated.ts', import.meta.url), 'utf8')).toBe(
      runtimeModule(),
    );
  });
});
