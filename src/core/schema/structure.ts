import { z } from './zod.js';
import { ALWAYS } from './dataset.js';
import { pattern } from './matches.js';
import { LocalizedText, Link, Meta, SafeUrl } from './common.js';

export const LEVELS = ['political', 'strategic', 'operational'] as const;
export type BodyLevel = (typeof LEVELS)[number];

export const SECTORS = [
  'school',
  'social-services',
  'health-care',
  'leisure-culture',
  'rescue-services',
  'police',
  'civil-society',
  'children-youth',
] as const;
export type Sector = (typeof SECTORS)[number];

export const RELATION_TYPES = ['reports-to', 'prepares-for', 'collaborates-with'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

const Id = pattern(/^[a-z0-9][a-z0-9-]*$/, 'id');

/** A contact is a role or a function mailbox, never a private person's details. */
export const Contact = z.strictObject({
  role: LocalizedText,
  email: pattern(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'email').optional(),
  phone: z.string().min(3).optional(),
  url: SafeUrl.optional(),
});

export const Member = z.strictObject({
  sector: z.enum(SECTORS),
  /** Who represents the sector, e.g. "rektorer" or "förvaltningschef". */
  description: LocalizedText.optional(),
});

export const Body = z.strictObject({
  id: Id,
  name: LocalizedText,
  /** Short name such as SBU, BBU or LSG. */
  shortName: z.string().min(1).max(24).optional(),
  level: z.enum(LEVELS),
  sectors: z.array(z.enum(SECTORS)).default([]),
  members: z.array(Member).optional(),
  purpose: LocalizedText.optional(),
  /** Meeting rhythm, e.g. "fyra gånger per termin". */
  meets: LocalizedText.optional(),
  /** Bodies with the same `group` are shown together in one collapsible row. */
  group: Id.optional(),
  links: z.array(Link).optional(),
  contacts: z.array(Contact).optional(),
});
export type Body = z.infer<typeof Body>;

export const Relation = z.strictObject({
  from: Id,
  to: Id,
  type: z.enum(RELATION_TYPES),
  description: LocalizedText.optional(),
});
export type Relation = z.infer<typeof Relation>;

export const BodyGroup = z.strictObject({
  id: Id,
  /** The collapsed row's label, e.g. "lokala samverkansgrupper" (the count is added by the component). */
  name: LocalizedText,
  shortName: z.string().min(1).max(24).optional(),
  description: LocalizedText.optional(),
});

export const Structure = z
  .strictObject({
    $schema: z.string().optional(),
    meta: Meta,
    bodies: z.array(Body).min(1),
    relations: z.array(Relation).default([]),
    groups: z.array(BodyGroup).optional(),
  })
  .superRefine((structure, ctx) => {
    const ids = new Map<string, number>();
    const bodies = Array.isArray(structure.bodies)
      ? structure.bodies.filter((b) => b && typeof b === 'object')
      : [];
    const relations = Array.isArray(structure.relations)
      ? structure.relations.filter((r) => r && typeof r === 'object')
      : [];
    if (bodies.length !== (Array.isArray(structure.bodies) ? structure.bodies.length : 0)) return;
    if (relations.length !== (Array.isArray(structure.relations) ? structure.relations.length : 0)) return;
    bodies.forEach((body, i) => {
      const first = ids.get(body.id);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['bodies', i, 'id'],
          params: { kind: 'duplicate', first, key: body.id },
        });
      } else ids.set(body.id, i);
    });
    const groups = Array.isArray(structure.groups) ? structure.groups : undefined;
    const groupIds = new Set((groups ?? []).map((g) => g?.id));
    bodies.forEach((body, i) => {
      if (body.group && groups && !groupIds.has(body.group)) {
        ctx.addIssue({
          code: 'custom',
          path: ['bodies', i, 'group'],
          params: { kind: 'unknown-reference', key: body.group },
        });
      }
    });
    relations.forEach((relation, i) => {
      for (const end of ['from', 'to'] as const) {
        if (typeof relation[end] === 'string' && !ids.has(relation[end])) {
          ctx.addIssue({
            code: 'custom',
            path: ['relations', i, end],
            params: { kind: 'unknown-reference', key: relation[end] },
          });
        }
      }
      if (relation.from === relation.to) {
        ctx.addIssue({
          code: 'custom',
          path: ['relations', i],
          params: { kind: 'cycle', key: relation.from },
        });
      }
    });
    const cycle = findReportingCycle(
      relations.filter((r) => typeof r.from === 'string' && typeof r.to === 'string'),
    );
    if (cycle) {
      ctx.addIssue({
        code: 'custom',
        path: ['relations'],
        params: { kind: 'cycle', key: cycle.join(' → ') },
      });
    }
  }, ALWAYS);
export type Structure = z.infer<typeof Structure>;
export type StructureInput = z.input<typeof Structure>;

/** A cycle along "reports to" and "prepares for" edges, as a list of ids that starts and ends on the same
 * body, or undefined. Decisions must travel upwards somewhere. */
export function findReportingCycle(
  relations: readonly { from: string; to: string; type: string }[],
): string[] | undefined {
  const next = new Map<string, string[]>();
  for (const r of relations) {
    if (r.type === 'collaborates-with' || r.from === r.to) continue;
    (next.get(r.from) ?? next.set(r.from, []).get(r.from)!).push(r.to);
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
