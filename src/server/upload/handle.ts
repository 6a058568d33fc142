/** One upload, from the page or the API: receive, store through the bridge, audit, answer with statuses. */
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { documentStatus, type DocumentStatusView } from '../document-status.ts';
import { badRequest } from '../errors.ts';
import type { Received, Refused } from './receive.ts';

export interface UploadOutcome {
  /** `queue`: the workers read the files; `inline`: this process does. */
  mode: 'queue' | 'inline';
  files: (DocumentStatusView & { created: boolean })[];
  refused: Refused[];
}

export async function handleUpload(req: FastifyRequest, ctx: AppContext, received: Received): Promise<UploadOutcome> {
  if (received.files.length === 0 && received.refused.length === 0) {
    throw badRequest('Chưa chọn tệp nào. Gửi một hoặc nhiều tệp .docx, .pdf hoặc một tệp .zip (trường "files").', 'no-files');
  }
  const actor = req.user!.name;
  const results = await ctx.bridge.ingest(received.files, actor);
  const files: UploadOutcome['files'] = [];
  for (const r of results) {
    if (r.documentId === null) {
      received.refused.push({ fileName: r.fileName, code: r.error?.code ?? 'refused', message: r.error?.message ?? 'Tệp bị từ chối.' });
      continue;
    }
    await ctx.store.addAudit({
      actor,
      action: r.created ? 'document.upload' : 'document.upload-duplicate',
      detail: { documentId: r.documentId, fileName: r.fileName },
    });
    const doc = await ctx.store.getDocumentById(r.documentId);
    if (doc) files.push({ ...(await documentStatus(ctx.store, doc)), created: r.created });
  }
  for (const refused of received.refused) {
    await ctx.store.addAudit({ actor, action: 'document.refused', detail: { ...refused } });
  }
  return { mode: ctx.bridge.mode, files, refused: received.refused };
}
