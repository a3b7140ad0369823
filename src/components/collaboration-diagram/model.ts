/**
 * The collaboration structure as the diagram sees it: bodies by level, groups of siblings, relations in
 * both directions, the tree the reader moves through, and the path from the local groups to the
 * decision-makers. Pure, no DOM.
 */
import { LEVELS, SECTORS } from '../../core/schema/structure.js';
import type {
  Body,
  BodyLevel,
  Relation,
  RelationType,
  Sector,
  Structure,
} from '../../core/schema/structure.js';
import type { LocalizedText } from '../../core/schema/common.js';
import { push } from './layout.js';

export interface GroupInfo {
  /** `group:<group id>:<level>`, unique even when a group's members sit on different levels. */
  key: string;
  groupId: string;
  level: BodyLevel;
  name?: LocalizedText;
  shortName?: string;
  description?: LocalizedText;
  members: string[];
  sectors: Sector[];
}

export interface Model {
  structure: Structure;
  bodies: Map<string, Body>;
  /** Levels that have bodies, top to bottom. */
  levels: BodyLevel[];
  /** Number of bodies on each level. */
  perLevel: Map<string, number>;
  /** Groups with at least two members, by key. */
  groups: Map<string, GroupInfo>;
  /** Body id → key of its group (only for groups with two or more members). */
  groupOf: Map<string, string>;
  /** Sectors represented in each body: its `sectors` and its members' sectors, in the standard order. */
  sectors: Map<string, Sector[]>;
  /** Relations leaving a body, and arriving at it. */
  outgoing: Map<string, Relation[]>;
  incoming: Map<string, Relation[]>;
  /** Short names used by exactly one body (others are named in full where it matters). */
  uniqueShortNames: Set<string>;
  /** The tree: levels, then bodies and groups in data order, then group members. */
  tree: TreeItem[];
  items: Map<string, TreeItem>;
}

export interface TreeItem {
  /** `level:<level>`, `group:<id>:<level>` or `body:<id>`. */
  key: string;
  kind: 'level' | 'group' | 'body';
  /** The body id, the group key or the level. */
  ref: string;
  depth: number;
  parent?: TreeItem;
  children: TreeItem[];
}

export const bodyKey = (id: string) => `body:${id}`;
export const levelKey = (level: BodyLevel) => `level:${level}`;

export function sortSectors(list: Iterable<Sector>): Sector[] {
  const set = new Set(list);
  return SECTORS.filter((s) => set.has(s));
}

/** Counts of each key. */
const count = (keys: (string | undefined)[]) => {
  const n = new Map<string, number>();
  for (const k of keys) if (k) n.set(k, (n.get(k) ?? 0) + 1);
  return n;
};

export function buildModel(structure: Structure): Model {
  const list = structure.bodies;
  const bodies = new Map(list.map((b) => [b.id, b]));
  const sectors = new Map(
    list.map((b) => [b.id, sortSectors([...b.sectors, ...(b.members ?? []).map((m) => m.sector)])]),
  );
  const candidates = new Map<string, string[]>();
  for (const b of list) if (b.group) push(candidates, `group:${b.group}:${b.level}`, b.id);
  const groups = new Map<string, GroupInfo>();
  const groupOf = new Map<string, string>();
  for (const [key, members] of candidates) {
    if (members.length < 2) continue;
    const { group: groupId, level } = bodies.get(members[0]!)!;
    const def = structure.groups?.find((g) => g.id === groupId);
    groups.set(key, {
      key,
      groupId: groupId!,
      level,
      name: def?.name,
      shortName: def?.shortName,
      description: def?.description,
      members,
      sectors: sortSectors(members.flatMap((id) => sectors.get(id)!)),
    });
    for (const id of members) groupOf.set(id, key);
  }

  const outgoing = new Map<string, Relation[]>();
  const incoming = new Map<string, Relation[]>();
  for (const r of structure.relations) {
    push(outgoing, r.from, r);
    push(incoming, r.to, r);
  }

  const perLevel = count(list.map((b) => b.level));
  const levels = LEVELS.filter((l) => perLevel.has(l));
  const tree: TreeItem[] = [];
  const items = new Map<string, TreeItem>();
  const add = (kind: TreeItem['kind'], key: string, ref: string, parent?: TreeItem) => {
    const item: TreeItem = { key, kind, ref, depth: parent ? parent.depth + 1 : 1, parent, children: [] };
    items.set(key, item);
    (parent?.children ?? tree).push(item);
    return item;
  };
  for (const level of levels) {
    const levelItem = add('level', levelKey(level), level);
    for (const b of list) {
      if (b.level !== level) continue;
      const gk = groupOf.get(b.id);
      if (gk === undefined) add('body', bodyKey(b.id), b.id, levelItem);
      else if (!items.has(gk)) {
        const groupItem = add('group', gk, gk, levelItem);
        for (const id of groups.get(gk)!.members) add('body', bodyKey(id), id, groupItem);
      }
    }
  }
  const shortNames = count(list.map((b) => b.shortName));
  return {
    structure,
    bodies,
    levels,
    perLevel,
    groups,
    groupOf,
    sectors,
    outgoing,
    incoming,
    uniqueShortNames: new Set([...shortNames.keys()].filter((name) => shortNames.get(name) === 1)),
    tree,
    items,
  };
}

/** Items the reader can reach with the arrow keys: children of collapsed items are left out. */
export function visibleItems(model: Model, expanded: ReadonlySet<string>): TreeItem[] {
  const out: TreeItem[] = [];
  const walk = (list: TreeItem[]) => {
    for (const item of list) {
      out.push(item);
      if (item.children.length && expanded.has(item.key)) walk(item.children);
    }
  };
  walk(model.tree);
  return out;
}

/** What the diagram draws for the current expansion: boxes (bodies and collapsed groups) and edges
 * between them, relations of hidden bodies carried by their group, duplicates merged. */
export interface DiagramGraph {
  /** Drawn boxes: body ids and group keys, in data order. */
  nodes: { key: string; kind: 'body' | 'group'; level: BodyLevel; block?: string }[];
  edges: { id: string; from: string; to: string; type: RelationType; relations: Relation[] }[];
}

export function diagramGraph(model: Model, expanded: ReadonlySet<string>): DiagramGraph {
  const shown = (level: BodyLevel) => expanded.has(levelKey(level));
  const nodeOf = new Map<string, string>();
  const nodes: DiagramGraph['nodes'] = [];
  for (const b of model.structure.bodies) {
    if (!shown(b.level)) continue;
    const gk = model.groupOf.get(b.id);
    if (gk !== undefined && !expanded.has(gk)) {
      // The group's box goes where its first member would.
      if (model.groups.get(gk)!.members[0] === b.id) nodes.push({ key: gk, kind: 'group', level: b.level });
      nodeOf.set(b.id, gk);
    } else {
      nodes.push({
        key: bodyKey(b.id),
        kind: 'body',
        level: b.level,
        ...(gk !== undefined ? { block: gk } : {}),
      });
      nodeOf.set(b.id, bodyKey(b.id));
    }
  }
  const edges = new Map<string, DiagramGraph['edges'][number]>();
  for (const r of model.structure.relations) {
    const from = nodeOf.get(r.from);
    const to = nodeOf.get(r.to);
    if (from === undefined || to === undefined || from === to) continue;
    // "Collaborates with" has no direction: one line for both ways.
    const [a, b] = r.type === 'collaborates-with' && to < from ? [to, from] : [from, to];
    const id = `${r.type}|${a}|${b}`;
    const existing = edges.get(id);
    if (existing) existing.relations.push(r);
    else edges.set(id, { id, from: a, to: b, type: r.type, relations: [r] });
  }
  return { nodes, edges: [...edges.values()] };
}

export interface PathStep {
  /** Body ids (or a group key) this step starts from. */
  from: string[];
  type: RelationType;
  to: string[];
}

/**
 * The way decisions travel upwards: from the largest group of siblings (the local groups), or else from
 * the bodies on the lowest level, along "reports to" and "prepares for" until nothing is above.
 */
export function decisionPath(model: Model): { start: string[]; group?: GroupInfo; steps: PathStep[] } {
  const groups = [...model.groups.values()].sort((a, b) => b.members.length - a.members.length);
  const group = groups[0];
  const lowest = model.levels[model.levels.length - 1];
  const start = group
    ? group.members
    : model.structure.bodies.filter((b) => b.level === lowest).map((b) => b.id);
  const steps: PathStep[] = [];
  const seen = new Set(start);
  let frontier = start;
  let first = true;
  while (frontier.length && steps.length < 12) {
    const byType = new Map<RelationType, { from: Set<string>; to: Set<string> }>();
    for (const id of frontier) {
      for (const r of model.outgoing.get(id) ?? []) {
        if (r.type === 'collaborates-with' || seen.has(r.to)) continue;
        const entry =
          byType.get(r.type) ?? byType.set(r.type, { from: new Set(), to: new Set() }).get(r.type)!;
        entry.from.add(id);
        entry.to.add(r.to);
      }
    }
    const next = new Set<string>();
    for (const [type, { from, to }] of byType) {
      steps.push({ from: first && group ? [group.key] : [...from], type, to: [...to] });
      for (const id of to) next.add(id);
    }
    for (const id of next) seen.add(id);
    frontier = [...next];
    first = false;
  }
  return { start, group, steps };
}
