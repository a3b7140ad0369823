import { BplError, messageOf } from '../errors.js';
import { decodeBytes } from './decode.js';
import type { TextEncoding } from './decode.js';

/** Default time limit for one request. */
export const DEFAULT_TIMEOUT_MS = 15_000;

interface Entry {
  promise: Promise<string>;
  controller: AbortController;
  refs: number;
}

const inflight = new Map<string, Entry>();
const completed = new Map<string, string>();
/** The encoding each answer was read in (decode.ts), for the readers' report and messages. */
const encodings = new Map<string, TextEncoding>();

/** How the answer from `url` was decoded, once it has arrived. */
export function encodingOf(url: string): TextEncoding | undefined {
  return encodings.get(url);
}

/** Documents already read and validated, by kind, format and URL: elements that share a URL also share
 * the validation. Kept, like the answers themselves, for the life of the page. */
export const readCache = new Map<string, { value: unknown; format: 'json' | 'kolada' | 'csv' | 'pxweb' }>();

/** Forgets every finished and pending request (tests, or a page that wants fresh data). */
export function clearRequestCache(): void {
  for (const entry of inflight.values()) entry.controller.abort();
  inflight.clear();
  completed.clear();
  encodings.clear();
  readCache.clear();
}

/** Resolves a `src` attribute against the page, as an `<img src>` would be. */
export function resolveUrl(src: string, base: string = document.baseURI): string {
  return new URL(src, base).href;
}

/** Why a signal was aborted: an AbortError DOMException unless a reason was given (every browser with
 * `light-dark()`, which the theme needs, sets one). */
function abortError(signal: AbortSignal): unknown {
  return signal.reason;
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

function startRequest(url: string, timeoutMs: number): Entry {
  const controller = new AbortController();
  const signal = controller.signal;
  const timeout = new BplError('timeout', { url, timeoutMs });
  const timer = setTimeout(() => controller.abort(timeout), timeoutMs);
  const promise = fetch(url, {
    signal,
    credentials: 'same-origin',
    headers: { Accept: 'application/json, text/csv;q=0.9, */*;q=0.5' },
  })
    .then((response) => {
      if (!response.ok) throw new BplError('http', { url, status: response.status });
      return response.arrayBuffer();
    })
    .then((buffer) => {
      // Not `response.text()`: that reads every file as UTF-8, and Excel's and PxWeb's Windows-1252 files
      // would show "L\uFFFDs\uFFFDr".
      const { text, encoding } = decodeBytes(buffer);
      encodings.set(url, encoding);
      return text;
    })
    .catch((error: unknown) => {
      if (signal.aborted) throw signal.reason === timeout ? timeout : abortError(signal);
      throw error instanceof BplError ? error : new BplError('network', { url, detail: messageOf(error) });
    });
  const entry: Entry = { promise, controller, refs: 0 };
  const end = () => {
    clearTimeout(timer);
    if (inflight.get(url) === entry) inflight.delete(url);
  };
  promise.then((text) => {
    completed.set(url, text);
    end();
  }, end);
  inflight.set(url, entry);
  return entry;
}

/**
 * Fetches `url` as text. Elements that ask for the same URL share one request; the request is aborted only
 * when every element that waits for it has given up (its `signal` aborted). Successful answers are kept
 * for the life of the page.
 */
export function fetchShared(
  url: string,
  signal: AbortSignal,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<string> {
  if (signal.aborted) return Promise.reject(abortError(signal));
  const done = completed.get(url);
  if (done !== undefined) return Promise.resolve(done);
  const entry = inflight.get(url) ?? startRequest(url, timeoutMs);
  entry.refs++;
  return new Promise<string>((resolve, reject) => {
    let settled = false;
    // The first of answer, failure and abort settles this caller, once.
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      entry.refs--;
      signal.removeEventListener('abort', onAbort);
      finish();
    };
    const onAbort = () =>
      settle(() => {
        if (entry.refs === 0 && inflight.get(url) === entry) {
          inflight.delete(url);
          entry.controller.abort();
        }
        reject(abortError(signal));
      });
    signal.addEventListener('abort', onAbort, { once: true });
    entry.promise.then(
      (text) => settle(() => resolve(text)),
      (error: unknown) => settle(() => reject(error)),
    );
  });
}

/** How many requests are in flight now (for tests of sharing and aborting). */
export function inflightCount(): number {
  return inflight.size;
}
