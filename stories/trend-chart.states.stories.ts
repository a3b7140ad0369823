import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { belowTheFold, expectError, loadErrors, renderComponent } from './helpers.js';
import type { Args } from './helpers.js';
import { trendMeta } from './trend-chart.shared.js';

export default {
  ...trendMeta('States'),
  title: 'Komponenter/bpl-trend-chart/States',
  component: 'bpl-trend-chart',
  tags: ['autodocs'],
} satisfies Meta<Args>;

type Story = StoryObj<Args>;
const render = renderComponent('bpl-trend-chart', 760);
const LOAD_ERRORS = loadErrors();

const one = (
  title: string,
  data: { area: string; period: string; value: number | null; status?: string }[],
) => ({
  meta: { title: 'x' },
  indicators: [{ id: 'a', title, focusArea: 'other', unit: 'percent', polarity: 'higher-is-better', data }],
});

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
export const ErrorAreaWithoutData: Story = {
  name: 'Fel: no-data (området saknas i data)',
  args: { data: one('A', [{ area: '0680', period: '2020', value: 50 }]), indicator: 'a', area: '0683' },
  parameters: expectError('no-data'),
};
export const ErrorAllMissing: Story = {
  name: 'Fel: no-data (alla värden saknas)',
  args: {
    data: one('A', [
      { area: '0683', period: '2020', value: null },
      { area: '0683', period: '2021', value: null, status: 'suppressed' },
    ]),
    indicator: 'a',
  },
  parameters: expectError('no-data'),
};
export const ErrorSchema: Story = {
  name: 'Fel: schema (data följer inte formatet)',
  args: {
    data: {
      meta: { title: 'x' },
      indicators: [
        { id: 'a', title: 'A', unit: 'procent', data: [{ area: '683', period: '2020', value: '50' }] },
      ],
    },
    indicator: 'a',
  },
  parameters: expectError('schema'),
};
export const ErrorBadAttribute: Story = {
  name: 'Fel: invalid-attribute (group="alla")',
  args: { group: 'alla' },
  parameters: expectError('invalid-attribute'),
};
export const SinglePeriod: Story = {
  name: 'En enda period',
  args: {
    data: one('Ett enda år', [
      { area: '0683', period: '2024', value: 61.2 },
      { area: '0006', period: '2024', value: 63.4 },
      { area: '0000', period: '2024', value: 64 },
    ]),
    indicator: 'a',
  },
};
export const HugeValue: Story = {
  name: 'Ett orimligt stort värde',
  args: {
    data: {
      meta: { title: 'x' },
      indicators: [
        {
          id: 'a',
          title: 'Ett orimligt värde',
          focusArea: 'other',
          unit: 'count',
          polarity: 'higher-is-better',
          data: [2019, 2020, 2021, 2022].map((y, i) => ({
            area: '0683',
            period: String(y),
            value: i === 2 ? 4e9 : 120 + i,
          })),
        },
      ],
    },
    indicator: 'a',
  },
};
export const Markup: Story = {
  name: 'Namn med HTML (visas som text)',
  args: {
    data: {
      meta: { title: 'x' },
      areas: [{ code: '0683', name: '<img src=x onerror=alert(1)>Värnamo', level: 'municipality' }],
      indicators: [
        {
          id: 'a',
          title: '<b>Fet</b> <script>alert(1)</script>titel',
          focusArea: 'other',
          unit: 'percent',
          polarity: 'higher-is-better',
          data: [2020, 2021, 2022].map((y) => ({ area: '0683', period: String(y), value: 50 + y - 2020 })),
        },
      ],
    },
    indicator: 'a',
  },
};
export const LongNames: Story = {
  name: 'Långa namn',
  args: {
    data: {
      meta: { title: 'x' },
      areas: [
        {
          code: '0683',
          name: 'Värnamo kommun med ett mycket långt namn för att prova radbrytning',
          level: 'municipality',
        },
        {
          code: '0006',
          name: 'Region Jönköpings län, hela länet inklusive alla tretton kommuner',
          level: 'county',
        },
      ],
      indicators: [
        {
          id: 'a',
          title: 'En indikator med en mycket lång rubrik som måste brytas över flera rader på smala skärmar',
          focusArea: 'other',
          unit: 'percent',
          polarity: 'higher-is-better',
          data: [2018, 2019, 2020, 2021, 2022].flatMap((y, i) => [
            { area: '0683', period: String(y), value: 60 + i },
            { area: '0006', period: String(y), value: 61 + i * 0.5 },
          ]),
        },
      ],
    },
    indicator: 'a',
  },
};
