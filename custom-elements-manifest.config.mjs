// `npm run manifest`: custom-elements.json from the JSDoc on the component classes (attributes, properties,
// events, slots, parts and custom properties), for editors' tooling and Storybook's docs.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/**/*.i18n.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
};
