import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { BplError, toBplError } from '../errors.js';
import { DEFAULT_TIMEOUT_MS, encodingOf, fetchShared, isAbortError, readCache, resolveUrl } from './fetch.js';
import { Latest } from './latest.js';
import { warmFormats } from '../i18n/format.js';
import { resolveLang } from '../i18n/localize.js';
import { ADAPTERS, FORMAT_OPTIONS, decodeBody, decodeWithReaders, readersLoader } from './read.js';
import type { Decoded } from './read.js';
import type { DocumentFormat, FormatOption, Read, ReadExtras } from './read.js';
import type { Dataset } from '../schema/dataset.js';
import type { Structure } from '../schema/structure.js';

export type DocumentKind = 'dataset' | 'structure';

type Reader = (decoded: Decoded, format: FormatOption, extras: ReadExtras) => Read<unknown>;

/**
 * How each kind of document is read. None is built in: `dataset-reader.ts` adds datasets and
 * `structure-reader.ts` structures, each imported by the components that read that kind, so a page carries
 * only the readers (schemas, rules) of the components it uses.
 */
export const READERS: Partial<Record<DocumentKind, Reader>> = {};
type DocumentOf<K extends DocumentKind> = K extends 'dataset' ? Dataset : Structure;

/** What the element hosting the controller exposes. */
export interface DataSourceHost extends ReactiveControllerHost, HTMLElement {
  src?: string | undefined;
  data?: unknown;
  format?: FormatOption;
  loading?: 'eager' | 'lazy';
  timeout?: number;
  /** Kolada KPI ids (`N15428`, comma-separated): the data is fetched from Kolada's API, no file needed. */
  kolada?: string;
  /** Kolada's API address (default `https://api.kolada.se/v3`), for a proxy or a recorded copy. */
  koladaApi?: string;
}

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface Loaded<K extends DocumentKind> {
  value: DocumentOf<K>;
  format: DocumentFormat;
  /** The URL, or `data`/`inline`. */
  source: string;
}

/**
 * Loads, adapts and validates a component's data from `src`, the `data` property or an inline
 * `<script type="application/json">` child. Works like `@lit/task`: when its arguments change as the host
 * updates, a new load starts, the previous one is aborted and the latest wins; leaving the page aborts too.
 * With `loading="lazy"` nothing is fetched until the element nears the viewport.
 */
export class DataController<K extends DocumentKind> implements ReactiveController {
  readonly kind: K;
  private readonly host: DataSourceHost;
  private inline: string | undefined;
  private visible = false;
  private intersection?: IntersectionObserver;
  private children?: MutationObserver;
  private interrupted = false;
  /** `initial` before the first load (and while a lazy element waits), then as the latest load ended. */
  private state: 'initial' | 'pending' | 'complete' | 'error' = 'initial';
  private readonly latest = new Latest<unknown[]>();
  private value?: Loaded<K>;
  private failure?: unknown;
  private whenDone?: Promise<void>;
  private done?: () => void;

  constructor(host: DataSourceHost, kind: K) {
    this.host = host;
    this.kind = kind;
    host.addController(this);
  }

  private currentArgs(): unknown[] {
    const host = this.host;
    return [
      host.src,
      host.data,
      this.inline,
      host.format ?? 'auto',
      this.ready(),
      host.kolada,
      host.koladaApi,
    ];
  }

  private ready(): boolean {
    return this.host.loading !== 'lazy' || this.visible;
  }

  hostConnected(): void {
    this.readInline();
    this.children = new MutationObserver(() => {
      if (this.readInline()) this.host.requestUpdate();
    });
    this.children.observe(this.host, { childList: true, subtree: true, characterData: true });
    this.observeVisibility();
    if (this.interrupted) {
      this.interrupted = false;
      this.run();
    }
  }

  hostDisconnected(): void {
    this.children?.disconnect();
    this.intersection?.disconnect();
    this.intersection = undefined;
    if (this.latest.abort()) this.interrupted = true;
  }

  hostUpdate(): void {
    // `loading` may have changed from lazy to eager, or the reverse.
    if (this.host.loading === 'lazy' && !this.visible && !this.intersection) this.observeVisibility();
    const args = this.currentArgs();
    if (this.latest.differs(args)) this.run(args);
  }

  /** Starts a load; a newer one aborts it and wins. Ends `initial` when the element is not ready yet. */
  private run(args = this.currentArgs()): void {
    this.state = 'pending';
    this.host.requestUpdate();
    void this.latest.run(
      args,
      (signal) => this.load(args, signal),
      (outcome) => {
        const value = outcome.ok ? outcome.value : undefined;
        this.state = !outcome.ok ? 'error' : value ? 'complete' : 'initial';
        if (this.state !== 'initial') {
          this.value = value;
          this.failure = outcome.ok ? undefined : outcome.error;
        }
        // Settled either way, also when a lazy element out of view loaded nothing (it is idle, not loading).
        this.done?.();
        this.whenDone = this.done = undefined;
        this.host.requestUpdate();
      },
    );
  }

  private observeVisibility(): void {
    if (this.host.loading !== 'lazy' || this.visible) return;
    if (typeof IntersectionObserver === 'undefined') {
      this.visible = true;
      return;
    }
    this.intersection = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          this.visible = true;
          this.intersection?.disconnect();
          this.intersection = undefined;
          this.host.requestUpdate();
        }
      },
      { rootMargin: '300px 0px' },
    );
    this.intersection.observe(this.host);
  }

  /** Reads an inline `<script type="application/json">` child; true when it changed. Scripts marked
   * `data-labels` are a component's configuration (the wellbeing wheel's labels), never data. */
  private readInline(): boolean {
    const script = this.host.querySelector(':scope > script[type="application/json"]:not([data-labels])');
    const text = script?.textContent ?? undefined;
    if (text === this.inline) return false;
    this.inline = text;
    return true;
  }

  /** Loads and reads the document; undefined while a lazy element is not near the viewport yet. */
  private async load(args: readonly unknown[], signal: AbortSignal): Promise<Loaded<K> | undefined> {
    const [srcAttribute, data, inline, formatAttribute, ready, kolada, koladaApi] = args as [
      string | undefined,
      unknown,
      string | undefined,
      FormatOption,
      boolean,
      string | undefined,
      string | undefined,
    ];
    let src = srcAttribute;
    let format = formatAttribute;
    if (!ready) return undefined;
    // Let the element render its loading state first: keeps first paint cheap and ordering predictable.
    await Promise.resolve();
    // A mistyped `format` or `timeout` is said, not ignored (`timeout="abc"` would time out at once).
    if (!FORMAT_OPTIONS.includes(format))
      throw new BplError('invalid-attribute', {
        attribute: 'format',
        value: String(format),
        available: [...FORMAT_OPTIONS],
      });
    if (data !== undefined && data !== null)
      return this.read(await decodeWithReaders(data, format), format, 'data', {});
    if (kolada && !src && this.kind === 'dataset') {
      // The address is built by the readers (fetched on demand), which know every municipality's code.
      await readersLoader()?.();
      src = ADAPTERS.kolada!.dataUrl(kolada, this.host, koladaApi);
      format = 'kolada';
    }
    if (src) {
      const timeout = this.host.timeout ?? DEFAULT_TIMEOUT_MS;
      if (!(timeout > 0))
        throw new BplError('invalid-attribute', {
          attribute: 'timeout',
          value: this.host.getAttribute('timeout') ?? String(timeout),
        });
      let url: string;
      try {
        url = resolveUrl(src);
      } catch {
        throw new BplError('invalid-attribute', { attribute: 'src', value: src });
      }
      const key = `${this.kind}|${format}|${url}`;
      const cached = () => {
        const hit = readCache.get(key);
        return hit && { value: hit.value as DocumentOf<K>, format: hit.format, source: url };
      };
      const fetchText = (at: string) => fetchShared(at, signal, timeout);
      const before = cached();
      if (before) return before;
      const request = fetchText(url);
      // The first render's formatters are made while the file downloads (the first costs 20–50 ms).
      warmFormats(resolveLang(this.host));
      // Kolada's API that does not answer the page (cross-origin reads refused, or no network) is said so, with
      // the way around it, in the readers' words.
      const text = await request.catch((error: unknown) => {
        throw kolada && !srcAttribute && error instanceof BplError && error.code === 'network'
          ? new BplError('network', { ...error.params, recognised: ADAPTERS.kolada!.unreachable })
          : error;
      });
      // Elements that ask for the same file share one request, and then its reading: the first of them to go
      // on decodes and validates it without waiting again (unless Kolada pages follow) and caches the result,
      // which the others find here.
      const shared = cached();
      if (shared) return shared;
      let decoded = decodeWithReaders(text, format);
      if (decoded instanceof Promise) decoded = await decoded;
      // Kolada answers in pages: the adapter follows `next_url`, and all pages are read as one dataset. Its
      // description of the KPIs (title, unit) comes from `/v3/kpi/{ids}`, fetched beside the pages; without it
      // the chart is drawn with the KPI's id and a neutral unit, and says so.
      const extras: ReadExtras = { encoding: encodingOf(url) };
      const k = ADAPTERS.kolada;
      if (
        this.kind === 'dataset' &&
        decoded.type === 'json' &&
        format !== 'json' &&
        format !== 'csv' &&
        k?.isPage(decoded.value)
      ) {
        Object.assign(
          extras,
          await k.extras(
            decoded.value,
            (at, ms = timeout) => fetchShared(resolveUrl(at, url), signal, Math.min(timeout, ms)),
            koladaApi,
            !!(kolada || koladaApi),
          ),
        );
      }
      const loaded = this.read(decoded, format, url, extras);
      readCache.set(key, loaded);
      return loaded;
    }
    if (inline !== undefined && inline.trim() !== '')
      return this.read(await decodeWithReaders(inline, format), format, 'inline', {});
    throw new BplError('no-source');
  }

  private read(
    decoded: ReturnType<typeof decodeBody>,
    format: FormatOption,
    source: string,
    extras: ReadExtras,
  ): Loaded<K> {
    try {
      const reader = READERS[this.kind];
      if (!reader) throw new BplError('parse', { detail: `no reader for ${this.kind}` });
      const read = reader(decoded, format, extras) as Read<DocumentOf<K>>;
      return { value: read.value, format: read.format, source };
    } catch (error) {
      const e = toBplError(error, 'schema');
      if (source !== 'data' && source !== 'inline' && e.params.url === undefined) {
        throw new BplError(e.code, { ...e.params, url: source });
      }
      throw e;
    }
  }

  get status(): LoadStatus {
    switch (this.state) {
      case 'initial':
        return this.host.loading === 'lazy' && !this.visible ? 'idle' : 'loading';
      case 'complete':
        return 'ready';
      case 'error':
        return isAbortError(this.failure) ? 'loading' : 'error';
    }
    return 'loading';
  }

  get loaded(): Loaded<K> | undefined {
    return this.state === 'complete' ? this.value : undefined;
  }

  get error(): BplError | undefined {
    if (this.state !== 'error' || isAbortError(this.failure)) return undefined;
    // Converted once and kept: a new object on every read would be reported as a new error on each render.
    return (this.failure = toBplError(this.failure, 'network'));
  }

  /** Resolves when the current load has finished, either way (for tests and the demo). */
  async settled(): Promise<void> {
    if (this.state === 'pending') await (this.whenDone ??= new Promise((resolve) => (this.done = resolve)));
  }
}
