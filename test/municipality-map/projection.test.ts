import { describe, expect, it } from 'vitest';
import { readGeometry } from '../../src/components/municipality-map/geo.js';
import { geoPath, geoStream, geoTransverseMercator } from 'd3-geo';
import { feature as topoFeature } from 'topojson-client';
import type { Feature, FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import {
  MAP_PADDING,
  aspectRatio,
  fitProjection,
  labelFits,
  labelHalf,
  mapHeight,
  projectCached,
  projectFeatures,
  transverseMercator,
} from '../../src/components/municipality-map/projection.js';
import sweden from '../../demo/data/geo/sweden-municipalities.topo.json';
import { countyTopology } from './fixtures.js';

const { features } = readGeometry(countyTopology);

function unionBounds(map: ReturnType<typeof projectFeatures>) {
  const xs = map.features.flatMap((f) => [f.bounds[0][0], f.bounds[1][0]]);
  const ys = map.features.flatMap((f) => [f.bounds[0][1], f.bounds[1][1]]);
  return { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
}

describe('projection fit', () => {
  it('is transverse Mercator on 15° E (SWEREF 99 TM): the meridian is vertical, x grows eastwards', () => {
    const [x, y] = transverseMercator(15, 57);
    expect(x).toBe(0);
    expect(transverseMercator(15, 60)[0]).toBe(0);
    expect(transverseMercator(15, 60)[1]).toBeLessThan(y);
    expect(transverseMercator(16, 57)[0]).toBeGreaterThan(0);
    expect(transverseMercator(14, 57)[0]).toBeCloseTo(-transverseMercator(16, 57)[0], 12);
    const { k } = fitProjection(features, 500, 500);
    expect(k).toBeGreaterThan(0);
  });

  it('fills the box within the padding, touching it on at least one axis', () => {
    for (const [w, h] of [
      [600, 600],
      [320, 500],
      [900, 300],
    ] as const) {
      const b = unionBounds(projectFeatures(features, w, h));
      expect(b.x0).toBeGreaterThanOrEqual(MAP_PADDING - 0.2);
      expect(b.y0).toBeGreaterThanOrEqual(MAP_PADDING - 0.2);
      expect(b.x1).toBeLessThanOrEqual(w - MAP_PADDING + 0.2);
      expect(b.y1).toBeLessThanOrEqual(h - MAP_PADDING + 0.2);
      const fillsX = Math.abs(b.x1 - b.x0 - (w - 2 * MAP_PADDING)) < 1;
      const fillsY = Math.abs(b.y1 - b.y0 - (h - 2 * MAP_PADDING)) < 1;
      expect(fillsX || fillsY).toBe(true);
    }
  });

  it('keeps the county’s own proportions; Sweden is tall and capped', () => {
    const ratio = aspectRatio(features);
    expect(ratio).toBeGreaterThan(0.6);
    expect(ratio).toBeLessThan(1.2);
    const h = mapHeight(features, 500);
    expect(h).toBeGreaterThan(300);
    const all = readGeometry(sweden).features;
    expect(aspectRatio(all)).toBeGreaterThan(1.8);
    expect(mapHeight(all, 500)).toBeLessThanOrEqual(Math.round(1.6 * 500));
  });

  it('puts north at the top and west on the left', () => {
    const map = projectFeatures(features, 600, 600);
    const habo = map.byCode.get('0643')!.centroid; // north-west
    const vetlanda = map.byCode.get('0685')!.centroid; // south-east
    expect(habo[1]).toBeLessThan(vetlanda[1]);
    expect(habo[0]).toBeLessThan(vetlanda[0]);
  });

  it('writes path data with one decimal, and caches by features and size', () => {
    const a = projectCached(features, 400, 380);
    expect(a.features[0]!.d).toMatch(/^M[\d.]+,[\d.]+L/);
    expect(a.features[0]!.d).not.toMatch(/\.\d\d/);
    expect(projectCached(features, 400, 380)).toBe(a);
    expect(projectCached(features, 401, 380)).not.toBe(a);
    const other = [...features];
    expect(projectCached(other, 400, 380)).not.toBe(a);
  });
});

/** d3-geo's drawing of the same features: the projection the issue names, fitted by fitExtent. */
function d3Reference(fc: FeatureCollection, w: number, h: number, precision?: number) {
  const projection = geoTransverseMercator().rotate([-15, 0]);
  if (precision !== undefined) projection.precision(precision);
  projection.fitExtent(
    [
      [MAP_PADDING, MAP_PADDING],
      [w - MAP_PADDING, h - MAP_PADDING],
    ],
    fc,
  );
  const path = geoPath(projection);
  /** Every projected ring, as d3-geo's stream hands it to a path (open: no closing point). */
  const rings = (f: Feature) => {
    const out: number[][] = [];
    let ring: number[] = [];
    const sink = {
      point: (x: number, y: number) => void ring.push(x, y),
      lineStart: () => void (ring = []),
      lineEnd: () => void out.push(ring),
      polygonStart() {},
      polygonEnd() {},
      sphere() {},
    };
    geoStream(f, projection.stream(sink as never));
    return out;
  };
  return { path, rings };
}

function asGeoJson(topology: unknown): FeatureCollection {
  const t = topology as Topology;
  return topoFeature(t, t.objects.municipalities!) as FeatureCollection;
}

describe('our transverse Mercator against d3-geo', () => {
  const all = readGeometry(sweden).features;
  const fc = asGeoJson(sweden);
  const byCode = new Map(fc.features.map((f) => [String(f.id), f]));

  it('projects every point of all 290 municipalities where d3-geo (without resampling) does', async () => {
    for (const [w, h] of [
      [500, 800],
      [320, 512],
    ] as const) {
      const d3 = d3Reference(fc, w, h, 0);
      const map = projectFeatures(all, w, h);
      let points = 0;
      for (const mine of map.features) {
        const theirs = d3.rings(byCode.get(mine.code)!);
        expect(mine.rings.map((r) => r.length)).toEqual(theirs.map((r) => r.length));
        mine.rings.forEach((r, i) => {
          for (let j = 0; j < r.length; j++) expect(Math.abs(r[j]! - theirs[i]![j]!)).toBeLessThan(1e-6);
          points += r.length / 2;
        });
        const b = d3.path.bounds(byCode.get(mine.code)!);
        const c = d3.path.centroid(byCode.get(mine.code)!);
        for (const k of [0, 1] as const) {
          expect(mine.bounds[0][k]).toBeCloseTo(b[0][k], 6);
          expect(mine.bounds[1][k]).toBeCloseTo(b[1][k], 6);
          expect(mine.centroid[k]).toBeCloseTo(c[k], 6);
        }
      }
      expect(points).toBeGreaterThan(6000);
    }
  });

  it('agrees with d3-geo’s default (resampling) drawing within a tenth of a pixel', async () => {
    const d3 = d3Reference(fc, 500, 800);
    const map = projectFeatures(all, 500, 800);
    let worst = 0;
    for (const mine of map.features) {
      const f = byCode.get(mine.code)!;
      const b = d3.path.bounds(f);
      const c = d3.path.centroid(f);
      for (const k of [0, 1] as const) {
        worst = Math.max(
          worst,
          Math.abs(mine.bounds[0][k] - b[0][k]),
          Math.abs(mine.bounds[1][k] - b[1][k]),
          Math.abs(mine.centroid[k] - c[k]),
        );
      }
    }
    expect(worst).toBeLessThan(0.1);
  });

  it('fits the county as d3-geo’s fitExtent does, and its path data is d3’s rounded to one decimal', async () => {
    const county = asGeoJson(countyTopology);
    const d3 = d3Reference(county, 400, 380, 0);
    const map = projectFeatures(features, 400, 380);
    for (const mine of map.features) {
      const f = county.features.find((g) => String(g.id) === mine.code)!;
      const expected = d3
        .rings(f)
        .map(
          (r) => r.map((v, i) => `${i % 2 ? ',' : i ? 'L' : 'M'}${Math.round(v * 10) / 10}`).join('') + 'Z',
        )
        .join('');
      expect(mine.d).toBe(expected);
    }
  });
});

describe('the spherical form against SWEREF 99 TM itself (GRS80)', () => {
  // Lantmäteriet's Gauss–Krüger formulas for SWEREF 99 TM (GRS80, central meridian 15° E), in units of the
  // rectifying radius: the ellipsoidal projection the spherical one stands in for.
  const f = 1 / 298.257222101;
  const e2 = f * (2 - f);
  const n = f / (2 - f);
  const [A, B, C, D] = [
    e2,
    (5 * e2 ** 2 - e2 ** 3) / 6,
    (104 * e2 ** 3 - 45 * e2 ** 4) / 120,
    (1237 * e2 ** 4) / 1260,
  ];
  const beta = [
    n / 2 - (2 * n ** 2) / 3 + (5 * n ** 3) / 16 + (41 * n ** 4) / 180,
    (13 * n ** 2) / 48 - (3 * n ** 3) / 5 + (557 * n ** 4) / 1440,
    (61 * n ** 3) / 240 - (103 * n ** 4) / 140,
    (49561 * n ** 4) / 161280,
  ];
  const sweref = (lon: number, lat: number): [number, number] => {
    const p = (lat * Math.PI) / 180;
    const s = Math.sin(p);
    const conformal = p - s * Math.cos(p) * (A + B * s ** 2 + C * s ** 4 + D * s ** 6);
    const dl = ((lon - 15) * Math.PI) / 180;
    const xi = Math.atan(Math.tan(conformal) / Math.cos(dl));
    const eta = Math.atanh(Math.cos(conformal) * Math.sin(dl));
    let north = xi;
    let east = eta;
    beta.forEach((b, i) => {
      north += b * Math.sin(2 * (i + 1) * xi) * Math.cosh(2 * (i + 1) * eta);
      east += b * Math.cos(2 * (i + 1) * xi) * Math.sinh(2 * (i + 1) * eta);
    });
    return [east, -north];
  };
  /** Every point fitted into the box as fitProjection does. */
  const fitted = (points: [number, number][], w: number, h: number) => {
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const k = Math.min((w - 2 * MAP_PADDING) / (x1 - x0), (h - 2 * MAP_PADDING) / (y1 - y0));
    return points.map(([x, y]) => [
      MAP_PADDING + (w - 2 * MAP_PADDING - k * (x1 + x0)) / 2 + k * x,
      MAP_PADDING + (h - 2 * MAP_PADDING - k * (y1 + y0)) / 2 + k * y,
    ]);
  };

  it('puts every point within a pixel of SWEREF 99 TM once both are fitted to the map', () => {
    for (const [topology, w, h] of [
      [countyTopology, 600, 560],
      [sweden, 500, 800],
    ] as const) {
      const lonLat = readGeometry(topology).features.flatMap((f) =>
        f.rings.flatMap((r) =>
          Array.from({ length: r.length / 2 }, (_, i) => [r[2 * i]!, r[2 * i + 1]!] as const),
        ),
      );
      const ours = fitted(
        lonLat.map(([lon, lat]) => transverseMercator(lon, lat)),
        w,
        h,
      );
      const theirs = fitted(
        lonLat.map(([lon, lat]) => sweref(lon, lat)),
        w,
        h,
      );
      const worst = Math.max(
        ...ours.map((p, i) => Math.hypot(p[0]! - theirs[i]![0]!, p[1]! - theirs[i]![1]!)),
      );
      expect(worst).toBeLessThan(0.6);
      expect(worst).toBeGreaterThan(0.05); // they are different projections
    }
  });
});

describe('ring orientation', () => {
  it('draws GeoJSON wound either way (RFC 7946 counter-clockwise, or d3’s clockwise) the same', () => {
    const ring = [
      [14, 57],
      [14, 57.5],
      [14.8, 57.5],
      [14.8, 57],
      [14, 57],
    ];
    const feature = (coordinates: number[][]) => ({
      type: 'Feature',
      id: '0680',
      properties: {},
      geometry: { type: 'Polygon', coordinates: [coordinates] },
    });
    const clockwise = projectFeatures(readGeometry(feature(ring)).features, 300, 300).features[0]!;
    const counter = projectFeatures(readGeometry(feature([...ring].reverse())).features, 300, 300)
      .features[0]!;
    expect(counter.bounds).toEqual(clockwise.bounds);
    for (const k of [0, 1]) expect(counter.centroid[k]).toBeCloseTo(clockwise.centroid[k]!, 9);
    // Inside the shape, not on the far side of the globe.
    expect(Math.abs(clockwise.centroid[0] - 150)).toBeLessThan(2);
    expect(Math.abs(clockwise.centroid[1] - 150)).toBeLessThan(2);
  });
});

describe('labelFits', () => {
  const shape = {
    centroid: [50, 50] as [number, number],
    bounds: [
      [0, 30],
      [100, 70],
    ] as [[number, number], [number, number]],
  };
  it('fits a short name, not a long one or a tall font', () => {
    expect(labelFits('Habo', shape, 12)).toBe(true);
    expect(labelFits('Upplands Väsby kommun', shape, 12)).toBe(false);
    expect(labelFits('Habo', shape, 40)).toBe(false);
  });
  it('rejects a NaN centroid', () => {
    expect(labelFits('Habo', { ...shape, centroid: [Number.NaN, 1] }, 12)).toBe(false);
  });
});

describe('labels inside their shape', () => {
  it('rejects a label whose box crosses out of an L-shaped polygon', async () => {
    const { insideRings } = await import('../../src/components/municipality-map/projection.js');
    // An L: the bounding box is 100 × 100, but the top-right quarter is not part of it.
    const ring = Float64Array.from([0, 0, 40, 0, 40, 60, 100, 60, 100, 100, 0, 100]);
    expect(insideRings([ring], 20, 20)).toBe(true);
    expect(insideRings([ring], 70, 30)).toBe(false);
    const shape = {
      centroid: [50, 50] as [number, number],
      bounds: [
        [0, 0],
        [100, 100],
      ] as [[number, number], [number, number]],
      rings: [ring],
    };
    expect(labelFits('Långnamn', shape, 11)).toBe(false);
    expect(labelFits('Långnamn', { ...shape, centroid: [50, 80] }, 11)).toBe(true);
  });
});

describe('label boxes (what placement checks, and what the plate behind a name covers)', () => {
  it('fits a name exactly when its box lies inside the shape', () => {
    const [half, v] = labelHalf('Habo', 11);
    expect(half).toBeCloseTo((4 * 11 * 0.6) / 2 + 2, 10);
    expect(v).toBeCloseTo(7.7, 10);
    // A rectangle just 15 % wider than the box (the width rule) and just as high holds it at its centre …
    const rect = (w: number, h: number) => ({
      centroid: [0, 0] as [number, number],
      bounds: [
        [-w / 2, -h / 2],
        [w / 2, h / 2],
      ] as [[number, number], [number, number]],
      rings: [Float64Array.from([-w / 2, -h / 2, w / 2, -h / 2, w / 2, h / 2, -w / 2, h / 2])],
    });
    expect(labelFits('Habo', rect(2 * half * 1.15 + 0.01, 2 * v + 0.01), 11)).toBe(true);
    // … and not when it is a little lower than the box: the plate never reaches out of a shape that fits.
    expect(labelFits('Habo', rect(2 * half * 1.15 + 0.01, 2 * v - 0.5), 11)).toBe(false);
  });
});
