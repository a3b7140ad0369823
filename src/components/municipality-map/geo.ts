import { feature as topoFeature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { BplError } from '../../core/errors.js';

/** One municipality's shape, with the four-digit code that joins it to the data. */
export interface MapFeature {
  code: string;
  /** Name from the geometry file; the data's area names take precedence where they exist. */
  name: string;
  feature: Feature<Geometry>;
}

/** A parsed geometry file: the municipalities and the source object, whose identity keys the caches. */
export interface MapGeometry {
  features: MapFeature[];
}

const CODE_KEYS = ['id', 'code', 'kod', 'kommunkod', 'kommun_kod', 'KnKod', 'KOMMUNKOD', 'kn_kod'];
const NAME_KEYS = ['name', 'namn', 'kommun', 'kommunnamn', 'KnNamn', 'KOMMUNNAMN', 'kn_namn'];

/** A municipality code from a feature's id or properties: `680` and `"0680"` both give `"0680"`. */
export function featureCode(f: {
  id?: string | number;
  properties?: Record<string, unknown> | null;
}): string | undefined {
  const props = f.properties ?? {};
  const candidates: unknown[] = [f.id, ...CODE_KEYS.map((k) => props[k])];
  for (const raw of candidates) {
    if (typeof raw === 'number' && Number.isInteger(raw) && raw >= 0 && raw < 10_000)
      return String(raw).padStart(4, '0');
    if (typeof raw === 'string' && /^\d{3,4}$/.test(raw.trim())) return raw.trim().padStart(4, '0');
  }
  return undefined;
}

function featureName(f: Feature, code: string): string {
  const props = (f.properties ?? {}) as Record<string, unknown>;
  for (const key of NAME_KEYS) {
    const value = props[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return code;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isTopology(value: Record<string, unknown>): value is Topology & Record<string, unknown> {
  return value.type === 'Topology' && isObject(value.objects) && Array.isArray(value.arcs);
}

/** The object of a topology that holds the municipalities: `municipalities` by name, else the first whose
 * geometries carry four-digit codes. */
function municipalityObject(topology: Topology): GeometryCollection | undefined {
  const objects = topology.objects as Record<string, unknown>;
  const named = ['municipalities', 'kommuner', 'kommun'].map((k) => objects[k]).find(isCollection);
  if (named) return named;
  return Object.values(objects)
    .filter(isCollection)
    .find((o) =>
      o.geometries.some(
        (g) => featureCode(g as never)?.length === 4 && !featureCode(g as never)!.startsWith('00'),
      ),
    );
}

function isCollection(value: unknown): value is GeometryCollection {
  return isObject(value) && value.type === 'GeometryCollection' && Array.isArray(value.geometries);
}

/**
 * Reads TopoJSON (a `municipalities` object, or the first object with municipality codes) or GeoJSON (a
 * FeatureCollection, a Feature or an array of Features) into coded features. Features without a code are
 * skipped; a file with none left is an error. Throws BplError('geometry') with a short technical detail.
 */
export function readGeometry(input: unknown): MapGeometry {
  if (!isObject(input) && !Array.isArray(input))
    throw new BplError('geometry', { detail: 'not a JSON object' });
  let features: Feature[];
  try {
    if (Array.isArray(input)) features = input as Feature[];
    else if (isTopology(input)) {
      const object = municipalityObject(input);
      if (!object) throw new BplError('geometry', { detail: 'no object with municipality codes' });
      const fc = topoFeature(input, object) as FeatureCollection | Feature;
      features = fc.type === 'FeatureCollection' ? fc.features : [fc];
    } else if (input.type === 'FeatureCollection' && Array.isArray(input.features))
      features = input.features as Feature[];
    else if (input.type === 'Feature') features = [input as unknown as Feature];
    else throw new BplError('geometry', { detail: 'neither TopoJSON nor GeoJSON' });
  } catch (error) {
    if (error instanceof BplError) throw error;
    throw new BplError('geometry', { detail: error instanceof Error ? error.message : String(error) });
  }
  const out: MapFeature[] = [];
  const seen = new Set<string>();
  for (const f of features) {
    if (!isObject(f) || !isObject(f.geometry)) continue;
    const type = f.geometry.type;
    if (type !== 'Polygon' && type !== 'MultiPolygon') continue;
    const code = featureCode(f as never);
    if (!code || code.startsWith('00') || seen.has(code)) continue;
    seen.add(code);
    out.push({ code, name: featureName(f, code), feature: f as Feature<Geometry> });
  }
  if (out.length === 0) throw new BplError('geometry', { detail: 'no polygons with municipality codes' });
  return { features: out };
}

/** Keeps the municipalities of one county (`"06"`, or Kolada's `"0006"`). */
export function filterCounty(features: readonly MapFeature[], county: string | undefined): MapFeature[] {
  if (!county) return [...features];
  const two = county.length === 4 ? county.slice(2) : county;
  return features.filter((f) => f.code.slice(0, 2) === two);
}

/** Parses the `county` attribute: two digits, or Kolada's four (`0006`). */
export function parseCounty(value: string | null | undefined): string | undefined {
  const v = (value ?? '').trim();
  if (!v) return undefined;
  if (/^\d{2}$/.test(v)) return v;
  if (/^00\d{2}$/.test(v)) return v.slice(2);
  throw new BplError('invalid-attribute', { attribute: 'county', value: v, available: ['06', '07', '0006'] });
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
  if (!hit) {
    hit = readGeometry(input);
    parsed.set(input, hit);
  }
  return hit;
}

const byCounty = new WeakMap<MapGeometry, Map<string, MapFeature[]>>();

/**
 * The features of one county (or all), as the same array every time for the same geometry and county: its
 * identity keys the projection cache. No match is a geometry error naming the county.
 */
export function featuresFor(geometry: MapGeometry, county: string | undefined): MapFeature[] {
  let counties = byCounty.get(geometry);
  if (!counties) {
    counties = new Map();
    byCounty.set(geometry, counties);
  }
  const key = county ?? '';
  let features = counties.get(key);
  if (!features) {
    features = county ? filterCounty(geometry.features, county) : geometry.features;
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
