import { html, nothing, svg } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { BplElement } from '../../core/base-element.js';
import '../../core/loader/dataset-reader.js';
import { BplError, toBplError } from '../../core/errors.js';
import { toCsv } from '../../core/download.js';
import {
  DEFAULT_TIMEOUT_MS,
  fetchShared,
  isAbortError,
  readCache,
  resolveUrl,
} from '../../core/loader/fetch.js';
import type { Meta } from '../../core/schema/common.js';
import type { Dataset } from '../../core/schema/dataset.js';
import { baseStyles, themeStyles } from '../../core/theme.js';
import { downloadsMenu, menuStyles, saveDownload } from '../../core/toolbar.js';
import type { DownloadKind } from '../../core/toolbar.js';
import { Latest } from '../../core/loader/latest.js';
import countyTopology from './county-geometry.js';
import { limitDecimals } from './classify.js';
import { blackOn, parseRgb } from './colour.js';
import type { MapFeature, MapGeometry } from './geo.js';
import { defaultCounty, featuresFor, parseCounty, readGeometryCached } from './geo.js';
import { strings } from './municipality-map.i18n.js';
import type { MapStrings } from './municipality-map.i18n.js';
import { styles } from './municipality-map.styles.js';
import { directionOfKey, neighbour } from './neighbours.js';
import { labelFits, labelHalf, labelPosition, mapHeight, projectCached } from './projection.js';
import type { ProjectedFeature, ProjectedMap } from './projection.js';
import { buildView } from './view.js';
import type { LegendClass, MapRow, MapView } from './view.js';

/** What the map draws: the data's view, or a note that the geometry is still loading. */
type View = { pending: true } | ({ pending?: false } & MapView);

/** What the boundaries are read from: `geo-src`, `geometry`, `timeout`. */
type GeoArgs = [string | undefined, unknown, number];

/** The boundaries: read, failed, or (neither) still loading. */
interface GeoState {
  geometry?: MapGeometry;
  error?: BplError;
}

const PLAY_INTERVAL_MS = 1400;
/** Longer lists show the best and the worst ends, with a button for the rest (the table has them all). */
const LONG_LIST = 24;
const LIST_END = 10;
const LABEL_SIZE = 11;
const NOTE_SIZE = LABEL_SIZE * 0.85;
/** Changes of these start over without a legend filter. */
const UNFILTER = ['period', 'indicator', 'group', 'colorBy', 'classes'];
const CSV_HEADER = 'area,name,indicator,period,group,value,status,rank,diff_county,goal,goal_status'.split(
  ',',
);
let instances = 0;

/**
 * Jönköpings län's municipalities (or another county's, with `geo-src`) coloured by one indicator, with a
 * ranked bar list (or a table), a legend that filters, a period slider and a generated summary.
 *
 * @summary A choropleth map of the municipalities with a ranked list.
 * @event bpl-select - A municipality was chosen on the map or in the list, or a period with the slider or
 *   playback. `detail: { area, indicator, period, group }` (`area` left out while none is selected).
 * @csspart map - The map's SVG.
 * @csspart legend - The legend.
 * @csspart list - The ranked list or table.
 * @csspart summary - The generated summary.
 * @csspart downloads - The downloads menu.
 */
export class BplMunicipalityMap extends BplElement<'dataset', View> {
  static override styles = [themeStyles, baseStyles, menuStyles, styles];
  protected static override viewProperties = [
    ...UNFILTER,
    'classing',
    'area',
    'county',
    'geoState',
    'resolvedLang',
  ];

  static override properties = {
    indicator: {},
    period: {},
    group: {},
    area: { reflect: true },
    colorBy: { attribute: 'color-by' },
    classes: {},
    classing: {},
    geoSrc: { attribute: 'geo-src' },
    geometry: { attribute: false },
    county: {},
    display: { reflect: true },
    autoplay: { type: Boolean },
    // Internal state: `attribute: false` is Lit's default for `state`, stated for the manifest's analyzer.
    geoState: { state: true, attribute: false },
    mapWidth: { state: true, attribute: false },
    hover: { state: true, attribute: false },
    focusCode: { state: true, attribute: false },
    focusVisible: { state: true, attribute: false },
    tooltipHidden: { state: true, attribute: false },
    activeClass: { state: true, attribute: false },
    playing: { state: true, attribute: false },
    allRows: { state: true, attribute: false },
  };

  /** The indicator's id; may be left out when the data has one indicator. */
  declare indicator?: string;
  /** The period shown (`2024`, `2023/24`); the latest with values by default. */
  declare period?: string;
  /** `total` (default), `girls` or `boys`. */
  declare group?: string;
  /** The selected municipality's code (`0680`); outlined on the map and highlighted in the list. */
  declare area?: string;
  /** What the colour shows: `value` (default, sequential classes), `county` (difference from the county)
   * or `goal` (distance from the goal); the last two are diverging and polarity decides the good end. */
  declare colorBy?: 'value' | 'county' | 'goal';
  /** Number of colour classes, 3–7 (default 5; diverging scales use an odd number). */
  declare classes?: string | number;
  /** `equal` (default, nice equal steps) or `quantile` classes for `color-by="value"`. */
  declare classing?: 'equal' | 'quantile';
  /** URL of other boundaries (TopoJSON or GeoJSON with municipality codes); the county's ship with the element. */
  declare geoSrc?: string;
  /** Boundaries as an object (TopoJSON or GeoJSON), instead of `geo-src`. */
  declare geometry?: unknown;
  /** Keep only the municipalities of one county: two digits (`07`) or Kolada's county code (`0007`); `all`
   * for every municipality on the map. Without it, the county all of the data's municipalities belong to
   * (when the boundaries have more), else all. */
  declare county?: string;
  /** `list` (default) or `table`. */
  display: 'list' | 'table' = 'list';
  /** Step through the periods on load (never when the reader prefers reduced motion). */
  autoplay = false;

  private geoState: GeoState = {};
  /** The language the view was resolved in (set in willUpdate, which marks it changed). */
  private resolvedLang?: string;
  private mapWidth?: number;
  /** The shape under the pointer, and the pointer's place over the map in CSS pixels. */
  private hover?: { code: string; at: [number, number] };
  private focusCode?: string;
  private focusVisible = false;
  private tooltipHidden = false;
  private activeClass?: number;
  private playing = false;
  private allRows = false;

  private get mapSvg(): SVGSVGElement | null {
    return this.renderRoot.querySelector<SVGSVGElement>('svg.map');
  }

  /** The view, when the map can be drawn (data and boundaries loaded). */
  private get ready(): MapView | undefined {
    const view = this.view;
    return view && !view.pending ? view : undefined;
  }

  private readonly uid = `bpl-map-${++instances}`;
  private observed?: Element;
  private timer?: ReturnType<typeof setInterval>;
  private autoplayed = false;
  private resizeFrame = 0;
  private tipPosition?: Partial<CSSStyleDeclaration>;
  private probes?: HTMLElement;
  /** The legend class to focus after the next render (its filter was cleared from "Visa alla"). */
  private refocus?: number;
  /** Whether the document's keydown is listened to (for Escape, while the pointer's tooltip shows). */
  private listening = false;

  private readonly resizeObserver =
    typeof ResizeObserver === 'undefined'
      ? undefined
      : new ResizeObserver((entries) => {
          const width = Math.round(entries.at(-1)!.contentRect.width);
          if (!(width > 0) || width === this.mapWidth) return;
          // Redraw in the next frame: redrawing inside the observer's callback changes the observed box's
          // height in the same frame, which browsers report as a ResizeObserver loop.
          cancelAnimationFrame(this.resizeFrame);
          this.resizeFrame = requestAnimationFrame(() => {
            this.mapWidth = width;
          });
        });

  /** The boundaries' load, by `geo-src`, `geometry` and `timeout`: a newer load or leaving the page aborts it. */
  private readonly geo = new Latest<GeoArgs>();

  constructor() {
    super('dataset');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after leaving it mid-load: load again.
    if (!this.geo.args) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.geo.pending) this.geo.cancel();
    this.stop();
    this.hover = undefined;
    this.listenForEscape(false);
    this.resizeObserver?.disconnect();
    cancelAnimationFrame(this.resizeFrame);
    this.observed = undefined;
  }

  /** Resolves when the data and the boundaries have loaded (or failed) and the element has drawn. */
  override async whenSettled(): Promise<void> {
    await super.whenSettled();
    await this.geo.settled();
    await this.updateComplete;
  }

  protected override willUpdate(changed: PropertyValues): void {
    const lang = this.localize.lang;
    if (lang !== this.resolvedLang) {
      // Names and titles are resolved in the reader's language, so a language change re-resolves the view.
      changed.set('resolvedLang', this.resolvedLang);
      this.resolvedLang = lang;
    }
    const args: GeoArgs = [this.geoSrc, this.geometry, this.timeout ?? DEFAULT_TIMEOUT_MS];
    if (this.geo.differs(args)) this.loadGeometry(args);
    const filtered = changed.has('activeClass') ? changed.get('activeClass') : this.activeClass;
    if (UNFILTER.some((key) => changed.has(key))) this.activeClass = undefined;
    // "Visa alla" leaves with the filter: when it has the focus, the focus goes to the class it cleared.
    if (
      this.activeClass === undefined &&
      (this.renderRoot as ShadowRoot).activeElement?.closest('.filter-status')
    )
      this.refocus = filtered as number;
    super.willUpdate(changed);
  }

  /**
   * Reads the boundaries: `geometry`, else `geo-src`, else the county's that ship with the element. Every
   * failure is a `geometry` error. Files already read (by any element) are used at once.
   */
  private loadGeometry(args: GeoArgs): void {
    const [src, object, timeout] = args;
    // Whatever happens below settles these arguments; a pending request for others is dropped.
    this.geo.cancel(args);
    try {
      if (object != null || !src) {
        this.geoState = { geometry: readGeometryCached(object ?? countyTopology) };
        return;
      }
      const url = resolveUrl(src);
      const key = `geometry|${url}`;
      const cached = readCache.get(key)?.value as MapGeometry | undefined;
      if (cached) {
        this.geoState = { geometry: cached };
        return;
      }
      this.geoState = {};
      void this.geo.run(
        args,
        async (signal) => {
          const geometry = readGeometryCached(JSON.parse((await fetchShared(url, signal, timeout)).trim()));
          readCache.set(key, { value: geometry, format: 'json' });
          return geometry;
        },
        (outcome) => {
          if (outcome.ok) this.geoState = { geometry: outcome.value };
          else if (!isAbortError(outcome.error)) {
            // Loading, JSON and geometry failures alike: a geometry error naming the file.
            const { code, params } = toBplError(outcome.error, 'geometry');
            const detail = params.status ? `HTTP ${params.status}` : (params.detail ?? code);
            this.geoState = { error: new BplError('geometry', { url, detail }) };
          }
        },
      );
    } catch (error) {
      this.geoState = { error: toBplError(error, 'geometry') };
    }
  }

  protected override resolveView(dataset: Dataset): View {
    const given = parseCounty(this.county);
    const { geometry, error } = this.geoState;
    if (error) throw error;
    if (!geometry) return { pending: true };
    const county = given ?? defaultCounty(dataset, geometry);
    return buildView(dataset, featuresFor(geometry, county), {
      indicator: this.indicator,
      period: this.period,
      group: this.group,
      colorBy: this.colorBy,
      classes: this.classes,
      classing: this.classing,
      area: this.area,
      county: county || undefined,
      lang: this.localize.lang,
    });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The tooltip's place goes in through CSSOM: a strict CSP blocks style attributes.
    const tip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    if (tip) Object.assign(tip.style, this.tipPosition);
    this.listenForEscape(!!tip && !!this.hover);
    const wrap = this.renderRoot.querySelector('.map-wrap') ?? undefined;
    if (wrap !== this.observed) {
      if (this.observed) this.resizeObserver?.unobserve(this.observed);
      if (wrap) this.resizeObserver?.observe(wrap);
      this.observed = wrap;
    }
    if (this.refocus !== undefined) {
      const items = [...this.renderRoot.querySelectorAll<HTMLElement>('.legend-items button')];
      (items.find((b) => b.dataset.class === String(this.refocus)) ?? items[0])?.focus();
      this.refocus = undefined;
    }
    if (this.autoplay && !this.autoplayed && (this.ready?.periods.length ?? 0) > 1) {
      this.autoplayed = true;
      if (!globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches) this.play(true);
    }
  }

  // ---------------------------------------------------------------- rendering

  protected renderView(view: View): TemplateResult {
    const s = this.localize.pick(strings);
    if (view.pending) {
      return html`<div class="loading map-loading" aria-busy="true"><span>${s.loadingMap}</span></div>`;
    }
    const t = this.localize.t;
    const meta = this.source.loaded!.value.meta as Meta;
    const source = view.indicator.source ?? meta.source;
    const map = this.projected(view);
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2) + 1);
    return html`
      <div class="header">
        ${this.renderHeading(view.title, `${this.uid}-title`)}
        <p class="subtitle">
          ${view.period}${view.group === 'total' ? '' : ` · ${t.groups[view.group as 'girls'] ?? view.group}`}
        </p>
        ${this.renderSampleBadge(meta)}
      </div>
      ${this.renderToolbar(downloadsMenu(t, true, this.download))}
      <div class="controls">${this.renderSlider(view, s)} ${this.renderSwitch(s)}</div>
      <div class="layout">
        <figure class="map-wrap">
          ${this.renderMap(view, s, map)} ${this.renderTooltip(view, s, map)} ${this.renderLegend(view, s)}
        </figure>
        <section class="list" part="list" aria-labelledby="${this.uid}-list">
          <div class="list-heading" role="heading" aria-level=${level} id="${this.uid}-list">
            ${s.listHeading}, ${view.period}
          </div>
          ${this.display === 'table' ? this.renderTable(view, s) : this.renderBars(view, s)}
        </section>
      </div>
      <p class="summary" part="summary" aria-live="polite">${this.renderSummary(view, s)}</p>
      ${this.renderSource(source, meta.updated)}
    `;
  }

  private projected(view: MapView): ProjectedMap {
    // Before the first measurement, the map's column by the same rule as the container query.
    const host = this.clientWidth;
    const width = this.mapWidth ?? (!(host > 0) ? 600 : Math.round(host >= 480 ? (host - 16) * 0.6 : host));
    return projectCached(view.features, width, mapHeight(view.features, width));
  }

  /** A value in the indicator's unit and decimals. */
  private formatted(view: MapView, value: number): string {
    return this.localize.value(value, view.indicator.unit, view.indicator.decimals);
  }

  /** A row's value, or why it has none. */
  private valueText(view: MapView, row: MapRow): string {
    const t = this.localize.t;
    return row.value !== undefined
      ? this.formatted(view, row.value)
      : row.observation?.status === 'suppressed'
        ? t.statuses.suppressed
        : t.missing;
  }

  /** The colour class of a slot: `s1`–`s7` (sequential) or `d1`–`d7` (diverging). */
  private slotClass(view: MapView, slot: number): string {
    return view.classes.kind[0]! + slot;
  }

  private fillClass(view: MapView, row: MapRow): string {
    const index = row.classIndex;
    return index === undefined ? '' : this.slotClass(view, view.classes.slots[index]!);
  }

  private matchesFilter(row: MapRow): boolean {
    const active = this.activeClass;
    return active === undefined || (active === -1 ? undefined : active) === row.classIndex;
  }

  private renderMap(view: MapView, s: MapStrings, map: ProjectedMap): TemplateResult {
    const tabCode = this.tabStop(view, map);
    const hatch = `${this.uid}-hatch`;
    const selected = view.selected ? map.byCode.get(view.selected) : undefined;
    const focused = this.focusVisible && this.focusCode ? map.byCode.get(this.focusCode) : undefined;
    return html`<svg
      class="map"
      part="map"
      role="group"
      viewBox="0 0 ${map.width} ${map.height}"
      width=${map.width}
      height=${map.height}
      aria-label="${s.mapLabel}: ${view.title}, ${view.period}"
      aria-describedby="${this.uid}-hint"
      @click=${this.onPick}
      @keydown=${this.onMapKey}
      @focusin=${this.onMapFocus}
      @focusout=${this.onMapBlur}
      @pointermove=${this.onPointerMove}
      @pointerleave=${this.onPointerLeave}
    >
      <desc id="${this.uid}-hint">${s.keyboardHint}</desc>
      <defs>
        <pattern id=${hatch} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
          <rect class="hatch-bg" width="6" height="6"></rect>
          <line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
        </pattern>
      </defs>
      <g class="shapes">
        ${view.rows.map((row, i) => {
          const cls = this.fillClass(view, row);
          return svg`<path class="area ${cls}${this.matchesFilter(row) ? '' : ' dim'}" d=${map.features[i]!.d}
            fill=${cls ? nothing : `url(#${hatch})`} data-code=${row.code} role="button"
            tabindex=${row.code === tabCode ? '0' : '-1'}
            aria-pressed=${String(row.code === view.selected)}
            aria-label=${this.detailLines(view, row, s).join(', ')}></path>`;
        })}
      </g>
      <g class="labels" aria-hidden="true">${this.renderLabels(view, map)}</g>
      ${
        this.activeClass !== undefined
          ? svg`<g class="matches">${view.rows.map((row, i) =>
              this.matchesFilter(row) ? svg`<path d=${map.features[i]!.d}></path>` : nothing,
            )}</g>`
          : nothing
      }
      ${
        selected
          ? // Dashed when a legend filter leaves it out, so it is not taken for one of the outlined matches.
            svg`<path class="selected-outline${this.matchesFilter(view.rows[map.features.indexOf(selected)]!) ? '' : ' dim'}" d=${selected.d}></path>`
          : nothing
      }
      ${
        focused
          ? svg`<path class="focus-ring" d=${focused.d}></path><path class="focus-ring-inner" d=${focused.d}></path>`
          : nothing
      }
    </svg>`;
  }

  /**
   * Labels sit on plates: a box behind the name (the very box placement keeps inside the shape) in the
   * shape's own colour, so it is invisible inside the shape and covers a neighbour's colour or an edge where
   * the text reaches over. Readers and contrast checkers then both see the name on its own class colour,
   * in black or white by that colour's luminance. Hatched shapes, and colours that cannot be resolved, get
   * a plate in the page's background with the page's text colour; shapes outside a legend filter one in
   * their own neutral fill with the muted text colour.
   */
  private renderLabels(view: MapView, map: ProjectedMap): unknown[] {
    const missing = this.localize.t.missing;
    const note = labelHalf(missing, NOTE_SIZE);
    let inks: string[] | undefined;
    const out: unknown[] = [];
    view.rows.forEach((row, i) => {
      const index = row.classIndex;
      const place = placeLabel(map, map.features[i]!, row.name, index === undefined ? missing : undefined);
      if (!place) return;
      const [x, y, twoLines] = place;
      // The name's box (and the note's, a line below, when it has one), as placement checked it.
      const [w, h] = labelHalf(row.name, LABEL_SIZE);
      const half = twoLines ? Math.max(w, note[0]) : w;
      const top = twoLines ? y - 6 - h : y - h;
      const bottom = twoLines ? y + 7 + note[1] : y + h;
      const dim = !this.matchesFilter(row);
      const ink = dim ? 'on-dim' : index === undefined ? '' : (inks ??= this.inks(view))[index]!;
      out.push(
        svg`<rect class="plate ${dim ? 'dim' : ink ? this.fillClass(view, row) : 'n'}" x=${x - half} y=${top} width=${2 * half} height=${bottom - top}></rect><text class=${ink || 'on-page'} x=${x} y=${twoLines ? y - 6 : y}>${row.name}${
          twoLines ? svg`<tspan class="missing-note" x=${x} dy="13">${missing}</tspan>` : nothing
        }</text>`,
      );
    });
    return out;
  }

  /**
   * Per class index, the text class for a name on the class colour: `on-light` (black) or `on-dark` (white)
   * by real contrast with the colour the page gives (`--bpl-color-seq-*`/`--bpl-color-div-*`, default palette
   * or not); '' when it cannot be resolved. Read once per render, only when some name is drawn.
   */
  private inks(view: MapView): string[] {
    let probes = this.probes;
    if (!probes) {
      // Hidden elements with the class colours as background: the browser resolves the palette there as in
      // the drawing (names, hsl(), light-dark() for this element's colour scheme …) and gives rgb().
      // Before Lit's content, which never touches them. Not forced in forced-colours mode, as the shapes.
      probes = this.probes = document.createElement('div');
      probes.hidden = true;
      probes.className = 'probes';
      for (const k of 'sd')
        for (let i = 1; i < 8; i++)
          probes.append(Object.assign(document.createElement('i'), { className: k + i }));
      this.renderRoot.prepend(probes);
    }
    return view.classes.slots.map((slot) => {
      const fill = parseRgb(
        getComputedStyle(probes.querySelector(`.${this.slotClass(view, slot)}`)!).backgroundColor,
      );
      return fill ? (blackOn(fill) ? 'on-light' : 'on-dark') : '';
    });
  }

  /** The shape that takes Tab: the focused one, else the selected, else the northernmost. */
  private tabStop(view: MapView, map: ProjectedMap): string | undefined {
    if (this.focusCode && map.byCode.has(this.focusCode)) return this.focusCode;
    if (view.selected) return view.selected;
    let best: string | undefined;
    let top = Infinity;
    for (const f of map.features) {
      const score = f.centroid[1] + f.centroid[0] * 0.2;
      if (score < top) {
        top = score;
        best = f.code;
      }
    }
    return best;
  }

  /** Name, value, rank, difference from the county, goal: the shape's label and the tooltip's lines. */
  private detailLines(view: MapView, row: MapRow, s: MapStrings): string[] {
    const lines = [row.name, this.valueText(view, row)];
    if (row.value !== undefined) {
      // Rows with values have ranks; a difference only where the county has a value (and so a name).
      lines.push(s.rankOf(row.rank!, view.withValues));
      if (row.diffCounty !== undefined) {
        const { unit, decimals } = view.indicator;
        lines.push(
          s.diffLine(this.localize.difference(row.diffCounty, unit, decimals, true), view.countyName!),
        );
      }
      if (row.goal !== undefined) lines.push(`${s.goal}: ${this.goalText(view, row)}`);
    }
    if (row.code === view.selected) lines.push(s.selected);
    return lines;
  }

  /** The goal value with the status, `58,0 % (efter målet med 1,0 procentenhet)`. */
  private goalText(view: MapView, row: MapRow): string {
    const goal = this.formatted(view, row.goal!);
    // Goals are only computed for rows with values.
    if (!row.goalStatus) return goal;
    const g = this.localize.t.goal;
    const { unit, decimals } = view.indicator;
    const by = this.localize.difference(Math.abs(row.value! - row.goal!), unit, decimals);
    const text =
      row.goalStatus === 'ahead' ? g.ahead(by) : row.goalStatus === 'behind' ? g.behind(by) : g.onTrack;
    return `${goal} (${text[0]!.toLowerCase()}${text.slice(1)})`;
  }

  private renderTooltip(view: MapView, s: MapStrings, map: ProjectedMap): TemplateResult | typeof nothing {
    const code = this.hover?.code ?? (this.focusVisible ? this.focusCode : undefined);
    const shape = code && !this.tooltipHidden ? map.byCode.get(code) : undefined;
    if (!shape) return nothing;
    // Beside the pointer, or the shape's centre scaled to the drawn size; on the side with more room.
    const width = this.mapSvg?.clientWidth || map.width;
    const scale = width / map.width;
    const [x, y] = this.hover?.at ?? [shape.centroid[0] * scale, shape.centroid[1] * scale];
    const right = x > width / 2;
    this.tipPosition = {
      top: `${y + 12}px`,
      left: right ? 'auto' : `${x + 12}px`,
      right: right ? `${width - x + 12}px` : 'auto',
    };
    const [name, ...rest] = this.detailLines(view, view.rows[map.features.indexOf(shape)]!, s);
    return html`<div class="tooltip" aria-hidden="true">
      <strong>${name}</strong>${rest.map((line) => html`<p>${line}</p>`)}
    </div>`;
  }

  private legendText(view: MapView, item: LegendClass, s: MapStrings): string {
    const { classes } = view;
    const decimals = limitDecimals(
      classes.kind === 'sequential' ? classes.limits : [classes.step / 2],
      view.indicator.decimals,
    );
    const n = (v: number) => this.localize.number(v, decimals);
    const range = (a: number, b: number) => (a === b ? n(a) : `${n(a)}–${n(b)}`);
    const { from, to } = item;
    if (classes.kind === 'sequential') {
      if (view.indicator.unit !== 'percent') return range(from, to);
      // The sign once, on the upper end, as the language writes it: "5–10 %" (no-break space), "5–10%".
      const upper = this.localize.value(to, 'percent', decimals);
      return from === to ? upper : `${n(from)}–${upper}`;
    }
    if (from < 0 && to > 0) return s.divMiddle(n(to));
    // The other classes as distances on their side of the middle, the end ones open.
    const worse = to <= 0;
    const [a, b] = worse ? [-to, -from] : [from, to];
    const side = worse ? s.worse : s.better;
    return b === Infinity ? s.divEnd(n(a), side) : `${range(a, b)} ${side}`;
  }

  private renderLegend(view: MapView, s: MapStrings): TemplateResult {
    const { unit, polarity } = view.indicator;
    const active = this.activeClass;
    // [class index, swatch class, text, count]; diverging scales list the good end first.
    const items: [number, string, string, number][] = (
      view.classes.kind === 'sequential' ? view.legend : [...view.legend].reverse()
    ).map((item) => [
      item.index,
      this.slotClass(view, item.slot),
      this.legendText(view, item, s),
      item.count,
    ]);
    if (view.missingCount > 0) items.push([-1, 'missing', this.localize.t.missing, view.missingCount]);
    const title =
      view.colorBy === 'value'
        ? `${s.value} (${unit === 'percent' ? '%' : this.localize.t.units[unit]})`
        : `${view.colorBy === 'county' ? s.diffCounty(view.countyName!) : s.fromGoal}, ${s.points}`;
    return html`<figcaption class="legend" part="legend">
      <p class="legend-title" id="${this.uid}-legend">${title}</p>
      <ul class="legend-items" aria-labelledby="${this.uid}-legend">
        ${items.map(
          ([index, swatch, text, count]) =>
            html`<li>
              <button
                type="button"
                aria-pressed=${String(active === index)}
                data-class=${index}
                @click=${this.onLegendClick}
              >
                <span class="swatch ${swatch}"></span>
                <span>${text}</span>
                <span class="count">(${count})</span>
              </button>
            </li>`,
        )}
      </ul>
      <p class="legend-note">
        ${polarity === 'higher-is-better' ? s.higherIsBetter : polarity === 'lower-is-better' ? s.lowerIsBetter : ''}
        ${s.legendFilter}
      </p>
      <p class="filter-status" role="status">
        ${
          active !== undefined
            ? html`<span>
                  ${s.showingClass(
                    view.rows.filter((r) => this.matchesFilter(r)).length,
                    view.rows.length,
                    items.find((item) => item[0] === active)?.[2] ??
                      (active < 0 ? this.localize.t.missing : ''),
                  )}
                </span>
                <button type="button" @click=${this.clearFilter}>${s.showAll}</button>`
            : nothing
        }
      </p>
    </figcaption>`;
  }

  private renderSlider(view: MapView, s: MapStrings): TemplateResult | typeof nothing {
    const { periods, period } = view;
    if (periods.length < 2) return nothing;
    const id = `${this.uid}-period`;
    return html`<div class="slider">
      <label for=${id}>${s.period}: <strong>${period}</strong></label>
      <span class="ends" aria-hidden="true">${periods[0]}</span>
      <input
        id=${id}
        type="range"
        min="0"
        max=${periods.length - 1}
        step="1"
        aria-valuetext=${period}
        .value=${String(Math.max(0, periods.indexOf(period)))}
        @input=${this.onSlider}
      />
      <span class="ends" aria-hidden="true">${periods[periods.length - 1]}</span>
      <button type="button" aria-pressed=${String(this.playing)} @click=${this.togglePlay}>
        ${this.playing ? s.pause : s.play}
      </button>
    </div>`;
  }

  private renderSwitch(s: MapStrings): TemplateResult {
    const table = this.display === 'table';
    return html`<fieldset class="segmented">
      <legend>${s.viewSwitch}</legend>
      ${(
        [
          ['list', s.showList],
          ['table', s.showTable],
        ] as const
      ).map(
        ([display, label]) =>
          html`<button
            type="button"
            value=${display}
            aria-pressed=${String((display === 'table') === table)}
            @click=${this.setDisplay}
          >
            ${label}
          </button>`,
      )}
    </fieldset>`;
  }

  /** The references, the county and Riket, where they have values: [name, value, class of their line]. */
  private references(view: MapView): [string, number, string][] {
    return (
      [
        [view.countyName!, view.countyValue, ''],
        [view.riketName, view.riketValue, 'riket'],
      ] as [string, number | undefined, string][]
    ).filter((ref): ref is [string, number, string] => ref[1] !== undefined);
  }

  private renderBars(view: MapView, s: MapStrings): TemplateResult {
    const refs = this.references(view);
    const max = Math.max(0, ...view.rows.map((r) => r.value ?? 0), ...refs.map((ref) => ref[1]));
    const domain = view.indicator.unit === 'percent' && max > 50 ? 100 : max > 0 ? max * 1.05 : 1;
    const pct = (v: number) => Math.max(0, Math.min(100, (v / domain) * 100));
    const matching = view.ranked.filter((r) => this.matchesFilter(r));
    const long = matching.length > LONG_LIST;
    const cut = long && !this.allRows;
    const row = (r: MapRow) =>
      html`<li>
        <button
          type="button"
          aria-pressed=${String(r.code === view.selected)}
          data-code=${r.code}
          @click=${this.onPick}
        >
          <span class="bar-name">${r.rank !== undefined ? `${r.rank}. ` : ''}${r.name}</span>
          <svg class="bar-track" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
            ${r.value !== undefined ? svg`<rect class="bar ${this.fillClass(view, r)}" width=${pct(r.value)} height="10"></rect>` : nothing}
            ${refs.map(([, value, cls]) => svg`<line class="ref ${cls}" x1=${pct(value)} x2=${pct(value)} y1="-2" y2="12"></line>`)}
          </svg>
          <span class="bar-value ${r.value === undefined ? 'missing' : ''}">${this.valueText(view, r)}</span>
        </button>
      </li>`;
    return html`${
        refs.length
          ? html`<ul class="refs" aria-label=${s.reference}>
              ${refs.map(
                ([name, value, cls]) =>
                  html`<li><span class="ref-key ${cls}"></span>${name} ${this.formatted(view, value)}</li>`,
              )}
            </ul>`
          : nothing
      }
      <ol class="bars">
        ${(cut ? matching.slice(0, LIST_END) : matching).map(row)}
        ${
          cut
            ? html`<li class="more" aria-hidden="true">${s.hiddenRows(matching.length - 2 * LIST_END)}</li>
                ${matching.slice(-LIST_END).map(row)}`
            : nothing
        }
      </ol>
      ${
        long
          ? html`<button
              type="button"
              class="more-button"
              aria-expanded=${String(this.allRows)}
              @click=${this.toggleRows}
            >
              ${this.allRows ? s.showFewerRows : `${s.showAll} ${matching.length}`}
            </button>`
          : nothing
      }`;
  }

  private renderTable(view: MapView, s: MapStrings): TemplateResult {
    const { unit, decimals } = view.indicator;
    const countyName = view.countyName!;
    const hasCounty = view.countyValue !== undefined;
    // One row per municipality; the reference rows (county, Riket) have no rank, difference or goal.
    const row = (r: MapRow) =>
      html`<tr aria-current=${r.code === view.selected ? 'true' : nothing}>
        <th scope="row">${r.name}</th>
        <td class=${r.value === undefined ? 'missing' : nothing}>${this.valueText(view, r)}</td>
        <td>${r.rank !== undefined ? `${r.rank} ${s.ofTotal} ${view.withValues}` : '–'}</td>
        ${
          hasCounty
            ? html`<td>
                ${r.diffCounty !== undefined ? this.localize.difference(r.diffCounty, unit, decimals, true) : '–'}
              </td>`
            : nothing
        }
        <td>${r.goal !== undefined ? this.goalText(view, r) : '–'}</td>
      </tr>`;
    return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="${this.uid}-caption">
      <table>
        <caption id="${this.uid}-caption">
          ${view.title}, ${view.period}
        </caption>
        <thead>
          <tr>
            <th scope="col">${s.municipality}</th>
            <th scope="col">${s.value}</th>
            <th scope="col">${s.rank}</th>
            ${hasCounty ? html`<th scope="col">${s.diffCounty(countyName)}</th>` : nothing}
            <th scope="col">${s.goal} ${view.period}</th>
          </tr>
        </thead>
        <tbody>
          ${view.ranked.filter((r) => this.matchesFilter(r)).map(row)}
        </tbody>
        <tfoot>
          ${this.references(view).map(([name, value]) => row({ code: '', name, value }))}
        </tfoot>
      </table>
    </div>`;
  }

  /**
   * The summary paragraph's content. It is a live region: a change is read out. While the years play, readers
   * see the summary change but screen readers hear only the year (the summary is hidden from them then, so a
   * step is not five sentences); when playback stops the whole summary comes back, and is read once.
   */
  private renderSummary(view: MapView, s: MapStrings): TemplateResult | string {
    const text = this.summaryText(view, s);
    return this.playing
      ? html`<span aria-hidden="true">${text}</span
          ><span class="visually-hidden">${s.period} ${view.period}</span>`
      : text;
  }

  /** The generated summary: highest and lowest in the period, the county's value, how many meet the goal. */
  summaryText(view: MapView, s: MapStrings = this.localize.pick(strings)): string {
    const v = (x: number) => this.formatted(view, x);
    const { highest, lowest } = view;
    const parts: string[] = [];
    if (highest && lowest) {
      parts.push(
        highest === lowest
          ? s.summary.single(view.period, highest.name, v(highest.value!))
          : s.summary.highestLowest(
              view.period,
              highest.name,
              v(highest.value!),
              lowest.name,
              v(lowest.value!),
            ),
      );
    }
    if (view.countyValue !== undefined) parts.push(`${view.countyName}: ${v(view.countyValue)}.`);
    if (view.goalAssessed > 0) parts.push(s.summary.goal(view.goalMet, view.goalAssessed, view.period));
    if (view.missingCount > 0) parts.push(s.summary.missing(view.missingCount));
    return parts.join(' ');
  }

  // ---------------------------------------------------------------- interaction

  private codeOf(event: Event): string | undefined {
    return (event.target as Element).closest?.('[data-code]')?.getAttribute('data-code') ?? undefined;
  }

  private onPick = (event: Event): void => {
    this.choose(this.codeOf(event));
  };

  /** A municipality chosen on the map or in the list: selected, and sent as `bpl-select`. */
  private choose(area: string | undefined): void {
    const view = this.ready;
    if (!view || !area) return;
    this.area = area;
    this.select({ area, indicator: view.indicator.id, period: view.period, group: view.group });
  }

  private onMapKey = (event: KeyboardEvent): void => {
    const view = this.ready;
    const code = this.codeOf(event) ?? this.focusCode;
    const { key } = event;
    if (!view || !code) return;
    if (key === 'Escape') {
      this.tooltipHidden = true;
      return;
    }
    const direction = directionOfKey(key);
    if (!direction && key !== 'Enter' && key !== ' ') return;
    event.preventDefault();
    if (!direction) return this.choose(code);
    const points = this.projected(view).features.map((f) => ({
      code: f.code,
      x: f.centroid[0],
      y: f.centroid[1],
    }));
    const next = neighbour(points, code, direction);
    if (next) void this.focusArea(next);
  };

  /** Moves keyboard focus to a municipality's shape. */
  private async focusArea(code: string): Promise<void> {
    this.focusCode = code;
    this.tooltipHidden = false;
    this.hover = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<SVGPathElement>(`path.area[data-code="${CSS.escape(code)}"]`)?.focus();
  }

  private onMapFocus = (event: FocusEvent): void => {
    const code = this.codeOf(event);
    if (!code) return;
    this.focusCode = code;
    this.tooltipHidden = false;
    this.focusVisible = (event.target as Element).matches(':focus-visible');
  };

  private onMapBlur = (event: FocusEvent): void => {
    const next = event.relatedTarget as Element | null;
    if (!next || !this.mapSvg?.contains(next)) this.focusVisible = false;
  };

  private onPointerMove = (event: PointerEvent): void => {
    const code = this.codeOf(event);
    if (code !== this.hover?.code) this.tooltipHidden = false;
    if (!code) return this.onPointerLeave();
    const box = (event.currentTarget as Element).getBoundingClientRect();
    this.hover = { code, at: [event.clientX - box.left, event.clientY - box.top] };
  };

  private onPointerLeave = (): void => {
    this.hover = undefined;
  };

  /**
   * A tooltip shown by the pointer hides on Escape wherever the focus is (WCAG 1.4.13), so the document is
   * listened to while one is shown. An Escape something else has used (the downloads menu) is left alone;
   * one that hides the tooltip is used up, so a dialog around the map stays open.
   */
  private onDocumentKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    this.tooltipHidden = true;
  };

  private listenForEscape(on: boolean): void {
    if (on === this.listening) return;
    this.listening = on;
    if (on) document.addEventListener('keydown', this.onDocumentKey);
    else document.removeEventListener('keydown', this.onDocumentKey);
  }

  private onLegendClick = (event: Event): void => {
    const index = Number((event.currentTarget as HTMLElement).dataset.class);
    this.activeClass = this.activeClass === index ? undefined : index;
  };

  private clearFilter = (): void => {
    this.activeClass = undefined;
  };

  private setDisplay = (event: Event): void => {
    this.display = (event.currentTarget as HTMLButtonElement).value as 'list' | 'table';
  };

  private toggleRows = (): void => {
    this.allRows = !this.allRows;
  };

  private onSlider = (event: Event): void => {
    this.stop();
    const period = this.ready?.periods[Number((event.target as HTMLInputElement).value)];
    if (period) this.showPeriod(period);
  };

  /** A period chosen by the reader (slider or playback): shown, and sent as `bpl-select` so others follow. */
  private showPeriod(period: string): void {
    const view = this.ready;
    if (!view || period === (this.period ?? view.period)) return;
    this.period = period;
    const area = view.selected ? { area: view.selected } : {};
    this.select({ ...area, indicator: view.indicator.id, period, group: view.group });
  }

  private togglePlay = (): void => {
    if (this.playing) this.stop();
    else this.play(false);
  };

  /** Steps through the periods, one per interval; a reader's press starts over from the first at the end. */
  private play(fromStart: boolean): void {
    const view = this.ready;
    if (!view || view.periods.length < 2) return;
    const periods = view.periods;
    if (fromStart || view.period === periods[periods.length - 1]) this.showPeriod(periods[0]!);
    this.playing = true;
    clearInterval(this.timer);
    this.timer = setInterval(() => {
      // The next period, if any (none without a view, or when the current one is not in the list).
      const current = this.ready;
      const next = current ? current.periods.indexOf(current.period) + 1 : 0;
      const period = next ? current!.periods[next] : undefined;
      if (period) this.showPeriod(period);
      // Stops on reaching the last period (or when there is no next one).
      if (!period || next === current!.periods.length - 1) this.stop();
    }, PLAY_INTERVAL_MS);
  }

  private stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.playing = false;
  }

  /** The CSV of the view, or the map as SVG or PNG. */
  private download = (kind: DownloadKind): void => {
    const view = this.ready;
    if (!view) return;
    const rounded = (value?: number) => (value === undefined ? '' : Number(value.toFixed(6)));
    const csv = () =>
      toCsv(
        CSV_HEADER,
        view.ranked.map((r) => [
          r.code,
          r.name,
          view.indicator.id,
          view.period,
          view.group,
          r.value ?? '',
          r.observation?.status ?? (r.value === undefined ? 'missing' : ''),
          r.rank ?? '',
          rounded(r.diffCounty),
          rounded(r.goal),
          r.goalStatus ?? '',
        ]),
      );
    saveDownload(kind, `${view.title} ${view.period}`, csv, this.mapSvg);
  };
}

/** A label's place: x, y and whether "uppgift saknas" goes under the name. */
type LabelPlace = [number, number, boolean];

/** Label places depend only on the projected shapes and the text, so a recolour reuses them. */
const labelCache = new WeakMap<ProjectedMap, Map<string, LabelPlace | null>>();

/** Where a name goes in its shape (with "uppgift saknas" under it when `note` is given and fits). */
function placeLabel(
  map: ProjectedMap,
  shape: ProjectedFeature,
  name: string,
  note?: string,
): LabelPlace | undefined {
  let places = labelCache.get(map);
  if (!places) labelCache.set(map, (places = new Map()));
  const key = `${shape.code}|${name}|${note ?? ''}`;
  let place = places.get(key);
  if (place === undefined) {
    place = null;
    if (note) {
      // Both lines: the wider one placed in the box less a line's room at top and bottom, then each checked.
      const [[x0, y0], [x1, y1]] = shape.bounds;
      const both = labelPosition(
        name.length > note.length ? name : note,
        {
          ...shape,
          bounds: [
            [x0, y0 + 7],
            [x1, y1 - 7],
          ],
        },
        LABEL_SIZE,
      );
      if (
        both &&
        labelFits(name, { ...shape, centroid: [both[0], both[1] - 6] }, LABEL_SIZE) &&
        labelFits(note, { ...shape, centroid: [both[0], both[1] + 7] }, NOTE_SIZE)
      )
        place = [...both, true];
    }
    const at = place ? undefined : labelPosition(name, shape, LABEL_SIZE);
    if (at) place = [...at, false];
    places.set(key, place);
  }
  return place ?? undefined;
}

/** Re-exported for tests and stories. */
export type { MapFeature };
