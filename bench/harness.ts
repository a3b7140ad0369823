/**
 * The render-benchmark harness. Each component has a page `bench/NAME.html` whose module sets
 * `window.bplBench` to a function returning results; `scripts/bench.mjs` opens every page in headless
 * Chromium on a production build and checks the results against their budgets.
 */

export interface Budget {
  /** Largest allowed ratio of the median to the floor's median. */
  maxRatio?: number;
  /** Largest allowed median in milliseconds. */
  maxMs?: number;
}

export interface BenchResult {
  name: string;
  /** Median in milliseconds over the measured runs. */
  median: number;
  runs: number;
  /** The plain-d3 drawing of the same thing, measured in the same run. */
  floor?: number;
  ratio?: number;
  budget?: Budget;
  pass: boolean;
}

declare global {
  interface Window {
    bplBench?: () => Promise<BenchResult[]>;
  }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Waits for two animation frames, so layout and paint of the previous step are done. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/**
 * Times `run` (which should draw and force layout) `runs` times after `warmup` untimed runs. `setup`
 * runs before each, untimed (for example, removing the previous drawing).
 */
export async function measure(
  run: () => unknown | Promise<unknown>,
  {
    runs = 21,
    warmup = 3,
    setup,
  }: { runs?: number; warmup?: number; setup?: () => unknown | Promise<unknown> } = {},
): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    await setup?.();
    await nextFrame();
    const start = performance.now();
    await run();
    const elapsed = performance.now() - start;
    if (i >= warmup) times.push(elapsed);
  }
  return times;
}

/**
 * Times one run after the previous frame has finished. With a `label`, it also leaves a
 * `performance.measure` of that name, so a trace can split the time.
 */
export async function timed(run: () => unknown, label?: string): Promise<number> {
  await nextFrame();
  const start = performance.now();
  await run();
  const end = performance.now();
  if (label) performance.measure(label, { start, end });
  return end - start;
}

/**
 * Measures a component (`a`) and its floor (`b`) interleaved, `warmup` untimed rounds first. The order
 * alternates, so neither always runs after the other's garbage.
 */
export async function pair(
  runs: number,
  warmup: number,
  a: () => Promise<number>,
  b: () => Promise<number>,
): Promise<[number[], number[]]> {
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const first = i % 2 === 0;
    const ta = first ? await a() : 0;
    const tb = await b();
    const ta2 = first ? ta : await a();
    if (i >= warmup) {
      as.push(ta2);
      bs.push(tb);
    }
  }
  return [as, bs];
}

/** A result with its floor and budget, interleaving is the caller's job. */
export function result(
  name: string,
  samples: number[],
  budget?: Budget,
  floorSamples?: number[],
): BenchResult {
  const m = median(samples);
  const floor = floorSamples ? median(floorSamples) : undefined;
  const ratio = floor ? m / floor : undefined;
  const pass =
    (budget?.maxRatio === undefined || (ratio !== undefined && ratio <= budget.maxRatio)) &&
    (budget?.maxMs === undefined || m <= budget.maxMs);
  return { name, median: m, runs: samples.length, floor, ratio, budget, pass };
}

/** Forces style and layout of an element (and its shadow tree), so timings include them. */
export function forceLayout(element: Element): void {
  element.getBoundingClientRect();
  const root = (element as HTMLElement).shadowRoot;
  root?.querySelector('svg')?.getBoundingClientRect();
}
