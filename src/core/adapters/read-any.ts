import type { Adapted, Decoded, FormatOption, ReadExtras } from '../loader/read.js';
import type { DocumentFormat } from '../loader/read.js';
import { fromCsv } from './csv.js';
import { fromKolada, isKoladaKpiList, isKoladaPage, koladaNextPage } from './kolada.js';
import { fromPxWeb, isPxWeb } from './pxweb.js';
import { saidIssue } from './table.js';
import type { Converted, MarkerReport, Recognition, Said, TableOptions } from './table.js';

export const ENCODINGS: Record<string, Said> = {
  'utf-8': { sv: 'UTF-8', en: 'UTF-8' },
  'utf-8-bom': { sv: 'UTF-8 med BOM', en: 'UTF-8 with BOM' },
  'utf-16le': { sv: 'UTF-16 (Excels "Unicode-text")', en: 'UTF-16 (Excel\u2019s "Unicode text")' },
  'utf-16be': { sv: 'UTF-16', en: 'UTF-16' },
  'windows-1252': {
    sv: 'Windows-1252 (Excels standard för CSV)',
    en: 'Windows-1252 (Excel\u2019s default for CSV)',
  },
};
const DELIMITERS: Record<string, Said> = {
  ';': { sv: 'semikolonavgränsad', en: 'semicolon-separated' },
  ',': { sv: 'kommaavgränsad', en: 'comma-separated' },
  '\t': { sv: 'tabbavgränsad', en: 'tab-separated' },
};

/** "Det här är JSON-stat 2.0 från PxWeb ("Folkmängd …", SCB)." — what a document was recognised as. */
export function describeSource(r: Recognition): Said {
  const title = r.title ? ` "${r.title.length > 90 ? `${r.title.slice(0, 88)}…` : r.title}"` : '';
  const how = [
    r.delimiter ? DELIMITERS[r.delimiter] : undefined,
    r.encoding ? ENCODINGS[r.encoding] : undefined,
  ].filter((s): s is Said => !!s);
  const sv = how.length ? ` (${how.map((h) => h.sv).join(', ')})` : '';
  const en = how.length ? ` (${how.map((h) => h.en).join(', ')})` : '';
  const columns = r.columns
    .map((c) => c.name)
    .slice(0, 10)
    .join(', ');
  switch (r.format) {
    case 'jsonstat':
      return {
        sv: `Det här är JSON-stat 2.0 från PxWeb${title}.`,
        en: `This is JSON-stat 2.0 from PxWeb${title}.`,
      };
    case 'jsonstat1':
      return {
        sv: `Det här är JSON-stat från PxWebs API v1${title}.`,
        en: `This is JSON-stat from PxWeb's API v1${title}.`,
      };
    case 'pxweb-json':
      return {
        sv: `Det här är JSON från PxWebs API v1${title}.`,
        en: `This is JSON from PxWeb's API v1${title}.`,
      };
    case 'pxweb-csv':
      return {
        sv: `Det här är en CSV-fil från PxWeb${title}${sv}.`,
        en: `This is a CSV file from PxWeb${title}${en}.`,
      };
    case 'kolada':
      return { sv: 'Det här är ett svar från Koladas API.', en: 'This is an answer from Kolada\u2019s API.' };
    case 'xlsx':
      return {
        sv: `Det här är ett Excel-blad med kolumnerna ${columns}.`,
        en: `This is an Excel sheet with the columns ${columns}.`,
      };
    default:
      return {
        sv: `Det här är en tabell${sv} med kolumnerna ${columns}.`,
        en: `This is a table${en} with the columns ${columns}.`,
      };
  }
}

/**
 * Which meaning a "." was read with, for the report (builder, bpl-data; not in the readers' file): SCB's
 * "uppgift kan inte förekomma" (missing, in PxWeb's files) or Skolverket's "för få elever" (suppressed).
 */
export function markerMeaning(m: MarkerReport): Said | undefined {
  if (m.marker !== '.') return undefined;
  return m.status === 'missing'
    ? { sv: 'SCB: uppgift kan inte förekomma', en: 'SCB: cannot occur' }
    : { sv: 'Skolverket: för få elever', en: 'Skolverket: too few pupils' };
}

function documentFormat(r: Recognition): DocumentFormat {
  return r.format === 'kolada' ? 'kolada' : r.format === 'csv' || r.format === 'xlsx' ? 'csv' : 'pxweb';
}

function adapted(c: Converted): Adapted {
  return {
    dataset: c.dataset,
    issues: c.issues,
    format: documentFormat(c.recognition),
    recognised: describeSource(c.recognition),
  };
}

/** Reads and recognises any source document the readers know, with the full report (builder, bpl-data). */
export function convertDecoded(
  decoded: Decoded,
  format: FormatOption = 'auto',
  extras: ReadExtras = {},
  options: TableOptions = {},
): Converted | undefined {
  if (decoded.type === 'csv') return fromCsv(decoded.text, { encoding: extras.encoding, ...options });
  const value = decoded.value;
  if (format === 'kolada' || (format === 'auto' && isKoladaPage(value))) {
    if (!isKoladaPage(value))
      return {
        issues: [
          saidIssue([], {
            sv: 'det här är inget svar från Koladas data-API (fältet values saknas)',
            en: 'this is no answer from Kolada\u2019s data API (no values field)',
          }),
        ],
        recognition: {
          format: 'kolada',
          columns: [],
          markers: [],
          notes: [],
          indicators: 0,
          observations: 0,
        },
      };
    // A page read without its further pages (a saved file) and without the KPIs' description (not asked
    // for): both said, so that the file made from it does not look complete.
    return fromKolada([value, ...(extras.pages ?? [])], {
      metadata: extras.metadata,
      failed: extras.failed,
      unfollowed: extras.pages || extras.failed ? undefined : koladaNextPage(value),
      metadataTried: 'metadata' in extras,
    });
  }
  if (format === 'pxweb' || (format === 'auto' && isPxWeb(value))) {
    const read = fromPxWeb(value, undefined, options);
    if (read) return read;
    return {
      issues: [
        saidIssue([], {
          sv: 'det här är varken JSON-stat eller PxWebs JSON (fälten dimension eller columns och data saknas)',
          en: 'this is neither JSON-stat nor PxWeb\u2019s JSON (no dimension, or columns and data)',
        }),
      ],
      recognition: {
        format: 'jsonstat',
        columns: [],
        markers: [],
        notes: [],
        indicators: 0,
        observations: 0,
      },
    };
  }
  if (format === 'auto' && isKoladaKpiList(value))
    return {
      issues: [
        saidIssue([], {
          sv: 'det här är Koladas beskrivning av nyckeltal (/v3/kpi), inte deras värden: hämta /v3/data/kpi/{id}/municipality/{koder}, eller använd attributet kolada',
          en: 'this is Kolada\u2019s description of KPIs (/v3/kpi), not their values: fetch /v3/data/kpi/{id}/municipality/{codes}, or use the kolada attribute',
        }),
      ],
      recognition: { format: 'kolada', columns: [], markers: [], notes: [], indicators: 0, observations: 0 },
    };
  return undefined;
}

/** The loader's reader (`ADAPTERS.read`). */
export function readForeign(decoded: Decoded, format: FormatOption, extras: ReadExtras): Adapted | undefined {
  const c = convertDecoded(decoded, format, extras);
  return c && adapted(c);
}
