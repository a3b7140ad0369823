import { html, nothing, svg } from 'lit';
import type { PropertyValues, SVGTemplateResult, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { BplElement } from '../../core/base-element.js';
import '../../core/loader/structure-reader.js';
import { BplError } from '../../core/errors.js';
import { isSafeUrl } from '../../core/schema/common.js';
import type { Meta } from '../../core/schema/common.js';
import { SECTORS } from '../../core/schema/structure.js';
import type { Body, Relation, RelationType, Sector, Structure } from '../../core/schema/structure.js';
import { themeStyles, baseStyles } from '../../core/theme.js';
import { BOX, groupName, layoutDiagram } from './boxes.js';
import type { BoxContent, DiagramLayout } from './boxes.js';
import type { NodeBox } from './layout.js';
import { textWidth } from './text.js';
import { strings } from './collaboration-diagram.i18n.js';
import type { DiagramStrings } from './collaboration-diagram.i18n.js';
import { styles } from './collaboration-diagram.styles.js';
import { bodyKey, buildModel, decisionPath, levelKey, visibleItems } from './model.js';
import type { GroupInfo, Model, TreeItem } from './model.js';

export interface DiagramView {
  model: Model;
  meta: Meta;
  selected?: string;
  sector?: Sector;
}

/** Below this width the diagram becomes the nested list. */
export const NARROW_WIDTH = 600;
/** The diagram shrinks to fit down to this scale, then scrolls sideways instead. */
const MIN_SCALE = 0.75;

const models = new WeakMap<Structure, Model>();

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
  protected static override viewProperties = ['selected', 'sector'];

  /** Id of the chosen body; its detail is shown. Set from outside to select, cleared when closed. */
  @property({ reflect: true }) selected?: string;

  /** Highlights every body where this sector is represented (`school`, `police`, …). */
  @property({ reflect: true }) sector?: string;

  @state() private expanded = new Set<string>();
  @state() private listView = false;
  @state() private hostWidth = 0;
  /** A group whose detail is shown (the `selected` body's detail otherwise). */
  @state() private openGroup?: string;
  @state() private focusKey?: string;

  private model?: Model;
  private diagram?: DiagramLayout;
  private diagramKey = '';
  private roving?: string;
  private diagramModel?: Model;
  private pendingFocus?: 'tree' | 'detail';
  private resizeObserver?: ResizeObserver;

  constructor() {
    super('structure');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver !== 'undefined') {
      this.resizeObserver = new ResizeObserver((entries) => {
        const width = Math.round(entries[0]?.contentRect.width ?? 0);
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
    let model = models.get(structure);
    if (!model) {
      model = buildModel(structure);
      models.set(structure, model);
    }
    if (this.selected && !model.bodies.has(this.selected)) {
      throw new BplError('invalid-attribute', {
        attribute: 'selected',
        value: this.selected,
        available: [...model.bodies.keys()],
      });
    }
    if (this.sector && !(SECTORS as readonly string[]).includes(this.sector)) {
      throw new BplError('invalid-attribute', {
        attribute: 'sector',
        value: this.sector,
        available: [...SECTORS],
      });
    }
    return {
      model,
      meta,
      ...(this.selected ? { selected: this.selected } : {}),
      ...(this.sector ? { sector: this.sector as Sector } : {}),
    };
  }

  private get s(): DiagramStrings {
    return this.localize.pick(strings);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const view = this.view;
    if (!view) return;
    // Measure once before the first drawing, so it is not laid out again when the observer reports.
    if (!this.hostWidth && this.isConnected) this.hostWidth = Math.round(this.getBoundingClientRect().width);
    if (view.model !== this.model) {
      this.model = view.model;
      this.expanded = new Set(view.model.levels.map(levelKey));
      this.openGroup = undefined;
      this.focusKey = view.model.tree[0]?.key;
      if (view.selected) this.reveal(view.selected);
    } else if (changed.has('selected') && view.selected) this.reveal(view.selected);
    // The bands span the element's width; the boxes are centred in it.
    const minWidth = Math.max(320, this.hostWidth);
    const key = `${this.localize.lang}|${minWidth}|${[...this.expanded].sort().join(',')}`;
    if (!this.diagram || key !== this.diagramKey || this.diagramModel !== view.model) {
      this.diagramKey = key;
      this.diagramModel = view.model;
      this.diagram = layoutDiagram(view.model, this.expanded, this.localize.lang, this.groupLabel, minWidth);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const target = this.pendingFocus;
    this.pendingFocus = undefined;
    if (target === 'detail') this.renderRoot.querySelector<HTMLElement>('.detail [tabindex="-1"]')?.focus();
    else if (target === 'tree')
      this.renderRoot.querySelector<HTMLElement | SVGElement>('[role="treeitem"][tabindex="0"]')?.focus();
  }

  /** Expands the level and group of a body, so it can be seen and focused. */
  private reveal(id: string): void {
    const model = this.view!.model;
    const body = model.bodies.get(id);
    if (!body) return;
    const next = new Set(this.expanded);
    next.add(levelKey(body.level));
    const group = model.groupOf.get(id);
    if (group) next.add(group);
    if (next.size !== this.expanded.size) this.expanded = next;
    this.focusKey = bodyKey(id);
    this.openGroup = undefined;
  }

  private groupLabel = (n: number, name: string) => this.s.groupLabel(n, lowerFirst(name));

  private get narrow(): boolean {
    return this.hostWidth > 0 && this.hostWidth < NARROW_WIDTH;
  }

  // ---------- Interaction ----------

  private setExpanded(key: string, open: boolean): void {
    if (this.expanded.has(key) === open) return;
    const next = new Set(this.expanded);
    if (open) next.add(key);
    else next.delete(key);
    this.expanded = next;
  }

  /** The reader chose a body: select it, tell the page, show its detail. */
  private choose(id: string, focusDetail = true): void {
    this.reveal(id);
    this.selected = id;
    this.select({ body: id });
    if (focusDetail) this.pendingFocus = 'detail';
  }

  private activate(item: TreeItem, how: 'click' | 'key'): void {
    this.focusKey = item.key;
    if (item.kind === 'level') this.setExpanded(item.key, !this.expanded.has(item.key));
    else if (item.kind === 'body') this.choose(item.ref, how === 'key');
    else if (how === 'click') this.setExpanded(item.key, !this.expanded.has(item.key));
    else {
      this.openGroup = item.key;
      this.selected = undefined;
      this.pendingFocus = 'detail';
    }
  }

  private itemFromEvent(event: Event): TreeItem | undefined {
    const model = this.view?.model;
    if (!model) return undefined;
    for (const node of event.composedPath()) {
      if (node instanceof Element && node.hasAttribute('data-key'))
        return model.items.get(node.getAttribute('data-key')!);
    }
    return undefined;
  }

  private onTreeClick = (event: MouseEvent) => {
    const item = this.itemFromEvent(event);
    if (!item) return;
    this.activate(item, 'click');
    // Expanding redraws the item (a box becomes a frame): keep the focus on it.
    this.pendingFocus ??= 'tree';
  };

  private onTreeKeydown = (event: KeyboardEvent) => {
    const model = this.view?.model;
    if (!model || event.altKey || event.ctrlKey || event.metaKey) return;
    const visible = visibleItems(model, this.expanded);
    const current = this.itemFromEvent(event) ?? model.items.get(this.focusKey ?? '') ?? visible[0];
    if (!current) return;
    const i = visible.indexOf(current);
    const open = this.expanded.has(current.key);
    let next: TreeItem | undefined;
    switch (event.key) {
      case 'ArrowDown':
        next = visible[i + 1];
        break;
      case 'ArrowUp':
        next = visible[i - 1];
        break;
      case 'Home':
        next = visible[0];
        break;
      case 'End':
        next = visible[visible.length - 1];
        break;
      case 'ArrowRight':
        if (current.children.length && !open) this.setExpanded(current.key, true);
        else next = current.children[0];
        break;
      case 'ArrowLeft':
        if (current.children.length && open) this.setExpanded(current.key, false);
        else next = current.parent;
        break;
      case '+':
        if (current.children.length) this.setExpanded(current.key, true);
        break;
      case '-':
      case '−':
        if (current.children.length) this.setExpanded(current.key, false);
        break;
      case '*':
        for (const sibling of current.parent?.children ?? model.tree)
          if (sibling.children.length) this.setExpanded(sibling.key, true);
        break;
      case 'Enter':
      case ' ':
        this.activate(current, 'key');
        break;
      default:
        return;
    }
    event.preventDefault();
    if (next) this.focusKey = next.key;
    // Also after expanding or collapsing: the item is drawn anew and must keep the focus.
    this.pendingFocus ??= 'tree';
  };

  private onFocusIn = (event: FocusEvent) => {
    const item = this.itemFromEvent(event);
    if (item && item.key !== this.focusKey) this.focusKey = item.key;
  };

  private closeDetail(): void {
    const key = this.openGroup ?? (this.selected ? bodyKey(this.selected) : undefined);
    this.openGroup = undefined;
    this.selected = undefined;
    if (key) {
      this.focusKey = key;
      this.pendingFocus = 'tree';
    }
  }

  private toggleAllGroups(): void {
    const model = this.view!.model;
    const anyClosed = [...model.groups.keys()].some((k) => !this.expanded.has(k));
    const next = new Set(this.expanded);
    for (const key of model.groups.keys()) {
      if (anyClosed) next.add(key);
      else next.delete(key);
    }
    if (anyClosed) for (const level of model.levels) next.add(levelKey(level));
    this.expanded = next;
  }

  private onSectorChange = (event: Event) => {
    const value = (event.target as HTMLSelectElement).value;
    this.sector = value || undefined;
  };

  // ---------- Text ----------

  private bodyName(id: string): string {
    const body = this.view!.model.bodies.get(id);
    if (!body) return id;
    // A short name shared by several bodies (eight "LSG") does not tell them apart.
    return body.shortName && this.view!.model.uniqueShortNames.has(body.shortName)
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

  private sectorName(sector: Sector): string {
    return this.localize.t.sectors[sector];
  }

  private highlights(sectors: readonly Sector[]): boolean {
    return !!this.view?.sector && sectors.includes(this.view.sector);
  }

  /** The accessible name of a tree item: what it is, where it reports, its sectors, its state. */
  private itemLabel(item: TreeItem): string {
    const model = this.view!.model;
    const t = this.localize.t;
    if (item.kind === 'level') {
      const count = model.structure.bodies.filter((b) => b.level === item.ref).length;
      return `${t.levels[item.ref as Body['level']]}, ${this.s.bodyCount(count)}`;
    }
    if (item.kind === 'group') {
      const group = model.groups.get(item.ref)!;
      const parts = [this.groupText(group)];
      if (group.shortName) parts.unshift(group.shortName);
      if (this.highlights(group.sectors)) parts.push(this.s.highlighted);
      return parts.join(', ');
    }
    const body = model.bodies.get(item.ref)!;
    const parts = [this.fullName(body)];
    const up = (model.outgoing.get(body.id) ?? []).filter((r) => r.type !== 'collaborates-with');
    for (const r of up) parts.push(`${t.relations[r.type]} ${this.bodyName(r.to)}`);
    const sectors = model.sectors.get(body.id)!;
    if (sectors.length)
      parts.push(`${this.s.sectorsOnly}: ${this.localize.list(sectors.map((s) => this.sectorName(s)))}`);
    if (this.highlights(sectors)) parts.push(this.s.highlighted);
    return parts.join('; ');
  }

  private summary(model: Model): string {
    const t = this.localize.t;
    const parts = model.levels.map((level) =>
      this.s.summaryLevelPart(
        model.structure.bodies.filter((b) => b.level === level).length,
        t.levels[level],
      ),
    );
    const sentences = [this.s.summaryLevels(this.localize.list(parts), model.structure.bodies.length)];
    const path = decisionPath(model);
    const name = (ref: string) => {
      const group = model.groups.get(ref);
      return group ? this.groupText(group) : this.bodyName(ref);
    };
    if (path.steps.length === 0) sentences.push(this.s.summaryNoPath);
    else {
      for (const step of path.steps) {
        sentences.push(
          this.s.summaryStep(
            this.localize.list(step.from.map(name)).replace(/^\p{Ll}/u, (c) => c.toUpperCase()),
            step.from.length > 1 || model.groups.has(step.from[0]!)
              ? this.s.pluralRelations[step.type]
              : t.relations[step.type],
            this.localize.list(step.to.map(name)),
          ),
        );
      }
    }
    return sentences.join(' ');
  }

  // ---------- Rendering ----------

  protected renderView(view: DiagramView): TemplateResult {
    const { model, meta } = view;
    this.roving = this.rovingKey();
    const title = this.localize.text(meta.title);
    const list = this.listView || this.narrow;
    const total = model.structure.bodies.length;
    const count = view.sector
      ? model.structure.bodies.filter((b) => model.sectors.get(b.id)!.includes(view.sector!)).length
      : 0;
    const groupsOpen = model.groups.size > 0 && [...model.groups.keys()].every((k) => this.expanded.has(k));
    return html`
      ${this.renderHeading(title)}
      ${meta.description ? html`<p class="subtitle">${this.localize.text(meta.description)}</p>` : nothing}
      ${this.renderSampleBadge(meta)}
      <p class="summary">${this.summary(model)}</p>
      <div class="toolbar">
        ${
          this.narrow
            ? nothing
            : html`<button type="button" class="view-toggle" @click=${() => (this.listView = !this.listView)}>
                ${list ? this.s.showDiagram : this.s.showList}
              </button>`
        }
        ${
          model.groups.size
            ? html`<button type="button" class="groups-toggle" @click=${() => this.toggleAllGroups()}>
                ${groupsOpen ? this.s.collapseAll : this.s.expandAll}
              </button>`
            : nothing
        }
        <label class="filter"
          >${this.s.sectorFilter}
          <select @change=${this.onSectorChange}>
            <option value="" ?selected=${!view.sector}>${this.s.noSector}</option>
            ${SECTORS.map((s) => html`<option value=${s} ?selected=${view.sector === s}>${this.sectorName(s)}</option>`)}
          </select>
        </label>
      </div>
      <p class="status" role="status">
        ${view.sector ? this.s.sectorCount(this.sectorName(view.sector), count, total) : ''}
      </p>
      ${list ? this.renderList(view, title) : this.renderDiagram(view, title)} ${this.renderDetail(view)}
      ${this.renderLegend(list)}
      ${
        meta.source
          ? html`<p class="source">
              ${this.localize.t.source}:
              ${
                meta.source.url && isSafeUrl(meta.source.url)
                  ? html`<a href=${meta.source.url}>${this.localize.text(meta.source.name)}</a>`
                  : this.localize.text(meta.source.name)
              }
            </p>`
          : nothing
      }
    `;
  }

  // The diagram in two layers: the drawing (hidden from assistive technology, since its text would
  // otherwise be part of the items' names), and on top the tree of items: transparent hit areas with
  // names, states and focus rings, nested as levels → bodies and groups → members.
  private renderDiagram(view: DiagramView, title: string): TemplateResult {
    const { model } = view;
    const d = this.diagram!;
    const { layout } = d;
    const available = Math.max(0, this.hostWidth || layout.width);
    const scale = Math.min(1, Math.max(MIN_SCALE, available / layout.width));
    const selectedKey = view.selected ? bodyKey(view.selected) : undefined;
    const active = new Set(
      selectedKey
        ? d.graph.edges.filter((e) => e.from === selectedKey || e.to === selectedKey).map((e) => e.id)
        : [],
    );
    const edgeType = new Map(d.graph.edges.map((e) => [e.id, e.type]));
    return html`<div class="scroller">
      <svg
        part="diagram"
        class="diagram"
        role="tree"
        aria-label=${this.s.diagramLabel(title)}
        viewBox="0 0 ${layout.width} ${layout.height}"
        width=${Math.round(layout.width * scale)}
        height=${Math.round(layout.height * scale)}
        @click=${this.onTreeClick}
        @keydown=${this.onTreeKeydown}
        @focusin=${this.onFocusIn}
      >
        <g aria-hidden="true">
          ${layout.bands.map((band, i) => {
            const level = model.tree[i]!;
            const open = this.expanded.has(level.key);
            const label = this.localize.t.levels[level.ref as Body['level']];
            const count = model.structure.bodies.filter((b) => b.level === level.ref).length;
            return svg`<rect class="band ${i % 2 ? 'odd' : 'even'}" x="0" y=${band.y} width=${layout.width} height=${band.height}></rect>
              ${i > 0 ? svg`<line class="band-line" x1="0" x2=${layout.width} y1=${band.y} y2=${band.y}></line>` : nothing}
              <text class="band-label" x="10" y=${band.y + 22}><tspan class="twisty">${open ? '▾' : '▸'}</tspan> ${
                open ? label : `${label} (${this.s.bodyCount(count)})`
              }</text>`;
          })}
          ${layout.edges.map((e) => {
            const type = edgeType.get(e.id)!;
            return svg`<g class="edge ${type}${active.has(e.id) ? ' active' : ''}">
              <path d=${e.d}></path>${e.arrow ? svg`<polygon points=${e.arrow}></polygon>` : nothing}
            </g>`;
          })}
          ${layout.blocks.map((f) => {
            const group = model.groups.get(f.block)!;
            return svg`<rect class="frame" x=${f.x} y=${f.y} width=${f.width} height=${f.height} rx="8"></rect>
              <text class="frame-label" x=${f.x + 8} y=${f.y + 17}><tspan class="twisty">−</tspan> ${
                group.shortName ? `${group.shortName}: ` : ''
              }${this.groupText(group)}</text>`;
          })}
          ${[...layout.nodes.values()].map((at) => this.renderBox(at, view))}
        </g>
        ${model.tree.map((level, i) => this.renderBandItem(level, i))}
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

  private treeAttrs(item: TreeItem) {
    return {
      tabindex: item.key === this.roving ? '0' : '-1',
      expanded: item.children.length ? (this.expanded.has(item.key) ? 'true' : 'false') : undefined,
    };
  }

  private renderBandItem(item: TreeItem, index: number): SVGTemplateResult {
    const band = this.diagram!.layout.bands[index]!;
    const { tabindex, expanded } = this.treeAttrs(item);
    const label = this.localize.t.levels[item.ref as Body['level']];
    const open = this.expanded.has(item.key);
    const width = Math.ceil(textWidth(`▾ ${label} (${this.s.bodyCount(99)})`, 14, true) + 14);
    return svg`<g role="treeitem" class="item level" data-key=${item.key} aria-level="1" aria-expanded=${expanded ?? nothing}
      aria-label=${this.itemLabel(item)} tabindex=${tabindex}>
      <rect class="hit" x="3" y=${band.y + 4} width=${width} height="26" rx="4"></rect>
      ${open ? svg`<g role="group">${item.children.map((child) => this.renderNodeItem(child))}</g>` : nothing}
    </g>`;
  }

  private renderNodeItem(item: TreeItem): SVGTemplateResult | typeof nothing {
    const { layout } = this.diagram!;
    const { tabindex, expanded } = this.treeAttrs(item);
    const view = this.view!;
    const common = (cls: string) => ({ cls, label: this.itemLabel(item) });
    if (item.kind === 'group' && this.expanded.has(item.key)) {
      const frame = layout.blocks.find((b) => b.block === item.key);
      if (!frame) return nothing;
      const { label } = common('');
      return svg`<g role="treeitem" class="item frame-item" data-key=${item.key} aria-level="2" aria-expanded="true"
        aria-label=${label} tabindex=${tabindex}>
        <rect class="hit" x=${frame.x - 4} y=${frame.y - 4} width=${frame.width + 8} height=${frame.height + 8} rx="10"></rect>
        <g role="group">${item.children.map((child) => this.renderNodeItem(child))}</g>
      </g>`;
    }
    const at = layout.nodes.get(item.key);
    if (!at) return nothing;
    const selected = item.kind === 'body' && item.ref === view.selected;
    return svg`<g role="treeitem" class="item node ${item.kind}" data-key=${item.key} aria-level=${item.depth}
      aria-expanded=${expanded ?? nothing} aria-selected=${item.kind === 'body' ? (selected ? 'true' : 'false') : nothing}
      aria-label=${this.itemLabel(item)} tabindex=${tabindex}>
      <rect class="hit" x=${at.x - 5} y=${at.y - 5} width=${at.width + 10} height=${at.height + 10} rx="9"></rect>
    </g>`;
  }

  /** The drawing of one box: a body, or a collapsed group (stacked, with a + toggle). */
  private renderBox(at: NodeBox, view: DiagramView): SVGTemplateResult | typeof nothing {
    const box = this.diagram!.boxes.get(at.id);
    if (!box) return nothing;
    const isGroup = box.kind === 'group';
    const selected = !isGroup && view.selected !== undefined && at.id === bodyKey(view.selected);
    const match = this.highlights(box.sectors);
    const s = isGroup ? BOX.stack : 0;
    const w = at.width - s;
    const h = at.height - s;
    return svg`<g class="node-box ${box.kind}${selected ? ' selected' : ''}${match ? ' match' : ''}" data-box=${at.id}
      transform="translate(${at.x},${at.y})">
      ${
        isGroup
          ? svg`<rect class="box stack" x=${s} y="0" width=${w} height=${h} rx="6"></rect>
          <rect class="box stack" x=${s / 2} y=${s / 2} width=${w} height=${h} rx="6"></rect>`
          : nothing
      }
      <rect class="box" y=${s} width=${w} height=${h} rx="6"></rect>
      ${selected ? svg`<rect class="selected-bar" width="6" height=${h} rx="3"></rect>` : nothing}
      ${this.renderBoxText(box, selected, s, view)}
      ${
        isGroup
          ? svg`<circle class="toggle" cx=${w - 14} cy=${s + 14} r="9"></circle>
          <path class="toggle" d="M${w - 18.5},${s + 14}h9m-4.5,-4.5v9"></path>`
          : nothing
      }
    </g>`;
  }

  /** Title, name and sector marks; the marks' letters share one text element (fewer nodes to lay out). */
  private renderBoxText(
    box: BoxContent,
    selected: boolean,
    top: number,
    view: DiagramView,
  ): SVGTemplateResult {
    let y = BOX.pad + top;
    const x = BOX.pad + (selected ? 4 : 0);
    const title = box.titleLines.map(
      (line) => svg`<text class="title" x=${x} y=${(y += BOX.titleLine) - 4}>${line}</text>`,
    );
    const lines = box.lines.map(
      (line) => svg`<text class="name" x=${x} y=${(y += BOX.nameLine) - 3.5}>${line}</text>`,
    );
    y += 6;
    const at = (i: number) =>
      [
        BOX.pad + (i % box.perRow) * (BOX.markWidth + BOX.markGap),
        y + Math.floor(i / box.perRow) * (BOX.markHeight + BOX.markGap),
      ] as const;
    const cls = (sector: Sector) => `s${SECTORS.indexOf(sector) + 1}${view.sector === sector ? ' on' : ''}`;
    const rects = box.sectors.map((sector, i) => {
      const [mx, my] = at(i);
      return svg`<rect class="mark ${cls(sector)}" x=${mx} y=${my} width=${BOX.markWidth} height=${BOX.markHeight} rx="3"></rect>`;
    });
    const letters = box.sectors.map((sector, i) => {
      const [mx, my] = at(i);
      return svg`<tspan class=${cls(sector)} x=${mx + BOX.markWidth / 2} y=${my + 12}>${this.s.sectorMarks[sector]}</tspan>`;
    });
    return svg`${title}${lines}${rects}${letters.length ? svg`<text class="marks">${letters}</text>` : nothing}`;
  }

  // The same tree as a list: the narrow view and the table view. Flat in the DOM (nesting by aria-level
  // and indentation), so that each item's name is its own text, never its children's.
  private renderList(view: DiagramView, title: string): TemplateResult {
    const model = view.model;
    const visible = visibleItems(model, this.expanded);
    const row = (it: TreeItem): TemplateResult => {
      const { tabindex, expanded } = this.treeAttrs(it);
      const open = this.expanded.has(it.key);
      const siblings = it.parent ? it.parent.children : model.tree;
      let content: TemplateResult;
      let sectors: Sector[] = [];
      if (it.kind === 'level') {
        content = html`<span class="level-name">${this.itemLabel(it)}</span>`;
      } else if (it.kind === 'group') {
        const group = model.groups.get(it.ref)!;
        sectors = group.sectors;
        content = html`${group.shortName ? html`<strong>${group.shortName}</strong> ` : nothing}${this.groupText(group)}`;
      } else {
        const body = model.bodies.get(it.ref)!;
        sectors = model.sectors.get(body.id)!;
        const up = (model.outgoing.get(body.id) ?? []).filter((r) => r.type !== 'collaborates-with');
        content = html`${body.shortName ? html`<strong>${body.shortName}</strong> ` : nothing}${this.localize.text(body.name)}
        ${
          up.length
            ? html`<span class="relations"
                >${up.map((r, i) => html`${i ? '; ' : ''}${this.localize.t.relations[r.type]} ${this.bodyName(r.to)}`)}</span
              >`
            : nothing
        }`;
      }
      const selected = it.kind === 'body' && it.ref === view.selected;
      const match = it.kind !== 'level' && this.highlights(sectors);
      // The item is named by its own content (the linter cannot see that); an aria-label would have to
      // repeat the visible sector letters, which are hidden from assistive technology on purpose.
      // eslint-disable-next-line lit-a11y/accessible-name
      return html`<li
        role="treeitem"
        class="li ${it.kind} depth-${it.depth}${selected ? ' selected' : ''}${match ? ' match' : ''}"
        data-key=${it.key}
        aria-level=${it.depth}
        aria-setsize=${siblings.length}
        aria-posinset=${siblings.indexOf(it) + 1}
        aria-expanded=${expanded ?? nothing}
        aria-selected=${it.kind === 'body' ? (selected ? 'true' : 'false') : nothing}
        tabindex=${tabindex}
      >
        ${it.children.length ? html`<span class="twisty" aria-hidden="true">${open ? '▾' : '▸'}</span>` : nothing}
        <span class="text">${content}</span>
        ${
          sectors.length
            ? html`<span class="chips" aria-hidden="true"
                  >${sectors.map((s) => this.renderChip(s, view.sector === s))}</span
                >
                <span class="visually-hidden"
                  >; ${this.s.sectorsOnly}:
                  ${this.localize.list(sectors.map((s) => this.sectorName(s)))}${
                    match ? `; ${this.s.highlighted}` : ''
                  }</span
                >`
            : nothing
        }
      </li>`;
    };
    return html`<ul
      part="list"
      class="tree-list"
      role="tree"
      aria-label=${this.s.listLabel(title)}
      @click=${this.onTreeClick}
      @keydown=${this.onTreeKeydown}
      @focusin=${this.onFocusIn}
    >
      ${visible.map(row)}
    </ul>`;
  }

  private renderChip(sector: Sector, on = false): TemplateResult {
    return html`<span class="chip s${SECTORS.indexOf(sector) + 1}${on ? ' on' : ''}" aria-hidden="true"
      >${this.s.sectorMarks[sector]}</span
    >`;
  }

  private renderDetail(view: DiagramView): TemplateResult | typeof nothing {
    const model = view.model;
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2) + 1);
    const s = this.s;
    const t = this.localize.t;
    if (this.openGroup) {
      const group = model.groups.get(this.openGroup);
      if (!group) return nothing;
      const name = this.groupText(group);
      return html`<section part="detail" class="detail" aria-label=${s.detailOf(name)}>
        <div class="detail-head">
          <div role="heading" aria-level=${level} class="detail-title" tabindex="-1">
            ${group.shortName ? `${group.shortName} – ` : ''}${name}
          </div>
          <button type="button" class="close" @click=${() => this.closeDetail()}>${s.close}</button>
        </div>
        ${group.description ? html`<p>${this.localize.text(group.description)}</p>` : nothing}
        <button type="button" @click=${() => this.setExpanded(group.key, !this.expanded.has(group.key))}>
          ${this.expanded.has(group.key) ? s.collapseHint : s.expandHint}
        </button>
        <p class="dt">${s.groupMembers}</p>
        <ul class="plain">
          ${group.members.map(
            (id) =>
              html`<li>
                <button type="button" class="link" @click=${() => this.choose(id)}>
                  ${this.fullName(model.bodies.get(id)!)}
                </button>
              </li>`,
          )}
        </ul>
      </section>`;
    }
    if (!view.selected) return nothing;
    const body = model.bodies.get(view.selected);
    if (!body) return nothing;
    const out = model.outgoing.get(body.id) ?? [];
    const inc = model.incoming.get(body.id) ?? [];
    const relationList = (label: string, relations: Relation[], end: 'from' | 'to') =>
      relations.length
        ? html`<div class="rel-block">
            <p class="dt">${label}</p>
            <ul class="plain">
              ${relations.map(
                (r) =>
                  html`<li>
                    <button type="button" class="link" @click=${() => this.choose(r[end])}>
                      ${this.bodyName(r[end])}</button
                    >${r.description ? html` – ${this.localize.text(r.description)}` : nothing}
                  </li>`,
              )}
            </ul>
          </div>`
        : nothing;
    const of = (type: RelationType, list: Relation[]) => list.filter((r) => r.type === type);
    const bySector = new Map<Sector, string[]>();
    for (const m of body.members ?? []) {
      const list = bySector.get(m.sector) ?? bySector.set(m.sector, []).get(m.sector)!;
      if (m.description) list.push(this.localize.text(m.description));
    }
    const sectors = model.sectors.get(body.id)!;
    const links = (body.links ?? []).filter((l) => isSafeUrl(l.url));
    return html`<section part="detail" class="detail" aria-label=${s.detailOf(this.fullName(body))}>
      <div class="detail-head">
        <div role="heading" aria-level=${level} class="detail-title" tabindex="-1">
          ${this.fullName(body)}
        </div>
        <button type="button" class="close" @click=${() => this.closeDetail()}>${s.close}</button>
      </div>
      <p class="muted">${s.level}: ${t.levels[body.level]}</p>
      ${
        body.purpose
          ? html`<p class="dt">${s.purpose}</p>
              <p>${this.localize.text(body.purpose)}</p>`
          : nothing
      }
      ${
        sectors.length
          ? html`<p class="dt">${body.members?.length ? s.members : s.sectorsOnly}</p>
              <ul class="plain members">
                ${sectors.map(
                  (sector) =>
                    html`<li>
                      ${this.renderChip(sector, view.sector === sector)}
                      <span
                        >${
                          this.sectorName(sector) +
                          (bySector.get(sector)?.length
                            ? `: ${this.localize.list(bySector.get(sector)!)}`
                            : '')
                        }</span
                      >
                    </li>`,
                )}
              </ul>`
          : nothing
      }
      ${relationList(s.reportsTo, of('reports-to', out), 'to')}
      ${relationList(s.preparesFor, of('prepares-for', out), 'to')}
      ${relationList(s.collaboratesWith, of('collaborates-with', out), 'to')}
      ${relationList(s.collaboratesWith, of('collaborates-with', inc), 'from')}
      ${relationList(s.reportedToBy, of('reports-to', inc), 'from')}
      ${relationList(s.preparedBy, of('prepares-for', inc), 'from')}
      ${
        body.meets
          ? html`<p class="dt">${s.meets}</p>
              <p>${this.localize.text(body.meets)}</p>`
          : nothing
      }
      ${
        links.length
          ? html`<p class="dt">${s.links}</p>
              <ul class="plain">
                ${links.map((l) => html`<li><a href=${l.url}>${this.localize.text(l.label)}</a></li>`)}
              </ul>`
          : nothing
      }
      ${
        body.contacts?.length
          ? html`<p class="dt">${s.contacts}</p>
              <ul class="plain">
                ${body.contacts.map(
                  (c) =>
                    html`<li>
                      ${this.localize.text(c.role)}${c.email ? html`, ${s.email}: <a href="mailto:${c.email}">${c.email}</a>` : nothing}${
                        c.phone
                          ? html`, ${s.phone}: <a href="tel:${c.phone.replace(/[^\d+]/g, '')}">${c.phone}</a>`
                          : nothing
                      }${c.url && isSafeUrl(c.url) ? html`, <a href=${c.url}>${s.website}</a>` : nothing}
                    </li>`,
                )}
              </ul>`
          : nothing
      }
    </section>`;
  }

  private renderLegend(list: boolean): TemplateResult {
    const s = this.s;
    const t = this.localize.t;
    const sample = (type: RelationType) =>
      html`<svg class="line-sample" viewBox="0 0 44 12" width="44" height="12" aria-hidden="true">
        <g class="edge ${type}">
          <path d="M2,6H${type === 'collaborates-with' ? 42 : 34}"></path>
          ${type === 'collaborates-with' ? nothing : svg`<polygon points="42,6 34,1.6 34,10.4"></polygon>`}
        </g>
      </svg>`;
    return html`<div part="legend" class="legend">
      <p class="dt">${s.legend}</p>
      ${
        list
          ? nothing
          : html`<ul class="plain legend-list" aria-label=${s.relationsLegend}>
              ${(['reports-to', 'prepares-for', 'collaborates-with'] as const).map(
                (type) => html`<li>${sample(type)} ${t.relations[type]}</li>`,
              )}
            </ul>`
      }
      <ul class="plain legend-list" aria-label=${s.sectorsLegend}>
        ${SECTORS.map((sector) => html`<li>${this.renderChip(sector)} ${this.sectorName(sector)}</li>`)}
      </ul>
      <p class="hint">${s.keyboardHint}</p>
    </div>`;
  }
}
