import type { DataIssue } from '../errors.js';
import { describeIssue, formatPath } from './issues.js';
import type { IssueWords } from './issues.js';
import type { BplErrorParams } from '../errors.js';

/** A time limit in seconds as the language writes it: "30", "0,5" (a limit under a second is not "0"). */
export const seconds = (ms = 0, lang: 'sv' | 'en') =>
  (ms / 1000).toLocaleString(lang, { maximumFractionDigits: 1 });

/** Core strings shared by every component. Components keep their own tables beside them. */
export const sv = {
  loading: 'Laddar data …',
  sampleData: 'Exempeldata – inte verklig statistik',
  source: 'Källa',
  updated: 'Uppdaterad',
  showTable: 'Visa som tabell',
  showChart: 'Visa som diagram',
  summary: 'Sammanfattning',
  download: 'Ladda ner',
  downloadCsv: 'Data (CSV)',
  downloadSvg: 'Bild (SVG)',
  downloadPng: 'Bild (PNG)',
  missing: 'uppgift saknas',
  close: 'Stäng',
  errorTitle: 'Det gick inte att visa diagrammet',
  groups: { total: 'Totalt', girls: 'Flickor', boys: 'Pojkar' },
  statuses: { preliminary: 'preliminär', suppressed: 'dold (för få svarande)', missing: 'saknas' },
  units: { percent: 'procent', 'per-1000': 'per 1\u00a0000', count: 'antal', score: 'poäng', value: 'värde' },
  goal: {
    onTrack: 'Följer målet',
    ahead: (by: string) => `Före målet med ${by}`,
    behind: (by: string) => `Efter målet med ${by}`,
    noGoal: 'Inget mål angivet',
  },
  errors: {
    network: (p: BplErrorParams) =>
      `Det gick inte att hämta data${p.url ? ` från ${p.url}` : ''}. Kontrollera adressen och nätverksanslutningen.`,
    http: (p: BplErrorParams) =>
      p.status === 404
        ? `Datafilen hittades inte (felkod 404)${p.url ? `: ${p.url}` : ''}. Kontrollera adressen i attributet src.`
        : `Servern svarade med felkod ${p.status ?? '?'}${p.url ? ` för ${p.url}` : ''}.`,
    timeout: (p: BplErrorParams) =>
      `Data${p.url ? ` från ${p.url}` : ''} kom inte inom ${seconds(p.timeoutMs, 'sv')} ${p.timeoutMs === 1000 ? 'sekund' : 'sekunder'}. Försök igen senare.`,
    parse: (p: BplErrorParams) =>
      p.reason === 'json'
        ? 'Filen är inte giltig JSON (avklippt eller ändrad för hand?).'
        : p.reason === 'encoding'
          ? 'Filen är i Windows-1252 men lästes som UTF-8 (å, ä, ö blev �). Ange filen i src.'
          : `Filen går inte att läsa: den är varken JSON (dataformatet, Kolada eller PxWeb) eller en tabell (CSV).${
              p.reason === 'empty'
                ? ' Den är tom.'
                : p.reason === 'html'
                  ? ' Adressen gav en webbsida, inte en fil.'
                  : p.available
                    ? ` Dess kolumner: ${p.available.join(', ')}.`
                    : ''
            }`,
    schema: (p: BplErrorParams) => {
      const n = p.issues?.length ?? 0;
      return `${p.recognised ? 'Den kunde inte läsas' : 'Data följer inte formatet'}: ${n === 1 ? 'ett fel' : `${n} fel`}.`;
    },
    'unknown-indicator': (p: BplErrorParams) =>
      `Indikatorn "${p.value ?? ''}" finns inte i data.${p.available?.length ? ` Data har: ${p.available.join(', ')}.` : ''}`,
    'unknown-area': (p: BplErrorParams) =>
      `Området "${p.value ?? ''}" finns inte i data.${p.available?.length ? ` Data har: ${p.available.join(', ')}.` : ''}`,
    'no-data': (p: BplErrorParams) => {
      switch (p.scope) {
        case 'dataset':
          return 'Data innehåller inga indikatorer.';
        case 'dimensions':
          return 'Ingen indikator i data har någon dimension (fältet dimensions), så hjulet har inget att visa.';
        case 'indicator':
          return `Indikatorn "${p.value ?? ''}" har inga värden.`;
        case 'area':
        case 'group': {
          // The area with the groups asked for (girls, boys) in brackets, or either alone.
          const who = p.groups?.map((g) => sv.groups[g as 'girls']?.toLowerCase() ?? g).join(' och ');
          return `Det finns inga värden för ${p.value && who ? `${p.value} (${who})` : (p.value ?? who)}.${p.suppressed ? ' Alla är dolda (för få svarande).' : ''}`;
        }
        case 'period':
          return `Det finns inga värden för ${p.period ?? 'perioden'}.${p.available?.length ? ` Perioder med värden: ${p.available.join(', ')}.` : ''}`;
        default:
          return 'Alla värden saknas för det som valts.';
      }
    },
    'no-source': () => 'Ingen datakälla angiven. Ange adressen till en datafil i attributet src.',
    'invalid-attribute': (p: BplErrorParams) =>
      `Attributet ${p.attribute ?? ''} har ett ogiltigt värde: "${p.value ?? ''}".${p.available?.length ? ` Tillåtna värden: ${p.available.join(', ')}.` : ''}`,
  },
  moreIssues: (n: number) => `… och ${n} fel till.`,
  issue: (issue: DataIssue) => describeIssue(issue, words),
  path: (path: DataIssue['path']) => formatPath(path, words),
};

const words: IssueWords = {
  types: {
    number: 'ett tal',
    integer: 'ett heltal',
    string: 'text',
    text: 'text',
    object: 'ett objekt',
    array: 'en lista',
    boolean: 'sant eller falskt',
    null: 'null',
    undefined: 'ingenting',
  },
  formats: {
    period: 'ingen period (skriv till exempel 2023 eller 2023/24)',
    area: 'ingen områdeskod (fyra siffror, till exempel 0680)',
    url: 'ingen tillåten länk (den ska börja med https:// eller http://, eller vara relativ)',
    date: 'inget datum (skriv ÅÅÅÅ-MM-DD)',
    id: 'inget giltigt id (små bokstäver a–z, siffror och bindestreck)',
    email: 'ingen e-postadress',
    kolada: 'inget Kolada-id (till exempel N15428)',
  },
  expected: (e, g) => `väntade ${e}, fick ${g}`,
  missing: 'saknas',
  missingColumn: 'kolumnen saknas',
  invalidValue: (g, a) => `ogiltigt värde ${g}; tillåtna värden: ${a}`,
  tooFew: (n) => `för få (minst ${n})`,
  empty: 'får inte vara tom',
  tooSmall: (n) => `för litet (minst ${n})`,
  tooMany: (n) => `för många (högst ${n})`,
  tooBig: (n) => `för stort (högst ${n})`,
  is: (g, h) => `${g} är ${h}`,
  wrongFormat: 'i fel format',
  unknownKey: 'okänt fält (stavfel?)',
  duplicate: (k, f) => `"${k}" förekommer två gånger (första gången på plats ${f})`,
  unknownReference: (k) => `hänvisar till "${k}", som inte finns`,
  cycle: (k) => `rapporteringen går i cirkel: ${k}`,
  ciOrder: 'konfidensintervallets nedre gräns är större än den övre',
  invalid: 'ogiltigt',
  line: 'rad',
  column: 'kolumn',
  root: '(hela filen)',
};

export type CoreStrings = typeof sv;
