import { describe, expect, it } from 'vitest';
import { BplError } from '../../src/core/errors.js';
import { parseDataset } from '../../src/core/schema/validate.js';
import { filterCounty, readGeometry } from '../../src/components/municipality-map/geo.js';
import { buildView, rankRows } from '../../src/components/municipality-map/view.js';
import type { MapOptions, MapRow } from '../../src/components/municipality-map/view.js';
import sweden from '../../demo/data/geo/sweden-municipalities.topo.json';
import { countyTopology, makeDataset } from './fixtures.js';

const { features } = readGeometry(countyTopology);
const opts = (o: Partial<MapOptions> = {}): MapOptions => ({
  indicator: 'fysisk-aktivitet',
  lang: 'sv',
  ...o,
});

function error(fn: () => unknown): BplError | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof BplError) return e;
    throw e;
  }
  return undefined;
}

describe('buildView', () => {
  const dataset = parseDataset(makeDataset({ missing: ['0617'] }));

  it('joins every feature, ranks those with values, draws the missing one as missing', () => {
    const view = buildView(dataset, features, opts());
    expect(view.period).toBe('2024');
    expect(view.periods).toEqual(['2020', '2021', '2022', '2023', '2024']);
    expect(view.rows).toHaveLength(13);
    expect(view.withValues).toBe(12);
    expect(view.missingCount).toBe(1);
    const gnosjo = view.rows.find((r) => r.code === '0617')!;
    expect(gnosjo.value).toBeUndefined();
    expect(gnosjo.classIndex).toBeUndefined();
    expect(view.ranked[view.ranked.length - 1]!.code).toBe('0617');
    expect(view.ranked[0]!.rank).toBe(1);
    expect(view.countyCode).toBe('0006');
    expect(view.countyName).toBe('Region Jönköpings län');
    expect(view.countyValue).toBeDefined();
    expect(view.riketValue).toBeDefined();
    expect(view.highest!.value).toBeGreaterThanOrEqual(view.lowest!.value!);
    expect(view.legend.reduce((s, l) => s + l.count, 0)).toBe(12);
  });

  it('uses the data’s names over the geometry’s, and English for lang="en"', () => {
    const sv = buildView(dataset, features, opts());
    expect(sv.rows.find((r) => r.code === '0680')!.name).toBe('Jönköping');
    const en = buildView(dataset, features, opts({ lang: 'en' }));
    expect(en.title).toBe('Physically active pupils');
    expect(en.countyName).toBe('Jönköping County');
  });

  it('colours by distance from the county or from the goal, positive is better', () => {
    const county = buildView(dataset, features, opts({ colorBy: 'county' }));
    expect(county.classes.kind).toBe('diverging');
    for (const r of county.rows.filter((r) => r.value !== undefined))
      expect(r.measure).toBeCloseTo(r.value! - county.countyValue!);
    const lower = parseDataset(makeDataset({ polarity: 'lower-is-better' }));
    const flipped = buildView(lower, features, opts({ colorBy: 'county' }));
    for (const r of flipped.rows) expect(r.measure).toBeCloseTo(-(r.value! - flipped.countyValue!));
    const goal = buildView(dataset, features, opts({ colorBy: 'goal', period: '2022' }));
    // The fixture grows 1.5 points a year against a goal of 2: everyone is 1 point behind by 2022.
    for (const r of goal.rows.filter((r) => r.value !== undefined)) {
      expect(r.goal).toBeCloseTo(r.value! + 1);
      expect(r.measure).toBeCloseTo(-1);
      expect(r.goalStatus).toBe('behind');
    }
    expect(goal.goalMet).toBe(0);
    expect(goal.goalAssessed).toBe(12);
  });

  it('selects the area named by the area attribute', () => {
    expect(buildView(dataset, features, opts({ area: '0680' })).selected).toBe('0680');
  });

  it('names bad input with the right code', () => {
    expect(error(() => buildView(dataset, features, opts({ indicator: 'nope' })))?.code).toBe(
      'unknown-indicator',
    );
    expect(error(() => buildView(dataset, features, opts({ period: '1999' })))?.params).toMatchObject({
      scope: 'period',
      period: '1999',
    });
    expect(error(() => buildView(dataset, features, opts({ group: 'girls' })))?.params.scope).toBe('group');
    expect(error(() => buildView(dataset, features, opts({ group: 'cats' })))?.code).toBe(
      'invalid-attribute',
    );
    expect(error(() => buildView(dataset, features, opts({ colorBy: 'rainbow' })))?.params.attribute).toBe(
      'color-by',
    );
    expect(error(() => buildView(dataset, features, opts({ classes: 9 })))?.params.attribute).toBe('classes');
    expect(error(() => buildView(dataset, features, opts({ classes: 'x' })))?.params.attribute).toBe(
      'classes',
    );
    expect(error(() => buildView(dataset, features, opts({ classing: 'jenks' })))?.params.attribute).toBe(
      'classing',
    );
    expect(error(() => buildView(dataset, features, opts({ area: '0760' })))?.code).toBe('unknown-area');
  });

  it('reads classes as a number, as before the size pass: "5.0", "05" and " 5 " are 5', () => {
    for (const classes of ['5.0', '05', ' 5 ', 5])
      expect(buildView(dataset, features, opts({ classes })).classes).toEqual(
        buildView(dataset, features, opts({ classes: 5 })).classes,
      );
    expect(buildView(dataset, features, opts({ classes: '3.0' })).legend).toHaveLength(3);
    expect(error(() => buildView(dataset, features, opts({ classes: '5.5' })))?.params).toMatchObject({
      attribute: 'classes',
      value: '5.5',
      available: ['3', '4', '5', '6', '7'],
    });
  });

  it('reports geometry whose codes match none of the data’s areas', () => {
    const kronoberg = filterCounty(readGeometry(sweden).features, '07');
    const e = error(() => buildView(dataset, kronoberg, opts()));
    expect(e?.code).toBe('geometry');
    // Said by name, in the page's language (the map's message), not as an English detail.
    expect(e?.params.reason).toBe('outside');
    expect(e?.params.available?.[0]).toMatch(/0760/);
  });

  it('works for another county with its own areas (Kronoberg, 07)', () => {
    const kronoberg = filterCounty(readGeometry(sweden).features, '07');
    const codes = kronoberg.map((f) => f.code);
    const input = makeDataset({ codes });
    input.areas = codes.map((code) => ({
      code,
      name: `Kommun ${code}`,
      level: 'municipality' as const,
      county: '07',
    }));
    const view = buildView(parseDataset(input), kronoberg, opts({ county: '07' }));
    expect(view.rows).toHaveLength(8);
    expect(view.countyCode).toBe('0007');
    expect(view.countyValue).toBeUndefined();
    expect(view.rows[0]!.name).toMatch(/^Kommun 07/);
    expect(
      error(() => buildView(parseDataset(input), kronoberg, opts({ county: '07', colorBy: 'county' })))?.code,
    ).toBe('no-data');
  });

  it('a period without values on the map is no-data with the periods that have some', () => {
    const input = makeDataset();
    input.indicators[0]!.data.push(
      ...['0604', '0680'].map((area) => ({ area, period: '2025', value: null })),
    );
    const e = error(() => buildView(parseDataset(input), features, opts({ period: '2025' })));
    expect(e?.code).toBe('no-data');
    expect(e?.params.available).toContain('2024');
  });
});

describe('rankRows', () => {
  it('ties share a rank, missing values come last by name', () => {
    const rows: MapRow[] = [
      { code: 'a', name: 'Ö', value: 3 },
      { code: 'b', name: 'B', value: 5 },
      { code: 'c', name: 'C', value: 5 },
      { code: 'd', name: 'A' },
      { code: 'e', name: 'E', value: 1 },
    ];
    const ranked = rankRows(rows, true);
    expect(ranked.map((r) => [r.code, r.rank])).toEqual([
      ['b', 1],
      ['c', 1],
      ['a', 3],
      ['e', 4],
      ['d', undefined],
    ]);
    expect(rankRows(rows, false)[0]!.code).toBe('e');
  });
});
