import { BplError } from '../errors.js';
import type { DataIssue } from '../errors.js';
import type { Dataset } from './dataset.js';
import { DATASET_SCHEMA } from './generated.js';
import { datasetRules, indicatorRules, observationRules } from './rules.js';
import { check } from './runtime.js';

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: DataIssue[] };

export const prefixed = (prefix: (string | number)[], issues: DataIssue[]) =>
  issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] }));

export function unique(issues: DataIssue[]): DataIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.path.join('.')}|${issue.kind}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** Datasets this validator produced: handing one to a component again (or to a second component) skips the
 * work, which matters on pages with many charts of one dataset. */
const validated = new WeakSet<object>();

/** Validates a dataset against the contract (the generated JSON Schema plus the cross-field rules). */
export function validateDataset(input: unknown): ValidationResult<Dataset> {
  if (input !== null && typeof input === 'object' && validated.has(input))
    return { ok: true, value: input as Dataset };
  const issues: DataIssue[] = [];
  const value = check(DATASET_SCHEMA, input, [], issues) as Dataset;
  const indicators = (input as { indicators?: unknown } | null)?.indicators;
  if (Array.isArray(indicators)) {
    indicators.forEach((indicator: unknown, i) => {
      issues.push(...prefixed(['indicators', i], indicatorRules(indicator)));
      const data = (indicator as { data?: unknown } | null)?.data;
      if (Array.isArray(data))
        data.forEach((obs: unknown, j) =>
          issues.push(...prefixed(['indicators', i, 'data', j], observationRules(obs))),
        );
    });
  }
  issues.push(...datasetRules(input));
  if (issues.length) return { ok: false, issues: unique(issues) };
  validated.add(value);
  return { ok: true, value };
}

/** Validates or throws a `schema` BplError that lists every problem. */
export function parseDataset(input: unknown): Dataset {
  const result = validateDataset(input);
  if (!result.ok) throw new BplError('schema', { issues: result.issues });
  return result.value;
}
