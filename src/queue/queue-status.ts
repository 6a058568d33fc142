/** What the queues hold: jobs by state, the latest failed jobs with their reasons, the nightly scheduler. */
import { Queue } from 'bullmq';
import { connectionOptions, QUEUE, QUEUE_NAMES, type QueueConfig, type QueueName } from './config.ts';

export const JOB_STATES = ['waiting', 'active', 'delayed', 'prioritized', 'waiting-children', 'completed', 'failed'] as const;
export type JobState = (typeof JOB_STATES)[number];

export interface FailedJob {
  queue: QueueName;
  id: string;
  name: string;
  reason: string;
  attemptsMade: number;
  failedAt: string | null;
  fileName: string | null;
}

export interface SchedulerInfo {
  id: string;
  pattern: string | null;
  tz: string | null;
  next: string | null;
}

export interface QueueStatus {
  counts: { [Q in QueueName]: { [S in JobState]: number } };
  failed: FailedJob[];
  schedulers: SchedulerInfo[];
}

export async function queueStatus(config: QueueConfig, options: { failedLimit?: number } = {}): Promise<QueueStatus> {
  const connection = connectionOptions(config, 'producer');
  const queues = QUEUE_NAMES.map((name) => {
    const q = new Queue(name, { connection, prefix: config.prefix, skipMetasUpdate: true });
    q.on('error', () => undefined);
    return [name, q] as const;
  });
  try {
    const counts = {} as QueueStatus['counts'];
    const failed: FailedJob[] = [];
    for (const [name, q] of queues) {
      const c = await q.getJobCounts(...JOB_STATES);
      counts[name] = Object.fromEntries(JOB_STATES.map((s) => [s, c[s] ?? 0])) as { [S in JobState]: number };
      for (const job of await q.getFailed(0, (options.failedLimit ?? 20) - 1)) {
        if (!job) continue;
        const data = (job.data ?? {}) as { fileName?: unknown };
        failed.push({
          queue: name,
          id: String(job.id),
          name: job.name,
          reason: job.failedReason ?? '',
          attemptsMade: job.attemptsMade,
          failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
          fileName: typeof data.fileName === 'string' ? data.fileName : null,
        });
      }
    }
    failed.sort((a, b) => (b.failedAt ?? '').localeCompare(a.failedAt ?? ''));
    const nightly = queues.find(([n]) => n === 'nightly')![1];
    const schedulers = (await nightly.getJobSchedulers(0, -1, true)).map((s) => ({
      id: s.id ?? s.key,
      pattern: s.pattern ?? null,
      tz: s.tz ?? null,
      next: s.next ? new Date(s.next).toISOString() : null,
    }));
    return { counts, failed: failed.slice(0, options.failedLimit ?? 20), schedulers };
  } finally {
    await Promise.allSettled(queues.map(([, q]) => q.close()));
  }
}

/** Workers connected to the report queue right now (from Redis' client list). */
export async function reportWorkers(config: QueueConfig): Promise<number> {
  const q = new Queue(QUEUE.report, { connection: connectionOptions(config, 'producer'), prefix: config.prefix, skipMetasUpdate: true });
  q.on('error', () => undefined);
  try {
    return await q.getWorkersCount();
  } finally {
    await q.close().catch(() => undefined);
  }
}
