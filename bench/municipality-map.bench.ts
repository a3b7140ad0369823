/**
 * bpl-municipality-map against a plain d3-geo drawing of the same map (d3-selection: topojson → features,
 * transverse Mercator fitted to the same box, one path per municipality filled by its class, names at
 * the centroids where they fit), measured in the same run and interleaved, so machine noise hits both.
 *
 * - county: Jönköpings län's 13 municipalities (the bundled boundaries)
 * - Sweden: all 290 municipalities (demo/data/geo/sweden-municipalities.topo.json, bundled into this page)
 * - recolour: the drawn map given a new period (the component's paths come from its cache)
 *
 * Render times are cold: each run gets a fresh copy of the geometry object, so the component converts and
 * projects it again (its caches are keyed on the object) just as the floor does. The component's time
 * includes everything a reader waits for once the data is there: validating the data, joining, classing,
 * projecting, the map, legend, ranked list and summary, and the browser's style and layout.
 */
import { select } from 'd3-selection';
import type { Selection } from 'd3-selection';
import { geoPath, geoTransverseMercator } from 'd3-geo';
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import sweden from '../demo/data/geo/sweden-municipalities.topo.json';
import county from '../src/components/municipality-map/county-geometry.js';
import { defineElement } from '../src/core/define.js';
import { BplMunicipalityMap } from '../src/components/municipality-map/municipality-map.component.js';
import { forceLayout, pair, result, timed } from './harness.js';
import type { BenchResult } from './harness.js';

// Registered here as well: package.json's "sideEffects" names `*.define.ts` files, so a production build
// drops a bare import of the define file `municipality-map.ts`. defineElement never registers twice.
defineElement('bpl-municipality-map', BplMunicipalityMap);

const stage = document.getElementById('stage')!;
const PERIODS = ['2022', '2023', '2024'];
const SEQ = ['#f1eef6', '#a6bddb', '#74a9cf', '#0570b0', '#034e7b'];

interface Muni {
  code: string;
  name: string;
}

function municipalities(topology: unknown): Muni[] {
  const t = topology as Topology;
  const object = t.objects.municipalities as unknown as {
    geometries: { id: string; properties: { name: string } }[];
  };
  return object.geometries.map((g) => ({ code: g.id, name: g.properties.name }));
}

const value = (i: number, p: number) => 30 + ((i * 37 + p * 11) % 45) + p * 0.7;

function dataset(munis: Muni[]) {
  const data = munis.flatMap((m, i) =>
    PERIODS.map((period, p) => ({ area: m.code, period, value: value(i, p) })),
  );
  return {
    meta: { title: 'Bench' },
    areas: munis.map((m) => ({
      code: m.code,
      name: m.name,
      level: 'municipality' as const,
      county: m.code.slice(0, 2),
    })),
    indicators: [
      {
        id: 'fysisk-aktivitet',
        title: 'Fysiskt aktiva elever',
        focusArea: 'physical-activity' as const,
        unit: 'percent' as const,
        polarity: 'higher-is-better' as const,
        target: false as const,
        data,
      },
    ],
  };
}

// ---- the component ------------------------------------------------------------------------------

async function renderComponent(data: unknown, geometry: unknown): Promise<BplMunicipalityMap> {
  const el = document.createElement('bpl-municipality-map');
  el.setAttribute('indicator', 'fysisk-aktivitet');
  el.setAttribute('period', '2024');
  el.geometry = geometry;
  el.data = data;
  stage.append(el);
  await el.whenSettled();
  forceLayout(el);
  return el;
}

// ---- the floor: the same map in plain d3 ----------------------------------------------------------

type Svg = Selection<SVGSVGElement, unknown, null, undefined>;

function drawFloor(
  topology: unknown,
  munis: Muni[],
  width: number,
  height: number,
): { svg: Svg; recolour: (p: number) => void } {
  const t = topology as Topology;
  const fc = feature(t, t.objects.municipalities!) as unknown as FeatureCollection<
    Geometry,
    { name: string }
  >;
  const projection = geoTransverseMercator()
    .rotate([-15, 0])
    .fitExtent(
      [
        [6, 6],
        [width - 6, height - 6],
      ],
      fc,
    );
  const path = geoPath(projection);
  const index = new Map(munis.map((m, i) => [m.code, i]));
  const fill = (code: string, p: number) => {
    const v = value(index.get(code) ?? 0, p);
    return SEQ[Math.min(SEQ.length - 1, Math.floor((v - 30) / 10))]!;
  };
  const svg = select(stage)
    .append('svg')
    .attr('width', width)
    .attr('height', height)
    .attr('viewBox', `0 0 ${width} ${height}`) as unknown as Svg;
  const shapes = svg
    .append('g')
    .selectAll('path')
    .data(fc.features)
    .join('path')
    .attr('d', (d) => path(d))
    .attr('stroke', '#8a939e')
    .attr('stroke-width', 0.8)
    .attr('fill', (d) => fill(String(d.id), 2));
  const labels = fc.features
    .map((d) => ({ d, c: path.centroid(d), b: path.bounds(d) }))
    .filter(({ d, b }) => b[1][0] - b[0][0] > d.properties.name.length * 7 + 6 && b[1][1] - b[0][1] > 16);
  svg
    .append('g')
    .selectAll('text')
    .data(labels)
    .join('text')
    .attr('x', (l) => l.c[0])
    .attr('y', (l) => l.c[1])
    .attr('font-size', 11)
    .attr('text-anchor', 'middle')
    .text((l) => l.d.properties.name);
  return { svg, recolour: (p) => void shapes.attr('fill', (d) => fill(String(d.id), p)) };
}

// ---- interleaved measurement ---------------------------------------------------------------------

const clear = () => stage.replaceChildren();
const fresh = <T>(value: T): T => structuredClone(value);

async function renderPair(
  name: string,
  topology: unknown,
  runs: number,
  maxRatio?: number,
): Promise<BenchResult[]> {
  const munis = municipalities(topology);
  const data = dataset(munis);
  // One untimed render to learn the map's size, so the floor draws the same box.
  clear();
  const probe = await renderComponent(data, fresh(topology));
  const svgEl = probe.shadowRoot!.querySelector('svg.map')!;
  const width = Number(svgEl.getAttribute('width'));
  const height = Number(svgEl.getAttribute('height'));
  clear();
  const [component, floor] = await pair(
    runs,
    3,
    async () => {
      clear();
      const geometry = fresh(topology);
      return timed(() => renderComponent(data, geometry));
    },
    async () => {
      clear();
      return timed(() => {
        const { svg } = drawFloor(topology, munis, width, height);
        svg.node()!.getBoundingClientRect();
      });
    },
  );
  const out = [
    result(
      `municipality-map: render ${name} (${munis.length} municipalities)`,
      component,
      maxRatio ? { maxRatio } : undefined,
      floor,
    ),
  ];

  // Recolour: the same drawing, a new period.
  clear();
  const el = await renderComponent(data, fresh(topology));
  const floorHost = document.createElement('div');
  stage.append(floorHost);
  const { svg: floorSvg, recolour } = drawFloor(topology, munis, width, height);
  let k = 0;
  const [re, reFloor] = await pair(
    runs,
    3,
    async () => {
      const period = PERIODS[k++ % PERIODS.length]!;
      return timed(async () => {
        el.period = period;
        await el.updateComplete;
        forceLayout(el);
      });
    },
    async () =>
      timed(() => {
        recolour(k % PERIODS.length);
        floorSvg.node()!.getBoundingClientRect();
      }),
  );
  out.push(
    result(
      `municipality-map: recolour ${name} for a new period`,
      re,
      name === 'county' ? { maxMs: 5 } : undefined,
      reFloor,
    ),
  );
  clear();
  return out;
}

window.bplBench = async (): Promise<BenchResult[]> => {
  const results: BenchResult[] = [];
  results.push(...(await renderPair('county', county, 21)));
  results.push(...(await renderPair('Sweden', sweden, 15, 1.3)));
  return results;
};
