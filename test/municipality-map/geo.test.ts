import { describe, expect, it } from 'vitest';
import { BplError } from '../../src/core/errors.js';
import {
  featureCode,
  filterCounty,
  joinFeatures,
  parseCounty,
  readGeometry,
} from '../../src/components/municipality-map/geo.js';
import sweden from '../../demo/data/geo/sweden-municipalities.topo.json';
import { readFileSync } from 'node:fs';
import { feature as topoFeature } from 'topojson-client';
import type { FeatureCollection, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { countyTopology } from './fixtures.js';
import { COUNTY_ARCS, decodeArcs } from '../../src/components/municipality-map/county-geometry.js';

describe('the bundled county geometry', () => {
  it('is the same as src/assets/jonkoping-county.topo.json', () => {
    const json: unknown = JSON.parse(
      readFileSync(new URL('../../src/assets/jonkoping-county.topo.json', import.meta.url), 'utf8'),
    );
    expect(countyTopology).toEqual(json);
  });

  it('writes the asset’s arcs as its base-90 string (the recipe for updating the module)', () => {
    const json = JSON.parse(
      readFileSync(new URL('../../src/assets/jonkoping-county.topo.json', import.meta.url), 'utf8'),
    ) as { arcs: number[][][] };
    // The digits: printable ASCII from '#' to '~' without the quote and the backslash.
    const digits = [...Array(92)]
      .map((_, i) => String.fromCharCode(35 + i))
      .filter((c) => c !== "'" && c !== '\\');
    expect(digits).toHaveLength(90);
    const encode = (value: number) => {
      const n = value < 0 ? -2 * value - 1 : 2 * value;
      if (n < 66 * 90) return digits[Math.floor(n / 90)]! + digits[n % 90]!;
      const rest = n - 66 * 90;
      expect(66 + Math.floor(rest / 8100)).toBeLessThan(90);
      return digits[66 + Math.floor(rest / 8100)]! + digits[Math.floor(rest / 90) % 90]! + digits[rest % 90]!;
    };
    const write = (arcs: number[][][]) => arcs.map((arc) => arc.flat().map(encode).join('')).join(' ');
    expect(write(json.arcs)).toBe(COUNTY_ARCS);
    const arcs = [
      [
        [0, -1],
        [-16, 3],
        [2969, -2970],
      ],
      [[97_076, -97_076]],
    ];
    expect(decodeArcs(write(arcs))).toEqual(arcs);
  });
});

const square = (x: number, y: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [x, y],
      [x, y + 0.1],
      [x + 0.1, y + 0.1],
      [x + 0.1, y],
      [x, y],
    ],
  ],
});

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof BplError ? `${error.code}` : 'other';
  }
  return undefined;
}

describe('readGeometry', () => {
  it('reads the bundled county TopoJSON: 13 municipalities with codes and names', () => {
    const { features } = readGeometry(countyTopology);
    expect(features).toHaveLength(13);
    expect(features.map((f) => f.code)).toContain('0680');
    expect(features.find((f) => f.code === '0680')?.name).toBe('Jönköping');
  });

  it('reads all of Sweden (290) and filters a county by its two digits', () => {
    const { features } = readGeometry(sweden);
    expect(features).toHaveLength(290);
    expect(filterCounty(features, '07')).toHaveLength(8);
    expect(filterCounty(features, '0006')).toHaveLength(13);
    expect(filterCounty(features, undefined)).toHaveLength(290);
  });

  it('reads GeoJSON FeatureCollections, single Features and arrays; numeric ids are padded', () => {
    const fc = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', id: 680, properties: { KnNamn: 'Jönköping' }, geometry: square(14, 57) },
        { type: 'Feature', properties: { kommunkod: '0604', name: 'Aneby' }, geometry: square(14.5, 57.8) },
        { type: 'Feature', properties: { name: 'no code' }, geometry: square(15, 57) },
        { type: 'Feature', properties: { id: '0617' }, geometry: { type: 'Point', coordinates: [1, 2] } },
      ],
    };
    const { features } = readGeometry(fc);
    expect(features.map((f) => [f.code, f.name])).toEqual([
      ['0680', 'Jönköping'],
      ['0604', 'Aneby'],
    ]);
    expect(readGeometry(fc.features[0]).features).toHaveLength(1);
    expect(readGeometry(fc.features).features).toHaveLength(2);
  });

  it('rejects what is not geometry with the geometry code', () => {
    expect(code(() => readGeometry(null))).toBe('geometry');
    expect(code(() => readGeometry('text'))).toBe('geometry');
    expect(code(() => readGeometry({ type: 'Topology', objects: {}, arcs: [] }))).toBe('geometry');
    expect(code(() => readGeometry({ type: 'FeatureCollection', features: [] }))).toBe('geometry');
    expect(code(() => readGeometry({ hello: 'world' }))).toBe('geometry');
    // Broken arcs inside a topology: topojson-client throws, we report geometry.
    expect(
      code(() =>
        readGeometry({
          type: 'Topology',
          arcs: [],
          objects: {
            municipalities: {
              type: 'GeometryCollection',
              geometries: [{ type: 'Polygon', id: '0680', arcs: [[5]] }],
            },
          },
        }),
      ),
    ).toBe('geometry');
  });

  it('featureCode ignores non-codes', () => {
    expect(featureCode({ id: 'abc' })).toBeUndefined();
    expect(featureCode({ id: 12345 })).toBeUndefined();
    expect(featureCode({ properties: { code: '680' } })).toBe('0680');
  });
});

describe('our TopoJSON reader against topojson-client', () => {
  /** topojson-client's rings of one feature, flattened and open (closing point dropped), as ours are. */
  const clientRings = (geometry: { type: string; coordinates: unknown }) => {
    const polygons = (
      geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
    ) as Position[][][];
    return polygons.flatMap((rings) => rings.map((ring) => ring.slice(0, -1).flat()));
  };

  for (const [name, topology, count] of [
    ['the county', countyTopology, 13],
    ['all of Sweden', sweden, 290],
  ] as const) {
    it(`gives exactly topojson-client's coordinates for ${name}`, () => {
      const t = topology as unknown as Topology;
      const fc = topoFeature(t, t.objects.municipalities!) as FeatureCollection;
      const ours = readGeometry(topology).features;
      expect(ours).toHaveLength(count);
      expect(ours.map((f) => f.code)).toEqual(fc.features.map((f) => String(f.id)));
      ours.forEach((f, i) => {
        expect(f.rings.map((r) => [...r])).toEqual(clientRings(fc.features[i]!.geometry as never));
      });
      // The same shapes handed over as GeoJSON read the same.
      const fromGeoJson = readGeometry(fc).features;
      expect(fromGeoJson.map((f) => f.rings)).toEqual(ours.map((f) => f.rings));
    });
  }

  it('decodes unquantised topologies and arcs run backwards', () => {
    const topology = {
      type: 'Topology',
      arcs: [
        [
          [14, 57],
          [14, 58],
          [15, 58],
        ],
        [
          [14, 57],
          [15, 57],
          [15, 58],
        ],
      ],
      objects: {
        kommuner: {
          type: 'GeometryCollection',
          geometries: [{ type: 'Polygon', id: '0680', arcs: [[0, ~1]] }],
        },
      },
    };
    expect([...readGeometry(topology).features[0]!.rings[0]!]).toEqual([14, 57, 14, 58, 15, 58, 15, 57]);
  });
});

describe('parseCounty', () => {
  it('accepts two digits and Kolada county codes, rejects the rest', () => {
    expect(parseCounty('07')).toBe('07');
    expect(parseCounty('0006')).toBe('06');
    expect(parseCounty('')).toBeUndefined();
    expect(parseCounty(undefined)).toBeUndefined();
    expect(parseCounty('all'), 'every municipality on the map').toBe('');
    expect(code(() => parseCounty('Kronoberg'))).toBe('invalid-attribute');
    expect(code(() => parseCounty('0680'))).toBe('invalid-attribute');
  });
});

describe('joinFeatures', () => {
  it('keeps every feature, marks those without data, reports data codes that match nothing', () => {
    const { features } = readGeometry(countyTopology);
    const data = new Map([
      ['0680', 1],
      ['0604', 2],
      ['0006', 3],
      ['0760', 4],
    ]);
    const result = joinFeatures(features, data, (c, fallback) =>
      c === '0680' ? 'Jönköpings kommun' : fallback,
    );
    expect(result.joined).toHaveLength(13);
    expect(result.joined.find((j) => j.code === '0680')).toMatchObject({
      datum: 1,
      name: 'Jönköpings kommun',
    });
    expect(result.joined.find((j) => j.code === '0617')?.datum).toBeUndefined();
    expect(result.unmatchedData).toEqual(['0760']);
    expect(result.unmatchedFeatures).toHaveLength(11);
  });
});
