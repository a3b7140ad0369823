import { BplError, toBplError } from '../errors.js';
import { parseStructure } from '../schema/validate-structure.js';
import type { Structure } from '../schema/structure.js';
import { READERS } from './data-controller.js';
import type { Decoded, Read } from './read.js';

/** Reads a collaboration structure (JSON only). */
export function readStructure(decoded: Decoded): Read<Structure> {
  if (decoded.type === 'csv') throw new BplError('parse', { detail: 'CSV' });
  try {
    return { value: parseStructure(decoded.value), format: 'json' };
  } catch (error) {
    throw toBplError(error, 'schema');
  }
}

// Importing this module lets elements built with `super('structure')` read structures. Only the
// collaboration diagram needs it, so dataset components do not carry the structure schema.
READERS.structure = (decoded) => readStructure(decoded);
