import { css, unsafeCSS } from 'lit';

export const styles = css`
  .wheel {
    display: block;
    margin: 0 auto;
    max-width: 100%;
    height: auto;
    overflow: visible;
    fill: var(--_text);
  }
  .segment {
    cursor: pointer;
    outline: none;
  }
  .track {
    fill: var(--_surface);
    stroke: var(--_grid);
  }
  .segment:hover .track {
    fill: var(--_grid);
  }
  .level {
    stroke: var(--_bg);
    stroke-width: 0.5;
  }
  ${unsafeCSS([1, 2, 3, 4, 5, 6, 7, 8].map((i) => `.c${i}{fill:var(--_cat-${i})}`).join(''))}
  .empty {
    fill: url(#hatch);
    stroke-dasharray: 4 3;
  }
  .empty,
  .hatch {
    stroke: var(--_missing);
    stroke-width: 1.5;
  }
  .grid,
  .compare,
  .compare-halo,
  .selected-ring,
  .focus-ring {
    fill: none;
    pointer-events: none;
    stroke-linejoin: round;
  }
  .grid {
    stroke: var(--_grid);
  }
  .major {
    stroke: var(--_border);
    stroke-dasharray: 2 3;
  }
  .tick {
    font-size: 11px;
    fill: var(--_text-muted);
    stroke: var(--_bg);
    stroke-width: 3px;
    paint-order: stroke;
    pointer-events: none;
  }
  .value {
    font-weight: 700;
  }
  .muted,
  .missing {
    fill: var(--_text-muted);
    color: var(--_text-muted);
    font-weight: 400;
    font-style: italic;
  }
  .compare-halo {
    stroke: var(--_bg);
    stroke-width: 5;
  }
  .compare {
    stroke: var(--_goal);
    stroke-width: 2;
    stroke-dasharray: 6 3;
  }
  .selected-ring {
    stroke: var(--_text);
    stroke-width: 2.5;
  }
  .focus-ring {
    stroke: var(--_focus);
    stroke-width: 3.5;
  }
  .centre {
    fill: var(--_bg);
    stroke: var(--_border);
  }
  .child {
    fill: var(--_text-muted);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem 1rem;
    margin: 0;
    font-size: 0.875em;
    color: var(--_text-muted);
  }
  .legend span::before {
    content: '';
    display: inline-block;
    vertical-align: middle;
    margin-inline-end: 0.4em;
    width: 1.6em;
    border-top: 2px dashed var(--_goal);
  }
  .legend .empty-key::before {
    width: 1em;
    height: 1em;
    border: 1.5px dashed var(--_missing);
    background: repeating-linear-gradient(45deg, var(--_missing) 0 1.5px, transparent 0 4px);
  }
  .detail {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .detail-head {
    display: flex;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .indicators {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .indicator {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.2rem 0.75rem;
    padding: 0.5rem 0;
    border-top: 1px solid var(--_grid);
  }
  .title {
    font-weight: 600;
    overflow-wrap: break-word;
  }
  .facts {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    gap: 0.15rem 1rem;
    color: var(--_text-muted);
    font-size: 0.9em;
  }
  .indicator button {
    justify-self: start;
  }
  .better .arrow {
    color: var(--_good);
  }
  .worse .arrow {
    color: var(--_bad);
  }
  tbody th {
    font-weight: 400;
  }
  th {
    white-space: normal;
  }
  @media (forced-colors: active) {
    .level,
    .empty {
      forced-color-adjust: none;
    }
    .level {
      fill: CanvasText;
      stroke: Canvas;
    }
    .track {
      stroke: CanvasText;
    }
    .compare {
      stroke: Highlight;
    }
  }
`;
