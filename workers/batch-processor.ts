/**
 * The batch queue: the parent of one upload, run by BullMQ once every report job of the
 * upload is done. Sums the children's results and failures, brings the cross-report flags of
 * the bodies they touched up to date across the store, and closes the batch run with that
 * summary (also the job's return value).
 */
import { UnrecoverableError, type Job } from 'bullmq';
import { failureOf, finishBatch, type BatchFailure, type BatchSummary } from '../pipelines/batch-summary.ts';
import { BatchJobData, ReportJobResult } from '../src/queue/jobs.ts';
import type { WorkerContext } from './context.ts';

/** "[code] message" (how report jobs fail) → code and message. */
export function parseReason(reason: string): { code: string; message: string } {
  const m = /^\[([a-z0-9-]+)\]\s*(.*)$/s.exec(reason);
  return m ? { code: m[1]!, message: m[2]! } : { code: 'processing-failed', message: reason };
}

export function batchProcessor(ctx: WorkerContext) {
  return async (job: Job): Promise<BatchSummary> => {
    const parsed = BatchJobData.safeParse(job.data);
    if (!parsed.success) throw new UnrecoverableError('[bad-job-data] Dữ liệu công việc lô không hợp lệ.');
    const values = await job.getChildrenValues();
    const done = Object.values(values)
      .map((v) => ReportJobResult.safeParse(v))
      .flatMap((r) => (r.success ? [r.data] : []));
    const failures: BatchFailure[] = [];
    for (const [key, reason] of Object.entries(await job.getIgnoredChildrenFailures())) {
      const sha = /process-([0-9a-f]{64})$/.exec(key)?.[1];
      if (sha) failures.push(await failureOf(ctx.store, sha, parseReason(String(reason))));
    }
    const summary = await finishBatch(ctx.store, done, failures, {
      key: job.id ?? `batch-${parsed.data.runId}`,
      runId: parsed.data.runId,
      ...(ctx.checks ? { checks: ctx.checks } : {}),
    });
    await ctx.store.finishRun(parsed.data.runId, { status: 'succeeded', summary }).catch((e: unknown) => {
      ctx.log.warn('Không ghi được kết quả lô vào kho dữ liệu', { runId: parsed.data.runId, error: e });
    });
    return summary;
  };
}
