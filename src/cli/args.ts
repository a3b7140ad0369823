import { DIMENSIONS, FOCUS_AREAS, POLARITIES, UNITS } from '../core/schema/dataset.js';
import type { Dimension, FocusArea, Polarity, Unit } from '../core/schema/dataset.js';
import { normalisePeriod } from '../core/adapters/table.js';

/**
 * The command line of `bpl-data`: a command, its inputs and its options. Wrong usage is a `UsageError`
 * (exit code 2), said in Swedish.
 */

export type Command = 'convert' | 'kolada' | 'pxweb';

/** What the options fill in on the indicators (sources seldom say their polarity, or a goal). */
export interface Fill {
  title?: string;
  unit?: Unit;
  polarity?: Polarity;
  goal?: number;
  baseline?: string;
  focusArea?: FocusArea;
  dimensions?: Dimension[];
}

export interface Args {
  command?: Command;
  help: boolean;
  version: boolean;
  check: boolean;
  output?: string;
  /** Files or addresses (convert), KPI ids (kolada), the table's address (pxweb). */
  inputs: string[];
  fill: Fill;
  /** The indicators `fill` applies to; every indicator when empty. */
  indicators: string[];
  /** The area of every row of a table without an area column. */
  area?: string;
  sheet?: string;
  format?: 'csv' | 'json' | 'kolada' | 'pxweb';
  county?: string;
  areas?: string[];
  years?: number[];
  api?: string;
  query?: string;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

const COMMANDS: readonly Command[] = ['convert', 'kolada', 'pxweb'];

/** Options that take a value, and the commands they belong to (undefined: every command). */
const VALUED: Record<string, readonly Command[] | undefined> = {
  output: undefined,
  title: undefined,
  unit: undefined,
  polarity: undefined,
  goal: undefined,
  baseline: undefined,
  'focus-area': undefined,
  dimensions: undefined,
  indicator: undefined,
  area: ['convert', 'pxweb'],
  sheet: ['convert'],
  format: ['convert'],
  county: ['kolada'],
  areas: ['kolada'],
  years: ['kolada'],
  api: ['kolada'],
  query: ['pxweb'],
};
const FLAGS = new Set(['check', 'help', 'version']);
const SHORT: Record<string, string> = { o: 'output', h: 'help', V: 'version' };

const list = (value: string) =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  const found = allowed.find((a) => a === value);
  if (!found) throw new UsageError(`--${option} kan vara ${allowed.join(', ')}, inte "${value}".`);
  return found;
}

/** `2015-2024`, `2019,2021,2023` or `2023`. */
export function parseYears(value: string): number[] {
  const years: number[] = [];
  for (const part of list(value)) {
    const range = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(part);
    if (range) {
      const from = Number(range[1]);
      const to = Number(range[2]);
      if (to < from || to - from > 100)
        throw new UsageError(`--years: "${part}" är inget intervall av år (skriv till exempel 2015-2024).`);
      for (let y = from; y <= to; y++) years.push(y);
    } else if (/^\d{4}$/.test(part)) years.push(Number(part));
    else
      throw new UsageError(`--years: "${part}" är inget år (skriv till exempel 2015-2024 eller 2022,2023).`);
  }
  if (years.length === 0) throw new UsageError('--years behöver minst ett år.');
  return [...new Set(years)].sort((a, b) => a - b);
}

/** An area code as the contract writes it: four digits (`0680`, `0006`, `0000`); `06` is a county. */
export function areaCode(option: string, value: string): string {
  const s = value.trim();
  if (/^\d{4}$/.test(s)) return s;
  if (/^\d{2}$/.test(s)) return `00${s}`;
  throw new UsageError(
    `--${option}: "${value}" är ingen områdeskod (fyra siffror, till exempel 0680 för en kommun, 0006 för ett län, 0000 för riket).`,
  );
}

export function parseArgs(argv: readonly string[]): Args {
  const args: Args = { help: false, version: false, check: false, inputs: [], fill: {}, indicators: [] };
  const values = new Map<string, string[]>();
  let onlyInputs = false;
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (onlyInputs || token === '-' || !token.startsWith('-')) {
      if (!args.command && !onlyInputs) {
        if (!COMMANDS.includes(token as Command))
          throw new UsageError(`Okänt kommando "${token}". Kommandona är ${COMMANDS.join(', ')}.`);
        args.command = token as Command;
      } else args.inputs.push(token);
      continue;
    }
    if (token === '--') {
      onlyInputs = true;
      continue;
    }
    let name: string;
    let inline: string | undefined;
    if (token.startsWith('--')) {
      const eq = token.indexOf('=');
      name = eq > 0 ? token.slice(2, eq) : token.slice(2);
      inline = eq > 0 ? token.slice(eq + 1) : undefined;
    } else {
      const short = SHORT[token.slice(1, 2)];
      if (!short || (token.length > 2 && short !== 'output')) throw new UsageError(`Okänd flagga ${token}.`);
      name = short;
      inline = token.length > 2 ? token.slice(2).replace(/^=/, '') : undefined;
    }
    if (FLAGS.has(name)) {
      if (inline !== undefined) throw new UsageError(`--${name} tar inget värde.`);
      if (name === 'check') args.check = true;
      if (name === 'help') args.help = true;
      if (name === 'version') args.version = true;
      continue;
    }
    if (!(name in VALUED)) throw new UsageError(`Okänd flagga --${name}.`);
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--')))
      throw new UsageError(`--${name} behöver ett värde.`);
    const seen = values.get(name) ?? [];
    values.set(name, [...seen, value]);
  }
  if (args.help || args.version) return args;
  if (!args.command) throw new UsageError(`Ange ett kommando: ${COMMANDS.join(', ')}.`);
  const command = args.command;

  for (const [name, given] of values) {
    const only = VALUED[name];
    if (only && !only.includes(command))
      throw new UsageError(
        `--${name} hör till ${only.map((c) => `bpl-data ${c}`).join(' och ')}, inte ${command}.`,
      );
    if (given.length > 1 && name !== 'indicator' && name !== 'areas')
      throw new UsageError(`--${name} är angiven ${given.length} gånger.`);
  }
  const one = (name: string) => values.get(name)?.[0];
  const fill = args.fill;

  args.output = one('output');
  const title = one('title');
  if (title !== undefined) {
    if (title.trim() === '') throw new UsageError('--title får inte vara tom.');
    fill.title = title.trim();
  }
  const unit = one('unit');
  if (unit !== undefined) fill.unit = oneOf('unit', unit, UNITS);
  const polarity = one('polarity');
  if (polarity !== undefined) fill.polarity = oneOf('polarity', polarity, POLARITIES);
  const focus = one('focus-area');
  if (focus !== undefined) fill.focusArea = oneOf('focus-area', focus, FOCUS_AREAS);
  const dimensions = one('dimensions');
  if (dimensions !== undefined)
    fill.dimensions = [...new Set(list(dimensions).map((d) => oneOf('dimensions', d, DIMENSIONS)))];
  const goal = one('goal');
  const baseline = one('baseline');
  if (goal !== undefined) {
    const n = Number(goal.replace(',', '.'));
    if (!Number.isFinite(n) || n <= 0 || n > 100)
      throw new UsageError(
        `--goal är förändringen i procentenheter per år i rätt riktning, ett tal över 0 och högst 100 (till exempel 2), inte "${goal}".`,
      );
    if (baseline === undefined)
      throw new UsageError('--goal behöver --baseline: perioden som målet räknas från (till exempel 2019).');
    fill.goal = n;
  }
  if (baseline !== undefined) {
    if (goal === undefined)
      throw new UsageError(
        '--baseline hör till --goal: ange också målet i procentenheter per år (till exempel --goal 2).',
      );
    const period = normalisePeriod(baseline);
    if (!period)
      throw new UsageError(
        `--baseline: "${baseline}" är ingen period (skriv till exempel 2019 eller 2019/20).`,
      );
    fill.baseline = period;
  }
  args.indicators = (values.get('indicator') ?? []).flatMap(list);
  const area = one('area');
  if (area !== undefined) args.area = areaCode('area', area);
  args.sheet = one('sheet');
  const format = one('format');
  if (format !== undefined)
    args.format = oneOf('format', format, ['csv', 'json', 'kolada', 'pxweb'] as const);
  const county = one('county');
  if (county !== undefined) {
    if (!/^(00)?\d{2}$/.test(county.trim()))
      throw new UsageError(
        `--county: "${county}" är ingen länskod (två siffror, till exempel 06 för Jönköpings län).`,
      );
    args.county = county.trim().slice(-2);
  }
  const areas = values.get('areas');
  if (areas) args.areas = areas.flatMap(list).map((a) => areaCode('areas', a));
  const years = one('years');
  if (years !== undefined) args.years = parseYears(years);
  const api = one('api');
  if (api !== undefined) {
    if (!/^https?:\/\//.test(api))
      throw new UsageError(`--api ska vara en adress som börjar med https://, inte "${api}".`);
    args.api = api;
  }
  args.query = one('query');

  if (args.inputs.length === 0)
    throw new UsageError(
      command === 'convert'
        ? 'Ange minst en fil eller adress att göra om.'
        : command === 'kolada'
          ? 'Ange minst ett nyckeltal (till exempel N21704).'
          : 'Ange tabellens adress.',
    );
  if (command === 'kolada') {
    for (const kpi of args.inputs)
      if (!/^[A-Z]\d{5}$/.test(kpi))
        throw new UsageError(
          `"${kpi}" är inget Kolada-nyckeltal (en bokstav och fem siffror, till exempel N21704).`,
        );
    if (!args.county && !args.areas)
      throw new UsageError(
        'Ange vilka områden: --county 06 (länets kommuner, länet och riket) eller --areas 0680,0683.',
      );
  }
  if (command === 'pxweb' && args.inputs.length > 1)
    throw new UsageError('bpl-data pxweb läser en tabell i taget; gör om flera med bpl-data convert.');
  if (command === 'pxweb' && !/^https?:\/\//.test(args.inputs[0]!))
    throw new UsageError(`"${args.inputs[0]}" är ingen adress (den ska börja med https://).`);
  if (!args.check && args.output === undefined)
    throw new UsageError(
      'Ange var datafilen ska skrivas med -o data.json (eller --check för att bara kontrollera).',
    );
  return args;
}

export const HELP = `bpl-data – gör om statistik till datafiler för Bästa platsen-komponenterna
(converts statistics into data files for the @bastaplatsen/viz components)

Användning:
  bpl-data convert <fil|adress>... -o data.json
      Gör om CSV (även Excels semikolon-CSV och PxWebs CSV), Excel (.xlsx), PxWeb-JSON/JSON-stat,
      ett sparat Kolada-svar eller en datafil. Flera filer blir en datafil.
      (convert files or URLs; several inputs are merged into one dataset)
  bpl-data kolada <nyckeltal>... (--county 06 | --areas 0680,0683) [--years 2015-2024] -o data.json
      Hämtar nyckeltal från Koladas API (v3). --county 06 ger länets kommuner, länet och riket.
      (fetch KPIs from Kolada's API v3)
  bpl-data pxweb <tabellens adress> [--query fråga.json] -o data.json
      Hämtar en tabell från PxWeb (SCB:s PxWebApi 2 eller API v1).
      (fetch a table from PxWeb, PxWebApi 2 or API v1)

Flaggor för alla kommandon:
  -o, --output <fil>      var datafilen skrivs (- skriver till standard ut)
  --check                 kontrollera bara: visa vad som kändes igen och alla fel, skriv ingenting
  --title <text>          datafilens titel (och indikatorns, när det finns en eller --indicator anges)
  --unit <enhet>          percent, per-1000, count, score eller value
  --polarity <riktning>   higher-is-better eller lower-is-better
  --goal <procentenheter> mål: förändring per år i rätt riktning (kräver --baseline, enheten percent
                          och en riktning)
  --baseline <period>     perioden målet räknas från, till exempel 2019
  --focus-area <område>   completed-studies, mental-health, physical-activity eller other
  --dimensions <lista>    safe,healthy,achieving,nurtured,active,respected,responsible,included
  --indicator <id>        ovanstående gäller bara denna indikator (kan anges flera gånger)
  -h, --help              visa denna hjälp
  -V, --version           visa versionen

convert:
  --area <kod>            området för varje rad i en tabell utan områdeskolumn (till exempel 0000)
  --sheet <namn>          bladet i en Excel-fil (annars det första)
  --format <format>       csv, json, kolada eller pxweb, när filen inte känns igen själv
kolada:
  --county <län>          länskod, till exempel 06
  --areas <koder>         områdeskoder, till exempel 0680,0683,0006,0000
  --years <år>            till exempel 2015-2024 eller 2022,2023
  --api <adress>          Koladas API eller en proxy (standard https://api.kolada.se/v3)
pxweb:
  --query <fil>           egen fråga (API v1: {"query":[…]}; PxWebApi 2: {"selection":[…]})
  --area <kod>            som för convert

Slutkoder: 0 klart, 1 fel i data, 2 fel användning, 3 nätverks- eller HTTP-fel.
`;
