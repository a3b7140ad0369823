import type { Meta } from '@storybook/web-components-vite';
import '../src/components/trend-chart/trend-chart.js';
import { DATA, INDICATORS, MUNICIPALITIES, groupMeta } from './helpers.js';
import type { Group } from './helpers.js';

const args = { src: DATA, indicator: 'gymnasiebehorighet', area: '0683' };

const argTypes: Meta['argTypes'] = {
  indicator: { control: 'select', options: INDICATORS },
  area: { control: 'select', options: ['0000', '0006', ...MUNICIPALITIES, '9999'] },
  group: { control: 'select', options: ['', 'total', 'girls', 'boys', 'split'] },
};

const description = `En indikators utveckling över tid i ett område, bredvid länet och riket, med samverkans målbana
(+2 procentenheter om året åt det bättre hållet) streckad och läget i ord. Linjerna har namn vid sina ändar (flyttade
isär när de skulle krocka) och skiljs åt med markörer och streck, inte bara färg; smala skärmar får en förklaring i
stället. Tabba in i diagrammet och använd piltangenterna, Home och End; Escape stänger verktygstipset, Enter skickar
\`bpl-select\`.`;

export const trendMeta = (group: Group) =>
  groupMeta('bpl-trend-chart', group, { args, argTypes, width: 760, description });
