import { z } from './zod.js';
import { Dataset } from './dataset.js';
import { Structure } from './structure.js';

const BASE = 'https://bastaplatsen.github.io/viz/schema';

/**
 * The published JSON Schemas, generated from the zod schemas (what an analyst may write: defaults may be
 * left out). Cross-field rules (duplicates, references, cycles) live only in zod and are checked by the
 * components; the JSON Schema covers shapes, enums and patterns.
 */
export function jsonSchemas(): Record<'dataset' | 'structure', Record<string, unknown>> {
  const make = (schema: z.ZodType, id: string, title: string, description: string) => ({
    ...z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }),
    $id: `${BASE}/${id}`,
    title,
    description,
  });
  return {
    dataset: make(
      Dataset,
      'dataset.schema.json',
      'Indikatordata – Bästa platsen att leva på, barn och unga',
      'Indicator dataset for @bastaplatsen/viz: metadata, indicators and their observations by area, period and group.',
    ),
    structure: make(
      Structure,
      'structure.schema.json',
      'Samverkansstruktur – Bästa platsen att leva på, barn och unga',
      'Collaboration structure for @bastaplatsen/viz: bodies, their levels and sectors, and how they relate.',
    ),
  };
}
