/**
 * The map's projection (projection.ts) against d3-geo: `transverseMercator` is
 * `geoTransverseMercator().rotate([-15, 0])` at scale 1 without translation, and `projectFeatures` fits
 * shapes as `fitExtent` does (without resampling: `precision(0)`), with d3's bounds and centroids.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { geoPath, geoStream, geoTransverseMercator } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import {
  MAP_PADDING,
  fitProjection,
  projectFeatures,
  transverseMercator,
} from '../../src/components/municipality-map/projection.js';
import type { MapFeature } from '../../src/components/municipality-map/geo.js';

const near = (ours: number, theirs: number, size = 1) =>
  expect(Math.abs(ours - theirs)).toBeLessThanOrEqual(1e-6 * Math.max(1, size, Math.abs(theirs)));

/** Sweden and well beyond it: longitudes 0–30° E, latitudes 50–72° N. */
const lon = fc.double({ min: 0, max: 30, noNaN: true });
const lat = fc.double({ min: 50, max: 72, noNaN: true });

/**
 * A star-shaped ring around a point, clockwise as seen on a map (north up), which is how d3-geo wants an
 * exterior ring (wound the other way d3 reads it as the whole globe but the ring). Open: no closing point,
 * as MapFeature keeps rings. Spokes are less than half a turn apart, so the centre is inside and the
 * ring really is clockwise.
 */
const ring = fc
  .tuple(
    lon,
    lat,
    fc.array(
      fc.tuple(fc.double({ min: 0, max: 0.4, noNaN: true }), fc.double({ min: 0.01, max: 0.6, noNaN: true })),
      {
        minLength: 3,
        maxLength: 12,
      },
    ),
  )
  .map(([x, y, spokes]) => {
    const angles = spokes.map(([a], i) => ((i + a) / spokes.length) * 2 * Math.PI);
    const out: number[] = [];
    // Decreasing angles: clockwise with north up.
    for (let i = spokes.length - 1; i >= 0; i--)
      out.push(x + spokes[i]![1] * Math.cos(angles[i]!), y + spokes[i]![1] * Math.sin(angles[i]!));
    return out;
  });

const features = fc
  .array(fc.array(ring, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 })
  .map((shapes) =>
    shapes.map((rings, i): MapFeature => ({
      code: String(i + 1).padStart(4, '0'),
      name: '',
      rings: rings.map((r) => Float64Array.from(r)),
    })),
  );

/** The features as GeoJSON: each ring its own polygon (closed), so that overlapping random rings are never
 * read as holes. */
function asGeoJson(list: readonly MapFeature[]): FeatureCollection<MultiPolygon> {
  return {
    type: 'FeatureCollection',
    features: list.map((f): Feature<MultiPolygon> => ({
      type: 'Feature',
      id: f.code,
      properties: {},
      geometry: {
        type: 'MultiPolygon',
        coordinates: f.rings.map((r) => {
          const points: number[][] = [];
          for (let k = 0; k < r.length; k += 2) points.push([r[k]!, r[k + 1]!]);
          return [[...points, points[0]!]];
        }),
      },
    })),
  };
}

describe('transverseMercator against d3-geo', () => {
  it('projects any point as geoTransverseMercator().rotate([-15, 0]) at scale 1', () => {
    const d3 = geoTransverseMercator().rotate([-15, 0]).scale(1).translate([0, 0]).precision(0);
    fc.assert(
      fc.property(
        fc.double({ min: -60, max: 90, noNaN: true }),
        fc.double({ min: -85, max: 85, noNaN: true }),
        (x, y) => {
          const [ox, oy] = transverseMercator(x, y);
          const [tx, ty] = d3([x, y])!;
          near(ox, tx);
          near(oy, ty);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('projectFeatures against d3-geo’s fitExtent', () => {
  it('fits any shapes as fitExtent does: every point, bounds and centroid', () => {
    fc.assert(
      fc.property(
        features,
        fc.integer({ min: 20, max: 1200 }),
        fc.integer({ min: 20, max: 1200 }),
        (list, w, h) => {
          // Ours shrinks the padding for tiny maps (at most a quarter of each side): d3 is given that padding.
          const p = Math.min(MAP_PADDING, w / 4, h / 4);
          const geo = asGeoJson(list);
          const projection = geoTransverseMercator()
            .rotate([-15, 0])
            .precision(0)
            .fitExtent(
              [
                [p, p],
                [w - p, h - p],
              ],
              geo,
            );
          const { k, tx, ty } = fitProjection(list, w, h);
          near(k, projection.scale());
          near(tx, projection.translate()[0], w);
          near(ty, projection.translate()[1], h);
          const map = projectFeatures(list, w, h);
          const path = geoPath(projection);
          // Screen numbers are k·x + t: a small shape far from 15° E has a large shift, and d3 sums its
          // centroid moments in screen units (ours at scale 1), so both are compared relative to the shift.
          const size = Math.max(w, h, Math.abs(tx), Math.abs(ty));
          map.features.forEach((mine, i) => {
            const f = geo.features[i]!;
            const rings: number[][] = [];
            let current: number[] = [];
            geoStream(
              f,
              projection.stream({
                point: (x: number, y: number) => void current.push(x, y),
                lineStart: () => void (current = []),
                lineEnd: () => void rings.push(current),
                polygonStart() {},
                polygonEnd() {},
                sphere() {},
              } as never),
            );
            expect(mine.rings.map((r) => r.length)).toEqual(rings.map((r) => r.length));
            mine.rings.forEach((r, j) => r.forEach((v, n) => near(v, rings[j]![n]!, size)));
            const b = path.bounds(f);
            const c = path.centroid(f);
            for (const a of [0, 1] as const) {
              near(mine.bounds[0][a], b[0][a], size);
              near(mine.bounds[1][a], b[1][a], size);
              near(mine.centroid[a], c[a], size);
            }
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
