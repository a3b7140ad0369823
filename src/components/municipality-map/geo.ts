import { BplError } from '../../core/errors.js';
import type { Dataset } from '../../core/schema/dataset.js';

/**
 * Municipality shapes from TopoJSON or GeoJSON, as rings of longitude/latitude. The TopoJSON reader is our
 * own: it only needs the polygons of one object, so it is a fraction of topojson-client, and
 * test/municipality-map/geo.test.ts checks that it gives exactly topojson-client's coordinates.
 */

/** One municipality's shape, with the four-digit code that joins it to the data. */
export interface MapFeature {
  code: string;
  /** Name from the geometry file; the data's area names take precedence where they exist. */
  name: string;
  /** Every ring of every polygon (outer rings and holes alike) as flat [lon0, lat0, lon1, lat1, …] in
   * degrees, open: the closing point, equal to the first, is left out. */
  rings: Float64Array[];
}

/** A parsed geometry file (cached per source object, so its features array keys the projection cache). */
export interface MapGeometry {
  features: MapFeature[];
}

const CODE_KEYS = ['id', 'code', 'kod', 'kommunkod', 'kommun_kod', 'KnKod', 'KOMMUNKOD', 'kn_kod'];
const NAME_KEYS = ['name', 'namn', 'kommun', 'kommunnamn', 'KnNamn', 'KOMMUNNAMN', 'kn_namn'];

type Props = Record<string, unknown> | null | undefined;

/** A municipality code from a feature's id or properties: `680` and `"0680"` both give `"0680"`. */
export function featureCode(f: { id?: unknown; properties?: Props }): string | undefined {
  const props = f.properties ?? {};
  for (const raw of [f.id, ...CODE_KEYS.map((k) => props[k])]) {
    if (typeof raw === 'number' && Number.isInteger(raw) && raw >= 0 && raw < 10_000)
      return String(raw).padStart(4, '0');
    if (typeof raw === 'string' && /^\d{3,4}$/.test(raw.trim())) return raw.trim().padStart(4, '0');
  }
  return undefined;
}

function featureName(props: Props, code: string): string {
  const name = NAME_KEYS.map((key) => props?.[key]).find((v) => typeof v === 'string' && v.trim());
  return (name as string | undefined)?.trim() ?? code;
}

type Obj = Record<string, unknown>;

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A geometry (GeoJSON's or TopoJSON's) with its id and properties. */
interface Item {
  id?: unknown;
  properties?: Props;
  type?: unknown;
  /** GeoJSON: coordinates; TopoJSON: arc indices. */
  parts: unknown;
}

function fail(detail: string): never {
  throw new BplError('geometry', { detail });
}

/** The geometries of the object that holds the municipalities: `municipalities` by name, else the first
 * collection whose geometries carry municipality codes. */
function topologyItems(objects: Obj): Obj[] {
  const collections = Object.entries(objects)
    .filter(([, o]) => isObject(o) && o.type === 'GeometryCollection' && Array.isArray(o.geometries))
    .map(([name, o]) => [name, (o as Obj).geometries as Obj[]] as const);
  const named = collections.find(([name]) => ['municipalities', 'kommuner', 'kommun'].includes(name));
  const found =
    named ??
    collections.find(([, gs]) =>
      gs.some((g) => {
        const c = featureCode(g);
        return c !== undefined && !c.startsWith('00');
      }),
    );
  if (!found) fail('no object with municipality codes');
  return found[1];
}

/** A topology's arcs as absolute [lon, lat, …] (undoing the quantisation's deltas), each decoded once. */
function decodeArcs(topology: Obj): Float64Array[] {
  const t = topology.transform as { scale: number[]; translate: number[] } | undefined;
  const [kx, ky] = t ? t.scale : [1, 1];
  const [dx, dy] = t ? t.translate : [0, 0];
  return (topology.arcs as number[][][]).map((arc) => {
    const out = new Float64Array(arc.length * 2);
    let x = 0;
    let y = 0;
    arc.forEach(([px, py], k) => {
      // Quantised arcs are deltas; without a transform, positions as they are.
      x = t ? x + px! : px!;
      y = t ? y + py! : py!;
      out[2 * k] = x * kx! + dx!;
      out[2 * k + 1] = y * ky! + dy!;
    });
    return out;
  });
}

/** Rings of a Polygon (`depth` 1) or MultiPolygon (2): GeoJSON positions, or TopoJSON arc indices joined
 * as topojson-client does (an arc's first point replaces the previous arc's last; `~i` runs backwards). */
function ringsOf(parts: unknown, depth: number, arcs?: Float64Array[]): Float64Array[] {
  if (!Array.isArray(parts)) fail('polygon without coordinates');
  if (depth > 1) return parts.flatMap((p: unknown) => ringsOf(p, depth - 1, arcs));
  return parts.map((ring: unknown) => {
    if (!Array.isArray(ring)) fail('ring is not an array');
    const xy: number[] = [];
    if (arcs) {
      for (const i of ring as number[]) {
        const arc = arcs[i < 0 ? ~i : i];
        if (!arc) fail(`arc ${i} does not exist`);
        if (xy.length) xy.length -= 2;
        const n = arc.length / 2;
        for (let k = 0; k < n; k++) {
          const j = i < 0 ? n - 1 - k : k;
          xy.push(arc[2 * j]!, arc[2 * j + 1]!);
        }
      }
    } else {
      for (const p of ring as unknown[]) xy.push(...(p as number[]).slice(0, 2));
    }
    const n = xy.length;
    if (n >= 4 && xy[0] === xy[n - 2] && xy[1] === xy[n - 1]) xy.length -= 2;
    if (xy.length < 6 || !xy.every(Number.isFinite)) fail('ring with fewer than three points or bad numbers');
    return Float64Array.from(xy);
  });
}

/**
 * Reads TopoJSON (a `municipalities` object, or the first object with municipality codes) or GeoJSON (a
 * FeatureCollection, a Feature or an array of Features) into coded features. Features that are not
 * polygons or have no code are skipped; a file with none left is an error. Throws BplError('geometry')
 * with a short technical detail.
 */
export function readGeometry(input: unknown): MapGeometry {
  let items: Item[];
  let arcs: Float64Array[] | undefined;
  try {
    const o = input as Obj;
    if (Array.isArray(input) || o?.type === 'FeatureCollection' || o?.type === 'Feature') {
      const list = (Array.isArray(input) ? input : o.type === 'Feature' ? [o] : o.features) as Obj[];
      if (!Array.isArray(list)) fail('FeatureCollection without features');
      items = list.filter(isObject).map((f) => {
        const g = (isObject(f.geometry) ? f.geometry : {}) as Obj;
        return { id: f.id, properties: f.properties as Props, type: g.type, parts: g.coordinates };
      });
    } else if (o?.type === 'Topology' && isObject(o.objects) && Array.isArray(o.arcs)) {
      arcs = decodeArcs(o);
      items = topologyItems(o.objects).map((g) => ({ ...g, parts: g.arcs }) as Item);
    } else fail(isObject(input) ? 'neither TopoJSON nor GeoJSON' : 'not a JSON object');
    const out: MapFeature[] = [];
    const seen = new Set<string>();
    for (const item of items) {
      const depth = item.type === 'Polygon' ? 1 : item.type === 'MultiPolygon' ? 2 : 0;
      const code = featureCode(item);
      if (!depth || !code || code.startsWith('00') || seen.has(code)) continue;
      seen.add(code);
      out.push({ code, name: featureName(item.properties, code), rings: ringsOf(item.parts, depth, arcs) });
    }
    if (out.length === 0) fail('no polygons with municipality codes');
    return { features: out };
  } catch (error) {
    if (error instanceof BplError) throw error;
    return fail(error instanceof Error ? error.message : String(error));
  }
}

/** Keeps the municipalities of one county (`"06"`, or Kolada's `"0006"`). */
export function filterCounty(features: readonly MapFeature[], county: string | undefined): MapFeature[] {
  if (!county) return [...features];
  const two = county.length === 4 ? county.slice(2) : county;
  return features.filter((f) => f.code.slice(0, 2) === two);
}

/** Parses the `county` attribute: two digits, Kolada's four (`0006`), or `all` (every municipality on the
 * map: returned as ''). */
export function parseCounty(value: string | null | undefined): string | undefined {
  const v = (value ?? '').trim();
  if (!v) return undefined;
  if (v === 'all') return '';
  if (/^\d{2}$/.test(v)) return v;
  if (/^00\d{2}$/.test(v)) return v.slice(2);
  throw new BplError('invalid-attribute', {
    attribute: 'county',
    value: v,
    available: ['06', '0006', 'all'],
  });
}

/** The two-digit county all of these municipality codes belong to, when they share one. */
export function soleCounty(codes: Iterable<string>): string | undefined {
  const counties = new Set<string>();
  for (const code of codes) counties.add(code.slice(0, 2));
  return counties.size === 1 ? [...counties][0] : undefined;
}

const dataCounty = new WeakMap<Dataset, string | null>();

/**
 * The county the map shows when `county` is not given: the one all of the data's municipalities belong to,
 * if the boundaries have more than that county (all of Sweden with Jönköpings län's data draws its 13
 * municipalities, not 290 with 277 "uppgift saknas"). Undefined (every feature) when the data's
 * municipalities span counties, or their county is not on the map.
 */
export function defaultCounty(dataset: Dataset, geometry: MapGeometry): string | undefined {
  let county = dataCounty.get(dataset);
  if (county === undefined) {
    const municipalities = dataset.indicators.flatMap(({ data }) =>
      data.filter(({ area }) => !area.startsWith('00')).map(({ area }) => area),
    );
    dataCounty.set(dataset, (county = soleCounty(municipalities) ?? null));
  }
  return county !== null && geometry.features.some((f) => f.code.startsWith(county!)) ? county : undefined;
}

export interface Joined<T> {
  code: string;
  name: string;
  feature: MapFeature;
  /** The data for this municipality, undefined when the data has none (drawn hatched, "uppgift saknas"). */
  datum: T | undefined;
}

export interface JoinResult<T> {
  joined: Joined<T>[];
  /** Municipality codes in the data that no feature has. */
  unmatchedData: string[];
  /** Features without data. */
  unmatchedFeatures: string[];
}

/**
 * Joins features to data by municipality code. Every feature stays (without data it is drawn as missing,
 * never as zero); data codes that are not municipalities (Riket, counties) are ignored.
 */
export function joinFeatures<T>(
  features: readonly MapFeature[],
  data: ReadonlyMap<string, T>,
  nameOf: (code: string, fallback: string) => string = (_c, fallback) => fallback,
): JoinResult<T> {
  const codes = new Set(features.map((f) => f.code));
  const joined = features.map((feature) => ({
    code: feature.code,
    name: nameOf(feature.code, feature.name),
    feature,
    datum: data.get(feature.code),
  }));
  const unmatchedData = [...data.keys()].filter((code) => !code.startsWith('00') && !codes.has(code));
  const unmatchedFeatures = joined.filter((j) => j.datum === undefined).map((j) => j.code);
  return { joined, unmatchedData, unmatchedFeatures };
}

const parsed = new WeakMap<object, MapGeometry>();

/** `readGeometry`, once per source object (the bundled county file is read once per page). */
export function readGeometryCached(input: unknown): MapGeometry {
  if (typeof input !== 'object' || input === null) return readGeometry(input);
  let hit = parsed.get(input);
  if (!hit) parsed.set(input, (hit = readGeometry(input)));
  return hit;
}

const byCounty = new WeakMap<MapGeometry, Map<string, MapFeature[]>>();

/**
 * The features of one county (or all), as the same array every time for the same geometry and county: its
 * identity keys the projection cache. No match is a geometry error naming the county.
 */
export function featuresFor(geometry: MapGeometry, county: string | undefined): MapFeature[] {
  let counties = byCounty.get(geometry);
  if (!counties) byCounty.set(geometry, (counties = new Map()));
  const key = county ?? '';
  let features = counties.get(key);
  if (!features) {
    features = key ? filterCounty(geometry.features, key) : geometry.features;
    if (features.length === 0) {
      const available = [...new Set(geometry.features.map((f) => f.code.slice(0, 2)))].sort();
      throw new BplError('geometry', {
        detail: `no municipalities in county ${county}; the map has ${available.join(', ')}`,
      });
    }
    counties.set(key, features);
  }
  return features;
}
