/**
 * The wheel's geometry: segments as annular sectors around a centre, a square-root radial scale (a
 * segment's area grows in proportion to its value), the comparison outline, and the rim labels. Pure:
 * data and a width in, numbers and path strings out.
 */
import { distanceToBox, estimateTextWidth, separate, wrapText } from './labels.js';
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
  fontSize?: number;
  /** Text width in pixels; defaults to an estimate that is the same in every browser. */
  measure?: Measure;
  /** Largest outer radius. */
  maxRadius?: number;
  /** Lines allowed for a name (the value line comes on top of these). */
  maxLines?: number;
}

export interface SegmentGeometry {
  id: string;
  index: number;
  /** Start and end angles in radians, clockwise from 12 o'clock. */
  startAngle: number;
  endAngle: number;
  midAngle: number;
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
  id: string;
  /** Anchor x for every line. */
  x: number;
  /** Baseline of the first line. */
  y: number;
  anchor: 'start' | 'middle' | 'end';
  lines: string[];
  /** Index of the first value line in `lines`; lines before it are the name. */
  valueStart: number;
  box: Box;
  truncated: boolean;
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
  /** Grid circles for 25, 50, 75 and 100. */
  rings: { value: number; radius: number }[];
  /** The comparison outline as one path (arcs joined by radial steps); empty when there is none. */
  comparePath: string;
  /** True when some label had to be abbreviated even at the smallest wheel. */
  truncated: boolean;
}

const MARGIN = 4;
const GAP = 8;
const PAD = 2;
const TAU = Math.PI * 2;

const round = (n: number) => Math.round(n * 100) / 100;

/** The square-root radial scale: the area between the centre circle and r grows linearly with the value. */
export function radialScale(innerRadius: number, outerRadius: number): (value: number) => number {
  const r0 = innerRadius * innerRadius;
  const span = outerRadius * outerRadius - r0;
  return (value) => Math.sqrt(r0 + (Math.min(100, Math.max(0, value)) / 100) * span);
}

function point(cx: number, cy: number, r: number, angle: number): [number, number] {
  return [round(cx + r * Math.sin(angle)), round(cy - r * Math.cos(angle))];
}

/** An arc from a0 to a1 (clockwise when sweep is 1), split so that no piece spans more than half a turn. */
function arcTo(cx: number, cy: number, r: number, a0: number, a1: number): string {
  const sweep = a1 >= a0 ? 1 : 0;
  const span = Math.abs(a1 - a0);
  const pieces = span > Math.PI * 0.999 ? 2 : 1;
  let out = '';
  for (let k = 1; k <= pieces; k++) {
    const a = a0 + ((a1 - a0) * k) / pieces;
    const [x, y] = point(cx, cy, r, a);
    out += `A${round(r)},${round(r)} 0 0 ${sweep} ${x},${y}`;
  }
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
  pad = PAD,
): string {
  const full = a1 - a0 >= TAU - 1e-9;
  const inset = (r: number) => (full || r <= pad ? 0 : Math.asin(Math.min(1, pad / 2 / r)));
  let o0 = a0 + inset(r1);
  let o1 = a1 - inset(r1);
  if (o1 < o0) o0 = o1 = (a0 + a1) / 2;
  let i0 = a0 + inset(r0);
  let i1 = a1 - inset(r0);
  if (i1 < i0) i0 = i1 = (a0 + a1) / 2;
  const [ox, oy] = point(cx, cy, r1, o0);
  let d = `M${ox},${oy}${arcTo(cx, cy, r1, o0, o1)}`;
  if (r0 > 0) {
    const [ix, iy] = point(cx, cy, r0, i1);
    d += `L${ix},${iy}${arcTo(cx, cy, r0, i1, i0)}`;
  } else d += `L${round(cx)},${round(cy)}`;
  return `${d}Z`;
}

/** The comparison outline: an arc at each dimension's comparison, joined by radial steps between neighbours. */
export function compareOutline(
  cx: number,
  cy: number,
  radii: readonly (number | undefined)[],
  angles: readonly { startAngle: number; endAngle: number }[],
): string {
  const n = radii.length;
  if (n === 0 || radii.every((r) => r === undefined)) return '';
  let d = '';
  let open = false;
  // Start after a gap when there is one, so joined runs stay in one piece.
  const firstGap = radii.findIndex((r) => r === undefined);
  const start = firstGap === -1 ? 0 : (firstGap + 1) % n;
  for (let k = 0; k < n; k++) {
    const i = (start + k) % n;
    const r = radii[i];
    const { startAngle, endAngle } = angles[i]!;
    if (r === undefined) {
      open = false;
      continue;
    }
    const [x0, y0] = point(cx, cy, r, startAngle);
    d += open ? `L${x0},${y0}` : `M${x0},${y0}`;
    d += arcTo(cx, cy, r, startAngle, endAngle);
    open = true;
  }
  if (firstGap === -1) d += 'Z';
  return d;
}

interface Placed {
  labels: LabelGeometry[];
  truncated: boolean;
  fits: boolean;
}

/** Places the rim labels for an outer radius; `fits` is false when anything had to be cut or collides. */
export function placeLabels(
  segments: readonly SegmentInput[],
  angles: readonly number[],
  width: number,
  cx: number,
  cy: number,
  radius: number,
  fontSize: number,
  measure: Measure,
  maxLines: number,
  hyphenate = true,
  probe = false,
): Placed {
  const lineHeight = Math.round(fontSize * 1.25);
  const rho = radius + GAP;
  let truncated = false;
  const labels = segments.map((segment, i): LabelGeometry => {
    const angle = angles[i]!;
    const sin = Math.sin(angle);
    const cos = Math.cos(angle);
    const ax = cx + rho * sin;
    const ay = cy - rho * cos;
    const anchor: LabelGeometry['anchor'] = sin > 0.3 ? 'start' : sin < -0.3 ? 'end' : 'middle';
    const available = Math.max(
      fontSize,
      anchor === 'start'
        ? width - MARGIN - ax
        : anchor === 'end'
          ? ax - MARGIN
          : 2 * Math.min(ax - MARGIN, width - MARGIN - ax),
    );
    const name = wrapText(segment.label, available, measure, maxLines, false, hyphenate, probe);
    const value = wrapText(segment.valueText, available, measure, 2, true, true, probe);
    truncated ||= name.truncated || value.truncated;
    const lines = [...name.lines, ...value.lines];
    const textWidth = Math.max(
      ...name.lines.map((l) => measure(l, false)),
      ...value.lines.map((l) => measure(l, true)),
    );
    const height = lines.length * lineHeight;
    // Above the anchor at 12 o'clock, centred at 3 and 9, below at 6, and smoothly in between.
    const top = ay - (height / 2) * (1 + cos);
    const x = anchor === 'start' ? ax : anchor === 'end' ? ax - textWidth : ax - textWidth / 2;
    return {
      id: segment.id,
      x: ax,
      y: top,
      anchor,
      lines,
      valueStart: name.lines.length,
      box: { x, y: top, width: textWidth, height },
      truncated: name.truncated || value.truncated,
    };
  });
  const boxes = labels.map((l) => l.box);
  const separated = separate(boxes, 2);
  const clear = boxes.every((b) => distanceToBox(b, cx, cy) >= radius + 2);
  for (const label of labels) label.y = label.box.y;
  return { labels, truncated, fits: separated && clear && !truncated };
}

/** Lays out the whole wheel for a width: the largest wheel whose labels fit without being cut. */
export function layoutWheel(segments: readonly SegmentInput[], options: LayoutOptions): WheelLayout {
  const width = Math.max(120, options.width);
  const fontSize = options.fontSize ?? (width < 420 ? 13 : 14);
  const widths = new Map<string, number>();
  const measure: Measure =
    options.measure ??
    ((text, bold) => {
      const key = bold ? `b${text}` : `n${text}`;
      let w = widths.get(key);
      if (w === undefined) widths.set(key, (w = estimateTextWidth(text, fontSize, bold) * 1.04));
      return w;
    });
  const maxLines = options.maxLines ?? 3;
  const n = Math.max(1, segments.length);
  const step = TAU / n;
  const angles = segments.map((_, i) => ({
    startAngle: i * step,
    endAngle: (i + 1) * step,
    mid: (i + 0.5) * step,
  }));
  const mids = angles.map((a) => a.mid);
  const cx = width / 2;
  const maxRadius = Math.min(options.maxRadius ?? 190, width / 2 - MARGIN - GAP);
  const minRadius = Math.min(maxRadius, Math.max(40, width * 0.18));

  // Three ways to fit the names: whole words on at most two lines, hyphenated words on two lines, and up
  // to `maxLines` lines. Each gets its largest wheel; a plainer way wins unless it costs more than 15 % of
  // the radius. Abbreviation only when nothing fits even at the smallest wheel.
  const passes: [number, boolean][] = [
    [Math.min(2, maxLines), false],
    [Math.min(2, maxLines), true],
    [maxLines, true],
  ];
  const fitsAt = (r: number, lines: number, hyphenate: boolean) =>
    placeLabels(segments, mids, width, cx, 0, r, fontSize, measure, lines, hyphenate, true).fits;
  const best = passes.map(([lines, hyphenate]) => {
    // Coarse steps down from the largest wheel, then back up in fine steps to the largest that fits.
    let found: number | undefined;
    for (let r = maxRadius; r >= minRadius; r -= 8) {
      if (fitsAt(r, lines, hyphenate)) {
        found = r;
        break;
      }
    }
    if (found === undefined) return undefined;
    for (let r = Math.min(maxRadius, found + 6); r > found; r -= 2) {
      if (fitsAt(r, lines, hyphenate)) {
        found = r;
        break;
      }
    }
    return {
      placed: placeLabels(segments, mids, width, cx, 0, found, fontSize, measure, lines, hyphenate),
      radius: found,
    };
  });
  let chosen = best[best.length - 1];
  for (let i = best.length - 2; i >= 0; i--) {
    const plain = best[i];
    if (plain && (!chosen || plain.radius >= 0.85 * chosen.radius)) chosen = plain;
  }
  let placed: Placed;
  let radius: number;
  if (chosen) {
    placed = chosen.placed;
    radius = chosen.radius;
  } else {
    radius = minRadius;
    placed = placeLabels(segments, mids, width, cx, 0, radius, fontSize, measure, maxLines);
  }

  // Vertical extent: the wheel and every label; shift so that the top is at the margin.
  let top = -radius;
  let bottom = radius;
  for (const label of placed.labels) {
    top = Math.min(top, label.box.y);
    bottom = Math.max(bottom, label.box.y + label.box.height);
  }
  const dy = MARGIN - top;
  const cy = round(dy);
  const lineHeight = Math.round(fontSize * 1.25);
  const labels = placed.labels.map((label) => ({
    ...label,
    x: round(label.x),
    // First baseline: a line box's baseline sits at about 0.8 of the line height.
    y: round(label.y + dy + lineHeight * 0.78),
    box: { ...label.box, x: round(label.box.x), y: round(label.box.y + dy), width: round(label.box.width) },
  }));

  const innerRadius = Math.max(12, Math.round(radius * 0.17));
  const scale = radialScale(innerRadius, radius);
  const segs = segments.map((segment, i): SegmentGeometry => {
    const { startAngle, endAngle, mid } = angles[i]!;
    const geometry: SegmentGeometry = {
      id: segment.id,
      index: i,
      startAngle,
      endAngle,
      midAngle: mid,
      path: '',
      track: annularSector(cx, cy, innerRadius, radius, startAngle, endAngle),
    };
    if (segment.level !== undefined) {
      const r = scale(segment.level);
      geometry.radius = round(r);
      if (r - innerRadius > 0.25) geometry.path = annularSector(cx, cy, innerRadius, r, startAngle, endAngle);
    }
    if (segment.compare !== undefined) geometry.compareRadius = round(scale(segment.compare));
    return geometry;
  });
  const comparePath = compareOutline(
    cx,
    cy,
    segs.map((s) => s.compareRadius),
    angles,
  );
  return {
    width: round(width),
    height: Math.ceil(bottom + dy + MARGIN),
    cx: round(cx),
    cy,
    innerRadius,
    outerRadius: radius,
    fontSize,
    lineHeight,
    segments: segs,
    labels,
    rings: [25, 50, 75, 100].map((value) => ({ value, radius: round(scale(value)) })),
    comparePath,
    truncated: placed.truncated,
  };
}
