import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/components/collaboration-diagram/collaboration-diagram.js';

interface Args {
  src: string;
  selected: string;
  sector: string;
  headingLevel: number;
  theme: string;
  lang: string;
  loading: string;
  width: number;
  data?: unknown;
}

const JONKOPING = 'data/samverkan-jonkoping.json';
const LAN = 'data/samverkan-lan.json';
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

const render = (args: Partial<Args>) =>
  html`<div style=${styleMap({ maxWidth: `${args.width ?? 1000}px` })}>
    <bpl-collaboration-diagram
      src=${args.data ? nothing : (args.src ?? JONKOPING)}
      .data=${args.data}
      selected=${args.selected || nothing}
      sector=${args.sector || nothing}
      heading-level=${args.headingLevel ?? 2}
      theme=${args.theme || nothing}
      lang=${args.lang || nothing}
      loading=${args.loading || nothing}
    ></bpl-collaboration-diagram>
  </div>`;

/** A small structure for the edge cases: a body that reports to two others, and a group. */
const small = (extra: { bodies?: unknown[]; relations?: unknown[] } = {}) => ({
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

/**
 * Who decides, and who is in it: a collaboration structure as a layered diagram. Levels are bands, bodies
 * are boxes with letter marks for the sectors represented, "reports to" is a solid arrow, "prepares for"
 * a dashed arrow with an open head, "collaborates with" a dotted line. Siblings with the same `group`
 * collapse into one stacked box. The diagram is a keyboard tree: arrow keys move, Right and + expand,
 * Left and − collapse, Enter opens the detail and sends `bpl-select`. Below 600 px it becomes a list.
 */
const meta: Meta<Args> = {
  title: 'Komponenter/bpl-collaboration-diagram',
  component: 'bpl-collaboration-diagram',
  tags: ['autodocs'],
  render,
  args: { src: JONKOPING, selected: '', sector: '', headingLevel: 2, width: 1000 },
  argTypes: {
    src: { control: 'inline-radio', options: [JONKOPING, LAN] },
    sector: { control: 'select', options: ['', ...SECTORS] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: ['', 'sv', 'en'] },
    loading: { control: 'inline-radio', options: ['', 'eager', 'lazy'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    width: { control: { type: 'range', min: 280, max: 1400, step: 10 } },
    data: { table: { disable: true } },
  },
};
export default meta;

type Story = StoryObj<Args>;

// ---- Playground ---------------------------------------------------------------------------------

export const PlaygroundDefault: Story = { name: 'Playground' };

// ---- Options ------------------------------------------------------------------------------------

export const OptionsJonkoping: Story = { name: 'Options: Jönköpings kommun', args: { src: JONKOPING } };
export const OptionsLan: Story = { name: 'Options: Jönköpings län', args: { src: LAN } };
export const OptionsSelected: Story = {
  name: 'Options: selected="lsg-soder" (group expanded, detail open)',
  args: { selected: 'lsg-soder' },
};
export const OptionsSelectedLan: Story = {
  name: 'Options: selected body that prepares for two',
  args: { src: LAN, selected: 'ledningsgrupp' },
};
export const OptionsSector: Story = { name: 'Options: sector="police"', args: { sector: 'police' } };
export const OptionsSectorNone: Story = {
  name: 'Options: a sector no body has',
  args: { src: LAN, sector: 'rescue-services' },
};
export const OptionsHeadingLevel: Story = { name: 'Options: heading-level="3"', args: { headingLevel: 3 } };

// ---- States -------------------------------------------------------------------------------------

export const StatesLoading: Story = {
  name: 'States: loading (lazy, outside the viewport until scrolled)',
  args: { loading: 'lazy' },
  render: (args) =>
    html`<div style="height:150vh">Rulla ned / scroll down</div>
      ${render(args)}`,
};
export const StatesErrorMissingFile: Story = {
  name: 'States: error, missing file',
  args: { src: 'data/finns-inte.json' },
};
export const StatesErrorUnknownBody: Story = {
  name: 'States: error, relation to a body that does not exist',
  args: { data: small({ relations: [{ from: 'lsg-a', to: 'finns-inte', type: 'reports-to' }] }) },
};
export const StatesErrorDuplicate: Story = {
  name: 'States: error, duplicate ids',
  args: { data: small({ bodies: [{ id: 'bbu', name: 'Dubblett', level: 'strategic' }] }) },
};
export const StatesErrorCycle: Story = {
  name: 'States: error, cycle in "reports to"',
  args: { data: small({ relations: [{ from: 'sbu', to: 'lsg-a', type: 'reports-to' }] }) },
};
export const StatesErrorSchema: Story = {
  name: 'States: error, data that breaks the contract',
  args: { data: { meta: { title: 'x' }, bodies: [{ id: 'A B', level: 'top' }] } },
};
export const StatesErrorBadAttribute: Story = {
  name: 'States: error, unknown selected body',
  args: { selected: 'finns-inte' },
};
export const StatesSingleBody: Story = {
  name: 'States: a single body',
  args: {
    data: {
      meta: { title: 'Ett enda organ' },
      bodies: [{ id: 'a', name: 'Ensam grupp', level: 'strategic' }],
    },
  },
};
export const StatesTwoParents: Story = {
  name: 'States: a body that reports to two others',
  args: { data: small(), selected: 'bbu' },
};
export const StatesMarkup: Story = {
  name: 'States: names with markup (shown as text)',
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
export const StatesLongNames: Story = {
  name: 'States: long names',
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

// ---- Accessibility ------------------------------------------------------------------------------

export const AccessibilityEnglish: Story = {
  name: 'Accessibility: English (lang="en")',
  args: { lang: 'en' },
};
export const AccessibilityDark: Story = {
  name: 'Accessibility: dark theme',
  args: { theme: 'dark', src: LAN, sector: 'health-care' },
  render: (args) => html`<div style="background:#16191d;padding:1rem">${render(args)}</div>`,
};
export const AccessibilityNarrow: Story = {
  name: 'Accessibility: narrow (400 px, the list)',
  args: { width: 400 },
};
export const AccessibilityNarrow320: Story = {
  name: 'Accessibility: 320 px, detail open',
  args: { width: 320, src: LAN, selected: 'strategigrupp' },
};
