import { expect } from '@open-wc/testing';
import { validateDataset } from '../../src/core/schema/validate.js';

/** "Gör om till datafil" in the builder (demo/builder-convert.ts), with real files from test/fixtures. */

function until(check: () => boolean, what: string, timeout = 20000): Promise<void> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const tick = () => {
      let ok = false;
      try {
        ok = check();
      } catch {
        ok = false;
      }
      if (ok) resolve();
      else if (performance.now() - start > timeout) reject(new Error(`timed out waiting for ${what}`));
      else setTimeout(tick, 50);
    };
    tick();
  });
}

type BuilderDoc = Document & { defaultView: Window & typeof globalThis };

async function openBuilder(width = 1100): Promise<BuilderDoc> {
  const frame = document.createElement('iframe');
  frame.title = 'test';
  frame.style.width = `${width}px`;
  frame.style.height = '900px';
  frame.src = '/demo/index.html';
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  const doc = frame.contentDocument as BuilderDoc;
  await until(() => doc.getElementById('cv-file') != null, 'the converter');
  return doc;
}

const status = (doc: Document) => doc.getElementById('cv-status')!;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Chooses a fixture through the file picker, as a reader would, and waits for it to be read. */
async function pick(doc: BuilderDoc, fixture: string): Promise<void> {
  const bytes = await (await fetch(`/test-raw/${fixture}`)).arrayBuffer();
  const win = doc.defaultView;
  const input = doc.getElementById('cv-file') as HTMLInputElement;
  const files = new win.DataTransfer();
  files.items.add(new win.File([bytes], fixture.split('/').pop()!));
  input.files = files.files;
  input.dispatchEvent(new win.Event('change', { bubbles: true }));
  await settled(doc);
}

async function settled(doc: Document): Promise<void> {
  await until(() => /Resultat:|kunde inte/.test(text(status(doc))), 'the file to be read');
}

function choose(doc: Document, id: string, value: string): void {
  const select = doc.getElementById(id) as HTMLSelectElement;
  expect(
    [...select.options].map((o) => o.value),
    `${id} offers ${value}`,
  ).to.include(value);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

function type(doc: Document, id: string, value: string): void {
  const input = doc.getElementById(id) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

function check(doc: Document, id: string, on = true): void {
  const input = doc.getElementById(id) as HTMLInputElement;
  if (input.checked !== on) input.click();
}

const fact = (doc: Document, name: string) => text(doc.querySelector(`#cv-status [data-fact="${name}"]`));

/**
 * axe on the section, inside the builder's frame: chai-a11y-axe's `to.be.accessible()` runs axe in the test's
 * own document, which cannot check an element of another document ("axe.run arguments are invalid").
 */
async function accessible(doc: BuilderDoc, el: Element): Promise<string[]> {
  const win = doc.defaultView as Window &
    typeof globalThis & {
      axe?: {
        run(el: Element): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
      };
    };
  if (!win.axe) {
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    doc.head.append(script);
    await new Promise((r) => script.addEventListener('load', r, { once: true }));
  }
  const result = await win.axe!.run(el);
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function downloaded(doc: Document): Promise<Record<string, unknown>> {
  const a = doc.querySelector<HTMLAnchorElement>('a#cv-download');
  expect(a !== null, 'the download link').to.equal(true);
  expect(a!.getAttribute('download')).to.equal('data.json');
  expect(a!.href).to.match(/^blob:/);
  return (await (await fetch(a!.href)).json()) as Record<string, unknown>;
}

/** The preview component, drawn, and without an error box. */
async function previewDrawn(doc: Document, tag: string): Promise<HTMLElement> {
  await until(() => doc.querySelector(`.cv-preview-frame ${tag}`) != null, `the ${tag} preview`);
  const el = doc.querySelector(`.cv-preview-frame ${tag}`) as HTMLElement & {
    whenSettled(): Promise<void>;
    status: string;
  };
  await until(() => el.shadowRoot?.querySelector('svg') != null, `${tag} drawn`);
  await el.whenSettled();
  expect(el.status).to.equal('ready');
  expect(el.shadowRoot!.querySelector('[role=alert]'), 'no error in the preview').to.equal(null);
  return el;
}

describe('builder: Gör om till datafil', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it("reads Excel's Windows-1252 CSV, fills in what the source lacks and downloads a valid data file", async () => {
    const doc = await openBuilder();
    const section = doc.getElementById('convert')!;
    expect(text(section.querySelector('h2'))).to.equal('Gör om till datafil');
    await pick(doc, 'excel/skolverket-behorighet-excel.csv');
    expect(status(doc).getAttribute('role')).to.equal('status');
    expect(text(status(doc))).to.include('Det här är en tabell');
    expect(fact(doc, 'format')).to.equal('Format: tabell (CSV)');
    expect(fact(doc, 'encoding')).to.equal('Teckenkodning: Windows-1252 (Excels standard för CSV)');
    expect(fact(doc, 'delimiter')).to.equal('Avgränsare: semikolon (;)');
    expect(fact(doc, 'result')).to.equal('Resultat: 1 indikator, 13 värden.');
    const rows = [...doc.querySelectorAll('.cv-columns tbody tr')].map((tr) => [
      text(tr.querySelector('th')),
      text(tr.querySelector('.cv-role')),
      text(tr.querySelector('.cv-detail')),
    ]);
    expect(rows.find((r) => r[0] === 'Kommunkod')?.slice(0, 2)).to.deep.equal(['Kommunkod', 'område']);
    expect(rows.find((r) => r[0] === 'Kommun')?.[1]).to.equal('namn på område');
    // Mullsjö's value is Skolverket's "." (too few pupils), and the list says which meaning was read.
    expect([...doc.querySelectorAll('.cv-markers li')].map(text)).to.deep.equal([
      '. × 1 → dold (för få svarande) (Skolverket: för få elever)',
    ]);
    // Its value column is named ("Andel behöriga (%)"): no note asks for a title.
    expect(doc.querySelector('[data-note="untitled"]')).to.equal(null);
    expect(doc.getElementById('cv-problems')).to.equal(null);

    // One school year in 13 municipalities: a map.
    await previewDrawn(doc, 'bpl-municipality-map');

    // The goal waits for a percentage with a direction (the unit is percent already, from "(%)").
    expect((doc.getElementById('cv-0-unit') as HTMLSelectElement).value).to.equal('percent');
    const goal = doc.getElementById('cv-0-goal') as HTMLInputElement;
    expect(goal.disabled).to.equal(true);
    expect(text(doc.getElementById('cv-0-goal-why'))).to.include('högre eller lägre är bättre');
    choose(doc, 'cv-0-unit', 'count');
    choose(doc, 'cv-0-polarity', 'higher-is-better');
    expect((doc.getElementById('cv-0-goal') as HTMLInputElement).disabled).to.equal(true);
    expect(text(doc.getElementById('cv-0-goal-why'))).to.include('enheten procent');
    choose(doc, 'cv-0-unit', 'percent');
    expect((doc.getElementById('cv-0-goal') as HTMLInputElement).disabled).to.equal(false);
    expect(doc.getElementById('cv-0-goal-why')).to.equal(null);
    expect((doc.getElementById('cv-0-change') as HTMLInputElement).disabled).to.equal(true);
    check(doc, 'cv-0-goal');
    expect((doc.getElementById('cv-0-change') as HTMLInputElement).value).to.equal('2');
    expect((doc.getElementById('cv-0-baseline') as HTMLSelectElement).value).to.equal('2018/19');
    type(doc, 'cv-0-title', 'Behöriga till gymnasiet, årskurs 9');
    choose(doc, 'cv-0-focus', 'completed-studies');
    doc.querySelector<HTMLInputElement>('input[name="cv-0-dimension"][value="achieving"]')!.click();
    type(doc, 'cv-source', 'Skolverket');
    type(doc, 'cv-title', 'Behörighet till gymnasiet');

    const file = await downloaded(doc);
    expect(file.$schema).to.match(
      /^https:\/\/cdn\.jsdelivr\.net\/npm\/@bastaplatsen\/viz@[\d.]+[^/]*\/schema\/dataset\.schema\.json$/,
    );
    expect(Object.keys(file)[0]).to.equal('$schema');
    const result = validateDataset(file);
    expect(result.ok, JSON.stringify(!result.ok && result.issues)).to.equal(true);
    expect(file.meta).to.deep.include({ title: 'Behörighet till gymnasiet', source: { name: 'Skolverket' } });
    const indicator = (file.indicators as Record<string, unknown>[])[0]!;
    expect(indicator).to.deep.include({
      title: 'Behöriga till gymnasiet, årskurs 9',
      unit: 'percent',
      polarity: 'higher-is-better',
      focusArea: 'completed-studies',
      dimensions: ['achieving'],
      target: { baseline: '2018/19', annualChange: 2 },
    });
    const mullsjo = (indicator.data as { area: string; status?: string }[]).find((o) => o.area === '0642');
    expect(mullsjo?.status).to.equal('suppressed');
    await previewDrawn(doc, 'bpl-municipality-map');

    // An empty title cannot be downloaded: the problem is said, the button is disabled.
    type(doc, 'cv-0-title', '');
    expect(doc.querySelector('a#cv-download')).to.equal(null);
    expect((doc.getElementById('cv-download') as HTMLButtonElement).disabled).to.equal(true);
    expect(text(doc.getElementById('cv-check-problems'))).to.include('title');
    type(doc, 'cv-0-title', 'Behöriga');
    expect(doc.querySelector('a#cv-download') !== null, 'the download link again').to.equal(true);

    expect(await accessible(doc, section)).to.deep.equal([]);
  });

  it('offers the sheets of a workbook and reads the chosen one', async () => {
    const doc = await openBuilder();
    await pick(doc, 'excel/two-sheets.xlsx');
    const sheet = doc.getElementById('cv-sheet') as HTMLSelectElement;
    expect([...sheet.options].map((o) => o.value)).to.deep.equal(['Info', 'Data']);
    expect(fact(doc, 'format')).to.equal('Format: Excel-blad (.xlsx)');
    // The first sheet is an explanation, not a table: problems, and nothing to download.
    expect(doc.getElementById('cv-problems')!.getAttribute('role')).to.equal('alert');
    expect(text(doc.getElementById('cv-problems'))).to.include('välj bladet med tabellen');
    // No area field: the sheet has no periods either, so another sheet is the way, not an area.
    expect(doc.getElementById('cv-area')).to.equal(null);
    expect(text(doc.getElementById('cv-problems'))).not.to.include('bpl-data');
    expect(doc.querySelector('#cv-download')).to.equal(null);
    choose(doc, 'cv-sheet', 'Data');
    await until(() => /Resultat: 1 indikator/.test(fact(doc, 'result')), 'the Data sheet');
    expect(doc.getElementById('cv-problems')).to.equal(null);
    expect(text(doc.querySelector('.cv-notes'))).to.include('Bladet "Data" lästes');
    const result = validateDataset(await downloaded(doc));
    expect(result.ok).to.equal(true);
    expect(await accessible(doc, doc.getElementById('convert')!)).to.deep.equal([]);
  });

  it('a table that names no measure: a note asks for the title', async () => {
    const doc = await openBuilder();
    const win = doc.defaultView;
    const input = doc.getElementById('cv-file') as HTMLInputElement;
    const files = new win.DataTransfer();
    files.items.add(new win.File(['Kommunkod;År;Värde\n0680;2019;1\n0604;2019;2\n'], 'utan-titel.csv'));
    input.files = files.files;
    input.dispatchEvent(new win.Event('change', { bubbles: true }));
    await settled(doc);
    expect(text(doc.querySelector('[data-note="untitled"]'))).to.equal(
      'Tabellen säger inte vad som mäts (ingen titel och ingen namngiven värdekolumn): fyll i indikatorns titel nedan. Tills dess heter den ”indikator”.',
    );
  });

  it('reads JSON-stat from PxWeb, with its ".." and its source', async () => {
    const doc = await openBuilder();
    await pick(doc, 'made/jsonstat2-behorighet.json');
    expect(fact(doc, 'format')).to.equal('Format: JSON-stat 2.0 (PxWeb)');
    expect(text(status(doc))).to.include('Det här är JSON-stat 2.0 från PxWeb');
    expect([...doc.querySelectorAll('.cv-markers li')].map(text)).to.deep.equal(['.. × 1 → saknas']);
    const rows = [...doc.querySelectorAll('.cv-columns tbody tr')].map((tr) =>
      text(tr.querySelector('.cv-role')),
    );
    expect(rows).to.include.members(['område', 'indikator', 'period']);
    expect((doc.getElementById('cv-source') as HTMLInputElement).value).to.equal('Skolverket');
    await previewDrawn(doc, 'bpl-municipality-map');
    expect(validateDataset(await downloaded(doc)).ok).to.equal(true);
  });

  it('says in Swedish why monthly figures cannot be used, and offers no download', async () => {
    const doc = await openBuilder();
    await pick(doc, 'real/pxweb/scb-v2-TAB6471-data.jsonstat2.json');
    const problems = doc.getElementById('cv-problems')!;
    expect(problems.getAttribute('role')).to.equal('alert');
    expect(text(problems)).to.include('är ingen period som diagrammen kan visa');
    expect(text(problems)).to.include('månader och kvartal går inte');
    expect(doc.querySelector('#cv-download')).to.equal(null);
    expect(doc.querySelector('.cv-preview-frame')).to.equal(null);
    const rows = [...doc.querySelectorAll('.cv-columns tbody tr')].map((tr) =>
      text(tr.querySelector('.cv-role')),
    );
    expect(rows).to.include('egen indikator per värde');
    expect(await accessible(doc, doc.getElementById('convert')!)).to.deep.equal([]);
  });

  it('lets a table without an area column be given one: Riket', async () => {
    const doc = await openBuilder();
    await pick(doc, 'real/pxweb/scb-v1-TAB3554-HE0110-jsonstat2.json');
    const problems = doc.getElementById('cv-problems')!;
    expect(text(problems)).to.include('ingen kolumn för område');
    expect(text(problems)).to.include('Hela tabellen gäller området');
    expect(text(problems)).not.to.include('bpl-data');
    expect(doc.querySelector('#cv-download')).to.equal(null);
    choose(doc, 'cv-area', '0000');
    await until(() => /Resultat: 1 indikator/.test(fact(doc, 'result')), 'the table as Riket');
    expect(doc.getElementById('cv-problems')).to.equal(null);
    expect((doc.getElementById('cv-area') as HTMLSelectElement).value).to.equal('0000');
    // Medianinkomst in tkr: no percent, so no goal.
    expect((doc.getElementById('cv-0-goal') as HTMLInputElement).disabled).to.equal(true);
    // Three years: a trend chart of Riket.
    const chart = await previewDrawn(doc, 'bpl-trend-chart');
    expect(chart.getAttribute('area')).to.equal('0000');
    const file = await downloaded(doc);
    expect(validateDataset(file).ok).to.equal(true);
    const data = (file.indicators as { data: { area: string }[] }[])[0]!.data;
    expect(new Set(data.map((o) => o.area))).to.deep.equal(new Set(['0000']));
    expect(await accessible(doc, doc.getElementById('convert')!)).to.deep.equal([]);
  });

  it('fetches an address, and says a 404 as the server answered it', async () => {
    const doc = await openBuilder();
    type(doc, 'cv-url', '/test-raw/made/jsonstat2-behorighet.json');
    (doc.getElementById('cv-fetch') as HTMLButtonElement).click();
    await settled(doc);
    expect(fact(doc, 'result')).to.equal('Resultat: 1 indikator, 13 värden.');
    expect(text(status(doc))).to.include('jsonstat2-behorighet.json:');

    type(doc, 'cv-url', '/test-api/status?code=404');
    (doc.getElementById('cv-fetch') as HTMLButtonElement).click();
    await until(() => text(status(doc)).includes('servern svarade 404'), 'the 404');
    expect(text(status(doc))).to.include('filen finns inte');
    expect(doc.querySelector('#cv-download')).to.equal(null);

    // A fetch that fails without an answer (nothing listens on port 9), as a CORS refusal does: said as CORS.
    type(doc, 'cv-url', 'http://127.0.0.1:9/data.csv');
    (doc.getElementById('cv-fetch') as HTMLButtonElement).click();
    await until(() => text(status(doc)).includes('kunde inte hämtas'), 'the refusal');
    expect(text(status(doc))).to.include('(CORS)');

    // No https://: said next to the field.
    type(doc, 'cv-url', 'www.kommun.se/data.csv');
    (doc.getElementById('cv-fetch') as HTMLButtonElement).click();
    const url = doc.getElementById('cv-url')!;
    expect(url.getAttribute('aria-invalid')).to.equal('true');
    expect(url.getAttribute('aria-describedby')).to.include('cv-url-error');
    expect(text(doc.getElementById('cv-url-error'))).to.include('https://www.kommun.se/data.csv');
  });

  it('takes a dropped file, and fits 320 px', async () => {
    const doc = await openBuilder(320);
    const win = doc.defaultView;
    const bytes = await (await fetch('/test-raw/excel/skolverket-behorighet-excel.csv')).arrayBuffer();
    const files = new win.DataTransfer();
    files.items.add(new win.File([bytes], 'behorighet.csv'));
    const zone = doc.querySelector('.dropzone')!;
    expect(zone.getAttribute('role')).to.equal('group');
    expect(text(doc.getElementById(zone.getAttribute('aria-labelledby')!))).to.include('Släpp filen här');
    zone.dispatchEvent(
      new win.DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: files }),
    );
    await until(() => zone.classList.contains('dragging'), 'the drop zone to show it');
    zone.dispatchEvent(new win.DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: files }));
    await settled(doc);
    expect(zone.classList.contains('dragging')).to.equal(false);
    expect(text(status(doc))).to.include('behorighet.csv:');
    await previewDrawn(doc, 'bpl-municipality-map');
    expect(doc.documentElement.scrollWidth).to.be.at.most(320);
    expect(await accessible(doc, doc.getElementById('convert')!)).to.deep.equal([]);
  });

  it('works under the strict CSP with Trusted Types required', async () => {
    const page =
      '<section id="convert" aria-labelledby="h"><h2 id="h">Gör om till datafil</h2><div id="convert-app"></div></section>' +
      '<script type="module" src="/demo/builder-convert.ts"></script>';
    const frame = document.createElement('iframe');
    frame.title = 'csp';
    frame.style.width = '1100px';
    frame.style.height = '900px';
    frame.src = `/test-csp/page?html=${encodeURIComponent(page)}`;
    document.body.append(frame);
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    const doc = frame.contentDocument as BuilderDoc;
    const win = doc.defaultView as BuilderDoc['defaultView'] & { cspViolations: string[] };
    await until(() => doc.getElementById('cv-file') != null, 'the converter under the CSP');
    await pick(doc, 'made/jsonstat2-behorighet.json');
    choose(doc, 'cv-0-polarity', 'higher-is-better');
    check(doc, 'cv-0-goal');
    await previewDrawn(doc, 'bpl-municipality-map');
    const file = await downloaded(doc);
    expect((file.indicators as { target?: unknown }[])[0]!.target).to.deep.equal({
      baseline: '2018/19',
      annualChange: 2,
    });
    expect(win.cspViolations).to.deep.equal([]);
  });
});
