/**
 * Where the web app hands work to the pipelines — the one module that knows about them.
 *
 * Upload: every file is stored at once (status `queued`; the same bytes are stored once), then
 * the files that need reading go to the queue as one batch (BullMQ flow, `solieu worker` does the
 * work) — or, with no Redis reachable (mode `auto`) or in mode `inline`, through the same
 * per-document pipeline in this process, in the background. Either way the statuses in the store
 * move queued → converted → extracted (or failed, with the reason), which the upload page polls.
 *
 * Reprocessing runs the reprocess pipeline (stored Markdown → structure → extract → check, cross-
 * report checks across the store) in this process, in the background; reviews stay attached to
 * their flags by fingerprint.
 */
import { ingestInline } from '../../pipelines/ingest-inline.ts';
import { needsProcessing } from '../../pipelines/ingest-files.ts';
import { reprocess, type ReprocessSelection } from '../../pipelines/reprocess.ts';
import { rulesVersion as currentRulesVersion } from '../../pipelines/rules-version.ts';
import type { CheckConfig } from '../check/index.ts';
import { reportFormatOf } from '../convert/index.ts';
import { enqueueBatch, probeRedis, queueConfig, type QueueConfig } from '../queue/index.ts';
import type { Store, StoredDocument } from '../store/index.ts';

export interface IncomingFile {
  name: string;
  bytes: Uint8Array;
}

export interface IngestResult {
  fileName: string;
  documentId: number | null;
  /** false when the same file (same sha256) was stored before. */
  created: boolean;
  /** A file refused before it was stored. */
  error: { code: string; message: string } | null;
}

export interface ReprocessTarget {
  documentIds?: number[];
  all?: boolean;
}

export interface PipelineBridge {
  /** How the last upload was processed: through the queue or in this process. */
  readonly mode: 'queue' | 'inline';
  /** Store the files and get them processed; returns once they are stored (not processed). */
  ingest(files: IncomingFile[], uploader: string): Promise<IngestResult[]>;
  /** Start reprocessing from the stored Markdown; returns how many documents it covers. */
  reprocess(target: ReprocessTarget, actor: string): Promise<{ documents: number }>;
  /** Resolves when no in-process work is pending (tests, shutdown). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export interface BridgeOptions {
  /** `auto` (default): the queue when Redis answers, else in this process. */
  mode?: 'auto' | 'queue' | 'inline';
  queue?: QueueConfig;
  checks?: CheckConfig;
  /** The rules version written with extractions (default: the hash of the rule sources). */
  rulesVersion?: () => string;
  /** Called when a background job fails unexpectedly (logging). */
  onError?: (error: unknown, what: string) => void;
}

/** Thrown when the queue is required (mode `queue`) and cannot be reached. */
export class QueueUnavailableError extends Error {
  readonly code = 'queue-unavailable';
}


export function createPipelineBridge(store: Store, options: BridgeOptions = {}): PipelineBridge {
  const mode = options.mode ?? 'auto';
  const config = options.queue ?? queueConfig();
  const rules = options.rulesVersion ?? (() => currentRulesVersion(options.checks));
  const checks = options.checks ? { checks: options.checks } : {};
  let chain: Promise<void> = Promise.resolve();
  let lastMode: 'queue' | 'inline' = mode === 'inline' ? 'inline' : 'queue';
  const background = (what: string, work: () => Promise<unknown>): void => {
    chain = chain.then(work).then(
      () => undefined,
      (e: unknown) => options.onError?.(e, what),
    );
  };

  /** Through the queue; false when it cannot be reached and `auto` may fall back. */
  async function viaQueue(docs: StoredDocument[], uploader: string): Promise<boolean> {
    const probe = await probeRedis(config.redisUrl);
    if (!probe.ok) {
      if (mode === 'queue') throw new QueueUnavailableError(probe.message);
      return false;
    }
    const run = await store.startRun({ kind: 'batch', params: { mode: 'queue', documents: docs.length, uploader, via: 'web' } });
    try {
      const enq = await enqueueBatch(config, { runId: run.id, uploader, documents: docs.map((d) => ({ sha256: d.sha256, fileName: d.fileName })) });
      if (!enq.batchJobId) await store.finishRun(run.id, { status: 'succeeded', summary: { documents: 0, inFlight: enq.inFlight } });
      return true;
    } catch (e) {
      await store.finishRun(run.id, { status: 'failed', error: `Redis: ${e instanceof Error ? e.message : String(e)}` });
      if (mode === 'queue') throw new QueueUnavailableError(e instanceof Error ? e.message : String(e));
      return false;
    }
  }

  return {
    get mode() {
      return lastMode;
    },

    async ingest(files, uploader) {
      const results: IngestResult[] = [];
      const toProcess = new Map<string, StoredDocument>();
      for (const file of files) {
        const put = await store.putDocument({ content: file.bytes, fileName: file.name, format: reportFormatOf(file.bytes), uploader });
        results.push({ fileName: file.name, documentId: put.id, created: put.created, error: null });
        const doc = await store.getDocumentById(put.id);
        if (doc && needsProcessing(doc)) toProcess.set(doc.sha256, doc);
      }
      const docs = [...toProcess.values()];
      if (docs.length === 0) return results;
      if (mode !== 'inline' && (await viaQueue(docs, uploader))) {
        lastMode = 'queue';
        return results;
      }
      lastMode = 'inline';
      background('ingest', () => ingestInline(store, docs, { rulesVersion: rules(), uploader, ...checks }));
      return results;
    },

    async reprocess(target, actor) {
      const selection: ReprocessSelection = target.all ? { all: true } : { documentIds: target.documentIds ?? [] };
      const docs = target.all ? await store.listDocuments() : (target.documentIds ?? []);
      background('reprocess', () => reprocess(store, selection, { rulesVersion: rules(), params: { actor, via: 'web' }, ...checks }));
      return { documents: docs.length };
    },

    idle: async () => {
      let seen: Promise<void>;
      do {
        seen = chain;
        await seen;
      } while (seen !== chain);
    },

    close: async () => {
      await chain;
    },
  };
}

/** Everything in this process (tests, a single user without Redis). */
export function createInlineBridge(store: Store, options: Omit<BridgeOptions, 'mode'> = {}): PipelineBridge {
  return createPipelineBridge(store, { ...options, mode: 'inline' });
}
