/**
 * How wide a text will be drawn, estimated without a DOM, so that layouts stay pure functions (testable in
 * Node) and give the same geometry in every browser. The one estimate for every component.
 *
 * Components inherit the page's font; hosts and the demo pages use the system stack (`system-ui,
 * -apple-system, 'Segoe UI', Roboto, sans-serif`). Its widest member is DejaVu Sans (`system-ui` on most
 * Linux desktops and in the test browsers); Segoe UI, San Francisco, Roboto and Arial/Helvetica are
 * narrower. So the table groups characters by Arial/Helvetica's advance-width classes (narrow i/l/j and
 * punctuation, semi-narrow f/t/r and space, wide m/w/M/W/%, the wider lower case b/d/g/h/n/p/q/u, digits,
 * capitals, other lower case; å/ä/ö count as a/o) and gives each the width in em of DejaVu Sans, rounded
 * up: a label gets a little more room than it needs rather than being cut off.
 *
 * Measured in headless Chromium (SVG `getComputedTextLength`, 13 px) on 209 labels and numbers of the demo
 * data (area, dimension and body names, indicator titles, "12,5 %"): estimate ÷ real width,
 * - theme stack (DejaVu Sans), regular: mean 1.015, min 0.965, max 1.140, mean |error| 1.9 %;
 *   bold: mean 1.031, min 0.964, max 1.130, mean |error| 3.3 %;
 * - Arial metrics (Liberation Sans): regular mean 1.136 (min 0.971), bold mean 1.227 (min 1.107).
 * The three estimators this replaced, on the theme stack (regular / bold mean |error|, lowest ratio):
 * collaboration diagram 4.5 % / 6.6 %, 0.918; wellbeing wheel (with its ×1.04) 3.3 % / 5.7 %, 0.851;
 * trend chart (no bold) 8.5 % / 5.2 %, 0.777.
 */

/** Width in em of one character: narrow, semi-narrow, wide, wider lower case and digits, capitals, the rest. */
const charWidth = (ch: string) =>
  /[iljI.,:;'’!]/.test(ch)
    ? 0.3
    : /[ftr()/\s-]/.test(ch)
      ? 0.37
      : /[mwMW%…—+−&]/.test(ch)
        ? 0.96
        : /[\dbdghnpqu]/.test(ch)
          ? 0.64
          : ch !== ch.toLowerCase()
            ? 0.72
            : 0.58;

/** Estimated width in px of `text` drawn at `fontSize` px; bold text is 14 % wider. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return em * fontSize * (bold ? 1.14 : 1);
}
