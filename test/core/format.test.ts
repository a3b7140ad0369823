import { describe, expect, it } from 'vitest';
import {
  formatDifference,
  formatNumber,
  formatTick,
  formatValue,
  formatList,
} from '../../src/core/i18n/format.js';
import { toLang } from '../../src/core/i18n/localize.js';
import {
  comparePeriods,
  parsePeriod,
  periodInRange,
  sortPeriods,
  yearsBetween,
} from '../../src/core/periods.js';
import { AreaIndex, countyOf, levelOfCode } from '../../src/core/areas.js';

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('Swedish and English formats', () => {
  it('writes percentages the Swedish way', () => {
    expect(nbsp(formatValue(12.5, 'percent', 'sv', 1))).toBe('12,5 %');
    expect(formatValue(12.5, 'percent', 'en', 1)).toBe('12.5%');
  });
  it('writes per 1 000 and counts with grouping', () => {
    expect(nbsp(formatValue(4.25, 'per-1000', 'sv', 1))).toBe('4,3 per 1 000');
    expect(nbsp(formatValue(1234, 'count', 'sv', 0))).toBe('1 234');
    expect(formatValue(1234, 'count', 'en', 0)).toBe('1,234');
  });
  it('writes differences in procentenheter, singular and plural, signed on request', () => {
    expect(formatDifference(4.4, 'percent', 'sv')).toBe('4,4 procentenheter');
    expect(formatDifference(1, 'percent', 'sv')).toBe('1,0 procentenhet');
    expect(formatDifference(-2, 'percent', 'en', 0)).toBe('-2 percentage points');
    expect(formatDifference(2, 'percent', 'sv', 1, true)).toBe('+2,0 procentenheter');
  });
  it('uses the Swedish minus sign', () => {
    expect(formatNumber(-3.2, 'sv')).toBe('\u22123,2');
  });
  it('gives ticks as many decimals as their step needs', () => {
    expect(formatTick(20, 'sv', 10)).toBe('20');
    expect(formatTick(2.5, 'sv', 0.5)).toBe('2,5');
    expect(formatTick(0.25, 'en', 0.05)).toBe('0.25');
  });
  it('joins lists with "och"', () => {
    expect(formatList(['Aneby', 'Eksjö', 'Habo'], 'sv')).toBe('Aneby, Eksjö och Habo');
    expect(formatList(['Aneby', 'Eksjö', 'Habo'], 'en')).toBe('Aneby, Eksjö and Habo');
  });
  it('reads the language tag', () => {
    expect(toLang('en-GB')).toBe('en');
    expect(toLang('EN')).toBe('en');
    expect(toLang('sv-SE')).toBe('sv');
    expect(toLang('fi')).toBe('sv');
    expect(toLang(null)).toBe('sv');
  });
});

describe('periods', () => {
  it('puts school years half-way between calendar years', () => {
    expect(parsePeriod('2023')).toEqual({ year: 2023, schoolYear: false, position: 2023 });
    expect(parsePeriod('2023/24')).toEqual({ year: 2023, schoolYear: true, position: 2023.5 });
    expect(parsePeriod('1999/00')?.position).toBe(1999.5);
    expect(parsePeriod('2023/25')).toBeUndefined();
    expect(parsePeriod('23')).toBeUndefined();
  });
  it('sorts and compares mixed periods', () => {
    expect(sortPeriods(['2024', '2023/24', '2023', '2023'])).toEqual(['2023', '2023/24', '2024']);
    expect(comparePeriods('2019/20', '2020')).toBeLessThan(0);
    expect(yearsBetween('2015/16', '2023/24')).toBe(8);
    expect(periodInRange('2020', '2018', '2022')).toBe(true);
    expect(periodInRange('2017/18', '2018')).toBe(false);
  });
});

describe('areas', () => {
  it('knows the county, Riket and the 13 municipalities, and extra areas from data', () => {
    const index = new AreaIndex([{ code: '0780', name: 'Växjö', level: 'municipality', county: '07' }]);
    expect(index.name('0683')).toBe('Värnamo');
    expect(index.name('0006')).toBe('Region Jönköpings län');
    expect(index.name('0000', 'en')).toBe('Sweden');
    expect(index.name('0780')).toBe('Växjö');
    expect(index.name('9999')).toBe('9999');
    expect(index.all().filter((a) => a.level === 'municipality' && a.county === '06')).toHaveLength(13);
    expect(levelOfCode('0007')).toBe('county');
    expect(countyOf('0780')).toBe('0007');
  });
});
