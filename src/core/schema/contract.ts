import * as z from './zod.js';
import { pattern } from './matches.js';
import { report } from './report.js';
import { datasetRules, indicatorRules, observationRules, structureRules } from './rules.js';
import {
  DEFAULT_ANNUAL_CHANGE,
  DIMENSIONS,
  FOCUS_AREAS,
  GROUPS,
  POLARITIES,
  STATUSES,
  UNITS,
} from './dataset.js';
import { LEVELS, RELATION_TYPES, SECTORS } from './structure.js';

/**
 * The data contract, defined once, with zod: every type in dataset.ts and structure.ts is inferred from it,
 * `npm run schema` publishes it as JSON Schema (schema/*.schema.json), and the components validate against
 * that generated schema at run time (runtime.ts), which a property test proves agrees with zod.
 */

/** Text in Swedish, optionally with English: either a plain string (Swedish) or `{ sv, en }`. */
/** A non-empty string. */
export const Text = z.string().check(z.minLength(1));

export const LocalizedText = z.union([Text, z.strictObject({ sv: Text, en: z.optional(Text) })]);

export const SafeUrl = pattern('url').check(z.minLength(1));

export const AreaCode = pattern('area');

/** A calendar year (`2023`) or a school year (`2023/24`, the second year following the first). */
export const Period = pattern('period');

export const IsoDate = pattern('date');

export const Link = z.strictObject({ label: LocalizedText, url: SafeUrl });

export const SourceRef = z.strictObject({
  name: LocalizedText,
  url: z.optional(SafeUrl),
  /** Kolada's KPI id, such as `N15428`. */
  kolada: z.optional(pattern('kolada')),
});

/** Metadata shared by every document: what it is, who publishes it, when and under which licence. */
export const Meta = z.strictObject({
  title: LocalizedText,
  description: z.optional(LocalizedText),
  publisher: z.optional(LocalizedText),
  updated: z.optional(IsoDate),
  license: z.optional(Text),
  source: z.optional(SourceRef),
  /** True for made-up example data (exempeldata); components say so visibly. */
  sample: z.optional(z.boolean()),
  notes: z.optional(z.array(LocalizedText)),
});

/** Cross-field rules run even when other fields have problems, so that every error is listed at once. The
 * rule functions therefore guard against malformed input. */
export const ALWAYS = { when: () => true };

export const TargetRule = z.strictObject({
  /** The period the goal path starts from; each area's own value in that period is its starting point. */
  baseline: Period,
  /** Change per year in the good direction, in percentage points (or the unit's own points). */
  annualChange: z._default(z.number().check(z.positive(), z.maximum(100)), DEFAULT_ANNUAL_CHANGE),
});

export const Observation = z
  .strictObject({
    area: AreaCode,
    period: Period,
    group: z._default(z.enum(GROUPS), 'total'),
    value: z.nullable(z.number()),
    status: z.optional(z.enum(STATUSES)),
    /** Number of people the value is based on. */
    n: z.optional(z.number().check(z.nonnegative(), z.multipleOf(1))),
    /** Confidence interval [low, high]. */
    ci: z.optional(z.tuple([z.number(), z.number()])),
  })
  .check(z.superRefine((value, ctx) => report(ctx, observationRules(value)), ALWAYS));

export const Indicator = z
  .strictObject({
    /** Stable id used in the `indicator` attribute: lower case letters, digits and dashes, or a Kolada KPI id. */
    id: pattern('id'),
    title: LocalizedText,
    /** A shorter title for tight places (legends, the wheel's detail list). */
    shortTitle: z.optional(LocalizedText),
    description: z.optional(LocalizedText),
    focusArea: z.enum(FOCUS_AREAS),
    dimensions: z._default(z.array(z.enum(DIMENSIONS)), []),
    unit: z.enum(UNITS),
    decimals: z._default(z.number().check(z.minimum(0), z.maximum(3), z.multipleOf(1)), 1),
    /** Which direction is better. Missing when the source does not say (Kolada, PxWeb): then no goal, and no
     * colour or word says better or worse. */
    polarity: z.optional(z.enum(POLARITIES)),
    /** The goal path, for a percentage with a polarity: a baseline and percentage points a year. Missing or
     * `false`: no goal (a page can still set one with the `goal` and `baseline` attributes). */
    target: z.optional(z.union([TargetRule, z.literal(false)])),
    /** Start the value axis at zero (the default for percentages and counts). */
    zeroBased: z.optional(z.boolean()),
    source: z.optional(SourceRef),
    data: z.array(Observation),
  })
  .check(z.superRefine((value, ctx) => report(ctx, indicatorRules(value)), ALWAYS));

export const DatasetArea = z.strictObject({
  code: AreaCode,
  name: Text,
  nameEn: z.optional(Text),
  level: z.enum(['country', 'county', 'municipality']),
  county: z.optional(pattern('county')),
});

export const Dataset = z
  .strictObject({
    $schema: z.optional(z.string()),
    meta: Meta,
    /** Areas beyond the built-in registry (Riket, Region Jönköpings län and its 13 municipalities). */
    areas: z.optional(z.array(DatasetArea)),
    indicators: z.array(Indicator),
  })
  .check(z.superRefine((value, ctx) => report(ctx, datasetRules(value)), ALWAYS));

const Id = pattern('bodyId');

/** A contact is a role or a function mailbox, never a private person's details. */
export const Contact = z.strictObject({
  role: LocalizedText,
  email: z.optional(pattern('email')),
  phone: z.optional(z.string().check(z.minLength(3))),
  url: z.optional(SafeUrl),
});

export const Member = z.strictObject({
  sector: z.enum(SECTORS),
  /** Who represents the sector, e.g. "rektorer" or "förvaltningschef". */
  description: z.optional(LocalizedText),
});

export const Body = z.strictObject({
  id: Id,
  name: LocalizedText,
  /** Short name such as SBU, BBU or LSG. */
  shortName: z.optional(z.string().check(z.minLength(1), z.maxLength(24))),
  level: z.enum(LEVELS),
  sectors: z._default(z.array(z.enum(SECTORS)), []),
  members: z.optional(z.array(Member)),
  purpose: z.optional(LocalizedText),
  /** Meeting rhythm, e.g. "fyra gånger per termin". */
  meets: z.optional(LocalizedText),
  /** Bodies with the same `group` are shown together in one collapsible row. */
  group: z.optional(Id),
  links: z.optional(z.array(Link)),
  contacts: z.optional(z.array(Contact)),
});

export const Relation = z.strictObject({
  from: Id,
  to: Id,
  type: z.enum(RELATION_TYPES),
  description: z.optional(LocalizedText),
});

export const BodyGroup = z.strictObject({
  id: Id,
  /** The collapsed row's label, e.g. "lokala samverkansgrupper" (the count is added by the component). */
  name: LocalizedText,
  shortName: z.optional(z.string().check(z.minLength(1), z.maxLength(24))),
  description: z.optional(LocalizedText),
});

export const Structure = z
  .strictObject({
    $schema: z.optional(z.string()),
    meta: Meta,
    bodies: z.array(Body).check(z.minLength(1)),
    relations: z._default(z.array(Relation), []),
    groups: z.optional(z.array(BodyGroup)),
  })
  .check(z.superRefine((value, ctx) => report(ctx, structureRules(value)), ALWAYS));

// Named definitions in the published JSON Schema (`$defs`), so it reads well and stays small.
for (const [id, schema] of Object.entries({
  LocalizedText,
  SafeUrl,
  AreaCode,
  Period,
  IsoDate,
  Link,
  SourceRef,
  Meta,
  TargetRule,
  Observation,
  Indicator,
  DatasetArea,
  Contact,
  Member,
  Body,
  Relation,
  BodyGroup,
})) {
  z.globalRegistry.add(schema, { id });
}
