import type { StrictArgTypes } from 'storybook/internal/types';
import manifest from '../custom-elements.json';

/**
 * Storybook's args table and controls, from custom-elements.json. Storybook's own reader keys every entry by
 * its bare name, so the css parts `heading` and `loading` overwrote the attributes of the same names (their
 * descriptions vanished) and properties were listed beside the attributes that set them. Here every entry
 * has a key of its own: attributes by attribute name (which the stories' render function sets on the
 * element, so every control changes it), properties without an attribute (`data`) by name, and events,
 * custom properties and parts under prefixed keys, shown without a control. Controls are written as objects:
 * Storybook normalises the stories' own argTypes (`control: 'text'`), not what this function returns.
 */

interface Item {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
  fieldName?: string;
  kind?: string;
  static?: boolean;
  readonly?: boolean;
  privacy?: string;
}
interface Declaration {
  tagName?: string;
  description?: string;
  attributes?: Item[];
  members?: Item[];
  events?: Item[];
  slots?: Item[];
  cssProperties?: Item[];
  cssParts?: Item[];
}

export function declarationOf(tagName: string): Declaration | undefined {
  for (const mod of (manifest as { modules: { declarations?: Declaration[] }[] }).modules)
    for (const decl of mod.declarations ?? []) if (decl.tagName === tagName) return decl;
  return undefined;
}

/** Values the manifest cannot tell (a type alias, an imported constant). */
const KNOWN: Record<string, Partial<StrictArgTypes[string]>> = {
  format: {
    control: { type: 'select', labels: { '': '(auto)' } },
    options: ['', 'auto', 'json', 'kolada', 'csv'],
    table: { type: { summary: "'auto' | 'json' | 'kolada' | 'csv'" }, defaultValue: { summary: "'auto'" } },
  },
  timeout: { table: { defaultValue: { summary: '15000' } } },
  sync: { table: { type: { summary: 'string' } } },
  'sync-url': { control: { type: 'boolean' }, table: { type: { summary: 'boolean' } } },
};

/** `lang` is a global HTML attribute, so the manifest does not list it; every component reads it. */
const LANG: Item = {
  name: 'lang',
  type: { text: "'sv' | 'en'" },
  description:
    'Språk, `sv` eller `en`. Utan attributet gäller närmaste förälders `lang` (här verktygsfältets språk), annars `<html lang>`.',
};

function literals(type: string | undefined): string[] | undefined {
  const parts = (type ?? '').split('|').map((p) => p.trim());
  const values = parts.filter((p) => p !== 'undefined');
  return values.length && values.every((p) => /^'[^']*'$/.test(p))
    ? values.map((p) => p.slice(1, -1))
    : undefined;
}

function controlFor(type: string | undefined): Partial<StrictArgTypes[string]> {
  const options = literals(type);
  if (options) return { control: { type: 'select', labels: { '': '–' } }, options: ['', ...options] };
  if (/^boolean\b/.test(type ?? '')) return { control: { type: 'boolean' } };
  if (/^number\b/.test(type ?? '')) return { control: { type: 'number' } };
  return { control: { type: 'text' } };
}

const shown = (item: Item, category: string, key: string, extra: Partial<StrictArgTypes[string]> = {}) => ({
  name: item.name,
  description: item.description,
  type: { name: 'other' as const, value: item.type?.text ?? '' },
  ...extra,
  table: {
    category,
    type: { summary: item.type?.text ?? '' },
    ...(item.default !== undefined && { defaultValue: { summary: item.default } }),
    ...extra.table,
  },
  key,
});

export function extractArgTypes(tagName: string): StrictArgTypes | null {
  const decl = declarationOf(tagName);
  if (!decl) return null;
  const out: StrictArgTypes = {};
  const fields = new Map((decl.members ?? []).map((m) => [m.name, m]));
  const withAttribute = new Set<string>();
  for (const attr of [...(decl.attributes ?? []), LANG]) {
    const field = attr.fieldName ? fields.get(attr.fieldName) : undefined;
    if (attr.fieldName) withAttribute.add(attr.fieldName);
    const item = { ...attr, default: attr.default ?? field?.default };
    const known = KNOWN[attr.name] ?? {};
    out[attr.name] = shown(item, 'attributes', attr.name, {
      ...controlFor(item.type?.text),
      ...known,
      table: { ...known.table },
    });
  }
  for (const m of decl.members ?? []) {
    if (m.kind !== 'field' || m.static || withAttribute.has(m.name)) continue;
    if (m.privacy && m.privacy !== 'public') continue;
    // Read-only state (`status`, `error`) is listed, with nothing to set.
    out[m.name] = shown(m, 'properties', m.name, {
      control: m.readonly ? { disable: true } : { type: 'object' },
    });
  }
  const listed: [keyof Declaration, string, string][] = [
    ['events', 'events', 'event'],
    ['slots', 'slots', 'slot'],
    ['cssProperties', 'css custom properties', 'css'],
    ['cssParts', 'css shadow parts', 'part'],
  ];
  for (const [key, category, prefix] of listed)
    for (const item of (decl[key] as Item[] | undefined) ?? [])
      out[`${prefix}:${item.name}`] = shown(item, category, `${prefix}:${item.name}`, {
        control: { disable: true },
      });
  return out;
}

export function extractComponentDescription(tagName: string): string | undefined {
  return declarationOf(tagName)?.description;
}
