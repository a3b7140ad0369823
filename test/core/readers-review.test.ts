// The readers' review: each finding, as a file of the kind that showed it (the scratch files of the review,
// written out here). Nothing is guessed; what is not read is said.
import { describe, expect, it } from 'vitest';
import { codeOfAreaName } from '../../src/core/adapters/area-names.js';
import { convertBytes, convertText } from '../../src/core/adapters/convert.js';
import { fromCsv, parseLocaleNumber } from '../../src/core/adapters/csv.js';
import { fromKolada } from '../../src/core/adapters/kolada.js';
import { fromPxWeb } from '../../src/core/adapters/pxweb.js';
import { markerMeaning } from '../../src/core/adapters/read-any.js';
import { readArea } from '../../src/core/adapters/table.js';
import { recognitionLines } from '../../src/cli/report.js';
import type { Converted } from '../../src/core/adapters/table.js';

const said = (c: Converted) =>
  c.issues.map((i) => (i.params as { said?: { sv: string } }).said?.sv ?? i.kind);
const role = (c: Converted, name: string) => c.recognition.columns.find((x) => x.name === name);
/** Windows-1252 bytes, as Excel saves "CSV (semikolonavgränsad)". */
const cp1252 = (text: string) =>
  Uint8Array.from(
    text,
    (ch) => ({ Å: 0xc5, å: 0xe5, ä: 0xe4, ö: 0xf6, Ö: 0xd6, Ä: 0xc4 })[ch] ?? ch.charCodeAt(0),
  );

describe('1. a column of small whole numbers is no area', () => {
  it('only codes Sweden has are areas: 15 is no county, 0999 no municipality', () => {
    expect(readArea('15', false)).toBeUndefined();
    expect(readArea('0999', false)).toBeUndefined();
    expect(readArea('26', false)).toBeUndefined();
    expect(readArea('06', false)).toMatchObject({ code: '0006', via: 'county' });
    expect(readArea('0', false)).toMatchObject({ code: '0000' });
    expect(readArea('604', false)).toMatchObject({ code: '0604', via: 'padded' });
    expect(readArea('0680 Jönköping', false)).toMatchObject({ code: '0680', via: 'label' });
    expect(readArea('9999 Påhittad', false)).toBeUndefined();
  });

  it('Ålder beside Kommun stays a breakdown, even when its values are county codes', () => {
    for (const ages of [
      ['15', '16'],
      ['20', '21'],
    ]) {
      const c = fromCsv(`Kommun;År;Ålder;Värde\nAneby;2019;${ages[0]};80\nAneby;2019;${ages[1]};81\n`);
      expect(role(c, 'Kommun')!.role).toBe('area');
      expect(role(c, 'Ålder')!.role).toBe('split');
      expect(c.dataset!.indicators.flatMap((i) => i.data.map((o) => o.area))).toEqual(['0604', '0604']);
    }
  });

  it('a code column wins over the name column only with real codes', () => {
    const c = fromCsv('Kommun;Kommunkod;År;Värde\nAneby;9999;2019;1\nGnosjö;9998;2019;2\n');
    expect(role(c, 'Kommun')!.role).toBe('area');
    expect(role(c, 'Kommunkod')!.role).toBe('area-name');
    expect(c.dataset!.indicators[0]!.data.map((o) => o.area)).toEqual(['0604', '0617']);
  });

  it('the area note shows the codes as the file wrote them', () => {
    const c = fromCsv('Region;År;Värde\n06;2019;1\n00;2019;2\n604;2019;3\n');
    expect(role(c, 'Region')!.detail!.sv).toBe(
      '1 koder utan inledande nolla fick den tillbaka (604 → 0604); 2 läns- och rikskoder i SCB:s form skrivna som Koladas (06 → 0006, 00 → 0000)',
    );
  });

  it('an unknown code is said as a code no Swedish area has', () => {
    expect(said(fromCsv('Kommunkod;År;Värde\n0999;2019;1\n'))[0]).toMatch(
      /^ett område är okänt: "0999". Ingen kommun, region eller Riket har den koden/,
    );
  });
});

describe('2. Excel’s title row', () => {
  const data =
    'Kommun;Kommunkod;År;Värde;\r\nAneby;604;2019;86,1;\r\nJönköping;680;2019;88,2;\r\nVärnamo;683;2019;.;\r\n';
  const title = 'Behöriga till gymnasiet, andel (%)';

  it('a title row padded with delimiters, with or without a blank row after it, in Windows-1252', async () => {
    for (const text of [
      `${title};;;;\r\n${data}`,
      `${title}\r\n${data}`,
      `${title};;;;\r\n;;;;\r\n${data}`,
      `${title};;;;\r\nKälla: Skolverket;;;;\r\n\r\n${data}`,
    ]) {
      const c = await convertBytes(cp1252(text));
      expect(said(c), text).toEqual([]);
      expect(c.recognition).toMatchObject({ format: 'csv', encoding: 'windows-1252', title });
      expect(c.recognition.notes.map((n) => n.sv).join(' ')).not.toMatch(/rader efter tabellen/);
      const indicator = c.dataset!.indicators[0]!;
      expect(indicator).toMatchObject({ title, unit: 'percent' });
      expect(indicator.data.map((o) => o.area)).toEqual(['0604', '0680', '0683']);
    }
  });

  it('after a blank line, rows like data are data and single cells are footnotes', () => {
    const c = fromCsv(
      'Kommunkod;År;Värde\n0604;2019;1\n;;\n0680;2019;2\n0683;2019;\n\nKälla: Skolverket\nFotnot: 2019 preliminärt\n',
    );
    expect(said(c)).toEqual([]);
    expect(c.dataset!.indicators[0]!.data.map((o) => o.area)).toEqual(['0604', '0680', '0683']);
    expect(c.recognition.notes.map((n) => n.sv)).toContain(
      '2 rader efter tabellen (fotnoter, källa) lästes inte som data.',
    );
  });
});

describe('3. a saved Kolada page with next_url', () => {
  const page = {
    values: [{ kpi: 'N15428', municipality: '0680', period: 2023, values: [{ gender: 'T', value: 80 }] }],
    next_url: 'https://api.kolada.se/v3/data/kpi/N15428/municipality/0680?page=2',
  };

  it('is said incomplete in the report, the dataset’s notes and its source names', () => {
    const c = convertText(JSON.stringify(page));
    const notes = c.recognition.notes.map((n) => n.sv);
    expect(notes).toContain(
      `Data är ofullständig: Kolada-svaret har fler sidor, men ${page.next_url} lästes inte (hämta allt med bpl-data kolada). Bara 1 sida visas.`,
    );
    expect(notes).toContain(
      'Koladas beskrivning av nyckeltalet (N15428) finns inte i filen: titeln är nyckeltalets id och enheten anges inte.',
    );
    expect(notes.join(' ')).not.toContain('kunde inte hämtas');
    const dataset = c.dataset!;
    expect(dataset.meta.notes!.map((n) => (n as { sv: string }).sv).join(' ')).toContain('ofullständig');
    expect((dataset.meta.source!.name as { sv: string }).sv).toContain('ofullständig');
    expect((dataset.indicators[0]!.source!.name as { sv: string }).sv).toContain('ofullständig');
  });

  it('a description asked for and not had is still "kunde inte hämtas"; a followed page is complete', () => {
    const c = convertText(JSON.stringify(page), { extras: { pages: [], metadata: undefined } });
    const notes = c.recognition.notes.map((n) => n.sv).join(' ');
    expect(notes).toContain('(N15428) kunde inte hämtas');
    expect(notes).not.toContain('ofullständig');
    expect(fromKolada([page]).recognition.notes[0]!.sv).toContain('kunde inte hämtas');
  });
});

describe('4. one bad cell in an unnamed number column', () => {
  it('keeps the column and says the cell with its row', () => {
    const c = fromCsv(
      'Kommun;Kommunkod;År;Antal\nAneby;604;2019;12\nGnosjö;617;2019;1 234,5x\nHabo;643;2019;13\nJönköping;680;2019;14\nVärnamo;683;2019;15\n',
    );
    expect(role(c, 'Antal')!.role).toBe('value');
    expect(c.issues).toHaveLength(1);
    expect(c.issues[0]!.path).toEqual(['csv', 3, 'Antal']);
    expect(said(c)[0]).toBe('"1 234,5x" är varken ett tal eller en känd markering (.. . - ~100)');
  });

  it('1.234,5 and 1,234.5 are read (both separators: the last is the decimal one); 1.234 stays 1,234', () => {
    expect(parseLocaleNumber('1.234,5')).toBe(1234.5);
    expect(parseLocaleNumber('1,234.5')).toBe(1234.5);
    expect(parseLocaleNumber('1.234.567,25')).toBe(1234567.25);
    expect(parseLocaleNumber('1.234')).toBe(1.234);
    expect(parseLocaleNumber('1.234.5')).toBeUndefined();
    expect(parseLocaleNumber('1,23.5')).toBeUndefined();
    const c = fromCsv('Kommun;Kommunkod;År;Antal\nAneby;604;2019;1 234,5\nHabo;643;2019;1.234,5\n');
    expect(c.dataset!.indicators[0]!.data.map((o) => o.value)).toEqual([1234.5, 1234.5]);
  });

  it('a text column with a few numbers is no value column (Ålder with Totalt)', () => {
    const c = fromCsv(
      'Kommunkod;År;Ålder;Värde\n0680;2019;15;1\n0680;2019;16;2\n0680;2019;17;3\n0680;2019;Totalt;4\n',
    );
    expect(role(c, 'Ålder')!.role).toBe('filter');
    expect(c.dataset!.indicators[0]!.data.map((o) => o.value)).toEqual([4]);
  });
});

describe('5. a constant number column', () => {
  it('Årskurs 9 on every row beside the measure is a breakdown of one value, not an indicator', () => {
    const c = fromCsv('Kommunkod;År;Årskurs;Andel (%)\n0680;2019;9;80\n0604;2019;9;81\n');
    expect(role(c, 'Årskurs')).toMatchObject({ role: 'constant' });
    expect(role(c, 'Årskurs')!.detail!.sv).toBe('samma värde i alla rader (9); utelämnas');
    expect(c.dataset!.indicators.map((i) => i.title)).toEqual(['Andel (%)']);
  });

  it('two measures that vary stay two indicators', () => {
    const c = fromCsv('Kommunkod;År;Antal elever;Andel (%)\n0680;2020;1200;81,2\n0604;2020;90;77,0\n');
    expect(c.dataset!.indicators.map((i) => i.title)).toEqual(['Antal elever', 'Andel (%)']);
  });
});

describe('6. smaller findings', () => {
  it('an empty constant column says (tom), not ()', () => {
    const c = fromCsv('Kommunkod;År;Kommentar;Värde\n0680;2019;;1\n0604;2019;;2\n');
    expect(role(c, 'Kommentar')!.detail!.sv).toBe('samma värde i alla rader (tom); utelämnas');
  });

  it('more than five unknown names end with …', () => {
    const c = fromCsv(
      `Kommun;År;Värde\n${['A', 'B', 'C', 'D', 'E', 'F'].map((n) => `${n}by;2019;1`).join('\n')}\n`,
    );
    expect(said(c)[0]).toMatch(/^6 områden är okända: "Aby", "Bby", "Cby", "Dby", "Eby" …\. /);
  });

  it('names: "stad", "kommuns", bare county names, and Gotland the municipality', () => {
    const codes = (names: string[]) => names.map((n) => codeOfAreaName(n));
    expect(
      codes([
        'Göteborgs stad',
        'Malmö stad',
        'Stockholms stad',
        'Borås Stad',
        'Aneby kommun',
        'Jönköpings kommuns',
      ]),
    ).toEqual(['1480', '1280', '0180', '1490', '0604', '0680']);
    expect(codes(['Skåne', 'Västra Götaland', 'Dalarna', 'Halland', 'Norrbotten'])).toEqual([
      '0012',
      '0014',
      '0020',
      '0013',
      '0025',
    ]);
    expect(codes(['Gotland', 'Region Gotland', 'Gotlands län', 'Kalmar', 'Kalmar län', 'Stockholm'])).toEqual(
      ['0980', '0009', '0009', '0880', '0008', '0180'],
    );
  });

  it('a Kolada municipality group is said at its row, as no area the charts show', () => {
    const c = fromKolada([
      {
        values: [
          { kpi: 'N15428', municipality: '0680', period: 2023, values: [{ gender: 'T', value: 1 }] },
          { kpi: 'N15428', municipality: 'G12345', period: 2023, values: [{ gender: 'T', value: 5 }] },
          { kpi: 'N15428', municipality: 'G12345', period: 2022, values: [{ gender: 'T', value: 4 }] },
        ],
      },
    ]);
    expect(c.dataset).toBeUndefined();
    expect(c.issues).toHaveLength(1);
    expect(c.issues[0]!.path).toEqual(['values', 1, 'municipality']);
    expect(said(c)[0]).toBe(
      'G12345 är ingen kommun eller region: Koladas grupper (G…) visas inte i diagrammen',
    );
  });

  const cube = (status: unknown) => ({
    version: '2.0',
    class: 'dataset',
    label: 'Andel godkända',
    id: ['Region', 'Tid'],
    size: [1, 4],
    role: { time: ['Tid'], geo: ['Region'] },
    dimension: {
      Region: { label: 'region', category: { index: { '0680': 0 } } },
      Tid: { label: 'år', category: { index: { '2020': 0, '2021': 1, '2022': 2, '2023': 3 } } },
    },
    value: [70.1, 71.2, null, 73],
    status,
  });

  it('JSON-stat: "p" beside a value is preliminary; another symbol is counted, the value kept', () => {
    const c = fromPxWeb(cube({ 0: 'p', 1: '*', 2: '.', 3: 'e' }))!;
    expect(said(c)).toEqual([]);
    expect(c.dataset!.indicators[0]!.data).toEqual([
      { area: '0680', period: '2020', group: 'total', value: 70.1, status: 'preliminary' },
      { area: '0680', period: '2021', group: 'total', value: 71.2 },
      { area: '0680', period: '2022', group: 'total', value: null, status: 'missing' },
      { area: '0680', period: '2023', group: 'total', value: 73 },
    ]);
    expect(c.recognition.markers).toEqual([
      { marker: 'p', status: 'preliminary', count: 1 },
      { marker: '*', count: 1 },
      { marker: '.', status: 'missing', count: 1 },
      { marker: 'e', count: 1 },
    ]);
  });

  it('"." is missing in PxWeb’s files (SCB) and too few in Excel’s (Skolverket), and says which', () => {
    const px = fromCsv(
      '"Andel behöriga efter region och år"\n\n"region";"år";"Andel (%)"\n"0680 Jönköping";"2019";.\n"0604 Aneby";"2019";80\n',
    );
    expect(px.recognition.format).toBe('pxweb-csv');
    expect(px.recognition.markers).toMatchObject([{ marker: '.', status: 'missing' }]);
    const excel = fromCsv('Kommunkod;År;Värde\n0680;2019;.\n0604;2019;1\n');
    expect(excel.recognition.format).toBe('csv');
    expect(excel.recognition.markers).toEqual([{ marker: '.', status: 'suppressed', count: 1 }]);
    // The report says which meaning was read.
    expect(markerMeaning(px.recognition.markers[0]!)!.sv).toBe('SCB: uppgift kan inte förekomma');
    expect(markerMeaning(excel.recognition.markers[0]!)!.sv).toBe('Skolverket: för få elever');
    expect(recognitionLines(px.recognition)).toContain(
      '    "." × 1 → saknas (SCB: uppgift kan inte förekomma)',
    );
  });

  it('a table that names no measure is marked untitled; one with a title or a named value is not', () => {
    expect(fromCsv('Kommunkod;År;Värde\n0680;2019;1\n').recognition.untitled).toBe(true);
    expect(fromCsv('Kommunkod;År;Andel (%)\n0680;2019;1\n').recognition.untitled).toBeUndefined();
    expect(fromCsv('Titel;;\nKommunkod;År;Värde\n0680;2019;1\n').recognition.untitled).toBeUndefined();
  });
});
