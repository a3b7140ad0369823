import type * as contract from './contract.js';
import type * as z from './zod.js';

export const FOCUS_AREAS = ['completed-studies', 'mental-health', 'physical-activity', 'other'] as const;
export type FocusArea = (typeof FOCUS_AREAS)[number];

/** GIRFEC's wellbeing indicators (SHANARRI), by stable English ids. */
export const DIMENSIONS = [
  'safe',
  'healthy',
  'achieving',
  'nurtured',
  'active',
  'respected',
  'responsible',
  'included',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** `value`: a number whose unit the data does not state (Kolada without its KPI description, a table's
 * "tkr"): shown as a plain number, with no percent sign and no percentage points. */
export const UNITS = ['percent', 'per-1000', 'count', 'score', 'value'] as const;
export type Unit = (typeof UNITS)[number];

export const POLARITIES = ['higher-is-better', 'lower-is-better'] as const;
export type Polarity = (typeof POLARITIES)[number];

export const GROUPS = ['total', 'girls', 'boys'] as const;
export type Group = (typeof GROUPS)[number];

export const STATUSES = ['preliminary', 'suppressed', 'missing'] as const;
export type ObservationStatus = (typeof STATUSES)[number];

/** The collaboration's aim, two percentage points a year in the good direction: the default `annualChange`
 * of a target rule. A goal is drawn only where the data (`target`) or the page (`goal`, `baseline`) sets one. */
export const DEFAULT_ANNUAL_CHANGE = 2;

export type TargetRule = z.output<typeof contract.TargetRule>;
export type Observation = z.output<typeof contract.Observation>;
export type Indicator = z.output<typeof contract.Indicator>;
export type DatasetArea = z.output<typeof contract.DatasetArea>;
/** A validated dataset, with defaults filled in. */
export type Dataset = z.output<typeof contract.Dataset>;
/** What an analyst writes: defaults (group, decimals, dimensions, annualChange) may be left out. */
export type DatasetInput = z.input<typeof contract.Dataset>;
