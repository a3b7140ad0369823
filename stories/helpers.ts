import type { Meta, StoryContext } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { Directive, PartType, directive } from 'lit/directive.js';
import type { ElementPart, PartInfo } from 'lit/directive.js';
import { styleMap } from 'lit/directives/style-map.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { declarationOf } from '../.storybook/arg-types.js';
import { JONKOPING_MUNICIPALITY_CODES } from '../src/core/areas.js';

/**
 * One render function for every story: each arg named like one of the component's attributes (as
 * custom-elements.json lists them, plus `lang`) becomes that attribute, each property without an attribute
 * (`data`) that property, so every control in the panel changes the element. `theme` comes from the toolbar
 * unless the story sets its own. `width` is the story's frame, not an attribute.
 */

export type Tag =
  'bpl-trend-chart' | 'bpl-municipality-map' | 'bpl-wellbeing-wheel' | 'bpl-collaboration-diagram';
export type Args = Record<string, unknown>;
export type Group = 'Playground' | 'Options' | 'States' | 'Accessibility';

/** The example data (demo/data, served at data/) and the stories' own files (stories/static, at story-data/). */
export const DATA = 'data/barn-och-unga.json';
/** Requests under this path never get an answer (see .storybook/preview.ts): a deterministic timeout. */
export const NEVER_ANSWERS = 'svarar-aldrig/barn-och-unga.json';
/** Browsers refuse to connect to port 9 (discard), whatever runs on the machine: the request fails at once,
 * as it does when a server is down or unreachable. */
export const UNREACHABLE = 'http://127.0.0.1:9/barn-och-unga.json';

/** What a story promises: the error code its component must show (checked by scripts/test-stories.mjs). */
export const expectError = (code: string) => ({ bpl: { expectError: code } });

/**
 * The load errors every component shows the same way: each story's args and promised error. `file` names the
 * data file of the unreachable and never-answering addresses. The stories keep their own `name`, which
 * Storybook's indexer reads from the file.
 */
export function loadErrors(file = 'barn-och-unga') {
  const at = (src: string) => src.replace('barn-och-unga', file);
  return {
    network: { args: { src: at(UNREACHABLE) }, parameters: expectError('network') },
    http: { args: { src: 'data/finns-inte.json' }, parameters: expectError('http') },
    timeout: { args: { src: at(NEVER_ANSWERS), timeout: 2000 }, parameters: expectError('timeout') },
    parse: { args: { src: 'story-data/syntaxfel.txt' }, parameters: expectError('parse') },
    noSource: { args: { src: '' }, parameters: expectError('no-source') },
  };
}

const names = new Map<Tag, { attributes: string[]; properties: string[] }>();
function namesOf(tag: Tag) {
  let found = names.get(tag);
  if (!found) {
    const decl = declarationOf(tag);
    const attributes = [...(decl?.attributes ?? []).map((a) => a.name), 'lang'];
    const withAttribute = new Set((decl?.attributes ?? []).map((a) => a.fieldName));
    const properties = (decl?.members ?? [])
      .filter((m) => m.kind === 'field' && !m.static && !m.readonly && !withAttribute.has(m.name))
      .map((m) => m.name);
    found = { attributes, properties };
    names.set(tag, found);
  }
  return found;
}

/** `''`, `false`, `null` and `undefined` leave the attribute out; `true` sets it empty. */
function attributeValue(value: unknown): string | null {
  if (value === undefined || value === null || value === false || value === '') return null;
  return value === true ? '' : String(value);
}

/** Sets the given attributes (removing those that became null) and properties on its element. */
class Bind extends Directive {
  private previous = new Set<string>();
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('bind() goes on an element');
  }
  render(_attributes: Record<string, string | null>, _properties: Record<string, unknown>) {
    return nothing;
  }
  override update(part: ElementPart, [attributes, properties]: Parameters<this['render']>) {
    const el = part.element as HTMLElement & Record<string, unknown>;
    for (const name of this.previous) if (attributes[name] == null) el.removeAttribute(name);
    this.previous = new Set();
    for (const [name, value] of Object.entries(attributes)) {
      if (value == null) continue;
      if (el.getAttribute(name) !== value) el.setAttribute(name, value);
      this.previous.add(name);
    }
    for (const [name, value] of Object.entries(properties)) if (el[name] !== value) el[name] = value;
    return nothing;
  }
}
const bind = directive(Bind);

/** The element alone, with `args` mapped onto it. `children` go inside (inline JSON, label scripts). */
export function element(
  tag: Tag,
  args: Args,
  context: StoryContext,
  children: unknown = nothing,
): TemplateResult {
  const { attributes: attributeNames, properties: propertyNames } = namesOf(tag);
  const attributes = Object.fromEntries(attributeNames.map((name) => [name, attributeValue(args[name])]));
  if (!attributes.theme && typeof context.globals.theme === 'string')
    attributes.theme = context.globals.theme;
  const properties = Object.fromEntries(propertyNames.map((name) => [name, args[name]]));
  // Data given as a property wins over `src` anyway; leaving `src` out keeps the element from fetching it.
  if (properties.data !== undefined) attributes.src = null;
  const name = unsafeStatic(tag);
  return staticHtml`<${name} ${bind(attributes, properties)}>${children}</${name}>`;
}

/** The element in a frame `width` px wide at most. */
export function renderComponent(tag: Tag, defaultWidth: number) {
  return (args: Args, context: StoryContext) =>
    html`<div style=${styleMap({ maxWidth: `${Number(args.width) || defaultWidth}px` })}>
      ${element(tag, args, context)}
    </div>`;
}

/** Texts for each group's docs page. */
const GROUP_TEXT: Record<Group, string> = {
  Playground: 'Ändra attributen under *Controls* och se resultatet. Verktygsfältet byter språk och tema.',
  Options: 'Ett exempel per inställning.',
  States:
    'Laddning, fel av alla slag och ovanliga data. Varje felberättelse visar den felkod den utlovar (`error.code` och händelsen `bpl-error`); `npm run test:stories` kontrollerar det.',
  Accessibility: 'Engelska, mörkt tema, smal skärm (320 px), tabellvy och tangentbord.',
};

/**
 * What the meta of each group of a component's stories shares. Storybook's indexer reads `title`, `tags` and
 * `component` from the file itself, so each file writes those out:
 * `export default { ...trendMeta('Options'), title: 'Komponenter/bpl-trend-chart/Options', component: …, tags: ['autodocs'] }`.
 */
export function groupMeta(
  tag: Tag,
  group: Group,
  shared: { args: Args; argTypes: Meta['argTypes']; width: number; description: string },
): Meta<Args> {
  return {
    render: renderComponent(tag, shared.width),
    args: { ...shared.args, width: shared.width },
    argTypes: {
      ...shared.argTypes,
      width: {
        name: 'width',
        description: 'Största bredd på ramen runt komponenten, i px (berättelsens ram, inget attribut).',
        control: { type: 'range', min: 280, max: 1400, step: 10 },
        table: { category: 'story' },
      },
    },
    parameters: {
      docs: { description: { component: `${shared.description}\n\n**${group}:** ${GROUP_TEXT[group]}` } },
    },
  };
}

/** A tall empty block above the component, so a `loading="lazy"` component starts outside the viewport. */
export const belowTheFold = (content: TemplateResult) =>
  html`<div style="height:150vh">Rulla ned / scroll down</div>
    ${content}`;

/** Indicator ids in the example data, for select controls. */
export const INDICATORS = [
  'gymnasiebehorighet',
  'gymnasieexamen-4-ar',
  'skolnarvaro',
  'psykiskt-valbefinnande',
  'trygg-i-skolan',
  'psykosomatiska-besvar',
  'fysisk-aktivitet',
  'stillasittande',
  'fritidsaktivitet',
  'tandhalsa',
  'andts-alkohol',
];

/** Jönköpings län's municipalities. */
export const MUNICIPALITIES = JONKOPING_MUNICIPALITY_CODES;
