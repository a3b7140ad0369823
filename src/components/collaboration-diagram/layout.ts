/**
 * A layered ("Sugiyama") layout for collaboration structures: pure, no DOM. Boxes go into horizontal bands
 * (the levels), and inside a band into layers by dependency depth (a body that reports to another in the
 * same band sits below it). Long edges get dummy points in the layers they cross, so they never run through
 * a box. The order within each layer minimises crossings with the barycentre heuristic over a few sweeps;
 * x positions pull each box towards its neighbours while keeping the order and the gaps (an isotonic
 * regression, exact for the given order); edges are smooth vertical curves between boxes.
 *
 * Nodes that share a `block` and land in the same layer stay side by side inside one frame (the members of
 * an expanded group).
 */

export interface LayoutNode {
  id: string;
  /** Band (level) index, 0 at the top. */
  band: number;
  width: number;
  height: number;
  /** Nodes with the same block in the same layer are kept together in a frame. */
  block?: string;
}

export interface LayoutEdge {
  id: string;
  from: string;
  to: string;
  /** "Reports to" and "prepares for": `from` goes below `to` when both are in the same band. */
  hierarchical: boolean;
  /** An arrowhead at `to`. */
  arrow: boolean;
}

export interface LayoutOptions {
  /** Number of bands (levels), including empty ones. */
  bands: number;
  nodeGap: number;
  dummyGap: number;
  layerGap: number;
  bandHeader: number;
  bandPadding: number;
  blockPad: number;
  blockHeader: number;
  margin: number;
  sweeps: number;
  minWidth: number;
  arrowLength: number;
}

export const DEFAULT_OPTIONS: LayoutOptions = {
  bands: 3,
  nodeGap: 20,
  dummyGap: 10,
  layerGap: 56,
  bandHeader: 34,
  bandPadding: 18,
  blockPad: 8,
  blockHeader: 26,
  margin: 8,
  sweeps: 4,
  minWidth: 320,
  arrowLength: 8,
};

export interface NodeBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  layer: number;
  band: number;
}

export interface BandBox {
  band: number;
  y: number;
  height: number;
  /** Number of layers in the band (0 when it is empty). */
  layers: number;
}

export interface BlockBox {
  block: string;
  layer: number;
  x: number;
  y: number;
  width: number;
  height: number;
  members: string[];
}

export interface EdgeRoute {
  id: string;
  from: string;
  to: string;
  /** SVG path data. */
  d: string;
  /** Points of the arrowhead polygon at `to`, when the edge has one. */
  arrow?: string;
}

export interface Layout {
  width: number;
  height: number;
  nodes: Map<string, NodeBox>;
  bands: BandBox[];
  blocks: BlockBox[];
  edges: EdgeRoute[];
  /** Final order of every layer, dummy points included (their ids start with `~`). */
  order: string[][];
  /** Crossings between adjacent layers in the final order. */
  crossings: number;
}

/** A cycle among `edges` (as ids, first equal to last), or undefined. */
export function findCycle(edges: readonly { from: string; to: string }[]): string[] | undefined {
  const next = new Map<string, string[]>();
  for (const e of edges) (next.get(e.from) ?? next.set(e.from, []).get(e.from)!).push(e.to);
  const state = new Map<string, 1 | 2>();
  const stack: string[] = [];
  const visit = (id: string): string[] | undefined => {
    state.set(id, 1);
    stack.push(id);
    for (const to of next.get(id) ?? []) {
      const s = state.get(to);
      if (s === 1) return [...stack.slice(stack.indexOf(to)), to];
      if (s === undefined) {
        const found = visit(to);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(id, 2);
    return undefined;
  };
  for (const id of next.keys()) {
    if (!state.has(id)) {
      const found = visit(id);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * Depth of each node inside its band: 0 for a node that reports to nothing in its own band, else one more
 * than the deepest body it reports to there. An edge that would close a cycle is ignored (cycles are
 * rejected by the schema, but collapsing a group can make one between the group and an outsider).
 */
export function bandDepths(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): Map<string, number> {
  const band = new Map(nodes.map((n) => [n.id, n.band]));
  const up = new Map<string, string[]>();
  for (const e of edges) {
    if (!e.hierarchical || e.from === e.to || !band.has(e.from) || band.get(e.from) !== band.get(e.to))
      continue;
    (up.get(e.from) ?? up.set(e.from, []).get(e.from)!).push(e.to);
  }
  const depth = new Map<string, number>();
  const state = new Map<string, 1 | 2>();
  const visit = (id: string): number => {
    if (state.get(id) === 2) return depth.get(id)!;
    state.set(id, 1);
    let d = 0;
    for (const to of up.get(id) ?? []) if (state.get(to) !== 1) d = Math.max(d, visit(to) + 1);
    state.set(id, 2);
    depth.set(id, d);
    return d;
  };
  for (const n of nodes) visit(n.id);
  return depth;
}

/** Minimises Σ w·(x − target)² subject to x[i+1] ≥ x[i] + gaps[i] (pool adjacent violators). */
export function placeInOrder(
  targets: readonly number[],
  weights: readonly number[],
  gaps: readonly number[],
): number[] {
  const n = targets.length;
  const offset: number[] = [0];
  for (let i = 1; i < n; i++) offset.push(offset[i - 1]! + gaps[i - 1]!);
  const pools: { sum: number; weight: number; count: number }[] = [];
  for (let i = 0; i < n; i++) {
    const w = weights[i]!;
    pools.push({ sum: (targets[i]! - offset[i]!) * w, weight: w, count: 1 });
    while (pools.length > 1) {
      const b = pools[pools.length - 1]!;
      const a = pools[pools.length - 2]!;
      if (a.sum / a.weight <= b.sum / b.weight) break;
      pools.splice(pools.length - 2, 2, {
        sum: a.sum + b.sum,
        weight: a.weight + b.weight,
        count: a.count + b.count,
      });
    }
  }
  const out: number[] = [];
  for (const p of pools) for (let k = 0; k < p.count; k++) out.push(p.sum / p.weight + offset[out.length]!);
  return out;
}

/** Crossings between two adjacent layers, given the segments between them and positions. */
export function countCrossings(
  segments: readonly [string, string][],
  pos: ReadonlyMap<string, number>,
): number {
  let count = 0;
  for (let i = 0; i < segments.length; i++) {
    const [a1, b1] = segments[i]!;
    const pa1 = pos.get(a1)!;
    const pb1 = pos.get(b1)!;
    for (let j = i + 1; j < segments.length; j++) {
      const [a2, b2] = segments[j]!;
      if ((pa1 - pos.get(a2)!) * (pb1 - pos.get(b2)!) < 0) count++;
    }
  }
  return count;
}

interface Unit {
  nodes: string[];
  block?: string;
  dummy: boolean;
  width: number;
  /** Centre of each member relative to the unit's left edge. */
  offsets: number[];
  x: number;
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const round = (v: number) => Math.round(v * 10) / 10;

export function layoutGraph(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  options: Partial<LayoutOptions> = {},
): Layout {
  const o: LayoutOptions = { ...DEFAULT_OPTIONS, ...options };
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const hint = new Map(nodes.map((n, i) => [n.id, i]));
  const validEdges = edges.filter((e) => byId.has(e.from) && byId.has(e.to) && e.from !== e.to);

  // 1. Layers: bands top to bottom, split by dependency depth inside each band.
  const depth = bandDepths(nodes, validEdges);
  const bandLayers = Array.from({ length: o.bands }, () => 0);
  for (const n of nodes) bandLayers[n.band] = Math.max(bandLayers[n.band] ?? 0, depth.get(n.id)! + 1);
  const bandStart: number[] = [];
  let layerCount = 0;
  for (let b = 0; b < o.bands; b++) {
    bandStart.push(layerCount);
    layerCount += bandLayers[b] ?? 0;
  }
  const layerOf = new Map<string, number>();
  for (const n of nodes) layerOf.set(n.id, bandStart[n.band]! + depth.get(n.id)!);

  // 2. Chains through dummy points, for edges that span more than one layer.
  const chains = new Map<string, string[]>();
  const dummies = new Set<string>();
  for (const e of validEdges) {
    const lf = layerOf.get(e.from)!;
    const lt = layerOf.get(e.to)!;
    const chain = [e.from];
    const step = lt > lf ? 1 : -1;
    for (let l = lf + step; l !== lt && lf !== lt; l += step) {
      const id = `~${e.id}~${l}`;
      dummies.add(id);
      layerOf.set(id, l);
      hint.set(id, (hint.get(e.from)! + hint.get(e.to)!) / 2);
      chain.push(id);
    }
    chain.push(e.to);
    chains.set(e.id, chain);
  }

  const upper = new Map<string, string[]>();
  const lower = new Map<string, string[]>();
  const segmentsBelow: [string, string][][] = Array.from({ length: Math.max(0, layerCount - 1) }, () => []);
  for (const chain of chains.values()) {
    for (let i = 0; i + 1 < chain.length; i++) {
      let a = chain[i]!;
      let b = chain[i + 1]!;
      if (layerOf.get(a) === layerOf.get(b)) continue;
      if (layerOf.get(a)! > layerOf.get(b)!) [a, b] = [b, a];
      (lower.get(a) ?? lower.set(a, []).get(a)!).push(b);
      (upper.get(b) ?? upper.set(b, []).get(b)!).push(a);
      segmentsBelow[layerOf.get(a)!]!.push([a, b]);
    }
  }

  // 3. Units: single nodes, or the members of one block in one layer.
  const layers: Unit[][] = Array.from({ length: layerCount }, () => []);
  const blockUnits = new Map<string, Unit>();
  const sortedIds = [...layerOf.keys()].sort((a, b) => hint.get(a)! - hint.get(b)!);
  for (const id of sortedIds) {
    const l = layerOf.get(id)!;
    const block = byId.get(id)?.block;
    if (block !== undefined) {
      const key = `${block}\u0000${l}`;
      const unit = blockUnits.get(key);
      if (unit) {
        unit.nodes.push(id);
        continue;
      }
      const created: Unit = { nodes: [id], block, dummy: false, width: 0, offsets: [], x: 0 };
      blockUnits.set(key, created);
      layers[l]!.push(created);
    } else layers[l]!.push({ nodes: [id], dummy: dummies.has(id), width: 0, offsets: [], x: 0 });
  }

  const pos = new Map<string, number>();
  const index = (l: number) => {
    let i = 0;
    for (const u of layers[l]!) for (const n of u.nodes) pos.set(n, i++);
  };
  for (let l = 0; l < layerCount; l++) index(l);

  const totalCrossings = () => segmentsBelow.reduce((sum, segs) => sum + countCrossings(segs, pos), 0);
  const barycentre = (id: string, ref: Map<string, string[]>) => {
    const nb = ref.get(id);
    return nb?.length ? mean(nb.map((n) => pos.get(n)!)) : undefined;
  };
  const sortLayer = (l: number, ref: Map<string, string[]>) => {
    const keyOf = (ids: string[]) => {
      const known = ids.map((id) => barycentre(id, ref)).filter((v): v is number => v !== undefined);
      return known.length ? mean(known) : mean(ids.map((id) => pos.get(id)!));
    };
    for (const u of layers[l]!) {
      if (u.nodes.length > 1) {
        const keys = new Map(u.nodes.map((id) => [id, keyOf([id])]));
        u.nodes.sort((a, b) => keys.get(a)! - keys.get(b)!);
      }
    }
    const keys = new Map(layers[l]!.map((u) => [u, keyOf(u.nodes)]));
    layers[l]!.sort((a, b) => keys.get(a)! - keys.get(b)!);
    index(l);
  };

  const snapshot = () => layers.map((units) => units.map((u) => ({ unit: u, nodes: [...u.nodes] })));
  let best = snapshot();
  let bestCrossings = totalCrossings();
  for (let s = 0; s < o.sweeps && bestCrossings > 0; s++) {
    for (let l = 1; l < layerCount; l++) sortLayer(l, upper);
    let c = totalCrossings();
    if (c < bestCrossings) [best, bestCrossings] = [snapshot(), c];
    for (let l = layerCount - 2; l >= 0; l--) sortLayer(l, lower);
    c = totalCrossings();
    if (c < bestCrossings) [best, bestCrossings] = [snapshot(), c];
  }
  for (let l = 0; l < layerCount; l++) {
    layers[l] = best[l]!.map(({ unit, nodes: ids }) => {
      unit.nodes = ids;
      return unit;
    });
    index(l);
  }

  // 4. x: pack, then pull each unit towards its neighbours, keeping order and gaps.
  const widthOf = (id: string) => (dummies.has(id) ? 0 : byId.get(id)!.width);
  for (const units of layers) {
    for (const u of units) {
      const pad = u.block !== undefined ? o.blockPad : 0;
      let cursor = pad;
      u.offsets = u.nodes.map((id) => {
        const w = widthOf(id);
        const centre = cursor + w / 2;
        cursor += w + o.nodeGap;
        return centre;
      });
      u.width = cursor - o.nodeGap + pad;
    }
  }
  const gapsOf = (units: Unit[]) =>
    units.slice(1).map((u, i) => {
      const prev = units[i]!;
      return prev.width / 2 + u.width / 2 + (prev.dummy || u.dummy ? o.dummyGap : o.nodeGap);
    });
  const xOf = new Map<string, number>();
  const setX = (units: Unit[]) => {
    for (const u of units) u.nodes.forEach((id, k) => xOf.set(id, u.x - u.width / 2 + u.offsets[k]!));
  };
  for (const units of layers) {
    let cursor = 0;
    for (const [i, u] of units.entries()) {
      if (i > 0) cursor += u.dummy || units[i - 1]!.dummy ? o.dummyGap : o.nodeGap;
      u.x = cursor + u.width / 2;
      cursor += u.width;
    }
    // Centre each layer on the widest, so the first pass starts balanced.
    setX(units);
  }
  const widest = Math.max(0, ...layers.map((units) => units.reduce((s, u) => s + u.width, 0)));
  for (const units of layers) {
    const right = units.length ? units[units.length - 1]!.x + units[units.length - 1]!.width / 2 : 0;
    for (const u of units) u.x += (widest - right) / 2;
    setX(units);
  }
  const pull = (l: number, refs: Map<string, string[]>[]) => {
    const units = layers[l]!;
    if (!units.length) return;
    const targets: number[] = [];
    const weights: number[] = [];
    for (const u of units) {
      const wanted: number[] = [];
      u.nodes.forEach((id, k) => {
        const nb = refs.flatMap((ref) => ref.get(id) ?? []);
        if (nb.length) wanted.push(mean(nb.map((n) => xOf.get(n)!)) - (u.offsets[k]! - u.width / 2));
      });
      targets.push(wanted.length ? mean(wanted) : u.x);
      weights.push(wanted.length ? wanted.length * (u.dummy ? 2 : 1) : 0.05);
    }
    const xs = placeInOrder(targets, weights, gapsOf(units));
    units.forEach((u, i) => (u.x = xs[i]!));
    setX(units);
  };
  for (let pass = 0; pass < 6; pass++) {
    const refs = pass >= 4 ? [upper, lower] : pass % 2 === 0 ? [upper] : [lower];
    if (pass % 2 === 0) for (let l = 0; l < layerCount; l++) pull(l, refs);
    else for (let l = layerCount - 1; l >= 0; l--) pull(l, refs);
  }
  let minLeft = Infinity;
  let maxRight = -Infinity;
  for (const units of layers) {
    for (const u of units) {
      minLeft = Math.min(minLeft, u.x - u.width / 2);
      maxRight = Math.max(maxRight, u.x + u.width / 2);
    }
  }
  if (!Number.isFinite(minLeft)) [minLeft, maxRight] = [0, 0];
  const contentWidth = maxRight - minLeft;
  const width = Math.max(o.minWidth, contentWidth + 2 * o.margin);
  const shift = (width - contentWidth) / 2 - minLeft;
  for (const units of layers) {
    for (const u of units) u.x += shift;
    setX(units);
  }

  // 5. y: bands, layers inside them, room for block frame headers.
  const layerTop: number[] = [];
  const layerHeight: number[] = [];
  const bands: BandBox[] = [];
  let y = o.margin;
  for (let b = 0; b < o.bands; b++) {
    const top = y;
    y += o.bandHeader;
    for (let k = 0; k < (bandLayers[b] ?? 0); k++) {
      const l = bandStart[b]! + k;
      const hasBlock = layers[l]!.some((u) => u.block !== undefined);
      if (k > 0) y += o.layerGap;
      if (hasBlock) y += o.blockHeader;
      layerTop[l] = y;
      layerHeight[l] = Math.max(
        0,
        ...layers[l]!.flatMap((u) => u.nodes.map((id) => byId.get(id)?.height ?? 0)),
      );
      y += layerHeight[l]! + (hasBlock ? o.blockPad : 0);
    }
    y += o.bandPadding;
    bands.push({ band: b, y: round(top), height: round(y - top), layers: bandLayers[b] ?? 0 });
  }
  const height = y + o.margin;

  const boxes = new Map<string, NodeBox>();
  for (const n of nodes) {
    const l = layerOf.get(n.id)!;
    boxes.set(n.id, {
      id: n.id,
      x: round(xOf.get(n.id)! - n.width / 2),
      y: round(layerTop[l]!),
      width: round(n.width),
      height: round(layerHeight[l]!),
      layer: l,
      band: n.band,
    });
  }
  const blocks: BlockBox[] = [];
  layers.forEach((units, l) => {
    for (const u of units) {
      if (u.block === undefined) continue;
      blocks.push({
        block: u.block,
        layer: l,
        x: round(u.x - u.width / 2),
        y: round(layerTop[l]! - o.blockHeader),
        width: round(u.width),
        height: round(o.blockHeader + layerHeight[l]! + o.blockPad),
        members: [...u.nodes],
      });
    }
  });

  // 6. Edges: ports spread along the box side, ordered by where the edge goes, then smooth curves.
  const ports = new Map<string, { edge: string; toward: number }[]>();
  const addPort = (node: string, side: 'top' | 'bottom', edge: string, toward: number) => {
    const key = `${node}\u0000${side}`;
    (ports.get(key) ?? ports.set(key, []).get(key)!).push({ edge, toward });
  };
  const downward = new Map<string, string[]>();
  for (const e of validEdges) {
    const chain = chains.get(e.id)!;
    if (layerOf.get(e.from) === layerOf.get(e.to)) continue;
    const down = layerOf.get(e.from)! < layerOf.get(e.to)! ? chain : [...chain].reverse();
    downward.set(e.id, down);
    addPort(down[0]!, 'bottom', e.id, xOf.get(down[1]!)!);
    addPort(down[down.length - 1]!, 'top', e.id, xOf.get(down[down.length - 2]!)!);
  }
  const portX = (node: string, side: 'top' | 'bottom', edge: string) => {
    const list = ports.get(`${node}\u0000${side}`)!;
    const box = boxes.get(node)!;
    if (list.length === 1) return box.x + box.width / 2;
    const sorted = [...list].sort((a, b) => a.toward - b.toward || (a.edge < b.edge ? -1 : 1));
    const i = sorted.findIndex((p) => p.edge === edge);
    return box.x + box.width * (0.2 + (0.6 * (i + 0.5)) / sorted.length);
  };
  const f = (v: number) => String(round(v));
  const arrowAt = (x: number, y: number, dx: number, dy: number) => {
    const a = o.arrowLength;
    const h = a * 0.55;
    const bx = x - dx * a;
    const by = y - dy * a;
    return `${f(x)},${f(y)} ${f(bx - dy * h)},${f(by + dx * h)} ${f(bx + dy * h)},${f(by - dx * h)}`;
  };

  const routes: EdgeRoute[] = [];
  for (const e of validEdges) {
    const down = downward.get(e.id);
    if (down) {
      const first = down[0]!;
      const last = down[down.length - 1]!;
      const top = boxes.get(first)!;
      const bottom = boxes.get(last)!;
      const toIsUpper = e.to === first;
      const x0 = portX(first, 'bottom', e.id);
      let y0 = top.y + top.height;
      const xn = portX(last, 'top', e.id);
      let yn = bottom.y;
      let arrow: string | undefined;
      if (e.arrow && toIsUpper) {
        arrow = arrowAt(x0, y0, 0, -1);
        y0 += o.arrowLength;
      } else if (e.arrow) {
        arrow = arrowAt(xn, yn, 0, 1);
        yn -= o.arrowLength;
      }
      let d = `M${f(x0)},${f(y0)}`;
      let px = x0;
      let py = y0;
      const curveTo = (x: number, yy: number) => {
        const ym = (py + yy) / 2;
        d += `C${f(px)},${f(ym)} ${f(x)},${f(ym)} ${f(x)},${f(yy)}`;
        px = x;
        py = yy;
      };
      for (const id of down.slice(1, -1)) {
        const l = layerOf.get(id)!;
        const x = xOf.get(id)!;
        curveTo(x, layerTop[l]!);
        d += `L${f(x)},${f(layerTop[l]! + layerHeight[l]!)}`;
        py = layerTop[l]! + layerHeight[l]!;
      }
      curveTo(xn, yn);
      routes.push({ id: e.id, from: e.from, to: e.to, d, ...(arrow ? { arrow } : {}) });
      continue;
    }
    // Same layer: a straight line between neighbours, otherwise an arch over the boxes in between.
    const a = boxes.get(e.from)!;
    const b = boxes.get(e.to)!;
    const [left, right] = a.x <= b.x ? [a, b] : [b, a];
    const l = a.layer;
    const pa = pos.get(left.id)!;
    const pb = pos.get(right.id)!;
    const between = layers[l]!.flatMap((u) => u.nodes).filter(
      (id) => !dummies.has(id) && pos.get(id)! > pa && pos.get(id)! < pb,
    );
    let d: string;
    let arrow: string | undefined;
    if (between.length === 0) {
      const ym = a.y + a.height / 2;
      let x1 = left.x + left.width;
      let x2 = right.x;
      if (e.arrow && e.to === right.id) {
        arrow = arrowAt(x2, ym, 1, 0);
        x2 -= o.arrowLength;
      } else if (e.arrow) {
        arrow = arrowAt(x1, ym, -1, 0);
        x1 += o.arrowLength;
      }
      d = `M${f(x1)},${f(ym)}L${f(x2)},${f(ym)}`;
    } else {
      const x1 = left.x + left.width * 0.75;
      const x2 = right.x + right.width * 0.25;
      const yTop = a.y;
      const rise = Math.min(o.layerGap * 0.45, 24);
      const [sx, ex] = e.to === right.id ? [x1, x2] : [x2, x1];
      const yEnd = e.arrow ? yTop - o.arrowLength : yTop;
      if (e.arrow) arrow = arrowAt(ex, yTop, 0, 1);
      d = `M${f(sx)},${f(yTop)}C${f(sx)},${f(yTop - rise * 1.33)} ${f(ex)},${f(yTop - rise * 1.33)} ${f(ex)},${f(yEnd)}`;
    }
    routes.push({ id: e.id, from: e.from, to: e.to, d, ...(arrow ? { arrow } : {}) });
  }

  return {
    width: round(width),
    height: round(height),
    nodes: boxes,
    bands,
    blocks,
    edges: routes,
    order: layers.map((units) => units.flatMap((u) => u.nodes)),
    crossings: bestCrossings,
  };
}
