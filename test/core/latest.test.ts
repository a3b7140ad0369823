import { describe, expect, it } from 'vitest';
import { Latest } from '../../src/core/loader/latest.js';
import type { Outcome } from '../../src/core/loader/latest.js';

/** Work that ends when told to, and rejects with an AbortError when its signal aborts. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  let signal!: AbortSignal;
  const work = (s: AbortSignal) => {
    signal = s;
    return new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
      s.addEventListener('abort', () => rej(new DOMException('aborted', 'AbortError')));
    });
  };
  return { work, resolve: (v: T) => resolve(v), reject: (e: unknown) => reject(e), signal: () => signal };
}

describe('Latest', () => {
  it('compares arguments one by one with Object.is', () => {
    const latest = new Latest<unknown[]>();
    const data = {};
    expect(latest.differs(['a', data])).toBe(true);
    void latest.run(
      ['a', data],
      async () => 1,
      () => {},
    );
    expect(latest.differs(['a', data])).toBe(false);
    expect(latest.differs(['a', {}])).toBe(true);
    expect(latest.differs(['b', data])).toBe(true);
    expect(latest.differs(['a', data, 3])).toBe(true);
    expect(latest.differs([NaN])).toBe(true);
  });

  it('delivers only the latest run and aborts the one it replaces', async () => {
    const latest = new Latest<[string]>();
    const seen: Outcome<string>[] = [];
    const first = deferred<string>();
    const second = deferred<string>();
    const one = latest.run(['1'], first.work, (o) => seen.push(o));
    const two = latest.run(['2'], second.work, (o) => seen.push(o));
    expect(first.signal().aborted).toBe(true);
    expect(second.signal().aborted).toBe(false);
    expect(latest.pending).toBe(true);
    second.resolve('two');
    await Promise.all([one, two]);
    expect(seen).toEqual([{ ok: true, value: 'two' }]);
    expect(latest.pending).toBe(false);
  });

  it('a replaced run that ends late is still dropped', async () => {
    const latest = new Latest<[string]>();
    const seen: unknown[] = [];
    let finishFirst!: (v: string) => void;
    const one = latest.run(
      ['1'],
      () => new Promise<string>((r) => (finishFirst = r)),
      (o) => seen.push(o),
    );
    const two = latest.run(
      ['2'],
      async () => 'two',
      (o) => seen.push(o),
    );
    await two;
    finishFirst('one');
    await one;
    expect(seen).toEqual([{ ok: true, value: 'two' }]);
  });

  it('delivers failures, including work that throws before it returns a promise', async () => {
    const latest = new Latest<[number]>();
    const seen: Outcome<number>[] = [];
    await latest.run<number>(
      [1],
      () => {
        throw new Error('sync');
      },
      (o) => seen.push(o),
    );
    await latest.run(
      [2],
      () => Promise.reject(new Error('async')),
      (o) => seen.push(o),
    );
    expect(seen.map((o) => (o.ok ? o.value : (o.error as Error).message))).toEqual(['sync', 'async']);
  });

  it('abort() aborts the pending run and still delivers its outcome; false when nothing is pending', async () => {
    const latest = new Latest<[string]>();
    const seen: Outcome<string>[] = [];
    expect(latest.abort()).toBe(false);
    const run = deferred<string>();
    const done = latest.run(['x'], run.work, (o) => seen.push(o));
    expect(latest.abort()).toBe(true);
    await done;
    expect(seen).toHaveLength(1);
    expect(seen[0]!.ok).toBe(false);
    expect((seen[0] as { error: DOMException }).error.name).toBe('AbortError');
    expect(latest.args).toEqual(['x']);
  });

  it('cancel() drops the outcome and the arguments, so the same arguments run again', async () => {
    const latest = new Latest<[string]>();
    const seen: unknown[] = [];
    const run = deferred<string>();
    const done = latest.run(['x'], run.work, (o) => seen.push(o));
    latest.cancel();
    await done;
    expect(run.signal().aborted).toBe(true);
    expect(seen).toEqual([]);
    expect(latest.differs(['x'])).toBe(true);
    expect(latest.pending).toBe(false);
  });

  it('cancel(args) records arguments handled at once, dropping the pending run', async () => {
    const latest = new Latest<[string]>();
    const seen: unknown[] = [];
    const run = deferred<string>();
    const done = latest.run(['remote'], run.work, (o) => seen.push(o));
    latest.cancel(['local']);
    await done;
    expect(seen).toEqual([]);
    expect(latest.differs(['local'])).toBe(false);
    expect(latest.differs(['remote'])).toBe(true);
  });

  it('settled() waits for the newest run, also one started while waiting', async () => {
    const latest = new Latest<[number]>();
    const first = deferred<number>();
    const second = deferred<number>();
    void latest.run([1], first.work, () => {});
    let settled = false;
    const waiting = latest.settled().then(() => (settled = true));
    void latest.run([2], second.work, () => {});
    await Promise.resolve();
    await Promise.resolve();
    expect(settled).toBe(false);
    second.resolve(2);
    await waiting;
    expect(settled).toBe(true);
    await latest.settled();
  });
});
