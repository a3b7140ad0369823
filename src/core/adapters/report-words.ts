import { VERSION } from '../version.js';
import { ENCODINGS, markerMeaning } from './read-any.js';
import type { MarkerReport, Recognition, Role } from './table.js';

/**
 * The words of the recognition report, in Swedish, as the builder's "Gör om till datafil" and `bpl-data`
 * both show it: one table, so the two say the same. Not part of the readers' on-demand file.
 */

export const FORMAT_WORDS: Record<Recognition['format'], string> = {
  contract: 'datafil i dataformatet (JSON)',
  csv: 'tabell (CSV)',
  'pxweb-csv': 'CSV från PxWeb',
  'pxweb-json': 'JSON från PxWebs API v1',
  jsonstat: 'JSON-stat 2.0 (PxWeb)',
  jsonstat1: 'JSON-stat från PxWebs API v1',
  kolada: 'svar från Koladas API (v3)',
  xlsx: 'Excel-blad (.xlsx)',
};

export const encodingWord = (encoding: string): string => ENCODINGS[encoding]?.sv ?? encoding;

const DELIMITER_WORDS: Record<string, string> = { ';': 'semikolon (;)', ',': 'komma (,)', '\t': 'tabb' };
export const delimiterWord = (delimiter: string): string => DELIMITER_WORDS[delimiter] ?? delimiter;

export const ROLE_WORDS: Record<Role, string> = {
  area: 'område',
  'area-name': 'namn på område',
  period: 'period',
  group: 'grupp',
  indicator: 'indikator',
  value: 'värde',
  status: 'status',
  n: 'antal svarande (n)',
  'ci-low': 'konfidensintervall, nedre gräns',
  'ci-high': 'konfidensintervall, övre gräns',
  title: 'titel',
  unit: 'enhet',
  polarity: 'riktning',
  constant: 'utelämnas (samma i alla rader)',
  filter: 'bara totalen används',
  split: 'egen indikator per värde',
};

const STATUS_WORDS: Record<string, string> = {
  missing: 'saknas',
  suppressed: 'dold (för få svarande)',
  preliminary: 'preliminär',
};

/** What became of a marker: "saknas (SCB: uppgift kan inte förekomma)". */
export function markerOutcome(m: MarkerReport): string {
  const meaning = markerMeaning(m);
  return `${m.status ? STATUS_WORDS[m.status] : 'värdet behålls, markeringen förs inte vidare'}${meaning ? ` (${meaning.sv})` : ''}`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
export const countIndicators = (n: number): string => plural(n, 'indikator', 'indikatorer');
export const countValues = (n: number): string => plural(n, 'värde', 'värden');

/** The published schema, written as a data file's `$schema`: editors' tools then check the file as it is edited. */
export const SCHEMA_URL = `https://cdn.jsdelivr.net/npm/@bastaplatsen/viz@${VERSION}/schema/dataset.schema.json`;
