import { describe, expect, it } from 'vitest';
import {
  bandDepths,
  countCrossings,
  findCycle,
  layoutGraph,
  placeInOrder,
} from '../../src/components/collaboration-diagram/layout.js';
import type { Layout, LayoutEdge, LayoutNode } from '../../src/components/collaboration-diagram/layout.js';

const node = (id: string, band: number, width = 100, height = 50, block?: string): LayoutNode => ({
  id,
  band,
  width,
  height,
  ...(block ? { block } : {}),
});
const up = (from: string, to: string): LayoutEdge => ({
  id: `${from}>${to}`,
  from,
  to,
  hierarchical: true,
  arrow: true,
});
const side = (from: string, to: string): LayoutEdge => ({
  id: `${from}-${to}`,
  from,
  to,
  hierarchical: false,
  arrow: false,
});

/** A small deterministic generator (mulberry32), so failures can be replayed from the seed. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function overlaps(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return (
    a.x < b.x + b.width - 0.01 &&
    b.x < a.x + a.width - 0.01 &&
    a.y < b.y + b.height - 0.01 &&
    b.y < a.y + a.height - 0.01
  );
}

function assertNoOverlaps(layout: Layout) {
  const boxes = [...layout.nodes.values()];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      expect(overlaps(boxes[i]!, boxes[j]!), `${boxes[i]!.id} overlaps ${boxes[j]!.id}`).toBe(false);
    }
    const box = boxes[i]!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(layout.width);
    expect(box.y + box.height).toBeLessThanOrEqual(layout.height);
    const band = layout.bands[box.band]!;
    expect(box.y).toBeGreaterThanOrEqual(band.y);
    expect(box.y + box.height).toBeLessThanOrEqual(band.y + band.height);
  }
  for (let i = 0; i < layout.blocks.length; i++) {
    const frame = layout.blocks[i]!;
    for (let j = i + 1; j < layout.blocks.length; j++) expect(overlaps(frame, layout.blocks[j]!)).toBe(false);
    for (const box of boxes) {
      if (frame.members.includes(box.id)) {
        expect(box.x).toBeGreaterThanOrEqual(frame.x);
        expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width + 0.01);
      } else expect(overlaps(frame, box), `${box.id} inside frame ${frame.block}`).toBe(false);
    }
  }
  for (const e of layout.edges) expect(e.d).not.toMatch(/NaN|Infinity/);
}

describe('layers', () => {
  it('puts bands top to bottom and splits a band by dependency depth', () => {
    const nodes = [node('sbu', 0), node('bbu', 1), node('strat', 1), node('lsg', 2)];
    const edges = [up('bbu', 'sbu'), up('strat', 'bbu'), up('lsg', 'strat')];
    expect(Object.fromEntries(bandDepths(nodes, edges))).toEqual({ sbu: 0, bbu: 0, strat: 1, lsg: 0 });
    const layout = layoutGraph(nodes, edges);
    expect(layout.order.map((l) => l.filter((id) => !id.startsWith('~')))).toEqual([
      ['sbu'],
      ['bbu'],
      ['strat'],
      ['lsg'],
    ]);
    expect(layout.bands.map((b) => b.layers)).toEqual([1, 2, 1]);
    const ys = ['sbu', 'bbu', 'strat', 'lsg'].map((id) => layout.nodes.get(id)!.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
  });

  it('keeps an empty band as a header only', () => {
    const layout = layoutGraph([node('a', 0), node('c', 2)], []);
    expect(layout.bands[1]!.layers).toBe(0);
    expect(layout.bands[1]!.height).toBeLessThan(60);
  });

  it('gives edges that skip layers dummy points, one per crossed layer', () => {
    const layout = layoutGraph([node('top', 0), node('mid', 1), node('low', 2)], [up('low', 'top')]);
    expect(layout.order[1]!.filter((id) => id.startsWith('~'))).toHaveLength(1);
  });
});

describe('cycle detection', () => {
  it('finds a cycle and names it', () => {
    expect(findCycle([up('a', 'b'), up('b', 'c'), up('c', 'a')])).toEqual(['a', 'b', 'c', 'a']);
    expect(findCycle([up('a', 'b'), up('b', 'c')])).toBeUndefined();
  });

  it('lays out even when a cycle slips through (a collapsed group), ignoring the closing edge', () => {
    const nodes = [node('g', 0), node('x', 0)];
    const layout = layoutGraph(nodes, [up('g', 'x'), up('x', 'g')]);
    assertNoOverlaps(layout);
    expect(layout.nodes.get('g')!.layer).not.toBe(layout.nodes.get('x')!.layer);
  });
});

describe('ordering', () => {
  it('counts crossings', () => {
    const pos = new Map([
      ['a', 0],
      ['b', 1],
      ['c', 0],
      ['d', 1],
    ]);
    expect(
      countCrossings(
        [
          ['a', 'd'],
          ['b', 'c'],
        ],
        pos,
      ),
    ).toBe(1);
    expect(
      countCrossings(
        [
          ['a', 'c'],
          ['b', 'd'],
        ],
        pos,
      ),
    ).toBe(0);
  });

  it('untangles a crossing the data order would make', () => {
    // In data order, p1 is left of p2 but its child c1 is right of c2.
    const nodes = [node('p1', 0), node('p2', 0), node('c2', 1), node('c1', 1), node('c3', 1)];
    const edges = [up('c1', 'p1'), up('c2', 'p2'), up('c3', 'p2')];
    const layout = layoutGraph(nodes, edges);
    expect(layout.crossings).toBe(0);
    const x = (id: string) => layout.nodes.get(id)!.x;
    expect(Math.sign(x('p1') - x('p2'))).toBe(Math.sign(x('c1') - x('c2')));
  });

  it('reduces crossings on a shuffled bipartite graph', () => {
    const random = rng(7);
    const top = Array.from({ length: 8 }, (_, i) => node(`t${i}`, 0, 60));
    const bottom = Array.from({ length: 8 }, (_, i) => node(`b${i}`, 1, 60));
    const perm = [...bottom].sort(() => random() - 0.5);
    const edges = perm.map((b, i) => up(b.id, `t${i}`));
    const layout = layoutGraph([...top, ...bottom], edges);
    expect(layout.crossings).toBe(0);
  });
});

describe('grouping', () => {
  it('keeps the members of a block together inside one frame', () => {
    const nodes = [
      node('bbu', 0),
      node('l1', 1, 80, 40, 'lsg'),
      node('x', 1),
      node('l2', 1, 80, 40, 'lsg'),
      node('l3', 1, 80, 40, 'lsg'),
    ];
    const edges = [up('l1', 'bbu'), up('l2', 'bbu'), up('l3', 'bbu'), up('x', 'bbu')];
    const layout = layoutGraph(nodes, edges, { bands: 2 });
    const row = layout.order[1]!;
    const idx = ['l1', 'l2', 'l3'].map((id) => row.indexOf(id)).sort((a, b) => a - b);
    expect(idx[2]! - idx[0]!).toBe(2);
    expect(layout.blocks).toHaveLength(1);
    expect(layout.blocks[0]!.members.sort()).toEqual(['l1', 'l2', 'l3']);
    assertNoOverlaps(layout);
  });
});

describe('x placement', () => {
  it('keeps order and gaps and stays as close to the targets as it can', () => {
    expect(placeInOrder([0, 0, 0], [1, 1, 1], [10, 10])).toEqual([-10, 0, 10]);
    expect(placeInOrder([0, 100], [1, 1], [10])).toEqual([0, 100]);
    const xs = placeInOrder([5, 0], [1, 1], [10]);
    expect(xs[1]! - xs[0]!).toBeCloseTo(10);
  });

  it('centres a single child under its parent', () => {
    const layout = layoutGraph([node('a', 0, 200), node('b', 1, 100)], [up('b', 'a')], { bands: 2 });
    const a = layout.nodes.get('a')!;
    const b = layout.nodes.get('b')!;
    expect(a.x + a.width / 2).toBeCloseTo(b.x + b.width / 2, 0);
  });
});

describe('edges', () => {
  it('draws a body that reports to two others with two arrows into two boxes', () => {
    const nodes = [node('a', 0), node('b', 0), node('c', 1)];
    const layout = layoutGraph(nodes, [up('c', 'a'), up('c', 'b')], { bands: 2 });
    assertNoOverlaps(layout);
    expect(layout.edges).toHaveLength(2);
    for (const e of layout.edges) expect(e.arrow).toBeDefined();
    const c = layout.nodes.get('c')!;
    // Paths run top-down, so both end on the top side of c, at two different ports.
    const ends = layout.edges.map((e) => Number(/([\d.]+),[\d.]+$/.exec(e.d)![1]));
    expect(ends[0]).not.toBe(ends[1]);
    for (const x of ends) expect(x > c.x && x < c.x + c.width).toBe(true);
  });

  it('draws a quiet line between neighbours in one layer, and an arch over boxes in between', () => {
    const layout = layoutGraph([node('a', 0), node('b', 0), node('c', 0)], [side('a', 'b'), side('a', 'c')], {
      bands: 1,
    });
    const ab = layout.edges.find((e) => e.to === 'b')!;
    const ac = layout.edges.find((e) => e.to === 'c')!;
    expect(ab.d).toMatch(/^M[\d.,]+L/);
    expect(ac.d).toContain('C');
    expect(ab.arrow).toBeUndefined();
  });
});

describe('any valid structure draws without overlaps (seeded random structures)', () => {
  for (let seed = 1; seed <= 40; seed++) {
    it(`seed ${seed}`, () => {
      const random = rng(seed);
      const count = 2 + Math.floor(random() * 40);
      const nodes: LayoutNode[] = [];
      for (let i = 0; i < count; i++) {
        const band = Math.floor(random() * 3);
        const block = random() < 0.25 ? `g${Math.floor(random() * 3)}` : undefined;
        nodes.push(
          node(`n${i}`, band, 60 + Math.floor(random() * 140), 40 + Math.floor(random() * 40), block),
        );
      }
      // Hierarchical edges only point to an earlier node, so there is no cycle; some go to two parents.
      const edges: LayoutEdge[] = [];
      for (let i = 1; i < count; i++) {
        const parents = random() < 0.2 ? 2 : random() < 0.8 ? 1 : 0;
        for (let k = 0; k < parents; k++) {
          const j = Math.floor(random() * i);
          if (!edges.some((e) => e.from === `n${i}` && e.to === `n${j}`)) edges.push(up(`n${i}`, `n${j}`));
        }
        if (random() < 0.15) edges.push(side(`n${i}`, `n${Math.floor(random() * count)}`));
      }
      const layout = layoutGraph(nodes, edges);
      expect(layout.nodes.size).toBe(count);
      assertNoOverlaps(layout);
    });
  }
});
