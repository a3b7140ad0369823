/**
 * The trend chart's linear map (`linear` in layout.ts) against d3-scale's scaleLinear, which it stands in
 * for: the same value for any domain, range and input, and, with domain and range swapped, the same as
 * d3's `invert`.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scaleLinear } from 'd3-scale';
import { linear } from '../../src/components/trend-chart/layout.js';

const num = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });

/** Equal within 1e-6 relative to the numbers involved (d3 interpolates r0·(1 − t) + r1·t, we r0 + (v − d0)·k). */
function close(ours: number, theirs: number, ...scale: number[]): void {
  const size = Math.max(1, ...scale.map(Math.abs), Math.abs(theirs));
  expect(Math.abs(ours - theirs)).toBeLessThanOrEqual(1e-6 * size);
}

describe('linear against d3-scale’s scaleLinear', () => {
  it('maps any value as scaleLinear does', () => {
    fc.assert(
      fc.property(num, num, num, num, num, (d0, d1, r0, r1, v) => {
        fc.pre(Math.abs(d1 - d0) > 1e-3);
        const d3 = scaleLinear().domain([d0, d1]).range([r0, r1]);
        // The range's size times how far v lies outside the domain bounds the numbers' magnitude.
        const t = (v - d0) / (d1 - d0);
        close(linear(d0, d1, r0, r1)(v), d3(v), r0, r1, (r1 - r0) * t);
      }),
      { numRuns: 1000 },
    );
  });

  it('inverts as scaleLinear.invert does (domain and range swapped)', () => {
    fc.assert(
      fc.property(num, num, num, num, num, (d0, d1, r0, r1, y) => {
        fc.pre(Math.abs(d1 - d0) > 1e-3 && Math.abs(r1 - r0) > 1e-3);
        const d3 = scaleLinear().domain([d0, d1]).range([r0, r1]);
        const t = (y - r0) / (r1 - r0);
        close(linear(r0, r1, d0, d1)(y), d3.invert(y), d0, d1, (d1 - d0) * t);
        // And a round trip comes back.
        close(linear(r0, r1, d0, d1)(linear(d0, d1, r0, r1)(y)), d3.invert(d3(y)), d0, d1, y, r0, r1);
      }),
      { numRuns: 1000 },
    );
  });

  it('differs on purpose for an empty domain: the range start, where d3 gives its middle', () => {
    // d3 maps a domain [a, a] to the middle of the range; ours to its start (k = 0). The chart never has
    // one: valueDomain widens [a, a] and a single period is padded by half a step on each side. Normalised:
    // ours plus half the range is d3's.
    fc.assert(
      fc.property(num, num, num, num, (d, r0, r1, v) => {
        const d3 = scaleLinear().domain([d, d]).range([r0, r1]);
        close(linear(d, d, r0, r1)(v) + (r1 - r0) / 2, d3(v), r0, r1);
      }),
    );
  });
});
