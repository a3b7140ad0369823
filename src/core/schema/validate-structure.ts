import { BplError } from '../errors.js';
import type { DataIssue } from '../errors.js';
import { STRUCTURE_SCHEMA } from './generated.js';
import { structureRules } from './rules.js';
import { check } from './runtime.js';
import type { Structure } from './structure.js';
import { unique } from './validate.js';
import type { ValidationResult } from './validate.js';

/** Structures this validator produced: handed to a component again, they are not validated twice. */
const validated = new WeakSet<object>();

/** Validates a collaboration structure against the contract (generated JSON Schema plus cross-field rules). */
export function validateStructure(input: unknown): ValidationResult<Structure> {
  if (input !== null && typeof input === 'object' && validated.has(input))
    return { ok: true, value: input as Structure };
  const issues: DataIssue[] = [];
  const value = check(STRUCTURE_SCHEMA, input, [], issues) as Structure;
  issues.push(...structureRules(input));
  if (issues.length) return { ok: false, issues: unique(issues) };
  validated.add(value);
  return { ok: true, value };
}

/** Validates or throws; inconsistencies (unknown references, cycles, duplicate ids) are `structure` errors. */
export function parseStructure(input: unknown): Structure {
  const result = validateStructure(input);
  if (!result.ok) {
    const structural = result.issues.some(
      (i) => i.kind === 'unknown-reference' || i.kind === 'cycle' || i.kind === 'duplicate',
    );
    throw new BplError(structural ? 'structure' : 'schema', { issues: result.issues });
  }
  return result.value;
}
