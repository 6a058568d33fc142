/** Formatting for people: numbers, dates, periods, statuses — in Vietnamese. */
import type { ExtractionSummary, StoredDocument } from '../../store/index.ts';

export const formatNumber = (n: number): string => n.toLocaleString('vi-VN', { maximumFractionDigits: 2 });

export function formatTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString('vi-VN', { timeZone: process.env['TZ'] || 'Asia/Ho_Chi_Minh', hour12: false });
}

const ROMAN = ['I', 'II', 'III', 'IV'];

export function periodLabel(period: string | null): string {
  if (!period) return 'Chưa xác định kỳ';
  const m = /^(\d{4})(?:-(Q([1-4])|H([12])|9M|(\d{2})))?$/.exec(period);
  if (!m) return period;
  const [, year, rest, q, h, month] = m;
  if (!rest) return `Năm ${year}`;
  if (q) return `Quý ${ROMAN[Number(q) - 1]}/${year}`;
  if (h) return h === '1' ? `6 tháng đầu năm ${year}` : `6 tháng cuối năm ${year}`;
  if (rest === '9M') return `9 tháng ${year}`;
  return `Tháng ${month}/${year}`;
}

/** Periods in time order: year, then the month the period ends, then the shorter span first. */
export function periodSortKey(period: string): string {
  const m = /^(\d{4})(?:-(Q([1-4])|H([12])|9M|(\d{2})))?$/.exec(period);
  if (!m) return `9999-${period}`;
  const [, year, rest, q, h, month] = m;
  let end = 12;
  let span = 12;
  if (q) [end, span] = [Number(q) * 3, 3];
  else if (h) [end, span] = [Number(h) * 6, 6];
  else if (rest === '9M') [end, span] = [9, 9];
  else if (month) [end, span] = [Number(month), 1];
  return `${year}-${String(end).padStart(2, '0')}-${String(span).padStart(2, '0')}`;
}

export const comparePeriods = (a: string, b: string): number => periodSortKey(a).localeCompare(periodSortKey(b));

/** The status shown to people: the store's, with "flagged" for an extraction that raised flags. */
export type ShownStatus = 'queued' | 'converted' | 'extracted' | 'flagged' | 'failed';

export const STATUS_LABELS: { [S in ShownStatus]: string } = {
  queued: 'Đang chờ xử lý',
  converted: 'Đã chuyển đổi',
  extracted: 'Đã trích xuất',
  flagged: 'Có cảnh báo',
  failed: 'Lỗi',
};

export function shownStatus(doc: StoredDocument, current: ExtractionSummary | undefined): ShownStatus {
  if (doc.status !== 'extracted') return doc.status;
  const c = current?.flagCounts;
  return c && c.error + c.warning + c.info > 0 ? 'flagged' : 'extracted';
}

export function agencyLabel(doc: { agency: string | null; province: string | null }): string {
  if (!doc.agency) return 'Chưa xác định cơ quan';
  return doc.province && !doc.agency.includes(doc.province) ? `${doc.agency} (${doc.province})` : doc.agency;
}
