/** The JSON API beside the pages: Bearer tokens, zod-validated input, errors as {error: {code, message}}. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { exportPeriod, listFlagViews, type FlagFilter, type FlagView } from '../../export/index.ts';
import type { Report } from '../../schema/index.ts';
import { DOCUMENT_STATUSES, type DocumentStatus } from '../../store/index.ts';
import { apiRole } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import { documentStatus } from '../document-status.ts';
import { notFound } from '../errors.ts';
import { reviewFlag } from '../review.ts';
import { handleUpload } from '../upload/handle.ts';
import { receiveUpload } from '../upload/receive.ts';
import { fingerprintSchema, idSchema, optional, parseInput, periodSchema } from '../validate.ts';
import { ExportQuery } from './export.ts';
import { FlagQuery } from './flags.ts';
import { attachment } from './reports.ts';

const ReportsQuery = z.object({
  period: optional(periodSchema),
  agency: optional(z.string().max(300)),
  status: optional(z.enum(DOCUMENT_STATUSES as [string, ...string[]], { message: `trạng thái là ${DOCUMENT_STATUSES.join(', ')}` })),
  limit: optional(z.coerce.number().int().min(1, 'limit từ 1 đến 1000').max(1000, 'limit từ 1 đến 1000')),
  offset: optional(z.coerce.number().int().min(0, 'offset không âm')),
});

const ApiFlagQuery = FlagQuery.extend({ documentId: optional(idSchema) });

function flagJson(v: FlagView) {
  return {
    documentId: v.document.id,
    agency: v.document.agency,
    province: v.document.province,
    period: v.document.period,
    ...v.flag,
    status: v.status,
    review: v.review
      ? { decision: v.review.decision, reason: v.review.reason, value: v.review.correctedValue, reviewer: v.review.reviewer, at: v.review.createdAt }
      : null,
    version: v.version,
    resolvedInVersion: v.resolvedInVersion,
  };
}

export function apiRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.post('/api/reports', { preHandler: apiRole('uploader') }, async (req, reply) => {
    const received = await receiveUpload(req, ctx.limits);
    const outcome = await handleUpload(req, ctx, received);
    return reply.status(outcome.files.length ? 202 : 400).send(outcome.files.length ? outcome : {
      error: { code: 'no-valid-files', message: 'Không có tệp hợp lệ nào được nhận.' },
      refused: outcome.refused,
    });
  });

  app.get('/api/reports', { preHandler: apiRole('uploader') }, async (req) => {
    const q = parseInput(ReportsQuery, req.query);
    const docs = await ctx.store.listDocuments({ ...q, status: q.status as DocumentStatus | undefined });
    const reports = [];
    for (const d of docs) reports.push(await documentStatus(ctx.store, d));
    return { reports };
  });

  app.get('/api/reports/:id', { preHandler: apiRole('uploader') }, async (req) => {
    const id = parseInput(idSchema, (req.params as { id: string }).id, 'Mã báo cáo');
    const doc = await ctx.store.getDocumentById(id);
    if (!doc) throw notFound('Không tìm thấy báo cáo này.');
    const current = await ctx.store.getCurrentExtraction(id);
    const report: Report = current?.report ?? {
      source: doc.fileName,
      sha256: doc.sha256,
      format: doc.format,
      agency: doc.agency,
      province: doc.province,
      period: doc.period,
      periodLabel: null,
      sections: [],
      records: [],
      flags: [],
      errors: doc.errorCode ? [{ code: doc.errorCode, message: doc.errorMessage ?? '' }] : [],
    };
    const status = await documentStatus(ctx.store, doc);
    return {
      ...report,
      id,
      fileName: doc.fileName,
      uploader: doc.uploader,
      uploadedAt: doc.uploadedAt,
      status: status.status,
      statusLabel: status.statusLabel,
      reason: status.reason,
      versions: await ctx.store.listExtractions(id),
    };
  });

  app.post('/api/reports/:id/reprocess', { preHandler: apiRole('analyst') }, async (req, reply) => {
    const id = parseInput(idSchema, (req.params as { id: string }).id, 'Mã báo cáo');
    if (!(await ctx.store.getDocumentById(id))) throw notFound('Không tìm thấy báo cáo này.');
    const run = await ctx.bridge.reprocess({ documentIds: [id] }, req.user!.name);
    await ctx.store.addAudit({ actor: req.user!.name, action: 'report.reprocess', detail: { documentIds: [id] } });
    return reply.status(202).send({ started: true, documents: run.documents });
  });

  app.get('/api/flags', { preHandler: apiRole('analyst') }, async (req) => {
    const q = parseInput(ApiFlagQuery, req.query);
    const views = await listFlagViews(ctx.store, q as FlagFilter, ctx.flagCache);
    return { flags: views.map(flagJson) };
  });

  app.post('/api/flags/:fingerprint/review', { preHandler: apiRole('analyst') }, async (req, reply) => {
    const fingerprint = parseInput(fingerprintSchema, (req.params as { fingerprint: string }).fingerprint, 'Mã cảnh báo');
    const review = await reviewFlag(ctx, req.user!, fingerprint, req.body);
    return reply.status(201).send({
      review: {
        id: review.id,
        fingerprint: review.fingerprint,
        documentId: review.documentId,
        decision: review.decision,
        reason: review.reason,
        value: review.correctedValue,
        reviewer: review.reviewer,
        at: review.createdAt,
      },
    });
  });

  app.get('/api/export', { preHandler: apiRole('analyst') }, async (req, reply) => {
    const q = parseInput(ExportQuery, req.query);
    const file = await exportPeriod(ctx.store, q.period, q.format, q.table);
    await ctx.store.addAudit({ actor: req.user!.name, action: 'export', detail: { ...q } });
    return reply.header('content-type', file.contentType).header('content-disposition', attachment(file.fileName)).send(file.body);
  });
}
