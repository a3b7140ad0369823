import { css, unsafeCSS } from 'lit';
import { RING } from './colour.js';

/** Stroke and width of the focus ring's two paths (see RING). */
const ring = (i: 0 | 1) =>
  unsafeCSS(`stroke: light-dark(${RING.light[i]}, ${RING.dark[i]}); stroke-width: ${RING.width[i]};`);

/** `.s1`–`.s7` (sequential) and `.d1`–`.d7` (diverging): the class colour as `--_c`, the fill for shapes
 * and background for HTML swatches (and for SVG shapes too: contrast checkers read it as the background). */
const classColours = unsafeCSS(
  [1, 2, 3, 4, 5, 6, 7]
    .flatMap((i) => [`s${i} { --_c: var(--_seq-${i})`, `d${i} { --_c: var(--_div-${i})`])
    .map((rule) => `.${rule}; fill: var(--_c); background-color: var(--_c); }`)
    .join('\n'),
);

/*
 * Labels (see renderLabels). The map is painted in document order: shapes, then each plate and its name.
 * Contrast checkers (axe) stack SVG by CSS rules instead, where Chromium's SVG text is display: block and
 * lands under every inline shape and plate; a stacking context for the labels and block plates give them the
 * painted order (SVG draws any display but none the same). Plates take the shape's class colour, the neutral
 * fill of shapes outside a legend filter (`.dim`, muted text), or the page's background (`.n`). The text sets `color` as well as
 * `fill`: contrast checkers read `color` for SVG text. (Comments stay out of the css template: it ships
 * as written.)
 *
 * `stroke-linejoin` and `pointer-events` are inherited in SVG, so the map sets them once. The forced-colours
 * block only names what the theme's forced tokens do not already give (the selected outline is text-coloured
 * otherwise; the focus ring's black and white become the system's text and canvas colours). Lists, slider
 * and legend items are flex items, so they need no display of their own.
 */
export const styles = css`
  ${classColours}
  .header,
  .legend {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .controls,
  .slider,
  .legend-items,
  .filter-status,
  .refs {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem;
  }
  .controls {
    gap: 0.5rem 1rem;
  }
  .slider {
    flex: 1 1 14rem;
    min-width: 0;
  }
  .slider label,
  .segmented legend {
    font-size: 0.9em;
    white-space: nowrap;
  }
  .slider input {
    flex: 1 1 8rem;
    min-width: 6rem;
    min-height: 2.25rem;
    accent-color: var(--_accent);
  }
  .ends,
  .bar-value,
  .legend-items button {
    font-variant-numeric: tabular-nums;
  }
  .ends,
  .legend-note,
  .refs,
  .more {
    font-size: 0.8em;
  }
  .ends,
  .legend-note,
  .count,
  .refs,
  .more,
  .missing {
    color: var(--_text-muted);
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
    margin: 0;
  }
  .map-wrap,
  .list {
    min-width: 0;
  }
  svg.map,
  .bar-track {
    display: block;
    width: 100%;
    overflow: visible;
  }
  svg.map {
    height: auto;
    touch-action: manipulation;
    stroke-linejoin: round;
  }
  .area {
    stroke: var(--_border);
    stroke-width: 0.8;
    cursor: pointer;
    outline: none;
  }
  .area.dim,
  .labels .dim {
    fill: var(--_surface);
    background-color: var(--_surface);
  }
  .hatch-bg,
  .labels .n {
    fill: var(--_bg);
    background-color: var(--_bg);
  }
  .hatch-line {
    stroke: var(--_missing);
    stroke-width: 1.5;
  }
  .matches,
  .selected-outline,
  .focus-ring,
  .focus-ring-inner {
    fill: none;
    pointer-events: none;
  }
  .matches {
    stroke: var(--_text);
    stroke-width: 2;
  }
  .selected-outline {
    stroke: var(--_text);
    stroke-width: 3;
  }
  .selected-outline.dim {
    stroke-dasharray: 6 4;
  }
  .focus-ring {
    ${ring(0)}
  }
  .focus-ring-inner {
    ${ring(1)}
  }
  .probes,
  .swatch,
  .bar {
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
  .labels .n {
    rx: 2px;
  }
  .on-light {
    color: #000;
    fill: #000;
  }
  .on-dark {
    color: #fff;
    fill: #fff;
  }
  .on-page {
    color: var(--_text);
    fill: var(--_text);
  }
  .on-dim {
    color: var(--_text-muted);
    fill: var(--_text-muted);
  }
  .missing-note,
  .missing {
    font-style: italic;
  }
  .missing-note {
    font-size: 9.5px;
  }
  .tooltip {
    position: absolute;
    z-index: 2;
    max-width: min(18rem, 90%);
    padding: 0.45rem 0.6rem;
    background: var(--_bg);
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
  .tooltip p,
  .legend p {
    margin: 0;
  }
  .legend {
    gap: 0.3rem;
    margin-top: 0.5rem;
  }
  .legend-title,
  .filter-status {
    font-size: 0.85em;
  }
  .legend-title,
  .list-heading,
  tfoot th,
  tfoot td {
    font-weight: 600;
  }
  .legend-items,
  .refs,
  .bars {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .legend-items {
    gap: 0.3rem;
  }
  .legend-items button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    background: var(--_bg);
    border-color: var(--_grid);
  }
  .legend-items button[aria-pressed='true'],
  .bars button[aria-pressed='true'] {
    background: var(--_surface);
    color: var(--_text);
    border-color: var(--_text);
    font-weight: 600;
  }
  .legend-items button[aria-pressed='true'] {
    box-shadow: inset 0 0 0 1px var(--_text);
  }
  .swatch {
    width: 1.1em;
    height: 1.1em;
    border: 1px solid var(--_border);
    border-radius: 2px;
    flex: none;
  }
  .swatch.missing {
    background: repeating-linear-gradient(45deg, var(--_bg) 0 2px, var(--_missing) 2px 3.5px);
  }
  .count {
    font-size: 0.9em;
  }
  .list-heading {
    margin-bottom: 0.4rem;
    font-size: 0.95em;
  }
  .refs {
    gap: 0.2rem 0.8rem;
    margin-bottom: 0.4rem;
  }
  .refs li {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }
  .ref-key {
    width: 0;
    height: 1em;
    border-left: 2px solid var(--_text);
  }
  .ref-key.riket {
    border-left: 2px dashed var(--_text-muted);
  }
  .ref.riket {
    stroke: var(--_text-muted);
    stroke-dasharray: 3 2;
  }
  .bars {
    display: grid;
    grid-template-columns: minmax(4rem, max-content) minmax(3rem, 1fr) max-content;
    row-gap: 2px;
  }
  .bars li,
  .bars button {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
  }
  .bars button {
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
  .bars .more {
    padding: 0.2rem 0.3rem;
  }
  .more-button {
    margin-top: 0.4rem;
  }
  .bar-name,
  .bar-value {
    white-space: nowrap;
  }
  .bar-name {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .bar-track {
    height: 0.9rem;
  }
  .bar,
  .ref {
    vector-effect: non-scaling-stroke;
  }
  .bar {
    stroke: var(--_border);
  }
  .ref {
    stroke: var(--_text);
    stroke-width: 2px;
  }
  .bar-value {
    text-align: end;
  }
  .map-loading {
    min-height: 16rem;
  }
  @media (forced-colors: active) {
    .selected-outline {
      stroke: Highlight;
    }
    .focus-ring {
      stroke: CanvasText;
    }
    .focus-ring-inner {
      stroke: Canvas;
    }
  }
`;
