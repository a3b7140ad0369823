import { describe, expect, it } from 'vitest';
import {
  buildModel,
  extremes,
  matchPeriod,
  normalisedScore,
  parseCompare,
  parseDimensions,
  parseLabels,
  parseMeasure,
} from '../../src/components/wellbeing-wheel/model.js';
import { BplError } from '../../src/core/errors.js';
import { parseDataset } from '../../src/core/schema/validate.js';
import { errorLines } from '../../src/core/i18n/localize.js';
import type { Dataset } from '../../src/core/schema/dataset.js';
import { datasetInput } from './fixtures.js';

const dataset = (): Dataset => parseDataset(datasetInput());

function codeOf(fn: () => unknown): { code: string; params: BplError['params'] } {
  try {
    fn();
  } catch (e) {
    if (e instanceof BplError) return { code: e.code, params: e.params };
    throw e;
  }
  throw new Error('did not throw');
}

describe('attribute parsing', () => {
  it('measure: normalised by default, goal, and an error listing both', () => {
    expect(parseMeasure(undefined)).toBe('normalised');
    expect(parseMeasure('goal')).toBe('goal');
    expect(parseMeasure('normalized')).toBe('normalised');
    expect(codeOf(() => parseMeasure('mean'))).toMatchObject({
      code: 'invalid-attribute',
      params: { attribute: 'measure', available: ['normalised', 'goal'] },
    });
  });
  it('dimensions: subset and order; unknown ids list the allowed ones', () => {
    expect(parseDimensions('')).toHaveLength(8);
    expect(parseDimensions('active, safe  healthy,safe')).toEqual(['active', 'safe', 'healthy']);
    const e = codeOf(() => parseDimensions('safe, happy'));
    expect(e.code).toBe('invalid-attribute');
    expect(e.params.attribute).toBe('dimensions');
    expect(e.params.value).toBe('happy');
    expect(e.params.available).toContain('responsible');
  });
  it('labels: a JSON map of texts or {sv, en}; unknown ids and bad JSON are errors', () => {
    expect(parseLabels('{"safe":"Säker","active":{"sv":"Aktiv","en":"Active"}}')).toEqual({
      safe: 'Säker',
      active: { sv: 'Aktiv', en: 'Active' },
    });
    expect(parseLabels(undefined)).toEqual({});
    expect(codeOf(() => parseLabels('{"happy":"Glad"}'))).toMatchObject({
      code: 'invalid-attribute',
      params: { attribute: 'labels', value: 'happy' },
    });
    expect(codeOf(() => parseLabels('{safe: x}')).code).toBe('invalid-attribute');
    expect(codeOf(() => parseLabels('["safe"]')).code).toBe('invalid-attribute');
    expect(codeOf(() => parseLabels('{"safe": 3}')).code).toBe('invalid-attribute');
  });
  it('labels: an error without a list of allowed values has no `available` key (bpl-error detail.params)', () => {
    expect(codeOf(() => parseLabels('{safe: x}')).params).toStrictEqual({
      attribute: 'labels',
      value: '{safe: x}',
    });
    expect(Object.keys(codeOf(() => parseLabels('{"safe": 3}')).params)).toEqual(['attribute', 'value']);
  });
  it('compare: county for a municipality by default, Riket for the county, periods, none', () => {
    expect(parseCompare(undefined, '0680', [])).toEqual({ kind: 'area', area: '0006' });
    expect(parseCompare(undefined, '0006', [])).toEqual({ kind: 'area', area: '0000' });
    expect(parseCompare('riket', '0000', [])).toEqual({ kind: 'none' });
    expect(parseCompare('none', '0680', [])).toEqual({ kind: 'none' });
    expect(parseCompare('2020', '0680', ['2020', '2024'])).toEqual({ kind: 'period', period: '2020' });
    expect(codeOf(() => parseCompare('1999', '0680', ['2020'])).params.attribute).toBe('compare');
    expect(codeOf(() => parseCompare('kommun', '0680', ['2020'])).params.available).toContain('county');
  });
});

describe('matchPeriod', () => {
  it('pairs a calendar year with the school year ending in it, and the reverse', () => {
    expect(matchPeriod(new Set(['2023/24']), '2024')).toBe('2023/24');
    expect(matchPeriod(new Set(['2024']), '2023/24')).toBe('2024');
    expect(matchPeriod(new Set(['2024']), '2024')).toBe('2024');
    expect(matchPeriod(new Set(['2022']), '2024')).toBeUndefined();
  });
});

describe('normalisedScore', () => {
  const ds = dataset();
  const ind = ds.indicators[0]!;
  const values = new Map(ind.data.filter((o) => o.period === '2024').map((o) => [o.area, o]));
  const isMunicipality = (code: string) => !code.startsWith('00');
  it('places the value between the municipalities’ min (0) and max (100)', () => {
    // 2024: 0682 = 88, 0680 = 94, 0617 = 96.
    expect(normalisedScore(ind, 88, values, isMunicipality)).toBeCloseTo(0);
    expect(normalisedScore(ind, 96, values, isMunicipality)).toBeCloseTo(100);
    expect(normalisedScore(ind, 94, values, isMunicipality)).toBeCloseTo(75);
  });
  it('flips lower-is-better and clamps outsiders', () => {
    const flipped = { ...ind, polarity: 'lower-is-better' as const };
    expect(normalisedScore(flipped, 88, values, isMunicipality)).toBeCloseTo(100);
    expect(normalisedScore(ind, 200, values, isMunicipality)).toBe(100);
  });
});

describe('buildModel', () => {
  it('computes each dimension from its indicators, with the county as comparison', () => {
    const m = buildModel(dataset(), { area: '0680', period: '2024' });
    expect(m.measure).toBe('normalised');
    expect(m.dimensions.map((d) => d.id)).toEqual([
      'safe',
      'healthy',
      'achieving',
      'nurtured',
      'active',
      'respected',
      'responsible',
      'included',
    ]);
    const safe = m.dimensions[0]!;
    expect(safe.level).toBeCloseTo(75);
    expect(safe.compare).toBeDefined();
    expect(m.previousPeriod).toBe('2023');
    expect(safe.previous).toBeCloseTo(75);
  });

  it('shows dimensions without indicators as such, not as zero', () => {
    const m = buildModel(dataset(), { area: '0680', period: '2024' });
    const nurtured = m.dimensions.find((d) => d.id === 'nurtured')!;
    expect(nurtured.state).toBe('no-indicators');
    expect(nurtured.level).toBeUndefined();
  });

  it('keeps suppressed values hidden and out of every calculation', () => {
    const m = buildModel(dataset(), { area: '0680', period: '2024' });
    const included = m.dimensions.find((d) => d.id === 'included')!;
    const row = included.indicators[0]!;
    expect(row.suppressed).toBe(true);
    expect(row.value).toBeUndefined();
    expect(included.state).toBe('no-values');
    expect(included.level).toBeUndefined();
    // The active dimension is computed from stillasittande alone.
    const active = m.dimensions.find((d) => d.id === 'active')!;
    expect(active.counted).toBe(1);
    expect(JSON.stringify(m.dimensions.map((d) => d.level))).not.toContain('57.3');
  });

  it('gives trends and goal status per indicator', () => {
    const m = buildModel(dataset(), { area: '0680', period: '2024' });
    const row = m.dimensions[0]!.indicators[0]!;
    expect(row.value).toBe(94);
    expect(row.previous).toEqual({ period: '2023', value: 91.5 });
    expect(row.trend).toBe('up');
    expect(row.better).toBe(true);
    expect(row.goal?.status).toBe('ahead');
    const still = m.dimensions.find((d) => d.id === 'active')!.indicators[0]!;
    expect(still.trend).toBe('down');
    expect(still.better).toBe(true);
  });

  it('goal measure: the share of indicators on track', () => {
    const m = buildModel(dataset(), { area: '0680', period: '2024', measure: 'goal' });
    // trygg-skola rises 2.5 points a year against a goal of 2: ahead.
    expect(m.dimensions[0]!.level).toBe(100);
    // behorighet rises 1 point a year against its goal of 2: behind.
    expect(m.dimensions.find((d) => d.id === 'achieving')!.level).toBe(0);
  });

  it('compares with Riket and with an earlier period', () => {
    const riket = buildModel(dataset(), { area: '0680', period: '2024', compare: 'riket' });
    expect(riket.compare).toEqual({ kind: 'area', area: '0000' });
    const earlier = buildModel(dataset(), { area: '0680', period: '2024', compare: '2020' });
    expect(earlier.compare).toEqual({ kind: 'period', period: '2020' });
    const none = buildModel(dataset(), { area: '0680', compare: 'none' });
    expect(none.dimensions.every((d) => d.compare === undefined)).toBe(true);
  });

  it('shows a subset in the given order', () => {
    const m = buildModel(dataset(), { area: '0680', dimensions: ['active', 'safe'] });
    expect(m.dimensions.map((d) => d.id)).toEqual(['active', 'safe']);
    expect(m.period).toBe('2024');
  });

  it('names bad input', () => {
    expect(codeOf(() => buildModel(dataset(), { area: '9999' }))).toMatchObject({ code: 'unknown-area' });
    expect(codeOf(() => buildModel(dataset(), {})).params.attribute).toBe('area');
    expect(codeOf(() => buildModel(dataset(), { area: '0680', period: '2030' }))).toMatchObject({
      code: 'no-data',
      params: { scope: 'period' },
    });
    expect(codeOf(() => buildModel(dataset(), { area: '0680', period: 'nu' })).params.attribute).toBe(
      'period',
    );
    expect(
      codeOf(() => buildModel(parseDataset({ meta: { title: 'x' }, indicators: [] }), {})).params,
    ).toEqual({ scope: 'dataset' });
    // An area in the data without a value: named, not given by its code.
    const empty = datasetInput();
    for (const indicator of empty.indicators)
      indicator.data = indicator.data.map((o) => (o.area === '0680' ? { ...o, value: null } : o));
    expect(codeOf(() => buildModel(parseDataset(empty), { area: '0680' })).params).toEqual({
      scope: 'area',
      value: 'Jönköping',
    });
    // With a group asked for, the group is named too ("… för Jönköping (flickor).").
    expect(
      codeOf(() => buildModel(parseDataset(empty), { area: '0680', group: 'girls' })).params,
    ).toMatchObject({
      scope: 'area',
      groups: ['girls'],
    });
    // Indicators, none of them tagged with a dimension: said as such, not as "no indicators".
    const untagged = datasetInput();
    untagged.indicators = untagged.indicators.slice(4);
    const error = codeOf(() => buildModel(parseDataset(untagged), { area: '0680' }));
    expect([error.code, error.params.scope]).toEqual(['no-data', 'dimensions']);
    expect(errorLines(new BplError('no-data', error.params), 'sv').message).toBe(
      'Ingen indikator i data har någon dimension (fältet dimensions), så hjulet har inget att visa.',
    );
  });

  it('finds the strongest, the weakest and the biggest changes', () => {
    const m = buildModel(dataset(), { area: '0680', period: '2024' });
    const ex = extremes(m);
    expect(ex.strongest).toBeDefined();
    expect(ex.weakest).toBeDefined();
    expect(ex.strongest!.level!).toBeGreaterThanOrEqual(ex.weakest!.level!);
  });
});
