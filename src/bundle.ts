/**
 * `dist/bpl.js`: the one file a web editor loads with `<script type="module" src="…/bpl.js">`. It registers
 * every component and nothing else (no zod: components validate against the generated JSON Schema).
 */
import './components/trend-chart/trend-chart.js';
import './components/municipality-map/municipality-map.js';
import './components/wellbeing-wheel/wellbeing-wheel.js';
import './components/collaboration-diagram/collaboration-diagram.js';
