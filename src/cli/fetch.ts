/**
 * Fetching for `bpl-data`: every failure (no answer, a status outside 200–299, a body that is not what was
 * asked for) is a `FetchError` (exit code 3) that names the address, and progress goes to stderr, as one
 * line rewritten with `\r` on a terminal, as plain lines otherwise.
 */

export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

export class FetchError extends Error {
  readonly url: string;
  readonly status?: number;
  /** Said after the message: what the user can do about it. */
  readonly hint?: string;

  constructor(message: string, url: string, options: { status?: number; hint?: string } = {}) {
    super(message);
    this.name = 'FetchError';
    this.url = url;
    this.status = options.status;
    this.hint = options.hint;
  }
}

export interface Progress {
  /** Says what is happening now. */
  say(text: string): void;
  /** Ends the progress line (on a terminal) before other output. */
  done(): void;
}

export function progress(stderr: { write(text: string): unknown }, isTTY: boolean): Progress {
  let open = false;
  return {
    say(text) {
      if (isTTY) {
        stderr.write(`\r\x1b[K${text}`);
        open = true;
      } else stderr.write(`${text}\n`);
    },
    done() {
      if (open) stderr.write('\r\x1b[K');
      open = false;
    },
  };
}

/**
 * Node's own words for a failure (English: "fetch failed", "bad port", ECONNREFUSED), kept apart from the
 * Swedish sentence: "(Teknisk orsak: …)".
 */
export function technical(error: unknown): string {
  const e = error as { message?: unknown; cause?: { message?: unknown; code?: unknown } } | undefined;
  const parts = [e?.cause?.code, e?.cause?.message ?? e?.message ?? String(error)].filter(
    (p, i, all) => typeof p === 'string' && p !== '' && all.indexOf(p) === i,
  );
  return `(Teknisk orsak: ${parts.join(': ')})`;
}

export interface FetchOptions {
  method?: 'GET' | 'POST';
  body?: unknown;
  /** Said with a failure: what the user can do (Kolada: point --api at a proxy). */
  hint?: string;
  timeoutMs?: number;
}

const TIMEOUT_MS = 120_000;

/** The body of an address as bytes; throws a FetchError. */
export async function fetchBytes(
  fetcher: FetchLike,
  url: string,
  options: FetchOptions = {},
): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetcher(url, {
      method: options.method ?? 'GET',
      headers:
        options.body === undefined
          ? { accept: 'application/json, text/csv, */*' }
          : { accept: 'application/json', 'content-type': 'application/json' },
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
      signal: AbortSignal.timeout(options.timeoutMs ?? TIMEOUT_MS),
    });
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    throw new FetchError(
      timedOut
        ? `Inget svar från ${url} inom ${Math.round((options.timeoutMs ?? TIMEOUT_MS) / 1000)} sekunder.`
        : `Det gick inte att hämta ${url}: kunde inte nå servern. Kontrollera adressen och nätverksanslutningen. ${technical(error)}`,
      url,
      { hint: options.hint },
    );
  }
  if (!response.ok) {
    let said = '';
    try {
      const text = (await response.text()).trim();
      if (text && !text.startsWith('<'))
        said = ` Servern sa: ${text.length > 300 ? `${text.slice(0, 300)}…` : text}`;
    } catch {
      // The body is only a detail.
    }
    throw new FetchError(
      `Servern svarade med felkod ${response.status}${response.statusText ? ` (${response.statusText})` : ''} för ${url}.${said}`,
      url,
      { status: response.status, hint: options.hint },
    );
  }
  try {
    return new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    throw new FetchError(`Svaret från ${url} avbröts. ${technical(error)}`, url, { hint: options.hint });
  }
}

/** The body of an address as JSON; an answer that is not JSON is a FetchError too (a proxy's error page). */
export async function fetchJson(
  fetcher: FetchLike,
  url: string,
  options: FetchOptions = {},
): Promise<unknown> {
  const bytes = await fetchBytes(fetcher, url, options);
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    const start = text.trim().slice(0, 80).replace(/\s+/g, ' ');
    throw new FetchError(
      `Svaret från ${url} är inte JSON${start ? ` (det börjar "${start}")` : ' (det är tomt)'}.`,
      url,
      { hint: options.hint },
    );
  }
}
