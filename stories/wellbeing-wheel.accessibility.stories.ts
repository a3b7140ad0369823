import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { renderComponent } from './helpers.js';
import type { Args } from './helpers.js';
import { wheelMeta } from './wellbeing-wheel.shared.js';

export default {
  ...wheelMeta('Accessibility'),
  title: 'Komponenter/bpl-wellbeing-wheel/Accessibility',
  component: 'bpl-wellbeing-wheel',
  tags: ['autodocs'],
} satisfies Meta<Args>;

type Story = StoryObj<Args>;
const render = renderComponent('bpl-wellbeing-wheel', 640);

export const English: Story = { name: 'Engelska (lang="en")', args: { lang: 'en' } };
export const Dark: Story = {
  name: 'Mörkt tema (theme="dark")',
  args: { theme: 'dark' },
  render: (args, context) =>
    html`<div style="background:#16191d;padding:1rem">${render(args, context)}</div>`,
};
export const Narrow320: Story = { name: 'Smal, 320 px', args: { width: 320 } };
export const Narrow300: Story = { name: 'Smal, 300 px', args: { width: 300 } };
/** The wheel has no attribute for its table: the story presses "Visa som tabell" once it has loaded. */
export const Table: Story = {
  name: 'Tabellvyn ("Visa som tabell")',
  parameters: { bpl: { expectSelector: '[part~="table"]' } },
  play: async ({ canvasElement }) => {
    const wheel = canvasElement.querySelector('bpl-wellbeing-wheel');
    await wheel?.whenSettled();
    wheel?.shadowRoot?.querySelector<HTMLButtonElement>('.view-toggle')?.click();
  },
};
export const Keyboard: Story = {
  name: 'Tangentbord: Tab till hjulet, pilar runt, Enter, Escape',
};
