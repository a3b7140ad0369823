import { html, nothing, svg } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AreaIndex } from '../../core/areas.js';
import { BplElement } from '../../core/base-element.js';
import { parseGroup } from '../../core/dataset-query.js';
import { downloadPng, downloadSvg, fileName, saveBlob, toCsv } from '../../core/download.js';
import type { Meta } from '../../core/schema/common.js';
import { DIMENSIONS } from '../../core/schema/dataset.js';
import type { Dataset, Group } from '../../core/schema/dataset.js';
import { baseStyles, themeStyles } from '../../core/theme.js';
import { layoutWheel } from './layout.js';
import type { WheelLayout } from './layout.js';
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

/** What the wheel, the table, the summary and the CSV say about one dimension, in the reader's language. */
interface Facts {
  d: DimensionResult;
  name: string;
  /** The level, or why there is none. */
  value: string;
  compare?: string | undefined;
  /** The change since the previous period, signed. */
  change?: string | undefined;
}

/** Widest the wheel is drawn; wider containers centre it. */
const MAX_WIDTH = 560;
const ARROWS = { up: '↗', down: '↘', flat: '→' };

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

  /** The drawing width, from the resize observer (or the first render's measurement). */
  private width = 0;
  private observers: { disconnect(): void }[] = [];
  private cachedLayout?: { key: string; layout: WheelLayout };

  constructor() {
    super('dataset');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.readLabelsScript();
    const children = new MutationObserver(() => this.readLabelsScript());
    children.observe(this, { childList: true, subtree: true, characterData: true });
    const size = new ResizeObserver(([entry]) => {
      const w = Math.floor(entry!.contentRect.width);
      // On the next frame: redrawing changes the height, which inside the observer's own callback would be
      // reported as a ResizeObserver loop.
      if (w > 0 && w !== this.width)
        requestAnimationFrame(() => {
          this.width = w;
          this.requestUpdate();
        });
    });
    size.observe(this);
    this.observers = [children, size];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observers.forEach((o) => o.disconnect());
  }

  private readLabelsScript(): void {
    this.labelsScript =
      this.querySelector(':scope>script[type="application/json"][data-labels]')?.textContent ?? '';
  }

  protected resolveView(dataset: Dataset, meta: Meta): WheelView {
    const model = buildModel(dataset, {
      area: this.area,
      period: this.period,
      compare: this.compare,
      group: parseGroup(this.group) as Group,
      measure: parseMeasure(this.measure),
      dimensions: parseDimensions(this.dimensions),
    });
    // The script child first, the attribute over it.
    const labels = { ...parseLabels(this.labelsScript), ...parseLabels(this.labels) };
    return { model, labels, areas: new AreaIndex(dataset.areas), meta };
  }

  protected override willUpdate(changed: PropertyValues): void {
    const before = this.view?.model.dimensions.map((d) => d.id).join();
    super.willUpdate(changed);
    const after = this.view?.model.dimensions.map((d) => d.id).join();
    if (after !== before) {
      if (before) this.open = false;
      if (this.active >= (this.view?.model.dimensions.length ?? 0)) this.active = 0;
    }
  }

  // ---------------------------------------------------------------------------------------------- text

  private get s() {
    return this.localize.pick(wheelStrings);
  }

  private areaName(view: WheelView, code: string): string {
    return view.areas.name(code, this.localize.lang);
  }

  private level(view: WheelView, value: number): string {
    const n = this.localize.number(value, 0);
    return view.model.measure === 'goal' ? `${n} %` : n;
  }

  private facts(view: WheelView): Facts[] {
    const s = this.s;
    return view.model.dimensions.map((d) => {
      const custom = view.labels[d.id];
      return {
        d,
        name: custom ? this.localize.text(custom) : this.localize.t.dimensions[d.id],
        value:
          d.level !== undefined
            ? this.level(view, d.level)
            : d.indicators.length
              ? this.localize.t.missing
              : s.noIndicators,
        compare: d.compare === undefined ? undefined : this.level(view, d.compare),
        change:
          d.level === undefined || d.previous === undefined
            ? undefined
            : this.localize.number(d.level - d.previous, 0, true),
      };
    });
  }

  private compareName(view: WheelView): string | undefined {
    const c = view.model.compare;
    return c.kind === 'area' ? this.areaName(view, c.area) : c.kind === 'period' ? c.period : undefined;
  }

  private titleText(view: WheelView): string {
    return this.heading?.trim() || this.s.title(this.areaName(view, view.model.area), view.model.period);
  }

  /** The generated summary: strongest and weakest, biggest rise and fall, against the comparison. */
  private summary(view: WheelView, facts: Facts[]): string {
    const s = this.s;
    const m = view.model;
    const ex = extremes(m);
    const of = (d?: DimensionResult) => facts.find((f) => f.d === d)!;
    const named = (f: Facts, value = f.value) => `${f.name} (${value})`;
    if (!ex.strongest) return s.none;
    const withLevel = facts.filter((f) => f.d.level !== undefined);
    const compared = withLevel.filter((f) => f.compare !== undefined);
    const compareName = this.compareName(view);
    const count = (sign: number) =>
      compared.filter((f) => Math.sign(Math.round(f.d.level!) - Math.round(f.d.compare!)) === sign).length;
    const rise = ex.rise && of(ex.rise);
    const fall = ex.fall && of(ex.fall);
    const empty = facts.filter((f) => f.d.level === undefined).map((f) => f.name);
    return [
      withLevel.length > 1 && withLevel.every((f) => f.value === withLevel[0]!.value)
        ? s.same(withLevel[0]!.value)
        : ex.strongest === ex.weakest
          ? s.only(named(of(ex.strongest)))
          : s.strongest(named(of(ex.strongest)), named(of(ex.weakest))),
      m.previousPeriod &&
        s.since(m.previousPeriod, rise && named(rise, rise.change), fall && named(fall, fall.change)),
      compareName && compared.length && s.compared(compareName, count(1), count(-1)),
      empty.length && `${s.empty}: ${this.localize.list(empty)}.`,
    ]
      .filter(Boolean)
      .join(' ');
  }

  /** The segment's accessible name: name and value, comparison, change, number of indicators. */
  private segmentLabel(view: WheelView, f: Facts, compareName?: string): string {
    const n = f.d.indicators.length;
    const prev = view.model.previousPeriod;
    return [
      `${f.name}: ${f.value}`,
      compareName && f.compare && `${compareName}: ${f.compare}`,
      prev && f.change && `${this.s.changeSince} ${prev}: ${f.change}`,
      n && this.s.count(n),
    ]
      .filter(Boolean)
      .join('. ');
  }

  private valueLabel(row: IndicatorRow): string {
    const t = this.localize.t;
    return row.value !== undefined
      ? this.localize.value(row.value, row.indicator.unit, row.indicator.decimals)
      : row.suppressed
        ? t.statuses.suppressed
        : t.missing;
  }

  private trendOf(row: IndicatorRow): TemplateResult | typeof nothing {
    const { trend, previous, change, better, indicator } = row;
    if (!trend || !previous) return nothing;
    const s = this.s;
    const text = s.trendText(
      previous.period,
      trend === 'flat' ? undefined : trend === 'up',
      this.localize.difference(Math.abs(change!), indicator.unit, indicator.decimals),
    );
    return html`<span class="trend ${better === undefined ? '' : better ? 'better' : 'worse'}"
      ><span class="arrow" aria-hidden="true">${ARROWS[trend]}</span> ${text}${
        better === undefined ? '' : ` (${better ? s.better : s.worse})`
      }</span
    >`;
  }

  private goalOf({ value, goal, indicator }: IndicatorRow): string {
    const g = this.localize.t.goal;
    // Without a value there is nothing to hold against the goal.
    if (value === undefined) return '';
    if (!goal) return g.noGoal;
    const by = this.localize.difference(Math.abs(goal.margin), indicator.unit, indicator.decimals);
    return goal.status === 'on-track' ? g.onTrack : goal.status === 'ahead' ? g.ahead(by) : g.behind(by);
  }

  private indicatorTitle(row: IndicatorRow): string {
    return this.localize.text(row.indicator.shortTitle ?? row.indicator.title);
  }

  // ------------------------------------------------------------------------------------------ behaviour

  private segmentElement(): SVGGElement | null {
    return this.renderRoot.querySelector(`#seg-${this.active}`);
  }

  private onWheelKey(event: KeyboardEvent): void {
    const n = this.view!.model.dimensions.length;
    const moves: Record<string, number> = {
      ArrowRight: this.active + 1,
      ArrowDown: this.active + 1,
      ArrowLeft: this.active - 1,
      ArrowUp: this.active - 1,
      Home: 0,
      End: n - 1,
    };
    const to = moves[event.key];
    if (to !== undefined) {
      this.active = (to + n) % n;
      this.focusVisible = true;
      this.segmentElement()?.focus();
    } else if (event.key === 'Enter' || event.key === ' ') this.open = !this.open;
    else if (event.key === 'Escape' && this.open) this.open = false;
    else return;
    event.preventDefault();
  }

  private onSegmentClick(index: number): void {
    this.open = !(this.open && this.active === index);
    this.active = index;
  }

  private closeDetail(): void {
    this.open = false;
    void this.updateComplete.then(() => this.segmentElement()?.focus());
  }

  private svgElement(): SVGSVGElement | null {
    return this.renderRoot.querySelector('svg.wheel');
  }

  private downloadCsv(view: WheelView, facts: Facts[]): void {
    const m = view.model;
    const round1 = (v?: number) => (v === undefined ? '' : Math.round(v * 10) / 10);
    const where = [m.area, m.period, m.group];
    const rows = facts.flatMap(({ d, name }) => {
      const base = [
        d.id,
        name,
        m.measure,
        round1(d.level),
        this.compareName(view),
        round1(d.compare),
        m.previousPeriod,
        round1(d.previous),
      ];
      return d.indicators.length
        ? d.indicators.map((r) => [
            ...base,
            r.indicator.id,
            this.localize.text(r.indicator.title),
            ...where,
            r.value,
            r.indicator.unit,
            r.suppressed ? 'suppressed' : r.value === undefined ? 'missing' : r.observation?.status,
            r.goal?.status,
          ])
        : [[...base, '', '', ...where, '', '', 'no-indicators', '']];
    });
    const header =
      'dimension,dimension_label,measure,level,comparison,comparison_level,previous_period,previous_level,indicator,indicator_title,area,period,group,value,unit,status,goal_status';
    saveBlob(
      new Blob([toCsv(header.split(','), rows)], { type: 'text/csv;charset=utf-8' }),
      fileName(this.titleText(view), 'csv'),
    );
  }

  private downloadImage(view: WheelView, png: boolean): void {
    const el = this.svgElement()!;
    const name = fileName(this.titleText(view), png ? 'png' : 'svg');
    if (png) void downloadPng(el, name);
    else downloadSvg(el, name);
  }

  // ------------------------------------------------------------------------------------------- render

  protected renderView(view: WheelView): TemplateResult {
    const t = this.localize.t;
    const s = this.s;
    const { model: m, meta } = view;
    const facts = this.facts(view);
    const active = facts[this.active];
    const table = this.showTable;
    return html`
      <div class="header">
        ${this.renderHeading(this.titleText(view), 'title')}
        <p class="subtitle">${m.measure === 'goal' ? s.goalShare : s.normalised}</p>
        ${this.renderSampleBadge(meta)}
      </div>
      <div class="toolbar">
        <button type="button" aria-pressed=${table} @click=${() => (this.showTable = !table)}>
          ${t.showTable}
        </button>
        <details class="downloads">
          <summary class="button">${t.download}</summary>
          <button type="button" @click=${() => this.downloadCsv(view, facts)}>${t.downloadCsv}</button>
          ${
            table
              ? nothing
              : html`<button type="button" @click=${() => this.downloadImage(view, false)}>
                    ${t.downloadSvg}</button
                  ><button type="button" @click=${() => this.downloadImage(view, true)}>
                    ${t.downloadPng}
                  </button>`
          }
        </details>
      </div>
      ${table ? this.renderTables(view, facts) : this.renderWheel(view, facts)}
      <p class="summary">${this.summary(view, facts)}</p>
      ${this.open && active && !table ? this.renderDetail(view, active) : nothing}
      ${
        meta.source || meta.updated
          ? html`<p class="source">
              ${meta.source ? `${t.source}: ${this.localize.text(meta.source.name)}` : ''}
              ${meta.updated ? `${meta.source ? '· ' : ''}${t.updated} ${this.localize.date(meta.updated)}` : ''}
            </p>`
          : nothing
      }
    `;
  }

  private layoutFor(facts: Facts[]): WheelLayout {
    // Before the resize observer reports, the element's own width (it is in the page by now).
    const width = Math.min(MAX_WIDTH, Math.max(200, this.width || (this.width = this.clientWidth) || 360));
    const segments = facts.map((f) => ({
      id: f.d.id,
      label: f.name,
      valueText: f.value,
      level: f.d.level,
      compare: f.d.compare,
    }));
    const key = `${width}|${JSON.stringify(segments)}`;
    if (this.cachedLayout?.key !== key) this.cachedLayout = { key, layout: layoutWheel(segments, { width }) };
    return this.cachedLayout.layout;
  }

  private renderWheel(view: WheelView, facts: Facts[]): TemplateResult {
    const m = view.model;
    const L = this.layoutFor(facts);
    const { cx, cy, width, height } = L;
    const s = this.s;
    const compareName = this.compareName(view);
    const track = L.segments[this.active]?.track;
    const r = L.innerRadius;
    const f = (n: number) => Math.round(n * 100) / 100;
    const body = [cx - r * 0.55, cy + r * 0.05, cx + r * 0.55, cy + r * 0.62].map(f);
    return html`
      <svg
        part="wheel"
        class="wheel"
        width=${width}
        height=${height}
        viewBox="0 0 ${width} ${height}"
        role="group"
        aria-label="${s.wheel} ${this.areaName(view, m.area)} ${m.period}"
        aria-describedby="hint"
        @keydown=${this.onWheelKey}
      >
        <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <path class="hatch" d="M0,0V6"></path>
        </pattern>
        ${L.rings.map((radius, i) => svg`<circle class="grid ${i % 2 ? 'major' : ''}" cx=${cx} cy=${cy} r=${radius}></circle>`)}
        ${facts.map((fact, i) => {
          const g = L.segments[i]!;
          const isActive = i === this.active;
          return svg`<g id="seg-${i}" class="segment" role="button" tabindex=${isActive ? 0 : -1}
            aria-label=${this.segmentLabel(view, fact, compareName)} aria-expanded=${this.open && isActive}
            aria-controls=${this.open && isActive ? 'detail' : nothing} data-dimension=${fact.d.id}
            @click=${() => this.onSegmentClick(i)}
            @focus=${(e: FocusEvent) => {
              this.active = i;
              this.focusVisible = (e.target as Element).matches(':focus-visible');
            }}
            @blur=${() => (this.focusVisible = false)}
            ><path class="track ${fact.d.level === undefined ? 'empty' : ''}" d=${g.track}></path>${
              g.path
                ? svg`<path class="level c${DIMENSIONS.indexOf(fact.d.id) + 1}" d=${g.path}></path>`
                : nothing
            }</g>`;
        })}
        <g aria-hidden="true">
          ${facts.map((fact, i) => {
            // Rim labels sit outside the segments' buttons (whose names say more); a click selects too.
            const label = L.labels[i]!;
            return svg`<text class="label" data-dimension=${fact.d.id} text-anchor=${label.anchor}
              font-size=${L.fontSize} @click=${() => this.onSegmentClick(i)}>${label.lines.map(
                (line, k) =>
                  svg`<tspan x=${label.x} y=${label.y + k * L.lineHeight} class=${k < label.valueStart ? '' : fact.d.level === undefined ? 'value muted' : 'value'}>${line}</tspan>`,
              )}</text>`;
          })}
          ${L.comparePath ? svg`<path class="compare-halo" d=${L.comparePath}></path><path class="compare" d=${L.comparePath}></path>` : nothing}
          ${[50, 100].map((v, i) => svg`<text class="tick" x=${cx + 3} y=${cy - L.rings[i * 2 + 1]! + 11}>${this.level(view, v)}</text>`)}
          <circle class="centre" cx=${cx} cy=${cy} r=${r}></circle>
          <circle class="child" cx=${cx} cy=${f(cy - r * 0.3)} r=${f(r * 0.26)}></circle>
          <path
            class="child"
            d="M${body[0]},${body[3]}Q${body[0]},${body[1]} ${cx},${body[1]}Q${body[2]},${body[1]} ${body[2]},${body[3]}Z"
          ></path>
          ${this.open && track ? svg`<path class="selected-ring" d=${track}></path>` : nothing}
          ${this.focusVisible && track ? svg`<path class="focus-ring" d=${track}></path>` : nothing}
        </g>
      </svg>
      <p id="hint" class="visually-hidden">${s.hint}</p>
      <ul class="legend" aria-hidden="true">
        ${
          compareName
            ? html`<li>
                <svg width="28" height="10">
                  <path class="compare-halo" d="M1,5H27"></path>
                  <path class="compare" d="M1,5H27"></path>
                </svg>
                ${s.comparison}: ${compareName}
              </li>`
            : nothing
        }
        ${
          m.dimensions.some((d) => d.level === undefined)
            ? html`<li>
                <svg width="16" height="16">
                  <rect class="empty" x="1" y="1" width="14" height="14"></rect>
                </svg>
                ${s.missingLegend}
              </li>`
            : nothing
        }
      </ul>
    `;
  }

  private renderDetail(view: WheelView, { d, name, value }: Facts): TemplateResult {
    const s = this.s;
    const n = d.indicators.length;
    return html`<section
      part="detail"
      class="detail"
      id="detail"
      aria-labelledby="detail-heading"
      @keydown=${(e: KeyboardEvent) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        this.closeDetail();
      }}
    >
      <div class="detail-head">
        <div
          class="heading"
          role="heading"
          aria-level=${Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2) + 1)}
          id="detail-heading"
        >
          ${n ? `${name} – ${s.count(n)}` : name}
        </div>
        <button type="button" @click=${this.closeDetail}>${this.localize.t.close}</button>
      </div>
      <p>${d.level === undefined ? value : s.intro(value, d.counted, s.count(n))}</p>
      <ul class="indicators">
        ${d.indicators.map((row) => {
          const title = this.indicatorTitle(row);
          return html`<li class="indicator">
            <span class="title">${title}</span>
            <span class="value">${this.valueLabel(row)}</span>
            <span class="facts">
              ${this.trendOf(row)}
              <span>${this.goalOf(row)}</span>
              ${
                view.model.measure === 'normalised' && row.score !== undefined
                  ? html`<span>${s.score(this.localize.number(row.score, 0))}</span>`
                  : nothing
              }
            </span>
            <button
              type="button"
              aria-label="${s.showTrend}: ${title}"
              @click=${() => this.select({ indicator: row.indicator.id, area: view.model.area, period: view.model.period })}
            >
              ${s.showTrend}
            </button>
          </li>`;
        })}
      </ul>
    </section>`;
  }

  private renderTables(view: WheelView, facts: Facts[]): TemplateResult {
    const m = view.model;
    const s = this.s;
    const missing = html`<span class="missing">${this.localize.t.missing}</span>`;
    const compareName = this.compareName(view);
    const prev = m.previousPeriod;
    const table = (id: string, caption: string, head: unknown[], rows: unknown) =>
      // A focusable region, so that a keyboard can scroll a table wider than the screen.
      html`<div class="table-wrap" part="table" role="region" aria-labelledby=${id} tabindex="0">
        <table>
          <caption id=${id}>
            ${caption}
          </caption>
          <thead>
            <tr>
              ${head.map((h) => (h ? html`<th scope="col">${h}</th>` : nothing))}
            </tr>
          </thead>
          <tbody>
            ${rows}
          </tbody>
        </table>
      </div>`;
    return html`${table(
      'caption-dimensions',
      `${s.tableCaption} ${this.areaName(view, m.area)} ${m.period}`,
      [
        s.dimension,
        m.measure === 'goal' ? s.shareOnTrack : s.index,
        compareName,
        prev && `${s.changeSince} ${prev}`,
        s.indicators,
      ],
      facts.map(
        (f) =>
          html`<tr>
            <th scope="row">${f.name}</th>
            <td>${f.d.level === undefined ? html`<span class="missing">${f.value}</span>` : f.value}</td>
            ${compareName ? html`<td>${f.compare ?? missing}</td>` : nothing}
            ${prev ? html`<td>${f.change ?? missing}</td>` : nothing}
            <td>${f.d.indicators.length}</td>
          </tr>`,
      ),
    )}
    ${table(
      'caption-indicators',
      s.indicatorCaption,
      [s.dimension, s.indicator, `${s.value} ${m.period}`, s.trend, s.goal],
      facts.map((f) =>
        f.d.indicators.map(
          (row) =>
            html`<tr>
              <td>${f.name}</td>
              <th scope="row">${this.indicatorTitle(row)}</th>
              <td>
                ${row.value === undefined ? html`<span class="missing">${this.valueLabel(row)}</span>` : this.valueLabel(row)}
              </td>
              <td>${this.trendOf(row)}</td>
              <td>${this.goalOf(row)}</td>
            </tr>`,
        ),
      ),
    )}`;
  }
}
