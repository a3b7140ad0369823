/**
 * What each box says and how big it is: short name, full name wrapped into lines, sector marks in rows.
 * Sizes come from estimated text widths, so the layout needs no DOM.
 */
import type { Lang } from '../../core/i18n/format.js';
import { localText } from '../../core/i18n/localize.js';
import type { Sector } from '../../core/schema/structure.js';
import { layoutGraph } from './layout.js';
import type { Layout, LayoutEdge, LayoutNode } from './layout.js';
import { diagramGraph } from './model.js';
import type { DiagramGraph, GroupInfo, Model } from './model.js';
import { textWidth } from '../../core/text-width.js';
import { wrapText } from './text.js';

export const BOX = {
  pad: 8,
  titleSize: 14,
  titleLine: 18,
  nameSize: 12.5,
  nameLine: 15,
  markWidth: 22,
  markHeight: 16,
  markGap: 3,
  markSize: 10.5,
  minWidth: 104,
  maxWidth: 224,
  /** Extra room around a collapsed group for the stacked look and the +/− toggle. */
  stack: 6,
} as const;

export interface BoxContent {
  key: string;
  kind: 'body' | 'group';
  /** Bold lines: the short name, or the name itself when there is no short name. */
  titleLines: string[];
  /** The full name (or a group's label) under the short name. */
  lines: string[];
  sectors: Sector[];
  /** Sectors per row of marks. */
  perRow: number;
  width: number;
  height: number;
}

export function groupName(group: GroupInfo, lang: Lang): string {
  return group.name ? localText(group.name, lang) : (group.shortName ?? group.groupId);
}

/** Size and text of a box: a bold title (wrapped when it is a name), a wrapped name and sector marks. The
 * extra 4 px in the width is room for the selection bar, which moves the text right. */
export function measureBox(
  key: string,
  kind: 'body' | 'group',
  title: string,
  name: string,
  sectors: Sector[],
): BoxContent {
  // A collapsed group keeps room at the right for its +/− toggle.
  const toggle = kind === 'group' ? 24 : 0;
  const extra = kind === 'group' ? BOX.stack : 0;
  const inner = BOX.maxWidth - 2 * BOX.pad - toggle - extra;
  const titleLines = title ? wrapText(title, inner, BOX.titleSize, 3, true) : [];
  const lines = name ? wrapText(name, inner, BOX.nameSize, 3) : [];
  const marksWidth = Math.min(inner, sectors.length * (BOX.markWidth + BOX.markGap) - BOX.markGap);
  const textW = Math.max(
    ...titleLines.map((l, i) => textWidth(l, BOX.titleSize, true) + (i === 0 ? toggle : 0)),
    ...lines.map((l, i) => textWidth(l, BOX.nameSize) + (i === 0 && !titleLines.length ? toggle : 0)),
    marksWidth,
  );
  const width = Math.ceil(Math.min(BOX.maxWidth, Math.max(BOX.minWidth, textW + 2 * BOX.pad + 4))) + extra;
  const perRow = Math.max(
    1,
    Math.floor((width - extra - 2 * BOX.pad + BOX.markGap) / (BOX.markWidth + BOX.markGap)),
  );
  const rows = Math.ceil(sectors.length / perRow);
  const height =
    2 * BOX.pad +
    titleLines.length * BOX.titleLine +
    lines.length * BOX.nameLine +
    (rows ? 6 + rows * (BOX.markHeight + BOX.markGap) - BOX.markGap : 0) +
    extra;
  return { key, kind, titleLines, lines, sectors, perRow, width, height: Math.ceil(height) };
}

/** Measured body boxes by model, language and key: a body's box is the same in every layout. */
const measured = new WeakMap<Model, Map<string, BoxContent>>();

/** Box contents for a body (`body:<id>`) or a collapsed group (its key). */
export function boxContent(
  model: Model,
  key: string,
  lang: Lang,
  groupLabel: (n: number, name: string) => string,
): BoxContent {
  const group = model.groups.get(key);
  if (group) {
    const label = groupLabel(group.members.length, groupName(group, lang));
    return measureBox(key, 'group', group.shortName ?? '', label, group.sectors);
  }
  const cache = measured.get(model) ?? measured.set(model, new Map()).get(model)!;
  let box = cache.get(lang + key);
  if (!box) {
    const id = key.slice('body:'.length);
    const { shortName, name } = model.bodies.get(id)!;
    const text = localText(name, lang);
    const sectors = model.sectors.get(id)!;
    box = shortName
      ? measureBox(key, 'body', shortName, text, sectors)
      : measureBox(key, 'body', text, '', sectors);
    cache.set(lang + key, box);
  }
  return box;
}

export interface DiagramLayout {
  model: Model;
  graph: DiagramGraph;
  boxes: Map<string, BoxContent>;
  layout: Layout;
}

/** Boxes, edges and their layout for the current expansion: everything the SVG needs. */
export function layoutDiagram(
  model: Model,
  expanded: ReadonlySet<string>,
  lang: Lang,
  groupLabel: (n: number, name: string) => string,
  minWidth = 320,
): DiagramLayout {
  const graph = diagramGraph(model, expanded);
  const boxes = new Map<string, BoxContent>();
  const nodes: LayoutNode[] = graph.nodes.map((n) => {
    const box = boxContent(model, n.key, lang, groupLabel);
    boxes.set(n.key, box);
    return {
      id: n.key,
      band: model.levels.indexOf(n.level),
      width: box.width,
      height: box.height,
      ...(n.block !== undefined ? { block: n.block } : {}),
    };
  });
  const edges: LayoutEdge[] = graph.edges.map((e) => ({
    id: e.id,
    from: e.from,
    to: e.to,
    hierarchical: e.type !== 'collaborates-with',
    arrow: e.type !== 'collaborates-with',
  }));
  return { model, graph, boxes, layout: layoutGraph(nodes, edges, { bands: model.levels.length, minWidth }) };
}
