/**
 * Retries, in-process against the real Redis (unique prefix) and a SQLite store: a passing
 * failure is retried with backoff and the report stored once; a failure that lasts through every
 * attempt leaves its reason on the document; bad job data fails at once.
 */
import { Queue } from 'bullmq';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeFiles } from '../../pipelines/ingest-files.ts';
import { convert } from '../../src/convert/index.ts';
import { enqueueBatch, QUEUE, reportJobId, type QueueConfig } from '../../src/queue/index.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { ConverterCrashError, type ConvertPool } from '../../workers/convert-pool.ts';
import { createLogger } from '../../workers/log.ts';
import { runWorkers, type RunningWorkers } from '../../workers/run-workers.ts';
import { tempDir } from '../pipelines/helpers.ts';
import { writeReport } from './helpers/generate-reports.ts';
import { dropPrefix, SHARED_REDIS_URL, uniquePrefix } from './helpers/redis.ts';
import { waitUntil } from './helpers/wait.ts';

const tmp = tempDir('solieu-retry-');
const config: QueueConfig = { redisUrl: SHARED_REDIS_URL, prefix: uniquePrefix() };
let store: Store;
let running: RunningWorkers;
let reports: Queue;
const calls = new Map<string, number>();
let crashing = new Set<number>();

/** The first conversion of every file fails as if the converter had a hiccup; sizes in `crashing` always crash. */
const flakyPool: ConvertPool = {
  async convert(bytes) {
    const key = String(bytes.length);
    calls.set(key, (calls.get(key) ?? 0) + 1);
    if (crashing.has(bytes.length)) throw new ConverterCrashError('Tiến trình chuyển đổi dừng đột ngột (thử nghiệm).');
    if (calls.get(key) === 1) throw new Error('Lỗi tạm thời (thử nghiệm)');
    return convert(bytes);
  },
  warm() {},
  async close() {},
};

beforeAll(async () => {
  store = await openStore(join(tmp.dir, 'solieu.db'));
  running = await runWorkers({
    config,
    store,
    log: createLogger({}, { write: () => undefined }),
    rulesVersion: 'test-rules',
    pool: flakyPool,
    concurrency: 2,
    queues: [QUEUE.report, QUEUE.batch],
  });
  reports = new Queue(QUEUE.report, { connection: { url: config.redisUrl }, prefix: config.prefix });
}, 60_000);

afterAll(async () => {
  await running?.close(10_000);
  await reports?.close();
  await store?.close();
  await dropPrefix(config.redisUrl, config.prefix);
  tmp.remove();
}, 60_000);

describe('retries', () => {
  it('a passing failure is retried with backoff; the report is stored once', async () => {
    const [file] = await storeFiles(store, [await writeReport(join(tmp.dir, 'a'), 20)]);
    const doc = file!.document!;
    const run = await store.startRun({ kind: 'batch' });
    await enqueueBatch(config, { runId: run.id, uploader: null, documents: [{ sha256: doc.sha256, fileName: doc.fileName }] });
    await waitUntil(async () => (await store.getRun(run.id))?.status === 'succeeded', 30_000);
    const job = (await reports.getJob(reportJobId(doc.sha256)))!;
    expect(await job.getState()).toBe('completed');
    expect(job.attemptsMade).toBe(2); // the failed attempt and the one that completed
    expect(job.opts.backoff).toMatchObject({ type: 'exponential' });
    expect((await store.listExtractions(doc.id)).map((e) => e.key)).toEqual([reportJobId(doc.sha256)]);
    expect((await store.getRun(run.id))!.summary).toMatchObject({ documents: 1, extracted: 1, failed: 0 });
  }, 60_000);

  it('a failure through every attempt fails the job and leaves its reason on the document', async () => {
    const [file] = await storeFiles(store, [await writeReport(join(tmp.dir, 'b'), 21)]);
    const doc = file!.document!;
    crashing = new Set([doc.size]);
    await reports.add('report', { sha256: doc.sha256 }, { jobId: reportJobId(doc.sha256), attempts: 2, backoff: { type: 'fixed', delay: 100 } });
    await waitUntil(async () => (await store.getDocumentById(doc.id))?.status === 'failed', 30_000);
    const failed = (await store.getDocumentById(doc.id))!;
    expect(failed.errorCode).toBe('convert-crashed');
    expect(failed.errorMessage).toContain('đã thử 2 lần');
    await waitUntil(async () => (await reports.getJob(reportJobId(doc.sha256)))?.finishedOn !== undefined, 10_000);
    const job = (await reports.getJob(reportJobId(doc.sha256)))!;
    expect(await job.getState()).toBe('failed');
    expect(job.attemptsMade).toBe(2);
    expect(job.failedReason).toContain('Tiến trình chuyển đổi dừng đột ngột');
  }, 60_000);

  it('bad job data fails at once, without retries', async () => {
    const job = await reports.add('report', { sha256: 'không-phải-sha256' }, { attempts: 5 });
    await waitUntil(async () => (await job.getState()) === 'failed', 20_000);
    const done = (await reports.getJob(job.id!))!;
    expect(done.attemptsMade).toBe(1);
    expect(done.failedReason).toMatch(/^\[bad-job-data\]/);
  }, 30_000);
});
