/**
 * Page helpers: worker threads that read a share of a long PDF's pages while the calling thread
 * reads the first share. Reading text items is almost all of a PDF's conversion, and pdf.js does
 * it on one core, page after page; with two threads a 500-page report reads in ~1.1 s instead of
 * ~1.75 s (BENCHMARKS.md). Each helper loads the document itself (its own pdf.js instance), reads
 * its pages, and sends them back packed (pdf-page-range.ts).
 *
 * Helpers start on first need and stay for the next document; while idle they do not keep the
 * process alive. A helper that fails or is stopped by the conversion's time limit is replaced
 * next time, and its pages are read by the calling thread (the caller decides, see pdf-document.ts).
 *
 * They load src/convert/pdf-page-worker.ts: from the bundle the `solieu` command runs
 * (SOLIEU_BUNDLE_DIR, see bin/load.js), or from the TypeScript source through tsx.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PackedPages } from './pdf-page-range.ts';

/**
 * Fewer pages than this per thread and one thread reads them all: a helper pays for loading the
 * document and its fonts again, which a few pages do not win back.
 */
export const MIN_PAGES_PER_THREAD = 12;
/** More threads than this split a document into shares too small to be worth their loading. */
const MAX_THREADS = 4;

/**
 * Threads that read one PDF's pages when the caller does not say: SOLIEU_PDF_THREADS, else the
 * cores (at most 4). Callers that already convert several files at once pass 1.
 */
export function defaultPageThreads(env: NodeJS.ProcessEnv = process.env): number {
  const set = Number(env.SOLIEU_PDF_THREADS);
  if (Number.isInteger(set) && set > 0) return set;
  return Math.min(availableParallelism(), MAX_THREADS);
}

/**
 * Pages 1..total split into contiguous shares for up to `threads` threads, the first for the
 * calling thread; one share when the document is too short to split.
 */
export function pageShares(total: number, threads: number, minPerThread = MIN_PAGES_PER_THREAD): [number, number][] {
  const n = Math.max(1, Math.min(Math.floor(threads), Math.floor(total / Math.max(1, minPerThread))));
  const shares: [number, number][] = [];
  for (let k = 0; k < n; k++) {
    const from = Math.floor((k * total) / n) + 1;
    const to = Math.floor(((k + 1) * total) / n);
    if (to >= from) shares.push([from, to]);
  }
  return shares;
}

interface Waiting {
  resolve(p: PackedPages): void;
  reject(e: Error): void;
}

type Answer = { id: number; packed: PackedPages } | { id: number; error: string };

class Helper {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;
  dead = false;

  constructor() {
    this.worker = startWorker();
    this.worker.unref();
    this.worker.on('message', (m: Answer) => {
      const w = this.waiting.get(m.id);
      if (!w) return;
      this.settle(m.id);
      if ('error' in m) w.reject(new Error(m.error));
      else w.resolve(m.packed);
    });
    const fail = (e: Error): void => {
      this.dead = true;
      for (const [id, w] of this.waiting) {
        this.settle(id);
        w.reject(e);
      }
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`PDF page helper exited with ${code}`)));
  }

  read(bytes: Uint8Array, from: number, to: number, signal?: AbortSignal): Promise<PackedPages> {
    return new Promise<PackedPages>((resolve, reject) => {
      if (signal?.aborted) {
        reject(new Error('aborted'));
        return;
      }
      const id = this.nextId++;
      // A helper stuck on a hostile file must not outlive the conversion's time limit.
      const onAbort = (): void => void this.stop();
      signal?.addEventListener('abort', onAbort, { once: true });
      const done = (): void => signal?.removeEventListener('abort', onAbort);
      this.waiting.set(id, {
        resolve: (p) => (done(), resolve(p)),
        reject: (e) => (done(), reject(e)),
      });
      // While a helper works for us, it keeps the process alive (we wait for its answer).
      if (this.waiting.size === 1) this.worker.ref();
      this.worker.postMessage({ id, bytes, from, to });
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

function startWorker(): Worker {
  const data = { solieuPdfPages: true };
  const bundle = process.env.SOLIEU_BUNDLE_DIR;
  if (bundle && existsSync(join(bundle, 'pdf-page-worker.mjs'))) return new Worker(join(bundle, 'pdf-page-worker.mjs'), { workerData: data });
  // From the sources: the worker registers tsx itself (Node 20 does not pass the loader on).
  const entry = JSON.stringify(new URL('./pdf-page-worker.ts', import.meta.url).href);
  return new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${entry}); });`, { eval: true, workerData: data });
}

const helpers: (Helper | undefined)[] = [];

/** Pages `from`..`to` of the PDF in `bytes`, read by helper number `k` (started if need be). */
export function readInHelper(k: number, bytes: Uint8Array, from: number, to: number, signal?: AbortSignal): Promise<PackedPages> {
  let helper = helpers[k];
  if (helper === undefined || helper.dead) {
    helper = new Helper();
    helpers[k] = helper;
  }
  return helper.read(bytes, from, to, signal);
}

/** Stop every helper (they are started again when needed). */
export async function stopPageHelpers(): Promise<void> {
  const running = helpers.splice(0);
  await Promise.all(running.map((h) => h?.stop()));
}
