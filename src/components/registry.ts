import registry from './registry.json';

/**
 * The one list of components. The build (vite.config.ts: one entry each), the autoloader (`dist/bpl.js`,
 * through `loaders.ts`, which a test holds to this list), the standalone files and their size budgets
 * (scripts/build-standalone.mjs, .size-limit.js), package.json's `exports` and `sideEffects` (a test), and the
 * manifest read it. A component lives in `src/components/<name>/`: `<name>.ts` registers `<tag>` (its entry),
 * `<name>.component.ts` declares `<class>`. Adding one: copy a folder, add a line here and in `loaders.ts`.
 */
export interface ComponentEntry {
  /** The element's tag, `bpl-…`. */
  tag: string;
  /** The folder and file name, and the subpath in package.json (`@bastaplatsen/viz/<name>`). */
  name: string;
  /** The element class's name. */
  class: string;
  /** What it reads: a dataset (indicators) or a structure (bodies and relations). */
  kind: 'dataset' | 'structure';
  /** Its standalone file's size budget, gzip (with its share of Lit and the core). */
  budget: string;
  description: string;
}

export const COMPONENTS = registry as ComponentEntry[];

/** `src/components/<name>/<name>.ts`: the module that registers the element. */
export const entryOf = (c: Pick<ComponentEntry, 'name'>): string => `src/components/${c.name}/${c.name}.ts`;
