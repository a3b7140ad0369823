import { css, unsafeCSS } from 'lit';

// The theme's tokens become system colours in forced-colours mode (background → Canvas, focus → Highlight,
// border → CanvasText), which covers markers, the focus ring and the tooltip there; only the band needs its
// own rule. The toolbar is styled in baseStyles, its downloads menu in menuStyles
// (src/core/toolbar.ts).
export const styles = css`
  .header {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .goal-status,
  .note,
  .caption,
  .tooltip p {
    margin: 0;
  }
  .caption {
    font-weight: 600;
    overflow-wrap: break-word;
  }
  .goal-status,
  .note {
    line-height: 1.4;
  }
  .goal-status {
    display: flex;
    align-items: baseline;
    gap: 0.4em;
    font-weight: 600;
    color: var(--_good);
  }
  .goal-status,
  .legend li {
    overflow-wrap: anywhere;
  }
  .icon {
    display: inline-grid;
    place-items: center;
    width: 1.3em;
    height: 1.3em;
    border-radius: 50%;
    border: 2px solid;
    font-size: 0.8em;
    line-height: 1;
  }
  .icon,
  .legend svg {
    flex: none;
  }
  .behind {
    color: var(--_bad);
  }
  .note,
  .shown {
    background: var(--_surface);
  }
  .note {
    padding: 0.4em 0.6em;
    border-inline-start: 4px solid var(--_border);
  }
  .shown {
    padding: 0.5em 0.75em;
  }
  .tooltip {
    position: absolute;
    left: 0;
    top: 0;
    z-index: 3;
    width: max-content;
    max-width: min(16rem, 100%);
    overflow-wrap: break-word;
    background: var(--_bg);
    border: 1px solid var(--_border);
    pointer-events: none;
    padding: 0.45em 0.6em;
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.18);
    font-size: 0.875em;
    line-height: 1.35;
    transition: opacity 120ms ease-out;
  }
  .tooltip,
  .plot,
  .shown {
    border-radius: var(--_radius);
  }
  .plot {
    position: relative;
    touch-action: pan-y;
  }
  svg {
    display: block;
    max-width: 100%;
    height: auto;
    overflow: visible;
  }
  .grid {
    stroke: var(--_grid);
  }
  .axis {
    stroke: var(--_border);
  }
  .tick,
  .axis-title {
    fill: var(--_text-muted);
  }
  .goal,
  .goal-leader,
  .goal-label {
    --c: var(--_goal);
  }
  .line,
  .goal {
    fill: none;
    stroke: var(--c);
    stroke-width: 2;
  }
  .line {
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .line.main {
    stroke-width: 3.25;
  }
  .band {
    fill: var(--c);
    fill-opacity: 0.16;
  }
  .marker {
    fill: var(--c);
    stroke: var(--_bg);
  }
  .hollow {
    fill: var(--_bg);
    stroke: var(--c);
    stroke-width: 2;
  }
  .label {
    fill: var(--_text);
  }
  .main {
    font-weight: 700;
  }
  .goal-label {
    fill: var(--c);
    font-style: italic;
  }
  .leader {
    stroke: var(--c);
  }
  .guide {
    stroke: var(--_text-muted);
    stroke-dasharray: 2 2;
  }
  .focus-ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 3;
  }
  ${seriesColours()}
  .muted,
  .footnotes,
  .flag,
  .none {
    color: var(--_text-muted);
  }
  .legend,
  .footnotes {
    margin: 0.25rem 0 0;
  }
  .legend {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    font-size: 0.875em;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }
  .footnotes,
  .flag {
    font-size: 0.85em;
  }
  .flag {
    margin-inline-start: 0.25em;
  }
  @media (forced-colors: active) {
    .band {
      fill: GrayText;
      fill-opacity: 0.3;
    }
  }
`;

function seriesColours() {
  // Colour slots 1–8 map to the theme's categorical palette (and to CanvasText in forced colours).
  let rules = '';
  for (let i = 1; i <= 8; i++) rules += `.c${i}{--c:var(--_cat-${i})}`;
  return unsafeCSS(rules);
}
