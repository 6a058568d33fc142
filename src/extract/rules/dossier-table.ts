import { defineRule } from '../rule.ts';
import { tableTier } from '../dossier/document.ts';
import { carriedRow, cellAt, isFigureCell, rowDims, spacedCellValue, tableOf } from '../dossier/table.ts';

/**
 * A dossier table: the column header says what each figure counts ("Tiếp nhận", "Đã giải quyết ›
 * Đúng hạn", "Đang giải quyết › Quá hạn", "Tỷ lệ đúng hạn (%)"), the row label gives the field,
 * tier or body ("Đất đai", "Cấp huyện", "Sở Tư pháp"); "Tổng cộng" rows carry no dimension.
 */
export default defineRule({
  id: 'dossier-table',
  description: 'Numeric cells of a table whose header names dossier metrics; row labels give field / tier / subject.',
  examples: {
    valid: [
      {
        // A form's result cell with a bracket after its count: the count is the column's, the bracket's part no figure of it.
        text: '| Chỉ tiêu | Kết quả |\n| --- | --- |\n| Hồ sơ tiếp nhận | 2.104 (trực tuyến: 1.530) |\n| Hồ sơ đã giải quyết | 2.066 |',
        records: [
          { metric: 'dossier.received', value: 2104 },
          { metric: 'dossier.resolved', value: 2066 },
        ],
      },
      {
        // A form's result cells writing each count with the noun counted ("1.284 hồ sơ").
        before: 'Kết quả giải quyết TTHC 9 tháng năm 2024:',
        text: '| Nội dung | Kết quả |\n| --- | --- |\n| Số hồ sơ tiếp nhận | 2.316 hồ sơ |\n| Số hồ sơ đã giải quyết | 2.290 hồ sơ |\n| Đang giải quyết | 26 hồ sơ |',
        records: [
          { metric: 'dossier.received', value: 2316 },
          { metric: 'dossier.resolved', value: 2290 },
          { metric: 'dossier.pending', value: 26 },
        ],
      },
      {
        // Rows by channel under a caption on the intake, closed by a total row: the total is the intake's whole.
        before: 'Hồ sơ tiếp nhận chia theo cách nộp:',
        text: '| Cách nộp | Số hồ sơ |\n| --- | --- |\n| Trực tuyến | 640 |\n| Trực tiếp | 212 |\n| Cộng | 852 |',
        records: [
          { metric: 'dossier.received', value: 640, dimensions: { channel: 'online' } },
          { metric: 'dossier.received', value: 212, dimensions: { channel: 'direct' } },
          { metric: 'dossier.received', value: 852 },
        ],
      },
      {
        // The form of Thông tư 01/2018/TT-VPCP: new dossiers online are received online; those "trực tiếp hoặc qua dịch vụ
        // bưu chính" (two channels joined) are none of them, and no whole.
        text: '| STT | Lĩnh vực | Số hồ sơ nhận giải quyết | | | Số hồ sơ đã giải quyết |\n| --- | --- | --- | --- | --- | --- |\n| | | Số kỳ trước chuyển qua | Số mới tiếp nhận trực tuyến | Số mới tiếp nhận trực tiếp hoặc qua dịch vụ bưu chính | |\n| 1 | Hộ tịch | 9 | 412 | 130 | 540 |',
        records: [
          { metric: 'dossier.carried_over', value: 9, dimensions: { field: 'Hộ tịch' } },
          { metric: 'dossier.received', value: 412, dimensions: { channel: 'online', field: 'Hộ tịch' } },
          { metric: 'dossier.resolved', value: 540, dimensions: { field: 'Hộ tịch' } },
        ],
      },
      {
        // Rows numbered under a level's row numbered in Roman figures are that level's fields.
        text: '| STT | Lĩnh vực | Hồ sơ tiếp nhận |\n| --- | --- | --- |\n| I | Cấp huyện | 640 |\n| 1 | Đất đai | 410 |\n| 2 | Xây dựng | 230 |\n| II | Cấp xã | 2.115 |\n| 1 | Hộ tịch | 1.240 |\n| 2 | Chứng thực | 875 |',
        records: [
          { metric: 'dossier.received', value: 640, dimensions: { tier: 'district' } },
          { metric: 'dossier.received', value: 410, dimensions: { field: 'Đất đai', tier: 'district' } },
          { metric: 'dossier.received', value: 230, dimensions: { field: 'Xây dựng', tier: 'district' } },
          { metric: 'dossier.received', value: 2115, dimensions: { tier: 'commune' } },
          { metric: 'dossier.received', value: 1240, dimensions: { field: 'Hộ tịch', tier: 'commune' } },
          { metric: 'dossier.received', value: 875, dimensions: { field: 'Chứng thực', tier: 'commune' } },
        ],
      },
      {
        // A plain total of rows that are all named communes is the communes' figure: the commune tier.
        text: '| TT | Đơn vị | Tiếp nhận | Trễ hạn |\n| --- | --- | --- | --- |\n| 1 | Phường Tân An | 1.412 | 2 |\n| 2 | Xã Hưng Lợi | 608 | 0 |\n| | Tổng cộng | 2.020 | 2 |',
        records: [
          { metric: 'dossier.received', value: 1412, dimensions: { subject: 'Phường Tân An' } },
          { metric: 'dossier.resolved_late', value: 2, dimensions: { subject: 'Phường Tân An' } },
          { metric: 'dossier.received', value: 608, dimensions: { subject: 'Xã Hưng Lợi' } },
          { metric: 'dossier.resolved_late', value: 0, dimensions: { subject: 'Xã Hưng Lợi' } },
          { metric: 'dossier.received', value: 2020, dimensions: { tier: 'commune' } },
          { metric: 'dossier.resolved_late', value: 2, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // Levels across the header and the flow of dossiers down the rows, "hồ sơ" written nowhere.
        text: '| Chỉ tiêu | Cấp thành phố | Cấp phường |\n| --- | --- | --- |\n| Tiếp nhận | 2.140 | 6.305 |\n| Giải quyết | 2.101 | 6.298 |',
        records: [
          { metric: 'dossier.received', value: 2140, dimensions: { tier: 'district' } },
          { metric: 'dossier.received', value: 6305, dimensions: { tier: 'commune' } },
          { metric: 'dossier.resolved', value: 2101, dimensions: { tier: 'district' } },
          { metric: 'dossier.resolved', value: 6298, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // "Tồn kỳ trước" is the carried-over row too, under a label column headed "Kỳ báo cáo".
        text: '| Kỳ báo cáo | Tiếp nhận | Đã giải quyết |\n| --- | --- | --- |\n| Tồn kỳ trước | 42 | |\n| Trong kỳ | 3.115 | 3.090 |',
        records: [
          { metric: 'dossier.carried_over', value: 42 },
          { metric: 'dossier.received', value: 3115 },
          { metric: 'dossier.resolved', value: 3090 },
        ],
      },
      {
        // Rows by period: the carried-over row's intake cell is carried over; "Trong kỳ" is the period's own row.
        text: '| Kỳ | Tiếp nhận | Đã giải quyết | Đang giải quyết |\n| --- | --- | --- | --- |\n| Kỳ trước chuyển sang | 85 | | |\n| Trong kỳ | 1.940 | 1.902 | 38 |',
        records: [
          { metric: 'dossier.carried_over', value: 85 },
          { metric: 'dossier.received', value: 1940 },
          { metric: 'dossier.resolved', value: 1902 },
          { metric: 'dossier.pending', value: 38 },
        ],
      },
      {
        // No "hồ sơ" anywhere: received and resolved columns are a dossier flow; its "Tổng số" is what was received.
        heading: '3. Cải cách thủ tục hành chính',
        text: '| Đơn vị | Tổng số | Kỳ trước chuyển sang | Tiếp nhận mới | Đã giải quyết | Đang giải quyết |\n| --- | --- | --- | --- | --- | --- |\n| Cấp huyện | 842 | 31 | 811 | 809 | 33 |',
        records: [
          { metric: 'dossier.received', value: 842, dimensions: { tier: 'district' } },
          { metric: 'dossier.carried_over', value: 31, dimensions: { tier: 'district' } },
          { metric: 'dossier.new', value: 811, dimensions: { tier: 'district' } },
          { metric: 'dossier.resolved', value: 809, dimensions: { tier: 'district' } },
          { metric: 'dossier.pending', value: 33, dimensions: { tier: 'district' } },
        ],
      },
      {
        text: '| Lĩnh vực | Hồ sơ tiếp nhận | Đã giải quyết | Giải quyết quá hạn |\n| --- | --- | --- | --- |\n| Hộ tịch | 310 | 305 | 0 |\n| Tổng cộng | 1.550 | 1.503 | 7 |',
        records: [
          { metric: 'dossier.received', value: 310, dimensions: { field: 'Hộ tịch' } },
          { metric: 'dossier.resolved', value: 305, dimensions: { field: 'Hộ tịch' } },
          { metric: 'dossier.resolved_late', value: 0, dimensions: { field: 'Hộ tịch' } },
          { metric: 'dossier.received', value: 1550 },
          { metric: 'dossier.resolved', value: 1503 },
          { metric: 'dossier.resolved_late', value: 7 },
        ],
      },
      {
        // "Số TTHC phát sinh hồ sơ" counts procedures (those that had dossiers), not dossiers.
        text: '| Lĩnh vực | Số TTHC phát sinh hồ sơ | Số hồ sơ tiếp nhận |\n| --- | --- | --- |\n| Giáo dục | 5 | 87 |',
        records: [{ metric: 'dossier.received', value: 87, dimensions: { field: 'Giáo dục' } }],
      },
      {
        // A space between the thousands in a cell: one figure.
        text: '| Lĩnh vực | Tiếp nhận | Đã giải quyết |\n| --- | --- | --- |\n| Chứng thực | 2 415 | 2 409 |\n| Hộ tịch | 318 | 318 |',
        records: [
          { metric: 'dossier.received', value: 2415, dimensions: { field: 'Chứng thực' } },
          { metric: 'dossier.resolved', value: 2409, dimensions: { field: 'Chứng thực' } },
          { metric: 'dossier.received', value: 318, dimensions: { field: 'Hộ tịch' } },
          { metric: 'dossier.resolved', value: 318, dimensions: { field: 'Hộ tịch' } },
        ],
      },
      {
        // "Khác" is the rest of the fields, no field of its own (as "lĩnh vực khác" in prose).
        text: '| STT | Lĩnh vực | Tiếp nhận | Đã giải quyết |\n| --- | --- | --- | --- |\n| 1 | Giao thông | 58 | 57 |\n| 2 | Khác | 14 | 14 |\n| | Tổng cộng | 72 | 71 |',
        records: [
          { metric: 'dossier.received', value: 58, dimensions: { field: 'Giao thông' } },
          { metric: 'dossier.resolved', value: 57, dimensions: { field: 'Giao thông' } },
          { metric: 'dossier.received', value: 14 },
          { metric: 'dossier.resolved', value: 14 },
          { metric: 'dossier.received', value: 72 },
          { metric: 'dossier.resolved', value: 71 },
        ],
      },
      {
        text: '| Cấp | Số hồ sơ tiếp nhận | Tỷ lệ giải quyết đúng hạn (%) |\n| --- | --- | --- |\n| Cấp tỉnh | 5.400 | 99,8 |\n| Cấp xã | 21.300 | 98,6 |',
        records: [
          { metric: 'dossier.received', value: 5400, dimensions: { tier: 'province' } },
          { metric: 'dossier.on_time_rate', value: 99.8, dimensions: { tier: 'province' } },
          { metric: 'dossier.received', value: 21300, dimensions: { tier: 'commune' } },
          { metric: 'dossier.on_time_rate', value: 98.6, dimensions: { tier: 'commune' } },
        ],
      },
      {
        text: '| STT | Đơn vị | Tiếp nhận | Đã giải quyết | | | Đang giải quyết | |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n| | | | Trước hạn | Đúng hạn | Quá hạn | Trong hạn | Quá hạn |\n| 1 | Sở Xây dựng | 96 | 60 | 20 | 2 | 13 | 1 |',
        records: [
          { metric: 'dossier.received', value: 96 },
          { metric: 'dossier.resolved_early', value: 60 },
          { metric: 'dossier.resolved_on_time', value: 20 },
          { metric: 'dossier.resolved_late', value: 2 },
          { metric: 'dossier.pending_on_time', value: 13 },
          { metric: 'dossier.pending_overdue', value: 1 },
        ],
      },
      {
        // The report form's "Số hồ sơ nhận giải quyết" counts dossiers taken in; a row of column
        // numbers under the header is header; "Công chứng" is a field, not "Cộng".
        text: '| Lĩnh vực | Số hồ sơ nhận giải quyết | Số hồ sơ đã giải quyết |\n| --- | --- | --- |\n| (1) | (2) | (3) |\n| Công chứng | 84 | 80 |\n| Cộng | 84 | 80 |',
        records: [
          { metric: 'dossier.received', value: 84, dimensions: { field: 'Công chứng' } },
          { metric: 'dossier.resolved', value: 80, dimensions: { field: 'Công chứng' } },
          { metric: 'dossier.received', value: 84 },
          { metric: 'dossier.resolved', value: 80 },
        ],
      },
      {
        // A level's subtotal row gives the tier; a named district under it is one body (subject).
        text: '| TT | Đơn vị | Hồ sơ tiếp nhận | Đã giải quyết |\n| --- | --- | --- | --- |\n| 1 | 2 | 3 | 4 |\n| II | Cấp huyện | 5.120 | 5.004 |\n| 1 | UBND huyện Cam Lộ | 1.210 | 1.190 |',
        records: [
          { metric: 'dossier.received', value: 5120, dimensions: { tier: 'district' } },
          { metric: 'dossier.resolved', value: 5004, dimensions: { tier: 'district' } },
          { metric: 'dossier.received', value: 1210, dimensions: { subject: 'UBND huyện Cam Lộ' } },
          { metric: 'dossier.resolved', value: 1190, dimensions: { subject: 'UBND huyện Cam Lộ' } },
        ],
      },
      {
        // Laid out the other way round: the metric in the row, the tier in the column.
        text: '| Nội dung | Cấp huyện | Cấp xã |\n| --- | --- | --- |\n| Số hồ sơ tiếp nhận | 2.310 | 8.950 |\n| Số hồ sơ giải quyết quá hạn | 14 | 3 |',
        records: [
          { metric: 'dossier.received', value: 2310, dimensions: { tier: 'district' } },
          { metric: 'dossier.received', value: 8950, dimensions: { tier: 'commune' } },
          { metric: 'dossier.resolved_late', value: 14, dimensions: { tier: 'district' } },
          { metric: 'dossier.resolved_late', value: 3, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // One metric row under columns of the levels and their total.
        text: '| Chỉ tiêu | Cấp tỉnh | Cấp huyện | Cấp xã | Cộng |\n| --- | --- | --- | --- | --- |\n| Hồ sơ đã giải quyết | 9.012 | 14.700 | 40.230 | 63.942 |',
        records: [
          { metric: 'dossier.resolved', value: 9012, dimensions: { tier: 'province' } },
          { metric: 'dossier.resolved', value: 14700, dimensions: { tier: 'district' } },
          { metric: 'dossier.resolved', value: 40230, dimensions: { tier: 'commune' } },
          { metric: 'dossier.resolved', value: 63942 },
        ],
      },
      {
        text: '| Chỉ tiêu | Số lượng |\n| --- | --- |\n| Hồ sơ tiếp nhận | 640 |\n| Hồ sơ đã giải quyết | 622 |\n| Tỷ lệ giải quyết đúng hạn | 99,1% |',
        records: [
          { metric: 'dossier.received', value: 640 },
          { metric: 'dossier.resolved', value: 622 },
          { metric: 'dossier.on_time_rate', value: 99.1 },
        ],
      },
      {
        // A tier merged over two rows, a second label column naming the channel.
        text: '| Cấp | Hình thức nộp | Số hồ sơ |\n| --- | --- | --- |\n| Cấp xã | Trực tuyến | 1.905 |\n| | Trực tiếp | 644 |',
        records: [
          { metric: 'dossier.received', value: 1905, dimensions: { tier: 'commune', channel: 'online' } },
          { metric: 'dossier.received', value: 644, dimensions: { tier: 'commune', channel: 'direct' } },
        ],
      },
      {
        // A city's report: "Cấp thành phố" beside its wards is the district level.
        text: '| Cấp | Hồ sơ tiếp nhận |\n| --- | --- |\n| Cấp thành phố | 3.050 |\n| Cấp xã, phường | 8.112 |',
        records: [
          { metric: 'dossier.received', value: 3050, dimensions: { tier: 'district' } },
          { metric: 'dossier.received', value: 8112, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // A row per online level: dossiers filed online at it; the services column is no dossier count.
        text: '| Mức độ | Số DVCTT | Số hồ sơ phát sinh |\n| --- | --- | --- |\n| Mức độ 4 | 26 | 940 |',
        records: [{ metric: 'dossier.received', value: 940, dimensions: { level: '4', channel: 'online' } }],
      },
      {
        // Under "Tiếp nhận", beside the carried-over column, "Trong kỳ" is the period's own intake.
        before: 'Kết quả tiếp nhận hồ sơ ở cấp xã:',
        text: '| Cấp | Tiếp nhận | | | Đang giải quyết |\n| --- | --- | --- | --- | --- |\n| | Tổng số | Tồn kỳ trước | Trong kỳ | |\n| Cấp xã | 3.200 | 80 | 3.120 | 25 |',
        records: [
          { metric: 'dossier.received', value: 3200, dimensions: { tier: 'commune' } },
          { metric: 'dossier.carried_over', value: 80, dimensions: { tier: 'commune' } },
          { metric: 'dossier.new', value: 3120, dimensions: { tier: 'commune' } },
          { metric: 'dossier.pending', value: 25, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // Columns by period: the latest is the report's own; a comparison column holds no figure of its own.
        text: '| Chỉ tiêu | 6 tháng 2023 | 6 tháng 2024 | So với cùng kỳ (%) |\n| --- | --- | --- | --- |\n| Hồ sơ tiếp nhận | 5.100 | 5.480 | 107,5 |\n| Hồ sơ giải quyết quá hạn | 31 | 12 | 38,7 |',
        records: [
          { metric: 'dossier.received', value: 5480 },
          { metric: 'dossier.resolved_late', value: 12 },
        ],
      },
      {
        // Abbreviated headers ("HS", "GQ"); "Trong hạn" under "Đã giải quyết" is on time; a level's total row gives its tier.
        before: 'Kết quả giải quyết hồ sơ tại các xã:',
        text: '| Đơn vị | HS tiếp nhận | Đã GQ | | Đang GQ |\n| --- | --- | --- | --- | --- |\n| | | Trong hạn | Trễ hẹn | |\n| Xã Yên Mỹ | 380 | 371 | 1 | 8 |\n| Cộng cấp xã | 1.240 | 1.210 | 3 | 27 |',
        records: [
          { metric: 'dossier.received', value: 380 },
          { metric: 'dossier.resolved_on_time', value: 371 },
          { metric: 'dossier.resolved_late', value: 1 },
          { metric: 'dossier.pending', value: 8 },
          { metric: 'dossier.received', value: 1240, dimensions: { tier: 'commune' } },
          { metric: 'dossier.resolved_on_time', value: 1210, dimensions: { tier: 'commune' } },
          { metric: 'dossier.resolved_late', value: 3, dimensions: { tier: 'commune' } },
          { metric: 'dossier.pending', value: 27, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // Two tables a blank line apart: the second's columns are its own (procedures, not dossiers).
        before: 'Kết quả giải quyết hồ sơ ở các cấp:',
        text: '| Cấp | Tiếp nhận | Đã giải quyết |\n| --- | --- | --- |\n| Cấp huyện | 6.150 | 6.100 |\n\n| Cấp | Tổng số TTHC | DVCTT toàn trình |\n| --- | --- | --- |\n| Cấp huyện | 270 | 130 |',
        records: [
          { metric: 'dossier.received', value: 6150, dimensions: { tier: 'district' } },
          { metric: 'dossier.resolved', value: 6100, dimensions: { tier: 'district' } },
        ],
      },
      {
        // "Tổng số hồ sơ" beside a pending column holds the pending ones too: received, whatever the caption's verb.
        before: 'Kết quả giải quyết hồ sơ theo lĩnh vực:',
        text: '| Lĩnh vực | Tổng số hồ sơ | Đã giải quyết | | Đang giải quyết |\n| --- | --- | --- | --- | --- |\n| | | Đúng hạn | Quá hạn | |\n| Xây dựng | 320 | 310 | 0 | 10 |',
        records: [
          { metric: 'dossier.received', value: 320, dimensions: { field: 'Xây dựng' } },
          { metric: 'dossier.resolved_on_time', value: 310, dimensions: { field: 'Xây dựng' } },
          { metric: 'dossier.resolved_late', value: 0, dimensions: { field: 'Xây dựng' } },
          { metric: 'dossier.pending', value: 10, dimensions: { field: 'Xây dựng' } },
        ],
      },
      {
        // A column of targets beside the results gives its figures as planned (not yet done), as the prose rules read targets.
        text: '| Chỉ tiêu | Chỉ tiêu giao | Thực hiện |\n| --- | --- | --- |\n| Số hồ sơ tiếp nhận | | 8.240 |\n| Tỷ lệ giải quyết đúng hạn (%) | 98 | 99,2 |',
        records: [
          { metric: 'dossier.received', value: 8240 },
          { metric: 'dossier.on_time_rate', value: 98, dimensions: { status: 'planned' } },
          { metric: 'dossier.on_time_rate', value: 99.2 },
        ],
      },
      {
        // "Chỉ tiêu | Số hồ sơ" under a caption on resolving: each row is what its label names; "- Quá hạn" under the pending row is overdue.
        before: 'Kết quả giải quyết TTHC quý III của Sở Nông nghiệp và Môi trường:',
        text: '| Chỉ tiêu | Số hồ sơ |\n| --- | --- |\n| Tổng số hồ sơ nhận | 2.105 |\n| Hồ sơ đã có kết quả | 2.020 |\n| - Sớm hạn | 640 |\n| - Đúng hạn | 1.372 |\n| - Trễ hạn | 8 |\n| Hồ sơ đang xử lý | 85 |\n| - Quá hạn | 2 |',
        records: [
          { metric: 'dossier.received', value: 2105 },
          { metric: 'dossier.resolved', value: 2020 },
          { metric: 'dossier.resolved_early', value: 640 },
          { metric: 'dossier.resolved_on_time', value: 1372 },
          { metric: 'dossier.resolved_late', value: 8 },
          { metric: 'dossier.pending', value: 85 },
          { metric: 'dossier.pending_overdue', value: 2 },
        ],
      },
      {
        // "đúng, trước hạn" (a comma right after "đúng") is on time or early, one figure.
        text: '| Đơn vị | Tiếp nhận | Trong đó: đúng, trước hạn | Trễ hạn |\n| --- | --- | --- | --- |\n| Xã Hòa An | 540 | 536 | 1 |',
        records: [
          { metric: 'dossier.received', value: 540, dimensions: { subject: 'Xã Hòa An' } },
          { metric: 'dossier.resolved_on_time', value: 536, dimensions: { subject: 'Xã Hòa An' } },
          { metric: 'dossier.resolved_late', value: 1, dimensions: { subject: 'Xã Hòa An' } },
        ],
      },
      {
        // Rows by year: the latest is the report's own.
        text: '| Năm | Tiếp nhận | Quá hạn |\n| --- | --- | --- |\n| Năm 2024 | 8.120 | 31 |\n| Năm 2025 | 9.044 | 12 |',
        records: [
          { metric: 'dossier.received', value: 9044 },
          { metric: 'dossier.resolved_late', value: 12 },
        ],
      },
      {
        // Two months side by side: the later is the report's own, the earlier the one compared with.
        text: '| Nội dung | Tháng 8/2025 | Tháng 9/2025 |\n| --- | --- | --- |\n| Hồ sơ tiếp nhận | 1.904 | 2.017 |\n| Hồ sơ trễ hạn | 5 | 1 |',
        records: [
          { metric: 'dossier.received', value: 2017 },
          { metric: 'dossier.resolved_late', value: 1 },
        ],
      },
      {
        // Rows by period: the widest ("9 tháng", "Cả năm") is the report's own figure, with no body; the months are its parts.
        text: '| Thời gian | Hồ sơ tiếp nhận | Trễ hạn |\n| --- | --- | --- |\n| Tháng 7 | 402 | 1 |\n| Tháng 8 | 388 | 0 |\n| Tháng 9 | 415 | 2 |\n| 9 tháng | 3.610 | 9 |',
        records: [
          { metric: 'dossier.received', value: 3610 },
          { metric: 'dossier.resolved_late', value: 9 },
        ],
      },
      {
        // Rows by month closed by a total row: each month is a part of it, the period its subject.
        text: '| Kỳ | Số hồ sơ đã giải quyết |\n| --- | --- |\n| Tháng 4 | 233 |\n| Tháng 5 | 270 |\n| Tháng 6 | 251 |\n| Tổng cộng | 754 |',
        records: [
          { metric: 'dossier.resolved', value: 233, dimensions: { subject: 'Tháng 4' } },
          { metric: 'dossier.resolved', value: 270, dimensions: { subject: 'Tháng 5' } },
          { metric: 'dossier.resolved', value: 251, dimensions: { subject: 'Tháng 6' } },
          { metric: 'dossier.resolved', value: 754 },
        ],
      },
      {
        // Columns by period in a six-month report: the running total is the report's own figure.
        text: '| Nội dung | Quý I | Quý II | Lũy kế 6 tháng |\n| --- | --- | --- | --- |\n| Hồ sơ tiếp nhận | 1.200 | 1.350 | 2.550 |\n| Hồ sơ giải quyết quá hạn | 3 | 2 | 5 |',
        records: [
          { metric: 'dossier.received', value: 2550 },
          { metric: 'dossier.resolved_late', value: 5 },
        ],
      },
      {
        // Periods under a merged "Tiếp nhận": the whole year.
        before: 'Hồ sơ tiếp nhận trong năm:',
        text: '| Lĩnh vực | Tiếp nhận | | |\n| --- | --- | --- | --- |\n| | 6 tháng đầu năm | 6 tháng cuối năm | Cả năm |\n| Hộ tịch | 200 | 240 | 440 |',
        records: [{ metric: 'dossier.received', value: 440, dimensions: { field: 'Hộ tịch' } }],
      },
      {
        // Targets and results: one dossier row is enough; the target is planned.
        text: '| STT | Chỉ tiêu | Kế hoạch | Kết quả thực hiện | Đánh giá |\n| --- | --- | --- | --- | --- |\n| 1 | Tỷ lệ hồ sơ giải quyết đúng hạn | 100% | 99,6% | Không đạt |\n| 2 | Tỷ lệ hồ sơ được số hóa | 80% | 75% | Không đạt |',
        records: [
          { metric: 'dossier.on_time_rate', value: 100, dimensions: { status: 'planned' } },
          { metric: 'dossier.on_time_rate', value: 99.6 },
        ],
      },
      {
        // Among rows of other indicators (read by the other-metric table), the one dossier row.
        before: 'Một số chỉ tiêu cải cách hành chính năm 2025:',
        text: '| TT | Chỉ tiêu | Cấp tỉnh | Cấp huyện | Cấp xã |\n| --- | --- | --- | --- | --- |\n| 1 | Số phản ánh, kiến nghị tiếp nhận | 7 | 2 | 0 |\n| 2 | Tỷ lệ hồ sơ giải quyết đúng hạn (%) | 99,4 | 98,9 | 99,8 |',
        records: [
          { metric: 'dossier.on_time_rate', value: 99.4, dimensions: { tier: 'province' } },
          { metric: 'dossier.on_time_rate', value: 98.9, dimensions: { tier: 'district' } },
          { metric: 'dossier.on_time_rate', value: 99.8, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // The caption names one field and the table none of its own: every row is that field's.
        before: 'Riêng hồ sơ thuộc lĩnh vực Tài nguyên nước (do Chi cục Thủy lợi thụ lý):',
        text: '| Tiếp nhận | Đã giải quyết | Quá hạn |\n| --- | --- | --- |\n| 58 | 55 | 1 |',
        records: [
          { metric: 'dossier.received', value: 58, dimensions: { field: 'Tài nguyên nước' } },
          { metric: 'dossier.resolved', value: 55, dimensions: { field: 'Tài nguyên nước' } },
          { metric: 'dossier.resolved_late', value: 1, dimensions: { field: 'Tài nguyên nước' } },
        ],
      },
      {
        // Rows by body under a one-field caption: each body's figure of that field; the total too — the communes'
        // figure, as the caption says ("tại các xã").
        before: 'Kết quả giải quyết hồ sơ lĩnh vực hộ tịch tại các xã:',
        text: '| Đơn vị | Tiếp nhận | Trễ hạn |\n| --- | --- | --- |\n| Xã An Bình | 211 | 0 |\n| Tổng cộng | 640 | 2 |',
        records: [
          { metric: 'dossier.received', value: 211, dimensions: { subject: 'Xã An Bình', field: 'hộ tịch' } },
          { metric: 'dossier.resolved_late', value: 0, dimensions: { subject: 'Xã An Bình', field: 'hộ tịch' } },
          { metric: 'dossier.received', value: 640, dimensions: { field: 'hộ tịch', tier: 'commune' } },
          { metric: 'dossier.resolved_late', value: 2, dimensions: { field: 'hộ tịch', tier: 'commune' } },
        ],
      },
    ],
    invalid: [
      // "ĐH" heading a column of staff is a university degree, not "đúng hạn".
      { text: '| Đơn vị | Tổng số | ThS | ĐH | CĐ |\n| --- | --- | --- | --- | --- |\n| Văn phòng Sở | 20 | 4 | 15 | 1 |' },
      {
        // The same flow of petitions: not dossiers.
        before: 'Kết quả tiếp nhận, giải quyết đơn thư:',
        text: '| Đơn vị | Tiếp nhận | Đã giải quyết | Đang giải quyết |\n| --- | --- | --- | --- |\n| Cấp huyện | 42 | 40 | 2 |',
      },
      { text: '| Lĩnh vực | Số TTHC | Mức độ 4 |\n| --- | --- | --- |\n| Hộ tịch | 12 | 10 |' },
      { text: '| Nội dung | Số lượng |\n| --- | --- |\n| Công chức | 30 |' },
    ],
  },
  match(ctx) {
    if (ctx.block.kind !== 'tableRow' || !ctx.blocks) return;
    const table = tableOf(ctx.block, ctx.blocks);
    if (!table || table.rows.indexOf(ctx.block) < table.headerRows) return;
    const byRow = table.byRow;
    const dims = byRow ? {} : rowDims(table, ctx.block);
    const offset = ctx.offset ?? 0;
    if (!dims) {
      // "Kỳ trước chuyển sang | 120 | | |": the intake cell of the carried-over row.
      if (!byRow && carriedRow(table, ctx.block)) {
        for (const n of ctx.numbers) {
          const j = cellAt(ctx.block, offset + n.start);
          const column = table.columns[j];
          if (column?.metric !== 'dossier.received' || Object.keys(column.dims).length > 0 || n.percent || !isFigureCell(ctx.block.cells?.[j])) continue;
          ctx.emit({ metric: 'dossier.carried_over', value: n.value, range: [n.start, n.end], dimensions: {}, confidence: 0.8 });
        }
      }
      return;
    }
    /**
     * Cells whose figure is read: a bracket after it ("1.284 (trực tuyến: 1.002)") restates a part, no figure of the column;
     * a figure written with spaces between its thousands ("1 204") is read once, from its first group.
     */
    const taken = new Set<number>();
    ctx.numbers.forEach((n, i) => {
      const j = cellAt(ctx.block, offset + n.start);
      const column = byRow ? byRow.metrics.get(ctx.block) : table.columns[j];
      const own = byRow ? byRow.dims[j] : dims;
      if (!column || !own || !isFigureCell(ctx.block.cells?.[j]) || taken.has(j)) return;
      const percent = column.metric.endsWith('_rate');
      if (percent !== (n.percent || percent)) return;
      // "| 1 204 |": one figure in its cell, read from its first group to its last.
      const whole = spacedCellValue(ctx.block.cells?.[j]);
      let end = n.end;
      if (whole !== undefined) {
        for (let k = i + 1; k < ctx.numbers.length && cellAt(ctx.block, offset + ctx.numbers[k]!.start) === j; k++) end = ctx.numbers[k]!.end;
      }
      const dimensions = { ...column.dims, ...own };
      if (!dimensions.tier && !dimensions.subject) {
        const tier = tableTier(ctx);
        if (tier) dimensions.tier = tier;
      }
      taken.add(j);
      ctx.emit({ metric: column.metric, value: whole ?? n.value, range: [n.start, end], dimensions, confidence: 0.85 });
    });
  },
});
