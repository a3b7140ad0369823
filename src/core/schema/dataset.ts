import { z } from './zod.js';
import { pattern } from './matches.js';
import { AreaCode, LocalizedText, Meta, Period, SourceRef } from './common.js';

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

export const UNITS = ['percent', 'per-1000', 'count', 'score'] as const;
export type Unit = (typeof UNITS)[number];

export const POLARITIES = ['higher-is-better', 'lower-is-better'] as const;
export type Polarity = (typeof POLARITIES)[number];

export const GROUPS = ['total', 'girls', 'boys'] as const;
export type Group = (typeof GROUPS)[number];

export const STATUSES = ['preliminary', 'suppressed', 'missing'] as const;
export type ObservationStatus = (typeof STATUSES)[number];

/** Cross-field rules run even when other fields have problems, so that every error is listed at once. The
 * rule functions therefore guard against malformed input. */
export const ALWAYS = { when: () => true };

/** The collaboration's default: two percentage points a year in the good direction. */
export const DEFAULT_ANNUAL_CHANGE = 2;

export const TargetRule = z.strictObject({
  /** The period the goal path starts from; each area's own value in that period is its starting point. */
  baseline: Period,
  /** Change per year in the good direction, in percentage points (or the unit's own points). */
  annualChange: z.number().positive().max(100).default(DEFAULT_ANNUAL_CHANGE),
});
export type TargetRule = z.infer<typeof TargetRule>;

export const Observation = z
  .strictObject({
    area: AreaCode,
    period: Period,
    group: z.enum(GROUPS).default('total'),
    value: z.number().finite().nullable(),
    status: z.enum(STATUSES).optional(),
    /** Number of people the value is based on. */
    n: z.number().int().nonnegative().optional(),
    /** Confidence interval [low, high]. */
    ci: z.tuple([z.number().finite(), z.number().finite()]).optional(),
  })
  .superRefine((obs, ctx) => {
    if (Array.isArray(obs.ci) && obs.ci[0] > obs.ci[1]) {
      ctx.addIssue({ code: 'custom', path: ['ci'], params: { kind: 'other', reason: 'ci-order' } });
    }
    if (obs.value === null && obs.status === 'preliminary') {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        params: { kind: 'required', reason: 'preliminary-null' },
      });
    }
  }, ALWAYS);
export type Observation = z.infer<typeof Observation>;

export const Indicator = z
  .strictObject({
    /** Stable id used in the `indicator` attribute: lower case letters, digits and dashes, or a Kolada KPI id. */
    id: pattern(/^([a-z0-9][a-z0-9-]*|[A-Z]\d{5})$/, 'id'),
    title: LocalizedText,
    /** A shorter title for tight places (legends, the wheel's detail list). */
    shortTitle: LocalizedText.optional(),
    description: LocalizedText.optional(),
    focusArea: z.enum(FOCUS_AREAS),
    dimensions: z.array(z.enum(DIMENSIONS)).default([]),
    unit: z.enum(UNITS),
    decimals: z.number().int().min(0).max(3).default(1),
    polarity: z.enum(POLARITIES),
    /** `false` turns the goal off; missing means the default rule where the unit is a percentage. */
    target: z.union([TargetRule, z.literal(false)]).optional(),
    /** Start the value axis at zero (the default for percentages and counts). */
    zeroBased: z.boolean().optional(),
    source: SourceRef.optional(),
    data: z.array(Observation),
  })
  .superRefine((indicator, ctx) => {
    const seen = new Map<string, number>();
    if (!Array.isArray(indicator.data)) return;
    indicator.data.forEach((obs, i) => {
      if (!obs || typeof obs.area !== 'string' || typeof obs.period !== 'string') return;
      const group = typeof obs.group === 'string' ? obs.group : 'total';
      const key = `${obs.area}|${obs.period}|${group}`;
      const first = seen.get(key);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['data', i],
          params: { kind: 'duplicate', first, key: `${obs.area} ${obs.period} ${group}` },
        });
      } else seen.set(key, i);
    });
  }, ALWAYS);
export type Indicator = z.infer<typeof Indicator>;

export const DatasetArea = z.strictObject({
  code: AreaCode,
  name: z.string().min(1),
  nameEn: z.string().min(1).optional(),
  level: z.enum(['country', 'county', 'municipality']),
  county: pattern(/^\d{2}$/, 'county').optional(),
});

export const Dataset = z
  .strictObject({
    $schema: z.string().optional(),
    meta: Meta,
    /** Areas beyond the built-in registry (Riket, Region Jönköpings län and its 13 municipalities). */
    areas: z.array(DatasetArea).optional(),
    indicators: z.array(Indicator),
  })
  .superRefine((dataset, ctx) => {
    const seen = new Map<string, number>();
    if (!Array.isArray(dataset.indicators)) return;
    dataset.indicators.forEach((indicator, i) => {
      if (!indicator || typeof indicator.id !== 'string') return;
      const first = seen.get(indicator.id);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['indicators', i, 'id'],
          params: { kind: 'duplicate', first, key: indicator.id },
        });
      } else seen.set(indicator.id, i);
    });
  }, ALWAYS);
export type Dataset = z.infer<typeof Dataset>;
/** What an analyst writes: defaults (group, decimals, dimensions, annualChange) may be left out. */
export type DatasetInput = z.input<typeof Dataset>;
