import { describe, expect, it } from 'vitest';
import {
  annularSector,
  compareOutline,
  layoutWheel,
  radialScale,
} from '../../src/components/wellbeing-wheel/layout.js';
import type { SegmentInput } from '../../src/components/wellbeing-wheel/layout.js';
import { distanceToBox, overlaps } from '../../src/components/wellbeing-wheel/labels.js';
import { textWidth } from '../../src/core/text-width.js';

const SV = ['Trygg', 'Må bra', 'Utvecklas', 'Omvårdad', 'Aktiv', 'Respekterad', 'Ansvarstagande', 'Delaktig'];
const EN = ['Safe', 'Healthy', 'Achieving', 'Nurtured', 'Active', 'Respected', 'Responsible', 'Included'];

function segments(names: string[], levels: (number | undefined)[] = []): SegmentInput[] {
  return names.map((label, i) => ({
    id: `d${i}`,
    label,
    valueText:
      levels[i] === undefined && levels.length ? 'inga indikatorer' : String(levels[i] ?? 50 + i * 5),
    level: levels.length ? levels[i] : 50 + i * 5,
    compare: 55,
  }));
}

describe('radialScale', () => {
  it('keeps area honest: the annulus area grows linearly with the value', () => {
    const r = radialScale(20, 120);
    const area = (v: number) => Math.PI * (r(v) ** 2 - 20 ** 2);
    expect(r(0)).toBeCloseTo(20);
    expect(r(100)).toBeCloseTo(120);
    expect(area(50) / area(100)).toBeCloseTo(0.5);
    expect(area(25) / area(100)).toBeCloseTo(0.25);
  });
  it('clamps to 0–100', () => {
    const r = radialScale(10, 100);
    expect(r(-20)).toBeCloseTo(10);
    expect(r(140)).toBeCloseTo(100);
  });
});

describe('annularSector', () => {
  it('draws a closed annular sector with arcs', () => {
    const d = annularSector(100, 100, 20, 80, 0, Math.PI / 2, 0);
    expect(d).toBe('M100,20A80,80 0 0 1 180,100L120,100A20,20 0 0 0 100,80Z');
  });
  it('splits a full turn into two arcs', () => {
    const d = annularSector(0, 0, 0, 50, 0, Math.PI * 2);
    expect(d.match(/A/g)).toHaveLength(2);
  });
  it('leaves a gap of constant width between neighbours', () => {
    const d = annularSector(0, 0, 20, 80, 0, Math.PI / 2, 4);
    // The first point lies 2 px right of the vertical axis on the outer circle.
    const [x] = d.slice(1).split(/[A,]/).map(Number);
    expect(x).toBeCloseTo(2, 1);
  });
});

describe('compareOutline', () => {
  const angles = [0, 1, 2, 3].map((i) => ({
    startAngle: (i * Math.PI) / 2,
    endAngle: ((i + 1) * Math.PI) / 2,
  }));
  it('is one closed path when every dimension has a comparison', () => {
    const d = compareOutline(0, 0, [10, 20, 30, 40], angles);
    expect(d.match(/M/g)).toHaveLength(1);
    expect(d.endsWith('Z')).toBe(true);
  });
  it('breaks where a comparison is missing', () => {
    const d = compareOutline(0, 0, [10, undefined, 30, 40], angles);
    expect(d.match(/M/g)).toHaveLength(1);
    expect(d.endsWith('Z')).toBe(false);
    expect(compareOutline(0, 0, [10, undefined, 30, undefined], angles).match(/M/g)).toHaveLength(2);
  });
  it('is empty without comparisons', () => {
    expect(compareOutline(0, 0, [undefined, undefined], angles.slice(0, 2))).toBe('');
  });
});

describe('layoutWheel', () => {
  for (const width of [300, 320, 400, 560]) {
    for (const [lang, names] of [
      ['sv', SV],
      ['en', EN],
    ] as const) {
      it(`keeps every label inside ${width} px, clear of the wheel and of each other (${lang})`, () => {
        const layout = layoutWheel(segments(names), { width });
        const measure = (s: string, bold: boolean) => textWidth(s, layout.fontSize, bold);
        expect(layout.truncated).toBe(false);
        for (const label of layout.labels) {
          expect(label.box.x).toBeGreaterThanOrEqual(0);
          expect(label.box.x + label.box.width).toBeLessThanOrEqual(width);
          expect(label.box.y).toBeGreaterThanOrEqual(0);
          expect(label.box.y + label.box.height).toBeLessThanOrEqual(layout.height);
          expect(distanceToBox(label.box, layout.cx, layout.cy)).toBeGreaterThanOrEqual(layout.outerRadius);
          for (const line of label.lines)
            expect(measure(line, false)).toBeLessThanOrEqual(label.box.width + 0.5);
        }
        layout.labels.forEach((a, i) =>
          layout.labels.forEach((b, j) => {
            if (j > i)
              expect(overlaps(a.box, b.box), `${a.lines.join(' ')} / ${b.lines.join(' ')}`).toBe(false);
          }),
        );
        // Readable at 300 px: the wheel is not squeezed to nothing.
        expect(layout.outerRadius).toBeGreaterThanOrEqual(width * 0.25);
      });
    }
  }

  it('places labels on the right half anchored at the start, on the left at the end', () => {
    const layout = layoutWheel(segments(SV), { width: 400 });
    for (const label of layout.labels.slice(0, 4)) expect(label.anchor).toBe('start');
    for (const label of layout.labels.slice(4)) expect(label.anchor).toBe('end');
  });

  it('hyphenates long names instead of cutting them at narrow widths', () => {
    const layout = layoutWheel(segments(SV), { width: 300 });
    const text = layout.labels.map((l) => l.lines.slice(0, l.valueStart).join('|'));
    expect(text).toContain('Ansvars-|tagande');
    expect(layout.labels.every((l) => !l.lines.join('').includes('…'))).toBe(true);
  });

  it('keeps whole words when there is room', () => {
    const layout = layoutWheel(segments(SV), { width: 560 });
    expect(layout.labels.map((l) => l.lines[0])).toEqual(SV);
  });

  it('abbreviates as a last resort, and says so', () => {
    const long = SV.map((s) => `${s} ${'Mycketlångtordutannågonmöjlighetattbrytas'}`);
    const layout = layoutWheel(segments(long), { width: 200 });
    expect(layout.truncated).toBe(true);
    for (const label of layout.labels) expect(label.box.x + label.box.width).toBeLessThanOrEqual(200);
  });

  it('draws no level path for 0 or an unknown level but keeps the track', () => {
    const layout = layoutWheel(segments(SV, [0, undefined, 100, 50, 50, 50, 50, 50]), { width: 400 });
    expect(layout.segments[0]!.path).toBe('');
    expect(layout.segments[1]!.path).toBe('');
    expect(layout.segments[1]!.radius).toBeUndefined();
    expect(layout.segments[1]!.track).toMatch(/^M/);
    expect(layout.segments[2]!.radius).toBeCloseTo(layout.outerRadius);
  });

  it('handles subsets: one, three and five dimensions', () => {
    for (const n of [1, 3, 5]) {
      const layout = layoutWheel(segments(SV.slice(0, n)), { width: 320 });
      expect(layout.segments).toHaveLength(n);
      expect(layout.truncated).toBe(false);
      if (n === 1) expect(layout.labels[0]!.anchor).toBe('middle');
    }
  });

  it('grows with its container up to a cap', () => {
    const a = layoutWheel(segments(SV), { width: 320 });
    const b = layoutWheel(segments(SV), { width: 1100 });
    const c = layoutWheel(segments(SV), { width: 2000 });
    expect(b.outerRadius).toBeGreaterThan(a.outerRadius);
    expect(c.outerRadius).toBe(b.outerRadius);
  });
});
