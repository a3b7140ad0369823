import type { DataIssue } from '../errors.js';

/**
 * Cross-field rules of the contract that a JSON Schema cannot express: duplicates, references, cycles and
 * ordered intervals. They are plain functions over possibly malformed input (every other problem is
 * reported too, so they guard every access) and return issues with paths relative to their input. The zod
 * schemas run them in `superRefine`; the runtime validator runs the same functions.
 */

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => !!v && typeof v === 'object' && !Array.isArray(v);
const objects = (v: unknown): Loose[] | undefined =>
  Array.isArray(v) && v.every(isObject) ? (v as Loose[]) : undefined;

export function observationRules(obs: unknown): DataIssue[] {
  if (!isObject(obs)) return [];
  const issues: DataIssue[] = [];
  const ci = obs.ci;
  if (Array.isArray(ci) && typeof ci[0] === 'number' && typeof ci[1] === 'number' && ci[0] > ci[1]) {
    issues.push({ path: ['ci'], kind: 'other', params: { reason: 'ci-order' } });
  }
  if (obs.value === null && obs.status === 'preliminary') {
    issues.push({ path: ['value'], kind: 'required', params: { reason: 'preliminary-null' } });
  }
  return issues;
}

export function indicatorRules(indicator: unknown): DataIssue[] {
  if (!isObject(indicator) || !Array.isArray(indicator.data)) return [];
  const issues: DataIssue[] = [];
  const seen = new Map<string, number>();
  indicator.data.forEach((obs: unknown, i) => {
    if (!isObject(obs) || typeof obs.area !== 'string' || typeof obs.period !== 'string') return;
    const group = typeof obs.group === 'string' ? obs.group : 'total';
    const key = `${obs.area} ${obs.period} ${group}`;
    const first = seen.get(key);
    if (first !== undefined) issues.push({ path: ['data', i], kind: 'duplicate', params: { first, key } });
    else seen.set(key, i);
  });
  return issues;
}

export function datasetRules(dataset: unknown): DataIssue[] {
  if (!isObject(dataset) || !Array.isArray(dataset.indicators)) return [];
  const issues: DataIssue[] = [];
  const seen = new Map<string, number>();
  dataset.indicators.forEach((indicator: unknown, i) => {
    if (!isObject(indicator) || typeof indicator.id !== 'string') return;
    const first = seen.get(indicator.id);
    if (first !== undefined) {
      issues.push({ path: ['indicators', i, 'id'], kind: 'duplicate', params: { first, key: indicator.id } });
    } else seen.set(indicator.id, i);
  });
  return issues;
}

export function structureRules(structure: unknown): DataIssue[] {
  if (!isObject(structure)) return [];
  const bodies = objects(structure.bodies);
  const relations = structure.relations === undefined ? [] : objects(structure.relations);
  if (!bodies || !relations) return [];
  const issues: DataIssue[] = [];
  const ids = new Map<string, number>();
  bodies.forEach((body, i) => {
    if (typeof body.id !== 'string') return;
    const first = ids.get(body.id);
    if (first !== undefined)
      issues.push({ path: ['bodies', i, 'id'], kind: 'duplicate', params: { first, key: body.id } });
    else ids.set(body.id, i);
  });
  const groups = objects(structure.groups);
  if (groups) {
    const groupIds = new Set(groups.map((g) => g.id));
    bodies.forEach((body, i) => {
      if (typeof body.group === 'string' && !groupIds.has(body.group)) {
        issues.push({ path: ['bodies', i, 'group'], kind: 'unknown-reference', params: { key: body.group } });
      }
    });
  }
  const edges: { from: string; to: string; type: string }[] = [];
  relations.forEach((relation, i) => {
    const { from, to, type } = relation;
    for (const [end, id] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (typeof id === 'string' && !ids.has(id)) {
        issues.push({ path: ['relations', i, end], kind: 'unknown-reference', params: { key: id } });
      }
    }
    if (typeof from === 'string' && typeof to === 'string') {
      if (from === to)
        issues.push({ path: ['relations', i], kind: 'cycle', params: { key: `${from} → ${to}` } });
      edges.push({ from, to, type: String(type) });
    }
  });
  const cycle = findReportingCycle(edges);
  if (cycle) issues.push({ path: ['relations'], kind: 'cycle', params: { key: cycle.join(' → ') } });
  return issues;
}

/** A cycle along "reports to" and "prepares for" edges, as a list of ids that starts and ends on the same
 * body, or undefined. Decisions must travel upwards somewhere. */
export function findReportingCycle(
  relations: readonly { from: string; to: string; type: string }[],
): string[] | undefined {
  const next = new Map<string, string[]>();
  for (const r of relations) {
    if (r.type === 'collaborates-with' || r.from === r.to) continue;
    const list = next.get(r.from) ?? [];
    list.push(r.to);
    next.set(r.from, list);
  }
  const state = new Map<string, 1 | 2>();
  const stack: string[] = [];
  const visit = (id: string): string[] | undefined => {
    state.set(id, 1);
    stack.push(id);
    for (const to of next.get(id) ?? []) {
      const s = state.get(to);
      if (s === 1) return [...stack.slice(stack.indexOf(to)), to];
      if (s === undefined) {
        const found = visit(to);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(id, 2);
    return undefined;
  };
  for (const id of next.keys()) {
    if (!state.has(id)) {
      const found = visit(id);
      if (found) return found;
    }
  }
  return undefined;
}
