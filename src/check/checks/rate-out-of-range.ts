import { defineCheck } from '../check.ts';
import { defaultsOf } from '../config.ts';
import { partLabel, percent, where } from '../labels.ts';
import { recordKey } from '../scope.ts';

const id = 'rate-out-of-range';

export default defineCheck({
  id,
  description: 'A percentage below 0 or above 100.',
  ...defaultsOf(id),
  messages: {
    above: '{{label}} là {{value}}, lớn hơn 100% — {{where}}',
    below: '{{label}} là {{value}}, nhỏ hơn 0% — {{where}}',
  },
  check(records, ctx) {
    const tol = (ctx.settings.tolerance ?? 0) + 1e-9;
    records.forEach((r, i) => {
      if (r.unit !== 'percent') return;
      const above = r.value > 100 + tol;
      if (!above && r.value >= -tol) return;
      ctx.report({
        message: above ? 'above' : 'below',
        data: { label: partLabel(r), value: percent(r.value), where: where(r.section) },
        records: [i],
        expected: above ? 100 : 0,
        actual: r.value,
        keys: [recordKey(r)],
      });
    });
  },
  examples: {
    valid: [
      {
        name: 'rates within 0..100',
        lines: [
          {
            text: 'Tỷ lệ hồ sơ giải quyết đúng hạn đạt 100%, tỷ lệ quá hạn 0%.',
            records: [
              { metric: 'dossier.on_time_rate', value: 100 },
              { metric: 'dossier.late_rate', value: 0 },
            ],
          },
        ],
      },
    ],
    invalid: [
      {
        name: 'above 100%',
        lines: [
          { text: 'Tỷ lệ giải quyết hồ sơ đúng hạn đạt 101,5%.', section: 'II/2', records: [{ metric: 'dossier.on_time_rate', value: 101.5 }] },
        ],
        flags: [{ severity: 'error', expected: 100, actual: 101.5, records: [0], message: ['101,5%', 'mục II/2'] }],
      },
      {
        name: 'a TTHC online share above 100%',
        lines: [
          {
            text: 'Tỷ lệ TTHC cung cấp trực tuyến toàn trình đạt 180%.',
            records: [{ metric: 'procedure.online_rate', value: 180, dims: { level: 'full' } }],
          },
        ],
        flags: [{ severity: 'error', expected: 100, actual: 180, message: ['Tỷ lệ TTHC trực tuyến toàn trình là 180%'] }],
      },
      {
        name: 'one tier’s rate above 100%: the message names the tier',
        lines: [
          {
            text: 'Tỷ lệ hồ sơ giải quyết đúng và trước hạn của cấp xã đạt 101,2%, cấp huyện đạt 98,3%.',
            section: 'II/2',
            records: [
              { metric: 'dossier.on_time_rate', value: 101.2, dims: { tier: 'commune' } },
              { metric: 'dossier.on_time_rate', value: 98.3, dims: { tier: 'district' } },
            ],
          },
        ],
        flags: [{ severity: 'error', expected: 100, actual: 101.2, records: [0], message: ['Tỷ lệ giải quyết đúng hạn cấp xã là 101,2%'] }],
      },
    ],
  },
});
