import { html, nothing, svg } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { BplElement } from '../../core/base-element.js';
import { BplError, toBplError } from '../../core/errors.js';
import { downloadPng, downloadSvg, fileName, saveBlob, toCsv } from '../../core/download.js';
import { DEFAULT_TIMEOUT_MS, fetchShared, isAbortError, resolveUrl } from '../../core/loader/fetch.js';
import type { Meta } from '../../core/schema/common.js';
import type { Dataset } from '../../core/schema/dataset.js';
import type { CoreStrings } from '../../core/i18n/sv.js';
import { baseStyles, themeStyles } from '../../core/theme.js';
import countyTopology from './county-geometry.js';
import { limitDecimals } from './classify.js';
import { DIM, blackOn, mix, parseRgb } from './colour.js';
import type { Rgb } from './colour.js';
import type { MapFeature, MapGeometry } from './geo.js';
import { featuresFor, parseCounty, readGeometryCached } from './geo.js';
import { strings } from './municipality-map.i18n.js';
import type { MapStrings } from './municipality-map.i18n.js';
import { styles } from './municipality-map.styles.js';
import { directionOfKey, neighbour } from './neighbours.js';
import { labelFits, labelHalf, labelPosition, mapHeight, projectCached } from './projection.js';
import type { ProjectedFeature, ProjectedMap } from './projection.js';
import { buildView } from './view.js';
import type { LegendClass, MapRow, MapView } from './view.js';

/** What the map draws: the data's view, or a note that the geometry is still loading. */
type View = { pending: true } | ({ pending?: false; lang: string } & MapView);

interface GeoState {
  geometry?: MapGeometry;
  error?: BplError;
}

/** Width of the map's column before the first measurement: the same rule as the container query. */
function estimateMapWidth(hostWidth: number): number {
  if (!(hostWidth > 0)) return 600;
  return hostWidth >= 480 ? Math.round((hostWidth - 16) * 0.6) : Math.round(hostWidth);
}

const PLAY_INTERVAL_MS = 1400;
/** Longer lists show the best and the worst ends, with a button for the rest (the table has them all). */
const LONG_LIST = 24;
const LIST_END = 10;
const LABEL_SIZE = 11;
const NOTE_SIZE = LABEL_SIZE * 0.85;
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
 */
export class BplMunicipalityMap extends BplElement<'dataset', View> {
  static override styles = [themeStyles, baseStyles, styles];
  protected static override viewProperties = [
    'indicator',
    'period',
    'group',
    'colorBy',
    'classes',
    'classing',
    'area',
    'county',
    'geoState',
    'resolvedLang',
  ];

  /** The indicator's id; may be left out when the data has one indicator. */
  @property() indicator?: string;
  /** The period shown (`2024`, `2023/24`); the latest with values by default. */
  @property() period?: string;
  /** `total` (default), `girls` or `boys`. */
  @property() group?: string;
  /** The selected municipality's code (`0680`); outlined on the map and highlighted in the list. */
  @property({ reflect: true }) area?: string;
  /** What the colour shows: `value` (default, sequential classes), `county` (difference from the county)
   * or `goal` (distance from the goal); the last two are diverging and polarity decides the good end. */
  @property({ attribute: 'color-by' }) colorBy?: 'value' | 'county' | 'goal';
  /** Number of colour classes, 3–7 (default 5; diverging scales use an odd number). */
  @property() classes?: string | number;
  /** `equal` (default, nice equal steps) or `quantile` classes for `color-by="value"`. */
  @property() classing?: 'equal' | 'quantile';
  /** URL of other boundaries (TopoJSON or GeoJSON with municipality codes); the county's ship with the element. */
  @property({ attribute: 'geo-src' }) geoSrc?: string;
  /** Boundaries as an object (TopoJSON or GeoJSON), instead of `geo-src`. */
  @property({ attribute: false }) geometry?: unknown;
  /** Keep only the municipalities of one county: two digits (`07`) or Kolada's county code (`0007`). */
  @property() county?: string;
  /** `list` (default) or `table`. */
  @property({ reflect: true }) display: 'list' | 'table' = 'list';
  /** Step through the periods on load (never when the reader prefers reduced motion). */
  @property({ type: Boolean }) autoplay = false;

  @state() private geoState: GeoState = {};
  @state() private resolvedLang?: string;
  @state() private mapWidth?: number;
  @state() private hoverCode?: string;
  @state() private focusCode?: string;
  @state() private focusVisible = false;
  @state() private tooltipHidden = false;
  @state() private activeClass?: number;
  @state() private playing = false;
  @state() private tooltipAt?: { x: number; y: number };
  @state() private allRows = false;

  private get mapSvg(): SVGSVGElement | null {
    return this.renderRoot?.querySelector<SVGSVGElement>('svg.map') ?? null;
  }

  private readonly uid = `bpl-map-${++instances}`;
  private resizeObserver?: ResizeObserver;
  private observed?: Element;
  private timer?: ReturnType<typeof setInterval>;
  private autoplayed = false;
  private resizeFrame = 0;
  private tipPosition?: Partial<CSSStyleDeclaration>;
  private probes?: HTMLElement;

  private readonly geoTask = new Task(this, {
    task: async ([src, object, timeout], { signal }): Promise<MapGeometry> => {
      if (object !== undefined && object !== null) return readGeometryCached(object);
      if (!src) return readGeometryCached(countyTopology);
      const url = resolveUrl(src);
      try {
        return readGeometryCached(
          JSON.parse((await fetchShared(url, signal, timeout)).replace(/^\uFEFF/, '')),
        );
      } catch (error) {
        if (isAbortError(error)) throw error;
        // Loading, JSON and geometry failures alike: a geometry error naming the file.
        const { code, params } = toBplError(error, 'geometry');
        throw new BplError('geometry', {
          url,
          detail: params.status ? `HTTP ${params.status}` : (params.detail ?? code),
        });
      }
    },
    args: () => [this.geoSrc, this.geometry, this.timeout ?? DEFAULT_TIMEOUT_MS] as const,
    onComplete: (geometry) => {
      this.geoState = { geometry };
    },
    onError: (error) => {
      if (isAbortError(error)) return;
      this.geoState = { error: toBplError(error, 'geometry') };
    },
  });

  constructor() {
    super('dataset');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver !== 'undefined' && !this.resizeObserver) {
      this.resizeObserver = new ResizeObserver((entries) => {
        const width = Math.round(entries[entries.length - 1]!.contentRect.width);
        if (!(width > 0) || width === this.mapWidth) return;
        // Redraw in the next frame: redrawing inside the observer's callback changes the observed box's
        // height in the same frame, which browsers report as a ResizeObserver loop.
        cancelAnimationFrame(this.resizeFrame);
        this.resizeFrame = requestAnimationFrame(() => {
          this.mapWidth = width;
        });
      });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stop();
    this.resizeObserver?.disconnect();
    cancelAnimationFrame(this.resizeFrame);
    this.observed = undefined;
  }

  /** Resolves when the data and the boundaries have loaded (or failed) and the element has drawn. */
  override async whenSettled(): Promise<void> {
    await super.whenSettled();
    await this.geoTask.taskComplete.catch(() => undefined);
    await this.updateComplete;
  }

  protected override willUpdate(changed: PropertyValues): void {
    const lang = this.localize.lang;
    if (lang !== this.resolvedLang) {
      // Names and titles are resolved in the reader's language, so a language change re-resolves the view.
      changed.set('resolvedLang', this.resolvedLang);
      this.resolvedLang = lang;
    }
    if (changed.has('geoSrc') || changed.has('geometry')) {
      if (this.geoSrc || this.geometry) this.geoState = {};
      changed.set('geoState', undefined);
    }
    if (
      changed.has('period') ||
      changed.has('indicator') ||
      changed.has('group') ||
      changed.has('colorBy') ||
      changed.has('classes')
    ) {
      this.activeClass = undefined;
    }
    super.willUpdate(changed);
  }

  protected override resolveView(dataset: Dataset): View {
    const county = parseCounty(this.county);
    let geometry = this.geoState.geometry;
    if (this.geoState.error) throw this.geoState.error;
    if (!geometry) {
      if (this.geoSrc || (this.geometry !== undefined && this.geometry !== null)) return { pending: true };
      geometry = readGeometryCached(countyTopology);
    }
    const features = featuresFor(geometry, county);
    const view = buildView(dataset, features, {
      indicator: this.indicator,
      period: this.period,
      group: this.group,
      colorBy: this.colorBy,
      classes: this.classes,
      classing: this.classing,
      area: this.area,
      county,
      lang: this.localize.lang,
    });
    return { ...view, lang: this.localize.lang };
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The tooltip's place goes in through CSSOM: a strict CSP blocks style attributes.
    const tip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    if (tip) Object.assign(tip.style, this.tipPosition);
    const wrap = this.renderRoot.querySelector('.map-wrap');
    if (wrap !== this.observed) {
      if (this.observed) this.resizeObserver?.unobserve(this.observed);
      if (wrap) this.resizeObserver?.observe(wrap);
      this.observed = wrap ?? undefined;
    }
    const view = this.view;
    if (this.autoplay && !this.autoplayed && view && !view.pending && view.periods.length > 1) {
      this.autoplayed = true;
      if (!prefersReducedMotion()) this.play(true);
    }
  }

  // ---------------------------------------------------------------- rendering

  protected renderView(view: View): TemplateResult {
    if (view.pending) {
      return html`<div class="map-loading" aria-busy="true">
        <span>${this.localize.pick(strings).loadingMap}</span>
      </div>`;
    }
    const s = this.localize.pick(strings);
    const t = this.localize.t;
    const groupText =
      view.group === 'total' ? '' : ` · ${t.groups[view.group as 'girls' | 'boys'] ?? view.group}`;
    return html`
      <div class="header">
        ${this.renderHeading(view.title, `${this.uid}-title`)}
        <p class="subtitle">${view.period}${groupText}</p>
        ${this.renderSampleBadge(this.source.loaded?.value.meta as Meta)}
      </div>
      <div class="controls">${this.renderSlider(view, s)} ${this.renderSwitch(s)}</div>
      <div class="layout">
        <figure class="map-wrap">
          ${this.renderMap(view, s)} ${this.renderTooltip(view, s)} ${this.renderLegend(view, s)}
        </figure>
        <section class="list" part="list" aria-labelledby="${this.uid}-list">
          <div class="list-heading" role="heading" aria-level=${this.subLevel()} id="${this.uid}-list">
            ${s.listHeading}, ${view.period}
          </div>
          ${this.display === 'table' ? this.renderTable(view, s) : this.renderBars(view, s)}
        </section>
      </div>
      <p class="summary" part="summary" aria-live="polite">${this.summaryText(view, s)}</p>
      ${this.renderDownloads(t)} ${this.renderSource()}
    `;
  }

  private subLevel(): number {
    return Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2) + 1);
  }

  private renderSource(): TemplateResult | typeof nothing {
    const view = this.view;
    const meta = this.source.loaded?.value.meta;
    if (!view || view.pending) return nothing;
    const source = view.indicator.source ?? meta?.source;
    if (!source) return nothing;
    return html`<p class="source">${this.localize.t.source}: ${this.localize.text(source.name)}</p>`;
  }

  private projected(view: MapView): ProjectedMap {
    const width = this.mapWidth ?? estimateMapWidth(this.clientWidth);
    return projectCached(view.features, width, mapHeight(view.features, width));
  }

  private fillClass(view: MapView, row: MapRow): string {
    if (row.classIndex === undefined) return '';
    const slot = view.classes.slots[row.classIndex]!;
    return `${view.classes.kind === 'sequential' ? 's' : 'd'}${slot}`;
  }

  private matchesFilter(row: MapRow): boolean {
    if (this.activeClass === undefined) return true;
    return this.activeClass === -1 ? row.classIndex === undefined : row.classIndex === this.activeClass;
  }

  private renderMap(view: MapView, s: MapStrings): TemplateResult {
    const map = this.projected(view);
    const tabCode = this.tabStop(view, map);
    const hatch = `${this.uid}-hatch`;
    const selected = view.selected ? map.byCode.get(view.selected) : undefined;
    const focused = this.focusVisible && this.focusCode ? map.byCode.get(this.focusCode) : undefined;
    return html`<svg
      class="map"
      part="map"
      viewBox="0 0 ${map.width} ${map.height}"
      width=${map.width}
      height=${map.height}
      role="group"
      aria-label=${s.mapLabel(view.title, view.period)}
      aria-describedby="${this.uid}-hint"
      @click=${this.onMapClick}
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
          const shape = map.features[i]!;
          const cls = this.fillClass(view, row);
          return svg`<path
            class="area ${cls}${this.matchesFilter(row) ? '' : ' dim'}"
            d=${shape.d}
            fill=${cls ? nothing : `url(#${hatch})`}
            data-code=${row.code}
            role="button"
            tabindex=${row.code === tabCode ? '0' : '-1'}
            aria-pressed=${row.code === view.selected ? 'true' : 'false'}
            aria-label=${this.describe(view, row, s)}
          ></path>`;
        })}
      </g>
      <g class="labels" aria-hidden="true">${this.renderLabels(view, map)}</g>
      ${selected ? svg`<path class="selected-outline" d=${selected.d}></path>` : nothing}
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
   * a plate in the page's background with the page's text colour.
   */
  private renderLabels(view: MapView, map: ProjectedMap): unknown[] {
    const missing = this.localize.t.missing;
    let inks: string[][] | undefined;
    const out: unknown[] = [];
    view.rows.forEach((row, i) => {
      const index = row.classIndex;
      const place = placeLabel(map, map.features[i]!, row.name, index === undefined ? missing : undefined);
      if (!place) return;
      const [x, y] = place.at;
      // The name's box (and the note's, a line below, when it has one), as placement checked it.
      const [w, h] = labelHalf(row.name, LABEL_SIZE);
      const note = place.twoLines ? labelHalf(missing, NOTE_SIZE) : undefined;
      const half = note ? Math.max(w, note[0]) : w;
      const top = note ? y - 6 - h : y - h;
      const bottom = note ? y + 7 + note[1] : y + h;
      const dim = this.matchesFilter(row) ? 0 : 1;
      const ink = index === undefined ? '' : (inks ??= this.inks(view))[index]![dim];
      out.push(
        svg`<rect class="plate ${ink ? `${this.fillClass(view, row)}${dim ? ' dim' : ''}` : 'n'}" x=${x - half} y=${top} width=${2 * half} height=${bottom - top}></rect><text class=${ink || 'on-page'} x=${x} y=${place.twoLines ? y - 6 : y}>${row.name}${
          place.twoLines ? svg`<tspan class="missing-note" x=${x} dy="13">${missing}</tspan>` : nothing
        }</text>`,
      );
    });
    return out;
  }

  /**
   * Per class index, the text class for a name on the class colour and on its dimmed form (a legend filter
   * fades the other classes): `on-light` (black) or `on-dark` (white) by real contrast with the colour the
   * page gives (`--bpl-color-seq-*`/`--bpl-color-div-*`, default palette or not); '' when it cannot be
   * resolved. Read once per render, only when some name is drawn.
   */
  private inks(view: MapView): string[][] {
    const kind = view.classes.kind === 'sequential' ? 's' : 'd';
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
    const bg = parseRgb(getComputedStyle(this).backgroundColor);
    const ink = (c: Rgb | undefined) => (c ? (blackOn(c) ? 'on-light' : 'on-dark') : '');
    return view.classes.slots.map((slot) => {
      const fill = parseRgb(getComputedStyle(probes.querySelector(`.${kind}${slot}`)!).backgroundColor);
      return [ink(fill), ink(fill && bg && mix(fill, bg, DIM))];
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

  /** One sentence per municipality: name, value, rank, difference from the county, goal. */
  private describe(view: MapView, row: MapRow, s: MapStrings): string {
    return this.detailLines(view, row, s).join(', ');
  }

  private detailLines(view: MapView, row: MapRow, s: MapStrings): string[] {
    const { unit, decimals } = view.indicator;
    const lines = [row.name];
    if (row.value === undefined) {
      lines.push(row.observation?.status === 'suppressed' ? s.suppressed : this.localize.t.missing);
    } else {
      lines.push(this.localize.value(row.value, unit, decimals));
      if (row.rank !== undefined) lines.push(s.rankOf(row.rank, view.withValues));
      if (row.diffCounty !== undefined && view.countyName) {
        lines.push(
          s.diffLine(this.localize.difference(row.diffCounty, unit, decimals, true), view.countyName),
        );
      }
      if (row.goal !== undefined)
        lines.push(
          `${s.goalLine(this.localize.value(row.goal, unit, decimals))}${this.goalStatusText(view, row)}`,
        );
    }
    if (row.code === view.selected) lines.push(s.selected);
    return lines;
  }

  private goalStatusText(view: MapView, row: MapRow): string {
    if (!row.goalStatus || row.goal === undefined || row.value === undefined) return '';
    const g = this.localize.t.goal;
    const { unit, decimals } = view.indicator;
    const by = this.localize.difference(Math.abs(row.value - row.goal), unit, decimals);
    const text =
      row.goalStatus === 'ahead' ? g.ahead(by) : row.goalStatus === 'behind' ? g.behind(by) : g.onTrack;
    return ` (${text.charAt(0).toLowerCase()}${text.slice(1)})`;
  }

  private renderTooltip(view: MapView, s: MapStrings): TemplateResult | typeof nothing {
    const code = this.hoverCode ?? (this.focusVisible ? this.focusCode : undefined);
    if (!code || this.tooltipHidden) return nothing;
    const row = view.rows.find((r) => r.code === code);
    const map = this.projected(view);
    const shape = map.byCode.get(code);
    if (!row || !shape) return nothing;
    const [x, y] = this.hoverCode && this.tooltipAt ? [this.tooltipAt.x, this.tooltipAt.y] : shape.centroid;
    // Place it beside the point, on the side with more room; in the SVG's own units, scaled to the box.
    const scale = (this.mapSvg?.clientWidth || map.width) / map.width;
    const left = x * scale;
    const top = y * scale;
    const right = left > (map.width * scale) / 2;
    this.tipPosition = {
      top: `${Math.max(0, top + 12)}px`,
      left: right ? 'auto' : `${left + 12}px`,
      right: right ? `${Math.max(0, map.width * scale - left + 12)}px` : 'auto',
    };
    const [name, ...rest] = this.detailLines(view, row, s);
    return html`<div class="tooltip" aria-hidden="true">
      <strong>${name}</strong>${rest.map((line) => html`<p>${line}</p>`)}
    </div>`;
  }

  private legendTitle(view: MapView, s: MapStrings): string {
    if (view.colorBy === 'county') return s.legend.county(view.countyName ?? '');
    if (view.colorBy === 'goal') return s.legend.goal;
    const unit = view.indicator.unit === 'percent' ? '%' : this.localize.t.units[view.indicator.unit];
    return s.legend.value(unit);
  }

  private legendText(view: MapView, item: LegendClass, s: MapStrings): string {
    const { unit } = view.indicator;
    const limits = view.classes.kind === 'sequential' ? view.classes.limits : [view.classes.step / 2];
    const decimals = limitDecimals(limits, view.indicator.decimals);
    const n = (v: number) => this.localize.number(v, decimals);
    if (view.classes.kind === 'sequential') {
      const text = item.from === item.to ? n(item.from) : `${n(item.from)}–${n(item.to)}`;
      return unit === 'percent' ? `${text} %` : text;
    }
    if (item.from === -Infinity) return s.divEnd(n(-item.to), s.worse);
    if (item.to === Infinity) return s.divEnd(n(item.from), s.better);
    if (item.from < 0 && item.to > 0) return s.divMiddle(n(item.to));
    return item.to <= 0
      ? s.divRange(n(-item.to), n(-item.from), s.worse)
      : s.divRange(n(item.from), n(item.to), s.better);
  }

  private renderLegend(view: MapView, s: MapStrings): TemplateResult {
    const items = view.classes.kind === 'sequential' ? view.legend : [...view.legend].reverse();
    const polarity = view.indicator.polarity === 'higher-is-better' ? s.higherIsBetter : s.lowerIsBetter;
    const total = view.rows.length;
    const active = this.activeClass;
    const activeItem = active === undefined ? undefined : view.legend.find((l) => l.index === active);
    const activeText =
      active === -1 ? this.localize.t.missing : activeItem ? this.legendText(view, activeItem, s) : '';
    const shown = view.rows.filter((r) => this.matchesFilter(r)).length;
    return html`<figcaption class="legend" part="legend">
      <p class="legend-title" id="${this.uid}-legend">${this.legendTitle(view, s)}</p>
      <ul class="legend-items" aria-labelledby="${this.uid}-legend">
        ${items.map(
          (item) =>
            html`<li>
              <button
                type="button"
                aria-pressed=${active === item.index ? 'true' : 'false'}
                data-class=${item.index}
                @click=${this.onLegendClick}
              >
                <span class="swatch ${view.classes.kind === 'sequential' ? 's' : 'd'}${item.slot}"></span>
                <span>${this.legendText(view, item, s)}</span>
                <span class="count">(${item.count})</span>
              </button>
            </li>`,
        )}
        ${
          view.missingCount > 0
            ? html`<li>
                <button
                  type="button"
                  aria-pressed=${active === -1 ? 'true' : 'false'}
                  data-class="-1"
                  @click=${this.onLegendClick}
                >
                  <span class="swatch missing"></span>
                  <span>${this.localize.t.missing}</span>
                  <span class="count">(${view.missingCount})</span>
                </button>
              </li>`
            : nothing
        }
      </ul>
      <p class="legend-note">${polarity} ${s.legendFilter}</p>
      <p class="filter-status" role="status">
        ${
          active !== undefined
            ? html`<span>${s.showingClass(shown, total, activeText)}</span>
                <button type="button" @click=${this.clearFilter}>${s.showAll}</button>`
            : nothing
        }
      </p>
    </figcaption>`;
  }

  private renderSlider(view: MapView, s: MapStrings): TemplateResult | typeof nothing {
    if (view.periods.length < 2) return nothing;
    const index = Math.max(0, view.periods.indexOf(view.period));
    const id = `${this.uid}-period`;
    return html`<div class="slider">
      <label for=${id}>${s.period}: <strong>${view.period}</strong></label>
      <span class="ends" aria-hidden="true">${view.periods[0]}</span>
      <input
        id=${id}
        type="range"
        min="0"
        max=${view.periods.length - 1}
        step="1"
        .value=${String(index)}
        aria-valuetext=${view.period}
        @input=${this.onSlider}
      />
      <span class="ends" aria-hidden="true">${view.periods[view.periods.length - 1]}</span>
      <button type="button" aria-pressed=${this.playing ? 'true' : 'false'} @click=${this.togglePlay}>
        ${this.playing ? s.pause : s.play}
      </button>
    </div>`;
  }

  private renderSwitch(s: MapStrings): TemplateResult {
    return html`<fieldset class="segmented">
      <legend>${s.viewSwitch}</legend>
      <button
        type="button"
        aria-pressed=${this.display !== 'table' ? 'true' : 'false'}
        @click=${this.showList}
      >
        ${s.showList}
      </button>
      <button
        type="button"
        aria-pressed=${this.display === 'table' ? 'true' : 'false'}
        @click=${this.showTable}
      >
        ${s.showTable}
      </button>
    </fieldset>`;
  }

  private barDomain(view: MapView): number {
    const values = view.rows.map((r) => r.value ?? 0);
    if (view.countyValue !== undefined) values.push(view.countyValue);
    if (view.riketValue !== undefined) values.push(view.riketValue);
    const max = Math.max(...values, 0);
    if (view.indicator.unit === 'percent' && max > 50) return 100;
    return max > 0 ? max * 1.05 : 1;
  }

  private renderBars(view: MapView, s: MapStrings): TemplateResult {
    const { unit, decimals } = view.indicator;
    const domain = this.barDomain(view);
    const pct = (v: number) => Math.max(0, Math.min(100, (v / domain) * 100));
    const county = view.countyValue;
    const riket = view.riketValue;
    const countyName = view.countyName ?? '';
    const matching = view.ranked.filter((r) => this.matchesFilter(r));
    const long = matching.length > LONG_LIST;
    const cut = long && !this.allRows;
    const head = cut ? matching.slice(0, LIST_END) : matching;
    const tail = cut ? matching.slice(-LIST_END) : [];
    const row = (r: MapRow) => this.renderBarRow(view, r, s, pct, county, riket);
    const refs =
      county !== undefined || riket !== undefined
        ? html`<ul class="refs" aria-label=${s.reference}>
            ${
              county !== undefined
                ? html`<li>
                    <span class="ref-key"></span>${countyName} ${this.localize.value(county, unit, decimals)}
                  </li>`
                : nothing
            }
            ${
              riket !== undefined
                ? html`<li>
                    <span class="ref-key riket"></span>${view.riketName}
                    ${this.localize.value(riket, unit, decimals)}
                  </li>`
                : nothing
            }
          </ul>`
        : nothing;
    const more = cut
      ? html`<li class="more" aria-hidden="true">${s.hiddenRows(matching.length - 2 * LIST_END)}</li>`
      : nothing;
    const toggle = long
      ? html`<button
          type="button"
          class="more-button"
          aria-expanded=${this.allRows ? 'true' : 'false'}
          @click=${this.toggleRows}
        >
          ${this.allRows ? s.showFewerRows : s.showAllRows(matching.length)}
        </button>`
      : nothing;
    return html`${refs}
      <ol class="bars">
        ${head.map(row)} ${more} ${tail.map(row)}
      </ol>
      ${toggle}`;
  }

  private toggleRows = (): void => {
    this.allRows = !this.allRows;
  };

  private renderBarRow(
    view: MapView,
    row: MapRow,
    s: MapStrings,
    pct: (v: number) => number,
    county: number | undefined,
    riket: number | undefined,
  ): TemplateResult {
    const { unit, decimals } = view.indicator;
    const cls = this.fillClass(view, row);
    const text =
      row.value !== undefined
        ? this.localize.value(row.value, unit, decimals)
        : row.observation?.status === 'suppressed'
          ? s.suppressed
          : this.localize.t.missing;
    return html`<li>
      <button
        type="button"
        aria-pressed=${row.code === view.selected ? 'true' : 'false'}
        data-code=${row.code}
        @click=${this.onListClick}
      >
        <span class="bar-name">${row.rank !== undefined ? `${row.rank}. ` : ''}${row.name}</span>
        <svg class="bar-track" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
          ${row.value !== undefined ? svg`<rect class="bar ${cls}" width=${pct(row.value)} height="10"></rect>` : nothing}
          ${county !== undefined ? svg`<line class="ref" x1=${pct(county)} x2=${pct(county)} y1="-2" y2="12"></line>` : nothing}
          ${riket !== undefined ? svg`<line class="ref riket" x1=${pct(riket)} x2=${pct(riket)} y1="-2" y2="12"></line>` : nothing}
        </svg>
        <span class="bar-value ${row.value === undefined ? 'missing' : ''}">${text}</span>
      </button>
    </li>`;
  }

  private renderTable(view: MapView, s: MapStrings): TemplateResult {
    const { unit, decimals } = view.indicator;
    const countyName = view.countyName ?? '';
    const rows = view.ranked.filter((r) => this.matchesFilter(r));
    const missing = (row: MapRow) =>
      row.observation?.status === 'suppressed' ? s.suppressed : this.localize.t.missing;
    // The reference rows (county, Riket) have no rank, difference or goal.
    const dashes = view.countyValue !== undefined ? [1, 2, 3] : [1, 2];
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
            ${view.countyValue !== undefined ? html`<th scope="col">${s.diffCounty(countyName)}</th>` : nothing}
            <th scope="col">${s.goal(view.period)}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) =>
              html`<tr aria-current=${row.code === view.selected ? 'true' : nothing}>
                <th scope="row">${row.name}</th>
                ${
                  row.value !== undefined
                    ? html`<td>${this.localize.value(row.value, unit, decimals)}</td>`
                    : html`<td class="missing">${missing(row)}</td>`
                }
                <td>${row.rank !== undefined ? `${row.rank} ${s.ofTotal} ${view.withValues}` : '–'}</td>
                ${
                  view.countyValue !== undefined
                    ? html`<td>
                        ${row.diffCounty !== undefined ? this.localize.difference(row.diffCounty, unit, decimals, true) : '–'}
                      </td>`
                    : nothing
                }
                <td>
                  ${row.goal !== undefined ? `${this.localize.value(row.goal, unit, decimals)}${this.goalStatusText(view, row)}` : '–'}
                </td>
              </tr>`,
          )}
        </tbody>
        <tfoot>
          ${(
            [
              [countyName, view.countyValue],
              [view.riketName, view.riketValue],
            ] as const
          ).map(([name, value]) =>
            value !== undefined
              ? html`<tr>
                  <th scope="row">${name}</th>
                  <td>${this.localize.value(value, unit, decimals)}</td>
                  ${dashes.map(() => html`<td>–</td>`)}
                </tr>`
              : nothing,
          )}
        </tfoot>
      </table>
    </div>`;
  }

  private renderDownloads(t: CoreStrings): TemplateResult {
    return html`<div class="toolbar" role="group" aria-label=${t.download}>
      <button type="button" @click=${this.downloadCsv}>${t.downloadCsv}</button>
      <button type="button" @click=${this.downloadSvgFile}>${t.downloadSvg}</button>
      <button type="button" @click=${this.downloadPngFile}>${t.downloadPng}</button>
    </div>`;
  }

  /** The generated summary: highest and lowest, the county's value, how many meet the goal. */
  summaryText(view: MapView, s: MapStrings = this.localize.pick(strings)): string {
    const { unit, decimals } = view.indicator;
    const v = (x: number) => this.localize.value(x, unit, decimals);
    const parts: string[] = [];
    if (view.highest && view.lowest) {
      parts.push(
        view.highest === view.lowest
          ? s.summary.single(view.highest.name, v(view.highest.value!))
          : s.summary.highestLowest(
              view.highest.name,
              v(view.highest.value!),
              view.lowest.name,
              v(view.lowest.value!),
            ),
      );
    }
    if (view.countyValue !== undefined && view.countyName)
      parts.push(s.summary.county(view.countyName, v(view.countyValue)));
    if (view.goalAssessed > 0) parts.push(s.summary.goal(view.goalMet, view.goalAssessed, view.period));
    if (view.missingCount > 0) parts.push(s.summary.missing(view.missingCount));
    return parts.join(' ');
  }

  // ---------------------------------------------------------------- interaction

  private codeOf(event: Event): string | undefined {
    const target = event.target as Element | null;
    return target?.closest?.('[data-code]')?.getAttribute('data-code') ?? undefined;
  }

  private choose(code: string): void {
    const view = this.view;
    if (!view || view.pending) return;
    this.area = code;
    this.select({ area: code, indicator: view.indicator.id, period: view.period, group: view.group });
  }

  private onMapClick = (event: MouseEvent): void => {
    const code = this.codeOf(event);
    if (code) this.choose(code);
  };

  private onListClick = (event: MouseEvent): void => {
    const code = this.codeOf(event);
    if (code) this.choose(code);
  };

  private onMapKey = (event: KeyboardEvent): void => {
    const view = this.view;
    if (!view || view.pending) return;
    const code = this.codeOf(event) ?? this.focusCode;
    if (!code) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.choose(code);
      return;
    }
    if (event.key === 'Escape') {
      this.tooltipHidden = true;
      return;
    }
    const direction = directionOfKey(event.key);
    if (!direction) return;
    event.preventDefault();
    const map = this.projected(view);
    const points = map.features.map((f) => ({ code: f.code, x: f.centroid[0], y: f.centroid[1] }));
    const next = neighbour(points, code, direction);
    if (next) void this.focusArea(next);
  };

  /** Moves keyboard focus to a municipality's shape. */
  private async focusArea(code: string): Promise<void> {
    this.focusCode = code;
    this.tooltipHidden = false;
    this.hoverCode = undefined;
    await this.updateComplete;
    const target = this.renderRoot.querySelector<SVGPathElement>(
      `path.area[data-code="${CSS.escape(code)}"]`,
    );
    target?.focus();
  }

  private onMapFocus = (event: FocusEvent): void => {
    const code = this.codeOf(event);
    if (!code) return;
    this.focusCode = code;
    this.tooltipHidden = false;
    const target = event.target as Element;
    this.focusVisible = target.matches(':focus-visible');
  };

  private onMapBlur = (event: FocusEvent): void => {
    const next = event.relatedTarget as Element | null;
    if (next && this.mapSvg?.contains(next)) return;
    this.focusVisible = false;
  };

  private onPointerMove = (event: PointerEvent): void => {
    const code = this.codeOf(event);
    if (code !== this.hoverCode) this.tooltipHidden = false;
    this.hoverCode = code;
    const svgEl = this.mapSvg;
    if (!code || !svgEl) return;
    const box = svgEl.getBoundingClientRect();
    const scale = box.width > 0 ? Number(svgEl.getAttribute('width')) / box.width : 1;
    this.tooltipAt = { x: (event.clientX - box.left) * scale, y: (event.clientY - box.top) * scale };
  };

  private onPointerLeave = (): void => {
    this.hoverCode = undefined;
    this.tooltipAt = undefined;
  };

  private onLegendClick = (event: MouseEvent): void => {
    const index = Number((event.currentTarget as HTMLElement).dataset.class);
    this.activeClass = this.activeClass === index ? undefined : index;
  };

  private clearFilter = (): void => {
    this.activeClass = undefined;
  };

  private showList = (): void => {
    this.display = 'list';
  };

  private showTable = (): void => {
    this.display = 'table';
  };

  private onSlider = (event: Event): void => {
    const view = this.view;
    if (!view || view.pending) return;
    this.stop();
    const period = view.periods[Number((event.target as HTMLInputElement).value)];
    if (period) this.showPeriod(period);
  };

  /** A period chosen by the reader (slider or playback): shown, and sent as `bpl-select` so others follow. */
  private showPeriod(period: string): void {
    const view = this.view;
    if (!view || view.pending || period === (this.period ?? view.period)) return;
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
    const view = this.view;
    if (!view || view.pending || view.periods.length < 2) return;
    const periods = view.periods;
    if (fromStart || periods.indexOf(view.period) >= periods.length - 1) this.showPeriod(periods[0]!);
    this.playing = true;
    clearInterval(this.timer);
    this.timer = setInterval(() => {
      const current = this.view;
      if (!current || current.pending) return this.stop();
      const i = current.periods.indexOf(current.period);
      if (i < 0 || i >= current.periods.length - 1) return this.stop();
      this.showPeriod(current.periods[i + 1]!);
      if (i + 1 >= current.periods.length - 1) this.stop();
    }, PLAY_INTERVAL_MS);
  }

  private stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.playing = false;
  }

  private fileTitle(): string {
    const view = this.view;
    return view && !view.pending ? `${view.title} ${view.period}` : 'karta';
  }

  private downloadCsv = (): void => {
    const view = this.view;
    if (!view || view.pending) return;
    const header = [
      'area',
      'name',
      'indicator',
      'period',
      'group',
      'value',
      'status',
      'rank',
      'diff_county',
      'goal',
      'goal_status',
    ];
    const rows = view.ranked.map((r) => [
      r.code,
      r.name,
      view.indicator.id,
      view.period,
      view.group,
      r.value ?? '',
      r.observation?.status ?? (r.value === undefined ? 'missing' : ''),
      r.rank ?? '',
      r.diffCounty !== undefined ? Number(r.diffCounty.toFixed(6)) : '',
      r.goal !== undefined ? Number(r.goal.toFixed(6)) : '',
      r.goalStatus ?? '',
    ]);
    saveBlob(
      new Blob([toCsv(header, rows)], { type: 'text/csv;charset=utf-8' }),
      fileName(this.fileTitle(), 'csv'),
    );
  };

  private downloadSvgFile = (): void => {
    if (this.mapSvg) downloadSvg(this.mapSvg, fileName(this.fileTitle(), 'svg'));
  };

  private downloadPngFile = (): void => {
    if (this.mapSvg) void downloadPng(this.mapSvg, fileName(this.fileTitle(), 'png'));
  };
}

interface LabelPlace {
  at: [number, number];
  twoLines: boolean;
}

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
  const hit = places.get(key);
  if (hit !== undefined) return hit ?? undefined;
  let place: LabelPlace | null = null;
  if (note) {
    const wide = name.length > note.length ? name : note;
    const both = labelPosition(wide, { ...shape, bounds: shrinkY(shape.bounds, 7) }, LABEL_SIZE);
    if (
      both &&
      labelFits(name, { ...shape, centroid: [both[0], both[1] - 6] }, LABEL_SIZE) &&
      labelFits(note, { ...shape, centroid: [both[0], both[1] + 7] }, NOTE_SIZE)
    ) {
      place = { at: both, twoLines: true };
    }
  }
  if (!place) {
    const at = labelPosition(name, shape, LABEL_SIZE);
    if (at) place = { at, twoLines: false };
  }
  places.set(key, place);
  return place ?? undefined;
}

/** A box made shorter by `by` at top and bottom (room for a second line). */
function shrinkY(b: [[number, number], [number, number]], by: number): [[number, number], [number, number]] {
  return [
    [b[0][0], b[0][1] + by],
    [b[1][0], b[1][1] - by],
  ];
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Re-exported for tests and stories. */
export type { MapFeature };
