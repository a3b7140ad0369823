import { html, nothing, svg } from 'lit';
import type { PropertyValues, SVGTemplateResult, TemplateResult } from 'lit';
import { BplElement } from '../../core/base-element.js';
import '../../core/loader/dataset-reader.js';
import { BplError } from '../../core/errors.js';
import { toCsv } from '../../core/download.js';
import { LOCALES, formatTick } from '../../core/i18n/format.js';
import type { Meta } from '../../core/schema/common.js';
import type { Dataset } from '../../core/schema/dataset.js';
import { baseStyles, themeStyles } from '../../core/theme.js';
import { downloadsMenu, menuStyles, saveDownload } from '../../core/toolbar.js';
import type { DownloadKind } from '../../core/toolbar.js';
import {
  GOAL_DASH,
  LINE_HEIGHT,
  findLastIndex,
  layoutChart,
  markerPath,
  nearestIndex,
  r2,
  styleOf,
} from './layout.js';
import type { ChartLayout, LayoutInput } from './layout.js';
import { buildModel } from './model.js';
import type { TrendModel, TrendSeries } from './model.js';
import { summarize } from './summary.js';
import { strings } from './trend-chart.i18n.js';
import { styles } from './trend-chart.styles.js';

export interface TrendView {
  model: TrendModel;
  meta: Meta;
}

interface Active {
  /** Period index. */
  p: number;
  /** Series index. */
  s: number;
}

const VIEWS = ['chart', 'table'];

/** `v` kept within [0, max]. */
const clamp = (v: number, max: number) => Math.max(0, Math.min(v, max));

/**
 * An indicator's development over time for one area, beside its county and Riket, with the
 * collaboration's goal path (+2 percentage points a year in the good direction) and the status in words.
 *
 * ```html
 * <bpl-trend-chart src="/data/barn-och-unga.json" indicator="gymnasiebehorighet" area="0683"></bpl-trend-chart>
 * ```
 *
 * @summary Line chart of an indicator over time, against the goal.
 * @event bpl-select - A point was chosen (click, Enter or Space). `detail: { area, period, indicator, group }`,
 *   and `comparison: true` when the point is on a comparison line (the county, Riket, a compared area).
 * @event bpl-load - The data was loaded and validated.
 * @event bpl-error - Something went wrong; the message is shown in the component.
 * @csspart base - The component's frame.
 * @csspart heading - The title.
 * @csspart chart - The focusable drawing.
 * @csspart tooltip - The tooltip.
 * @csspart table - The table view.
 * @csspart summary - The generated text summary.
 * @csspart source - The source line.
 * @csspart downloads - The downloads menu.
 */
export class BplTrendChart extends BplElement<'dataset', TrendView> {
  static override styles = [themeStyles, baseStyles, menuStyles, styles];
  protected static override viewProperties = [
    'indicator',
    'area',
    'compare',
    'group',
    'from',
    'to',
    'viewMode',
  ];

  /** Declared here rather than with decorators, so the file carries no decorator helper. The internal states
   * say `attribute: false` as `@state()` did: the manifest analyzer would list them as attributes otherwise. */
  static override properties = {
    indicator: {},
    area: {},
    compare: {},
    group: {},
    from: {},
    to: {},
    heading: {},
    subtitle: {},
    sourceText: { attribute: 'source-text' },
    viewMode: { attribute: 'view', reflect: true },
    active: { state: true, attribute: false },
    tooltipOpen: { state: true, attribute: false },
    summaryOpen: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** Indicator id in the data; may be left out when the data has only one indicator. */
  declare indicator?: string;

  /** Area code (`0683` Värnamo); may be left out when the indicator has only one area. */
  declare area?: string;

  /** Areas to compare with: comma-separated codes, or `none`. Default: the area's county and Riket (`0006,0000`). */
  declare compare?: string;

  /** `total` (default), `girls`, `boys`, or `split` for girls and boys of the area together. */
  declare group?: string;

  /** First period shown (`2015` or `2015/16`). */
  declare from?: string;

  /** Last period shown. */
  declare to?: string;

  /** Title instead of the indicator's. */
  declare heading?: string;

  /** Subtitle instead of the generated one ("Värnamo compared with …"). */
  declare subtitle?: string;

  /** Source text instead of the data's source name. */
  declare sourceText?: string;

  /** The `view` attribute: `chart` (default) or `table`. (The property is `viewMode`, because the base
   * element's `view` holds the resolved view model.) */
  viewMode: 'chart' | 'table' = 'chart';

  private active?: Active;
  private tooltipOpen = false;
  private summaryOpen = false;
  private announcement = '';

  #width?: number;
  #chartLayout?: ChartLayout;
  #layoutKey: unknown[] = [];
  /** The view on screen: kept while new data is read. */
  #shown?: TrendView;
  #summaryText = '';
  #subtitle = '';
  #resizeFrame = 0;
  // None where there is no ResizeObserver (test DOMs, server rendering): the chart keeps its first width.
  #resizeObserver =
    typeof ResizeObserver === 'undefined'
      ? undefined
      : new ResizeObserver((entries) => {
          const w = Math.round(entries.at(-1)!.contentRect.width);
          if (w > 0 && w !== this.#width) {
            this.#width = w;
            // Next frame: re-rendering inside the observer's delivery would change the observed size again
            // in the same frame ("ResizeObserver loop completed with undelivered notifications").
            cancelAnimationFrame(this.#resizeFrame);
            this.#resizeFrame = requestAnimationFrame(() => this.requestUpdate());
          }
        });
  #marks?: [ChartLayout, SVGTemplateResult];
  /** The series whose goal path is drawn. */
  #goal?: TrendSeries;
  /** Escape dismissed the hover tooltip: it stays closed until the pointer moves to another point. */
  #hushed = false;

  constructor() {
    super('dataset');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resizeObserver?.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
    document.removeEventListener('keydown', this.#onDocumentKey);
  }

  protected resolveView(dataset: Dataset, meta: Meta): TrendView {
    // A removed attribute (null) is the default, the chart.
    if (this.viewMode != null && !VIEWS.includes(this.viewMode)) {
      throw new BplError('invalid-attribute', {
        attribute: 'view',
        value: String(this.viewMode),
        available: [...VIEWS], // a copy: the page sees it in bpl-error
      });
    }
    // The element's attributes are the model's options.
    return { model: buildModel(dataset, this), meta };
  }

  /** Layout and summary are derived here, keyed on what they depend on; render() only templates. */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const view = this.view;
    // The width comes from the ResizeObserver once it has reported. Before that it is measured once: when
    // the data is given as a property, already before the loading placeholder is first drawn, so that the
    // measuring lays out an empty shadow root rather than styling the placeholder (and starting its
    // animation) only to replace it a moment later; otherwise when the view first arrives.
    if (this.#width === undefined && (view || this.data != null)) this.#width = this.clientWidth || 640;
    if (!view || !this.localize.ready) {
      // While new data (or the page's language's texts) are fetched, the chart shown stays (see
      // renderLoading); otherwise there is none.
      if (this.status !== 'loading') this.#shown = this.#chartLayout = undefined;
      return;
    }
    this.#shown = view;
    const l = this.localize;
    const key = [view, this.#width, l.lang, this.heading];
    if (key.some((k, i) => k !== this.#layoutKey[i])) {
      this.#layoutKey = key;
      const { model } = view;
      // The chosen area's goal path is drawn, except for girls and boys together.
      this.#goal = model.group === 'split' || !model.series[0]!.goal ? undefined : model.series[0];
      this.#chartLayout = layoutChart(this.#layoutInput(model));
      // Texts that take Intl formatting, made here once rather than in every render (pointer moves too).
      this.#summaryText = summarize(model, this.#title_(view), this.#s, {
        value: (v, unit, d) => l.value(v, unit, d),
        difference: (v, unit, d) => l.difference(v, unit, d),
        list: (items) => l.list(items),
        areaName: (code) => this.#areaName(code),
        groupName: (g) => this.#groupName(g),
      });
      this.#subtitle = this.#defaultSubtitle(model);
      // A point chosen in the previous data may not exist in this one.
      const active = this.active;
      if (active && (active.p >= model.periods.length || active.s >= model.series.length)) {
        this.active = undefined;
        this.tooltipOpen = false;
      }
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const tip = this.tooltipOpen && this.renderRoot.querySelector<HTMLElement>('.tooltip');
    if (tip) this.#placeTooltip(tip);
    // While a tooltip is shown, Escape anywhere closes it (WCAG 1.4.13), also one shown by hovering without
    // focus; with the focus in the chart its own handler takes Escape first and stops it.
    document[this.tooltipOpen ? 'addEventListener' : 'removeEventListener']('keydown', this.#onDocumentKey);
  }

  /**
   * Places the tooltip beside the active point (right, else left), or where neither side has room, above it
   * (below near the top), centred and kept inside the chart: never over the point, and always as wide as
   * its text needs up to its max-width (CSS), so words are not broken. Measured after render; set through
   * CSSOM (a style attribute would need unsafe-inline under a strict CSP).
   */
  #placeTooltip(tip: HTMLElement): void {
    const layout = this.#chartLayout!;
    const { p, s } = this.active!;
    const plot = tip.parentElement!;
    // The drawing scales down with the box (max-width: 100%).
    const k = plot.firstElementChild!.getBoundingClientRect().width / layout.width || 1;
    const x = layout.xs[p]! * k;
    const y = (layout.series[s]!.ys[p] ?? (layout.plot.top + layout.plot.bottom) / 2) * k;
    const width = plot.clientWidth;
    const w = tip.offsetWidth;
    const h = tip.offsetHeight;
    const gap = 12;
    const right = x + gap + w <= width;
    const [left, top] =
      right || x - gap - w >= 0
        ? [right ? x + gap : x - gap - w, clamp(y - h / 2, layout.height * k - h)]
        : [clamp(x - w / 2, width - w), y - gap - h >= 0 ? y - gap - h : y + gap];
    tip.style.left = `${left}px`;
    tip.style.top = `${top}px`;
  }

  #onDocumentKey = (event: Event): void => {
    if ((event as KeyboardEvent).key !== 'Escape') return;
    this.tooltipOpen = false;
    this.#hushed = true;
    // The Escape is spent: a dialog around the component stays open.
    event.preventDefault();
  };

  /** The component's own strings in the reader's language. */
  get #s() {
    return this.localize.pick(strings);
  }

  #title_(view: TrendView): string {
    return this.heading?.trim() || this.localize.text(view.model.indicator.title);
  }

  #areaName(code: string): string {
    return this.view?.model.areas.name(code, this.localize.lang) ?? code;
  }

  #groupName(group: string): string {
    return this.localize.t.groups[group as 'total'] ?? group;
  }

  /** The group's name inside a sentence ("flickor"). */
  #lowerGroupName(group: string): string {
    return this.#groupName(group).toLocaleLowerCase(this.localize.lang);
  }

  /** The name of a series in labels: the area, or the group when girls and boys are split. */
  #seriesLabel(model: TrendModel, s: TrendSeries): string {
    return model.group === 'split' ? this.#groupName(s.group) : this.#areaName(s.area);
  }

  /** The full name, for tooltips, the table and downloads. */
  #seriesName(model: TrendModel, s: TrendSeries): string {
    return model.group === 'split'
      ? `${this.#areaName(s.area)}, ${this.#lowerGroupName(s.group)}`
      : this.#areaName(s.area);
  }

  #layoutInput(model: TrendModel): LayoutInput {
    const lang = this.localize.lang;
    const goal = this.#goal;
    let compact: Intl.NumberFormat | undefined;
    return {
      width: this.#width!,
      periods: model.periods,
      positions: model.positions,
      series: model.series.map((s) => ({
        values: s.points.map((p) => p.value),
        preliminary: model.hasPreliminary ? s.points.map((p) => p.status === 'preliminary') : undefined,
        ci: s.main && model.hasCi ? s.points.map((p) => p.ci) : undefined,
        main: s.main,
        slot: s.slot,
        label: this.#seriesLabel(model, s),
      })),
      goal: goal && { values: goal.goal!, label: this.#s.goal },
      zeroBased: model.zeroBased,
      max: model.indicator.unit === 'percent' ? 100 : undefined,
      formatTick: (value, step) =>
        Math.abs(value) >= 1e6
          ? (compact ??= new Intl.NumberFormat(LOCALES[lang], {
              notation: 'compact',
              maximumFractionDigits: 1,
            })).format(value)
          : formatTick(value, lang, step),
    };
  }

  // ---- interaction -------------------------------------------------------------------------------
  // Listeners bound in templates with `@event` are called with the element as `this`.

  /** The point under the pointer: the nearest period, and at it the series whose value is nearest. */
  #pointAt(event: PointerEvent): Active | undefined {
    const layout = this.#chartLayout;
    const rect = this.renderRoot.querySelector('svg.chart-svg')?.getBoundingClientRect();
    if (!layout || !rect?.width) return undefined;
    const k = layout.width / rect.width;
    const y = (event.clientY - rect.top) * k;
    const p = nearestIndex(layout.xs, (event.clientX - rect.left) * k);
    let s = -1;
    let distance = Infinity;
    layout.series.forEach((g, i) => {
      const yy = g.ys[p];
      if (yy != null && Math.abs(yy - y) < distance) {
        distance = Math.abs(yy - y);
        s = i;
      }
    });
    return s < 0 ? undefined : { p, s };
  }

  #onPointerMove(event: PointerEvent): void {
    const point = this.#pointAt(event);
    if (!point) return;
    if (point.p !== this.active?.p || point.s !== this.active.s) {
      this.active = point;
      this.#hushed = false;
    }
    if (!this.#hushed) this.tooltipOpen = true;
  }

  #onPointerLeave(): void {
    this.#hushed = false;
    if (this.renderRoot.querySelector('.plot') !== (this.renderRoot as ShadowRoot).activeElement)
      this.tooltipOpen = false;
  }

  #onClick(event: PointerEvent): void {
    this.active = this.#pointAt(event) ?? this.active;
    this.#choose();
  }

  #defaultActive(): Active | undefined {
    const view = this.view;
    const p = view ? findLastIndex(view.model.series[0]!.points, (x) => x.value !== null) : -1;
    return p >= 0 ? { p, s: 0 } : undefined;
  }

  #onFocus(): void {
    this.active ??= this.#defaultActive();
    this.tooltipOpen = true;
    this.#announce();
  }

  #onBlur(): void {
    this.tooltipOpen = false;
  }

  #onKeyDown(event: KeyboardEvent): void {
    const layout = this.#chartLayout;
    if (!this.view || !layout) return;
    const { key } = event;
    const n = layout.xs.length;
    let { p, s } = this.active ?? this.#defaultActive() ?? { p: n - 1, s: 0 };
    // Steps along the time axis; Home and End step past the ends and are held there.
    const step = ({ ArrowRight: 1, ArrowLeft: -1, Home: -n, End: n } as Record<string, number>)[key];
    if (key === 'Escape' && this.tooltipOpen) {
      this.tooltipOpen = false;
      event.stopPropagation();
    } else if (key === 'Enter' || key === ' ') this.#choose();
    else {
      if (step) p = clamp(p + step, n - 1);
      else if (key === 'ArrowUp' || key === 'ArrowDown') {
        // Up and down follow what the eye sees: the next line above or below at this period.
        const ys = layout.series.map((g) => g.ys[p]);
        const order = ys
          .map((_, i) => i)
          .filter((i) => ys[i] != null)
          .sort((a, b) => ys[a]! - ys[b]!);
        const at = order.indexOf(s);
        s = order[at < 0 ? 0 : clamp(at + (key === 'ArrowUp' ? -1 : 1), order.length - 1)] ?? s;
      } else return;
      this.active = { p, s };
      this.tooltipOpen = true;
      this.#announce();
    }
    event.preventDefault();
  }

  #announce(): void {
    const view = this.view;
    if (view && this.active) this.announcement = this.#pointLines(view.model, this.active).join('. ');
  }

  /** Sends `bpl-select` for the active point. */
  #choose(): void {
    const model = this.view?.model;
    if (!model || !this.active) return;
    const { area, group, main } = model.series[this.active.s]!;
    const period = model.periods[this.active.p]!;
    this.select({
      area,
      period,
      indicator: model.indicator.id,
      group,
      ...(main ? {} : { comparison: true }),
    });
  }

  #toggleView(): void {
    this.viewMode = this.viewMode === 'table' ? 'chart' : 'table';
    this.tooltipOpen = false;
  }

  #toggleSummary(): void {
    this.summaryOpen = !this.summaryOpen;
  }

  // ---- downloads ---------------------------------------------------------------------------------

  /** The data behind the chart as CSV: one row per series and period, with the goal where there is one. */
  csv(): string {
    const view = this.view;
    if (!view) return '';
    const { model } = view;
    const rows: unknown[][] = [];
    for (const s of model.series) {
      s.points.forEach((pt, i) => {
        if (pt.status === 'absent') return;
        const goal = s.goal?.[i];
        rows.push([
          this.#areaName(s.area),
          s.area,
          this.#groupName(s.group),
          model.periods[i],
          pt.value,
          pt.status ? this.localize.t.statuses[pt.status] : '',
          pt.ci?.[0],
          pt.ci?.[1],
          goal === undefined ? '' : Math.round(goal * 1000) / 1000,
        ]);
      });
    }
    return toCsv(this.#s.csvHeader, rows);
  }

  #download = (kind: DownloadKind): void => {
    const view = this.view;
    saveDownload(
      kind,
      view ? `${this.#title_(view)} ${this.#areaName(view.model.area)}` : 'bpl',
      () => this.csv(),
      this.renderRoot.querySelector<SVGSVGElement>('svg.chart-svg'),
    );
  };

  // ---- rendering ---------------------------------------------------------------------------------

  /**
   * While new data is read (`data` or `src` changed), the chart on screen stays, under the base's
   * `aria-busy="true"`, instead of being swapped for the placeholder and back: nothing flashes, and an
   * update changes the drawing's attributes rather than building it anew. The first load shows the
   * placeholder.
   */
  protected override renderLoading(): TemplateResult {
    return this.#shown && this.#chartLayout ? this.renderView(this.#shown) : super.renderLoading();
  }

  protected renderView(view: TrendView): TemplateResult {
    const { model, meta } = view;
    const t = this.#s;
    const core = this.localize.t;
    const title = this.#title_(view);
    const subtitle = this.subtitle?.trim() || this.#subtitle;
    const table = this.viewMode === 'table';
    return html`
      <div class="header">
        ${this.renderHeading(title, 'title')}
        ${subtitle ? html`<p class="subtitle">${subtitle}</p>` : nothing} ${this.renderSampleBadge(meta)}
      </div>
      ${this.#renderGoalStatus(model)}
      ${
        model.singlePeriod
          ? html`<p class="note" role="note">
              ${t.singlePeriod(model.periods[model.series[0]!.points.findIndex((p) => p.value !== null)] ?? model.periods[0]!)}
            </p>`
          : nothing
      }
      ${this.renderToolbar(
        this.renderViewToggle(table, this.#toggleView),
        html`<button
          type="button"
          class="toggle-summary"
          aria-expanded=${this.summaryOpen}
          aria-controls="summary"
          @click=${this.#toggleSummary}
        >
          ${this.summaryOpen ? t.hideSummary : t.showSummary}
        </button>`,
        downloadsMenu(core, !table, this.#download),
      )}
      ${table ? this.#renderTable(model, title) : this.#renderChart(model, title)}
      <p id="summary" part="summary" class="summary ${this.summaryOpen ? 'shown' : 'visually-hidden'}">
        ${this.#summaryText}
      </p>
      ${this.renderSource(model.indicator.source ?? meta.source, meta.updated, this.sourceText?.trim() || undefined)}
      <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
    `;
  }

  #defaultSubtitle(model: TrendModel): string {
    const t = this.#s;
    const name = this.#areaName(model.area);
    const base = model.compare.length
      ? t.compared(
          name,
          this.localize.list(model.series.filter((s) => !s.main).map((s) => this.#areaName(s.area))),
        )
      : name;
    const groups =
      model.group === 'split'
        ? this.localize.list([this.#lowerGroupName('girls'), this.#lowerGroupName('boys')])
        : model.group === 'total'
          ? ''
          : this.#lowerGroupName(model.group);
    return groups ? `${base} – ${groups}` : base;
  }

  /** A value of the shown indicator in its unit, and a difference in the unit's points. */
  #value(v: number): string {
    const { unit, decimals } = this.#shown!.model.indicator;
    return this.localize.value(v, unit, decimals);
  }

  #difference(v: number, signed?: boolean): string {
    const { unit, decimals } = this.#shown!.model.indicator;
    return this.localize.difference(v, unit, decimals, signed);
  }

  #renderGoalStatus(model: TrendModel) {
    const g = this.localize.t.goal;
    // Only the chosen area's series are assessed.
    return model.series.flatMap((s) => {
      const a = s.assessment;
      if (!a) return [];
      const status = a.status === 'on-track' ? g.onTrack : g[a.status](this.#difference(Math.abs(a.margin)));
      const line = this.#s.statusLine(this.#seriesName(model, s), status, a.period, this.#value(a.goal));
      return html`<p class="goal-status ${a.status}">
        <span class="icon" aria-hidden="true">${a.status === 'behind' ? '!' : '✓'}</span>
        <span>${line}</span>
      </p>`;
    });
  }

  #renderChart(model: TrendModel, title: string): TemplateResult {
    const layout = this.#chartLayout!;
    const t = this.#s;
    const r = this.#goal?.goalRule;
    const notes = [
      r &&
        t.goalLegend(
          this.localize.difference(r.direction * r.annualChange, model.indicator.unit, 1, true),
          r.baseline,
        ),
      model.hasGaps && t.gapNote,
      model.hasPreliminary && t.preliminaryNote,
      model.hasCi && t.ciNote,
    ].filter(Boolean);
    return html`<div class="chart">
      <div
        class="plot"
        part="chart"
        role="application"
        tabindex="0"
        aria-label=${`${t.chartLabel(title)}. ${t.keyboardHint}`}
        aria-describedby="summary"
        @keydown=${this.#onKeyDown}
        @focus=${this.#onFocus}
        @blur=${this.#onBlur}
        @pointermove=${this.#onPointerMove}
        @pointerleave=${this.#onPointerLeave}
        @click=${this.#onClick}
      >
        ${this.#renderSvg(model, layout, title)} ${this.#renderTooltip(model)}
      </div>
      ${layout.legend ? this.#renderLegend(model) : nothing}
      ${notes.length ? html`<p class="footnotes">${notes.join(' ')}</p>` : nothing}
    </div>`;
  }

  #renderSvg(model: TrendModel, layout: ChartLayout, title: string): TemplateResult {
    const { plot, width, height } = layout;
    const active = this.tooltipOpen ? this.active : undefined;
    const x = active && layout.xs[active.p];
    const y = active && layout.series[active.s]?.ys[active.p];
    // The marks change only with the layout: kept, so that moving the pointer updates just the guide.
    if (this.#marks?.[0] !== layout) this.#marks = [layout, this.#renderMarks(model, layout, title)];
    return html`<svg
      class="chart-svg"
      width=${width}
      height=${height}
      viewBox="0 0 ${width} ${height}"
      font-size=${layout.fontSize}
      aria-hidden="true"
      focusable="false"
    >
      ${this.#marks[1]}${
        x === undefined
          ? nothing
          : svg`<line class="guide" x1=${x} x2=${x} y1=${plot.top} y2=${plot.bottom}></line>${
              y == null ? nothing : svg`<circle class="focus-ring" cx=${x} cy=${y} r="8"></circle>`
            }`
      }
    </svg>`;
  }

  /** Axes, bands, the goal, the lines with their markers and the end labels. Few elements: grid lines
   * and tick marks are one path each, markers one path per series. */
  #renderMarks(model: TrendModel, layout: ChartLayout, title: string): SVGTemplateResult {
    const { plot, fontSize } = layout;
    const lineHeight = fontSize * LINE_HEIGHT;
    // Comparisons first, so that the chosen area is drawn on top.
    const order = layout.series
      .map((_, i) => i)
      .sort((a, b) => Number(layout.series[a]!.main) - Number(layout.series[b]!.main));
    // The unit is named in the axis title ("Procent (%)"), not on every tick.
    const { unit } = model.indicator;
    const name = this.localize.t.units[unit];
    const axis = `${name[0]!.toLocaleUpperCase(this.localize.lang)}${name.slice(1)}${unit === 'percent' ? ' (%)' : ''}`;
    return svg`<title>${title}</title><text class="axis-title" x="0" y=${fontSize}>${axis}</text><path class="grid" d=${layout.yTicks.map((t) => `M${plot.left},${t.at}H${plot.right}`).join('')}></path><g class="y-axis">${layout.yTicks.map(
      (t) =>
        svg`<text class="tick" x=${plot.left - 6} y=${t.at} dy="0.32em" text-anchor="end">${t.label}</text>`,
    )}</g><path class="axis" d=${`M${plot.left},${plot.bottom}H${plot.right}${layout.xTicks.map((t) => `M${t.at},${plot.bottom}v4`).join('')}`}></path><g class="x-axis">${layout.xTicks.map(
      (t) =>
        svg`<text class="tick" x=${t.textAt!} y=${plot.bottom + fontSize * 1.5} text-anchor=${t.anchor!}>${t.label}</text>`,
    )}</g>${order.map((i) => {
      const g = layout.series[i]!;
      return g.band ? svg`<path class="band c${g.colour}" d=${g.band}></path>` : nothing;
    })}${layout.goal ? svg`<path class="goal" d=${layout.goal.d} stroke-dasharray=${GOAL_DASH}></path>` : nothing}${order.map(
      (i) => {
        const g = layout.series[i]!;
        // One template per series, none nested: a path without `d` draws nothing.
        return svg`<g class="series c${g.colour}" data-key=${model.series[i]!.key}><path class=${g.main ? 'line main' : 'line'} d=${g.d} stroke-dasharray=${g.dash || nothing}></path><path class="marker" d=${g.markerD || nothing}></path><path class="marker hollow" d=${g.hollowD || nothing}></path></g>`;
      },
    )}${layout.labels.map((label) => {
      const goal = label.series < 0;
      const g = layout.series[label.series];
      const { lines } = label;
      const x = label.x + 14;
      // One template per label (tspans only for wrapped names): the leader, where the label had to move,
      // and the key (a dash of the goal line, or the series' marker) are paths.
      return svg`<g class=${goal ? 'end-label' : `end-label c${g!.colour}`}><path class=${goal ? 'leader goal-leader' : 'leader'} d=${
        Math.abs(label.y - label.anchorY) > 3
          ? `M${plot.right + 1},${r2(label.anchorY)}L${label.x - 1},${r2(label.y)}`
          : nothing
      }></path><path class=${goal ? 'goal' : 'marker'} d=${
        goal ? `M${label.x},${r2(label.y)}h10` : markerPath(g!.shape, label.x + 5, label.y, 3.5)
      } stroke-dasharray=${goal ? '3 2' : nothing}></path><text class=${goal ? 'label goal-label' : g!.main ? 'label main' : 'label'} x=${x} y=${label.y - ((lines.length - 1) * lineHeight) / 2} dy="0.32em">${
        lines.length > 1
          ? lines.map((line, i) => svg`<tspan x=${x} dy=${i ? lineHeight : nothing}>${line}</tspan>`)
          : lines[0]
      }</text></g>`;
    })}`;
  }

  #renderLegend(model: TrendModel): TemplateResult {
    const t = this.#s;
    // A path without `d` draws nothing: the goal's key has no marker.
    const swatch = (colour: string, line: string, dash: string, marker?: string) =>
      html`<svg
        width="30"
        height="12"
        viewBox="0 0 30 12"
        aria-hidden="true"
        focusable="false"
        class=${colour}
      >
        <line class=${line} x1="1" x2="29" y1="6" y2="6" stroke-dasharray=${dash || nothing}></line>
        <path class="marker" d=${marker || nothing}></path>
      </svg>`;
    return html`<ul class="legend" aria-label=${t.legend}>
      ${model.series.map((s) => {
        const st = styleOf(s.slot);
        return html`<li class=${s.main ? 'main' : ''}>
          ${swatch(`c${st.colour}`, s.main ? 'line main' : 'line', st.dash, markerPath(st.shape, 15, 6, 3.5))}
          ${this.#seriesLabel(model, s)}
        </li>`;
      })}
      ${this.#goal ? html`<li>${swatch('', 'goal', GOAL_DASH)} ${t.goal}</li>` : nothing}
    </ul>`;
  }

  /** Text of a point: name, period and value, change since the previous value, the goal. */
  #pointLines(model: TrendModel, { p, s: index }: Active): string[] {
    const t = this.#s;
    const core = this.localize.t;
    const s = model.series[index]!;
    const period = model.periods[p]!;
    const pt = s.points[p]!;
    const lines = [this.#seriesName(model, s)];
    if (pt.value === null)
      lines.push(`${period}: ${pt.status === 'suppressed' ? core.statuses.suppressed : core.missing}`);
    else {
      const prelim = pt.status === 'preliminary' ? ` (${core.statuses.preliminary})` : '';
      lines.push(`${period}: ${this.#value(pt.value)}${prelim}`);
      const i = findLastIndex(s.points.slice(0, p), (x) => x.value !== null);
      if (i >= 0)
        lines.push(t.changeSince(this.#difference(pt.value - s.points[i]!.value!, true), model.periods[i]!));
      if (pt.ci) lines.push(t.ci(this.#value(pt.ci[0]), this.#value(pt.ci[1])));
    }
    const goal = s.goal?.[p];
    if (goal !== undefined) lines.push(`${t.goal} ${period}: ${this.#value(goal)}`);
    return lines;
  }

  #renderTooltip(model: TrendModel): TemplateResult | typeof nothing {
    const active = this.active;
    if (!this.tooltipOpen || !active) return nothing;
    const [name, ...lines] = this.#pointLines(model, active);
    // Placed in `updated`, once its size is known (#placeTooltip).
    return html`<div class="tooltip" part="tooltip" aria-hidden="true">
      <p><strong>${name}</strong></p>
      ${lines.map((line, i) => html`<p class=${i ? 'muted' : ''}>${line}</p>`)}
    </div>`;
  }

  #renderTable(model: TrendModel, title: string): TemplateResult {
    const t = this.#s;
    const goal = this.#goal;
    const statuses = this.localize.t.statuses;
    // The title is outside the scrolling box, so that it wraps at the width on screen (a caption is as wide
    // as its table, and a wide table scrolls sideways at 320 px); it names both the region and the table.
    return html`<p id="caption" class="caption">${title}</p>
      <div class="table-wrap" part="table" tabindex="0" role="region" aria-labelledby="caption">
        <table aria-labelledby="caption">
          <thead>
            <tr>
              <th scope="col">${t.period}</th>
              ${model.series.map((s) => html`<th scope="col">${this.#seriesName(model, s)}</th>`)}
              ${goal ? html`<th scope="col">${t.goal}, ${this.#seriesName(model, goal)}</th>` : nothing}
            </tr>
          </thead>
          <tbody>
            ${model.periods.map(
              (period, i) =>
                html`<tr>
                  <th scope="row">${period}</th>
                  ${model.series.map(({ points }) => {
                    const { value, status } = points[i]!;
                    return value === null
                      ? html`<td class="none">
                          ${status === 'suppressed' ? statuses.suppressed : statuses.missing}
                        </td>`
                      : html`<td>
                          ${this.#value(value)}${
                            status === 'preliminary'
                              ? html`<span class="flag">(${statuses.preliminary})</span>`
                              : nothing
                          }
                        </td>`;
                  })}
                  ${goal ? html`<td>${goal.goal![i] === undefined ? '' : this.#value(goal.goal![i]!)}</td>` : nothing}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
  }
}
