import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { listFlagViews, metricLabel } from '../../export/index.ts';
import type { Section } from '../../schema/index.ts';
import { DOCUMENT_STATUSES } from '../../store/index.ts';
import { pageRole } from '../auth/guard.ts';
import { roleAllows } from '../auth/roles.ts';
import type { AppContext } from '../context.ts';
import { documentStatus } from '../document-status.ts';
import { notFound } from '../errors.ts';
import { versionHistory, type VersionChanges } from '../history.ts';
import { html } from '../html.ts';
import { csrfToken, sendPage } from '../respond.ts';
import { idSchema, optional, parseInput, periodSchema } from '../validate.ts';
import { checkName, recordsTable, severityBadge, statusBadge, valueText } from '../views/flag-bits.ts';
import { STATUS_LABELS, agencyLabel, formatTime, periodLabel } from '../views/format.ts';

const CANONICAL_LABELS: { [id: string]: string } = {
  direction: 'Chỉ đạo, điều hành',
  institutions: 'Cải cách thể chế',
  procedures: 'Cải cách TTHC',
  organization: 'Tổ chức bộ máy',
  civil_service: 'Chế độ công vụ',
  public_finance: 'Tài chính công',
  digital_government: 'Chính phủ điện tử, số',
  assessment: 'Đánh giá chung',
  plan: 'Phương hướng, nhiệm vụ',
  proposals: 'Kiến nghị, đề xuất',
};

const ListQuery = z.object({
  period: optional(periodSchema),
  agency: optional(z.string().max(300)),
  status: optional(z.enum(DOCUMENT_STATUSES as [string, ...string[]], { message: `trạng thái là ${DOCUMENT_STATUSES.join(', ')}` })),
});

function sectionTree(sections: Section[]): ReturnType<typeof html> {
  if (sections.length === 0) return html``;
  return html`<ul>${sections.map(
    (s) => html`<li><span class="sec-number">${s.number}</span> ${s.title}${
      s.canonical ? html` <span class="canonical">${CANONICAL_LABELS[s.canonical] ?? s.canonical}</span>` : ''
    }${sectionTree(s.children)}</li>`,
  )}</ul>`;
}

function changeList(v: VersionChanges) {
  if (v.added === null) return html`Phiên bản đầu tiên.`;
  const parts = [];
  if (v.added.length) parts.push(html`<li>Thêm ${v.added.length} số liệu: ${v.added.slice(0, 8).map((r) => html`<span class="chip">${metricLabel(r.metric)} ${valueText(r)}</span> `)}</li>`);
  if (v.removed.length) parts.push(html`<li>Bớt ${v.removed.length} số liệu: ${v.removed.slice(0, 8).map((r) => html`<span class="chip">${metricLabel(r.metric)} ${valueText(r)}</span> `)}</li>`);
  if (v.changed.length) parts.push(html`<li>Đổi ${v.changed.length} giá trị: ${v.changed.slice(0, 8).map((c) => html`<span class="chip">${metricLabel(c.after.metric)} ${valueText(c.before)} → ${valueText(c.after)}</span> `)}</li>`);
  if (v.flagsOpened.length) parts.push(html`<li>Cảnh báo mới: ${v.flagsOpened.map((f) => html`<a href="/flags/${f.fingerprint}">${f.check}</a> `)}</li>`);
  if (v.flagsClosed.length) parts.push(html`<li>Cảnh báo hết: ${v.flagsClosed.map((f) => html`<a href="/flags/${f.fingerprint}">${f.check}</a> `)}</li>`);
  return parts.length ? html`<ul class="changes">${parts}</ul>` : html`Không thay đổi.`;
}

async function reportPage(ctx: AppContext, id: number, canReprocess: boolean, csrf: string) {
  const doc = await ctx.store.getDocumentById(id);
  if (!doc) throw notFound('Không tìm thấy báo cáo này.');
  const status = await documentStatus(ctx.store, doc);
  const current = await ctx.store.getCurrentExtraction(id);
  const conversion = await ctx.store.getCurrentConversion(id);
  const report = current?.report;
  const flags = await listFlagViews(ctx.store, { documentId: id }, ctx.flagCache);
  const history = await versionHistory(ctx.store, id);
  const runs = await ctx.store.listRuns({ kind: 'reprocess', limit: 5 });
  const pending = runs.some(
    (r) => r.status === 'running' && (r.params['all'] === true || (Array.isArray(r.params['documentIds']) && (r.params['documentIds'] as unknown[]).includes(id))),
  );
  return html`
<dl class="meta">
  <dt>Cơ quan</dt><dd>${agencyLabel(doc)}</dd>
  <dt>Kỳ báo cáo</dt><dd>${periodLabel(doc.period)}${report?.periodLabel ? html` (<q>${report.periodLabel}</q>)` : ''}</dd>
  ${report?.documentNumber ? html`<dt>Số văn bản</dt><dd>${report.documentNumber}${report.documentDate ? html`, ngày ${report.documentDate}` : ''}</dd>` : ''}
  <dt>Tệp gốc</dt><dd><a href="/reports/${doc.id}/original" download>${doc.fileName}</a> (${Math.ceil(doc.size / 1024)} KB)</dd>
  <dt>Tải lên</dt><dd>${doc.uploader ?? '—'}, ${formatTime(doc.uploadedAt)}</dd>
  <dt>Trạng thái</dt><dd><span class="status status-${status.status}" id="report-status">${STATUS_LABELS[status.status]}</span>${status.reason ? html` — ${status.reason}` : ''}</dd>
  <dt>Phiên bản trích xuất</dt><dd>${current ? html`${current.version} (quy tắc ${current.rulesVersion}, ${formatTime(current.createdAt)})` : 'chưa có'}</dd>
</dl>
${canReprocess
  ? html`<form method="post" action="/reports/${doc.id}/reprocess" class="inline">
  <input type="hidden" name="_csrf" value="${csrf}">
  <button type="submit" id="reprocess-button">Xử lý lại theo quy tắc hiện hành</button>
  ${pending ? html`<span class="hint">Đang xử lý lại…</span>` : ''}
</form>`
  : ''}
${conversion?.warnings.length ? html`<details><summary>Ghi chú khi chuyển đổi (${conversion.warnings.length})</summary><ul>${conversion.warnings.map((w) => html`<li>${w}</li>`)}</ul></details>` : ''}
<h2>Cảnh báo (${flags.length})</h2>
${flags.length === 0
  ? html`<p class="empty">Không có cảnh báo.</p>`
  : html`<table class="grid" id="report-flags"><thead><tr><th>Mức độ</th><th>Kiểm tra</th><th>Nội dung</th><th>Trạng thái</th></tr></thead><tbody>${flags.map(
      (v) => html`<tr><td>${severityBadge(v.flag.severity)}</td><td>${checkName(v.flag.check)}</td><td><a href="/flags/${v.fingerprint}">${v.flag.message}</a></td><td>${statusBadge(v.status)}</td></tr>`,
    )}</tbody></table>`}
<h2>Cấu trúc mục</h2>
${report && report.sections.length ? html`<div class="tree">${sectionTree(report.sections)}</div>` : html`<p class="empty">Chưa có.</p>`}
<h2>Số liệu (${report?.records.length ?? 0})</h2>
${recordsTable((report?.records ?? []).map((record, index) => ({ record, index })))}
<h2>Lịch sử phiên bản trích xuất</h2>
${history.length === 0
  ? html`<p class="empty">Chưa có phiên bản nào.</p>`
  : html`<table class="grid" id="versions"><thead><tr><th>Phiên bản</th><th>Thời điểm</th><th>Quy tắc</th><th>Số liệu</th><th>Cảnh báo (lỗi/cảnh báo/thông tin)</th><th>Thay đổi so với bản trước</th></tr></thead><tbody>${history.map(
      (v) => html`<tr${v.summary.current ? html` class="current"` : ''}><td>${v.summary.version}${v.summary.current ? ' (hiện hành)' : ''}</td><td>${formatTime(v.summary.createdAt)}</td><td>${v.summary.rulesVersion}</td><td>${v.summary.recordCount}</td><td>${v.summary.flagCounts.error}/${v.summary.flagCounts.warning}/${v.summary.flagCounts.info}</td><td>${changeList(v)}</td></tr>`,
    )}</tbody></table>`}`;
}

async function listPage(ctx: AppContext, q: z.infer<typeof ListQuery>) {
  const docs = (await ctx.store.listDocuments(q as never)).reverse();
  return html`
<form class="filters" method="get" action="/reports">
  <label>Kỳ <input name="period" value="${q.period ?? ''}" placeholder="2023-Q1" size="8"></label>
  <label>Cơ quan <input name="agency" value="${q.agency ?? ''}" size="30"></label>
  <label>Trạng thái <select name="status"><option value="">Tất cả</option>${DOCUMENT_STATUSES.map(
    (s) => html`<option value="${s}"${s === q.status ? html` selected` : ''}>${STATUS_LABELS[s]}</option>`,
  )}</select></label>
  <button type="submit">Lọc</button>
</form>
${docs.length === 0
  ? html`<p class="empty">Không có báo cáo nào.</p>`
  : html`<table class="grid" id="report-list"><thead><tr><th>Mã</th><th>Tệp</th><th>Cơ quan</th><th>Kỳ</th><th>Trạng thái</th><th>Tải lên</th></tr></thead><tbody>${docs.map(
      (d) => html`<tr><td>${d.id}</td><td><a href="/reports/${d.id}">${d.fileName}</a></td><td>${d.agency ? agencyLabel(d) : ''}</td><td>${d.period ? periodLabel(d.period) : ''}</td><td><span class="status status-${d.status}">${STATUS_LABELS[d.status]}</span>${
        d.errorMessage ? html`<br><small>${d.errorMessage}</small>` : ''
      }</td><td>${d.uploader ?? ''}<br><small>${formatTime(d.uploadedAt)}</small></td></tr>`,
    )}</tbody></table>`}`;
}

/** "Content-Disposition" with a UTF-8 file name (RFC 6266 / 5987) and an ASCII fallback. */
export function attachment(fileName: string): string {
  const ascii = fileName.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

const CONTENT_TYPES: { [f: string]: string } = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  doc: 'application/msword',
  odt: 'application/vnd.oasis.opendocument.text',
  txt: 'text/plain; charset=utf-8',
};

export function reportRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/reports', { preHandler: pageRole('uploader') }, async (req, reply) => {
    const q = parseInput(ListQuery, req.query);
    return sendPage(req, reply, { title: 'Báo cáo đã tải lên', active: 'reports', body: await listPage(ctx, q) });
  });

  app.get('/reports/:id', { preHandler: pageRole('uploader') }, async (req, reply) => {
    const id = parseInput(idSchema, (req.params as { id: string }).id, 'Mã báo cáo');
    const canReprocess = roleAllows(req.user!.role, 'analyst');
    const body = await reportPage(ctx, id, canReprocess, csrfToken(req, reply));
    const doc = await ctx.store.getDocumentById(id);
    const queued = (req.query as { reprocess?: string }).reprocess === '1';
    return sendPage(req, reply, {
      title: doc?.agency ? `${agencyLabel(doc)} — ${periodLabel(doc.period)}` : (doc?.fileName ?? 'Báo cáo'),
      active: 'reports',
      body,
      notice: queued ? 'Đã đưa báo cáo vào hàng đợi xử lý lại. Tải lại trang sau ít phút để xem phiên bản mới.' : null,
    });
  });

  app.get('/reports/:id/original', { preHandler: pageRole('uploader') }, async (req, reply) => {
    const id = parseInput(idSchema, (req.params as { id: string }).id, 'Mã báo cáo');
    const doc = await ctx.store.getDocumentById(id);
    const content = doc && (await ctx.store.getDocumentContent(id));
    if (!doc || !content) throw notFound('Không tìm thấy tệp gốc của báo cáo này.');
    return reply
      .header('content-type', CONTENT_TYPES[doc.format] ?? 'application/octet-stream')
      .header('content-disposition', attachment(doc.fileName))
      .send(Buffer.from(content));
  });

  app.post('/reports/:id/reprocess', { preHandler: [pageRole('analyst'), app.csrfProtection] }, async (req, reply) => {
    const id = parseInput(idSchema, (req.params as { id: string }).id, 'Mã báo cáo');
    if (!(await ctx.store.getDocumentById(id))) throw notFound('Không tìm thấy báo cáo này.');
    await ctx.bridge.reprocess({ documentIds: [id] }, req.user!.name);
    await ctx.store.addAudit({ actor: req.user!.name, action: 'report.reprocess', detail: { documentIds: [id] } });
    return reply.redirect(`/reports/${id}?reprocess=1`, 303);
  });
}
