/**
 * The CSV and Kolada readers, fetched on demand: `dist/bpl.js` imports this instead of `./index.js`, so the
 * readers are a file of their own beside it (`bpl-readers-….js`), which a page fetches only when a document
 * may need it (a text that is not JSON, `format="csv"` or `"kolada"`, a Kolada response). Most pages read
 * the contract's JSON and never fetch it.
 */
import { ANOTHER_COPY } from '../i18n/localize.js';
import { ADAPTERS } from '../loader/read.js';

let loading: Promise<unknown> | undefined;
// A failed fetch (the file missing beside bpl.js, the network down) is shown as a network error, and the
// next document tries again.
ADAPTERS.load = () =>
  (loading ??= import('./index.js').then(
    () => {
      if (!ADAPTERS.csv) console.warn(ANOTHER_COPY);
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  ));
