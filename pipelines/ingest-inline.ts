/**
 * An upload processed in this process, one file after the other, into the store: the same
 * per-document pipeline the report jobs run (same rows, same idempotency keys), then the batch
 * end (cross-report flags, summary). For a single user with no Redis, and the fallback when
 * Redis is unreachable.
 */
import type { CheckConfig } from '../src/check/index.ts';
import type { Conversion } from '../src/convert/index.ts';
import type { Store, StoredDocument } from '../src/store/index.ts';
import { reportJobId } from '../src/queue/jobs.ts';
import { failureOf, finishBatch, type BatchFailure, type BatchSummary } from './batch-summary.ts';
import { DocumentInputError, processStoredDocument, type ProcessedDocument } from './ingest-document.ts';

export interface InlineOptions {
  rulesVersion: string;
  checks?: CheckConfig;
  uploader?: string | null;
  /** Files given but not processed (already read, unreadable), counted in the run's parameters. */
  skipped?: number;
  convert?: (bytes: Uint8Array) => Promise<Conversion>;
  onDocument?: (doc: StoredDocument, outcome: ProcessedDocument | BatchFailure) => void;
}

export async function ingestInline(store: Store, docs: readonly StoredDocument[], options: InlineOptions): Promise<{ runId: number; summary: BatchSummary }> {
  const run = await store.startRun({
    kind: 'batch',
    params: { mode: 'inline', documents: docs.length, skipped: options.skipped ?? 0, uploader: options.uploader ?? null },
  });
  try {
    const done: ProcessedDocument[] = [];
    const failures: BatchFailure[] = [];
    for (const doc of docs) {
      let outcome: ProcessedDocument | BatchFailure;
      try {
        outcome = await processStoredDocument(store, doc, {
          rulesVersion: options.rulesVersion,
          key: reportJobId(doc.sha256),
          runId: run.id,
          ...(options.checks ? { checks: options.checks } : {}),
          ...(options.convert ? { convert: options.convert } : {}),
        });
        done.push(outcome);
      } catch (e) {
        if (!(e instanceof DocumentInputError)) {
          const message = `Lỗi hệ thống khi xử lý tệp: ${e instanceof Error ? e.message : String(e)}`;
          await store.setDocumentStatus(doc.id, 'failed', { code: 'processing-failed', message }).catch(() => undefined);
        }
        outcome = await failureOf(store, doc.sha256, { code: 'processing-failed', message: String(e) });
        failures.push(outcome);
      }
      options.onDocument?.(doc, outcome);
    }
    const summary = await finishBatch(store, done, failures, {
      key: `batch-${run.id}`,
      runId: run.id,
      ...(options.checks ? { checks: options.checks } : {}),
    });
    await store.finishRun(run.id, { status: 'succeeded', summary });
    return { runId: run.id, summary };
  } catch (e) {
    await store.finishRun(run.id, { status: 'failed', error: e instanceof Error ? e.message : String(e) }).catch(() => undefined);
    throw e;
  }
}
