import { defineCrossCheck } from '../cross-check.ts';
import { defaultsOf } from '../config.ts';
import { CUMULATIVE, bodyKey, metricKey, statedFigures } from '../cumulative.ts';
import { periodLabel, recordLabel, vn, where } from '../labels.ts';
import { contains, parsePeriod, yearToDate, type Period } from '../periods.ts';

const id = 'period-regression';

/** A report's cumulative figures for one period: its own, or its running totals since January. */
interface FigureSet {
  report: number;
  period: Period;
  /** Read on first need: most reports have no other of their body to be held against. */
  figures: () => Map<string, { value: number; index: number }>;
  running: boolean;
}

function once<T>(read: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= read());
}

export default defineCrossCheck({
  id,
  description:
    'Across reports of one agency in one year, a cumulative figure for a longer period is below the same figure for a shorter period it contains (H1 < Q1, 9M < H1, year < 9M).',
  ...defaultsOf(id),
  messages: {
    lower:
      'Số liệu lũy kế {{long}} thấp hơn {{short}} (báo cáo {{other}}): {{list}} — {{where}}',
  },
  check(reports, ctx) {
    const tol = (ctx.settings.tolerance ?? 0) + 1e-9;
    // each report's figures for its own period, then (a report starting after January) its
    // running totals since January, for the months up to its end
    const sets: FigureSet[] = [];
    reports.forEach((r, report) => {
      const p = parsePeriod(r.period);
      if (!p) return;
      sets.push({ report, period: p, figures: once(() => statedFigures(r, CUMULATIVE)), running: false });
      const ytd = p.from > 1 ? yearToDate(p) : null;
      if (ytd) sets.push({ report, period: ytd, figures: once(() => statedFigures(r, CUMULATIVE, 'running')), running: true });
    });
    const bodies = reports.map(bodyKey);
    for (const ls of sets) {
      for (const ss of sets) {
        if (ls.report === ss.report) continue;
        const long = reports[ls.report]!;
        const short = reports[ss.report]!;
        const body = bodies[ls.report];
        if (!body || body !== bodies[ss.report]) continue;
        const pl = ls.period;
        const ps = ss.period;
        if (pl.canonical === ps.canonical || !contains(pl, ps)) continue;
        const lower: { lv: { value: number; index: number }; sv: { value: number; index: number } }[] = [];
        const shortFigures = ss.figures();
        for (const [key, lv] of ls.figures()) {
          const sv = shortFigures.get(key);
          if (sv && lv.value < sv.value - tol) lower.push({ lv, sv });
        }
        if (lower.length === 0) continue;
        lower.sort((x, y) => x.lv.index - y.lv.index);
        const first = lower[0]!;
        const list = lower.slice(0, 3).map(({ lv, sv }) => `${recordLabel(long.records[lv.index]!)} ${vn(lv.value)} < ${vn(sv.value)}`);
        ctx.report({
          report: ls.report,
          message: 'lower',
          data: {
            long: periodLabel(pl.canonical),
            short: periodLabel(ps.canonical),
            other: short.source,
            list: list.join('; ') + (lower.length > 3 ? '; …' : ''),
            where: where(long.records[first.lv.index]!.section),
          },
          records: lower.map((x) => x.lv.index),
          expected: first.sv.value,
          actual: first.lv.value,
          place: first.lv.index,
          cause: { report: ss.report, record: first.sv.index },
          keys: [
            `other:${short.sha256 || short.source}`,
            ...(ls.running || ss.running ? [`running:${ls.running ? 'long' : ''}${ss.running ? 'short' : ''}`] : []),
            ...lower.map(({ lv }) => metricKey(long.records[lv.index]!)),
          ],
        });
      }
    }
  },
  examples: {
    valid: [
      {
        name: 'the last quarter’s figure stated in a yearly report is not the year’s',
        reports: [
          { agency: 'Sở Khoa học và Công nghệ', period: '2023-Q1', lines: [{ text: 'Trong quý I năm 2023, Sở tiếp nhận 180 hồ sơ.', records: [{ metric: 'dossier.received', value: 180 }] }] },
          { agency: 'Sở Khoa học và Công nghệ', period: '2023', lines: [{ text: 'Năm 2023, Sở đã giải quyết 702 hồ sơ. Riêng quý IV năm 2023, Sở tiếp nhận 150 hồ sơ.', records: [{ metric: 'dossier.resolved', value: 702 }, { metric: 'dossier.received', value: 150 }] }] },
        ],
      },
      {
        name: 'six months above the first quarter; another agency and a stock figure are not compared',
        reports: [
          { agency: 'Sở Tư pháp', period: '2023-Q1', lines: [{ text: 'Tiếp nhận 560 hồ sơ; có 05 phòng chuyên môn.', records: [{ metric: 'dossier.received', value: 560 }, { metric: 'org.divisions', value: 5 }] }] },
          { agency: 'Sở Tư pháp', period: '2023-H1', lines: [{ text: 'Tiếp nhận 1.130 hồ sơ; có 04 phòng chuyên môn.', records: [{ metric: 'dossier.received', value: 1130 }, { metric: 'org.divisions', value: 4 }] }] },
          { agency: 'Sở Xây dựng', period: '2023-H1', lines: [{ text: 'Tiếp nhận 300 hồ sơ.', records: [{ metric: 'dossier.received', value: 300 }] }] },
        ],
      },
      {
        name: 'a third quarter’s running total above the six months’; its own quarter below them',
        reports: [
          { agency: 'Sở Y tế', province: 'Hà Nam', period: '2024-H1', lines: [{ text: '6 tháng đầu năm 2024, Sở tiếp nhận 2.300 hồ sơ.', records: [{ metric: 'dossier.received', value: 2300 }] }] },
          { agency: 'Sở Y tế', province: 'Hà Nam', period: '2024-Q3', lines: [{ text: 'Trong quý III, Sở tiếp nhận 900 hồ sơ. Lũy kế từ đầu năm, Sở tiếp nhận 3.200 hồ sơ.', records: [
            { metric: 'dossier.received', value: 900 },
            { metric: 'dossier.received', value: 3200 },
          ] }] },
        ],
      },
      {
        name: 'different years are not compared',
        reports: [
          { agency: 'Sở Tư pháp', period: '2022-9M', lines: [{ text: 'Đã giải quyết 2.400 hồ sơ.', records: [{ metric: 'dossier.resolved', value: 2400 }] }] },
          { agency: 'Sở Tư pháp', period: '2023', lines: [{ text: 'Đã giải quyết 2.100 hồ sơ.', records: [{ metric: 'dossier.resolved', value: 2100 }] }] },
        ],
      },
    ],
    invalid: [
      {
        name: 'the year below six months, a comparison with the year before written after the year’s figure',
        reports: [
          { source: 'h1.docx', agency: 'Sở Y tế', province: 'Hà Nam', period: '2024-H1', lines: [{ text: '6 tháng đầu năm 2024, Sở tiếp nhận 1.900 hồ sơ.', records: [{ metric: 'dossier.received', value: 1900 }] }] },
          { source: 'nam.docx', agency: 'Sở Y tế', province: 'Hà Nam', period: '2024', lines: [{ text: 'Năm 2024, Sở tiếp nhận 1.500 hồ sơ, tăng 5% so với năm 2023; cùng kỳ năm trước tiếp nhận 1.430 hồ sơ.', section: 'II/2', records: [
            { metric: 'dossier.received', value: 1500 },
            { metric: 'dossier.received', value: 1430 },
          ] }] },
        ],
        flags: [{ report: 1, severity: 'error', expected: 1900, actual: 1500, records: [0] }],
      },
      {
        name: 'a third quarter’s running total since January below the six months’ figure',
        reports: [
          { source: 'h1.docx', agency: 'Sở Y tế', province: 'Hà Nam', period: '2024-H1', lines: [{ text: '6 tháng đầu năm 2024, Sở tiếp nhận 2.300 hồ sơ.', records: [{ metric: 'dossier.received', value: 2300 }] }] },
          { source: 'q3.docx', agency: 'Sở Y tế', province: 'Hà Nam', period: '2024-Q3', lines: [{ text: 'Trong quý III, Sở tiếp nhận 900 hồ sơ. Lũy kế từ đầu năm, Sở tiếp nhận 2.100 hồ sơ.', section: 'II/2', records: [
            { metric: 'dossier.received', value: 900 },
            { metric: 'dossier.received', value: 2100 },
          ] }] },
        ],
        flags: [{ report: 1, severity: 'error', expected: 2300, actual: 2100, records: [1], message: ['9 tháng năm 2024 thấp hơn 6 tháng đầu năm 2024 (báo cáo h1.docx)', 'số hồ sơ tiếp nhận 2.100 < 2.300'] }],
      },
      {
        name: 'six months below the first quarter',
        reports: [
          { source: 'q1.docx', agency: 'Sở Tư pháp', province: 'Hà Nam', period: '2023-Q1', lines: [{ text: 'Tiếp nhận 560 hồ sơ.', records: [{ metric: 'dossier.received', value: 560 }] }] },
          { source: 'h1.docx', agency: 'Sở Tư pháp', province: 'Hà Nam', period: '2023-H1', lines: [{ text: 'Tiếp nhận 530 hồ sơ.', section: 'II/2', records: [{ metric: 'dossier.received', value: 530 }] }] },
        ],
        flags: [{ report: 1, severity: 'error', expected: 560, actual: 530, records: [0], message: ['6 tháng đầu năm 2023 thấp hơn quý I năm 2023 (báo cáo q1.docx)', 'số hồ sơ tiếp nhận 530 < 560'] }],
      },
      {
        name: 'parts worded as parts ("chiếm phần lớn với …", a further kind after it) do not hide the quarter’s intake',
        reports: [
          { source: 'q1.docx', agency: 'Sở Công Thương', province: 'Hà Nam', period: '2024-Q1', lines: [
            { text: 'Trong quý I, Sở tiếp nhận 1.420 hồ sơ.', section: 'II/2', records: [{ metric: 'dossier.received', value: 1420 }] },
            { text: 'Hồ sơ lưu thông hàng hóa chiếm phần lớn với 1.105 hồ sơ; hồ sơ điện lực 210 hồ sơ.', records: [
              { metric: 'dossier.received', value: 1105 },
              { metric: 'dossier.received', value: 210 },
            ] },
          ] },
          { source: 'h1.docx', agency: 'Sở Công Thương', province: 'Hà Nam', period: '2024-H1', lines: [{ text: 'Sáu tháng, Sở tiếp nhận 1.380 hồ sơ.', section: 'II/2', records: [{ metric: 'dossier.received', value: 1380 }] }] },
        ],
        flags: [{ report: 1, severity: 'error', expected: 1420, actual: 1380, message: ['số hồ sơ tiếp nhận 1.380 < 1.420'] }],
      },
      {
        name: 'two figures lower in the longer period: one flag naming both',
        reports: [
          { agency: 'Sở Tư pháp', period: '2023-Q1', lines: [{ text: 'Tiếp nhận 2.480 hồ sơ, đã giải quyết 2.401 hồ sơ.', records: [{ metric: 'dossier.received', value: 2480 }, { metric: 'dossier.resolved', value: 2401 }] }] },
          { agency: 'Sở Tư pháp', period: '2023-H1', lines: [{ text: 'Tiếp nhận 2.315 hồ sơ, đã giải quyết 2.290 hồ sơ.', records: [{ metric: 'dossier.received', value: 2315 }, { metric: 'dossier.resolved', value: 2290 }] }] },
        ],
        flags: [{ report: 1, severity: 'error', expected: 2480, actual: 2315, records: [0, 1], message: ['2.315 < 2.480', '2.290 < 2.401'] }],
      },
      {
        name: 'the year below nine months, for resolved on time',
        reports: [
          { agency: 'UBND huyện Ý Yên', period: '2023-9M', lines: [{ text: 'Giải quyết đúng hạn 8.450 hồ sơ.', records: [{ metric: 'dossier.resolved_on_time', value: 8450 }] }] },
          { agency: 'UBND huyện Ý Yên', period: '2023', lines: [{ text: 'Giải quyết đúng hạn 8.120 hồ sơ.', records: [{ metric: 'dossier.resolved_on_time', value: 8120 }] }] },
        ],
        flags: [{ report: 1, severity: 'error', expected: 8450, actual: 8120 }],
      },
    ],
  },
});
