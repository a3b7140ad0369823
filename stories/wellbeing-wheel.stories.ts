import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Args } from './helpers.js';
import { wheelMeta } from './wellbeing-wheel.shared.js';

export default {
  ...wheelMeta('Playground'),
  title: 'Komponenter/bpl-wellbeing-wheel/Playground',
  component: 'bpl-wellbeing-wheel',
  tags: ['autodocs'],
} satisfies Meta<Args>;

export const Playground: StoryObj<Args> = {};
