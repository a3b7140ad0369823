import { existsSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BplError, ERROR_CODES, toBplError } from '../../src/core/errors.js';
import '../../src/core/adapters/index.js';
import { sv as core } from '../../src/core/i18n/sv.js';
import { errorLines } from '../../src/core/i18n/localize.js';
import { decodeBody, readDataset } from '../../src/core/loader/read.js';
import { wheelStrings } from '../../src/components/wellbeing-wheel/wellbeing-wheel.i18n.js';
import { strings as diagramStrings } from '../../src/components/collaboration-diagram/collaboration-diagram.i18n.js';
import { strings as mapStrings } from '../../src/components/municipality-map/municipality-map.i18n.js';
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

  it('names the buttons and texts the components really show', () => {
    const wheel = wheelStrings.sv;
    const diagram = diagramStrings.sv;
    const map = mapStrings.sv;
    for (const label of [
      wheel.showTrend, // "Visa utveckling", the wheel's button that opens a trend chart
      diagram.showList,
      diagram.showDiagram,
      core.download,
      core.showTable,
      core.showChart,
      core.loading,
      core.errorTitle,
      core.sampleData,
      `${map.viewSwitch}: ${map.showList} / ${map.showTable}`,
    ])
      expect(guide, label).toContain(label);
    expect(guide).not.toContain('Visa trend');
    // The diagram has neither a downloads menu nor a table: the guide must not promise them for all four.
    expect(guide).not.toMatch(/Alla diagram[^.]*(tabell|ladda ner)/i);
  });

  it('gives the iframe title the builder writes', () => {
    const sample = JSON.parse(readFileSync(new URL('demo/data/barn-och-unga.json', root), 'utf8')) as {
      indicators: { id: string; title: { sv: string } }[];
    };
    const title = sample.indicators.find((i) => i.id === 'gymnasiebehorighet')!.title.sv;
    expect(section('## 4. När skript inte är tillåtna: iframe')).toContain(
      `title="Trenddiagram – ${title} – Värnamo"`,
    );
  });

  it('quotes the error messages as the components write them', () => {
    const errors = section('## 10. Felmeddelanden');
    const message = (code: ConstructorParameters<typeof BplError>[0], params: object) =>
      errorLines(new BplError(code, params), 'sv').message;
    const areas = ['0000', '0006', '0604', '0617'];
    // The map and wheel: an unknown area; the trend chart: a code that is not four digits is invalid.
    expect(errors).toContain(message('unknown-area', { value: '0999' }));
    expect(errors).toContain(message('unknown-area', { value: '683' }).replace(/\.$/, ''));
    expect(errors).toContain(
      message('invalid-attribute', { attribute: 'area', value: '683', available: areas }).replace(
        /0617\.$/,
        '',
      ),
    );
    expect(errors).toContain(message('invalid-attribute', { attribute: 'compare', value: '683' }));
    expect(errors).toContain(message('invalid-attribute', { attribute: 'from', value: '2022 > 2018' }));
    expect(errors).toContain(
      message('no-data', { scope: 'area', value: 'Aneby', groups: ['girls'], suppressed: true }),
    );
    expect(errors).toContain(message('structure', { issues: [{ path: [], kind: 'cycle' }] }));

    // A CSV's bad value is named by row and column; its bad area code by the data path.
    const csvError = (text: string) => {
      try {
        readDataset(decodeBody(text));
      } catch (error) {
        return errorLines(toBplError(error, 'parse'), 'sv').issues;
      }
      throw new Error('the CSV was read without an error');
    };
    const [badValue] = csvError('area,period,value\n0680,2023,12.5\n0683,2023,13\n0604,2023,tolv\n');
    expect(errors).toContain(badValue!.replace(/^rad \d+, kolumn value: /, ''));
    expect(badValue).toMatch(/^rad 4, kolumn value/);
    const [badArea] = csvError('Kommun;År;Andel (%)\nAneby;2023;12,5\nAnneby;2023;13\n');
    expect(errors).toContain(badArea);
    expect(badArea).toMatch(/^rad 3, kolumn Kommun/);
  });
});
