import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/components/municipality-map/municipality-map.js';

interface Args {
  src: string;
  indicator: string;
  period: string;
  group: string;
  area: string;
  colorBy: string;
  classes: number | '';
  classing: string;
  geoSrc: string;
  county: string;
  display: string;
  autoplay: boolean;
  headingLevel: number;
  theme: string;
  lang: string;
  loading: string;
  width: number;
  data?: unknown;
}

const SRC = 'data/barn-och-unga.json';
const SWEDEN = 'data/geo/sweden-municipalities.topo.json';

const render = (args: Partial<Args>) =>
  html`<div style=${styleMap({ maxWidth: `${args.width ?? 900}px` })}>
    <bpl-municipality-map
      src=${args.data ? nothing : (args.src ?? SRC)}
      .data=${args.data}
      indicator=${args.indicator || nothing}
      period=${args.period || nothing}
      group=${args.group || nothing}
      area=${args.area || nothing}
      color-by=${args.colorBy || nothing}
      classes=${args.classes || nothing}
      classing=${args.classing || nothing}
      geo-src=${args.geoSrc || nothing}
      county=${args.county || nothing}
      display=${args.display || 'list'}
      ?autoplay=${args.autoplay}
      heading-level=${args.headingLevel ?? 2}
      theme=${args.theme || nothing}
      lang=${args.lang || nothing}
      loading=${args.loading || nothing}
    ></bpl-municipality-map>
  </div>`;

/** Kronoberg's eight municipalities, for the `geo-src` + `county` stories (made-up values). */
const KRONOBERG = [
  ['0760', 'Uppvidinge'],
  ['0761', 'Lessebo'],
  ['0763', 'Tingsryd'],
  ['0764', 'Alvesta'],
  ['0765', 'Älmhult'],
  ['0767', 'Markaryd'],
  ['0780', 'Växjö'],
  ['0781', 'Ljungby'],
];
const kronobergData = {
  meta: { title: 'Kronobergs län – exempeldata', sample: true },
  areas: [
    ...KRONOBERG.map(([code, name]) => ({ code, name, level: 'municipality', county: '07' })),
    { code: '0007', name: 'Region Kronoberg', level: 'county', county: '07' },
  ],
  indicators: [
    {
      id: 'fysisk-aktivitet',
      title: { sv: 'Fysiskt aktiva elever', en: 'Physically active pupils' },
      focusArea: 'physical-activity',
      unit: 'percent',
      polarity: 'higher-is-better',
      data: [
        ...KRONOBERG.flatMap(([area], a) =>
          ['2022', '2023', '2024'].map((period, p) => ({
            area,
            period,
            value: 38 + ((a * 5.3) % 17) + p * 0.8,
          })),
        ),
        ...['2022', '2023', '2024'].map((period, p) => ({ area: '0007', period, value: 45 + p * 0.6 })),
      ],
    },
  ],
};

/**
 * Jönköpings län's 13 municipalities coloured by one indicator, with a ranked bar list (the county and
 * Riket as reference lines) or a table, a legend that also filters, a period slider with play/pause and a
 * generated summary. The county's boundaries ship with the element; `geo-src` and `county` draw others.
 * Tab into the map, move with the arrow keys to the neighbouring municipality, Enter selects
 * (`bpl-select`); Escape hides the tooltip. Municipalities without data are hatched ("uppgift saknas").
 */
const meta: Meta<Args> = {
  title: 'Komponenter/bpl-municipality-map',
  component: 'bpl-municipality-map',
  tags: ['autodocs'],
  render,
  args: {
    src: SRC,
    indicator: 'fysisk-aktivitet',
    period: '',
    group: '',
    area: '',
    colorBy: '',
    classes: '',
    classing: '',
    geoSrc: '',
    county: '',
    display: 'list',
    autoplay: false,
    headingLevel: 2,
    width: 900,
  },
  argTypes: {
    indicator: {
      control: 'select',
      options: [
        'gymnasiebehorighet',
        'gymnasieexamen-4-ar',
        'skolnarvaro',
        'psykiskt-valbefinnande',
        'trygg-i-skolan',
        'psykosomatiska-besvar',
        'fysisk-aktivitet',
        'stillasittande',
        'fritidsaktivitet',
        'tandhalsa',
        'andts-alkohol',
      ],
    },
    area: {
      control: 'select',
      options: [
        '',
        '0604',
        '0617',
        '0642',
        '0643',
        '0662',
        '0665',
        '0680',
        '0682',
        '0683',
        '0684',
        '0685',
        '0686',
        '0687',
      ],
    },
    group: { control: 'select', options: ['', 'total', 'girls', 'boys'] },
    colorBy: { control: 'inline-radio', options: ['', 'value', 'county', 'goal'] },
    classes: { control: 'select', options: ['', 3, 4, 5, 6, 7] },
    classing: { control: 'inline-radio', options: ['', 'equal', 'quantile'] },
    display: { control: 'inline-radio', options: ['list', 'table'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: ['', 'sv', 'en'] },
    loading: { control: 'inline-radio', options: ['', 'eager', 'lazy'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    width: { control: { type: 'range', min: 280, max: 1400, step: 10 } },
    data: { table: { disable: true } },
  },
};
export default meta;

type Story = StoryObj<Args>;

// ---- Playground ---------------------------------------------------------------------------------

export const PlaygroundDefault: Story = { name: 'Playground' };

// ---- Options ------------------------------------------------------------------------------------

export const OptionsPeriod: Story = { name: 'Options: period="2019"', args: { period: '2019' } };
export const OptionsSchoolYear: Story = {
  name: 'Options: a school year (period="2020/21")',
  args: { indicator: 'gymnasiebehorighet', period: '2020/21' },
};
export const OptionsGirls: Story = { name: 'Options: group="girls"', args: { group: 'girls' } };
export const OptionsBoys: Story = { name: 'Options: group="boys"', args: { group: 'boys' } };
export const OptionsSelected: Story = { name: 'Options: area="0680" selected', args: { area: '0680' } };
export const OptionsColorCounty: Story = {
  name: 'Options: color-by="county" (diverging around the county)',
  args: { indicator: 'psykiskt-valbefinnande', colorBy: 'county' },
};
export const OptionsColorGoal: Story = {
  name: 'Options: color-by="goal" (distance from the goal)',
  args: { indicator: 'gymnasieexamen-4-ar', colorBy: 'goal' },
};
export const OptionsLowerIsBetter: Story = {
  name: 'Options: lower is better (polarity flips the good end)',
  args: { indicator: 'skolnarvaro', colorBy: 'county' },
};
export const OptionsQuantiles: Story = {
  name: 'Options: classing="quantile" classes="4"',
  args: { indicator: 'trygg-i-skolan', classing: 'quantile', classes: 4 },
};
export const OptionsSevenClasses: Story = { name: 'Options: classes="7"', args: { classes: 7 } };
export const OptionsThreeClasses: Story = { name: 'Options: classes="3"', args: { classes: 3 } };
export const OptionsTable: Story = { name: 'Options: display="table"', args: { display: 'table' } };
export const OptionsAutoplay: Story = {
  name: 'Options: autoplay (not with reduced motion)',
  args: { autoplay: true, period: '2015' },
};
export const OptionsOtherCounty: Story = {
  name: 'Options: geo-src (all of Sweden) and county="07"',
  args: { geoSrc: SWEDEN, county: '07', data: kronobergData },
};
export const OptionsHeadingLevel: Story = { name: 'Options: heading-level="4"', args: { headingLevel: 4 } };

// ---- States -------------------------------------------------------------------------------------

export const StatesLoading: Story = {
  name: 'States: loading (lazy, outside the viewport until scrolled)',
  args: { loading: 'lazy' },
  render: (args) =>
    html`<div style="height:150vh">Rulla ned / scroll down</div>
      ${render(args)}`,
};
export const StatesMissingValues: Story = {
  name: 'States: a municipality without data (hatched, "uppgift saknas")',
  args: { indicator: 'gymnasieexamen-4-ar', period: '2016' },
};
export const StatesSuppressed: Story = {
  name: 'States: suppressed values (too few respondents)',
  args: { indicator: 'andts-alkohol', group: 'girls' },
};
export const StatesErrorMissingFile: Story = {
  name: 'States: error, missing data file',
  args: { src: 'data/finns-inte.json' },
};
export const StatesErrorUnknownIndicator: Story = {
  name: 'States: error, unknown indicator',
  args: { indicator: 'finns-inte' },
};
export const StatesErrorPeriod: Story = {
  name: 'States: error, a period with no data',
  args: { period: '2030' },
};
export const StatesErrorGeometry: Story = {
  name: 'States: error, geometry that fails to load',
  args: { geoSrc: 'data/geo/finns-inte.topo.json' },
};
export const StatesErrorGeometryParse: Story = {
  name: 'States: error, geometry that is not TopoJSON or GeoJSON',
  args: { geoSrc: SRC },
};
export const StatesErrorCodes: Story = {
  name: 'States: error, map codes that match nothing in the data',
  args: { geoSrc: SWEDEN, county: '07' },
};
export const StatesErrorAttribute: Story = {
  name: 'States: error, classes="12"',
  args: { classes: 12 as unknown as '' },
};
export const StatesErrorSchema: Story = {
  name: 'States: error, data that breaks the contract',
  args: { data: { meta: { title: 'Trasig' }, indicators: [{ id: 'x', data: 'nej' }] } },
};

// ---- Accessibility ------------------------------------------------------------------------------

export const AccessibilityEnglish: Story = {
  name: 'Accessibility: English (lang="en")',
  args: { lang: 'en', colorBy: 'goal' },
};
export const AccessibilityDark: Story = {
  name: 'Accessibility: dark theme',
  args: { theme: 'dark', indicator: 'stillasittande' },
  render: (args) => html`<div style="background:#16191d;padding:1rem">${render(args)}</div>`,
};
export const AccessibilityNarrow: Story = {
  name: 'Accessibility: narrow (320 px, list under the map)',
  args: { width: 320 },
};
export const AccessibilityTable: Story = {
  name: 'Accessibility: the data table',
  args: { display: 'table', indicator: 'psykiskt-valbefinnande', colorBy: 'county' },
};

/** Viridis, colour-blind safe, light to dark: names turn white from the middle steps on, by the colours'
 * own contrast (the map reads the page's palette), not by class number. */
const VIRIDIS = ['#fde725', '#90d743', '#35b779', '#21918c', '#31688e', '#443983', '#440154'];
export const AccessibilityOwnPalette: Story = {
  name: 'Accessibility: the page’s own palette (--bpl-color-seq-*), names in black or white by contrast',
  args: { classes: 7, indicator: 'trygg-i-skolan' },
  render: (args) =>
    html`<div style=${styleMap(Object.fromEntries(VIRIDIS.map((c, i) => [`--bpl-color-seq-${i + 1}`, c])))}>
      ${render(args)}
    </div>`,
};
