// `npm run manifest`: custom-elements.json from the JSDoc on the component classes (attributes, properties,
// events, slots, parts and custom properties), for editors' tooling and Storybook's docs.
import { posix } from 'node:path';

/** Static members that are wiring between modules, not something a page uses. */
const INTERNAL_STATICS = new Set(['onConnect', 'viewProperties', 'properties', 'styles']);

/** Module references as the analyzer writes them for re-exports (`./define.js`, `src/core/index.js`),
 * turned into the paths the manifest's modules have (`src/core/define.ts`). */
function modulePath(from, specifier) {
  const path = specifier.startsWith('.') ? posix.join(posix.dirname(from), specifier) : specifier;
  return path.replace(/^\//, '').replace(/\.js$/, '.ts');
}

/**
 * Our elements register through `defineElement('bpl-…', Class)` (guarded against double loading), which the
 * analyzer does not know; this plugin reads those calls as definitions. It also cleans up what the analyzer
 * gets wrong for this code base, so every reference in the manifest resolves:
 * - definitions point at the module that declares the class, not the define file that imports it, and the
 *   `customElements.define(tagName, constructor)` inside `defineElement` itself is no definition;
 * - re-exports point at the module that declares the name (`export * as x` is named `x`); exports of
 *   types (the manifest has no declarations for them) are left out; a built-in superclass (`Error`) is
 *   marked `global:`;
 * - private, protected and `#private` members and internal static hooks are left out of the public API;
 * - a custom property documented as a range ("--bpl-color-1 … (through --bpl-color-8)") gets an entry for
 *   every step.
 * It throws when a reference still does not resolve, so a broken manifest fails the build.
 */
function bplManifestPlugin() {
  /** module path → Map(local name → module path it is imported from) */
  const imports = new Map();
  return {
    name: 'bpl-manifest',
    analyzePhase({ ts, node, moduleDoc }) {
      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
        const from = node.moduleSpecifier.text;
        if (!from.startsWith('.')) return;
        const names =
          imports.get(moduleDoc.path) ?? imports.set(moduleDoc.path, new Map()).get(moduleDoc.path);
        const bindings = node.importClause?.namedBindings;
        if (bindings && ts.isNamedImports(bindings))
          for (const el of bindings.elements) names.set(el.name.text, modulePath(moduleDoc.path, from));
        return;
      }
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, cls] = node.arguments;
      if (!tag || !cls || !ts.isStringLiteral(tag)) return;
      moduleDoc.exports = moduleDoc.exports ?? [];
      moduleDoc.exports.push({
        kind: 'custom-element-definition',
        name: tag.text,
        // Resolved to the declaring module in packageLinkPhase.
        declaration: { name: cls.getText(), module: moduleDoc.path },
      });
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = new Map(customElementsManifest.modules.map((m) => [m.path, m]));

      /** The module that declares `name`, starting from `module` and following re-exports and imports. */
      const resolve = (name, module, seen = new Set()) => {
        if (seen.has(module)) return undefined;
        seen.add(module);
        const mod = modules.get(module);
        if (!mod) return undefined;
        if (mod.declarations?.some((d) => d.name === name)) return module;
        const reexport = mod.exports?.find((e) => e.kind === 'js' && e.name === name);
        if (reexport?.declaration?.module) {
          const next = modulePath(module, reexport.declaration.module);
          const found = resolve(reexport.declaration.name, next, seen);
          if (found) return found;
        }
        const imported = imports.get(module)?.get(name);
        return imported ? resolve(name, imported, seen) : undefined;
      };

      for (const mod of customElementsManifest.modules) {
        mod.exports = (mod.exports ?? []).filter((ex) => {
          const ref = ex.declaration;
          if (!ref || ref.package) return true;
          const start = modulePath(mod.path, ref.module);
          if (ex.kind === 'js' && ex.name === '*') {
            // `export * as schemas from …` comes out as name '*', declaration 'schemas'.
            if (ref.name !== '*') [ex.name, ref.name] = [ref.name, '*'];
            ref.module = start;
            return modules.has(start);
          }
          if (ex.kind === 'custom-element-definition' && !/^[a-z][a-z0-9]*-[a-z0-9-]*$/.test(ex.name))
            return false;
          const found = resolve(ref.name, start);
          if (!found) return false;
          ref.module = found;
          return true;
        });
      }

      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          const sup = decl.superclass;
          if (sup && !sup.package && sup.module) {
            const found = resolve(sup.name, modulePath(mod.path, sup.module));
            if (found) sup.module = found;
            else if (sup.name in globalThis) decl.superclass = { name: sup.name, package: 'global:' };
          }
          if (decl.kind !== 'class') continue;
          if (decl.members)
            decl.members = decl.members.filter(
              (m) =>
                !m.name.startsWith('#') &&
                (!m.privacy || m.privacy === 'public') &&
                !(m.static && INTERNAL_STATICS.has(m.name)),
            );
          if (decl.cssProperties) decl.cssProperties = decl.cssProperties.flatMap(expandRange);
        }
      }

      for (const mod of customElementsManifest.modules) {
        for (const ex of mod.exports ?? []) {
          if (ex.kind !== 'custom-element-definition') continue;
          const decl = modules
            .get(ex.declaration.module)
            ?.declarations?.find((d) => d.name === ex.declaration.name);
          if (decl) {
            decl.tagName = ex.name;
            decl.customElement = true;
          }
        }
      }

      const broken = unresolved(customElementsManifest, modules);
      if (broken.length)
        throw new Error(`custom-elements.json: unresolved references:\n${broken.join('\n')}`);
    },
  };
}

/** "--bpl-color-1 - Categorical palette, first colour (through --bpl-color-8)." → --bpl-color-1 … -8. */
function expandRange(prop) {
  const match = /\(through (--[\w-]*?)(\d+)\)/.exec(prop.description ?? '');
  const first = /^(--[\w-]*?)(\d+)$/.exec(prop.name);
  if (!match || !first || match[1] !== first[1]) return [prop];
  const last = Number(match[2]);
  const steps = [prop];
  const what = prop.description.replace(/,[^,]*\(through [^)]*\)\.?$/, '');
  for (let i = Number(first[2]) + 1; i <= last; i++)
    steps.push({ ...prop, name: `${first[1]}${i}`, description: `${what}, step ${i} of ${last}.` });
  return steps;
}

/** Every `{ name, module }` reference (exports, definitions, superclasses, inheritedFrom) that names no
 * declaration of that module. */
function unresolved(manifest, modules) {
  const declared = (ref) => modules.get(ref.module)?.declarations?.some((d) => d.name === ref.name);
  const broken = [];
  const check = (ref, where) => {
    if (ref && !ref.package && !(ref.name === '*' ? modules.has(ref.module) : declared(ref)))
      broken.push(`${where}: ${ref.name} in ${ref.module}`);
  };
  for (const mod of manifest.modules) {
    for (const ex of mod.exports ?? []) check(ex.declaration, `${mod.path} exports ${ex.name}`);
    for (const decl of mod.declarations ?? []) {
      check(decl.superclass, `${mod.path} ${decl.name} extends`);
      for (const key of ['members', 'attributes', 'events', 'cssProperties', 'cssParts', 'slots'])
        for (const item of decl[key] ?? [])
          check(item.inheritedFrom, `${mod.path} ${decl.name} ${item.name}`);
    }
  }
  return broken;
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/**/*.i18n.ts', 'src/core/schema/generated.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [bplManifestPlugin()],
};
