import { describe, expect, it } from 'vitest';
import { abbreviate, breakPoints, separate, wrapText } from '../../src/components/wellbeing-wheel/labels.js';
import { textWidth } from '../../src/core/text-width.js';

const measure = (s: string, bold: boolean) => textWidth(s, 13, bold);

describe('breakPoints', () => {
  it('breaks Swedish and English compounds before a syllable onset', () => {
    const split = (w: string, at: number) => `${w.slice(0, at)}-${w.slice(at)}`;
    expect(breakPoints('Ansvarstagande').map((p) => split('Ansvarstagande', p.at))).toContain(
      'Ansvars-tagande',
    );
    expect(breakPoints('Respekterad').map((p) => split('Respekterad', p.at))).toContain('Respek-terad');
    expect(breakPoints('Responsible').map((p) => split('Responsible', p.at))).toContain('Respon-sible');
  });
  it('prefers soft hyphens and existing hyphens', () => {
    expect(breakPoints('Ansvars\u00adtagande')).toEqual([{ at: 7, hyphen: true }]);
    expect(breakPoints('barn-och-unga')).toEqual([
      { at: 5, hyphen: false },
      { at: 9, hyphen: false },
    ]);
  });
  it('never leaves fewer than three letters on a side', () => {
    for (const p of breakPoints('Omvårdad')) {
      expect(p.at).toBeGreaterThanOrEqual(3);
      expect('Omvårdad'.length - p.at).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('wrapText', () => {
  it('keeps text on one line when it fits', () => {
    expect(wrapText('Må bra', 200, measure)).toEqual({ lines: ['Må bra'], truncated: false });
  });
  it('wraps at spaces', () => {
    const r = wrapText('inga indikatorer', 80, measure);
    expect(r.lines).toEqual(['inga', 'indikatorer']);
  });
  it('hyphenates a word that is too wide, and not when told not to', () => {
    expect(wrapText('Ansvarstagande', 60, measure).lines).toEqual(['Ansvars-', 'tagande']);
    const plain = wrapText('Ansvarstagande', 60, measure, 3, false, false);
    expect(plain.truncated).toBe(true);
  });
  it('abbreviates when lines run out', () => {
    const r = wrapText('ett två tre fyra fem sex', 30, measure, 2);
    expect(r.lines).toHaveLength(2);
    expect(r.lines[1]!.endsWith('…')).toBe(true);
    expect(r.truncated).toBe(true);
  });
  it('never returns a line wider than allowed', () => {
    for (const width of [20, 40, 60, 90]) {
      for (const line of wrapText('Respekterad Ansvarstagande Delaktig', width, measure).lines) {
        expect(measure(line, false)).toBeLessThanOrEqual(width);
      }
    }
  });
});

describe('abbreviate', () => {
  it('cuts with an ellipsis', () => {
    const a = abbreviate('Ansvarstagande', 50, measure);
    expect(a.endsWith('…')).toBe(true);
    expect(measure(a, false)).toBeLessThanOrEqual(50);
  });
});

describe('separate', () => {
  it('pushes overlapping boxes apart vertically', () => {
    const boxes = [
      { x: 0, y: 0, width: 50, height: 20 },
      { x: 10, y: 10, width: 50, height: 20 },
    ];
    expect(separate(boxes, 2)).toBe(true);
    expect(boxes[0]!.y + boxes[0]!.height + 2).toBeLessThanOrEqual(boxes[1]!.y + 1e-9);
  });
});
