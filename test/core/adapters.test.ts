import '../../src/core/adapters/index.js';
import { describe, expect, it } from 'vitest';
import { fromCsv, parseCsvRows, parseLocaleNumber, looksLikeCsv } from '../../src/core/adapters/csv.js';
import { fromKolada, isKoladaPage, koladaElementUrl, koladaFollow } from '../../src/core/adapters/kolada.js';
import { decodeBody, readDataset } from '../../src/core/loader/read.js';
import { BplError } from '../../src/core/errors.js';

describe('CSV adapter', () => {
  it('reads semicolons with decimal commas, Swedish column names and groups', () => {
    const text =
      '\uFEFFkommun;år;kön;värde;status\r\n0680;2023;Flickor;12,5;\r\n0680;2023;Pojkar;..;\r\n683;2024;T;1 234,5;prel\r\n';
    const { dataset, issues } = fromCsv(text);
    expect(issues).toEqual([]);
    const data = dataset!.indicators[0]!.data;
    expect(data).toEqual([
      { area: '0680', period: '2023', group: 'girls', value: 12.5 },
      { area: '0680', period: '2023', group: 'boys', value: null, status: 'missing' },
      { area: '0683', period: '2024', group: 'total', value: 1234.5, status: 'preliminary' },
    ]);
  });

  it('reads commas with quoted decimal commas, an indicator column and confidence intervals', () => {
    const text =
      'indicator,area,period,group,value,ci_low,ci_high,n\nfysisk-aktivitet,0680,2023,total,"45,2",41.0,49.4,310\ntrygg,0000,2022/23,girls,80,,,\n';
    const { dataset } = fromCsv(text);
    expect(dataset!.indicators.map((i) => i.id)).toEqual(['fysisk-aktivitet', 'trygg']);
    expect(dataset!.indicators[0]!.data[0]).toEqual({
      area: '0680',
      period: '2023',
      group: 'total',
      value: 45.2,
      n: 310,
      ci: [41, 49.4],
    });
  });

  it('reports the line and column of bad cells', () => {
    const { issues } = fromCsv('area,period,value\n0680,2023,tolv\n');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: ['csv', 2, 'value'], kind: 'other', params: { value: 'tolv' } });
    expect(fromCsv('area,value\n0680,1\n').issues[0]).toMatchObject({
      path: ['csv', 1, 'period'],
      kind: 'other',
    });
  });

  it('parses quoted fields with delimiters, quotes and newlines', () => {
    expect(parseCsvRows('a,b\n"x, ""y""","1\n2"\n').rows).toEqual([
      ['a', 'b'],
      ['x, "y"', '1\n2'],
    ]);
  });

  it('parses numbers written either way', () => {
    expect(parseLocaleNumber('12,5')).toBe(12.5);
    expect(parseLocaleNumber('−3,2')).toBe(-3.2);
    expect(parseLocaleNumber('1\u00a0234')).toBe(1234);
    expect(parseLocaleNumber('12.5%')).toBe(12.5);
    expect(parseLocaleNumber('12,5,1')).toBeUndefined();
    expect(parseLocaleNumber('abc')).toBeUndefined();
  });

  it('is detected from its header', () => {
    expect(looksLikeCsv('area;period;value\n0680;2023;1')).toBe(true);
    expect(looksLikeCsv('hello world')).toBe(false);
    expect(decodeBody('area,period,value\n0680,2023,1').type).toBe('csv');
  });
});

describe('Kolada adapter', () => {
  const page = {
    count: 2,
    values: [
      {
        kpi: 'N15428',
        municipality: '0680',
        period: 2023,
        values: [
          { gender: 'T', value: 81.2, status: '', count: 1 },
          { gender: 'K', value: 83 },
          { gender: 'M', value: null, status: 'Missing' },
        ],
      },
      { kpi: 'N15428', municipality: '0006', period: 2023, values: [{ gender: 'T', value: 80.1 }] },
    ],
    next_url: 'https://api.kolada.se/v3/data?page=2',
  };
  it('is recognised by shape', () => {
    expect(isKoladaPage(page)).toBe(true);
    expect(isKoladaPage({ meta: {}, indicators: [] })).toBe(false);
  });
  it('maps KPI, municipality, period and T/K/M to the contract, across pages', () => {
    const second = {
      values: [{ kpi: 'N15428', municipality: '0683', period: 2023, values: [{ gender: 'T', value: 77 }] }],
    };
    const { dataset } = fromKolada([page, second]);
    const ind = dataset!.indicators[0]!;
    expect(ind.id).toBe('N15428');
    expect(ind.source?.kolada).toBe('N15428');
    expect(ind.data).toEqual([
      // Kolada's `count` is how many values an aggregate is made of, not a number of people.
      { area: '0680', period: '2023', group: 'total', value: 81.2 },
      { area: '0680', period: '2023', group: 'girls', value: 83 },
      { area: '0680', period: '2023', group: 'boys', value: null, status: 'missing' },
      { area: '0006', period: '2023', group: 'total', value: 80.1 },
      { area: '0683', period: '2023', group: 'total', value: 77 },
    ]);
  });
  it('validates through the same contract', () => {
    const read = readDataset({ type: 'json', value: page });
    expect(read.format).toBe('kolada');
    expect(read.value.indicators[0]!.data).toHaveLength(4);
  });
  it('reports bad genders with their path', () => {
    const { issues } = fromKolada([
      { values: [{ kpi: 'N1', municipality: '0680', period: 2023, values: [{ gender: 'X', value: 1 }] }] },
    ]);
    expect(issues[0]).toMatchObject({ path: ['values', 0, 'values', 0, 'gender'], kind: 'invalid-value' });
  });
  it('follows next_url and next_page to the further pages, and stops at a page that is not one', async () => {
    const pages: Record<string, unknown> = {
      p2: { values: [{ kpi: 'N1', municipality: '0680', period: 2024, values: [] }], next_page: 'p3' },
      p3: { values: [], next_url: 'p4' },
      p4: { indicators: [] },
    };
    const asked: string[] = [];
    const more = await koladaFollow({ values: [], next_url: 'p2' }, async (next) => {
      asked.push(next);
      return decodeBody(JSON.stringify(pages[next]), 'json');
    });
    expect(asked).toEqual(['p2', 'p3', 'p4']);
    // p4 is not a Kolada page: the data read so far is kept and said to be incomplete.
    expect(more).toEqual({ pages: [pages.p2, pages.p3], failed: 'p4' });
    // Nothing to follow: undefined at once (no promise), so the loader reads without waiting.
    expect(koladaFollow({ indicators: [] }, () => Promise.reject(new Error('not asked')))).toBeUndefined();
    expect(koladaFollow({ values: [] }, () => Promise.reject(new Error('not asked')))).toBeUndefined();
  });
});

describe('readDataset', () => {
  it('throws a parse error for text that is neither JSON nor CSV', () => {
    expect(() => decodeBody('<html>Not found</html>')).toThrowError(BplError);
    try {
      decodeBody('<html>');
    } catch (e) {
      expect((e as BplError).code).toBe('parse');
    }
  });
  it('throws a schema error listing the issues', () => {
    try {
      readDataset({ type: 'json', value: { meta: {}, indicators: 3 } });
      expect.unreachable();
    } catch (e) {
      expect((e as BplError).code).toBe('schema');
      expect((e as BplError).params.issues!.length).toBe(2);
    }
  });
});

describe('the kolada attribute: the API address from the element', () => {
  const el = (tag: string, attrs: Record<string, string>) =>
    ({ localName: tag, getAttribute: (name: string) => attrs[name] ?? null }) as unknown as Element;
  it('a trend chart: its area, the area’s county and Riket, and the years from–to', () => {
    expect(
      koladaElementUrl('N15428', el('bpl-trend-chart', { area: '0683', from: '2015', to: '2017' })),
    ).toBe('https://api.kolada.se/v3/data/kpi/N15428/municipality/0683,0006,0000/year/2015,2016,2017');
    expect(
      koladaElementUrl(
        'N15428 N15419',
        el('bpl-trend-chart', { area: '0180', compare: '0580,1280' }),
        'https://proxy.example/v3/',
      ),
    ).toBe('https://proxy.example/v3/data/kpi/N15428,N15419/municipality/0180,0580,1280,0000');
  });
  it('a map: the county’s municipalities (Jönköpings län by default), the county and Riket', () => {
    const url = koladaElementUrl('N15428', el('bpl-municipality-map', { county: '07' }));
    expect(url).toBe(
      'https://api.kolada.se/v3/data/kpi/N15428/municipality/0760,0761,0763,0764,0765,0767,0780,0781,0007,0000',
    );
    expect(
      koladaElementUrl('N15428', el('bpl-municipality-map', {})).split('/municipality/')[1]!.split(','),
    ).toHaveLength(15);
  });
  it('a KPI id that is none is said, naming it', () => {
    expect(() => koladaElementUrl('N15428,gymnasiebehorighet', el('bpl-trend-chart', {}))).toThrowError(
      BplError,
    );
    try {
      koladaElementUrl('n15428', el('bpl-trend-chart', {}));
    } catch (e) {
      expect((e as BplError).params).toMatchObject({ attribute: 'kolada', value: 'n15428' });
    }
  });
});
