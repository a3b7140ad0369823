import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/wellbeing-wheel/wellbeing-wheel.js';
import { element } from './helpers.js';
import type { Args } from './helpers.js';
import { mapMeta } from './municipality-map.shared.js';

export default {
  ...mapMeta('Options'),
  title: 'Komponenter/bpl-municipality-map/Options',
  component: 'bpl-municipality-map',
  tags: ['autodocs'],
} satisfies Meta<Args>;

type Story = StoryObj<Args>;

const SWEDEN = 'data/geo/sweden-municipalities.topo.json';

/** Kronoberg's eight municipalities, for the `geo-src` + `county` story (made-up values). */
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

export const Period: Story = { name: 'period="2019"', args: { period: '2019' } };
export const SchoolYear: Story = {
  name: 'Ett läsår (period="2020/21")',
  args: { indicator: 'gymnasiebehorighet', period: '2020/21' },
};
export const Girls: Story = { name: 'group="girls"', args: { group: 'girls' } };
export const Boys: Story = { name: 'group="boys"', args: { group: 'boys' } };
export const Selected: Story = { name: 'area="0680" vald', args: { area: '0680' } };
export const ColorCounty: Story = {
  name: 'color-by="county" (divergerande kring länet)',
  args: { indicator: 'psykiskt-valbefinnande', 'color-by': 'county' },
};
export const ColorGoal: Story = {
  name: 'color-by="goal" (avstånd till målet)',
  args: { indicator: 'gymnasieexamen-4-ar', 'color-by': 'goal' },
};
export const LowerIsBetter: Story = {
  name: 'Lägre är bättre (polariteten vänder den goda änden)',
  args: { indicator: 'skolnarvaro', 'color-by': 'county' },
};
export const Quantiles: Story = {
  name: 'classing="quantile" classes="4"',
  args: { indicator: 'trygg-i-skolan', classing: 'quantile', classes: 4 },
};
export const SevenClasses: Story = { name: 'classes="7"', args: { classes: 7 } };
export const ThreeClasses: Story = { name: 'classes="3"', args: { classes: 3 } };
export const Table: Story = {
  name: 'display="table"',
  args: { display: 'table' },
  parameters: { bpl: { expectSelector: 'table' } },
};
export const Autoplay: Story = {
  name: 'autoplay (inte med reducerad rörelse)',
  args: { autoplay: true, period: '2015' },
};
export const OtherCounty: Story = {
  name: 'geo-src (hela Sverige) och county="07"',
  args: { 'geo-src': SWEDEN, county: '07', data: kronobergData },
};
export const HeadingLevel: Story = { name: 'heading-level="4"', args: { 'heading-level': 4 } };
export const FormatCsv: Story = {
  name: 'format="csv": en CSV-fil på svenska',
  args: { src: 'story-data/gymnasiebehorighet.csv', format: 'csv', indicator: 'gymnasiebehorighet' },
};
export const FormatKolada: Story = {
  name: 'format="kolada": ett svar från Kolada',
  args: { src: 'story-data/kolada-N00000.json', format: 'kolada', indicator: 'N00000' },
};
/** A click on a municipality sets the wheel's area, the period slider its period: `sync` with the same name. */
export const Sync: Story = {
  name: 'sync: kartan väljer kommun och period åt hjulet',
  args: { sync: 'berattelse-karta', area: '0680', period: '2024' },
  render: (args, context) =>
    html`<div
      style="display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(min(100%,380px),1fr))"
    >
      ${element('bpl-municipality-map', args, context)}
      ${element(
        'bpl-wellbeing-wheel',
        { src: args.src, area: args.area, period: args.period, sync: args.sync },
        context,
      )}
    </div>`,
};
