import { defineRule } from '../rule.ts';
import { readDossiers, ruleOf } from '../dossier/reading.ts';

/**
 * A dossier figure whose own clause says what it counts: "đã tiếp nhận 48 hồ sơ", "giải quyết
 * đúng hạn 754 hồ sơ", "375 hồ sơ đang giải quyết", "kỳ trước chuyển sang là 554 hồ sơ", "không có
 * hồ sơ quá hạn" — and a bare "N hồ sơ" with no cue at all, which counts dossiers received.
 */
export default defineRule({
  id: 'dossier-count',
  description: 'Number + "hồ sơ" (or a dossier cue in a sentence about hồ sơ); the metric comes from the nearest cue of its clause.',
  examples: {
    valid: [
      {
        // A form of tasks and their results: the result cell is prose, read as prose (the row's number is no figure of it).
        text:
          '| STT | Nhiệm vụ | Kết quả thực hiện |\n| --- | --- | --- |\n| 2 | Giải quyết thủ tục hành chính | Trong 6 tháng, Phòng Tài nguyên và Môi trường tiếp nhận 642 hồ sơ, đã giải quyết 618 hồ sơ, đang giải quyết 24 hồ sơ. |',
        records: [
          { metric: 'dossier.received', value: 642 },
          { metric: 'dossier.resolved', value: 618 },
          { metric: 'dossier.pending', value: 24 },
        ],
      },
      {
        // Short result cells: a verb and its count, a count and its rate.
        text:
          '| STT | Nhiệm vụ | Kết quả |\n| --- | --- | --- |\n| 1 | Tiếp nhận hồ sơ TTHC | Đã tiếp nhận 905 hồ sơ |\n| 2 | Giải quyết hồ sơ | Giải quyết 880 hồ sơ, đúng hạn 870 hồ sơ |',
        records: [
          { metric: 'dossier.received', value: 905 },
          { metric: 'dossier.resolved', value: 880 },
          { metric: 'dossier.resolved_on_time', value: 870 },
        ],
      },
      {
        // A sentence fronted by the year before holds that year's figures until this year is named again.
        text: 'Năm trước, huyện tiếp nhận 3.020 hồ sơ, còn năm nay tiếp nhận 3.460 hồ sơ.',
        records: [{ metric: 'dossier.received', value: 3460 }],
      },
      {
        // What the period before carried in is this period's figure, fronted or not.
        text: 'Tháng trước chuyển sang: 31 hồ sơ.',
        records: [{ metric: 'dossier.carried_over', value: 31 }],
      },
      {
        // A count of the communes that take dossiers online states no communes' figures: the district's own office has no tier.
        text: 'UBND huyện đã tiếp nhận 1.830 hồ sơ trực tuyến. Huyện có 12/12 xã, thị trấn thực hiện tiếp nhận hồ sơ qua mạng.',
        records: [{ metric: 'dossier.received', value: 1830, dimensions: { channel: 'online' } }],
      },
      {
        // A clause opening on another year than the one the sentence named holds that year's figure.
        text: 'Số hồ sơ giải quyết quá hạn năm 2024 là 17 hồ sơ, năm 2023 là 40 hồ sơ.',
        records: [{ metric: 'dossier.resolved_late', value: 17 }],
      },
      {
        // Pairs of figures under a header of two names in brackets: each item's first figure the first name's, its second the second's.
        text: 'Số hồ sơ theo lĩnh vực (tiếp nhận/giải quyết): Hộ tịch 512/509; Chứng thực 301/298.',
        records: [
          { metric: 'dossier.received', value: 512, dimensions: { field: 'Hộ tịch' } },
          { metric: 'dossier.resolved', value: 509, dimensions: { field: 'Hộ tịch' } },
          { metric: 'dossier.received', value: 301, dimensions: { field: 'Chứng thực' } },
          { metric: 'dossier.resolved', value: 298, dimensions: { field: 'Chứng thực' } },
        ],
      },
      {
        // "và" opening the next part's own channel ends this part's: each part keeps its one channel.
        text: 'Trong số 4.210 hồ sơ tiếp nhận, có 3.300 hồ sơ nộp trực tuyến; số hồ sơ nộp trực tiếp là 890 hồ sơ và qua bưu chính là 20 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 4210 },
          { metric: 'dossier.received', value: 3300, dimensions: { channel: 'online' } },
          { metric: 'dossier.received', value: 890, dimensions: { channel: 'direct' } },
        ],
      },
      {
        // A clause naming no period is of the month the sentence opens on: a bracket of another month holds that month's figure.
        text: 'Tháng 6/2025, Phòng tiếp nhận 940 hồ sơ; số hồ sơ trễ hạn là 3 hồ sơ (tháng 5/2025: 11 hồ sơ).',
        records: [
          { metric: 'dossier.received', value: 940 },
          { metric: 'dossier.resolved_late', value: 3 },
        ],
      },
      {
        // A lead "theo lĩnh vực (…):" with the columns' bracket before its colon lists fields: a bare name after ";" is one.
        text: 'Trong tháng, Phòng tiếp nhận 700 hồ sơ. Cụ thể theo lĩnh vực (tiếp nhận/giải quyết): Đất đai 420/401; Kinh tế 280/280.',
        records: [
          { metric: 'dossier.received', value: 700 },
          { metric: 'dossier.received', value: 420, dimensions: { field: 'Đất đai' } },
          { metric: 'dossier.resolved', value: 401, dimensions: { field: 'Đất đai' } },
          { metric: 'dossier.received', value: 280, dimensions: { field: 'Kinh tế' } },
          { metric: 'dossier.resolved', value: 280, dimensions: { field: 'Kinh tế' } },
        ],
      },
      {
        // A label on dossiers, then their count in sets ("bộ"): dossiers.
        text: 'Tiếp nhận hồ sơ: 96 bộ. Số hồ sơ đã giải quyết: 94 bộ.',
        records: [
          { metric: 'dossier.received', value: 96 },
          { metric: 'dossier.resolved', value: 94 },
        ],
      },
      {
        // The path of interlinked dossiers between two levels qualifies its own clause; the clause after its comma is the office's.
        text: 'Bộ phận Một cửa huyện tiếp nhận 96 hồ sơ liên thông từ cấp xã lên cấp huyện, đã giải quyết 90 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 96, dimensions: { tier: 'district' } },
          { metric: 'dossier.resolved', value: 90, dimensions: { tier: 'district' } },
        ],
      },
      {
        // A bracket opened right after the timeliness lists where those dossiers are: each count keeps it.
        text: 'Trong quý có 2 phường để xảy ra hồ sơ quá hạn (phường Tân Mai 3 hồ sơ, phường Hòa Bình 1 hồ sơ).',
        records: [
          { metric: 'dossier.resolved_late', value: 3 },
          { metric: 'dossier.resolved_late', value: 1 },
        ],
      },
      {
        // A ranking of fields by "với N hồ sơ": names joined by a dash are one field, and "với" is no part of a name.
        text: 'Lĩnh vực nhiều hồ sơ nhất là Chứng thực với 6.020 hồ sơ, tiếp theo là Địa chính – Xây dựng với 1.310 hồ sơ, Văn hóa – Thông tin với 96 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 6020, dimensions: { field: 'Chứng thực' } },
          { metric: 'dossier.received', value: 1310, dimensions: { field: 'Địa chính – Xây dựng' } },
          { metric: 'dossier.received', value: 96, dimensions: { field: 'Văn hóa – Thông tin' } },
        ],
      },
      {
        // The dossiers an apology was sent for, after it, with no late count stated before: their count.
        text: 'Năm 2024, Văn phòng HĐND và UBND huyện đã ban hành 15 văn bản xin lỗi đối với 15 hồ sơ giải quyết quá hạn.',
        records: [{ metric: 'dossier.resolved_late', value: 15 }],
      },
      {
        // A heading naming only a level, under one on the results of procedures: its bare figures are dossiers.
        intro: '2. Kết quả giải quyết thủ tục hành chính',
        heading: 'b) Cấp huyện',
        text: 'Kết quả: tiếp nhận 2.315; giải quyết 2.290; đang giải quyết 25.',
        records: [
          { metric: 'dossier.received', value: 2315, dimensions: { tier: 'district' } },
          { metric: 'dossier.resolved', value: 2290, dimensions: { tier: 'district' } },
          { metric: 'dossier.pending', value: 25, dimensions: { tier: 'district' } },
        ],
      },
      {
        // A rate after ";" with no cue of its own goes on with the rate before: its bracketed count is of the same timeliness.
        text: 'Tỷ lệ hồ sơ trả đúng hạn của cấp huyện đạt 98,1% (1.030/1.050 hồ sơ); cấp xã đạt 99,2% (4.960/5.000 hồ sơ).',
        records: [
          { metric: 'dossier.resolved_on_time', value: 1030, dimensions: { tier: 'district' } },
          { metric: 'dossier.resolved_on_time', value: 4960, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // A title before the first colon names the topic; a label after it, before its own colon, is the figure's.
        text: 'Kết quả giải quyết TTHC tại Bộ phận Một cửa: Kỳ trước chuyển sang: 12; nhận mới: 340.',
        records: [
          { metric: 'dossier.carried_over', value: 12 },
          { metric: 'dossier.new', value: 340 },
        ],
      },
      {
        // Under a lead listing fields, the name before a bracket holding the timeliness and its count is the field.
        text: 'Các lĩnh vực có hồ sơ quá hạn gồm: Xây dựng (quá hạn 14 hồ sơ), Giao thông (quá hạn 03 hồ sơ).',
        records: [
          { metric: 'dossier.resolved_late', value: 14, dimensions: { field: 'Xây dựng' } },
          { metric: 'dossier.resolved_late', value: 3, dimensions: { field: 'Giao thông' } },
        ],
      },
      {
        // Late dossiers said apologised for, after a clause on the on-time ones with no late count: counted there.
        text: 'Tỷ lệ giải quyết đúng hạn đạt 99,5%; 07 hồ sơ quá hạn đã được gửi văn bản xin lỗi công dân.',
        records: [{ metric: 'dossier.resolved_late', value: 7 }],
      },
      {
        // A field's label opening the first clause after the lead's colon holds for every figure of that clause.
        text: 'Số liệu chia theo lĩnh vực như sau: Lĩnh vực Xây dựng: tiếp nhận 214 hồ sơ, đã giải quyết 209 hồ sơ; Lĩnh vực Hộ tịch: tiếp nhận 530 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 214, dimensions: { field: 'Xây dựng' } },
          { metric: 'dossier.resolved', value: 209, dimensions: { field: 'Xây dựng' } },
        ],
      },
      {
        // The district's office with its communes counted after it is a mixed group, in the sentence after it too.
        text: 'Năm 2024, Bộ phận Một cửa huyện và 9 xã, thị trấn tiếp nhận 12.400 hồ sơ. Trong đó, số hồ sơ nộp qua mạng là 8.100 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 12400 },
          { metric: 'dossier.received', value: 8100, dimensions: { channel: 'online' } },
        ],
      },
      {
        // The level of online dossiers in a bracket right after their unit.
        text: 'Chi cục nhận trực tuyến 356 hồ sơ (mức độ 4).',
        records: [{ metric: 'dossier.received', value: 356, dimensions: { channel: 'online', level: '4' } }],
      },
      {
        // A share of bodies of a level said of what they all do names no level for the dossiers after it.
        text: '100% sở, ngành cấp tỉnh đã kết nối mạng diện rộng. Hệ thống một cửa điện tử đã nhận 2.480 hồ sơ qua mạng.',
        records: [{ metric: 'dossier.received', value: 2480, dimensions: { channel: 'online' } }],
      },
      {
        // An item labelled only by its verb, after an item on hồ sơ: the dossiers resolved.
        before: '+ Số hồ sơ nhận trong tháng: 612 hồ sơ;',
        text: '+ Đã giải quyết: 598;',
        records: [{ metric: 'dossier.resolved', value: 598 }],
      },
      {
        // A figure in words, then in digits in brackets: its noun after the bracket.
        text: 'Trong tháng, Bộ phận một cửa huyện đã tiếp nhận một trăm linh tám (108) hồ sơ, giải quyết xong 101 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 108 },
          { metric: 'dossier.resolved', value: 101 },
        ],
      },
      {
        // Late dossiers said apologised for, the body doing it named between "được" and its act: a restatement, no count.
        text: 'Năm 2023 có 14 hồ sơ giải quyết quá hạn. Cả 14 hồ sơ quá hạn đã được đơn vị xử lý gửi thư xin lỗi tổ chức, công dân.',
        records: [{ metric: 'dossier.resolved_late', value: 14 }],
      },
      {
        // An item labelled by the way it was filed ("Nộp trực tuyến:") under a field's item names a channel, never a field.
        before: '- Lĩnh vực xây dựng: 212 hồ sơ, trong đó:',
        text: '+ Nộp qua bưu chính công ích: 17 hồ sơ;',
        records: [{ metric: 'dossier.received', value: 17, dimensions: { channel: 'postal', field: 'xây dựng' } }],
      },
      {
        // A sentence labelled by feedback after one on dossiers: its stated zero is no dossier figure.
        text: 'Trong quý, Bộ phận một cửa tiếp nhận 412 hồ sơ. Phản ánh, kiến nghị về quy định hành chính: không có.',
        records: [{ metric: 'dossier.received', value: 412 }],
      },
      {
        // The cause in a pending figure's own clause says it is not yet due.
        text: 'Trong quý, phường nhận 286 hồ sơ, đã giải quyết 281 hồ sơ; còn 05 hồ sơ chuyển sang quý sau giải quyết vì chưa đến hạn.',
        records: [
          { metric: 'dossier.received', value: 286 },
          { metric: 'dossier.resolved', value: 281 },
          { metric: 'dossier.pending_on_time', value: 5 },
        ],
      },
      {
        // A stated zero said of the rest ("các lĩnh vực khác không có hồ sơ trễ hạn") is no zero of all the late ones.
        text: 'Hồ sơ trễ hạn thuộc lĩnh vực xây dựng (9 hồ sơ); các lĩnh vực khác không có hồ sơ trễ hạn.',
        records: [{ metric: 'dossier.resolved_late', value: 9, dimensions: { field: 'xây dựng' } }],
      },
      {
        // A stated zero for one cause ("không có hồ sơ trễ hạn do lỗi của …") is no zero of all the late ones.
        text: 'Đã giải quyết 512 hồ sơ, không có hồ sơ trễ hạn do lỗi của cán bộ tiếp nhận.',
        records: [{ metric: 'dossier.resolved', value: 512 }],
      },
      {
        // A clause opening on the period before ("…; cùng kỳ năm trước là 21 hồ sơ") holds that period's figure, no record.
        text: 'Số hồ sơ trễ hạn quý này là 8 hồ sơ; cùng kỳ năm trước là 21 hồ sơ.',
        records: [{ metric: 'dossier.resolved_late', value: 8 }],
      },
      {
        // The late part of a breakdown after its on-time sibling counts the late dossiers, whatever was done about them.
        text: 'Quý IV, phường đã giải quyết 1.318 hồ sơ, trong đó 1.311 hồ sơ trước và đúng hạn; 7 hồ sơ trễ hạn đã được gửi thư xin lỗi.',
        records: [
          { metric: 'dossier.resolved', value: 1318 },
          { metric: 'dossier.resolved_on_time', value: 1311 },
          { metric: 'dossier.resolved_late', value: 7 },
        ],
      },
      {
        // The whole a part is counted in ("trên tổng số …") does not take the part's channel.
        text: 'Năm 2025, UBND thị trấn tiếp nhận 3.408 hồ sơ qua Cổng dịch vụ công trên tổng số 3.917 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 3408, dimensions: { channel: 'online' } },
          { metric: 'dossier.received', value: 3917, dimensions: {} },
        ],
      },
      {
        // A level named as the figures' place ("tại cấp xã") lists no bodies: the names in the list are fields.
        text: 'Các lĩnh vực có nhiều hồ sơ tại cấp xã gồm: Chứng thực (4.120 hồ sơ), Hộ tịch (2.305 hồ sơ).',
        records: [
          { metric: 'dossier.received', value: 4120, dimensions: { field: 'Chứng thực', tier: 'commune' } },
          { metric: 'dossier.received', value: 2305, dimensions: { field: 'Hộ tịch', tier: 'commune' } },
        ],
      },
      {
        // Nor its level: "mức độ 3, 4" written before "trên tổng số" is the online part's.
        text: 'Năm 2018, huyện nhận 846 hồ sơ trực tuyến mức độ 3, 4 trên tổng số 6.120 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 846, dimensions: { channel: 'online', level: '3-4' } },
          { metric: 'dossier.received', value: 6120, dimensions: {} },
        ],
      },
      {
        // Dossiers their applicants withdrew ("hồ sơ công dân rút", "hồ sơ doanh nghiệp tự rút") are rejected.
        text: 'Trong tháng có 14 hồ sơ công dân rút để bổ sung giấy tờ, 9 hồ sơ doanh nghiệp tự rút.',
        records: [
          { metric: 'dossier.rejected', value: 14 },
          { metric: 'dossier.rejected', value: 9 },
        ],
      },
      {
        // Results returned late ("trả kết quả muộn") are resolved late.
        text: 'Trong quý, Phòng đã trả kết quả muộn 03 hồ sơ do chờ ý kiến của cơ quan thuế.',
        records: [{ metric: 'dossier.resolved_late', value: 3 }],
      },
      {
        // A "lần lượt" list whose unit is written once after its last figure: every member counts dossiers
        // (and "với số lượng" before "lần lượt" is no part of the last field's name).
        text: 'Hồ sơ tập trung ở các lĩnh vực Thủy sản, Thú y và Lâm nghiệp với số lượng lần lượt là 210, 96 và 41 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 210, dimensions: { field: 'Thủy sản' } },
          { metric: 'dossier.received', value: 96, dimensions: { field: 'Thú y' } },
          { metric: 'dossier.received', value: 41, dimensions: { field: 'Lâm nghiệp' } },
        ],
      },
      {
        // A bracket of entries by month: the entry naming the clause's own month (not the one compared with) is the period's figure.
        text: 'So với tháng 4, số hồ sơ tiếp nhận trong tháng 5 tăng 96 hồ sơ (tháng 4: 1.130 hồ sơ; tháng 5: 1.226 hồ sơ).',
        records: [{ metric: 'dossier.received', value: 1226 }],
      },
      {
        // The month of a closed bracket before is no month of the clause's own.
        text: 'Tháng 5/2025, Phòng tiếp nhận 1.226 hồ sơ (tháng 4/2025: 1.130 hồ sơ), đã giải quyết 1.201 hồ sơ (tháng 4/2025: 1.098 hồ sơ).',
        records: [
          { metric: 'dossier.received', value: 1226 },
          { metric: 'dossier.resolved', value: 1201 },
        ],
      },
      {
        // A "lần lượt" list whose members carry their rates in brackets: the bracketed rate glosses the member before it.
        text: 'Số hồ sơ trả kết quả đúng hạn của cấp huyện và cấp xã lần lượt là 7.420 hồ sơ (98,1%) và 25.016 hồ sơ (99,7%).',
        records: [
          { metric: 'dossier.resolved_on_time', value: 7420, dimensions: { tier: 'district' } },
          { metric: 'dossier.resolved_on_time', value: 25016, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // A bracket opening on another month than the sentence's own (named at its very start) holds that month's figure.
        text: 'Tháng 11/2025, Phòng tiếp nhận 1.406 hồ sơ (tháng 10/2025: 1.288 hồ sơ).',
        records: [{ metric: 'dossier.received', value: 1406 }],
      },
      {
        // A level in a list of levels with their figures holds to its sentence's end, not for the next sentence.
        text: 'Hồ sơ đã quá hạn chưa trả kết quả: cấp huyện 7 hồ sơ, cấp xã 2 hồ sơ. Hồ sơ nộp qua bưu chính có 310 hồ sơ.',
        records: [
          { metric: 'dossier.pending_overdue', value: 7, dimensions: { tier: 'district' } },
          { metric: 'dossier.received', value: 310, dimensions: { channel: 'postal' } },
        ],
      },
      {
        // Fields named after a describing "gồm" / "là", then "tương ứng": the k-th figure is the k-th field's.
        text: 'Những lĩnh vực phát sinh nhiều hồ sơ nhất gồm hộ tịch, chứng thực và đất đai, tương ứng 2.140, 1.630 và 720 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 2140, dimensions: { field: 'hộ tịch' } },
          { metric: 'dossier.received', value: 1630, dimensions: { field: 'chứng thực' } },
          { metric: 'dossier.received', value: 720, dimensions: { field: 'đất đai' } },
        ],
      },
      {
        // "a/b/c" under names joined the same way before its colon; dates are no such list.
        text: 'Ngày 15/3/2024, số hồ sơ tiếp nhận/đã giải quyết/trễ hạn trong tháng: 2.310/2.287/9 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 2310 },
          { metric: 'dossier.resolved', value: 2287 },
          { metric: 'dossier.resolved_late', value: 9 },
        ],
      },
      {
        // A level's figure after the bracket of the level before elides that level's verb, not the bracket's timeliness.
        text: 'Cụ thể: cấp huyện đã giải quyết 4.120 hồ sơ (trước hạn 3.900 hồ sơ); cấp xã 9.850 hồ sơ (trước hạn 9.700 hồ sơ).',
        records: [
          { metric: 'dossier.resolved', value: 4120, dimensions: { tier: 'district' } },
          { metric: 'dossier.resolved_early', value: 3900, dimensions: { tier: 'district' } },
          { metric: 'dossier.resolved_early', value: 9700, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // "hiện còn" right before the figure: still there at the report's date — a late one is pending overdue.
        text: 'Đã trả kết quả 812 hồ sơ; hiện còn 05 hồ sơ chậm giải quyết.',
        records: [
          { metric: 'dossier.returned', value: 812 },
          { metric: 'dossier.pending_overdue', value: 5 },
        ],
      },
      {
        // Online levels listed before "lần lượt": the k-th figure is the k-th level's.
        text: 'Trong quý, hồ sơ trực tuyến toàn trình và một phần lần lượt là 640 và 1.720 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 640, dimensions: { channel: 'online', level: 'full' } },
          { metric: 'dossier.received', value: 1720, dimensions: { channel: 'online', level: 'partial' } },
        ],
      },
      {
        // A total after pending states only is the pending total.
        text: 'Hồ sơ đang giải quyết gồm 30 hồ sơ chưa đến hạn và 2 hồ sơ đã quá hạn; tổng cộng 32 hồ sơ.',
        records: [
          { metric: 'dossier.pending_on_time', value: 30 },
          { metric: 'dossier.pending_overdue', value: 2 },
          { metric: 'dossier.pending', value: 32 },
        ],
      },
      {
        // "lần lượt" lists: the verb after "lần lượt"; members named after it; fields; timeliness members set apart by ";".
        text: 'Cấp tỉnh, cấp huyện, cấp xã lần lượt tiếp nhận 9.000, 18.000 và 36.000 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 9000, dimensions: { tier: 'province' } },
          { metric: 'dossier.received', value: 18000, dimensions: { tier: 'district' } },
          { metric: 'dossier.received', value: 36000, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // A "lần lượt" list naming no members of its own: the levels named before it in the paragraph.
        text: 'Cấp tỉnh nhận 8.200 hồ sơ, cấp huyện nhận 15.600 hồ sơ. Số đã giải quyết lần lượt là 8.150 và 15.480 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 8200, dimensions: { tier: 'province' } },
          { metric: 'dossier.received', value: 15600, dimensions: { tier: 'district' } },
          { metric: 'dossier.resolved', value: 8150, dimensions: { tier: 'province' } },
          { metric: 'dossier.resolved', value: 15480, dimensions: { tier: 'district' } },
        ],
      },
      {
        // The whole a part is counted in ("trong tổng số …") takes its own words, else it is the received.
        text: 'Phòng đã trả kết quả đúng hạn 640 hồ sơ trong tổng số 652 hồ sơ, đạt 98,2%.',
        records: [
          { metric: 'dossier.resolved_on_time', value: 640 },
          { metric: 'dossier.received', value: 652 },
        ],
      },
      {
        // Not yet due and moved on to the next period: one label, pending on time.
        text: 'Số hồ sơ chưa đến hạn, chuyển kỳ sau giải quyết: 12 hồ sơ.',
        records: [{ metric: 'dossier.pending_on_time', value: 12 }],
      },
      {
        // Dossiers moved on to the next period to go on being resolved are pending; a field's name ends before "bị".
        text: 'Đã giải quyết 1.932 hồ sơ; số hồ sơ chuyển sang quý IV tiếp tục giải quyết là 47 hồ sơ, chuyển kỳ sau để xử lý 3 hồ sơ. Còn 04 hồ sơ cấp phường thuộc lĩnh vực hộ tịch bị trễ hạn.',
        records: [
          { metric: 'dossier.resolved', value: 1932 },
          { metric: 'dossier.pending', value: 47 },
          { metric: 'dossier.pending', value: 3 },
          { metric: 'dossier.resolved_late', value: 4, dimensions: { field: 'hộ tịch', tier: 'commune' } },
        ],
      },
      {
        // A bracket of another period's figure is no record; what the last period carried into this one is.
        text: 'Trong quý, Trung tâm đã giải quyết 2.860 hồ sơ (cùng kỳ năm 2024 giải quyết 3.020 hồ sơ). Kỳ này Phòng tiếp nhận mới 355 hồ sơ (kỳ trước chuyển sang 47 hồ sơ).',
        records: [
          { metric: 'dossier.resolved', value: 2860 },
          { metric: 'dossier.new', value: 355 },
          { metric: 'dossier.carried_over', value: 47 },
        ],
      },
      {
        // A bracket opened right after a comparison holds the compared period's figures (one opening on "trong đó" the report's parts: the channel rule reads its 2.904 online).
        text: 'So với cùng kỳ năm 2024 (tiếp nhận 3.115 hồ sơ, giải quyết 3.087 hồ sơ), số hồ sơ tiếp nhận quý này tăng 140 hồ sơ, đạt 3.255 hồ sơ. Sở tiếp nhận 3.255 hồ sơ, tăng 4,5% so với cùng kỳ (trong đó trực tuyến 2.904 hồ sơ).',
        records: [
          { metric: 'dossier.received', value: 3255 },
          { metric: 'dossier.received', value: 3255 },
        ],
      },
      {
        // A bracket opening on another month (quarter) than the clause names holds that period's figure; months under a quarter are its parts (another rule reads them).
        text: 'Số hồ sơ tiếp nhận tháng 8/2024: 845 hồ sơ (tháng 7/2024: 802 hồ sơ). Quý III tiếp nhận 2.463 hồ sơ (quý II: 2.390 hồ sơ). Quý IV tiếp nhận 2.610 hồ sơ (tháng 10: 870 hồ sơ; tháng 11: 905 hồ sơ; tháng 12: 835 hồ sơ).',
        records: [
          { metric: 'dossier.received', value: 845 },
          { metric: 'dossier.received', value: 2463 },
          { metric: 'dossier.received', value: 2610 },
        ],
      },
      {
        // A field written after the count's dossiers goes on into the clauses after it; not into a whole they are a share of.
        text: 'Chi cục tiếp nhận 142 hồ sơ thuộc lĩnh vực thủy sản, đã giải quyết 139 hồ sơ, đang giải quyết 3 hồ sơ. Phòng tiếp nhận 64 hồ sơ trong lĩnh vực xây dựng, chiếm 30% tổng số hồ sơ (213 hồ sơ).',
        records: [
          { metric: 'dossier.received', value: 142, dimensions: { field: 'thủy sản' } },
          { metric: 'dossier.resolved', value: 139, dimensions: { field: 'thủy sản' } },
          { metric: 'dossier.pending', value: 3, dimensions: { field: 'thủy sản' } },
          { metric: 'dossier.received', value: 64, dimensions: { field: 'xây dựng' } },
          { metric: 'dossier.received', value: 213 },
        ],
      },
      {
        // The bodies of a kind the dossiers are at, each with its count in a bracket: the whole's metric.
        text: 'Toàn tỉnh còn 11 hồ sơ quá hạn chưa giải quyết tại các huyện Tân Lạc (7 hồ sơ) và Mai Châu (4 hồ sơ).',
        records: [
          { metric: 'dossier.pending_overdue', value: 11 },
          { metric: 'dossier.pending_overdue', value: 7 },
          { metric: 'dossier.pending_overdue', value: 4 },
        ],
      },
      {
        // "chậm giải quyết" after the dossiers is late, as "giải quyết chậm".
        text: 'Trong quý có 14 hồ sơ chậm giải quyết do phải xác minh thực địa.',
        records: [{ metric: 'dossier.resolved_late', value: 14 }],
      },
      {
        // Known field names right before "với N" in a sentence on lĩnh vực; the level at fault in a cause is no tier.
        text: 'Lĩnh vực có nhiều hồ sơ nhất là hộ tịch với 2.904 hồ sơ, kế đến là đất đai với 1.377 hồ sơ. Có 5 hồ sơ trễ hạn do cấp huyện chậm chuyển kết quả.',
        records: [
          { metric: 'dossier.received', value: 2904, dimensions: { field: 'hộ tịch' } },
          { metric: 'dossier.received', value: 1377, dimensions: { field: 'đất đai' } },
          { metric: 'dossier.resolved_late', value: 5 },
        ],
      },
      {
        // The channel of the clause before a closed bracket; the communes named as administrative units are the commune level.
        text: 'Kết quả trả qua dịch vụ bưu chính công ích (tận nhà) là 640 hồ sơ. Các đơn vị hành chính cấp xã đã nhận 12.300 hồ sơ.',
        records: [
          { metric: 'dossier.returned', value: 640, dimensions: { channel: 'postal' } },
          { metric: 'dossier.received', value: 12300, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // A bare predicate after a comma goes on with its clause's channel; a new subject does not.
        text: 'Hồ sơ nộp qua bưu chính công ích tiếp tục giảm, chỉ còn 31 hồ sơ. Hồ sơ nộp trực tuyến tăng nhanh, số hồ sơ tiếp nhận là 5.400 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 31, dimensions: { channel: 'postal' } },
          { metric: 'dossier.received', value: 5400 },
        ],
      },
      {
        // The whole a share is of takes its own words ("mà Sở tiếp nhận"), not the share's timeliness.
        text: 'Gần 97% trong số 3.400 hồ sơ mà Sở tiếp nhận năm 2025 được giải quyết đúng hạn.',
        records: [{ metric: 'dossier.received', value: 3400 }],
      },
      {
        // All of the bodies counted ("35/35 xã, thị trấn"): their zero is the whole level's.
        text: 'Năm 2025, 35/35 xã, thị trấn không có hồ sơ trễ hạn.',
        records: [{ metric: 'dossier.resolved_late', value: 0, dimensions: { tier: 'commune' } }],
      },
      {
        // The level of procedures counted before is not the dossiers' level.
        text: 'Năm 2025, Sở có 48 DVCTT toàn trình, tiếp nhận 9.120 hồ sơ trực tuyến.',
        records: [{ metric: 'dossier.received', value: 9120, dimensions: { channel: 'online' } }],
      },
      {
        // A second list after ";" naming no members of its own goes on with the fields of the list before it.
        text: 'Năm 2025, số hồ sơ của các lĩnh vực hộ tịch, chứng thực tương ứng là 2.310 và 4.120 hồ sơ; số hồ sơ trễ hạn lần lượt là 3 và 7 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 2310, dimensions: { field: 'hộ tịch' } },
          { metric: 'dossier.received', value: 4120, dimensions: { field: 'chứng thực' } },
          { metric: 'dossier.resolved_late', value: 3, dimensions: { field: 'hộ tịch' } },
          { metric: 'dossier.resolved_late', value: 7, dimensions: { field: 'chứng thực' } },
        ],
      },
      {
        // A body named for the field acts in it: the sentence's field holds past its name.
        text: 'Kết quả quý III. Lĩnh vực đất đai là điểm nghẽn: các chi nhánh Văn phòng Đăng ký đất đai tiếp nhận 6.120 hồ sơ, trễ hạn 210 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 6120, dimensions: { field: 'đất đai' } },
          { metric: 'dossier.resolved_late', value: 210, dimensions: { field: 'đất đai' } },
        ],
      },
      {
        // A field labelling its sentence with a short predicate before the colon.
        text: 'Kết quả 6 tháng. Lĩnh vực đất đai là điểm nghẽn: tiếp nhận 9.450 hồ sơ, trễ hạn 436 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 9450, dimensions: { field: 'đất đai' } },
          { metric: 'dossier.resolved_late', value: 436, dimensions: { field: 'đất đai' } },
        ],
      },
      {
        // Several fields listed after the noun: none of them is the figure's own.
        text: 'Năm 2025, Sở đã giải quyết 8.420 hồ sơ hộ tịch, chứng thực, nuôi con nuôi.',
        records: [{ metric: 'dossier.resolved', value: 8420 }],
      },
      {
        // "trả kết quả sớm": early, with no "hạn" after "sớm".
        text: 'Trong quý, Sở trả kết quả sớm 640 hồ sơ, đúng hạn 95 hồ sơ.',
        records: [
          { metric: 'dossier.resolved_early', value: 640 },
          { metric: 'dossier.resolved_on_time', value: 95 },
        ],
      },
      {
        // A portal named before ("trên Cổng") is online.
        text: 'Số hồ sơ nộp trên Cổng là 2.710 hồ sơ.',
        records: [{ metric: 'dossier.received', value: 2710, dimensions: { channel: 'online' } }],
      },
      {
        // Sent back with the reason why: rejected, not a result returned.
        text: 'Hồ sơ trả về do không đúng thẩm quyền: 7 hồ sơ; trả kết quả qua dịch vụ bưu chính công ích: 40 hồ sơ.',
        records: [
          { metric: 'dossier.rejected', value: 7 },
          { metric: 'dossier.returned', value: 40, dimensions: { channel: 'postal' } },
        ],
      },
      {
        // Past a ";", a clause naming no level after two levels set against each other speaks of both; a named commune after
        // "trong số các xã" is the figure's body, no tier.
        text: 'Cấp huyện tiếp nhận 980 hồ sơ, cấp xã tiếp nhận 2.640 hồ sơ; đã giải quyết 3.580 hồ sơ. Trong số các xã, xã Tân Lập tiếp nhận nhiều nhất với 402 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 980, dimensions: { tier: 'district' } },
          { metric: 'dossier.received', value: 2640, dimensions: { tier: 'commune' } },
          { metric: 'dossier.resolved', value: 3580 },
          { metric: 'dossier.received', value: 402 },
        ],
      },
      {
        // The ward's own one-stop office in its own report: its figures carry no tier.
        before: 'Kết quả giải quyết TTHC quý II tại Bộ phận Một cửa UBND phường:',
        text: '- Số hồ sơ tiếp nhận: 415 hồ sơ.',
        records: [{ metric: 'dossier.received', value: 415 }],
      },
      {
        // The bare figures after a count of feedback are the feedback's, though the paragraph spoke of dossiers before.
        text: 'Số hồ sơ giải quyết quá hạn 12 hồ sơ. Sở nhận 04 phản ánh, kiến nghị, đã trả lời 03, đang xử lý 01.',
        records: [{ metric: 'dossier.resolved_late', value: 12 }],
      },
      {
        // A refusal and a request for more papers as one label: read by the refusal; the request alone is no record.
        text: 'Hồ sơ từ chối giải quyết, yêu cầu bổ sung: 23 hồ sơ; hồ sơ đề nghị bổ sung, hoàn thiện 9 hồ sơ.',
        records: [{ metric: 'dossier.rejected', value: 23 }],
      },
      {
        // Sent back as not meeting the conditions to be resolved: rejected, not resolved; handled through the one-stop system: processed.
        text: 'Hồ sơ bị trả lại vì không đủ điều kiện giải quyết: 17 hồ sơ. Số hồ sơ xử lý qua Hệ thống thông tin một cửa: 2.480 hồ sơ.',
        records: [
          { metric: 'dossier.rejected', value: 17 },
          { metric: 'dossier.processed', value: 2480 },
        ],
      },
      {
        // A lĩnh vực labelling a sentence inside the paragraph holds for all the sentence's figures.
        text: 'Số hồ sơ tăng mạnh. Lĩnh vực xây dựng: nhận 318 hồ sơ, đã giải quyết 305 hồ sơ, quá hạn 6 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 318, dimensions: { field: 'xây dựng' } },
          { metric: 'dossier.resolved', value: 305, dimensions: { field: 'xây dựng' } },
          { metric: 'dossier.resolved_late', value: 6, dimensions: { field: 'xây dựng' } },
        ],
      },
      {
        text: 'Các lĩnh vực hộ tịch, chứng thực, đất đai lần lượt có 210, 640 và 95 hồ sơ tiếp nhận.',
        records: [
          { metric: 'dossier.received', value: 210, dimensions: { field: 'hộ tịch' } },
          { metric: 'dossier.received', value: 640, dimensions: { field: 'chứng thực' } },
          { metric: 'dossier.received', value: 95, dimensions: { field: 'đất đai' } },
        ],
      },
      {
        text: 'Hồ sơ tiếp nhận lần lượt qua trực tuyến, trực tiếp và bưu chính là 1.840, 260 và 12 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 1840, dimensions: { channel: 'online' } },
          { metric: 'dossier.received', value: 260, dimensions: { channel: 'direct' } },
          { metric: 'dossier.received', value: 12, dimensions: { channel: 'postal' } },
        ],
      },
      {
        text: 'Số hồ sơ giải quyết trước hạn, đúng hạn, trễ hạn tương ứng là 2.110; 980; 6 hồ sơ.',
        records: [
          { metric: 'dossier.resolved_early', value: 2110 },
          { metric: 'dossier.resolved_on_time', value: 980 },
          { metric: 'dossier.resolved_late', value: 6 },
        ],
      },
      {
        // The sentence's own head says whose results these are; the next period named by its number.
        text: 'Kết quả giải quyết TTHC quý III: tiếp nhận 2.412; giải quyết 2.400; còn 12 chuyển sang quý IV.',
        records: [
          { metric: 'dossier.received', value: 2412 },
          { metric: 'dossier.resolved', value: 2400 },
          { metric: 'dossier.pending', value: 12 },
        ],
      },
      {
        // Bodies in a cause are not whose figure it is; a field's name ends before its timeliness.
        text: 'Trong đó, lĩnh vực xây dựng quá hạn 5 hồ sơ do phải chờ ý kiến của các sở, ngành.',
        records: [{ metric: 'dossier.resolved_late', value: 5, dimensions: { field: 'xây dựng' } }],
      },
      {
        // A level named for procedures before a ";" is not the dossiers' after it.
        text: 'Sở cung cấp 320 dịch vụ công trực tuyến toàn trình; năm 2024 tiếp nhận 9.140 hồ sơ trực tuyến.',
        records: [{ metric: 'dossier.received', value: 9140, dimensions: { channel: 'online' } }],
      },
      {
        // "tiếp nhận giải quyết": one figure, two verbs — the first counts (a city with quận is centrally
        // run: its own level is the province's; the later levels are read by dossier-family).
        text: 'Cấp thành phố tiếp nhận giải quyết 98.400 hồ sơ, cấp quận, huyện 150.210 hồ sơ và cấp phường, xã 240.600 hồ sơ.',
        records: [{ metric: 'dossier.received', value: 98400, dimensions: { tier: 'province' } }],
      },
      {
        // A bare timeliness after the pending dossiers' own, past ";": one more pending state.
        text: 'Hồ sơ đang giải quyết còn trong hạn là 40 hồ sơ, chiếm 90,9% số hồ sơ đang giải quyết; quá hạn 4 hồ sơ.',
        records: [
          { metric: 'dossier.pending_on_time', value: 40 },
          { metric: 'dossier.pending_overdue', value: 4 },
        ],
      },
      {
        // … and past a comma.
        text: 'Cuối kỳ, số hồ sơ đang xử lý chưa đến hạn là 112 hồ sơ, quá hạn 07 hồ sơ.',
        records: [
          { metric: 'dossier.pending_on_time', value: 112 },
          { metric: 'dossier.pending_overdue', value: 7 },
        ],
      },
      {
        // Counted in "bộ" once the sentence says "bộ hồ sơ".
        text: '- Số bộ hồ sơ đã giải quyết: 2.598 bộ.',
        records: [{ metric: 'dossier.resolved', value: 2598 }],
      },
      {
        // What "đều" says of all the received dossiers is no count of its own.
        text: 'Tất cả 412 hồ sơ tiếp nhận đều được giải quyết đúng hạn.',
        records: [{ metric: 'dossier.received', value: 412 }],
      },
      {
        // The numerator of "A/B: x/y" is A's; a timeliness over a verb is a part over its whole, not two figures.
        text: 'Số hồ sơ đã giải quyết/tổng số hồ sơ tiếp nhận: 845/860 hồ sơ; số hồ sơ giải quyết đúng hạn/đã giải quyết: 845/845.',
        records: [
          { metric: 'dossier.resolved', value: 845 },
          { metric: 'dossier.resolved_on_time', value: 845 },
        ],
      },
      {
        // "cấp giải quyết" names the level; a bracket opening on another year is that year's figure.
        text: 'Năm 2024 tiếp nhận 7.500 hồ sơ (năm 2023 là 6.900 hồ sơ). Phân theo cấp giải quyết: cấp huyện 2.100 hồ sơ, cấp xã 5.400 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 7500 },
          { metric: 'dossier.received', value: 2100, dimensions: { tier: 'district' } },
          { metric: 'dossier.received', value: 5400, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // A bracket further on in the clause that speaks of all of them.
        text: 'Còn 54 hồ sơ đang thẩm định, xác minh tại Chi cục (đều chưa đến hạn).',
        records: [{ metric: 'dossier.pending_on_time', value: 54 }],
      },
      {
        // A bracket without figures after a timeliness label states its state; where most of them lie is no field.
        text: 'Hồ sơ quá hạn (đã có kết quả): 11 hồ sơ chủ yếu thuộc lĩnh vực xây dựng; hồ sơ quá hạn (đang giải quyết): 04 hồ sơ.',
        records: [
          { metric: 'dossier.resolved_late', value: 11 },
          { metric: 'dossier.pending_overdue', value: 4 },
        ],
      },
      {
        // A level named up to the figure's unit beats the next figure's level on its right (830 is read by dossier-family).
        text: 'Tiếp nhận hồ sơ trực tuyến mức độ 4 là 275 hồ sơ và mức độ 3 là 830 hồ sơ.',
        records: [{ metric: 'dossier.received', value: 275, dimensions: { channel: 'online', level: '4' } }],
      },
      {
        // "có số hồ sơ" ends a field's name.
        text: 'Lĩnh vực giao thông có số hồ sơ nhiều nhất với 1.020 hồ sơ.',
        records: [{ metric: 'dossier.received', value: 1020, dimensions: { field: 'giao thông' } }],
      },
      {
        // A lĩnh vực opening a clause as its subject holds for every figure of that clause.
        text: 'Trong quý: lĩnh vực thủy lợi tiếp nhận 73 hồ sơ, giải quyết 70 hồ sơ; lĩnh vực trồng trọt tiếp nhận 19 hồ sơ, giải quyết 19 hồ sơ, không có hồ sơ trễ hạn.',
        records: [
          { metric: 'dossier.received', value: 73, dimensions: { field: 'thủy lợi' } },
          { metric: 'dossier.resolved', value: 70, dimensions: { field: 'thủy lợi' } },
          { metric: 'dossier.received', value: 19, dimensions: { field: 'trồng trọt' } },
          { metric: 'dossier.resolved', value: 19, dimensions: { field: 'trồng trọt' } },
          { metric: 'dossier.resolved_late', value: 0, dimensions: { field: 'trồng trọt' } },
        ],
      },
      {
        // … also after a ";" opening the clause.
        text: 'Trong tháng đã hướng dẫn 940 lượt công dân; qua dịch vụ bưu chính công ích, tiếp nhận 52 hồ sơ và trả 410 kết quả.',
        records: [
          { metric: 'dossier.received', value: 52, dimensions: { channel: 'postal' } },
          { metric: 'dossier.returned', value: 410, dimensions: { channel: 'postal' } },
        ],
      },
      {
        // "tương ứng" before a list of figures is "respectively".
        text: 'Số hồ sơ tiếp nhận ở cấp huyện và cấp xã tương ứng là 6.120 và 14.380 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 6120, dimensions: { tier: 'district' } },
          { metric: 'dossier.received', value: 14380, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // "đã quá thời hạn giải quyết" is one timeliness: the breakdown after "tập trung ở" keeps it.
        text: 'Số hồ sơ đang giải quyết nhưng đã quá thời hạn giải quyết là 41 hồ sơ, tập trung ở lĩnh vực xây dựng (36 hồ sơ).',
        records: [
          { metric: 'dossier.pending_overdue', value: 41 },
          { metric: 'dossier.pending_overdue', value: 36, dimensions: { field: 'xây dựng' } },
        ],
      },
      {
        // Terse labels of a one-line summary: "ĐH" on time, "QH" late, "Đang GQ" pending.
        text: 'Tháng 3: Tiếp nhận 812 HS; Giải quyết 790 HS (ĐH: 785, QH: 5); Đang GQ: 22 HS.',
        records: [
          { metric: 'dossier.received', value: 812 },
          { metric: 'dossier.resolved', value: 790 },
          { metric: 'dossier.resolved_on_time', value: 785 },
          { metric: 'dossier.resolved_late', value: 5 },
          { metric: 'dossier.pending', value: 22 },
        ],
      },
      {
        // A channel phrase set off by commas before the clause holds for its figures.
        text: 'Trong năm, qua dịch vụ bưu chính công ích, các cơ quan tiếp nhận 205 hồ sơ và trả 1.430 kết quả cho người dân.',
        records: [
          { metric: 'dossier.received', value: 205, dimensions: { channel: 'postal' } },
          { metric: 'dossier.returned', value: 1430, dimensions: { channel: 'postal' } },
        ],
      },
      {
        // "xây dựng giải quyết" folds to "… dung giai quyet": no "dừng".
        text: 'Lĩnh vực xây dựng giải quyết 214 hồ sơ, đúng hạn 214 hồ sơ.',
        records: [
          { metric: 'dossier.resolved', value: 214, dimensions: { field: 'xây dựng' } },
          { metric: 'dossier.resolved_on_time', value: 214, dimensions: { field: 'xây dựng' } },
        ],
      },
      {
        // "dừng xử lý" (withdrawn at the applicant's request) is rejected; "người nộp" is the applicant, no verb.
        text: 'Tiếp nhận 240 hồ sơ, đã giải quyết 231 hồ sơ; số hồ sơ dừng xử lý theo đề nghị của người nộp: 4 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 240 },
          { metric: 'dossier.resolved', value: 231 },
          { metric: 'dossier.rejected', value: 4 },
        ],
      },
      {
        // A timeliness in the cause of the verb right after the unit is not the figure's own.
        text: 'Trong tháng có 2 hồ sơ bị hủy do quá thời hạn bổ sung và 5 hồ sơ giải quyết quá hạn do phải xác minh.',
        records: [
          { metric: 'dossier.rejected', value: 2 },
          { metric: 'dossier.resolved_late', value: 5 },
        ],
      },
      {
        // "đã trả kết quả giải quyết (TTHC cho) N hồ sơ": the dossiers resolved, their results handed over — with a channel
        // right after the verb, the results returned.
        text: 'Trong tháng, Phòng đã trả kết quả giải quyết TTHC cho 530 hồ sơ; trả kết quả giải quyết qua dịch vụ bưu chính công ích 41 hồ sơ.',
        records: [
          { metric: 'dossier.resolved', value: 530 },
          { metric: 'dossier.returned', value: 41, dimensions: { channel: 'postal' } },
        ],
      },
      {
        // A second "Lĩnh vực X:" sentence in the paragraph: its own field, not the paragraph's opening label.
        text: 'Lĩnh vực Nuôi con nuôi: tiếp nhận 6 hồ sơ. Lĩnh vực Quốc tịch: tiếp nhận 2 hồ sơ, đã giải quyết 2 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 2, dimensions: { field: 'Quốc tịch' } },
          { metric: 'dossier.resolved', value: 2, dimensions: { field: 'Quốc tịch' } },
        ],
      },
      {
        // "ngoài hạn" (outside the time limit) is late, beside "trong hạn".
        text: 'Hồ sơ đã giải quyết trong hạn: 655 hồ sơ; ngoài hạn: 3 hồ sơ.',
        records: [
          { metric: 'dossier.resolved_on_time', value: 655 },
          { metric: 'dossier.resolved_late', value: 3 },
        ],
      },
      {
        // The procedures the dossiers belong to, counted, then their field: the dossiers' field.
        text: 'Trong quý có 5 hồ sơ quá hạn thuộc 3 TTHC lĩnh vực xây dựng.',
        records: [{ metric: 'dossier.resolved_late', value: 5, dimensions: { field: 'xây dựng' } }],
      },
      {
        // The permits issued right before the figure are the dossiers resolved.
        text: 'Phòng Kinh tế - Hạ tầng nhận 38 hồ sơ cấp phép xây dựng, đã cấp giấy phép 35 hồ sơ, còn 3 hồ sơ đang giải quyết.',
        records: [
          { metric: 'dossier.received', value: 38 },
          { metric: 'dossier.resolved', value: 35 },
          { metric: 'dossier.pending', value: 3 },
        ],
      },
      {
        // "thụ lý mới" is new as "tiếp nhận mới"; the whole "thụ lý" after the parts is received.
        text: 'Trong quý, Phòng thụ lý mới 318 hồ sơ, cùng 12 hồ sơ tồn kỳ trước, nâng tổng số hồ sơ thụ lý lên 330 hồ sơ.',
        records: [
          { metric: 'dossier.new', value: 318 },
          { metric: 'dossier.carried_over', value: 12 },
          { metric: 'dossier.received', value: 330 },
        ],
      },
      {
        // Results handed over at the desk are returned directly.
        text: 'Số kết quả trả tại Bộ phận Một cửa: 704 hồ sơ; trả qua dịch vụ bưu chính: 96 hồ sơ.',
        records: [
          { metric: 'dossier.returned', value: 704, dimensions: { channel: 'direct' } },
          { metric: 'dossier.returned', value: 96, dimensions: { channel: 'postal' } },
        ],
      },
      {
        // Interlinked dossiers sent up from one level to another: taken in by the level above; the path names no one level.
        text: 'Hồ sơ liên thông: cấp xã chuyển lên cấp huyện 142 hồ sơ, đã giải quyết 139 hồ sơ, đang giải quyết 3 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 142 },
          { metric: 'dossier.resolved', value: 139 },
          { metric: 'dossier.pending', value: 3 },
        ],
      },
      {
        // A blocker in the cause of a dossier verb ("bị hủy do … không bổ sung") is not the figure's.
        text: 'Có 14 hồ sơ bị hủy do người nộp không bổ sung giấy tờ theo yêu cầu.',
        records: [{ metric: 'dossier.rejected', value: 14 }],
      },
      {
        // "Tổng số hồ sơ giải quyết trong kỳ:" with its carried-over and new parts is the period's whole to handle, not the new ones.
        text: 'Tổng số hồ sơ giải quyết trong kỳ: 930 hồ sơ (trong đó: tồn kỳ trước chuyển sang: 41; tiếp nhận mới: 889).',
        records: [
          { metric: 'dossier.received', value: 930 },
          { metric: 'dossier.carried_over', value: 41 },
          { metric: 'dossier.new', value: 889 },
        ],
      },
      {
        // Beside the carried-over part of the period's whole, the part labelled only "tiếp nhận trong kỳ" is the new intake.
        text: 'Số hồ sơ phải giải quyết trong quý là 2.417 hồ sơ (kỳ trước chuyển sang 96 hồ sơ, tiếp nhận trong kỳ 2.321 hồ sơ); trong đó nhận trực tuyến 1.870 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 2417 },
          { metric: 'dossier.carried_over', value: 96 },
          { metric: 'dossier.new', value: 2321 },
          { metric: 'dossier.received', value: 1870, dimensions: { channel: 'online' } },
        ],
      },
      {
        // The verb closing a list of fields read "lần lượt" is none of their names.
        text: 'Các lĩnh vực hộ tịch, chứng thực và đất đai đã giải quyết lần lượt 512, 1.036 và 87 hồ sơ.',
        records: [
          { metric: 'dossier.resolved', value: 512, dimensions: { field: 'hộ tịch' } },
          { metric: 'dossier.resolved', value: 1036, dimensions: { field: 'chứng thực' } },
          { metric: 'dossier.resolved', value: 87, dimensions: { field: 'đất đai' } },
        ],
      },
      {
        // The result of a procedure in electronic form is sent online.
        text: 'Số kết quả giải quyết thủ tục hành chính điện tử đã trả cho tổ chức, cá nhân: 1.577 kết quả.',
        records: [{ metric: 'dossier.returned', value: 1577, dimensions: { channel: 'online' } }],
      },
      {
        // "lĩnh vực này / trên" points back at the one field the sentence before named, for the figures after it.
        text: 'Lĩnh vực đăng ký kinh doanh vẫn chiếm tỷ trọng lớn. Số hồ sơ của lĩnh vực trên là 318 hồ sơ, đã giải quyết 301 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 318, dimensions: { field: 'đăng ký kinh doanh' } },
          { metric: 'dossier.resolved', value: 301, dimensions: { field: 'đăng ký kinh doanh' } },
        ],
      },
      {
        // Two fields named before the pointer: which one is meant is not known.
        text: 'Lĩnh vực hộ tịch và lĩnh vực chứng thực có nhiều hồ sơ nhất; số hồ sơ của lĩnh vực này là 95 hồ sơ.',
        records: [{ metric: 'dossier.received', value: 95 }],
      },
      {
        // A fraction in the bracket of an on-time rate counts the dossiers on time; the noun after it restates the whole.
        text: 'Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,1% (1.312/1.324 hồ sơ đã giải quyết).',
        records: [{ metric: 'dossier.resolved_on_time', value: 1312 }],
      },
      {
        // A space as the thousands separator.
        text: 'Trong năm, Trung tâm tiếp nhận 3 406 hồ sơ, giải quyết 3 388 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 3406 },
          { metric: 'dossier.resolved', value: 3388 },
        ],
      },
      {
        // Received, resolved (results handed over), its on-time and late parts, pending: a whole period's line.
        text: 'Cả năm, Phòng tiếp nhận 2.118 hồ sơ, đã trả kết quả giải quyết 2.096 hồ sơ (đúng hạn 2.090, trễ hạn 06), còn 22 hồ sơ đang xử lý.',
        records: [
          { metric: 'dossier.received', value: 2118 },
          { metric: 'dossier.resolved', value: 2096 },
          { metric: 'dossier.resolved_on_time', value: 2090 },
          { metric: 'dossier.resolved_late', value: 6 },
          { metric: 'dossier.pending', value: 22 },
        ],
      },
      {
        // "tồn cuối kỳ" is still pending at the period's end; "tồn kỳ trước" was carried over.
        text: 'Số hồ sơ tồn kỳ trước: 41 hồ sơ; số hồ sơ tồn cuối kỳ: 57 hồ sơ.',
        records: [
          { metric: 'dossier.carried_over', value: 41 },
          { metric: 'dossier.pending', value: 57 },
        ],
      },
      {
        // A list hanging from a lead-in about procedures: its items count dossiers without the word.
        before: 'Kết quả giải quyết TTHC tháng 4/2024:',
        text: '- Đã giải quyết: 3.180 (trước hạn: 2.010; đúng hạn: 1.160; quá hạn: 10).',
        records: [
          { metric: 'dossier.resolved', value: 3180 },
          { metric: 'dossier.resolved_early', value: 2010 },
          { metric: 'dossier.resolved_on_time', value: 1160 },
          { metric: 'dossier.resolved_late', value: 10 },
        ],
      },
      {
        // "tất cả đều đang trong hạn" set off by a comma: the pending dossiers are on time.
        text: 'Đến cuối tháng, Phòng còn 216 hồ sơ đang giải quyết, tất cả đều đang trong hạn.',
        records: [{ metric: 'dossier.pending_on_time', value: 216 }],
      },
      {
        // The agent of a passive between the unit and its verb.
        text: 'Trong quý có 520 hồ sơ được người dân nộp trực tuyến.',
        records: [{ metric: 'dossier.received', value: 520, dimensions: { channel: 'online' } }],
      },
      {
        // "chưa trả" is not returned: the dossiers still open.
        text: 'Đến cuối kỳ, Văn phòng đăng ký đất đai còn 9 hồ sơ chưa trả.',
        records: [{ metric: 'dossier.pending', value: 9 }],
      },
      {
        // Each figure takes the channel of its own side, not the next clause's ("và trả … trực tuyến").
        text: 'Phòng đã trả kết quả qua bưu điện 312 hồ sơ và trả kết quả trên Cổng dịch vụ công 1.506 hồ sơ.',
        records: [
          { metric: 'dossier.returned', value: 312, dimensions: { channel: 'postal' } },
          { metric: 'dossier.returned', value: 1506, dimensions: { channel: 'online' } },
        ],
      },
      {
        // A run-on list without commas: a verb or timeliness right before the next figure opens its clause.
        text: 'Năm 2023 Văn phòng tiếp nhận qua mạng 1.204 hồ sơ tiếp nhận trực tiếp 388 hồ sơ đã giải quyết 1.560 hồ sơ trong đó đúng hạn 1.541 hồ sơ quá hạn 19 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 1204, dimensions: { channel: 'online' } },
          { metric: 'dossier.received', value: 388, dimensions: { channel: 'direct' } },
          { metric: 'dossier.resolved', value: 1560 },
          { metric: 'dossier.resolved_on_time', value: 1541 },
          { metric: 'dossier.resolved_late', value: 19 },
        ],
      },
      {
        // Cells pasted into prose with "|": each cell is its own clause.
        text: 'Quý II: Tiếp nhận: 1.530 hồ sơ | Đã giải quyết: 1.488 hồ sơ | Quá hạn: 6 hồ sơ',
        records: [
          { metric: 'dossier.received', value: 1530 },
          { metric: 'dossier.resolved', value: 1488 },
          { metric: 'dossier.resolved_late', value: 6 },
        ],
      },
      {
        // A bare "tổng" after the intake's parts is the period's total received.
        text: 'Tháng 5, hồ sơ tồn kỳ trước 24, hồ sơ nhận mới 615, tổng cộng 639 hồ sơ.',
        records: [
          { metric: 'dossier.carried_over', value: 24 },
          { metric: 'dossier.new', value: 615 },
          { metric: 'dossier.received', value: 639 },
        ],
      },
      {
        text: 'Trong quý, Bộ phận một cửa của Sở đã tiếp nhận 215 hồ sơ, đã giải quyết 201 hồ sơ, đang giải quyết 14 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 215 },
          { metric: 'dossier.resolved', value: 201 },
          { metric: 'dossier.pending', value: 14 },
        ],
      },
      {
        text: 'Số hồ sơ giải quyết trước hạn là 1.120 hồ sơ; giải quyết đúng hạn 86 hồ sơ; trễ hạn 03 hồ sơ.',
        records: [
          { metric: 'dossier.resolved_early', value: 1120 },
          { metric: 'dossier.resolved_on_time', value: 86 },
          { metric: 'dossier.resolved_late', value: 3 },
        ],
      },
      {
        // The received figure's clause ends where "và giải quyết …" starts a predicate of its own;
        // figures that are the subject of both verbs keep the timeliness.
        text: 'Trong tháng, phường đã tiếp nhận 276 hồ sơ và giải quyết đúng hạn toàn bộ hồ sơ đến hạn. Có 58 hồ sơ được tiếp nhận và giải quyết đúng hạn trong ngày.',
        records: [
          { metric: 'dossier.received', value: 276 },
          { metric: 'dossier.resolved_on_time', value: 58 },
        ],
      },
      {
        text: 'Trung tâm tiếp nhận mới 2.310 hồ sơ, tồn kỳ trước chuyển sang 95 hồ sơ.',
        records: [
          { metric: 'dossier.new', value: 2310 },
          { metric: 'dossier.carried_over', value: 95 },
        ],
      },
      {
        text: 'Có 1.204 hồ sơ được nộp trực tuyến, 37 hồ sơ nộp qua dịch vụ bưu chính công ích.',
        records: [
          { metric: 'dossier.received', value: 1204, dimensions: { channel: 'online' } },
          { metric: 'dossier.received', value: 37, dimensions: { channel: 'postal' } },
        ],
      },
      {
        text: 'Cấp huyện đã giải quyết gần 12 nghìn hồ sơ, hồ sơ giải quyết đúng và trước hạn là 11.650 hồ sơ.',
        records: [
          { metric: 'dossier.resolved', value: 12000, dimensions: { tier: 'district' }, qualifier: 'under' },
          { metric: 'dossier.resolved_on_time', value: 11650, dimensions: { tier: 'district' } },
        ],
      },
      {
        text: 'Trong kỳ báo cáo không có hồ sơ trễ hạn.',
        records: [{ metric: 'dossier.resolved_late', value: 0 }],
      },
      {
        text: 'Văn phòng đã trả kết quả cho 640 hồ sơ, từ chối 2 hồ sơ không đủ điều kiện.',
        records: [
          { metric: 'dossier.returned', value: 640 },
          { metric: 'dossier.rejected', value: 2 },
        ],
      },
      {
        // "tổ chức, công dân" is one pair of nouns: its comma does not cut the verb off its figure.
        text: 'Chi nhánh đã trả kết quả cho tổ chức, công dân 815 hồ sơ.',
        records: [{ metric: 'dossier.returned', value: 815 }],
      },
      {
        text: '- Số hồ sơ nhận mới trong tháng: 342 hồ sơ; hồ sơ tồn từ tháng 12/2023 chuyển sang: 27 hồ sơ; tổng số hồ sơ cần giải quyết: 369 hồ sơ.',
        records: [
          { metric: 'dossier.new', value: 342 },
          { metric: 'dossier.carried_over', value: 27 },
          { metric: 'dossier.received', value: 369 },
        ],
      },
      {
        text: 'Phòng Tư pháp đã giải quyết 702/745 hồ sơ đã nhận trong kỳ.',
        records: [{ metric: 'dossier.resolved', value: 702 }],
      },
      {
        text: 'Các hồ sơ trễ hẹn chủ yếu tập trung ở lĩnh vực đăng ký đất đai (11 hồ sơ).',
        records: [{ metric: 'dossier.resolved_late', value: 11, dimensions: { field: 'đăng ký đất đai' } }],
      },
      {
        text: 'Cấp quận Hoàn Kiếm nhận 4.400 hồ sơ; cấp phường nhận 6.120 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 4400, dimensions: { tier: 'district' } },
          { metric: 'dossier.received', value: 6120, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // A tier inside brackets holds for the bracket's figures only.
        text: 'Toàn thị xã tiếp nhận 8.240 hồ sơ (cấp thị xã 3.105 hồ sơ, cấp xã 5.135 hồ sơ), đã giải quyết 8.196 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 8240 },
          { metric: 'dossier.resolved', value: 8196 },
        ],
      },
      {
        // An office named with its level in words is that tier's.
        text: 'Bộ phận Một cửa cấp huyện đã tiếp nhận 1.530 hồ sơ, giải quyết đúng hạn 1.522 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 1530, dimensions: { tier: 'district' } },
          { metric: 'dossier.resolved_on_time', value: 1522, dimensions: { tier: 'district' } },
        ],
      },
      {
        // A named district set against its communes in a clause of their own is the district tier.
        text: 'UBND huyện Nga Sơn tiếp nhận 3.210 hồ sơ; UBND 24 xã, thị trấn tiếp nhận 9.874 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 3210, dimensions: { tier: 'district' } },
          { metric: 'dossier.received', value: 9874, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // After a bracket, the figure takes the verb of the label before it, not a cue inside it; a bare "tồn" is pending.
        text: 'Tổng số hồ sơ tiếp nhận (kể cả 18 hồ sơ tồn quý trước) là 1.240 hồ sơ; giải quyết 1.226 HS; tồn 14 HS.',
        records: [
          { metric: 'dossier.carried_over', value: 18 },
          { metric: 'dossier.received', value: 1240 },
          { metric: 'dossier.resolved', value: 1226 },
          { metric: 'dossier.pending', value: 14 },
        ],
      },
      {
        // A backlog named after the unit says which dossiers; the verb before says what was done.
        text: 'Trong quý, Chi nhánh đã giải quyết dứt điểm 08 hồ sơ tồn đọng; Bưu điện đã chuyển phát 96 kết quả giải quyết TTHC.',
        records: [
          { metric: 'dossier.resolved', value: 8 },
          { metric: 'dossier.returned', value: 96, dimensions: { channel: 'postal' } },
        ],
      },
      {
        // A bare "giải quyết" total split into the resolved and the pending is the period's whole (received).
        text: 'Tổng số hồ sơ giải quyết trong quý: 842 hồ sơ, trong đó: đã giải quyết 830 hồ sơ; đang giải quyết 12 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 842 },
          { metric: 'dossier.resolved', value: 830 },
          { metric: 'dossier.pending', value: 12 },
        ],
      },
      {
        // A result issued "cho N hồ sơ" is the dossiers resolved.
        text: 'Phòng đã cấp Giấy phép xây dựng cho 76 hồ sơ.',
        records: [{ metric: 'dossier.resolved', value: 76 }],
      },
      {
        // A bracket after the figure that only names its lĩnh vực.
        text: 'Còn 05 hồ sơ trễ hạn (lĩnh vực xây dựng).',
        records: [{ metric: 'dossier.resolved_late', value: 5, dimensions: { field: 'xây dựng' } }],
      },
      {
        // A bracket stating the scope of what it follows ("gồm cả cấp huyện và cấp xã") makes the figures after it a mixed group's.
        text: 'Phần mềm một cửa điện tử của huyện (gồm cả cấp huyện và cấp xã) tiếp nhận 9.120 hồ sơ; đã giải quyết 9.087 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 9120 },
          { metric: 'dossier.resolved', value: 9087 },
        ],
      },
      {
        // A clause saying its dossiers are still pending is no part of the returned whole before it.
        text: 'Sở trả kết quả 212 hồ sơ, trong đó trả qua BCCI 30 hồ sơ, 5 hồ sơ đang giải quyết trong hạn.',
        records: [
          { metric: 'dossier.returned', value: 212 },
          { metric: 'dossier.returned', value: 30, dimensions: { channel: 'postal' } },
          { metric: 'dossier.pending_on_time', value: 5 },
        ],
      },
      {
        // The bare figures of a "lần lượt" list take the verb of its lead and, in order, its channels.
        text: 'Số hồ sơ tiếp nhận trực tuyến, trực tiếp và qua BCCI lần lượt là 2.310, 604 và 12 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 2310, dimensions: { channel: 'online' } },
          { metric: 'dossier.received', value: 604, dimensions: { channel: 'direct' } },
          { metric: 'dossier.received', value: 12, dimensions: { channel: 'postal' } },
        ],
      },
      {
        // "Lĩnh vực X" as the subject of the sentence's verbs; dossiers of one channel as a clause's subject.
        text: 'Lĩnh vực xây dựng tiếp nhận 410 hồ sơ (cấp huyện 250, cấp xã 160), giải quyết đúng hạn 402 hồ sơ. Hồ sơ trực tuyến được giải quyết đúng hạn 300 hồ sơ, trễ hạn 1 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 410, dimensions: { field: 'xây dựng' } },
          { metric: 'dossier.resolved_on_time', value: 402, dimensions: { field: 'xây dựng' } },
          { metric: 'dossier.resolved_on_time', value: 300, dimensions: { channel: 'online' } },
          { metric: 'dossier.resolved_late', value: 1, dimensions: { channel: 'online' } },
        ],
      },
      {
        // The next name of a parallel "lĩnh vực A với N, B với M" list ("đăng kiểm" is no "đang").
        text: 'Sở tiếp nhận 5.210 hồ sơ, chủ yếu là lĩnh vực đường bộ với 4.800 hồ sơ, đăng kiểm với 240 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 5210 },
          { metric: 'dossier.received', value: 4800, dimensions: { field: 'đường bộ' } },
          { metric: 'dossier.received', value: 240, dimensions: { field: 'đăng kiểm' } },
        ],
      },
      {
        // A figure alone in a bracket restates the phrase before it: its timeliness, verb and channel.
        text: 'Các hồ sơ trễ hạn (07 hồ sơ) chủ yếu thuộc lĩnh vực đất đai; hồ sơ trả qua bưu điện (56 hồ sơ) tăng mạnh.',
        records: [
          { metric: 'dossier.resolved_late', value: 7 },
          { metric: 'dossier.returned', value: 56, dimensions: { channel: 'postal' } },
        ],
      },
      {
        // The communes' own service centres (since 2025) are the commune level.
        text: 'Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 9.210 hồ sơ; Trung tâm Phục vụ hành chính công các xã, phường tiếp nhận 40.150 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 9210, dimensions: { tier: 'province' } },
          { metric: 'dossier.received', value: 40150, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // "xã mới" is the merged commune, not dossiers newly received.
        text: 'Sau sáp nhập, xã mới tiếp nhận 2.140 hồ sơ, giải quyết 2.122 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 2140 },
          { metric: 'dossier.resolved', value: 2122 },
        ],
      },
      {
        // A named commune is a body (subject), not the commune tier.
        text: 'Hồ sơ trễ hạn gồm: UBND xã Yên Lạc (03 hồ sơ), UBND xã Yên Phong (01 hồ sơ).',
        records: [
          { metric: 'dossier.resolved_late', value: 3 },
          { metric: 'dossier.resolved_late', value: 1 },
        ],
      },
      {
        // Two names joined by "/" over two figures joined by "/": a pair, not a part over its whole.
        text: 'Số hồ sơ tiếp nhận/giải quyết: 960/948 hồ sơ; hồ sơ nộp trực tuyến/trực tiếp: 710/250 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 960 },
          { metric: 'dossier.resolved', value: 948 },
          { metric: 'dossier.received', value: 710, dimensions: { channel: 'online' } },
          { metric: 'dossier.received', value: 250, dimensions: { channel: 'direct' } },
        ],
      },
      {
        // A channel as the paragraph's head label holds for its figures that name none.
        text: 'Qua Cổng dịch vụ công: tiếp nhận 1.045 hồ sơ, trả kết quả 998 hồ sơ; tiếp nhận trực tiếp 230 hồ sơ, trả kết quả 241 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 1045, dimensions: { channel: 'online' } },
          { metric: 'dossier.returned', value: 998, dimensions: { channel: 'online' } },
          { metric: 'dossier.received', value: 230, dimensions: { channel: 'direct' } },
          { metric: 'dossier.returned', value: 241 },
        ],
      },
      {
        // The first name of a list by lĩnh vực starts after the lead's colon.
        text: 'Số hồ sơ tiếp nhận theo lĩnh vực: Đất đai 315 hồ sơ, Tư pháp 120 hồ sơ.',
        records: [{ metric: 'dossier.received', value: 315, dimensions: { field: 'Đất đai' } }],
      },
      {
        // An opening average holds for its own clause only.
        text: 'Bình quân mỗi ngày tiếp nhận khoảng 60 hồ sơ; cả quý tiếp nhận 3.820 hồ sơ.',
        records: [{ metric: 'dossier.received', value: 3820 }],
      },
      {
        // The figure restated in words, in brackets, stands between the figure and its unit.
        text: 'Trong kỳ có 02 (hai) hồ sơ trễ hạn do chờ ý kiến của cơ quan phối hợp.',
        records: [{ metric: 'dossier.resolved_late', value: 2 }],
      },
      {
        // Administrative units reorganised name no tier.
        text: 'Do sắp xếp đơn vị hành chính cấp xã, số hồ sơ tiếp nhận trong quý chỉ là 5.120 hồ sơ.',
        records: [{ metric: 'dossier.received', value: 5120 }],
      },
      {
        text: 'UBND thị xã Ba Đồn và 16 xã, phường đã nhận 12.004 hồ sơ.',
        records: [{ metric: 'dossier.received', value: 12004 }],
      },
      {
        text: 'Sở đã giải quyết 96 hồ sơ (trong đó trễ hẹn 04 hồ sơ do chờ ý kiến của Bộ).',
        records: [
          { metric: 'dossier.resolved', value: 96 },
          { metric: 'dossier.resolved_late', value: 4 },
        ],
      },
      {
        heading: '3. Kết quả tiếp nhận, giải quyết TTHC',
        text: 'Quý này tiếp nhận 264; đã giải quyết 251; đang giải quyết 13.',
        records: [
          { metric: 'dossier.received', value: 264 },
          { metric: 'dossier.resolved', value: 251 },
          { metric: 'dossier.pending', value: 13 },
        ],
      },
      {
        text: 'Trong đó, hồ sơ nộp trực tuyến 2.140, nộp trực tiếp 960, qua dịch vụ bưu chính 35.',
        records: [
          { metric: 'dossier.received', value: 2140, dimensions: { channel: 'online' } },
          { metric: 'dossier.received', value: 960, dimensions: { channel: 'direct' } },
        ],
      },
      {
        // (The communes owning the figure, counted after its noun, are its level.)
        text: 'Đã giải quyết 1.450 hồ sơ của 12 xã, phường, thị trấn, 3.',
        records: [{ metric: 'dossier.resolved', value: 1450, dimensions: { tier: 'commune' } }],
      },
      {
        text: 'Đã giải quyết 618 hồ sơ; còn 22 hồ sơ đang trong thời hạn giải quyết và 3 hồ sơ tổ chức xin rút.',
        records: [
          { metric: 'dossier.resolved', value: 618 },
          { metric: 'dossier.pending_on_time', value: 22 },
          { metric: 'dossier.rejected', value: 3 },
        ],
      },
      {
        text: 'Đã giải quyết 402 hồ sơ; số hồ sơ đang giải quyết là 31 hồ sơ (đều còn trong hạn); chưa giải quyết 9 hồ sơ, tất cả đều chưa đến hạn.',
        records: [
          { metric: 'dossier.resolved', value: 402 },
          { metric: 'dossier.pending_on_time', value: 31 },
          { metric: 'dossier.pending_on_time', value: 9 },
        ],
      },
      {
        text: 'Số hồ sơ quá hạn là 17 hồ sơ, chiếm 0,2% tổng số hồ sơ đã giải quyết, tập trung ở lĩnh vực xây dựng (12 hồ sơ).',
        records: [
          { metric: 'dossier.resolved_late', value: 17 },
          { metric: 'dossier.resolved_late', value: 12, dimensions: { field: 'xây dựng' } },
        ],
      },
      {
        text: 'Còn 9 hồ sơ trễ hạn thuộc lĩnh vực đất đai và chứng thực.',
        records: [{ metric: 'dossier.resolved_late', value: 9 }],
      },
      {
        text: 'Đang giải quyết: 27 hồ sơ (trong hạn: 27 hồ sơ).',
        records: [
          { metric: 'dossier.pending', value: 27 },
          { metric: 'dossier.pending_on_time', value: 27 },
        ],
      },
      {
        text: 'Bưu điện huyện đã tiếp nhận 210 hồ sơ và trả 1.365 kết quả giải quyết TTHC qua dịch vụ bưu chính công ích; số kết quả trả qua Cổng dịch vụ công là 2.004 kết quả.',
        records: [
          { metric: 'dossier.received', value: 210, dimensions: { channel: 'postal' } },
          { metric: 'dossier.returned', value: 1365, dimensions: { channel: 'postal' } },
          { metric: 'dossier.returned', value: 2004, dimensions: { channel: 'online' } },
        ],
      },
      {
        // The noun after a denominator restates the whole, even a blocker ("hồ sơ đến hạn").
        text: 'Phòng đã giải quyết trước và đúng hạn 1.320/1.344 hồ sơ đến hạn trong kỳ.',
        records: [{ metric: 'dossier.resolved_on_time', value: 1320 }],
      },
      {
        text: 'Đã giải quyết 15 hồ sơ; 02 hồ sơ đang trong thời gian xử lý; người dân rút 01 hồ sơ.',
        records: [
          { metric: 'dossier.resolved', value: 15 },
          { metric: 'dossier.pending', value: 2 },
          { metric: 'dossier.rejected', value: 1 },
        ],
      },
      {
        text: 'Có 41 hồ sơ chậm trả kết quả so với giấy hẹn; trả qua dịch vụ bưu chính công ích 96 kết quả.',
        records: [
          { metric: 'dossier.resolved_late', value: 41 },
          { metric: 'dossier.returned', value: 96, dimensions: { channel: 'postal' } },
        ],
      },
      {
        // Bodies listed after "gồm" / "như" keep the metric the lead counted them under.
        text: 'Các đơn vị còn hồ sơ trễ hạn gồm: Phòng Tài nguyên và Môi trường 14 hồ sơ, Phòng Quản lý đô thị 3 hồ sơ.',
        records: [
          { metric: 'dossier.resolved_late', value: 14 },
          { metric: 'dossier.resolved_late', value: 3 },
        ],
      },
      {
        text: 'Trong năm, một số sở còn để hồ sơ quá hạn như Sở Xây dựng (26 hồ sơ), Sở Công Thương (4 hồ sơ).',
        records: [
          { metric: 'dossier.resolved_late', value: 26 },
          { metric: 'dossier.resolved_late', value: 4 },
        ],
      },
      {
        // The way dossiers go, right after the unit, is not "resolved".
        text: 'Quý này chưa có hồ sơ giải quyết theo cơ chế một cửa liên thông.',
        records: [{ metric: 'dossier.received', value: 0, dimensions: { mechanism: 'interlinked' } }],
      },
      {
        // "Hệ thống thông tin giải quyết TTHC" is a system's name, not the verb of the figure; alone, what was filed through it is
        // every dossier (the system records those filed at the desk too), no channel.
        text: 'Số hồ sơ tiếp nhận trên Hệ thống thông tin giải quyết TTHC của tỉnh là 1.045 hồ sơ.',
        records: [{ metric: 'dossier.received', value: 1045 }],
      },
      {
        // Through the province's system against the counter: online and direct; the system as the figures' source is no channel.
        text: 'Hồ sơ nộp qua Hệ thống thông tin giải quyết thủ tục hành chính tỉnh: 3.270 hồ sơ; nộp trực tiếp: 905 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 3270, dimensions: { channel: 'online' } },
          { metric: 'dossier.received', value: 905, dimensions: { channel: 'direct' } },
        ],
      },
      {
        // A whole filed through the system and then split into online and counter parts is all of them, no channel.
        text: 'Số hồ sơ nhận qua Hệ thống thông tin giải quyết thủ tục hành chính tỉnh là 5.360 hồ sơ, trong đó nộp trực tuyến 3.910 hồ sơ, nộp tại quầy 1.450 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 5360 },
          { metric: 'dossier.received', value: 3910, dimensions: { channel: 'online' } },
          { metric: 'dossier.received', value: 1450, dimensions: { channel: 'direct' } },
        ],
      },
      {
        text: 'Theo số liệu trên Hệ thống thông tin giải quyết TTHC, Văn phòng đã tiếp nhận 640 hồ sơ.',
        records: [{ metric: 'dossier.received', value: 640 }],
      },
      {
        text: 'Đã giải quyết 410 hồ sơ; tồn chuyển kỳ sau 17 hồ sơ; còn 11 hồ sơ đang giải quyết, chưa quá hạn.',
        records: [
          { metric: 'dossier.resolved', value: 410 },
          { metric: 'dossier.pending', value: 17 },
          { metric: 'dossier.pending_on_time', value: 11 },
        ],
      },
      {
        text: 'Phòng tiếp nhận 96 hồ sơ (gồm 90 hồ sơ mới và 6 hồ sơ kỳ trước chuyển sang).',
        records: [
          { metric: 'dossier.received', value: 96 },
          { metric: 'dossier.new', value: 90 },
          { metric: 'dossier.carried_over', value: 6 },
        ],
      },
      {
        text: 'Số hồ sơ được giải quyết trong hạn là 730 hồ sơ; còn 9 hồ sơ đang giải quyết trong hạn. Không có hồ sơ chậm muộn.',
        records: [
          { metric: 'dossier.resolved_on_time', value: 730 },
          { metric: 'dossier.pending_on_time', value: 9 },
          { metric: 'dossier.resolved_late', value: 0 },
        ],
      },
      {
        // A blocker in a series of verbs after "tiếp nhận" is one more verb, not what the figure counts.
        text: 'Phòng đã tiếp nhận, thẩm định và cấp phép cho 58 hồ sơ.',
        records: [{ metric: 'dossier.received', value: 58 }],
      },
      {
        // A heading on dossiers handled through one channel gives it to figures whose sentence names none.
        heading: 'b) Tiếp nhận, trả kết quả qua dịch vụ bưu chính công ích',
        text: 'Trong năm, Sở tiếp nhận 63 hồ sơ; trả kết quả 210 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 63, dimensions: { channel: 'postal' } },
          { metric: 'dossier.returned', value: 210, dimensions: { channel: 'postal' } },
        ],
      },
      {
        // A body whose figure a bracket splits into the levels below it speaks for the whole area: no tier.
        text: 'Trong 9 tháng, UBND thị xã đã tiếp nhận 7.315 hồ sơ (cấp thị xã 2.106 hồ sơ, cấp xã 5.209 hồ sơ), giải quyết 7.250 hồ sơ; còn 65 hồ sơ đang giải quyết.',
        records: [
          { metric: 'dossier.received', value: 7315 },
          { metric: 'dossier.resolved', value: 7250 },
          { metric: 'dossier.pending', value: 65 },
        ],
      },
      {
        // A section titled by a field gives it to figures whose sentence names none (a reform area is no field).
        heading: 'c) Lĩnh vực hộ tịch',
        text: 'Trong 6 tháng, tiếp nhận 318 hồ sơ, đã giải quyết 305 hồ sơ, đang giải quyết 13 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 318, dimensions: { field: 'hộ tịch' } },
          { metric: 'dossier.resolved', value: 305, dimensions: { field: 'hộ tịch' } },
          { metric: 'dossier.pending', value: 13, dimensions: { field: 'hộ tịch' } },
        ],
      },
      {
        heading: '2. Lĩnh vực cải cách thủ tục hành chính',
        text: 'Trong năm, Bộ phận Một cửa tiếp nhận 2.046 hồ sơ.',
        records: [{ metric: 'dossier.received', value: 2046 }],
      },
      {
        text: 'Tháng này nhận mới 1.210 hồ sơ, tồn quý trước 86 hồ sơ.',
        records: [
          { metric: 'dossier.new', value: 1210 },
          { metric: 'dossier.carried_over', value: 86 },
        ],
      },
      {
        // A field set before the clause as its topic.
        text: 'Riêng lĩnh vực đăng ký đất đai, Chi nhánh đã tiếp nhận 2.640 hồ sơ.',
        records: [{ metric: 'dossier.received', value: 2640, dimensions: { field: 'đăng ký đất đai' } }],
      },
      {
        // The backlog the period opened with ("tồn đầu kỳ") is carried over, the one it closed with pending.
        text: 'Về kết quả giải quyết TTHC của phường: Tổng số hồ sơ: 1.318; tồn đầu kỳ: 25; đã giải quyết: 1.301; tồn cuối kỳ: 17.',
        records: [
          { metric: 'dossier.carried_over', value: 25 },
          { metric: 'dossier.resolved', value: 1301 },
          { metric: 'dossier.pending', value: 17 },
        ],
      },
      {
        // A lĩnh vực at the paragraph's head, before its colon, is the topic of every figure after it.
        text: 'Kết quả giải quyết TTHC lĩnh vực xây dựng: tiếp nhận 120 hồ sơ; đã giải quyết 112 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 120, dimensions: { field: 'xây dựng' } },
          { metric: 'dossier.resolved', value: 112, dimensions: { field: 'xây dựng' } },
        ],
      },
      {
        // … and of the items its lead-in introduces.
        before: 'Kết quả tiếp nhận hồ sơ lĩnh vực tài nguyên nước: đã giải quyết 48 hồ sơ, trong đó:',
        text: '- Giải quyết trước hạn: 30 hồ sơ;',
        records: [{ metric: 'dossier.resolved_early', value: 30, dimensions: { field: 'tài nguyên nước' } }],
      },
      {
        // The colon ends the name, so a comma may sit inside it.
        text: 'Đối với lĩnh vực phát thanh, truyền hình và thông tin điện tử: chưa phát sinh hồ sơ trong quý.',
        records: [{ metric: 'dossier.received', value: 0, dimensions: { field: 'phát thanh, truyền hình và thông tin điện tử' } }],
      },
      {
        text: '- Hồ sơ chưa giải quyết, quá hạn: 6 hồ sơ; có 4 hồ sơ được giải quyết trễ hạn do chờ kết quả xác minh.',
        records: [
          { metric: 'dossier.pending_overdue', value: 6 },
          { metric: 'dossier.resolved_late', value: 4 },
        ],
      },
      {
        // A list after its colon goes on past its ";": every part is of the dossiers its lead counts (late ones here).
        // (Its last part may leave out the unit.)
        text: 'Những lĩnh vực có số hồ sơ quá hạn nhiều gồm: Đất đai 31 hồ sơ; Tài nguyên nước 6 hồ sơ; Khoáng sản 2.',
        records: [
          { metric: 'dossier.resolved_late', value: 31, dimensions: { field: 'Đất đai' } },
          { metric: 'dossier.resolved_late', value: 6, dimensions: { field: 'Tài nguyên nước' } },
          { metric: 'dossier.resolved_late', value: 2, dimensions: { field: 'Khoáng sản' } },
        ],
      },
      {
        // Departments named by their field's words ("Sở Tư pháp" as "Tư pháp") are bodies, no fields.
        text: 'Các sở có nhiều hồ sơ quá hạn gồm: Tư pháp 14 hồ sơ; Tài chính 5 hồ sơ.',
        records: [
          { metric: 'dossier.resolved_late', value: 14 },
          { metric: 'dossier.resolved_late', value: 5 },
        ],
      },
      {
        // The same list written as items under its lead.
        before: 'Những lĩnh vực có số hồ sơ quá hạn nhiều gồm:',
        text: '- Xây dựng 12 hồ sơ;',
        records: [{ metric: 'dossier.resolved_late', value: 12, dimensions: { field: 'Xây dựng' } }],
      },
    ],
    invalid: [
      // A table's columns of figures are the table readers', not prose, whatever its cells say.
      { text: '| Lĩnh vực | Tiếp nhận | Ghi chú |\n| --- | --- | --- |\n| Đất đai | 412 | Hồ sơ tiếp nhận chủ yếu qua Bộ phận Một cửa của huyện, phần còn lại qua bưu chính |' },
      // A sentence fronted by the same period of the year before ("Cùng kỳ năm trước, …") states that period's figures.
      { text: 'Cùng kỳ năm 2024, Phòng Tư pháp đã giải quyết 812 hồ sơ, trong đó trễ hạn 9 hồ sơ.' },
      { text: '- Quý trước: tiếp nhận 1.115 hồ sơ, đã giải quyết 1.090 hồ sơ.' },
      // Fields counted by what they did not have are no zero of the body's dossiers.
      { text: 'Trong quý, có 03/14 lĩnh vực chưa phát sinh hồ sơ.' },
      // Records synchronised between systems are no intake.
      { text: 'Đến nay, đã có 1,2 triệu hồ sơ đồng bộ trạng thái lên Cổng Dịch vụ công quốc gia.' },
      // What a check of filed dossiers found is no intake.
      { text: 'Qua kiểm tra 40 hồ sơ lưu tại Bộ phận một cửa, đoàn phát hiện 6 hồ sơ chưa ghi đầy đủ sổ theo dõi.' },
      // Dossiers sent back to be completed or corrected ("phải bổ sung, sửa đổi") are no intake.
      { text: 'Trong tháng, số hồ sơ phải bổ sung, sửa đổi là 1.086 hồ sơ.' },
      // The digitisation of results ("số hóa kết quả giải quyết") names no dossiers resolved.
      { text: 'Trung tâm đẩy mạnh số hóa kết quả giải quyết TTHC: trong tháng có 1.320/1.400 hồ sơ được số hóa, đạt 94,3%.' },
      // The figure in a bracket after another period compared with ("cao hơn tháng trước (…)") is that period's.
      { text: 'Số hồ sơ đã giải quyết cao hơn tháng trước (2.310 hồ sơ).' },
      // Bare counts of the late dossiers apologised for, by body: no intake.
      { text: 'Đối với hồ sơ quá hạn, các cơ quan đã gửi thư xin lỗi tổ chức, công dân (Sở Y tế 6 hồ sơ, Sở Công Thương 2 hồ sơ).' },
      // Dossiers whose fees were paid online: a payment, not dossiers received online.
      { text: 'Trong quý có 1.870 hồ sơ thực hiện thanh toán trực tuyến phí, lệ phí qua Cổng Dịch vụ công quốc gia.' },
      // Dossiers whose status was updated on the system are no count of the contract's.
      { text: 'Số hồ sơ được các phòng cập nhật trạng thái đúng thời gian là 1.905 hồ sơ.' },
      { text: 'Trong kỳ không có hồ sơ phải xin lỗi tổ chức, công dân.' },
      { text: 'Số hồ sơ phải thực hiện lại do lỗi của cơ quan giải quyết là 0 hồ sơ.' },
      // A volume per year; dossiers forwarded to the competent body.
      { text: 'Có 12 TTHC phát sinh trên 500 hồ sơ/năm.' },
      { text: 'Bộ phận Một cửa đã chuyển 214 hồ sơ sang cơ quan có thẩm quyền giải quyết.' },
      { text: 'Trung tâm tiếp nhận hồ sơ của 12 bộ, ngành Trung ương.' },
      { text: 'Số hồ sơ được cấp bản sao điện tử: 4.210 hồ sơ; hồ sơ được tái sử dụng dữ liệu: 1.020 hồ sơ.' },
      { text: 'Số hồ sơ trực tuyến tăng mạnh so với cùng kỳ năm trước (870 hồ sơ).' },
      { text: 'Trong quý không có hồ sơ nào phải gia hạn, xin lỗi.' },
      { text: 'Đối với 12 hồ sơ quá hạn, Phòng đã gửi thư xin lỗi công dân.' },
      // The dossiers an apology was sent for, after a late count stated before: a restatement.
      { before: 'Trong năm, huyện có 15 hồ sơ giải quyết quá hạn.', text: 'UBND huyện đã gửi 15 thư xin lỗi đối với 15 hồ sơ quá hạn.' },
      { text: 'Trong năm có 27 hồ sơ trễ hạn được gửi thư xin lỗi tổ chức, công dân.' },
      { text: 'Trong kỳ không có hồ sơ phải gia hạn thời gian giải quyết.' },
      { text: 'Đơn vị đã rà soát, số hóa 2.150 hồ sơ.' },
      // Files that are no procedure dossiers, and their parts.
      { text: 'Hội đồng nhận 120 hồ sơ đăng ký dự tuyển, trong đó 112 hồ sơ hợp lệ; thẩm định 30 hồ sơ nâng lương trước thời hạn.' },
      // People counted in "lượt", and a zero phrase that is the predicate of counted procedures.
      { text: 'Đã tập huấn kỹ năng tiếp nhận hồ sơ trực tuyến cho 320 lượt công chức.' },
      { text: 'Trong kỳ, 86 thủ tục hành chính không phát sinh hồ sơ.' },
      // (… nor when they are qualified by the level they are offered at.)
      { text: 'Đến nay vẫn còn 57 TTHC trực tuyến toàn trình không phát sinh hồ sơ nào.' },
      // Bodies counted by the dossiers they did not have: no zero of a whole.
      { text: 'Trong quý, 9/11 phòng, ban chuyên môn và 100% xã, thị trấn đều không có hồ sơ quá hạn.' },
      // Dossiers passed on to the competent body are neither received nor resolved here.
      { text: 'Bộ phận đã chuyển cơ quan có thẩm quyền 4 hồ sơ.' },
      // The number in a ward's name is no figure.
      { text: 'Số hồ sơ giải quyết đúng hạn cao nhất thuộc về Phường 3 và Phường 7.' },
      // Information passed on between the bodies of an interlinked procedure is not a count of dossiers handled.
      { text: 'Chi nhánh đã chuyển thông tin địa chính sang cơ quan thuế đối với 412 hồ sơ.' },
      { text: 'Số hồ sơ phải bổ sung, hoàn thiện trong tháng là 14 hồ sơ.' },
      { text: 'Chậm nhất ngày 20 hằng tháng, các phòng gửi số liệu hồ sơ về Văn phòng.' },
      { text: 'Số hồ sơ đến hạn giải quyết trong tháng là 530 hồ sơ.' },
      { text: 'Bộ phận tiếp nhận hồ sơ của Sở có 04 công chức làm việc thường xuyên.' },
      { text: 'Đã công bố 1.108 thủ tục hành chính tiếp nhận hồ sơ qua dịch vụ bưu chính công ích.' },
      { text: 'Tỷ lệ hồ sơ giải quyết đúng hạn đạt 97,5%.' },
      { heading: '3. Cải cách thủ tục hành chính', text: 'Trong quý, đã tiếp nhận 4 kiến nghị của doanh nghiệp, giải quyết 4.' },
      { text: 'Trong năm đã số hóa 3.200 hồ sơ, kết quả giải quyết thủ tục hành chính.' },
      { text: 'Bình quân mỗi ngày làm việc, Trung tâm tiếp nhận khoảng 250 hồ sơ.' },
      // A volume per year (a forecast for a new office) is no count of the period either.
      { text: 'Dự kiến mỗi năm Bộ phận Một cửa huyện tiếp nhận khoảng 18.000 hồ sơ.' },
      // A blocker after "yêu cầu" or after the agent of a passive is still the dossiers' own predicate.
      { text: 'Trong tháng có 26 hồ sơ phải yêu cầu bổ sung, hoàn thiện.' },
      { text: 'Tòa án nhân dân huyện đã thụ lý 215 hồ sơ vụ án.' },
      // Look-ups of dossiers are no dossiers.
      { text: 'Trong quý có 15.204 lượt tra cứu hồ sơ qua mã QR.' },
      // Suspended, not resolved nor rejected.
      { text: 'Sở tạm dừng xử lý 3 hồ sơ do chờ ý kiến của bộ, ngành.' },
      // The count behind a share of something not counted.
      { text: 'Tỷ lệ hồ sơ thanh toán phí, lệ phí trực tuyến đạt 35,2% (4.100 hồ sơ).' },
      { text: 'Trong quý có 58 hồ sơ được tổ chức, cá nhân đề nghị gia hạn thời gian giải quyết.' },
      { text: 'Trong 9 tháng, có 7.640 hồ sơ được người dân thanh toán trực tuyến phí, lệ phí.' },
    ],
  },
  match(ctx) {
    for (const r of readDossiers(ctx)) {
      if (ruleOf(r) !== 'dossier-count') continue;
      const n = r.mention;
      ctx.emit({ metric: r.metric, value: n.value, range: [n.start, n.end], dimensions: r.dims, qualifier: n.qualifier, confidence: r.confidence });
    }
  },
});
