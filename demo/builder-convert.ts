/**
 * "Gör om till datafil" (demo/index.html): a web editor or analyst drops or chooses a statistics file (CSV,
 * Excel, PxWeb, JSON-stat, Kolada), or gives its address, sees what was recognised, fills in what the source
 * does not say (unit, polarity, focus area, dimensions, a goal), sees a chart of it, and downloads a data
 * file in the components' contract. Everything is drawn with Lit templates (text, never markup), so it works
 * under the strict Content-Security-Policy the components are made for; the file never leaves the browser.
 */
import { html, nothing, render } from 'lit';
import type { TemplateResult } from 'lit';
import '../src/index.js';
import { RIKET } from '../src/core/areas.js';
import { convertBytes, isZip } from '../src/core/adapters/convert.js';
import { describeSource } from '../src/core/adapters/read-any.js';
import {
  FORMAT_WORDS,
  ROLE_WORDS,
  SCHEMA_URL,
  countIndicators,
  countValues,
  delimiterWord,
  encodingWord,
  markerOutcome,
} from '../src/core/adapters/report-words.js';
import { COUNTY_NAMES, MUNICIPALITY_NAMES } from '../src/core/adapters/sweden-areas.js';
import type { Converted } from '../src/core/adapters/table.js';
import { areaIndexOf, hasValue } from '../src/core/dataset-query.js';
import { BplError } from '../src/core/errors.js';
import type { DataIssue } from '../src/core/errors.js';
import { errorLines, localText } from '../src/core/i18n/localize.js';
import { sortPeriods } from '../src/core/periods.js';
import { DEFAULT_ANNUAL_CHANGE, DIMENSIONS, FOCUS_AREAS, UNITS } from '../src/core/schema/dataset.js';
import type {
  Dataset,
  DatasetInput,
  Dimension,
  FocusArea,
  Polarity,
  Unit,
} from '../src/core/schema/dataset.js';
import { validateDataset } from '../src/core/schema/validate.js';
import { wheelStrings } from '../src/components/wellbeing-wheel/wellbeing-wheel.i18n.js';
import { checkAddress } from './embed-code.js';

/** Problems listed at most (then how many more). */
const MAX_ISSUES = 20;

// ------------------------------------------------------------------ words

const UNIT_LABELS: Record<Unit, string> = {
  percent: 'procent',
  'per-1000': 'per 1 000',
  count: 'antal',
  score: 'poäng',
  value: 'värde utan enhet',
};

const FOCUS_LABELS: Record<FocusArea, string> = {
  'completed-studies': 'fullföljda studier',
  'mental-health': 'psykisk hälsa',
  'physical-activity': 'fysisk aktivitet',
  other: 'annat',
};

/** The wheel's own names of the dimensions, so that the builder and the wheel say the same. */
const DIMENSION_LABELS: Record<Dimension, string> = wheelStrings.sv.dimensions;

// ------------------------------------------------------------------ state

type Polar = Polarity | '';

/** What the editor changed of one indicator; anything left out is the converted value. */
interface IndicatorEdit {
  title?: string;
  unit?: Unit;
  polarity?: Polar;
  focusArea?: FocusArea;
  dimensions?: Dimension[];
  goal?: boolean;
  annualChange?: string;
  baseline?: string;
}

interface Source {
  /** The file's name, or the address it was fetched from. */
  name: string;
  bytes: Uint8Array;
  /** The sheets of an Excel workbook. */
  sheets?: string[];
}

interface State {
  source?: Source;
  sheet?: string;
  /** The area of every row, for a table without an area column. */
  area: string;
  converted?: Converted;
  /** "Läser …", or why the file could not be read at all. */
  busy?: string;
  failure?: string;
  edits: Map<string, IndicatorEdit>;
  meta: { title?: string; source?: string };
  /** The indicator and area the preview shows. */
  show: { indicator?: string; area?: string };
  dragging: boolean;
  address: string;
  addressProblem?: string;
}

const state: State = {
  area: '',
  edits: new Map(),
  meta: {},
  show: {},
  dragging: false,
  address: '',
};
let token = 0;
let blobUrl: string | undefined;

const root = document.getElementById('convert-app') as HTMLDivElement;

// ------------------------------------------------------------------ reading

/** Reads bytes from a file on the computer. */
async function chooseFile(file: File | undefined): Promise<void> {
  if (!file) return;
  const mine = ++token;
  reset(`Läser ${file.name} …`);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    if (mine !== token) return;
    state.busy = undefined;
    state.failure = `${file.name} kunde inte läsas (${error instanceof Error ? error.message : String(error)}). Välj filen igen.`;
    update();
    return;
  }
  if (mine === token) await load({ name: file.name, bytes }, mine);
}

/** Fetches the file at the address in the field. */
async function fetchAddress(): Promise<void> {
  const raw = state.address.trim();
  const checked = raw
    ? checkAddress(raw, { relative: true, example: 'https://www.kommun.se/statistik/behorighet.csv' })
    : { ok: false as const, message: 'Skriv filens adress, med https:// i början.' };
  state.addressProblem = checked.ok ? undefined : checked.message;
  if (!checked.ok) {
    update();
    return;
  }
  const url = new URL(checked.href, location.href).href;
  const mine = ++token;
  reset(`Hämtar ${url} …`);
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    if (mine !== token) return;
    state.busy = undefined;
    state.failure =
      error instanceof TypeError
        ? `Filen kunde inte hämtas – servern tillåter kanske inte att andra webbplatser läser filen (CORS), eller så är adressen fel. Ladda ner filen och välj den på datorn i stället.`
        : `Filen kunde inte hämtas (${error instanceof Error ? error.message : String(error)}).`;
    update();
    return;
  }
  if (mine !== token) return;
  if (!response.ok) {
    state.busy = undefined;
    const why =
      response.status === 404
        ? 'filen finns inte på den adressen'
        : response.status === 401 || response.status === 403
          ? 'filen är inte öppen för alla'
          : response.status >= 500
            ? 'ett fel hos servern, försök igen senare'
            : 'filen kunde inte hämtas';
    state.failure = `Filen kunde inte hämtas: servern svarade ${response.status}${response.statusText ? ` ${response.statusText}` : ''} (${why}).`;
    update();
    return;
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (mine !== token) return;
  const name = decodeURIComponent(new URL(url).pathname.split('/').pop() || url);
  await load({ name, bytes }, mine);
}

/** A new source: everything the editor filled in for the last one is forgotten. */
function reset(busy: string): void {
  state.source = undefined;
  state.converted = undefined;
  state.sheet = undefined;
  state.area = '';
  state.failure = undefined;
  state.busy = busy;
  state.edits = new Map();
  state.meta = {};
  state.show = {};
  update();
}

async function load(source: Source, mine: number): Promise<void> {
  if (isZip(source.bytes)) {
    try {
      const { readXlsx } = await import('../src/core/adapters/xlsx.js');
      source.sheets = (await readXlsx(source.bytes)).sheets;
    } catch {
      // convertBytes says what is wrong with the workbook.
    }
  }
  if (mine !== token) return;
  state.source = source;
  await convert();
}

/** Converts the source again, with the chosen sheet and area. */
async function convert(): Promise<void> {
  const source = state.source;
  if (!source) return;
  const mine = ++token;
  state.busy = `Läser ${source.name} …`;
  update();
  const converted = await convertBytes(source.bytes, {
    sheet: state.sheet,
    area: state.area || undefined,
  });
  if (mine !== token) return;
  state.busy = undefined;
  state.converted = converted;
  update();
}

// ------------------------------------------------------------------ the edited dataset

type IndicatorInput = DatasetInput['indicators'][number];

interface Effective {
  title: string;
  unit: Unit;
  polarity: Polar;
  focusArea: FocusArea;
  dimensions: Dimension[];
  goal: boolean;
  annualChange: string;
  baseline: string;
  periods: string[];
  /** Why a goal cannot be set, when it cannot. */
  noGoal?: string;
}

function periodsOf(indicator: IndicatorInput): string[] {
  return sortPeriods(new Set(indicator.data.map((o) => o.period)));
}

/** An indicator's values as the form shows them: the editor's, else the converted ones. */
function effective(indicator: IndicatorInput): Effective {
  const edit = state.edits.get(String(indicator.id)) ?? {};
  const target = indicator.target || undefined;
  const periods = periodsOf(indicator);
  const unit = edit.unit ?? indicator.unit;
  const polarity = edit.polarity ?? indicator.polarity ?? '';
  const missing = [
    unit !== 'percent' ? 'enheten procent' : '',
    polarity ? '' : 'om högre eller lägre är bättre',
  ].filter(Boolean);
  return {
    title: edit.title ?? localText(indicator.title, 'sv'),
    unit,
    polarity,
    focusArea: edit.focusArea ?? indicator.focusArea,
    dimensions: edit.dimensions ?? [...(indicator.dimensions ?? [])],
    goal: edit.goal ?? !!target,
    annualChange: edit.annualChange ?? String(target?.annualChange ?? DEFAULT_ANNUAL_CHANGE),
    baseline: edit.baseline ?? target?.baseline ?? periods[0] ?? '',
    periods,
    noGoal: missing.length
      ? `Ett mål i procentenheter går bara för en andel i procent med en riktning: välj ${missing.join(' och ')}.`
      : undefined,
  };
}

/** A number as the editor may write it ("2", "1,5"). */
function readNumber(text: string): number | undefined {
  const n = Number(text.trim().replace(',', '.'));
  return text.trim() !== '' && Number.isFinite(n) ? n : undefined;
}

/** The dataset with the editor's changes, `$schema` first, and the problems found only here. */
function edited(): { output: DatasetInput; issues: DataIssue[] } | undefined {
  const dataset = state.converted?.dataset;
  if (!dataset) return undefined;
  const { $schema: _old, ...copy } = structuredClone(dataset);
  const issues: DataIssue[] = [];
  if (state.meta.title !== undefined && state.meta.title !== localText(copy.meta.title, 'sv'))
    copy.meta.title = state.meta.title.trim();
  if (state.meta.source !== undefined) {
    const name = state.meta.source.trim();
    if (!name) delete copy.meta.source;
    else if (name !== localText(copy.meta.source?.name, 'sv'))
      copy.meta.source = { ...copy.meta.source, name };
  }
  copy.indicators.forEach((indicator, i) => {
    const e = effective(indicator);
    if (e.title !== localText(indicator.title, 'sv')) indicator.title = e.title.trim();
    indicator.unit = e.unit;
    if (e.polarity) indicator.polarity = e.polarity;
    else delete indicator.polarity;
    indicator.focusArea = e.focusArea;
    if (e.dimensions.length) indicator.dimensions = DIMENSIONS.filter((d) => e.dimensions.includes(d));
    else delete indicator.dimensions;
    if (e.goal && !e.noGoal) {
      const annualChange = readNumber(e.annualChange);
      if (annualChange === undefined)
        issues.push({
          path: ['indicators', i, 'target', 'annualChange'],
          kind: 'other',
          params: {
            said: {
              sv: `Målet för "${e.title}": skriv förändringen per år som ett tal, till exempel 2`,
              en: `The goal of "${e.title}": write the change a year as a number, such as 2`,
            },
          },
        });
      indicator.target = { baseline: e.baseline, annualChange: annualChange ?? Number.NaN };
    } else delete indicator.target;
  });
  return { output: { $schema: SCHEMA_URL, ...copy }, issues };
}

/** The edited dataset, checked as the components check it. */
function checked(): { output: DatasetInput; value?: Dataset; issues: DataIssue[] } | undefined {
  const made = edited();
  if (!made) return undefined;
  if (made.issues.length) return { output: made.output, issues: made.issues };
  const result = validateDataset(made.output);
  return result.ok
    ? { output: made.output, value: result.value, issues: [] }
    : { output: made.output, issues: result.issues };
}

/** Every problem in Swedish: the readers' own sentences, the others as the components say them. */
function issueTexts(issues: DataIssue[]): string[] {
  const local = issues.map((issue) => {
    const said = issue.params?.said as { sv: string; en: string } | undefined;
    // The readers name bpl-data's flag for a table without an area; here it is a field.
    if (said?.sv.includes('--area'))
      return {
        ...issue,
        params: {
          ...issue.params,
          said: {
            ...said,
            sv: areaFieldShown()
              ? said.sv.replace(
                  /ange det när filen görs om: .*$/,
                  'välj det under ”Hela tabellen gäller området” ovan.',
                )
              : said.sv.replace(/\.? Gäller hela tabellen .*$/, ''),
          },
        },
      };
    return issue;
  });
  return errorLines(new BplError('schema', { issues: local }), 'sv', MAX_ISSUES).issues;
}

// ------------------------------------------------------------------ handlers

function edit(id: string, change: IndicatorEdit): void {
  state.edits.set(id, { ...state.edits.get(id), ...change });
  update();
}

const valueOf = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;
const checkedOf = (e: Event) => (e.target as HTMLInputElement).checked;

function onDrop(e: DragEvent): void {
  e.preventDefault();
  state.dragging = false;
  void chooseFile(e.dataTransfer?.files[0]);
}

function onDragOver(e: DragEvent): void {
  e.preventDefault();
  if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
  if (!state.dragging) {
    state.dragging = true;
    update();
  }
}

function onDragLeave(e: DragEvent): void {
  const zone = e.currentTarget as HTMLElement;
  if (e.relatedTarget instanceof Node && zone.contains(e.relatedTarget)) return;
  state.dragging = false;
  update();
}

function onPick(e: Event): void {
  const input = e.target as HTMLInputElement;
  const file = input.files?.[0];
  // Emptied, so that the same file, corrected and saved, can be chosen again.
  input.value = '';
  void chooseFile(file);
}

// ------------------------------------------------------------------ templates

/** Sweden's areas for a table without an area column: Riket, the counties, the municipalities. */
const AREA_OPTIONS = (() => {
  const split = (list: string, digits: number) =>
    list
      .split('|')
      .map((s) => ({ code: s.slice(0, digits).padStart(4, '0'), name: s.slice(digits) }))
      .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  return { counties: split(COUNTY_NAMES, 2), municipalities: split(MUNICIPALITY_NAMES, 4) };
})();

/** True when "Hela tabellen gäller området" is offered: a table with periods but no area column (or one
 * given an area here already). */
function areaFieldShown(): boolean {
  const r = state.converted?.recognition;
  if (state.area) return true;
  return (
    !!r &&
    !r.columns.some((c) => c.role === 'area' || c.role === 'area-name') &&
    r.columns.some((c) => c.role === 'period') &&
    r.format !== 'contract' &&
    r.format !== 'kolada'
  );
}

function inputPart(): TemplateResult {
  const s = state;
  return html`
    <fieldset class="cv-input">
      <legend>1. Statistikfilen</legend>
      <div
        class="dropzone ${s.dragging ? 'dragging' : ''}"
        role="group"
        aria-labelledby="cv-drop-label"
        @dragover=${onDragOver}
        @dragenter=${onDragOver}
        @dragleave=${onDragLeave}
        @drop=${onDrop}
      >
        <p id="cv-drop-label" class="dropzone-label">Släpp filen här, eller välj den på datorn</p>
        <div class="field">
          <label for="cv-file">Fil på datorn</label>
          <span class="hint" id="cv-file-hint"
            >CSV, text, JSON (PxWeb, JSON-stat, Kolada) eller Excel (.xlsx). Filen läses bara i webbläsaren
            och skickas ingenstans.</span
          >
          <input
            id="cv-file"
            type="file"
            accept=".csv,.txt,.tsv,.json,.xlsx"
            aria-describedby="cv-file-hint"
            @change=${onPick}
          />
        </div>
      </div>
      <div class="field">
        <label for="cv-url">Eller filens adress</label>
        <span class="hint" id="cv-url-hint"
          >Till exempel en tabell i SCB:s statistikdatabas (API-adressen) eller en fil på er webbplats.</span
        >
        <div class="inline">
          <input
            id="cv-url"
            type="url"
            inputmode="url"
            autocomplete="url"
            aria-describedby="cv-url-hint${s.addressProblem ? ' cv-url-error' : ''}"
            aria-invalid=${s.addressProblem ? 'true' : 'false'}
            .value=${s.address}
            @input=${(e: Event) => {
              state.address = valueOf(e);
              if (state.addressProblem) {
                state.addressProblem = undefined;
                update();
              }
            }}
            @keydown=${(e: KeyboardEvent) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void fetchAddress();
              }
            }}
          />
          <button type="button" id="cv-fetch" @click=${() => void fetchAddress()}>Hämta</button>
        </div>
        ${s.addressProblem ? html`<p class="field-error" id="cv-url-error">${s.addressProblem}</p>` : nothing}
      </div>
      ${
        s.source?.sheets && s.source.sheets.length > 1
          ? html`<div class="field">
              <label for="cv-sheet">Blad i arbetsboken</label>
              <select
                id="cv-sheet"
                @change=${(e: Event) => {
                  state.sheet = valueOf(e);
                  void convert();
                }}
              >
                ${s.source.sheets.map(
                  (name, i) =>
                    html`<option value=${name} ?selected=${(s.sheet ?? s.source!.sheets![0]) === name}>
                      ${name}${i === 0 ? ' (första bladet)' : ''}
                    </option>`,
                )}
              </select>
            </div>`
          : nothing
      }
      ${
        areaFieldShown()
          ? html`<div class="field">
              <label for="cv-area">Hela tabellen gäller området</label>
              <span class="hint" id="cv-area-hint"
                >Tabellen har ingen kolumn för område. Gäller alla värden samma område, till exempel hela
                Sverige, välj det här.</span
              >
              <select
                id="cv-area"
                aria-describedby="cv-area-hint"
                @change=${(e: Event) => {
                  state.area = valueOf(e);
                  void convert();
                }}
              >
                <option value="" ?selected=${!s.area}>Välj område</option>
                <option value=${RIKET} ?selected=${s.area === RIKET}>Riket (0000)</option>
                <optgroup label="Län">
                  ${AREA_OPTIONS.counties.map(
                    (a) =>
                      html`<option value=${a.code} ?selected=${s.area === a.code}>
                        ${a.name} (${a.code})
                      </option>`,
                  )}
                </optgroup>
                <optgroup label="Kommuner">
                  ${AREA_OPTIONS.municipalities.map(
                    (a) =>
                      html`<option value=${a.code} ?selected=${s.area === a.code}>
                        ${a.name} (${a.code})
                      </option>`,
                  )}
                </optgroup>
              </select>
            </div>`
          : nothing
      }
    </fieldset>
  `;
}

/** The live summary: what is happening, or what the file was recognised as. */
function statusPart(): TemplateResult {
  const s = state;
  const r = s.converted?.recognition;
  let lines: TemplateResult | typeof nothing = nothing;
  if (s.busy) lines = html`<p>${s.busy}</p>`;
  else if (s.failure) lines = html`<p class="error">${s.failure}</p>`;
  else if (r && s.source)
    lines = html`
      <p><strong>${s.source.name}:</strong> ${describeSource(r).sv}</p>
      <ul class="cv-facts">
        <li data-fact="format">Format: ${FORMAT_WORDS[r.format] ?? r.format}</li>
        ${
          r.encoding
            ? html`<li data-fact="encoding">Teckenkodning: ${encodingWord(r.encoding)}</li>`
            : nothing
        }
        ${
          r.delimiter
            ? html`<li data-fact="delimiter">Avgränsare: ${delimiterWord(r.delimiter)}</li>`
            : nothing
        }
        ${
          r.shape
            ? html`<li data-fact="shape">
                Form: ${r.shape === 'wide' ? 'bred (en kolumn per år)' : 'lång (en rad per värde)'}
              </li>`
            : nothing
        }
        ${r.title ? html`<li data-fact="title">Titel: ${r.title}</li>` : nothing}
        <li data-fact="result">
          Resultat:
          ${
            s.converted?.dataset
              ? `${countIndicators(r.indicators)}, ${countValues(r.observations)}.`
              : 'ingen datafil ännu, se problemen nedan.'
          }
        </li>
      </ul>
    `;
  else lines = html`<p>Ingen fil vald ännu.</p>`;
  return html`<div id="cv-status" class="cv-status" role="status">${lines}</div>`;
}

function recognitionPart(): TemplateResult | typeof nothing {
  const r = state.converted?.recognition;
  if (!r || state.busy) return nothing;
  return html`
    ${
      r.columns.length
        ? html`<div class="table-scroll">
            <table class="cv-columns">
              <caption>
                Så lästes kolumnerna
              </caption>
              <thead>
                <tr>
                  <th scope="col">Kolumn</th>
                  <th scope="col">→ blir</th>
                </tr>
              </thead>
              <tbody>
                ${r.columns.map(
                  (c) =>
                    html`<tr data-role=${c.role}>
                      <th scope="row">${c.name}</th>
                      <td>
                        <span class="cv-role">${ROLE_WORDS[c.role] ?? c.role}</span> ${
                          c.detail ? html`<span class="cv-detail">${c.detail.sv}</span>` : nothing
                        }
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : nothing
    }
    ${
      r.markers.length
        ? html`<h4>Markeringar i stället för värden</h4>
            <ul class="cv-markers">
              ${r.markers.map(
                (m) => html`<li><code>${m.marker}</code> × ${m.count} → ${markerOutcome(m)}</li>`,
              )}
            </ul>`
        : nothing
    }
    ${
      r.notes.length || r.untitled
        ? html`<h4>Att veta</h4>
            <ul class="cv-notes">
              ${r.notes.map((n) => html`<li>${n.sv}</li>`)}
              ${
                r.untitled
                  ? html`<li data-note="untitled">
                      Tabellen säger inte vad som mäts (ingen titel och ingen namngiven värdekolumn): fyll i
                      indikatorns titel nedan. Tills dess heter den ”indikator”.
                    </li>`
                  : nothing
              }
            </ul>`
        : nothing
    }
  `;
}

function problemsPart(issues: DataIssue[], heading: string, id: string): TemplateResult | typeof nothing {
  if (!issues.length) return nothing;
  const lines = issueTexts(issues);
  // A workbook whose first sheet is an explanation: the table is likely on another sheet.
  const sheets = state.source?.sheets;
  if (id === 'cv-problems' && sheets && sheets.length > 1)
    lines.push(
      `Arbetsboken har ${sheets.length} blad: välj bladet med tabellen under ”Blad i arbetsboken” ovan.`,
    );
  return html`<div class="cv-problems" id=${id} role="alert">
    <p><strong>${heading} (${issues.length}):</strong></p>
    <ul>
      ${lines.map((line) => html`<li>${line}</li>`)}
    </ul>
  </div>`;
}

function indicatorPart(indicator: IndicatorInput, i: number, count: number): TemplateResult {
  const id = String(indicator.id);
  const e = effective(indicator);
  const p = `cv-${i}`;
  const goalOff = !!e.noGoal;
  return html`<details class="cv-indicator" ?open=${i === 0 || count <= 3}>
    <summary>Indikator ${i + 1}: ${e.title || id} <span class="hint">(${id})</span></summary>
    <fieldset class="cv-indicator-fields">
      <legend class="visually-hidden">Indikator ${i + 1}: ${e.title || id}</legend>
      <div class="field">
        <label for="${p}-title">Titel</label>
        <input
          id="${p}-title"
          type="text"
          autocomplete="off"
          .value=${e.title}
          @input=${(ev: Event) => edit(id, { title: valueOf(ev) })}
        />
      </div>
      <div class="field">
        <label for="${p}-unit">Enhet</label>
        <select id="${p}-unit" @change=${(ev: Event) => edit(id, { unit: valueOf(ev) as Unit })}>
          ${UNITS.map((u) => html`<option value=${u} ?selected=${e.unit === u}>${UNIT_LABELS[u]}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="${p}-polarity">Vad är bättre?</label>
        <select id="${p}-polarity" @change=${(ev: Event) => edit(id, { polarity: valueOf(ev) as Polar })}>
          <option value="" ?selected=${!e.polarity}>anges inte</option>
          <option value="higher-is-better" ?selected=${e.polarity === 'higher-is-better'}>
            högre är bättre
          </option>
          <option value="lower-is-better" ?selected=${e.polarity === 'lower-is-better'}>
            lägre är bättre
          </option>
        </select>
      </div>
      <div class="field">
        <label for="${p}-focus">Fokusområde</label>
        <select id="${p}-focus" @change=${(ev: Event) => edit(id, { focusArea: valueOf(ev) as FocusArea })}>
          ${FOCUS_AREAS.map(
            (f) => html`<option value=${f} ?selected=${e.focusArea === f}>${FOCUS_LABELS[f]}</option>`,
          )}
        </select>
      </div>
      <fieldset class="cv-dimensions">
        <legend>Välbefinnandets dimensioner</legend>
        <div class="cv-checks">
          ${DIMENSIONS.map(
            (d) =>
              html`<label class="choice"
                ><input
                  type="checkbox"
                  name="${p}-dimension"
                  value=${d}
                  .checked=${e.dimensions.includes(d)}
                  @change=${(ev: Event) =>
                    edit(id, {
                      dimensions: checkedOf(ev) ? [...e.dimensions, d] : e.dimensions.filter((x) => x !== d),
                    })}
                /><span>${DIMENSION_LABELS[d]}</span></label
              >`,
          )}
        </div>
      </fieldset>
      <fieldset class="cv-goal">
        <legend>Mål</legend>
        ${goalOff ? html`<p class="hint" id="${p}-goal-why">${e.noGoal}</p>` : nothing}
        <label class="choice"
          ><input
            type="checkbox"
            id="${p}-goal"
            aria-describedby=${goalOff ? `${p}-goal-why` : nothing}
            ?disabled=${goalOff}
            .checked=${e.goal && !goalOff}
            @change=${(ev: Event) => edit(id, { goal: checkedOf(ev) })}
          /><span>Mål: procentenheter per år</span></label
        >
        <div class="cv-goal-fields">
          <div class="field">
            <label for="${p}-change">Förbättring per år (procentenheter)</label>
            <input
              id="${p}-change"
              type="text"
              inputmode="decimal"
              autocomplete="off"
              ?disabled=${goalOff || !e.goal}
              .value=${e.annualChange}
              @input=${(ev: Event) => edit(id, { annualChange: valueOf(ev) })}
            />
          </div>
          <div class="field">
            <label for="${p}-baseline">Basår (målet räknas från)</label>
            <select
              id="${p}-baseline"
              ?disabled=${goalOff || !e.goal}
              @change=${(ev: Event) => edit(id, { baseline: valueOf(ev) })}
            >
              ${e.periods.map((q) => html`<option value=${q} ?selected=${e.baseline === q}>${q}</option>`)}
            </select>
          </div>
        </div>
      </fieldset>
    </fieldset>
  </details>`;
}

/** Which chart shows the data: a trend over several periods, else a map of at least three municipalities. */
function previewChoice(value: Dataset): {
  tag: 'trend' | 'map';
  indicator: string;
  area?: string;
  areas: string[];
  period?: string;
  group?: string;
} {
  const indicator = value.indicators.find((i) => i.id === state.show.indicator) ?? value.indicators[0]!;
  const shown = indicator.data.filter(hasValue);
  const groups = new Set(shown.map((o) => o.group));
  const group = groups.has('total') ? undefined : [...groups][0];
  const inGroup = shown.filter((o) => o.group === (group ?? 'total'));
  const periods = sortPeriods(new Set(inGroup.map((o) => o.period)));
  const perArea = new Map<string, number>();
  for (const o of inGroup) perArea.set(o.area, (perArea.get(o.area) ?? 0) + 1);
  const areas = [...perArea.keys()];
  if (periods.length < 2) {
    const period = periods.at(-1);
    const municipalities = new Set(
      inGroup.filter((o) => o.period === period && !o.area.startsWith('00')).map((o) => o.area),
    );
    if (municipalities.size >= 3) return { tag: 'map', indicator: indicator.id, areas, period, group };
  }
  const most = Math.max(0, ...perArea.values());
  const best = areas.filter((a) => perArea.get(a) === most);
  const area = areas.includes(state.show.area ?? '')
    ? state.show.area
    : best.includes('0680')
      ? '0680'
      : (best.find((a) => !a.startsWith('00')) ?? best[0]);
  return { tag: 'trend', indicator: indicator.id, area, areas, group };
}

function previewPart(value: Dataset | undefined, anyIssues: boolean): TemplateResult {
  if (!value || !value.indicators.length)
    return html`<p class="preview-hint">
      ${
        anyIssues
          ? 'Förhandsvisningen visas när problemen ovan är rättade.'
          : 'Förhandsvisningen visas här när en fil har lästs.'
      }
    </p>`;
  const choice = previewChoice(value);
  const names = areaIndexOf(value);
  return html`
    ${
      value.indicators.length > 1
        ? html`<div class="field">
            <label for="cv-show-indicator">Visa indikatorn</label>
            <select
              id="cv-show-indicator"
              @change=${(e: Event) => {
                state.show = { indicator: valueOf(e) };
                update();
              }}
            >
              ${value.indicators.map(
                (i) =>
                  html`<option value=${i.id} ?selected=${i.id === choice.indicator}>
                    ${localText(i.title, 'sv')}
                  </option>`,
              )}
            </select>
          </div>`
        : nothing
    }
    ${
      choice.tag === 'trend' && choice.areas.length > 1
        ? html`<div class="field">
            <label for="cv-show-area">Visa området</label>
            <select
              id="cv-show-area"
              @change=${(e: Event) => {
                state.show = { ...state.show, area: valueOf(e) };
                update();
              }}
            >
              ${choice.areas
                .map((a) => [a, names.name(a, 'sv')] as const)
                .sort((a, b) => a[1].localeCompare(b[1], 'sv'))
                .map(([a, name]) => html`<option value=${a} ?selected=${a === choice.area}>${name}</option>`)}
            </select>
          </div>`
        : nothing
    }
    <div class="preview-frame cv-preview-frame">
      ${
        choice.tag === 'trend'
          ? html`<bpl-trend-chart
              .data=${value}
              indicator=${choice.indicator}
              area=${choice.area ?? nothing}
              group=${choice.group ?? nothing}
            ></bpl-trend-chart>`
          : html`<bpl-municipality-map
              .data=${value}
              indicator=${choice.indicator}
              period=${choice.period ?? nothing}
              group=${choice.group ?? nothing}
            ></bpl-municipality-map>`
      }
    </div>
  `;
}

function downloadPart(result: ReturnType<typeof checked>): TemplateResult | typeof nothing {
  if (blobUrl) URL.revokeObjectURL(blobUrl);
  blobUrl = undefined;
  if (!result) return nothing;
  const ok = !!result.value;
  if (ok)
    blobUrl = URL.createObjectURL(
      new Blob([`${JSON.stringify(result.output, null, 2)}\n`], { type: 'application/json' }),
    );
  return html`<div class="cv-download">
    ${problemsPart(result.issues, 'Datafilen följer inte formatet än', 'cv-check-problems')}
    ${
      ok
        ? html`<a class="button" id="cv-download" href=${blobUrl!} download="data.json"
              >Ladda ner datafil (JSON)</a
            >
            <p class="hint">
              Lägg upp filen på webbplatsen och skriv dess adress under ”Välj data” i kodbyggaren ovan (Egen
              datafil).
            </p>`
        : html`<button type="button" id="cv-download" disabled aria-describedby="cv-check-problems">
              Ladda ner datafil (JSON)
            </button>
            <p class="hint">Knappen går att använda när problemen ovan är rättade.</p>`
    }
  </div>`;
}

function view(): TemplateResult {
  const s = state;
  const dataset = s.converted?.dataset;
  const result = s.busy ? undefined : checked();
  const meta = dataset?.meta;
  return html`
    ${inputPart()}
    <section class="cv-recognised" aria-labelledby="h-cv-recognised">
      <h3 id="h-cv-recognised">2. Det här hittades</h3>
      ${statusPart()} ${recognitionPart()}
      ${s.busy || !s.converted ? nothing : problemsPart(s.converted.issues, 'Problem i filen', 'cv-problems')}
    </section>
    ${
      dataset && result
        ? html`<div class="cv-work">
            <section class="cv-fill" aria-labelledby="h-cv-fill">
              <h3 id="h-cv-fill">3. Fyll i det som källan inte säger</h3>
              <fieldset>
                <legend>Datafilen</legend>
                <div class="field">
                  <label for="cv-title">Datafilens titel</label>
                  <input
                    id="cv-title"
                    type="text"
                    autocomplete="off"
                    .value=${s.meta.title ?? localText(meta!.title, 'sv')}
                    @input=${(e: Event) => {
                      state.meta.title = valueOf(e);
                      update();
                    }}
                  />
                </div>
                <div class="field">
                  <label for="cv-source">Källa</label>
                  <span class="hint" id="cv-source-hint">Till exempel SCB, Skolverket eller Kolada.</span>
                  <input
                    id="cv-source"
                    type="text"
                    autocomplete="off"
                    aria-describedby="cv-source-hint"
                    .value=${s.meta.source ?? localText(meta!.source?.name, 'sv')}
                    @input=${(e: Event) => {
                      state.meta.source = valueOf(e);
                      update();
                    }}
                  />
                </div>
              </fieldset>
              ${dataset.indicators.map((indicator, i) => indicatorPart(indicator, i, dataset.indicators.length))}
            </section>
            <section class="cv-result" aria-labelledby="h-cv-preview">
              <h3 id="h-cv-preview">4. Förhandsvisning</h3>
              ${previewPart(result.value, result.issues.length > 0)}
              <h3 id="h-cv-download">5. Ladda ner</h3>
              ${downloadPart(result)}
            </section>
          </div>`
        : nothing
    }
  `;
}

function update(): void {
  render(view(), root);
}

update();
