import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Args } from './helpers.js';
import { mapMeta } from './municipality-map.shared.js';

export default {
  ...mapMeta('Playground'),
  title: 'Komponenter/bpl-municipality-map/Playground',
  component: 'bpl-municipality-map',
  tags: ['autodocs'],
} satisfies Meta<Args>;

export const Playground: StoryObj<Args> = {};
