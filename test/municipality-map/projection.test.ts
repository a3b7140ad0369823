import { describe, expect, it } from 'vitest';
import { readGeometry } from '../../src/components/municipality-map/geo.js';
import {
  MAP_PADDING,
  aspectRatio,
  fitProjection,
  labelFits,
  mapHeight,
  projectCached,
  projectFeatures,
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
  it('is transverse Mercator on 15° E (SWEREF 99 TM)', () => {
    const projection = fitProjection(features, 500, 500);
    expect(projection.rotate()[0]).toBeCloseTo(-15, 9);
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

describe('single-pass projection', () => {
  it('agrees with d3-geo’s own path bounds and centroid', async () => {
    const { geoPath } = await import('d3-geo');
    const all = readGeometry(sweden).features;
    const map = projectFeatures(all, 500, 800);
    const path = geoPath(fitProjection(all, 500, 800));
    for (const [i, f] of all.entries()) {
      const mine = map.features[i]!;
      const b = path.bounds(f.feature);
      const c = path.centroid(f.feature);
      for (const k of [0, 1] as const) {
        expect(mine.bounds[0][k]).toBeCloseTo(b[0][k], 3);
        expect(mine.bounds[1][k]).toBeCloseTo(b[1][k], 3);
        expect(mine.centroid[k]).toBeCloseTo(c[k], 2);
      }
    }
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
