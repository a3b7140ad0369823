import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { LAN, diagramMeta } from './collaboration-diagram.shared.js';
import { renderComponent } from './helpers.js';
import type { Args } from './helpers.js';

export default {
  ...diagramMeta('Accessibility'),
  title: 'Komponenter/bpl-collaboration-diagram/Accessibility',
  component: 'bpl-collaboration-diagram',
  tags: ['autodocs'],
} satisfies Meta<Args>;

type Story = StoryObj<Args>;
const render = renderComponent('bpl-collaboration-diagram', 1000);

export const English: Story = { name: 'Engelska (lang="en")', args: { lang: 'en' } };
export const Dark: Story = {
  name: 'Mörkt tema (theme="dark")',
  args: { theme: 'dark', src: LAN, sector: 'health-care' },
  render: (args, context) =>
    html`<div style="background:#16191d;padding:1rem">${render(args, context)}</div>`,
};
export const Narrow: Story = { name: 'Smal, 400 px (listan)', args: { width: 400 } };
export const Narrow320: Story = {
  name: '320 px, detaljerna öppna',
  args: { width: 320, src: LAN, selected: 'strategigrupp' },
};
