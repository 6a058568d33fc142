/** Vietnamese words for the figures a flag talks about: metric names, dimensions, numbers. */
import type { Dimensions, Record } from '../schema/record.ts';

const METRIC_LABELS: { [metric: string]: string } = {
  'dossier.received': 'số hồ sơ tiếp nhận',
  'dossier.carried_over': 'số hồ sơ kỳ trước chuyển sang',
  'dossier.new': 'số hồ sơ tiếp nhận mới',
  'dossier.resolved': 'số hồ sơ đã giải quyết',
  'dossier.resolved_early': 'số hồ sơ giải quyết trước hạn',
  'dossier.resolved_on_time': 'số hồ sơ giải quyết đúng hạn',
  'dossier.resolved_late': 'số hồ sơ giải quyết quá hạn',
  'dossier.on_time_rate': 'tỷ lệ giải quyết đúng hạn',
  'dossier.late_rate': 'tỷ lệ giải quyết quá hạn',
  'dossier.pending': 'số hồ sơ đang giải quyết',
  'dossier.pending_on_time': 'số hồ sơ đang giải quyết chưa đến hạn',
  'dossier.pending_overdue': 'số hồ sơ đang giải quyết đã quá hạn',
  'dossier.returned': 'số hồ sơ đã trả kết quả',
  'dossier.processed': 'số hồ sơ xử lý qua hệ thống',
  'dossier.rejected': 'số hồ sơ trả lại, từ chối, rút',
  'feedback.received': 'số phản ánh, kiến nghị tiếp nhận',
  'feedback.resolved': 'số phản ánh, kiến nghị đã xử lý',
  'procedure.total': 'số TTHC',
  'procedure.online_rate': 'tỷ lệ TTHC trực tuyến',
  'procedure.online': 'số TTHC trực tuyến',
  'procedure.published': 'số TTHC được công bố',
  'procedure.amended': 'số TTHC sửa đổi, bổ sung, thay thế',
  'procedure.abolished': 'số TTHC bãi bỏ',
  'legal_doc.issued': 'số VBQPPL ban hành',
  'legal_doc.reviewed': 'số VBQPPL rà soát, kiểm tra',
  'org.divisions': 'số phòng chuyên môn',
  'org.units': 'số đơn vị trực thuộc',
  'staff.total': 'số công chức, viên chức, người lao động',
  'staff.by_degree': 'số công chức, viên chức theo trình độ',
  'staff.quota_assigned': 'số biên chế được giao',
  'staff.quota_filled': 'số biên chế có mặt',
  'staff.quota_vacant': 'số biên chế còn thiếu',
  'staff.trained': 'số lượt đào tạo, bồi dưỡng',
  'staff.disciplined': 'số người bị xử lý kỷ luật',
  'inspection.units': 'số cơ quan, đơn vị được kiểm tra',
  'iso.units': 'số cơ quan, đơn vị áp dụng ISO',
};

/** What a breakdown's parts differ in, as in "Tổng các lĩnh vực". */
export const DIMENSION_PLURAL: { [dim: string]: string } = {
  field: 'lĩnh vực',
  channel: 'hình thức',
  degree: 'trình độ',
  tier: 'cấp',
  subject: 'cơ quan, đơn vị',
  mechanism: 'cơ chế',
  level: 'mức độ',
  type: 'loại',
};

const VALUE_LABELS: { [dim: string]: { [value: string]: string } } = {
  channel: { online: 'trực tuyến', postal: 'qua bưu chính công ích', direct: 'trực tiếp' },
  mechanism: { one_stop: 'một cửa', interlinked: 'một cửa liên thông' },
  degree: { doctorate: 'tiến sĩ', master: 'thạc sĩ', bachelor: 'đại học', college: 'cao đẳng', other: 'trình độ khác' },
  tier: { province: 'cấp tỉnh', district: 'cấp huyện', commune: 'cấp xã' },
  status: { proposed: 'đề xuất', draft: 'dự thảo', planned: 'kế hoạch' },
  level: { '3': 'mức độ 3', '4': 'mức độ 4', '3-4': 'mức độ 3, 4', full: 'toàn trình', partial: 'một phần' },
};

export function metricLabel(metric: string): string {
  return METRIC_LABELS[metric] ?? metric;
}

export function dimensionValue(dim: string, value: string): string {
  const v = VALUE_LABELS[dim]?.[value];
  if (v) return v;
  if (dim === 'field') return `lĩnh vực ${value}`;
  return value;
}

/** "tiếp nhận (lĩnh vực Hộ tịch, trực tuyến)" — the dims of a record, for people. */
export function dimsLabel(d: Dimensions, skip: readonly string[] = []): string {
  const parts = Object.entries(d)
    .filter(([k, v]) => v !== undefined && !skip.includes(k))
    .map(([k, v]) => dimensionValue(k, String(v)));
  return parts.length ? ` (${parts.join(', ')})` : '';
}

/**
 * The part a record is of, to follow a label in a sentence: " cấp huyện", " lĩnh vực Hộ tịch,
 * trực tuyến", " của Chi cục Thủy sản" ("" when it has no dimension) — "Số hồ sơ tiếp nhận cấp
 * huyện (4.020) khác …".
 */
export function dimsPhrase(d: Dimensions, skip: readonly string[] = []): string {
  const parts = Object.entries(d)
    .filter(([k, v]) => v !== undefined && !skip.includes(k))
    .map(([k, v]) => (k === 'subject' ? `của ${String(v)}` : dimensionValue(k, String(v))));
  return parts.length ? ` ${parts.join(', ')}` : '';
}

/** The dimensions all the records share, with the same value (those of one tier, one body, one field …). */
export function sharedDimensions(records: readonly Pick<Record, 'dimensions'>[]): Dimensions {
  const [first, ...rest] = records;
  if (!first) return {};
  const out: { [k: string]: unknown } = {};
  for (const [k, v] of Object.entries(first.dimensions)) {
    if (v !== undefined && rest.every((r) => (r.dimensions as { [k: string]: unknown })[k] === v)) out[k] = v;
  }
  return out as Dimensions;
}

/** A figure's name with the part it is of, to open a message: "Tỷ lệ giải quyết đúng hạn cấp xã", "Số TTHC trực tuyến toàn trình". */
export function partLabel(r: Pick<Record, 'metric' | 'dimensions'>): string {
  return opening(metricLabel(r.metric) + dimsPhrase(r.dimensions));
}

export function recordLabel(r: Pick<Record, 'metric' | 'dimensions'>, skip: readonly string[] = []): string {
  return metricLabel(r.metric) + dimsLabel(r.dimensions, skip);
}

/** Vietnamese number: 1.234 for thousands, 98,5 for decimals. */
export function vn(n: number): string {
  const neg = n < 0;
  const abs = Math.abs(n);
  const rounded = Math.round(abs * 100) / 100;
  const [int, dec] = String(rounded).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${neg ? '−' : ''}${grouped}${dec ? `,${dec}` : ''}`;
}

export function percent(n: number): string {
  return `${vn(n)}%`;
}

/** A record's value as written for people: "98,5%" for a percent, "1.234" otherwise. */
export function valueLabel(r: Pick<Record, 'value' | 'unit'>): string {
  return r.unit === 'percent' ? percent(r.value) : vn(r.value);
}

/** The label opening a message: its first letter upper-cased ("số hồ sơ …" → "Số hồ sơ …", "tỷ lệ …" → "Tỷ lệ …"). */
export function opening(label: string): string {
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** "mục II/2/2.2/a", or "phần đầu báo cáo" before the first heading. */
export function where(section: string): string {
  return section ? `mục ${section}` : 'phần đầu báo cáo';
}

/** Vietnamese name of a canonical period: 2022-Q1 → "quý I năm 2022". */
export function periodLabel(period: string): string {
  const q = /^(\d{4})-Q([1-4])$/.exec(period);
  if (q) return `quý ${['I', 'II', 'III', 'IV'][Number(q[2]) - 1]} năm ${q[1]}`;
  const h = /^(\d{4})-H([12])$/.exec(period);
  if (h) return `6 tháng ${h[2] === '1' ? 'đầu' : 'cuối'} năm ${h[1]}`;
  const n = /^(\d{4})-9M$/.exec(period);
  if (n) return `9 tháng năm ${n[1]}`;
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (m) return `tháng ${Number(m[2])} năm ${m[1]}`;
  if (/^\d{4}$/.test(period)) return `năm ${period}`;
  return period;
}
