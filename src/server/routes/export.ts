import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { exportPeriod } from '../../export/index.ts';
import { pageRole } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import { html } from '../html.ts';
import { sendPage } from '../respond.ts';
import { parseInput, periodSchema } from '../validate.ts';
import { comparePeriods, periodLabel } from '../views/format.ts';
import { attachment } from './reports.ts';

export const ExportQuery = z.object({
  period: periodSchema,
  format: z.enum(['csv', 'xlsx'], { message: 'định dạng là csv hoặc xlsx' }).default('xlsx'),
  table: z.enum(['consolidated', 'flags'], { message: 'bảng là consolidated (tổng hợp) hoặc flags (cảnh báo)' }).default('consolidated'),
});

export function exportRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/export', { preHandler: pageRole('analyst') }, async (req, reply) => {
    const periods = [...new Set((await ctx.store.listDocuments()).map((d) => d.period).filter((p): p is string => !!p))].sort(comparePeriods);
    const body = html`
<p class="lead">Bảng tổng hợp một kỳ: mỗi hàng một cơ quan, mỗi cột một chỉ tiêu (có phân tổ), hàng cuối là tổng cộng;
giá trị đã được chuyên viên sửa được dùng thay số trong báo cáo. Tệp .xlsx có thêm trang "Cảnh báo" với quyết định xử lý.</p>
${periods.length === 0
  ? html`<p class="empty">Chưa có kỳ báo cáo nào.</p>`
  : html`<form method="get" action="/export/file" class="card">
  <label>Kỳ <select name="period">${periods.map((p) => html`<option value="${p}">${periodLabel(p)} (${p})</option>`)}</select></label>
  <label>Định dạng <select name="format"><option value="xlsx">Excel (.xlsx)</option><option value="csv">CSV</option></select></label>
  <label>Bảng (CSV) <select name="table"><option value="consolidated">Tổng hợp số liệu</option><option value="flags">Danh sách cảnh báo</option></select></label>
  <button type="submit">Tải về</button>
</form>`}`;
    return sendPage(req, reply, { title: 'Xuất dữ liệu', active: 'export', body });
  });

  app.get('/export/file', { preHandler: pageRole('analyst') }, async (req, reply) => {
    const q = parseInput(ExportQuery, req.query);
    const file = await exportPeriod(ctx.store, q.period, q.format, q.table);
    await ctx.store.addAudit({ actor: req.user!.name, action: 'export', detail: { ...q } });
    return reply.header('content-type', file.contentType).header('content-disposition', attachment(file.fileName)).send(file.body);
  });
}
