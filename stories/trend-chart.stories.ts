import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Args } from './helpers.js';
import { trendMeta } from './trend-chart.shared.js';

export default {
  ...trendMeta('Playground'),
  title: 'Komponenter/bpl-trend-chart/Playground',
  component: 'bpl-trend-chart',
  tags: ['autodocs'],
} satisfies Meta<Args>;

export const Playground: StoryObj<Args> = {};
