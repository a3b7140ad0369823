import { html, nothing, svg } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { AreaIndex } from '../../core/areas.js';
import { BplElement } from '../../core/base-element.js';
import '../../core/loader/dataset-reader.js';
import { parseGroup } from '../../core/dataset-query.js';
import { toCsv } from '../../core/download.js';
import type { Meta } from '../../core/schema/common.js';
import { DIMENSIONS } from '../../core/schema/dataset.js';
import type { Dataset, Group } from '../../core/schema/dataset.js';
import { baseStyles, themeStyles } from '../../core/theme.js';
import { downloadsMenu, menuStyles, saveDownload } from '../../core/toolbar.js';
import { layoutWheel } from './layout.js';
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
/** Arrow keys go round the wheel. */
const STEPS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

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
 * @csspart downloads - The downloads menu.
 */
export class BplWellbeingWheel extends BplElement<'dataset', WheelView> {
  static override styles = [themeStyles, baseStyles, menuStyles, styles];
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

  static override properties = {
    area: {},
    period: {},
    compare: {},
    measure: {},
    dimensions: {},
    labels: {},
    group: {},
    heading: {},
    labelsScript: { state: true, attribute: false },
    active: { state: true, attribute: false },
    open: { state: true, attribute: false },
    showTable: { state: true, attribute: false },
    focusVisible: { state: true, attribute: false },
  };

  /** Area code (Kolada), e.g. `0680` for Jönköping. Required when the data has several areas. */
  declare area?: string;

  /** Period to show; the latest with values by default. */
  declare period?: string;

  /** The outline: `county` (default for a municipality), `riket`, `none`, or an earlier period such as `2020`. */
  declare compare?: string;

  /** `normalised` (default: place between the county's municipalities) or `goal` (share on track). */
  declare measure?: string;

  /** Dimension ids to show, in order, separated by commas or spaces; all eight by default. */
  declare dimensions?: string;

  /** JSON map from dimension id to a label (text or `{ "sv", "en" }`), overriding the default names. */
  declare labels?: string;

  /** `total` (default), `girls` or `boys`. */
  declare group?: string;

  /** The title; by default "Barns och ungas välbefinnande i {område} {period}". */
  declare heading?: string;

  private labelsScript?: string;
  private active = 0;
  private open = false;
  private showTable = false;
  private focusVisible = false;

  /** The drawing width, from the resize observer (or the first render's measurement). */
  #width = 0;
  #observers: { disconnect(): void }[] = [];

  constructor() {
    super('dataset');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readLabelsScript();
    const children = new MutationObserver(() => this.#readLabelsScript());
    children.observe(this, { childList: true, subtree: true, characterData: true });
    const size = new ResizeObserver(([entry]) => {
      const w = Math.floor(entry!.contentRect.width);
      // On the next frame: redrawing changes the height, which inside the observer's own callback would be
      // reported as a ResizeObserver loop.
      if (w > 0 && w !== this.#width)
        requestAnimationFrame(() => {
          this.#width = w;
          this.requestUpdate();
        });
    });
    size.observe(this);
    this.#observers = [children, size];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observers.forEach((o) => o.disconnect());
  }

  #readLabelsScript(): void {
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

  get #s() {
    return this.localize.pick(wheelStrings);
  }

  #areaName(view: WheelView, code: string): string {
    return view.areas.name(code, this.localize.lang);
  }

  #level(view: WheelView, value: number): string {
    // A share of indicators is a percentage, written as the language does; the index has no unit.
    return view.model.measure === 'goal'
      ? this.localize.value(value, 'percent', 0)
      : this.localize.number(value, 0);
  }

  #facts(view: WheelView): Facts[] {
    const s = this.#s;
    return view.model.dimensions.map((d) => {
      const custom = view.labels[d.id];
      return {
        d,
        name: custom ? this.localize.text(custom) : s.dimensions[d.id],
        value:
          d.level !== undefined
            ? this.#level(view, d.level)
            : d.indicators.length
              ? this.localize.t.missing
              : s.noIndicators,
        compare: d.compare === undefined ? undefined : this.#level(view, d.compare),
        change:
          d.level === undefined || d.previous === undefined
            ? undefined
            : this.localize.number(d.level - d.previous, 0, true),
      };
    });
  }

  #compareName(view: WheelView): string | undefined {
    const c = view.model.compare;
    return c.kind === 'area' ? this.#areaName(view, c.area) : c.kind === 'period' ? c.period : undefined;
  }

  #titleText(view: WheelView): string {
    return this.heading?.trim() || this.#s.title(this.#areaName(view, view.model.area), view.model.period);
  }

  /** The generated summary: strongest and weakest, biggest rise and fall, against the comparison. */
  #summary(view: WheelView, facts: Facts[]): string {
    const s = this.#s;
    const m = view.model;
    const ex = extremes(m);
    /** "Name (value)", from the dimension's facts. */
    const named = (d: DimensionResult | undefined, key: 'value' | 'change' = 'value') => {
      const f = facts[m.dimensions.indexOf(d!)]!;
      return `${f.name} (${f[key]})`;
    };
    if (!ex.strongest) return s.none;
    const withLevel = facts.filter((f) => f.d.level !== undefined);
    const compared = withLevel.filter((f) => f.compare !== undefined);
    const compareName = this.#compareName(view);
    const count = (sign: number) =>
      compared.filter((f) => Math.sign(Math.round(f.d.level!) - Math.round(f.d.compare!)) === sign).length;
    const empty = facts.filter((f) => f.d.level === undefined).map((f) => f.name);
    return [
      withLevel.length > 1 && withLevel.every((f) => f.value === withLevel[0]!.value)
        ? s.same(withLevel[0]!.value)
        : ex.strongest === ex.weakest
          ? s.only(named(ex.strongest))
          : s.strongest(named(ex.strongest), named(ex.weakest)),
      m.previousPeriod &&
        s.since(
          m.previousPeriod,
          this.localize.list(
            [
              ex.rise && `${named(ex.rise, 'change')} ${s.rose}`,
              ex.fall && `${named(ex.fall, 'change')} ${s.fell}`,
            ].filter((x): x is string => !!x),
          ),
        ),
      compareName && compared.length && s.compared(compareName, count(1), count(-1)),
      empty.length && `${s.empty}: ${this.localize.list(empty)}.`,
    ]
      .filter(Boolean)
      .join(' ');
  }

  /** An indicator's title, value (or why there is none), trend since the last value and goal status. */
  #row(row: IndicatorRow): [string, string, TemplateResult | typeof nothing, string] {
    const { indicator, value, trend, previous, better, goal } = row;
    const { t } = this.localize;
    const s = this.#s;
    const by = (v: number) => this.localize.difference(Math.abs(v), indicator.unit, indicator.decimals);
    const judged = better === undefined ? '' : better ? 'better' : 'worse';
    return [
      this.localize.text(indicator.shortTitle ?? indicator.title),
      value !== undefined
        ? this.localize.value(value, indicator.unit, indicator.decimals)
        : row.suppressed
          ? t.statuses.suppressed
          : t.missing,
      trend && previous
        ? html`<span class="trend ${judged}"
            ><span class="arrow" aria-hidden="true">${ARROWS[trend]}</span> ${s.trendText(
              previous.period,
              trend === 'flat' ? undefined : trend === 'up',
              by(row.change!),
            )}${judged && ` (${s[judged]})`}</span
          >`
        : nothing,
      // Without a value there is nothing to hold against the goal.
      value === undefined
        ? ''
        : !goal
          ? t.goal.noGoal
          : goal.status === 'on-track'
            ? t.goal.onTrack
            : t.goal[goal.status](by(goal.margin)),
    ];
  }

  // ------------------------------------------------------------------------------------------ behaviour

  /** Focuses the active segment. */
  #focusSegment(): void {
    this.renderRoot.querySelector<SVGElement>(`#seg-${this.active}`)?.focus();
  }

  #onWheelKey(event: KeyboardEvent): void {
    const { key } = event;
    const n = this.view!.model.dimensions.length;
    const step = STEPS[key];
    if (step || key === 'Home' || key === 'End') {
      this.active = step ? (this.active + step + n) % n : key === 'End' ? n - 1 : 0;
      this.focusVisible = true;
      this.#focusSegment();
    } else if (key === 'Enter' || key === ' ') this.open = !this.open;
    else if (key === 'Escape' && this.open) this.open = false;
    else return;
    event.preventDefault();
  }

  #onSegmentClick(index: number): void {
    this.open = !(this.open && this.active === index);
    this.active = index;
  }

  #closeDetail(): void {
    this.open = false;
    void this.updateComplete.then(() => this.#focusSegment());
  }

  #csv(view: WheelView, facts: Facts[]): string {
    const m = view.model;
    const round1 = (v?: number) => (v === undefined ? '' : Math.round(v * 10) / 10);
    const where = [m.area, m.period, m.group];
    const rows = facts.flatMap(({ d, name }) => {
      const base = [
        d.id,
        name,
        m.measure,
        round1(d.level),
        this.#compareName(view),
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
    return toCsv(
      'dimension,dimension_label,measure,level,comparison,comparison_level,previous_period,previous_level,indicator,indicator_title,area,period,group,value,unit,status,goal_status'.split(
        ',',
      ),
      rows,
    );
  }

  // ------------------------------------------------------------------------------------------- render

  protected renderView(view: WheelView): TemplateResult {
    const s = this.#s;
    const { model: m, meta } = view;
    const facts = this.#facts(view);
    const active = facts[this.active];
    const table = this.showTable;
    return html`
      ${this.renderHeading(this.#titleText(view), 'title')}
      <p class="subtitle">${m.measure === 'goal' ? s.goalShare : s.normalised}</p>
      ${this.renderSampleBadge(meta)}
      ${this.renderToolbar(
        this.renderViewToggle(table, () => (this.showTable = !table)),
        downloadsMenu(this.localize.t, !table, (kind) =>
          saveDownload(
            kind,
            this.#titleText(view),
            () => this.#csv(view, facts),
            this.renderRoot.querySelector('svg'),
          ),
        ),
      )}
      ${table ? this.#renderTables(view, facts) : this.#renderWheel(view, facts)}
      <p class="summary">${this.#summary(view, facts)}</p>
      ${this.open && active && !table ? this.#renderDetail(view, active) : nothing}
      ${this.renderSource(meta.source, meta.updated)}
    `;
  }

  #renderWheel(view: WheelView, facts: Facts[]): TemplateResult {
    const m = view.model;
    const L = layoutWheel(
      facts.map((f) => ({
        id: f.d.id,
        label: f.name,
        valueText: f.value,
        level: f.d.level,
        compare: f.d.compare,
      })),
      // Before the resize observer reports, the element's own width (it is in the page by now).
      { width: Math.min(MAX_WIDTH, Math.max(200, this.#width || (this.#width = this.clientWidth) || 360)) },
    );
    const { cx, cy, width, height } = L;
    const s = this.#s;
    const compareName = this.#compareName(view);
    const prev = m.previousPeriod;
    const track = L.segments[this.active]?.track;
    return html`
      <svg
        part="wheel"
        class="wheel"
        width=${width}
        height=${height}
        viewBox="0 0 ${width} ${height}"
        role="group"
        aria-label="${s.wheel} ${this.#areaName(view, m.area)} ${m.period}"
        aria-describedby="hint"
        @keydown=${this.#onWheelKey}
      >
        <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <path class="hatch" d="M0,0V6"></path>
        </pattern>
        ${L.rings.map((radius, i) => svg`<circle class="grid ${i % 2 ? 'major' : ''}" cx=${cx} cy=${cy} r=${radius}></circle>`)}
        ${facts.map(({ d, name, value, compare, change }, i) => {
          const g = L.segments[i]!;
          const isActive = i === this.active;
          const n = d.indicators.length;
          // The accessible name: name and value, comparison, change, number of indicators.
          const label = [
            `${name}: ${value}`,
            compareName && compare && `${compareName}: ${compare}`,
            prev && change && `${s.changeSince} ${prev}: ${change}`,
            n && s.count(n),
          ]
            .filter(Boolean)
            .join('. ');
          return svg`<g id="seg-${i}" class="segment" role="button" tabindex=${isActive ? 0 : -1}
            aria-label=${label} aria-expanded=${this.open && isActive}
            aria-controls=${this.open && isActive ? 'detail' : nothing} data-dimension=${d.id}
            @click=${() => this.#onSegmentClick(i)}
            @focus=${(e: FocusEvent) => {
              this.active = i;
              this.focusVisible = (e.target as Element).matches(':focus-visible');
            }}
            @blur=${() => (this.focusVisible = false)}
            ><path class="track ${d.level === undefined ? 'empty' : ''}" d=${g.track}></path>${
              g.path ? svg`<path class="level c${DIMENSIONS.indexOf(d.id) + 1}" d=${g.path}></path>` : nothing
            }</g>`;
        })}
        <g aria-hidden="true">
          ${facts.map(({ d }, i) => {
            // Rim labels sit outside the segments' buttons (whose names say more); a click selects too.
            const label = L.labels[i]!;
            return svg`<text class="label" data-dimension=${d.id} text-anchor=${label.anchor}
              font-size=${L.fontSize} @click=${() => this.#onSegmentClick(i)}>${label.lines.map(
                (line, k) =>
                  svg`<tspan x=${label.x} y=${label.y + k * L.lineHeight} class=${k < label.valueStart ? '' : d.level === undefined ? 'value muted' : 'value'}>${line}</tspan>`,
              )}</text>`;
          })}
          ${L.comparePath ? ['compare-halo', 'compare'].map((c) => svg`<path class=${c} d=${L.comparePath}></path>`) : nothing}
          ${[50, 100].map((v, i) => svg`<text class="tick" x=${cx + 3} y=${cy - L.rings[i * 2 + 1]! + 11}>${this.#level(view, v)}</text>`)}
          <circle class="centre" cx=${cx} cy=${cy} r=${L.innerRadius}></circle>
          <path
            class="child"
            transform="translate(${cx} ${cy}) scale(${L.innerRadius / 100})"
            d="M-26-30a26 26 0 1 0 52 0a26 26 0 1 0-52 0M-55 62Q-55 5 0 5Q55 5 55 62Z"
          ></path>
          ${[this.open && 'selected-ring', this.focusVisible && 'focus-ring'].map((c) => (c && track ? svg`<path class=${c} d=${track}></path>` : nothing))}
        </g>
      </svg>
      <p id="hint" class="visually-hidden">${s.hint}</p>
      <p class="legend" aria-hidden="true">
        ${compareName ? html`<span class="compare-key">${s.comparison}: ${compareName}</span>` : nothing}
        ${m.dimensions.some((d) => d.level === undefined) ? html`<span class="empty-key">${s.missingLegend}</span>` : nothing}
      </p>
    `;
  }

  #renderDetail(view: WheelView, { d, name, value }: Facts): TemplateResult {
    const s = this.#s;
    const { area, period, measure } = view.model;
    const n = d.indicators.length;
    return html`<section
      part="detail"
      class="detail"
      id="detail"
      aria-labelledby="detail-heading"
      @keydown=${(e: KeyboardEvent) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        this.#closeDetail();
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
        <button type="button" @click=${this.#closeDetail}>${this.localize.t.close}</button>
      </div>
      <p>${d.level === undefined ? value : s.intro(value, d.counted, s.count(n))}</p>
      <ul class="indicators">
        ${d.indicators.map((row) => {
          const [title, value, trend, goal] = this.#row(row);
          return html`<li class="indicator">
            <span class="title">${title}</span>
            <span class="value">${value}</span>
            <span class="facts">
              ${trend}
              <span>${goal}</span>
              ${
                measure === 'normalised' && row.score !== undefined
                  ? html`<span>${s.score(this.localize.number(row.score, 0))}</span>`
                  : nothing
              }
            </span>
            <button
              type="button"
              aria-label="${s.showTrend}: ${title}"
              @click=${() => this.select({ indicator: row.indicator.id, area, period })}
            >
              ${s.showTrend}
            </button>
          </li>`;
        })}
      </ul>
    </section>`;
  }

  #renderTables(view: WheelView, facts: Facts[]): TemplateResult {
    const m = view.model;
    const s = this.#s;
    const missing = (text = this.localize.t.missing) => html`<span class="missing">${text}</span>`;
    const compareName = this.#compareName(view);
    const prev = m.previousPeriod;
    /** A table in a focusable region (so that a keyboard can scroll it); `null` leaves a column out. */
    const table = (id: string, caption: string, head: unknown[], rows: unknown[][]) =>
      html`<div class="table-wrap" part="table" role="region" aria-labelledby=${id} tabindex="0">
        <table>
          <caption id=${id}>
            ${caption}
          </caption>
          <thead>
            <tr>
              ${head.map((h) => (h === null ? nothing : html`<th scope="col">${h}</th>`))}
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              ([th, ...cells]) =>
                html`<tr>
                  <th scope="row">${th}</th>
                  ${cells.map((c) => (c === null ? nothing : html` <td>${c}</td>`))}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
    return html`${table(
      'caption-dimensions',
      `${s.tableCaption} ${this.#areaName(view, m.area)} ${m.period}`,
      [
        s.dimension,
        m.measure === 'goal' ? s.shareOnTrack : s.index,
        compareName ?? null,
        prev ? `${s.changeSince} ${prev}` : null,
        s.indicators,
      ],
      facts.map((f) => [
        f.name,
        f.d.level === undefined ? missing(f.value) : f.value,
        compareName ? (f.compare ?? missing()) : null,
        prev ? (f.change ?? missing()) : null,
        f.d.indicators.length,
      ]),
    )}
    ${table(
      'caption-indicators',
      s.indicatorCaption,
      [s.indicator, s.dimension, `${s.value} ${m.period}`, s.trend, s.goal],
      facts.flatMap((f) =>
        f.d.indicators.map((row) => {
          const [title, value, trend, goal] = this.#row(row);
          return [title, f.name, row.value === undefined ? missing(value) : value, trend, goal];
        }),
      ),
    )}`;
  }
}
