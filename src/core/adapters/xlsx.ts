/**
 * Excel's `.xlsx` without a library: a workbook is a ZIP of XML parts, and the little we need of it (sheet
 * names, shared strings, one sheet's cells as text) fits in a page. Loaded only on demand by convert.ts.
 * String scanning rather than DOMParser, so that `bpl-data` runs it in Node as well.
 */

export interface XlsxBook {
  /** Every sheet's name, in the workbook's order. */
  sheets: string[];
  /** The sheet read. */
  sheet: string;
  /** Its cells as the text stored, placed by their references; gaps are ''. */
  rows: string[][];
}

type Said = { sv: string; en: string };

function fail(sv: string, en: string): never {
  throw Object.assign(new Error(en), { said: { sv, en } satisfies Said });
}

function damaged(): never {
  return fail(
    'Filen är inte en läsbar Excel-fil (.xlsx); den kan vara skadad eller ofullständig.',
    'The file is not a readable Excel file (.xlsx); it may be damaged or incomplete.',
  );
}

function locked(): never {
  return fail(
    'Filen är lösenordsskyddad eller i det gamla .xls-formatet; spara den som .xlsx utan lösenord.',
    'The file is password-protected or in the old .xls format; save it as .xlsx without a password.',
  );
}

// Far beyond any sheet Excel can hold (1 048 576 rows × 16 384 columns of text), but it stops a ZIP bomb.
const MAX_PART = 256 * 1024 * 1024;

/** The stored or deflated parts of the ZIP, by name, read from the central directory (local headers may lack sizes). */
function unzip(bytes: Uint8Array): Map<string, () => Promise<Uint8Array>> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  // The end record sits in the last 22 bytes plus a comment of at most 65 535.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--)
    if (u32(at) === 0x06054b50) {
      end = at;
      break;
    }
  if (end < 0) damaged();
  const parts = new Map<string, () => Promise<Uint8Array>>();
  const names = new TextDecoder();
  let at = u32(end + 16);
  for (let n = u16(end + 10); n > 0; n--) {
    if (at + 46 > bytes.length || u32(at) !== 0x02014b50) damaged();
    const flags = u16(at + 8);
    const method = u16(at + 10);
    const size = u32(at + 20);
    const local = u32(at + 42);
    const name = names.decode(bytes.subarray(at + 46, at + 46 + u16(at + 28)));
    at += 46 + u16(at + 28) + u16(at + 30) + u16(at + 32);
    parts.set(name, async () => {
      if (flags & 1) locked();
      if (local + 30 > bytes.length || u32(local) !== 0x04034b50) damaged();
      const start = local + 30 + u16(local + 26) + u16(local + 28);
      if (start + size > bytes.length) damaged();
      const data = bytes.subarray(start, start + size);
      if (method === 0) return data;
      if (method !== 8) damaged();
      return inflate(data);
    });
  }
  return parts;
}

async function inflate(data: Uint8Array): Promise<Uint8Array> {
  // 'deflate-raw' came with Chromium 103, Firefox 113, Safari 16.4 and Node 20.
  if (typeof DecompressionStream === 'undefined')
    fail(
      'Webbläsaren är för gammal för att öppna Excel-filer; spara bladet som CSV eller uppdatera webbläsaren.',
      'The browser is too old to open Excel files; save the sheet as CSV or update the browser.',
    );
  const reader = new Blob([data as BlobPart])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'))
    .getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      length += value.length;
      if (length > MAX_PART) {
        void reader.cancel().catch(() => {});
        damaged();
      }
    }
  } catch (error) {
    if ((error as { said?: Said }).said) throw error;
    damaged();
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

const entity = /&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos));/gi;
const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return (
    text
      .replace(entity, (whole, dec?: string, hex?: string, name?: string) => {
        if (name) return named[name.toLowerCase()] ?? whole;
        const code = dec ? Number(dec) : parseInt(hex!, 16);
        return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      })
      // Excel's own escape for characters XML cannot carry (a carriage return is `_x000D_`).
      .replace(/_x([0-9a-f]{4})_/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
  );
}

function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [, name, , value] of tag.matchAll(/([\w:.-]+)\s*=\s*(["'])([\s\S]*?)\2/g))
    found[name!] = decode(value!);
  return found;
}

// Writers differ in namespace prefixes (`<x:c>` from the Open XML SDK), so every element allows one.
const element = (name: string) =>
  new RegExp(`<(?:\\w+:)?${name}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</(?:\\w+:)?${name}>)`, 'g');

/** The text of a shared or inline string: its `<t>`s joined, leaving out phonetic guides (`<rPh>`). */
function text(xml: string): string {
  let out = '';
  for (const [, , inner] of xml.replace(element('rPh'), '').matchAll(element('t')))
    out += decode(inner ?? '');
  return out;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const c of letters.toUpperCase()) n = n * 26 + c.charCodeAt(0) - 64;
  return n - 1;
}

function readSheet(xml: string, shared: string[]): string[][] {
  const rows: string[][] = [];
  let width = 0;
  let next = 0;
  for (const [, rowTag, rowXml] of xml.matchAll(element('row'))) {
    // References are optional in the format; without them rows and cells follow each other.
    const r = Number(attributes(rowTag!).r ?? next + 1) - 1;
    if (!Number.isInteger(r) || r < 0 || r >= 1048576) damaged();
    next = r + 1;
    let col = 0;
    const row: string[] = [];
    for (const [, cellTag, cellXml] of (rowXml ?? '').matchAll(element('c'))) {
      const a = attributes(cellTag!);
      const ref = a.r ? /^([A-Z]{1,3})\d*$/i.exec(a.r) : null;
      if (a.r && !ref) damaged();
      const c = ref ? columnIndex(ref[1]!) : col;
      if (c >= 16384) damaged();
      col = c + 1;
      const v = /<(?:\w+:)?v\b[^>]*>([\s\S]*?)<\/(?:\w+:)?v>/.exec(cellXml ?? '');
      const raw = v ? decode(v[1]!) : '';
      let value: string;
      if (a.t === 'inlineStr') value = text(cellXml ?? '');
      else if (a.t === 's') value = raw === '' ? '' : (shared[Number(raw)] ?? damaged());
      else if (a.t === 'b') value = raw === '1' ? 'TRUE' : raw === '0' ? 'FALSE' : raw;
      else value = raw;
      if (value === '') continue;
      while (row.length < c) row.push('');
      row[c] = value;
    }
    if (!row.length) continue;
    while (rows.length < r) rows.push([]);
    rows[r] = row;
    width = Math.max(width, row.length);
  }
  for (const row of rows) while (row.length < width) row.push('');
  return rows;
}

function resolve(target: string): string {
  const path = target.startsWith('/') ? target.slice(1).split('/') : ['xl', ...target.split('/')];
  const out: string[] = [];
  for (const p of path) {
    if (p === '..') out.pop();
    else if (p && p !== '.') out.push(p);
  }
  return out.join('/');
}

export async function readXlsx(bytes: Uint8Array, sheet?: string): Promise<XlsxBook> {
  // An encrypted .xlsx is not a ZIP but an OLE compound file, as the old .xls is.
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) locked();
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) damaged();
  const parts = unzip(bytes);
  const utf8 = new TextDecoder();
  const read = async (name: string) => {
    const part = parts.get(name);
    return part ? utf8.decode(await part()) : undefined;
  };
  const workbook = await read('xl/workbook.xml');
  if (workbook === undefined)
    fail(
      'Filen är en ZIP-fil men ingen Excel-arbetsbok (.xlsx).',
      'The file is a ZIP file but not an Excel workbook (.xlsx).',
    );
  const targets = new Map<string, string>();
  let strings = 'xl/sharedStrings.xml';
  for (const [, tag] of ((await read('xl/_rels/workbook.xml.rels')) ?? '').matchAll(
    element('Relationship'),
  )) {
    const a = attributes(tag!);
    if (a.Id && a.Target) targets.set(a.Id, resolve(a.Target));
    if (a.Target && a.Type?.endsWith('/sharedStrings')) strings = resolve(a.Target);
  }
  const list = [...workbook.matchAll(element('sheet'))].map(([, tag]) => {
    const a = attributes(tag!);
    const id = Object.keys(a).find((k) => k.endsWith(':id'));
    return { name: a.name ?? '', path: id ? targets.get(a[id]!) : undefined };
  });
  const sheets = list.map((s) => s.name);
  if (!list.length) fail('Arbetsboken har inga blad.', 'The workbook has no sheets.');
  const chosen =
    sheet === undefined ? list[0]! : list.find((s) => s.name.toLowerCase() === sheet.toLowerCase());
  if (!chosen)
    fail(
      `Arbetsboken har inget blad som heter "${sheet}". Bladen är: ${sheets.join(', ')}.`,
      `The workbook has no sheet named "${sheet}". Its sheets are: ${sheets.join(', ')}.`,
    );
  const xml = chosen.path ? await read(chosen.path) : undefined;
  if (xml === undefined) damaged();
  const shared = [...((await read(strings)) ?? '').matchAll(element('si'))].map(([, , inner]) =>
    text(inner ?? ''),
  );
  return { sheets, sheet: chosen.name, rows: readSheet(xml, shared) };
}
