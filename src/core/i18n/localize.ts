import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { BplError, BplErrorCode, BplErrorParams } from '../errors.js';
import type { LocalizedText } from '../schema/common.js';
import type { Unit } from '../schema/dataset.js';
import { en } from './en.js';
import type { Lang } from './format.js';
import * as format from './format.js';
import { sv } from './sv.js';
import type { CoreStrings } from './sv.js';

export type { Lang };
export type Translations<T> = Record<Lang, T>;

export const CORE_STRINGS: Translations<CoreStrings> = { sv, en };

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
  const t = CORE_STRINGS[lang];
  const text =
    ERROR_TEXTS[error.code]?.[lang] ?? (t.errors as Partial<Record<BplErrorCode, ErrorText>>)[error.code];
  const message = text?.(error.params) ?? error.code;
  const all = error.params.issues ?? [];
  const issues = all.slice(0, maxIssues).map((issue) => `${t.path(issue.path)}: ${t.issue(issue)}`);
  if (all.length > maxIssues) issues.push(t.moreIssues(all.length - maxIssues));
  return { message, issues };
}

/**
 * Gives a component its language, the core strings and formatters bound to that language. The host
 * re-renders when its own `lang` or the document's changes.
 */
export class LocalizeController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private current: Lang = 'sv';
  private observer?: MutationObserver;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.current = resolveLang(this.host);
    // A change of the host's own `lang` or of <html lang> re-renders.
    this.observer = new MutationObserver(() => this.refresh());
    for (const target of [this.host, document.documentElement])
      this.observer.observe(target, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  /** Re-reads the language and re-renders when it changed. */
  refresh(): void {
    const next = resolveLang(this.host);
    if (next !== this.current) {
      this.current = next;
      this.host.requestUpdate();
    }
  }

  get lang(): Lang {
    return this.current;
  }

  /** Core strings in the current language. */
  get t(): CoreStrings {
    return CORE_STRINGS[this.current];
  }

  /** A component's own table in the current language. */
  pick<T>(table: Translations<T>): T {
    return table[this.current];
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
