import { describe, expect, it } from 'vitest';
import { BplError } from '../../src/core/errors.js';
import { CORE_STRINGS } from '../../src/core/i18n/localize.js';
import { ADAPTERS, decodeBody, readDataset } from '../../src/core/loader/read.js';
import '../../src/core/adapters/index.js';
import { readStructure } from '../../src/core/loader/structure-reader.js';
import '../../src/core/loader/dataset-reader.js';

function thrown(fn: () => unknown): BplError {
  try {
    fn();
  } catch (error) {
    if (error instanceof BplError) return error;
    throw error;
  }
  throw new Error('did not throw');
}

const message = (e: BplError, lang: 'sv' | 'en' = 'sv') =>
  CORE_STRINGS[lang].errors[e.code](e.params as never);

describe('reading a file: the usual mistakes get their own message', () => {
  it('an empty file', () => {
    const e = thrown(() => decodeBody('  \n'));
    expect(e.code).toBe('parse');
    expect(e.params.reason).toBe('empty');
    expect(message(e)).toBe('Filen är tom.');
    expect(message(e, 'en')).toBe('The file is empty.');
  });

  it('a web page instead of the data file, without the browser’s English JSON error', () => {
    const e = thrown(() => decodeBody('<!doctype html><title>Sidan finns inte</title>'));
    expect(e.code).toBe('parse');
    expect(e.params.reason).toBe('html');
    expect(message(e)).toMatch(/^Adressen gav en webbsida \(HTML\), inte en datafil\./);
    expect(message(e)).not.toMatch(/JSON|token/);
  });

  it('a table without the contract’s columns names its own columns', () => {
    const e = thrown(() => decodeBody('municipality_code;school_year;pct\n0604;2018/19;86,1\n'));
    expect(e.code).toBe('parse');
    expect(e.params).toEqual({ reason: 'columns', available: ['municipality_code', 'school_year', 'pct'] });
    expect(message(e)).toBe(
      'Filen ser ut som en tabell (CSV) men saknar kolumnerna area, period och value, som behövs. Filens kolumner: municipality_code, school_year, pct.',
    );
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

  it('other broken JSON keeps the technical detail, labelled as such', () => {
    const e = thrown(() => decodeBody('{"meta": {'));
    expect(e.code).toBe('parse');
    expect(e.params.reason).toBeUndefined();
    expect(message(e)).toMatch(/^Filen går inte att läsa: .* \(Teknisk information: .+\)$/);
    expect(message(e, 'en')).toMatch(/\(Technical details: .+\)$/);
  });

  it('a collaboration structure given to a dataset component, and the other way round', () => {
    const structure = { meta: { title: 'S' }, bodies: [{ id: 'a', name: 'A', level: 'political' }] };
    const dataset = { meta: { title: 'D' }, indicators: [] };
    const wrongData = thrown(() => readDataset({ type: 'json', value: structure }));
    expect(wrongData.code).toBe('schema');
    expect(wrongData.params).toEqual({ found: 'structure' });
    expect(message(wrongData)).toMatch(/^Filen är en samverkansstruktur, inte indikatordata\./);
    const wrongStructure = thrown(() => readStructure({ type: 'json', value: dataset }));
    expect(wrongStructure.code).toBe('schema');
    expect(wrongStructure.params).toEqual({ found: 'dataset' });
    expect(message(wrongStructure)).toMatch(/^Filen innehåller indikatordata, inte en samverkansstruktur\./);
    expect(message(wrongStructure, 'en')).toMatch(/^The file holds indicator data/);
  });

  it('a document with neither list is still checked against the contract, naming every problem', () => {
    const e = thrown(() => readDataset({ type: 'json', value: { meta: { title: 'X' } } }));
    expect(e.code).toBe('schema');
    expect(e.params.found).toBeUndefined();
    expect(e.params.issues?.length).toBeGreaterThan(0);
  });
});
