/** The package version, visible at run time (`customElements.get('bpl-trend-chart').version`). Kept in step
 * with package.json by a unit test. */
export const VERSION = '0.1.0';
