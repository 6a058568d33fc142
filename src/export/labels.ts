/** Vietnamese labels for what people read: metrics, dimensions, checks, severities, decisions. */

export const METRIC_LABELS: { [metric: string]: string } = {
  'dossier.received': 'Hồ sơ tiếp nhận',
  'dossier.carried_over': 'Hồ sơ kỳ trước chuyển sang',
  'dossier.new': 'Hồ sơ tiếp nhận mới',
  'dossier.resolved': 'Hồ sơ đã giải quyết',
  'dossier.resolved_early': 'Giải quyết trước hạn',
  'dossier.resolved_on_time': 'Giải quyết đúng hạn',
  'dossier.resolved_late': 'Giải quyết quá hạn',
  'dossier.on_time_rate': 'Tỷ lệ đúng hạn (%)',
  'dossier.late_rate': 'Tỷ lệ quá hạn (%)',
  'dossier.pending': 'Hồ sơ đang giải quyết',
  'dossier.pending_on_time': 'Đang giải quyết, chưa đến hạn',
  'dossier.pending_overdue': 'Đang giải quyết, đã quá hạn',
  'dossier.returned': 'Hồ sơ đã trả kết quả',
  'dossier.processed': 'Hồ sơ xử lý qua hệ thống',
  'dossier.rejected': 'Hồ sơ trả lại, từ chối, rút',
  'feedback.received': 'Phản ánh, kiến nghị tiếp nhận',
  'feedback.resolved': 'Phản ánh, kiến nghị đã xử lý',
  'procedure.total': 'Tổng số TTHC',
  'procedure.online_rate': 'Tỷ lệ TTHC trực tuyến (%)',
  'procedure.online': 'TTHC trực tuyến',
  'procedure.published': 'TTHC công bố',
  'procedure.amended': 'TTHC sửa đổi, bổ sung',
  'procedure.abolished': 'TTHC bãi bỏ',
  'legal_doc.issued': 'VBQPPL ban hành',
  'legal_doc.reviewed': 'VBQPPL rà soát, kiểm tra',
  'org.divisions': 'Phòng chuyên môn',
  'org.units': 'Đơn vị trực thuộc',
  'staff.total': 'Tổng số CBCCVC',
  'staff.by_degree': 'CBCCVC theo trình độ',
  'staff.quota_assigned': 'Biên chế được giao',
  'staff.quota_filled': 'Biên chế có mặt',
  'staff.quota_vacant': 'Biên chế còn thiếu',
  'staff.trained': 'Lượt đào tạo, bồi dưỡng',
  'staff.disciplined': 'CBCCVC bị kỷ luật',
  'inspection.units': 'Đơn vị được kiểm tra CCHC',
  'iso.units': 'Cơ quan áp dụng ISO 9001',
};

export const DIMENSION_LABELS: { [name: string]: string } = {
  field: 'lĩnh vực',
  channel: 'kênh',
  mechanism: 'cơ chế',
  level: 'mức độ',
  degree: 'trình độ',
  status: 'trạng thái',
  tier: 'cấp',
  type: 'loại',
  subject: 'cơ quan',
};

export const DIMENSION_VALUE_LABELS: { [name: string]: { [value: string]: string } } = {
  channel: { online: 'trực tuyến', postal: 'bưu chính công ích', direct: 'trực tiếp' },
  mechanism: { one_stop: 'một cửa', interlinked: 'liên thông' },
  level: { '3': 'mức 3', '4': 'mức 4', '3-4': 'mức 3 và 4', full: 'toàn trình', partial: 'một phần' },
  degree: { doctorate: 'tiến sĩ', master: 'thạc sĩ', bachelor: 'đại học', college: 'cao đẳng', other: 'khác' },
  status: { proposed: 'đề nghị', draft: 'dự thảo', planned: 'kế hoạch' },
  tier: { province: 'cấp tỉnh', district: 'cấp huyện', commune: 'cấp xã' },
};

export const CHECK_LABELS: { [check: string]: string } = {
  'sum-mismatch': 'Tổng các phần khác tổng số',
  'difference-mismatch': 'Hiệu số không khớp',
  'rate-mismatch': 'Tỷ lệ không khớp số liệu',
  'rate-out-of-range': 'Tỷ lệ ngoài khoảng 0–100%',
  'part-exceeds-whole': 'Phần lớn hơn tổng',
  'conflicting-values': 'Hai số liệu mâu thuẫn',
  'missing-section': 'Thiếu mục bắt buộc',
  'period-mismatch': 'Kỳ báo cáo không khớp',
  'period-regression': 'Số lũy kế giảm giữa các kỳ',
  'duplicate-report': 'Báo cáo trùng kỳ',
};

export const SEVERITY_LABELS: { [severity: string]: string } = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' };

export const DECISION_LABELS: { [decision: string]: string } = {
  confirmed: 'Xác nhận lỗi',
  dismissed: 'Bỏ qua',
  corrected: 'Đã sửa giá trị',
};

export const FLAG_STATUS_LABELS: { [status: string]: string } = {
  open: 'Chưa xử lý',
  confirmed: 'Đã xác nhận',
  dismissed: 'Đã bỏ qua',
  corrected: 'Đã sửa giá trị',
  resolved: 'Hết theo quy tắc mới',
};

export const metricLabel = (metric: string): string => METRIC_LABELS[metric] ?? metric;
export const checkLabel = (check: string): string => CHECK_LABELS[check] ?? check;

/** "lĩnh vực Hộ tịch, kênh trực tuyến" — the dimensions of a record for people (empty when none). */
export function dimensionsLabel(dimensions: { [name: string]: string | undefined }): string {
  return Object.entries(dimensions)
    .filter((e): e is [string, string] => e[1] !== undefined)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, value]) => `${DIMENSION_LABELS[name] ?? name} ${DIMENSION_VALUE_LABELS[name]?.[value] ?? value}`)
    .join(', ');
}
