import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { renderComponent } from './helpers.js';
import type { Args } from './helpers.js';
import { trendMeta } from './trend-chart.shared.js';

export default {
  ...trendMeta('Accessibility'),
  title: 'Komponenter/bpl-trend-chart/Accessibility',
  component: 'bpl-trend-chart',
  tags: ['autodocs'],
} satisfies Meta<Args>;

type Story = StoryObj<Args>;
const render = renderComponent('bpl-trend-chart', 760);

export const English: Story = {
  name: 'Engelska (lang="en")',
  args: { lang: 'en', indicator: 'fysisk-aktivitet', area: '0685' },
};
export const Dark: Story = {
  name: 'Mörkt tema (theme="dark")',
  args: { theme: 'dark', indicator: 'fritidsaktivitet', area: '0687' },
  render: (args, context) =>
    html`<div style="background:#16191d;padding:1rem">${render(args, context)}</div>`,
};
export const Narrow320: Story = {
  name: 'Smal, 320 px (förklaring i stället för namn vid linjerna)',
  args: { width: 320 },
};
export const Narrow280: Story = { name: 'Smal, 280 px', args: { width: 280 } };
export const Narrow400: Story = {
  name: '400 px',
  args: { width: 400, indicator: 'trygg-i-skolan', area: '0604' },
};
export const Table: Story = {
  name: 'Tabellvyn (view="table")',
  args: { view: 'table', indicator: 'psykiskt-valbefinnande', group: 'split', area: '0680' },
  parameters: { bpl: { expectSelector: '[part~="table"]' } },
};
