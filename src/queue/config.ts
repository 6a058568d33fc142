/**
 * Where the queues live and how to reach them, shared by `solieu worker`, `ingest`, `schedule`
 * and `status`: REDIS_URL (default redis://127.0.0.1:6379) and SOLIEU_QUEUE_PREFIX (the
 * BullMQ key prefix, default `solieu`; tests use a unique one per run).
 */
import type { RedisOptions } from 'bullmq';

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';
export const DEFAULT_QUEUE_PREFIX = 'solieu';

/** The three queues: one job per document, one parent per upload batch, the nightly reprocess. */
export const QUEUE = {
  report: 'report',
  batch: 'batch',
  nightly: 'nightly',
} as const;
export type QueueName = (typeof QUEUE)[keyof typeof QUEUE];
export const QUEUE_NAMES: readonly QueueName[] = [QUEUE.report, QUEUE.batch, QUEUE.nightly];

export interface QueueConfig {
  redisUrl: string;
  prefix: string;
}

export function queueConfig(env: NodeJS.ProcessEnv = process.env): QueueConfig {
  return {
    redisUrl: env['REDIS_URL']?.trim() || DEFAULT_REDIS_URL,
    prefix: env['SOLIEU_QUEUE_PREFIX']?.trim() || DEFAULT_QUEUE_PREFIX,
  };
}

/** The Redis URL for people: the password hidden. */
export function describeRedis(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}

/** Reconnect quickly after an outage (0.5 s, 1 s, … up to 3 s between attempts), forever. */
function retryStrategy(times: number): number {
  return Math.min(500 * times, 3000);
}

/**
 * Connection options for BullMQ. `worker`: blocking connections that wait out an outage.
 * `producer` (ingest, schedule, status): commands fail fast while Redis is away instead of
 * piling up, so the command can say so; the connection keeps trying in the background.
 */
export function connectionOptions(config: QueueConfig, role: 'worker' | 'producer'): RedisOptions {
  const base: RedisOptions = { url: config.redisUrl, retryStrategy, connectTimeout: 2000 };
  if (role === 'worker') return { ...base, maxRetriesPerRequest: null };
  return { ...base, maxRetriesPerRequest: 1, enableOfflineQueue: false };
}
