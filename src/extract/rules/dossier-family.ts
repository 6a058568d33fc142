import { defineRule } from '../rule.ts';
import { readDossiers, ruleOf } from '../dossier/reading.ts';

/**
 * The parts of a stated whole: "đã tiếp nhận 820 hồ sơ, gồm 700 hồ sơ trực tuyến và 120 hồ sơ trực
 * tiếp" (parts with no verb of their own take the whole's metric and its channel/field), "còn
 * 40 hồ sơ đang giải quyết, trong đó 35 hồ sơ chưa đến hạn, 5 hồ sơ quá hạn" (a timeliness part
 * of a pending whole is pending on time / overdue).
 */
export default defineRule({
  id: 'dossier-family',
  description: 'Figures after "trong đó" / "gồm" that take their metric (or its pending state) from the whole before them.',
  examples: {
    valid: [
      {
        // Two fields each written with "lĩnh vực", then a superlative, then "lần lượt": the k-th field's figure.
        text: 'Phòng Quản lý đô thị đã giải quyết 260 hồ sơ. Trong đó, lĩnh vực xây dựng và lĩnh vực quy hoạch có số hồ sơ lớn nhất, lần lượt là 140 hồ sơ và 62 hồ sơ.',
        records: [
          { metric: 'dossier.resolved', value: 140, dimensions: { field: 'xây dựng' } },
          { metric: 'dossier.resolved', value: 62, dimensions: { field: 'quy hoạch' } },
        ],
      },
      {
        // Items of a "trong đó" set apart by ";", each opening on a field with no verb of its own: parts of the same whole.
        text: 'Trung tâm đã giải quyết 512 hồ sơ, trong đó lĩnh vực tư pháp 301 hồ sơ; lĩnh vực lao động 88 hồ sơ; các lĩnh vực khác 123 hồ sơ.',
        records: [
          { metric: 'dossier.resolved', value: 301, dimensions: { field: 'tư pháp' } },
          { metric: 'dossier.resolved', value: 88, dimensions: { field: 'lao động' } },
          { metric: 'dossier.resolved', value: 123 },
        ],
      },
      {
        // A total opening its clause after the parts of two levels is of both: no level.
        text: 'Cấp huyện tiếp nhận 4.210 hồ sơ, cấp xã 20.115 hồ sơ, tổng số 24.325 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 20115, dimensions: { tier: 'commune' } },
          { metric: 'dossier.received', value: 24325 },
        ],
      },
      {
        // A level named by its two kinds of bodies: no commune called by a number after the comma.
        text: 'Số hồ sơ giải quyết quá hạn: cấp huyện 12 hồ sơ, cấp phường, xã 04 hồ sơ.',
        records: [{ metric: 'dossier.resolved_late', value: 4, dimensions: { tier: 'commune' } }],
      },
      {
        // A body named after "ở / tại" right before the bracket of its figure: its subject, no level carried from the sentence's.
        text: 'Các sở, ban, ngành có 94 hồ sơ quá hạn, nhiều nhất tại Sở Xây dựng (51 hồ sơ).',
        records: [{ metric: 'dossier.resolved_late', value: 51 }],
      },
      {
        // Bodies named in the part's own window before the list's colon: the first member is a named body as the rest are
        // (its subject), with no level of the whole.
        text: 'Cấp xã nhận 3.100 hồ sơ, trong đó các phường: Long Thạnh 1.640 hồ sơ, Bình Khánh 1.460 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 1640 },
          { metric: 'dossier.received', value: 1460 },
        ],
      },
      {
        // (A bare "nhận" is the whole's verb; its parts, each in the bracket after its field, are the family's.)
        text: 'Xã nhận 2.450 hồ sơ, nhiều nhất là lĩnh vực hộ tịch (1.320 hồ sơ) và chứng thực (880 hồ sơ).',
        records: [
          { metric: 'dossier.received', value: 1320, dimensions: { field: 'hộ tịch' } },
          { metric: 'dossier.received', value: 880, dimensions: { field: 'chứng thực' } },
        ],
      },
      {
        // A bare "tồn" beside the new part of an intake bracket is what the period before carried in.
        text: 'Tiếp nhận: 860 HS (tồn: 31 HS; mới: 829 HS); đã giải quyết: 842 HS.',
        records: [{ metric: 'dossier.carried_over', value: 31 }],
      },
      {
        // Items labelled by a body's name after "Trong đó," go on past ";" with the whole's metric.
        text: 'Số hồ sơ quá hạn của các sở, ngành là 28 hồ sơ. Trong đó, Sở Y tế: 15 hồ sơ; Sở Giao thông vận tải: 8 hồ sơ; Sở Tư pháp: 5 hồ sơ.',
        records: [
          { metric: 'dossier.resolved_late', value: 15 },
          { metric: 'dossier.resolved_late', value: 8 },
          { metric: 'dossier.resolved_late', value: 5 },
        ],
      },
      {
        // A sentence of parts after "Trong đó" whose last figure before is smaller than the part: the dossiers received are the whole.
        text: 'Sở nhận 2.310 hồ sơ, đã giải quyết 2.296 hồ sơ; còn 14 hồ sơ đang xử lý. Trong đó hồ sơ lĩnh vực Điện lực 1.208 hồ sơ.',
        records: [{ metric: 'dossier.received', value: 1208, dimensions: { field: 'Điện lực' } }],
      },
      {
        // The body ranked first among a figure before it has a part of that figure.
        text: 'Trong quý, có 5 phòng chuyên môn để xảy ra hồ sơ trễ hạn với tổng số 64 hồ sơ, nhiều nhất là Phòng Tài nguyên và Môi trường với 41 hồ sơ.',
        records: [{ metric: 'dossier.resolved_late', value: 41 }],
      },
      {
        // A named district listed beside departments and one named commune is a body (subject), not the district tier.
        text: 'Các đơn vị còn để xảy ra hồ sơ quá hạn: Sở Y tế 9 hồ sơ, UBND huyện Tam Đường 6 hồ sơ; UBND xã Bản Bo có 01 hồ sơ trả chậm.',
        records: [{ metric: 'dossier.resolved_late', value: 6 }],
      },
      {
        // A level set against the figure before names its own dossiers: the field inside the other level's phrase is not theirs.
        text: 'Trong kỳ có 06 hồ sơ cấp huyện lĩnh vực xây dựng quá hạn, cấp xã 03 hồ sơ.',
        records: [{ metric: 'dossier.resolved_late', value: 3, dimensions: { tier: 'commune' } }],
      },
      {
        // (The same after the field's name and a comma: the level opens another clause, it is no part of the name.)
        text: 'Hồ sơ quá hạn: cấp huyện 07 hồ sơ lĩnh vực đất đai, cấp xã 02 hồ sơ.',
        records: [{ metric: 'dossier.resolved_late', value: 2, dimensions: { tier: 'commune' } }],
      },
      {
        // A whole set at the sentence's opening ("Trong số N hồ sơ …,"): the counts after it are its parts, with their field.
        text: 'Trong số 3.140 hồ sơ đã trả kết quả, lĩnh vực xây dựng chiếm 22% (691 hồ sơ).',
        records: [{ metric: 'dossier.returned', value: 691, dimensions: { field: 'xây dựng' } }],
      },
      {
        // A bare "trong hạn" right after the resolved, beside their late part, is their on-time part.
        text: 'Đã xử lý xong 2.650 hồ sơ, trong hạn 2.641 hồ sơ, trễ hạn 9 hồ sơ.',
        records: [{ metric: 'dossier.resolved_on_time', value: 2641 }],
      },
      {
        // The whole's own words may stand between it and the bracket of its parts.
        text: 'Còn 40 hồ sơ chưa giải quyết (38 hồ sơ trong hạn, 2 hồ sơ quá hạn).',
        records: [{ metric: 'dossier.pending_overdue', value: 2 }],
      },
      {
        // "quận, huyện" is one level, not a clause of its own.
        text: 'Cấp thành phố tiếp nhận 98.400 hồ sơ, cấp quận, huyện 150.210 hồ sơ và cấp phường, xã 240.600 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 150210, dimensions: { tier: 'district' } },
          { metric: 'dossier.received', value: 240600, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // "với N hồ sơ" after a rate: the count the rate stands for.
        text: 'Hồ sơ giải quyết đúng hạn chiếm tỷ lệ 97,6% với 1.220 hồ sơ.',
        records: [{ metric: 'dossier.resolved_on_time', value: 1220 }],
      },
      {
        // Parts counted in "lượt" once the sentence has said "lượt hồ sơ".
        text: 'Trong tháng tiếp nhận 412 lượt hồ sơ, trong đó: lĩnh vực Hộ tịch 150 lượt, lĩnh vực Chứng thực 262 lượt.',
        records: [
          { metric: 'dossier.received', value: 150, dimensions: { field: 'Hộ tịch' } },
          { metric: 'dossier.received', value: 262, dimensions: { field: 'Chứng thực' } },
        ],
      },
      {
        // A field named at the part beats the subject opening the sentence.
        text: 'Lĩnh vực nông nghiệp tiếp nhận 610 hồ sơ, trong đó thủy lợi 230 hồ sơ.',
        records: [{ metric: 'dossier.received', value: 230, dimensions: { field: 'thủy lợi' } }],
      },
      {
        // Each count restated in a bracket takes the level named last before it.
        text: 'Số hồ sơ nộp trực tuyến toàn trình chiếm 41,2% (2.310 hồ sơ), trực tuyến một phần chiếm 19,5% (1.094 hồ sơ).',
        records: [
          { metric: 'dossier.received', value: 2310, dimensions: { channel: 'online', level: 'full' } },
          { metric: 'dossier.received', value: 1094, dimensions: { channel: 'online', level: 'partial' } },
        ],
      },
      {
        // "tương ứng" before one figure after a rate: the count the rate corresponds to.
        text: 'Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,1%, tương ứng 1.204 hồ sơ.',
        records: [{ metric: 'dossier.resolved_on_time', value: 1204 }],
      },
      {
        // The count behind a share of one channel's dossiers takes its channel and level.
        text: 'Trong tháng, tỷ lệ hồ sơ trực tuyến toàn trình đạt 41,2% (3.904 hồ sơ).',
        records: [{ metric: 'dossier.received', value: 3904, dimensions: { channel: 'online', level: 'full' } }],
      },
      {
        // The count behind the share stated before it: the one figure bracketed after the whole named is that whole.
        text: 'Năm 2024, hồ sơ nộp trực tuyến là 5.120 hồ sơ, chiếm 71,4% tổng số hồ sơ tiếp nhận (7.171 hồ sơ).',
        records: [{ metric: 'dossier.received', value: 7171 }],
      },
      {
        // The whole the share is of may stand between the share and its bracket.
        text: 'Hồ sơ nộp trực tuyến chiếm 58,3% tổng số hồ sơ tiếp nhận (2.716/4.659 hồ sơ).',
        records: [{ metric: 'dossier.received', value: 2716, dimensions: { channel: 'online' } }],
      },
      {
        // A long timeliness between the rate and the bracket of its count.
        text: 'Kết quả có 99,7% hồ sơ được giải quyết trước và đúng hạn (3.120/3.129 hồ sơ).',
        records: [{ metric: 'dossier.resolved_on_time', value: 3120 }],
      },
      {
        // A title before the colon ("Kết quả giải quyết TTHC …:") names the topic: the bracket splits the total received.
        text: 'Kết quả giải quyết TTHC của xã: tổng số hồ sơ 2.410 (trực tuyến 1.530, trực tiếp 880); đã giải quyết 2.398.',
        records: [
          { metric: 'dossier.received', value: 1530, dimensions: { channel: 'online' } },
          { metric: 'dossier.received', value: 880, dimensions: { channel: 'direct' } },
        ],
      },
      {
        // The last item drops its verb and noun: one more of the list's received dossiers.
        text: 'Trong đó, hồ sơ nộp trực tuyến 2.140, nộp trực tiếp 960, qua dịch vụ bưu chính 35.',
        records: [{ metric: 'dossier.received', value: 35, dimensions: { channel: 'postal' } }],
      },
      {
        // An elliptic clause opening with "của …" continues the metric across a ";".
        text: 'Hồ sơ giải quyết trễ hạn của cấp huyện là 12/3.400 hồ sơ; của cấp xã là 31/9.870 hồ sơ.',
        records: [{ metric: 'dossier.resolved_late', value: 31, dimensions: { tier: 'commune' } }],
      },
      {
        // A ";" inside a breakdown of pending dossiers does not end it.
        text: 'Số hồ sơ đang xử lý là 27, trong đó chưa đến hạn: 25; quá hạn: 2.',
        records: [{ metric: 'dossier.pending_overdue', value: 2 }],
      },
      {
        text: 'Xã đã tiếp nhận 820 hồ sơ, gồm 700 hồ sơ trực tuyến và 120 hồ sơ trực tiếp.',
        records: [
          { metric: 'dossier.received', value: 700, dimensions: { channel: 'online' } },
          { metric: 'dossier.received', value: 120, dimensions: { channel: 'direct' } },
        ],
      },
      {
        text: 'Hiện còn 40 hồ sơ đang giải quyết, trong đó 35 hồ sơ chưa đến hạn và 5 hồ sơ quá hạn.',
        records: [{ metric: 'dossier.pending_overdue', value: 5 }],
      },
      {
        text: 'Đã giải quyết 310 hồ sơ lĩnh vực đất đai, trong đó 12 hồ sơ qua dịch vụ bưu chính.',
        records: [{ metric: 'dossier.resolved', value: 12, dimensions: { field: 'đất đai', channel: 'postal' } }],
      },
      {
        text: 'Sở nhận 80 hồ sơ, trong đó lĩnh vực phát thanh, truyền hình 9 hồ sơ, lĩnh vực bưu chính 6 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 9, dimensions: { field: 'phát thanh, truyền hình' } },
          { metric: 'dossier.received', value: 6, dimensions: { field: 'bưu chính' } },
        ],
      },
      {
        // A part labelled only by its channel, after a sibling labelled by its channel and its kind, is one more of that kind
        // (new dossiers by channel are received through it: CONTRACT, dossier.new carries no channel).
        text: 'Tổng số hồ sơ tiếp nhận là 960 hồ sơ, trong đó: hồ sơ mới tiếp nhận trực tuyến 700 hồ sơ, trực tiếp 240 hồ sơ, kỳ trước chuyển sang 20 hồ sơ.',
        records: [{ metric: 'dossier.received', value: 240, dimensions: { channel: 'direct' } }],
      },
      {
        // Parts in a bracket before their whole: "(trực tuyến …, trực tiếp …): N".
        text: 'Tổng số hồ sơ đã giải quyết (trực tuyến 1.016, trực tiếp 203): 1.219 hồ sơ.',
        records: [
          { metric: 'dossier.resolved', value: 1016, dimensions: { channel: 'online' } },
          { metric: 'dossier.resolved', value: 203, dimensions: { channel: 'direct' } },
        ],
      },
      {
        // "lỗi của cơ quan giải quyết" names the body at fault, not a verb done: the part keeps its whole's metric.
        text: 'Có 14 hồ sơ trễ hạn, trong đó do lỗi của cơ quan giải quyết 9 hồ sơ.',
        records: [{ metric: 'dossier.resolved_late', value: 9 }],
      },
      {
        // The count in a bracket after a rate and its timeliness is that timeliness's count.
        text: 'Kết quả giải quyết: 100% hồ sơ đúng hạn (860/860 hồ sơ).',
        records: [{ metric: 'dossier.resolved_on_time', value: 860 }],
      },
    ],
    invalid: [
      { text: 'Đã tiếp nhận 820 hồ sơ, trong đó 15 thủ tục hành chính có phát sinh hồ sơ.' },
      // The count in the rate's bracket restates the one before the rate (dossier-count reads it).
      { text: 'Số hồ sơ giải quyết đúng hạn là 1.420 hồ sơ, đạt tỷ lệ 99,5% (1.420/1.427 hồ sơ).' },
      { text: 'Trong đó, tỷ lệ hồ sơ trực tuyến đạt 35%.' },
    ],
  },
  match(ctx) {
    for (const r of readDossiers(ctx)) {
      if (ruleOf(r) !== 'dossier-family') continue;
      const n = r.mention;
      ctx.emit({ metric: r.metric, value: n.value, range: [n.start, n.end], dimensions: r.dims, qualifier: n.qualifier, confidence: r.confidence });
    }
  },
});
