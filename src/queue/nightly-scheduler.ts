/**
 * The nightly reprocess as a BullMQ job scheduler, registered from one place (`solieu
 * schedule`), never by workers at start-up: upserting under one id keeps exactly one scheduler
 * however often it is run.
 */
import { Queue, type JobSchedulerJson } from 'bullmq';
import { connectionOptions, QUEUE, type QueueConfig } from './config.ts';
import { DEFAULT_NIGHTLY_CRON, DEFAULT_NIGHTLY_TZ, NIGHTLY_SCHEDULER_ID } from './jobs.ts';

export interface NightlySchedule {
  cron?: string;
  tz?: string;
}

function nightlyQueue(config: QueueConfig): Queue {
  const q = new Queue(QUEUE.nightly, { connection: connectionOptions(config, 'producer'), prefix: config.prefix });
  q.on('error', () => undefined);
  return q;
}

export async function upsertNightly(config: QueueConfig, schedule: NightlySchedule = {}): Promise<JobSchedulerJson | undefined> {
  const q = nightlyQueue(config);
  try {
    await q.upsertJobScheduler(
      NIGHTLY_SCHEDULER_ID,
      { pattern: schedule.cron ?? DEFAULT_NIGHTLY_CRON, tz: schedule.tz ?? DEFAULT_NIGHTLY_TZ },
      {
        name: 'nightly',
        data: { all: true },
        opts: { attempts: 3, backoff: { type: 'exponential', delay: 60_000 }, removeOnComplete: { count: 60 }, removeOnFail: { count: 60 } },
      },
    );
    return await q.getJobScheduler(NIGHTLY_SCHEDULER_ID);
  } finally {
    await q.close();
  }
}

export async function removeNightly(config: QueueConfig): Promise<boolean> {
  const q = nightlyQueue(config);
  try {
    return await q.removeJobScheduler(NIGHTLY_SCHEDULER_ID);
  } finally {
    await q.close();
  }
}

export async function listSchedulers(config: QueueConfig): Promise<JobSchedulerJson[]> {
  const q = nightlyQueue(config);
  try {
    return await q.getJobSchedulers(0, -1, true);
  } finally {
    await q.close();
  }
}
