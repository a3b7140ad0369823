import { html, nothing, svg } from 'lit';
import type { PropertyValues, SVGTemplateResult, TemplateResult } from 'lit';
import { BplElement } from '../../core/base-element.js';
import '../../core/loader/structure-reader.js';
import { BplError } from '../../core/errors.js';
import { isSafeUrl } from '../../core/schema/common.js';
import type { LocalizedText, Meta } from '../../core/schema/common.js';
import { RELATION_TYPES, SECTORS } from '../../core/schema/structure.js';
import type { Body, RelationType, Sector, Structure } from '../../core/schema/structure.js';
import { themeStyles, baseStyles } from '../../core/theme.js';
import {
  BOX_PAD,
  BOX_STACK,
  MARK_GAP,
  MARK_HEIGHT,
  MARK_WIDTH,
  NAME_LINE,
  TITLE_LINE,
  groupName,
  layoutDiagram,
} from './boxes.js';
import type { BoxContent, DiagramLayout } from './boxes.js';
import { textWidth } from './text.js';
import { strings } from './collaboration-diagram.i18n.js';
import type { DiagramStrings } from './collaboration-diagram.i18n.js';
import { styles } from './collaboration-diagram.styles.js';
import { bodyKey, buildModel, decisionPath, levelKey, visibleItems } from './model.js';
import type { GroupInfo, Model, TreeItem } from './model.js';
import { round } from './layout.js';
import type { NodeBox } from './layout.js';

export interface DiagramView {
  model: Model;
  meta: Meta;
  selected?: string;
  sector?: Sector;
}

/** Below this width the diagram becomes the nested list. */
export const NARROW_WIDTH = 600;

const models = new WeakMap<Structure, Model>();
const cap = (text: string) => text[0]!.toUpperCase() + text.slice(1);
const lowerFirst = (text: string) =>
  /^\p{Lu}\p{Ll}/u.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;

/**
 * `<bpl-collaboration-diagram>`: who decides, and who is in it. A layered diagram of a collaboration
 * structure: levels as bands, bodies as boxes with sector marks, "reports to" and "prepares for" as
 * arrows, "collaborates with" as quiet lines. Groups of siblings collapse into one row. The diagram is a
 * keyboard tree; below 600 px (and on request) the same tree is a nested list.
 *
 * @event bpl-select - A body was chosen. `detail: { body }`.
 * @csspart diagram - The SVG diagram.
 * @csspart list - The nested list (tree) view.
 * @csspart detail - The panel about the chosen body.
 * @csspart legend - The legend.
 */
export class BplCollaborationDiagram extends BplElement<'structure', DiagramView> {
  static override styles = [themeStyles, baseStyles, styles];
  // Static properties rather than lit/decorators.js (as the core and the other components): the decorators
  // module leaves the bundle.
  static override properties = {
    selected: { reflect: true },
    sector: { reflect: true },
    expanded: { state: true, attribute: false },
    listView: { state: true, attribute: false },
    hostWidth: { state: true, attribute: false },
    openGroup: { state: true, attribute: false },
    focusKey: { state: true, attribute: false },
  };
  protected static override viewProperties = ['selected', 'sector'];

  /** Id of the chosen body; its detail is shown. Set from outside to select, cleared when closed. */
  declare selected?: string;

  /** Highlights every body where this sector is represented (`school`, `police`, …). */
  declare sector?: string;

  private expanded = new Set<string>();
  private listView = false;
  private hostWidth = 0;
  /** A group whose detail is shown (the `selected` body's detail otherwise). */
  private openGroup?: string;
  private focusKey?: string;

  private model?: Model;
  private diagram?: DiagramLayout;
  private diagramKey = '';
  private roving?: string;
  private pendingFocus?: string;
  /** Path data of the sector marks' frames, by sector, while the diagram is drawn. */
  private frames: string[] = [];
  private resizeObserver?: ResizeObserver;

  constructor() {
    super('structure');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver !== 'undefined') {
      this.resizeObserver = new ResizeObserver(([entry]) => {
        const width = Math.round(entry?.contentRect.width ?? 0);
        // Next frame: redrawing inside the observer's callback would loop ("undelivered notifications").
        if (width !== this.hostWidth) requestAnimationFrame(() => (this.hostWidth = width));
      });
      this.resizeObserver.observe(this);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  protected resolveView(structure: Structure, meta: Meta): DiagramView {
    const model = models.get(structure) ?? models.set(structure, buildModel(structure)).get(structure)!;
    const { selected, sector } = this;
    const check = (attribute: string, value: string | undefined, available: readonly string[]) => {
      if (value && !available.includes(value))
        throw new BplError('invalid-attribute', { attribute, value, available: [...available] });
    };
    check('selected', selected, [...model.bodies.keys()]);
    check('sector', sector, SECTORS);
    return { model, meta, selected, sector: sector as Sector | undefined };
  }

  private get s(): DiagramStrings {
    return this.localize.pick(strings);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const view = this.view;
    if (!view) return;
    // Read once, before anything of ours is drawn (so no layout is forced after a change of ours); the
    // observer reports changes later.
    if (!this.hostWidth && this.isConnected) this.hostWidth = Math.round(this.getBoundingClientRect().width);
    if (view.model !== this.model) {
      this.model = view.model;
      this.expanded = new Set(view.model.levels.map(levelKey));
      this.openGroup = undefined;
      this.focusKey = view.model.tree[0]?.key;
      if (view.selected) this.reveal(view.selected);
    } else if (changed.has('selected') && view.selected) this.reveal(view.selected);
    if (this.listView || this.narrow) return;
    // The bands span the element's width; the boxes are centred in it. Laid out again only when the
    // model, language, width or expansion changed.
    const minWidth = Math.max(320, this.hostWidth);
    const key = `${this.localize.lang}|${minWidth}|${[...this.expanded].sort()}`;
    if (key !== this.diagramKey || this.diagram?.model !== view.model) {
      this.diagramKey = key;
      this.diagram = layoutDiagram(view.model, this.expanded, this.localize.lang, this.groupLabel, minWidth);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const target = this.pendingFocus;
    this.pendingFocus = undefined;
    if (target) this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }

  /** Expands the level and group of a body, so it can be seen and focused. */
  private reveal(id: string): void {
    const model = this.view!.model;
    const body = model.bodies.get(id);
    if (!body) return;
    this.setExpanded([levelKey(body.level), model.groupOf.get(id)], true);
    this.focusKey = bodyKey(id);
    this.openGroup = undefined;
  }

  private groupLabel = (n: number, name: string) => `${n} ${lowerFirst(name)}`;

  private get narrow(): boolean {
    return this.hostWidth > 0 && this.hostWidth < NARROW_WIDTH;
  }

  // ---------- Interaction ----------

  /** Opens or closes items (a new set only when something changes, so nothing is drawn in vain). */
  private setExpanded(keys: (string | undefined)[], open: boolean): void {
    const next = new Set(this.expanded);
    for (const key of keys) if (key) next[open ? 'add' : 'delete'](key);
    if (next.size !== this.expanded.size) this.expanded = next;
  }

  private focusTree(): void {
    this.pendingFocus ??= '[role="treeitem"][tabindex="0"]';
  }

  /** The reader chose a body: select it, tell the page, show its detail. */
  private choose(id: string, focusDetail = true): void {
    this.reveal(id);
    this.selected = id;
    this.select({ body: id });
    if (focusDetail) this.pendingFocus = '.detail [tabindex="-1"]';
  }

  private activate(item: TreeItem, byKey: boolean): void {
    this.focusKey = item.key;
    if (item.kind === 'body') this.choose(item.ref, byKey);
    else if (item.kind === 'group' && byKey) {
      this.openGroup = item.key;
      this.selected = undefined;
      this.pendingFocus = '.detail [tabindex="-1"]';
    } else this.setExpanded([item.key], !this.expanded.has(item.key));
  }

  private itemFromEvent(event: Event): TreeItem | undefined {
    for (const node of event.composedPath()) {
      const key = node instanceof Element && node.getAttribute('data-key');
      if (key) return this.view?.model.items.get(key);
    }
    return undefined;
  }

  private onTreeClick = (event: MouseEvent) => {
    const item = this.itemFromEvent(event);
    if (!item) return;
    this.activate(item, false);
    // Expanding redraws the item (a box becomes a frame): keep the focus on it.
    this.focusTree();
  };

  private onTreeKeydown = (event: KeyboardEvent) => {
    const model = this.view?.model;
    if (!model || event.altKey || event.ctrlKey || event.metaKey) return;
    const visible = visibleItems(model, this.expanded);
    const current = this.itemFromEvent(event) ?? visible[0];
    if (!current) return;
    const i = visible.indexOf(current);
    const parent = current.children.length > 0;
    const open = this.expanded.has(current.key);
    const expand = (to: boolean) => parent && this.setExpanded([current.key], to);
    const next = (
      {
        ArrowDown: () => visible[i + 1],
        ArrowUp: () => visible[i - 1],
        Home: () => visible[0],
        End: () => visible[visible.length - 1],
        ArrowRight: () => (parent && !open ? expand(true) : current.children[0]),
        ArrowLeft: () => (parent && open ? expand(false) : current.parent),
        '+': () => expand(true),
        '-': () => expand(false),
        Enter: () => this.activate(current, true),
        ' ': () => this.activate(current, true),
      } as Record<string, () => TreeItem | undefined | boolean | void>
    )[event.key];
    if (!next) return;
    event.preventDefault();
    const target = next();
    if (target && target !== true) this.focusKey = target.key;
    // Also after expanding or collapsing: the item is drawn anew and must keep the focus.
    this.focusTree();
  };

  private onFocusIn = (event: FocusEvent) => {
    const item = this.itemFromEvent(event);
    if (item && item.key !== this.focusKey) this.focusKey = item.key;
  };

  private closeDetail(): void {
    const key = this.openGroup ?? (this.selected && bodyKey(this.selected));
    this.openGroup = this.selected = undefined;
    if (key) {
      this.focusKey = key;
      this.focusTree();
    }
  }

  private toggleAllGroups(): void {
    const model = this.view!.model;
    const keys = [...model.groups.keys()];
    const open = keys.some((k) => !this.expanded.has(k));
    this.setExpanded(open ? [...keys, ...model.levels.map(levelKey)] : keys, open);
  }

  // ---------- Text ----------

  private bodyName(id: string): string {
    const model = this.view!.model;
    const body = model.bodies.get(id)!;
    // A short name shared by several bodies (eight "LSG") does not tell them apart.
    return body.shortName && model.uniqueShortNames.has(body.shortName)
      ? body.shortName
      : this.localize.text(body.name);
  }

  private fullName(body: Body): string {
    const name = this.localize.text(body.name);
    return body.shortName && body.shortName !== name ? `${body.shortName} – ${name}` : name;
  }

  private groupText(group: GroupInfo): string {
    return this.groupLabel(group.members.length, groupName(group, this.localize.lang));
  }

  /** "LSG<separator>8 lokala samverkansgrupper", or the count and name alone. */
  private groupTitle(group: GroupInfo, separator: string): string {
    return `${group.shortName ? group.shortName + separator : ''}${this.groupText(group)}`;
  }

  private highlights(sectors: readonly Sector[] = []): boolean {
    return !!this.view?.sector && sectors.includes(this.view.sector);
  }

  private sectorsOf(item: TreeItem): Sector[] {
    const model = this.view!.model;
    return (item.kind === 'group' ? model.groups.get(item.ref)!.sectors : model.sectors.get(item.ref)) ?? [];
  }

  /** A tree item in words: its name, where it reports, and (read, not shown) its sectors and state. */
  private itemParts(item: TreeItem): [string, string[], string[]] {
    const model = this.view!.model;
    const group = model.groups.get(item.ref);
    const body = model.bodies.get(item.ref);
    const sectors = this.sectorsOf(item);
    return [
      group
        ? this.groupTitle(group, ', ')
        : body
          ? this.fullName(body)
          : `${this.s.levels[item.ref as Body['level']]}, ${this.s.bodyCount(model.perLevel.get(item.ref)!)}`,
      body ? this.ups(body.id).map((r) => `${this.s.relations[r.type]} ${this.bodyName(r.to)}`) : [],
      [
        ...(sectors.length
          ? [`${this.s.sectorsOnly}: ${this.localize.list(sectors.map((k) => this.s.sectors[k]))}`]
          : []),
        ...(this.highlights(sectors) ? [this.s.highlighted] : []),
      ],
    ];
  }

  /** Relations leaving a body upwards ("reports to", "prepares for"). */
  private ups(id: string) {
    return (this.view!.model.outgoing.get(id) ?? []).filter((r) => r.type !== 'collaborates-with');
  }

  private summary(model: Model): string {
    const s = this.s;
    const names = (refs: string[]) =>
      this.localize.list(
        refs.map((ref) => {
          const group = model.groups.get(ref);
          return group ? this.groupText(group) : this.bodyName(ref);
        }),
      );
    const steps = decisionPath(model).steps.map(
      ({ from, type, to }) =>
        `${cap(names(from))} ${
          ((from.length > 1 || model.groups.has(from[0]!) ? s.pluralRelations : undefined) ?? s.relations)[
            type
          ]
        } ${names(to)}.`,
    );
    return [
      s.summaryLevels(
        this.localize.list(model.levels.map((l) => s.summaryLevelPart(model.perLevel.get(l)!, s.levels[l]))),
        model.structure.bodies.length,
      ),
      ...(steps.length ? steps : [s.summaryNoPath]),
    ].join(' ');
  }

  // ---------- Rendering ----------

  protected renderView(view: DiagramView): TemplateResult {
    const { model, meta, sector } = view;
    const s = this.s;
    this.roving = this.rovingKey();
    const title = this.localize.text(meta.title);
    const list = this.listView || this.narrow;
    const groups = [...model.groups.keys()];
    const total = model.structure.bodies.length;
    return html`${this.renderHeading(title)}
      ${meta.description ? html`<p class="subtitle">${this.localize.text(meta.description)}</p>` : nothing}
      ${this.renderSampleBadge(meta)}
      <p class="summary">${this.summary(model)}</p>
      ${this.renderToolbar(
        this.narrow
          ? nothing
          : this.renderViewToggle(list, () => (this.listView = !list), [s.showList, s.showDiagram]),
        groups.length
          ? html`<button class="groups-toggle" @click=${this.toggleAllGroups}>
              ${groups.every((k) => this.expanded.has(k)) ? s.collapseAll : s.expandAll}
            </button>`
          : nothing,
        html`<label class="filter"
          >${s.sectorFilter}
          <select @change=${(e: Event) => (this.sector = (e.target as HTMLSelectElement).value || undefined)}>
            <option value="">${s.noSector}</option>
            ${SECTORS.map((k) => html`<option value=${k} ?selected=${sector === k}>${s.sectors[k]}</option>`)}
          </select>
        </label>`,
      )}
      <p class="status" role="status">
        ${
          sector
            ? s.sectorCount(
                s.sectors[sector],
                model.structure.bodies.filter((b) => this.highlights(model.sectors.get(b.id))).length,
                total,
              )
            : ''
        }
      </p>
      ${list ? this.renderList(view, title) : this.renderDiagram(view, title)} ${this.renderDetail(view)}
      <div part="legend" class="legend">
        <p class="dt">${s.legend}</p>
        ${
          list
            ? nothing
            : html`<ul class="plain row" aria-label=${s.relationsLegend}>
                ${RELATION_TYPES.map((type) => {
                  const quiet = type === 'collaborates-with';
                  return html`<li>
                    <svg viewBox="0 0 44 12" width="44" height="12" aria-hidden="true">
                      ${this.renderEdge(type, quiet ? 'M2,6H42' : 'M2,6H34', quiet ? '' : '42,6 34,1.6 34,10.4')}
                    </svg>
                    ${s.relations[type]}
                  </li>`;
                })}
              </ul>`
        }
        <ul class="plain row" aria-label=${s.sectorsLegend}>
          ${SECTORS.map((k) => html`<li>${this.renderChip(k)} ${s.sectors[k]}</li>`)}
        </ul>
        <p class="muted">${s.keyboardHint}</p>
      </div>
      ${this.renderSource(meta.source, meta.updated)}`;
  }

  /** An edge: a line, with an arrowhead unless it is "collaborates with" (a template each: no nested one). */
  private renderEdge(type: RelationType, d: string, arrow: string | undefined, active = false) {
    const c = `edge ${type}${active ? ' active' : ''}`;
    return arrow
      ? svg`<g class=${c}><path d=${d}></path><polygon points=${arrow}></polygon></g>`
      : svg`<g class=${c}><path d=${d}></path></g>`;
  }

  // Two layers: the drawing (hidden from assistive technology: its text is not the items' names, which
  // would make them mismatch), and on top the tree of items: transparent focus rings with names and
  // states, nested as levels → bodies and groups → members. One walk of the tree makes both.
  private renderDiagram(view: DiagramView, title: string): TemplateResult {
    const { layout } = this.diagram!;
    const scale = Math.min(1, Math.max(0.75, (this.hostWidth || layout.width) / layout.width));
    const sel = view.selected && bodyKey(view.selected);
    // The drawings go into one slot per tree item (empty while hidden), in tree order: expanding or
    // collapsing fills or empties slots, and every other box keeps its DOM (its text is not laid out again).
    const drawings = new Map<string, SVGTemplateResult>();
    this.frames = SECTORS.map(() => '');
    const items = view.model.tree.map((level) => this.renderItem(level, drawings));
    return html`<div class="scroller">
      <svg
        part="diagram"
        class="diagram"
        role="tree"
        aria-label=${`${title}: ${this.s.diagramLabel}`}
        viewBox="0 0 ${layout.width} ${layout.height}"
        width=${Math.round(layout.width * scale)}
        height=${Math.round(layout.height * scale)}
        @click=${this.onTreeClick}
        @keydown=${this.onTreeKeydown}
        @focusin=${this.onFocusIn}
      >
        <g aria-hidden="true">
          ${layout.bands.map(
            (b, i) =>
              svg`<rect class="band b${i % 2}" y=${b.y} width=${layout.width} height=${b.height}></rect>`,
          )}
          ${layout.edges.map((e) =>
            this.renderEdge(e.id.split('|')[0] as RelationType, e.d, e.arrow, e.from === sel || e.to === sel),
          )}
          ${[...view.model.items.keys()].map((key) => drawings.get(key) ?? nothing)}
          ${this.frames.map((d, i) =>
            d
              ? svg`<path class="mark s${i + 1}${SECTORS[i] === view.sector ? ' on' : ''}" d=${d}></path>`
              : nothing,
          )}
        </g>
        ${items}
      </svg>
    </div>`;
  }

  /** The item in the tab order: the focused one, or its nearest visible ancestor when it was hidden. */
  private rovingKey(): string | undefined {
    const model = this.view!.model;
    let item = model.items.get(this.focusKey ?? '');
    const visible = new Set(visibleItems(model, this.expanded));
    while (item && !visible.has(item)) item = item.parent;
    return (item ?? model.tree[0])?.key;
  }

  /** The attributes every tree item has, in the diagram and in the list. */
  private treeAttrs(item: TreeItem) {
    return {
      tabindex: item.key === this.roving ? '0' : '-1',
      expanded: item.children.length ? String(this.expanded.has(item.key)) : nothing,
      selected: item.kind === 'body' ? String(item.ref === this.view!.selected) : nothing,
    };
  }

  private renderItem(
    item: TreeItem,
    drawings: Map<string, SVGTemplateResult>,
  ): SVGTemplateResult | typeof nothing {
    const { layout, boxes } = this.diagram!;
    const model = this.view!.model;
    const open = this.expanded.has(item.key);
    let ring: { x: number; y: number; width: number; height: number } | undefined;
    if (item.kind === 'level') {
      const band = layout.bands[model.tree.indexOf(item)]!;
      const name = this.s.levels[item.ref as Body['level']];
      const text = open ? `▾ ${name}` : `▸ ${name} (${this.s.bodyCount(model.perLevel.get(item.ref)!)})`;
      ring = { x: 8, y: band.y + 9, width: textWidth(text, 14, true) + 4, height: 16 };
      drawings.set(item.key, svg`<text class="label" x="10" y=${band.y + 22}>${text}</text>`);
    } else if (item.kind === 'group' && open) {
      // A frame per layer the members take (one, unless members report to each other); the first is named.
      const frames = layout.blocks.filter((b) => b.block === item.key);
      if (!(ring = frames[0])) return nothing;
      drawings.set(
        item.key,
        svg`${frames.map(
          (f) =>
            svg`<rect class="frame" x=${f.x} y=${f.y} width=${f.width} height=${f.height} rx="8"></rect>`,
        )}<text class="label small" x=${ring.x + 8} y=${ring.y + 17}>− ${this.groupTitle(model.groups.get(item.ref)!, ': ')}</text>`,
      );
    } else {
      const box = boxes.get(item.key);
      if (!(ring = layout.nodes.get(item.key)) || !box) return nothing;
      drawings.set(item.key, this.renderBox(box, ring as NodeBox, item.ref === this.view!.selected));
    }
    const { tabindex, expanded, selected } = this.treeAttrs(item);
    return svg`<g role="treeitem" class="item" data-key=${item.key} aria-level=${item.depth}
      aria-expanded=${expanded} aria-selected=${selected} aria-label=${this.itemParts(item).flat().join('; ')} tabindex=${tabindex}>
      <rect class="ring" x=${ring.x - 5} y=${ring.y - 5} width=${ring.width + 10} height=${ring.height + 10} rx="9"></rect>
      ${open ? svg`<g role="group">${item.children.map((child) => this.renderItem(child, drawings))}</g>` : nothing}
    </g>`;
  }

  /** The drawing of one box: a body, or a collapsed group (stacked, with a + toggle). Sector marks are
   * letters in coloured frames (drawn per sector, see `frames`). All text of a box is one text element:
   * fewer text layouts for the browser. */
  private renderBox(box: BoxContent, at: NodeBox, selected: boolean): SVGTemplateResult {
    const group = box.kind === 'group';
    const s = group ? BOX_STACK : 0;
    const w = at.width - s;
    const h = at.height - s;
    const tx = BOX_PAD + (selected ? 4 : 0);
    let ty = BOX_PAD + s;
    const texts = [
      ...box.titleLines.map(
        (line) => svg`<tspan class="title" x=${tx} y=${(ty += TITLE_LINE) - 4}>${line}</tspan>`,
      ),
      ...box.lines.map((line) => svg`<tspan x=${tx} y=${(ty += NAME_LINE) - 3.5}>${line}</tspan>`),
    ];
    ty += 6;
    // The mark letters are one tspan with a position per character (each centred on its own), not a
    // tspan per mark: far fewer nodes. Character widths are estimates; the letters sit centred in frames.
    // The highlighted sector's mark is filled, its letters in their own tspan ([1]) in the contrasting colour.
    const letters = ['', ''];
    const xs: number[][] = [[], []];
    const ys: number[][] = [[], []];
    let filled = '';
    box.sectors.forEach((sector, i) => {
      const x = BOX_PAD + (i % box.perRow) * (MARK_WIDTH + MARK_GAP);
      const y = ty + Math.floor(i / box.perRow) * (MARK_HEIGHT + MARK_GAP);
      const frame = 'h16a3,3,0,0,1,3,3v10a3,3,0,0,1-3,3h-16a3,3,0,0,1-3-3v-10a3,3,0,0,1,3-3z';
      // The frames of one sector, in every box, are one path (fewer nodes to lay out and paint).
      this.frames[SECTORS.indexOf(sector)] += `M${at.x + x + 3},${at.y + y}${frame}`;
      const on = +(sector === this.view!.sector);
      if (on) filled = `M${x + 3},${y}${frame}`;
      const text = this.s.sectorMarks[sector];
      const widths = [...text].map((c) => textWidth(c, 10.5, true) * 0.88);
      let left = x + MARK_WIDTH / 2 - widths.reduce((a, b) => a + b, 0) / 2;
      for (const w of widths) {
        xs[on]!.push(round(left + w / 2));
        ys[on]!.push(y + 12);
        left += w;
      }
      letters[on] += text;
    });
    return svg`<g class="box${selected ? ' sel' : ''}${this.highlights(box.sectors) ? ' match' : ''}"
      data-box=${box.key} transform="translate(${at.x},${at.y})">
      ${
        group
          ? svg`<rect class="stack" x=${s} width=${w} height=${h} rx="6"></rect>
            <rect class="stack" x=${s / 2} y=${s / 2} width=${w} height=${h} rx="6"></rect>`
          : nothing
      }
      <rect class="bg" y=${s} width=${w} height=${h} rx="6"></rect>
      ${selected ? svg`<rect class="bar" width="6" height=${h} rx="3"></rect>` : nothing}
      ${filled ? svg`<path class="fill" d=${filled}></path>` : nothing}
      <text>${texts}${letters.map((l, on) =>
        l
          ? svg`<tspan class=${on ? 'm on' : 'm'} x=${xs[on]!.join(' ')} y=${ys[on]!.join(' ')}>${l}</tspan>`
          : nothing,
      )}</text>
      ${
        group
          ? svg`<circle class="plus" cx=${w - 14} cy=${s + 14} r="9"></circle>
            <path class="plus" d="M${w - 18.5},${s + 14}h9m-4.5-4.5v9"></path>`
          : nothing
      }
    </g>`;
  }

  // The same tree as a list: the narrow view and the table view. Flat in the DOM (nesting by aria-level
  // and indentation), so that each item's name is its own text, never its children's.
  private renderList(view: DiagramView, title: string): TemplateResult {
    const row = (it: TreeItem): TemplateResult => {
      const { tabindex, expanded, selected } = this.treeAttrs(it);
      const siblings = it.parent?.children ?? view.model.tree;
      const [name, ups, hidden] = this.itemParts(it);
      const sectors = this.sectorsOf(it);
      // The item is named by its own content (the linter cannot see that); an aria-label would have to
      // repeat the visible sector letters, which are hidden from assistive technology on purpose.
      // eslint-disable-next-line lit-a11y/accessible-name
      return html`<li
        role="treeitem"
        class="li ${it.kind} d${it.depth}${selected === 'true' ? ' sel' : ''}${this.highlights(sectors) ? ' match' : ''}"
        data-key=${it.key}
        aria-level=${it.depth}
        aria-setsize=${siblings.length}
        aria-posinset=${siblings.indexOf(it) + 1}
        aria-expanded=${expanded}
        aria-selected=${selected}
        tabindex=${tabindex}
      >
        ${it.children.length ? html`<span aria-hidden="true">${this.expanded.has(it.key) ? '▾' : '▸'}</span>` : nothing}
        <span class="text"
          >${name}${ups.length ? html`<span class="muted">${ups.join('; ')}</span>` : nothing}</span
        >
        <span aria-hidden="true">${sectors.map((k) => this.renderChip(k))}</span>
        <span class="visually-hidden">${hidden.map((h) => `; ${h}`)}</span>
      </li>`;
    };
    return html`<ul
      part="list"
      class="plain"
      role="tree"
      aria-label=${`${title}: ${this.s.listLabel}`}
      @click=${this.onTreeClick}
      @keydown=${this.onTreeKeydown}
      @focusin=${this.onFocusIn}
    >
      ${visibleItems(view.model, this.expanded).map(row)}
    </ul>`;
  }

  private renderChip(sector: Sector): TemplateResult {
    return html`<span
      class="chip s${SECTORS.indexOf(sector) + 1}${this.view!.sector === sector ? ' on' : ''}"
      aria-hidden="true"
      >${this.s.sectorMarks[sector]}</span
    >`;
  }

  private renderDetail({ model, selected }: DiagramView): TemplateResult | typeof nothing {
    const s = this.s;
    const { t } = this.localize;
    const text = (value?: LocalizedText) => this.localize.text(value);
    const group = model.groups.get(this.openGroup ?? '');
    const b = model.bodies.get(selected ?? '');
    if (!group && !b) return nothing;
    /** A labelled part: a paragraph, or a list of items; left out when empty. */
    const part = (label: string, content: string | unknown[]) =>
      content.length
        ? html`<p class="dt">${label}</p>
            ${
              typeof content === 'string'
                ? html`<p>${content}</p>`
                : html`<ul class="plain">
                    ${content.map((item) => html`<li>${item}</li>`)}
                  </ul>`
            }`
        : nothing;
    const link = (id: string) =>
      html`<button class="link" @click=${() => this.choose(id)}>${this.bodyName(id)}</button>`;
    let content: unknown[];
    if (group)
      content = [part(s.purpose, text(group.description)), part(s.groupMembers, group.members.map(link))];
    else {
      const { id, members = [], links = [], contacts = [] } = b!;
      const relations = [...(model.outgoing.get(id) ?? []), ...(model.incoming.get(id) ?? [])];
      /** Relations of a type, from this body (`from` true), to it (false) or both ways. */
      const related = (type: RelationType, from?: boolean) =>
        relations
          .filter((r) => r.type === type && (from === undefined || (r.from === id) === from))
          .map(
            (r) =>
              html`${link(r.from === id ? r.to : r.from)}${r.description ? ` – ${text(r.description)}` : ''}`,
          );
      content = [
        html`<p class="muted">${s.levels[b!.level]}</p>`,
        part(s.purpose, text(b!.purpose)),
        part(
          s.sectorsOnly,
          model.sectors.get(id)!.map((k) => {
            const who = members
              .filter((m) => m.sector === k && m.description)
              .map((m) => text(m.description));
            return html`${this.renderChip(k)}
            ${s.sectors[k]}${who.length ? `: ${this.localize.list(who)}` : ''}`;
          }),
        ),
        ...RELATION_TYPES.map((type) =>
          part(cap(s.relations[type]), related(type, type === 'collaborates-with' ? undefined : true)),
        ),
        part(s.reportedToBy, related('reports-to', false)),
        part(s.preparedBy, related('prepares-for', false)),
        part(s.meets, text(b!.meets)),
        part(
          s.links,
          links.filter((l) => isSafeUrl(l.url)).map((l) => html`<a href=${l.url}>${text(l.label)}</a>`),
        ),
        part(
          s.contacts,
          contacts.map(
            (c) =>
              html`${text(c.role)}${c.email ? html`, <a href="mailto:${c.email}">${c.email}</a>` : ''}${
                c.phone ? html`, <a href="tel:${c.phone.replace(/[^\d+]/g, '')}">${c.phone}</a>` : ''
              }${c.url && isSafeUrl(c.url) ? html`, <a href=${c.url}>${s.website}</a>` : ''}`,
          ),
        ),
      ];
    }
    const name = group ? this.groupTitle(group, ' – ') : this.fullName(b!);
    // Escape closes the detail and returns to the item that opened it, as the wheel's does.
    return html`<section
      part="detail"
      class="detail"
      aria-label=${`${s.detailOf} ${name}`}
      @keydown=${(e: KeyboardEvent) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        this.closeDetail();
      }}
    >
      <div class="head">
        <div
          role="heading"
          aria-level=${Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2) + 1)}
          class="dtitle"
          tabindex="-1"
        >
          ${name}
        </div>
        <button class="close" @click=${this.closeDetail}>${t.close}</button>
      </div>
      ${content}
    </section>`;
  }
}
