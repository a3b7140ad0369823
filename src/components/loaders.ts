/**
 * How the autoloader (`dist/bpl.js`) loads each component: a static `import()` per tag, so the bundler makes
 * each component a file of its own beside `bpl.js`. Kept to `registry.json` by a test (same tags, each
 * importing its own `<name>/<name>.js`).
 */
export const LOADERS: Record<string, () => Promise<unknown>> = {
  'bpl-trend-chart': () => import('./trend-chart/trend-chart.js'),
  'bpl-municipality-map': () => import('./municipality-map/municipality-map.js'),
  'bpl-wellbeing-wheel': () => import('./wellbeing-wheel/wellbeing-wheel.js'),
  'bpl-collaboration-diagram': () => import('./collaboration-diagram/collaboration-diagram.js'),
};
