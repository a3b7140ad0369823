/**
 * The wheel's geometry: segments as annular sectors around a centre, a square-root radial scale (a
 * segment's area grows in proportion to its value), the comparison outline, and the rim labels. Pure:
 * data and a width in, numbers and path strings out.
 */
import { textWidth } from '../../core/text-width.js';
import { distanceToBox, separate, wrapText } from './labels.js';
import type { Box, Measure } from './labels.js';

export interface SegmentInput {
  id: string;
  /** The dimension's name. */
  label: string;
  /** The value line under the name ("72", "inga indikatorer"). */
  valueText: string;
  /** 0–100, or undefined when there is nothing to draw. */
  level?: number | undefined;
  /** The comparison's level, 0–100. */
  compare?: number | undefined;
}

export interface LayoutOptions {
  /** Width available in pixels. */
  width: number;
}

export interface SegmentGeometry {
  /** The filled part, from the centre out to the level; empty string when the level is 0 or unknown. */
  path: string;
  /** The full extent (0–100), drawn as the track, the hit area and the focus ring. */
  track: string;
  /** Radius of the level's outer edge. */
  radius?: number;
  /** Radius of the comparison. */
  compareRadius?: number;
}

export interface LabelGeometry {
  /** Anchor x for every line. */
  x: number;
  /** Baseline of the first line. */
  y: number;
  anchor: 'start' | 'middle' | 'end';
  lines: string[];
  /** Index of the first value line in `lines`; lines before it are the name. */
  valueStart: number;
  box: Box;
}

export interface WheelLayout {
  width: number;
  height: number;
  cx: number;
  cy: number;
  innerRadius: number;
  outerRadius: number;
  fontSize: number;
  lineHeight: number;
  segments: SegmentGeometry[];
  labels: LabelGeometry[];
  /** Radii of the grid circles for 25, 50, 75 and 100. */
  rings: number[];
  /** The comparison outline as one path (arcs joined by radial steps); empty when there is none. */
  comparePath: string;
  /** True when some label had to be abbreviated even at the smallest wheel. */
  truncated: boolean;
}

const MARGIN = 4;
const GAP = 8;
const TAU = Math.PI * 2;

const round = (n: number) => Math.round(n * 100) / 100;

/** The square-root radial scale: the area between the centre circle and r grows linearly with the value. */
export function radialScale(innerRadius: number, outerRadius: number): (value: number) => number {
  const r0 = innerRadius * innerRadius;
  return (value) => Math.sqrt(r0 + (Math.min(100, Math.max(0, value)) / 100) * (outerRadius ** 2 - r0));
}

const point = (cx: number, cy: number, r: number, a: number) =>
  `${round(cx + r * Math.sin(a))},${round(cy - r * Math.cos(a))}`;

/** An arc from a0 to a1 (clockwise when a1 > a0), split so that no piece spans more than half a turn. */
function arcTo(cx: number, cy: number, r: number, a0: number, a1: number): string {
  const pieces = Math.abs(a1 - a0) > Math.PI * 0.999 ? 2 : 1;
  let out = '';
  for (let k = 1; k <= pieces; k++)
    out += `A${round(r)},${round(r)} 0 0 ${a1 >= a0 ? 1 : 0} ${point(cx, cy, r, a0 + ((a1 - a0) * k) / pieces)}`;
  return out;
}

/**
 * An annular sector between radii r0 and r1 and angles a0 to a1, with a gap of `pad` pixels on each side
 * that has parallel edges (the same width at every radius).
 */
export function annularSector(
  cx: number,
  cy: number,
  r0: number,
  r1: number,
  a0: number,
  a1: number,
  pad = 2,
): string {
  const full = a1 - a0 >= TAU - 1e-9;
  /** The angles at radius r, inset by half the pad (meeting in the middle when the sector is too thin). */
  const at = (r: number) => {
    const inset = full || r <= pad ? 0 : Math.asin(Math.min(1, pad / 2 / r));
    return a1 - a0 > 2 * inset ? [a0 + inset, a1 - inset] : [(a0 + a1) / 2, (a0 + a1) / 2];
  };
  const [o0, o1] = at(r1) as [number, number];
  const [i0, i1] = at(r0) as [number, number];
  const inner = r0 > 0 ? `${point(cx, cy, r0, i1)}${arcTo(cx, cy, r0, i1, i0)}` : `${round(cx)},${round(cy)}`;
  return `M${point(cx, cy, r1, o0)}${arcTo(cx, cy, r1, o0, o1)}L${inner}Z`;
}

/** The comparison outline: an arc at each dimension's comparison, joined by radial steps between neighbours. */
export function compareOutline(
  cx: number,
  cy: number,
  radii: readonly (number | undefined)[],
  angles: readonly { startAngle: number; endAngle: number }[],
): string {
  const n = radii.length;
  // Start after a gap when there is one, so joined runs stay in one piece.
  const gap = radii.indexOf(undefined);
  let d = '';
  let open = false;
  for (let k = 0; k < n; k++) {
    const i = (gap + 1 + k) % n;
    const r = radii[i];
    const { startAngle, endAngle } = angles[i]!;
    if (r !== undefined)
      d += `${open ? 'L' : 'M'}${point(cx, cy, r, startAngle)}${arcTo(cx, cy, r, startAngle, endAngle)}`;
    open = r !== undefined;
  }
  return d && gap < 0 ? `${d}Z` : d;
}

interface Placed {
  labels: LabelGeometry[];
  truncated: boolean;
  fits: boolean;
}

/**
 * Places the rim labels around a wheel of `radius` centred at (cx, 0): wrapped to the room beside them,
 * pushed apart where they collide. `fits` is false when anything had to be cut, collides or covers the wheel.
 */
export function placeLabels(
  segments: readonly SegmentInput[],
  width: number,
  radius: number,
  fontSize: number,
  measure: Measure,
  maxLines: number,
  hyphenate: boolean,
): Placed {
  const lineHeight = Math.round(fontSize * 1.25);
  const cx = width / 2;
  const rho = radius + GAP;
  let truncated = false;
  const labels = segments.map((segment, i): LabelGeometry => {
    const angle = ((i + 0.5) * TAU) / segments.length;
    const sin = Math.sin(angle);
    const cos = Math.cos(angle);
    const x = cx + rho * sin;
    const anchor = sin > 0.3 ? 'start' : sin < -0.3 ? 'end' : 'middle';
    const room = Math.max(
      fontSize,
      anchor === 'start'
        ? width - MARGIN - x
        : anchor === 'end'
          ? x - MARGIN
          : 2 * (cx - MARGIN - Math.abs(x - cx)),
    );
    const name = wrapText(segment.label, room, measure, maxLines, false, hyphenate);
    const value = wrapText(segment.valueText, room, measure, 2, true);
    truncated ||= name.truncated || value.truncated;
    const textWidth = Math.max(
      ...name.lines.map((l) => measure(l, false)),
      ...value.lines.map((l) => measure(l, true)),
    );
    const height = (name.lines.length + value.lines.length) * lineHeight;
    // Above the anchor at 12 o'clock, centred at 3 and 9, below at 6, and smoothly in between.
    const y = -rho * cos - (height / 2) * (1 + cos);
    return {
      x,
      y,
      anchor,
      lines: [...name.lines, ...value.lines],
      valueStart: name.lines.length,
      box: {
        x: anchor === 'start' ? x : x - textWidth / (anchor === 'end' ? 1 : 2),
        y,
        width: textWidth,
        height,
      },
    };
  });
  const boxes = labels.map((l) => l.box);
  const fits = !truncated && separate(boxes) && boxes.every((b) => distanceToBox(b, cx, 0) >= radius + 2);
  return { labels, truncated, fits };
}

/** Lays out the whole wheel for a width: the largest wheel whose labels fit without being cut. */
export function layoutWheel(segments: readonly SegmentInput[], options: LayoutOptions): WheelLayout {
  const width = Math.max(120, options.width);
  const fontSize = width < 420 ? 13 : 14;
  const measure: Measure = (text, bold) => textWidth(text, fontSize, bold);
  const maxRadius = Math.min(190, width / 2 - MARGIN - GAP);
  const minRadius = Math.min(maxRadius, Math.max(40, width * 0.18));
  const place = (r: number, lines: number, hyphenate: boolean) =>
    placeLabels(segments, width, r, fontSize, measure, lines, hyphenate);

  /**
   * The largest radius from `lo` up (to 2 px) at which the labels fit, and their placement; halving the
   * range, since labels fit more easily as the wheel shrinks. Zero when they do not fit even at `lo`.
   */
  const largest = (hyphenate: boolean, lo: number): [number, Placed?] => {
    let best = place(maxRadius, 2, hyphenate);
    if (best.fits) return [maxRadius, best];
    best = place(lo, 2, hyphenate);
    if (!best.fits) return [0];
    let hi = maxRadius;
    while (hi - lo > 2) {
      const mid = (lo + hi) / 2;
      const placed = place(mid, 2, hyphenate);
      if (placed.fits) [lo, best] = [mid, placed];
      else hi = mid;
    }
    return [Math.floor(lo), best];
  };
  // Whole words on at most two lines, unless hyphenating gives a wheel more than 15 % larger; three lines
  // and abbreviation only when nothing fits even at the smallest wheel.
  const plain = largest(false, minRadius);
  const hyphenated: [number, Placed?] =
    plain[0] < 0.85 * maxRadius ? largest(true, Math.max(minRadius, plain[0] / 0.85)) : [0];
  const [radius, placed] = hyphenated[0]
    ? hyphenated
    : plain[0]
      ? plain
      : [minRadius, place(minRadius, 3, true)];
  const { labels, truncated } = placed!;

  // Vertical extent: the wheel and every label; shift so that the top is at the margin.
  const cy = round(MARGIN - Math.min(-radius, ...labels.map((l) => l.box.y)));
  const cx = width / 2;
  const lineHeight = Math.round(fontSize * 1.25);
  const innerRadius = Math.max(12, Math.round(radius * 0.17));
  const scale = radialScale(innerRadius, radius);
  const step = TAU / segments.length;
  const angles = segments.map((_, i) => ({ startAngle: i * step, endAngle: (i + 1) * step }));
  const sector = (i: number, r: number) => annularSector(cx, cy, innerRadius, r, i * step, (i + 1) * step);
  const segs = segments.map(({ level, compare }, i): SegmentGeometry => {
    const r = level === undefined ? undefined : scale(level);
    return {
      track: sector(i, radius),
      path: r && r - innerRadius > 0.25 ? sector(i, r) : '',
      radius: r && round(r),
      compareRadius: compare === undefined ? undefined : round(scale(compare)),
    };
  });
  return {
    width: round(width),
    height: Math.ceil(Math.max(radius, ...labels.map((l) => l.box.y + l.box.height)) + cy + MARGIN),
    cx: round(cx),
    cy,
    innerRadius,
    outerRadius: radius,
    fontSize,
    lineHeight,
    segments: segs,
    labels: labels.map((l) => ({
      ...l,
      x: round(l.x),
      // First baseline: a line box's baseline sits at about 0.8 of the line height.
      y: round(l.box.y + cy + lineHeight * 0.78),
      box: { ...l.box, y: l.box.y + cy },
    })),
    rings: [25, 50, 75, 100].map((v) => round(scale(v))),
    comparePath: compareOutline(
      cx,
      cy,
      segs.map((s) => s.compareRadius),
      angles,
    ),
    truncated,
  };
}
