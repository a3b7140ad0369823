/**
 * The embed-code builder (demo/index.html): a web editor chooses a component and a data file, picks
 * indicator, area, period, comparison and language from lists read from the data itself, sees the result,
 * and copies a snippet. Every list is built with DOM calls (text, never markup), so it works under the
 * strict Content-Security-Policy the components are made for.
 */
import '../src/index.js';
import '../src/core/sync.js';
import { RIKET } from '../src/core/areas.js';
import { areaIndexOf } from '../src/core/dataset-query.js';
import { BplError, toBplError } from '../src/core/errors.js';
import { errorLines, localText } from '../src/core/i18n/localize.js';
import { decodeBody, readDataset } from '../src/core/loader/read.js';
import { readStructure } from '../src/core/loader/structure-reader.js';
import type { Dataset } from '../src/core/schema/dataset.js';
import type { Structure } from '../src/core/schema/structure.js';
import { VERSION } from '../src/core/version.js';
import {
  groupsWithValues,
  periodsWithValuesOf,
  shownObservations,
  wheelComparePeriods,
  wheelPeriods,
} from './builder-lists.js';
import {
  checkAddress,
  iframeSnippet,
  scriptSnippet,
  type AddressCheck,
  type EmbedComponent,
  type SnippetOptions,
} from './embed-code.js';

type Kind = 'dataset' | 'structure';

const SAMPLES: { file: string; label: string; kind: Kind }[] = [
  { file: 'data/barn-och-unga.json', label: 'Barn och unga i Jönköpings län (exempeldata)', kind: 'dataset' },
  {
    file: 'data/skolverket-2018-19.json',
    label: 'Behörighet till gymnasiet 2018/19 (Skolverket)',
    kind: 'dataset',
  },
  {
    file: 'data/samverkan-jonkoping.json',
    label: 'Samverkan i Jönköpings kommun (exempel)',
    kind: 'structure',
  },
  { file: 'data/samverkan-lan.json', label: 'Samverkan i länet (exempel)', kind: 'structure' },
];

const KIND_OF: Record<EmbedComponent, Kind> = {
  'trend-chart': 'dataset',
  'municipality-map': 'dataset',
  'wellbeing-wheel': 'dataset',
  'collaboration-diagram': 'structure',
};

/** Default address of the published bundle; an editor with the file on their own server changes it. */
export const DEFAULT_SCRIPT_URL = `https://cdn.jsdelivr.net/npm/@bastaplatsen/viz@${VERSION}/dist/bpl.js`;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('builder');
const preview = $<HTMLDivElement>('preview');
const dataStatus = $<HTMLParagraphElement>('data-status');
const copyStatus = $<HTMLParagraphElement>('copy-status');
const fields = {
  sample: $<HTMLSelectElement>('f-sample'),
  url: $<HTMLInputElement>('f-url'),
  file: $<HTMLInputElement>('f-file'),
  indicator: $<HTMLSelectElement>('f-indicator'),
  area: $<HTMLSelectElement>('f-area'),
  period: $<HTMLSelectElement>('f-period'),
  from: $<HTMLSelectElement>('f-from'),
  to: $<HTMLSelectElement>('f-to'),
  compare: $<HTMLSelectElement>('f-compare'),
  group: $<HTMLSelectElement>('f-group'),
  selected: $<HTMLSelectElement>('f-selected'),
  heading: $<HTMLInputElement>('f-heading'),
  lang: $<HTMLSelectElement>('f-lang'),
  theme: $<HTMLSelectElement>('f-theme'),
  headingLevel: $<HTMLSelectElement>('f-heading-level'),
  script: $<HTMLInputElement>('f-script'),
  embed: $<HTMLInputElement>('f-embed'),
  hostScript: $<HTMLInputElement>('f-host-script'),
};

interface Loaded {
  /** The address, or for a file on the reader's computer `file:<name>` (shown by `data`, no snippet). */
  url: string;
  kind: Kind;
  dataset?: Dataset;
  structure?: Structure;
}
let loaded: Loaded | undefined;
/** The name of the file on the computer that a `Loaded.url` stands for, when it is one. */
const localFile = (url: string | undefined) => (url?.startsWith('file:') ? url.slice(5) : undefined);
/** Why the data last failed to load, if it did. */
let failure: BplError | undefined;
let loadToken = 0;

const component = (): EmbedComponent =>
  (form.elements.namedItem('component') as RadioNodeList).value as EmbedComponent;
const sourceMode = (): 'sample' | 'url' | 'file' =>
  (form.elements.namedItem('source') as RadioNodeList).value as 'sample' | 'url' | 'file';

function option(value: string, text: string, selected = false): HTMLOptionElement {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = text;
  o.selected = selected;
  return o;
}

/** Refills a select, keeping the reader's choice when it is still offered. */
function fill(select: HTMLSelectElement, options: [string, string][], preferred?: string): void {
  const keep = select.value;
  const values = options.map(([v]) => v);
  const chosen = values.includes(keep)
    ? keep
    : preferred && values.includes(preferred)
      ? preferred
      : values[0];
  select.replaceChildren(...options.map(([v, t]) => option(v, t, v === chosen)));
  select.disabled = options.length === 0;
}

function setStatus(el: HTMLElement, text: string, error = false): void {
  el.textContent = text;
  el.classList.toggle('error', error);
}

/** Shows (or clears) the message under a field: its text in `#<id>-error`, `aria-invalid`, and the message
 * added to the field's `aria-describedby` while it is shown. */
function fieldProblem(input: HTMLInputElement, message: string | undefined): void {
  const box = $<HTMLParagraphElement>(`${input.id}-error`);
  box.textContent = message ?? '';
  box.hidden = !message;
  if (message) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
  const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((id) => id && id !== box.id);
  if (message) ids.push(box.id);
  input.setAttribute('aria-describedby', ids.join(' '));
}

/** Checks an address field; an empty field is fine (its default is used) and gives undefined. */
function checkField(input: HTMLInputElement, relative: boolean, example: string): AddressCheck | undefined {
  const raw = input.value.trim();
  const result = raw ? checkAddress(raw, { relative, example }) : undefined;
  fieldProblem(input, result && !result.ok ? result.message : undefined);
  return result;
}

/** Puts a snippet in its box, or empties the box and says why there is none (never a stale snippet): as an
 * error when an address must be corrected, as a plain note while there is simply no data address yet. */
function showSnippet(id: string, code: string | undefined, why: { text: string; error: boolean }): void {
  $<HTMLTextAreaElement>(id).value = code ?? '';
  const note = $<HTMLParagraphElement>(`${id}-problem`);
  note.textContent = code === undefined ? why.text : '';
  note.classList.toggle('error', why.error);
  note.hidden = code !== undefined;
}

/** "1 indikator", "3 indikatorer". */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

// ------------------------------------------------------------------ data

/** Fetches the text at an address, as the components would. */
async function fetchText(url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json, text/csv;q=0.9, */*;q=0.5' } });
  } catch (error) {
    throw new BplError('network', { url, detail: error instanceof Error ? error.message : String(error) });
  }
  if (!response.ok) throw new BplError('http', { url, status: response.status });
  return response.text();
}

/** Reads and checks a data file: from its address, or (`read`) a file on the reader's computer. */
async function loadData(url: string, kind: Kind, read = () => fetchText(url)): Promise<void> {
  const token = ++loadToken;
  setStatus(dataStatus, 'Läser in data …');
  try {
    const decoded = decodeBody(await read());
    const next: Loaded =
      kind === 'dataset'
        ? { url, kind, dataset: readDataset(decoded).value }
        : { url, kind, structure: readStructure(decoded).value };
    if (token !== loadToken) return;
    loaded = next;
    failure = undefined;
    const title = localText((next.dataset ?? next.structure)!.meta.title, 'sv');
    const what = next.dataset
      ? `${title}, ${count(next.dataset.indicators.length, 'indikator', 'indikatorer')}.`
      : `${title}, ${count(next.structure!.bodies.length, 'grupp', 'grupper')}.`;
    // A file on the computer: its name (the emptied picker no longer shows it), and the verdict.
    const file = localFile(url);
    setStatus(dataStatus, file ? `Inläst från ${file}: ${what} Inga fel hittades.` : `Inläst: ${what}`);
  } catch (error) {
    if (token !== loadToken) return;
    loaded = undefined;
    const bpl = (failure = toBplError(error, 'parse'));
    const lines = errorLines(bpl, 'sv');
    setStatus(
      dataStatus,
      // A file being checked before publishing gets every error listed (up to eight, then how many more).
      `Datan kunde inte läsas. ${[lines.message, ...lines.issues.slice(0, localFile(url) ? undefined : 3)].join(' ')}` +
        (bpl.code === 'network'
          ? ' Ligger filen på en annan webbplats måste den servern tillåta hämtning (CORS), se guiden.'
          : ''),
      true,
    );
  }
  refreshOptions();
}

const DATA_EXAMPLE = 'https://www.kommun.se/data/barn-och-unga.json';

/**
 * The file chosen on the computer, read once when it is chosen: a browser may refuse to read a `File` again
 * after it was saved on disk. The picker is emptied after each choice, so that the same file, corrected and
 * saved, can be chosen again (choosing the same file again gives no `change` event otherwise).
 */
let chosenFile: { name: string; text: Promise<string> } | undefined;

function chooseFile(): void {
  const file = fields.file.files?.[0];
  if (!file) return;
  chosenFile = { name: file.name, text: file.text() };
  chosenFile.text.catch(() => undefined); // reported when read, by loadData
  fields.file.value = '';
}

function dataUrl(): string | undefined {
  if (sourceMode() === 'sample') return new URL(fields.sample.value, location.href).href;
  if (sourceMode() === 'file') return chosenFile && `file:${chosenFile.name}`;
  const checked = checkField(fields.url, true, DATA_EXAMPLE);
  if (!checked?.ok) return undefined;
  try {
    return new URL(checked.href, location.href).href;
  } catch {
    return undefined;
  }
}

function reloadData(): void {
  const url = dataUrl();
  const kind = KIND_OF[component()];
  if (!url) {
    loaded = undefined;
    failure = undefined;
    setStatus(
      dataStatus,
      sourceMode() === 'file'
        ? 'Välj en fil på datorn.'
        : fields.url.getAttribute('aria-invalid') === 'true'
          ? 'Rätta datafilens adress och välj ”Läs in”.'
          : 'Skriv datafilens adress och välj ”Läs in”.',
    );
    refreshOptions();
    return;
  }
  const file = sourceMode() === 'file' ? chosenFile : undefined;
  // The same address again is not fetched again; a file is checked again (as another kind, say).
  if (!file && loaded?.url === url && loaded.kind === kind) {
    refreshOptions();
    return;
  }
  void loadData(url, kind, file && (() => file.text));
}

// ------------------------------------------------------------------ lists read from the data

function refreshOptions(): void {
  const name = component();
  for (const el of form.querySelectorAll<HTMLElement>('[data-components]'))
    el.hidden = !el.dataset.components!.split(' ').includes(name);
  const dataset = loaded?.dataset;
  const structure = loaded?.structure;

  if (dataset) {
    const areas = areaIndexOf(dataset);
    fill(
      fields.indicator,
      dataset.indicators.map((i) => [i.id, localText(i.title, 'sv')]),
      dataset.indicators[0]?.id,
    );
    const indicator =
      dataset.indicators.find((i) => i.id === fields.indicator.value) ?? dataset.indicators[0];
    // The wheel draws every indicator that belongs to a dimension: its lists come from all of them; the
    // others' from the chosen indicator. Only values that can be shown count (see builder-lists.ts).
    const wheel = name === 'wellbeing-wheel';
    const scope = wheel
      ? dataset.indicators.filter((i) => i.dimensions.length)
      : indicator
        ? [indicator]
        : [];
    const shown = shownObservations(scope);
    const codes = [...new Set(shown.map((o) => o.area))];
    const municipalities = codes.filter((c) => !c.startsWith('00'));
    const areaCodes = name === 'trend-chart' ? codes : municipalities;
    const areaOptions: [string, string][] = areaCodes
      .map((c): [string, string] => [c, areas.name(c, 'sv')])
      .sort((a, b) => a[1].localeCompare(b[1], 'sv'));
    if (name === 'municipality-map') areaOptions.unshift(['', 'Ingen markerad kommun']);
    fill(fields.area, areaOptions, municipalities.includes('0680') ? '0680' : municipalities[0]);
    const area = fields.area.value;

    // Groups with values in the chosen area (the map, which shows every municipality: anywhere).
    const inArea = name === 'municipality-map' || !area ? shown : shown.filter((o) => o.area === area);
    const groups = groupsWithValues(inArea);
    const groupOptions: [string, string][] = [];
    if (groups.has('total')) groupOptions.push(['', 'Alla (standard)']);
    if (groups.has('girls')) groupOptions.push(['girls', 'Flickor']);
    if (groups.has('boys')) groupOptions.push(['boys', 'Pojkar']);
    if (name === 'trend-chart' && groups.has('girls') && groups.has('boys'))
      groupOptions.push(['split', 'Flickor och pojkar var för sig']);
    fill(fields.group, groupOptions);
    const group = fields.group.value || 'total';

    // Periods with values for the group: the wheel's once each (2024 and 2023/24 are the same wheel).
    const periods = wheel
      ? wheelPeriods(scope, area, group)
      : periodsWithValuesOf(inArea, group).map((p) => ({ value: p, same: [p] }));
    const label = (p: { value: string; same: string[] }) =>
      [p.value, ...p.same.filter((q) => q !== p.value)].join(' och ');
    fill(
      fields.period,
      periods.map((p, i): [string, string] => [
        i === 0 ? '' : p.value,
        i === 0 ? `${label(p)} (senaste, standard)` : label(p),
      ]),
    );

    if (name === 'trend-chart') {
      // The years shown: from any but the latest, to any after it (the defaults: the first, the latest).
      const years = periods.map((p) => p.value).reverse();
      fill(fields.from, [
        ['', `${years[0] ?? ''} (första, standard)`],
        ...years.slice(1, -1).map((p): [string, string] => [p, p]),
      ]);
      const from = Math.max(years.indexOf(fields.from.value), 0);
      fill(fields.to, [
        ['', `${years.at(-1) ?? ''} (senaste, standard)`],
        ...years.slice(from + 1, -1).map((p): [string, string] => [p, p]),
      ]);
      const others = codes.filter((c) => c !== area);
      fill(fields.compare, [
        ['', 'Länet och riket (standard)'],
        ['none', 'Ingen jämförelse'],
        ...others
          .map((c): [string, string] => [c, areas.name(c, 'sv')])
          .sort(
            (a, b) => (a[0] === RIKET ? 1 : 0) - (b[0] === RIKET ? 1 : 0) || a[1].localeCompare(b[1], 'sv'),
          ),
      ]);
    } else {
      // Earlier periods only, never the chosen one or its equivalent ("Jämfört med 2023/24" of 2024 itself).
      const chosen = fields.period.value || periods[0]?.value || '';
      fill(fields.compare, [
        ['', 'Länet (standard)'],
        ['riket', 'Riket'],
        ['none', 'Ingen jämförelse'],
        ...wheelComparePeriods(periods, chosen).map((p): [string, string] => [
          p.value,
          `Samma kommun ${label(p)}`,
        ]),
      ]);
    }
  } else {
    for (const select of [
      fields.indicator,
      fields.area,
      fields.period,
      fields.from,
      fields.to,
      fields.compare,
      fields.group,
    ])
      fill(select, []);
  }
  fill(
    fields.selected,
    structure
      ? [
          ['', 'Ingen (standard)'],
          ...structure.bodies.map((b): [string, string] => [
            b.id,
            b.shortName ? `${localText(b.name, 'sv')} (${b.shortName})` : localText(b.name, 'sv'),
          ]),
        ]
      : [],
  );
  update();
}

// ------------------------------------------------------------------ preview and snippets

function attributes(): [string, string][] {
  const name = component();
  const shown = (el: HTMLElement) =>
    !el.closest<HTMLElement>('.field')!.hidden && !(el as HTMLSelectElement).disabled;
  // The example data by its full address (the snippet is pasted on another site); an address the editor typed
  // as typed, so that a path on their own site (`/data/barn.json`) stays one: the preview, on this page, resolves
  // it the same way as before.
  const typed = sourceMode() === 'url' ? fields.url.value.trim() : undefined;
  // A file on the computer has no address to give (the preview gets it through `data`).
  const lastUrl = localFile(loaded?.url) ? undefined : loaded?.url;
  const src =
    sourceMode() === 'file' ? '' : ((typed && dataUrl() ? typed : undefined) ?? lastUrl ?? dataUrl() ?? '');
  const out: [string, string][] = [['src', src]];
  const add = (attr: string, el: HTMLInputElement | HTMLSelectElement) => {
    if (shown(el) && el.value.trim()) out.push([attr, el.value.trim()]);
  };
  if (name !== 'collaboration-diagram') {
    add('indicator', fields.indicator);
    add('area', fields.area);
    add('period', fields.period);
    add('from', fields.from);
    add('to', fields.to);
    add('compare', fields.compare);
    add('group', fields.group);
    add('heading', fields.heading);
  } else add('selected', fields.selected);
  add('theme', fields.theme);
  add('heading-level', fields.headingLevel);
  return out;
}

function frameTitle(options: SnippetOptions): string {
  const dataset = loaded?.dataset;
  const get = (k: string) => options.attributes.find(([a]) => a === k)?.[1];
  // In the embedded page's language: a screen reader reads the frame's title in the page's language.
  const lang = options.lang;
  const names: Record<EmbedComponent, [sv: string, en: string]> = {
    'trend-chart': ['Trenddiagram', 'Trend chart'],
    'municipality-map': ['Kommunkarta', 'Municipality map'],
    'wellbeing-wheel': ['Välbefinnandehjul', 'Wellbeing wheel'],
    'collaboration-diagram': ['Samverkansdiagram', 'Collaboration diagram'],
  };
  const parts = [names[options.component][lang === 'en' ? 1 : 0]];
  const indicator = dataset?.indicators.find((i) => i.id === get('indicator'));
  if (indicator) parts.push(localText(indicator.title, lang));
  const area = get('area');
  if (dataset && area) parts.push(areaIndexOf(dataset).name(area, lang));
  if (!dataset && loaded?.structure) parts.push(localText(loaded.structure.meta.title, lang));
  return parts.join(' – ');
}

function update(): void {
  const options: SnippetOptions = {
    component: component(),
    attributes: attributes(),
    lang: fields.lang.value === 'en' ? 'en' : 'sv',
  };
  const tag = `bpl-${options.component}`;
  // A file on the reader's computer is shown through the `data` property; it has no address for a snippet.
  const local = localFile(loaded?.url) ? (loaded!.dataset ?? loaded!.structure) : undefined;
  const hasData = options.attributes.some(([k, v]) => k === 'src' && v !== '');
  let el = preview.firstElementChild as HTMLElement | null;
  if (!hasData && !local) {
    // "Egen datafil" before an address is given: a neutral hint, not the component's red "no source" box.
    if (!el?.classList.contains('preview-hint')) {
      el = document.createElement('p');
      el.className = 'preview-hint';
      preview.replaceChildren(el);
    }
    el.textContent =
      sourceMode() === 'file'
        ? 'Förhandsvisningen visas här när du har valt en fil som går att läsa.'
        : 'Förhandsvisningen visas här när du har skrivit datafilens adress under 2 och valt ”Läs in”.';
  } else {
    if (!el || el.localName !== tag) {
      el = document.createElement(tag);
      preview.replaceChildren(el);
    }
    for (const attr of [...el.getAttributeNames()]) el.removeAttribute(attr);
    for (const [k, v] of options.attributes) if (v) el.setAttribute(k, v);
    if (options.lang === 'en') el.setAttribute('lang', 'en');
    (el as HTMLElement & { data?: unknown }).data = local;
  }
  preview.classList.toggle('dark', fields.theme.value === 'dark');

  // A file that was fetched but does not follow the format gives no snippet. One that could not be fetched
  // does: that may be this page's alone (a path on the editor's own site, a site that allows its own pages
  // but not this one, CORS).
  // A web page where the file should be is no verdict on the file either (this site's own "not found" page).
  // A file on the computer is the file itself, whatever it holds.
  const unreadable =
    (failure?.code === 'parse' && (failure.params.reason !== 'html' || sourceMode() === 'file')) ||
    failure?.code === 'schema';
  const noData = {
    text: unreadable
      ? 'Ingen kod: datafilen kunde inte läsas (se meddelandet under 2). Rätta filen och läs in eller välj den igen.'
      : local
        ? 'Ingen kod för en fil på datorn: lägg upp filen på webbplatsen och skriv dess adress under 2 (Egen datafil).'
        : 'Koden visas här när du har skrivit datafilens adress under 2.',
    error: unreadable,
  };
  const fix = (what: string) => ({
    text: `Ingen kod: rätta adressen till ${what} under 4 ovan.`,
    error: true,
  });
  const script = checkField(fields.script, true, 'https://www.kommun.se/bpl/bpl.js');
  showSnippet(
    'code-script',
    !hasData || unreadable || (script && !script.ok)
      ? undefined
      : scriptSnippet({ ...options, scriptUrl: script?.href ?? DEFAULT_SCRIPT_URL }),
    hasData && !unreadable ? fix('bpl.js') : noData,
  );
  const embed = checkField(fields.embed, false, 'https://www.kommun.se/bpl/embed.html');
  showSnippet(
    'code-iframe',
    !hasData || unreadable || (embed && !embed.ok)
      ? undefined
      : iframeSnippet({
          ...options,
          embedPage: embed?.href ?? new URL('embed.html', location.href).href,
          title: frameTitle(options),
          withHostScript: fields.hostScript.checked,
        }),
    hasData && !unreadable ? fix('inbäddningssidan') : noData,
  );
  setStatus(copyStatus, '');
}

async function copy(id: string, button: HTMLButtonElement): Promise<void> {
  const area = $<HTMLTextAreaElement>(id);
  if (!area.value) {
    setStatus(copyStatus, $<HTMLParagraphElement>(`${id}-problem`).textContent ?? '', true);
    return;
  }
  try {
    await navigator.clipboard.writeText(area.value);
    setStatus(
      copyStatus,
      `Kopierat: ${button.textContent?.replace(/^Kopiera /, '')}. Klistra in på er sida.`,
    );
  } catch {
    area.focus();
    area.select();
    setStatus(copyStatus, 'Koden är markerad. Kopiera den med Ctrl+C (Cmd+C på Mac).');
  }
}

// ------------------------------------------------------------------ wiring

function init(): void {
  fields.sample.replaceChildren(...SAMPLES.map((s) => option(s.file, s.label)));
  fields.script.value = DEFAULT_SCRIPT_URL;
  fields.embed.value = new URL('embed.html', location.href).href;
  $<HTMLSpanElement>('version').textContent = VERSION;

  const syncSamples = () => {
    const kind = KIND_OF[component()];
    for (const o of fields.sample.options)
      o.hidden = o.disabled = SAMPLES.find((s) => s.file === o.value)!.kind !== kind;
    if (fields.sample.selectedOptions[0]?.disabled)
      fields.sample.value = SAMPLES.find((s) => s.kind === kind)!.file;
  };
  const syncSource = () => {
    for (const el of form.querySelectorAll<HTMLElement>('[data-source]'))
      el.hidden = el.dataset.source !== sourceMode();
  };

  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('change', (e) => {
    const target = e.target as HTMLElement & { name?: string };
    if (target.name === 'component') {
      syncSamples();
      reloadData();
    } else if (target.name === 'source') {
      syncSource();
      reloadData();
    } else if (target === fields.sample) reloadData();
    else if (target === fields.file) {
      chooseFile();
      reloadData();
    } else if (target === fields.url) reloadData();
    else if (
      target === fields.indicator ||
      target === fields.area ||
      target === fields.group ||
      target === fields.period ||
      target === fields.from
    )
      refreshOptions();
    else update();
  });
  form.addEventListener('input', (e) => {
    const target = e.target as HTMLElement;
    if (target === fields.heading || target === fields.script || target === fields.embed) update();
  });
  // A message under the data address goes away as soon as the address is right.
  fields.url.addEventListener('input', () => {
    if (fields.url.getAttribute('aria-invalid') === 'true') checkField(fields.url, true, DATA_EXAMPLE);
  });
  fields.url.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      reloadData();
    }
  });
  $<HTMLButtonElement>('f-load').addEventListener('click', reloadData);
  fields.hostScript.addEventListener('change', update);
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]'))
    button.addEventListener('click', () => void copy(button.dataset.copy!, button));

  syncSamples();
  syncSource();
  reloadData();
}

init();
