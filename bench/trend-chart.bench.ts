/**
 * bpl-trend-chart against a plain d3 drawing of the same chart (d3-selection + d3-scale + d3-shape:
 * axes with grid and tick labels, the lines with gaps, markers, the dashed goal path and end labels),
 * measured in the same run and interleaved, so machine noise hits both alike.
 *
 * - typical: 14 series × 15 years (Värnamo, the county, Riket and the other 11 municipalities), with the goal
 * - long: one series of 10 000 points
 * - update: the typical chart given new data
 *
 * Both timed regions are the same: from the validated dataset in to drawn and laid out (`forceLayout`).
 * The data is validated once beforehand (core caches validation per dataset object: a component given an
 * already validated dataset, or a second component on the same URL, does not validate again); validation
 * is reported separately below, without a budget. The component's time includes building its model and
 * layout, Lit's rendering (the loading state first, as on a page), style and layout of its shadow tree.
 */
import { select } from 'd3-selection';
import type { Selection } from 'd3-selection';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { BplTrendChart } from '../src/components/trend-chart/trend-chart.js';
import { defineElement } from '../src/core/define.js';
import { forceLayout, measure, pair, result, timed } from './harness.js';
import { parseDataset } from '../src/core/schema/validate.js';
import { buildModel } from '../src/components/trend-chart/model.js';
import { layoutChart } from '../src/components/trend-chart/layout.js';
import type { BenchResult } from './harness.js';
import type { Dataset } from '../src/core/schema/dataset.js';

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
  group?: 'total';
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

// Registered explicitly as well (idempotent), so the page does not depend on how the build treats the
// define file's side effect.
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
//
// What an engineer would write with d3 for this chart, idiomatically: the title and subtitle, the
// goal status line and the source above and below, and in the SVG the axis title, y grid lines with tick
// labels, the x axis with tick marks and labels, the dashed goal path, one line per series (with its dash
// pattern), a marker per point (left out where points are denser than 6 px, as the component does), and
// end labels moved apart with a marker and a leader line. Same data in (the validated dataset), same size.

interface FloorSeries {
  key: string;
  values: (number | null)[];
  main: boolean;
}

function floorSeries(input: Dataset): { periods: string[]; series: FloorSeries[] } {
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

type Div = Selection<HTMLDivElement, unknown, null, undefined>;

const numberFormat = new Intl.NumberFormat('sv-SE');
const COLOURS = ['#0b5cad', '#b6400e', '#0f7b52', '#7b3fa6', '#8a6100', '#00788a', '#b3195f', '#4f5661'];
const DASH = ['', '7 4', '2 3', '10 3 2 3', '4 2', '1 3', '12 4'];

function drawFloor(root: Div, input: Dataset, goal: boolean): void {
  const { periods, series } = floorSeries(input);
  const indicator = input.indicators[0]!;
  const title = typeof indicator.title === 'string' ? indicator.title : indicator.title.sv;
  const margin = { top: 30, right: 170, bottom: 32, left: 40 };
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
  const main = series[0]!;
  const goalValues = goal ? periods.map((_, i) => Math.min(100, main.values[0]! + 2 * i)) : [];
  let lastMain = main.values.length - 1;
  while (lastMain > 0 && main.values[lastMain] === null) lastMain--;

  // Text around the chart.
  root
    .selectAll('h2')
    .data([title])
    .join('h2')
    .text((d) => d);
  root
    .selectAll('p.subtitle')
    .data([`${NAMES[main.key]} jämfört med ${series.length - 1} områden`])
    .join('p')
    .attr('class', 'subtitle')
    .text((d) => d);
  root
    .selectAll('p.status')
    .data(goal ? [goalValues[lastMain]! - main.values[lastMain]!] : [])
    .join('p')
    .attr('class', 'status')
    .text(
      (d) => `${NAMES[main.key]} ${periods[lastMain]}: ${numberFormat.format(d)} procentenheter efter målet`,
    );
  const svg = root
    .selectAll('svg')
    .data([null])
    .join('svg')
    .attr('width', WIDTH)
    .attr('height', HEIGHT)
    .attr('viewBox', `0 0 ${WIDTH} ${HEIGHT}`)
    .attr('font-size', 13);
  root
    .selectAll('p.source')
    .data(['Källa: Bench.'])
    .join('p')
    .attr('class', 'source')
    .text((d) => d);

  svg
    .selectAll('text.axis-title')
    .data(['Procent (%)'])
    .join('text')
    .attr('class', 'axis-title')
    .attr('y', 13)
    .attr('fill', '#545c66')
    .text((d) => d);
  svg
    .selectAll('g.y')
    .data(y.ticks(6))
    .join((enter) => {
      const g = enter.append('g').attr('class', 'y');
      g.append('line').attr('stroke', '#dde1e6');
      g.append('text').attr('text-anchor', 'end').attr('dy', '0.32em').attr('fill', '#545c66');
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
        .text((d) => numberFormat.format(d)),
    );
  svg
    .selectAll('line.x-axis')
    .data([null])
    .join('line')
    .attr('class', 'x-axis')
    .attr('stroke', '#8a939e')
    .attr('x1', margin.left)
    .attr('x2', WIDTH - margin.right)
    .attr('y1', HEIGHT - margin.bottom)
    .attr('y2', HEIGHT - margin.bottom);
  const step = Math.max(1, Math.ceil(periods.length / 12));
  svg
    .selectAll('g.x')
    .data(periods.filter((_, i) => (periods.length - 1 - i) % step === 0))
    .join((enter) => {
      const g = enter.append('g').attr('class', 'x');
      g.append('line').attr('stroke', '#8a939e');
      g.append('text').attr('text-anchor', 'middle').attr('fill', '#545c66');
      return g;
    })
    .call((g) =>
      g
        .select('line')
        .attr('x1', (d) => x(Number(d)))
        .attr('x2', (d) => x(Number(d)))
        .attr('y1', HEIGHT - margin.bottom)
        .attr('y2', HEIGHT - margin.bottom + 4),
    )
    .call((g) =>
      g
        .select('text')
        .attr('x', (d) => x(Number(d)))
        .attr('y', HEIGHT - 8)
        .text((d) => d),
    );
  svg
    .selectAll('path.goal')
    .data(goal ? [goalValues] : [])
    .join('path')
    .attr('class', 'goal')
    .attr('fill', 'none')
    .attr('stroke', '#1d2125')
    .attr('stroke-width', 2)
    .attr('stroke-dasharray', '5 4')
    .attr('d', (d) => gen(d));
  const dense = (WIDTH - margin.left - margin.right) / periods.length < 6;
  const colour = (i: number) => COLOURS[i % COLOURS.length]!;
  const groups = svg
    .selectAll<SVGGElement, FloorSeries>('g.series')
    .data(series, (d) => d.key)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'series');
      g.append('path').attr('fill', 'none');
      return g;
    })
    .attr('stroke', (_, i) => colour(i))
    .attr('fill', (_, i) => colour(i));
  groups
    .select('path')
    .attr('stroke-width', (d) => (d.main ? 3 : 2))
    .attr('stroke-dasharray', (_, i) => DASH[i % DASH.length] || null)
    .attr('d', (d) => gen(d.values));
  groups
    .selectAll('circle')
    .data((d) => (dense ? [] : d.values.map((v, i) => ({ v, i })).filter((p) => p.v !== null)))
    .join('circle')
    .attr('r', 3.5)
    .attr('stroke', '#fff')
    .attr('cx', (p) => x(Number(periods[p.i])))
    .attr('cy', (p) => y(p.v!));
  // End labels, moved apart top to bottom (a simple dodge), with a marker and a leader line.
  const ends = series
    .map((s, i) => {
      let k = s.values.length - 1;
      while (k >= 0 && s.values[k] === null) k--;
      const at = k >= 0 ? y(s.values[k]!) : 0;
      return { key: s.key, name: NAMES[s.key] ?? s.key, colour: colour(i), at, y: at };
    })
    .concat(
      goal
        ? [
            {
              key: 'goal',
              name: 'Mål',
              colour: '#1d2125',
              at: y(goalValues.at(-1)!),
              y: y(goalValues.at(-1)!),
            },
          ]
        : [],
    )
    .sort((a, b) => a.at - b.at);
  let floor = 0;
  for (const e of ends) {
    e.y = Math.max(e.y, floor);
    floor = e.y + 19;
  }
  const lx = WIDTH - margin.right + 8;
  const labels = svg
    .selectAll<SVGGElement, (typeof ends)[number]>('g.label')
    .data(ends, (d) => d.key)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'label');
      g.append('line').attr('stroke-width', 1);
      g.append('circle').attr('r', 3.5);
      g.append('text').attr('fill', '#1d2125');
      return g;
    })
    .attr('stroke', (d) => d.colour)
    .attr('fill', (d) => d.colour);
  labels
    .select('line')
    .attr('x1', WIDTH - margin.right + 1)
    .attr('x2', lx - 1)
    .attr('y1', (d) => d.at)
    .attr('y2', (d) => d.y);
  labels
    .select('circle')
    .attr('cx', lx + 5)
    .attr('cy', (d) => d.y);
  labels
    .select('text')
    .attr('x', lx + 14)
    .attr('y', (d) => d.y)
    .attr('dy', '0.32em')
    .attr('stroke', 'none')
    .attr('fill', '#1d2125')
    .text((d) => d.name);
}

function newFloor(): Div {
  return select(stage).append('div') as unknown as Div;
}

// ---- interleaved measurement ---------------------------------------------------------------------

/** `timed` with the trace label first, as the calls below read. */
const timedAs = (label: string, run: () => unknown) => timed(run, label);

const clear = () => stage.replaceChildren();

window.bplBench = async (): Promise<BenchResult[]> => {
  const typicalRaw = typicalData(0);
  const typical2Raw = typicalData(5);
  const longRaw = longData();
  // Validated once, outside the timed region: the component does not validate a dataset twice.
  const typical = parseDataset(typicalRaw);
  const typical2 = parseDataset(typical2Raw);
  const long = parseDataset(longRaw);
  const typicalAttrs = { indicator: 'typisk', area: '0683', compare: AREAS.slice(1).join(',') };
  const longAttrs = { indicator: 'lang', area: '0683', compare: 'none' };

  // `?only=typical|long|update` runs one case (for profiling).
  const only = new URLSearchParams(location.search).get('only');
  const out: BenchResult[] = [];

  if (!only || only === 'typical') {
    const [c, f] = await pair(
      21,
      4,
      async () => {
        clear();
        return timedAs('component typical', () => renderComponent(typical, typicalAttrs));
      },
      async () => {
        clear();
        return timedAs('floor typical', () => {
          drawFloor(newFloor(), typical, true);
          forceLayout(stage);
        });
      },
    );
    out.push(result('trend-chart: first render, 14 series × 15 years', c, { maxRatio: 1.5 }, f));
  }

  if (!only || only === 'long') {
    const [c, f] = await pair(
      15,
      3,
      async () => {
        clear();
        return timedAs('component long', () => renderComponent(long, longAttrs));
      },
      async () => {
        clear();
        return timedAs('floor long', () => {
          drawFloor(newFloor(), long, false);
          forceLayout(stage);
        });
      },
    );
    out.push(result('trend-chart: first render, one series of 10 000 points', c, { maxRatio: 1.5 }, f));
  }
  if (only === 'typical' || only === 'long') return out;

  // Update: one element and one d3 drawing stay; each run swaps between two datasets.
  clear();
  const el = await renderComponent(typical, typicalAttrs);
  const floorDiv = newFloor();
  drawFloor(floorDiv, typical, true);
  let flip = false;
  let flipFloor = false;
  const [cUpdate, fUpdate] = await pair(
    21,
    4,
    () =>
      timedAs('component update', async () => {
        flip = !flip;
        el.data = flip ? typical2 : typical;
        await el.whenSettled();
        forceLayout(el);
      }),
    () =>
      timedAs('floor update', () => {
        flipFloor = !flipFloor;
        drawFloor(floorDiv, flipFloor ? typical2 : typical, true);
        forceLayout(stage);
      }),
  );
  clear();

  // Where the time goes (no budgets; parts of the first renders above).
  const longParsed = long;
  let copy: unknown;
  const validateLong = await measure(() => parseDataset(copy), {
    runs: 11,
    setup: () => (copy = structuredClone(longRaw)),
  });
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

  out.push(result('trend-chart: update with new data (typical chart)', cUpdate, { maxRatio: 2 }, fUpdate));
  if (only === 'update') return out;
  return [
    ...out,
    result('  of which: core validation of the 10 000 points (no budget)', validateLong),
    result('  of which: model + layout of the 10 000 points (no budget)', modelLong),
  ];
};
