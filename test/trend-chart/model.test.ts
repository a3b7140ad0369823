import { describe, expect, it } from 'vitest';
import { buildModel, parseCompare, positionOf } from '../../src/components/trend-chart/model.js';
import { periodPosition } from '../../src/core/periods.js';
import { summarize } from '../../src/components/trend-chart/summary.js';
import type { SummaryFormat } from '../../src/components/trend-chart/summary.js';
import { strings } from '../../src/components/trend-chart/trend-chart.i18n.js';
import { BplError } from '../../src/core/errors.js';
import { CORE_STRINGS } from '../../src/core/i18n/localize.js';
import '../../src/core/i18n/en.js';
import '../../src/components/trend-chart/trend-chart.i18n.en.js';
import { formatDifference, formatList, formatValue } from '../../src/core/i18n/format.js';
import { makeDataset } from './fixtures.js';

function codeOf(fn: () => unknown): { code: string; params: BplError['params'] } {
  try {
    fn();
  } catch (e) {
    if (e instanceof BplError) return { code: e.code, params: e.params };
    throw e;
  }
  throw new Error('did not throw');
}

const fmt = (lang: 'sv' | 'en'): SummaryFormat => ({
  value: (v, u, d) => formatValue(v, u, lang, d),
  difference: (v, u, d) => formatDifference(v, u, lang, d),
  list: (items) => formatList(items, lang),
  areaName: (c) =>
    ({ '0683': 'Värnamo', '0006': 'Region Jönköpings län', '0000': lang === 'en' ? 'Sweden' : 'Riket' })[c] ??
    c,
  groupName: (g) =>
    ({
      girls: lang === 'en' ? 'Girls' : 'Flickor',
      boys: lang === 'en' ? 'Boys' : 'Pojkar',
      total: 'Totalt',
    })[g] ?? g,
});

describe('buildModel', () => {
  it('takes the area, its county and Riket by default', () => {
    const m = buildModel(makeDataset(), { indicator: 'gymnasiebehorighet', area: '0683' });
    expect(m.series.map((s) => s.area)).toEqual(['0683', '0006', '0000']);
    expect(m.series[0]!.main).toBe(true);
    expect(m.periods).toHaveLength(10);
    expect(m.zeroBased).toBe(true);
  });

  it('computes the goal path from the baseline and assesses the latest value', () => {
    const m = buildModel(makeDataset(), { indicator: 'gymnasiebehorighet', area: '0683' });
    const s = m.series[0]!;
    expect(s.goal![0]).toBe(78.5);
    expect(s.goal![9]).toBeCloseTo(96.5);
    expect(s.assessment?.status).toBe('behind');
    expect(s.assessment?.period).toBe('2024');
    expect(m.series[1]!.goal).toBeUndefined();
  });

  it('follows compare: a list, none, and unknown codes', () => {
    expect(
      buildModel(makeDataset(), { indicator: 'gymnasiebehorighet', area: '0683', compare: 'none' }).series,
    ).toHaveLength(1);
    expect(
      buildModel(makeDataset(), {
        indicator: 'gymnasiebehorighet',
        area: '0683',
        compare: '0000',
      }).series.map((s) => s.area),
    ).toEqual(['0683', '0000']);
    expect(
      codeOf(() =>
        buildModel(makeDataset(), { indicator: 'gymnasiebehorighet', area: '0683', compare: '0680' }),
      ).code,
    ).toBe('unknown-area');
    expect(
      codeOf(() =>
        buildModel(makeDataset(), { indicator: 'gymnasiebehorighet', area: '0683', compare: 'abc' }),
      ).params.attribute,
    ).toBe('compare');
    expect(parseCompare(undefined, '0006').codes).toEqual(['0000']);
  });

  it('splits girls and boys of the area', () => {
    const m = buildModel(makeDataset(), { indicator: 'gymnasiebehorighet', area: '0683', group: 'split' });
    expect(m.series.map((s) => s.group)).toEqual(['girls', 'boys']);
    expect(m.compare).toEqual([]);
  });

  it('limits periods with from and to', () => {
    const m = buildModel(makeDataset(), {
      indicator: 'gymnasiebehorighet',
      area: '0683',
      from: '2018',
      to: '2020',
    });
    expect(m.periods).toEqual(['2018', '2019', '2020']);
    expect(
      codeOf(() => buildModel(makeDataset(), { indicator: 'gymnasiebehorighet', area: '0683', from: '18' }))
        .params.attribute,
    ).toBe('from');
    expect(
      codeOf(() => buildModel(makeDataset(), { indicator: 'gymnasiebehorighet', area: '0683', from: '2030' }))
        .params.scope,
    ).toBe('period');
  });

  it('names the bad input', () => {
    const unknown = codeOf(() => buildModel(makeDataset(), { indicator: 'finns-inte', area: '0683' }));
    expect(unknown.code).toBe('unknown-indicator');
    expect(unknown.params.available).toEqual(['gymnasiebehorighet', 'annan']);
    expect(
      codeOf(() => buildModel(makeDataset(), { indicator: 'gymnasiebehorighet', area: '0680' })).params,
    ).toMatchObject({ scope: 'area', value: 'Jönköping' });
    // Girls in Jönköping: the values exist but are hidden; the error says so, and names the group.
    const hidden = codeOf(() =>
      buildModel(
        makeDataset({}, [
          { area: '0680', period: '2023', group: 'girls', value: null, status: 'suppressed' },
          { area: '0680', period: '2024', group: 'girls', value: null, status: 'suppressed' },
          { area: '0680', period: '2024', value: 70 },
        ]),
        { indicator: 'gymnasiebehorighet', area: '0680', group: 'girls' },
      ),
    );
    expect(hidden.params).toMatchObject({ scope: 'area', groups: ['girls'], suppressed: 2 });
    expect(CORE_STRINGS.sv.errors['no-data'](hidden.params)).toBe(
      'Det finns inga värden för Jönköping (flickor). Alla är dolda (för få svarande).',
    );
    expect(CORE_STRINGS.en!.errors['no-data'](hidden.params)).toBe(
      'There are no values for Jönköping (girls). All are hidden (too few respondents).',
    );
    const split = codeOf(() =>
      buildModel(makeDataset({}, [{ area: '0680', period: '2024', value: 70 }]), {
        indicator: 'gymnasiebehorighet',
        area: '0680',
        group: 'split',
      }),
    );
    expect(CORE_STRINGS.sv.errors['no-data'](split.params)).toBe(
      'Det finns inga värden för Jönköping (flickor och pojkar).',
    );
    expect(CORE_STRINGS.en!.errors['no-data'](split.params)).toBe(
      'There are no values for Jönköping (girls and boys).',
    );
    expect(
      codeOf(() => buildModel(makeDataset(), { indicator: 'gymnasiebehorighet', area: '9999' })).code,
    ).toBe('unknown-area');
    expect(
      codeOf(() =>
        buildModel(makeDataset(), { indicator: 'gymnasiebehorighet', area: '0683', group: 'alla' }),
      ).params.attribute,
    ).toBe('group');
    expect(
      codeOf(() => buildModel(makeDataset(), { indicator: 'gymnasiebehorighet' })).params.attribute,
    ).toBe('area');
  });

  it('reports all values missing', () => {
    const ds = makeDataset({
      data: [
        { area: '0683', period: '2020', value: null },
        { area: '0683', period: '2021', value: 4, status: 'suppressed' },
      ],
    });
    expect(
      codeOf(() => buildModel(ds, { indicator: 'gymnasiebehorighet', area: '0683' })).params,
    ).toMatchObject({
      scope: 'area',
      value: 'Värnamo',
      suppressed: 1,
    });
  });

  it('marks gaps, preliminary values and a single period', () => {
    const ds = makeDataset({
      data: [
        { area: '0683', period: '2020', value: 80 },
        { area: '0683', period: '2021', value: null, status: 'missing' },
        { area: '0683', period: '2022', value: 81, status: 'preliminary', ci: [79, 83] },
      ],
    });
    const m = buildModel(ds, { indicator: 'gymnasiebehorighet', area: '0683' });
    expect(m.hasGaps).toBe(true);
    expect(m.hasPreliminary).toBe(true);
    expect(m.hasCi).toBe(true);
    expect(m.series[0]!.points[1]!.value).toBeNull();
    const single = buildModel(makeDataset({ data: [{ area: '0683', period: '2020', value: 80 }] }), {
      indicator: 'gymnasiebehorighet',
      area: '0683',
    });
    expect(single.singlePeriod).toBe(true);
  });

  it('gives every period its point: value, status, interval and n, and absent periods', () => {
    const ds = makeDataset({
      data: [
        { area: '0683', period: '2018', value: 79, n: 120 },
        { area: '0683', period: '2019', value: 4, status: 'suppressed', ci: [1, 7], n: 3 },
        { area: '0683', period: '2020', value: null },
        { area: '0683', period: '2021', value: null, status: 'missing' },
        { area: '0683', period: '2022', value: 81, status: 'preliminary', ci: [79, 83] },
        { area: '0006', period: '2023', value: 80 },
        { area: '0683', period: '2017', value: 77.5 },
      ],
    });
    const m = buildModel(ds, { indicator: 'gymnasiebehorighet', area: '0683' });
    expect(m.periods).toEqual(['2017', '2018', '2019', '2020', '2021', '2022', '2023']);
    expect(m.positions).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023]);
    const pick = ({ value, status, ci, n }: (typeof m.series)[number]['points'][number]) =>
      Object.fromEntries(Object.entries({ value, status, ci, n }).filter(([, v]) => v !== undefined));
    expect(m.series[0]!.points.map(pick)).toEqual([
      { value: 77.5 },
      { value: 79, n: 120 },
      { value: null, status: 'suppressed', n: 3 },
      { value: null, status: 'missing' },
      { value: null, status: 'missing' },
      { value: 81, status: 'preliminary', ci: [79, 83] },
      { value: null, status: 'absent' },
    ]);
    expect(m.series[1]!.points.map((p) => p.value)).toEqual([null, null, null, null, null, null, 80]);
  });

  it('sorts periods that arrive out of order, school years beside calendar years', () => {
    const ds = makeDataset({
      data: [
        { area: '0683', period: '2021/22', value: 3 },
        { area: '0683', period: '2019', value: 1 },
        { area: '0683', period: '2020/21', value: 2 },
        { area: '0683', period: '2023', value: 4 },
      ],
    });
    const m = buildModel(ds, { indicator: 'gymnasiebehorighet', area: '0683', compare: 'none' });
    expect(m.periods).toEqual(['2019', '2020/21', '2021/22', '2023']);
    expect(m.positions).toEqual([2019, 2020.5, 2021.5, 2023]);
    expect(m.series[0]!.points.map((p) => p.value)).toEqual([1, 2, 3, 4]);
  });

  it('reads period positions as core does', () => {
    for (const p of [
      '2023',
      '0000',
      '9999',
      '2023/24',
      '1999/00',
      '2023/25',
      '20a3',
      '202',
      'abcd',
      '2023/2',
    ])
      expect(
        Object.is(positionOf(p), periodPosition(p)) || (isNaN(positionOf(p)) && isNaN(periodPosition(p))),
      ).toBe(true);
  });
});

describe('summary', () => {
  it('says how the area developed and where it stands against the goal, in Swedish', () => {
    const ds = makeDataset({
      data: [
        { area: '0683', period: '2015', value: 78.5 },
        { area: '0683', period: '2024', value: 82.1 },
        { area: '0006', period: '2024', value: 80.2 },
        { area: '0000', period: '2024', value: 81 },
      ],
      target: { baseline: '2015', annualChange: 0.8 },
    });
    const m = buildModel(ds, { indicator: 'gymnasiebehorighet', area: '0683' });
    const text = summarize(m, 'Andelen behöriga till gymnasiet', strings.sv, fmt('sv'));
    expect(text).toBe(
      'Andelen behöriga till gymnasiet i Värnamo ökade från 78,5\u00a0% 2015 till 82,1\u00a0% 2024. ' +
        'Målet för 2024 var 85,7\u00a0%; Värnamo ligger 3,6 procentenheter efter. ' +
        '2024: Region Jönköpings län 80,2\u00a0% och Riket 81,0\u00a0%.',
    );
  });

  it('speaks English on English pages', () => {
    const m = buildModel(makeDataset(), { indicator: 'gymnasiebehorighet', area: '0683', compare: 'none' });
    const text = summarize(m, 'Eligible', strings.en!, fmt('en'));
    expect(text).toMatch(
      /^Eligible in Värnamo increased from 78\.5% in 2015 to 82\.1% in 2024\. The goal for 2024 was 96\.5%; Värnamo is 14\.4 percentage points behind\.$/,
    );
  });

  it('mentions gaps and preliminary values', () => {
    const ds = makeDataset({
      data: [
        { area: '0683', period: '2020', value: 80 },
        { area: '0683', period: '2021', value: null },
        { area: '0683', period: '2022', value: 80, status: 'preliminary' },
      ],
      target: false,
    });
    const text = summarize(
      buildModel(ds, { indicator: 'gymnasiebehorighet', area: '0683' }),
      'X',
      strings.sv,
      fmt('sv'),
    );
    expect(text).toContain('låg kvar på 80,0');
    expect(text).toContain('Uppgift saknas för 2021.');
    expect(text).toContain('Värdet för 2022 är preliminärt.');
    expect(text).not.toContain('Målet');
  });
});

describe('goal, against core', () => {
  it('matches core goalPath and assessGoal for every indicator, area and group of the sample data', async () => {
    const { readFileSync } = await import('node:fs');
    const { parseDataset } = await import('../../src/core/schema/validate.js');
    const { goalPath, assessGoal } = await import('../../src/core/goal.js');
    const ds = parseDataset(JSON.parse(readFileSync('demo/data/barn-och-unga.json', 'utf8')));
    let compared = 0;
    for (const indicator of ds.indicators) {
      for (const area of new Set(indicator.data.map((o) => o.area))) {
        for (const group of ['total', 'girls', 'boys'] as const) {
          let m;
          try {
            m = buildModel(ds, { indicator: indicator.id, area, group, compare: 'none' });
          } catch {
            continue;
          }
          const s = m.series[0]!;
          const path = goalPath(indicator, area, group);
          const last = s.points.map((p) => p.value !== null).lastIndexOf(true);
          const core = assessGoal(indicator, area, group, m.periods[last]);
          expect(s.assessment).toEqual(core);
          if (path)
            m.periods.forEach(
              (p, i) => s.goal![i] !== undefined && expect(s.goal![i]).toBeCloseTo(path.at(p), 9),
            );
          else expect(s.goal).toBeUndefined();
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
  });
});
