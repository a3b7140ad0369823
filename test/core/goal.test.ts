import { describe, expect, it } from 'vitest';
import { assessGoal, goalPath, withPageGoal } from '../../src/core/goal.js';
import { Indicator } from '../../src/core/schema/contract.js';

const make = (over: Record<string, unknown>, values: [string, number | null][]) =>
  Indicator.parse({
    id: 'x',
    title: 'X',
    focusArea: 'other',
    unit: 'percent',
    polarity: 'higher-is-better',
    data: values.map(([period, value]) => ({
      area: '0683',
      period,
      value,
      ...(value === null ? { status: 'missing' } : {}),
    })),
    ...over,
  });

describe('goal path', () => {
  it('climbs two percentage points a year from the baseline by default', () => {
    const ind = make({ target: { baseline: '2015' } }, [
      ['2015', 78.5],
      ['2024', 82.1],
    ]);
    const path = goalPath(ind, '0683')!;
    expect(path.at('2015')).toBe(78.5);
    expect(path.at('2024')).toBeCloseTo(96.5);
    const a = assessGoal(ind, '0683')!;
    expect(a.status).toBe('behind');
    expect(a.margin).toBeCloseTo(-14.4);
  });
  it('goes down for lower-is-better, clamped at zero, with the annual change the data gives', () => {
    const ind = make({ polarity: 'lower-is-better', target: { baseline: '2015', annualChange: 1.5 } }, [
      ['2015', 10],
      ['2020', 1],
      ['2024', 0],
    ]);
    const path = goalPath(ind, '0683')!;
    expect(path.at('2020')).toBeCloseTo(2.5);
    expect(path.at('2024')).toBe(0);
    expect(assessGoal(ind, '0683', 'total', '2020')!.status).toBe('ahead');
  });
  it('draws no goal the data does not set: none without a rule, none when off, none for a non-percentage', () => {
    const ind = make({}, [
      ['2015', null],
      ['2016', 50],
      ['2018', 54.2],
    ]);
    expect(goalPath(ind, '0683')).toBeUndefined();
    expect(assessGoal(ind, '0683')).toBeUndefined();
    expect(goalPath(make({ target: false }, [['2016', 50]]), '0683')).toBeUndefined();
    // A rule in percentage points says nothing of crowns per inhabitant or counts.
    expect(
      goalPath(make({ unit: 'value', target: { baseline: '2016' } }, [['2016', 50]]), '0683'),
    ).toBeUndefined();
    // Nor without a good direction (Kolada and PxWeb never give one).
    expect(
      goalPath(make({ polarity: undefined, target: { baseline: '2016' } }, [['2016', 50]]), '0683'),
    ).toBeUndefined();
  });
  it('takes the page’s goal, baseline and polarity (withPageGoal)', () => {
    const ind = make({ polarity: undefined }, [
      ['2016', 50],
      ['2018', 55],
    ]);
    expect(goalPath(ind, '0683')).toBeUndefined();
    const paged = withPageGoal(ind, { goal: 2, baseline: '2016', polarity: 'higher-is-better' });
    expect(goalPath(paged, '0683')!.at('2018')).toBe(54);
    expect(assessGoal(paged, '0683')!.status).toBe('ahead');
    // The baseline alone: the collaboration's two points a year.
    expect(withPageGoal(make({}, [['2016', 50]]), { baseline: '2016' }).target).toEqual({
      baseline: '2016',
      annualChange: 2,
    });
  });
  it('has no goal when the baseline value is missing', () => {
    expect(
      goalPath(
        make({ target: { baseline: '2015' } }, [
          ['2015', null],
          ['2016', 40],
        ]),
        '0683',
      ),
    ).toBeUndefined();
  });
  it('works with school years', () => {
    const ind = make({ target: { baseline: '2015/16' } }, [
      ['2015/16', 70],
      ['2023/24', 86],
    ]);
    expect(assessGoal(ind, '0683')).toMatchObject({ status: 'on-track', goal: 86 });
  });
});
