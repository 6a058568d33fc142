/**
 * `solieu worker`: one BullMQ worker per queue in this process (reports with the asked
 * concurrency, batches and the nightly run one at a time), over one store and one pool of
 * converter children. Stalled jobs (their worker died) go back to the queue through BullMQ's
 * stalled checks, which every worker runs. `close()` lets running jobs finish within a time
 * limit, then closes hard: an unfinished job is taken up again by another worker.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { Worker, type Job } from 'bullmq';
import { connectionOptions, describeRedis, QUEUE, QUEUE_NAMES, type QueueConfig, type QueueName } from '../src/queue/config.ts';
import { KEEP_COMPLETED, KEEP_FAILED } from '../src/queue/jobs.ts';
import { batchProcessor } from './batch-processor.ts';
import type { WorkerContext } from './context.ts';
import { createConvertPool, type ConvertPool } from './convert-pool.ts';
import { nightlyProcessor } from './nightly-processor.ts';
import { reportProcessor } from './report-processor.ts';

export interface RunWorkersOptions extends Omit<WorkerContext, 'pool'> {
  config: QueueConfig;
  /** Report jobs at once in this process (default 2). */
  concurrency?: number;
  queues?: readonly QueueName[];
  /** How long a job's lock lasts without renewal, in ms (default 30 000): after a crash, the time before another worker takes the job. */
  lockDurationMs?: number;
  /** How often stalled jobs are looked for, in ms (default 30 000). */
  stalledIntervalMs?: number;
  /** Hard limit on one conversion, in ms (default: the converter's own limit + 30 s). */
  convertTimeoutMs?: number;
  /** A pool to use instead of a new one (tests). */
  pool?: ConvertPool;
}

export interface RunningWorkers {
  workers: Worker[];
  /** Graceful close within `timeoutMs`, then hard. Resolves to how it ended. */
  close(timeoutMs: number): Promise<'graceful' | 'forced'>;
}

/** One log line per outage, not one per reconnect attempt. */
function outageLogger(ctx: Omit<WorkerContext, 'pool'>, config: QueueConfig) {
  let last = 0;
  return (error: Error) => {
    const now = Date.now();
    if (now - last < 10_000) return;
    last = now;
    ctx.log.warn(`Lỗi kết nối Redis (${describeRedis(config.redisUrl)}); đang thử kết nối lại, công việc không bị mất`, { error });
  };
}

export async function runWorkers(options: RunWorkersOptions): Promise<RunningWorkers> {
  const concurrency = Math.max(1, options.concurrency ?? 2);
  const pool = options.pool ?? createConvertPool({ size: concurrency, log: options.log, ...(options.convertTimeoutMs ? { timeoutMs: options.convertTimeoutMs } : {}) });
  if (!options.pool) pool.warm();
  const ctx: WorkerContext = { ...options, pool };
  const onError = outageLogger(options, options.config);
  const base = {
    connection: connectionOptions(options.config, 'worker'),
    prefix: options.config.prefix,
    lockDuration: options.lockDurationMs ?? 30_000,
    stalledInterval: options.stalledIntervalMs ?? 30_000,
    maxStalledCount: 2,
    removeOnComplete: KEEP_COMPLETED,
    removeOnFail: KEEP_FAILED,
  };
  const wanted = new Set(options.queues ?? QUEUE_NAMES);
  const workers: Worker[] = [];
  const add = (name: QueueName, processor: (job: Job) => Promise<unknown>, n: number) => {
    if (!wanted.has(name)) return;
    const w = new Worker(name, processor, { ...base, concurrency: n, name: `solieu-${process.pid}` });
    const log = options.log.child({ queue: name });
    w.on('error', onError);
    w.on('completed', (job) => log.info('Xong', { jobId: job.id, documentId: (job.returnvalue as { documentId?: number })?.documentId }));
    w.on('failed', (job, error) =>
      log.warn('Thất bại', { jobId: job?.id, attemptsMade: job?.attemptsMade, attempts: job?.opts.attempts, reason: error.message }),
    );
    w.on('stalled', (jobId) => log.warn('Công việc bị treo (tiến trình xử lý đã dừng); đưa lại vào hàng đợi', { jobId }));
    workers.push(w);
  };
  add(QUEUE.report, reportProcessor(ctx), concurrency);
  add(QUEUE.batch, batchProcessor(ctx), 1);
  add(QUEUE.nightly, nightlyProcessor(ctx), 1);
  await Promise.all(workers.map((w) => w.waitUntilReady()));
  options.log.info('Đã sẵn sàng', { queues: [...wanted], concurrency, redis: describeRedis(options.config.redisUrl), prefix: options.config.prefix, store: options.store.location, rulesVersion: options.rulesVersion });

  return {
    workers,
    async close(timeoutMs) {
      const graceful = Promise.all(workers.map((w) => w.close())).then(() => 'graceful' as const);
      const how = await Promise.race([graceful, sleep(timeoutMs, undefined, { ref: false }).then(() => 'forced' as const)]);
      // Not closed in time (a long job, or Redis away: BullMQ waits for a connection it cannot
      // get): drop the connections. Unfinished jobs keep their lock until it expires, then
      // another worker's stalled check takes them up again.
      if (how === 'forced') await Promise.race([Promise.allSettled(workers.map((w) => w.disconnect())), sleep(3000, undefined, { ref: false })]);
      if (!options.pool) await pool.close();
      return how;
    },
  };
}
