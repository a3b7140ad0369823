// `npm run manifest`: custom-elements.json from the JSDoc on the component classes (attributes, properties,
// events, slots, parts and custom properties), for editors' tooling and Storybook's docs.

/** Our elements register through `defineElement('bpl-…', Class)` (guarded against double loading), which the
 * analyzer does not know; this plugin reads those calls as definitions. */
function defineElementPlugin() {
  return {
    name: 'bpl-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, cls] = node.arguments;
      if (!tag || !cls || !ts.isStringLiteral(tag)) return;
      const className = cls.getText();
      const importPath = moduleDoc.imports?.find((i) => i.name === className)?.importPath;
      moduleDoc.exports = moduleDoc.exports ?? [];
      moduleDoc.exports.push({
        kind: 'custom-element-definition',
        name: tag.text,
        declaration: {
          name: className,
          module: importPath
            ? importPath.replace(/^\.\//, `${moduleDoc.path.replace(/[^/]+$/, '')}`).replace(/\.js$/, '.ts')
            : moduleDoc.path,
        },
      });
    },
    packageLinkPhase({ customElementsManifest }) {
      const byModule = new Map(customElementsManifest.modules.map((m) => [m.path, m]));
      for (const mod of customElementsManifest.modules) {
        for (const ex of mod.exports ?? []) {
          if (ex.kind !== 'custom-element-definition') continue;
          const target = byModule.get(ex.declaration.module);
          const decl = target?.declarations?.find((d) => d.name === ex.declaration.name);
          if (decl) {
            decl.tagName = ex.name;
            decl.customElement = true;
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/**/*.i18n.ts', 'src/core/schema/generated.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [defineElementPlugin()],
};
