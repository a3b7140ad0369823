import { describe, expect, it } from 'vitest';
import {
  RING,
  blackOn,
  contrast,
  luminance,
  parseRgb,
} from '../../src/components/municipality-map/colour.js';
import type { Rgb } from '../../src/components/municipality-map/colour.js';
import { DARK_BACKGROUND, DIVERGING, LIGHT_BACKGROUND, SEQUENTIAL } from '../../src/core/theme.js';

const BLACK: Rgb = [0, 0, 0];
const WHITE: Rgb = [255, 255, 255];
const hex = (c: string): Rgb => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)) as Rgb;
const ink = (fill: Rgb): Rgb => (blackOn(fill) ? BLACK : WHITE);

describe('colour', () => {
  it('reads opaque rgb() as computed styles write it, and nothing else', () => {
    expect(parseRgb('rgb(3, 78, 123)')).toEqual([3, 78, 123]);
    expect(parseRgb('rgb(127.5, 0, 255)')).toEqual([127.5, 0, 255]);
    expect(parseRgb('rgba(0, 0, 0, 0.5)')).toBeUndefined();
    expect(parseRgb('rgba(0, 0, 0, 0)')).toBeUndefined();
    expect(parseRgb('oklch(0.5 0.1 200)')).toBeUndefined();
    expect(parseRgb('#034e7b')).toBeUndefined();
    expect(parseRgb('')).toBeUndefined();
  });

  it('computes WCAG luminance and contrast', () => {
    expect(luminance(WHITE)).toBeCloseTo(1, 10);
    expect(luminance(BLACK)).toBe(0);
    expect(contrast(BLACK, WHITE)).toBeCloseTo(21, 10);
    // Known pairs: #767676 on white is the classic 4.54:1.
    expect(contrast([0x76, 0x76, 0x76], WHITE)).toBeCloseTo(4.54, 2);
    expect(contrast(WHITE, [0x76, 0x76, 0x76])).toBe(contrast([0x76, 0x76, 0x76], WHITE));
  });

  it('picks the ink with more contrast, so every opaque colour gets at least 4.5:1', () => {
    for (let r = 0; r <= 255; r += 15)
      for (let g = 0; g <= 255; g += 15)
        for (let b = 0; b <= 255; b += 15) {
          const fill: Rgb = [r, g, b];
          const chosen = contrast(ink(fill), fill);
          expect(chosen).toBeGreaterThanOrEqual(4.5);
          expect(chosen).toBeGreaterThanOrEqual(contrast(blackOn(fill) ? WHITE : BLACK, fill) - 1e-12);
        }
  });

  it('gives 4.5:1 on every step of the default palettes', () => {
    for (const colour of [...SEQUENTIAL, ...DIVERGING]) {
      const fill = hex(colour);
      expect(contrast(ink(fill), fill), colour).toBeGreaterThanOrEqual(4.5);
    }
    // The darkest sequential steps take white, the lightest black.
    expect(blackOn(hex(SEQUENTIAL[6]!))).toBe(false);
    expect(blackOn(hex(SEQUENTIAL[0]!))).toBe(true);
  });

  it('switches with a custom palette: white on very dark steps, black on light ones', () => {
    expect(blackOn([20, 20, 40])).toBe(false);
    expect(blackOn([250, 240, 200])).toBe(true);
    // A mid grey just on the light side of the crossover (luminance ≈ 0.179) takes black.
    expect(blackOn([117, 117, 117])).toBe(false);
    expect(blackOn([118, 118, 118])).toBe(true);
  });

  it('draws a focus ring that reaches 3:1 on every class colour and the background, in both themes', () => {
    const [outerWidth, innerWidth] = RING.width;
    // Each band (the inner line, the outer tone on either side of it) at least 2 px wide.
    expect(innerWidth).toBeGreaterThanOrEqual(2);
    expect((outerWidth - innerWidth) / 2).toBeGreaterThanOrEqual(2);
    for (const [theme, background] of [
      ['light', LIGHT_BACKGROUND],
      ['dark', DARK_BACKGROUND],
    ] as const) {
      const [outer, inner] = RING[theme].map(hex) as [Rgb, Rgb];
      // Two tones far enough apart that one of them contrasts with whatever lies beside the ring (C40).
      expect(contrast(outer, inner)).toBeGreaterThanOrEqual(9);
      // Where the ring meets the page, the outer tone is what borders it.
      expect(contrast(outer, hex(background))).toBeGreaterThanOrEqual(3);
      for (const colour of [...SEQUENTIAL, ...DIVERGING, background]) {
        const best = Math.max(contrast(outer, hex(colour)), contrast(inner, hex(colour)));
        expect(best, `${theme} ring on ${colour}`).toBeGreaterThanOrEqual(3);
      }
    }
  });
});
