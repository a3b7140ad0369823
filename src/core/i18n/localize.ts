import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { BplError, BplErrorCode, BplErrorParams } from '../errors.js';
import type { LocalizedText } from '../schema/common.js';
import type { Unit } from '../schema/dataset.js';
import type { Lang } from './format.js';
import * as format from './format.js';
import { sv } from './sv.js';
import type { CoreStrings } from './sv.js';

export type { Lang };
/** A table in Swedish, and in English once `loadEnglish` has fetched it. */
export type Translations<T> = { sv: T; en?: T };

export const CORE_STRINGS: Translations<CoreStrings> = { sv };

/**
 * English is fetched on demand: a page in Swedish never loads it. Each strings module adds the import of its
 * English part (`addEnglish(() => import('./….i18n.en.js'))`), which fills in its table's `en`; `dist/bpl.js`
 * puts them all in one file beside it (`bpl-en-….js`).
 */
const englishParts: (() => Promise<unknown>)[] = [() => import('./en.js')];

/** Said in the console when a part fetched on demand went to another copy of bpl.js. */
export const ANOTHER_COPY =
  'bpl: a part fetched on demand went to another copy of bpl.js (renamed, or loaded with a query); use bpl.full.js.';
let english: Promise<void> | undefined;
let englishReady = false;

export function addEnglish(load: () => Promise<unknown>): void {
  englishParts.push(load);
  english = undefined;
  englishReady = false;
}

/** Fetches the English parts (again, those added since); when that fails, the texts stay in Swedish. */
export function loadEnglish(): Promise<void> {
  if (english) return english;
  const loading: Promise<void> = Promise.all(englishParts.map((load) => load())).then(
    () => {
      // The English file imports bpl.js by its name: under another name or address (`bpl.js?v=2`) that is a
      // second copy, which got the texts instead of this one.
      if (!CORE_STRINGS.en) console.warn(ANOTHER_COPY);
      if (english === loading) englishReady = true;
    },
    (error: unknown) => {
      console.warn('bpl: the English texts could not be fetched; showing Swedish.', error);
      if (english === loading) englishReady = true;
    },
  );
  return (english = loading);
}

type ErrorText = (params: BplErrorParams) => string;

/** Messages for the error codes only one component raises (the map's `geometry`, the diagram's
 * `structure`): that component's strings module registers them here, so the other components' files do not
 * carry them. */
export const ERROR_TEXTS: Partial<Record<BplErrorCode, Translations<ErrorText>>> = {};

/** `en`, `en-GB`, `EN-us` → en; anything else (or nothing) → sv, the collaboration's language. */
export function toLang(value: string | null | undefined): Lang {
  return value && /^en\b/i.test(value.trim()) ? 'en' : 'sv';
}

/** The language of an element: its own `lang`, the nearest ancestor's (across shadow roots), the document's. */
export function resolveLang(element: Element): Lang {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return toLang(node.getAttribute('lang'));
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return toLang(document.documentElement.lang);
}

/** Picks the text in the given language, falling back to Swedish. */
export function localText(text: LocalizedText | undefined, lang: Lang): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return lang === 'en' && text.en ? text.en : text.sv;
}

/** Readable message lines for an error: the headline first, then one line per data issue. */
export function errorLines(
  error: BplError,
  lang: Lang,
  maxIssues = 8,
): { message: string; issues: string[] } {
  const t = CORE_STRINGS[lang] ?? sv;
  const own = ERROR_TEXTS[error.code];
  const text = own?.[lang] ?? own?.sv ?? (t.errors as Partial<Record<BplErrorCode, ErrorText>>)[error.code];
  // The readers say what they recognised, and some problems, in both languages themselves.
  const said = (s: unknown): string | undefined =>
    s && typeof s === 'object' && typeof (s as { sv?: unknown }).sv === 'string'
      ? ((s as Record<string, string>)[lang] ?? (s as { sv: string }).sv)
      : undefined;
  const message = [said(error.params.recognised), text?.(error.params) ?? error.code]
    .filter(Boolean)
    .join(' ');
  const all = error.params.issues ?? [];
  const issues = all.slice(0, maxIssues).map((issue) => {
    const own = said(issue.params?.said);
    return own !== undefined && issue.path.length === 0
      ? own
      : `${t.path(issue.path)}: ${own ?? t.issue(issue)}`;
  });
  if (all.length > maxIssues) issues.push(t.moreIssues(all.length - maxIssues));
  return { message, issues };
}

/**
 * Gives a component its language, the core strings and formatters bound to that language. The host
 * re-renders when its own `lang` or the document's changes.
 */
export class LocalizeController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  /** The language the host speaks: the one asked for once its texts are there. */
  private current: Lang = 'sv';
  /** The language asked for (the host's `lang`, an ancestor's, the document's). */
  private wanted: Lang = 'sv';
  private observer?: MutationObserver;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.refresh();
    // A change of the host's own `lang` or of <html lang> re-renders.
    this.observer = new MutationObserver(() => this.refresh());
    for (const target of [this.host, document.documentElement])
      this.observer.observe(target, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  /**
   * Re-reads the language and re-renders when it changed. English switches only once its texts are there
   * (fetched on demand, see `loadEnglish`), so everything the host makes in a language is made with its texts;
   * meanwhile `ready` is false and the host shows no text.
   */
  refresh(): void {
    this.wanted = resolveLang(this.host);
    if (this.wanted === 'en' && !englishReady) {
      void loadEnglish().then(() => this.refresh());
      return;
    }
    if (this.wanted !== this.current) {
      this.current = this.wanted;
      this.host.requestUpdate();
    }
  }

  /** False while the texts of the language asked for are being fetched. */
  get ready(): boolean {
    return this.wanted === this.current;
  }

  /** Resolves when the texts of the language asked for are there. */
  async whenReady(): Promise<void> {
    while (!this.ready && this.wanted === 'en') {
      await loadEnglish();
      this.refresh();
    }
  }

  get lang(): Lang {
    return this.current;
  }

  /** Core strings in the current language (Swedish until the English ones are fetched). */
  get t(): CoreStrings {
    return CORE_STRINGS[this.current] ?? sv;
  }

  /** A component's own table in the current language (Swedish until the English one is fetched). */
  pick<T>(table: Translations<T>): T {
    return table[this.current] ?? table.sv;
  }

  text(value: LocalizedText | undefined): string {
    return localText(value, this.current);
  }

  number(value: number, decimals = 1, signed = false): string {
    return format.formatNumber(value, this.current, decimals, signed);
  }

  value(value: number, unit: Unit, decimals = 1): string {
    return format.formatValue(value, unit, this.current, decimals);
  }

  difference(value: number, unit: Unit, decimals = 1, signed = false): string {
    return format.formatDifference(value, unit, this.current, decimals, signed);
  }

  list(items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
    return format.formatList(items, this.current, type);
  }

  date(iso: string): string {
    return format.formatDate(iso, this.current);
  }
}
