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

const palette = (colors: string[]) =>
  colors.map((c, i) => `--_cat-${i + 1}: var(--bpl-color-${i + 1}, ${c});`).join('\n');

const lightTokens = `
  --_text: var(--bpl-color-text, #1d2125);
  --_text-muted: var(--bpl-color-text-muted, #545c66);
  --_bg: var(--bpl-color-background, ${LIGHT_BACKGROUND});
  --_surface: var(--bpl-color-surface, #f3f5f7);
  --_border: var(--bpl-color-border, #8a939e);
  --_grid: var(--bpl-color-grid, #dde1e6);
  --_accent: var(--bpl-color-accent, #0b5cad);
  --_accent-text: var(--bpl-color-accent-text, #ffffff);
  --_focus: var(--bpl-color-focus, #0b5cad);
  --_goal: var(--bpl-color-goal, #1d2125);
  --_good: var(--bpl-color-good, #1b6e3a);
  --_bad: var(--bpl-color-bad, #a8321a);
  --_missing: var(--bpl-color-missing, #6b737d);
  --_error-bg: var(--bpl-color-error-background, #fdf0ee);
  --_error-border: var(--bpl-color-error-border, #a8321a);
  ${palette(LIGHT_PALETTE)}
`;

const darkTokens = `
  --_text: var(--bpl-color-text, #e8eaed);
  --_text-muted: var(--bpl-color-text-muted, #aab2bc);
  --_bg: var(--bpl-color-background, ${DARK_BACKGROUND});
  --_surface: var(--bpl-color-surface, #23272d);
  --_border: var(--bpl-color-border, #7d8793);
  --_grid: var(--bpl-color-grid, #343a42);
  --_accent: var(--bpl-color-accent, #6cb6ff);
  --_accent-text: var(--bpl-color-accent-text, #0b1a2a);
  --_focus: var(--bpl-color-focus, #8cc8ff);
  --_goal: var(--bpl-color-goal, #e8eaed);
  --_good: var(--bpl-color-good, #5fd38d);
  --_bad: var(--bpl-color-bad, #ff8a70);
  --_missing: var(--bpl-color-missing, #9aa3ad);
  --_error-bg: var(--bpl-color-error-background, #3a1f1a);
  --_error-border: var(--bpl-color-error-border, #ff8a70);
  ${palette(DARK_PALETTE)}
`;

const scales = [
  ...SEQUENTIAL.map((c, i) => `--_seq-${i + 1}: var(--bpl-color-seq-${i + 1}, ${c});`),
  ...DIVERGING.map((c, i) => `--_div-${i + 1}: var(--bpl-color-div-${i + 1}, ${c});`),
].join('\n');

export const themeStyles = css`
  :host {
    ${unsafeCssText(lightTokens)}
    ${unsafeCssText(scales)}
    --_font: var(--bpl-font-family, inherit);
    --_radius: var(--bpl-radius, 4px);
    --_space: var(--bpl-space, 0.75rem);
    --_min-height: var(--bpl-min-height, 320px);
    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    color: var(--_text);
    background: var(--_bg);
    color-scheme: light;
    container-type: inline-size;
    min-width: 0;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    ${unsafeCssText(darkTokens)}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${unsafeCssText(darkTokens)}
      color-scheme: dark;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_text: CanvasText;
      --_text-muted: CanvasText;
      --_bg: Canvas;
      --_surface: Canvas;
      --_border: CanvasText;
      --_grid: GrayText;
      --_accent: Highlight;
      --_accent-text: HighlightText;
      --_focus: Highlight;
      --_goal: CanvasText;
      --_good: CanvasText;
      --_bad: CanvasText;
      --_missing: GrayText;
      --_error-bg: Canvas;
      --_error-border: CanvasText;
      --_cat-1: CanvasText;
      --_cat-2: CanvasText;
      --_cat-3: CanvasText;
      --_cat-4: CanvasText;
      --_cat-5: CanvasText;
      --_cat-6: CanvasText;
      --_cat-7: CanvasText;
      --_cat-8: CanvasText;
    }
  }
`;

/** Token text is our own constant, never data. */
function unsafeCssText(text: string) {
  return unsafeCSS(text);
}

/** Building blocks every component uses: frame, header, toolbar, error, loading, table, summary. */
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
  .loading span {
    animation: bpl-pulse 1.6s ease-in-out infinite;
  }
  @keyframes bpl-pulse {
    50% {
      opacity: 0.45;
    }
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
