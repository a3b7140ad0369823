import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../src/core/adapters/xlsx.js';

// Written by LibreOffice from the Skolverket extract; see test/fixtures/excel/SOURCE.md.
const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/excel/${name}`, import.meta.url)));
const behorighet = fixture('skolverket-behorighet.xlsx');
const twoSheets = fixture('two-sheets.xlsx');

const HEADER = ['Kommun', 'Kommunkod', 'Läsår', 'Andel behöriga (%)'];

/** A stored (uncompressed) ZIP of the given parts, for cases no program writes on request. */
function zip(parts: Record<string, string>, flags = 0): Uint8Array {
  const enc = new TextEncoder();
  const locals: number[] = [];
  const central: number[] = [];
  const u16 = (a: number[], n: number) => a.push(n & 0xff, (n >> 8) & 0xff);
  const u32 = (a: number[], n: number) =>
    a.push(n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff);
  let count = 0;
  for (const [name, text] of Object.entries(parts)) {
    const n = enc.encode(name);
    const d = enc.encode(text);
    const offset = locals.length;
    u32(locals, 0x04034b50);
    [20, flags, 0, 0, 0].forEach((v) => u16(locals, v));
    [0, d.length, d.length].forEach((v) => u32(locals, v));
    u16(locals, n.length);
    u16(locals, 0);
    locals.push(...n, ...d);
    u32(central, 0x02014b50);
    [20, 20, flags, 0, 0, 0].forEach((v) => u16(central, v));
    [0, d.length, d.length].forEach((v) => u32(central, v));
    [n.length, 0, 0, 0, 0].forEach((v) => u16(central, v));
    [0, offset].forEach((v) => u32(central, v));
    central.push(...n);
    count++;
  }
  const end: number[] = [];
  u32(end, 0x06054b50);
  [0, 0, count, count].forEach((v) => u16(end, v));
  [central.length, locals.length].forEach((v) => u32(end, v));
  u16(end, 0);
  return new Uint8Array([...locals, ...central, ...end]);
}

const NS = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

/** A workbook as other writers make it: `x:` prefixes, an absolute target, inline strings, no references. */
const handMade = (sheetXml: string) =>
  zip({
    'xl/workbook.xml': `<x:workbook ${NS} xmlns:r="r"><x:sheets><x:sheet name="Blad &amp; data" sheetId="7" r:id="rId9"/></x:sheets></x:workbook>`,
    'xl/_rels/workbook.xml.rels': `<Relationships><Relationship Id="rId9" Type="…/worksheet" Target="/xl/worksheets/a.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings.xml"/></Relationships>`,
    'xl/strings.xml': `<x:sst ${NS}><x:si><x:t>Kommun</x:t></x:si><x:si><x:r><x:t xml:space="preserve">Jön</x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>köping</x:t></x:r><x:rPh><x:t>fonetik</x:t></x:rPh></x:si></x:sst>`,
    'xl/worksheets/a.xml': `<x:worksheet ${NS}><x:sheetData>${sheetXml}</x:sheetData></x:worksheet>`,
  });

async function said(promise: Promise<unknown>): Promise<{ sv: string; en: string }> {
  const error = await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  const s = (error as { said?: { sv: string; en: string } }).said;
  expect(s?.sv).toEqual(expect.any(String));
  expect(s?.en).toEqual(expect.any(String));
  return s!;
}

describe('readXlsx', () => {
  it("reads LibreOffice's conversion of the Skolverket sheet as the text stored", async () => {
    const book = await readXlsx(behorighet);
    expect(book.sheets).toEqual(['Blad1']);
    expect(book.sheet).toBe('Blad1');
    expect(book.rows).toHaveLength(14);
    expect(book.rows[0]).toEqual(HEADER);
    // Numbers as Excel keeps them: the code has lost its zero, the share is the decimal written.
    expect(book.rows[1]).toEqual(['Aneby', '604', '2018/19', '86.1']);
    expect(book.rows[3]).toEqual(['Mullsjö', '642', '2018/19', '.']);
    expect(book.rows[10]).toEqual(['Sävsjö', '684', '2018/19', '80']);
    expect(book.rows.every((r) => r.length === 4)).toBe(true);
  });

  it('reads the first sheet by default and another by name, in any case', async () => {
    const info = await readXlsx(twoSheets);
    expect(info.sheets).toEqual(['Info', 'Data']);
    expect(info.sheet).toBe('Info');
    // Rich text (a bold run) joined, entities decoded.
    expect(info.rows).toEqual([
      [
        'Behörighet till gymnasieskolans nationella program, årskurs 9, läsåret 2018/19 – huvudmän & kön: samtliga',
      ],
      ['Källa: Skolverket (via vagdur/SCBHandlerPlotter)'],
      ['"." = för få elever för att redovisa (< 5 ej behöriga)'],
    ]);
    const data = await readXlsx(twoSheets, 'data');
    expect(data.sheet).toBe('Data');
    expect(data.rows[0]).toEqual(HEADER);
    expect(data.rows.map((r) => r[1])).toEqual([
      'Kommunkod',
      ...['604', '617', '642', '643', '662', '665', '680', '682', '683', '684', '685', '686', '687'],
    ]);
  });

  it('names the sheets when the one asked for is not there', async () => {
    const s = await said(readXlsx(twoSheets, 'Blad1'));
    expect(s.sv).toContain('Blad1');
    expect(s.sv).toContain('Info, Data');
    expect(s.en).toContain('Info, Data');
  });

  it('places cells by reference, fills gaps and reads every cell type', async () => {
    const book = await readXlsx(
      handMade(
        '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="C1" t="inlineStr"><x:is><x:t>K&#246;n &#x2013; t&lt;o&gt;t</x:t></x:is></x:c></x:row>' +
          '<x:row r="3"><x:c r="A3" t="s"><x:v>1</x:v></x:c><x:c r="B3"><x:v>1.2E-3</x:v></x:c><x:c r="C3" t="b"><x:v>1</x:v></x:c><x:c r="D3" t="e"><x:v>#N/A</x:v></x:c><x:c r="E3" s="2"/></x:row>' +
          '<x:row><x:c t="str"><x:f>A1&amp;"x"</x:f><x:v>Kommunx</x:v></x:c><x:c t="b"><x:v>0</x:v></x:c><x:c r="AA4" t="inlineStr"><x:is><x:t>rad_x000D_bryt</x:t></x:is></x:c></x:row>' +
          '<x:row r="9"><x:c r="B9" s="1"/></x:row>',
      ),
    );
    expect(book.sheets).toEqual(['Blad & data']);
    const blank = (n: number) => Array<string>(n).fill('');
    expect(book.rows).toEqual([
      ['Kommun', '', 'Kön – t<o>t', ...blank(24)],
      blank(27),
      ['Jönköping', '1.2E-3', 'TRUE', '#N/A', ...blank(23)],
      ['Kommunx', 'FALSE', ...blank(24), 'rad\rbryt'],
    ]);
  });

  it('says so for a file that is not a ZIP, a damaged one and a ZIP that is no workbook', async () => {
    await said(readXlsx(new TextEncoder().encode('Kommun;Värde\r\nAneby;1\r\n')));
    await said(readXlsx(new Uint8Array()));
    await said(readXlsx(behorighet.slice(0, behorighet.length - 30)));
    await said(readXlsx(behorighet.slice(0, 2000)));
    await said(readXlsx(zip({ 'a.txt': 'hej' })));
  });

  it('says a workbook is password-protected (an OLE file, or an encrypted ZIP entry)', async () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const s = await said(readXlsx(ole));
    expect(s.sv).toBe(
      'Filen är lösenordsskyddad eller i det gamla .xls-formatet; spara den som .xlsx utan lösenord.',
    );
    expect(s.en).toContain('password');
    const locked = zip({ 'xl/workbook.xml': '<workbook/>' }, 1);
    expect((await said(readXlsx(locked))).en).toContain('password');
  });

  it('says a workbook without sheets has none', async () => {
    const s = await said(readXlsx(zip({ 'xl/workbook.xml': '<workbook><sheets/></workbook>' })));
    expect(s.en).toContain('no sheets');
  });

  it('resolves or rejects with a said Error for any bytes, never otherwise', async () => {
    const settles = async (bytes: Uint8Array) => {
      try {
        const book = await readXlsx(bytes);
        expect(Array.isArray(book.rows)).toBe(true);
      } catch (error) {
        expect(error).toBeInstanceOf(Error);
        expect((error as { said?: unknown }).said).toEqual({
          sv: expect.any(String),
          en: expect.any(String),
        });
      }
    };
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), settles), { numRuns: 300 });
    // Past the signature check: a ZIP's first bytes, then anything.
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), (tail) =>
        settles(new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...tail])),
      ),
      { numRuns: 300 },
    );
    // The real workbook with bytes changed: reaches the inflater and the XML scanning.
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(behorighet.length - 1), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        }),
        (changes) => {
          const bytes = behorighet.slice();
          for (const [at, value] of changes) bytes[at] = value;
          return settles(bytes);
        },
      ),
      { numRuns: 300 },
    );
  }, 30_000);
});

describe('convertBytes with an .xlsx', () => {
  it('gives areas with four digits and the "." marker as suppressed', async () => {
    const { convertBytes } = await import('../../src/core/adapters/convert.js');
    const { dataset, recognition } = await convertBytes(behorighet);
    expect(recognition.format).toBe('xlsx');
    const data = dataset!.indicators[0]!.data;
    expect(data.map((d) => d.area)).toEqual([
      '0604',
      '0617',
      '0642',
      '0643',
      '0662',
      '0665',
      '0680',
      '0682',
      '0683',
      '0684',
      '0685',
      '0686',
      '0687',
    ]);
    expect(data.find((d) => d.area === '0604')).toMatchObject({ value: 86.1 });
    expect(data.find((d) => d.area === '0642')).toMatchObject({ value: null, status: 'suppressed' });
  });

  it('reads the sheet named in the options', async () => {
    const { convertBytes } = await import('../../src/core/adapters/convert.js');
    const { dataset } = await convertBytes(twoSheets, { sheet: 'Data' });
    expect(dataset!.indicators[0]!.data).toHaveLength(13);
  });
});
