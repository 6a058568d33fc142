import { defineRule } from '../rule.ts';
import { readDossiers, ruleOf } from '../dossier/reading.ts';

/**
 * A dossier figure whose metric is stated by what introduces it: a list lead in the sentence
 * ("Các lĩnh vực có nhiều hồ sơ tiếp nhận như: …"), a lead-in paragraph ending with ":", or the
 * section heading ("b) Giải quyết theo cơ chế một cửa liên thông: Chưa có hồ sơ." → received 0).
 */
export default defineRule({
  id: 'dossier-colon-item',
  description: '"Label: N hồ sơ" items and heading statements; the metric comes from the lead-in, the list lead or the heading.',
  examples: {
    valid: [
      {
        // The sentence's topic after a short opening phrase ("Điểm nổi bật,") names the figure a change came to.
        text: 'Điểm nổi bật, số hồ sơ quá hạn giảm rõ rệt, từ 415 hồ sơ năm 2024 xuống còn 27 hồ sơ năm 2025.',
        records: [{ metric: 'dossier.resolved_late', value: 27 }],
      },
      {
        // "các lĩnh vực khác" names no field.
        text: 'Bộ phận Một cửa tiếp nhận 1.530 hồ sơ, trong đó: Lĩnh vực Hộ tịch: 804 hồ sơ; các lĩnh vực khác: 726 hồ sơ.',
        records: [{ metric: 'dossier.received', value: 726 }],
      },
      {
        // "Về kết quả giải quyết …:" titles its figures: a bare total after it is the dossiers handled (received).
        text: 'Về kết quả giải quyết TTHC của phường: Tổng số hồ sơ: 1.318; đã giải quyết: 1.301.',
        records: [{ metric: 'dossier.received', value: 1318 }],
      },
      {
        // "…, cụ thể:" alone before the colon: the lead is the clause before it.
        text: 'Số hồ sơ tiếp nhận theo quý của Sở, cụ thể: quý I: 1.204; quý II: 1.380.',
        records: [
          { metric: 'dossier.received', value: 1204 },
          { metric: 'dossier.received', value: 1380 },
        ],
      },
      {
        // The value a change starts from is another period's; the value it ends at takes the topic's timeliness.
        text: 'Hồ sơ trễ hạn giảm từ 45 hồ sơ (quý I) xuống còn 12 hồ sơ.',
        records: [{ metric: 'dossier.resolved_late', value: 12 }],
      },
      {
        heading: 'b) Giải quyết theo cơ chế một cửa liên thông',
        text: 'Chưa có hồ sơ.',
        records: [{ metric: 'dossier.received', value: 0, dimensions: { mechanism: 'interlinked' } }],
      },
      {
        heading: 'c) Tiếp nhận hồ sơ qua dịch vụ bưu chính công ích',
        text: 'Tổng cộng: 17 hồ sơ.',
        records: [{ metric: 'dossier.received', value: 17, dimensions: { channel: 'postal' } }],
      },
      {
        before: 'Kết quả trả kết quả giải quyết hồ sơ theo hình thức:',
        text: '- Qua dịch vụ bưu chính: 12 hồ sơ.',
        records: [{ metric: 'dossier.returned', value: 12, dimensions: { channel: 'postal' } }],
      },
      {
        // A heading that states done work ("đã giải quyết") is not a topic: its figure is resolved.
        heading: 'b) Số hồ sơ đã giải quyết',
        text: 'Tổng cộng: 1.175 hồ sơ.',
        records: [{ metric: 'dossier.resolved', value: 1175 }],
      },
      {
        // After a lead listing by lĩnh vực, a name written bare before its figure is the field, known or not.
        text: 'Hồ sơ đã giải quyết theo lĩnh vực: Xây dựng 214 hồ sơ; Giáo dục - Đào tạo 36 hồ sơ; Nội vụ 12 hồ sơ.',
        records: [
          { metric: 'dossier.resolved', value: 36, dimensions: { field: 'Giáo dục - Đào tạo' } },
          { metric: 'dossier.resolved', value: 12, dimensions: { field: 'Nội vụ' } },
        ],
      },
      {
        // The topic of a clause after ";" ("số hồ sơ trễ hạn … còn N").
        text: 'Số hồ sơ tiếp nhận giảm, chỉ còn 1.310 hồ sơ; số hồ sơ trễ hạn cũng giảm, còn 4 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 1310 },
          { metric: 'dossier.resolved_late', value: 4 },
        ],
      },
      {
        // A lettered title that is only a verb labels the sentence it carries: resolved, not a topic.
        text: 'b) Giải quyết: 640 hồ sơ, trong đó đúng hạn 636 hồ sơ.',
        records: [{ metric: 'dossier.resolved', value: 640 }],
      },
      {
        // A lead-in worded as a title names the topic: its bare "giải quyết" is the dossiers handled.
        before: 'Kết quả giải quyết TTHC quý III của Văn phòng:',
        text: '- Tổng số hồ sơ: 420 hồ sơ;',
        records: [{ metric: 'dossier.received', value: 420 }],
      },
    ],
    invalid: [
      { heading: 'a) Công tác kiểm soát thủ tục hành chính', text: 'Tổng số: 12 thủ tục.' },
      { before: 'Số hồ sơ tiếp nhận theo lĩnh vực:', text: '+ Lĩnh vực Xây dựng: 3 văn bản.' },
    ],
  },
  match(ctx) {
    for (const r of readDossiers(ctx)) {
      if (ruleOf(r) !== 'dossier-colon-item') continue;
      const n = r.mention;
      ctx.emit({ metric: r.metric, value: n.value, range: [n.start, n.end], dimensions: r.dims, qualifier: n.qualifier, confidence: r.confidence });
    }
  },
});
