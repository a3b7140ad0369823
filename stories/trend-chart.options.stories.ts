import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/municipality-map/municipality-map.js';
import { element } from './helpers.js';
import type { Args } from './helpers.js';
import { trendMeta } from './trend-chart.shared.js';

export default {
  ...trendMeta('Options'),
  title: 'Komponenter/bpl-trend-chart/Options',
  component: 'bpl-trend-chart',
  tags: ['autodocs'],
} satisfies Meta<Args>;

type Story = StoryObj<Args>;

export const CompareList: Story = {
  name: 'compare: flera kommuner',
  args: {
    indicator: 'gymnasieexamen-4-ar',
    compare: '0006,0000,0604,0617,0642,0643,0662,0665,0680,0682,0684,0685,0686,0687',
  },
};
export const CompareNone: Story = { name: 'compare="none"', args: { compare: 'none' } };
export const Split: Story = {
  name: 'Flickor och pojkar (group="split")',
  args: { indicator: 'psykiskt-valbefinnande', area: '0680', group: 'split' },
};
export const Girls: Story = {
  name: 'group="girls"',
  args: { indicator: 'fysisk-aktivitet', group: 'girls' },
};
export const Boys: Story = { name: 'group="boys"', args: { indicator: 'fysisk-aktivitet', group: 'boys' } };
export const FromTo: Story = {
  name: 'from och to',
  args: { indicator: 'trygg-i-skolan', from: '2018', to: '2022' },
};
export const SchoolYears: Story = {
  name: 'Läsår på axeln',
  args: { indicator: 'gymnasiebehorighet' },
};
export const LowerIsBetter: Story = {
  name: 'Lägre är bättre, preliminärt värde',
  args: { indicator: 'skolnarvaro', area: '0682' },
};
export const Confidence: Story = {
  name: 'Konfidensintervall och dolda värden',
  args: { indicator: 'psykiskt-valbefinnande', area: '0642', group: 'girls' },
};
export const NoGoal: Story = {
  name: 'Indikator utan målregel (ingen mållinje)',
  args: { indicator: 'tandhalsa', area: '0686' },
};
export const PageGoal: Story = {
  name: 'Sidans mål: goal och baseline (där data saknar mål)',
  args: { indicator: 'tandhalsa', area: '0686', goal: '1', baseline: '2015' },
  parameters: { bpl: { expectSelector: '.goal-status' } },
};
export const Texts: Story = {
  name: 'heading, subtitle, source-text och heading-level',
  args: {
    heading: 'Fler behöriga till gymnasiet',
    subtitle: 'Värnamo kommun',
    'source-text': 'Skolverket, exempeldata',
    'heading-level': 3,
  },
};
export const Table: Story = {
  name: 'view="table"',
  args: { view: 'table' },
  parameters: { bpl: { expectSelector: '[part~="table"]' } },
};
export const FormatCsv: Story = {
  name: 'format="csv": en CSV-fil på svenska',
  args: { src: 'story-data/gymnasiebehorighet.csv', format: 'csv' },
};
export const FormatKolada: Story = {
  name: 'format="kolada": ett svar från Kolada',
  args: { src: 'story-data/kolada-N00000.json', format: 'kolada', indicator: 'N00000' },
};
/** A click on a municipality in the map (or Enter on it) sets the chart's area: `sync` with the same name. */
export const Sync: Story = {
  name: 'sync: kartan väljer kommun åt diagrammet',
  args: { sync: 'berattelse-trend', area: '0680', indicator: 'fysisk-aktivitet' },
  render: (args, context) =>
    html`<div
      style="display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(min(100%,380px),1fr))"
    >
      ${element(
        'bpl-municipality-map',
        { src: args.src, indicator: args.indicator, area: args.area, sync: args.sync, display: 'list' },
        context,
      )}
      ${element('bpl-trend-chart', args, context)}
    </div>`,
};
