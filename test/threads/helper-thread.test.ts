import { threadId } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultDocumentThreads, helperPool, shareOut, shares } from '../../src/threads/helper-thread.ts';

const pool = helperPool<{ n: number; fail?: boolean; hang?: boolean }, { doubled: number; thread: number }>({
  bundleName: 'echo-helper',
  source: new URL('./echo-helper.ts', import.meta.url),
});
afterAll(() => pool.stop());

describe('shares', () => {
  it('gives each thread a contiguous share of about equal size, the first to the calling thread', () => {
    expect(shares(500, 2, 12)).toEqual([
      [0, 250],
      [250, 500],
    ]);
    expect(shares(100, 3, 12)).toEqual([
      [0, 33],
      [33, 66],
      [66, 100],
    ]);
  });

  it('keeps what is too short to split whole: no share smaller than the minimum', () => {
    expect(shares(23, 2, 12)).toEqual([[0, 23]]);
    expect(shares(5, 4, 12)).toEqual([[0, 5]]);
    expect(shares(30, 4, 12)).toEqual([
      [0, 15],
      [15, 30],
    ]);
    expect(shares(7, 1, 1)).toEqual([[0, 7]]);
  });
});

describe('shareOut', () => {
  it('does every item once, on this thread and the helpers, each helper holding two at a time', async () => {
    const by: string[] = new Array(40);
    let inHand = 0;
    let most = 0;
    await shareOut(
      40,
      2,
      (i) => void (by[i] = 'here'),
      async (k, i) => {
        inHand++;
        most = Math.max(most, inHand);
        await new Promise((r) => setTimeout(r, 1));
        inHand--;
        by[i] = `helper ${k}`;
        return true;
      },
    );
    expect(by.filter((b) => b === undefined)).toHaveLength(0);
    expect(new Set(by)).toEqual(new Set(['here', 'helper 0', 'helper 1']));
    expect(most).toBe(4);
  });

  it("does a failed helper's items on this thread and gives that helper no more", async () => {
    const asked: number[] = [];
    const here: number[] = [];
    await shareOut(
      12,
      1,
      (i) => void here.push(i),
      async (_k, i) => {
        asked.push(i);
        return false;
      },
    );
    expect([...here].sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i));
    // both of its lanes had taken one item before the first failure came back
    expect(asked.length).toBeLessThanOrEqual(2);
    for (const i of asked) expect(here).toContain(i);
  });

  it('works alone when there are no helpers', async () => {
    const order: number[] = [];
    await shareOut(5, 0, (i) => void order.push(i), async () => {
      throw new Error('no helper to ask');
    });
    expect(order).toEqual([0, 1, 2, 3, 4]);
  });

  it('lets the event loop turn between two items of this thread, helpers or not (a queue job renews its lock)', async () => {
    for (const helpers of [0, 1]) {
      const mine: number[] = [];
      const turns = new Set<number>();
      const turnBeforeNext: boolean[] = [];
      await shareOut(
        12,
        helpers,
        (i) => {
          if (mine.length > 0) turnBeforeNext.push(turns.has(mine.at(-1)!));
          mine.push(i);
          // a timer-like callback scheduled during an item runs before this thread's next item
          setImmediate(() => turns.add(i));
        },
        // a helper that answers slowly, so that this thread does most items
        () => new Promise((resolve) => setTimeout(() => resolve(true), 20)),
      );
      expect(mine.length).toBeGreaterThan(3);
      expect(turnBeforeNext.every(Boolean)).toBe(true);
    }
  });
});

describe('defaultDocumentThreads', () => {
  it('follows SOLIEU_DOC_THREADS, else the cores up to 4', () => {
    expect(defaultDocumentThreads({ SOLIEU_DOC_THREADS: '1' })).toBe(1);
    expect(defaultDocumentThreads({ SOLIEU_DOC_THREADS: '3' })).toBe(3);
    const cores = defaultDocumentThreads({ SOLIEU_DOC_THREADS: 'many' });
    expect(cores).toBeGreaterThanOrEqual(1);
    expect(cores).toBeLessThanOrEqual(4);
  });
});

describe('helperPool', () => {
  it('answers on other threads, one per helper number, kept for the next ask', async () => {
    const [a, b] = await Promise.all([pool.ask(0, { n: 21 }), pool.ask(1, { n: 5 })]);
    expect(a.doubled).toBe(42);
    expect(b.doubled).toBe(10);
    expect(new Set([threadId, a.thread, b.thread]).size).toBe(3);
    expect((await pool.ask(0, { n: 1 })).thread).toBe(a.thread);
  });

  it("passes a helper's failure on, and the helper goes on answering", async () => {
    const before = (await pool.ask(0, { n: 1 })).thread;
    await expect(pool.ask(0, { n: 3, fail: true })).rejects.toThrow('RangeError: cannot double 3');
    expect(await pool.ask(0, { n: 4 })).toEqual({ doubled: 8, thread: before });
  });

  it('stops a helper whose work is aborted, and starts a new one for the next ask', async () => {
    const before = (await pool.ask(0, { n: 1 })).thread;
    const limit = new AbortController();
    const stuck = pool.ask(0, { n: 1, hang: true }, limit.signal);
    setTimeout(() => limit.abort(), 100);
    await expect(stuck).rejects.toThrow(/exited/);
    const after = await pool.ask(0, { n: 6 });
    expect(after.doubled).toBe(12);
    expect(after.thread).not.toBe(before);
  });
});
