import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { diagramMeta } from './collaboration-diagram.shared.js';
import type { Args } from './helpers.js';

export default {
  ...diagramMeta('Playground'),
  title: 'Komponenter/bpl-collaboration-diagram/Playground',
  component: 'bpl-collaboration-diagram',
  tags: ['autodocs'],
} satisfies Meta<Args>;

export const Playground: StoryObj<Args> = {};
