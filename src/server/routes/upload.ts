import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { pageRole } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import { documentStatuses } from '../document-status.ts';
import { html } from '../html.ts';
import { csrfToken, sendPage } from '../respond.ts';
import { handleUpload, type UploadOutcome } from '../upload/handle.ts';
import { receiveUpload } from '../upload/receive.ts';
import { parseInput } from '../validate.ts';

const mb = (n: number): number => Math.round(n / 1024 / 1024);

function uploadForm(ctx: AppContext, csrf: string) {
  return html`
<form id="upload-form" class="card" method="post" action="/upload" enctype="multipart/form-data">
  <input type="hidden" name="_csrf" value="${csrf}">
  <div id="drop-zone" class="drop-zone">
    <p>Kéo thả các tệp báo cáo (.docx, .pdf; .doc, .odt) hoặc một tệp .zip vào đây</p>
    <p>hoặc <label class="button-like">chọn tệp<input id="file-input" type="file" name="files" multiple accept=".docx,.pdf,.doc,.odt,.zip"></label></p>
    <p class="hint">Mỗi tệp tối đa ${mb(ctx.limits.maxFileBytes)} MB; tệp .zip tối đa ${mb(ctx.limits.maxZipBytes)} MB,
      ${ctx.limits.maxFiles} tệp một lần.</p>
  </div>
  <button type="submit" id="upload-button">Tải lên</button>
</form>
<table id="upload-status" class="grid" hidden>
  <thead><tr><th>Tệp</th><th>Trạng thái</th><th>Chi tiết</th></tr></thead>
  <tbody></tbody>
</table>`;
}

function outcomeTable(outcome: UploadOutcome) {
  return html`
<table class="grid">
  <thead><tr><th>Tệp</th><th>Trạng thái</th><th>Chi tiết</th></tr></thead>
  <tbody>
  ${outcome.files.map(
    (f) => html`<tr><td><a href="${f.url}">${f.fileName}</a></td><td><span class="status status-${f.status}">${f.statusLabel}</span></td>
      <td>${f.created ? f.reason ?? '' : 'Tệp này đã được tải lên trước đây.'}</td></tr>`,
  )}
  ${outcome.refused.map(
    (r) => html`<tr><td>${r.fileName}</td><td><span class="status status-failed">Bị từ chối</span></td><td>${r.message}</td></tr>`,
  )}
  </tbody>
</table>
<p><a href="/upload">Tải thêm tệp</a> · <a href="/reports">Danh sách báo cáo</a></p>`;
}

const StatusQuery = z.object({
  ids: z
    .string()
    .regex(/^\d+(,\d+)*$/, 'danh sách mã tài liệu, ví dụ 1,2,3')
    .transform((s) => s.split(',').map(Number))
    .refine((ids) => ids.length <= 1000, 'tối đa 1000 mã'),
});

/** CSRF for multipart: from the header (JS upload) or the form field (no-JS form), checked once the fields are read. */
function csrfPasses(app: FastifyInstance, req: FastifyRequest, reply: FastifyReply, field: string | undefined): boolean {
  if (field !== undefined) (req as { body: unknown }).body = { _csrf: field };
  let ok = false;
  app.csrfProtection.call(app, req, reply, () => {
    ok = true;
  });
  return ok;
}

export function uploadRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/upload', { preHandler: pageRole('uploader') }, async (req, reply) => {
    const csrf = csrfToken(req, reply);
    return sendPage(req, reply, { title: 'Tải báo cáo lên', active: 'upload', body: uploadForm(ctx, csrf) });
  });

  app.post('/upload', { preHandler: pageRole('uploader') }, async (req, reply) => {
    const received = await receiveUpload(req, ctx.limits);
    if (!csrfPasses(app, req, reply, received.fields['_csrf'])) return reply;
    const outcome = await handleUpload(req, ctx, received);
    if ((req.headers.accept ?? '').includes('application/json')) return outcome;
    return sendPage(req, reply, { title: 'Kết quả tải lên', active: 'upload', body: outcomeTable(outcome) });
  });

  app.get('/upload/status', { preHandler: pageRole('uploader') }, async (req) => {
    const { ids } = parseInput(StatusQuery, req.query);
    return { files: await documentStatuses(ctx.store, ids) };
  });
}
