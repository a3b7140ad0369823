import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DARK_BACKGROUND, DARK_PALETTE, LIGHT_BACKGROUND, LIGHT_PALETTE } from '../../src/core/theme.js';
import { VERSION } from '../../src/core/version.js';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('theme', () => {
  it.each([
    ['light', LIGHT_PALETTE, LIGHT_BACKGROUND],
    ['dark', DARK_PALETTE, DARK_BACKGROUND],
  ])('every %s palette colour reaches 3:1 against the background', (_, palette, background) => {
    for (const colour of palette) expect(contrast(colour, background), colour).toBeGreaterThanOrEqual(3);
  });
  it('keeps neighbouring palette colours apart in lightness too, not only hue', () => {
    // Lines are also marked and dashed; this only checks that the palette is not one lightness.
    const l = LIGHT_PALETTE.map(luminance);
    expect(Math.max(...l) - Math.min(...l)).toBeGreaterThan(0.05);
  });
});

describe('package', () => {
  it('reports the version of package.json at run time', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(VERSION).toBe(pkg.version);
  });
});
