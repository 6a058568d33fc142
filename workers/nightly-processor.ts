/**
 * The nightly queue: the job the scheduler adds every night (or one added by hand) runs the
 * reprocess over the whole store (or the job's selection), as a `nightly` run. The job id is the
 * idempotency key of the versions it writes, so a run retried after a crash does not write twice.
 */
import type { Job } from 'bullmq';
import { reprocess, type ReprocessSummary } from '../pipelines/reprocess.ts';
import { NightlyJobData } from '../src/queue/jobs.ts';
import type { WorkerContext } from './context.ts';

export function nightlyProcessor(ctx: WorkerContext) {
  return async (job: Job): Promise<ReprocessSummary & { runId: number }> => {
    const parsed = NightlyJobData.safeParse(job.data ?? {});
    const selection = parsed.success && Object.values(parsed.data).some((v) => v !== undefined && v !== false) ? parsed.data : { all: true };
    const { run, summary } = await reprocess(ctx.store, selection, {
      kind: 'nightly',
      key: `nightly-${job.id ?? Date.now()}`,
      rulesVersion: ctx.rulesVersion,
      convert: (bytes) => ctx.pool.convert(bytes),
      params: { jobId: job.id ?? null },
      ...(ctx.checks ? { checks: ctx.checks } : {}),
    });
    ctx.log.info('Đã chạy xử lý lại hằng đêm', { runId: run.id, documents: summary.documents, written: summary.written });
    return { runId: run.id, ...summary };
  };
}
