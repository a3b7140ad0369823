/**
 * Colour classes. Sequential classes split the values (quantiles, or nice equal steps); diverging classes
 * split a signed distance where positive is better (from the county value or from the goal), symmetric
 * around a neutral middle class. Classes map to the theme's seven-step scales (`--_seq-1..7`,
 * `--_div-1..7`); a diverging slot 1 is the bad end, 7 the good end.
 */

export type ClassMethod = 'quantile' | 'equal';
export const CLASS_METHODS: readonly ClassMethod[] = ['quantile', 'equal'];
export const MIN_CLASSES = 3;
export const MAX_CLASSES = 7;

export interface SequentialClasses {
  kind: 'sequential';
  /** Class limits, ascending: class i covers [limits[i], limits[i + 1]); the last includes its top. */
  limits: number[];
  /** Theme slot (1–7) of each class, light to dark. */
  slots: number[];
}

export interface DivergingClasses {
  kind: 'diverging';
  /** Width of one class; the middle class covers (−step/2, +step/2). */
  step: number;
  /** Classes on each side of the middle. */
  half: number;
  /** Theme slot (1–7) of each class, worst first. */
  slots: number[];
}

export type Classes = SequentialClasses | DivergingClasses;

/** The smallest 1, 2, 2.5 or 5 × 10ⁿ that is at least `raw` (without 2.5 × 10ⁿ for whole-number data,
 * where limits like 62,5 would need a decimal the data does not have). */
export function niceStep(raw: number, wholeNumbers = false): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const multipliers = wholeNumbers && power <= 1 ? [1, 2, 5, 10] : [1, 2, 2.5, 5, 10];
  for (const m of multipliers) if (m * power >= raw - 1e-12 * power) return m * power;
  return 10 * power;
}

/** Decimals needed to write every limit exactly, at least `min`, at most 3. */
export function limitDecimals(limits: readonly number[], min = 0): number {
  for (let d = Math.max(0, min); d < 3; d++) {
    const f = 10 ** d;
    if (limits.every((v) => !Number.isFinite(v) || Math.abs(Math.round(v * f) - v * f) < 1e-6)) return d;
  }
  return 3;
}

/** Evenly spread slots of a seven-step scale for `n` classes: 5 → 1, 3, 4, 6, 7 (ends kept). */
export function spreadSlots(n: number): number[] {
  if (n <= 1) return [4];
  return Array.from({ length: n }, (_, i) => 1 + Math.round((i * 6) / (n - 1)));
}

/** The p-quantile (0 ≤ p ≤ 1) of ascending values, interpolated between neighbours (R-7, as d3-array's
 * quantileSorted, which the tests compare it with). */
export function quantileSorted(sorted: readonly number[], p: number): number {
  const i = (sorted.length - 1) * p;
  const i0 = Math.floor(i);
  const v0 = sorted[i0]!;
  return i0 + 1 < sorted.length ? v0 + (sorted[i0 + 1]! - v0) * (i - i0) : v0;
}

function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/**
 * Sequential classes of `values` (finite numbers). Equal steps are nice numbers (1, 2, 2.5, 5 × 10ⁿ) and
 * may give fewer classes than asked; quantile limits are rounded to the data's decimals so the legend says
 * what the classing does. Fewer distinct values than classes give fewer classes.
 */
export function sequentialClasses(
  values: readonly number[],
  count: number,
  method: ClassMethod,
  decimals = 1,
): SequentialClasses {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const k = Math.max(1, Math.min(MAX_CLASSES, Math.round(count)));
  if (sorted.length === 0) return { kind: 'sequential', limits: [0, 1], slots: [4] };
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  let limits: number[];
  if (max === min) {
    limits = [min, max];
  } else if (method === 'equal') {
    const whole = decimals === 0;
    let step = niceStep((max - min) / k, whole);
    let lo = Math.floor(min / step) * step;
    let n = Math.max(1, Math.ceil((max - lo) / step - 1e-9));
    while (n > k) {
      step = niceStep(step * 1.0001, whole);
      lo = Math.floor(min / step) * step;
      n = Math.max(1, Math.ceil((max - lo) / step - 1e-9));
    }
    // The top class includes its upper limit; when max sits on it, the classes still cover every value.
    limits = Array.from({ length: n + 1 }, (_, i) => round(lo + i * step, 10));
  } else {
    const inner: number[] = [];
    for (let i = 1; i < k; i++) {
      const q = round(quantileSorted(sorted, i / k), decimals);
      if (q > min && q < max && (inner.length === 0 || q > inner[inner.length - 1]!)) inner.push(q);
    }
    limits = [min, ...inner, max];
  }
  const n = limits.length - 1;
  return { kind: 'sequential', limits, slots: spreadSlots(n) };
}

/** Index of the sequential class that holds `value`. */
export function sequentialClassOf(classes: SequentialClasses, value: number): number {
  const { limits } = classes;
  const last = limits.length - 2;
  for (let i = 0; i < last; i++) if (value < limits[i + 1]!) return i;
  return Math.max(0, last);
}

/**
 * Diverging classes for signed distances (positive is better). `count` is made odd (3, 5 or 7); the step
 * is a nice number such that the largest distance falls in an end class.
 */
export function divergingClasses(distances: readonly number[], count: number): DivergingClasses {
  // Odd, so the neutral middle is slot 4: 5 → 1, 3, 4, 6, 7 (an even count is one more, at most 7).
  const k = Math.max(MIN_CLASSES, Math.min(MAX_CLASSES, Math.round(count))) | 1;
  const half = (k - 1) / 2;
  const maxAbs = Math.max(0, ...distances.filter(Number.isFinite).map(Math.abs));
  const step = niceStep(maxAbs > 0 ? maxAbs / (half + 0.5) : 1);
  return { kind: 'diverging', step, half, slots: spreadSlots(k) };
}

/** Index (0 = worst) of the diverging class that holds a signed distance. */
export function divergingClassOf(classes: DivergingClasses, distance: number): number {
  // Halves round away from zero, so the classes mirror each other around the middle.
  const steps = Math.floor(Math.abs(distance) / classes.step + 0.5 + 1e-9);
  const c = Math.min(classes.half, steps) * (distance < 0 ? -1 : 1);
  return c + classes.half;
}

export function classOf(classes: Classes, value: number): number {
  return classes.kind === 'sequential' ? sequentialClassOf(classes, value) : divergingClassOf(classes, value);
}

/** A diverging class's range as distances: [from, to], open at the ends (±Infinity). */
export function divergingRange(classes: DivergingClasses, index: number): [number, number] {
  const c = index - classes.half;
  const from = c === -classes.half ? -Infinity : (c - 0.5) * classes.step;
  const to = c === classes.half ? Infinity : (c + 0.5) * classes.step;
  return [from, to];
}
