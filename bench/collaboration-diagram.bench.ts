/**
 * bpl-collaboration-diagram with a structure of 60 bodies (2 political, 6 strategic, 52 operational in
 * groups of 12 and 8 and single bodies; some report to two others; some collaborate), against a plain
 * d3-selection drawing of the same boxes, texts and edges at grid positions (no layout), measured in the
 * same run and interleaved.
 *
 * - first render: validated data in → modelled, laid out, rendered, browser layout done (groups collapsed).
 *   The structure is validated once, outside the timed region (as the core does for datasets: a validated
 *   document handed to an element again is not validated again); validation is reported on its own.
 * - expand all groups: the same element re-laid out with every body drawn (the worst case)
 * - layout alone: the pure model + layout with every group expanded, no DOM
 */
import { select } from 'd3-selection';
import { BplCollaborationDiagram } from '../src/components/collaboration-diagram/collaboration-diagram.component.js';
import { defineElement } from '../src/core/define.js';
import { READERS } from '../src/core/loader/data-controller.js';
import { parseStructure } from '../src/core/schema/validate-structure.js';
import { layoutDiagram } from '../src/components/collaboration-diagram/boxes.js';
import { buildModel } from '../src/components/collaboration-diagram/model.js';
import type { Structure } from '../src/core/schema/structure.js';
import { forceLayout, measure, median, nextFrame, result, timed } from './harness.js';
import type { BenchResult } from './harness.js';

const SECTORS = [
  'school',
  'social-services',
  'health-care',
  'leisure-culture',
  'rescue-services',
  'police',
  'civil-society',
  'children-youth',
];

function structure60() {
  const bodies: Record<string, unknown>[] = [];
  const relations: Record<string, unknown>[] = [];
  const body = (id: string, level: string, i: number, extra: Record<string, unknown> = {}) =>
    bodies.push({
      id,
      name: `Samverkansgrupp ${id.replace(/-/g, ' ')}`,
      shortName: id.slice(0, 3).toUpperCase(),
      level,
      sectors: SECTORS.filter((_, k) => (i + k) % 3 !== 0),
      ...extra,
    });
  body('sbu', 'political', 0);
  body('forum', 'political', 1);
  for (let i = 0; i < 6; i++) {
    body(`strat-${i}`, 'strategic', i);
    relations.push({
      from: `strat-${i}`,
      to: i % 2 ? 'forum' : 'sbu',
      type: i < 2 ? 'prepares-for' : 'reports-to',
    });
    if (i === 3) relations.push({ from: `strat-${i}`, to: 'sbu', type: 'reports-to' });
  }
  for (let i = 0; i < 52; i++) {
    const group = i < 12 ? 'lsg' : i < 20 ? 'natverk' : undefined;
    body(`op-${i}`, 'operational', i, group ? { group } : {});
    relations.push({ from: `op-${i}`, to: i >= 40 ? `op-${i % 12}` : `strat-${i % 6}`, type: 'reports-to' });
    if (i % 9 === 0) relations.push({ from: `op-${i}`, to: `strat-${(i + 1) % 6}`, type: 'reports-to' });
    if (i % 7 === 0 && i > 0)
      relations.push({ from: `op-${i}`, to: `op-${i - 1}`, type: 'collaborates-with' });
  }
  return {
    meta: { title: 'Bench: 60 organ' },
    groups: [
      { id: 'lsg', name: 'lokala samverkansgrupper', shortName: 'LSG' },
      { id: 'natverk', name: 'nätverksgrupper' },
    ],
    bodies,
    relations,
  };
}

defineElement('bpl-collaboration-diagram', BplCollaborationDiagram);

// Structures validated once before timing pass the reader untouched (the core caches validated datasets the
// same way; structures are not cached by the core, so the bench does it).
const validated = new WeakSet<object>();
const readStructure = READERS.structure!;
READERS.structure = (decoded, ...rest) =>
  decoded.type === 'json' && validated.has(decoded.value as object)
    ? { value: decoded.value, format: 'json' }
    : readStructure(decoded, ...rest);

const stage = document.getElementById('stage')!;

async function renderComponent(data: unknown): Promise<BplCollaborationDiagram> {
  const el = document.createElement('bpl-collaboration-diagram') as BplCollaborationDiagram;
  el.data = data;
  stage.append(el);
  await el.whenSettled();
  forceLayout(el);
  return el;
}

/** The floor: boxes with two lines of text and sector marks on a grid, and straight edges, in plain d3. */
function drawFloor(data: ReturnType<typeof structure60>): void {
  const pos = new Map<string, [number, number]>();
  const perLevel = new Map<string, number>();
  const rows = { political: 0, strategic: 1, operational: 2 } as Record<string, number>;
  for (const b of data.bodies) {
    const level = b.level as string;
    const k = perLevel.get(level) ?? 0;
    perLevel.set(level, k + 1);
    pos.set(b.id as string, [10 + (k % 10) * 108, 10 + (rows[level]! * 3 + Math.floor(k / 10)) * 90]);
  }
  const svg = select(stage).append('svg').attr('width', 1100).attr('height', 1000);
  svg
    .selectAll('line')
    .data(data.relations)
    .join('line')
    .attr('stroke', '#1d2125')
    .attr('stroke-dasharray', (r) => (r.type === 'prepares-for' ? '6 4' : null))
    .attr('x1', (r) => pos.get(r.from as string)![0] + 50)
    .attr('y1', (r) => pos.get(r.from as string)![1])
    .attr('x2', (r) => pos.get(r.to as string)![0] + 50)
    .attr('y2', (r) => pos.get(r.to as string)![1] + 70);
  const g = svg
    .selectAll('g')
    .data(data.bodies)
    .join('g')
    .attr('transform', (b) => `translate(${pos.get(b.id as string)!.join(',')})`);
  g.append('rect')
    .attr('width', 100)
    .attr('height', 70)
    .attr('rx', 6)
    .attr('fill', '#fff')
    .attr('stroke', '#8a939e');
  g.append('text')
    .attr('x', 8)
    .attr('y', 18)
    .attr('font-weight', 700)
    .text((b) => b.shortName as string);
  g.append('text')
    .attr('x', 8)
    .attr('y', 34)
    .attr('font-size', 12)
    .text((b) => b.name as string);
  g.selectAll('g.mark')
    .data((b) => b.sectors as string[])
    .join('g')
    .attr('class', 'mark')
    .attr('transform', (_, i) => `translate(${8 + i * 25},44)`)
    .call((m) =>
      m.append('rect').attr('width', 22).attr('height', 16).attr('fill', 'none').attr('stroke', '#0b5cad'),
    )
    .call((m) =>
      m
        .append('text')
        .attr('x', 11)
        .attr('y', 12)
        .attr('font-size', 10)
        .text((s) => s.slice(0, 2)),
    );
  forceLayout(stage);
}

const clear = () => stage.replaceChildren();

window.bplBench = async (): Promise<BenchResult[]> => {
  const raw = structure60();
  const validation = await measure(() => parseStructure(raw), { runs: 15 });
  const data = parseStructure(raw) as unknown as typeof raw;
  validated.add(data);
  const component: number[] = [];
  const floor: number[] = [];
  const expand: number[] = [];
  for (let i = 0; i < 4 + 21; i++) {
    const first = i % 2 === 0;
    let tc = 0;
    let tf = 0;
    if (first) {
      clear();
      tc = await timed(() => renderComponent(data));
    }
    clear();
    tf = await timed(() => drawFloor(data));
    if (!first) {
      clear();
      tc = await timed(() => renderComponent(data));
    }
    // Expand every group in the element just drawn (or draw it again when the floor went last).
    if (first) {
      clear();
      await renderComponent(data);
    }
    const el = stage.querySelector('bpl-collaboration-diagram') as BplCollaborationDiagram;
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('.groups-toggle')!;
    const te = await timed(async () => {
      button.click();
      await el.updateComplete;
      forceLayout(el);
    });
    if (i >= 4) {
      component.push(tc);
      floor.push(tf);
      expand.push(te);
    }
  }
  clear();

  // The generator writes every default out, so the input is already a valid, complete structure.
  const model = buildModel(data as unknown as Structure);
  const all = new Set(['level:political', 'level:strategic', 'level:operational', ...model.groups.keys()]);
  const layoutOnly = await measure(() => layoutDiagram(model, all, 'sv', (n, name) => `${n} ${name}`, 1100), {
    runs: 31,
    warmup: 5,
  });

  // Where the time goes, for whoever tunes this next: Lit's render (model and layout included), the browser's
  // style and layout.
  const phases = { render: [] as number[], layout: [] as number[] };
  for (let i = 0; i < 15; i++) {
    clear();
    await nextFrame();
    const t0 = performance.now();
    const el = document.createElement('bpl-collaboration-diagram') as BplCollaborationDiagram;
    el.data = data;
    stage.append(el);
    await el.whenSettled();
    const t1 = performance.now();
    forceLayout(el);
    const t2 = performance.now();
    phases.render.push(t1 - t0);
    phases.layout.push(t2 - t1);
  }
  {
    const counts: Record<string, number> = {};
    for (const e of stage.querySelector('bpl-collaboration-diagram')!.shadowRoot!.querySelectorAll('*')) {
      const k = `${e.tagName}.${e.getAttribute('class') ?? ''}`.split(' ')[0]!;
      counts[k] = (counts[k] ?? 0) + 1;
    }
    console.log(JSON.stringify(counts));
  }
  clear();
  console.log(
    `validation ${median(validation).toFixed(1)} ms; render ${median(phases.render).toFixed(1)} ms + layout ${median(phases.layout).toFixed(1)} ms;`,
    `first ${median(component).toFixed(1)} (min ${Math.min(...component).toFixed(1)}), floor ${median(floor).toFixed(1)} (min ${Math.min(...floor).toFixed(1)}), expand ${median(expand).toFixed(1)}, layout only ${median(layoutOnly).toFixed(1)}`,
  );
  return [
    result(
      'collaboration-diagram: first render, 60 bodies (data in → drawn)',
      component,
      { maxMs: 20 },
      floor,
    ),
    result('collaboration-diagram: expand all groups, 60 bodies drawn', expand, { maxMs: 20 }),
    result('collaboration-diagram: model + layout alone, 60 bodies, no DOM', layoutOnly, { maxMs: 8 }),
  ];
};
