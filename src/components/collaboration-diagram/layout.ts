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
import { findReportingCycle } from '../../core/schema/rules.js';

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
  /** The layout is at least this wide; the boxes are centred in it. */
  minWidth: number;
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface NodeBox extends Rect {
  id: string;
  layer: number;
  band: number;
}

export interface BandBox {
  y: number;
  height: number;
  /** Number of layers in the band (0 when it is empty). */
  layers: number;
}

export interface BlockBox extends Rect {
  block: string;
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

const NODE_GAP = 20;
const DUMMY_GAP = 10;
const LAYER_GAP = 56;
const BAND_HEADER = 34;
const BAND_PADDING = 18;
const BLOCK_PAD = 8;
const BLOCK_HEADER = 26;
const MARGIN = 8;
const ARROW = 8;

/** Appends to the list under a key, creating it. */
export const push = <K, V>(map: Map<K, V[]>, key: K, value: V) =>
  (map.get(key) ?? map.set(key, []).get(key)!).push(value);
const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;
/** Rounds to a tenth of a pixel (shorter path data, same drawing). */
export const round = (v: number) => Math.round(v * 10) / 10;

/** A cycle among `edges` (as ids, first equal to last), or undefined: the schema's own check, which the
 * structure has passed (edges without a type count as hierarchical; an edge from a node to itself is no
 * cycle). The layout itself does not need it: `bandDepths` ignores the edge that would close a cycle. */
export const findCycle = findReportingCycle as (
  edges: readonly { from: string; to: string }[],
) => string[] | undefined;

/**
 * Depth of each node inside its band: 0 for a node that reports to nothing in its own band, else one more
 * than the deepest body it reports to there. An edge that would close a cycle is ignored (cycles are
 * rejected by the schema, but collapsing a group can make one between the group and an outsider).
 */
export function bandDepths(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): Map<string, number> {
  const band = new Map(nodes.map((n) => [n.id, n.band]));
  const up = new Map<string, string[]>();
  for (const e of edges)
    if (e.hierarchical && e.from !== e.to && band.has(e.from) && band.get(e.from) === band.get(e.to))
      push(up, e.from, e.to);
  const depth = new Map<string, number>();
  const open = new Set<string>();
  const visit = (id: string): number => {
    if (depth.has(id)) return depth.get(id)!;
    open.add(id);
    let d = 0;
    for (const to of up.get(id) ?? []) if (!open.has(to)) d = Math.max(d, visit(to) + 1);
    open.delete(id);
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
  const offset = [0];
  for (const g of gaps) offset.push(offset[offset.length - 1]! + g);
  const pools: { sum: number; weight: number; count: number }[] = [];
  targets.forEach((t, i) => {
    let pool = { sum: (t - offset[i]!) * weights[i]!, weight: weights[i]!, count: 1 };
    let last: typeof pool | undefined;
    while ((last = pools[pools.length - 1]) && last.sum / last.weight > pool.sum / pool.weight) {
      pools.pop();
      pool = { sum: last.sum + pool.sum, weight: last.weight + pool.weight, count: last.count + pool.count };
    }
    pools.push(pool);
  });
  const out: number[] = [];
  for (const p of pools) for (let k = 0; k < p.count; k++) out.push(p.sum / p.weight + offset[out.length]!);
  return out;
}

/** Crossings between two adjacent layers, given the segments between them and positions. */
export function countCrossings(
  segments: readonly [string, string][],
  pos: ReadonlyMap<string, number>,
): number {
  // Positions looked up once: this runs for every layer after every sweep.
  const a = segments.map(([from]) => pos.get(from)!);
  const b = segments.map(([, to]) => pos.get(to)!);
  let count = 0;
  for (let i = 0; i < a.length; i++)
    for (let j = i + 1; j < a.length; j++) if ((a[i]! - a[j]!) * (b[i]! - b[j]!) < 0) count++;
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

export function layoutGraph(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  { bands: bandCount = 3, minWidth = 320 }: Partial<LayoutOptions> = {},
): Layout {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const hint = new Map(nodes.map((n, i) => [n.id, i]));
  const valid = edges.filter((e) => byId.has(e.from) && byId.has(e.to) && e.from !== e.to);

  // 1. Layers: bands top to bottom, split by dependency depth inside each band.
  const depth = bandDepths(nodes, valid);
  const bandLayers: number[] = Array(bandCount).fill(0);
  for (const n of nodes) bandLayers[n.band] = Math.max(bandLayers[n.band]!, depth.get(n.id)! + 1);
  const bandStart = bandLayers.map((_, b) => bandLayers.slice(0, b).reduce((a, c) => a + c, 0));
  const layerCount = bandLayers.reduce((a, c) => a + c, 0);
  const layerOf = new Map(nodes.map((n) => [n.id, bandStart[n.band]! + depth.get(n.id)!]));
  const lay = (id: string) => layerOf.get(id)!;

  // 2. Chains through dummy points, top to bottom, for edges that span more than one layer.
  const chains = new Map<string, string[]>();
  const upper = new Map<string, string[]>();
  const lower = new Map<string, string[]>();
  const segments: [string, string][][] = Array.from({ length: layerCount }, () => []);
  for (const e of valid) {
    const [top, bottom] = lay(e.from) < lay(e.to) ? [e.from, e.to] : [e.to, e.from];
    if (lay(top) === lay(bottom)) continue;
    const chain = [top];
    for (let l = lay(top) + 1; l < lay(bottom); l++) {
      const id = `~${e.id}~${l}`;
      layerOf.set(id, l);
      hint.set(id, (hint.get(e.from)! + hint.get(e.to)!) / 2);
      chain.push(id);
    }
    chain.push(bottom);
    chains.set(e.id, chain);
    chain.slice(1).forEach((b, i) => {
      const a = chain[i]!;
      push(lower, a, b);
      push(upper, b, a);
      segments[lay(a)]!.push([a, b]);
    });
  }
  const isDummy = (id: string) => !byId.has(id);

  // 3. Units: single nodes, or the members of one block in one layer.
  const layers: Unit[][] = Array.from({ length: layerCount }, () => []);
  const blockUnits = new Map<string, Unit>();
  for (const id of [...layerOf.keys()].sort((a, b) => hint.get(a)! - hint.get(b)!)) {
    const block = byId.get(id)?.block;
    const key = `${block}\u0000${lay(id)}`;
    const unit = block !== undefined && blockUnits.get(key);
    if (unit) unit.nodes.push(id);
    else {
      const created: Unit = { nodes: [id], block, dummy: isDummy(id), width: 0, offsets: [], x: 0 };
      if (block !== undefined) blockUnits.set(key, created);
      layers[lay(id)]!.push(created);
    }
  }

  const pos = new Map<string, number>();
  const index = (units: Unit[]) => units.flatMap((u) => u.nodes).forEach((n, i) => pos.set(n, i));
  layers.forEach(index);
  const crossings = () => segments.reduce((sum, segs) => sum + countCrossings(segs, pos), 0);
  const sortLayer = (units: Unit[], ref: Map<string, string[]>) => {
    const keyOf = (ids: string[]) => {
      const known = ids.filter((id) => ref.get(id)).map((id) => mean(ref.get(id)!.map((n) => pos.get(n)!)));
      return known.length ? mean(known) : mean(ids.map((id) => pos.get(id)!));
    };
    const sort = <T>(list: T[], ids: (item: T) => string[]) => {
      const keys = new Map(list.map((item) => [item, keyOf(ids(item))]));
      list.sort((a, b) => keys.get(a)! - keys.get(b)!);
    };
    for (const u of units) sort(u.nodes, (id) => [id]);
    sort(units, (u) => u.nodes);
    index(units);
  };
  // Sweeps down and up while they help; the last one that lowered the count is kept.
  let bestCrossings = crossings();
  for (let sweep = 0; sweep < 8 && bestCrossings > 0; sweep++) {
    const down = sweep % 2 === 0;
    const before = layers.map((units) => units.map((u) => [u, [...u.nodes]] as const));
    for (let k = 1; k < layerCount; k++)
      sortLayer(layers[down ? k : layerCount - 1 - k]!, down ? upper : lower);
    const c = crossings();
    if (c >= bestCrossings) {
      before.forEach((units, l) => {
        layers[l] = units.map(([u, ids]) => Object.assign(u, { nodes: ids }));
        index(layers[l]!);
      });
      break;
    }
    bestCrossings = c;
  }

  // 4. x: pack, then pull each unit towards its neighbours, keeping order and gaps.
  const gap = (a: Unit, b: Unit) => (a.dummy || b.dummy ? DUMMY_GAP : NODE_GAP);
  for (const units of layers) {
    for (const u of units) {
      const pad = u.block !== undefined ? BLOCK_PAD : 0;
      let cursor = pad;
      u.offsets = u.nodes.map((id) => {
        const w = byId.get(id)?.width ?? 0;
        cursor += w + NODE_GAP;
        return cursor - NODE_GAP - w / 2;
      });
      u.width = cursor - NODE_GAP + pad;
    }
  }
  const xOf = new Map<string, number>();
  const setX = (units: Unit[]) => {
    for (const u of units) u.nodes.forEach((id, k) => xOf.set(id, u.x - u.width / 2 + u.offsets[k]!));
  };
  // Each layer packed and centred on the widest, so the first pass starts balanced.
  const widths = layers.map((units) =>
    units.reduce((s, u, i) => s + u.width + (i ? gap(units[i - 1]!, u) : 0), 0),
  );
  const widest = Math.max(0, ...widths);
  layers.forEach((units, l) => {
    let cursor = (widest - widths[l]!) / 2;
    units.forEach((u, i) => {
      if (i) cursor += gap(units[i - 1]!, u);
      u.x = cursor + u.width / 2;
      cursor += u.width;
    });
    setX(units);
  });
  // Neighbours above and below (in that order), for the last passes.
  const both = new Map(
    [...layerOf.keys()].map((id) => [id, [...(upper.get(id) ?? []), ...(lower.get(id) ?? [])]]),
  );
  const pull = (units: Unit[], ref: Map<string, string[]>) => {
    if (!units.length) return;
    const weights: number[] = [];
    const targets = units.map((u) => {
      const wanted: number[] = [];
      u.nodes.forEach((id, k) => {
        const nb = ref.get(id);
        if (nb?.length) wanted.push(mean(nb.map((n) => xOf.get(n)!)) - (u.offsets[k]! - u.width / 2));
      });
      weights.push(wanted.length ? wanted.length * (u.dummy ? 2 : 1) : 0.05);
      return wanted.length ? mean(wanted) : u.x;
    });
    const gaps = units.slice(1).map((u, i) => units[i]!.width / 2 + u.width / 2 + gap(units[i]!, u));
    placeInOrder(targets, weights, gaps).forEach((x, i) => (units[i]!.x = x));
    setX(units);
  };
  for (let pass = 0; pass < 6; pass++) {
    const order = pass % 2 ? [...layers].reverse() : layers;
    for (const units of order) pull(units, pass >= 4 ? both : pass % 2 ? lower : upper);
  }
  const all = layers.flat();
  const left = Math.min(...all.map((u) => u.x - u.width / 2), Infinity);
  const right = Math.max(...all.map((u) => u.x + u.width / 2), -Infinity);
  const content = all.length ? right - left : 0;
  const width = Math.max(minWidth, content + 2 * MARGIN);
  const shift = (width - content) / 2 - (all.length ? left : 0);
  for (const units of layers) {
    for (const u of units) u.x += shift;
    setX(units);
  }

  // 5. y: bands, layers inside them, room for block frame headers.
  const layerTop: number[] = [];
  const layerHeight: number[] = [];
  const bands: BandBox[] = [];
  let y = MARGIN;
  bandLayers.forEach((count, b) => {
    const top = y;
    y += BAND_HEADER;
    for (let k = 0; k < count; k++) {
      const l = bandStart[b]! + k;
      const framed = layers[l]!.some((u) => u.block !== undefined);
      y += (k ? LAYER_GAP : 0) + (framed ? BLOCK_HEADER : 0);
      layerTop[l] = y;
      layerHeight[l] = Math.max(
        0,
        ...layers[l]!.flatMap((u) => u.nodes.map((id) => byId.get(id)?.height ?? 0)),
      );
      y += layerHeight[l]! + (framed ? BLOCK_PAD : 0);
    }
    y += BAND_PADDING;
    bands.push({ y: round(top), height: round(y - top), layers: count });
  });

  const boxes = new Map<string, NodeBox>();
  for (const n of nodes) {
    const l = lay(n.id);
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
    for (const u of units)
      if (u.block !== undefined)
        blocks.push({
          block: u.block,
          x: round(u.x - u.width / 2),
          y: round(layerTop[l]! - BLOCK_HEADER),
          width: round(u.width),
          height: round(BLOCK_HEADER + layerHeight[l]! + BLOCK_PAD),
          members: [...u.nodes],
        });
  });

  // 6. Edges: ports spread along the box side, ordered by where the edge goes, then smooth curves.
  const ports = new Map<string, { edge: string; toward: number }[]>();
  for (const [edge, chain] of chains) {
    push(ports, `${chain[0]}|b`, { edge, toward: xOf.get(chain[1]!)! });
    push(ports, `${chain[chain.length - 1]}|t`, { edge, toward: xOf.get(chain[chain.length - 2]!)! });
  }
  for (const list of ports.values()) list.sort((a, b) => a.toward - b.toward || (a.edge < b.edge ? -1 : 1));
  const portX = (node: string, side: string, edge: string) => {
    const list = ports.get(`${node}|${side}`)!;
    const box = boxes.get(node)!;
    return box.x + box.width * (0.2 + (0.6 * (list.findIndex((p) => p.edge === edge) + 0.5)) / list.length);
  };
  const f = (x: number, y: number) => `${round(x)},${round(y)}`;
  const arrowAt = (x: number, y: number, dx: number, dy: number) => {
    const [bx, by, h] = [x - dx * ARROW, y - dy * ARROW, ARROW * 0.55];
    return `${f(x, y)} ${f(bx - dy * h, by + dx * h)} ${f(bx + dy * h, by - dx * h)}`;
  };

  const routes = valid.map((e): EdgeRoute => {
    const chain = chains.get(e.id);
    let d: string;
    let arrow: string | undefined;
    if (chain) {
      const first = chain[0]!;
      const last = chain[chain.length - 1]!;
      const top = boxes.get(first)!;
      let x = portX(first, 'b', e.id);
      let y0 = top.y + top.height;
      const xn = portX(last, 't', e.id);
      let yn = boxes.get(last)!.y;
      if (e.arrow && e.to === first) [arrow, y0] = [arrowAt(x, y0, 0, -1), y0 + ARROW];
      else if (e.arrow) [arrow, yn] = [arrowAt(xn, yn, 0, 1), yn - ARROW];
      d = `M${f(x, y0)}`;
      let py = y0;
      const curveTo = (nx: number, ny: number) => {
        const ym = (py + ny) / 2;
        d += `C${f(x, ym)} ${f(nx, ym)} ${f(nx, ny)}`;
        [x, py] = [nx, ny];
      };
      for (const id of chain.slice(1, -1)) {
        const l = lay(id);
        curveTo(xOf.get(id)!, layerTop[l]!);
        py = layerTop[l]! + layerHeight[l]!;
        d += `L${f(x, py)}`;
      }
      curveTo(xn, yn);
    } else {
      // Same layer: a straight line between neighbours, otherwise an arch over the boxes in between.
      const a = boxes.get(e.from)!;
      const b = boxes.get(e.to)!;
      const [l, r] = a.x <= b.x ? [a, b] : [b, a];
      const between = layers[a.layer]!.flatMap((u) => u.nodes).some(
        (id) => !isDummy(id) && pos.get(id)! > pos.get(l.id)! && pos.get(id)! < pos.get(r.id)!,
      );
      const toRight = e.to === r.id;
      if (!between) {
        const ym = a.y + a.height / 2;
        let [x1, x2] = [l.x + l.width, r.x];
        if (e.arrow && toRight) [arrow, x2] = [arrowAt(x2, ym, 1, 0), x2 - ARROW];
        else if (e.arrow) [arrow, x1] = [arrowAt(x1, ym, -1, 0), x1 + ARROW];
        d = `M${f(x1, ym)}L${f(x2, ym)}`;
      } else {
        const [sx, ex] = toRight
          ? [l.x + l.width * 0.75, r.x + r.width * 0.25]
          : [r.x + r.width * 0.25, l.x + l.width * 0.75];
        const lift = a.y - 32;
        if (e.arrow) arrow = arrowAt(ex, a.y, 0, 1);
        d = `M${f(sx, a.y)}C${f(sx, lift)} ${f(ex, lift)} ${f(ex, e.arrow ? a.y - ARROW : a.y)}`;
      }
    }
    return { id: e.id, from: e.from, to: e.to, d, ...(arrow ? { arrow } : {}) };
  });

  return {
    width: round(width),
    height: round(y + MARGIN),
    nodes: boxes,
    bands,
    blocks,
    edges: routes,
    order: layers.map((units) => units.flatMap((u) => u.nodes)),
    crossings: bestCrossings,
  };
}
