/**
 * Registers the CSV and Kolada readers, so `src` may point at a Kolada API v3 response or a tidy CSV and
 * `format="csv"` / `format="kolada"` work. `dist/bpl.js` includes this; npm users import
 * `@bastaplatsen/viz/adapters` once.
 */
import { ADAPTERS } from '../loader/read.js';
import { fromCsv, looksLikeCsv } from './csv.js';
import { fromKolada, isKoladaPage, koladaFollow } from './kolada.js';

ADAPTERS.csv = { looksLike: looksLikeCsv, read: (text) => fromCsv(text) };
ADAPTERS.kolada = { isPage: isKoladaPage, follow: koladaFollow, read: fromKolada };

export { fromCsv, looksLikeCsv, parseCsvRows, parseLocaleNumber } from './csv.js';
export { fromKolada, isKoladaPage, koladaNextPage } from './kolada.js';
export type { KoladaPage } from './kolada.js';
