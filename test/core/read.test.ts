import { beforeAll, describe, expect, it } from 'vitest';
import { BplError } from '../../src/core/errors.js';
import { errorLines, loadEnglish } from '../../src/core/i18n/localize.js';
import { ADAPTERS, decodeBody, readDataset } from '../../src/core/loader/read.js';
import '../../src/core/adapters/index.js';
import '../../src/core/loader/dataset-reader.js';

beforeAll(() => loadEnglish());

function thrown(fn: () => unknown): BplError {
  try {
    fn();
  } catch (error) {
    if (error instanceof BplError) return error;
    throw error;
  }
  throw new Error('did not throw');
}

const message = (e: BplError, lang: 'sv' | 'en' = 'sv') => errorLines(e, lang).message;
const UNREADABLE =
  'Filen går inte att läsa: den är varken JSON (dataformatet, Kolada eller PxWeb) eller en tabell (CSV).';

describe('reading a file: the usual mistakes get their own message', () => {
  it('an empty file', () => {
    const e = thrown(() => decodeBody('  \n'));
    expect(e.code).toBe('parse');
    expect(e.params.reason).toBe('empty');
    expect(message(e)).toBe(`${UNREADABLE} Den är tom.`);
    expect(message(e, 'en')).toMatch(/ It is empty\.$/);
  });

  it('a web page instead of the data file, without the browser’s English JSON error', () => {
    const e = thrown(() => decodeBody('<!doctype html><title>Sidan finns inte</title>'));
    expect(e.code).toBe('parse');
    expect(e.params.reason).toBe('html');
    expect(message(e)).toBe(`${UNREADABLE} Adressen gav en webbsida, inte en fil.`);
    expect(message(e)).not.toMatch(/token/);
  });

  it('a raw export with its own column names is read by what its columns hold', () => {
    const decoded = decodeBody('municipality_code;school_year;pct\n0604;2018/19;86,1\n');
    expect(decoded.type).toBe('csv');
    const { value } = readDataset(decoded);
    expect(value.indicators[0]).toMatchObject({ title: 'pct', unit: 'value' });
    expect(value.indicators[0]!.data).toEqual([
      { area: '0604', period: '2018/19', group: 'total', value: 86.1 },
    ]);
  });

  it('a table whose columns say nothing of area or period names them', () => {
    const e = thrown(() => readDataset(decodeBody('a;b;c\nx;y;1\nz;w;2\n')));
    expect(e.code).toBe('schema');
    expect(message(e)).toMatch(/^Det här är en tabell \(semikolonavgränsad\) med kolumnerna a, b, c\. /);
    expect(errorLines(e, 'sv').issues[0]).toMatch(/ingen kolumn för område .* bland a, b/);
  });

  it('a table on a page without the CSV reader says to import it, not that columns are missing', () => {
    const csv = ADAPTERS.csv;
    delete ADAPTERS.csv;
    try {
      const e = thrown(() => decodeBody('area,period,value\n0680,2024,1\n'));
      expect(e.code).toBe('parse');
      expect(e.params.reason).toBeUndefined();
      expect(e.params.detail).toMatch(/^CSV: import/);
    } finally {
      ADAPTERS.csv = csv;
    }
  });

  it('broken JSON is said in the page’s language, never with the parser’s English', () => {
    const e = thrown(() => decodeBody('{"meta": {'));
    expect(e.code).toBe('parse');
    expect(e.params.reason).toBe('json');
    expect(message(e)).toMatch(/^Filen är inte giltig JSON/);
    expect(message(e, 'en')).toMatch(/^The file is not valid JSON/);
    expect(message(e)).not.toMatch(/position|token|Unexpected|JSON\.parse/);
  });

  it('text already read wrongly (Windows-1252 as UTF-8) is named as such', () => {
    const e = thrown(() => decodeBody('Kommun;L\uFFFDs\uFFFDr;V\uFFFDrde\n'));
    expect(e.params.reason).toBe('encoding');
    expect(message(e)).toMatch(/Windows-1252/);
  });

  it('a time limit is said in seconds, also under one', () => {
    const timeout = (ms: number, lang?: 'en') => message(new BplError('timeout', { timeoutMs: ms }), lang);
    expect(timeout(30000)).toBe('Data kom inte inom 30 sekunder. Försök igen senare.');
    expect(timeout(500)).toBe('Data kom inte inom 0,5 sekunder. Försök igen senare.');
    expect(timeout(1000)).toBe('Data kom inte inom 1 sekund. Försök igen senare.');
    expect(timeout(1500, 'en')).toBe('The data did not arrive within 1.5 seconds. Try again later.');
    expect(timeout(1000, 'en')).toBe('The data did not arrive within 1 second. Try again later.');
  });

  it('messages of one component’s own errors come from that component’s strings', async () => {
    expect(message(new BplError('geometry', { url: 'x.json' }))).toBe('geometry');
    await import('../../src/components/municipality-map/municipality-map.i18n.js');
    expect(message(new BplError('geometry', { url: 'x.json' }))).toBe(
      'Kartans gränser gick inte att läsa från x.json.',
    );
    await import('../../src/components/collaboration-diagram/collaboration-diagram.i18n.js');
    // The diagram's English part is fetched with the English texts: until then its message is in Swedish.
    expect(message(new BplError('structure', { issues: [] }), 'en')).toBe(
      'Samverkansstrukturen hänger inte ihop: 0 fel.',
    );
    await loadEnglish();
    expect(message(new BplError('structure', { issues: [] }), 'en')).toBe(
      'The collaboration structure is inconsistent: 0 errors.',
    );
  });

  it('a document with neither list is still checked against the contract, naming every problem', () => {
    const e = thrown(() => readDataset({ type: 'json', value: { meta: { title: 'X' } } }));
    expect(e.code).toBe('schema');
    expect(e.params.issues?.length).toBeGreaterThan(0);
  });
});
