import { geoStream, geoTransverseMercator } from 'd3-geo';
import type { GeoProjection, GeoStream } from 'd3-geo';
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
  /** Projected rings as flat [x0, y0, x1, y1, …] arrays, for point-in-shape tests (labels). */
  rings?: Float64Array[];
}

export interface ProjectedMap {
  width: number;
  height: number;
  features: ProjectedFeature[];
  byCode: Map<string, ProjectedFeature>;
}

/** The projection at scale 1 around the origin. Without adaptive resampling (`precision(0)`) it is linear
 * in scale and translation, so one pass gives the bounds for every size. The shapes are already
 * generalised, so resampling their straight segments would add nothing visible. */
function baseProjection(): GeoProjection {
  return geoTransverseMercator().rotate([-CENTRAL_MERIDIAN, 0]).precision(0).scale(1).translate([0, 0]);
}

const unitBoundsCache = new WeakMap<readonly MapFeature[], [[number, number], [number, number]]>();

/** Bounds of the features in the projection at scale 1 (one pass, cached per feature array). */
export function unitBounds(features: readonly MapFeature[]): [[number, number], [number, number]] {
  let b = unitBoundsCache.get(features);
  if (!b) {
    // Our own single-pass stream rather than geoPath: it keeps d3-geo's path modules out of the bundle.
    const projection = baseProjection();
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (const f of features) {
      const [[a, c], [e, g]] = projectOne(projection, f).bounds;
      x0 = Math.min(x0, a);
      y0 = Math.min(y0, c);
      x1 = Math.max(x1, e);
      y1 = Math.max(y1, g);
    }
    b = [
      [x0, y0],
      [x1, y1],
    ];
    unitBoundsCache.set(features, b);
  }
  return b;
}

/** SWEREF 99 TM-like transverse Mercator, fitted into the box [padding, size − padding] (as fitExtent). */
export function fitProjection(
  features: readonly MapFeature[],
  width: number,
  height: number,
  padding = MAP_PADDING,
): GeoProjection {
  const p = Math.min(padding, width / 4, height / 4);
  const w = Math.max(1, width - 2 * p);
  const h = Math.max(1, height - 2 * p);
  const [[x0, y0], [x1, y1]] = unitBounds(features);
  const bw = x1 - x0;
  const bh = y1 - y0;
  const k = bw > 0 && bh > 0 ? Math.min(w / bw, h / bh) : 1;
  return baseProjection()
    .scale(k)
    .translate([p + (w - k * (x1 + x0)) / 2, p + (h - k * (y1 + y0)) / 2]);
}

/** Height ÷ width of the shapes in the projection. */
export function aspectRatio(features: readonly MapFeature[]): number {
  const [[x0, y0], [x1, y1]] = unitBounds(features);
  return x1 > x0 && y1 > y0 ? (y1 - y0) / (x1 - x0) : 1;
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

const round1 = (v: number) => Math.round(v * 10) / 10;

/**
 * Projects one feature in a single pass through the projection's stream (rotation, clipping, projection),
 * collecting planar rings; path data (one decimal), bounds and the area-weighted centroid come from them.
 */
function projectOne(projection: GeoProjection, f: MapFeature): ProjectedFeature {
  let d = '';
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  let area = 0;
  let cx = 0;
  let cy = 0;
  let sx = 0;
  let sy = 0;
  let n = 0;
  let first = true;
  let fx = 0;
  let fy = 0;
  let px = 0;
  let py = 0;
  const rings: Float64Array[] = [];
  let ring: number[] = [];
  const closeRing = () => {
    if (first) return;
    rings.push(Float64Array.from(ring));
    ring = [];
    const cross = px * fy - fx * py;
    area += cross;
    cx += (px + fx) * cross;
    cy += (py + fy) * cross;
    d += 'Z';
  };
  const sink = {
    point(x: number, y: number) {
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
      sx += x;
      sy += y;
      n++;
      ring.push(x, y);
      if (first) {
        first = false;
        fx = x;
        fy = y;
        d += `M${round1(x)},${round1(y)}`;
      } else {
        const cross = px * y - x * py;
        area += cross;
        cx += (px + x) * cross;
        cy += (py + y) * cross;
        d += `L${round1(x)},${round1(y)}`;
      }
      px = x;
      py = y;
    },
    lineStart() {
      first = true;
    },
    lineEnd() {
      closeRing();
      first = true;
    },
    polygonStart() {},
    polygonEnd() {},
    sphere() {},
  };
  geoStream(f.feature, projection.stream(sink as unknown as GeoStream));
  const centroid: [number, number] =
    Math.abs(area) > 1e-9
      ? [cx / (3 * area), cy / (3 * area)]
      : n > 0
        ? [sx / n, sy / n]
        : [Number.NaN, Number.NaN];
  return {
    code: f.code,
    d,
    centroid,
    bounds: [
      [x0, y0],
      [x1, y1],
    ],
    rings,
  };
}

/** Even-odd point-in-polygon over every ring (holes included). */
export function insideRings(rings: readonly Float64Array[], x: number, y: number): boolean {
  let inside = false;
  for (const r of rings) {
    const n = r.length;
    for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
      const xi = r[i]!;
      const yi = r[i + 1]!;
      const xj = r[j]!;
      const yj = r[j + 1]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** Projects every feature into path data, centroids and boxes. Pure. */
export function projectFeatures(
  features: readonly MapFeature[],
  width: number,
  height: number,
): ProjectedMap {
  const projection = fitProjection(features, width, height);
  const out = features.map((f) => projectOne(projection, f));
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

/** True when a name fits inside a shape at its centroid, at the given font size: the label's box lies
 * within the shape's bounds, and (when the rings are known) its corners and edge midpoints lie inside the
 * shape itself, so the text never sits on a neighbour's colour. */
export function labelFits(
  name: string,
  feature: Pick<ProjectedFeature, 'centroid' | 'bounds' | 'rings'>,
  fontSize: number,
): boolean {
  const half = (name.length * fontSize * GLYPH) / 2 + 2;
  const [[x0, y0], [x1, y1]] = feature.bounds;
  const [cx, cy] = feature.centroid;
  if (!Number.isFinite(cx) || !Number.isFinite(cy)) return false;
  const v = fontSize * 0.7;
  if (!(cx - half >= x0 && cx + half <= x1 && cy - v >= y0 && cy + v <= y1 && x1 - x0 >= 2 * half * 1.15))
    return false;
  const rings = feature.rings;
  if (!rings) return true;
  const probes: [number, number][] = [
    [cx, cy],
    [cx - half, cy - v],
    [cx + half, cy - v],
    [cx - half, cy + v],
    [cx + half, cy + v],
    [cx, cy - v],
    [cx, cy + v],
    [cx - half, cy],
    [cx + half, cy],
  ];
  return probes.every(([x, y]) => insideRings(rings, x, y));
}

const OFFSETS = [0, -0.12, 0.12, -0.24, 0.24];
const CANDIDATES = OFFSETS.flatMap((fx) => OFFSETS.map((fy) => [fx, fy] as const)).sort(
  (a, b) => Math.hypot(a[0], a[1]) - Math.hypot(b[0], b[1]),
);

/**
 * Where a name fits inside its shape: the centroid when it fits there, else the nearest of a few points
 * around it (a concave shape's centroid may sit near an edge); undefined when it fits nowhere.
 */
export function labelPosition(
  name: string,
  feature: Pick<ProjectedFeature, 'centroid' | 'bounds' | 'rings'>,
  fontSize: number,
): [number, number] | undefined {
  const [[x0, y0], [x1, y1]] = feature.bounds;
  const [cx, cy] = feature.centroid;
  if (!Number.isFinite(cx) || !Number.isFinite(cy)) return undefined;
  // Too small to hold the name anywhere: skip the search.
  if (x1 - x0 < name.length * fontSize * GLYPH * 1.15 || y1 - y0 < fontSize * 1.4) return undefined;
  for (const [fx, fy] of CANDIDATES) {
    const at: [number, number] = [cx + fx * (x1 - x0), cy + fy * (y1 - y0)];
    if (labelFits(name, { ...feature, centroid: at }, fontSize)) return at;
  }
  return undefined;
}
