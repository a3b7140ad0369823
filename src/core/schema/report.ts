import type { DataIssue } from '../errors.js';

interface IssueSink {
  addIssue(issue: { code: 'custom'; path: (string | number)[]; params: Record<string, unknown> }): void;
}

/** Hands rule issues to zod as custom issues; `toDataIssues` turns them back into the same DataIssues. */
export function report(ctx: IssueSink, issues: DataIssue[]): void {
  for (const issue of issues)
    ctx.addIssue({ code: 'custom', path: issue.path, params: { kind: issue.kind, ...issue.params } });
}
