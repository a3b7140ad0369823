import { css, unsafeCSS } from 'lit';
import { DIM } from './colour.js';

/** `.s1`–`.s7` (sequential) and `.d1`–`.d7` (diverging): the class colour as `--_c`, the fill for shapes
 * and background for HTML swatches (and for SVG shapes too: contrast checkers read it as the background). */
const classColours = unsafeCSS(
  [1, 2, 3, 4, 5, 6, 7]
    .flatMap((i) => [`.s${i} { --_c: var(--_seq-${i}); }`, `.d${i} { --_c: var(--_div-${i}); }`])
    .join('\n') +
    `\n${[1, 2, 3, 4, 5, 6, 7].flatMap((i) => [`.s${i}`, `.d${i}`]).join()} { fill: var(--_c); background-color: var(--_c); }`,
);

/*
 * Labels (see renderLabels). The map is painted in document order: shapes, then each plate and its name.
 * Contrast checkers (axe) stack SVG by CSS rules instead, where Chromium's SVG text is display: block and
 * lands under every inline shape and plate; a stacking context for the labels and block plates give them the
 * painted order (SVG draws any display but none the same). Plates take the shape's class colour, the same
 * colour faded as the shape is (`.dim`), or the page's background (`.n`). The text sets `color` as well as
 * `fill`: contrast checkers read `color` for SVG text. (Comments stay out of the css template: it ships
 * as written.)
 */
export const styles = css`
  ${classColours}
  .header {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
  }
  .slider {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem;
    flex: 1 1 14rem;
    min-width: 0;
  }
  .slider label {
    font-size: 0.9em;
    white-space: nowrap;
  }
  .slider input[type='range'] {
    flex: 1 1 8rem;
    min-width: 6rem;
    accent-color: var(--_accent);
    min-height: 2.25rem;
  }
  .slider .ends {
    font-size: 0.8em;
    color: var(--_text-muted);
    font-variant-numeric: tabular-nums;
  }
  .segmented {
    display: inline-flex;
    gap: 0.25rem;
    align-items: center;
    border: 0;
    margin: 0;
    padding: 0;
  }
  .segmented legend {
    float: left;
    font-size: 0.9em;
    margin-inline-end: 0.25rem;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1rem;
    align-items: start;
  }
  @container (min-width: 480px) {
    .layout {
      grid-template-columns: minmax(0, 3fr) minmax(11rem, 2fr);
    }
  }
  .map-wrap {
    position: relative;
    min-width: 0;
    margin: 0;
  }
  svg.map {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
    touch-action: manipulation;
  }
  .area {
    stroke: var(--_border);
    stroke-width: 0.8;
    stroke-linejoin: round;
    cursor: pointer;
    /* No fill transition: a new period steps to its colours at once (cheaper, and calm for everyone). */
    outline: none;
  }
  .area.dim {
    fill-opacity: ${DIM};
  }
  .area:focus-visible {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .hatch-bg {
    fill: var(--_bg);
  }
  .hatch-line {
    stroke: var(--_missing);
    stroke-width: 1.5;
  }
  .selected-outline {
    fill: none;
    stroke: var(--_text);
    stroke-width: 3;
    stroke-linejoin: round;
    pointer-events: none;
  }
  .focus-ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 4;
    stroke-linejoin: round;
    pointer-events: none;
  }
  .focus-ring-inner {
    fill: none;
    stroke: var(--_bg);
    stroke-width: 1.5;
    stroke-linejoin: round;
    pointer-events: none;
  }
  .probes {
    forced-color-adjust: none;
  }
  .labels {
    pointer-events: none;
    isolation: isolate;
  }
  .plate {
    display: block;
  }
  .labels text {
    font-size: 11px;
    text-anchor: middle;
    dominant-baseline: central;
  }
  .labels .dim {
    fill: color-mix(in srgb, var(--_c) ${DIM * 100}%, var(--_bg));
    background-color: color-mix(in srgb, var(--_c) ${DIM * 100}%, var(--_bg));
  }
  .labels .n {
    fill: var(--_bg);
    background-color: var(--_bg);
    rx: 2px;
  }
  .labels .on-light {
    color: #000000;
    fill: #000000;
  }
  .labels .on-dark {
    color: #ffffff;
    fill: #ffffff;
  }
  .labels .on-page {
    color: var(--_text);
    fill: var(--_text);
  }
  .labels .missing-note {
    font-size: 9.5px;
    font-style: italic;
  }
  .tooltip {
    position: absolute;
    z-index: 2;
    max-width: min(18rem, 90%);
    padding: 0.45rem 0.6rem;
    background: var(--_bg);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 2px 8px rgba(0, 0, 0, 0.2);
    font-size: 0.85em;
    line-height: 1.4;
    pointer-events: none;
  }
  .tooltip strong {
    display: block;
  }
  .tooltip p {
    margin: 0;
  }
  .legend {
    display: flex;
    flex-direction: column;
    gap: 0.3rem;
    margin-top: 0.5rem;
  }
  .legend-title {
    margin: 0;
    font-size: 0.85em;
    font-weight: 600;
  }
  .legend-note {
    margin: 0;
    font-size: 0.8em;
    color: var(--_text-muted);
  }
  .legend-items {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .legend-items button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    font-variant-numeric: tabular-nums;
    background: var(--_bg);
    color: var(--_text);
    border-color: var(--_grid);
  }
  .legend-items button[aria-pressed='true'] {
    background: var(--_surface);
    color: var(--_text);
    border-color: var(--_text);
    box-shadow: inset 0 0 0 1px var(--_text);
    font-weight: 600;
  }
  .swatch {
    display: inline-block;
    width: 1.1em;
    height: 1.1em;
    border: 1px solid var(--_border);
    border-radius: 2px;
    flex: none;
    forced-color-adjust: none;
  }
  .swatch.missing {
    background: repeating-linear-gradient(45deg, var(--_bg) 0 2px, var(--_missing) 2px 3.5px);
  }
  .count {
    color: var(--_text-muted);
    font-size: 0.9em;
  }
  .filter-status {
    margin: 0;
    font-size: 0.85em;
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    align-items: center;
  }
  .list {
    min-width: 0;
  }
  .list-heading {
    margin: 0 0 0.4rem;
    font-size: 0.95em;
    font-weight: 600;
  }
  .refs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2rem 0.8rem;
    margin: 0 0 0.4rem;
    padding: 0;
    list-style: none;
    font-size: 0.8em;
    color: var(--_text-muted);
  }
  .refs li {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }
  .ref-key {
    display: inline-block;
    width: 0;
    height: 1em;
    border-left: 2px solid var(--_text);
  }
  .ref-key.riket {
    border-left-style: dashed;
    border-left-color: var(--_text-muted);
  }
  .ref.riket {
    stroke: var(--_text-muted);
    stroke-dasharray: 3 2;
  }
  .bars {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: minmax(4rem, max-content) minmax(3rem, 1fr) max-content;
    row-gap: 2px;
  }
  .bars li {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
  }
  .bars button {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    column-gap: 0.5rem;
    align-items: center;
    width: 100%;
    min-height: 1.9rem;
    padding: 0.1rem 0.3rem;
    border-color: transparent;
    background: transparent;
    text-align: start;
    font-size: 0.85em;
  }
  .bars button:hover {
    background: var(--_surface);
  }
  .bars button[aria-pressed='true'] {
    background: var(--_surface);
    color: var(--_text);
    border-color: var(--_text);
    font-weight: 600;
  }
  .bars .more {
    grid-column: 1 / -1;
    padding: 0.2rem 0.3rem;
    font-size: 0.8em;
    color: var(--_text-muted);
  }
  .more-button {
    margin-top: 0.4rem;
  }
  .bar-name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .bar-track {
    display: block;
    width: 100%;
    height: 0.9rem;
    overflow: visible;
  }
  .bar {
    stroke: var(--_border);
    vector-effect: non-scaling-stroke;
    forced-color-adjust: none;
  }
  .ref {
    stroke: var(--_text);
    stroke-width: 2px;
    vector-effect: non-scaling-stroke;
  }
  .bar-value {
    font-variant-numeric: tabular-nums;
    text-align: end;
    white-space: nowrap;
  }
  .bar-value.missing {
    font-style: italic;
    color: var(--_text-muted);
  }
  .map-loading {
    display: grid;
    place-items: center;
    min-height: 16rem;
    background: var(--_surface);
    border-radius: var(--_radius);
    color: var(--_text-muted);
  }
  td.missing {
    font-style: italic;
    color: var(--_text-muted);
  }
  tfoot th,
  tfoot td {
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .area {
      stroke: CanvasText;
    }
    .selected-outline,
    .focus-ring {
      stroke: Highlight;
    }
    .hatch-line {
      stroke: GrayText;
    }
    .ref {
      stroke: CanvasText;
    }
  }
`;
