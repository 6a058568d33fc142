/**
 * The report queue: validate the job → run the document pipeline → store. An unreadable file is
 * an UnrecoverableError (no retry) whose reason starts with its code, the code also stored on
 * the document; anything else is retried with backoff, and the last attempt marks the document
 * failed with its reason. The extraction's idempotency key is the job id, so a job run twice
 * (retried, or recovered after its worker died) is stored once.
 */
import { UnrecoverableError, type Job } from 'bullmq';
import { z } from 'zod';
import { DocumentInputError, processStoredDocument } from '../pipelines/ingest-document.ts';
import { ReportJobData, type ReportJobResult } from '../src/queue/jobs.ts';
import { ConverterCrashError } from './convert-pool.ts';
import type { WorkerContext } from './context.ts';

export function reportProcessor(ctx: WorkerContext) {
  return async (job: Job): Promise<ReportJobResult> => {
    const parsed = ReportJobData.safeParse(job.data);
    if (!parsed.success) throw new UnrecoverableError(`[bad-job-data] Dữ liệu công việc không hợp lệ: ${z.prettifyError(parsed.error)}`);
    const { sha256, runId } = parsed.data;
    const doc = await ctx.store.getDocumentBySha(sha256);
    if (!doc) throw new UnrecoverableError(`[document-not-found] Không có tài liệu ${sha256.slice(0, 12)}… trong kho dữ liệu.`);
    try {
      return await processStoredDocument(ctx.store, doc, {
        rulesVersion: ctx.rulesVersion,
        key: job.id ?? `process-${sha256}`,
        runId: runId ?? null,
        convert: (bytes) => ctx.pool.convert(bytes),
        ...(ctx.checks ? { checks: ctx.checks } : {}),
      });
    } catch (e) {
      if (e instanceof DocumentInputError) throw new UnrecoverableError(`[${e.code}] ${e.message}`);
      const last = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      if (last) {
        const code = e instanceof ConverterCrashError ? e.code : 'processing-failed';
        const message = `Lỗi hệ thống khi xử lý tệp (đã thử ${job.attemptsMade + 1} lần): ${e instanceof Error ? e.message : String(e)}`;
        const current = await ctx.store.getDocumentById(doc.id).catch(() => undefined);
        if (current && current.status !== 'extracted') {
          await ctx.store.setDocumentStatus(doc.id, 'failed', { code, message }).catch(() => undefined);
        }
      }
      throw e;
    }
  };
}
