/**
 * Helper threads: worker threads that take a share of the caller's work (the pages of a long PDF,
 * the stored reports of a reprocess) while the calling thread does its own share.
 * A helper starts on first need and stays for the next document; while idle it does not keep the
 * process alive. A helper that fails, exits or is stopped (the conversion's time limit) is dead:
 * its pending asks fail, and the next ask starts a new one. Callers do a failed share themselves.
 *
 * A helper's module is a bundle entry (bin/load.js) when the `solieu` command runs from its
 * bundle (SOLIEU_BUNDLE_DIR), else its TypeScript source through tsx. It answers each message
 * `{ id, ask }` with `{ id, answer, transfer? }` or `{ id, error }` (serveHelper below).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker, type Transferable, isMainThread, parentPort, workerData } from 'node:worker_threads';

/** Where a helper's module is: its bundle entry's name and its source. */
export interface HelperModule {
  bundleName: string;
  source: URL;
}

/** More threads than this split one document into shares too small to be worth their start. */
const MAX_THREADS = 4;

/**
 * Threads one long document may use when the caller does not say: SOLIEU_DOC_THREADS, else the
 * cores (at most 4). Callers that already work on several documents at once pass 1.
 */
export function defaultDocumentThreads(env: NodeJS.ProcessEnv = process.env): number {
  const set = Number(env.SOLIEU_DOC_THREADS);
  if (Number.isInteger(set) && set > 0) return set;
  return Math.min(availableParallelism(), MAX_THREADS);
}

/** Documents worked on at once when the caller does not say: SOLIEU_JOBS, else the cores. */
export function defaultJobs(env: NodeJS.ProcessEnv = process.env): number {
  const set = Number(env.SOLIEU_JOBS);
  return Number.isInteger(set) && set > 0 ? set : availableParallelism();
}

/**
 * Units 0..total−1 (a document's pages) split into contiguous shares of at least `minPerThread`, for
 * up to `threads` threads; one share when there is too little to split. Shares are [from, to).
 */
export function shares(total: number, threads: number, minPerThread: number): [number, number][] {
  const n = Math.max(1, Math.min(Math.floor(threads), Math.floor(total / Math.max(1, minPerThread))));
  const out: [number, number][] = [];
  for (let k = 0; k < n; k++) {
    const from = Math.floor((k * total) / n);
    const to = Math.floor(((k + 1) * total) / n);
    if (to > from) out.push([from, to]);
  }
  return out;
}

type Reply<A> = { id: number; answer: A } | { id: number; error: string };

interface Waiting<A> {
  resolve(a: A): void;
  reject(e: Error): void;
}

class HelperThread<Q, A> {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, Waiting<A>>();
  private nextId = 1;
  dead = false;

  constructor(module: HelperModule) {
    this.worker = startWorker(module);
    this.worker.unref();
    this.worker.on('message', (m: Reply<A>) => {
      const w = this.waiting.get(m.id);
      if (!w) return;
      this.settle(m.id);
      if ('error' in m) w.reject(new Error(m.error));
      else w.resolve(m.answer);
    });
    const fail = (e: Error): void => {
      this.dead = true;
      for (const [id, w] of this.waiting) {
        this.settle(id);
        w.reject(e);
      }
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`helper thread exited with ${code}`)));
  }

  ask(ask: Q, signal?: AbortSignal): Promise<A> {
    return new Promise<A>((resolve, reject) => {
      if (signal?.aborted) {
        reject(new Error('aborted'));
        return;
      }
      const id = this.nextId++;
      // A helper stuck on a hostile file must not outlive the time limit of the work.
      const onAbort = (): void => void this.stop();
      signal?.addEventListener('abort', onAbort, { once: true });
      const done = (): void => signal?.removeEventListener('abort', onAbort);
      this.waiting.set(id, {
        resolve: (a) => (done(), resolve(a)),
        reject: (e) => (done(), reject(e)),
      });
      // While a helper works for us, it keeps the process alive (we wait for its answer).
      if (this.waiting.size === 1) this.worker.ref();
      this.worker.postMessage({ id, ask });
    });
  }

  private settle(id: number): void {
    this.waiting.delete(id);
    if (this.waiting.size === 0 && !this.dead) this.worker.unref();
  }

  async stop(): Promise<void> {
    this.dead = true;
    await this.worker.terminate();
  }
}

function startWorker(module: HelperModule): Worker {
  const data = { solieuHelper: module.bundleName };
  const bundle = process.env.SOLIEU_BUNDLE_DIR;
  const bundled = bundle ? join(bundle, `${module.bundleName}.mjs`) : undefined;
  if (bundled && existsSync(bundled)) return new Worker(bundled, { workerData: data });
  // From the sources: the worker registers tsx itself (Node 20 does not pass the loader on).
  const entry = JSON.stringify(module.source.href);
  return new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${entry}); });`, { eval: true, workerData: data });
}

/** A turn of the event loop (messages from helpers, timers, a queue worker's lock renewal). */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Items 0..count−1 worked on by this thread and `helpers` helper threads at once, each taking the
 * next item as it finishes one. This thread takes a turn of the event loop after each of its
 * items, helpers or not: helpers' answers, and a queue job's lock renewal, wait for it (a
 * reprocess with no helper analyses a whole chunk here). A helper is given its next item before
 * it finishes the one in hand, as one with nothing queued would wait for this thread's turn.
 * `there(k, i)` is helper k's work on item i and resolves false when the helper failed: this
 * thread then does the item itself, and gives that helper no more.
 */
export async function shareOut(
  count: number,
  helpers: number,
  here: (i: number) => void | Promise<void>,
  there: (k: number, i: number) => Promise<boolean>,
): Promise<void> {
  let next = 0;
  const take = (): number | undefined => (next < count ? next++ : undefined);
  const inThisThread = async (): Promise<void> => {
    for (let i = take(); i !== undefined; i = take()) {
      await here(i);
      await nextTurn();
    }
  };
  const inHelper = async (k: number): Promise<void> => {
    let failed = false;
    const lane = async (): Promise<void> => {
      for (let i = take(); i !== undefined; i = take()) {
        if (!failed && (await there(k, i))) continue;
        failed = true;
        await here(i);
        await nextTurn();
      }
    };
    await Promise.all([lane(), lane()]);
  };
  await Promise.all([inThisThread(), ...Array.from({ length: helpers }, (_, k) => inHelper(k))]);
}

/** The helpers of one kind, by number; started when first asked. */
export interface HelperPool<Q, A> {
  ask(k: number, ask: Q, signal?: AbortSignal): Promise<A>;
  stop(): Promise<void>;
}

export function helperPool<Q, A>(module: HelperModule): HelperPool<Q, A> {
  const helpers: (HelperThread<Q, A> | undefined)[] = [];
  return {
    ask(k, ask, signal) {
      let helper = helpers[k];
      if (helper === undefined || helper.dead) {
        helper = new HelperThread<Q, A>(module);
        helpers[k] = helper;
      }
      return helper.ask(ask, signal);
    },
    async stop() {
      const running = helpers.splice(0);
      await Promise.all(running.map((h) => h?.stop()));
    },
  };
}

/**
 * In a helper's module: answer each ask with `work` when this thread is that helper (a no-op
 * elsewhere, so the module can also be imported for its functions). `work` returns the answer
 * and the buffers to transfer with it.
 */
export function serveHelper<Q, A>(bundleName: string, work: (ask: Q) => Promise<{ answer: A; transfer?: Transferable[] }>): void {
  const port = parentPort;
  const data = workerData as { solieuHelper?: string } | null;
  if (isMainThread || !port || data?.solieuHelper !== bundleName) return;
  port.on('message', ({ id, ask }: { id: number; ask: Q }) => {
    work(ask).then(
      ({ answer, transfer }) => port.postMessage({ id, answer }, transfer ?? []),
      (e: unknown) => port.postMessage({ id, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) }),
    );
  });
}
