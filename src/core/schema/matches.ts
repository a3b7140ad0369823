import * as z from './zod.js';
import { FORMATS } from './formats.js';
import type { FormatName } from './formats.js';

/** A string in one of the contract's formats: its pattern (kept in the JSON Schema) plus any further test. */
export function pattern(name: FormatName) {
  const format = FORMATS[name];
  const schema = z.string().check(z.regex(format.pattern));
  return 'extra' in format
    ? schema.check(z.refine(format.extra, { params: { kind: 'invalid-format', format: name } }))
    : schema;
}
