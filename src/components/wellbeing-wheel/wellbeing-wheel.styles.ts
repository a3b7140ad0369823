import { css } from 'lit';

export const styles = css`
  .header {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .chart {
    position: relative;
    width: 100%;
  }
  svg.wheel {
    display: block;
    margin: 0 auto;
    max-width: 100%;
    height: auto;
    overflow: visible;
    font-family: inherit;
  }
  .segment {
    cursor: pointer;
    outline: none;
  }
  .track {
    fill: var(--_surface);
    stroke: var(--_grid);
    stroke-width: 1;
  }
  .segment:hover .track {
    fill: var(--_grid);
  }
  .level {
    stroke: var(--_bg);
    stroke-width: 0.5;
  }
  .c1 {
    fill: var(--_cat-1);
  }
  .c2 {
    fill: var(--_cat-2);
  }
  .c3 {
    fill: var(--_cat-3);
  }
  .c4 {
    fill: var(--_cat-4);
  }
  .c5 {
    fill: var(--_cat-5);
  }
  .c6 {
    fill: var(--_cat-6);
  }
  .c7 {
    fill: var(--_cat-7);
  }
  .c8 {
    fill: var(--_cat-8);
  }
  .empty {
    fill: url(#hatch);
    stroke: var(--_missing);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }
  .hatch-line {
    stroke: var(--_missing);
    stroke-width: 1.5;
  }
  .grid {
    fill: none;
    stroke: var(--_grid);
    stroke-width: 1;
    pointer-events: none;
  }
  .grid.major {
    stroke: var(--_border);
    stroke-dasharray: 2 3;
  }
  .tick {
    font-size: 11px;
    fill: var(--_text-muted);
    stroke: var(--_bg);
    stroke-width: 3px;
    stroke-linejoin: round;
    paint-order: stroke;
    pointer-events: none;
  }
  .label {
    fill: var(--_text);
  }
  .label .value {
    font-weight: 700;
  }
  .label .muted {
    fill: var(--_text-muted);
    font-weight: 400;
    font-style: italic;
  }
  .compare-halo {
    fill: none;
    stroke: var(--_bg);
    stroke-width: 5;
    stroke-linejoin: round;
    pointer-events: none;
  }
  .compare {
    fill: none;
    stroke: var(--_goal);
    stroke-width: 2;
    stroke-dasharray: 6 3;
    stroke-linejoin: round;
    pointer-events: none;
  }
  .selected-ring {
    fill: none;
    stroke: var(--_text);
    stroke-width: 2.5;
    pointer-events: none;
  }
  .focus-ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 3.5;
    pointer-events: none;
  }
  .centre {
    fill: var(--_bg);
    stroke: var(--_border);
    stroke-width: 1;
  }
  .child {
    fill: var(--_text-muted);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
    color: var(--_text-muted);
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .legend svg {
    flex: none;
  }
  .detail {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_bg);
  }
  .detail-head {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .detail-head .heading {
    font-size: 1.05em;
  }
  .detail p {
    margin: 0.4rem 0;
    color: var(--_text-muted);
    line-height: 1.4;
  }
  .indicators {
    list-style: none;
    margin: 0.5rem 0 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .indicator {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.15rem 0.75rem;
    padding: 0.5rem 0;
    border-top: 1px solid var(--_grid);
    line-height: 1.4;
  }
  .indicator .title {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .indicator .value {
    font-weight: 700;
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .indicator .facts {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    gap: 0.15rem 1rem;
    color: var(--_text-muted);
    font-size: 0.9em;
  }
  .indicator .actions {
    grid-column: 1 / -1;
  }
  .arrow {
    font-weight: 700;
  }
  .better .arrow {
    color: var(--_good);
  }
  .worse .arrow {
    color: var(--_bad);
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
  .downloads[open] > summary {
    background: var(--_accent);
    color: var(--_accent-text);
    border-color: var(--_accent);
  }
  .downloads .menu {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    margin-top: 0.4rem;
  }
  td.missing,
  td .missing {
    color: var(--_text-muted);
    font-style: italic;
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
