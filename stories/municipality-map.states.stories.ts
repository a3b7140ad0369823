import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { belowTheFold, expectError, loadErrors, renderComponent } from './helpers.js';
import type { Args } from './helpers.js';
import { mapMeta } from './municipality-map.shared.js';

export default {
  ...mapMeta('States'),
  title: 'Komponenter/bpl-municipality-map/States',
  component: 'bpl-municipality-map',
  tags: ['autodocs'],
} satisfies Meta<Args>;

type Story = StoryObj<Args>;
const render = renderComponent('bpl-municipality-map', 900);
const LOAD_ERRORS = loadErrors();
const SWEDEN = 'data/geo/sweden-municipalities.topo.json';

export const Loading: Story = {
  name: 'Laddar (loading="lazy", utanför skärmen tills man rullar)',
  args: { loading: 'lazy' },
  render: (args, context) => belowTheFold(render(args, context)),
};
export const MissingValues: Story = {
  name: 'En kommun utan data (streckad, "uppgift saknas")',
  args: { indicator: 'gymnasieexamen-4-ar', period: '2016' },
};
export const Suppressed: Story = {
  name: 'Dolda värden (för få svarade)',
  args: { indicator: 'andts-alkohol', group: 'girls' },
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
export const ErrorUnknownIndicator: Story = {
  name: 'Fel: unknown-indicator',
  args: { indicator: 'finns-inte' },
  parameters: expectError('unknown-indicator'),
};
export const ErrorUnknownArea: Story = {
  name: 'Fel: unknown-area (area="9999")',
  args: { area: '9999' },
  parameters: expectError('unknown-area'),
};
export const ErrorPeriod: Story = {
  name: 'Fel: no-data (en period utan data)',
  args: { period: '2030' },
  parameters: expectError('no-data'),
};
export const ErrorAllMissing: Story = {
  name: 'Fel: no-data (alla värden saknas)',
  args: {
    data: {
      meta: { title: 'Tomt' },
      indicators: [
        {
          id: 'a',
          title: 'Bara saknade värden',
          focusArea: 'other',
          unit: 'percent',
          polarity: 'higher-is-better',
          data: ['0680', '0683', '0604'].map((area) => ({ area, period: '2024', value: null })),
        },
      ],
    },
    indicator: 'a',
  },
  parameters: expectError('no-data'),
};
export const ErrorEmpty: Story = {
  name: 'Fel: tomma data (inga indikatorer)',
  args: { data: { meta: { title: 'Tomt' }, indicators: [] }, indicator: '' },
  parameters: expectError('no-data'),
};
export const ErrorGeometry: Story = {
  name: 'Fel: geometry (kartfilen finns inte)',
  args: { 'geo-src': 'data/geo/finns-inte.topo.json' },
  parameters: expectError('geometry'),
};
export const ErrorGeometryParse: Story = {
  name: 'Fel: geometry (kartfilen är varken TopoJSON eller GeoJSON)',
  args: { 'geo-src': 'data/barn-och-unga.json' },
  parameters: expectError('geometry'),
};
export const ErrorCodes: Story = {
  name: 'Fel: geometry (kartans koder finns inte i data)',
  args: { 'geo-src': SWEDEN, county: '07' },
  parameters: expectError('geometry'),
};
export const ErrorAttribute: Story = {
  name: 'Fel: invalid-attribute (classes="12")',
  args: { classes: 12 },
  parameters: expectError('invalid-attribute'),
};
export const ErrorSchema: Story = {
  name: 'Fel: schema (data följer inte formatet)',
  args: { data: { meta: { title: 'Trasig' }, indicators: [{ id: 'x', data: 'nej' }] } },
  parameters: expectError('schema'),
};
