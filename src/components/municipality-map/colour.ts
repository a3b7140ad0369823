/**
 * Text colour on a class colour, chosen from the colour itself (WCAG relative luminance), so a page's own
 * `--bpl-color-seq-*` / `--bpl-color-div-*` keep the names readable. Black or white: one of the two always
 * reaches 4.58:1 on any opaque colour. Pure; the element resolves the colours (once per render).
 */

export type Rgb = [number, number, number];

/** An opaque colour as computed styles give it, `rgb(r, g, b)`, as [r, g, b]; else undefined (translucent,
 * or a colour outside sRGB's syntax such as `oklch(…)`, which browsers keep as written). */
export function parseRgb(value: string): Rgb | undefined {
  const m = /^rgb\(([\d.]+), ([\d.]+), ([\d.]+)\)$/.exec(value);
  return m ? [+m[1]!, +m[2]!, +m[3]!] : undefined;
}

/** WCAG 2 relative luminance of an sRGB colour (0–255 channels). */
export function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two colours (1–21). */
export function contrast(a: Rgb, b: Rgb): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** True when black text reads better than white on `fill` (ties go to black). */
export function blackOn(fill: Rgb): boolean {
  // contrast(black) ≥ contrast(white) ⇔ (L + 0.05)² ≥ 0.05 · 1.05
  return (luminance(fill) + 0.05) ** 2 >= 0.0525;
}

/**
 * The map's focus ring, drawn on the focused shape's edge: a wide outer stroke with a narrower inner one on
 * top, so the inner tone shows as a line with the outer tone along both its sides. [outer, inner] per theme
 * (swapped in the dark theme, so the ring never looks like the selected outline, which is drawn in the text
 * colour). Black and white are 21:1 apart: beside any colour one of the two reaches 4.58:1 (technique C40
 * asks 9:1 between the tones for 3:1). Widths in px: each band of the ring is at least 2 px.
 */
export const RING = { light: ['#000000', '#ffffff'], dark: ['#ffffff', '#000000'], width: [7, 3] } as const;
