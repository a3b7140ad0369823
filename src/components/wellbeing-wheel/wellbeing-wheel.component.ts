import { html, nothing, svg } from 'lit';
import type { PropertyValues, SVGTemplateResult, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AreaIndex } from '../../core/areas.js';
import { BplElement } from '../../core/base-element.js';
import { parseGroup } from '../../core/dataset-query.js';
import { downloadPng, downloadSvg, fileName, saveBlob, toCsv } from '../../core/download.js';
import type { Meta } from '../../core/schema/common.js';
import { DIMENSIONS } from '../../core/schema/dataset.js';
import type { Dataset, Dimension, Group } from '../../core/schema/dataset.js';
import { baseStyles, themeStyles } from '../../core/theme.js';
import { layoutWheel } from './layout.js';
import type { SegmentInput, WheelLayout } from './layout.js';
import { buildModel, extremes, parseDimensions, parseLabels, parseMeasure } from './model.js';
import type { DimensionResult, IndicatorRow, LabelMap, WheelModel } from './model.js';
import { wheelStrings } from './wellbeing-wheel.i18n.js';
import { styles } from './wellbeing-wheel.styles.js';

export interface WheelView {
  model: WheelModel;
  labels: LabelMap;
  areas: AreaIndex;
  meta: Meta;
}

/** Widest the wheel is drawn; wider containers centre it. */
const MAX_WIDTH = 560;
const ARROWS = { up: '↗', down: '↘', flat: '→' } as const;

/**
 * The wellbeing wheel (GIRFEC, *Barnens bästa gäller*): eight dimensions of a child's wellbeing around the
 * child, each segment as long as the dimension's level (0–100) for an area and period, computed from the
 * indicators tagged with that dimension. A dashed outline shows the comparison (the county, Riket or an
 * earlier period). Selecting a segment lists its indicators, each able to open a trend chart through
 * `bpl-select`.
 *
 * The level (`measure`) is by default `normalised`: the mean of the indicators' places between the county's
 * lowest (0) and highest (100) municipality in the period, reversed where lower is better. `goal` gives the
 * share of indicators on track to meet their goal instead. The radial scale is a square root, so a segment's
 * area is proportional to its level.
 *
 * Labels are configuration: the `labels` attribute, or a child `<script type="application/json" data-labels>`,
 * maps dimension ids (safe, healthy, achieving, nurtured, active, respected, responsible, included) to a text
 * or `{ "sv": …, "en": … }`. Suppressed values are never shown nor used.
 *
 * @summary The wellbeing wheel for an area's children.
 * @event bpl-select - An indicator's "show trend" button: `detail: { indicator, area, period }`.
 * @event bpl-load - The data was loaded and validated.
 * @event bpl-error - Something went wrong; the message is shown in the component.
 * @csspart base - The component's frame.
 * @csspart heading - The title.
 * @csspart wheel - The wheel's SVG.
 * @csspart detail - The panel listing a dimension's indicators.
 * @csspart table - The table view.
 */
export class BplWellbeingWheel extends BplElement<'dataset', WheelView> {
  static override styles = [themeStyles, baseStyles, styles];
  protected static override viewProperties = [
    'area',
    'period',
    'compare',
    'measure',
    'dimensions',
    'labels',
    'group',
    'labelsScript',
  ];

  /** Area code (Kolada), e.g. `0680` for Jönköping. Required when the data has several areas. */
  @property() area?: string;

  /** Period to show; the latest with values by default. */
  @property() period?: string;

  /** The outline: `county` (default for a municipality), `riket`, `none`, or an earlier period such as `2020`. */
  @property() compare?: string;

  /** `normalised` (default: place between the county's municipalities) or `goal` (share on track). */
  @property() measure?: string;

  /** Dimension ids to show, in order, separated by commas or spaces; all eight by default. */
  @property() dimensions?: string;

  /** JSON map from dimension id to a label (text or `{ "sv", "en" }`), overriding the default names. */
  @property() labels?: string;

  /** `total` (default), `girls` or `boys`. */
  @property() group?: string;

  /** The title; by default "Barns och ungas välbefinnande i {område} {period}". */
  @property() heading?: string;

  @state() private labelsScript?: string;
  @state() private active = 0;
  @state() private open = false;
  @state() private showTable = false;
  @state() private focusVisible = false;
  @state() private width = 0;

  private resizeObserver?: ResizeObserver;
  private childObserver?: MutationObserver;
  private cachedLayout?: { key: string; layout: WheelLayout };

  constructor() {
    super('dataset');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.readLabelsScript();
    if (typeof MutationObserver !== 'undefined') {
      this.childObserver = new MutationObserver(() => this.readLabelsScript());
      this.childObserver.observe(this, { childList: true, subtree: true, characterData: true });
    }
    if (typeof ResizeObserver !== 'undefined') {
      this.resizeObserver = new ResizeObserver((entries) => {
        const w = Math.floor(entries[0]?.contentRect.width ?? 0);
        // On the next frame: redrawing changes the height, which inside the observer's own callback
        // would be reported as a ResizeObserver loop.
        if (w > 0 && w !== this.width) requestAnimationFrame(() => (this.width = w));
      });
      this.resizeObserver.observe(this);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver?.disconnect();
    this.resizeObserver?.disconnect();
  }

  private readLabelsScript(): void {
    const script = this.querySelector(':scope > script[type="application/json"][data-labels]');
    const text = script?.textContent ?? undefined;
    if (text !== this.labelsScript) this.labelsScript = text;
  }

  protected resolveView(dataset: Dataset, meta: Meta): WheelView {
    const group = parseGroup(this.group) as Group;
    const measure = parseMeasure(this.measure);
    const dimensions = parseDimensions(this.dimensions);
    // The script child first, the attribute over it.
    const labels = { ...parseLabels(this.labelsScript, 'labels'), ...parseLabels(this.labels, 'labels') };
    const model = buildModel(dataset, {
      area: this.area,
      period: this.period,
      compare: this.compare,
      group,
      measure,
      dimensions,
    });
    return { model, labels, areas: new AreaIndex(dataset.areas ?? []), meta };
  }

  protected override willUpdate(changed: PropertyValues): void {
    const before = this.view;
    super.willUpdate(changed);
    if (this.view && this.view !== before) {
      const n = this.view.model.dimensions.length;
      if (this.active >= n) this.active = 0;
      if (
        before &&
        before.model.dimensions.map((d) => d.id).join() !== this.view.model.dimensions.map((d) => d.id).join()
      ) {
        this.open = false;
      }
    }
  }

  // ---------------------------------------------------------------------------------------------- text

  private get s() {
    return this.localize.pick(wheelStrings);
  }

  private dimensionName(view: WheelView, id: Dimension): string {
    const custom = view.labels[id];
    return custom ? this.localize.text(custom) : this.localize.t.dimensions[id];
  }

  private areaName(view: WheelView, code: string): string {
    return view.areas.name(code, this.localize.lang);
  }

  private levelText(view: WheelView, value: number): string {
    return this.s.level(this.localize.number(value, 0), view.model.measure);
  }

  private valueText(view: WheelView, d: DimensionResult): string {
    if (d.state === 'no-indicators') return this.s.noIndicators;
    if (d.level === undefined) return this.s.noValues;
    return this.levelText(view, d.level);
  }

  private compareName(view: WheelView): string | undefined {
    const c = view.model.compare;
    if (c.kind === 'area') return this.areaName(view, c.area);
    if (c.kind === 'period') return c.period;
    return undefined;
  }

  private titleText(view: WheelView): string {
    return this.heading?.trim() || this.s.title(this.areaName(view, view.model.area), view.model.period);
  }

  private changeText(d: DimensionResult): string | undefined {
    if (d.level === undefined || d.previous === undefined) return undefined;
    return this.localize.number(d.level - d.previous, 0, true);
  }

  private segmentLabel(view: WheelView, d: DimensionResult): string {
    const compareName = this.compareName(view);
    const change = this.changeText(d);
    const prev = view.model.previousPeriod;
    return this.s.segmentLabel({
      name: this.dimensionName(view, d.id),
      value: this.valueText(view, d),
      ...(compareName && d.compare !== undefined
        ? { compare: `${compareName}: ${this.levelText(view, d.compare)}` }
        : {}),
      ...(change && prev ? { change: `${this.s.changeHeader(prev)}: ${change}` } : {}),
      count: d.indicators.length,
    });
  }

  /** The generated summary: strongest and weakest, biggest rise and fall, against the comparison. */
  summaryText(view: WheelView | undefined = this.view): string {
    if (!view) return '';
    const m = view.model;
    const ex = extremes(m);
    const named = (d: DimensionResult | undefined, value?: string) =>
      d ? `${this.dimensionName(view, d.id)} (${value ?? this.levelText(view, d.level!)})` : undefined;
    if (!ex.strongest) return this.s.summaryNone;
    const compareName = this.compareName(view);
    const compared = m.dimensions.filter((d) => d.level !== undefined && d.compare !== undefined);
    const p: Parameters<typeof this.s.summary>[0] = {
      empty: m.dimensions.filter((d) => d.level === undefined).map((d) => this.dimensionName(view, d.id)),
    };
    p.strongest = named(ex.strongest)!;
    p.weakest = named(ex.weakest)!;
    const levels = m.dimensions.filter((d) => d.level !== undefined).map((d) => Math.round(d.level!));
    if (levels.length > 1 && levels.every((l) => l === levels[0])) p.same = this.levelText(view, levels[0]!);
    if (m.previousPeriod) p.previous = m.previousPeriod;
    if (ex.rise) p.rise = named(ex.rise, this.changeText(ex.rise))!;
    if (ex.fall) p.fall = named(ex.fall, this.changeText(ex.fall))!;
    if (compareName && compared.length) {
      p.compare = compareName;
      p.above = compared.filter((d) => Math.round(d.level!) > Math.round(d.compare!)).length;
      p.below = compared.filter((d) => Math.round(d.level!) < Math.round(d.compare!)).length;
    }
    return this.s.summary(p);
  }

  // -------------------------------------------------------------------------------------------- layout

  private layoutFor(view: WheelView): WheelLayout {
    const available = this.width || this.clientWidth || 360;
    const width = Math.min(MAX_WIDTH, Math.max(200, available));
    const segments: SegmentInput[] = view.model.dimensions.map((d) => ({
      id: d.id,
      label: this.dimensionName(view, d.id),
      valueText: this.valueText(view, d),
      level: d.level,
      compare: d.compare,
    }));
    const key = `${width}|${JSON.stringify(segments)}`;
    if (this.cachedLayout?.key !== key) this.cachedLayout = { key, layout: layoutWheel(segments, { width }) };
    return this.cachedLayout.layout;
  }

  // ------------------------------------------------------------------------------------------ behaviour

  private segmentElement(index: number): SVGGElement | null {
    return this.renderRoot.querySelector<SVGGElement>(`#seg-${index}`);
  }

  private moveTo(index: number): void {
    const n = this.view?.model.dimensions.length ?? 0;
    if (!n) return;
    this.active = ((index % n) + n) % n;
    this.focusVisible = true;
    this.segmentElement(this.active)?.focus();
  }

  private onWheelKey(event: KeyboardEvent): void {
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        this.moveTo(this.active + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        this.moveTo(this.active - 1);
        break;
      case 'Home':
        this.moveTo(0);
        break;
      case 'End':
        this.moveTo((this.view?.model.dimensions.length ?? 1) - 1);
        break;
      case 'Enter':
      case ' ':
        this.open = !this.open;
        break;
      case 'Escape':
        if (!this.open) return;
        this.open = false;
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  private onSegmentClick(index: number): void {
    this.open = !(this.open && this.active === index);
    this.active = index;
  }

  private onSegmentFocus(event: FocusEvent, index: number): void {
    this.active = index;
    const target = event.target as Element;
    this.focusVisible = target.matches(':focus-visible');
  }

  private onDetailKey(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    this.closeDetail();
  }

  private closeDetail(): void {
    this.open = false;
    void this.updateComplete.then(() => this.segmentElement(this.active)?.focus());
  }

  private selectIndicator(row: IndicatorRow): void {
    const m = this.view!.model;
    this.select({ indicator: row.indicator.id, area: m.area, period: m.period });
  }

  private svgElement(): SVGSVGElement | null {
    return this.renderRoot.querySelector<SVGSVGElement>('svg.wheel');
  }

  private downloadCsv(view: WheelView): void {
    const m = view.model;
    const header = [
      'dimension',
      'dimension_label',
      'measure',
      'level',
      'comparison',
      'comparison_level',
      'previous_period',
      'previous_level',
      'indicator',
      'indicator_title',
      'area',
      'period',
      'group',
      'value',
      'unit',
      'status',
      'goal_status',
    ];
    const rows: unknown[][] = [];
    const round1 = (v: number | undefined) => (v === undefined ? '' : Math.round(v * 10) / 10);
    for (const d of m.dimensions) {
      const base = [
        d.id,
        this.dimensionName(view, d.id),
        m.measure,
        round1(d.level),
        this.compareName(view) ?? '',
        round1(d.compare),
        m.previousPeriod ?? '',
        round1(d.previous),
      ];
      if (d.indicators.length === 0)
        rows.push([...base, '', '', m.area, m.period, m.group, '', '', 'no-indicators', '']);
      for (const r of d.indicators) {
        rows.push([
          ...base,
          r.indicator.id,
          this.localize.text(r.indicator.title),
          m.area,
          m.period,
          m.group,
          r.value ?? '',
          r.indicator.unit,
          r.suppressed ? 'suppressed' : r.value === undefined ? 'missing' : (r.observation?.status ?? ''),
          r.goal?.status ?? '',
        ]);
      }
    }
    saveBlob(
      new Blob([toCsv(header, rows)], { type: 'text/csv;charset=utf-8' }),
      fileName(this.titleText(view), 'csv'),
    );
  }

  // ------------------------------------------------------------------------------------------- render

  protected renderView(view: WheelView): TemplateResult {
    const t = this.localize.t;
    const s = this.s;
    const m = view.model;
    const title = this.titleText(view);
    const active = m.dimensions[this.active];
    return html`
      <div class="header">
        ${this.renderHeading(title, 'title')}
        <p class="subtitle">${m.measure === 'goal' ? s.measureGoal : s.measureNormalised}</p>
        ${this.renderSampleBadge(view.meta)}
      </div>
      <div class="toolbar">
        <button
          type="button"
          aria-pressed=${this.showTable ? 'true' : 'false'}
          @click=${() => (this.showTable = !this.showTable)}
        >
          ${t.showTable}
        </button>
        <details class="downloads">
          <summary>${t.download}</summary>
          <div class="menu">
            <button type="button" @click=${() => this.downloadCsv(view)}>${t.downloadCsv}</button>
            ${
              this.showTable
                ? nothing
                : html`<button type="button" @click=${() => this.onDownloadSvg(view)}>
                      ${t.downloadSvg}
                    </button>
                    <button type="button" @click=${() => void this.onDownloadPng(view)}>
                      ${t.downloadPng}
                    </button>`
            }
          </div>
        </details>
      </div>
      ${this.showTable ? this.renderTables(view) : this.renderWheel(view)}
      <p class="summary" id="summary">${this.summaryText(view)}</p>
      ${this.open && active && !this.showTable ? this.renderDetail(view, active) : nothing}
      ${this.renderSource(view)}
    `;
  }

  private onDownloadSvg(view: WheelView): void {
    const el = this.svgElement();
    if (el) downloadSvg(el, fileName(this.titleText(view), 'svg'));
  }

  private async onDownloadPng(view: WheelView): Promise<void> {
    const el = this.svgElement();
    if (el) await downloadPng(el, fileName(this.titleText(view), 'png'));
  }

  private renderSource(view: WheelView): TemplateResult | typeof nothing {
    const meta = view.meta;
    if (!meta.source && !meta.updated) return nothing;
    const t = this.localize.t;
    return html`<p class="source">
      ${meta.source ? html`${t.source}: ${this.localize.text(meta.source.name)}` : nothing}
      ${meta.updated ? html`${meta.source ? ' · ' : ''}${t.updated} ${this.localize.date(meta.updated)}` : nothing}
    </p>`;
  }

  private renderWheel(view: WheelView): TemplateResult {
    const m = view.model;
    const layout = this.layoutFor(view);
    const s = this.s;
    const compareName = this.compareName(view);
    const anyEmpty = m.dimensions.some((d) => d.level === undefined);
    const activeSegment = layout.segments[this.active];
    return html`
      <div class="chart">
        <svg
          part="wheel"
          class="wheel"
          width=${layout.width}
          height=${layout.height}
          viewBox="0 0 ${layout.width} ${layout.height}"
          role="group"
          aria-label=${s.wheelLabel(this.areaName(view, m.area), m.period)}
          aria-describedby="hint"
          @keydown=${this.onWheelKey}
        >
          <defs>
            <pattern
              id="hatch"
              width="6"
              height="6"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
            </pattern>
          </defs>
          ${layout.rings.map(
            (ring) =>
              svg`<circle class="grid ${ring.value === 50 || ring.value === 100 ? 'major' : ''}" cx=${layout.cx} cy=${layout.cy} r=${ring.radius}></circle>`,
          )}
          ${m.dimensions.map((d, i) => this.renderSegment(view, layout, d, i))}
          <g class="labels" aria-hidden="true">
            ${m.dimensions.map((d, i) => this.renderLabel(layout, d, i))}
          </g>
          ${
            layout.comparePath
              ? svg`<path class="compare-halo" d=${layout.comparePath}></path><path class="compare" d=${layout.comparePath}></path>`
              : nothing
          }
          ${layout.rings
            .filter((ring) => ring.value === 50 || ring.value === 100)
            .map(
              (ring) =>
                svg`<text class="tick" aria-hidden="true" x=${layout.cx + 3} y=${ring.radius > 0 ? layout.cy - ring.radius + 11 : layout.cy}>${this.s.level(this.localize.number(ring.value, 0), m.measure)}</text>`,
            )}
          ${this.renderCentre(layout)}
          ${this.open && activeSegment ? svg`<path class="selected-ring" d=${activeSegment.track}></path>` : nothing}
          ${
            this.focusVisible && activeSegment
              ? svg`<path class="focus-ring" d=${activeSegment.track}></path>`
              : nothing
          }
        </svg>
        <p id="hint" class="visually-hidden">${s.keyboardHint}</p>
      </div>
      <ul class="legend" aria-hidden="true">
        ${
          compareName
            ? html`<li>
                <svg width="28" height="10" viewBox="0 0 28 10">
                  <path class="compare-halo" d="M1,5H27"></path>
                  <path class="compare" d="M1,5H27"></path>
                </svg>
                ${s.compareLegend(compareName)}
              </li>`
            : nothing
        }
        ${
          anyEmpty
            ? html`<li>
                <svg width="16" height="16" viewBox="0 0 16 16">
                  <defs>
                    <pattern
                      id="hatch-legend"
                      width="6"
                      height="6"
                      patternUnits="userSpaceOnUse"
                      patternTransform="rotate(45)"
                    >
                      <line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
                    </pattern>
                  </defs>
                  <rect
                    class="empty legend-empty"
                    x="1"
                    y="1"
                    width="14"
                    height="14"
                    fill="url(#hatch-legend)"
                  ></rect>
                </svg>
                ${s.missingLegend}
              </li>`
            : nothing
        }
      </ul>
    `;
  }

  private renderCentre(layout: WheelLayout): SVGTemplateResult {
    const r = layout.innerRadius;
    const { cx, cy } = layout;
    const head = r * 0.26;
    const bodyTop = cy + r * 0.05;
    const bodyW = r * 0.55;
    const bottom = cy + r * 0.62;
    const f = (n: number) => Math.round(n * 100) / 100;
    return svg`<g aria-hidden="true">
      <circle class="centre" cx=${cx} cy=${cy} r=${r}></circle>
      <circle class="child" cx=${cx} cy=${f(cy - r * 0.3)} r=${f(head)}></circle>
      <path class="child" d=${`M${f(cx - bodyW)},${f(bottom)}Q${f(cx - bodyW)},${f(bodyTop)} ${f(cx)},${f(bodyTop)}Q${f(cx + bodyW)},${f(bodyTop)} ${f(cx + bodyW)},${f(bottom)}Z`}></path>
    </g>`;
  }

  private renderSegment(
    view: WheelView,
    layout: WheelLayout,
    d: DimensionResult,
    i: number,
  ): SVGTemplateResult {
    const geometry = layout.segments[i]!;
    const colour = `c${DIMENSIONS.indexOf(d.id) + 1}`;
    const empty = d.level === undefined;
    const isActive = i === this.active;
    return svg`<g
      id=${`seg-${i}`}
      class="segment"
      role="button"
      tabindex=${isActive ? 0 : -1}
      aria-label=${this.segmentLabel(view, d)}
      aria-expanded=${this.open && isActive ? 'true' : 'false'}
      aria-controls=${this.open && isActive ? 'detail' : nothing}
      data-dimension=${d.id}
      @click=${() => this.onSegmentClick(i)}
      @focus=${(e: FocusEvent) => this.onSegmentFocus(e, i)}
      @blur=${() => (this.focusVisible = false)}
    >
      <path class=${empty ? 'track empty' : 'track'} d=${geometry.track}></path>
      ${geometry.path ? svg`<path class="level ${colour}" d=${geometry.path}></path>` : nothing}
    </g>`;
  }

  /** Rim labels sit outside the segments' buttons (whose names say more), but a click on one selects too. */
  private renderLabel(layout: WheelLayout, d: DimensionResult, i: number): SVGTemplateResult {
    const label = layout.labels[i]!;
    const empty = d.level === undefined;
    // The segment itself is the keyboard target; the label is an extra, larger pointer target.
    return svg`<text class="label" data-dimension=${d.id} text-anchor=${label.anchor} font-size=${layout.fontSize} @click=${() => this.onSegmentClick(i)}>${label.lines.map(
      (line, k) =>
        svg`<tspan x=${label.x} y=${label.y + k * layout.lineHeight} class=${k >= label.valueStart ? (empty ? 'value muted' : 'value') : nothing}>${line}</tspan>`,
    )}</text>`;
  }

  private renderDetail(view: WheelView, d: DimensionResult): TemplateResult {
    const s = this.s;
    const name = this.dimensionName(view, d.id);
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2) + 1);
    return html`<section
      part="detail"
      class="detail"
      id="detail"
      aria-labelledby="detail-heading"
      @keydown=${this.onDetailKey}
    >
      <div class="detail-head">
        <div class="heading" role="heading" aria-level=${level} id="detail-heading">
          ${d.indicators.length ? s.detailHeading(name, d.indicators.length) : name}
        </div>
        <button type="button" @click=${() => this.closeDetail()}>${this.localize.t.close}</button>
      </div>
      ${
        d.indicators.length === 0
          ? html`<p>${s.noIndicators}</p>`
          : html`<p>
                ${
                  d.level === undefined
                    ? s.noValues
                    : s.detailIntro(this.levelText(view, d.level), d.counted, d.indicators.length)
                }
              </p>
              <ul class="indicators">
                ${d.indicators.map((row) => this.renderIndicator(view, row))}
              </ul>`
      }
    </section>`;
  }

  private valueLabel(row: IndicatorRow): string {
    if (row.value !== undefined)
      return this.localize.value(row.value, row.indicator.unit, row.indicator.decimals);
    return row.suppressed ? this.localize.t.statuses.suppressed : this.localize.t.missing;
  }

  private trendOf(row: IndicatorRow): TemplateResult | typeof nothing {
    if (!row.trend || !row.previous || row.change === undefined) return nothing;
    const text = this.s.trendText({
      direction: row.trend,
      change: this.localize.difference(Math.abs(row.change), row.indicator.unit, row.indicator.decimals),
      since: row.previous.period,
      better: row.better,
    });
    const cls = row.better === undefined ? 'trend' : row.better ? 'trend better' : 'trend worse';
    return html`<span class=${cls}
      ><span class="arrow" aria-hidden="true">${ARROWS[row.trend]}</span> ${text}</span
    >`;
  }

  private goalOf(row: IndicatorRow): string {
    const g = this.localize.t.goal;
    const goal = row.goal;
    // Without a value there is nothing to hold against the goal.
    if (row.value === undefined) return '';
    if (!goal) return g.noGoal;
    const by = this.localize.difference(Math.abs(goal.margin), row.indicator.unit, row.indicator.decimals);
    return goal.status === 'on-track' ? g.onTrack : goal.status === 'ahead' ? g.ahead(by) : g.behind(by);
  }

  private renderIndicator(view: WheelView, row: IndicatorRow): TemplateResult {
    const title = this.localize.text(row.indicator.shortTitle ?? row.indicator.title);
    return html`<li class="indicator">
      <span class="title">${title}</span>
      <span class=${row.value === undefined ? 'value missing' : 'value'}>${this.valueLabel(row)}</span>
      <span class="facts">
        ${this.trendOf(row)}
        <span>${this.goalOf(row)}</span>
        ${
          view.model.measure === 'normalised' && row.score !== undefined
            ? html`<span>${this.s.score(this.localize.number(row.score, 0))}</span>`
            : nothing
        }
      </span>
      <span class="actions">
        <button
          type="button"
          aria-label=${this.s.showTrendFor(title)}
          @click=${() => this.selectIndicator(row)}
        >
          ${this.s.showTrend}
        </button>
      </span>
    </li>`;
  }

  private renderTables(view: WheelView): TemplateResult {
    const m = view.model;
    const s = this.s;
    const compareName = this.compareName(view);
    const areaName = this.areaName(view, m.area);
    const cell = (v: number | undefined) =>
      v === undefined
        ? html`<td class="missing">${this.localize.t.missing}</td>`
        : html`<td>${this.levelText(view, v)}</td>`;
    // Focusable regions, so that a keyboard can scroll a table wider than the screen.
    return html`<div
        class="table-wrap"
        part="table"
        role="region"
        aria-labelledby="caption-dimensions"
        tabindex="0"
      >
        <table>
          <caption id="caption-dimensions">
            ${s.tableCaption(areaName, m.period)}
          </caption>
          <thead>
            <tr>
              <th scope="col">${s.dimensionHeader}</th>
              <th scope="col">${s.levelHeader(m.measure)}</th>
              ${compareName ? html`<th scope="col">${compareName}</th>` : nothing}
              ${m.previousPeriod ? html`<th scope="col">${s.changeHeader(m.previousPeriod)}</th>` : nothing}
              <th scope="col">${s.indicatorsHeader}</th>
            </tr>
          </thead>
          <tbody>
            ${m.dimensions.map(
              (d) =>
                html`<tr>
                  <th scope="row">${this.dimensionName(view, d.id)}</th>
                  ${
                    d.level === undefined
                      ? html`<td class="missing">${this.valueText(view, d)}</td>`
                      : html`<td>${this.levelText(view, d.level)}</td>`
                  }
                  ${compareName ? cell(d.compare) : nothing}
                  ${
                    m.previousPeriod
                      ? html`<td>
                          ${this.changeText(d) ?? html`<span class="missing">${this.localize.t.missing}</span>`}
                        </td>`
                      : nothing
                  }
                  <td>${d.indicators.length}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <div class="table-wrap" role="region" aria-labelledby="caption-indicators" tabindex="0">
        <table>
          <caption id="caption-indicators">
            ${s.indicatorTableCaption}
          </caption>
          <thead>
            <tr>
              <th scope="col">${s.dimensionHeader}</th>
              <th scope="col">${s.indicatorHeader}</th>
              <th scope="col">${s.valueHeader} ${m.period}</th>
              <th scope="col">${s.trendHeader}</th>
              <th scope="col">${s.goalHeader}</th>
            </tr>
          </thead>
          <tbody>
            ${m.dimensions.flatMap((d) =>
              d.indicators.map(
                (row) =>
                  html`<tr>
                    <td>${this.dimensionName(view, d.id)}</td>
                    <th scope="row">
                      ${this.localize.text(row.indicator.shortTitle ?? row.indicator.title)}
                    </th>
                    <td class=${row.value === undefined ? 'missing' : ''}>${this.valueLabel(row)}</td>
                    <td>${this.trendOf(row)}</td>
                    <td>${this.goalOf(row)}</td>
                  </tr>`,
              ),
            )}
          </tbody>
        </table>
      </div>`;
  }
}
