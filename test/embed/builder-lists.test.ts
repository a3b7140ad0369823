import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/core/schema/validate.js';
import { buildModel } from '../../src/components/wellbeing-wheel/model.js';
import {
  groupsWithValues,
  periodsWithValuesOf,
  shownObservations,
  wheelComparePeriods,
  wheelPeriods,
} from '../../demo/builder-lists.js';

const sample = parseDataset(
  JSON.parse(readFileSync(new URL('../../demo/data/barn-och-unga.json', import.meta.url), 'utf8')),
);
const wheelIndicators = sample.indicators.filter((i) => i.dimensions.length);
const indicator = (id: string) => sample.indicators.find((i) => i.id === id)!;

describe('builder lists', () => {
  it('lists each wheel period once: 2024 and 2023/24 are the same wheel', () => {
    const periods = wheelPeriods(wheelIndicators, '0680', 'total');
    const all = periods.flatMap((p) => p.same);
    expect(new Set(all).size).toBe(all.length);
    expect(periods[0]).toEqual({ value: '2024', same: ['2024', '2023/24'] });
    expect(periods.map((p) => p.value)).not.toContain('2023/24');
    // Every listed period draws, and its equivalent draws the same wheel.
    for (const p of periods) {
      const levels = (period: string) =>
        buildModel(sample, { area: '0680', period }).dimensions.map((d) => d.level);
      for (const same of p.same) expect(levels(same), same).toEqual(levels(p.value));
    }
  });

  it('never offers the chosen wheel period, or its equivalent, as its own comparison', () => {
    const periods = wheelPeriods(wheelIndicators, '0680', 'total');
    for (const chosen of ['2024', '2023/24', '2020']) {
      const compare = wheelComparePeriods(periods, chosen).flatMap((p) => p.same);
      const own = periods.find((p) => p.same.includes(chosen))!.same;
      for (const p of own) expect(compare, chosen).not.toContain(p);
      expect(compare.every((p) => parseInt(p) < parseInt(own[0]!) || p.includes('/'))).toBe(true);
    }
    expect(wheelComparePeriods(periods, periods.at(-1)!.value)).toEqual([]);
  });

  it('offers only groups with values in the chosen area', () => {
    // Aneby is small: its girls' and boys' values in the survey measures are suppressed.
    const mental = indicator('psykiskt-valbefinnande');
    const aneby = groupsWithValues(shownObservations([mental], '0604'));
    expect([...aneby]).toEqual(['total']);
    const jonkoping = groupsWithValues(shownObservations([mental], '0680'));
    expect([...jonkoping].sort()).toEqual(['boys', 'girls', 'total']);
    // Counting null values too (the old lists) would offer girls in Aneby.
    expect(mental.data.some((o) => o.area === '0604' && o.group === 'girls')).toBe(true);
  });

  it('lists periods with values for the group only', () => {
    const mental = indicator('psykiskt-valbefinnande');
    expect(periodsWithValuesOf(shownObservations([mental], '0604'), 'girls')).toEqual([]);
    expect(periodsWithValuesOf(shownObservations([mental]), 'total')[0]).toBe('2024');
  });
});
