/** One reprocessing thread: warm up, say ready, wait for 'go', analyse `count` stored reports in buckets. */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { analyseMarkdown } from '../../../pipelines/analyse-markdown.ts';

const { mdPath, count, budgetMs, bucket, settle } = workerData as { mdPath: string; count: number; budgetMs: number; bucket: number; settle: boolean };
// With `settle` (the one-thread run, whose memory section 4 reads), each bucket ends with a full
// collection, untimed, after which RSS and the heap are read: what the process keeps, not where
// its young generation happened to be at the last sample.
const gc = settle ? (globalThis as { gc?: () => void }).gc : undefined;
const docs = JSON.parse(readFileSync(mdPath, 'utf8')) as string[];
const port = parentPort;
if (!port) throw new Error('reprocess-worker runs as a worker thread');

let sink = 0;
const one = (i: number): void => {
  const a = analyseMarkdown(docs[i % docs.length] as string, `sha-${i}`);
  sink += a.records.length;
};
// Warm-up: one pass over the stored reports (JIT, caches and the heap reach their working size).
for (let i = 0; i < docs.length; i++) one(i);

port.once('message', () => {
  const buckets: { n: number; ms: number; rssMax: number; heapUsed: number; rssSettled?: number; heapSettled?: number }[] = [];
  const t0 = performance.now();
  let done = 0;
  let b0 = t0;
  let gcMs = 0;
  let rssMax = 0;
  while (done < count) {
    one(done);
    done++;
    if (done % 50 === 0) rssMax = Math.max(rssMax, process.memoryUsage.rss());
    if (done % bucket === 0 || done === count) {
      const now = performance.now();
      const row = { n: done % bucket || bucket, ms: now - b0, rssMax, heapUsed: process.memoryUsage().heapUsed };
      if (gc) {
        const g0 = performance.now();
        gc();
        const m = process.memoryUsage();
        buckets.push({ ...row, rssSettled: m.rss, heapSettled: m.heapUsed });
        gcMs += performance.now() - g0;
      } else buckets.push(row);
      b0 = performance.now();
      rssMax = 0;
      if (now - t0 > budgetMs) break;
    }
  }
  port.postMessage({ kind: 'done', done, ms: performance.now() - t0 - gcMs, gcMs, buckets, sink });
});
port.postMessage({ kind: 'ready' });
