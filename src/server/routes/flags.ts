import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { CHECK_LABELS, DECISION_LABELS, FLAG_STATUSES, FLAG_STATUS_LABELS, SEVERITY_LABELS, correctionTarget, findFlagView, listFlagViews, type FlagFilter, type FlagView } from '../../export/index.ts';
import { CROSS_CHECKS } from '../../check/index.ts';
import type { Report } from '../../schema/index.ts';
import { pageRole } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import { HttpError, notFound } from '../errors.ts';
import { html, query } from '../html.ts';
import { csrfToken, sendPage } from '../respond.ts';
import { reviewFlag } from '../review.ts';
import { fingerprintSchema, optional, parseInput, periodSchema } from '../validate.ts';
import { renderExcerpts, type Highlight } from '../views/excerpt.ts';
import { checkName, recordsTable, severityBadge, statusBadge, valueText } from '../views/flag-bits.ts';
import { agencyLabel, formatNumber, formatTime, periodLabel, comparePeriods } from '../views/format.ts';

export const FlagQuery = z.object({
  period: optional(periodSchema),
  agency: optional(z.string().max(300)),
  check: optional(z.string().regex(/^[a-z-]+$/, 'mã kiểm tra gồm chữ thường và dấu gạch ngang')),
  severity: optional(z.enum(['error', 'warning', 'info'], { message: 'mức độ là error, warning hoặc info' })),
  status: optional(z.enum(FLAG_STATUSES as [string, ...string[]], { message: `trạng thái là ${FLAG_STATUSES.join(', ')}` })),
});
export type FlagQuery = z.infer<typeof FlagQuery>;

const CROSS = new Set(CROSS_CHECKS.map((c) => c.id));
const SHOWN_LIMIT = 1000;

function select(name: string, label: string, options: [string, string][], current: string | undefined) {
  return html`<label>${label} <select name="${name}"><option value="">Tất cả</option>${options.map(
    ([v, l]) => html`<option value="${v}"${v === current ? html` selected` : ''}>${l}</option>`,
  )}</select></label>`;
}

async function queuePage(ctx: AppContext, q: FlagQuery) {
  const views = await listFlagViews(ctx.store, q as FlagFilter, ctx.flagCache);
  const docs = await ctx.store.listDocuments();
  const periods = [...new Set(docs.map((d) => d.period).filter((p): p is string => !!p))].sort(comparePeriods);
  const agencies = [...new Set(docs.map((d) => d.agency).filter((a): a is string => !!a))].sort((a, b) => a.localeCompare(b, 'vi'));
  const shown = views.slice(0, SHOWN_LIMIT);
  return html`
<form class="filters" method="get" action="/flags">
  ${select('period', 'Kỳ', periods.map((p) => [p, periodLabel(p)]), q.period)}
  ${select('agency', 'Cơ quan', agencies.map((a) => [a, a]), q.agency)}
  ${select('check', 'Kiểm tra', Object.entries(CHECK_LABELS), q.check)}
  ${select('severity', 'Mức độ', Object.entries(SEVERITY_LABELS), q.severity)}
  ${select('status', 'Trạng thái', Object.entries(FLAG_STATUS_LABELS), q.status)}
  <button type="submit">Lọc</button>
</form>
<p>${views.length} cảnh báo${views.length > SHOWN_LIMIT ? html` (hiển thị ${SHOWN_LIMIT} cảnh báo đầu)` : ''}.</p>
${shown.length === 0
  ? html`<p class="empty">Không có cảnh báo nào khớp bộ lọc.</p>`
  : html`<table class="grid flags" id="flag-queue">
  <thead><tr><th>Mức độ</th><th>Kiểm tra</th><th>Nội dung</th><th>Cơ quan</th><th>Kỳ</th><th>Trạng thái</th></tr></thead>
  <tbody>${shown.map(
    (v) => html`<tr>
      <td>${severityBadge(v.flag.severity)}</td>
      <td>${checkName(v.flag.check)}</td>
      <td><a href="/flags/${v.fingerprint}">${v.flag.message}</a></td>
      <td><a href="/reports/${v.document.id}">${agencyLabel(v.document)}</a></td>
      <td>${periodLabel(v.document.period)}</td>
      <td>${statusBadge(v.status)}</td>
    </tr>`,
  )}</tbody>
</table>`}`;
}

async function reportOfView(ctx: AppContext, v: FlagView): Promise<Report | undefined> {
  const versions = await ctx.store.listExtractions(v.document.id);
  const summary = versions.find((x) => x.version === v.version);
  return summary ? (await ctx.store.getExtraction(summary.id))?.report : undefined;
}

function reviewForm(v: FlagView, report: Report | undefined, csrf: string) {
  const target = report ? correctionTarget(v.flag, report.records) : undefined;
  const targetRecord = target !== undefined ? report?.records[target] : undefined;
  return html`
<form method="post" action="/flags/${v.fingerprint}/review" class="card review-form" id="review-form">
  <input type="hidden" name="_csrf" value="${csrf}">
  <fieldset><legend>Quyết định</legend>
    <label><input type="radio" name="decision" value="confirmed" required> ${DECISION_LABELS['confirmed']} — số liệu trong báo cáo sai, cần cơ quan giải trình</label>
    <label><input type="radio" name="decision" value="dismissed"> ${DECISION_LABELS['dismissed']} — không phải lỗi (cần nêu lý do)</label>
    <label><input type="radio" name="decision" value="corrected"> ${DECISION_LABELS['corrected']} — nhập giá trị đúng</label>
  </fieldset>
  <label>Lý do <textarea name="reason" rows="3" maxlength="2000"></textarea></label>
  <label class="value-field">Giá trị đúng${targetRecord ? html` của số liệu "${valueText(targetRecord)}" (${targetRecord.metric})` : ''}
    <input name="value" inputmode="decimal" placeholder="ví dụ 1.234 hoặc 98,5"></label>
  <button type="submit">Lưu quyết định</button>
</form>`;
}

async function flagPage(ctx: AppContext, v: FlagView, canReview: boolean, csrf: string) {
  const report = await reportOfView(ctx, v);
  const markdown = (await ctx.store.getCurrentConversion(v.document.id))?.markdown ?? '';
  const cross = CROSS.has(v.flag.check);
  const highlights: Highlight[] = [];
  if (v.flag.place) highlights.push({ start: v.flag.place.start, end: v.flag.place.end, kind: 'place' });
  if (v.flag.cause && !cross) highlights.push({ start: v.flag.cause.start, end: v.flag.cause.end, kind: 'cause' });
  const records = v.flag.records
    .map((index) => ({ index, record: report?.records[index] }))
    .filter((x): x is { index: number; record: NonNullable<typeof x.record> } => x.record !== undefined);
  const figures = [...records.map((r) => r.record.value), ...[v.flag.expected, v.flag.actual].filter((n): n is number => n !== undefined)];
  const figureSpans = records.flatMap(({ record: r }) =>
    r.figureStart !== undefined && r.figureEnd !== undefined ? [{ start: r.figureStart, end: r.figureEnd }] : [],
  );
  const history = await ctx.store.listReviews({ documentId: v.document.id, fingerprint: v.fingerprint });
  const d = v.document;
  return html`
<dl class="meta">
  <dt>Báo cáo</dt><dd><a href="/reports/${d.id}">${agencyLabel(d)}</a> — ${d.fileName}</dd>
  <dt>Kỳ</dt><dd>${periodLabel(d.period)}</dd>
  <dt>Kiểm tra</dt><dd>${checkName(v.flag.check)}</dd>
  <dt>Mức độ</dt><dd>${severityBadge(v.flag.severity)}</dd>
  <dt>Trạng thái</dt><dd id="flag-status">${statusBadge(v.status)}${
    v.review ? html` — ${v.review.reviewer}, ${formatTime(v.review.createdAt)}${v.review.reason ? html`: <q class="review-reason">${v.review.reason}</q>` : ''}${
      v.review.correctedValue !== null ? html` (giá trị đúng: ${formatNumber(v.review.correctedValue)})` : ''}` : ''
  }</dd>
  ${v.flag.place?.section ? html`<dt>Mục</dt><dd>${v.flag.place.section}${v.flag.place.line ? html`, dòng ${v.flag.place.line}` : ''}</dd>` : ''}
  ${v.flag.expected !== undefined ? html`<dt>Giá trị kỳ vọng</dt><dd>${formatNumber(v.flag.expected)}</dd>` : ''}
  ${v.flag.actual !== undefined ? html`<dt>Giá trị trong báo cáo</dt><dd>${formatNumber(v.flag.actual)}</dd>` : ''}
</dl>
<p class="flag-message severity-${v.flag.severity}">${v.flag.message}</p>
${v.status === 'resolved'
  ? html`<p class="notice resolved">Cảnh báo này không còn xuất hiện khi đọc lại báo cáo theo quy tắc mới (từ phiên bản ${v.resolvedInVersion ?? ''}) — coi như đã được giải quyết.</p>`
  : ''}
<h2>Văn bản báo cáo</h2>
<p class="legend"><mark class="place">vị trí cảnh báo</mark> ${v.flag.cause ? html`<mark class="cause">số liệu liên quan</mark>` : ''} <strong class="figure">số liệu</strong></p>
${renderExcerpts(markdown, highlights, figures, figureSpans)}
${cross && v.flag.cause?.text ? html`<p>Số liệu liên quan ở báo cáo khác:</p><blockquote class="excerpt cause">${v.flag.cause.text}</blockquote>` : ''}
<h2>Các số liệu của cảnh báo</h2>
${recordsTable(records)}
${canReview && v.status !== 'resolved' ? html`<h2>Xử lý cảnh báo</h2>${reviewForm(v, report, csrf)}` : ''}
<h2>Lịch sử quyết định</h2>
${history.length === 0
  ? html`<p class="empty">Chưa có quyết định nào.</p>`
  : html`<table class="grid" id="review-history"><thead><tr><th>Thời điểm</th><th>Người</th><th>Quyết định</th><th>Giá trị đúng</th><th>Lý do</th></tr></thead><tbody>${history
      .slice()
      .reverse()
      .map(
        (r) => html`<tr><td>${formatTime(r.createdAt)}</td><td>${r.reviewer}</td><td>${DECISION_LABELS[r.decision] ?? r.decision}</td><td>${
          r.correctedValue !== null ? formatNumber(r.correctedValue) : ''
        }</td><td>${r.reason ?? ''}</td></tr>`,
      )}</tbody></table>`}`;
}

export function flagRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/flags', { preHandler: pageRole('analyst') }, async (req, reply) => {
    const raw = req.query as { [k: string]: unknown };
    const q = parseInput(FlagQuery, raw);
    if (!('status' in raw)) q.status = 'open';
    return sendPage(req, reply, { title: 'Cảnh báo cần xem xét', active: 'flags', body: await queuePage(ctx, q) });
  });

  app.get('/flags/:fingerprint', { preHandler: pageRole('analyst') }, async (req, reply) => {
    const fingerprint = parseInput(fingerprintSchema, (req.params as { fingerprint: string }).fingerprint, 'Mã cảnh báo');
    const view = await findFlagView(ctx.store, fingerprint, undefined, ctx.flagCache);
    if (!view) throw notFound('Không tìm thấy cảnh báo với mã này.');
    const saved = (req.query as { saved?: string }).saved === '1';
    const body = await flagPage(ctx, view, true, csrfToken(req, reply));
    return sendPage(req, reply, {
      title: `Cảnh báo: ${CHECK_LABELS[view.flag.check] ?? view.flag.check}`,
      active: 'flags',
      body,
      notice: saved ? 'Đã lưu quyết định.' : null,
    });
  });

  app.post('/flags/:fingerprint/review', { preHandler: [pageRole('analyst'), app.csrfProtection] }, async (req, reply) => {
    const fingerprint = parseInput(fingerprintSchema, (req.params as { fingerprint: string }).fingerprint, 'Mã cảnh báo');
    try {
      await reviewFlag(ctx, req.user!, fingerprint, req.body);
    } catch (e) {
      // a decision that does not validate: the same page again, with what is wrong above it
      if (!(e instanceof HttpError) || e.statusCode !== 400) throw e;
      const view = await findFlagView(ctx.store, fingerprint, undefined, ctx.flagCache);
      if (!view) throw e;
      return sendPage(req, reply, {
        title: `Cảnh báo: ${CHECK_LABELS[view.flag.check] ?? view.flag.check}`,
        active: 'flags',
        body: await flagPage(ctx, view, true, csrfToken(req, reply)),
        error: e.message,
        status: 400,
      });
    }
    return reply.redirect(`/flags/${fingerprint}${query({ saved: 1 })}`, 303);
  });
}
