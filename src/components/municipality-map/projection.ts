import { geoPath, geoTransverseMercator } from 'd3-geo';
import type { GeoProjection } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import type { MapFeature } from './geo.js';

/**
 * The map's projection and its projected shapes. Transverse Mercator on the 15° E meridian is SWEREF 99 TM's
 * projection, the one Swedish maps use, so shapes look as readers know them. Projected path strings are
 * cached per geometry, feature set and size: a new period or colour only recolours, it never re-projects.
 */

export const CENTRAL_MERIDIAN = 15;
/** Space around the shapes, so the focus ring and outlines are not cut at the edge. */
export const MAP_PADDING = 6;

export interface ProjectedFeature {
  code: string;
  /** SVG path data. */
  d: string;
  /** Projected centroid [x, y]. */
  centroid: [number, number];
  /** Projected bounding box [[x0, y0], [x1, y1]]. */
  bounds: [[number, number], [number, number]];
}

export interface ProjectedMap {
  width: number;
  height: number;
  features: ProjectedFeature[];
  byCode: Map<string, ProjectedFeature>;
}

function collection(features: readonly MapFeature[]): FeatureCollection<Geometry> {
  return { type: 'FeatureCollection', features: features.map((f) => f.feature) };
}

/** SWEREF 99 TM-like transverse Mercator, fitted into the box [padding, size − padding]. */
export function fitProjection(
  features: readonly MapFeature[],
  width: number,
  height: number,
  padding = MAP_PADDING,
): GeoProjection {
  const p = Math.min(padding, width / 4, height / 4);
  return geoTransverseMercator()
    .rotate([-CENTRAL_MERIDIAN, 0])
    .fitExtent(
      [
        [p, p],
        [Math.max(p + 1, width - p), Math.max(p + 1, height - p)],
      ],
      collection(features),
    );
}

const aspectCache = new WeakMap<readonly MapFeature[], number>();

/** Height ÷ width of the shapes in the projection. */
export function aspectRatio(features: readonly MapFeature[]): number {
  const cached = aspectCache.get(features);
  if (cached !== undefined) return cached;
  const fc = collection(features);
  const projection = geoTransverseMercator().rotate([-CENTRAL_MERIDIAN, 0]).fitWidth(1000, fc);
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(fc);
  const ratio = x1 > x0 && y1 > y0 ? (y1 - y0) / (x1 - x0) : 1;
  aspectCache.set(features, ratio);
  return ratio;
}

/**
 * The drawing's height for a width: the shapes' own proportions, kept within [0.5, 1.6] × width (a long
 * country is shrunk to fit rather than scrolled) and at least 200 px.
 */
export function mapHeight(features: readonly MapFeature[], width: number, padding = MAP_PADDING): number {
  const inner = Math.max(1, width - 2 * padding);
  const ratio = Math.min(1.6, Math.max(0.5, aspectRatio(features)));
  return Math.max(200, Math.round(inner * ratio + 2 * padding));
}

/** Projects every feature into path data, centroids and boxes. Pure; one decimal is plenty at screen scale. */
export function projectFeatures(
  features: readonly MapFeature[],
  width: number,
  height: number,
): ProjectedMap {
  const path = geoPath(fitProjection(features, width, height)).digits(1);
  const out: ProjectedFeature[] = features.map((f) => {
    const centroid = path.centroid(f.feature);
    const bounds = path.bounds(f.feature);
    return { code: f.code, d: path(f.feature) ?? '', centroid, bounds };
  });
  return { width, height, features: out, byCode: new Map(out.map((p) => [p.code, p])) };
}

const MAX_SIZES = 4;
const cache = new WeakMap<readonly MapFeature[], Map<string, ProjectedMap>>();

/**
 * `projectFeatures`, cached by the feature array's identity and the size (a few sizes per feature set, so
 * resizing back and forth stays cheap without keeping every size ever drawn).
 */
export function projectCached(features: readonly MapFeature[], width: number, height: number): ProjectedMap {
  let sizes = cache.get(features);
  if (!sizes) {
    sizes = new Map();
    cache.set(features, sizes);
  }
  const key = `${width}x${height}`;
  const hit = sizes.get(key);
  if (hit) {
    sizes.delete(key);
    sizes.set(key, hit);
    return hit;
  }
  const projected = projectFeatures(features, width, height);
  sizes.set(key, projected);
  if (sizes.size > MAX_SIZES) sizes.delete(sizes.keys().next().value!);
  return projected;
}

/** Average glyph width as a share of the font size, for names in a sans-serif font. */
const GLYPH = 0.6;

/** True when a name fits inside a shape's box around its centroid, at the given font size. */
export function labelFits(
  name: string,
  feature: Pick<ProjectedFeature, 'centroid' | 'bounds'>,
  fontSize: number,
): boolean {
  const half = (name.length * fontSize * GLYPH) / 2 + 2;
  const [[x0, y0], [x1, y1]] = feature.bounds;
  const [cx, cy] = feature.centroid;
  if (!Number.isFinite(cx) || !Number.isFinite(cy)) return false;
  return (
    cx - half >= x0 &&
    cx + half <= x1 &&
    cy - fontSize * 0.7 >= y0 &&
    cy + fontSize * 0.7 <= y1 &&
    x1 - x0 >= 2 * half * 1.15
  );
}
