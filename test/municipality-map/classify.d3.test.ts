/**
 * The map's quantile classing (classify.ts) against d3-array: `quantileSorted` is d3's `quantileSorted`
 * and quantile classes have d3's `quantile` of the values as limits, rounded to the data's decimals.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { quantile, quantileSorted as d3QuantileSorted } from 'd3-array';
import { quantileSorted, sequentialClasses } from '../../src/components/municipality-map/classify.js';

const value = fc.double({ min: -1e6, max: 1e6, noNaN: true });

describe('quantiles against d3-array', () => {
  it('quantileSorted gives d3’s for any sorted list and any p', () => {
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 1, maxLength: 300 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (list, p) => {
          const sorted = list.sort((a, b) => a - b);
          const theirs = d3QuantileSorted(sorted, p)!;
          expect(Math.abs(quantileSorted(sorted, p) - theirs)).toBeLessThanOrEqual(
            1e-6 * Math.max(1, Math.abs(theirs)),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('quantile classes are bounded by d3’s quantiles, rounded to the data’s decimals', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -100000, max: 100000 }), { minLength: 1, maxLength: 300 }),
        fc.integer({ min: 3, max: 7 }),
        fc.integer({ min: 0, max: 2 }),
        (ints, count, decimals) => {
          const values = ints.map((n) => n / 10 ** decimals);
          const { limits } = sequentialClasses(values, count, 'quantile', decimals);
          // Ours keeps a limit only when it lies strictly inside the range and above the previous one (no
          // empty classes): d3's quantiles are filtered the same way before comparing.
          const min = Math.min(...values);
          const max = Math.max(...values);
          const inner: number[] = [];
          for (let i = 1; i < count; i++) {
            const q = Math.round(quantile(values, i / count)! * 10 ** decimals) / 10 ** decimals;
            if (q > min && q < max && (inner.length === 0 || q > inner.at(-1)!)) inner.push(q);
          }
          expect(limits).toEqual(min === max ? [min, max] : [min, ...inner, max]);
        },
      ),
      { numRuns: 500 },
    );
  });
});
