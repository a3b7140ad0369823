/**
 * What every component needs from the core, as one self-contained file: the base element with its
 * loader, schema, localisation and theme. Measured against the core's size budget.
 */
export { BplElement } from './base-element.js';
export { defineElement } from './define.js';
export { themeStyles, baseStyles } from './theme.js';
