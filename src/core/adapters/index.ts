/**
 * Registers the readers for statistics as they come: CSV (tidy, Excel's, PxWeb's), PxWeb's JSON and
 * JSON-stat, and Kolada's API, so `src` may point at any of them and `format="csv"`, `"kolada"` and `"pxweb"`
 * work. `dist/bpl.js` fetches this file on demand; npm users import `@bastaplatsen/viz/adapters` once.
 */
import { ADAPTERS } from '../loader/read.js';
import { looksLikeCsv } from './csv.js';
import { koladaElementUrl, koladaExtras, isKoladaPage } from './kolada.js';
import { readForeign } from './read-any.js';

ADAPTERS.csv = { looksLike: looksLikeCsv };
ADAPTERS.kolada = {
  isPage: isKoladaPage,
  extras: koladaExtras,
  dataUrl: koladaElementUrl,
  unreachable: {
    sv: 'Koladas API svarade inte sidan: servern tillåter kanske inte att webbsidor läser den direkt (CORS), eller så saknas nätet. Spara data som fil med bpl-data kolada och ange den i src, eller ange en egen vidarebefordrande server i kolada-api.',
    en: 'Kolada\u2019s API did not answer the page: the server may not let web pages read it directly (CORS), or the network is down. Save the data as a file with bpl-data kolada and give it in src, or give a forwarding server of your own in kolada-api.',
  },
};
ADAPTERS.read = readForeign;

export {
  fromCsv,
  looksLikeCsv,
  parseCsvRows,
  parseLocaleNumber,
  csvToLongTable,
  rowsToLongTable,
} from './csv.js';
export {
  fromKolada,
  isKoladaPage,
  koladaNextPage,
  koladaFollow,
  koladaKpis,
  koladaDataUrl,
  koladaKpiUrl,
  KOLADA_API,
} from './kolada.js';
export type { KoladaPage, KoladaKpi, KoladaQuery } from './kolada.js';
export { fromPxWeb, isPxWeb, jsonStatToTable, pxWebJsonToTable, applyPxWebMetadata } from './pxweb.js';
export { fromLongTable, normalisePeriod, readArea, readGroup, markerStatus } from './table.js';
export type {
  Converted,
  Recognition,
  ColumnReport,
  MarkerReport,
  Said,
  SourceFormat,
  LongTable,
} from './table.js';
export { convertDecoded, describeSource } from './read-any.js';
export { swedishArea, codeOfAreaName, municipalitiesOf } from './area-names.js';
