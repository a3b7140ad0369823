/**
 * What a template may set on each element, shared by the React and Vue typings: the element's public,
 * writable properties (camelCase, set as properties) plus its kebab-case attributes, and its events.
 */
import type { LitElement } from 'lit';
import type { BplErrorEvent, BplLoadEvent, BplSelectEvent } from '../core/events.js';
import type { BplTrendChart } from '../components/trend-chart/trend-chart.js';
import type { BplMunicipalityMap } from '../components/municipality-map/municipality-map.js';
import type { BplWellbeingWheel } from '../components/wellbeing-wheel/wellbeing-wheel.js';
import type { BplCollaborationDiagram } from '../components/collaboration-diagram/collaboration-diagram.js';

type Method = (...args: never[]) => unknown;
type ReadOnlyState = 'status' | 'error';

/** Public, writable, non-method members of an element class, all optional. */
export type BplPropertiesOf<E> = {
  [K in Exclude<keyof E, keyof LitElement | ReadOnlyState> as E[K] extends Method ? never : K]?: E[K];
};

/** Attributes every component takes, as written in HTML. */
export interface BplCommonAttributes {
  src?: string;
  format?: 'auto' | 'json' | 'kolada' | 'csv';
  loading?: 'eager' | 'lazy';
  timeout?: number | string;
  theme?: 'light' | 'dark' | 'auto';
  'heading-level'?: number | string;
  /** Components with the same name follow each other's selection. */
  sync?: string;
  /** Keep the `sync` group's selection in the page address. */
  'sync-url'?: boolean | '';
  lang?: string;
}

/** Kebab-case attributes whose property has another name. */
export interface BplKebabAttributes {
  'bpl-trend-chart': { 'source-text'?: string; view?: 'chart' | 'table' };
  'bpl-municipality-map': { 'color-by'?: 'value' | 'county' | 'goal'; 'geo-src'?: string };
  'bpl-wellbeing-wheel': Record<never, never>;
  'bpl-collaboration-diagram': Record<never, never>;
}

export interface BplElementTypes {
  'bpl-trend-chart': BplTrendChart;
  'bpl-municipality-map': BplMunicipalityMap;
  'bpl-wellbeing-wheel': BplWellbeingWheel;
  'bpl-collaboration-diagram': BplCollaborationDiagram;
}

export type BplTagName = keyof BplElementTypes;

/** Properties and attributes of one element, as a template sets them. */
export type BplElementProps<T extends BplTagName> = BplPropertiesOf<BplElementTypes[T]> &
  BplCommonAttributes &
  BplKebabAttributes[T];

export interface BplEvents {
  'bpl-select': BplSelectEvent;
  'bpl-load': BplLoadEvent;
  'bpl-error': BplErrorEvent;
}
