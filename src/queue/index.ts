export { QUEUE, QUEUE_NAMES, DEFAULT_REDIS_URL, DEFAULT_QUEUE_PREFIX, queueConfig, describeRedis, connectionOptions, type QueueConfig, type QueueName } from './config.ts';
export * from './jobs.ts';
export { probeRedis, type ProbeResult } from './probe.ts';
export { enqueueBatch, type BatchDocument, type EnqueuedBatch } from './enqueue-batch.ts';
export { upsertNightly, removeNightly, listSchedulers, type NightlySchedule } from './nightly-scheduler.ts';
export { queueStatus, reportWorkers, JOB_STATES, type QueueStatus, type FailedJob, type SchedulerInfo, type JobState } from './queue-status.ts';
export { waitForBatch, BatchFailedError, type WaitHandlers } from './wait-batch.ts';
