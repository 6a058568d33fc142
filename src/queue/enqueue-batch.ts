/**
 * One upload into the queues: a BullMQ flow whose children are the report jobs (one per
 * document, id from its sha256) and whose parent, in the batch queue, runs when every child is
 * done — completed, or failed (a failed child is ignored as a dependency, so one broken file
 * does not hold the batch) — and returns the batch summary.
 */
import { FlowProducer, Queue, type FlowJob } from 'bullmq';
import { connectionOptions, QUEUE, type QueueConfig } from './config.ts';
import {
  batchJobId,
  KEEP_COMPLETED,
  KEEP_FAILED,
  REPORT_ATTEMPTS,
  REPORT_BACKOFF,
  reportJobId,
  type BatchJobData,
  type ReportJobData,
} from './jobs.ts';

export interface BatchDocument {
  sha256: string;
  fileName: string;
}

export interface EnqueuedBatch {
  /** null when nothing had to be added (every document already has a job in flight). */
  batchJobId: string | null;
  /** Report jobs added by this batch. */
  added: number;
  /** Documents whose job is already waiting or running (in another batch). */
  inFlight: number;
}

const IN_FLIGHT = new Set(['waiting', 'wait', 'active', 'delayed', 'prioritized', 'waiting-children', 'paused']);

export async function enqueueBatch(
  config: QueueConfig,
  batch: { runId: number; uploader: string | null; documents: readonly BatchDocument[] },
): Promise<EnqueuedBatch> {
  const connection = connectionOptions(config, 'producer');
  const reports = new Queue(QUEUE.report, { connection, prefix: config.prefix });
  const flow = new FlowProducer({ connection, prefix: config.prefix });
  reports.on('error', () => undefined);
  flow.on('error', () => undefined);
  try {
    // Another upload may add the same new file at the same moment: its job then belongs to the
    // other batch (BullMQ refuses to move it, code -7); look again and leave it there.
    for (let round = 1; ; round++) {
      try {
        return await addFlow(reports, flow, batch);
      } catch (e) {
        if ((e as { code?: number }).code !== -7 || round >= 3) throw e;
      }
    }
  } finally {
    await Promise.allSettled([flow.close(), reports.close()]);
  }
}

async function addFlow(
  reports: Queue,
  flow: FlowProducer,
  batch: { runId: number; uploader: string | null; documents: readonly BatchDocument[] },
): Promise<EnqueuedBatch> {
  const children: FlowJob[] = [];
  let inFlight = 0;
  const seen = new Set<string>();
  for (const d of batch.documents) {
    if (seen.has(d.sha256)) continue;
    seen.add(d.sha256);
    const id = reportJobId(d.sha256);
    const existing = await reports.getJob(id);
    if (existing) {
      const state = await existing.getState();
      if (IN_FLIGHT.has(state)) {
        inFlight++;
        continue;
      }
      // finished long ago but the document still needs work (a passing failure): start afresh
      await existing.remove();
    }
    const data: ReportJobData = { sha256: d.sha256, fileName: d.fileName, runId: batch.runId };
    children.push({
      name: 'report',
      queueName: QUEUE.report,
      data,
      opts: {
        jobId: id,
        attempts: REPORT_ATTEMPTS,
        backoff: REPORT_BACKOFF,
        removeOnComplete: KEEP_COMPLETED,
        removeOnFail: KEEP_FAILED,
        ignoreDependencyOnFailure: true,
      },
    });
  }
  if (children.length === 0) return { batchJobId: null, added: 0, inFlight };
  const parentId = batchJobId(batch.runId);
  const data: BatchJobData = { runId: batch.runId, documents: children.length, uploader: batch.uploader };
  await flow.add({
    name: 'batch',
    queueName: QUEUE.batch,
    data,
    opts: { jobId: parentId, attempts: 5, backoff: { type: 'exponential', delay: 5000 }, removeOnComplete: KEEP_COMPLETED, removeOnFail: KEEP_FAILED },
    children,
  });
  return { batchJobId: parentId, added: children.length, inFlight };
}
