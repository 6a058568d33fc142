import { defineCheck } from '../check.ts';
import { defaultsOf } from '../config.ts';
import { periodLabel, where } from '../labels.ts';
import { before, contains, findPeriodMentions, parsePeriod, type Period, type PeriodMention } from '../periods.ts';
import { recordKey } from '../scope.ts';
import type { Fact } from '../report-view.ts';
import { LEADING_YEAR } from '../period-scope.ts';

const id = 'period-mismatch';

const PLAN = new Set(['plan', 'proposals']);
/** Words that make an earlier period a comparison or a carry-over, not the figures' period. */
const EARLIER_OK = /(?<![a-z])(?:so voi|cung ky|ky truoc|chuyen sang|ton dong|ton|truoc do|tang|giam|luy ke)(?![a-z])/;
/** Words anywhere in a sentence that make it a plan or a target ("Năm 2025, Sở phấn đấu …"), not a result. */
const PLANNED = /(?<![a-z])(?:ke hoach|du kien|se|phan dau|tiep tuc|chuan bi|muc tieu)(?![a-z])/;
/** Words that make a later period a plan, a deadline or where the pending go on ("chuyển sang quý III"). */
// ("số hồ sơ tồn chuyển quý II là 07": the period the dossiers pending go on into, named right after "chuyển".)
const LATER_OK = /(?<![a-z])(?:ke hoach|du kien|se|phan dau|vao|den het|truoc|tiep tuc|trong thoi gian toi|chuan bi|han|chuyen sang|chuyen qua|chuyen(?=\s*$))(?![a-z])/;

/**
 * "Tính đến (hết) …", "lũy kế đến …" right before a later period: the figures are counted up to
 * its end (results the report cannot have yet), not a deadline ("đến hết quý III phấn đấu …").
 */
const AS_OF = /(?<![a-z])(?:tinh|luy ke) (?:den|toi)(?: het)?\s*$/;

/**
 * The periods the sentence's figures are counted over: for each figure, the last period named
 * before it, else the first named after it ("Sở tiếp nhận 48 hồ sơ trong tháng 2"). A period named
 * for something else ("Kế hoạch ban hành tháng 12 năm 2023, trong quý I năm 2024 Sở đã kiểm tra 03
 * đơn vị") is not one of them. Every period named when a figure is not placed in the sentence.
 */
function governing(facts: readonly Fact[], mentions: PeriodMention[]): PeriodMention[] {
  if (mentions.length <= 1 || facts.some((f) => f.figure === null)) return mentions;
  const used = new Set<PeriodMention>();
  for (const f of facts) {
    let g: PeriodMention | null = null;
    for (const m of mentions) {
      if (m.end <= f.figure!.start) g = m;
      else {
        g ??= m;
        break;
      }
    }
    if (g) used.add(g);
  }
  return mentions.filter((m) => used.has(m));
}

/** A comparison naming the year it compares with: "so với cùng kỳ năm 2021", "so với năm 2021". */
const COMPARED_YEAR = /(?<![a-z])(?:so voi|cung ky)(?: [a-z]+){0,3}? nam (\d{4})(?!\d)/g;

/**
 * The sentence compares with a year before `year` ("Năm 2022, xã tiếp nhận 648 hồ sơ, tăng 12% so với
 * cùng kỳ năm 2021"): its figures are the year's own, set against an older one — not a comparison of
 * the year with the report's period.
 */
function comparedWithEarlier(folded: string, year: number): boolean {
  for (const m of folded.matchAll(COMPARED_YEAR)) if (Number(m[1]) < year) return true;
  return false;
}

/**
 * The periods named in a sentence; when none, a year opening it, set off by a comma ("Năm 2024,
 * Sở đã cử 64 lượt công chức …" in a 2025 report, "Năm 2025, Sở đã tiếp nhận …" in a 2024 one):
 * the other year its figures are counted over, unless the sentence compares it with another or
 * plans for it.
 */
function mentionsOf(text: string, folded: string, year: number): PeriodMention[] {
  const found = findPeriodMentions(text, year, folded);
  if (found.length > 0) return found;
  const lead = LEADING_YEAR.exec(folded);
  const period = lead ? parsePeriod(lead[1]!) : null;
  // a comparison anywhere in the sentence ("Năm 2024, Sở tiếp nhận 3.100 hồ sơ, thấp hơn so với năm nay");
  // a later year's plan or target ("Năm 2025, Sở phấn đấu …")
  if (!lead || !period || period.year === year) return found;
  if (period.year < year ? EARLIER_OK.test(folded) && !comparedWithEarlier(folded, period.year) : PLANNED.test(folded)) return found;
  const end = lead[0].length;
  const start = folded.lastIndexOf('nam', end);
  return [{ start, end, period, text: text.slice(start, end).toLowerCase(), withYear: true }];
}

/**
 * A longer stretch of the report's year that ends after the report's period ("9 tháng đầu năm
 * 2024" in a half-year report, "6 tháng" in a first quarter's): figures the report cannot have yet.
 * The whole year is no such stretch: "năm 2024" names the year the report is of.
 */
function runsPast(mentioned: Period, report: Period): boolean {
  return mentioned.to > report.to && !(mentioned.from === 1 && mentioned.to === 12);
}

/** "riêng 6 tháng đầu năm", "trong đó 6 tháng đầu năm": a stretch picked out of the period's own figure. */
const PART_CUE = /(?<![a-z])(?:rieng|trong do|trong so|bao gom|gom)(?![a-z])/;

/**
 * A running stretch of the report's period that stops short of its end ("6 tháng đầu năm 2024" in a nine-month or a
 * year's report, "9 tháng" in a year's), the one period its sentence names: the figures of an earlier report carried
 * over, not the period's own. (A quarter or a month within the period is a part of it: "Riêng quý III, …".)
 */
function stalePrefix(mentioned: Period, report: Period): boolean {
  return mentioned.year === report.year && mentioned.from === report.from && mentioned.to < report.to && mentioned.to - mentioned.from >= 5;
}

/**
 * An earlier period opening an aside right after a figure ("đạt 99,4% (quý IV năm 2024 đạt
 * 98,9%)", "58.930 hồ sơ (năm 2023: 52.110 hồ sơ)"): the earlier figure is set beside the
 * period's own for comparison.
 */
function comparedInAside(folded: string, m: PeriodMention): boolean {
  return /\d[^()]{0,24}\(\s*(?:nam\s*)?$/.test(folded.slice(Math.max(0, m.start - 32), m.start));
}

/**
 * The reporting window a sentence gives its figures ("Từ ngày 15/12/2022 đến ngày 14/9/2023, Sở tiếp nhận …", "(từ
 * 15/12/2023 - 14/3/2024)"), by its closing date: the window a report counts over may open in December of the year
 * before, but closes within the report's period.
 */
const WINDOW = /(?<![a-z])tu(?: ngay)? (\d{1,2})\/(\d{1,2})\/(\d{4})\s*(?:den|toi|-|–)\s*(?:het )?(?:ngay )?(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/;

/**
 * A window closing outside the report's period (another year, or a month past or before it), unless compared with; or,
 * in a period of half a year or more, closing three months or more before its end ("đến ngày 14/6/2023" in a nine-month
 * report: the half year's window of an earlier report — a report due before its period ends closes a month or two early).
 */
function staleWindow(folded: string, report: Period): { start: number; end: number; closes: string } | null {
  if (!folded.includes('/')) return null;
  const m = WINDOW.exec(folded);
  if (!m) return null;
  const month = Number(m[5]);
  const year = Number(m[6]);
  if (year === report.year && month >= report.from && month <= report.to && (report.to - report.from < 5 || month >= report.to - 2)) return null;
  if (EARLIER_OK.test(folded.slice(Math.max(0, m.index - 40), m.index + m[0].length + 25))) return null;
  return { start: m.index, end: m.index + m[0].length, closes: `${year}-${String(month).padStart(2, '0')}` };
}

export default defineCheck({
  id,
  description: 'A sentence of the results part states figures for another period than the report’s (plan sections excluded).',
  ...defaultsOf(id),
  messages: {
    other: 'Số liệu nêu cho {{mentioned}} trong khi báo cáo là của {{period}} — {{where}}: “{{text}}”',
  },
  check(_records, ctx) {
    const report = parsePeriod(ctx.view.period);
    if (!report) return;
    const bySentence = new Map<string, typeof ctx.view.facts>();
    for (const f of ctx.view.facts) {
      const r = f.record;
      if (PLAN.has(r.canonicalSection ?? '') || r.dimensions.status !== undefined) continue;
      const list = bySentence.get(f.sentence);
      if (list) list.push(f);
      else bySentence.set(f.sentence, [f]);
    }
    for (const facts of bySentence.values()) {
      const text = facts[0]!.record.text;
      const folded = facts[0]!.folded;
      const named = mentionsOf(text, folded, report.year);
      const odd = governing(facts, named).filter((m: PeriodMention) => {
        if (contains(report, m.period)) return named.length === 1 && stalePrefix(m.period, report) && !EARLIER_OK.test(folded.slice(Math.max(0, m.start - 40), m.end + 25)) && !PART_CUE.test(folded.slice(0, m.start));
        if (contains(m.period, report) && !runsPast(m.period, report)) return false;
        const around = folded.slice(Math.max(0, m.start - 40), Math.min(folded.length, m.end + 25));
        // "từ tháng 3 …": a range starting earlier and running into the report's period
        if (/(?:^|\s)tu\s*$/.test(folded.slice(Math.max(0, m.start - 4), m.start))) return false;
        if (before(m.period, report)) return !EARLIER_OK.test(around) && !comparedInAside(folded, m);
        const lead = folded.slice(Math.max(0, m.start - 40), m.start);
        if (AS_OF.test(lead) && !PLANNED.test(folded)) return true;
        return !LATER_OK.test(lead);
      });
      const m = odd[0];
      if (!m) {
        const w = named.length === 0 ? staleWindow(folded, report) : null;
        if (!w) continue;
        ctx.report({
          message: 'other',
          data: {
            mentioned: text.slice(w.start, w.end).replace(/^T/, 't'),
            period: periodLabel(report.canonical),
            where: where(facts[0]!.record.section),
            text: text.length > 140 ? `${text.slice(0, 139)}…` : text,
          },
          records: facts.map((f) => f.index),
          keys: [...facts.map((f) => recordKey(f.record)), `window:${w.closes}`],
        });
        continue;
      }
      ctx.report({
        message: 'other',
        data: {
          mentioned: m.withYear ? m.text : `${m.text} (${periodLabel(m.period.canonical)})`,
          period: periodLabel(report.canonical),
          where: where(facts[0]!.record.section),
          text: text.length > 140 ? `${text.slice(0, 139)}…` : text,
        },
        records: facts.map((f) => f.index),
        keys: [...facts.map((f) => recordKey(f.record)), `period:${m.period.canonical}`],
      });
    }
  },
  examples: {
    valid: [
      {
        name: 'the report’s year then its first six months in one sentence: a part of the year, not an earlier report',
        period: '2022',
        lines: [
          { text: 'Năm 2022, Sở tiếp nhận 1.870 hồ sơ, riêng 6 tháng đầu năm 2022 là 918 hồ sơ.', section: 'II/2', records: [
            { metric: 'dossier.received', value: 1870 },
            { metric: 'dossier.received', value: 918 },
          ] },
        ],
      },
      {
        name: 'the next quarter named right after "chuyển" is where the pending dossiers go on, not the figure’s period',
        period: '2024-Q1',
        lines: [
          { text: 'Trong quý I, thị trấn tiếp nhận 528 hồ sơ, đã giải quyết 521 hồ sơ; số hồ sơ tồn chuyển quý II là 07 hồ sơ.', section: 'II/2', records: [
            { metric: 'dossier.received', value: 528 },
            { metric: 'dossier.resolved', value: 521 },
            { metric: 'dossier.pending', value: 7 },
          ] },
        ],
      },
      {
        name: 'a sentence opened by the report’s own year, or by another year compared with',
        period: '2025-9M',
        lines: [
          { text: 'Năm 2025, Sở đã cử 52 lượt công chức tham gia bồi dưỡng.', section: 'II/4', records: [{ metric: 'staff.trained', value: 52 }] },
          { text: 'Năm 2024, Sở tiếp nhận 3.100 hồ sơ, thấp hơn so với năm nay.', records: [{ metric: 'dossier.received', value: 3100 }] },
        ],
      },
      {
        name: 'the report’s own quarter, a year plan and a carry-over from the previous quarter',
        period: '2023-Q2',
        lines: [
          {
            text: 'Trong quý II năm 2023, Sở tiếp nhận 560 hồ sơ, quý I chuyển sang 12 hồ sơ.',
            records: [
              { metric: 'dossier.received', value: 560 },
              { metric: 'dossier.carried_over', value: 12 },
            ],
          },
          { text: 'Đã hoàn thành 15/20 nhiệm vụ theo Kế hoạch CCHC năm 2023.', records: [] },
          { text: 'Từ tháng 3/2023, Sở thí điểm tiếp nhận hồ sơ qua ứng dụng di động, đến nay đã nhận 85 hồ sơ.', records: [{ metric: 'dossier.received', value: 85 }] },
          { text: 'So với quý I, số hồ sơ tiếp nhận tăng 40 hồ sơ; lũy kế 6 tháng đầu năm tiếp nhận 1.080 hồ sơ.', records: [{ metric: 'dossier.received', value: 1080 }] },
          { text: 'Tỷ lệ giải quyết đúng hạn trong quý đạt 99,2% (quý I đạt 98,7%).', records: [{ metric: 'dossier.on_time_rate', value: 99.2 }, { metric: 'dossier.on_time_rate', value: 98.7 }] },
        ],
      },
      {
        name: 'a later inspection planned "vào quý IV" (the seed) and a plan section',
        period: '2022-Q1',
        lines: [
          { text: 'Tập trung kiểm tra tại 03 phòng, đơn vị trực thuộc Sở vào Quý IV năm 2022.', section: 'I/3', canonical: 'direction', records: [{ metric: 'inspection.units', value: 3, dims: { status: 'planned' } }] },
          { text: 'Phấn đấu trong quý II giải quyết 100% hồ sơ đúng hạn.', section: 'IV', canonical: 'plan', records: [{ metric: 'dossier.on_time_rate', value: 100 }] },
          { text: 'Tiếp nhận 48 hồ sơ trong tháng 2/2022.', section: 'II/2', records: [{ metric: 'dossier.received', value: 48 }] },
        ],
      },
      {
        name: 'a reporting window opening in December of the year before and closing within the report’s period; one compared with',
        period: '2024-9M',
        lines: [
          { text: 'Từ ngày 15/12/2023 đến ngày 14/9/2024, Sở tiếp nhận 4.120 hồ sơ.', section: 'II/2', records: [{ metric: 'dossier.received', value: 4120 }] },
          { text: 'Số hồ sơ tăng 8% so với cùng kỳ (từ 15/12/2022 đến 14/9/2023 là 3.815 hồ sơ).', records: [{ metric: 'dossier.received', value: 3815 }] },
        ],
      },
      {
        name: 'a year\'s report due before its end: its window closes in November',
        period: '2024',
        lines: [{ text: 'Từ ngày 15/12/2023 đến ngày 14/11/2024, Sở tiếp nhận 5.230 hồ sơ.', section: 'II/2', records: [{ metric: 'dossier.received', value: 5230 }] }],
      },
      {
        name: 'the month a plan was issued is not the period of the figure after the report’s own quarter',
        period: '2024-Q1',
        lines: [
          { text: 'Thực hiện Kế hoạch kiểm tra được ban hành tháng 12 năm 2023, trong quý I năm 2024 Sở đã kiểm tra công tác cải cách hành chính tại 03 đơn vị.', section: 'I', canonical: 'direction', records: [{ metric: 'inspection.units', value: 3 }] },
        ],
      },
      {
        name: 'the year the report is of, a running total ending with the report’s quarter, the pending going on into the next quarter, a target',
        period: '2024-Q2',
        lines: [
          { text: 'Năm 2024, Sở được giao 42 biên chế công chức.', section: 'II/4', records: [{ metric: 'staff.quota_assigned', value: 42 }] },
          { text: 'Tính chung 6 tháng đầu năm 2024, Sở đã tiếp nhận 1.240 hồ sơ.', section: 'II/2', records: [{ metric: 'dossier.received', value: 1240 }] },
          { text: 'Số hồ sơ đang giải quyết chuyển sang quý III là 45 hồ sơ.', records: [{ metric: 'dossier.pending', value: 45 }] },
          { text: 'Sở phấn đấu trong 9 tháng đầu năm 2024 giải quyết 100% hồ sơ đúng hạn.', records: [{ metric: 'dossier.on_time_rate', value: 100 }] },
        ],
      },
    ],
    invalid: [
      {
        name: 'a sentence opened by the year before, its figures compared with a still older year (a comparison with the report’s own year passes)',
        period: '2023-H1',
        lines: [
          { text: 'Năm 2022, Bộ phận Một cửa xã tiếp nhận 715 hồ sơ, tăng 9% so với cùng kỳ năm 2021.', section: 'II/2', records: [{ metric: 'dossier.received', value: 715 }] },
          { text: 'Năm 2022, xã tiếp nhận 690 hồ sơ, thấp hơn so với kỳ này.', records: [{ metric: 'dossier.received', value: 690 }] },
        ],
        flags: [{ severity: 'warning', records: [0], message: ['năm 2022', '6 tháng đầu năm 2023'] }],
      },
      {
        name: 'a sentence opened by the next year, set off by a comma, in a yearly report (a plan for it passes)',
        period: '2024',
        lines: [
          { text: 'Năm 2025, Sở đã tiếp nhận 1.500 hồ sơ lý lịch tư pháp, giải quyết đúng hạn 1.500 hồ sơ.', section: 'II/2', records: [
            { metric: 'dossier.received', value: 1500 },
            { metric: 'dossier.resolved_on_time', value: 1500 },
          ] },
          { text: 'Năm 2025, Sở phấn đấu giải quyết 100% hồ sơ đúng hạn.', records: [{ metric: 'dossier.on_time_rate', value: 100 }] },
        ],
        flags: [{ severity: 'warning', records: [0, 1], message: ['năm 2025', 'năm 2024'] }],
      },
      {
        name: 'nine months in a half-year report: a stretch ending after the report’s period',
        period: '2024-H1',
        lines: [
          { text: 'Trong 9 tháng đầu năm 2024, Sở đã tiếp nhận 642 hồ sơ, giải quyết đúng hạn 642 hồ sơ.', section: 'II/2', records: [
            { metric: 'dossier.received', value: 642 },
            { metric: 'dossier.resolved_on_time', value: 642 },
          ] },
        ],
        flags: [{ severity: 'warning', records: [0, 1], message: ['9 tháng đầu năm 2024', '6 tháng đầu năm 2024'] }],
      },
      {
        name: 'figures counted up to the end of a later stretch ("Tính đến hết 6 tháng đầu năm") in a quarter’s report; a deadline after it passes',
        period: '2025-Q1',
        lines: [
          { text: 'Tính đến hết 6 tháng đầu năm 2025, các phường, xã đã tiếp nhận 8.204 hồ sơ, giải quyết 8.150 hồ sơ.', section: 'II/2', records: [
            { metric: 'dossier.received', value: 8204, dims: { tier: 'commune' } },
            { metric: 'dossier.resolved', value: 8150, dims: { tier: 'commune' } },
          ] },
          { text: 'Tính đến hết 6 tháng đầu năm 2025, Sở phấn đấu số hóa 100% hồ sơ còn hiệu lực.', records: [{ metric: 'dossier.on_time_rate', value: 100 }] },
          { text: 'Đến hết quý II năm 2025 hoàn thành số hóa 1.200 hồ sơ.', records: [{ metric: 'dossier.received', value: 1200 }] },
        ],
        flags: [{ severity: 'warning', records: [0, 1], message: ['6 tháng đầu năm 2025', 'quý I năm 2025'] }],
      },
      {
        name: 'a reporting window of the year before (copied from an earlier report) in a nine-month report',
        period: '2024-9M',
        lines: [
          { text: 'Từ ngày 15/12/2022 đến ngày 14/9/2023, Sở tiếp nhận 6.305 hồ sơ, đã giải quyết 6.281 hồ sơ.', section: 'II/2', records: [
            { metric: 'dossier.received', value: 6305 },
            { metric: 'dossier.resolved', value: 6281 },
          ] },
        ],
        flags: [{ severity: 'warning', records: [0, 1], message: ['14/9/2023', '9 tháng năm 2024'] }],
      },
      {
        name: 'a half year\'s window (an earlier report\'s) in a nine-month report of the same year',
        period: '2024-9M',
        lines: [{ text: 'Từ ngày 15/12/2023 đến ngày 14/6/2024, Sở tiếp nhận 2.940 hồ sơ.', section: 'II/2', records: [{ metric: 'dossier.received', value: 2940 }] }],
        flags: [{ severity: 'warning', records: [0], message: ['14/6/2024', '9 tháng năm 2024'] }],
      },
      {
        name: 'a figure followed by the other period it is for',
        period: '2024-Q2',
        lines: [
          { text: 'Sở đã tiếp nhận 1.240 hồ sơ trong quý I năm 2024, trả kết quả đúng hạn.', section: 'II/2', records: [{ metric: 'dossier.received', value: 1240 }] },
        ],
        flags: [{ severity: 'warning', message: ['quý I năm 2024', 'quý II năm 2024'] }],
      },
      {
        name: '"trong quý III" in a 2023-Q2 report',
        period: '2023-Q2',
        lines: [
          { text: 'Trong quý III, Trung tâm đã tiếp nhận 1.240 hồ sơ, giải quyết 1.200 hồ sơ.', section: 'II/2', records: [
            { metric: 'dossier.received', value: 1240 },
            { metric: 'dossier.resolved', value: 1200 },
          ] },
        ],
        flags: [{ severity: 'warning', records: [0, 1], message: ['quý III', 'quý II năm 2023', 'mục II/2'] }],
      },
      {
        name: 'the previous year’s six months in a 2024-H1 report',
        period: '2024-H1',
        lines: [
          { text: 'Trong 6 tháng đầu năm 2023, toàn tỉnh ban hành 12 văn bản quy phạm pháp luật.', records: [{ metric: 'legal_doc.issued', value: 12 }] },
        ],
        flags: [{ severity: 'warning', message: ['6 tháng đầu năm 2023', '6 tháng đầu năm 2024'] }],
      },
      {
        name: 'a sentence opened by the previous year, set off by a comma, in a nine-month report',
        period: '2025-9M',
        lines: [
          { text: 'Năm 2024, Chi cục đã cử 37 lượt công chức tham gia bồi dưỡng nghiệp vụ.', section: 'II/4', records: [{ metric: 'staff.trained', value: 37 }] },
        ],
        flags: [{ severity: 'warning', records: [0], message: ['năm 2024', '9 tháng năm 2025'] }],
      },
      {
        name: 'the first six months of the year, the only period named, in a year’s report: an earlier report’s figures',
        period: '2022',
        lines: [
          { text: '6 tháng đầu năm 2022, Bộ phận Một cửa của Sở tiếp nhận 918 hồ sơ, đã giải quyết 905 hồ sơ.', section: 'II/2', records: [
            { metric: 'dossier.received', value: 918 },
            { metric: 'dossier.resolved', value: 905 },
          ] },
        ],
        flags: [{ severity: 'warning', records: [0, 1], message: ['6 tháng đầu năm 2022', 'năm 2022'] }],
      },
    ],
  },
});
