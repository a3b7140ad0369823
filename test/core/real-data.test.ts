import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertBytes } from '../../src/core/adapters/convert.js';
import { parseDataset } from '../../src/core/schema/validate.js';
import { AreaIndex } from '../../src/core/areas.js';
import type { Converted } from '../../src/core/adapters/table.js';

/**
 * Real statistics as they come (test/fixtures/real/SOURCE.md), and the real Skolverket values in the shapes
 * PxWeb and Excel write (test/fixtures/made/make.mjs): each is recognised for what it is and read truthfully.
 */
const file = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url));
const said = (c: Converted) =>
  c.issues.map((i) => (i.params?.said as { sv: string } | undefined)?.sv ?? i.kind);
const col = (c: Converted, role: string) => c.recognition.columns.find((x) => x.role === role);

/** The Skolverket extract's values: 2018/19, 13 municipalities, Mullsjö (0642) without a value. */
function expectSkolverket(c: Converted) {
  expect(said(c)).toEqual([]);
  const dataset = parseDataset(c.dataset);
  const indicator = dataset.indicators[0]!;
  expect(indicator.data).toHaveLength(13);
  expect(indicator.data.every((o) => o.period === '2018/19' && o.group === 'total')).toBe(true);
  expect(indicator.data.find((o) => o.area === '0604')!.value).toBe(86.1);
  expect(indicator.data.find((o) => o.area === '0687')!.value).toBe(82.1);
  expect(indicator.data.find((o) => o.area === '0642')).toMatchObject({ value: null });
  // Nothing invented: no goal, no polarity.
  expect(indicator.target).toBeUndefined();
  expect(indicator.polarity).toBeUndefined();
  return indicator;
}

describe('PxWeb, as it answers', () => {
  it('JSON-stat 2.0 from PxWebApi 2 (SCB TAB6471, recorded): recognised, and months refused by name', async () => {
    const c = await convertBytes(file('real/pxweb/scb-v2-TAB6471-data.jsonstat2.json'));
    expect(c.recognition.format).toBe('jsonstat');
    expect(c.recognition.title).toBe('Folkmängden per månad efter region, ålder, kön och månad');
    expect(col(c, 'area')!.name).toBe('region');
    // The 21 counties come as SCB's two digits (01) and become Kolada's (0001).
    expect(col(c, 'area')!.detail!.sv).toMatch(/21 läns- och rikskoder/);
    // TotSa ("totalt, samtliga män och kvinnor"), 1 (män), 2 (kvinnor).
    expect(col(c, 'group')!.detail!.sv).toBe(
      'totalt, samtliga män och kvinnor → totalt, män → pojkar, kvinnor → flickor',
    );
    expect(col(c, 'split')!.name).toBe('ålder');
    expect(said(c)).toEqual([
      '"2026M01", "2026M02", "2026M03", "2026M04" är ingen period som diagrammen kan visa (år som 2023 eller läsår som 2023/24; månader och kvartal går inte)',
    ]);
  });

  it('JSON-stat 2.0 from API v1 (SCB TAB3554, recorded): a national table is read for the area given', async () => {
    const bytes = file('real/pxweb/scb-v1-TAB3554-HE0110-jsonstat2.json');
    const without = await convertBytes(bytes);
    expect(said(without)[0]).toMatch(
      /^ingen kolumn för område .* bland kön, ålder, tabellinnehåll, år\. .*--area 0000$/,
    );
    const c = await convertBytes(bytes, { area: '0000' });
    expect(said(c)).toEqual([]);
    const indicator = parseDataset(c.dataset).indicators[0]!;
    expect(indicator.title).toBe('Medianinkomst, tkr');
    // "tkr" is no unit the charts know: a plain value (the title says tkr), never a percentage.
    expect(indicator.unit).toBe('value');
    expect(indicator.decimals).toBe(1);
    expect(indicator.data.map((o) => `${o.period} ${o.group}`)).toEqual([
      '2020 boys',
      '2021 boys',
      '2022 boys',
      '2020 girls',
      '2021 girls',
      '2022 girls',
      '2020 total',
      '2021 total',
      '2022 total',
    ]);
  });

  it('JSON-stat 2.0 with regions, a school year coded 20182019, a unit and a status', async () => {
    const c = await convertBytes(file('made/jsonstat2-behorighet.json'));
    const indicator = expectSkolverket(c);
    expect(indicator.unit).toBe('percent');
    expect(indicator.title).toBe('Andel behöriga (%)');
    expect(col(c, 'period')!.detail!.sv).toBe('20182019 → 2018/19');
    expect(c.recognition.markers).toEqual([{ marker: '..', status: 'missing', count: 1 }]);
  });

  it('API v1 JSON: codes only, values as text, .. for missing', async () => {
    const c = await convertBytes(file('made/pxweb-v1-behorighet.json'));
    expect(c.recognition.format).toBe('pxweb-json');
    const indicator = expectSkolverket(c);
    expect(indicator.unit).toBe('percent');
    expect(c.dataset!.meta.source).toEqual({ name: 'Skolverket' });
  });

  it('CSV, wide, Windows-1252, title line and footnote', async () => {
    const c = await convertBytes(file('made/pxweb-behorighet-wide-1252.csv'));
    expect(c.recognition).toMatchObject({
      format: 'pxweb-csv',
      encoding: 'windows-1252',
      delimiter: ';',
      shape: 'wide',
    });
    expect(c.recognition.title).toMatch(/^Andel elever i årskurs 9 behöriga/);
    const indicator = expectSkolverket(c);
    // The title says "Andel" but not in what: no percent by guess.
    expect(indicator.unit).toBe('value');
    expect(c.recognition.notes.map((n) => n.sv)).toContain(
      '1 rader efter tabellen (fotnoter, källa) lästes inte som data.',
    );
  });

  it('CSV, long, UTF-8 with BOM: "0680 Jönköping" labels, the contents column as the title and unit', async () => {
    const c = await convertBytes(file('made/pxweb-behorighet-long-utf8bom.csv'));
    expect(c.recognition).toMatchObject({
      format: 'pxweb-csv',
      encoding: 'utf-8-bom',
      delimiter: ',',
      shape: 'long',
    });
    const indicator = expectSkolverket(c);
    expect(indicator.title).toBe('Andel behöriga (%)');
    expect(indicator.unit).toBe('percent');
  });
});

describe('Kolada v3, as it answers', () => {
  it('the recorded answer (N21704, 2023): every area named, isdeleted read, no unit or goal invented', async () => {
    const c = await convertBytes(file('real/kolada/v3-data-N21704-2023-subset.omsorgsradar.json'));
    expect(c.recognition.format).toBe('kolada');
    const dataset = parseDataset(c.dataset);
    const names = new AreaIndex(dataset.areas);
    expect(['0180', '0580', '1280', '1480', '2480'].map((code) => names.name(code))).toEqual([
      'Stockholm',
      'Linköping',
      'Malmö',
      'Göteborg',
      'Umeå',
    ]);
    const indicator = dataset.indicators[0]!;
    expect(indicator).toMatchObject({ id: 'N21704', title: 'N21704', unit: 'value' });
    expect(indicator.polarity).toBeUndefined();
    expect(indicator.target).toBeUndefined();
    // A saved file alone: the description was not asked for, so it "saknas" rather than failed.
    expect(indicator.source!.name).toEqual({
      sv: 'Kolada (uppgifter om nyckeltalet saknas)',
      en: 'Kolada (the KPI’s description is missing)',
    });
    expect(indicator.data.find((o) => o.area === '0180' && o.group === 'girls')!.value).toBe(25.688929);
    expect(indicator.data).toHaveLength(15);
  });

  it('isdeleted values and rows are left out, and said', async () => {
    const page = JSON.parse(
      file('real/kolada/v3-data-N21704-2023-subset.omsorgsradar.json').toString('utf8'),
    );
    page.values[0].values[0].isdeleted = true;
    page.values[1].isdeleted = true;
    const c = await convertBytes(new TextEncoder().encode(JSON.stringify(page)));
    expect(c.dataset!.indicators[0]!.data).toHaveLength(11);
    expect(c.recognition.notes[0]!.sv).toBe(
      '4 värden som Kolada markerat som borttagna (isdeleted) lästes inte.',
    );
  });

  it('with the KPI’s description: its title, its description, and the unit its title states', async () => {
    const page = file('real/kolada/v3-data-N21704-2023-subset.omsorgsradar.json');
    // A description in /v3/kpi's shape (no recorded one exists; see SOURCE.md): the title here is made up.
    const metadata = {
      values: [{ id: 'N21704', title: 'Exempeltitel, andel (%)', description: 'Beskrivning.' }],
    };
    const c = await convertBytes(page, { extras: { metadata } });
    const indicator = parseDataset(c.dataset).indicators[0]!;
    expect(indicator).toMatchObject({
      title: 'Exempeltitel, andel (%)',
      description: 'Beskrivning.',
      unit: 'percent',
    });
    expect(indicator.source!.name).toEqual({ sv: 'Kolada', en: 'Kolada' });
  });
});

describe('Excel, as it saves', () => {
  it('"CSV (semikolonavgränsad)": Windows-1252, codes saved as numbers, Skolverket’s "." marker', async () => {
    const c = await convertBytes(file('excel/skolverket-behorighet-excel.csv'));
    expect(c.recognition).toMatchObject({ format: 'csv', encoding: 'windows-1252', delimiter: ';' });
    // The name column gives names, the code column codes (they were 604 … in the file).
    expect(c.recognition.columns.find((x) => x.name === 'Kommun')!.role).toBe('area-name');
    expect(col(c, 'area')!.name).toBe('Kommunkod');
    expect(col(c, 'area')!.detail!.sv).toMatch(/^13 koder utan inledande nolla fick den tillbaka/);
    expect(col(c, 'period')!.name).toBe('Läsår');
    const indicator = expectSkolverket(c);
    expect(indicator.data.find((o) => o.area === '0642')!.status).toBe('suppressed');
    expect(indicator.title).toBe('Andel behöriga (%)');
    expect(indicator.unit).toBe('percent');
  });

  it('"CSV UTF-8": a byte-order mark, the same reading', async () => {
    const c = await convertBytes(file('excel/skolverket-behorighet-utf8-bom.csv'));
    expect(c.recognition.encoding).toBe('utf-8-bom');
    expectSkolverket(c);
  });

  it('Kommun and Kommunkod side by side, Kön as words: the code column wins', async () => {
    const c = await convertBytes(file('excel/kommun-och-kod.csv'));
    expect(said(c)).toEqual([]);
    expect(col(c, 'area')!.name).toBe('Kommunkod');
    expect(col(c, 'group')!.detail!.sv).toBe('Totalt → totalt');
    expectSkolverket(c);
  });

  it('an .xlsx workbook, its first sheet or a named one', async () => {
    const c = await convertBytes(file('excel/skolverket-behorighet.xlsx'));
    expect(c.recognition.format).toBe('xlsx');
    expectSkolverket(c);
    const named = await convertBytes(file('excel/two-sheets.xlsx'), { sheet: 'Data' });
    expect(said(named)).toEqual([]);
    const wrong = await convertBytes(file('excel/two-sheets.xlsx'), { sheet: 'Finns inte' });
    expect(said(wrong)[0]).toMatch(/Info, Data/);
  });

  it('a sheet with names only: names become codes, and an unknown name says how to fix it', async () => {
    const names = await convertBytes(
      new TextEncoder().encode(
        'Kommun;År;Andel (%)\r\nAneby;2023;81,5\r\nJönköpings kommun;2023;80\r\nRiket;2023;79\r\n',
      ),
    );
    expect(said(names)).toEqual([]);
    expect(names.dataset!.indicators[0]!.data.map((o) => o.area)).toEqual(['0604', '0680', '0000']);
    const typo = await convertBytes(new TextEncoder().encode('Kommun;År;Andel (%)\r\nAnneby;2023;81,5\r\n'));
    expect(said(typo)[0]).toBe(
      'ett område är okänt: "Anneby". Kolumnen Kommun innehåller namn; lägg till en kolumn med kommunkoden (till exempel Kommunkod med 0680) eller stava namnet som SCB.',
    );
  });
});
