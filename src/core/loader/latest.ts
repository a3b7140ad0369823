/** How a run ended: its value, or what it threw (an AbortError when it was aborted). */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * Latest-wins asynchronous work, the way the data loader and the map's boundaries both need it (and the
 * way `@lit/task` does it): each run gets an AbortSignal; a newer run aborts the pending one and only the
 * latest run's outcome is delivered. `abort()` (for example when the element leaves the page) aborts the
 * pending run without replacing it, so its outcome, usually an AbortError, is still delivered.
 */
export class Latest<A extends readonly unknown[]> {
  /** The arguments of the latest run, or undefined before the first and after `cancel()`. */
  args?: A;
  #controller?: AbortController;
  #ended?: Promise<void>;

  /** True when `args` are not those of the latest run (each compared with Object.is; runs of one caller
   * always pass the same number of arguments). */
  differs(args: A): boolean {
    const last = this.args;
    return !last || args.some((value, i) => !Object.is(value, last[i]));
  }

  /** True while the latest run has not ended. */
  get pending(): boolean {
    return this.#controller !== undefined;
  }

  /**
   * Starts `work` for `args` and aborts the pending run, whose outcome is then never delivered. `deliver`
   * gets this run's outcome if no newer run has started by the time it ends.
   */
  run<T>(
    args: A,
    work: (signal: AbortSignal) => Promise<T>,
    deliver: (outcome: Outcome<T>) => void,
  ): Promise<void> {
    this.args = args;
    this.#controller?.abort();
    const controller = (this.#controller = new AbortController());
    const end = (outcome: Outcome<T>) => {
      if (controller !== this.#controller) return;
      this.#controller = undefined;
      deliver(outcome);
    };
    // A promise's executor turns a throw into a rejection, so work that throws at once is delivered too.
    return (this.#ended = new Promise<T>((resolve) => resolve(work(controller.signal))).then(
      (value) => end({ ok: true, value }),
      (error: unknown) => end({ ok: false, error }),
    ));
  }

  /** Aborts the pending run, if there is one (its outcome is still delivered); true when there was. */
  abort(): boolean {
    this.#controller?.abort();
    return this.pending;
  }

  /**
   * Aborts the pending run and drops its outcome. The latest arguments become `args`: those of work the
   * caller has just done at once, or none (the default), so that the same arguments run again.
   */
  cancel(args?: A): void {
    this.#controller?.abort();
    this.#controller = undefined;
    this.args = args;
  }

  /** Resolves when no run is pending: the latest has ended (and been delivered) or was cancelled. */
  async settled(): Promise<void> {
    while (this.#controller) await this.#ended;
  }
}
