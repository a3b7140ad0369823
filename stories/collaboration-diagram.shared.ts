import type { Meta } from '@storybook/web-components-vite';
import '../src/components/collaboration-diagram/collaboration-diagram.js';
import { groupMeta } from './helpers.js';
import type { Group } from './helpers.js';

export const JONKOPING = 'data/samverkan-jonkoping.json';
export const LAN = 'data/samverkan-lan.json';
const SECTORS = [
  'school',
  'social-services',
  'health-care',
  'leisure-culture',
  'rescue-services',
  'police',
  'civil-society',
  'children-youth',
];

const argTypes: Meta['argTypes'] = {
  src: { control: 'select', options: [JONKOPING, LAN, ''] },
  sector: { control: 'select', options: ['', ...SECTORS] },
};

const description = `Vem som beslutar och vem som är med: en samverkansstruktur som ett diagram i nivåer. Nivåerna är
band, organen rutor med bokstäver för de sektorer som är med; "rapporterar till" är en heldragen pil, "bereder åt" en
streckad pil med öppen spets, "samverkar med" en prickad linje. Syskon med samma \`group\` slås ihop till en staplad
ruta. Diagrammet är ett träd för tangentbordet: piltangenterna flyttar, höger och + fäller ut, vänster och − fäller
ihop, Enter öppnar detaljerna och skickar \`bpl-select\`. Under 600 px blir det en lista.`;

export const diagramMeta = (group: Group) =>
  groupMeta('bpl-collaboration-diagram', group, {
    args: { src: JONKOPING },
    argTypes,
    width: 1000,
    description,
  });

/** A small structure for the edge cases: a body that reports to two others, and a group. */
export const small = (extra: { bodies?: unknown[]; relations?: unknown[] } = {}) => ({
  meta: { title: 'Liten struktur' },
  groups: [{ id: 'lsg', name: 'lokala grupper', shortName: 'LSG' }],
  bodies: [
    { id: 'sbu', shortName: 'SBU', name: 'Styrgrupp barn och unga', level: 'political', sectors: ['school'] },
    { id: 'forum', name: 'Kommunalt forum', level: 'political', sectors: ['health-care'] },
    {
      id: 'bbu',
      shortName: 'BBU',
      name: 'Beredningsgrupp',
      level: 'strategic',
      sectors: ['school', 'police'],
    },
    {
      id: 'lsg-a',
      shortName: 'LSG',
      name: 'LSG Norr',
      level: 'operational',
      group: 'lsg',
      sectors: ['school'],
    },
    {
      id: 'lsg-b',
      shortName: 'LSG',
      name: 'LSG Söder',
      level: 'operational',
      group: 'lsg',
      sectors: ['police'],
    },
    ...(extra.bodies ?? []),
  ],
  relations: [
    { from: 'bbu', to: 'sbu', type: 'prepares-for' },
    { from: 'bbu', to: 'forum', type: 'reports-to' },
    { from: 'lsg-a', to: 'bbu', type: 'reports-to' },
    { from: 'lsg-b', to: 'bbu', type: 'reports-to' },
    ...(extra.relations ?? []),
  ],
});
