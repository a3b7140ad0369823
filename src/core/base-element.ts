import { LitElement, html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { BplError, toBplError } from './errors.js';
import { emit } from './events.js';
import type { BplSelectDetail } from './events.js';
import { LocalizeController, errorLines } from './i18n/localize.js';
import { DataController } from './loader/data-controller.js';
import type { DocumentKind, Loaded } from './loader/data-controller.js';
import { DEFAULT_TIMEOUT_MS } from './loader/fetch.js';
import type { FormatOption } from './loader/read.js';
import { isSafeUrl } from './schema/common.js';
import type { Meta, SourceRef } from './schema/common.js';
import type { Dataset, Polarity } from './schema/dataset.js';
import { POLARITIES } from './schema/dataset.js';
import { withPageGoal as applyPageGoal } from './goal.js';
import type { PageGoal } from './goal.js';
import { isValidPeriod } from './periods.js';
import type { Structure } from './schema/structure.js';
import { VERSION } from './version.js';

type DocumentOf<K extends DocumentKind> = K extends 'dataset' ? Dataset : Structure;

/**
 * The shell every bpl component shares: data source attributes, loading and error states, language,
 * theme and the `bpl-load`/`bpl-error` events. A component supplies `resolveView` (pure: data and
 * attributes in, a view model out, or a BplError thrown) and `renderView`.
 *
 * @attr sync - A group name: components with the same `sync` follow each other's selection (with
 *   `@bastaplatsen/viz/sync`, which `bpl.js` includes).
 * @attr sync-url - On one component of a `sync` group: keep the group's selection in the page address
 *   (`?bpl-area=0683`), so a view can be shared.
 * @event bpl-load - The data was loaded and validated. `detail: { source, kind, format }`.
 * @event bpl-error - Something went wrong; the message is shown in the component. `detail: { code, message, params }`.
 * @cssprop --bpl-font-family - Font; inherited from the page by default.
 * @cssprop --bpl-color-text - Text colour.
 * @cssprop --bpl-color-text-muted - Secondary text (subtitles, axes, source).
 * @cssprop --bpl-color-background - Background of the component.
 * @cssprop --bpl-color-surface - Background of buttons and panels.
 * @cssprop --bpl-color-border - Borders and outlines.
 * @cssprop --bpl-color-grid - Grid lines.
 * @cssprop --bpl-color-accent - Links, pressed buttons and the highlighted series.
 * @cssprop --bpl-color-accent-text - Text on the accent colour (pressed buttons, an open menu's button).
 * @cssprop --bpl-color-focus - Focus ring.
 * @cssprop --bpl-color-goal - The goal path.
 * @cssprop --bpl-color-good - "Better" in diverging scales and statuses.
 * @cssprop --bpl-color-bad - "Worse" in diverging scales and statuses.
 * @cssprop --bpl-color-missing - Missing values ("uppgift saknas"): hatching and dashed outlines.
 * @cssprop --bpl-color-error-background - Background of the error message box.
 * @cssprop --bpl-color-error-border - Border of the error message box.
 * @cssprop --bpl-color-1 - Categorical palette, first colour (through --bpl-color-8).
 * @cssprop --bpl-color-seq-1 - Sequential scale, lightest step (through --bpl-color-seq-7).
 * @cssprop --bpl-color-div-1 - Diverging scale, worst end (through --bpl-color-div-7).
 * @cssprop --bpl-min-height - Height kept while loading, so the page does not jump.
 * @cssprop --bpl-radius - Corner radius of buttons and panels.
 * @cssprop [--bpl-space=0.75rem] - Inner spacing of the error box and of panels.
 * @cssprop [--bpl-padding=0] - Padding inside the component's frame.
 * @cssprop [--bpl-title-size=1.2em] - Font size of the title.
 * @csspart base - The component's frame.
 * @csspart heading - The title.
 * @csspart error - The error message box.
 * @csspart loading - The loading placeholder.
 * @csspart toolbar - The row of controls: the view toggle, the component's own buttons, the downloads menu.
 * @csspart source - The source line.
 */
export abstract class BplElement<K extends DocumentKind, V> extends LitElement {
  /** The package version, for support questions: `customElements.get('bpl-trend-chart').version`. */
  static readonly version = VERSION;

  /** The reactive properties every component shares (declared here rather than with decorators, so the core
   * carries no decorator helper). */
  static override properties: PropertyDeclarations = {
    src: {},
    data: { attribute: false },
    format: {},
    loading: { reflect: true },
    timeout: { type: Number },
    theme: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    kolada: {},
    koladaApi: { attribute: 'kolada-api' },
    goal: {},
    baseline: {},
    polarity: {},
  };

  /** URL of the data file (JSON, Kolada response or CSV), relative to the page. */
  src?: string;

  /** The data as an object (or CSV text) instead of `src`. Takes precedence over `src`. */
  data?: unknown;

  /** Forces a reader: `auto` (default, detected from the content), `json`, `kolada` or `csv`. */
  format: FormatOption = 'auto';

  /** `lazy` waits until the component nears the viewport before loading and drawing. */
  loading: 'eager' | 'lazy' = 'eager';

  /** Time limit for loading, in milliseconds. */
  timeout = DEFAULT_TIMEOUT_MS;

  /** `light`, `dark` or `auto` (default: follow the reader's system setting). */
  theme: 'light' | 'dark' | 'auto' = 'auto';

  /** Heading level of the title (1–6), so it fits the page's outline. */
  headingLevel = 2;

  /** Kolada KPI ids (`N15428`, comma-separated) instead of `src`: the data is fetched from Kolada's API for the
   * element's `area`, `compare` (or the map's `county`) and `from`–`to`, with the KPI's title and unit. */
  kolada?: string;

  /** Kolada's API address, default `https://api.kolada.se/v3` (a proxy, or a recorded copy for tests). */
  koladaApi?: string;

  /** The page's goal: percentage points a year in the good direction, from `baseline` (a percentage only). */
  goal?: string;

  /** The period the page's goal path starts from (`2018` or `2018/19`). */
  baseline?: string;

  /** `higher-is-better` or `lower-is-better`, where the data does not say (Kolada and PxWeb never do). */
  polarity?: string;

  protected readonly localize = new LocalizeController(this);
  protected readonly source: DataController<K>;

  /** The current view model, when the data and attributes make sense. */
  protected view?: V;
  private viewError?: BplError;
  private resolvedFrom?: Loaded<K>;
  private reportedError?: BplError;
  private reportedLoad?: Loaded<K>;

  /** Properties whose change means `resolveView` must run again. */
  protected static viewProperties: readonly string[] = [];

  constructor(kind: K) {
    super();
    this.source = new DataController(this, kind);
  }

  /** Called with every element as it connects; `src/core/sync.ts` sets it to join `sync` groups. */
  static onConnect?: (element: HTMLElement) => void;

  override connectedCallback(): void {
    super.connectedCallback();
    BplElement.onConnect?.(this);
  }

  /** Turns loaded data and the element's attributes into what `renderView` draws; throws BplError. */
  protected abstract resolveView(document: DocumentOf<K>, meta: Meta): V;

  /**
   * The dataset with the page's `goal`, `baseline` and `polarity` applied to the element's indicator (or to
   * every indicator when it names none). Attributes that cannot be used are errors, never ignored.
   */
  private withPageGoal(dataset: Dataset): Dataset {
    const { goal, baseline, polarity } = this;
    if (goal == null && baseline == null && polarity == null) return dataset;
    const only = this.getAttribute('indicator');
    const key = `${goal}|${baseline}|${polarity}|${only}`;
    if (this.goalCache?.from === dataset && this.goalCache.key === key) return this.goalCache.value;
    const n = goal == null ? undefined : Number(String(goal).replace(',', '.'));
    const bad = (attribute: string, value: string, available?: string[]) =>
      new BplError('invalid-attribute', { attribute, value, available });
    if (n !== undefined && !(n > 0 && n <= 100)) throw bad('goal', String(goal));
    if (baseline != null && !isValidPeriod(baseline)) throw bad('baseline', baseline);
    if (polarity != null && !(POLARITIES as readonly string[]).includes(polarity))
      throw bad('polarity', polarity, [...POLARITIES]);
    const page: PageGoal = {
      goal: n,
      baseline: baseline ?? undefined,
      polarity: (polarity ?? undefined) as Polarity,
    };
    const value = {
      ...dataset,
      indicators: dataset.indicators.map((i) => (only && i.id !== only ? i : applyPageGoal(i, page))),
    };
    this.goalCache = { from: dataset, key, value };
    return value;
  }

  private goalCache?: { from: Dataset; key: string; value: Dataset };

  /** Draws the view. Called only when there is a valid view. */
  protected abstract renderView(view: V): TemplateResult;

  /** The error being shown, if any. */
  get error(): BplError | undefined {
    return this.source.error ?? this.viewError;
  }

  /** `idle` (lazy, not yet near the viewport), `loading` (also while the texts of the page's language are
   * fetched), `ready` or `error`. */
  get status(): 'idle' | 'loading' | 'ready' | 'error' {
    // Until the texts of the page's language are there (English is fetched on demand), nothing is shown.
    if (!this.localize.ready) return this.source.status === 'idle' ? 'idle' : 'loading';
    if (this.error) return 'error';
    const status = this.source.status;
    return status === 'ready' && !this.view ? 'error' : status;
  }

  /** Resolves when loading has finished, either way. */
  async whenSettled(): Promise<void> {
    await this.localize.whenReady();
    await this.updateComplete;
    await this.source.settled();
    await this.updateComplete;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const loaded = this.source.loaded;
    if (!loaded) {
      this.view = undefined;
      this.viewError = undefined;
      this.resolvedFrom = undefined;
      return;
    }
    const keys = (this.constructor as typeof BplElement).viewProperties;
    const goalKeys = ['goal', 'baseline', 'polarity'];
    if (
      loaded !== this.resolvedFrom ||
      keys.some((key) => changed.has(key)) ||
      goalKeys.some((k) => changed.has(k))
    ) {
      this.resolvedFrom = loaded;
      try {
        const value =
          this.source.kind === 'dataset' ? this.withPageGoal(loaded.value as Dataset) : loaded.value;
        this.view = this.resolveView(value as DocumentOf<K>, loaded.value.meta);
        this.viewError = undefined;
      } catch (error) {
        this.view = undefined;
        this.viewError = toBplError(error, 'invalid-attribute');
      }
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // While the page's language's texts are fetched, the message would be in the wrong language: it is sent
    // with the render that follows their arrival.
    const error = this.localize.ready ? this.error : undefined;
    if (error && error !== this.reportedError) {
      this.reportedError = error;
      const { message, issues } = errorLines(error, this.localize.lang);
      emit(this, 'bpl-error', {
        code: error.code,
        message: [message, ...issues].join('\n'),
        params: error.params,
        error,
      });
    } else if (!this.error) this.reportedError = undefined;
    const loaded = this.source.loaded;
    if (loaded && loaded !== this.reportedLoad) {
      this.reportedLoad = loaded;
      emit(this, 'bpl-load', { source: loaded.source, kind: this.source.kind, format: loaded.format });
    }
  }

  /** Sends `bpl-select` from this element. */
  protected select(detail: BplSelectDetail): void {
    const sync = this.getAttribute('sync');
    emit(this, 'bpl-select', sync ? { ...detail, sync } : detail);
  }

  protected override render(): TemplateResult {
    const status = this.status;
    const busy = status === 'loading' || status === 'idle';
    return html`<div part="base" class="base" aria-busy=${busy ? 'true' : 'false'}>
      ${
        status === 'error'
          ? this.renderError(this.error ?? new BplError('no-data'))
          : busy || !this.view
            ? this.renderLoading()
            : this.renderView(this.view)
      }
    </div>`;
  }

  protected renderLoading(): TemplateResult {
    return html`<div part="loading" class="loading">
      <span>${this.localize.ready ? this.localize.t.loading : ''}</span>
    </div>`;
  }

  protected renderError(error: BplError): TemplateResult {
    const { message, issues } = errorLines(error, this.localize.lang);
    return html`<div part="error" class="error" role="alert">
      <p><strong>${this.localize.t.errorTitle}</strong></p>
      <p>${message}</p>
      ${
        issues.length
          ? html`<ul>
              ${issues.map((line) => html`<li><code>${line}</code></li>`)}
            </ul>`
          : nothing
      }
    </div>`;
  }

  /** A heading at the configured level, without a dynamic tag name. */
  protected renderHeading(text: string, id?: string): TemplateResult {
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    return html`<div part="heading" class="heading" role="heading" aria-level=${level} id=${id ?? nothing}>
      ${text}
    </div>`;
  }

  /** The row of buttons above the drawing (`part="toolbar"`): the view toggle, the component's own buttons
   * and the downloads menu (`downloadsMenu` in src/core/toolbar.ts), the same in every component. */
  protected renderToolbar(...items: unknown[]): TemplateResult {
    return html`<div class="toolbar" part="toolbar">${items}</div>`;
  }

  /**
   * The button that switches between the drawing and its table. Its label says what a press will show
   * ("Visa som tabell" / "Visa som diagram"), so it carries no `aria-pressed`, which would contradict it.
   * `labels` are [to the alternative, back] for a component whose alternative is not a table.
   */
  protected renderViewToggle(
    alternative: boolean,
    toggle: () => void,
    labels: readonly [string, string] = [this.localize.t.showTable, this.localize.t.showChart],
  ): TemplateResult {
    return html`<button type="button" class="view-toggle" @click=${toggle}>
      ${labels[alternative ? 1 : 0]}
    </button>`;
  }

  /**
   * The source line: "Källa: <name>. Uppdaterad <date>." The name links to the source's address when that is
   * http(s) or relative (`isSafeUrl`); `name` overrides the source's own. Text only, never markup.
   */
  protected renderSource(
    source: SourceRef | undefined,
    updated: string | undefined,
    name = this.localize.text(source?.name),
  ): TemplateResult | typeof nothing {
    const t = this.localize.t;
    const url = source?.url;
    if (!name && !updated) return nothing;
    return html`<p class="source" part="source">
      ${name ? html`${t.source}: ${url && isSafeUrl(url) ? html`<a href=${url} rel="noopener">${name}</a>` : name}.` : nothing}
      ${updated ? html`${t.updated} ${this.localize.date(updated)}.` : nothing}
    </p>`;
  }

  /** The "example data" badge for datasets marked as such. */
  protected renderSampleBadge(meta: Meta): TemplateResult | typeof nothing {
    return meta.sample ? html`<p class="sample">${this.localize.t.sampleData}</p>` : nothing;
  }
}
