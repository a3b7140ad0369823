import { BplError } from '../core/errors.js';
import type { DataIssue } from '../core/errors.js';
import { errorLines } from '../core/i18n/localize.js';
import { markerMeaning } from '../core/adapters/read-any.js';
import type { Recognition, Role } from '../core/adapters/table.js';

/** The recognition report and the problems, as `bpl-data` prints them to stderr (Swedish). */

const FORMATS: Record<Recognition['format'], string> = {
  contract: 'datafil i dataformatet (JSON)',
  csv: 'tabell (CSV)',
  'pxweb-csv': 'CSV från PxWeb',
  'pxweb-json': 'JSON från PxWebs API v1',
  jsonstat: 'JSON-stat 2.0 (PxWeb)',
  jsonstat1: 'JSON-stat från PxWebs API v1',
  kolada: 'svar från Koladas API (v3)',
  xlsx: 'Excel-blad (.xlsx)',
};

const ENCODINGS: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 med BOM',
  'utf-16le': 'UTF-16 (Excels "Unicode-text")',
  'utf-16be': 'UTF-16',
  'windows-1252': 'Windows-1252 (Excels standard för CSV)',
};

const DELIMITERS: Record<string, string> = { ';': 'semikolon (;)', ',': 'komma (,)', '\t': 'tabb' };

const ROLES: Record<Role, string> = {
  area: 'område',
  'area-name': 'områdesnamn',
  period: 'period',
  group: 'grupp',
  indicator: 'indikator',
  value: 'värde',
  status: 'status',
  n: 'antal svarande (n)',
  'ci-low': 'konfidensintervall, nedre',
  'ci-high': 'konfidensintervall, övre',
  title: 'titel',
  unit: 'enhet',
  polarity: 'riktning',
  constant: 'utelämnas',
  filter: 'filter',
  split: 'delar upp i indikatorer',
};

const STATUSES: Record<string, string> = {
  missing: 'saknas',
  suppressed: 'dold (för få svarande)',
  preliminary: 'preliminär',
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const countIndicators = (n: number) => plural(n, 'indikator', 'indikatorer');
export const countValues = (n: number) => plural(n, 'värde', 'värden');

/** What was recognised in one input, as indented lines. */
export function recognitionLines(r: Recognition): string[] {
  const lines: string[] = [];
  lines.push(`  Format: ${FORMATS[r.format] ?? r.format}`);
  if (r.encoding) lines.push(`  Teckenkodning: ${ENCODINGS[r.encoding] ?? r.encoding}`);
  if (r.delimiter) lines.push(`  Avgränsare: ${DELIMITERS[r.delimiter] ?? r.delimiter}`);
  if (r.shape)
    lines.push(`  Form: ${r.shape === 'wide' ? 'bred (en kolumn per år)' : 'lång (en rad per värde)'}`);
  if (r.title) lines.push(`  Titel: ${r.title}`);
  if (r.columns.length) {
    lines.push('  Kolumner:');
    for (const c of r.columns)
      lines.push(`    ${c.name} → ${ROLES[c.role] ?? c.role}${c.detail ? ` (${c.detail.sv})` : ''}`);
  }
  if (r.markers.length) {
    lines.push('  Markeringar:');
    for (const m of r.markers)
      lines.push(
        `    "${m.marker}" × ${m.count} → ${m.status ? STATUSES[m.status] : 'värdet behålls, markeringen förs inte vidare'}${markerMeaning(m) ? ` (${markerMeaning(m)!.sv})` : ''}`,
      );
  }
  if (r.notes.length) {
    lines.push('  Noteringar:');
    for (const n of r.notes) lines.push(`    - ${n.sv}`);
  }
  lines.push(`  Resultat: ${countIndicators(r.indicators)}, ${countValues(r.observations)}`);
  return lines;
}

/** Every problem as the components say them (`path: text`, or the reader's own sentence), one a line. */
export function issueLines(issues: DataIssue[]): string[] {
  return errorLines(new BplError('schema', { issues }), 'sv', Number.POSITIVE_INFINITY).issues;
}
