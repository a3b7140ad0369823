import { css, unsafeCSS } from 'lit';

export const styles = css`
  .header {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .goal-status {
    margin: 0;
    display: flex;
    align-items: baseline;
    gap: 0.4em;
    font-weight: 600;
    line-height: 1.4;
    overflow-wrap: anywhere;
  }
  .goal-status .icon {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 1.3em;
    height: 1.3em;
    border-radius: 50%;
    border: 2px solid currentColor;
    font-size: 0.8em;
    line-height: 1;
  }
  .goal-status.behind {
    color: var(--_bad);
  }
  .goal-status.ahead,
  .goal-status.on-track {
    color: var(--_good);
  }
  .note {
    margin: 0;
    padding: 0.4em 0.6em;
    border-inline-start: 4px solid var(--_border);
    background: var(--_surface);
    line-height: 1.4;
  }
  .downloads {
    position: relative;
  }
  .downloads > summary {
    list-style: none;
    font-size: 0.875em;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.35em 0.75em;
    min-height: 2.25rem;
    display: inline-flex;
    align-items: center;
  }
  .downloads > summary::-webkit-details-marker {
    display: none;
  }
  .downloads > summary::after {
    content: '▾';
    margin-inline-start: 0.4em;
  }
  .downloads[open] > summary::after {
    content: '▴';
  }
  .downloads .menu {
    position: absolute;
    z-index: 3;
    inset-inline-start: 0;
    margin-top: 0.25rem;
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    padding: 0.4rem;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-width: 10rem;
  }
  .chart {
    position: relative;
  }
  .plot {
    position: relative;
    border-radius: var(--_radius);
    touch-action: pan-y;
  }
  svg {
    display: block;
    max-width: 100%;
    height: auto;
    overflow: visible;
    font-family: var(--_font);
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
  .line {
    fill: none;
    stroke: var(--c);
    stroke-width: 2;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .line.main {
    stroke-width: 3.25;
  }
  .band {
    fill: var(--c);
    fill-opacity: 0.16;
    stroke: none;
  }
  .marker {
    fill: var(--c);
    stroke: var(--_bg);
    stroke-width: 1;
  }
  .marker.hollow {
    fill: var(--_bg);
    stroke: var(--c);
    stroke-width: 2;
  }
  .goal {
    fill: none;
    stroke: var(--_goal);
    stroke-width: 2;
  }
  .label {
    fill: var(--_text);
  }
  .label.main {
    font-weight: 700;
  }
  .label.goal-label {
    fill: var(--_goal);
    font-style: italic;
  }
  .leader {
    stroke: var(--c);
  }
  .leader.goal-leader {
    stroke: var(--_goal);
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
  .tooltip {
    position: absolute;
    z-index: 2;
    pointer-events: none;
    max-width: min(16rem, 90%);
    padding: 0.45em 0.6em;
    background: var(--_bg);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.18);
    font-size: 0.875em;
    line-height: 1.35;
    overflow-wrap: anywhere;
  }
  .tooltip p {
    margin: 0;
  }
  .tooltip .muted {
    color: var(--_text-muted);
  }
  @media (prefers-reduced-motion: no-preference) {
    .tooltip {
      transition: opacity 120ms ease-out;
    }
  }
  .legend {
    list-style: none;
    margin: 0.25rem 0 0;
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
    overflow-wrap: anywhere;
  }
  .legend li.main {
    font-weight: 700;
  }
  .legend svg {
    flex: none;
  }
  .footnotes {
    margin: 0.25rem 0 0;
    font-size: 0.85em;
    color: var(--_text-muted);
  }
  .summary.shown {
    padding: 0.5em 0.75em;
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  td .flag {
    color: var(--_text-muted);
    font-size: 0.85em;
    margin-inline-start: 0.25em;
  }
  td.none {
    color: var(--_text-muted);
  }
  @media (forced-colors: active) {
    .band {
      fill: GrayText;
      fill-opacity: 0.3;
    }
    .marker {
      stroke: Canvas;
    }
    .marker.hollow {
      fill: Canvas;
    }
    .focus-ring {
      stroke: Highlight;
    }
    .tooltip {
      border-color: CanvasText;
      box-shadow: none;
    }
  }
`;

function seriesColours() {
  // Colour slots 1–8 map to the theme's categorical palette (and to CanvasText in forced colours).
  let rules = '';
  for (let i = 1; i <= 8; i++) rules += `.c${i}{--c:var(--_cat-${i})}`;
  return unsafeCSS(rules);
}
