/**
 * `dist/bpl.js`: the one file a web editor loads with `<script type="module" src="…/bpl.js">`. It registers
 * every component, and nothing else (no zod: components validate against the generated JSON Schema). Two parts
 * are files of their own beside it, fetched only by a page that needs them: the English texts (`bpl-en-….js`,
 * for pages in English) and the CSV and Kolada readers (`bpl-adapters-….js`, for data in those formats).
 */

// Like with like: gzip only finds repeats within 32 kB, and a component's modules would otherwise sit
// together, so the four components' styles (beside the theme) and their string tables (beside the core's)
// come first, side by side. Importing them early changes nothing but the order in the file (and of the
// English parts they add), and takes ~2 kB off the gzip size (measured 2026-11-22: 71.3 → 69.3 kB by gzip -9).
import './core/theme.js';
import './components/trend-chart/trend-chart.styles.js';
import './components/municipality-map/municipality-map.styles.js';
import './components/wellbeing-wheel/wellbeing-wheel.styles.js';
import './components/collaboration-diagram/collaboration-diagram.styles.js';
import './core/i18n/sv.js';
import './components/trend-chart/trend-chart.i18n.js';
import './components/municipality-map/municipality-map.i18n.js';
import './components/wellbeing-wheel/wellbeing-wheel.i18n.js';
import './components/collaboration-diagram/collaboration-diagram.i18n.js';

import './core/adapters/on-demand.js';
import './core/sync.js';
import './components/trend-chart/trend-chart.js';
import './components/municipality-map/municipality-map.js';
import './components/wellbeing-wheel/wellbeing-wheel.js';
import './components/collaboration-diagram/collaboration-diagram.js';
