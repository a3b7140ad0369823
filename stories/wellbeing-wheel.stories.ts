import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/components/wellbeing-wheel/wellbeing-wheel.js';

interface Args {
  src: string;
  area: string;
  period: string;
  measure: string;
  compare: string;
  dimensions: string;
  labels: string;
  group: string;
  theme: string;
  lang: string;
  width: number;
}

const SRC = 'data/barn-och-unga.json';

const render = (args: Partial<Args>) =>
  html`<div style=${styleMap({ maxWidth: `${args.width ?? 640}px` })}>
    <bpl-wellbeing-wheel
      src=${args.src ?? SRC}
      area=${args.area ?? '0680'}
      period=${args.period || nothing}
      measure=${args.measure || nothing}
      compare=${args.compare || nothing}
      dimensions=${args.dimensions || nothing}
      labels=${args.labels || nothing}
      group=${args.group || nothing}
      theme=${args.theme || nothing}
      lang=${args.lang || nothing}
    ></bpl-wellbeing-wheel>
  </div>`;

/**
 * The wellbeing wheel (GIRFEC, *Barnens bästa gäller*): eight dimensions around the child, each segment as
 * long as the dimension's level 0–100. By default (`measure="normalised"`) the level is the mean of the
 * indicators' places between the county's lowest and highest municipality; `measure="goal"` gives the share
 * of indicators on track. The radial scale is a square root, so area is proportional to the level.
 */
const meta: Meta<Args> = {
  title: 'Komponenter/bpl-wellbeing-wheel',
  component: 'bpl-wellbeing-wheel',
  tags: ['autodocs'],
  render,
  args: {
    src: SRC,
    area: '0680',
    period: '2024',
    measure: '',
    compare: '',
    dimensions: '',
    labels: '',
    group: '',
    width: 640,
  },
  argTypes: {
    measure: { control: 'select', options: ['', 'normalised', 'goal'] },
    compare: { control: 'select', options: ['', 'county', 'riket', 'none', '2020', '2023'] },
    group: { control: 'select', options: ['', 'total', 'girls', 'boys'] },
    theme: { control: 'select', options: ['', 'light', 'dark', 'auto'] },
    lang: { control: 'select', options: ['', 'sv', 'en'] },
    width: { control: { type: 'range', min: 280, max: 1100, step: 10 } },
  },
};
export default meta;

type Story = StoryObj<Args>;

// ---- Playground -----------------------------------------------------------------------------------

export const PlaygroundDefault: Story = { name: 'Playground' };

// ---- Options --------------------------------------------------------------------------------------

export const OptionsGoal: Story = {
  name: 'Options / Andel som följer målet (measure="goal")',
  args: { area: '0683', measure: 'goal' },
};

export const OptionsCompareRiket: Story = {
  name: 'Options / Jämfört med riket (compare="riket")',
  args: { compare: 'riket' },
};

export const OptionsComparePeriod: Story = {
  name: 'Options / Jämfört med 2020 (compare="2020")',
  args: { compare: '2020' },
};

export const OptionsCompareNone: Story = {
  name: 'Options / Utan jämförelse (compare="none")',
  args: { compare: 'none' },
};

export const OptionsCounty: Story = {
  name: 'Options / Länet (area="0006")',
  args: { area: '0006' },
};

export const OptionsSubset: Story = {
  name: 'Options / Urval och ordning (dimensions)',
  args: { dimensions: 'active healthy safe achieving included' },
};

export const OptionsLabels: Story = {
  name: 'Options / Egna namn (labels)',
  args: {
    labels: JSON.stringify({
      safe: 'Trygg och säker',
      healthy: { sv: 'Mår bra', en: 'Feels well' },
      responsible: { sv: 'Tar ansvar', en: 'Takes responsibility' },
    }),
  },
};

export const OptionsLabelsScript: Story = {
  name: 'Options / Egna namn i <script data-labels>',
  render: () =>
    html`<bpl-wellbeing-wheel src=${SRC} area="0680">
      <script type="application/json" data-labels>
        { "included": "Inkluderad", "nurtured": "Omhändertagen" }
      </script>
    </bpl-wellbeing-wheel>`,
};

export const OptionsGirls: Story = {
  name: 'Options / Flickor (group="girls"), skyddade värden döljs',
  args: { area: '0617', group: 'girls' },
};

export const OptionsEarlierPeriod: Story = {
  name: 'Options / En tidigare period (period="2019")',
  args: { period: '2019' },
};

// ---- States ---------------------------------------------------------------------------------------

export const StatesLoading: Story = {
  name: 'States / Laddar (lazy, utanför skärmen)',
  render: () =>
    html`<div style=${styleMap({ height: '150vh' })}></div>
      <bpl-wellbeing-wheel src=${SRC} area="0680" loading="lazy"></bpl-wellbeing-wheel>`,
};

export const StatesNoIndicators: Story = {
  name: 'States / Dimensioner utan indikatorer',
  args: {},
  render: () =>
    html`<bpl-wellbeing-wheel
      area="0680"
      .data=${{
        meta: { title: 'Två indikatorer', sample: true },
        indicators: [
          {
            id: 'trygg',
            title: 'Trygga i skolan',
            focusArea: 'mental-health',
            dimensions: ['safe'],
            unit: 'percent',
            polarity: 'higher-is-better',
            data: ['0680', '0682', '0683', '0006'].flatMap((area, a) =>
              ['2023', '2024'].map((period, y) => ({ area, period, value: 70 + a * 3 + y })),
            ),
          },
          {
            id: 'aktiv',
            title: 'Fysiskt aktiva',
            focusArea: 'physical-activity',
            dimensions: ['active'],
            unit: 'percent',
            polarity: 'higher-is-better',
            data: ['0680', '0682', '0683', '0006'].flatMap((area, a) =>
              ['2023', '2024'].map((period, y) => ({ area, period, value: 50 - a * 2 + y })),
            ),
          },
        ],
      }}
    ></bpl-wellbeing-wheel>`,
};

export const StatesErrorMissingFile: Story = {
  name: 'States / Fel: filen saknas',
  args: { src: 'data/finns-inte.json' },
};

export const StatesErrorBadData: Story = {
  name: 'States / Fel: data följer inte formatet',
  render: () =>
    html`<bpl-wellbeing-wheel
      area="0680"
      .data=${{ meta: {}, indicators: [{ id: 'X y' }] }}
    ></bpl-wellbeing-wheel>`,
};

export const StatesErrorUnknownDimension: Story = {
  name: 'States / Fel: okänd dimension',
  args: { dimensions: 'safe happy' },
};

export const StatesErrorUnknownLabel: Story = {
  name: 'States / Fel: okänt id i labels',
  args: { labels: '{"glad": "Glad"}' },
};

export const StatesErrorUnknownArea: Story = {
  name: 'States / Fel: okänt område',
  args: { area: '9999' },
};

export const StatesErrorNoPeriod: Story = {
  name: 'States / Fel: perioden saknas i data',
  args: { period: '2030' },
};

export const StatesEmpty: Story = {
  name: 'States / Tom data',
  render: () =>
    html`<bpl-wellbeing-wheel
      area="0680"
      .data=${{ meta: { title: 'Tom' }, indicators: [] }}
    ></bpl-wellbeing-wheel>`,
};

// ---- Accessibility --------------------------------------------------------------------------------

export const AccessibilityEnglish: Story = {
  name: 'Accessibility / English (lang="en")',
  args: { lang: 'en' },
};

export const AccessibilityDark: Story = {
  name: 'Accessibility / Mörkt tema (theme="dark")',
  args: { theme: 'dark' },
  render: (args) =>
    html`<div style=${styleMap({ background: '#16191d', padding: '1rem' })}>${render(args)}</div>`,
};

export const AccessibilityNarrow: Story = {
  name: 'Accessibility / Smal, 300 px',
  args: { width: 300 },
};

export const AccessibilityKeyboard: Story = {
  name: 'Accessibility / Tangentbord: Tab till hjulet, pilar runt, Enter, Escape',
  args: {},
};
