import { defineRule } from '../rule.ts';
import { readRates } from '../dossier/rates.ts';

/**
 * The share of dossiers resolved on time or late: "tỷ lệ giải quyết đúng hạn đạt 98,5%", "100%
 * được giải quyết đúng hạn", "(đạt 99,15%)" after an on-time figure, "quá hạn … chiếm 1,19%".
 */
export default defineRule({
  id: 'dossier-rate',
  description: 'A percent tied to "đúng hạn" / "trước và đúng hạn" (on-time rate) or "quá hạn" / "trễ hạn" / "chậm" (late rate).',
  examples: {
    valid: [
      {
        // A change in a closed bracket after the rate before is an aside: the list of levels goes on past it.
        text: 'Tỷ lệ hồ sơ giải quyết đúng hạn ở cấp tỉnh là 98,4% (tăng 0,6% so với năm trước), ở cấp huyện là 96,9%.',
        records: [
          { metric: 'dossier.on_time_rate', value: 98.4, dimensions: { tier: 'province' } },
          { metric: 'dossier.on_time_rate', value: 96.9, dimensions: { tier: 'district' } },
        ],
      },
      {
        // A sentence labelled as the plan states a target: planned.
        text: 'Kế hoạch năm 2026: 100% hồ sơ được tiếp nhận đúng quy trình; tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 99% trở lên.',
        records: [{ metric: 'dossier.on_time_rate', value: 99, dimensions: { status: 'planned' } }],
      },
      {
        // Its first figure too: the plan labelling the sentence is no other act the share is of.
        text: 'Kế hoạch quý III: tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,5%.',
        records: [{ metric: 'dossier.on_time_rate', value: 99.5, dimensions: { status: 'planned' } }],
      },
      {
        // The district's own committee set against its communes' rate (no "hồ sơ" in the communes' clause): two levels.
        text: 'UBND huyện giải quyết 100% hồ sơ đúng hạn; các xã, thị trấn giải quyết đúng hạn đạt 99,9%.',
        records: [
          { metric: 'dossier.on_time_rate', value: 100, dimensions: { tier: 'district' } },
          { metric: 'dossier.on_time_rate', value: 99.9, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // The rate of the dossiers filed online, named in its label; the same period a year before, with the rate's label
        // between it and the figure, is no rate of this one.
        text: 'Đã giải quyết 412 hồ sơ, đúng hạn 405 hồ sơ; tỷ lệ hồ sơ trực tuyến được giải quyết đúng hạn đạt 100%. Tỷ lệ đúng hạn chung đạt 98,3%; so với cùng kỳ năm trước, tỷ lệ đúng hạn là 96,4%.',
        records: [
          { metric: 'dossier.on_time_rate', value: 100, dimensions: { channel: 'online' } },
          { metric: 'dossier.on_time_rate', value: 98.3 },
        ],
      },
      {
        // After the on-time rate, a part named by its channel: that channel's on-time rate; its share of the dossiers
        // ("chiếm …") no core metric.
        text: 'Đã giải quyết 850 hồ sơ, đúng hạn 846 hồ sơ, đạt 99,5%; trong đó hồ sơ trực tuyến đạt 99,8%. Đã giải quyết 300 hồ sơ, đúng hạn 297 hồ sơ, đạt 99%; trong đó hồ sơ trực tuyến chiếm 64%.',
        records: [
          { metric: 'dossier.on_time_rate', value: 99.5 },
          { metric: 'dossier.on_time_rate', value: 99.8, dimensions: { channel: 'online' } },
          { metric: 'dossier.on_time_rate', value: 99 },
        ],
      },
      {
        // The period before's rate in a clause of its own ("…, tháng trước là 97,9%") is none.
        text: 'Tỷ lệ giải quyết đúng hạn tháng này đạt 98,4%, tháng trước là 97,9%.',
        records: [{ metric: 'dossier.on_time_rate', value: 98.4 }],
      },
      {
        // The period the rate is of may close its clause ("… đúng hạn trong quý", "… trễ hạn trong năm 2025").
        text: 'Có 99,4% hồ sơ được giải quyết đúng hạn trong quý; 0,6% hồ sơ trễ hạn trong năm 2025.',
        records: [
          { metric: 'dossier.on_time_rate', value: 99.4 },
          { metric: 'dossier.late_rate', value: 0.6 },
        ],
      },
      {
        // Timeliness members listed before "tương ứng": the k-th rate is the k-th member's (an early share is no core rate).
        text: 'Tỷ lệ hồ sơ trả kết quả đúng hạn, sớm hạn và quá hạn tương ứng đạt 30,2%, 69,5% và 0,3%.',
        records: [
          { metric: 'dossier.on_time_rate', value: 30.2 },
          { metric: 'dossier.late_rate', value: 0.3 },
        ],
      },
      {
        // "100% hồ sơ tại / ở <where> được giải quyết đúng hạn": the place between the share and its verb is no other noun.
        text: 'Trong quý, 100% hồ sơ ở cấp xã được giải quyết đúng và trước hạn.',
        records: [{ metric: 'dossier.on_time_rate', value: 100, dimensions: { tier: 'commune' } }],
      },
      {
        // Rates "tương ứng" after a clause listing levels with their figures: the k-th rate is the k-th level's.
        text: 'Kết quả theo từng cấp: cấp tỉnh tiếp nhận 18.240 hồ sơ, cấp huyện 27.115 hồ sơ, cấp xã 60.380 hồ sơ; tỷ lệ trả kết quả đúng hạn tương ứng là 99,5%, 98,1% và 99,3%.',
        records: [
          { metric: 'dossier.on_time_rate', value: 99.5, dimensions: { tier: 'province' } },
          { metric: 'dossier.on_time_rate', value: 98.1, dimensions: { tier: 'district' } },
          { metric: 'dossier.on_time_rate', value: 99.3, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // A bare "tỷ lệ" after a closed bracket of parts is the share of the whole the bracket hangs from.
        text: 'Hồ sơ quá hạn: 11 hồ sơ (cấp tỉnh 4 hồ sơ, cấp xã 7 hồ sơ), tỷ lệ 0,12%.',
        records: [{ metric: 'dossier.late_rate', value: 0.12 }],
      },
      {
        // Levels listed after one "cấp" ("cấp tỉnh, huyện, xã"): the k-th rate is the k-th level's.
        text: 'Tỷ lệ giải quyết đúng hạn của cấp tỉnh, huyện, xã tương ứng đạt 99,2%, 97,8% và 99,6%.',
        records: [
          { metric: 'dossier.on_time_rate', value: 99.2, dimensions: { tier: 'province' } },
          { metric: 'dossier.on_time_rate', value: 97.8, dimensions: { tier: 'district' } },
          { metric: 'dossier.on_time_rate', value: 99.6, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // A share of procedures opening its own part after a dossier rate is no dossier rate.
        text: 'Năm 2024, tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,1%, 92% TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình.',
        records: [{ metric: 'dossier.on_time_rate', value: 99.1 }],
      },
      {
        // "tỷ lệ đúng hạn chung" after the levels' own rates: the rate of them all, no level.
        text: 'Cấp huyện giải quyết 2.410 hồ sơ, tỷ lệ đúng hạn 98,2%; cấp xã giải quyết 7.906 hồ sơ, tỷ lệ đúng hạn 99,7%; tỷ lệ đúng hạn chung đạt 99,4%.',
        records: [
          { metric: 'dossier.on_time_rate', value: 98.2, dimensions: { tier: 'district' } },
          { metric: 'dossier.on_time_rate', value: 99.7, dimensions: { tier: 'commune' } },
          { metric: 'dossier.on_time_rate', value: 99.4 },
        ],
      },
      {
        // A rate of the field pointed back at.
        text: 'Lĩnh vực đất đai có số hồ sơ trễ hạn cao. Tỷ lệ giải quyết đúng hạn của lĩnh vực này chỉ đạt 96,5%.',
        records: [{ metric: 'dossier.on_time_rate', value: 96.5, dimensions: { field: 'đất đai' } }],
      },
      {
        // Two verbs in a row between the share and its timeliness ("được tiếp nhận, giải quyết đúng hạn").
        text: 'Năm 2024, 100% hồ sơ của lĩnh vực hộ tịch được tiếp nhận, giải quyết đúng hạn.',
        records: [{ metric: 'dossier.on_time_rate', value: 100, dimensions: { field: 'hộ tịch' } }],
      },
      {
        // A "lần lượt" list after the levels' counts, the last level labelling a count in the same clause.
        text: 'Năm 2025, cấp tỉnh tiếp nhận 21.300 hồ sơ; cấp huyện 40.120 hồ sơ; cấp xã 88.400 hồ sơ, tỷ lệ đúng hạn lần lượt là 98,9%, 97,2% và 99,5%.',
        records: [
          { metric: 'dossier.on_time_rate', value: 98.9, dimensions: { tier: 'province' } },
          { metric: 'dossier.on_time_rate', value: 97.2, dimensions: { tier: 'district' } },
          { metric: 'dossier.on_time_rate', value: 99.5, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // An index's score after an on-time rate does not continue it.
        text: 'Năm 2025, hồ sơ đúng hạn 98,2%, chỉ số PAR 88,4%.',
        records: [{ metric: 'dossier.on_time_rate', value: 98.2 }],
      },
      {
        // "tuyệt đối" between the rate's words and its figure.
        text: 'Năm 2025, hồ sơ của Sở đều được giải quyết đúng hạn, đạt tỷ lệ tuyệt đối 100%.',
        records: [{ metric: 'dossier.on_time_rate', value: 100 }],
      },
      {
        // "Tỷ lệ chung" after bodies' on-time rates is the same rate over them all, with no body.
        text: 'Tỷ lệ giải quyết hồ sơ đúng hạn của Sở Xây dựng đạt 95,2%, của Sở Y tế đạt 97,1%. Tỷ lệ chung của tỉnh đạt 98,4%.',
        records: [
          { metric: 'dossier.on_time_rate', value: 95.2 },
          { metric: 'dossier.on_time_rate', value: 97.1 },
          { metric: 'dossier.on_time_rate', value: 98.4 },
        ],
      },
      {
        // A share of a whole named after it ("trong số …"), the whole's own clause between the share and its timeliness.
        text: 'Năm 2025, hơn 98% trong số 41.200 hồ sơ mà các xã tiếp nhận được giải quyết đúng hạn.',
        records: [{ metric: 'dossier.on_time_rate', value: 98, qualifier: 'over', dimensions: { tier: 'commune' } }],
      },
      {
        // A share standing before its words, its bodies named with commas, then the levels' shares after ';'.
        text: 'Năm 2025, 99,2% hồ sơ của các sở, ban, ngành được giải quyết đúng hạn; cấp huyện đạt 98,4%, cấp xã đạt 99,6%.',
        records: [
          { metric: 'dossier.on_time_rate', value: 99.2, dimensions: { tier: 'province' } },
          { metric: 'dossier.on_time_rate', value: 98.4, dimensions: { tier: 'district' } },
          { metric: 'dossier.on_time_rate', value: 99.6, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // A target labelled as such is its figure, planned.
        text: 'Mục tiêu: 100% hồ sơ được giải quyết đúng hạn.',
        records: [{ metric: 'dossier.on_time_rate', value: 100, dimensions: { status: 'planned' } }],
      },
      {
        // The value a rate fell to ("giảm còn"), not the other year's in the bracket; a share of the late ones after the on-time rate is none.
        text: 'Tỷ lệ hồ sơ quá hạn năm 2025 giảm còn 0,6% (năm 2024 là 1,4%). Tỷ lệ đúng hạn chung đạt 99,1%, hồ sơ quá hạn chủ yếu ở cấp huyện (chiếm 64%).',
        records: [
          { metric: 'dossier.late_rate', value: 0.6 },
          { metric: 'dossier.on_time_rate', value: 99.1 },
        ],
      },
      {
        // A bracketed note between the rate's words and its figure; counted wards opening the sentence hold past its ";".
        text: 'Tại 09 phường: tiếp nhận 7.455 hồ sơ, giải quyết 7.401 hồ sơ; tỷ lệ hồ sơ giải quyết đúng hạn (kể cả trước hạn) là 99,6%.',
        records: [{ metric: 'dossier.on_time_rate', value: 99.6, dimensions: { tier: 'commune' } }],
      },
      {
        // "ba cấp" before a list of three: the levels from the top down.
        text: 'Tỷ lệ giải quyết đúng hạn của cả ba cấp tương ứng là 99,4%, 96,9% và 99,7%.',
        records: [
          { metric: 'dossier.on_time_rate', value: 99.4, dimensions: { tier: 'province' } },
          { metric: 'dossier.on_time_rate', value: 96.9, dimensions: { tier: 'district' } },
          { metric: 'dossier.on_time_rate', value: 99.7, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // The value a rate changed to, after a period in a clause of its own.
        text: 'Tỷ lệ hồ sơ chậm hạn quý I là 1,6%; sang quý II đã giảm xuống còn 0,4%.',
        records: [
          { metric: 'dossier.late_rate', value: 1.6 },
          { metric: 'dossier.late_rate', value: 0.4 },
        ],
      },
      {
        // A target set for the whole takes no tier carried from the sentence before it.
        text: 'Cấp xã tiếp nhận 9.412 hồ sơ, đúng hạn 99,3%. Chỉ tiêu được giao năm nay là 97% hồ sơ giải quyết đúng hạn.',
        records: [
          { metric: 'dossier.on_time_rate', value: 99.3, dimensions: { tier: 'commune' } },
          { metric: 'dossier.on_time_rate', value: 97, dimensions: { status: 'planned' } },
        ],
      },
      {
        // The lĩnh vực opening the clause as its subject, or titling the section, is the rate's field.
        text: 'Lĩnh vực thủy sản tiếp nhận 64 hồ sơ, tỷ lệ giải quyết đúng hạn đạt 98,4%.',
        records: [{ metric: 'dossier.on_time_rate', value: 98.4, dimensions: { field: 'thủy sản' } }],
      },
      {
        heading: 'c) Lĩnh vực Lâm nghiệp',
        text: 'Trong quý tiếp nhận 58 hồ sơ, đã giải quyết 58 hồ sơ. Tỷ lệ giải quyết đúng hạn đạt 100%.',
        records: [{ metric: 'dossier.on_time_rate', value: 100, dimensions: { field: 'Lâm nghiệp' } }],
      },
      {
        // A lead ending on "gồm:" states the rate of the bodies listed after it.
        text: 'Các đơn vị có tỷ lệ hồ sơ trễ hạn cao gồm: Sở Công Thương (2,4%), Sở Y tế (1,7%).',
        records: [
          { metric: 'dossier.late_rate', value: 2.4 },
          { metric: 'dossier.late_rate', value: 1.7 },
        ],
      },
      {
        // A labelled rate continues the list past the count restated in the bracket of the rate before it.
        text: 'Tỷ lệ hồ sơ giải quyết đúng hạn ở cấp xã đạt 99,6% (8.410/8.444 hồ sơ), ở cấp huyện đạt 97,9% (3.020/3.085 hồ sơ).',
        records: [
          { metric: 'dossier.on_time_rate', value: 99.6, dimensions: { tier: 'commune' } },
          { metric: 'dossier.on_time_rate', value: 97.9, dimensions: { tier: 'district' } },
        ],
      },
      {
        // A "tương ứng" list whose clause opens after a colon's list takes its own lead, not the colon's.
        text: 'Tỷ lệ hồ sơ đúng hạn: cấp huyện 97,1%, cấp xã 99,3%; tỷ lệ hồ sơ quá hạn tương ứng là 2,9% và 0,7%.',
        records: [
          { metric: 'dossier.on_time_rate', value: 97.1, dimensions: { tier: 'district' } },
          { metric: 'dossier.on_time_rate', value: 99.3, dimensions: { tier: 'commune' } },
          { metric: 'dossier.late_rate', value: 2.9, dimensions: { tier: 'district' } },
          { metric: 'dossier.late_rate', value: 0.7, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // Likewise past a restated whole with its own verb in that bracket.
        text: 'Tỷ lệ hồ sơ trễ hạn ở cấp huyện là 1,8% (57/3.166 hồ sơ đã giải quyết); ở cấp xã là 0,2%.',
        records: [
          { metric: 'dossier.late_rate', value: 1.8, dimensions: { tier: 'district' } },
          { metric: 'dossier.late_rate', value: 0.2, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // Each part of the list labelled by its bodies; between two tiers a rate takes the one before it.
        text: 'Tỷ lệ hồ sơ trễ hạn của các sở, ngành là 0,6%, của UBND các huyện, thị xã là 1,2% và của UBND các xã, phường là 0,4%.',
        records: [
          { metric: 'dossier.late_rate', value: 0.6, dimensions: { tier: 'province' } },
          { metric: 'dossier.late_rate', value: 1.2, dimensions: { tier: 'district' } },
          { metric: 'dossier.late_rate', value: 0.4, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // A share alone in a bracket after a body's name, in a sentence led by its rate.
        text: 'Đơn vị có tỷ lệ hồ sơ quá hạn cao nhất là Sở Xây dựng (2,7%), thấp nhất là Sở Nội vụ (0,2%).',
        records: [
          { metric: 'dossier.late_rate', value: 2.7 },
          { metric: 'dossier.late_rate', value: 0.2 },
        ],
      },
      {
        // Each bracketed share is the rate named last before it, of the body its clause opens on.
        text: 'Sở Y tế có tỷ lệ hồ sơ giải quyết đúng hạn thấp nhất (96,1%), Sở Công Thương có tỷ lệ hồ sơ quá hạn cao nhất (2,2%).',
        records: [
          { metric: 'dossier.on_time_rate', value: 96.1, dimensions: { subject: 'Sở Y tế' } },
          { metric: 'dossier.late_rate', value: 2.2, dimensions: { subject: 'Sở Công Thương' } },
        ],
      },
      {
        // A share with a predicate of its own does not continue the list of rates before it.
        text: 'Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,5%; 100% hồ sơ được xử lý đúng quy trình.',
        records: [{ metric: 'dossier.on_time_rate', value: 99.5 }],
      },
      {
        // A clause led by the rate, then what the report says of it, then the share after a comma.
        text: 'Tỷ lệ hồ sơ trễ hạn của cấp xã vẫn ở mức cao, chiếm 2,7% tổng số hồ sơ đã giải quyết.',
        records: [{ metric: 'dossier.late_rate', value: 2.7, dimensions: { tier: 'commune' } }],
      },
      {
        // Nor does the share of a channel after a comma (no core metric).
        text: 'Năm 2025, tỷ lệ giải quyết hồ sơ đúng hạn đạt 98,9%, hồ sơ nộp qua bưu chính đạt 3,4%.',
        records: [{ metric: 'dossier.on_time_rate', value: 98.9 }],
      },
      {
        // A "tương ứng" list of rates set apart by ";".
        text: 'Tỷ lệ giải quyết đúng hạn của cấp tỉnh, cấp huyện, cấp xã tương ứng là 99,2%; 98,4%; 99,8%.',
        records: [
          { metric: 'dossier.on_time_rate', value: 99.2, dimensions: { tier: 'province' } },
          { metric: 'dossier.on_time_rate', value: 98.4, dimensions: { tier: 'district' } },
          { metric: 'dossier.on_time_rate', value: 99.8, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // A year between the change's words and its end value.
        text: 'Tỷ lệ hồ sơ trễ hạn giảm từ 1,9% năm 2023 xuống còn 0,7% năm 2024.',
        records: [{ metric: 'dossier.late_rate', value: 0.7 }],
      },
      {
        // A share after a clause ending on its timeliness, past a count of the received.
        text: 'Tất cả 412 hồ sơ tiếp nhận đều được giải quyết đúng hạn, đạt tỷ lệ 100%.',
        records: [{ metric: 'dossier.on_time_rate', value: 100 }],
      },
      {
        // A fraction restating the count between the rate and its timeliness.
        text: 'Trong quý, tỷ lệ 100% (45/45 hồ sơ) được giải quyết đúng hạn.',
        records: [{ metric: 'dossier.on_time_rate', value: 100 }],
      },
      {
        // The count restated in a bracket after the timeliness; the next rate has words of its own,
        // not the count closed in the bracket before it.
        text: 'Năm 2024, 98,9% hồ sơ được giải quyết đúng hạn (2.870 hồ sơ), 1,1% hồ sơ giải quyết quá hạn (32/2.902 hồ sơ).',
        records: [
          { metric: 'dossier.on_time_rate', value: 98.9 },
          { metric: 'dossier.late_rate', value: 1.1 },
        ],
      },
      {
        text: 'Sở đã tiếp nhận 76 hồ sơ, 100% được giải quyết đúng hạn.',
        records: [{ metric: 'dossier.on_time_rate', value: 100 }],
      },
      {
        text: 'Tỷ lệ hồ sơ cấp xã giải quyết đúng và trước hạn đạt 98,64%.',
        records: [{ metric: 'dossier.on_time_rate', value: 98.64, dimensions: { tier: 'commune' } }],
      },
      {
        text: 'Số hồ sơ giải quyết đúng hạn là 2.019 hồ sơ (đạt 99,15%), quá hạn 17 hồ sơ (chiếm 0,85%).',
        records: [
          { metric: 'dossier.on_time_rate', value: 99.15 },
          { metric: 'dossier.late_rate', value: 0.85 },
        ],
      },
      {
        text: 'Một số đơn vị có tỷ lệ hồ sơ trễ hạn cao, như: Sở Xây dựng (hơn 8%); Sở Công Thương (gần 4,5%).',
        records: [
          { metric: 'dossier.late_rate', value: 8, qualifier: 'over' },
          { metric: 'dossier.late_rate', value: 4.5, qualifier: 'under' },
        ],
      },
      {
        text: 'Trong năm chỉ có 0,8% hồ sơ bị chậm hạn, thấp hơn nhiều so với năm trước.',
        records: [{ metric: 'dossier.late_rate', value: 0.8 }],
      },
      {
        // A share set off after a clause that ends on a timeliness, with no figure before it.
        text: 'Toàn bộ hồ sơ của công dân đều được giải quyết đúng hạn, đạt tỷ lệ 100%. Hồ sơ xử lý trễ hạn, chiếm 0,7%.',
        records: [
          { metric: 'dossier.on_time_rate', value: 100 },
          { metric: 'dossier.late_rate', value: 0.7 },
        ],
      },
      {
        // The value a change ends at is the rate; a target in brackets does not continue the list.
        text: 'Tỷ lệ hồ sơ trễ hạn đã giảm từ 1,8% xuống còn 0,6%. Tỷ lệ đúng hạn đạt 99,4%, vượt chỉ tiêu (98%).',
        records: [
          { metric: 'dossier.late_rate', value: 0.6 },
          { metric: 'dossier.on_time_rate', value: 99.4 },
        ],
      },
      {
        // Bodies of a listed kind named bare, each with its rate in a bracket: their own rates (subject), not the kind's tier.
        text: 'Các xã có tỷ lệ hồ sơ quá hạn cao là: Tân Lập (3,2%), Đồng Tâm (2,6%).',
        records: [
          { metric: 'dossier.late_rate', value: 3.2 },
          { metric: 'dossier.late_rate', value: 2.6 },
        ],
      },
      {
        // Named districts listed under a "cấp huyện" lead: each one's own figures (subject), no tier.
        text: 'Kết quả của các đơn vị cấp huyện:\n+ Thị xã Phú Mỹ tiếp nhận 3.120 hồ sơ, tỷ lệ đúng hạn 99,1%;\n+ Huyện Đất Đỏ tiếp nhận 1.870 hồ sơ, tỷ lệ đúng hạn 97,6%.',
        records: [
          { metric: 'dossier.on_time_rate', value: 99.1 },
          { metric: 'dossier.on_time_rate', value: 97.6 },
        ],
      },
      {
        // A rate in the bracket after a labelled count takes the count's field.
        text: 'Lĩnh vực hộ tịch: 380 hồ sơ (đúng hạn 100%); lĩnh vực chứng thực: 1.960 hồ sơ (đúng hạn 99,9%).',
        records: [
          { metric: 'dossier.on_time_rate', value: 100, dimensions: { field: 'hộ tịch' } },
          { metric: 'dossier.on_time_rate', value: 99.9, dimensions: { field: 'chứng thực' } },
        ],
      },
      {
        // A rate in a "Lĩnh vực X:" item after the item's own counts: that field's rate.
        text: '+ Lĩnh vực Hộ tịch: nhận 412 hồ sơ, đã trả kết quả 410 hồ sơ, đúng hạn 99,5%.',
        records: [{ metric: 'dossier.on_time_rate', value: 99.5, dimensions: { field: 'Hộ tịch' } }],
      },
      {
        // "so với tổng số …" names the whole of the share, not a comparison.
        text: 'Tỷ lệ hồ sơ giải quyết trễ hạn so với tổng số hồ sơ đã giải quyết là 0,4%.',
        records: [{ metric: 'dossier.late_rate', value: 0.4 }],
      },
      {
        // "chung của huyện": the whole district, not its own office.
        text: 'Cấp xã tiếp nhận 5.210 hồ sơ; tỷ lệ giải quyết đúng hạn chung của huyện đạt 99,5%.',
        records: [{ metric: 'dossier.on_time_rate', value: 99.5 }],
      },
      {
        // The dossiers left after the withdrawn ones: "hồ sơ còn lại" is still the subject of the rate.
        text: 'Có 3 hồ sơ bị trả lại do thiếu giấy tờ; 100% hồ sơ còn lại đều được trả kết quả đúng hạn.',
        records: [{ metric: 'dossier.on_time_rate', value: 100 }],
      },
      {
        // An item's one share after its label alone is the rate its lead-in names (a body's own: no level).
        before: 'Tỷ lệ hồ sơ giải quyết trễ hạn của các huyện trong năm 2025 như sau:',
        text: '- Huyện Krông Năng: 1,8%;',
        records: [{ metric: 'dossier.late_rate', value: 1.8 }],
      },
      {
        // A share in a sentence opening on a rate, with no rate or timeliness of its own, is that rate.
        text: 'Về tỷ lệ hồ sơ trễ hạn, thị xã Buôn Hồ cao nhất với 3,2%, thấp nhất là huyện Lắk (0,1%).',
        records: [
          { metric: 'dossier.late_rate', value: 3.2 },
          { metric: 'dossier.late_rate', value: 0.1 },
        ],
      },
      {
        // A rate asked for ("đề nghị … giảm … xuống dưới") is a target.
        text: 'Giám đốc Sở yêu cầu các phòng giảm tỷ lệ hồ sơ quá hạn xuống còn 0,5%.',
        records: [{ metric: 'dossier.late_rate', value: 0.5, dimensions: { status: 'planned' } }],
      },
      {
        // A ranking's share after a clause naming the rate in its sentence (the threshold before it, none).
        text: 'Có 4 huyện có tỷ lệ giải quyết hồ sơ đúng hạn dưới 95%, thấp nhất là huyện Mường Nhé với 88,6%.',
        records: [{ metric: 'dossier.on_time_rate', value: 88.6 }],
      },
      {
        // "tỷ lệ này" points back to the rate the clause before named; said to hold now, it is no target.
        text: 'Tỉnh phấn đấu 100% hồ sơ được giải quyết đúng hạn; đến nay tỷ lệ này đạt 97,9%.',
        records: [
          { metric: 'dossier.on_time_rate', value: 100, dimensions: { status: 'planned' } },
          { metric: 'dossier.on_time_rate', value: 97.9 },
        ],
      },
      {
        // A body said only to reach a share, in a run of shares, is the rate the run opened on.
        text: 'Tỷ lệ giải quyết hồ sơ đúng hạn của các sở đạt 98,7%; trong khi đó, Sở Nội vụ chỉ đạt 94,1%.',
        records: [
          { metric: 'dossier.on_time_rate', value: 98.7 },
          { metric: 'dossier.on_time_rate', value: 94.1 },
        ],
      },
      {
        // Procedures said to be resolved in time stand for their dossiers ("92% TTHC đủ điều kiện …" stays a share of procedures).
        text: 'Năm 2024, 98,6% TTHC được giải quyết đúng hạn, 1,4% TTHC giải quyết quá hạn.',
        records: [
          { metric: 'dossier.on_time_rate', value: 98.6 },
          { metric: 'dossier.late_rate', value: 1.4 },
        ],
      },
      {
        // Bodies with their rates in brackets, one item each under a lead-in naming the rate: as the same list written inline.
        text: 'Các đơn vị có tỷ lệ hồ sơ giải quyết quá hạn cao gồm:\n- Sở Giao thông vận tải (3,1%);\n- Sở Tài chính (2,4%).',
        records: [
          { metric: 'dossier.late_rate', value: 3.1 },
          { metric: 'dossier.late_rate', value: 2.4 },
        ],
      },
      {
        // A sentence naming only another part, then a share closing it: the rate that closed the sentence before goes on.
        text: 'Tỷ lệ hồ sơ giải quyết trễ hạn của cấp tỉnh là 0,3%. Cấp xã là 1,2%.',
        records: [
          { metric: 'dossier.late_rate', value: 0.3, dimensions: { tier: 'province' } },
          { metric: 'dossier.late_rate', value: 1.2, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // The result stated against a target in the sentence before is that rate, done (the target itself is planned).
        text: 'Chỉ tiêu năm 2025: tỷ lệ hồ sơ giải quyết đúng hạn đạt 97%. Kết quả thực hiện đạt 98,6%.',
        records: [
          { metric: 'dossier.on_time_rate', value: 97, dimensions: { status: 'planned' } },
          { metric: 'dossier.on_time_rate', value: 98.6 },
        ],
      },
      {
        // The same past a count whose thousands dot sits in the sentence before (a dot before a digit ends no sentence).
        text: 'Năm 2024 đã giải quyết 12.456 hồ sơ, tỷ lệ đúng hạn đạt 99,1%. Lĩnh vực Đất đai đạt 97,5%.',
        records: [
          { metric: 'dossier.on_time_rate', value: 99.1 },
          { metric: 'dossier.on_time_rate', value: 97.5, dimensions: { field: 'Đất đai' } },
        ],
      },
    ],
    invalid: [
      // A sentence fronted by the year before states that year's rate.
      { text: 'Cùng kỳ năm trước, tỷ lệ hồ sơ giải quyết đúng hạn của huyện đạt 96,4%.' },
      // A share of a target set ("103% chỉ tiêu", "% kế hoạch") is no rate of the dossiers.
      { text: 'Số hồ sơ giải quyết đúng hạn trong năm đạt 103% chỉ tiêu được giao.' },
      { before: 'Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,9%.', text: 'Tỷ lệ đúng hạn của hồ sơ nộp trực tuyến đạt 115% so với kế hoạch năm.' },
      // The share reached by some bodies counted is no rate of them all.
      { text: 'Năm 2025, toàn tỉnh có 5 sở đạt 100% hồ sơ đúng hạn.' },
      // An index's score after an on-time rate, and a share of survey answers about timeliness, are no dossier rates.
      { text: 'Năm 2025, chỉ số hài lòng đạt 93,1%, chỉ số PAR 88,4%. Tiêu chí “hồ sơ được trả đúng hạn” có 96,2% ý kiến đánh giá hài lòng.' },
      // A body's share of its plan, in the sentence after a rate, is no rate of dossiers.
      { before: 'Tỷ lệ hồ sơ giải quyết đúng hạn năm 2024 đạt 98,2%.', text: 'Sở Công Thương đạt 100% kế hoạch đề ra.' },
      // Items under a lead-in naming no rate: a body's share of the late dossiers, not its late rate.
      { text: 'Hồ sơ trễ hạn tập trung ở các đơn vị sau:\n- Sở Giao thông vận tải (chiếm 41%);\n- Sở Tài chính (chiếm 23%).' },
      // Procedures resolved through the one-stop office, with no timeliness: no rate.
      { text: '100% TTHC được giải quyết theo cơ chế một cửa, một cửa liên thông.' },
      // The rate some bodies reached, counted ("có 4/9 huyện và 88/120 xã có tỷ lệ … đạt 100%"), is no rate of their dossiers.
      { text: 'Năm 2025, có 4/9 huyện và 88/120 xã, thị trấn có tỷ lệ hồ sơ giải quyết đúng hạn đạt 100%.' },
      // A share a check went over ("rà soát 100% hồ sơ quá hạn") is no late rate.
      { text: 'Trong quý, Văn phòng đã kiểm tra 100% hồ sơ trễ hạn.' },
      { text: 'Tỷ lệ giải quyết hồ sơ đạt 96%.' },
      // The overdue share of the dossiers still pending is no share resolved late.
      { text: 'Chi nhánh đang giải quyết 312 hồ sơ, trong đó quá hạn 14 hồ sơ, chiếm 4,5%.' },
      { text: 'Hồ sơ được giải quyết đúng hạn, đạt 100% kế hoạch đề ra.' },
      { text: 'Các văn bản được ban hành đúng hạn, đạt 100%.' },
      { text: 'Bộ phận một cửa đã gửi thư xin lỗi công dân đối với 100% hồ sơ quá hạn.' },
      // Apologies after the late count, in a clause of their own.
      { text: 'Trong quý có 12 hồ sơ trễ hạn; 100% hồ sơ trễ hạn đã được xin lỗi bằng văn bản.' },
      { text: 'Tỷ lệ hồ sơ tiếp nhận trực tuyến chiếm 35,2%.' },
      { text: 'Tỷ lệ hồ sơ giải quyết đúng hạn cao hơn năm trước là 1,5%.' },
      { text: 'Hồ sơ giải quyết trước hạn là 150 hồ sơ (chiếm 60%).' },
      { text: 'Tỷ lệ hoàn thành nhiệm vụ đúng hạn đạt 97,4%.' },
      // Feedback answered on time is no dossier rate.
      { text: 'Năm 2025, tỷ lệ giải quyết PAKN đúng thời hạn đạt 96,8%.' },
      // A share of the late dossiers by cause, not the late share.
      { text: 'Hồ sơ trễ hạn chủ yếu do chờ kết quả xác minh (chiếm 65% số hồ sơ trễ hạn).' },
      // A field's late dossiers as a share of all late dossiers, after the field's own count.
      { text: 'Lĩnh vực Xây dựng có 21 hồ sơ quá hạn, chiếm 48% tổng số hồ sơ quá hạn của Sở.' },
      // A part's share in the late dossiers, the whole named before the share.
      { text: 'Lĩnh vực xây dựng có 52 hồ sơ trễ hạn trong tổng số 70 hồ sơ trễ hạn của huyện (chiếm 74,3%).' },
      // A share of the same figure a year before, not of the dossiers.
      { text: 'Hồ sơ trễ hạn trong năm là 9 hồ sơ, chỉ bằng 45% cùng kỳ năm trước.' },
    ],
  },
  match(ctx) {
    for (const r of readRates(ctx)) {
      const n = r.mention;
      ctx.emit({ metric: r.metric, value: n.value, range: [n.start, n.end], dimensions: r.dims, qualifier: n.qualifier, confidence: r.confidence });
    }
  },
});
