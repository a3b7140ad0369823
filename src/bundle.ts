/**
 * `dist/bpl.js`: the one file a web editor loads with `<script type="module" src="…/bpl.js">`. It registers
 * every component and the CSV and Kolada readers, and nothing else (no zod: components validate against the generated JSON Schema).
 */
import './core/adapters/index.js';
import './core/sync.js';
import './components/trend-chart/trend-chart.js';
import './components/municipality-map/municipality-map.js';
import './components/wellbeing-wheel/wellbeing-wheel.js';
import './components/collaboration-diagram/collaboration-diagram.js';
