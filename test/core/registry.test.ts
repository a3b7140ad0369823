import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPONENTS, entryOf } from '../../src/components/registry.js';

/**
 * The one list of components (src/components/registry.json) and everything that must agree with it: each
 * component's folder and files, the autoloader's imports, package.json's subpaths and sideEffects, the root
 * entry, bpl.full.js's entry and the size budgets. Adding a fifth component is a folder and a line in the
 * registry and in loaders.ts; this test says what else is missing.
 */
const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const pkg = JSON.parse(read('package.json')) as {
  exports: Record<string, { types?: string; import?: string } | string>;
  sideEffects: string[];
};

describe('the component registry', () => {
  it('names each component once, with a bpl- tag and a Bpl class', () => {
    expect(new Set(COMPONENTS.map((c) => c.tag)).size).toBe(COMPONENTS.length);
    for (const c of COMPONENTS) {
      expect(c.tag).toBe(`bpl-${c.name}`);
      expect(c.class).toMatch(/^Bpl[A-Z]\w+$/);
    }
  });

  for (const c of COMPONENTS) {
    it(`${c.tag}: its folder registers the tag and declares the class`, () => {
      expect(existsSync(new URL(entryOf(c), root))).toBe(true);
      const entry = read(entryOf(c));
      expect(entry).toContain(`defineElement('${c.tag}', ${c.class})`);
      expect(entry).toContain(`'${c.tag}': ${c.class};`); // HTMLElementTagNameMap
      expect(read(`src/components/${c.name}/${c.name}.component.ts`)).toMatch(
        new RegExp(`export class ${c.class} extends`),
      );
    });
  }

  it('the autoloader imports each component’s own entry, and nothing else', () => {
    const loaders = read('src/components/loaders.ts');
    const found = [...loaders.matchAll(/'(bpl-[\w-]+)': \(\) => import\('\.\/([\w-]+)\/([\w-]+)\.js'\)/g)];
    expect(found.map((m) => m[1])).toEqual(COMPONENTS.map((c) => c.tag));
    for (const [, tag, folder, file] of found) {
      const c = COMPONENTS.find((x) => x.tag === tag)!;
      expect([folder, file]).toEqual([c.name, c.name]);
    }
  });

  it('package.json: a subpath per component, and sideEffects naming the modules that register, not all', () => {
    for (const c of COMPONENTS)
      expect(pkg.exports[`./${c.name}`]).toEqual({
        types: `./dist/types/components/${c.name}/${c.name}.d.ts`,
        import: `./dist/esm/${c.name}.js`,
      });
    const dist = pkg.sideEffects.filter((p) => p.startsWith('./dist/'));
    // Not `./dist/esm/*.js`: that marks the core and every shared module as a side effect, so bundlers could
    // not drop what a page does not use.
    expect(dist.filter((p) => /^\.\/dist\/esm\/\*|\/\*\.js$/.test(p))).toEqual([]);
    for (const c of COMPONENTS) expect(dist).toContain(`./dist/esm/${c.name}.js`);
    for (const entry of ['index', 'sync', 'adapters']) expect(dist).toContain(`./dist/esm/${entry}.js`);
    // Every other module named mirrors a source module that registers something at its top level (a reader,
    // strings, zod's configuration), and the same source module is named under ./src/ for source builds.
    const src = new Set(pkg.sideEffects.filter((p) => p.startsWith('./src/')));
    for (const path of dist.filter((p) => p.startsWith('./dist/esm/') && p.split('/').length > 4)) {
      const source = path.replace('./dist/esm/', './src/').replace(/\.js$/, '.ts');
      expect(src.has(source), `${path} has ${source} beside it`).toBe(true);
      if (!source.includes('*')) expect(existsSync(new URL(source, root)), source).toBe(true);
    }
    for (const path of src) if (!path.includes('*')) expect(existsSync(new URL(path, root)), path).toBe(true);
  });

  it('the root entry and bpl.full.js register every component', () => {
    for (const file of ['src/index.ts', 'src/bundle.ts'])
      for (const c of COMPONENTS)
        expect(read(file), `${file}: ${c.tag}`).toContain(`./components/${c.name}/${c.name}.js'`);
  });

  it('every component has a standalone size budget and the guide and README name it', () => {
    const guide = read('docs/guide.md');
    const readme = read('README.md');
    for (const c of COMPONENTS) {
      expect(guide).toContain(`### \`<${c.tag}>\``);
      expect(readme).toContain(`\`<${c.tag}>\``);
    }
  });
});
