import type { Meta } from '@storybook/web-components-vite';
import '../src/components/municipality-map/municipality-map.js';
import { DATA, INDICATORS, MUNICIPALITIES, groupMeta } from './helpers.js';
import type { Group } from './helpers.js';

const args = { src: DATA, indicator: 'fysisk-aktivitet' };

const argTypes: Meta['argTypes'] = {
  indicator: { control: 'select', options: INDICATORS },
  area: { control: 'select', options: ['', ...MUNICIPALITIES, '9999'] },
  group: { control: 'select', options: ['', 'total', 'girls', 'boys'] },
  classes: { control: 'select', options: ['', 3, 4, 5, 6, 7] },
};

const description = `Jönköpings läns 13 kommuner färgade efter en indikator, med en rangordnad stapellista (länet och
riket som referenslinjer) eller en tabell, en förklaring som också filtrerar, ett reglage för perioden med uppspelning
och en skriven sammanfattning. Länets gränser följer med elementet; \`geo-src\` och \`county\` ritar andra. Tabba in i
kartan, flytta med piltangenterna till grannkommunen, Enter väljer (\`bpl-select\`), Escape döljer verktygstipset.
Kommuner utan data är streckade ("uppgift saknas").`;

export const mapMeta = (group: Group) =>
  groupMeta('bpl-municipality-map', group, { args, argTypes, width: 900, description });
