import { css, unsafeCSS } from 'lit';
import { SECTORS } from '../../core/schema/structure.js';

/** `.s1`–`.s8`: the sectors' colours (the theme's categorical palette, in SECTORS' order) as `--_c`, which
 * the marks and chips draw with. */
const sectorColours = unsafeCSS(SECTORS.map((_, i) => `.s${i + 1}{--_c:var(--_cat-${i + 1})}`).join(''));

// The diagram first, then the list (tree) view and the detail. (Comments stay out of the template: it ships as
// written.)
export const styles = css`
  .filter,
  .legend {
    font-size: 0.875em;
  }
  select {
    font: inherit;
    min-height: 2.25rem;
    margin-left: 0.4rem;
  }
  .status {
    margin: 0;
  }

  .scroller {
    overflow-x: auto;
  }
  .diagram {
    display: block;
  }
  .b0 {
    fill: var(--_surface);
  }
  .b1 {
    fill: var(--_bg);
  }
  .diagram text {
    fill: var(--_text);
    font-size: 12.5px;
  }
  .diagram .label,
  .diagram .title {
    font-size: 14px;
    font-weight: 700;
  }
  .diagram .small {
    font-size: 13px;
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 4px;
  }
  .edge path {
    fill: none;
    stroke: var(--_text);
    stroke-width: 1.5;
  }
  polygon {
    fill: var(--_text);
    stroke: var(--_text);
    stroke-linejoin: round;
  }
  .prepares-for path {
    stroke-dasharray: 6 4;
  }
  .prepares-for polygon {
    fill: var(--_bg);
    stroke-width: 1.5;
  }
  .collaborates-with path {
    stroke: var(--_text-muted);
    stroke-dasharray: 1.5 3.5;
    stroke-linecap: round;
  }
  .active > * {
    stroke: var(--_accent);
    stroke-width: 3;
  }
  .active:not(.prepares-for) polygon {
    fill: var(--_accent);
  }
  .item {
    cursor: pointer;
    outline: none;
  }
  .ring {
    fill: transparent;
  }
  .ring:hover {
    stroke: var(--_text-muted);
    stroke-width: 1.5;
  }
  .item:focus-visible > .ring {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .stack,
  .bg,
  .frame {
    fill: var(--_bg);
    stroke: var(--_border);
    stroke-width: 1.25;
  }
  .match > .bg {
    fill: color-mix(in srgb, var(--_accent) 12%, var(--_bg));
    stroke: var(--_accent);
    stroke-width: 2;
    stroke-dasharray: 6 3;
  }
  .sel > .bg {
    stroke: var(--_text);
    stroke-width: 3;
    stroke-dasharray: none;
  }
  .bar {
    fill: var(--_accent);
  }
  .frame {
    fill: none;
    stroke-dasharray: 5 3;
  }
  .plus {
    fill: var(--_surface);
    stroke: var(--_text);
    stroke-width: 1.5;
  }
  .mark {
    fill: none;
    stroke: var(--_c);
    stroke-width: 1.5;
  }
  .mark.on,
  .fill {
    stroke: var(--_accent);
  }
  .fill {
    fill: var(--_accent);
  }
  .diagram .m.on {
    fill: var(--_accent-text);
  }
  .diagram .m {
    font-size: 10.5px;
    font-weight: 700;
    text-anchor: middle;
  }
  ${sectorColours}

  .li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    margin: 0.2rem 0;
    padding: 0.35rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  .d2 {
    margin-left: 1.25rem;
  }
  .d3 {
    margin-left: 2.5rem;
  }
  .li.level {
    border-color: transparent;
    font-weight: 700;
  }
  .li.match {
    border: 2px dashed var(--_accent);
    background: color-mix(in srgb, var(--_accent) 12%, var(--_bg));
  }
  .li.sel {
    border: 3px solid var(--_text);
    border-left-width: 8px;
  }
  .text {
    flex: 1 1 12rem;
  }
  .text .muted {
    display: block;
    font-size: 0.875em;
  }
  .chip {
    display: inline-block;
    min-width: 1.9em;
    margin-right: 3px;
    border: 1.5px solid var(--_c);
    border-radius: 3px;
    font-size: 0.72rem;
    font-weight: 700;
    text-align: center;
  }
  .chip.on {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-text);
  }
  .detail {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    overflow-wrap: anywhere;
  }
  .detail p {
    margin: 0 0 0.5rem;
  }
  .head {
    display: flex;
    justify-content: space-between;
  }
  .dtitle {
    font-size: 1.1em;
    font-weight: 700;
  }
  .dt {
    font-weight: 700;
  }
  .muted {
    color: var(--_text-muted);
  }
  .plain {
    list-style: none;
    margin: 0 0 0.5rem;
    padding: 0;
  }
  .link {
    border: none;
    padding: 0;
    min-height: 1.5rem;
    min-width: 0;
    font-size: 1em;
    color: var(--_accent);
    text-decoration: underline;
    background: none;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem 1rem;
  }
  @media (forced-colors: active) {
    .chip.on {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
