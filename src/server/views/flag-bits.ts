import { FLAG_STATUS_LABELS, SEVERITY_LABELS, checkLabel, dimensionsLabel, metricLabel } from '../../export/index.ts';
import type { FlagStatus } from '../../export/index.ts';
import type { Record } from '../../schema/index.ts';
import { html } from '../html.ts';
import { formatNumber } from './format.ts';

export const severityBadge = (severity: string) =>
  html`<span class="badge badge-${severity}">${SEVERITY_LABELS[severity] ?? severity}</span>`;

export const statusBadge = (status: FlagStatus) =>
  html`<span class="flag-status flag-status-${status}">${FLAG_STATUS_LABELS[status] ?? status}</span>`;

export const checkName = (check: string) => html`${checkLabel(check)} <code>${check}</code>`;

const QUALIFIERS: { [q: string]: string } = { over: 'trên ', under: 'dưới ', about: 'khoảng ' };

export function valueText(r: Pick<Record, 'value' | 'unit' | 'qualifier'>): string {
  return `${r.qualifier ? QUALIFIERS[r.qualifier] ?? '' : ''}${formatNumber(r.value)}${r.unit === 'percent' ? '%' : ''}`;
}

export function recordsTable(records: { record: Record; index: number }[], opts: { sentence?: boolean } = {}) {
  if (records.length === 0) return html`<p class="empty">Không có số liệu.</p>`;
  return html`
<table class="grid records">
  <thead><tr><th>#</th><th>Chỉ tiêu</th><th>Giá trị</th><th>Phân tổ</th><th>Mục</th>${opts.sentence !== false ? html`<th>Câu trong báo cáo</th>` : ''}</tr></thead>
  <tbody>${records.map(
    ({ record: r, index }) => html`<tr id="record-${index}">
      <td>${index}</td>
      <td>${metricLabel(r.metric)}<br><code>${r.metric}</code></td>
      <td class="num">${valueText(r)}</td>
      <td>${dimensionsLabel(r.dimensions)}</td>
      <td>${r.section}</td>
      ${opts.sentence !== false ? html`<td class="sentence">${r.text}</td>` : ''}
    </tr>`,
  )}</tbody>
</table>`;
}
