import { config } from 'zod/mini';

// zod/mini: the tree-shakable functional API. Importers write `import * as z from './zod.js'`; re-exporting
// (rather than exporting a namespace object) keeps unused parts of zod out of the embed bundle.
// zod compiles fast paths with `new Function` unless told not to; a page with a strict Content-Security-Policy
// (no 'unsafe-eval') would report a violation. This module runs before any schema is built.
config({ jitless: true });

export * from 'zod/mini';
