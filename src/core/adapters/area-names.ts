import { AREA_REGISTRY, RIKET } from '../areas.js';
import type { Area } from '../areas.js';
import { COUNTY_NAMES, MUNICIPALITY_NAMES } from './sweden-areas.js';

/**
 * Names for every Swedish area a statistics source may give by code: Riket, the 21 counties (Kolada's `00LL`)
 * and the 290 municipalities, from the SCB boundaries (sweden-areas.ts). The table is part of the readers'
 * on-demand file, so `bpl.js` does not carry it: a reader adds the names of the codes it meets to the
 * dataset's own `areas` list, where every component finds them.
 */

let byCode: Map<string, Area> | undefined;
let byName: Map<string, string> | undefined;

function unpack(packed: string, digits: number): [string, string][] {
  return packed.split('|').map((entry) => [entry.slice(0, digits), entry.slice(digits)]);
}

/** A name reduced for comparison: lower case, without "kommun", "Region", "län", a genitive s, dashes. */
function key(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2010-\u2015-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function build(): void {
  byCode = new Map();
  byName = new Map();
  for (const area of AREA_REGISTRY) byCode.set(area.code, area);
  for (const [code, name] of unpack(MUNICIPALITY_NAMES, 4)) {
    if (!byCode.has(code)) byCode.set(code, { code, name, level: 'municipality', county: code.slice(0, 2) });
    byName.set(key(name), code);
  }
  for (const [county, name] of unpack(COUNTY_NAMES, 2)) {
    const code = `00${county}`;
    if (!byCode.has(code)) byCode.set(code, { code, name, level: 'county', county });
    // "Stockholms län", "Region Stockholm", "Stockholm county"; "Jönköpings län" is the county, "Jönköping"
    // the municipality.
    byName.set(key(name), code);
    const stem = key(name).replace(/ län$/, '');
    byName.set(`region ${stem.replace(/s$/, '')}`, code);
    byName.set(`region ${stem}`, code);
    byName.set(`region ${key(name)}`, code);
    // "Skåne", "Västra Götaland": a county by its bare name, unless a municipality has it (Gotland, Kalmar).
    const bare = stem.replace(/s$/, '');
    if (!byName.has(bare)) byName.set(bare, code);
  }
  byName.set('region jönköpings län', '0006');
  byName.set('västra götalandsregionen', '0014');
  for (const name of [
    'riket',
    'sverige',
    'hela riket',
    'sweden',
    'hela landet',
    'alla kommuner',
    'riket totalt',
  ])
    byName.set(name, RIKET);
}

/** The area a code denotes, anywhere in Sweden; undefined for a code no Swedish area has. */
export function swedishArea(code: string): Area | undefined {
  if (!byCode) build();
  return byCode!.get(code);
}

/**
 * The code of an area given by name ("Jönköping", "Jönköpings kommun", "Jönköpings län", "Region Jönköpings
 * län", "Riket"); undefined when no Swedish area has that name.
 */
export function codeOfAreaName(name: string): string | undefined {
  if (!byName) build();
  const k = key(name);
  const direct = byName!.get(k);
  if (direct) return direct;
  // "Jönköpings kommun", "Falu kommun", "Göteborgs stad", "Borås Stad" → "Jönköping", "Falun", "Göteborg".
  const municipality = k.replace(/ (kommuns?|stad)$/, '');
  if (municipality !== k) {
    for (const candidate of [municipality, municipality.replace(/s$/, ''), `${municipality}n`]) {
      const code = byName!.get(candidate);
      if (code && code.slice(0, 2) !== '00') return code;
    }
  }
  return undefined;
}

/** The municipality codes of a county (`06` or `0006`), or of all Sweden (`all`), in code order. */
export function municipalitiesOf(county: string): string[] {
  if (!byCode) build();
  const cc = county === 'all' ? undefined : county.slice(-2);
  return [...byCode!.values()]
    .filter((a) => a.level === 'municipality' && (cc === undefined || a.county === cc))
    .map((a) => a.code)
    .sort();
}
