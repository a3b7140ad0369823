import { defineElement } from '../../core/define.js';
import { BplTrendChart } from './trend-chart.component.js';

export { BplTrendChart };
defineElement('bpl-trend-chart', BplTrendChart);

declare global {
  interface HTMLElementTagNameMap {
    'bpl-trend-chart': BplTrendChart;
  }
}
