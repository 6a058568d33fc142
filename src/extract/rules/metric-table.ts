import { METRICS } from '../catalog.ts';
import { defineRule } from '../rule.ts';
import { cellAt, isFigureCell } from '../dossier/table.ts';
import { cellMetric, metricTableOf } from '../metric-table.ts';

/**
 * A table of staff, procedure, VBQPPL, feedback or organisation figures: the column header (with
 * the caption before the table) says what each figure counts ("Biên chế được giao", "Thạc sĩ",
 * "DVCTT toàn trình", "Số văn bản được rà soát", "Số lượt người"), the row label gives the tier,
 * field or body. A table with one "Số lượng" column takes each row's metric from its label.
 */
/** A cell holding one fraction: "172/173". */
const FRACTION_CELL = /^\s*\d[\d.]*\s*\/\s*\d[\d.]*\s*$/;

export default defineRule({
  id: 'metric-table',
  description: 'Numeric cells of a table whose header names staff, procedure, VBQPPL, feedback or organisation metrics.',
  examples: {
    valid: [
      {
        // A bracket after a cell's count is no figure of its column.
        before: 'Tình hình biên chế năm 2025:',
        text: '| Nội dung | Số lượng |\n| --- | --- |\n| Biên chế công chức được giao | 47 (trong đó 3 hợp đồng) |\n| Số công chức có mặt | 44 |',
        records: [
          { metric: 'staff.quota_assigned', value: 47 },
          { metric: 'staff.quota_filled', value: 44 },
        ],
      },
      {
        // A fraction's cell states its numerator.
        before: 'Kết quả áp dụng HTQLCL năm 2025:',
        text: '| Đơn vị | Số cơ quan đã công bố HTQLCL |\n| --- | --- |\n| Cơ quan cấp tỉnh | 21 |\n| UBND cấp xã | 95/96 |',
        records: [
          { metric: 'iso.units', value: 21, dimensions: { tier: 'province' } },
          { metric: 'iso.units', value: 95, dimensions: { tier: 'commune' } },
        ],
      },
      {
        before: 'Tình hình biên chế công chức của các phòng:',
        text: '| TT | Phòng | Biên chế được giao | Biên chế có mặt | Còn thiếu |\n| --- | --- | --- | --- | --- |\n| 1 | Văn phòng | 9 | 8 | 1 |\n| | Tổng cộng | 30 | 27 | 3 |',
        records: [
          { metric: 'staff.quota_assigned', value: 9 },
          { metric: 'staff.quota_filled', value: 8 },
          { metric: 'staff.quota_vacant', value: 1 },
          { metric: 'staff.quota_assigned', value: 30 },
          { metric: 'staff.quota_filled', value: 27 },
          { metric: 'staff.quota_vacant', value: 3 },
        ],
      },
      {
        // A row naming a kind of staff names no body.
        before: 'Tình hình biên chế năm 2025:',
        text: '| Đối tượng | Được giao | Có mặt |\n| --- | --- | --- |\n| Cán bộ, công chức cấp xã | 188 | 181 |\n| Viên chức sự nghiệp | 640 | 622 |',
        records: [
          { metric: 'staff.quota_assigned', value: 188, dimensions: { tier: 'commune' } },
          { metric: 'staff.quota_filled', value: 181, dimensions: { tier: 'commune' } },
          { metric: 'staff.quota_assigned', value: 640 },
          { metric: 'staff.quota_filled', value: 622 },
        ],
      },
      {
        before: 'Số lượng TTHC và dịch vụ công trực tuyến ở từng cấp:',
        text: '| Cấp | Tổng số TTHC | DVCTT toàn trình | DVCTT một phần |\n| --- | --- | --- | --- |\n| Cấp huyện | 240 | 88 | 152 |',
        records: [
          { metric: 'procedure.total', value: 240, dimensions: { tier: 'district' } },
          { metric: 'procedure.online', value: 88, dimensions: { tier: 'district', level: 'full' } },
          { metric: 'procedure.online', value: 152, dimensions: { tier: 'district', level: 'partial' } },
        ],
      },
      {
        before: 'Bộ TTHC của Sở theo lĩnh vực:',
        text: '| Lĩnh vực | Số TTHC | Toàn trình | Một phần |\n| --- | --- | --- | --- |\n| Thủy lợi | 14 | 6 | 8 |',
        records: [
          { metric: 'procedure.total', value: 14, dimensions: { field: 'Thủy lợi' } },
          { metric: 'procedure.online', value: 6, dimensions: { field: 'Thủy lợi', level: 'full' } },
          { metric: 'procedure.online', value: 8, dimensions: { field: 'Thủy lợi', level: 'partial' } },
        ],
      },
      {
        before: 'Đội ngũ công chức chia theo trình độ:',
        text: '| Cấp | Tổng số cán bộ, công chức | Trình độ chuyên môn | | |\n| --- | --- | --- | --- | --- |\n| | | Thạc sĩ | Đại học | Cao đẳng, trung cấp |\n| Cấp xã | 512 | 20 | 430 | 62 |',
        records: [
          { metric: 'staff.total', value: 512, dimensions: { tier: 'commune' } },
          { metric: 'staff.by_degree', value: 20, dimensions: { tier: 'commune', degree: 'master' } },
          { metric: 'staff.by_degree', value: 430, dimensions: { tier: 'commune', degree: 'bachelor' } },
          { metric: 'staff.by_degree', value: 62, dimensions: { tier: 'commune', degree: 'college' } },
        ],
      },
      {
        // "Tổng số" merged down over the header's second row, beside the qualifications.
        before: 'Cơ cấu viên chức của các đơn vị theo trình độ:',
        text: '| Đơn vị | Tổng số | Trình độ chuyên môn | |\n| --- | --- | --- | --- |\n| | | Thạc sĩ | Đại học |\n| Trung tâm Kiểm định | 24 | 3 | 19 |',
        records: [
          { metric: 'staff.total', value: 24 },
          { metric: 'staff.by_degree', value: 3, dimensions: { degree: 'master' } },
          { metric: 'staff.by_degree', value: 19, dimensions: { degree: 'bachelor' } },
        ],
      },
      {
        before: 'Trình độ chuyên môn của công chức, viên chức:',
        text: '| Trình độ | Số lượng (người) | Tỷ lệ (%) |\n| --- | --- | --- |\n| Tiến sĩ | 1 | 2,5 |\n| Đại học | 30 | 75 |',
        records: [
          { metric: 'staff.by_degree', value: 1, dimensions: { degree: 'doctorate' } },
          { metric: 'staff.by_degree', value: 30, dimensions: { degree: 'bachelor' } },
        ],
      },
      {
        before: 'Kết quả bồi dưỡng cán bộ, công chức trong năm:',
        text: '| STT | Nội dung | Số lớp | Số lượt người |\n| --- | --- | --- | --- |\n| 1 | Quản lý nhà nước | 4 | 310 |',
        records: [{ metric: 'staff.trained', value: 310 }],
      },
      {
        before: 'Văn bản quy phạm pháp luật ở các cấp:',
        text: '| Cấp | Số VBQPPL ban hành | Số văn bản được rà soát |\n| --- | --- | --- |\n| Cấp xã | 18 | 220 |',
        records: [
          { metric: 'legal_doc.issued', value: 18, dimensions: { tier: 'commune' } },
          { metric: 'legal_doc.reviewed', value: 220, dimensions: { tier: 'commune' } },
        ],
      },
      {
        before: 'Tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính:',
        text: '| Nội dung | Số phản ánh tiếp nhận | Đã xử lý | Đang xử lý |\n| --- | --- | --- | --- |\n| Tổng cộng | 6 | 5 | 1 |',
        records: [
          { metric: 'feedback.received', value: 6 },
          { metric: 'feedback.resolved', value: 5 },
        ],
      },
      {
        before: 'Kết quả áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015:',
        text: '| Cấp | Số cơ quan, đơn vị | Số đơn vị đã áp dụng ISO |\n| --- | --- | --- |\n| Cấp xã | 19 | 17 |',
        records: [{ metric: 'iso.units', value: 17, dimensions: { tier: 'commune' } }],
      },
      {
        before: 'Số lượng công chức, viên chức và người lao động của Ban:',
        text: '| Tổng số | Công chức | Viên chức |\n| --- | --- | --- |\n| 27 | 9 | 18 |',
        records: [{ metric: 'staff.total', value: 27 }],
      },
      {
        before: 'Công tác xây dựng, kiểm tra văn bản quy phạm pháp luật:',
        text: '| Nội dung | Số văn bản |\n| --- | --- |\n| VBQPPL do Sở tham mưu ban hành | 5 |\n| Văn bản được rà soát | 88 |',
        records: [
          { metric: 'legal_doc.issued', value: 5, dimensions: { status: 'draft' } },
          { metric: 'legal_doc.reviewed', value: 88 },
        ],
      },
      {
        before: 'Dịch vụ công trực tuyến và hồ sơ phát sinh trong quý:',
        text: '| Mức độ | Số DVCTT | Số hồ sơ phát sinh |\n| --- | --- | --- |\n| Mức độ 4 | 26 | 940 |',
        records: [{ metric: 'procedure.online', value: 26, dimensions: { level: '4' } }],
      },
      {
        // The count column names only the unit ("Số TTHC"); each row names what was done.
        before: 'Thủ tục hành chính được công bố, sửa đổi, bãi bỏ trong kỳ:',
        text: '| Nội dung | Số TTHC |\n| --- | --- |\n| Công bố mới | 14 |\n| Sửa đổi, bổ sung | 22 |\n| Bãi bỏ | 6 |',
        records: [
          { metric: 'procedure.published', value: 14 },
          { metric: 'procedure.amended', value: 22 },
          { metric: 'procedure.abolished', value: 6 },
        ],
      },
      {
        before: 'Trình độ chuyên môn của công chức cấp xã:',
        text: '| Cấp | Đại học | Cao đẳng | Khác |\n| --- | --- | --- | --- |\n| Cấp xã | 640 | 41 | 37 |',
        records: [
          { metric: 'staff.by_degree', value: 640, dimensions: { tier: 'commune', degree: 'bachelor' } },
          { metric: 'staff.by_degree', value: 41, dimensions: { tier: 'commune', degree: 'college' } },
          { metric: 'staff.by_degree', value: 37, dimensions: { tier: 'commune', degree: 'other' } },
        ],
      },
      {
        before: 'Kết quả thực hiện một số nhiệm vụ chủ yếu:',
        text: '| Nội dung | Kết quả |\n| --- | --- |\n| Số văn bản chỉ đạo về CCHC đã ban hành | 15 |\n| Số phòng, đơn vị được kiểm tra công tác CCHC | 6 |',
        records: [{ metric: 'inspection.units', value: 6 }],
      },
      {
        // The rows name the metrics, the columns the levels (the total column none).
        before: 'Kết quả rà soát, công bố thủ tục hành chính trong năm:',
        text: '| Nội dung | Cấp tỉnh | Cấp huyện | Cấp xã | Tổng |\n| --- | --- | --- | --- | --- |\n| TTHC công bố mới | 11 | 4 | 2 | 17 |\n| TTHC bãi bỏ | 3 | 1 | 0 | 4 |',
        records: [
          { metric: 'procedure.published', value: 11, dimensions: { tier: 'province' } },
          { metric: 'procedure.published', value: 4, dimensions: { tier: 'district' } },
          { metric: 'procedure.published', value: 2, dimensions: { tier: 'commune' } },
          { metric: 'procedure.published', value: 17 },
          { metric: 'procedure.abolished', value: 3, dimensions: { tier: 'province' } },
          { metric: 'procedure.abolished', value: 1, dimensions: { tier: 'district' } },
          { metric: 'procedure.abolished', value: 0, dimensions: { tier: 'commune' } },
          { metric: 'procedure.abolished', value: 4 },
        ],
      },
      {
        // Indicators by level, one row each; the dossier row is the dossier table's.
        before: 'Một số chỉ tiêu cải cách hành chính năm 2025:',
        text: '| TT | Chỉ tiêu | Cấp tỉnh | Cấp huyện | Cấp xã |\n| --- | --- | --- | --- | --- |\n| 1 | Số cơ quan, đơn vị áp dụng ISO 9001:2015 | 19 | 9 | 120 |\n| 2 | Số phản ánh, kiến nghị tiếp nhận | 7 | 2 | 0 |\n| 3 | Tỷ lệ hồ sơ giải quyết đúng hạn (%) | 99,4 | 98,9 | 99,8 |',
        records: [
          { metric: 'iso.units', value: 19, dimensions: { tier: 'province' } },
          { metric: 'iso.units', value: 9, dimensions: { tier: 'district' } },
          { metric: 'iso.units', value: 120, dimensions: { tier: 'commune' } },
          { metric: 'feedback.received', value: 7, dimensions: { tier: 'province' } },
          { metric: 'feedback.received', value: 2, dimensions: { tier: 'district' } },
          { metric: 'feedback.received', value: 0, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // A bare share beside columns of both levels: the share online at either.
        before: 'Thủ tục hành chính và dịch vụ công trực tuyến theo cấp:',
        text: '| Cấp | Tổng số TTHC | Toàn trình | Một phần | Tỷ lệ (%) |\n| --- | --- | --- | --- | --- |\n| Cấp tỉnh | 1.200 | 540 | 360 | 75 |',
        records: [
          { metric: 'procedure.total', value: 1200, dimensions: { tier: 'province' } },
          { metric: 'procedure.online', value: 540, dimensions: { tier: 'province', level: 'full' } },
          { metric: 'procedure.online', value: 360, dimensions: { tier: 'province', level: 'partial' } },
          { metric: 'procedure.online_rate', value: 75, dimensions: { tier: 'province' } },
        ],
      },
      {
        // Columns by period: the running total (the widest) is the report's own; the quarters give nothing.
        before: 'Một số chỉ tiêu chủ yếu 6 tháng đầu năm:',
        text: '| Chỉ tiêu | Quý I | Quý II | Lũy kế 6 tháng |\n| --- | --- | --- | --- |\n| Số VBQPPL ban hành | 2 | 4 | 6 |\n| TTHC công bố mới | 9 | 3 | 12 |',
        records: [
          { metric: 'legal_doc.issued', value: 6 },
          { metric: 'procedure.published', value: 12 },
        ],
      },
      {
        // Targets beside results: the results, and each target as planned (not yet done); the rates against the plan are no records.
        before: 'Kết quả thực hiện kế hoạch cải cách hành chính năm:',
        text: '| Nội dung | Kế hoạch | Thực hiện | Tỷ lệ (%) |\n| --- | --- | --- | --- |\n| Số lượt công chức được bồi dưỡng | 250 | 262 | 104,8 |\n| Số VBQPPL được rà soát | 30 | 30 | 100 |',
        records: [
          { metric: 'staff.trained', value: 250, dimensions: { status: 'planned' } },
          { metric: 'staff.trained', value: 262 },
          { metric: 'legal_doc.reviewed', value: 30, dimensions: { status: 'planned' } },
          { metric: 'legal_doc.reviewed', value: 30 },
        ],
      },
      {
        // Columns by year: the latest.
        before: 'Tình hình biên chế của Sở:',
        text: '| Nội dung | Năm 2024 | Năm 2025 |\n| --- | --- | --- |\n| Biên chế được giao | 61 | 58 |\n| Biên chế có mặt | 57 | 55 |',
        records: [
          { metric: 'staff.quota_assigned', value: 58 },
          { metric: 'staff.quota_filled', value: 55 },
        ],
      },
      {
        // A count of bodies under a caption on reform inspections, the rows naming their level.
        before: 'Kết quả kiểm tra công tác CCHC năm 2025:',
        text: '| STT | Đơn vị được kiểm tra | Số lượng |\n| --- | --- | --- |\n| 1 | Sở, ban, ngành | 6 |\n| 2 | UBND cấp xã | 9 |',
        records: [
          { metric: 'inspection.units', value: 6, dimensions: { tier: 'province' } },
          { metric: 'inspection.units', value: 9, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // The total row under rows of a publication's changes counts the procedures published.
        text: '| Nội dung | Số TTHC |\n| --- | --- |\n| TTHC mới ban hành | 12 |\n| TTHC bị bãi bỏ | 5 |\n| Tổng số | 17 |',
        records: [
          { metric: 'procedure.published', value: 12 },
          { metric: 'procedure.abolished', value: 5 },
          { metric: 'procedure.published', value: 17 },
        ],
      },
      {
        // Staff present in a row of their own beside the row of the quota assigned: the filled quota.
        text: '| Nội dung | Số liệu |\n| --- | --- |\n| Biên chế viên chức được giao | 86 |\n| Viên chức có mặt | 80 |\n| Lao động hợp đồng | 5 |',
        records: [
          { metric: 'staff.quota_assigned', value: 86 },
          { metric: 'staff.quota_filled', value: 80 },
        ],
      },
      {
        // A bare share beside the count: the row gives its level.
        before: 'Dịch vụ công trực tuyến của tỉnh:',
        text: '| Mức độ | Số TTHC | Tỷ lệ (%) |\n| --- | --- | --- |\n| Toàn trình | 512 | 31,6 |\n| Một phần | 388 | 24 |',
        records: [
          { metric: 'procedure.online', value: 512, dimensions: { level: 'full' } },
          { metric: 'procedure.online_rate', value: 31.6, dimensions: { level: 'full' } },
          { metric: 'procedure.online', value: 388, dimensions: { level: 'partial' } },
          { metric: 'procedure.online_rate', value: 24, dimensions: { level: 'partial' } },
        ],
      },
      {
        // One row, the metrics across: a share header naming procedures online is that share, at no one level.
        before: 'Mức độ cung cấp dịch vụ công trực tuyến của Ban:',
        text: '| Tổng số TTHC | Số TTHC trực tuyến toàn trình | Số TTHC trực tuyến một phần | Tỷ lệ TTHC trực tuyến (%) |\n| --- | --- | --- | --- |\n| 72 | 30 | 28 | 80,6 |',
        records: [
          { metric: 'procedure.total', value: 72 },
          { metric: 'procedure.online', value: 30, dimensions: { level: 'full' } },
          { metric: 'procedure.online', value: 28, dimensions: { level: 'partial' } },
          { metric: 'procedure.online_rate', value: 80.6 },
        ],
      },
      {
        // Parts without a dimension of the contract beside their total: the total, for the one row naming its metric.
        before: 'Công tác xây dựng văn bản quy phạm pháp luật:',
        text: '| Nội dung | Nghị quyết HĐND | Quyết định UBND | Tổng cộng |\n| --- | --- | --- | --- |\n| Số VBQPPL đã ban hành | 2 | 7 | 9 |',
        records: [{ metric: 'legal_doc.issued', value: 9 }],
      },
      {
        // A row counting staff disciplined, a zero included.
        before: 'Kết quả thanh tra, kiểm tra công vụ:',
        text: '| TT | Nội dung | Số lượng |\n| --- | --- | --- |\n| 1 | Số viên chức bị kỷ luật | 0 |\n| 2 | Số cơ quan được kiểm tra công tác CCHC | 3 |',
        records: [
          { metric: 'staff.disciplined', value: 0 },
          { metric: 'inspection.units', value: 3 },
        ],
      },
      {
        // A result column named with its period ("Kết quả 6 tháng") beside a target; a row of procedures a reform touched is no count of all.
        before: 'Thực hiện các chỉ tiêu cải cách thủ tục hành chính:',
        text: '| Chỉ tiêu | Mục tiêu năm | Kết quả 6 tháng | Đánh giá |\n| --- | --- | --- | --- |\n| Tỷ lệ TTHC cung cấp DVCTT toàn trình (%) | 70 | 64,5 | Chưa đạt |\n| Số TTHC được đơn giản hóa | 8 | 9 | Đạt |',
        records: [
          { metric: 'procedure.online_rate', value: 70, dimensions: { level: 'full', status: 'planned' } },
          { metric: 'procedure.online_rate', value: 64.5, dimensions: { level: 'full' } },
        ],
      },
      {
        // A dossier table of indicators ("Chỉ tiêu | Đơn vị tính | Số liệu"): its rows counting something else are read here.
        before: 'Một số chỉ tiêu cải cách thủ tục hành chính trong kỳ:',
        text: '| TT | Chỉ tiêu | Đơn vị tính | Số liệu |\n| --- | --- | --- | --- |\n| 1 | Số TTHC thuộc thẩm quyền của Sở | TTHC | 143 |\n| 2 | Số hồ sơ tiếp nhận | Hồ sơ | 2.210 |\n| 3 | Số phản ánh, kiến nghị tiếp nhận | Phản ánh | 2 |',
        records: [
          { metric: 'procedure.total', value: 143 },
          { metric: 'feedback.received', value: 2 },
        ],
      },
      {
        // The same period of two years beside the change: the report's own year.
        before: 'Kết quả so với cùng kỳ năm trước:',
        text: '| Nội dung | 6 tháng năm 2023 | 6 tháng năm 2024 | Tăng/giảm |\n| --- | --- | --- | --- |\n| TTHC công bố mới | 9 | 14 | +5 |\n| TTHC bãi bỏ | 3 | 1 | -2 |',
        records: [
          { metric: 'procedure.published', value: 14 },
          { metric: 'procedure.abolished', value: 1 },
        ],
      },
      {
        // Rows by authority: "HĐND, UBND tỉnh" is the province level beside "… cấp huyện".
        before: 'Văn bản quy phạm pháp luật trong quý:',
        text: '| Cơ quan | VBQPPL ban hành | VBQPPL được kiểm tra |\n| --- | --- | --- |\n| HĐND, UBND tỉnh | 7 | 7 |\n| HĐND, UBND cấp huyện | 3 | 15 |',
        records: [
          { metric: 'legal_doc.issued', value: 7, dimensions: { tier: 'province' } },
          { metric: 'legal_doc.reviewed', value: 7, dimensions: { tier: 'province' } },
          { metric: 'legal_doc.issued', value: 3, dimensions: { tier: 'district' } },
          { metric: 'legal_doc.reviewed', value: 15, dimensions: { tier: 'district' } },
        ],
      },
      {
        // Before and after a reorganisation: the organisation now.
        before: 'Kết quả sắp xếp tổ chức bộ máy:',
        text: '| Nội dung | Trước khi sắp xếp | Sau khi sắp xếp |\n| --- | --- | --- |\n| Số phòng chuyên môn | 12 | 10 |\n| Số đơn vị sự nghiệp trực thuộc | 7 | 5 |',
        records: [
          { metric: 'org.divisions', value: 10 },
          { metric: 'org.units', value: 5 },
        ],
      },
      {
        // Rows of online levels under a count of procedures: offered online at that level; the total row is the count's own.
        before: 'Mức độ cung cấp dịch vụ công trực tuyến:',
        text: '| STT | Mức độ | Số lượng TTHC |\n| --- | --- | --- |\n| 1 | DVC trực tuyến toàn trình | 54 |\n| 2 | DVC trực tuyến một phần | 37 |\n| | Tổng | 91 |',
        records: [
          { metric: 'procedure.online', value: 54, dimensions: { level: 'full' } },
          { metric: 'procedure.online', value: 37, dimensions: { level: 'partial' } },
          { metric: 'procedure.total', value: 91 },
        ],
      },
      {
        // "Cộng" over the staff by kind: the head count, and the staff of a degree where a row names it.
        before: 'Đội ngũ cán bộ, công chức của phường:',
        text: '| Nội dung | Cán bộ | Công chức | Cộng |\n| --- | --- | --- | --- |\n| Số người | 9 | 12 | 21 |\n| Trình độ thạc sĩ | 1 | 2 | 3 |',
        records: [
          { metric: 'staff.total', value: 21 },
          { metric: 'staff.by_degree', value: 3, dimensions: { degree: 'master' } },
        ],
      },
      {
        // Columns by year with one row naming a metric: the latest year's figure of that row.
        before: 'Một số kết quả chuyển đổi số:',
        text: '| Nội dung | Năm 2023 | Năm 2024 |\n| --- | --- | --- |\n| Số cơ quan áp dụng HTQLCL theo ISO 9001:2015 | 6 | 8 |\n| Văn bản điện tử phát hành | 950 | 1.320 |',
        records: [{ metric: 'iso.units', value: 8 }],
      },
      {
        // Staff by kind beside their total: the total is the head count.
        before: 'Nhân sự của Chi cục tại thời điểm báo cáo:',
        text: '| Nội dung | Tổng số | Công chức | Viên chức | Hợp đồng |\n| --- | --- | --- | --- | --- |\n| Số người | 41 | 17 | 20 | 4 |',
        records: [{ metric: 'staff.total', value: 41 }],
      },
      {
        // Inspected bodies by tier, target beside result: the result, and the target as planned.
        before: 'Kiểm tra công tác cải cách hành chính trong năm:',
        text: '| Đối tượng kiểm tra | Kế hoạch | Đã kiểm tra |\n| --- | --- | --- |\n| UBND cấp huyện | 3 | 3 |\n| UBND cấp xã | 12 | 9 |',
        records: [
          { metric: 'inspection.units', value: 3, dimensions: { tier: 'district', status: 'planned' } },
          { metric: 'inspection.units', value: 3, dimensions: { tier: 'district' } },
          { metric: 'inspection.units', value: 12, dimensions: { tier: 'commune', status: 'planned' } },
          { metric: 'inspection.units', value: 9, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // "Chỉ tiêu | Đơn vị tính | Kế hoạch | Thực hiện": the unit column aside, the result and the target as planned.
        before: 'Các chỉ tiêu chính của kỳ báo cáo:',
        text: '| Chỉ tiêu | ĐVT | Kế hoạch năm | Thực hiện 6 tháng |\n| --- | --- | --- | --- |\n| Số phòng, đơn vị được kiểm tra công tác CCHC | Đơn vị | 8 | 3 |\n| Kiến nghị về quy định hành chính đã xử lý | Lượt | | 2 |',
        records: [
          { metric: 'inspection.units', value: 8, dimensions: { status: 'planned' } },
          { metric: 'inspection.units', value: 3 },
          { metric: 'feedback.resolved', value: 2 },
        ],
      },
      {
        // A last "Tổng" after two parts of one metric: that metric, with what its parts share.
        before: 'Việc áp dụng hệ thống quản lý chất lượng:',
        text: '| Cơ quan chuyên môn áp dụng ISO | Đơn vị sự nghiệp áp dụng ISO | Tổng |\n| --- | --- | --- |\n| 14 | 5 | 19 |',
        records: [
          { metric: 'iso.units', value: 14 },
          { metric: 'iso.units', value: 5 },
          { metric: 'iso.units', value: 19 },
        ],
      },
      {
        // "Văn bản được rà soát" reviewed as in prose; by tier with their total.
        before: 'Công tác xây dựng, kiểm tra văn bản:',
        text: '| Nội dung | Cấp huyện | Cấp xã | Tổng |\n| --- | --- | --- | --- |\n| Số văn bản đã rà soát | 22 | 61 | 83 |',
        records: [
          { metric: 'legal_doc.reviewed', value: 22, dimensions: { tier: 'district' } },
          { metric: 'legal_doc.reviewed', value: 61, dimensions: { tier: 'commune' } },
          { metric: 'legal_doc.reviewed', value: 83 },
        ],
      },
      {
        // Feedback rows named by the abbreviation alone ("PAKN").
        before: 'Tình hình xử lý phản hồi của người dân:',
        text: '| Chỉ tiêu | Đơn vị tính | Số lượng |\n| --- | --- | --- |\n| PAKN tiếp nhận | PAKN | 6 |\n| PAKN đã xử lý | PAKN | 5 |',
        records: [
          { metric: 'feedback.received', value: 6 },
          { metric: 'feedback.resolved', value: 5 },
        ],
      },
      {
        // "Trung cấp" alone is a degree of the rest ("other"), not college.
        before: 'Cơ cấu trình độ chuyên môn của viên chức:',
        text: '| Trình độ | Số lượng |\n| --- | --- |\n| Đại học | 44 |\n| Cao đẳng | 05 |\n| Trung cấp | 07 |',
        records: [
          { metric: 'staff.by_degree', value: 44, dimensions: { degree: 'bachelor' } },
          { metric: 'staff.by_degree', value: 5, dimensions: { degree: 'college' } },
          { metric: 'staff.by_degree', value: 7, dimensions: { degree: 'other' } },
        ],
      },
      {
        // A row of one kind of affiliated body in a table of the agency's structure.
        before: 'Cơ cấu tổ chức của Sở năm 2025:',
        text: '| Loại đơn vị | Số lượng |\n| --- | --- |\n| Phòng chuyên môn | 06 |\n| Chi cục | 02 |\n| Đơn vị sự nghiệp công lập | 03 |',
        records: [
          { metric: 'org.divisions', value: 6 },
          { metric: 'org.units', value: 2 },
          { metric: 'org.units', value: 3 },
        ],
      },
    ],
    invalid: [
      { before: 'Kết quả đào tạo, bồi dưỡng công chức:', text: '| Tổng số | Lý luận chính trị | Chuyên môn |\n| --- | --- | --- |\n| 40 | 12 | 28 |' },
      { before: 'Trình độ lý luận chính trị của công chức:', text: '| Lý luận chính trị | Cao cấp | Trung cấp |\n| --- | --- | --- |\n| Số người | 5 | 12 |' },
      { before: 'Kinh phí đào tạo, bồi dưỡng:', text: '| Nội dung | Số lớp | Kinh phí (triệu đồng) |\n| --- | --- | --- |\n| Bồi dưỡng | 4 | 120 |' },
      { before: 'Tiếp công dân, giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh:', text: '| Nội dung | Tiếp nhận | Đã giải quyết |\n| --- | --- | --- |\n| Đơn thư | 14 | 12 |' },
      // Documents of direction checked are no VBQPPL reviewed.
      { before: 'Văn bản chỉ đạo, điều hành:', text: '| Nội dung | Cấp huyện | Cấp xã |\n| --- | --- | --- |\n| Văn bản chỉ đạo được kiểm tra | 6 | 18 |' },
      { text: '| Lĩnh vực | Hồ sơ tiếp nhận | Đã giải quyết |\n| --- | --- | --- |\n| Hộ tịch | 310 | 305 |' },
      // A total of staff by kind in a quota table is no head count (the quota rules read quotas by their own words).
      { before: 'Biên chế công chức, viên chức năm 2024:', text: '| Nội dung | Tổng số | Công chức | Viên chức |\n| --- | --- | --- | --- |\n| Số lượng | 63 | 25 | 38 |' },
    ],
  },
  match(ctx) {
    if (ctx.block.kind !== 'tableRow' || !ctx.blocks) return;
    const table = metricTableOf(ctx.block, ctx.blocks);
    if (!table) return;
    const offset = ctx.offset ?? 0;
    /** Cells whose figure is read: a bracket after it ("58 (trong đó 4 hợp đồng)") is no figure of the column. */
    const taken = new Set<number>();
    for (const n of ctx.numbers) {
      const j = cellAt(ctx.block, offset + n.start);
      // ("| UBND cấp xã | 172/173 |": a fraction's cell states its numerator, the denominator the bodies in scope.)
      const cell = ctx.block.cells?.[j];
      if (taken.has(j) || (!isFigureCell(cell) && !(n.denominator !== undefined && FRACTION_CELL.test(cell ?? '')))) continue;
      const hit = cellMetric(table, ctx.block, j);
      if (!hit) continue;
      if (hit.metric.endsWith('_rate') !== Boolean(n.percent || hit.metric.endsWith('_rate'))) continue;
      // ("Trình độ chuyên môn của cán bộ, công chức cấp xã:" over rows "Thạc sĩ | 5": the caption's level, where the row names none.)
      const dims = table.captionTier && !hit.dims.tier && METRICS[hit.metric]?.dimensions.includes('tier') ? { ...hit.dims, tier: table.captionTier } : hit.dims;
      taken.add(j);
      ctx.emit({ metric: hit.metric, value: n.value, range: [n.start, n.end], dimensions: dims, confidence: 0.8 });
    }
  },
});
