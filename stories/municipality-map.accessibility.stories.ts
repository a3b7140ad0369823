import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { renderComponent } from './helpers.js';
import type { Args } from './helpers.js';
import { mapMeta } from './municipality-map.shared.js';

export default {
  ...mapMeta('Accessibility'),
  title: 'Komponenter/bpl-municipality-map/Accessibility',
  component: 'bpl-municipality-map',
  tags: ['autodocs'],
} satisfies Meta<Args>;

type Story = StoryObj<Args>;
const render = renderComponent('bpl-municipality-map', 900);

export const English: Story = {
  name: 'Engelska (lang="en")',
  args: { lang: 'en', 'color-by': 'goal' },
};
export const Dark: Story = {
  name: 'Mörkt tema (theme="dark")',
  args: { theme: 'dark', indicator: 'stillasittande' },
  render: (args, context) =>
    html`<div style="background:#16191d;padding:1rem">${render(args, context)}</div>`,
};
export const Narrow: Story = {
  name: 'Smal, 320 px (listan under kartan)',
  args: { width: 320 },
};
export const Table: Story = {
  name: 'Datatabellen',
  args: { display: 'table', indicator: 'psykiskt-valbefinnande', 'color-by': 'county' },
  parameters: { bpl: { expectSelector: 'table' } },
};

/** Viridis, colour-blind safe, light to dark: names turn white from the middle steps on, by the colours'
 * own contrast (the map reads the page's palette), not by class number. */
const VIRIDIS = ['#fde725', '#90d743', '#35b779', '#21918c', '#31688e', '#443983', '#440154'];
export const OwnPalette: Story = {
  name: 'Sidans egen färgskala (--bpl-color-seq-*), namn i svart eller vitt efter kontrast',
  args: { classes: 7, indicator: 'trygg-i-skolan' },
  render: (args, context) =>
    html`<div style=${styleMap(Object.fromEntries(VIRIDIS.map((c, i) => [`--bpl-color-seq-${i + 1}`, c])))}>
      ${render(args, context)}
    </div>`,
};
