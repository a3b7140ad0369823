import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { JONKOPING, LAN, diagramMeta } from './collaboration-diagram.shared.js';
import type { Args } from './helpers.js';

export default {
  ...diagramMeta('Options'),
  title: 'Komponenter/bpl-collaboration-diagram/Options',
  component: 'bpl-collaboration-diagram',
  tags: ['autodocs'],
} satisfies Meta<Args>;

type Story = StoryObj<Args>;

export const Jonkoping: Story = { name: 'Jönköpings kommun', args: { src: JONKOPING } };
export const Lan: Story = { name: 'Jönköpings län', args: { src: LAN } };
export const Selected: Story = {
  name: 'selected="lsg-soder" (gruppen utfälld, detaljerna öppna)',
  args: { selected: 'lsg-soder' },
};
export const SelectedLan: Story = {
  name: 'Ett valt organ som bereder åt två',
  args: { src: LAN, selected: 'ledningsgrupp' },
};
export const Sector: Story = { name: 'sector="police"', args: { sector: 'police' } };
export const SectorNone: Story = {
  name: 'En sektor som inget organ har',
  args: { src: LAN, sector: 'rescue-services' },
};
export const HeadingLevel: Story = { name: 'heading-level="3"', args: { 'heading-level': 3 } };
