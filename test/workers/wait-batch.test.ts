/**
 * `ingest --wait` follows a batch by polling for progress, and the batch's completed/failed event
 * ends the wait at once: here the poll interval is an hour, so only the event can end these waits
 * within the test's time. Real Redis under a unique prefix.
 */
import { Queue, Worker } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BatchFailedError, QUEUE, waitForBatch, type QueueConfig } from '../../src/queue/index.ts';
import { dropPrefix, SHARED_REDIS_URL, uniquePrefix } from './helpers/redis.ts';

const config: QueueConfig = { redisUrl: SHARED_REDIS_URL, prefix: uniquePrefix() };
const HOUR = 3_600_000;
let batches: Queue;
let worker: Worker;

beforeAll(async () => {
  batches = new Queue(QUEUE.batch, { connection: { url: config.redisUrl }, prefix: config.prefix });
  // A stand-in batch processor: finishes after a moment, fails when asked to.
  worker = new Worker(
    QUEUE.batch,
    async (job) => {
      await new Promise((r) => setTimeout(r, 300));
      if (job.data.fail) throw new Error('lô thử nghiệm hỏng');
      return { documents: job.data.documents };
    },
    { connection: { url: config.redisUrl, maxRetriesPerRequest: null }, prefix: config.prefix },
  );
}, 30_000);

afterAll(async () => {
  await worker?.close();
  await batches?.close();
  await dropPrefix(config.redisUrl, config.prefix);
});

describe('waitForBatch', () => {
  it('returns the batch summary when the batch completes, without waiting for the next poll', async () => {
    const job = await batches.add('batch', { documents: 3 }, { jobId: 'wait-ok' });
    const progress: number[] = [];
    const summary = await waitForBatch(config, job.id!, 3, { pollMs: HOUR, onProgress: (done) => progress.push(done) });
    expect(summary).toEqual({ documents: 3 });
    expect(progress.at(-1)).toBe(3);
  }, 20_000);

  it('reports a failed batch with its reason, also without waiting for the next poll', async () => {
    const job = await batches.add('batch', { documents: 1, fail: true }, { jobId: 'wait-fail' });
    await expect(waitForBatch(config, job.id!, 1, { pollMs: HOUR })).rejects.toThrow(BatchFailedError);
    await expect(waitForBatch(config, job.id!, 1, { pollMs: HOUR })).rejects.toThrow(/lô thử nghiệm hỏng/);
  }, 20_000);

  it('says so when the batch does not exist', async () => {
    await expect(waitForBatch(config, 'no-such-batch', 1, { pollMs: HOUR })).rejects.toThrow(/Không tìm thấy/);
  });
});
