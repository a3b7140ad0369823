import * as z from 'zod';

// zod compiles fast paths with `new Function` unless told not to; a page with a strict Content-Security-Policy
// (no 'unsafe-eval') would report a violation. This module is imported before any schema is built.
z.config({ jitless: true });

export { z };
