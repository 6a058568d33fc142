/**
 * Follow one upload batch until its parent job completes (`solieu ingest --wait`), polling the
 * parent's dependency counts for progress; the batch's own completed/failed event (QueueEvents)
 * wakes the wait at once, so the command ends when the batch does, not at the next poll. Redis
 * going away is reported once and waited out: the jobs are in Redis (and its append-only file),
 * the workers pick up where they were when it is back.
 */
import { Queue, QueueEvents } from 'bullmq';
import { connectionOptions, QUEUE, type QueueConfig } from './config.ts';

export interface WaitHandlers {
  onProgress?(done: number, total: number): void;
  /** Redis stopped answering (called once per outage). */
  onOutage?(reason: string): void;
  /** Redis answers again. */
  onRecover?(): void;
  pollMs?: number;
  /** Give up after this long (default: never). */
  timeoutMs?: number;
}

export class BatchFailedError extends Error {}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis không phản hồi sau ${ms} ms`)), ms);
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

export async function waitForBatch(config: QueueConfig, batchJobId: string, total: number, h: WaitHandlers = {}): Promise<unknown> {
  const q = new Queue(QUEUE.batch, { connection: connectionOptions(config, 'producer'), prefix: config.prefix, skipMetasUpdate: true });
  q.on('error', () => undefined);
  // The event only shortens the wait; the poll below still decides (an event missed while
  // subscribing, or during an outage, costs at most one poll interval).
  const events = new QueueEvents(QUEUE.batch, { connection: connectionOptions(config, 'worker'), prefix: config.prefix });
  events.on('error', () => undefined);
  let wake: (() => void) | undefined;
  const onFinished = ({ jobId }: { jobId: string }): void => {
    if (jobId === batchJobId) wake?.();
  };
  events.on('completed', onFinished);
  events.on('failed', onFinished);
  const started = Date.now();
  let outage = false;
  let last = -1;
  try {
    for (;;) {
      try {
        const job = await withTimeout(q.getJob(batchJobId), 3000);
        if (!job) throw new BatchFailedError(`Không tìm thấy công việc lô ${batchJobId} trong hàng đợi.`);
        const state = await withTimeout(job.getState(), 3000);
        if (outage) {
          outage = false;
          h.onRecover?.();
        }
        if (state === 'completed') {
          h.onProgress?.(total, total);
          return job.returnvalue;
        }
        if (state === 'failed') throw new BatchFailedError(`Lô ${batchJobId} thất bại: ${job.failedReason ?? ''}`);
        const deps = await withTimeout(job.getDependenciesCount(), 3000);
        const done = (deps.processed ?? 0) + (deps.failed ?? 0) + (deps.ignored ?? 0);
        if (done !== last) h.onProgress?.(done, total);
        last = done;
      } catch (e) {
        if (e instanceof BatchFailedError) throw e;
        if (!outage) {
          outage = true;
          h.onOutage?.(e instanceof Error ? e.message : String(e));
        }
      }
      if (h.timeoutMs !== undefined && Date.now() - started > h.timeoutMs) {
        throw new BatchFailedError(`Quá ${Math.round(h.timeoutMs / 1000)} giây chờ lô ${batchJobId}.`);
      }
      await new Promise<void>((r) => {
        const timer = setTimeout(r, h.pollMs ?? 1000);
        wake = () => {
          clearTimeout(timer);
          r();
        };
      });
      wake = undefined;
    }
  } finally {
    await Promise.all([q.close().catch(() => undefined), events.close().catch(() => undefined)]);
  }
}
