/** The summary of one upload batch: what its report jobs (or the inline run) stored and what failed. */
import type { FlagCounts, RunSummary, Store } from '../src/store/index.ts';
import { reconcileCrossFlags, type ReconcileResult } from './batch-cross-flags.ts';
import { bodyKeyOf } from '../src/text/body-key.ts';
import type { CheckConfig } from '../src/check/index.ts';
import type { ProcessedDocument } from './ingest-document.ts';

export interface BatchFailure {
  sha256: string;
  documentId: number | null;
  fileName: string | null;
  code: string;
  message: string;
}

export interface BatchSummary extends RunSummary {
  documents: number;
  extracted: number;
  failed: number;
  records: number;
  flags: FlagCounts;
  failures: BatchFailure[];
  /** Documents of the same bodies whose cross-report flags changed (a new version each). */
  crossUpdated: number;
  flagsOpened: number;
  flagsClosed: number;
}

export function summarizeBatch(done: readonly ProcessedDocument[], failures: readonly BatchFailure[], cross: ReconcileResult): BatchSummary {
  const flags: FlagCounts = { error: 0, warning: 0, info: 0 };
  for (const d of done) for (const s of ['error', 'warning', 'info'] as const) flags[s] += d.flags[s];
  return {
    documents: done.length + failures.length,
    extracted: done.length,
    failed: failures.length,
    records: done.reduce((n, d) => n + d.records, 0),
    flags,
    failures: [...failures],
    crossUpdated: cross.updated.length,
    flagsOpened: cross.flagsOpened,
    flagsClosed: cross.flagsClosed,
  };
}

/**
 * The end of a batch: cross-report flags of the bodies it touched brought up to date across the
 * store (a report processed before its duplicate could not see it), then the summary.
 */
export async function finishBatch(
  store: Store,
  done: readonly ProcessedDocument[],
  failures: readonly BatchFailure[],
  options: { key: string; runId: number; checks?: CheckConfig },
): Promise<BatchSummary> {
  const bodies = new Set(done.map((d) => bodyKeyOf(d.agency, d.province)).filter((k): k is string => k !== null));
  const cross = await reconcileCrossFlags(store, bodies, {
    key: options.key,
    runId: options.runId,
    ...(options.checks ? { checks: options.checks } : {}),
  });
  return summarizeBatch(done, failures, cross);
}

/** A failure as the batch reports it, with the code the document carries. */
export async function failureOf(store: Store, sha256: string, fallback: { code: string; message: string }): Promise<BatchFailure> {
  const doc = await store.getDocumentBySha(sha256);
  return {
    sha256,
    documentId: doc?.id ?? null,
    fileName: doc?.fileName ?? null,
    code: doc?.errorCode ?? fallback.code,
    message: doc?.errorMessage ?? fallback.message,
  };
}
