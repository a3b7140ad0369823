import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateDataset } from '../../src/core/schema/validate.js';
import { validateStructure } from '../../src/core/schema/validate-structure.js';
import { DIMENSIONS, FOCUS_AREAS, GROUPS } from '../../src/core/schema/dataset.js';
import { JONKOPING_COUNTY, JONKOPING_MUNICIPALITY_CODES, RIKET } from '../../src/core/areas.js';
import { parsePeriod } from '../../src/core/periods.js';

const REPO = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const DATA = join(REPO, 'demo/data');
const SCRIPT = join(REPO, 'scripts/make-sample-data.mjs');
const GENERATED = [
  'barn-och-unga.json',
  'skolverket-2018-19.json',
  'samverkan-jonkoping.json',
  'samverkan-lan.json',
];

const read = (name: string): unknown => JSON.parse(readFileSync(join(DATA, name), 'utf8'));

function dataset(name: string) {
  const result = validateDataset(read(name));
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.issues, null, 2)}`);
  return result.value;
}

function structure(name: string) {
  const result = validateStructure(read(name));
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.issues, null, 2)}`);
  return result.value;
}

describe('sample dataset (barn-och-unga.json)', () => {
  const sample = dataset('barn-och-unga.json');
  const observations = sample.indicators.flatMap((i) => i.data);

  it('is marked as sample data with an open licence', () => {
    expect(sample.meta.sample).toBe(true);
    expect(sample.meta.license).toBe('CC0-1.0');
    expect(sample.meta.notes?.length).toBeGreaterThan(0);
  });

  it('has at least three indicators in each of the three focus areas', () => {
    for (const area of FOCUS_AREAS.filter((a) => a !== 'other')) {
      expect(sample.indicators.filter((i) => i.focusArea === area).length, area).toBeGreaterThanOrEqual(3);
    }
  });

  it('covers all eight wellbeing dimensions', () => {
    const covered = new Set(sample.indicators.flatMap((i) => i.dimensions));
    for (const dimension of DIMENSIONS) expect(covered.has(dimension), dimension).toBe(true);
    for (const indicator of sample.indicators)
      expect(indicator.dimensions.length, indicator.id).toBeGreaterThan(0);
  });

  it('has every area, year 2015–2024 and group', () => {
    const areas = [RIKET, JONKOPING_COUNTY, ...JONKOPING_MUNICIPALITY_CODES];
    expect(areas).toHaveLength(15);
    const seen = new Set(observations.map((o) => `${o.area}|${o.period}|${o.group}`));
    for (const area of areas) {
      for (let year = 2015; year <= 2024; year++) {
        for (const group of GROUPS)
          expect(seen.has(`${area}|${year}|${group}`), `${area} ${year} ${group}`).toBe(true);
      }
    }
  });

  it('uses school years for one indicator and calendar years for the rest', () => {
    const schoolYearIndicators = sample.indicators.filter((i) =>
      i.data.every((o) => parsePeriod(o.period)?.schoolYear),
    );
    expect(schoolYearIndicators.map((i) => i.id)).toEqual(['gymnasiebehorighet']);
    const periods = new Set(schoolYearIndicators[0]!.data.map((o) => o.period));
    expect(periods.has('2014/15') && periods.has('2023/24')).toBe(true);
  });

  it('has suppressed, preliminary and missing values, intervals and sample sizes', () => {
    const status = (s: string) => observations.filter((o) => o.status === s);
    expect(status('suppressed').length).toBeGreaterThan(0);
    expect(status('preliminary').length).toBeGreaterThan(0);
    expect(status('missing').length).toBeGreaterThan(0);
    for (const o of [...status('suppressed'), ...status('missing')]) expect(o.value).toBeNull();
    for (const o of status('suppressed')) expect(['0604', '0617', '0642']).toContain(o.area);
    expect(observations.filter((o) => o.value === null && o.status === undefined)).toEqual([]);

    const withCi = observations.filter((o) => o.ci);
    expect(withCi.length).toBeGreaterThan(0);
    for (const o of withCi) {
      expect(o.value).not.toBeNull();
      expect(o.ci![0]).toBeLessThanOrEqual(o.value!);
      expect(o.value!).toBeLessThanOrEqual(o.ci![1]);
    }
    expect(observations.some((o) => o.n !== undefined)).toBe(true);
  });

  it('rounds values to each indicator’s decimals and keeps percentages in range', () => {
    for (const indicator of sample.indicators) {
      const f = 10 ** indicator.decimals;
      for (const o of indicator.data) {
        if (o.value === null) continue;
        expect(Math.abs(o.value * f - Math.round(o.value * f)), indicator.id).toBeLessThan(1e-9);
        expect(o.value).toBeGreaterThanOrEqual(0);
        expect(o.value).toBeLessThanOrEqual(100);
      }
    }
  });

  it('gives most indicators a target and leaves at least one to the default', () => {
    const withTarget = sample.indicators.filter((i) => i.target);
    expect(withTarget.length).toBeGreaterThan(sample.indicators.length / 2);
    expect(sample.indicators.some((i) => i.target === undefined)).toBe(true);
  });
});

describe('Skolverket extract (skolverket-2018-19.json)', () => {
  const real = dataset('skolverket-2018-19.json');

  it('is real data for the 13 municipalities, with Mullsjö suppressed', () => {
    expect(real.meta.sample).toBe(false);
    expect(real.indicators).toHaveLength(1);
    const data = real.indicators[0]!.data;
    expect(data.map((o) => o.area).sort()).toEqual([...JONKOPING_MUNICIPALITY_CODES].sort());
    expect(data.every((o) => o.period === '2018/19' && o.group === 'total' && Number.isInteger(o.n))).toBe(
      true,
    );
    expect(data.find((o) => o.area === '0642')).toMatchObject({ value: null, status: 'suppressed', n: 93 });
    expect(data.find((o) => o.area === '0604')).toMatchObject({ value: 86.1, n: 72 });
  });
});

describe('collaboration structures', () => {
  for (const name of ['samverkan-jonkoping.json', 'samverkan-lan.json']) {
    it(`${name} is a valid structure on all three levels, with one body reporting to two`, () => {
      const s = structure(name);
      expect(s.meta.sample).toBe(true);
      expect(new Set(s.bodies.map((b) => b.level))).toEqual(
        new Set(['political', 'strategic', 'operational']),
      );
      const upward = new Map<string, number>();
      for (const r of s.relations)
        if (r.type === 'reports-to') upward.set(r.from, (upward.get(r.from) ?? 0) + 1);
      expect(Math.max(...upward.values())).toBeGreaterThanOrEqual(2);
      for (const body of s.bodies)
        for (const link of body.links ?? []) expect(link.url).toMatch(/^https:\/\//);
    });
  }

  it('Jönköping has eight local collaboration groups', () => {
    const s = structure('samverkan-jonkoping.json');
    expect(s.bodies.filter((b) => b.group === 'lsg')).toHaveLength(8);
  });
});

describe('make-sample-data.mjs', () => {
  it('writes byte-identical files on every run', () => {
    const out = mkdtempSync(join(tmpdir(), 'bpl-sample-'));
    try {
      execFileSync(process.execPath, [SCRIPT, out], { stdio: 'pipe' });
      for (const name of GENERATED) {
        expect(readFileSync(join(out, name)).equals(readFileSync(join(DATA, name))), name).toBe(true);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
