import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/trend-chart/trend-chart.js';
import { element } from './helpers.js';
import type { Args } from './helpers.js';
import { wheelMeta } from './wellbeing-wheel.shared.js';

export default {
  ...wheelMeta('Options'),
  title: 'Komponenter/bpl-wellbeing-wheel/Options',
  component: 'bpl-wellbeing-wheel',
  tags: ['autodocs'],
} satisfies Meta<Args>;

type Story = StoryObj<Args>;

export const Goal: Story = {
  name: 'Andel som följer målet (measure="goal")',
  args: { area: '0683', measure: 'goal' },
};
export const CompareRiket: Story = {
  name: 'Jämfört med riket (compare="riket")',
  args: { compare: 'riket' },
};
export const ComparePeriod: Story = { name: 'Jämfört med 2020 (compare="2020")', args: { compare: '2020' } };
export const CompareNone: Story = { name: 'Utan jämförelse (compare="none")', args: { compare: 'none' } };
export const County: Story = { name: 'Länet (area="0006")', args: { area: '0006' } };
export const Subset: Story = {
  name: 'Urval och ordning (dimensions)',
  args: { dimensions: 'active healthy safe achieving included' },
};
export const Labels: Story = {
  name: 'Egna namn (labels)',
  args: {
    labels: JSON.stringify({
      safe: 'Trygg och säker',
      healthy: { sv: 'Mår bra', en: 'Feels well' },
      responsible: { sv: 'Tar ansvar', en: 'Takes responsibility' },
    }),
  },
};
export const LabelsScript: Story = {
  name: 'Egna namn i <script data-labels>',
  render: (args, context) =>
    element(
      'bpl-wellbeing-wheel',
      args,
      context,
      html`<script type="application/json" data-labels>
        { "included": "Inkluderad", "nurtured": "Omhändertagen" }
      </script>`,
    ),
};
export const Girls: Story = {
  name: 'Flickor (group="girls"), skyddade värden döljs',
  args: { area: '0617', group: 'girls' },
};
export const EarlierPeriod: Story = { name: 'En tidigare period (period="2019")', args: { period: '2019' } };
export const Heading: Story = {
  name: 'Egen rubrik (heading) och heading-level="3"',
  args: { heading: 'Så mår barnen i Jönköping', 'heading-level': 3 },
};
/** "Visa utveckling" in a dimension's panel sets the chart's indicator; a new area or period follows too. */
export const Sync: Story = {
  name: 'sync: hjulet väljer indikator åt diagrammet',
  args: { sync: 'berattelse-hjul' },
  render: (args, context) =>
    html`<div
      style="display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(min(100%,380px),1fr))"
    >
      ${element('bpl-wellbeing-wheel', args, context)}
      ${element(
        'bpl-trend-chart',
        { src: args.src, area: args.area, indicator: 'trygg-i-skolan', sync: args.sync },
        context,
      )}
    </div>`,
};
