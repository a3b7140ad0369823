/**
 * The trend chart's geometry: scales, ticks, line paths with gaps, confidence bands, the goal path and
 * end labels moved apart so they never overlap. Pure: numbers and strings in, numbers and strings out.
 * Text widths are estimated by the core's `textWidth` (no DOM measuring), which keeps layout cheap and
 * identical in every browser. The linear map and the paths are a few lines here rather than d3-scale
 * and d3-shape, whose interpolators, colour parsing and number formats would double the component's
 * size for the one linear map and polyline it needs. Ticks and nice domains are d3-array's own `ticks`, `nice`
 * and `tickIncrement` (about half a kilobyte): a copy of them had drifted and lost d3's guard against
 * floating-point error (0.14 · 100 = 14.000000000000002 made an axis 0.14–0.18 start its ticks at 0.15).
 */

import { nice, tickIncrement, ticks as tickValues } from 'd3-array';
import { textWidth } from '../../core/text-width.js';

export const MARKERS = ['circle', 'square', 'triangle', 'diamond', 'triangle-down', 'plus', 'cross'] as const;
export type MarkerShape = (typeof MARKERS)[number];
/** Dash patterns by style slot; the chosen area (slot 0) is solid. */
export const DASHES = ['', '7 4', '2 3', '10 3 2 3', '4 2', '1 3', '12 4'] as const;
export const GOAL_DASH = '5 4';
export const PALETTE_SIZE = 8;

export interface LayoutSeries {
  values: readonly (number | null)[];
  preliminary?: readonly boolean[];
  ci?: readonly (readonly [number, number] | undefined)[];
  main: boolean;
  slot: number;
  label: string;
}

export interface LayoutInput {
  width: number;
  /** Height of the drawing; by default it follows the width (see `chartHeight`). */
  height?: number;
  periods: readonly string[];
  positions: readonly number[];
  series: readonly LayoutSeries[];
  goal?: { values: readonly (number | undefined)[]; label: string };
  zeroBased: boolean;
  /** Upper limit of the value axis (100 for percentages), never exceeded by nice rounding. */
  max?: number;
  formatTick: (value: number, step: number) => string;
  /** Font size of labels and ticks, px. */
  fontSize?: number;
  /** Below this width, or when end labels do not fit, a legend replaces them. */
  legendBelow?: number;
}

export interface Tick {
  value: number;
  /** Pixel position along the axis. */
  at: number;
  label: string;
  /** Where the text sits and how it is anchored (x ticks only: the ends stay inside the plot). */
  anchor?: 'start' | 'middle' | 'end';
  textAt?: number;
}

export interface PlacedLabel {
  /** Series index, or -1 for the goal. */
  series: number;
  x: number;
  /** Centre of the label block. */
  y: number;
  /** Where the line ends (the label's anchor). */
  anchorY: number;
  lines: string[];
}

export interface Marker {
  period: number;
  x: number;
  y: number;
  hollow: boolean;
}

export interface SeriesGeometry {
  /** One path; missing values leave gaps (separate sub-paths), never a line to zero. */
  d: string;
  band?: string;
  markers: Marker[];
  /** All filled markers of the series as one path, and the hollow (preliminary) ones as another: one
   * element each instead of one per point keeps the DOM small. */
  markerD: string;
  hollowD: string;
  /** Pixel y per period (null where there is no value). */
  ys: (number | null)[];
  shape: MarkerShape;
  dash: string;
  colour: number;
  main: boolean;
}

export interface ChartLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  xs: number[];
  xTicks: Tick[];
  yTicks: Tick[];
  yDomain: [number, number];
  series: SeriesGeometry[];
  goal?: { d: string; ys: (number | null)[] };
  labels: PlacedLabel[];
  /** True when the labels did not fit beside the lines and a legend is shown instead. */
  legend: boolean;
  /** Markers are left out when points are closer than this many pixels (long series). */
  dense: boolean;
  fontSize: number;
}

/** A linear map from a domain to a range. */
export function linear(d0: number, d1: number, r0: number, r1: number): (value: number) => number {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * k;
}

/**
 * A coordinate rounded to two decimals, as text: the same string as `String(Math.round(n * 100) / 100)`,
 * about three times faster (integers print fast; a path of 10 000 points formats 20 000 numbers).
 */
export function r2(n: number): string {
  let k = Math.round(n * 100);
  if (k === 0 || !Number.isFinite(k) || Math.abs(k) >= 2 ** 31) return String(Math.round(n * 100) / 100);
  let sign = '';
  if (k < 0) {
    sign = '-';
    k = -k;
  }
  const whole = (k / 100) | 0;
  const frac = k - whole * 100;
  if (frac === 0) return `${sign}${whole}`;
  if (frac % 10 === 0) return `${sign}${whole}.${frac / 10}`;
  return `${sign}${whole}${frac < 10 ? '.0' : '.'}${frac}`;
}

/** A polyline through the points that have a value; a missing value ends a sub-path (a gap). */
export function linePath(xs: readonly number[], ys: readonly (number | null)[]): string {
  let d = '';
  let pen = false;
  for (let i = 0; i < ys.length; i++) {
    const y = ys[i];
    if (y === null || y === undefined) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${r2(xs[i]!)},${r2(y)}`;
    pen = true;
  }
  return d;
}

/**
 * The same polyline for series with many points per pixel (long series): within each pixel column only
 * the first, lowest, highest and last point are kept, in their order (the "M4" reduction). A stroke drawn
 * through them covers the same pixels as through all points, so the picture does not change, but a path of
 * 10 000 points shrinks to about four per column: cheaper to build, parse and draw. Gaps stay gaps.
 * `column` is the column width in px.
 */
export function densePath(xs: readonly number[], ys: readonly (number | null)[], column = 1): string {
  let d = '';
  let pen = false;
  // The current column's points, as indices: first, lowest (max y), highest (min y), last.
  let col = NaN;
  let first = -1;
  let low = -1;
  let high = -1;
  let last = -1;
  let emitted = -1;
  const emit = (i: number) => {
    if (i === emitted) return;
    emitted = i;
    d += `${pen ? 'L' : 'M'}${r2(xs[i]!)},${r2(ys[i]!)}`;
    pen = true;
  };
  const flush = () => {
    if (first < 0) return;
    // In index order: first ≤ the lowest and highest ≤ last.
    emit(first);
    emit(Math.min(low, high));
    emit(Math.max(low, high));
    emit(last);
    first = -1;
  };
  for (let i = 0; i < ys.length; i++) {
    const y = ys[i];
    if (y === null || y === undefined) {
      flush();
      pen = false;
      continue;
    }
    const c = Math.floor(xs[i]! / column);
    if (c !== col || first < 0) {
      flush();
      col = c;
      first = low = high = last = i;
      continue;
    }
    if (y > ys[low]!) low = i;
    if (y < ys[high]!) high = i;
    last = i;
  }
  flush();
  return d;
}

/** A band from low to high over each run of points that have both (a confidence interval). */
export function bandPath(
  xs: readonly number[],
  lows: readonly (number | null)[],
  highs: readonly (number | null)[],
): string {
  let d = '';
  let i = 0;
  const n = lows.length;
  while (i < n) {
    if (lows[i] === null || highs[i] === null) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < n && lows[j + 1] !== null && highs[j + 1] !== null) j++;
    for (let k = i; k <= j; k++) d += `${k === i ? 'M' : 'L'}${r2(xs[k]!)},${r2(highs[k]!)}`;
    for (let k = j; k >= i; k--) d += `L${r2(xs[k]!)},${r2(lows[k]!)}`;
    d += 'Z';
    i = j + 1;
  }
  return d;
}

/** The drawing's height for a width: wide charts are flatter, phones get enough height to read. */
export function chartHeight(width: number): number {
  return Math.round(Math.min(420, Math.max(260, width * 0.56)));
}

/**
 * Wraps a label into at most `maxLines` lines of at most `maxWidth` px (estimated), breaking at spaces
 * and ending with an ellipsis when it still does not fit.
 */
export function wrapLabel(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines = 2,
  bold = false,
): string[] {
  const width = (s: string) => textWidth(s, fontSize, bold);
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const next = current ? `${current} ${word}` : word;
    if (!current || width(next) <= maxWidth) current = next;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  // The rest joins the last line, to be cut with an ellipsis.
  if (lines.length > maxLines) lines.push(lines.splice(maxLines - 1).join(' '));
  return lines.map((line) => {
    if (width(line) <= maxWidth) return line;
    let out = line;
    while (out.length > 1 && width(`${out}…`) > maxWidth) out = out.slice(0, -1);
    return `${out.trimEnd()}…`;
  });
}

/**
 * Moves label blocks apart along one axis so none overlap, each as close as possible to where it wants
 * to be, all inside [min, max]. Overlapping labels merge into clusters centred on their mean wish
 * (the classic 1-D "dodge"); clusters are then pushed inside the bounds. Returns centres in input order.
 */
export function placeLabels(
  items: readonly { y: number; height: number }[],
  min: number,
  max: number,
  gap = 2,
): number[] {
  const order = items.map((_, i) => i).sort((a, b) => items[a]!.y - items[b]!.y);
  interface Cluster {
    members: number[];
    /** Sum of wished top positions minus offsets, for the mean. */
    wish: number;
    height: number;
    top: number;
  }
  const clusters: Cluster[] = [];
  for (const i of order) {
    const h = items[i]!.height + gap;
    let c: Cluster = { members: [i], wish: items[i]!.y - h / 2, height: h, top: items[i]!.y - h / 2 };
    // Merge backwards while this cluster overlaps the previous one.
    for (;;) {
      const prev = clusters[clusters.length - 1];
      if (!prev || prev.top + prev.height <= c.top) break;
      clusters.pop();
      const n = prev.members.length + c.members.length;
      // Mean of wished tops, each corrected by its offset inside the merged block.
      const wish = prev.wish + (c.wish - prev.height * c.members.length);
      c = { members: [...prev.members, ...c.members], wish, height: prev.height + c.height, top: wish / n };
    }
    clusters.push(c);
  }
  // Keep inside bounds: push down from the top, then up from the bottom.
  let floor = min;
  for (const c of clusters) {
    c.top = Math.max(c.top, floor);
    floor = c.top + c.height;
  }
  let ceiling = max;
  for (let k = clusters.length - 1; k >= 0; k--) {
    const c = clusters[k]!;
    c.top = Math.min(c.top, ceiling - c.height);
    ceiling = c.top;
  }
  const out = new Array<number>(items.length);
  for (const c of clusters) {
    let y = c.top;
    for (const i of c.members) {
      const h = items[i]!.height + gap;
      out[i] = y + h / 2;
      y += h;
    }
  }
  return out;
}

/** Picks which periods get a tick label: evenly spaced, always the latest, never overlapping. */
export function thinTicks(count: number, labelWidth: number, plotWidth: number): number[] {
  const fit = Math.max(1, Math.floor(plotWidth / labelWidth));
  const needed = Math.ceil(count / fit);
  const steps = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000];
  const step = steps.find((s) => s >= needed) ?? needed;
  const out: number[] = [];
  for (let i = count - 1; i >= 0; i -= step) out.push(i);
  return out.reverse();
}

/** The value axis: nice, from zero for shares, never above `max` (100 %) by rounding. */
export function valueDomain(values: Iterable<number>, zeroBased: boolean, max?: number): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (!Number.isFinite(lo)) return [0, max ?? 1];
  if (zeroBased) {
    lo = Math.min(0, lo);
    hi = Math.max(0, hi);
  } else {
    const pad = (hi - lo) * 0.1 || Math.abs(hi) * 0.1 || 1;
    lo -= pad;
    hi += pad;
  }
  if (lo === hi) hi = lo + 1;
  return [lo, hi];
}

/** Four turns of a quarter outline around (0, 0): for the shapes that look the same each way. */
const turns = (quarter: number[]) => {
  const out = [...quarter];
  for (let k = 0; k < 3 * quarter.length; k += 2) out.push(-out[k + 1]!, out[k]!);
  return out;
};

/** Marker outlines at radius 1 as x, y vertices (the circle is drawn with arcs): about the same visual
 * weight each. */
const OUTLINES: Record<Exclude<MarkerShape, 'circle'>, number[]> = {
  square: turns([-0.9, -0.9]),
  triangle: [0, -1.15, 1.1, 0.8, -1.1, 0.8],
  'triangle-down': [0, 1.15, 1.1, -0.8, -1.1, -0.8],
  diamond: [0, -1.25, 1.1, 0, 0, 1.25, -1.1, 0],
  plus: turns([-0.4, -1.2, 0.4, -1.2, 0.4, -0.4]),
  cross: turns([-1.1, -0.75, -0.75, -1.1, 0, -0.35]),
};

/** Per shape and radius: the start's offset from the centre and the rest of the path, relative. */
const outlines = new Map<string, [number, number, string]>();

/** Marker outline as a path: every shape about the same visual weight at radius r. Only the start point
 * depends on the position; the rest is a relative path made once per shape and radius. */
export function markerPath(shape: MarkerShape, x: number, y: number, r: number): string {
  const key = shape + r;
  let outline = outlines.get(key);
  if (!outline) {
    if (shape === 'circle') outline = [-r, 0, `a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`];
    else {
      // Vertices rounded to hundredths first, so the relative steps add up exactly.
      const v = OUTLINES[shape].map((n) => Math.round(n * r * 100));
      let tail = '';
      for (let k = 2; k < v.length; k += 2)
        tail += `l${(v[k]! - v[k - 2]!) / 100},${(v[k + 1]! - v[k - 1]!) / 100}`;
      outline = [v[0]! / 100, v[1]! / 100, `${tail}Z`];
    }
    outlines.set(key, outline);
  }
  return `M${r2(x + outline[0])},${r2(y + outline[1])}${outline[2]}`;
}

export function styleOf(slot: number): { shape: MarkerShape; dash: string; colour: number } {
  return {
    shape: MARKERS[slot % MARKERS.length]!,
    dash: DASHES[slot % DASHES.length]!,
    colour: (slot % PALETTE_SIZE) + 1,
  };
}

const LABEL_GAP = 8;
const LABEL_MARK = 14;
/** Line box of a label: fonts such as DejaVu Sans need about 1.45 em, so labels are spaced by that. */
export const LINE_HEIGHT = 1.45;

export function layoutChart(input: LayoutInput): ChartLayout {
  const fontSize = input.fontSize ?? 13;
  const width = Math.max(200, Math.round(input.width));
  const height = Math.round(input.height ?? chartHeight(width));
  const n = input.periods.length;

  // Value axis domain from values, interval ends and the goal (only the extremes matter).
  let min = Infinity;
  let max = -Infinity;
  const see = (v: number) => {
    if (v < min) min = v;
    if (v > max) max = v;
  };
  for (const s of input.series) {
    for (const v of s.values) if (v !== null) see(v);
    if (s.ci)
      for (const c of s.ci) {
        if (!c) continue;
        see(c[0]);
        see(c[1]);
      }
  }
  if (input.goal) for (const g of input.goal.values) if (g !== undefined) see(g);
  const [lo0, hi0] = valueDomain(min <= max ? [min, max] : [], input.zeroBased, input.max);

  const top = Math.round(fontSize * 2.2);
  const bottom = height - Math.round(fontSize * 2.4);
  const plotHeight = bottom - top;
  const tickCount = Math.max(2, Math.min(8, Math.floor(plotHeight / 48)));
  // The niced extent, so that the first and last ticks are the axis' ends (zero for shares and counts).
  let yDomain = nice(lo0, hi0, tickCount);
  if (input.max !== undefined && yDomain[1] > input.max && hi0 <= input.max)
    yDomain = [yDomain[0], input.max];
  const y = linear(yDomain[0], yDomain[1], bottom, top);
  const ticks = tickValues(yDomain[0], yDomain[1], tickCount);
  // The exact step (0.01, not 0.15 − 0.14 = 0.009999999999999981), for the labels' decimals.
  const inc = tickIncrement(yDomain[0], yDomain[1], tickCount);
  const step = ticks.length < 2 || !Number.isFinite(inc) || inc === 0 ? 1 : inc > 0 ? inc : -1 / inc;
  const tickLabels = ticks.map((t) => input.formatTick(t, step));
  const tickWidth = Math.max(...tickLabels.map((l) => textWidth(l, fontSize)), 0);
  const left = Math.ceil(Math.min(width * 0.3, tickWidth + 10));

  // End labels: names of the lines beside their last value, when there is room; else a legend.
  // The main series' label is drawn bold.
  const endLabels: { series: number; text: string; anchorY: number; bold: boolean }[] = [];
  [...input.series, ...(input.goal ? [input.goal] : [])].forEach((s, i) => {
    const k = findLastIndex(s.values, (v) => v != null);
    // The goal comes last, as series -1.
    if (k >= 0)
      endLabels.push({
        series: s === input.goal ? -1 : i,
        text: s.label,
        anchorY: y(s.values[k]!),
        bold: 'main' in s && s.main,
      });
  });
  const maxLabelWidth = Math.min(width * 0.32, 170);
  const lineHeight = fontSize * LINE_HEIGHT;
  const wrapped = endLabels.map((l) => wrapLabel(l.text, maxLabelWidth - LABEL_MARK, fontSize, 2, l.bold));
  const blockHeights = wrapped.map((lines) => lines.length * lineHeight);
  const totalHeight = blockHeights.reduce((a, b) => a + b + 2, 0);
  const labelRoom = height - fontSize;
  const legend = width < (input.legendBelow ?? 440) || totalHeight > labelRoom;
  const labelWidth = legend
    ? 0
    : Math.max(
        ...wrapped.flatMap((lines, i) => lines.map((l) => textWidth(l, fontSize, endLabels[i]!.bold))),
        0,
      ) + LABEL_MARK;
  const right = width - Math.ceil(legend ? 12 : LABEL_GAP + labelWidth + 4);

  // Time axis: a half-step inset so the first and last markers are not cut.
  const p0 = input.positions[0] ?? 0;
  const p1 = input.positions[n - 1] ?? p0;
  const inset = Math.min(10, (right - left) / 4);
  // One period sits in the middle.
  const half = p1 === p0 ? 0.5 : 0;
  const x = linear(p0 - half, p1 + half, left + inset, right - inset);
  const xs = input.positions.map((p) => x(p));
  // Periods are "2023" or "2023/24": the longest string is the widest; no need to measure 10 000 of them.
  const longest = input.periods.reduce((a, p) => (p.length > a.length ? p : a), '');
  const widest = textWidth(longest, fontSize);
  // Tick labels at the ends are anchored inside the plot, clear of the value axis and the end labels.
  const xTicks = thinTicks(n, widest + 12, right - left).map((i): Tick => {
    const at = xs[i]!;
    const label = input.periods[i]!;
    const half = textWidth(label, fontSize) / 2;
    const [anchor, textAt] =
      n > 1 && at - half < left
        ? (['start', left] as const)
        : n > 1 && at + half > right
          ? (['end', right] as const)
          : (['middle', at] as const);
    return { value: input.positions[i]!, at, label, anchor, textAt };
  });
  // Markers closer than 6 px would merge into a smear: long series keep only the meaningful ones.
  const pointSpacing = n > 1 ? (right - left - 2 * inset) / (n - 1) : Infinity;
  const isDense = pointSpacing < 6;
  // More than one point per pixel column: draw the reduced path, which looks the same.
  const path = pointSpacing < 1 ? densePath : linePath;

  const series: SeriesGeometry[] = input.series.map((s) => {
    const ys = s.values.map((v) => (v === null ? null : y(v)));
    const style = styleOf(s.slot);
    const markers: Marker[] = [];
    let markerD = '';
    let hollowD = '';
    for (let i = 0; i < n; i++) {
      const yy = ys[i];
      if (yy === null || yy === undefined) continue;
      const hollow = s.preliminary?.[i] ?? false;
      const isolated = (i === 0 || ys[i - 1] === null) && (i === n - 1 || ys[i + 1] === null);
      if (isDense && !hollow && !isolated) continue;
      markers.push({ period: i, x: xs[i]!, y: yy, hollow });
      const d = markerPath(style.shape, xs[i]!, yy, s.main ? 4 : 3.5);
      if (hollow) hollowD += d;
      else markerD += d;
    }
    const ci = s.ci;
    return {
      d: path(xs, ys),
      // Empty where no point has an interval.
      band:
        ci &&
        bandPath(
          xs,
          ci.map((c) => (c ? y(c[0]) : null)),
          ci.map((c) => (c ? y(c[1]) : null)),
        ),
      markers,
      markerD,
      hollowD,
      ys,
      ...style,
      main: s.main,
    };
  });

  const gy = input.goal?.values.map((v) => (v === undefined ? null : y(v)));
  const centres = placeLabels(
    endLabels.map((l, i) => ({ y: l.anchorY, height: blockHeights[i]! })),
    fontSize * 0.2,
    height - fontSize * 0.2,
  );
  const labels: PlacedLabel[] = legend
    ? []
    : endLabels.map((l, i) => ({
        series: l.series,
        x: right + LABEL_GAP,
        y: centres[i]!,
        anchorY: l.anchorY,
        lines: wrapped[i]!,
      }));

  return {
    width,
    height,
    plot: { left, top, right, bottom },
    xs,
    xTicks,
    yTicks: ticks.map((t, i) => ({ value: t, at: y(t), label: tickLabels[i]! })),
    yDomain,
    series,
    goal: gy && { d: path(xs, gy), ys: gy },
    labels,
    legend,
    dense: isDense,
    fontSize,
  };
}

export function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return i;
  return -1;
}

/** Index of the period nearest to pixel x (binary search; periods are in time order). */
export function nearestIndex(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length - 1;
  if (hi < 0) return -1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid;
    else hi = mid;
  }
  return Math.abs(xs[lo]! - x) <= Math.abs(xs[hi]! - x) ? lo : hi;
}
