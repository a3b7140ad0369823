import type { DataIssue } from '../errors.js';

/** The words one language needs to describe a data problem; `describeIssue` puts them together. */
export interface IssueWords {
  types: Record<string, string>;
  formats: Record<string, string>;
  expected: (expected: string, got: string) => string;
  missing: string;
  missingColumn: string;
  invalidValue: (got: string, allowed: string) => string;
  tooFew: (n: string) => string;
  empty: string;
  tooSmall: (n: string) => string;
  tooMany: (n: string) => string;
  tooBig: (n: string) => string;
  is: (got: string, hint: string) => string;
  wrongFormat: string;
  unknownKey: string;
  duplicate: (key: string, first: string) => string;
  unknownReference: (key: string) => string;
  cycle: (key: string) => string;
  ciOrder: string;
  invalid: string;
  line: string;
  column: string;
  root: string;
}

function got(p: Record<string, unknown>, w: IssueWords): string {
  // What was found: quoted when it is text (or when only its text is known), else the name of its type.
  if (p.received === undefined || p.received === 'string') return `"${String(p.value ?? '')}"`;
  return w.types[String(p.received)] ?? String(p.received);
}

export function describeIssue(issue: DataIssue, w: IssueWords): string {
  const p = issue.params ?? {};
  switch (issue.kind) {
    case 'expected-type':
      return w.expected(w.types[String(p.expected)] ?? String(p.expected), got(p, w));
    case 'required':
      return p.what === 'column' ? w.missingColumn : w.missing;
    case 'invalid-value':
      return w.invalidValue(got(p, w), ((p.allowed as string[]) ?? []).join(', '));
    case 'too-small':
      return p.origin === 'array'
        ? w.tooFew(String(p.minimum))
        : p.origin === 'string'
          ? w.empty
          : w.tooSmall(String(p.minimum));
    case 'too-big':
      return p.origin === 'array' ? w.tooMany(String(p.maximum)) : w.tooBig(String(p.maximum));
    case 'invalid-format':
      return w.is(got(p, w), w.formats[String(p.format)] ?? w.wrongFormat);
    case 'unknown-key':
      return w.unknownKey;
    case 'duplicate':
      return w.duplicate(String(p.key), String(p.first));
    case 'unknown-reference':
      return w.unknownReference(String(p.key));
    case 'cycle':
      return w.cycle(String(p.key));
    default:
      return p.reason === 'ci-order' ? w.ciOrder : w.invalid;
  }
}

/** `indicators[2].data[14].value`, or for CSV `rad 4, kolumn value`. */
export function formatPath(path: DataIssue['path'], w: IssueWords): string {
  if (path[0] === 'csv') {
    const parts = [`${w.line} ${String(path[1] ?? 1)}`];
    if (path[2] !== undefined) parts.push(`${w.column} ${String(path[2])}`);
    return parts.join(', ');
  }
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  return out || w.root;
}
