/**
 * The CSV splitter (`parseCsvRows` in adapters/csv.ts) against d3-dsv's `dsvFormat(delimiter).parseRows`
 * (RFC 4180, as `csvParseRows` for commas), on random tables written with `,`, `;` or tab, quoted where
 * needed, with LF, CRLF or CR line ends. Ours detects the delimiter; d3 is given the one ours found.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dsvFormat } from 'd3-dsv';
import { parseCsvRows } from '../../src/core/adapters/csv.js';

const DELIMITERS = [',', ';', '\t'] as const;
/**
 * Field text: letters, digits, spaces, all three delimiters and quotes (quoted when written). Not line ends
 * inside quotes: the delimiter detection (which d3 does not have) counts delimiters line by line, so a
 * quoted line end in the first lines can make it pick the wrong one (`"x\n\ty",z` is read as tab-separated);
 * a known limit of the detection, not of the splitting compared here.
 */
const text = fc.string({
  unit: fc.constantFrom('a', 'b', 'Ö', ' ', '1', '.', '-', ',', ';', '\t', '"', 'x'),
  maxLength: 8,
});

/** A field as RFC 4180 writes it: quoted (quotes doubled) when it holds a delimiter, a quote or a line end. */
function write(field: string, quoteAnyway: boolean): string {
  return quoteAnyway || /[,;\t"\n\r]/.test(field) || /^\s/.test(field)
    ? `"${field.replace(/"/g, '""')}"`
    : field;
}

const table = fc.record({
  delimiter: fc.constantFrom(...DELIMITERS),
  eol: fc.constantFrom('\n', '\r\n', '\r'),
  rows: fc.array(fc.array(fc.tuple(text, fc.boolean()), { minLength: 1, maxLength: 5 }), {
    minLength: 1,
    maxLength: 8,
  }),
  bom: fc.boolean(),
  finalEol: fc.boolean(),
});

describe('parseCsvRows against d3-dsv', () => {
  it('splits any well-formed table into d3’s rows', () => {
    fc.assert(
      fc.property(table, ({ delimiter, eol, rows, bom, finalEol }) => {
        const body =
          rows.map((r) => r.map(([f, q]) => write(f, q)).join(delimiter)).join(eol) + (finalEol ? eol : '');
        const parsed = parseCsvRows(`${bom ? '\uFEFF' : ''}${body}`, true);
        // Ours drops a byte order mark, which d3 would keep in the first field: d3 reads the text without it.
        const theirs = dsvFormat(parsed.delimiter).parseRows(body);
        expect(parsed.rows).toEqual(theirs);
      }),
      { numRuns: 2000 },
    );
  });

  it('drops blank lines unless asked to keep them, where d3 gives [""]', () => {
    // On purpose: a blank line is no data row (PxWeb's title and footnotes are set off by them), so
    // by default ours leaves out rows whose fields are all blank. Normalised: d3's rows filtered alike.
    fc.assert(
      fc.property(table, ({ delimiter, eol, rows }) => {
        const body = rows.map((r) => r.map(([f, q]) => write(f, q)).join(delimiter)).join(eol);
        const parsed = parseCsvRows(body);
        const theirs = dsvFormat(parsed.delimiter)
          .parseRows(body)
          .filter((r) => r.some((f) => f.trim() !== ''));
        expect(parsed.rows).toEqual(theirs);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads a quote after leading spaces as opening a quoted field, where d3 keeps it as text', () => {
    // On purpose: spreadsheets write `a, "b, c"`; RFC 4180 (and d3) only quote at a field's first character.
    // Normalised: d3 reads the same text with the spaces before quotes removed.
    fc.assert(
      fc.property(
        table,
        fc.array(fc.constantFrom(' ', '  '), { minLength: 40, maxLength: 40 }),
        ({ delimiter, eol, rows }, pads) => {
          let n = 0;
          const cell = (f: string) => `${pads[n++ % pads.length]}"${f.replace(/"/g, '""')}"`;
          const body = rows.map((r) => r.map(([f]) => cell(f)).join(delimiter)).join(eol);
          const parsed = parseCsvRows(body, true);
          const tidy = rows
            .map((r) => r.map(([f]) => `"${f.replace(/"/g, '""')}"`).join(delimiter))
            .join(eol);
          expect(parsed.rows).toEqual(dsvFormat(parsed.delimiter).parseRows(tidy));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
