/**
 * What every component needs from the core, as one self-contained file: the base element with its
 * loader, the dataset reader and schema, localisation and theme. Measured against the core's size budget.
 * (The reader is imported last, as the dataset components do after the base element: first, it would put
 * the loader and the schema before Lit and cost ~80 B gzip in this file.)
 */
export { BplElement } from './base-element.js';
export { defineElement } from './define.js';
export { themeStyles, baseStyles } from './theme.js';
import './loader/dataset-reader.js';
