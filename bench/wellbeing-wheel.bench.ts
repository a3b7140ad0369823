/**
 * bpl-wellbeing-wheel against a plain d3 drawing of the same wheel (d3-selection + d3-shape: eight arcs on
 * a square-root scale over their tracks, grid rings, the comparison outline and two-line rim labels),
 * measured in the same run and interleaved, so machine noise hits both alike.
 *
 * The data is the wheel's typical input: 11 indicators tagged with dimensions × 15 areas (Riket, the county,
 * its 13 municipalities) × 10 years, totals only (1 650 observations).
 *
 * - first render: the data validated once outside the timed region (`parseDataset`, which the component
 *   does not repeat); timed from a new element with `data` set to the wheel on screen: the model (levels,
 *   normalisation against the county's municipalities, goal status, trends), the label layout, rendering
 *   and the browser's style and layout. Budget: 10 ms median.
 * - first render with validation: the same from the raw object (reported, no budget).
 * - change of area: the same element redrawn for another municipality.
 */
import { select } from 'd3-selection';
import { arc } from 'd3-shape';
import { defineElement } from '../src/core/define.js';
import { BplWellbeingWheel } from '../src/components/wellbeing-wheel/wellbeing-wheel.js';
import { parseDataset } from '../src/core/schema/validate.js';
import { forceLayout, median, pair, result, timed } from './harness.js';
import { JONKOPING_COUNTY, JONKOPING_MUNICIPALITY_CODES, RIKET } from '../src/core/areas.js';
import type { BenchResult } from './harness.js';

/** Riket, the county and its 13 municipalities. */
const AREAS = [RIKET, JONKOPING_COUNTY, ...JONKOPING_MUNICIPALITY_CODES];
const DIMS = ['safe', 'healthy', 'achieving', 'nurtured', 'active', 'respected', 'responsible', 'included'];
const NAMES = [
  'Trygg',
  'Må bra',
  'Utvecklas',
  'Omvårdad',
  'Aktiv',
  'Respekterad',
  'Ansvarstagande',
  'Delaktig',
];
const COLOURS = ['#0b5cad', '#b6400e', '#0f7b52', '#7b3fa6', '#8a6100', '#00788a', '#b3195f', '#4f5661'];

function makeData() {
  const indicators = Array.from({ length: 11 }, (_, k) => ({
    id: `indikator-${k}`,
    title: `Indikator ${k}`,
    focusArea: 'other',
    dimensions: [DIMS[k % 8]!, DIMS[(k * 3 + 1) % 8]!],
    unit: 'percent',
    polarity: k % 3 === 0 ? 'lower-is-better' : 'higher-is-better',
    target: { baseline: '2015', annualChange: 2 },
    data: AREAS.flatMap((area, a) =>
      Array.from({ length: 10 }, (_, y) => ({
        area,
        period: String(2015 + y),
        value: 40 + ((a * 7 + y * 3 + k * 5) % 45),
      })),
    ),
  }));
  return { meta: { title: 'Bench' }, indicators };
}

// Registered explicitly as well (a no-op when the define file already did).
defineElement('bpl-wellbeing-wheel', BplWellbeingWheel);

const stage = document.getElementById('stage')!;
const WIDTH = 480;

async function renderComponent(data: unknown, area: string): Promise<BplWellbeingWheel> {
  const el = document.createElement('bpl-wellbeing-wheel') as BplWellbeingWheel;
  el.setAttribute('area', area);
  el.setAttribute('period', '2024');
  el.data = data;
  stage.append(el);
  await el.whenSettled();
  forceLayout(el);
  return el;
}

/** The floor: the same wheel in plain d3, from precomputed levels (d3 has no model to build). */
function drawFloor(levels: number[], compare: number[]): void {
  const height = 400;
  const cx = WIDTH / 2;
  const cy = height / 2;
  const r0 = 22;
  const R = 130;
  const radius = (v: number) => Math.sqrt(r0 * r0 + (v / 100) * (R * R - r0 * r0));
  const step = (Math.PI * 2) / 8;
  const svg = select(stage).append('svg').attr('width', WIDTH).attr('height', height);
  const g = svg.append('g').attr('transform', `translate(${cx},${cy})`);
  g.selectAll('circle')
    .data([25, 50, 75, 100])
    .join('circle')
    .attr('r', radius)
    .attr('fill', 'none')
    .attr('stroke', '#dde1e6');
  const sector = arc<{ i: number; r: number }>()
    .innerRadius(r0)
    .outerRadius((d) => d.r)
    .startAngle((d) => d.i * step)
    .endAngle((d) => (d.i + 1) * step)
    .padAngle(0.02);
  g.selectAll('path.track')
    .data(levels.map((_, i) => ({ i, r: R })))
    .join('path')
    .attr('class', 'track')
    .attr('fill', '#f3f5f7')
    .attr('d', sector);
  g.selectAll('path.level')
    .data(levels.map((v, i) => ({ i, r: radius(v) })))
    .join('path')
    .attr('class', 'level')
    .attr('fill', (d) => COLOURS[d.i]!)
    .attr('d', sector);
  const outline = arc<{ i: number; r: number }>()
    .innerRadius((d) => d.r)
    .outerRadius((d) => d.r)
    .startAngle((d) => d.i * step)
    .endAngle((d) => (d.i + 1) * step);
  g.selectAll('path.compare')
    .data(compare.map((v, i) => ({ i, r: radius(v) })))
    .join('path')
    .attr('class', 'compare')
    .attr('fill', 'none')
    .attr('stroke', '#1d2125')
    .attr('stroke-dasharray', '6 3')
    .attr('d', outline);
  const labels = g
    .selectAll('text')
    .data(NAMES.map((name, i) => ({ name, i, v: levels[i]! })))
    .join('text')
    .attr('font-size', 14)
    .attr('text-anchor', (d) => (d.i < 4 ? 'start' : 'end'))
    .attr('transform', (d) => {
      const a = (d.i + 0.5) * step;
      return `translate(${(R + 8) * Math.sin(a)},${-(R + 8) * Math.cos(a)})`;
    });
  labels
    .append('tspan')
    .attr('x', 0)
    .text((d) => d.name);
  labels
    .append('tspan')
    .attr('x', 0)
    .attr('dy', 17)
    .attr('font-weight', 700)
    .text((d) => String(Math.round(d.v)));
}

const clear = () => stage.replaceChildren();

/** Times `run` once per item, after two untimed warm-up runs on the first item. */
async function measureEach<T>(items: T[], run: (item: T) => Promise<number>): Promise<number[]> {
  await run(items[0]!);
  await run(items[1]!);
  const out: number[] = [];
  for (const item of items.slice(2)) out.push(await run(item));
  return out;
}

window.bplBench = async (): Promise<BenchResult[]> => {
  const levels = [62, 48, 71, 55, 39, 80, 66, 52];
  const compare = [58, 50, 65, 60, 45, 70, 60, 55];

  // Validated once, outside the timed region: the component does not validate a dataset twice.
  const validated = parseDataset(makeData());

  const [cFirst, fFirst] = await pair(
    21,
    4,
    async () => {
      clear();
      return timed(() => renderComponent(validated, '0680'));
    },
    async () => {
      clear();
      return timed(() => {
        drawFloor(levels, compare);
        forceLayout(stage);
      });
    },
  );

  // From the raw object: a new one each time (made outside the timed region), so it is validated.
  const raws = Array.from({ length: 15 }, () => makeData());
  const cValidate = await measureEach(raws, async (raw) => {
    clear();
    return timed(() => renderComponent(raw, '0680'));
  });

  clear();
  const el = await renderComponent(validated, '0680');
  let flip = false;
  const [cArea, fArea] = await pair(
    21,
    4,
    () =>
      timed(async () => {
        flip = !flip;
        el.setAttribute('area', flip ? '0683' : '0680');
        await el.updateComplete;
        forceLayout(el);
      }),
    async () => {
      stage.querySelector('svg')?.remove();
      return timed(() => {
        drawFloor(
          levels.map((v) => 100 - v),
          compare,
        );
        forceLayout(stage);
      });
    },
  );
  clear();

  console.log('medians', median(cFirst), median(fFirst), median(cValidate), median(cArea), median(fArea));
  return [
    result(
      'wellbeing-wheel: first render from validated data (data set → drawn: model, layout, render, style + layout)',
      cFirst,
      { maxMs: 10 },
      fFirst,
    ),
    result(
      'wellbeing-wheel: first render incl. the loader (validating 1 650 observations)',
      cValidate,
      undefined,
      fFirst,
    ),
    result('wellbeing-wheel: change of area on the same element', cArea, { maxMs: 10 }, fArea),
  ];
};
