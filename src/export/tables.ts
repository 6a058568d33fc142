/** The consolidated table and the flag list as rows of cells (shared by the CSV and .xlsx writers). */
import type { ConsolidatedTable } from './consolidated.ts';
import type { FlagView } from './flag-list.ts';
import { DECISION_LABELS, FLAG_STATUS_LABELS, SEVERITY_LABELS, checkLabel } from './labels.ts';

export type Cell = string | number | null;

export function consolidatedHeader(table: ConsolidatedTable): { metric: Cell[]; breakdown: Cell[] } {
  return {
    metric: ['Cơ quan', 'Tỉnh/thành phố', ...table.columns.map((c) => c.metricLabel)],
    breakdown: ['', '', ...table.columns.map((c) => c.breakdownLabel || 'Tổng số')],
  };
}

export function consolidatedRows(table: ConsolidatedTable): Cell[][] {
  return [
    ...table.rows.map((r) => [r.agency, r.province ?? '', ...r.values]),
    ['Tổng cộng', '', ...table.totals],
  ];
}

/** The consolidated table as one header row ("metric — breakdown") and its rows. */
export function consolidatedFlat(table: ConsolidatedTable): Cell[][] {
  const head = ['Cơ quan', 'Tỉnh/thành phố', ...table.columns.map((c) => (c.breakdownLabel ? `${c.metricLabel} — ${c.breakdownLabel}` : c.metricLabel))];
  return [head, ...consolidatedRows(table)];
}

export const FLAG_HEADER: Cell[] = [
  'Cơ quan', 'Tỉnh/thành phố', 'Kỳ', 'Tệp', 'Mã tài liệu', 'Kiểm tra', 'Tên kiểm tra', 'Mức độ', 'Nội dung', 'Mục',
  'Trạng thái', 'Quyết định', 'Giá trị đã sửa', 'Lý do', 'Người rà soát', 'Thời điểm rà soát', 'Mã cảnh báo',
];

export function flagRows(views: readonly FlagView[]): Cell[][] {
  return views.map((v) => [
    v.document.agency ?? '',
    v.document.province ?? '',
    v.document.period ?? '',
    v.document.fileName,
    v.document.id,
    v.flag.check,
    checkLabel(v.flag.check),
    SEVERITY_LABELS[v.flag.severity] ?? v.flag.severity,
    v.flag.message,
    v.flag.place?.section ?? '',
    FLAG_STATUS_LABELS[v.status] ?? v.status,
    v.review ? (DECISION_LABELS[v.review.decision] ?? v.review.decision) : '',
    v.review?.correctedValue ?? null,
    v.review?.reason ?? '',
    v.review?.reviewer ?? '',
    v.review?.createdAt ?? '',
    v.fingerprint,
  ]);
}
