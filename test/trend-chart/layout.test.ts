import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  chartHeight,
  densePath,
  linePath,
  r2,
  layoutChart,
  markerPath,
  MARKERS,
  nearestIndex,
  placeLabels,
  thinTicks,
  valueDomain,
  wrapLabel,
} from '../../src/components/trend-chart/layout.js';
import { textWidth } from '../../src/core/text-width.js';
import type { LayoutInput } from '../../src/components/trend-chart/layout.js';
import { formatTick } from '../../src/core/i18n/format.js';

const periods = ['2015', '2016', '2017', '2018', '2019'];
const base = (over: Partial<LayoutInput> = {}): LayoutInput => ({
  width: 800,
  periods,
  positions: periods.map(Number),
  series: [
    { values: [78.5, 79, null, 80, 82.1], main: true, slot: 0, label: 'Värnamo' },
    { values: [80, 80.2, 80.4, 80.6, 80.8], main: false, slot: 1, label: 'Region Jönköpings län' },
    { values: [81, 81, 81, 81, 81], main: false, slot: 2, label: 'Riket' },
  ],
  goal: { values: [78.5, 80.5, 82.5, 84.5, 86.5], label: 'Mål' },
  zeroBased: true,
  max: 100,
  formatTick: (v, step) => formatTick(v, 'sv', step),
  ...over,
});

const round = (d: string) => d.replace(/\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10));

describe('scales', () => {
  it('starts shares at zero, with nice ticks and Swedish tick labels, never above 100', () => {
    const l = layoutChart(base());
    expect(l.yDomain[0]).toBe(0);
    expect(l.yDomain[1]).toBeLessThanOrEqual(100);
    expect(l.yDomain[1]).toBeGreaterThanOrEqual(86.5);
    const values = l.yTicks.map((t) => t.value);
    expect(values[0]).toBe(0);
    const step = values[1]! - values[0]!;
    expect([1, 2, 5, 10, 20, 25, 50]).toContain(step);
    values.forEach((v, i) => expect(v).toBeCloseTo(i * step));
    expect(l.yTicks.find((t) => t.value === 80)?.label).toBe('80');
    expect(l.yTicks[0]!.at).toBe(l.plot.bottom);
  });

  it('does not start at zero when the data says so, and pads the range', () => {
    const [lo, hi] = valueDomain([78, 82], false);
    expect(lo).toBeGreaterThan(0);
    expect(lo).toBeLessThan(78);
    expect(hi).toBeGreaterThan(82);
  });

  it('gives a usable domain for constant and empty data', () => {
    expect(valueDomain([5, 5], false)[1]).toBeGreaterThan(valueDomain([5, 5], false)[0]);
    expect(valueDomain([], true, 100)).toEqual([0, 100]);
    expect(valueDomain([0, 0], true)).toEqual([0, 1]);
  });

  it('uses decimals only when the step needs them', () => {
    const l = layoutChart(
      base({
        zeroBased: false,
        series: [{ values: [1.1, 1.2, 1.3, 1.25, 1.15], main: true, slot: 0, label: 'A' }],
        goal: undefined,
        max: undefined,
      }),
    );
    expect(l.yTicks.some((t) => t.label.includes(','))).toBe(true);
  });

  it('puts school years half-way between calendar years on one axis', () => {
    const l = layoutChart(
      base({
        periods: ['2015', '2015/16', '2016'],
        positions: [2015, 2015.5, 2016],
        series: [{ values: [1, 2, 3], main: true, slot: 0, label: 'A' }],
        goal: undefined,
      }),
    );
    expect(l.xs[1]! - l.xs[0]!).toBeCloseTo(l.xs[2]! - l.xs[1]!, 6);
  });

  it('keeps a single period in the middle instead of dividing by zero', () => {
    const l = layoutChart(
      base({
        periods: ['2020'],
        positions: [2020],
        series: [{ values: [50], main: true, slot: 0, label: 'A' }],
        goal: undefined,
      }),
    );
    expect(Number.isFinite(l.xs[0])).toBe(true);
    expect(l.xs[0]).toBeCloseTo((l.plot.left + l.plot.right) / 2, 0);
    expect(l.series[0]!.markers).toHaveLength(1);
  });

  it('survives one huge value: finite geometry, ticks that fit the margin', () => {
    const l = layoutChart(
      base({
        series: [{ values: [50, 52, 1e12, 51, 53], main: true, slot: 0, label: 'A' }],
        goal: undefined,
        formatTick: (v) => new Intl.NumberFormat('sv-SE', { notation: 'compact' }).format(v),
      }),
    );
    expect(l.yDomain[1]).toBeGreaterThanOrEqual(1e12);
    expect(l.series[0]!.d).not.toMatch(/NaN|Infinity/);
    expect(l.plot.left).toBeLessThanOrEqual(l.width * 0.3);
  });
});

describe('gaps', () => {
  it('breaks the line at missing values instead of drawing to zero', () => {
    const l = layoutChart(base());
    const d = l.series[0]!.d;
    expect(d.match(/M/g)).toHaveLength(2);
    expect(l.series[0]!.ys[2]).toBeNull();
    expect(round(d)).not.toContain(`,${l.plot.bottom}`);
  });

  it('marks an isolated value with a marker even on a dense axis', () => {
    const n = 2000;
    const values = Array.from({ length: n }, (_, i) =>
      i === 1000 ? 5 : i > 995 && i < 1005 ? null : i % 10,
    );
    const l = layoutChart(
      base({
        periods: values.map((_, i) => String(1000 + i)),
        positions: values.map((_, i) => 1000 + i),
        series: [{ values, main: true, slot: 0, label: 'A' }],
        goal: undefined,
      }),
    );
    expect(l.dense).toBe(true);
    expect(l.series[0]!.markers.map((m) => m.period)).toEqual([1000]);
  });

  it('draws preliminary values as hollow markers', () => {
    const l = layoutChart(
      base({
        series: [
          {
            values: [1, 2, 3, 4, 5],
            preliminary: [false, false, false, false, true],
            main: true,
            slot: 0,
            label: 'A',
          },
        ],
        goal: undefined,
      }),
    );
    expect(l.series[0]!.markers.map((m) => m.hollow)).toEqual([false, false, false, false, true]);
  });

  it('draws a confidence band only where there are intervals', () => {
    const ci = [[1, 3], [2, 4], undefined, [3, 5], [4, 6]] as const;
    const l = layoutChart(
      base({
        series: [{ values: [2, 3, null, 4, 5], ci: [...ci], main: true, slot: 0, label: 'A' }],
        goal: undefined,
      }),
    );
    expect(l.series[0]!.band?.match(/M/g)).toHaveLength(2);
  });
});

describe('paths of long series', () => {
  /** Points of a path as [x, y] per sub-path. */
  const parse = (d: string) =>
    d
      .split('M')
      .filter(Boolean)
      .map((sub) => sub.split('L').map((p) => p.split(',').map(Number) as [number, number]));

  it('formats coordinates exactly as String(Math.round(n * 100) / 100)', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 0.6;
    const values = [
      0, -0, 0.004, -0.004, -0.005, 0.005, 1.005, 99.995, -99.995, 1e-9, 123456.785, 2e9, -3e12,
    ];
    for (let i = 0; i < 20000; i++) values.push(random() * 10 ** ((i % 7) - 1));
    for (const v of values) expect(r2(v)).toBe(String(Math.round(v * 100) / 100));
  });

  it('keeps the first, lowest, highest and last point of every pixel column, and the gaps', () => {
    const n = 5000;
    // Whole hundredths, so that columns of the printed coordinates are those the reduction saw.
    const xs = Array.from({ length: n }, (_, i) => Math.round((40 + (i * 600) / (n - 1)) * 100) / 100);
    const ys = Array.from({ length: n }, (_, i) =>
      i % 997 === 0 || (i > 2000 && i < 2010) ? null : 200 + 150 * Math.sin(i / 40) + ((i * 7919) % 31),
    );
    const d = densePath(xs, ys);
    const full = parse(linePath(xs, ys));
    const dense = parse(d);
    // Same sub-paths (gaps stay gaps), each starting and ending at the same points.
    expect(dense).toHaveLength(full.length);
    dense.forEach((sub, k) => {
      expect(sub[0]).toEqual(full[k]![0]);
      expect(sub.at(-1)).toEqual(full[k]!.at(-1));
    });
    // Every kept point is one of the original points, in order.
    const all = full.flat().map((p) => p.join());
    let at = 0;
    for (const p of dense.flat()) {
      at = all.indexOf(p.join(), at);
      expect(at).toBeGreaterThanOrEqual(0);
    }
    // Per column and sub-path, the vertical extent is kept.
    const extent = (subs: [number, number][][]) => {
      const out = new Map<string, [number, number]>();
      subs.forEach((sub, k) =>
        sub.forEach(([x, y]) => {
          const key = `${k}|${Math.floor(x)}`;
          const e = out.get(key);
          out.set(key, e ? [Math.min(e[0], y), Math.max(e[1], y)] : [y, y]);
        }),
      );
      return out;
    };
    expect(extent(dense)).toEqual(extent(full));
    // And it is far smaller.
    expect(dense.flat().length).toBeLessThan(full.flat().length / 2);
  });

  it('is used by the layout only when there is more than one point per pixel', () => {
    const long = Array.from({ length: 10000 }, (_, i) => 500 + 300 * Math.sin(i / 300));
    const l = layoutChart(
      base({
        periods: long.map((_, i) => String(i).padStart(4, '0')),
        positions: long.map((_, i) => i),
        series: [{ values: long, main: true, slot: 0, label: 'A' }],
        goal: undefined,
        zeroBased: false,
        max: undefined,
      }),
    );
    expect(l.series[0]!.d.split('L').length).toBeLessThan(4 * 800);
    expect(l.series[0]!.ys).toHaveLength(10000);
    // The typical chart's paths are the full polylines.
    const t = layoutChart(base());
    expect(t.series[1]!.d).toBe(linePath(t.xs, t.series[1]!.ys));
  });
});

describe('goal path', () => {
  it('is a line through the goal values, starting at the baseline', () => {
    const l = layoutChart(base({ goal: { values: [undefined, 80, 82, 84, 86], label: 'Mål' } }));
    expect(l.goal!.ys[0]).toBeNull();
    expect(l.goal!.d.startsWith(`M${l.xs[1]}`)).toBe(true);
    expect(l.labels.find((x) => x.series === -1)?.lines).toEqual(['Mål']);
  });
});

describe('end labels', () => {
  it('never overlap and stay inside the drawing', () => {
    const l = layoutChart(base());
    const lineHeight = l.fontSize * 1.45;
    const blocks = l.labels
      .map((x) => ({
        top: x.y - (x.lines.length * lineHeight) / 2,
        bottom: x.y + (x.lines.length * lineHeight) / 2,
      }))
      .sort((a, b) => a.top - b.top);
    for (let i = 1; i < blocks.length; i++)
      expect(blocks[i]!.top).toBeGreaterThanOrEqual(blocks[i - 1]!.bottom - 0.001);
    for (const b of blocks) {
      expect(b.top).toBeGreaterThanOrEqual(0);
      expect(b.bottom).toBeLessThanOrEqual(l.height);
    }
    for (const x of l.labels) expect(x.x).toBeGreaterThan(l.plot.right);
  });

  it('stays next to its line when there is room', () => {
    const l = layoutChart(
      base({
        series: [
          { values: [10, 10, 10, 10, 10], main: true, slot: 0, label: 'A' },
          { values: [90, 90, 90, 90, 90], main: false, slot: 1, label: 'B' },
        ],
        goal: undefined,
      }),
    );
    for (const x of l.labels) expect(Math.abs(x.y - x.anchorY)).toBeLessThan(0.01);
  });

  it('switches to a legend on narrow screens and when labels cannot fit', () => {
    expect(layoutChart(base({ width: 320 })).legend).toBe(true);
    expect(layoutChart(base({ width: 320 })).labels).toHaveLength(0);
    const many = Array.from({ length: 40 }, (_, i) => ({
      values: [i, i, i, i, i],
      main: i === 0,
      slot: i,
      label: `Område ${i}`,
    }));
    expect(layoutChart(base({ series: many, width: 900 })).legend).toBe(true);
  });

  it('leaves no plot width to labels that are wider than a third of the chart', () => {
    const l = layoutChart(
      base({
        series: [
          {
            values: [1, 2, 3, 4, 5],
            main: true,
            slot: 0,
            label: 'Ett mycket långt områdesnamn som aldrig tar slut någonsin',
          },
        ],
        goal: undefined,
      }),
    );
    expect(l.width - l.plot.right).toBeLessThanOrEqual(l.width * 0.32 + 20);
    expect(l.labels[0]!.lines.length).toBeLessThanOrEqual(2);
  });
});

describe('placeLabels', () => {
  it('returns wished positions when nothing overlaps', () => {
    expect(
      placeLabels(
        [
          { y: 10, height: 10 },
          { y: 50, height: 10 },
        ],
        0,
        100,
        0,
      ),
    ).toEqual([10, 50]);
  });

  it('spreads a cluster around its mean wish', () => {
    const [a, b] = placeLabels(
      [
        { y: 50, height: 10 },
        { y: 50, height: 10 },
      ],
      0,
      100,
      0,
    );
    expect(b! - a!).toBeCloseTo(10);
    expect((a! + b!) / 2).toBeCloseTo(50);
  });

  it('keeps input order of ties stable and pushes clusters inside the bounds', () => {
    const out = placeLabels(
      [
        { y: 0, height: 10 },
        { y: 1, height: 10 },
        { y: 2, height: 10 },
      ],
      0,
      100,
      0,
    );
    expect(out).toEqual([5, 15, 25]);
    const bottom = placeLabels(
      [
        { y: 99, height: 10 },
        { y: 100, height: 10 },
      ],
      0,
      100,
      0,
    );
    expect(bottom).toEqual([85, 95]);
  });

  it('never overlaps for random input', () => {
    for (let trial = 0; trial < 50; trial++) {
      const items = Array.from({ length: 12 }, () => ({
        y: Math.random() * 300,
        height: 10 + Math.random() * 10,
      }));
      const out = placeLabels(items, 0, 400, 2);
      const spans = items
        .map((it, i) => [out[i]! - (it.height + 2) / 2, out[i]! + (it.height + 2) / 2] as const)
        .sort((a, b) => a[0] - b[0]);
      for (let i = 1; i < spans.length; i++)
        expect(spans[i]![0]).toBeGreaterThanOrEqual(spans[i - 1]![1] - 1e-6);
      expect(spans[0]![0]).toBeGreaterThanOrEqual(-1e-6);
      expect(spans[spans.length - 1]![1]).toBeLessThanOrEqual(400 + 1e-6);
    }
  });
});

describe('helpers', () => {
  it('thins period ticks, always keeping the latest', () => {
    expect(thinTicks(10, 40, 1000)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const thin = thinTicks(10, 40, 200);
    expect(thin[thin.length - 1]).toBe(9);
    expect(thin.length).toBeLessThanOrEqual(5);
    expect(thinTicks(10000, 40, 800).length).toBeLessThanOrEqual(20);
  });

  it('estimates text width from characters', () => {
    expect(textWidth('Riket', 13)).toBeLessThan(textWidth('Region Jönköpings län', 13));
    expect(textWidth('', 13)).toBe(0);
  });

  it('wraps at spaces and truncates with an ellipsis', () => {
    expect(wrapLabel('Region Jönköpings län', 110, 13)).toEqual(['Region', 'Jönköpings län']);
    const long = wrapLabel('Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 60, 13);
    expect(long).toHaveLength(1);
    expect(long[0]!.endsWith('…')).toBe(true);
  });

  it('keeps phones readable and desktops flat', () => {
    expect(chartHeight(280)).toBe(260);
    expect(chartHeight(2000)).toBe(420);
  });

  it('draws every marker shape as a closed path', () => {
    for (const shape of MARKERS) expect(markerPath(shape, 10, 10, 4)).toMatch(/^M[\d.,\-a-zA-Z ]+Z$/);
  });

  it('finds the nearest period', () => {
    expect(nearestIndex([0, 10, 20, 30], 14)).toBe(1);
    expect(nearestIndex([0, 10, 20, 30], 16)).toBe(2);
    expect(nearestIndex([0, 10, 20, 30], -50)).toBe(0);
    expect(nearestIndex([0, 10, 20, 30], 500)).toBe(3);
    expect(nearestIndex([], 5)).toBe(-1);
  });
});

describe('ticks: d3-array’s, over the niced extent', () => {
  const chart = (values: number[], height: number, over: Partial<LayoutInput> = {}) =>
    layoutChart(
      base({
        height,
        zeroBased: false,
        max: undefined,
        goal: undefined,
        series: [{ values, main: true, slot: 0, label: 'A' }],
        periods: periods.slice(0, values.length),
        positions: periods.slice(0, values.length).map(Number),
        ...over,
      }),
    );

  // The copy of d3's tick code this replaced computed the first tick as ceil(0.14 · 100) / 100, and
  // 0.14 · 100 is 14.000000000000002: the axis ran 0.14–0.18 with ticks from 0.15 (0.28–0.42 from 0.3).
  it('runs 0.15–0.17 on an axis 0.14–0.18 with ticks 0.14, 0.15, …, 0.18', () => {
    // 260 px high: four ticks wanted.
    const l = chart([0.15, 0.16, 0.17], 260);
    expect(l.yDomain).toEqual([0.14, 0.18]);
    expect(l.yTicks.map((t) => t.value)).toEqual([0.14, 0.15, 0.16, 0.17, 0.18]);
    expect(l.yTicks.map((t) => t.label)).toEqual(['0,14', '0,15', '0,16', '0,17', '0,18']);
    expect(l.yTicks[0]!.at).toBe(l.plot.bottom);
    expect(l.yTicks.at(-1)!.at).toBe(l.plot.top);
  });

  it('runs 0.3–0.4 on an axis 0.28–0.42 with ticks 0.28, 0.3, …, 0.42', () => {
    // 420 px high: seven ticks wanted.
    const l = chart([0.3, 0.35, 0.4], 420);
    expect(l.yDomain).toEqual([0.28, 0.42]);
    expect(l.yTicks.map((t) => t.value)).toEqual([0.28, 0.3, 0.32, 0.34, 0.36, 0.38, 0.4, 0.42]);
    expect(l.yTicks[0]!.at).toBe(l.plot.bottom);
    expect(l.yTicks.at(-1)!.at).toBe(l.plot.top);
  });

  it('starts and ends the ticks at the axis’ ends, for any values and height', () => {
    // Statistics as published: up to four decimals.
    const value = fc
      .tuple(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 0, max: 4 }))
      .map(([n, k]) => n / 10 ** k);
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 150, max: 700 }),
        fc.boolean(),
        (values, height, zeroBased) => {
          const l = chart(values, height, { zeroBased });
          const ticks = l.yTicks.map((t) => t.value);
          expect(ticks[0]).toBe(l.yDomain[0]);
          expect(ticks.at(-1)).toBe(l.yDomain[1]);
          if (zeroBased && values.every((v) => v >= 0)) expect(l.yDomain[0]).toBe(0);
          for (const v of values) {
            expect(v).toBeGreaterThanOrEqual(l.yDomain[0]);
            expect(v).toBeLessThanOrEqual(l.yDomain[1]);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps shares from zero and never above 100 %', () => {
    const l = chart([91, 96, 99.5], 420, { zeroBased: true, max: 100 });
    expect(l.yDomain).toEqual([0, 100]);
    expect(l.yTicks[0]!.value).toBe(0);
    expect(l.yTicks.at(-1)!.value).toBe(100);
  });
});
