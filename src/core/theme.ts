import { css, unsafeCSS } from 'lit';

/**
 * The theming contract. Every public token is a `--bpl-*` custom property that the page may set on the
 * element or on any ancestor (`:root` for a whole site); the component reads it through a private
 * `--_*` property with its default on `:host`. Dark mode follows `prefers-color-scheme` unless the `theme`
 * attribute says `light` or `dark`; forced-colors mode maps everything to system colours.
 *
 * The categorical palette is colour-blind safe and each colour reaches 3:1 against the background (a unit
 * test checks both themes). Lines are also told apart by markers and dashes, never by colour alone.
 */

export const LIGHT_PALETTE = [
  '#0b5cad',
  '#b6400e',
  '#0f7b52',
  '#7b3fa6',
  '#8a6100',
  '#00788a',
  '#b3195f',
  '#4f5661',
];
export const DARK_PALETTE = [
  '#6cb6ff',
  '#ff9b63',
  '#4fd18b',
  '#d1a2ff',
  '#e8c15a',
  '#4fd3e6',
  '#ff85b8',
  '#b4bcc8',
];
export const LIGHT_BACKGROUND = '#ffffff';
export const DARK_BACKGROUND = '#16191d';
/** Sequential, colour-blind safe (light to dark blue-purple), seven steps. */
export const SEQUENTIAL = ['#f1eef6', '#d0d1e6', '#a6bddb', '#74a9cf', '#3690c0', '#0570b0', '#034e7b'];
/** Diverging (orange to purple, PuOr), colour-blind safe; step 1 is the bad end, step 7 the good end. */
export const DIVERGING = ['#b35806', '#e08214', '#fdb863', '#f7f7f7', '#b2abd2', '#8073ac', '#542788'];

/** [token, light value, dark value]; the public property is `--bpl-color-<token>`, except as PUBLIC says. */
const TOKENS: [string, string, string][] = [
  ['text', '#1d2125', '#e8eaed'],
  ['text-muted', '#545c66', '#aab2bc'],
  ['bg', LIGHT_BACKGROUND, DARK_BACKGROUND],
  ['surface', '#f3f5f7', '#23272d'],
  ['border', '#8a939e', '#7d8793'],
  ['grid', '#dde1e6', '#343a42'],
  ['accent', '#0b5cad', '#6cb6ff'],
  ['accent-text', '#ffffff', '#0b1a2a'],
  ['focus', '#0b5cad', '#8cc8ff'],
  ['goal', '#1d2125', '#e8eaed'],
  ['good', '#1b6e3a', '#5fd38d'],
  ['bad', '#a8321a', '#ff8a70'],
  ['missing', '#6b737d', '#9aa3ad'],
  ['error-bg', '#fdf0ee', '#3a1f1a'],
  ['error-border', '#a8321a', '#ff8a70'],
  ...LIGHT_PALETTE.map((c, i): [string, string, string] => [`cat-${i + 1}`, c, DARK_PALETTE[i]!]),
];
const PUBLIC: Record<string, string> = { bg: 'background', 'error-bg': 'error-background' };

// One declaration per token: `light-dark()` picks the value for the host's colour scheme, which follows the
// reader's system unless the `theme` attribute fixes it.
const tokens = [
  ...TOKENS.map(
    ([name, light, dark]) =>
      `--_${name}:var(--bpl-color-${PUBLIC[name] ?? name.replace('cat-', '')},light-dark(${light},${dark}));`,
  ),
  ...SEQUENTIAL.map((c, i) => `--_seq-${i + 1}:var(--bpl-color-seq-${i + 1},${c});`),
  ...DIVERGING.map((c, i) => `--_div-${i + 1}:var(--bpl-color-div-${i + 1},${c});`),
].join('');

const SYSTEM_COLOURS: Record<string, string> = {
  bg: 'Canvas',
  surface: 'Canvas',
  'error-bg': 'Canvas',
  accent: 'Highlight',
  focus: 'Highlight',
  'accent-text': 'HighlightText',
  grid: 'GrayText',
  missing: 'GrayText',
};
/** Windows high contrast: every token becomes a system colour (text-like ones CanvasText). */
const forced = TOKENS.map(([name]) => `--_${name}:${SYSTEM_COLOURS[name] ?? 'CanvasText'};`).join('');

export const themeStyles = css`
  :host {
    ${unsafeCSS(tokens)}
    --_font: var(--bpl-font-family, inherit);
    --_radius: var(--bpl-radius, 4px);
    --_space: var(--bpl-space, 0.75rem);
    --_min-height: var(--bpl-min-height, 320px);
    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    color: var(--_text);
    background: var(--_bg);
    color-scheme: light dark;
    container-type: inline-size;
    min-width: 0;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  @media (forced-colors: active) {
    :host {
      ${unsafeCSS(forced)}
    }
  }
`;

/**
 * Building blocks every component uses: frame, header, toolbar, error, loading, table, summary. (Comments stay
 * out of the CSS: a css`` template ships as written.) A pressed toggle opts out of forced-colour repainting,
 * because the browser would repaint its background but not its text, leaving it blank.
 */
export const baseStyles = css`
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .base {
    position: relative;
    min-height: var(--_min-height);
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding: var(--bpl-padding, 0);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .heading {
    margin: 0;
    font-size: var(--bpl-title-size, 1.2em);
    font-weight: 700;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  .subtitle {
    margin: 0;
    color: var(--_text-muted);
    line-height: 1.4;
    overflow-wrap: anywhere;
  }
  .sample {
    align-self: flex-start;
    display: inline-block;
    padding: 0.1em 0.5em;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    font-size: 0.8em;
    color: var(--_text-muted);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    align-items: center;
  }
  button,
  .button {
    font: inherit;
    font-size: 0.875em;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.35em 0.75em;
    min-height: 2.25rem;
    min-width: 2.25rem;
    cursor: pointer;
    text-decoration: none;
  }
  button[aria-pressed='true'],
  button[aria-expanded='true'] {
    background: var(--_accent);
    color: var(--_accent-text);
    border-color: var(--_accent);
    forced-color-adjust: none;
  }
  :focus-visible,
  button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .source {
    margin: 0;
    font-size: 0.85em;
    color: var(--_text-muted);
    overflow-wrap: anywhere;
  }
  a {
    color: var(--_accent);
  }
  .error {
    border: 2px solid var(--_error-border);
    background: var(--_error-bg);
    border-radius: var(--_radius);
    padding: var(--_space);
    line-height: 1.45;
    overflow-wrap: anywhere;
  }
  .error p {
    margin: 0 0 0.4em;
  }
  .error ul {
    margin: 0.4em 0 0;
    padding-left: 1.25em;
  }
  .error code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
  }
  .loading {
    flex: 1;
    display: grid;
    place-items: center;
    min-height: var(--_min-height);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text-muted);
  }
  table {
    border-collapse: collapse;
    font-size: 0.9em;
    font-variant-numeric: tabular-nums;
  }
  .table-wrap {
    overflow-x: auto;
    max-width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.4em;
  }
  th,
  td {
    padding: 0.3em 0.6em;
    border-bottom: 1px solid var(--_grid);
    text-align: end;
    white-space: nowrap;
  }
  th[scope='row'],
  thead th:first-child {
    text-align: start;
  }
  .summary {
    margin: 0;
    line-height: 1.5;
  }
  details > summary {
    cursor: pointer;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;
