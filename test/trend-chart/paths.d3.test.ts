/**
 * The trend chart's path generators (layout.ts) against d3-shape, which they stand in for: `linePath` is
 * `line().defined(…)` (a missing value ends a sub-path), `bandPath` is `area().defined(…)` (high edge
 * forward, low edge back), both with coordinates rounded to hundredths as d3's `.digits(2)` does.
 * `densePath` drops points on purpose (four per pixel column): its vertices are d3's, in d3's order.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { area, line } from 'd3-shape';
import { bandPath, densePath, linePath } from '../../src/components/trend-chart/layout.js';

type Token = string | number;

/** A path as its commands and numbers. */
function tokens(d: string): Token[] {
  return (d.match(/[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map((t) => (/[A-Za-z]/.test(t) ? t : Number(t)));
}

/** Same commands, numbers within 1e-6 relative. */
function samePath(ours: string, theirs: string): void {
  const a = tokens(ours);
  const b = tokens(theirs);
  expect(a.map((t) => (typeof t === 'number' ? 'n' : t)).join('')).toBe(
    b.map((t) => (typeof t === 'number' ? 'n' : t)).join(''),
  );
  a.forEach((t, i) => {
    if (typeof t !== 'number') return;
    const u = b[i] as number;
    expect(Math.abs(t - u)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(u)));
  });
}

/**
 * d3's line closes a sub-path of one point (`M x,yZ`), so that a round line cap draws a dot; ours leaves
 * it a bare `M x,y` (the chart marks a lone value with a marker instead). Normalised by dropping that Z.
 */
const withoutLoneZ = (d: string) => d.replace(/(M[^MLZ]+)Z/g, '$1');

/** Increasing pixel positions and values with gaps (null), as the layout hands them over. */
const series = fc
  .array(
    fc.tuple(
      fc.double({ min: 0.01, max: 50, noNaN: true }),
      fc.option(fc.double({ min: -1e4, max: 1e4, noNaN: true }), { freq: 4 }),
      fc.option(fc.double({ min: -1e4, max: 1e4, noNaN: true }), { freq: 4 }),
    ),
    { maxLength: 60 },
  )
  .map((steps) => {
    let x = 0;
    return steps.map(([dx, y, other]) => ({ x: (x += dx), y, other }));
  });

describe('paths against d3-shape', () => {
  it('linePath is d3’s line().defined() with digits(2)', () => {
    fc.assert(
      fc.property(series, (points) => {
        const xs = points.map((p) => p.x);
        const ys = points.map((p) => p.y);
        const d3 = line<number>()
          .defined((i) => ys[i] !== null)
          .x((i) => xs[i]!)
          .y((i) => ys[i]!)
          .digits(2)(xs.map((_, i) => i));
        samePath(linePath(xs, ys), withoutLoneZ(d3 ?? ''));
      }),
      { numRuns: 500 },
    );
  });

  it('bandPath is d3’s area().defined() with y1 the high and y0 the low edge', () => {
    fc.assert(
      fc.property(series, (points) => {
        const xs = points.map((p) => p.x);
        const lows = points.map((p) => p.y);
        const highs = points.map((p) =>
          p.y === null ? p.other : p.other === null ? null : p.y + Math.abs(p.other),
        );
        const d3 = area<number>()
          .defined((i) => lows[i] !== null && highs[i] !== null)
          .x((i) => xs[i]!)
          .y0((i) => lows[i]!)
          .y1((i) => highs[i]!)
          .digits(2)(xs.map((_, i) => i));
        samePath(bandPath(xs, lows, highs), d3 ?? '');
      }),
      { numRuns: 500 },
    );
  });

  it('densePath keeps a subsequence of d3’s vertices, and its gaps', () => {
    fc.assert(
      fc.property(series, fc.double({ min: 0.5, max: 40, noNaN: true }), (points, column) => {
        const xs = points.map((p) => p.x);
        const ys = points.map((p) => p.y);
        const d3 = withoutLoneZ(
          line<number>()
            .defined((i) => ys[i] !== null)
            .x((i) => xs[i]!)
            .y((i) => ys[i]!)
            .digits(2)(xs.map((_, i) => i)) ?? '',
        );
        const ours = densePath(xs, ys, column);
        // Sub-path by sub-path: the same number of them, each a subsequence with d3's first and last point.
        const split = (d: string) =>
          d
            .split('M')
            .filter(Boolean)
            .map((s) => s.split('L'));
        const a = split(ours);
        const b = split(d3);
        expect(a.length).toBe(b.length);
        a.forEach((sub, k) => {
          const theirs = b[k]!;
          expect(sub[0]).toBe(theirs[0]);
          expect(sub.at(-1)).toBe(theirs.at(-1));
          let j = 0;
          for (const v of sub) {
            while (j < theirs.length && theirs[j] !== v) j++;
            expect(j).toBeLessThan(theirs.length);
            j++;
          }
        });
      }),
      { numRuns: 500 },
    );
  });
});
