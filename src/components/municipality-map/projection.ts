import type { MapFeature } from './geo.js';

/**
 * The map's projection and its projected shapes. Transverse Mercator on the 15° E meridian is SWEREF 99 TM's
 * projection, the one Swedish maps use, so shapes look as readers know them. It is the spherical form,
 * d3-geo's `geoTransverseMercator().rotate([-15, 0])` written out: test/municipality-map/projection.test.ts
 * checks every point of all 290 municipalities against d3-geo, and that, fitted to the map, it stays within
 * 0.6 px of the ellipsoidal SWEREF 99 TM (GRS80). Without d3-geo the entry is 8 kB gzip smaller. Like the
 * previous d3-geo code it does not resample edges (the boundaries are dense; d3's resampled drawing differs
 * by under 0.1 px) and does not clip, which Swedish shapes never need. Shapes are projected once per
 * feature set at scale 1; every size is then a scale and a shift of those.
 */

export const CENTRAL_MERIDIAN = 15;
/** Space around the shapes, so the focus ring and outlines are not cut at the edge. */
export const MAP_PADDING = 6;

type Box = [[number, number], [number, number]];

export interface ProjectedFeature {
  code: string;
  /** SVG path data. */
  d: string;
  /** Projected centroid [x, y] (area-weighted, holes subtracted, as d3-geo's path.centroid). */
  centroid: [number, number];
  /** Projected bounding box [[x0, y0], [x1, y1]]. */
  bounds: Box;
  /** Projected rings as flat [x0, y0, x1, y1, …] arrays, for point-in-shape tests (labels). */
  rings: Float64Array[];
}

export interface ProjectedMap {
  width: number;
  height: number;
  features: ProjectedFeature[];
  byCode: Map<string, ProjectedFeature>;
}

const RAD = Math.PI / 180;

/**
 * Spherical transverse Mercator on 15° E, in earth radii, with y pointing south (as on screen): d3-geo's
 * rotation by [−15°, 0°, 90°] followed by its Mercator, simplified.
 */
export function transverseMercator(lon: number, lat: number): [number, number] {
  const l = (lon - CENTRAL_MERIDIAN) * RAD;
  const p = lat * RAD;
  const c = Math.cos(p);
  return [Math.atanh(Math.sin(l) * c), -Math.atan2(Math.sin(p), Math.cos(l) * c)];
}

/** The shapes at scale 1: rings, bounds and centroids, which scale and shift with the fit. */
interface UnitMap {
  features: Omit<ProjectedFeature, 'd'>[];
  bounds: Box;
}

const unitCache = new WeakMap<readonly MapFeature[], UnitMap>();

function unitMap(features: readonly MapFeature[]): UnitMap {
  let unit = unitCache.get(features);
  if (unit) return unit;
  const all: Box = [
    [Infinity, Infinity],
    [-Infinity, -Infinity],
  ];
  const out = features.map((f) => {
    const b: Box = [
      [Infinity, Infinity],
      [-Infinity, -Infinity],
    ];
    let area = 0;
    let cx = 0;
    let cy = 0;
    const rings = f.rings.map((lonLat) => {
      const r = new Float64Array(lonLat.length);
      for (let i = 0; i < r.length; i += 2) {
        const [x, y] = transverseMercator(lonLat[i]!, lonLat[i + 1]!);
        r[i] = x;
        r[i + 1] = y;
        if (x < b[0][0]) b[0][0] = x;
        if (x > b[1][0]) b[1][0] = x;
        if (y < b[0][1]) b[0][1] = y;
        if (y > b[1][1]) b[1][1] = y;
      }
      // Signed area and centroid moments over the closed ring (the shoelace formula).
      for (let i = 0, j = r.length - 2; i < r.length; j = i, i += 2) {
        const cross = r[j]! * r[i + 1]! - r[i]! * r[j + 1]!;
        area += cross;
        cx += (r[j]! + r[i]!) * cross;
        cy += (r[j + 1]! + r[i + 1]!) * cross;
      }
      return r;
    });
    for (const k of [0, 1]) {
      all[0][k] = Math.min(all[0][k]!, b[0][k]!);
      all[1][k] = Math.max(all[1][k]!, b[1][k]!);
    }
    const centroid: [number, number] =
      area !== 0 ? [cx / (3 * area), cy / (3 * area)] : [(b[0][0] + b[1][0]) / 2, (b[0][1] + b[1][1]) / 2];
    return { code: f.code, rings, bounds: b, centroid };
  });
  unit = { features: out, bounds: all };
  unitCache.set(features, unit);
  return unit;
}

/** The projection fitted into the box [padding, size − padding] (as d3-geo's fitExtent): screen
 * x = k·x + tx, y = k·y + ty of `transverseMercator`'s output. */
export function fitProjection(
  features: readonly MapFeature[],
  width: number,
  height: number,
  padding = MAP_PADDING,
): { k: number; tx: number; ty: number } {
  const p = Math.min(padding, width / 4, height / 4);
  const w = Math.max(1, width - 2 * p);
  const h = Math.max(1, height - 2 * p);
  const [[x0, y0], [x1, y1]] = unitMap(features).bounds;
  const k = x1 > x0 && y1 > y0 ? Math.min(w / (x1 - x0), h / (y1 - y0)) : 1;
  return { k, tx: p + (w - k * (x1 + x0)) / 2, ty: p + (h - k * (y1 + y0)) / 2 };
}

/** Height ÷ width of the shapes in the projection. */
export function aspectRatio(features: readonly MapFeature[]): number {
  const [[x0, y0], [x1, y1]] = unitMap(features).bounds;
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

/** Projects every feature into path data (one decimal), centroids, boxes and rings. Pure. */
export function projectFeatures(
  features: readonly MapFeature[],
  width: number,
  height: number,
): ProjectedMap {
  const { k, tx, ty } = fitProjection(features, width, height);
  const out = unitMap(features).features.map((u): ProjectedFeature => {
    let d = '';
    const rings = u.rings.map((unit) => {
      const r = new Float64Array(unit.length);
      for (let i = 0; i < r.length; i += 2) {
        r[i] = k * unit[i]! + tx;
        r[i + 1] = k * unit[i + 1]! + ty;
        d += `${i ? 'L' : 'M'}${round1(r[i]!)},${round1(r[i + 1]!)}`;
      }
      d += 'Z';
      return r;
    });
    const [[x0, y0], [x1, y1]] = u.bounds;
    return {
      code: u.code,
      d,
      centroid: [k * u.centroid[0] + tx, k * u.centroid[1] + ty],
      bounds: [
        [k * x0 + tx, k * y0 + ty],
        [k * x1 + tx, k * y1 + ty],
      ],
      rings,
    };
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
  if (!sizes) cache.set(features, (sizes = new Map()));
  const key = `${width}x${height}`;
  const projected = sizes.get(key) ?? projectFeatures(features, width, height);
  // The most recently used size goes last; the oldest goes first when there are too many.
  sizes.delete(key);
  sizes.set(key, projected);
  if (sizes.size > MAX_SIZES) sizes.delete(sizes.keys().next().value!);
  return projected;
}

/** What label placement needs of a shape; without rings, only the box is tested. */
type LabelShape = Pick<ProjectedFeature, 'centroid' | 'bounds'> & { rings?: readonly Float64Array[] };

/** Average glyph width as a share of the font size, for names in a sans-serif font. */
const GLYPH = 0.6;

/** Half the width and half the height of a name's box (the estimated text with 2 px either side): what
 * placement keeps inside the shape, and what the label's plate covers. */
export function labelHalf(name: string, fontSize: number): [number, number] {
  return [(name.length * fontSize * GLYPH) / 2 + 2, fontSize * 0.7];
}

/** Where a label box is tested inside the shape, in half-widths and half-heights from its centre. */
const PROBES = [
  [0, 0],
  [-1, -1],
  [1, -1],
  [-1, 1],
  [1, 1],
  [0, -1],
  [0, 1],
  [-1, 0],
  [1, 0],
] as const;

/** True when a name fits inside a shape at its centroid, at the given font size: the label's box lies
 * within the shape's bounds, and (when the rings are known) its corners and edge midpoints lie inside the
 * shape itself, so the text never sits on a neighbour's colour. */
export function labelFits(name: string, feature: LabelShape, fontSize: number): boolean {
  const [half, v] = labelHalf(name, fontSize);
  const [[x0, y0], [x1, y1]] = feature.bounds;
  const [cx, cy] = feature.centroid;
  if (!Number.isFinite(cx) || !Number.isFinite(cy)) return false;
  if (!(cx - half >= x0 && cx + half <= x1 && cy - v >= y0 && cy + v <= y1 && x1 - x0 >= 2 * half * 1.15))
    return false;
  const rings = feature.rings;
  // The centre, corners and edge midpoints.
  return !rings || PROBES.every(([fx, fy]) => insideRings(rings, cx + fx * half, cy + fy * v));
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
  feature: LabelShape,
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
