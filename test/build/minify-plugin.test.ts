import { describe, expect, it } from 'vitest';
import { collapseTemplates as collapse } from '../../scripts/minify-plugin.mjs';

describe('collapseTemplates (Lit template text in dist/bpl.js and dist/standalone)', () => {
  it('turns white space with a line break in html and svg templates into one space', () => {
    const code =
      'const a = html`<div class="x">\n      <p>${b}</p>\n    </div>`;\nconst c = svg`<g>\n  <text>Hej  då</text>\n</g>`;';
    expect(collapse(code)).toBe(
      'const a = html`<div class="x"> <p>${b}</p> </div>`;\nconst c = svg`<g> <text>Hej  då</text> </g>`;',
    );
  });

  it('leaves expressions, untagged templates and other tags alone', () => {
    const code =
      'const a = html`<p>\n  ${`keep\n   this`}\n</p>`;\nconst t = `plain\n   text`;\nconst u = other`x\n   y`;';
    expect(collapse(code)).toBe(
      'const a = html`<p> ${`keep\n   this`} </p>`;\nconst t = `plain\n   text`;\nconst u = other`x\n   y`;',
    );
  });

  it('handles nested templates and tags the bundler renamed', () => {
    const code = 'html$1`<ul>\n  ${items.map((i) => html`<li>\n    ${i}\n  </li>`)}\n</ul>`';
    expect(collapse(code)).toBe('html$1`<ul> ${items.map((i) => html`<li> ${i} </li>`)} </ul>`');
  });

  it('shrinks css templates to what CSS needs', () => {
    const code =
      "css`\n  .a,\n  .b {\n    color: red !important;\n    font-family: 'A B', sans-serif;\n  }\n  :host(.x) .y > .z { gap: ${g}; }\n  @media (min-width: 40em) { .a { margin: 0; } }\n`";
    // The descendant space before a pseudo-class (`:host(.x) .y`) stays: only the space after ':' goes.
    expect(collapse(code)).toBe(
      "css`.a,.b{color:red!important;font-family:'A B',sans-serif;}:host(.x) .y>.z{gap:${g};}@media (min-width:40em){.a{margin:0;}}`",
    );
  });
});
