/**
 * The map's TopoJSON reader (`readGeometry` in geo.ts) against topojson-client's `feature`, which it
 * stands in for, on random topologies: quantised (delta-encoded arcs and a transform) or not, polygons and
 * multipolygons whose rings are chains of arcs, some of them used backwards (`~i`). topojson-client's
 * `mesh` has no counterpart here: the map draws each municipality's own outline.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { feature } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { readGeometry } from '../../src/components/municipality-map/geo.js';

interface Built {
  arcs: number[][][];
  /** Per geometry: Polygon (rings of arc indices) or MultiPolygon. */
  geometries: { type: 'Polygon' | 'MultiPolygon'; arcs: number[][] | number[][][]; id: string }[];
}

/** A closed ring of 3–10 points cut into 1–3 consecutive arcs (sharing end points), some stored backwards. */
const ringSpec = fc.record({
  points: fc.array(fc.tuple(fc.integer({ min: -5000, max: 5000 }), fc.integer({ min: -5000, max: 5000 })), {
    minLength: 3,
    maxLength: 10,
  }),
  cuts: fc.array(fc.nat(), { maxLength: 2 }),
  reversed: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
});

const topologySpec = fc.record({
  quantised: fc.boolean(),
  scale: fc.tuple(
    fc.double({ min: 1e-6, max: 1, noNaN: true }),
    fc.double({ min: 1e-6, max: 1, noNaN: true }),
  ),
  translate: fc.tuple(
    fc.double({ min: -180, max: 180, noNaN: true }),
    fc.double({ min: -90, max: 90, noNaN: true }),
  ),
  /** Per feature: its polygons, each a list of rings. */
  shapes: fc.array(
    fc.array(fc.array(ringSpec, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 2 }),
    {
      minLength: 1,
      maxLength: 4,
    },
  ),
  multi: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
});

interface RingSpec {
  points: [number, number][];
  cuts: number[];
  reversed: boolean[];
}
interface TopologySpec {
  quantised: boolean;
  scale: [number, number];
  translate: [number, number];
  shapes: RingSpec[][][];
  multi: boolean[];
}

function build(spec: TopologySpec): Topology {
  const built: Built = { arcs: [], geometries: [] };
  const arcsOfRing = (r: RingSpec): number[] => {
    // Distinct points in order, closed.
    const pts = r.points.filter((p, i) => r.points.findIndex((q) => q[0] === p[0] && q[1] === p[1]) === i);
    while (pts.length < 3) pts.push([pts.length * 7919 + 1, pts.length * 104729 + 3]);
    const closed = [...pts, pts[0]!];
    const cuts = [...new Set(r.cuts.map((c) => 1 + (c % (closed.length - 2))))].sort((a, b) => a - b);
    const bounds = [0, ...cuts, closed.length - 1];
    const out: number[] = [];
    for (let k = 0; k + 1 < bounds.length; k++) {
      const piece = closed.slice(bounds[k], bounds[k + 1]! + 1);
      const backwards = r.reversed[k] ?? false;
      const stored = backwards ? [...piece].reverse() : piece;
      // Quantised arcs are deltas from the previous point (the first point absolute).
      built.arcs.push(
        spec.quantised
          ? stored.map((p, i) => (i ? [p[0]! - stored[i - 1]![0]!, p[1]! - stored[i - 1]![1]!] : p))
          : stored.map((p) => [p[0]! / 100, p[1]! / 100]),
      );
      const index = built.arcs.length - 1;
      out.push(backwards ? ~index : index);
    }
    return out;
  };
  spec.shapes.forEach((polygons, i) => {
    const id = String(101 + i).padStart(4, '0');
    const rings = polygons.map((rs) => rs.map(arcsOfRing));
    if (spec.multi[i] || rings.length > 1) built.geometries.push({ type: 'MultiPolygon', arcs: rings, id });
    else built.geometries.push({ type: 'Polygon', arcs: rings[0]!, id });
  });
  return {
    type: 'Topology',
    ...(spec.quantised && { transform: { scale: spec.scale, translate: spec.translate } }),
    arcs: built.arcs,
    objects: { municipalities: { type: 'GeometryCollection', geometries: built.geometries } },
  } as unknown as Topology;
}

describe('readGeometry against topojson-client’s feature', () => {
  it('gives exactly topojson-client’s rings, codes and order for any topology', () => {
    fc.assert(
      fc.property(topologySpec, (spec) => {
        const topology = build(spec);
        const theirs = feature(topology, topology.objects.municipalities!) as FeatureCollection<
          Polygon | MultiPolygon
        >;
        const ours = readGeometry(topology).features;
        expect(ours.map((f) => f.code)).toEqual(theirs.features.map((f) => String(f.id)));
        ours.forEach((f, i) => {
          const g = theirs.features[i]!.geometry;
          const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
          // Ours keeps rings open (topojson-client repeats the first point at the end) and flat: the same
          // numbers, computed the same way ((x0 += dx) · kx + tx), so compared exactly.
          const expected = polygons.flatMap((rings) =>
            rings.map((ring) => {
              const first = ring[0]!;
              const last = ring.at(-1)!;
              const open = first[0] === last[0] && first[1] === last[1] ? ring.slice(0, -1) : ring;
              return open.flatMap((p) => [p[0]!, p[1]!]);
            }),
          );
          expect(f.rings.map((r) => [...r])).toEqual(expected);
        });
      }),
      { numRuns: 500 },
    );
  });
});
