/**
 * Snippets for web editors: the script tag plus the element, and the iframe of the embed page with its
 * two-line host script. Pure functions, shared by the builder (demo/index.html), the embed page and tests.
 */

export const EMBED_COMPONENTS = [
  'trend-chart',
  'municipality-map',
  'wellbeing-wheel',
  'collaboration-diagram',
] as const;
export type EmbedComponent = (typeof EMBED_COMPONENTS)[number];

/** The message the embed page posts to its host. */
export const EMBED_MESSAGE_TYPE = 'bpl-embed-height';

/** The fixed iframe height (px) each component gets when the host has no script: room for the drawing,
 * the summary and the buttons in a column 640–800 px wide, without an inner scrollbar. Measured with the
 * sample data in Swedish and English (test/embed/embed.browser.test.ts checks them): the trend chart
 * 620–695 (the most with girls and boys apart), the map 814–923 (60 px to spare: its summary grows with long names), the wheel 708–772, the collaboration
 * diagram 952–1010 (Jönköping) and 1149–1223 (the county's structure). */
export const EMBED_DEFAULT_HEIGHT: Record<EmbedComponent, number> = {
  'trend-chart': 700,
  'municipality-map': 980,
  'wellbeing-wheel': 800,
  'collaboration-diagram': 1240,
};

/** The host script: sizes each iframe from the messages its own embed page sends (a frame can only size
 * itself, because the message's source must be that iframe's window). Two lines, plain script. */
export const HOST_SCRIPT =
  "<script>addEventListener('message', function (e) { if (!e.data || e.data.type !== 'bpl-embed-height') return;\n" +
  "  document.querySelectorAll('iframe').forEach(function (f) { if (f.contentWindow === e.source) f.style.height = Math.ceil(+e.data.height) + 'px'; }); });</script>";

/** Escapes a value for a double-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface SnippetOptions {
  component: EmbedComponent;
  /** Attributes of the element, in order, empty values left out (`src` first by convention). */
  attributes: [string, string][];
  /** `en` adds `lang="en"`; Swedish is the default and needs nothing. */
  lang: 'sv' | 'en';
}

function filled(attributes: [string, string][]): [string, string][] {
  return attributes.filter(([, v]) => v.trim() !== '');
}

/** `<bpl-…>` with its attributes, one per line when there are several. */
export function elementSnippet(options: SnippetOptions): string {
  const tag = `bpl-${options.component}`;
  const attrs = filled(options.attributes).map(([k, v]) => `${k}="${escapeAttribute(v)}"`);
  if (options.lang === 'en') attrs.push('lang="en"');
  if (attrs.length <= 1) return `<${tag}${attrs.length ? ' ' + attrs[0] : ''}></${tag}>`;
  return `<${tag}\n${attrs.map((a) => `  ${a}`).join('\n')}\n></${tag}>`;
}

/** Snippet 1: the script tag (once per page) and the element. */
export function scriptSnippet(options: SnippetOptions & { scriptUrl: string }): string {
  return `<script type="module" src="${escapeAttribute(options.scriptUrl)}"></script>\n${elementSnippet(options)}`;
}

/** The embed page's address for these options. */
export function embedUrl(options: SnippetOptions & { embedPage: string }): string {
  const url = new URL(options.embedPage);
  url.search = '';
  url.searchParams.set('component', options.component);
  for (const [k, v] of filled(options.attributes)) url.searchParams.set(k, v);
  if (options.lang === 'en') url.searchParams.set('lang', 'en');
  return url.href;
}

/** Snippet 2: the iframe, for CMSs that strip scripts; with the host script, it follows its content's
 * height, and without it keeps a fixed height. */
export function iframeSnippet(
  options: SnippetOptions & { embedPage: string; title: string; withHostScript: boolean },
): string {
  const height = EMBED_DEFAULT_HEIGHT[options.component];
  const iframe =
    `<iframe src="${escapeAttribute(embedUrl(options))}"\n` +
    `  title="${escapeAttribute(options.title)}"\n` +
    `  width="100%" height="${height}" loading="lazy" style="border: 0; width: 100%"></iframe>`;
  return options.withHostScript ? `${iframe}\n${HOST_SCRIPT}` : iframe;
}

/** What the builder makes of an address typed into one of its fields. */
export type AddressCheck = { ok: true; href: string } | { ok: false; message: string };

/**
 * Checks an address an editor typed. `www.kommun.se/bpl/embed.html` is the usual slip: without a scheme a
 * browser takes it as a path on the current site (and `new URL` refuses it), so it is never accepted
 * silently; the message suggests the address with https:// in front. `relative` allows a path on the same
 * site (`/bpl/bpl.js`, `./bpl.js`), which the script tag and the data file can use but the embed page, shown
 * on another site, cannot. Only http(s) addresses are accepted.
 */
export function checkAddress(raw: string, options: { relative: boolean; example: string }): AddressCheck {
  const value = raw.trim();
  const example = `till exempel ${options.example}`;
  if (/^\/\//.test(value))
    return { ok: false, message: `Adressen saknar https: i början. Menade du https:${value}?` };
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return { ok: false, message: `Adressen går inte att läsa. Skriv hela adressen, ${example}.` };
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      return { ok: false, message: `Adressen måste börja med https://, ${example}.` };
    return { ok: true, href: url.href };
  }
  // No scheme: a host name first (www.…, or a domain followed by a path) means the https:// was left out.
  const first = value.split(/[/?#]/, 1)[0]!;
  const looksLikeHost =
    /^www\./i.test(value) ||
    (/^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}(:\d+)?$/i.test(first) && value.length > first.length);
  if (looksLikeHost)
    return { ok: false, message: `Adressen saknar https:// i början. Menade du https://${value}?` };
  if (!options.relative || value === '')
    return { ok: false, message: `Skriv hela adressen, med https:// i början, ${example}.` };
  return { ok: true, href: value };
}
