import { css } from 'lit';

export const styles = css`
  .summary {
    max-width: 70ch;
  }
  .filter {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    font-size: 0.875em;
  }
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-height: 2.25rem;
    padding: 0.2em 0.4em;
  }
  .status {
    margin: 0;
    min-height: 1.4em;
    font-size: 0.9em;
  }
  .status:empty {
    min-height: 0;
  }

  /* Diagram */
  .scroller {
    overflow-x: auto;
    max-width: 100%;
  }
  .diagram {
    display: block;
    max-width: none;
    font-family: var(--_font);
  }
  .band.even {
    fill: var(--_surface);
  }
  .band.odd {
    fill: var(--_bg);
  }
  .band-line {
    stroke: var(--_grid);
    stroke-width: 1;
  }
  .band-label,
  .frame-label {
    fill: var(--_text);
    font-size: 14px;
    font-weight: 700;
  }
  .frame-label {
    font-size: 13px;
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 4px;
    stroke-linejoin: round;
  }
  .twisty {
    font-weight: 400;
  }
  .edge path {
    fill: none;
    stroke: var(--_text);
    stroke-width: 1.5;
  }
  .edge polygon {
    fill: var(--_text);
    stroke: var(--_text);
    stroke-width: 1;
    stroke-linejoin: round;
  }
  .edge.prepares-for path {
    stroke-dasharray: 6 4;
  }
  .edge.prepares-for polygon {
    fill: var(--_bg);
    stroke-width: 1.5;
  }
  .edge.collaborates-with path {
    stroke: var(--_text-muted);
    stroke-width: 1.25;
    stroke-dasharray: 1.5 3.5;
    stroke-linecap: round;
  }
  .edge.active path {
    stroke: var(--_accent);
    stroke-width: 3;
  }
  .edge.active polygon {
    stroke: var(--_accent);
  }
  .edge.active:not(.prepares-for) polygon {
    fill: var(--_accent);
  }
  .item {
    cursor: pointer;
    outline: none;
  }
  .hit {
    fill: transparent;
  }
  .hit:hover {
    stroke: var(--_text-muted);
    stroke-width: 1.5;
  }
  .item:focus-visible > .hit {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .box {
    fill: var(--_bg);
    stroke: var(--_border);
    stroke-width: 1.25;
  }
  .node-box.selected .box {
    stroke: var(--_text);
    stroke-width: 3;
  }
  .selected-bar {
    fill: var(--_accent);
  }
  .node-box.match .box:not(.stack) {
    stroke: var(--_accent);
    stroke-width: 3.5;
  }
  .frame {
    fill: none;
    stroke: var(--_border);
    stroke-width: 1.25;
    stroke-dasharray: 5 3;
  }
  .title {
    fill: var(--_text);
    font-size: 14px;
    font-weight: 700;
  }
  .name {
    fill: var(--_text);
    font-size: 12.5px;
  }
  circle.toggle {
    fill: var(--_surface);
    stroke: var(--_text);
    stroke-width: 1.25;
  }
  path.toggle {
    stroke: var(--_text);
    stroke-width: 1.75;
  }
  rect.mark {
    fill: var(--_bg);
    stroke: var(--_c);
    stroke-width: 1.5;
  }
  .marks {
    fill: var(--_text);
    font-size: 10.5px;
    font-weight: 700;
    text-anchor: middle;
  }
  rect.mark.on {
    fill: var(--_accent);
    stroke: var(--_accent);
  }
  .marks .on {
    fill: var(--_accent-text);
  }
  .s1 {
    --_c: var(--_cat-1);
  }
  .s2 {
    --_c: var(--_cat-2);
  }
  .s3 {
    --_c: var(--_cat-3);
  }
  .s4 {
    --_c: var(--_cat-4);
  }
  .s5 {
    --_c: var(--_cat-5);
  }
  .s6 {
    --_c: var(--_cat-6);
  }
  .s7 {
    --_c: var(--_cat-7);
  }
  .s8 {
    --_c: var(--_cat-8);
  }

  /* List (tree) view */
  .tree-list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .li {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.5rem;
    margin: 0.2rem 0;
    padding: 0.35rem 0.5rem;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    line-height: 1.4;
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  .li.depth-2 {
    margin-left: 1.25rem;
  }
  .li.depth-3 {
    margin-left: 2.5rem;
  }
  .li:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
  }
  .li.body,
  .li.group {
    border-color: var(--_border);
  }
  .li.level {
    font-weight: 700;
    margin-top: 0.6rem;
  }
  .li.selected {
    border: 3px solid var(--_text);
    border-left-width: 8px;
  }
  .li.match {
    border: 3px solid var(--_accent);
  }
  .text {
    flex: 1 1 12rem;
    min-width: 0;
  }
  .relations {
    display: block;
    font-size: 0.875em;
    color: var(--_text-muted);
  }
  .chips {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 3px;
  }
  .chip {
    display: inline-block;
    min-width: 1.9em;
    padding: 0 0.2em;
    border: 1.5px solid var(--_c);
    border-radius: 3px;
    font-size: 0.72rem;
    font-weight: 700;
    line-height: 1.35;
    text-align: center;
    background: var(--_bg);
    color: var(--_text);
  }
  .chip.on {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-text);
  }

  /* Detail */
  .detail {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_bg);
    line-height: 1.45;
    overflow-wrap: anywhere;
  }
  .detail p {
    margin: 0 0 0.5rem;
  }
  .detail-head {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    justify-content: space-between;
    margin-bottom: 0.5rem;
  }
  .detail-title {
    font-size: 1.1em;
    font-weight: 700;
    outline: none;
  }
  .detail-title:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .dt {
    font-weight: 700;
    margin: 0.6rem 0 0.2rem !important;
  }
  .muted {
    color: var(--_text-muted);
  }
  .plain {
    list-style: none;
    margin: 0 0 0.4rem;
    padding: 0;
  }
  .plain li {
    margin: 0.15rem 0;
  }
  .members li {
    display: flex;
    gap: 0.4rem;
    align-items: baseline;
    flex-wrap: wrap;
  }
  button.link {
    background: none;
    border: none;
    padding: 0;
    min-height: 1.5rem;
    min-width: 0;
    color: var(--_accent);
    text-decoration: underline;
    font-size: 1em;
  }

  /* Legend */
  .legend {
    font-size: 0.875em;
  }
  .legend .dt {
    margin-top: 0 !important;
  }
  .legend-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem 1rem;
  }
  .legend-list li {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
  }
  .hint {
    margin: 0.4rem 0 0;
    color: var(--_text-muted);
  }
  .line-sample {
    overflow: visible;
  }
`;
