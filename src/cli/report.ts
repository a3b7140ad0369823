import { BplError } from '../core/errors.js';
import type { DataIssue } from '../core/errors.js';
import { errorLines } from '../core/i18n/localize.js';
import {
  FORMAT_WORDS,
  ROLE_WORDS,
  countIndicators,
  countValues,
  delimiterWord,
  encodingWord,
  markerOutcome,
} from '../core/adapters/report-words.js';
import type { Recognition } from '../core/adapters/table.js';

/** The recognition report and the problems, as `bpl-data` prints them to stderr (Swedish). */

export { countIndicators, countValues } from '../core/adapters/report-words.js';

/** What was recognised in one input, as indented lines. */
export function recognitionLines(r: Recognition): string[] {
  const lines: string[] = [];
  lines.push(`  Format: ${FORMAT_WORDS[r.format] ?? r.format}`);
  if (r.encoding) lines.push(`  Teckenkodning: ${encodingWord(r.encoding)}`);
  if (r.delimiter) lines.push(`  Avgränsare: ${delimiterWord(r.delimiter)}`);
  if (r.shape)
    lines.push(`  Form: ${r.shape === 'wide' ? 'bred (en kolumn per år)' : 'lång (en rad per värde)'}`);
  if (r.title) lines.push(`  Titel: ${r.title}`);
  if (r.columns.length) {
    lines.push('  Kolumner:');
    for (const c of r.columns)
      lines.push(`    ${c.name} → ${ROLE_WORDS[c.role] ?? c.role}${c.detail ? ` (${c.detail.sv})` : ''}`);
  }
  if (r.markers.length) {
    lines.push('  Markeringar:');
    for (const m of r.markers) lines.push(`    "${m.marker}" × ${m.count} → ${markerOutcome(m)}`);
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
