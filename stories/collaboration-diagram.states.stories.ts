import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { diagramMeta, small } from './collaboration-diagram.shared.js';
import { belowTheFold, expectError, loadErrors, renderComponent } from './helpers.js';
import type { Args } from './helpers.js';

export default {
  ...diagramMeta('States'),
  title: 'Komponenter/bpl-collaboration-diagram/States',
  component: 'bpl-collaboration-diagram',
  tags: ['autodocs'],
} satisfies Meta<Args>;

type Story = StoryObj<Args>;
const render = renderComponent('bpl-collaboration-diagram', 1000);
const LOAD_ERRORS = loadErrors('samverkan');

export const Loading: Story = {
  name: 'Laddar (loading="lazy", utanför skärmen tills man rullar)',
  args: { loading: 'lazy' },
  render: (args, context) => belowTheFold(render(args, context)),
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
export const ErrorUnknownBody: Story = {
  name: 'Fel: structure (relation till ett organ som inte finns)',
  args: { data: small({ relations: [{ from: 'lsg-a', to: 'finns-inte', type: 'reports-to' }] }) },
  parameters: expectError('structure'),
};
export const ErrorDuplicate: Story = {
  name: 'Fel: structure (samma id två gånger)',
  args: { data: small({ bodies: [{ id: 'bbu', name: 'Dubblett', level: 'strategic' }] }) },
  parameters: expectError('structure'),
};
export const ErrorCycle: Story = {
  name: 'Fel: structure (en cirkel av "rapporterar till")',
  args: { data: small({ relations: [{ from: 'sbu', to: 'lsg-a', type: 'reports-to' }] }) },
  parameters: expectError('structure'),
};
export const ErrorSchema: Story = {
  name: 'Fel: schema (data följer inte formatet)',
  args: { data: { meta: { title: 'x' }, bodies: [{ id: 'A B', level: 'top' }] } },
  parameters: expectError('schema'),
};
export const ErrorEmpty: Story = {
  name: 'Fel: schema (en tom struktur, utan organ)',
  args: { data: { meta: { title: 'Tom' }, bodies: [] } },
  parameters: expectError('schema'),
};
export const ErrorBadAttribute: Story = {
  name: 'Fel: invalid-attribute (okänt organ i selected)',
  args: { selected: 'finns-inte' },
  parameters: expectError('invalid-attribute'),
};
export const SingleBody: Story = {
  name: 'Ett enda organ',
  args: {
    data: {
      meta: { title: 'Ett enda organ' },
      bodies: [{ id: 'a', name: 'Ensam grupp', level: 'strategic' }],
    },
  },
};
export const TwoParents: Story = {
  name: 'Ett organ som rapporterar till två',
  args: { data: small(), selected: 'bbu' },
};
export const Markup: Story = {
  name: 'Namn med HTML (visas som text)',
  args: {
    data: small({
      bodies: [
        {
          id: 'x',
          name: '<img src=x onerror=alert(1)>Grupp <b>fet</b>',
          level: 'operational',
          sectors: ['civil-society'],
        },
      ],
      relations: [{ from: 'x', to: 'bbu', type: 'collaborates-with' }],
    }),
  },
};
export const LongNames: Story = {
  name: 'Långa namn',
  args: {
    data: small({
      bodies: [
        {
          id: 'lang',
          name: 'En samverkansgrupp med ett mycket långt namn som måste brytas över flera rader i rutan och sedan kortas',
          level: 'operational',
          sectors: [
            'school',
            'social-services',
            'health-care',
            'leisure-culture',
            'rescue-services',
            'police',
            'civil-society',
            'children-youth',
          ],
        },
      ],
      relations: [{ from: 'lang', to: 'bbu', type: 'reports-to' }],
    }),
  },
};
