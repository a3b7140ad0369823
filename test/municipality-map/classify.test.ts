import { describe, expect, it } from 'vitest';
import { quantileSorted as d3QuantileSorted } from 'd3-array';
import {
  divergingClassOf,
  divergingClasses,
  divergingRange,
  niceStep,
  quantileSorted,
  sequentialClassOf,
  sequentialClasses,
  spreadSlots,
} from '../../src/components/municipality-map/classify.js';

describe('niceStep', () => {
  it('rounds up to 1, 2, 2.5, 5 × 10ⁿ', () => {
    expect([0.3, 1, 1.1, 2.2, 3, 7, 12, 0.07].map((v) => niceStep(v))).toEqual([
      0.5, 1, 2, 2.5, 5, 10, 20, 0.1,
    ]);
    expect(niceStep(0)).toBe(1);
  });
});

describe('sequential classes', () => {
  const values = [21.3, 24.8, 26, 27.5, 29.1, 30, 31.4, 33.3, 35, 36.2, 38.8, 40.1, 44.9];

  it('equal steps are nice and cover every value', () => {
    const c = sequentialClasses(values, 5, 'equal');
    expect(c.limits).toEqual([20, 25, 30, 35, 40, 45]);
    expect(c.slots).toEqual([1, 3, 4, 6, 7]);
    for (const v of values) {
      const i = sequentialClassOf(c, v);
      expect(v).toBeGreaterThanOrEqual(c.limits[i]!);
      expect(v).toBeLessThanOrEqual(c.limits[i + 1]!);
    }
    expect(sequentialClassOf(c, 25)).toBe(1);
    expect(sequentialClassOf(c, 44.9)).toBe(4);
  });

  it('equal steps never give more classes than asked', () => {
    for (let k = 3; k <= 7; k++) {
      for (const spread of [
        [0, 1],
        [0, 99.9],
        [3.2, 3.3],
        [12, 87],
      ]) {
        const c = sequentialClasses([spread[0]!, spread[1]!, (spread[0]! + spread[1]!) / 2], k, 'equal');
        expect(c.limits.length - 1).toBeLessThanOrEqual(k);
        expect(c.limits[0]).toBeLessThanOrEqual(spread[0]!);
        expect(c.limits[c.limits.length - 1]).toBeGreaterThanOrEqual(spread[1]!);
      }
    }
  });

  it('quantiles split the values into classes of about equal size', () => {
    const c = sequentialClasses(values, 4, 'quantile');
    expect(c.limits).toHaveLength(5);
    expect(c.limits[0]).toBe(21.3);
    expect(c.limits[4]).toBe(44.9);
    const counts = [0, 0, 0, 0];
    for (const v of values) counts[sequentialClassOf(c, v)]!++;
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
  });

  it('identical values give one class; no values give a placeholder', () => {
    expect(sequentialClasses([5, 5, 5], 5, 'quantile').limits).toEqual([5, 5]);
    expect(sequentialClasses([], 5, 'equal').slots).toHaveLength(1);
  });
});

describe('diverging classes', () => {
  it('are symmetric around a neutral middle and odd in number', () => {
    const c = divergingClasses([-4.2, -1, 0, 0.4, 2, 3.9], 4);
    expect(c.slots).toEqual([1, 3, 4, 6, 7]);
    expect(c.half).toBe(2);
    expect(c.step).toBe(2);
    expect(divergingClassOf(c, 0)).toBe(2);
    expect(divergingClassOf(c, 0.99)).toBe(2);
    expect(divergingClassOf(c, -0.99)).toBe(2);
    expect(divergingClassOf(c, 1)).toBe(3);
    expect(divergingClassOf(c, -1)).toBe(1);
    expect(divergingClassOf(c, 100)).toBe(4);
    expect(divergingClassOf(c, -100)).toBe(0);
    expect(divergingRange(c, 0)).toEqual([-Infinity, -3]);
    expect(divergingRange(c, 2)).toEqual([-1, 1]);
    expect(divergingRange(c, 4)).toEqual([3, Infinity]);
  });

  it('all zero distances still classify (to the middle)', () => {
    const c = divergingClasses([0, 0], 7);
    expect(c.slots).toHaveLength(7);
    expect(divergingClassOf(c, 0)).toBe(3);
  });
});

describe('slots', () => {
  it('spreads classes over the seven steps keeping both ends', () => {
    expect(spreadSlots(3)).toEqual([1, 4, 7]);
    expect(spreadSlots(7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});

describe('whole-number data', () => {
  it('avoids 2.5 steps and writes limits with the decimals they need', async () => {
    const { limitDecimals } = await import('../../src/components/municipality-map/classify.js');
    const c = sequentialClasses([58, 60, 62, 64, 70], 5, 'equal', 0);
    expect(c.limits.every(Number.isInteger)).toBe(true);
    expect(limitDecimals([60, 62.5, 65])).toBe(1);
    expect(limitDecimals([60, 65], 1)).toBe(1);
    expect(limitDecimals([0.25, 0.5])).toBe(2);
    expect(niceStep(2.4, true)).toBe(5);
  });
});

describe('quantileSorted', () => {
  it('gives d3-array’s quantileSorted for any p, on short, long and tied lists', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const lists = [
      [4],
      [1, 2],
      [3, 3, 3, 9],
      ...Array.from({ length: 20 }, (_, n) =>
        Array.from({ length: 1 + n * 7 }, () => Math.round(random() * 1000) / 10).sort((a, b) => a - b),
      ),
    ];
    for (const list of lists)
      for (const p of [0, 0.1, 1 / 7, 0.2, 0.25, 1 / 3, 0.5, 0.6, 2 / 3, 0.8, 6 / 7, 0.99, 1])
        expect(quantileSorted(list, p)).toBe(d3QuantileSorted(list, p));
  });
});
