import { existsSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/core/errors.js';
import { EMBED_DEFAULT_HEIGHT, HOST_SCRIPT } from '../../demo/embed-code.js';
import { DEMO_COPIES } from '../../vite.config.js';

// The Swedish guide must keep up with the components: every attribute in custom-elements.json (regenerated
// by `npm run manifest`, which `npm run typecheck` runs first) and every error code is explained there.
const root = new URL('../../', import.meta.url);
const guide = readFileSync(new URL('docs/guide.md', root), 'utf8');
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8')) as {
  modules: {
    declarations?: {
      tagName?: string;
      attributes?: { name: string; fieldName?: string; inheritedFrom?: unknown }[];
      members?: { name: string; privacy?: string }[];
    }[];
  }[];
};

function section(heading: string): string {
  const start = guide.indexOf(heading);
  expect(start, `the guide has a section "${heading}"`).toBeGreaterThan(-1);
  const rest = guide.slice(start + heading.length);
  const end = rest.search(/\n#{2,3} /);
  return end === -1 ? rest : rest.slice(0, end);
}

const components = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);

describe('docs/guide.md', () => {
  it('lists the four components', () => {
    expect(components.map((c) => c.tagName).sort()).toEqual([
      'bpl-collaboration-diagram',
      'bpl-municipality-map',
      'bpl-trend-chart',
      'bpl-wellbeing-wheel',
    ]);
  });

  for (const component of components) {
    it(`explains every attribute of <${component.tagName}>`, () => {
      const own = section(`### \`<${component.tagName}>\``);
      const shared = section('### Gemensamma attribut');
      // A private reactive field can show up as an attribute in the manifest; readers cannot use it.
      const hidden = new Set(
        (component.members ?? []).filter((m) => m.privacy && m.privacy !== 'public').map((m) => m.name),
      );
      for (const attribute of component.attributes ?? []) {
        if (attribute.fieldName && hidden.has(attribute.fieldName)) continue;
        const where = attribute.inheritedFrom ? shared : own;
        expect(where, `${component.tagName} ${attribute.name}`).toContain(`| \`${attribute.name}\` |`);
      }
    });
  }

  it('explains every error code', () => {
    const errors = section('## 10. Felmeddelanden');
    for (const code of ERROR_CODES) expect(errors, code).toContain(`| \`${code}\` |`);
  });

  it('gives the iframe heights the builder writes', () => {
    const iframe = section('## 4. När skript inte är tillåtna: iframe');
    const { 'trend-chart': trend, 'municipality-map': map, 'wellbeing-wheel': wheel } = EMBED_DEFAULT_HEIGHT;
    const diagram = EMBED_DEFAULT_HEIGHT['collaboration-diagram'];
    expect(iframe).toContain(`height="${trend}"`);
    expect(iframe).toContain(
      `${trend} pixlar för trenddiagrammet, ${map} för kartan, ${wheel} för hjulet och ${diagram} för`,
    );
  });

  it('gives the same host script as the builder', () => {
    expect(guide).toContain(HOST_SCRIPT);
  });

  it('is linked from the builder at an address that exists in npm start and in the built demo', () => {
    const builder = readFileSync(new URL('demo/index.html', root), 'utf8');
    const href = /href="([^"]*guide\.md)"/.exec(builder)?.[1];
    expect(href, 'the builder links the guide').toBeDefined();
    // The dev server serves the project root; the build keeps the same layout (pages in demo/).
    const target = posix.normalize(posix.join('demo', href!));
    expect(existsSync(new URL(target, root)), `${target} in the project`).toBe(true);
    expect(DEMO_COPIES, `${target} copied into the build`).toContainEqual([target, target]);
  });
});
