import { Parser } from 'acorn';
import { minify } from 'terser';

/** Lit's template tags, as the bundler may have renamed them (`html$1`). */
const TAGS = /^(html|svg|css)(\$\d+)?$/;

/**
 * The text of Lit templates ships as written, indentation included. Inside `html` and `svg` templates a run
 * of white space that holds a line break becomes one space (HTML and SVG text collapse such runs anyway; no
 * template uses `white-space: pre`); inside `css` templates white space shrinks to what CSS needs. Only the
 * static parts change: `${…}` expressions are untouched. Exported for the test.
 */
export function collapseTemplates(code) {
  const edits = [];
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (
      node.type === 'TaggedTemplateExpression' &&
      node.tag.type === 'Identifier' &&
      TAGS.test(node.tag.name)
    ) {
      const isCss = node.tag.name.startsWith('css');
      const quasis = node.quasi.quasis;
      for (const quasi of quasis) {
        const raw = code.slice(quasi.start, quasi.end);
        const trimmed = !isCss ? raw : quasi === quasis[0] ? raw.trimStart() : raw;
        const next = isCss
          ? (quasi === quasis.at(-1) ? trimmed.trimEnd() : trimmed)
              .replace(/\/\*[\s\S]*?\*\//g, '')
              .replace(/\s+/g, ' ')
              .replace(/ ?([{};>]) ?/g, '$1')
              .replace(/, /g, ',')
              // `color: red` → `color:red`, `(min-width: 40em)` → `(min-width:40em)`; no style here has a
              // string with ': ' in it (content: '…'), where this would change the text.
              .replace(/: /g, ':')
              .replace(/ !important/g, '!important')
          : raw.replace(/\s*\n\s*/g, ' ');
        if (next !== raw) edits.push([quasi.start, quasi.end, next]);
      }
    }
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object' && key !== 'loc') visit(value);
    }
  };
  visit(Parser.parse(code, { ecmaVersion: 'latest', sourceType: 'module' }));
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0]))
    out = out.slice(0, start) + text + out.slice(end);
  return out;
}

/** Applies collapseTemplates to the project's own modules (where the tags are still called html, svg, css). */
export function collapseLitTemplates() {
  return {
    name: 'bpl-collapse-lit-templates',
    enforce: 'post',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|svg|css)`/.test(code)) return null;
      return { code: collapseTemplates(code), map: null };
    },
  };
}

/**
 * Vite's ES library mode keeps whitespace (so consumers' bundlers can tree-shake); the files a browser
 * loads directly (dist/bpl.js, dist/standalone/*) are minified fully here, after Vite is done (and their Lit
 * template text by collapseLitTemplates before): terser with three compress passes, which gives about 3 % less gzip than esbuild's
 * minifier on dist/bpl.js (measured 2026-11-22: 79.3 → 76.7 kB). It runs only on these few files, so its
 * slower speed does not matter.
 */
export function minifyChunks() {
  return {
    name: 'bpl-minify-chunks',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const result = await minify(chunk.code, {
          module: true,
          ecma: 2022,
          compress: { passes: 3, pure_getters: true, unsafe_arrows: true, unsafe_methods: true },
          mangle: true,
          format: { comments: false },
        });
        chunk.code = result.code;
      }
    },
  };
}
