import { defineRule } from '../rule.ts';
import { readDossiers, ruleOf } from '../dossier/reading.ts';

/**
 * "+ Lĩnh vực X: N hồ sơ." — one field's dossiers, an item under a lead-in that states the metric
 * (received unless it says otherwise), or a "X: N hồ sơ" entry of a list the sentence introduces
 * as lĩnh vực ("Các lĩnh vực có nhiều hồ sơ như: Đất đai: 320 hồ sơ; Hộ tịch: 150 hồ sơ").
 */
export default defineRule({
  id: 'dossier-by-field',
  description: 'A "Lĩnh vực X: N hồ sơ" item or a field list entry; the metric comes from the lead-in or the list lead.',
  examples: {
    valid: [
      {
        // Items of pairs under a lead-in whose header names the two figures: each figure its own name's.
        before: 'Kết quả theo lĩnh vực (tiếp nhận/đã giải quyết):',
        text: '- Hộ tịch: 512/509 hồ sơ;',
        records: [
          { metric: 'dossier.received', value: 512, dimensions: { field: 'Hộ tịch' } },
          { metric: 'dossier.resolved', value: 509, dimensions: { field: 'Hộ tịch' } },
        ],
      },
      {
        // "a/b/c" under names joined the same way in the lead-in: the k-th figure is the k-th name's.
        before: 'Số hồ sơ theo từng lĩnh vực (tiếp nhận/giải quyết/quá hạn) như sau:',
        text: '- Lĩnh vực Tư pháp: 1.204/1.190/3 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 1204, dimensions: { field: 'Tư pháp' } },
          { metric: 'dossier.resolved', value: 1190, dimensions: { field: 'Tư pháp' } },
          { metric: 'dossier.resolved_late', value: 3, dimensions: { field: 'Tư pháp' } },
        ],
      },
      {
        // A title naming the metric takes the paragraph's figure of that metric as the whole, not its last one.
        before: 'Trong năm, Trung tâm tiếp nhận 2.760 hồ sơ, giải quyết đúng hạn 2.741 hồ sơ. Chia theo lĩnh vực, số hồ sơ tiếp nhận như sau:',
        text: '- Lĩnh vực thủy sản: 940 hồ sơ;',
        records: [{ metric: 'dossier.received', value: 940, dimensions: { field: 'thủy sản' } }],
      },
      {
        // A lead-in whose last sentence only titles the breakdown: the items are parts of the intake, not of its last figure.
        before: 'Trong tháng, Bộ phận Một cửa tiếp nhận 730 hồ sơ; đã giải quyết 702 hồ sơ; đang giải quyết 28 hồ sơ. Chia theo lĩnh vực:',
        text: '- Lĩnh vực thủy lợi: 260 hồ sơ;',
        records: [{ metric: 'dossier.received', value: 260, dimensions: { field: 'thủy lợi' } }],
      },
      {
        // … unless that title names the metric.
        before: 'Trong tháng tiếp nhận 410 hồ sơ, đã giải quyết 395 hồ sơ. Chia theo lĩnh vực, số hồ sơ đã giải quyết:',
        text: '- Lĩnh vực trồng trọt: 120 hồ sơ;',
        records: [{ metric: 'dossier.resolved', value: 120, dimensions: { field: 'trồng trọt' } }],
      },
      {
        before: 'Trong kỳ, Bộ phận một cửa của Sở tiếp nhận 120 hồ sơ, cụ thể như sau:',
        text: '+ Lĩnh vực Hộ tịch: 1.204 hồ sơ.',
        records: [{ metric: 'dossier.received', value: 1204, dimensions: { field: 'Hộ tịch' } }],
      },
      {
        // Each ";" clause's own label holds for its figures, not the paragraph's opening one.
        text: 'Lĩnh vực hộ tịch: 380 hồ sơ; lĩnh vực đất đai: 96 hồ sơ (trễ hạn 2 hồ sơ).',
        records: [
          { metric: 'dossier.received', value: 380, dimensions: { field: 'hộ tịch' } },
          { metric: 'dossier.received', value: 96, dimensions: { field: 'đất đai' } },
          { metric: 'dossier.resolved_late', value: 2, dimensions: { field: 'đất đai' } },
        ],
      },
      {
        before: 'Số hồ sơ đã giải quyết theo từng lĩnh vực:',
        text: '- Lĩnh vực Đất đai: 05 hồ sơ',
        records: [{ metric: 'dossier.resolved', value: 5, dimensions: { field: 'Đất đai' } }],
      },
      {
        text: 'Các lĩnh vực có nhiều hồ sơ tiếp nhận như: Đất đai: hơn 3.100 hồ sơ; Hộ tịch: 1.450 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 3100, dimensions: { field: 'Đất đai' }, qualifier: 'over' },
          { metric: 'dossier.received', value: 1450, dimensions: { field: 'Hộ tịch' } },
        ],
      },
      {
        before: 'Hồ sơ tiếp nhận trong quý:',
        text: '+ Lĩnh vực Sở hữu trí tuệ: 0 hồ sơ.',
        records: [{ metric: 'dossier.received', value: 0, dimensions: { field: 'Sở hữu trí tuệ' } }],
      },
      {
        // A paragraph opening with a field's name and a colon ("đăng ký" is not "đang", pending).
        text: 'Đăng ký kinh doanh: tiếp nhận 265 hồ sơ, từ chối 3 hồ sơ.',
        records: [
          { metric: 'dossier.received', value: 265, dimensions: { field: 'Đăng ký kinh doanh' } },
          { metric: 'dossier.rejected', value: 3, dimensions: { field: 'Đăng ký kinh doanh' } },
        ],
      },
    ],
    invalid: [{ text: 'Lĩnh vực hộ tịch theo Nghị định 123/2015/NĐ-CP.' }, { text: '+ Lĩnh vực Xây dựng: 3 văn bản.' }],
  },
  match(ctx) {
    for (const r of readDossiers(ctx)) {
      if (ruleOf(r) !== 'dossier-by-field') continue;
      const n = r.mention;
      ctx.emit({ metric: r.metric, value: n.value, range: [n.start, n.end], dimensions: r.dims, qualifier: n.qualifier, confidence: r.confidence });
    }
  },
});
