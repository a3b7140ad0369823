import type { BplError, BplErrorCode, BplErrorParams } from './errors.js';

/** Detail of `bpl-error`: a machine-readable code, the readable message (in the component's language) and
 * the parameters behind it. */
export interface BplErrorDetail {
  code: BplErrorCode;
  message: string;
  params: BplErrorParams;
  error: BplError;
}

/** Detail of `bpl-load`: what was loaded. */
export interface BplLoadDetail {
  /** The URL, or `data`/`inline` when the data came from a property or an inline script. */
  source: string;
  /** `dataset` or `structure`. */
  kind: 'dataset' | 'structure';
  /** The adapter that read it: `json`, `kolada` or `csv`. */
  format: string;
}

/** Detail of `bpl-select`: what the reader chose, so other components can follow. Fields that do not apply
 * to a component are left out. */
export interface BplSelectDetail {
  area?: string;
  period?: string;
  indicator?: string;
  group?: string;
  /** A body of a collaboration structure. */
  body?: string;
  /** Set by the trend chart when the point is on a comparison line (the county, Riket, a compared
   * municipality), not on its own area: a `sync` group does not switch to that area. */
  comparison?: boolean;
  /** The `sync` channel name of the sender, when it has one. */
  sync?: string;
}

export type BplErrorEvent = CustomEvent<BplErrorDetail>;
export type BplLoadEvent = CustomEvent<BplLoadDetail>;
export type BplSelectEvent = CustomEvent<BplSelectDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'bpl-error': BplErrorEvent;
    'bpl-load': BplLoadEvent;
    'bpl-select': BplSelectEvent;
  }
}

/** Dispatches a typed event from `target`; bubbles and crosses shadow roots unless told otherwise. */
export function emit<K extends 'bpl-error' | 'bpl-load' | 'bpl-select'>(
  target: EventTarget,
  name: K,
  detail: GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never,
  options: Omit<CustomEventInit, 'detail'> = {},
): boolean {
  const event = new CustomEvent(name, {
    bubbles: true,
    composed: true,
    cancelable: false,
    ...options,
    detail,
  });
  return target.dispatchEvent(event);
}
