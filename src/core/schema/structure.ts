import type * as contract from './contract.js';
import type * as z from './zod.js';

export const LEVELS = ['political', 'strategic', 'operational'] as const;
export type BodyLevel = (typeof LEVELS)[number];

export const SECTORS = [
  'school',
  'social-services',
  'health-care',
  'leisure-culture',
  'rescue-services',
  'police',
  'civil-society',
  'children-youth',
] as const;
export type Sector = (typeof SECTORS)[number];

export const RELATION_TYPES = ['reports-to', 'prepares-for', 'collaborates-with'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export type Body = z.output<typeof contract.Body>;
export type Relation = z.output<typeof contract.Relation>;
/** A validated collaboration structure, with defaults filled in. */
export type Structure = z.output<typeof contract.Structure>;
export type StructureInput = z.input<typeof contract.Structure>;

export { findReportingCycle } from './rules.js';
