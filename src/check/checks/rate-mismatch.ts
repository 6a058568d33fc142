import { defineCheck, type CheckContext } from '../check.ts';
import { defaultsOf } from '../config.ts';
import { decimalsOfValue } from '../figures.ts';
import { metricLabel, percent, vn, where } from '../labels.ts';
import { exact, windowOf, type Fact } from '../report-view.ts';
import { partner, recordKey } from '../scope.ts';

const id = 'rate-mismatch';

interface Ratio {
  num: Fact[];
  den: Fact;
}

/** Half a unit of the rate's last written digit: "98,5%" → 0.05, "100%" → 0.5. */
export function halfUnit(f: Fact): number {
  const decimals = f.figure ? f.figure.decimals : decimalsOfValue(f.record.value);
  return 0.5 * 10 ** -decimals;
}

function ratios(ctx: CheckContext, rate: Fact): Ratio[] {
  const v = ctx.view;
  const m = rate.record.metric;
  const out: Ratio[] = [];
  if (m === 'procedure.online_rate') {
    const n = partner(v, rate, 'procedure.online');
    const d = partner(v, rate, 'procedure.total', { unset: ['level'] });
    if (n && d) out.push({ num: [n], den: d });
    return out;
  }
  const dens = [partner(v, rate, 'dossier.resolved'), partner(v, rate, 'dossier.received')].filter((f): f is Fact => f !== null);
  if (m === 'dossier.late_rate') {
    const l = partner(v, rate, 'dossier.resolved_late');
    if (l) for (const den of dens) out.push({ num: [l], den });
    return out;
  }
  const t = partner(v, rate, 'dossier.resolved_on_time');
  const e = partner(v, rate, 'dossier.resolved_early');
  const l = partner(v, rate, 'dossier.resolved_late');
  const nums: Fact[][] = [];
  if (t) nums.push([t]);
  if (t && e) nums.push([t, e]);
  if (e && (!t || /truoc han/.test(windowOf(rate)))) nums.push([e]);
  for (const den of dens) for (const num of nums) out.push({ num, den });
  if (nums.length === 0 && l) {
    const s = partner(v, rate, 'dossier.resolved');
    if (s) out.push({ num: [s, l], den: s }); // (resolved − late) / resolved, see value()
  }
  return out;
}

function value(r: Ratio): number {
  const [a, b] = r.num;
  const num = b && a === r.den ? a.record.value - b.record.value : r.num.reduce((s, f) => s + f.record.value, 0);
  return (num / r.den.record.value) * 100;
}

function describe(r: Ratio): string {
  const [a, b] = r.num;
  const num = b && a === r.den ? `(${vn(a.record.value)} − ${vn(b.record.value)})` : r.num.map((f) => vn(f.record.value)).join(' + ');
  return `${r.num.length > 1 && !(b && a === r.den) ? `(${num})` : num} / ${vn(r.den.record.value)}`;
}

export default defineCheck({
  id,
  description: 'A stated rate disagrees with the counts it is a rate of, beyond rounding of its last written digit.',
  ...defaultsOf(id),
  messages: {
    mismatch: '{{label}} ghi {{stated}} nhưng {{ratio}} = {{computed}} — {{where}}',
  },
  check(_records, ctx) {
    const rates = ['dossier.on_time_rate', 'dossier.late_rate', 'procedure.online_rate'].flatMap((m) => exact(ctx.view, m));
    for (const rate of rates) {
      const candidates = ratios(ctx, rate).filter((r) => r.den.record.value > 0);
      if (candidates.length === 0) continue;
      const tol = (ctx.settings.tolerance ?? halfUnit(rate)) + 1e-9;
      if (candidates.some((r) => Math.abs(value(r) - rate.record.value) <= tol)) continue;
      const best = candidates[0]!;
      const computed = Math.round(value(best) * 100) / 100;
      const involved = [rate, ...best.num, best.den];
      ctx.report({
        message: 'mismatch',
        data: {
          label: metricLabel(rate.record.metric).replace(/^t/, 'T'),
          stated: percent(rate.record.value),
          ratio: describe(best),
          computed: percent(computed),
          where: where(rate.record.section),
        },
        records: involved.map((f) => f.index),
        expected: computed,
        actual: rate.record.value,
        place: rate.index,
        cause: [...best.num, best.den].map((f) => f.index),
        keys: [...new Set(involved)].map((f) => recordKey(f.record)),
      });
    }
  },
  examples: {
    valid: [
      {
        name: 'rounded to the written digit',
        lines: [
          {
            text: 'Đã giải quyết 175.920 hồ sơ, trong đó đúng hạn 175.354 hồ sơ, đạt tỷ lệ 99,68%.',
            records: [
              { metric: 'dossier.resolved', value: 175920 },
              { metric: 'dossier.resolved_on_time', value: 175354 },
              { metric: 'dossier.on_time_rate', value: 99.68 },
            ],
          },
        ],
      },
      {
        name: '"100%" allows half a point',
        lines: [
          {
            text: 'Giải quyết 1.000 hồ sơ, đúng hạn 996 hồ sơ (đạt 100%).',
            records: [
              { metric: 'dossier.resolved', value: 1000 },
              { metric: 'dossier.resolved_on_time', value: 996 },
              { metric: 'dossier.on_time_rate', value: 100 },
            ],
          },
        ],
      },
      {
        name: 'a rate without its counts is not compared (the seed)',
        lines: [
          {
            text: 'Bộ phận một cửa đã tiếp nhận 48 hồ sơ, 100% được giải quyết đúng hạn.',
            records: [
              { metric: 'dossier.received', value: 48 },
              { metric: 'dossier.on_time_rate', value: 100 },
            ],
          },
        ],
      },
    ],
    invalid: [
      {
        name: 'on-time rate beyond the written precision',
        lines: [
          {
            text: 'Đã giải quyết 1.200 hồ sơ, trong đó đúng hạn 1.170 hồ sơ, đạt tỷ lệ 98,5%.',
            section: 'II/2',
            records: [
              { metric: 'dossier.resolved', value: 1200 },
              { metric: 'dossier.resolved_on_time', value: 1170 },
              { metric: 'dossier.on_time_rate', value: 98.5 },
            ],
          },
        ],
        flags: [{ severity: 'error', expected: 97.5, actual: 98.5, records: [0, 1, 2], message: ['98,5%', '1.170 / 1.200 = 97,5%', 'mục II/2'] }],
      },
      {
        name: 'late rate in another sentence of the paragraph',
        lines: [
          {
            text: 'Số hồ sơ đã giải quyết là 840 hồ sơ. Số hồ sơ giải quyết quá hạn là 10 hồ sơ, chiếm tỷ lệ 2,5%.',
            records: [
              { metric: 'dossier.resolved', value: 840 },
              { metric: 'dossier.resolved_late', value: 10 },
              { metric: 'dossier.late_rate', value: 2.5 },
            ],
          },
        ],
        flags: [{ severity: 'error', expected: 1.19, actual: 2.5 }],
      },
      {
        name: '"100%" on time with late dossiers',
        lines: [
          {
            text: 'Tổng số hồ sơ đã giải quyết 640 hồ sơ, đúng hạn 610 hồ sơ; tỷ lệ giải quyết đúng hạn đạt 100%.',
            records: [
              { metric: 'dossier.resolved', value: 640 },
              { metric: 'dossier.resolved_on_time', value: 610 },
              { metric: 'dossier.on_time_rate', value: 100 },
            ],
          },
        ],
        flags: [{ severity: 'error', expected: 95.31, actual: 100 }],
      },
    ],
  },
});
