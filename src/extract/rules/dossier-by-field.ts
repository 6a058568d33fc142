import { defineRule } from '../rule.ts';

/** "+ Lĩnh vực X: N hồ sơ." — one field's dossiers, an item under a lead-in that states the metric. */
const ITEM = /^\s*(?:[-+*•–]\s*)?(?:lĩnh vực|Lĩnh vực|LĨNH VỰC)\s+(.+?)\s*:\s*$/u;

export default defineRule({
  id: 'dossier-by-field',
  description: 'A "Lĩnh vực X: N hồ sơ" item; the metric comes from its lead-in (received unless it says otherwise).',
  examples: {
    valid: [
      {
        before: 'Trong kỳ, Bộ phận một cửa của Sở tiếp nhận 120 hồ sơ, cụ thể như sau:',
        text: '+ Lĩnh vực Hộ tịch: 1.204 hồ sơ.',
        records: [{ metric: 'dossier.received', value: 1204, dimensions: { field: 'Hộ tịch' } }],
      },
      {
        before: 'Số hồ sơ đã giải quyết theo từng lĩnh vực:',
        text: '- Lĩnh vực Đất đai: 05 hồ sơ',
        records: [{ metric: 'dossier.resolved', value: 5, dimensions: { field: 'Đất đai' } }],
      },
    ],
    invalid: [{ text: 'Lĩnh vực hộ tịch theo Nghị định 123/2015/NĐ-CP.' }, { text: '+ Lĩnh vực Xây dựng: 3 văn bản.' }],
  },
  match(ctx) {
    for (const n of ctx.numbers) {
      const head = ITEM.exec(ctx.text.slice(0, n.start));
      if (!head || n.percent) continue;
      const tail = ctx.text.slice(n.end);
      if (!/^\s*(?:hồ sơ|HS)?\s*[.;,]?\s*$/u.test(tail)) continue;
      const lead = ctx.leadIn?.folded ?? '';
      const metric = /da giai quyet|giai quyet xong/.test(lead) ? 'dossier.resolved' : 'dossier.received';
      if (!/ho so|tiep nhan|giai quyet/.test(lead) && !/hồ sơ/u.test(tail)) continue;
      ctx.emit({ metric, value: n.value, range: [n.start, n.end], dimensions: { field: head[1]!.trim() }, confidence: 0.9 });
    }
  },
});
