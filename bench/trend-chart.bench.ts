/**
 * bpl-trend-chart against a plain d3 drawing of the same chart (d3-selection + d3-scale + d3-shape:
 * axes with grid and tick labels, the lines with gaps, markers, the dashed goal path and end labels),
 * measured in the same run and interleaved, so machine noise hits both alike.
 *
 * - typical: 14 series × 15 years (Värnamo, the county, Riket and the other 11 municipalities), with the goal
 * - long: one series of 10 000 points
 * - update: the typical chart given new data
 *
 * The component's time includes what a reader waits for after the data has arrived: validating the data,
 * building the model and layout, rendering and the browser's style and layout.
 */
import { select } from 'd3-selection';
import type { Selection } from 'd3-selection';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { BplTrendChart } from '../src/components/trend-chart/trend-chart.js';
import { defineElement } from '../src/core/define.js';
import { forceLayout, measure, nextFrame, result } from './harness.js';
import { parseDataset } from '../src/core/schema/validate.js';
import { buildModel } from '../src/components/trend-chart/model.js';
import { layoutChart } from '../src/components/trend-chart/layout.js';
import type { BenchResult } from './harness.js';

const AREAS = [
  '0683',
  '0006',
  '0000',
  '0604',
  '0617',
  '0642',
  '0643',
  '0662',
  '0665',
  '0680',
  '0682',
  '0684',
  '0685',
  '0687',
];
const NAMES: Record<string, string> = {
  '0683': 'Värnamo',
  '0006': 'Region Jönköpings län',
  '0000': 'Riket',
  '0604': 'Aneby',
  '0617': 'Gnosjö',
  '0642': 'Mullsjö',
  '0643': 'Habo',
  '0662': 'Gislaved',
  '0665': 'Vaggeryd',
  '0680': 'Jönköping',
  '0682': 'Nässjö',
  '0684': 'Sävsjö',
  '0685': 'Vetlanda',
  '0687': 'Tranås',
};

interface Obs {
  area: string;
  period: string;
  group: 'total';
  value: number | null;
}

function typicalData(shift: number) {
  const data: Obs[] = [];
  AREAS.forEach((area, a) => {
    for (let y = 0; y < 15; y++) {
      const missing = a === 5 && y === 7;
      data.push({
        area,
        period: String(2010 + y),
        value: missing ? null : 60 + ((a * 7 + y * 3 + shift) % 25) + y * 0.5,
      });
    }
  });
  return {
    meta: { title: 'Bench' },
    indicators: [
      {
        id: 'typisk',
        title: 'Behöriga till gymnasiet',
        focusArea: 'completed-studies',
        unit: 'percent',
        polarity: 'higher-is-better',
        target: { baseline: '2010', annualChange: 2 },
        data,
      },
    ],
  };
}

function longData() {
  const data: Obs[] = [];
  for (let i = 0; i < 10_000; i++)
    data.push({
      area: '0683',
      period: String(i).padStart(4, '0'),
      value: 500 + 300 * Math.sin(i / 300) + ((i * 7919) % 97),
    });
  return {
    meta: { title: 'Bench' },
    indicators: [
      {
        id: 'lang',
        title: 'Lång serie',
        focusArea: 'other',
        unit: 'count',
        polarity: 'higher-is-better',
        target: false,
        data,
      },
    ],
  };
}

// package.json's "sideEffects" does not list src/components/*/<name>.ts, so a production build drops a
// bare side-effect import of the define file; register explicitly (idempotent).
defineElement('bpl-trend-chart', BplTrendChart);

const stage = document.getElementById('stage')!;
const WIDTH = 800;
const HEIGHT = 420;

// ---- the component ------------------------------------------------------------------------------

async function renderComponent(data: unknown, attrs: Record<string, string>): Promise<BplTrendChart> {
  const el = document.createElement('bpl-trend-chart') as BplTrendChart;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.data = data;
  stage.append(el);
  await el.whenSettled();
  forceLayout(el);
  return el;
}

// ---- the floor: the same chart in plain d3 ------------------------------------------------------

interface FloorSeries {
  key: string;
  values: (number | null)[];
  main: boolean;
}

function floorSeries(input: ReturnType<typeof typicalData> | ReturnType<typeof longData>): {
  periods: string[];
  series: FloorSeries[];
} {
  const byArea = new Map<string, Map<string, number | null>>();
  const periods = new Set<string>();
  for (const o of input.indicators[0]!.data) {
    let m = byArea.get(o.area);
    if (!m) byArea.set(o.area, (m = new Map()));
    m.set(o.period, o.value);
    periods.add(o.period);
  }
  const sorted = [...periods].sort();
  return {
    periods: sorted,
    series: [...byArea].map(([key, m], i) => ({
      key,
      main: i === 0,
      values: sorted.map((p) => m.get(p) ?? null),
    })),
  };
}

type Svg = Selection<SVGSVGElement, unknown, null, undefined>;

function drawFloor(
  svg: Svg,
  input: ReturnType<typeof typicalData> | ReturnType<typeof longData>,
  goal: boolean,
): void {
  const { periods, series } = floorSeries(input);
  const margin = { top: 30, right: 170, bottom: 30, left: 40 };
  const x = scaleLinear()
    .domain([Number(periods[0]), Number(periods[periods.length - 1])])
    .range([margin.left + 10, WIDTH - margin.right - 10]);
  let max = 0;
  for (const s of series) for (const v of s.values) if (v !== null && v > max) max = v;
  const y = scaleLinear()
    .domain([0, max])
    .nice()
    .range([HEIGHT - margin.bottom, margin.top]);
  const gen = line<number | null>()
    .defined((v) => v !== null)
    .x((_, i) => x(Number(periods[i])))
    .y((v) => y(v!));
  const yTicks = y.ticks(6);
  svg
    .selectAll('g.y')
    .data(yTicks)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'y');
      g.append('line').attr('stroke', '#dde1e6');
      g.append('text').attr('text-anchor', 'end').attr('font-size', 12).attr('fill', '#545c66');
      return g;
    })
    .call((g) =>
      g
        .select('line')
        .attr('x1', margin.left)
        .attr('x2', WIDTH - margin.right)
        .attr('y1', (d) => y(d))
        .attr('y2', (d) => y(d)),
    )
    .call((g) =>
      g
        .select('text')
        .attr('x', margin.left - 6)
        .attr('y', (d) => y(d))
        .text((d) => d.toLocaleString('sv-SE')),
    );
  const step = Math.max(1, Math.ceil(periods.length / 12));
  svg
    .selectAll('text.x')
    .data(periods.filter((_, i) => (periods.length - 1 - i) % step === 0))
    .join('text')
    .attr('class', 'x')
    .attr('text-anchor', 'middle')
    .attr('font-size', 12)
    .attr('x', (d) => x(Number(d)))
    .attr('y', HEIGHT - 8)
    .text((d) => d);
  if (goal) {
    const main = series[0]!;
    const start = main.values[0]!;
    const goalValues = periods.map((_, i) => Math.min(100, start + 2 * i));
    svg
      .selectAll('path.goal')
      .data([goalValues])
      .join('path')
      .attr('class', 'goal')
      .attr('fill', 'none')
      .attr('stroke', '#1d2125')
      .attr('stroke-dasharray', '5 4')
      .attr('d', (d) => gen(d));
  }
  const colours = ['#0b5cad', '#b6400e', '#0f7b52', '#7b3fa6', '#8a6100', '#00788a', '#b3195f', '#4f5661'];
  const dense = periods.length > 200;
  const groups = svg
    .selectAll<SVGGElement, FloorSeries>('g.series')
    .data(series, (d) => d.key)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'series');
      g.append('path').attr('fill', 'none');
      return g;
    })
    .attr('stroke', (_, i) => colours[i % colours.length]!)
    .attr('fill', (_, i) => colours[i % colours.length]!);
  groups
    .select('path')
    .attr('stroke-width', (d) => (d.main ? 3 : 2))
    .attr('d', (d) => gen(d.values));
  groups
    .selectAll('circle')
    .data((d) => (dense ? [] : d.values.map((v, i) => ({ v, i })).filter((p) => p.v !== null)))
    .join('circle')
    .attr('r', 3.5)
    .attr('cx', (p) => x(Number(periods[p.i])))
    .attr('cy', (p) => y(p.v!));
  // End labels, moved apart top to bottom (a simple dodge).
  const ends = series
    .map((s) => {
      let k = s.values.length - 1;
      while (k >= 0 && s.values[k] === null) k--;
      return { key: s.key, y: k >= 0 ? y(s.values[k]!) : 0 };
    })
    .sort((a, b) => a.y - b.y);
  let floor = 0;
  for (const e of ends) {
    e.y = Math.max(e.y, floor);
    floor = e.y + 15;
  }
  svg
    .selectAll('text.label')
    .data(ends, (d) => (d as { key: string }).key)
    .join('text')
    .attr('class', 'label')
    .attr('font-size', 13)
    .attr('x', WIDTH - margin.right + 8)
    .attr('y', (d) => d.y)
    .text((d) => NAMES[d.key] ?? d.key);
}

function newFloor(): Svg {
  return select(stage)
    .append('svg')
    .attr('width', WIDTH)
    .attr('height', HEIGHT)
    .attr('viewBox', `0 0 ${WIDTH} ${HEIGHT}`) as unknown as Svg;
}

// ---- interleaved measurement ---------------------------------------------------------------------

async function timed(run: () => unknown): Promise<number> {
  await nextFrame();
  const start = performance.now();
  await run();
  return performance.now() - start;
}

async function pair(
  runs: number,
  warmup: number,
  a: () => Promise<number>,
  b: () => Promise<number>,
): Promise<[number[], number[]]> {
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    // Alternate which goes first, so neither always follows the other's garbage.
    const first = i % 2 === 0;
    const ta = first ? await a() : 0;
    const tb = await b();
    const ta2 = first ? ta : await a();
    if (i >= warmup) {
      as.push(ta2);
      bs.push(tb);
    }
  }
  return [as, bs];
}

const clear = () => stage.replaceChildren();

window.bplBench = async (): Promise<BenchResult[]> => {
  const typical = typicalData(0);
  const typical2 = typicalData(5);
  const long = longData();
  const typicalAttrs = { indicator: 'typisk', area: '0683', compare: AREAS.slice(1).join(',') };
  const longAttrs = { indicator: 'lang', area: '0683', compare: 'none' };

  const [cTypical, fTypical] = await pair(
    21,
    4,
    async () => {
      clear();
      return timed(() => renderComponent(typical, typicalAttrs));
    },
    async () => {
      clear();
      return timed(() => {
        const svg = newFloor();
        drawFloor(svg, typical, true);
        forceLayout(stage);
      });
    },
  );

  // `?only=typical` stops here, for profiling the common case.
  if (new URLSearchParams(location.search).get('only') === 'typical') {
    return [result('trend-chart: first render, 14 series × 15 years', cTypical, { maxRatio: 1.5 }, fTypical)];
  }

  const [cLong, fLong] = await pair(
    11,
    3,
    async () => {
      clear();
      return timed(() => renderComponent(long, longAttrs));
    },
    async () => {
      clear();
      return timed(() => {
        const svg = newFloor();
        drawFloor(svg, long, false);
        forceLayout(stage);
      });
    },
  );

  // Update: one element and one d3 drawing stay; each run swaps between two datasets.
  clear();
  const el = await renderComponent(typical, typicalAttrs);
  const floorSvg = newFloor();
  drawFloor(floorSvg, typical, true);
  let flip = false;
  let flipFloor = false;
  const [cUpdate, fUpdate] = await pair(
    21,
    4,
    () =>
      timed(async () => {
        flip = !flip;
        el.data = flip ? typical2 : typical;
        await el.whenSettled();
        forceLayout(el);
      }),
    () =>
      timed(() => {
        flipFloor = !flipFloor;
        drawFloor(floorSvg, flipFloor ? typical2 : typical, true);
        forceLayout(stage);
      }),
  );
  clear();

  // Where the time goes (no budgets; parts of the first renders above).
  const longParsed = parseDataset(long);
  const validateLong = await measure(() => parseDataset(long), { runs: 11 });
  const modelLong = await measure(
    () => {
      const m = buildModel(longParsed, longAttrs);
      return layoutChart({
        width: WIDTH,
        periods: m.periods,
        positions: m.positions,
        series: m.series.map((x) => ({
          values: x.points.map((p) => p.value),
          main: x.main,
          slot: x.slot,
          label: x.area,
        })),
        zeroBased: m.zeroBased,
        formatTick: (v) => String(v),
      });
    },
    { runs: 11 },
  );

  return [
    result('trend-chart: first render, 14 series × 15 years', cTypical, { maxRatio: 1.5 }, fTypical),
    result('trend-chart: first render, one series of 10 000 points', cLong, { maxRatio: 1.5 }, fLong),
    result('trend-chart: update with new data (typical chart)', cUpdate, { maxRatio: 2 }, fUpdate),
    result('  of which: core validation of the 10 000 points (no budget)', validateLong),
    result('  of which: model + layout of the 10 000 points (no budget)', modelLong),
  ];
};
