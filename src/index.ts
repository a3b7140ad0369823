/**
 * @bastaplatsen/viz — registers every component. `dist/bpl.js` is this file bundled for web editors.
 * For one component only, import its subpath (`@bastaplatsen/viz/trend-chart`).
 */
import './core/adapters/index.js';
import './core/sync.js';
import './components/trend-chart/trend-chart.js';
import './components/municipality-map/municipality-map.js';
import './components/wellbeing-wheel/wellbeing-wheel.js';
import './components/collaboration-diagram/collaboration-diagram.js';

export { BplTrendChart } from './components/trend-chart/trend-chart.js';
export { BplMunicipalityMap } from './components/municipality-map/municipality-map.js';
export { BplWellbeingWheel } from './components/wellbeing-wheel/wellbeing-wheel.js';
export { BplCollaborationDiagram } from './components/collaboration-diagram/collaboration-diagram.js';
export * from './core/index.js';
