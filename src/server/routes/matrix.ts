import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { pageRole } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import { html, query } from '../html.ts';
import { buildMatrix, type Matrix, type MatrixFilter } from '../matrix.ts';
import { sendPage } from '../respond.ts';
import { optional, parseInput } from '../validate.ts';
import { periodLabel } from '../views/format.ts';

const MatrixQuery = z.object({
  year: optional(z.string().regex(/^\d{4}$/, 'năm gồm 4 chữ số')),
  kind: optional(z.enum(['Q', 'H', '9M', 'Y', 'M'], { message: 'loại kỳ là Q, H, 9M, Y hoặc M' })),
});

const KINDS: [string, string][] = [
  ['', 'Mọi loại kỳ'],
  ['Q', 'Quý'],
  ['H', '6 tháng'],
  ['9M', '9 tháng'],
  ['Y', 'Năm'],
  ['M', 'Tháng'],
];

function filters(m: Matrix, f: MatrixFilter) {
  return html`
<form class="filters" method="get" action="/">
  <label>Năm <select name="year"><option value="">Tất cả</option>${m.years.map(
    (y) => html`<option${y === f.year ? html` selected` : ''}>${y}</option>`,
  )}</select></label>
  <label>Loại kỳ <select name="kind">${KINDS.map(
    ([v, l]) => html`<option value="${v}"${v === (f.kind ?? '') ? html` selected` : ''}>${l}</option>`,
  )}</select></label>
  <button type="submit">Lọc</button>
</form>`;
}

function matrixTable(m: Matrix) {
  if (m.rows.length === 0) return html`<p class="empty">Chưa có báo cáo nào được đọc xong. <a href="/upload">Tải báo cáo lên</a>.</p>`;
  return html`
<div class="scroll">
<table class="grid matrix" id="matrix">
  <thead><tr><th>Cơ quan</th>${m.periods.map((p) => html`<th>${periodLabel(p)}</th>`)}</tr></thead>
  <tbody>
  ${m.rows.map(
    (row) => html`<tr><th scope="row">${row.label}</th>${m.periods.map((p) => {
      const cell = row.cells.get(p);
      if (!cell) return html`<td class="missing" title="Chưa nộp">Chưa nộp</td>`;
      const cls = cell.openErrors > 0 ? 'has-errors' : cell.failed ? 'failed' : 'arrived';
      return html`<td class="${cls}"><a href="/reports/${cell.latest.id}">${cell.failed ? 'Lỗi tệp' : 'Đã nộp'}${
        cell.documents.length > 1 ? html` <span class="count">(${cell.documents.length} bản)</span>` : ''
      }</a>${
        cell.openErrors > 0
          ? html`<br><a class="badge badge-error" href="/flags${query({ period: p, agency: cell.latest.agency, severity: 'error', status: 'open' })}">${cell.openErrors} lỗi chưa xử lý</a>`
          : ''
      }${cell.openWarnings > 0 ? html`<br><span class="badge badge-warning">${cell.openWarnings} cảnh báo</span>` : ''}</td>`;
    })}</tr>`,
  )}
  </tbody>
</table>
</div>`;
}

function unplacedList(m: Matrix) {
  if (m.unplaced.length === 0) return '';
  return html`
<h2>Tệp chưa xác định được cơ quan hoặc kỳ báo cáo</h2>
<ul>${m.unplaced.map((d) => html`<li><a href="/reports/${d.id}">${d.fileName}</a> — ${
    d.status === 'failed' ? d.errorMessage ?? 'Lỗi' : d.status === 'queued' || d.status === 'converted' ? 'đang xử lý' : 'không tìm thấy cơ quan/kỳ trong văn bản'
  }</li>`)}</ul>`;
}

export function matrixRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/', { preHandler: pageRole('uploader') }, async (req, reply) => {
    const filter = parseInput(MatrixQuery, req.query) as MatrixFilter;
    const m = await buildMatrix(ctx.store, filter, ctx.flagCache);
    const body = html`
<p class="lead">Mỗi hàng là một cơ quan, mỗi cột là một kỳ báo cáo. Ô "Chưa nộp": cơ quan chưa gửi báo cáo kỳ đó.</p>
${filters(m, filter)}
${matrixTable(m)}
${unplacedList(m)}`;
    return sendPage(req, reply, { title: 'Tình hình nộp báo cáo', active: 'matrix', body });
  });
}
