/** One reprocessing thread: warm up, say ready, wait for 'go', analyse `count` stored reports in buckets. */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { analyseMarkdown } from '../../../pipelines/analyse-markdown.ts';

const { mdPath, count, budgetMs, bucket } = workerData as { mdPath: string; count: number; budgetMs: number; bucket: number };
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
  const buckets: { n: number; ms: number; rssMax: number; heapUsed: number }[] = [];
  const t0 = performance.now();
  let done = 0;
  let b0 = t0;
  let rssMax = 0;
  while (done < count) {
    one(done);
    done++;
    if (done % 50 === 0) rssMax = Math.max(rssMax, process.memoryUsage.rss());
    if (done % bucket === 0 || done === count) {
      const now = performance.now();
      buckets.push({ n: done % bucket || bucket, ms: now - b0, rssMax, heapUsed: process.memoryUsage().heapUsed });
      b0 = now;
      rssMax = 0;
      if (now - t0 > budgetMs) break;
    }
  }
  port.postMessage({ kind: 'done', done, ms: performance.now() - t0, buckets, sink });
});
port.postMessage({ kind: 'ready' });
