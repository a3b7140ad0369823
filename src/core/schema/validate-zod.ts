import type * as z from './zod.js';
import type { DataIssue, IssueKind } from '../errors.js';
import { Dataset, Structure } from './contract.js';
import type { ValidationResult } from './validate.js';
import { formatOfPattern } from './formats.js';
import { preview, typeOf } from './runtime.js';

/** At most this many problems are reported; the rest are summarised as a count. */
export const MAX_ISSUES = 20;

type ZodIssue = z.core.$ZodIssue;

/** Reads the value at `path` in `input`, to say what was received. */
function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Flattens zod's issues (unions included) into our own, language-neutral issues. */
export function toDataIssues(issues: readonly ZodIssue[], input: unknown): DataIssue[] {
  const out: DataIssue[] = [];
  const push = (issue: DataIssue) => {
    const key = `${issue.path.join('.')}|${issue.kind}`;
    if (!out.some((o) => `${o.path.join('.')}|${o.kind}` === key)) out.push(issue);
  };
  const walk = (issue: ZodIssue, prefix: PropertyKey[]) => {
    const path = [...prefix, ...issue.path].filter((p): p is string | number => typeof p !== 'symbol');
    const received = valueAt(input, path);
    switch (issue.code) {
      case 'invalid_type':
        push(
          received === undefined
            ? { path, kind: 'required' }
            : {
                path,
                kind: 'expected-type',
                params: {
                  expected: issue.expected,
                  received: typeOf(received),
                  value: preview(received),
                },
              },
        );
        break;
      case 'invalid_value':
        if (received === undefined) {
          push({ path, kind: 'required' });
          break;
        }
        push({
          path,
          kind: 'invalid-value',
          params: { allowed: issue.values.map(String), value: preview(received) },
        });
        break;
      case 'too_small':
        push({ path, kind: 'too-small', params: { minimum: Number(issue.minimum), origin: issue.origin } });
        break;
      case 'too_big':
        push({ path, kind: 'too-big', params: { maximum: Number(issue.maximum), origin: issue.origin } });
        break;
      case 'invalid_format': {
        const format =
          issue.format === 'regex'
            ? (formatOfPattern((issue as { pattern?: string }).pattern)?.name ?? 'regex')
            : issue.format;
        push({ path, kind: 'invalid-format', params: { format, value: preview(received) } });
        break;
      }
      case 'not_multiple_of':
        push({
          path,
          kind: 'expected-type',
          params: { expected: 'integer', received: 'number', value: preview(received) },
        });
        break;
      case 'unrecognized_keys':
        for (const key of issue.keys) push({ path: [...path, key], kind: 'unknown-key' });
        break;
      case 'invalid_union': {
        // Report the branch that got furthest: the one whose issues have the longest paths.
        const branches = issue.errors.filter((b) => b.length > 0);
        if (branches.length === 0) {
          push({ path, kind: 'other' });
          break;
        }
        const mismatch = (b: readonly ZodIssue[]) =>
          b.some((i) => i.code === 'invalid_type' && i.path.length === 0);
        const score = (b: readonly ZodIssue[]) =>
          Math.max(...b.map((i) => i.path.length)) * 2 + (mismatch(b) ? 0 : 1);
        const best = branches.reduce((a, b) => (score(b) > score(a) ? b : a));
        const mismatchOnly = best.every((i) => i.code === 'invalid_type' && i.path.length === 0);
        if (
          mismatchOnly &&
          received !== undefined &&
          (typeof received !== 'object' || received === null || Array.isArray(received))
        ) {
          push({
            path,
            kind: 'expected-type',
            params: { expected: 'text', received: typeOf(received), value: preview(received) },
          });
        } else for (const inner of best) walk(inner, path);
        break;
      }
      case 'custom': {
        const params = (issue.params ?? {}) as Record<string, unknown>;
        const kind = (params.kind as IssueKind | undefined) ?? 'other';
        push({ path, kind, params: { ...params, value: preview(received) } });
        break;
      }
      default:
        push({ path, kind: 'other', params: { detail: issue.message } });
    }
  };
  for (const issue of issues) walk(issue, []);
  return out;
}

/**
 * Validation with zod itself: the reference the run-time validator is tested against, and the way for npm
 * users who already ship zod. Components use `validate.ts` instead.
 */
function validate<T>(schema: z.ZodMiniType<T>, input: unknown): ValidationResult<T> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: toDataIssues(result.error.issues, input) };
}

export function zodValidateDataset(input: unknown): ValidationResult<z.output<typeof Dataset>> {
  return validate(Dataset, input);
}

export function zodValidateStructure(input: unknown): ValidationResult<z.output<typeof Structure>> {
  return validate(Structure, input);
}
