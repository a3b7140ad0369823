import { beforeAll, describe, expect, it } from 'vitest';
import { validateDataset, parseDataset } from '../../src/core/schema/validate.js';
import { validateStructure } from '../../src/core/schema/validate-structure.js';
import { errorLines, loadEnglish } from '../../src/core/i18n/localize.js';

beforeAll(() => loadEnglish());
import { BplError } from '../../src/core/errors.js';
import { isSafeUrl } from '../../src/core/schema/common.js';

const obs = (over: Record<string, unknown> = {}) => ({
  area: '0680',
  period: '2023',
  group: 'total',
  value: 12.5,
  ...over,
});
const indicator = (over: Record<string, unknown> = {}) => ({
  id: 'gymnasiebehorighet',
  title: 'Behöriga',
  focusArea: 'completed-studies',
  unit: 'percent',
  polarity: 'higher-is-better',
  data: [obs()],
  ...over,
});
const dataset = (indicators: unknown[]) => ({ meta: { title: 'Test' }, indicators });

function messages(input: unknown, lang: 'sv' | 'en' = 'sv'): string[] {
  const result = validateDataset(input);
  if (result.ok) return [];
  return errorLines(new BplError('schema', { issues: result.issues }), lang, 100).issues;
}

describe('dataset schema', () => {
  it('accepts a minimal dataset and fills defaults', () => {
    const ds = parseDataset(
      dataset([indicator({ data: [{ area: '0680', period: '2023/24', value: null, status: 'missing' }] })]),
    );
    const ind = ds.indicators[0]!;
    expect(ind.decimals).toBe(1);
    expect(ind.dimensions).toEqual([]);
    expect(ind.data[0]!.group).toBe('total');
  });

  it('does not validate a dataset it produced again (a page with many charts of one dataset)', () => {
    const first = validateDataset(dataset([indicator()]));
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const again = validateDataset(first.value);
    expect(again.ok && again.value).toBe(first.value);
    // A copy is an unknown object: it is validated.
    const copy = structuredClone(first.value);
    const third = validateDataset(copy);
    expect(third.ok && third.value).not.toBe(copy);
  });

  it('names the path and the problem in Swedish: a number written with a comma', () => {
    const input = dataset([
      indicator(),
      indicator({ id: 'b' }),
      indicator({ id: 'c', data: [obs(), obs({ period: '2024', value: '12,5' })] }),
    ]);
    expect(messages(input)).toEqual(['indicators[2].data[1].value: väntade ett tal, fick "12,5"']);
  });

  it('lists several errors, not just the first, and in English on request', () => {
    const input = dataset([
      indicator({ unit: 'procent', data: [obs({ area: '680' }), obs({ period: '2023-24' })] }),
    ]);
    const sv = messages(input);
    expect(sv).toHaveLength(3);
    expect(sv).toContain(
      'indicators[0].unit: ogiltigt värde "procent"; tillåtna värden: percent, per-1000, count, score, value',
    );
    expect(sv).toContain(
      'indicators[0].data[0].area: "680" är ingen områdeskod (fyra siffror, till exempel 0680)',
    );
    expect(sv.some((m) => m.startsWith('indicators[0].data[1].period: "2023-24" är ingen period'))).toBe(
      true,
    );
    const en = messages(input, 'en');
    expect(en).toContain(
      'indicators[0].unit: invalid value "procent"; allowed values: percent, per-1000, count, score, value',
    );
  });

  it('reports missing fields, unknown fields and duplicates', () => {
    const input = dataset([
      { ...indicator(), title: undefined, colour: 'red' },
      indicator({ data: [obs(), obs()] }),
    ]);
    const m = messages(input);
    expect(m).toContain('indicators[0].title: saknas');
    expect(m).toContain('indicators[0].colour: okänt fält (stavfel?)');
    expect(m).toContain(
      'indicators[1].data[1]: "0680 2023 total" förekommer två gånger (första gången på plats 0)',
    );
    expect(m).toContain(
      'indicators[1].id: "gymnasiebehorighet" förekommer två gånger (första gången på plats 0)',
    );
  });

  it('rejects school years that do not follow each other, and reversed confidence intervals', () => {
    const m = messages(
      dataset([indicator({ data: [obs({ period: '2023/25' }), obs({ period: '2024', ci: [14, 10] })] })]),
    );
    expect(m.some((x) => x.startsWith('indicators[0].data[0].period'))).toBe(true);
    expect(m).toContain('indicators[0].data[1].ci: konfidensintervallets nedre gräns är större än den övre');
  });

  it('rejects links that are not http(s) or relative', () => {
    const m = messages(dataset([indicator({ source: { name: 'x', url: 'javascript:alert(1)' } })]));
    expect(m).toHaveLength(1);
    expect(m[0]).toMatch(/^indicators\[0\]\.source\.url: "javascript:alert\(1\)" är ingen tillåten länk/);
  });

  it('says what the root is when the document is not an object', () => {
    expect(messages(42)).toEqual(['(hela filen): väntade ett objekt, fick ett tal']);
    expect(messages('text')).toEqual(['(hela filen): väntade ett objekt, fick "text"']);
  });
});

describe('isSafeUrl', () => {
  it.each([
    ['https://example.org/a', true],
    ['http://example.org', true],
    ['/data/x.json', true],
    ['x.json', true],
    ['#top', true],
    ['javascript:alert(1)', false],
    ['JaVaScRiPt:alert(1)', false],
    [' java\tscript:alert(1)', false],
    ['data:text/html,<b>x</b>', false],
    ['vbscript:x', false],
    ['', false],
  ])('%s → %s', (url, safe) => expect(isSafeUrl(url)).toBe(safe));
});

describe('structure schema', () => {
  const body = (id: string, level = 'operational') => ({ id, name: id.toUpperCase(), level });
  it('accepts a valid structure', () => {
    const r = validateStructure({
      meta: { title: 'S' },
      bodies: [body('sbu', 'political'), body('bbu', 'strategic'), body('lsg-1')],
      relations: [
        { from: 'lsg-1', to: 'bbu', type: 'reports-to' },
        { from: 'bbu', to: 'sbu', type: 'prepares-for' },
      ],
    });
    expect(r.ok).toBe(true);
  });
  it('names unknown references, duplicate ids and cycles', () => {
    const r = validateStructure({
      meta: { title: 'S' },
      bodies: [body('a'), body('b'), body('a')],
      relations: [
        { from: 'a', to: 'b', type: 'reports-to' },
        { from: 'b', to: 'a', type: 'reports-to' },
        { from: 'b', to: 'ghost', type: 'collaborates-with' },
      ],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const lines = errorLines(new BplError('structure', { issues: r.issues }), 'sv', 100).issues;
    expect(lines).toContain('bodies[2].id: "a" förekommer två gånger (första gången på plats 0)');
    expect(lines).toContain('relations[2].to: hänvisar till "ghost", som inte finns');
    expect(lines).toContain('relations: rapporteringen går i cirkel: a → b → a');
  });
});
