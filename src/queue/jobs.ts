/**
 * What each queue's jobs carry (validated by the workers with zod) and their ids. A report job's
 * id is the stage and the file's sha256, so submitting the same file twice adds nothing and a
 * retried or recovered job writes under the same idempotency key.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';

export const SHA256 = z.string().regex(/^[0-9a-f]{64}$/, 'sha256 phải là 64 chữ số hex');

/** One stored document to read: convert (or reuse the stored Markdown) → analyse → store. */
export const ReportJobData = z.object({
  sha256: SHA256,
  fileName: z.string().min(1).optional(),
  /** The store run of the upload, for the extraction's run id. */
  runId: z.number().int().positive().optional(),
});
export type ReportJobData = z.infer<typeof ReportJobData>;

/** The parent of one upload: runs when every report job is done; returns the batch summary. */
export const BatchJobData = z.object({
  runId: z.number().int().positive(),
  documents: z.number().int().nonnegative(),
  uploader: z.string().nullable().optional(),
});
export type BatchJobData = z.infer<typeof BatchJobData>;

/** The nightly reprocess (from the job scheduler) or a reprocess asked for through the queue. */
export const NightlyJobData = z
  .object({
    all: z.boolean().optional(),
    since: z.string().optional(),
    agency: z.string().optional(),
    period: z.string().optional(),
  })
  .default({});
export type NightlyJobData = z.infer<typeof NightlyJobData>;

/** What a report job returns (kept on the job; summed by the batch parent). */
export const ReportJobResult = z.object({
  documentId: z.number().int(),
  sha256: z.string(),
  status: z.literal('extracted'),
  created: z.boolean(),
  extractionId: z.number().int(),
  records: z.number().int(),
  flags: z.object({ error: z.number(), warning: z.number(), info: z.number() }),
  agency: z.string().nullable(),
  province: z.string().nullable(),
  period: z.string().nullable(),
});
export type ReportJobResult = z.infer<typeof ReportJobResult>;

/** Stage + sha256. BullMQ ids may not contain ':'. */
export function reportJobId(sha256: string): string {
  return `process-${sha256}`;
}

/** The store run of the upload + a random part (several stores may share one Redis). */
export function batchJobId(runId: number): string {
  return `batch-${runId}-${randomBytes(4).toString('hex')}`;
}

/** The nightly job scheduler's id: one scheduler, whoever registers it. */
export const NIGHTLY_SCHEDULER_ID = 'nightly-reprocess';
export const DEFAULT_NIGHTLY_CRON = '0 2 * * *';
export const DEFAULT_NIGHTLY_TZ = 'Asia/Ho_Chi_Minh';

/** Retry policy of report jobs: transient failures back off exponentially (2 s, 4 s, 8 s, 16 s). */
export const REPORT_ATTEMPTS = 5;
export const REPORT_BACKOFF = { type: 'exponential', delay: 2000 } as const;
/** Finished jobs kept in Redis (bounded): the store is the record, not the queue. */
export const KEEP_COMPLETED = { count: 2000, age: 7 * 24 * 3600 } as const;
export const KEEP_FAILED = { count: 5000, age: 30 * 24 * 3600 } as const;
