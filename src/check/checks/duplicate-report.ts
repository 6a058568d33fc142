import { defineCrossCheck } from '../cross-check.ts';
import { defaultsOf } from '../config.ts';
import { bodyKey, statedFigures } from '../cumulative.ts';
import { periodLabel, recordLabel, valueLabel } from '../labels.ts';

const id = 'duplicate-report';

export default defineCrossCheck({
  id,
  description: 'The same agency and period submitted twice with differing figures.',
  ...defaultsOf(id),
  messages: {
    duplicate:
      'Báo cáo cùng cơ quan và cùng kỳ ({{period}}) với {{other}} nhưng số liệu khác nhau ({{count}}): {{list}}',
  },
  check(reports, ctx) {
    const tol = (ctx.settings.tolerance ?? 0) + 1e-9;
    // read on first need: most reports have no other of their body and period
    const figures: (Map<string, { value: number; index: number }> | undefined)[] = [];
    const figuresOf = (i: number) => (figures[i] ??= statedFigures(reports[i]!));
    const bodies = reports.map(bodyKey);
    // the later copy (in the order given; the store gives submission order) is flagged
    for (let a = 0; a < reports.length; a++) {
      for (let b = 0; b < a; b++) {
        const x = reports[a]!;
        const y = reports[b]!;
        const body = bodies[a];
        if (!body || body !== bodies[b] || !x.period || x.period !== y.period) continue;
        if (x.sha256 && x.sha256 === y.sha256) continue; // the same file twice
        const differ: { key: string; mine: number; theirs: number; index: number; theirIndex: number }[] = [];
        const theirs = figuresOf(b);
        for (const [key, mv] of figuresOf(a)) {
          const tv = theirs.get(key);
          if (tv && Math.abs(tv.value - mv.value) > tol) differ.push({ key, mine: mv.value, theirs: tv.value, index: mv.index, theirIndex: tv.index });
        }
        if (differ.length === 0) continue;
        // a rate shows as one ("0,6% so với 0,43%")
        const shown = differ.slice(0, 3).map((d) => {
          const mine = x.records[d.index]!;
          return `${recordLabel(mine)} ${valueLabel(mine)} so với ${valueLabel({ value: d.theirs, unit: mine.unit })}`;
        });
        ctx.report({
          report: a,
          message: 'duplicate',
          data: {
            period: periodLabel(x.period),
            other: y.source,
            count: differ.length,
            list: shown.join('; ') + (differ.length > 3 ? '; …' : ''),
          },
          records: differ.map((d) => d.index),
          expected: differ[0]!.theirs,
          actual: differ[0]!.mine,
          place: differ[0]!.index,
          cause: { report: b, record: differ[0]!.theirIndex },
          keys: [`other:${y.sha256 || y.source}`],
        });
      }
    }
  },
  examples: {
    valid: [
      {
        name: 'a second report of the quarter that states only the six months’ running totals',
        reports: [
          { agency: 'Sở Tư pháp', period: '2024-Q2', lines: [{ text: 'Trong quý II năm 2024, Sở tiếp nhận 430 hồ sơ, đã giải quyết 428 hồ sơ.', records: [{ metric: 'dossier.received', value: 430 }, { metric: 'dossier.resolved', value: 428 }] }] },
          { agency: 'Sở Tư pháp', period: '2024-Q2', lines: [{ text: 'Lũy kế 6 tháng đầu năm 2024, Sở tiếp nhận 910 hồ sơ, đã giải quyết 905 hồ sơ.', records: [{ metric: 'dossier.received', value: 910 }, { metric: 'dossier.resolved', value: 905 }] }] },
        ],
      },
      {
        name: 'the same figures twice, or another period',
        reports: [
          { agency: 'Sở Tư pháp', period: '2023-Q2', lines: [{ text: 'Tiếp nhận 560 hồ sơ.', records: [{ metric: 'dossier.received', value: 560 }] }] },
          { agency: 'Sở Tư pháp', period: '2023-Q2', lines: [{ text: 'Đã tiếp nhận 560 hồ sơ, giải quyết 540 hồ sơ.', records: [{ metric: 'dossier.received', value: 560 }, { metric: 'dossier.resolved', value: 540 }] }] },
          { agency: 'Sở Tư pháp', period: '2023-Q3', lines: [{ text: 'Tiếp nhận 610 hồ sơ.', records: [{ metric: 'dossier.received', value: 610 }] }] },
        ],
      },
    ],
    invalid: [
      {
        name: 'one quarter sent twice with a changed figure: the later copy is flagged',
        reports: [
          { source: 'a.docx', agency: 'Sở Tư pháp', period: '2023-Q2', lines: [{ text: 'Tiếp nhận 560 hồ sơ, giải quyết 540 hồ sơ.', records: [{ metric: 'dossier.received', value: 560 }, { metric: 'dossier.resolved', value: 540 }] }] },
          { source: 'b.docx', agency: 'SỞ TƯ PHÁP', period: '2023-Q2', lines: [{ text: 'Tiếp nhận 580 hồ sơ, giải quyết 540 hồ sơ.', records: [{ metric: 'dossier.received', value: 580 }, { metric: 'dossier.resolved', value: 540 }] }] },
        ],
        flags: [{ report: 1, severity: 'warning', expected: 560, actual: 580, records: [0], message: ['a.docx', 'số hồ sơ tiếp nhận 580 so với 560'] }],
      },
      {
        name: 'a month sent twice with another late rate: the message shows the rates as percents',
        reports: [
          { source: 'thang-5.docx', agency: 'UBND phường Bến Thành', period: '2024-05', lines: [{ text: 'Tỷ lệ hồ sơ trễ hạn là 0,52%.', records: [{ metric: 'dossier.late_rate', value: 0.52 }] }] },
          { source: 'thang-5-bs.docx', agency: 'UBND phường Bến Thành', period: '2024-05', lines: [{ text: 'Tỷ lệ hồ sơ trễ hạn là 0,7%.', records: [{ metric: 'dossier.late_rate', value: 0.7 }] }] },
        ],
        flags: [{ report: 1, severity: 'warning', expected: 0.52, actual: 0.7, message: ['0,7% so với 0,52%'] }],
      },
      {
        name: 'two copies of a year report differing in staff figures',
        reports: [
          { agency: 'UBND huyện Vụ Bản', period: '2022', lines: [{ text: 'Tổng số biên chế được giao là 95 biên chế.', records: [{ metric: 'staff.quota_assigned', value: 95 }] }] },
          { agency: 'UBND huyện Vụ Bản', period: '2022', lines: [{ text: 'Tổng số biên chế được giao là 59 biên chế.', records: [{ metric: 'staff.quota_assigned', value: 59 }] }] },
        ],
        flags: [{ report: 1, severity: 'warning', expected: 95, actual: 59 }],
      },
    ],
  },
});
