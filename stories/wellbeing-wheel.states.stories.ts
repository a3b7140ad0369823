import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { NEVER_ANSWERS, UNREACHABLE, belowTheFold, renderComponent } from './helpers.js';
import type { Args } from './helpers.js';
import { twoIndicators, wheelMeta } from './wellbeing-wheel.shared.js';

export default {
  ...wheelMeta('States'),
  title: 'Komponenter/bpl-wellbeing-wheel/States',
  component: 'bpl-wellbeing-wheel',
  tags: ['autodocs'],
} satisfies Meta<Args>;

type Story = StoryObj<Args>;
const render = renderComponent('bpl-wellbeing-wheel', 640);
const expect = (expectError: string) => ({ bpl: { expectError } });

export const Loading: Story = {
  name: 'Laddar (loading="lazy", utanför skärmen tills man rullar)',
  args: { loading: 'lazy' },
  render: (args, context) => belowTheFold(render(args, context)),
};
export const NoIndicators: Story = {
  name: 'Dimensioner utan indikatorer',
  args: { data: twoIndicators, period: '' },
};
export const ErrorNetwork: Story = {
  name: 'Fel: network (servern svarar inte)',
  args: { src: UNREACHABLE },
  parameters: expect('network'),
};
export const ErrorHttp: Story = {
  name: 'Fel: http 404 (filen finns inte)',
  args: { src: 'data/finns-inte.json' },
  parameters: expect('http'),
};
/** Storybook låtsas att servern under `svarar-aldrig/` aldrig svarar; efter `timeout` ms ger komponenten upp. */
export const ErrorTimeout: Story = {
  name: 'Fel: timeout (inget svar inom timeout="2000")',
  args: { src: NEVER_ANSWERS, timeout: 2000 },
  parameters: expect('timeout'),
};
export const ErrorParse: Story = {
  name: 'Fel: parse (filen är inte JSON)',
  args: { src: 'story-data/syntaxfel.txt' },
  parameters: expect('parse'),
};
export const ErrorNoSource: Story = {
  name: 'Fel: no-source (varken src eller data)',
  args: { src: '' },
  parameters: expect('no-source'),
};
export const ErrorBadData: Story = {
  name: 'Fel: schema (data följer inte formatet)',
  args: { data: { meta: {}, indicators: [{ id: 'X y' }] } },
  parameters: expect('schema'),
};
export const ErrorUnknownDimension: Story = {
  name: 'Fel: invalid-attribute (okänd dimension)',
  args: { dimensions: 'safe happy' },
  parameters: expect('invalid-attribute'),
};
export const ErrorUnknownLabel: Story = {
  name: 'Fel: invalid-attribute (okänt id i labels)',
  args: { labels: '{"glad": "Glad"}' },
  parameters: expect('invalid-attribute'),
};
export const ErrorUnknownArea: Story = {
  name: 'Fel: unknown-area (area="9999")',
  args: { area: '9999' },
  parameters: expect('unknown-area'),
};
export const ErrorNoPeriod: Story = {
  name: 'Fel: no-data (perioden saknas i data)',
  args: { period: '2030' },
  parameters: expect('no-data'),
};
export const ErrorEmpty: Story = {
  name: 'Fel: no-data (tomma data)',
  args: { data: { meta: { title: 'Tom' }, indicators: [] }, period: '' },
  parameters: expect('no-data'),
};
