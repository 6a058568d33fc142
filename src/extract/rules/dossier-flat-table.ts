import { defineRule } from '../rule.ts';
import { flatFigures } from '../dossier/flat-table.ts';

/**
 * A dossier table flattened into lines (as a PDF gives it): bold header lines naming the columns
 * in order, then lines of row labels and figures. Each figure takes its column's metric and its
 * row's field, tier or body.
 */
export default defineRule({
  id: 'dossier-flat-table',
  description: 'Rows "label n1 n2 …" under bold header lines naming dossier columns in order (a table flattened by PDF).',
  examples: {
    valid: [
      {
        before: 'Kết quả giải quyết hồ sơ ở từng cấp như sau:\n\n**Cấp Tiếp nhận Đã giải quyết Quá hạn**',
        text: 'Cấp xã 9.310 9.288 4',
        records: [
          { metric: 'dossier.received', value: 9310, dimensions: { tier: 'commune' } },
          { metric: 'dossier.resolved', value: 9288, dimensions: { tier: 'commune' } },
          { metric: 'dossier.resolved_late', value: 4, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // The label column named "Lĩnh vực" before the first column's verb: three columns, not "lĩnh vực tiếp nhận" and two.
        before: 'Hồ sơ của Sở theo từng lĩnh vực:\n\n**Lĩnh vực Tiếp nhận Đã giải quyết Đang giải quyết**',
        text: 'Đường bộ 640 631 9',
        records: [
          { metric: 'dossier.received', value: 640, dimensions: { field: 'Đường bộ' } },
          { metric: 'dossier.resolved', value: 631, dimensions: { field: 'Đường bộ' } },
          { metric: 'dossier.pending', value: 9, dimensions: { field: 'Đường bộ' } },
        ],
      },
      {
        before: 'Hồ sơ tiếp nhận chia theo cách nộp:\n\n**Cách nộp Số hồ sơ**',
        text: 'Trực tuyến 812 Trực tiếp 95',
        records: [
          { metric: 'dossier.received', value: 812, dimensions: { channel: 'online' } },
          { metric: 'dossier.received', value: 95, dimensions: { channel: 'direct' } },
        ],
      },
    ],
    invalid: [
      { before: '**Chỉ tiêu Kế hoạch Thực hiện**', text: 'Văn bản 12 10' },
      { before: 'Kết quả tiếp nhận hồ sơ:\n\n**Cấp Tiếp nhận Đã giải quyết**', text: 'Trong quý, cấp xã tiếp nhận 9.310 hồ sơ.' },
      // A bold title typed as a paragraph over prose: figures followed by what they count are no row.
      { before: '**Tình hình giải quyết hồ sơ tại cấp huyện**', text: 'Văn phòng HĐND và UBND 14 xã tiếp nhận 3.502 hồ sơ, đã giải quyết 3.488 hồ sơ' },
    ],
  },
  match(ctx) {
    if (!ctx.blocks) return;
    const figures = flatFigures(ctx.block, ctx.blocks);
    if (!figures) return;
    const offset = ctx.offset ?? 0;
    for (const n of ctx.numbers) {
      const f = figures.find((x) => x.at === offset + n.start);
      if (f) ctx.emit({ metric: f.metric, value: n.value, range: [n.start, n.end], dimensions: f.dims, confidence: 0.8 });
    }
  },
});
