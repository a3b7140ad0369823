import { describe, expect, it, vi } from 'vitest';

// Counts how often the model asks an area's level (once per observation scanned for a normalisation range)
// and how often it assesses a goal (each assessment reads and sorts the area's whole series).
const calls = vi.hoisted(() => ({ n: 0, goals: 0 }));
vi.mock('../../src/core/areas.js', async (importOriginal) => {
  const areas = await importOriginal<typeof import('../../src/core/areas.js')>();
  return {
    ...areas,
    levelOfCode: (code: string) => {
      calls.n++;
      return areas.levelOfCode(code);
    },
  };
});
vi.mock('../../src/core/goal.js', async (importOriginal) => {
  const goal = await importOriginal<typeof import('../../src/core/goal.js')>();
  return {
    ...goal,
    assessGoal: (...args: Parameters<typeof goal.assessGoal>) => {
      calls.goals++;
      return goal.assessGoal(...args);
    },
  };
});

const { buildModel } = await import('../../src/components/wellbeing-wheel/model.js');
const { parseDataset } = await import('../../src/core/schema/validate.js');
const { datasetInput } = await import('./fixtures.js');

describe('buildModel cost', () => {
  it('scans the observations of an indicator and period for the normalisation range once, however many dimensions, comparisons and rows ask', () => {
    const dataset = parseDataset(datasetInput());
    const tagged = dataset.indicators.filter((i) => i.dimensions.length);
    // Every observation of every tagged indicator, once: the most a range per indicator and period can scan.
    const bound = tagged.reduce((sum, i) => sum + i.data.length, 0);
    calls.n = 0;
    buildModel(dataset, { area: '0680' });
    expect(calls.n).toBeLessThanOrEqual(bound);
  });

  it('assesses an indicator row’s goal only when it is read (the detail, the table, the CSV), not to draw the wheel', () => {
    calls.goals = 0;
    const model = buildModel(parseDataset(datasetInput()), { area: '0680' });
    expect(calls.goals).toBe(0);
    const row = model.dimensions[0]!.indicators[0]!;
    expect(row.goal).toMatchObject({ period: '2024' });
    expect(row.goal).toBe(row.goal);
    expect(calls.goals).toBe(1);
  });
});
