// The readers register themselves with the loader (CSV detection among them): imported for that effect.
import '../core/adapters/index.js';
import { municipalitiesOf } from '../core/adapters/area-names.js';
import { convertBytes, isZip } from '../core/adapters/convert.js';
import { readXlsx } from '../core/adapters/xlsx.js';
import {
  KOLADA_API,
  fromKolada,
  isKoladaPage,
  koladaDataUrl,
  koladaKpiIds,
  koladaKpiUrl,
  koladaNextPage,
} from '../core/adapters/kolada.js';
import type { KoladaPage } from '../core/adapters/kolada.js';
import { fromPxWeb } from '../core/adapters/pxweb.js';
import { saidIssue, slug, say } from '../core/adapters/table.js';
import type { Converted, Said } from '../core/adapters/table.js';
import type { DataIssue } from '../core/errors.js';
import { decodeBytes } from '../core/loader/decode.js';
import type { ReadExtras } from '../core/loader/read.js';
import type { DatasetInput } from '../core/schema/dataset.js';
import { validateDataset } from '../core/schema/validate.js';
import { VERSION } from '../core/version.js';
import { HELP, UsageError, parseArgs } from './args.js';
import type { Args } from './args.js';
import { FetchError, fetchBytes, fetchJson, progress, technical } from './fetch.js';
import type { FetchLike, Progress } from './fetch.js';
import { SCHEMA_URL } from '../core/adapters/report-words.js';
import { countIndicators, countValues, issueLines, recognitionLines } from './report.js';

/**
 * `bpl-data`: statistics (CSV, Excel, PxWeb, Kolada) to the contract's dataset, without a browser, for the
 * analysts' yearly update. `run` takes its input and output as arguments, so tests give it theirs; bin.ts
 * gives it Node's. Exit codes: 0 done, 1 the data has problems, 2 wrong usage, 3 a fetch failed.
 */

export interface Io {
  fetch: FetchLike;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, text: string): Promise<void>;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** True when stderr is a terminal: progress is then one line, rewritten. */
  isTTY: boolean;
}

type IndicatorInput = DatasetInput['indicators'][number];

/** One input as read: its name (file or address) and what the readers made of it. */
interface Source {
  name: string;
  converted: Converted;
  /** Said after the problems: what to do about them (choose another sheet). */
  hint?: string;
}

const isUrl = (s: string) => /^https?:\/\//i.test(s);

const KOLADA_HINT =
  'Om datorn inte når Koladas API (brandvägg, proxy) kan --api peka på en proxy, till exempel --api https://proxy.exempel.se/kolada/v3.';
const PXWEB_HINT =
  'Ange tabellens API-adress, till exempel https://statistikdatabasen.scb.se/api/v2/tables/TAB6471 (PxWebApi 2) eller https://api.scb.se/OV0104/v1/doris/sv/ssd/START/BE/BE0101/BE0101A/BefolkningNy (API v1), inte webbsidans adress.';

/** Kolada pages followed at most. */
const MAX_PAGES = 500;

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const err = (line = '') => io.stderr.write(`${line}\n`);
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err(`bpl-data: ${error.message}`);
    err('Skriv bpl-data --help för hjälp.');
    return 2;
  }
  if (args.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (args.version) {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const p = progress(io.stderr, io.isTTY);
  try {
    const sources =
      args.command === 'kolada'
        ? [await koladaSource(args, io, p)]
        : args.command === 'pxweb'
          ? [await pxwebSource(args, io, p)]
          : await convertSources(args, io, p);
    p.done();
    return await finish(sources, args, io);
  } catch (error) {
    p.done();
    if (error instanceof FetchError) {
      err(`bpl-data: ${error.message}`);
      if (error.hint) err(error.hint);
      return 3;
    }
    if (error instanceof UsageError) {
      err(`bpl-data: ${error.message}`);
      return 2;
    }
    err(`bpl-data: oväntat fel: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  }
}

// ---------------------------------------------------------------------------------------------------------
// convert

async function readInput(name: string, io: Io): Promise<Uint8Array> {
  try {
    return await io.readFile(name);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new UsageError(
      code === 'ENOENT'
        ? `Filen ${name} finns inte.`
        : code === 'EISDIR'
          ? `${name} är en mapp, inte en fil.`
          : `Filen ${name} kunde inte läsas. ${technical(error)}`,
    );
  }
}

/** A page's `next_url` to fetch: relative ones resolved, and Kolada's own address kept behind a proxy. */
function nextAddress(next: string, current: string, api: string | undefined): string {
  const absolute = new URL(next, current).toString();
  const kolada = KOLADA_API.replace(/\/+$/, '');
  return api && absolute.startsWith(kolada)
    ? api.replace(/\/+$/, '') + absolute.slice(kolada.length)
    : absolute;
}

/** Kolada's pages from the first one on, by `next_url`. */
async function koladaPages(
  first: KoladaPage,
  firstUrl: string,
  io: Io,
  p: Progress,
  api: string | undefined,
): Promise<KoladaPage[]> {
  const pages = [first];
  let url = firstUrl;
  let next = koladaNextPage(first);
  while (next) {
    if (pages.length >= MAX_PAGES)
      throw new FetchError(`Kolada-svaret har fler än ${MAX_PAGES} sidor; välj färre områden eller år.`, url);
    url = nextAddress(next, url, api);
    p.say(`Hämtar sida ${pages.length + 1} av Kolada-svaret …`);
    const page = await fetchJson(io.fetch, url, { hint: KOLADA_HINT });
    if (!isKoladaPage(page))
      throw new FetchError(`Svaret från ${url} är inget Kolada-svar (fältet values saknas).`, url, {
        hint: KOLADA_HINT,
      });
    pages.push(page);
    next = koladaNextPage(page);
  }
  return pages;
}

async function koladaMetadata(pages: KoladaPage[], io: Io, p: Progress, api: string | undefined) {
  const kpis = koladaKpiIds(pages);
  if (kpis.length === 0) return undefined;
  p.say(`Hämtar beskrivningen av ${kpis.join(', ')} från Kolada …`);
  return fetchJson(io.fetch, koladaKpiUrl(kpis, api), { hint: KOLADA_HINT });
}

async function convertSources(args: Args, io: Io, p: Progress): Promise<Source[]> {
  const sources: Source[] = [];
  for (const name of args.inputs) {
    let bytes: Uint8Array;
    const extras: ReadExtras = {};
    const notes: Said[] = [];
    if (isUrl(name)) {
      p.say(`Hämtar ${name} …`);
      bytes = await fetchBytes(io.fetch, name);
      // An address of Kolada's data: its further pages and the KPIs' description, as the components fetch them.
      const json = jsonOf(bytes);
      if (isKoladaPage(json)) {
        const api = /^(.*)\/data\//.exec(new URL(name).origin + new URL(name).pathname)?.[1];
        const pages = await koladaPages(json, name, io, p, undefined);
        extras.pages = pages.slice(1);
        extras.metadata = await koladaMetadata(pages, io, p, api);
      }
      p.done();
    } else bytes = await readInput(name, io);
    // A workbook's sheets: a sheet named that is not there is wrong usage; a first sheet that is no table
    // (an explanation) gets a hint to choose another.
    const sheets = isZip(bytes)
      ? await readXlsx(bytes).then(
          (b) => b.sheets,
          () => [],
        )
      : [];
    const sheet = args.sheet?.toLowerCase();
    if (sheet && sheets.length && !sheets.some((s) => s.toLowerCase() === sheet))
      throw new UsageError(
        `--sheet: arbetsboken ${name} har inget blad som heter "${args.sheet}". Bladen är: ${sheets.join(', ')}.`,
      );
    const converted = await convertBytes(bytes, {
      ...(args.sheet ? { sheet: args.sheet } : {}),
      ...(args.format ? { format: args.format } : {}),
      ...(args.area ? { area: args.area } : {}),
      extras,
    });
    if (args.sheet && !isZip(bytes))
      notes.push(
        say('--sheet används bara för Excel-filer (.xlsx).', '--sheet is only for Excel files (.xlsx).'),
      );
    areaNote(converted, args.area);
    idsFromTitles(converted);
    if (converted.recognition.untitled && !args.fill.title)
      notes.push(
        say(
          'Tabellen säger inte vad som mäts (ingen titel och ingen namngiven värdekolumn): indikatorn heter "indikator". Ange titeln med --title "…".',
          'The table does not say what is measured (no title, no named value column): the indicator is called "indikator". Give the title with --title "…".',
        ),
      );
    converted.recognition.notes.push(...notes);
    const quote = (s: string) => (/[\s"']/.test(s) ? `"${s}"` : s);
    const hint =
      !args.sheet && sheets.length > 1 && converted.issues.length
        ? `Första bladet, "${sheets[0]}", är kanske inte tabellen: arbetsboken har också ${sheets.slice(1).join(', ')}. Välj bladet med --sheet <namn>, till exempel --sheet ${quote(sheets[1]!)}.`
        : undefined;
    sources.push({ name, converted, hint });
  }
  return sources;
}

/**
 * A table without an indicator column gets the reader's fallback id `indikator` even when its value column
 * names it ("Antal elever"), so two such files could never be merged: the id is then made from the title,
 * as the reader does for a table with an indicator column.
 */
function idsFromTitles(converted: Converted): void {
  const indicators = converted.dataset?.indicators;
  if (!indicators || converted.recognition.format === 'contract' || converted.recognition.format === 'kolada')
    return;
  const ids = new Set(indicators.map((i) => String(i.id)));
  for (const indicator of indicators) {
    const id = String(indicator.id);
    if (!/^indikator(-\d+)?$/.test(id) || typeof indicator.title !== 'string') continue;
    const fromTitle = slug(indicator.title);
    if (fromTitle === 'indikator' || /^indikator-\d+$/.test(fromTitle) || ids.has(fromTitle)) continue;
    ids.delete(id);
    ids.add(fromTitle);
    indicator.id = fromTitle;
    converted.recognition.notes.push(
      say(
        `Indikatorns id är ${fromTitle}, från dess titel "${indicator.title}".`,
        `The indicator's id is ${fromTitle}, from its title "${indicator.title}".`,
      ),
    );
  }
}

function jsonOf(bytes: Uint8Array): unknown {
  if (isZip(bytes)) return undefined;
  const text = decodeBytes(bytes).text.trim();
  if (!/^[[{]/.test(text)) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * What `--area` did: the readers add the area to a table without an area column (a national table); one
 * that has its own areas keeps them, and the report says so.
 */
function areaNote(converted: Converted, area: string | undefined): void {
  if (!area) return;
  const r = converted.recognition;
  const columns = r.columns.filter((c) => c.role === 'area');
  const added = columns.find((c) => c.name === `(${area})`);
  const own = columns.find((c) => c !== added);
  r.notes.push(
    own || r.format === 'kolada' || r.format === 'contract'
      ? say(
          `--area ${area} användes inte: ${own ? `kolumnen ${own.name} anger området` : 'filen anger själv sina områden'}.`,
          `--area ${area} was not used: ${own ? `the column ${own.name} gives the area` : 'the file gives its own areas'}.`,
        )
      : say(
          `Tabellen har ingen kolumn för område: alla värden gäller ${area} (--area).`,
          `The table has no area column: every value is for ${area} (--area).`,
        ),
  );
}

// ---------------------------------------------------------------------------------------------------------
// kolada

async function koladaSource(args: Args, io: Io, p: Progress): Promise<Source> {
  const areas = [
    ...new Set([
      ...(args.county ? [...municipalitiesOf(args.county), `00${args.county}`, '0000'] : []),
      ...(args.areas ?? []),
    ]),
  ];
  if (areas.length === 0)
    throw new UsageError(`Länet ${args.county ?? ''} har inga kommuner (länskoder är 01–25).`);
  const url = koladaDataUrl({
    kpis: args.inputs,
    areas,
    ...(args.years ? { years: args.years } : {}),
    api: args.api,
  });
  p.say('Hämtar sida 1 av Kolada-svaret …');
  const first = await fetchJson(io.fetch, url, { hint: KOLADA_HINT });
  if (!isKoladaPage(first))
    throw new FetchError(`Svaret från ${url} är inget Kolada-svar (fältet values saknas).`, url, {
      hint: KOLADA_HINT,
    });
  const pages = await koladaPages(first, url, io, p, args.api);
  p.say(`Hämtar beskrivningen av ${args.inputs.join(', ')} från Kolada …`);
  const metadata = await fetchJson(io.fetch, koladaKpiUrl(args.inputs, args.api ?? KOLADA_API), {
    hint: KOLADA_HINT,
  });
  p.done();
  const converted = fromKolada(pages, { metadata });
  converted.recognition.notes.unshift(
    say(
      `${pages.length} ${pages.length === 1 ? 'sida' : 'sidor'} från ${url}`,
      `${pages.length} ${pages.length === 1 ? 'page' : 'pages'} from ${url}`,
    ),
  );
  const missing = args.inputs.filter((k) => !koladaKpiIds(pages).includes(k));
  if (missing.length)
    converted.issues.push(
      saidIssue(
        [],
        say(
          `Kolada gav inga värden för ${missing.join(', ')} i de valda områdena${args.years ? ' och åren' : ''}.`,
          `Kolada gave no values for ${missing.join(', ')} in the chosen areas${args.years ? ' and years' : ''}.`,
        ),
      ),
    );
  return { name: url, converted };
}

// ---------------------------------------------------------------------------------------------------------
// pxweb

async function readQuery(path: string, io: Io): Promise<Record<string, unknown>> {
  const bytes = await readInput(path, io);
  try {
    const value = JSON.parse(decodeBytes(bytes).text.trim()) as unknown;
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // said below
  }
  throw new UsageError(
    `--query: ${path} är ingen JSON-fråga (ett objekt som {"query": […]} eller {"selection": […]}).`,
  );
}

/** API v1's query for every value of every variable of a table. */
function everything(metadata: { variables: unknown[] }): Record<string, unknown> {
  return {
    query: metadata.variables
      .filter((v): v is { code: string; values: string[] } => {
        const o = v as { code?: unknown; values?: unknown };
        return typeof o.code === 'string' && Array.isArray(o.values);
      })
      .map((v) => ({ code: v.code, selection: { filter: 'item', values: v.values } })),
    response: { format: 'json-stat2' },
  };
}

async function pxwebSource(args: Args, io: Io, p: Progress): Promise<Source> {
  const url = args.inputs[0]!;
  const query = args.query ? await readQuery(args.query, io) : undefined;
  const notes: Said[] = [];
  const v2 = /\/api\/v2\/tables\/([^/?#]+)/i.exec(url);
  let value: unknown;
  let metadata: unknown;
  let name: string;
  if (v2) {
    const base = url.slice(0, v2.index + v2[0].length);
    const lang = new URL(url).searchParams.get('lang') ?? 'sv';
    const dataUrl = `${base}/data?lang=${encodeURIComponent(lang)}&outputFormat=json-stat2`;
    p.say('Hämtar tabellens metadata …');
    metadata = await fetchJson(
      io.fetch,
      `${base}/metadata?lang=${encodeURIComponent(lang)}&outputFormat=json-stat2`,
      {
        hint: PXWEB_HINT,
      },
    );
    p.say('Hämtar tabellens data …');
    value = await fetchJson(
      io.fetch,
      dataUrl,
      query ? { method: 'POST', body: query } : { hint: PXWEB_HINT },
    );
    if (!query)
      notes.push(
        say(
          'PxWebApi 2 gav tabellens standardurval; välj egna värden med --query fråga.json ({"selection": […]}).',
          'PxWebApi 2 gave the table’s default selection; choose your own values with --query query.json ({"selection": […]}).',
        ),
      );
    name = dataUrl;
  } else {
    p.say('Hämtar tabellens metadata …');
    metadata = await fetchJson(io.fetch, url, { hint: PXWEB_HINT });
    const variables = (metadata as { variables?: unknown } | null)?.variables;
    if (!Array.isArray(variables))
      throw new FetchError(`Svaret från ${url} är ingen PxWeb-tabell (fältet variables saknas).`, url, {
        hint: PXWEB_HINT,
      });
    let body: Record<string, unknown>;
    if (query) {
      if (!Array.isArray(query.query))
        throw new UsageError(`--query: ${args.query} saknar fältet query (API v1: {"query": […]}).`);
      body = { ...query, response: { format: 'json-stat2' } };
    } else body = everything({ variables });
    p.say('Hämtar tabellens data …');
    value = await fetchJson(io.fetch, url, {
      method: 'POST',
      body,
      hint: query
        ? undefined
        : 'Frågan gäller alla värden i tabellen; blir den för stor, välj färre med --query fråga.json.',
    });
    name = url;
  }
  p.done();
  let converted: Converted = fromPxWeb(value, metadata, args.area ? { area: args.area } : {}) ?? {
    issues: [
      saidIssue(
        [],
        say(
          'svaret är varken JSON-stat eller PxWebs JSON',
          'the answer is neither JSON-stat nor PxWeb’s JSON',
        ),
      ),
    ],
    recognition: { format: 'jsonstat', columns: [], markers: [], notes: [], indicators: 0, observations: 0 },
  };
  if (converted.dataset) {
    const checked = validateDataset(converted.dataset);
    if (!checked.ok) converted = { issues: checked.issues, recognition: converted.recognition };
  }
  areaNote(converted, args.area);
  converted.recognition.notes.push(...notes);
  return { name, converted };
}

// ---------------------------------------------------------------------------------------------------------
// Merging, the options, writing

/** The inputs as one dataset: indicators after each other, areas by code, meta from the first. */
function merge(sources: Source[]): { dataset: DatasetInput; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const read = sources.filter((s) => s.converted.dataset);
  const first = read[0]!.converted.dataset!;
  const from = new Map<string, string>();
  const indicators: IndicatorInput[] = [];
  const areas = new Map<string, NonNullable<DatasetInput['areas']>[number]>();
  const notes: NonNullable<DatasetInput['meta']['notes']> = [];
  for (const { name, converted } of read) {
    const dataset = converted.dataset!;
    for (const indicator of dataset.indicators) {
      const id = String(indicator.id);
      const before = from.get(id);
      if (before !== undefined) {
        issues.push(
          saidIssue(
            [],
            say(
              `indikatorn "${id}" finns både i ${before} och i ${name}; varje indikator får bara finnas en gång. Ta bort den ur en av filerna, eller ge den ett annat id.`,
              `the indicator "${id}" is in both ${before} and ${name}; each indicator may appear only once.`,
            ),
          ),
        );
        continue;
      }
      from.set(id, name);
      indicators.push(indicator);
    }
    for (const area of dataset.areas ?? []) if (!areas.has(area.code)) areas.set(area.code, area);
    for (const note of dataset.meta.notes ?? [])
      if (!notes.some((n) => JSON.stringify(n) === JSON.stringify(note))) notes.push(note);
  }
  const dataset: DatasetInput = {
    ...first,
    meta: { ...first.meta, ...(notes.length ? { notes } : {}) },
    ...(areas.size ? { areas: [...areas.values()].sort((a, b) => a.code.localeCompare(b.code)) } : {}),
    indicators,
  };
  return { dataset, issues };
}

/** The options that fill what the sources lack; what was done, as lines for the report. */
function applyFill(dataset: DatasetInput, args: Args): { done: string[]; issues: DataIssue[] } {
  const fill = args.fill;
  const done: string[] = [];
  const issues: DataIssue[] = [];
  const ids = dataset.indicators.map((i) => String(i.id));
  const unknown = args.indicators.filter((id) => !ids.includes(id));
  // Naming an indicator the data does not have is wrong usage (exit 2), as a sheet that is not there is.
  if (unknown.length)
    throw new UsageError(
      `--indicator: ${unknown.map((u) => `"${u}"`).join(', ')} finns inte i data. Data har: ${ids.join(', ')}.`,
    );
  const targeted = args.indicators.length > 0;
  const targets = dataset.indicators.filter((i) => !targeted || args.indicators.includes(String(i.id)));
  if (fill.title && !targeted) {
    dataset.meta.title = fill.title;
    done.push(`datafilens titel: ${fill.title}`);
  }
  for (const indicator of targets) {
    const set: string[] = [];
    if (fill.title && (targeted || dataset.indicators.length === 1)) {
      indicator.title = fill.title;
      set.push(`titel "${fill.title}"`);
    }
    if (fill.unit) {
      indicator.unit = fill.unit;
      set.push(`enhet ${fill.unit}`);
    }
    if (fill.polarity) {
      indicator.polarity = fill.polarity;
      set.push(`riktning ${fill.polarity}`);
    }
    if (fill.focusArea) {
      indicator.focusArea = fill.focusArea;
      set.push(`fokusområde ${fill.focusArea}`);
    }
    if (fill.dimensions) {
      indicator.dimensions = fill.dimensions;
      set.push(`dimensioner ${fill.dimensions.join(', ')}`);
    }
    if (fill.goal !== undefined && fill.baseline !== undefined) {
      if (indicator.unit !== 'percent' || !indicator.polarity)
        throw new UsageError(
          `--goal: ett mål i procentenheter per år går bara att sätta för en andel i procent med en riktning, och indikatorn "${indicator.id}" har ${[
            indicator.unit !== 'percent' ? `enheten ${indicator.unit}` : '',
            !indicator.polarity ? 'ingen riktning' : '',
          ]
            .filter(Boolean)
            .join(' och ')}. Ange ${[
            indicator.unit !== 'percent' ? '--unit percent' : '',
            !indicator.polarity ? '--polarity higher-is-better eller lower-is-better' : '',
          ]
            .filter(Boolean)
            .join(
              ' och ',
            )} om det stämmer för indikatorn${dataset.indicators.length > 1 && !targeted ? ', eller välj indikatorn med --indicator' : ''}.`,
        );
      const periods = [...new Set(indicator.data.map((o) => o.period))].sort();
      if (!periods.includes(fill.baseline))
        issues.push(
          saidIssue(
            [],
            say(
              `--baseline: indikatorn "${indicator.id}" har inga värden för ${fill.baseline}, som målet ska räknas från. Perioder med värden: ${periods.join(', ')}.`,
              `--baseline: the indicator "${indicator.id}" has no values for ${fill.baseline}. Periods with values: ${periods.join(', ')}.`,
            ),
          ),
        );
      indicator.target = { baseline: fill.baseline, annualChange: fill.goal };
      set.push(`mål ${String(fill.goal).replace('.', ',')} procentenheter per år från ${fill.baseline}`);
    }
    if (set.length) done.push(`${indicator.id}: ${set.join(', ')}`);
  }
  return { done, issues };
}

async function finish(sources: Source[], args: Args, io: Io): Promise<number> {
  const err = (line = '') => io.stderr.write(`${line}\n`);
  let failed = false;
  for (const { name, converted, hint } of sources) {
    err(`Läste ${name}`);
    for (const line of recognitionLines(converted.recognition)) err(line);
    if (converted.issues.length) {
      failed = true;
      err(`  Fel (${converted.issues.length}):`);
      for (const line of issueLines(converted.issues)) err(`    ${line}`);
      if (hint) err(`  ${hint}`);
    }
    err();
  }
  if (failed) {
    err('Datafilen skrevs inte: rätta felen ovan och kör igen.');
    return 1;
  }
  const { dataset, issues } = merge(sources);
  const filled = applyFill(dataset, args);
  issues.push(...filled.issues);
  if (filled.done.length) {
    err('Ifyllt från flaggorna:');
    for (const line of filled.done) err(`  ${line}`);
  }
  if (dataset.indicators.length === 0)
    issues.push(saidIssue([], say('data har inga indikatorer', 'the data has no indicators')));
  const output: DatasetInput = {
    $schema: SCHEMA_URL,
    ...dataset,
  };
  if (!issues.length) {
    const checked = validateDataset(output);
    if (!checked.ok) issues.push(...checked.issues);
  }
  if (issues.length) {
    err(`Fel i datafilen (${issues.length}):`);
    for (const line of issueLines(issues)) err(`  ${line}`);
    err('Datafilen skrevs inte.');
    return 1;
  }
  const observations = dataset.indicators.reduce((n, i) => n + i.data.length, 0);
  const summary = `${countIndicators(dataset.indicators.length)}, ${countValues(observations)}${
    dataset.areas?.length
      ? `, ${dataset.areas.length} ${dataset.areas.length === 1 ? 'område' : 'områden'} utöver de inbyggda`
      : ''
  }`;
  if (args.check) {
    err(`Kontrollen är klar: ${summary}. Inget skrevs (--check).`);
    return 0;
  }
  const text = `${JSON.stringify(output, null, 2)}\n`;
  if (args.output === '-') {
    io.stdout.write(text);
    err(`Skrev datafilen till standard ut: ${summary}.`);
    return 0;
  }
  try {
    await io.writeFile(args.output!, text);
  } catch (error) {
    err(`bpl-data: ${args.output} kunde inte skrivas. ${technical(error)}`);
    return 1;
  }
  err(`Skrev ${args.output}: ${summary}.`);
  return 0;
}
