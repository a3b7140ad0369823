/**
 * Areas use Kolada's four-character codes: `0000` is Riket (Sweden), `00LL` a county (region) with county
 * code LL, and `LLMM` a municipality. The built-in registry covers Jönköpings län; a dataset can name more
 * areas (for example Kronoberg's municipalities) in its `areas` list.
 */

export type AreaLevel = 'country' | 'county' | 'municipality';

export interface Area {
  code: string;
  name: string;
  /** English name, where it differs. */
  nameEn?: string;
  level: AreaLevel;
  /** For a municipality: its county's two-digit code (`06`). */
  county?: string;
}

export const RIKET = '0000';
export const JONKOPING_COUNTY = '0006';

const JONKOPING_MUNICIPALITIES: [string, string][] = [
  ['0604', 'Aneby'],
  ['0617', 'Gnosjö'],
  ['0642', 'Mullsjö'],
  ['0643', 'Habo'],
  ['0662', 'Gislaved'],
  ['0665', 'Vaggeryd'],
  ['0680', 'Jönköping'],
  ['0682', 'Nässjö'],
  ['0683', 'Värnamo'],
  ['0684', 'Sävsjö'],
  ['0685', 'Vetlanda'],
  ['0686', 'Eksjö'],
  ['0687', 'Tranås'],
];

/** The built-in registry: Riket, Region Jönköpings län and its 13 municipalities. */
export const AREA_REGISTRY: readonly Area[] = [
  { code: RIKET, name: 'Riket', nameEn: 'Sweden', level: 'country' },
  {
    code: JONKOPING_COUNTY,
    name: 'Region Jönköpings län',
    nameEn: 'Jönköping County',
    level: 'county',
    county: '06',
  },
  .../*#__PURE__*/ JONKOPING_MUNICIPALITIES.map(([code, name]): Area => ({
    code,
    name,
    level: 'municipality',
    county: '06',
  })),
];

export const JONKOPING_MUNICIPALITY_CODES: readonly string[] = /*#__PURE__*/ JONKOPING_MUNICIPALITIES.map(
  ([code]) => code,
);

/** Kolada's four-digit area code. */
export const AREA_CODE_PATTERN = /^\d{4}$/;

/** The level a code denotes by its form alone. */
export function levelOfCode(code: string): AreaLevel {
  if (code === RIKET) return 'country';
  if (code.startsWith('00')) return 'county';
  return 'municipality';
}

/** The Kolada county code (`0006`) of a municipality code (`0680`). */
export function countyOf(code: string): string {
  return levelOfCode(code) === 'municipality' ? `00${code.slice(0, 2)}` : code;
}

/** Looks areas up in the built-in registry, extended (and overridden) by a dataset's own list. */
export class AreaIndex {
  private readonly byCode = new Map<string, Area>();

  constructor(extra: readonly Area[] = []) {
    for (const area of AREA_REGISTRY) this.byCode.set(area.code, area);
    for (const area of extra) this.byCode.set(area.code, { ...this.byCode.get(area.code), ...area });
  }

  get(code: string): Area | undefined {
    return this.byCode.get(code);
  }

  has(code: string): boolean {
    return this.byCode.has(code);
  }

  /** A readable name in the given language; the code itself when nothing better is known. */
  name(code: string, lang: 'sv' | 'en' = 'sv'): string {
    const area = this.byCode.get(code);
    if (!area) return code;
    return lang === 'en' && area.nameEn ? area.nameEn : area.name;
  }

  all(): Area[] {
    return [...this.byCode.values()];
  }
}
