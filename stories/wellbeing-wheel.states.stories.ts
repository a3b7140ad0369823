import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { belowTheFold, expectError, loadErrors, renderComponent } from './helpers.js';
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
const LOAD_ERRORS = loadErrors();

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
  ...LOAD_ERRORS.network,
};
export const ErrorHttp: Story = {
  name: 'Fel: http 404 (filen finns inte)',
  ...LOAD_ERRORS.http,
};
/** Storybook låtsas att servern under `svarar-aldrig/` aldrig svarar; efter `timeout` ms ger komponenten upp. */
export const ErrorTimeout: Story = {
  name: 'Fel: timeout (inget svar inom timeout="2000")',
  ...LOAD_ERRORS.timeout,
};
export const ErrorParse: Story = {
  name: 'Fel: parse (filen är inte JSON)',
  ...LOAD_ERRORS.parse,
};
export const ErrorNoSource: Story = {
  name: 'Fel: no-source (varken src eller data)',
  ...LOAD_ERRORS.noSource,
};
export const ErrorBadData: Story = {
  name: 'Fel: schema (data följer inte formatet)',
  args: { data: { meta: {}, indicators: [{ id: 'X y' }] } },
  parameters: expectError('schema'),
};
export const ErrorUnknownDimension: Story = {
  name: 'Fel: invalid-attribute (okänd dimension)',
  args: { dimensions: 'safe happy' },
  parameters: expectError('invalid-attribute'),
};
export const ErrorUnknownLabel: Story = {
  name: 'Fel: invalid-attribute (okänt id i labels)',
  args: { labels: '{"glad": "Glad"}' },
  parameters: expectError('invalid-attribute'),
};
export const ErrorUnknownArea: Story = {
  name: 'Fel: unknown-area (area="9999")',
  args: { area: '9999' },
  parameters: expectError('unknown-area'),
};
export const ErrorNoPeriod: Story = {
  name: 'Fel: no-data (perioden saknas i data)',
  args: { period: '2030' },
  parameters: expectError('no-data'),
};
export const ErrorEmpty: Story = {
  name: 'Fel: no-data (tomma data)',
  args: { data: { meta: { title: 'Tom' }, indicators: [] }, period: '' },
  parameters: expectError('no-data'),
};
