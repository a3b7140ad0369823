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

/** Box measures in px: padding, title and name font sizes and line heights, sector marks, widths. */
export const BOX_PAD = 8;
export const TITLE_SIZE = 14;
export const TITLE_LINE = 18;
export const NAME_SIZE = 12.5;
export const NAME_LINE = 15;
export const MARK_WIDTH = 22;
export const MARK_HEIGHT = 16;
export const MARK_GAP = 3;
export const MARK_SIZE = 10.5;
export const BOX_MIN_WIDTH = 104;
export const BOX_MAX_WIDTH = 224;
/** Extra room around a collapsed group for the stacked look and the +/− toggle. */
export const BOX_STACK = 6;

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
  const extra = kind === 'group' ? BOX_STACK : 0;
  const inner = BOX_MAX_WIDTH - 2 * BOX_PAD - toggle - extra;
  const titleLines = title ? wrapText(title, inner, TITLE_SIZE, 3, true) : [];
  const lines = name ? wrapText(name, inner, NAME_SIZE, 3) : [];
  const marksWidth = Math.min(inner, sectors.length * (MARK_WIDTH + MARK_GAP) - MARK_GAP);
  const textW = Math.max(
    ...titleLines.map((l, i) => textWidth(l, TITLE_SIZE, true) + (i === 0 ? toggle : 0)),
    ...lines.map((l, i) => textWidth(l, NAME_SIZE) + (i === 0 && !titleLines.length ? toggle : 0)),
    marksWidth,
  );
  const width = Math.ceil(Math.min(BOX_MAX_WIDTH, Math.max(BOX_MIN_WIDTH, textW + 2 * BOX_PAD + 4))) + extra;
  const perRow = Math.max(1, Math.floor((width - extra - 2 * BOX_PAD + MARK_GAP) / (MARK_WIDTH + MARK_GAP)));
  const rows = Math.ceil(sectors.length / perRow);
  const height =
    2 * BOX_PAD +
    titleLines.length * TITLE_LINE +
    lines.length * NAME_LINE +
    (rows ? 6 + rows * (MARK_HEIGHT + MARK_GAP) - MARK_GAP : 0) +
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
