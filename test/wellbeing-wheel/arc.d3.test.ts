/**
 * The wheel's radial scale and sectors (wellbeing-wheel/layout.ts) against d3: `radialScale` is d3-scale's
 * `scaleRadial().domain([0, 100]).clamp(true)`, `annularSector` is d3-shape's `arc()` with a pad of
 * `pad` px between neighbours (`padRadius(r1).padAngle(2·asin(pad / 2r1))`: d3 insets each side by
 * padRadius · sin(padAngle / 2) = pad / 2 px at every radius, as ours does).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scaleRadial } from 'd3-scale';
import { arc } from 'd3-shape';
import { annularSector, radialScale } from '../../src/components/wellbeing-wheel/layout.js';

const TAU = 2 * Math.PI;
const round = (n: number) => Math.round(n * 100) / 100;

describe('radialScale against d3-scale’s scaleRadial', () => {
  it('gives the same radius for any value, clamped to 0–100', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 500, noNaN: true }),
        fc.double({ min: 0, max: 500, noNaN: true }),
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        (a, b, v) => {
          const [r0, r1] = a < b ? [a, b] : [b, a];
          const d3 = scaleRadial().domain([0, 100]).range([r0, r1]).clamp(true);
          const ours = radialScale(r0, r1)(v);
          expect(Math.abs(ours - d3(v))).toBeLessThanOrEqual(1e-6 * Math.max(1, r1));
        },
      ),
      { numRuns: 1000 },
    );
  });
});

interface Segment {
  cmd: 'M' | 'L' | 'A' | 'Z';
  x: number;
  y: number;
  /** Arcs: radius, large-arc and sweep flags. */
  r?: number;
  large?: number;
  sweep?: number;
}

/** A path of M, L, A and Z as segments with absolute end points. */
function segments(d: string): Segment[] {
  const out: Segment[] = [];
  for (const [, cmd, args] of d.matchAll(/([MLAZ])([^MLAZ]*)/g)) {
    const n = (args!.match(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g) ?? []).map(Number);
    if (cmd === 'Z') out.push({ cmd, x: NaN, y: NaN });
    else if (cmd === 'A') out.push({ cmd, r: n[0]!, large: n[3]!, sweep: n[4]!, x: n[5]!, y: n[6]! });
    else out.push({ cmd: cmd as 'M' | 'L', x: n[0]!, y: n[1]! });
  }
  return out;
}

/**
 * Normalises the ways ours and d3 write the same outline differently, on purpose:
 * - ours splits an arc of more than half a turn into two (large-arc flag always 0), d3 writes one arc with
 *   the large-arc flag (or, for a whole circle, two): consecutive arcs of one radius and sweep are merged
 *   (the flag then follows from the end points, so it is left out);
 * - where the sector is too thin at a radius, d3 moves or draws a line to the middle, ours an arc of length
 *   zero there: small arcs that end where they start are dropped first (a large one that does is a
 *   whole turn, and stays).
 */
function normalise(list: Segment[]): Segment[] {
  const out: Segment[] = [];
  let at: Segment | undefined;
  for (const s of list) {
    if (s.cmd === 'A' && !s.large && at && Math.abs(s.x - at.x) < 1e-9 && Math.abs(s.y - at.y) < 1e-9)
      continue;
    const prev = out.at(-1);
    if (s.cmd === 'A' && prev?.cmd === 'A' && prev.r === s.r && prev.sweep === s.sweep) out.pop();
    out.push(s);
    if (s.cmd !== 'Z') at = s;
  }
  return out;
}

function sameOutline(ours: string, theirs: string): void {
  const a = normalise(segments(ours));
  const b = normalise(segments(theirs));
  expect(a.map((s) => s.cmd).join('')).toBe(b.map((s) => s.cmd).join(''));
  a.forEach((s, i) => {
    const t = b[i]!;
    // The large-arc flag is left out: ours splits what d3 marks large.
    for (const k of ['x', 'y', 'r', 'sweep'] as const) {
      if (s[k] === undefined || Number.isNaN(s[k])) continue;
      expect(Math.abs(s[k] - t[k]!)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(t[k]!)));
    }
  });
}

/**
 * d3's arc is centred on the origin and its numbers are not rounded; ours adds the centre first and rounds
 * to hundredths (as the chart draws them): d3's end points are shifted by the centre and rounded alike.
 */
function d3Sector(
  cx: number,
  cy: number,
  r0: number,
  r1: number,
  a0: number,
  a1: number,
  pad: number,
): string {
  const d = arc()
    .innerRadius(r0)
    .outerRadius(r1)
    .startAngle(a0)
    .endAngle(a1)
    .padRadius(r1)
    .padAngle(2 * Math.asin(Math.min(1, pad / 2 / r1)))
    // d3 rounds to three decimals by default: unrounded, so that only ours is rounded once.
    .digits(null)({} as never)!;
  return segments(d)
    .map((s) =>
      s.cmd === 'Z'
        ? 'Z'
        : s.cmd === 'A'
          ? `A${round(s.r!)},${round(s.r!)} 0 ${s.large} ${s.sweep} ${round(cx + s.x)},${round(cy + s.y)}`
          : `${s.cmd}${round(cx + s.x)},${round(cy + s.y)}`,
    )
    .join('');
}

describe('annularSector against d3-shape’s arc', () => {
  const centre = fc.integer({ min: -500, max: 500 });
  const pad = fc.double({ min: 0, max: 6, noNaN: true });

  it('draws the same padded sector for any radii and angles', () => {
    fc.assert(
      fc.property(
        centre,
        centre,
        fc.double({ min: 0.5, max: 400, noNaN: true }),
        fc.double({ min: 0.5, max: 400, noNaN: true }),
        fc.double({ min: 0, max: TAU, noNaN: true }),
        fc.double({ min: 0.001, max: TAU - 0.001, noNaN: true }),
        pad,
        fc.boolean(),
        (cx, cy, inner, thickness, a0, span, p, solid) => {
          // Ours leaves a radius of at most `pad` uninset where d3 would inset it by asin(pad / 2r), up to a
          // quarter turn; the wheel's radii are 12 px and more, its pad 2 px: inner radii are 0 (solid) or
          // above the pad, and so is the outer one. Radii of half a pixel and more, so that rounding to
          // hundredths does not shrink half a turn to a point.
          const r0 = solid ? 0 : p + inner;
          const r1 = Math.max(r0, p) + thickness;
          const ours = annularSector(cx, cy, r0, r1, a0, a0 + span, p);
          sameOutline(ours, d3Sector(cx, cy, r0, r1, a0, a0 + span, p));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('draws a whole ring as d3 does, but joined by a seam', () => {
    // A whole turn: d3 draws the outer circle, then moves to the inner one; ours draws one outline, with a
    // line from the outer circle to the inner one (same fill under the nonzero rule). Normalised: that L
    // is read as an M.
    fc.assert(
      fc.property(
        centre,
        centre,
        fc.double({ min: 0.1, max: 400, noNaN: true }),
        fc.double({ min: 0.5, max: 400, noNaN: true }),
        fc.double({ min: 0, max: TAU, noNaN: true }),
        pad,
        (cx, cy, inner, thickness, a0, p) => {
          const r0 = p + inner;
          const r1 = r0 + thickness;
          const ours = annularSector(cx, cy, r0, r1, a0, a0 + TAU, p);
          const seam = ours.lastIndexOf('L');
          sameOutline(
            `${ours.slice(0, seam)}M${ours.slice(seam + 1)}`,
            d3Sector(cx, cy, r0, r1, a0, a0 + TAU, p),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
