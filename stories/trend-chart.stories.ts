import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/components/trend-chart/trend-chart.js';

interface Args {
  src: string;
  indicator: string;
  area: string;
  compare: string;
  group: string;
  from: string;
  to: string;
  heading: string;
  subtitle: string;
  sourceText: string;
  headingLevel: number;
  view: string;
  theme: string;
  lang: string;
  loading: string;
  width: number;
  data?: unknown;
}

const SRC = 'data/barn-och-unga.json';

const render = (args: Partial<Args>) =>
  html`<div style=${styleMap({ maxWidth: `${args.width ?? 760}px` })}>
    <bpl-trend-chart
      src=${args.data ? nothing : (args.src ?? SRC)}
      .data=${args.data}
      indicator=${args.indicator ?? 'gymnasiebehorighet'}
      area=${args.area ?? '0683'}
      compare=${args.compare || nothing}
      group=${args.group || nothing}
      from=${args.from || nothing}
      to=${args.to || nothing}
      heading=${args.heading || nothing}
      subtitle=${args.subtitle || nothing}
      source-text=${args.sourceText || nothing}
      heading-level=${args.headingLevel ?? 2}
      view=${args.view || nothing}
      theme=${args.theme || nothing}
      lang=${args.lang || nothing}
      loading=${args.loading || nothing}
    ></bpl-trend-chart>
  </div>`;

/**
 * An indicator's development over time in one area, beside its county and Riket, with the collaboration's
 * goal path (+2 procentenheter a year in the good direction) drawn dashed and the status in words. Lines
 * are labelled at their ends (moved apart when they would collide) and told apart by markers and dashes
 * too; narrow screens get a legend instead. Tab into the chart and use the arrow keys, Home and End;
 * Escape closes the tooltip, Enter sends `bpl-select`.
 */
const meta: Meta<Args> = {
  title: 'Komponenter/bpl-trend-chart',
  component: 'bpl-trend-chart',
  tags: ['autodocs'],
  render,
  args: {
    src: SRC,
    indicator: 'gymnasiebehorighet',
    area: '0683',
    compare: '',
    group: '',
    from: '',
    to: '',
    heading: '',
    subtitle: '',
    sourceText: '',
    headingLevel: 2,
    view: '',
    width: 760,
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
        '0000',
        '0006',
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
    group: { control: 'select', options: ['', 'total', 'girls', 'boys', 'split'] },
    view: { control: 'inline-radio', options: ['', 'chart', 'table'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: ['', 'sv', 'en'] },
    loading: { control: 'inline-radio', options: ['', 'eager', 'lazy'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    width: { control: { type: 'range', min: 280, max: 1200, step: 10 } },
    data: { table: { disable: true } },
  },
};
export default meta;

type Story = StoryObj<Args>;

// ---- Playground ---------------------------------------------------------------------------------

export const PlaygroundDefault: Story = { name: 'Playground' };

// ---- Options ------------------------------------------------------------------------------------

export const OptionsCompareList: Story = {
  name: 'Options: compare with several municipalities',
  args: {
    indicator: 'gymnasieexamen-4-ar',
    compare: '0006,0000,0604,0617,0642,0643,0662,0665,0680,0682,0684,0685,0686,0687',
  },
};
export const OptionsCompareNone: Story = { name: 'Options: compare="none"', args: { compare: 'none' } };
export const OptionsSplit: Story = {
  name: 'Options: girls and boys (group="split")',
  args: { indicator: 'psykiskt-valbefinnande', area: '0680', group: 'split' },
};
export const OptionsGirls: Story = {
  name: 'Options: group="girls"',
  args: { indicator: 'fysisk-aktivitet', group: 'girls' },
};
export const OptionsBoys: Story = {
  name: 'Options: group="boys"',
  args: { indicator: 'fysisk-aktivitet', group: 'boys' },
};
export const OptionsFromTo: Story = {
  name: 'Options: from and to',
  args: { indicator: 'trygg-i-skolan', from: '2018', to: '2022' },
};
export const OptionsSchoolYears: Story = {
  name: 'Options: school years on the axis',
  args: { indicator: 'gymnasiebehorighet' },
};
export const OptionsLowerIsBetter: Story = {
  name: 'Options: lower is better, preliminary value',
  args: { indicator: 'skolnarvaro', area: '0682' },
};
export const OptionsConfidence: Story = {
  name: 'Options: confidence bands and suppressed values',
  args: { indicator: 'psykiskt-valbefinnande', area: '0604', group: 'girls' },
};
export const OptionsNoGoal: Story = {
  name: 'Options: indicator without a target rule',
  args: { indicator: 'tandhalsa', area: '0686' },
};
export const OptionsTexts: Story = {
  name: 'Options: heading, subtitle, source-text, heading-level',
  args: {
    heading: 'Fler behöriga till gymnasiet',
    subtitle: 'Värnamo kommun',
    sourceText: 'Skolverket, exempeldata',
    headingLevel: 3,
  },
};
export const OptionsTable: Story = { name: 'Options: view="table"', args: { view: 'table' } };

// ---- States -------------------------------------------------------------------------------------

export const StatesLoading: Story = {
  name: 'States: loading (lazy, outside the viewport until scrolled)',
  args: { loading: 'lazy' },
  render: (args) =>
    html`<div style="height:150vh">Rulla ned / scroll down</div>
      ${render(args)}`,
};
export const StatesErrorMissingFile: Story = {
  name: 'States: error, missing file',
  args: { src: 'data/finns-inte.json' },
};
export const StatesErrorUnknownIndicator: Story = {
  name: 'States: error, unknown indicator',
  args: { indicator: 'finns-inte' },
};
export const StatesErrorAreaWithoutData: Story = {
  name: 'States: error, area without data',
  args: {
    data: {
      meta: { title: 'x' },
      indicators: [
        {
          id: 'a',
          title: 'A',
          focusArea: 'other',
          unit: 'percent',
          polarity: 'higher-is-better',
          data: [{ area: '0680', period: '2020', value: 50 }],
        },
      ],
    },
    indicator: 'a',
    area: '0683',
  },
};
export const StatesErrorSchema: Story = {
  name: 'States: error, data that breaks the contract',
  args: {
    data: {
      meta: { title: 'x' },
      indicators: [
        { id: 'a', title: 'A', unit: 'procent', data: [{ area: '683', period: '2020', value: '50' }] },
      ],
    },
    indicator: 'a',
  },
};
export const StatesErrorBadAttribute: Story = {
  name: 'States: error, bad attribute',
  args: { group: 'alla' },
};
export const StatesEmpty: Story = {
  name: 'States: empty (all values missing)',
  args: {
    data: {
      meta: { title: 'x' },
      indicators: [
        {
          id: 'a',
          title: 'A',
          focusArea: 'other',
          unit: 'percent',
          polarity: 'higher-is-better',
          data: [
            { area: '0683', period: '2020', value: null },
            { area: '0683', period: '2021', value: null, status: 'suppressed' },
          ],
        },
      ],
    },
    indicator: 'a',
  },
};
export const StatesSinglePeriod: Story = {
  name: 'States: a single period',
  args: {
    data: {
      meta: { title: 'x' },
      indicators: [
        {
          id: 'a',
          title: 'Ett enda år',
          focusArea: 'other',
          unit: 'percent',
          polarity: 'higher-is-better',
          data: [
            { area: '0683', period: '2024', value: 61.2 },
            { area: '0006', period: '2024', value: 63.4 },
            { area: '0000', period: '2024', value: 64 },
          ],
        },
      ],
    },
    indicator: 'a',
  },
};
export const StatesHugeValue: Story = {
  name: 'States: one huge value',
  args: {
    data: {
      meta: { title: 'x' },
      indicators: [
        {
          id: 'a',
          title: 'Ett orimligt värde',
          focusArea: 'other',
          unit: 'count',
          polarity: 'higher-is-better',
          data: [2019, 2020, 2021, 2022].map((y, i) => ({
            area: '0683',
            period: String(y),
            value: i === 2 ? 4e9 : 120 + i,
          })),
        },
      ],
    },
    indicator: 'a',
  },
};
export const StatesMarkup: Story = {
  name: 'States: labels with markup (shown as text)',
  args: {
    data: {
      meta: { title: 'x' },
      areas: [{ code: '0683', name: '<img src=x onerror=alert(1)>Värnamo', level: 'municipality' }],
      indicators: [
        {
          id: 'a',
          title: '<b>Fet</b> <script>alert(1)</script>titel',
          focusArea: 'other',
          unit: 'percent',
          polarity: 'higher-is-better',
          data: [2020, 2021, 2022].map((y) => ({ area: '0683', period: String(y), value: 50 + y - 2020 })),
        },
      ],
    },
    indicator: 'a',
  },
};
export const StatesLongNames: Story = {
  name: 'States: long names',
  args: {
    data: {
      meta: { title: 'x' },
      areas: [
        {
          code: '0683',
          name: 'Värnamo kommun med ett mycket långt namn för att prova radbrytning',
          level: 'municipality',
        },
        {
          code: '0006',
          name: 'Region Jönköpings län, hela länet inklusive alla tretton kommuner',
          level: 'county',
        },
      ],
      indicators: [
        {
          id: 'a',
          title: 'En indikator med en mycket lång rubrik som måste brytas över flera rader på smala skärmar',
          focusArea: 'other',
          unit: 'percent',
          polarity: 'higher-is-better',
          data: [2018, 2019, 2020, 2021, 2022].flatMap((y, i) => [
            { area: '0683', period: String(y), value: 60 + i },
            { area: '0006', period: String(y), value: 61 + i * 0.5 },
          ]),
        },
      ],
    },
    indicator: 'a',
  },
};

// ---- Accessibility ------------------------------------------------------------------------------

export const AccessibilityEnglish: Story = {
  name: 'Accessibility: English (lang="en")',
  args: { lang: 'en', indicator: 'fysisk-aktivitet', area: '0685' },
};
export const AccessibilityDark: Story = {
  name: 'Accessibility: dark theme',
  args: { theme: 'dark', indicator: 'fritidsaktivitet', area: '0687' },
  render: (args) => html`<div style="background:#16191d;padding:1rem">${render(args)}</div>`,
};
export const AccessibilityNarrow: Story = {
  name: 'Accessibility: narrow (280 px, legend instead of end labels)',
  args: { width: 280 },
};
export const AccessibilityNarrow400: Story = {
  name: 'Accessibility: 400 px',
  args: { width: 400, indicator: 'trygg-i-skolan', area: '0604' },
};
