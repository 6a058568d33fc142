/**
 * Reprocessing from stored Markdown (analyseMarkdown only) with N worker threads, started together
 * after warm-up. Usage: reprocess.ts <markdown.json> <threads> <total> <budgetMs> <bucket>
 * Prints JSON: { threads, done, wallMs, buckets: [{ ms, rssMax, heapUsed }] (thread 0 only) }.
 * With one thread, RSS is the process's RSS while that thread works (the main thread idles).
 */
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';

const [mdPath = '', threadsArg = '1', totalArg = '10000', budgetArg = '60000', bucketArg = '1000'] = process.argv.slice(2);
const threads = Number(threadsArg);
const total = Number(totalArg);
const per = Math.ceil(total / threads);
// One thread: its buckets end with an untimed full collection (section 4 reads the memory it keeps).
const data = { mdPath, count: per, budgetMs: Number(budgetArg), bucket: Number(bucketArg), settle: threads === 1 };
// Run from the bench bundle (test/bench/bundle.ts): the worker is its sibling .mjs.
const bundled = (process.argv[1] ?? '').endsWith('.mjs');

interface Bucket {
  n: number;
  ms: number;
  rssMax: number;
  heapUsed: number;
  rssSettled?: number;
  heapSettled?: number;
}
interface Done {
  kind: 'done';
  done: number;
  ms: number;
  gcMs: number;
  buckets: Bucket[];
}

const workers = Array.from(
  { length: threads },
  () =>
    bundled
      ? new Worker(join(dirname(process.argv[1] ?? ''), 'reprocess-worker.mjs'), { workerData: data })
      : // Node 20 workers do not inherit tsx's loader for a .ts entry: register it, then import.
        new Worker(
          `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(new URL('./reprocess-worker.ts', import.meta.url).href)}); });`,
          { eval: true, workerData: data },
        ),
);
const ready = workers.map((w) => new Promise<void>((res) => w.once('message', () => res())));
await Promise.all(ready);
const t0 = performance.now();
const results = await Promise.all(
  workers.map(
    (w) =>
      new Promise<Done>((res, rej) => {
        w.on('message', (m: Done) => {
          if (m.kind === 'done') res(m);
        });
        w.on('error', rej);
        w.postMessage('go');
      }),
  ),
);
// The forced collections at the buckets' ends (one thread only) are not part of the work.
const wallMs = performance.now() - t0 - Math.max(0, ...results.map((r) => r.gcMs));
await Promise.all(workers.map((w) => w.terminate()));
console.log(
  JSON.stringify({
    threads,
    done: results.reduce((a, r) => a + r.done, 0),
    wallMs,
    buckets: results[0]?.buckets ?? [],
  }),
);
