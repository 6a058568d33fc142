import { defineCheck } from '../check.ts';
import { fold } from '../../text/normalize.ts';
import { channelsIn } from '../../extract/dimensions/channel.ts';
import { defaultsOf } from '../config.ts';
import { findBreakdowns } from '../breakdowns.ts';
import { dimensionValue, dimsPhrase, metricLabel, recordLabel, vn, where } from '../labels.ts';
import { exact, type Fact, type ReportView } from '../report-view.ts';
import { factsOf } from '../facts-by-metric.ts';
import { perView } from '../per-view.ts';
import { sameScopeOf } from '../period-scope.ts';
import { partByWording } from '../part-wording.ts';
import { carryOverSaid } from '../carry-over.ts';
import { ancestors, partner, recordKey, sameFactScope, within, type DimKey } from '../scope.ts';

const id = 'part-exceeds-whole';

/** A part of the period as a row's label: "Tháng 02", "Quý I", "Tuần 3". */
const SUB_PERIOD = /^\s*(?:thang|quy|tuan|dot) (?:\d|[ivx]+(?![a-z]))/;

/** Dimensions a part of a whole adds to it ("field" of a table by field), the rest of its scope kept. */
const PART_DIMS = new Set(['field', 'channel', 'level', 'mechanism']);

/**
 * The carried-over figure of a whole the resolved part `s` belongs to ("Kỳ trước chuyển sang 120 hồ sơ" before a table by
 * field): its dimensions are `s`'s but for those that make a part, in `s`'s section and period. The largest when several.
 */
function widerCarryOver(v: ReportView, s: Fact): Fact | null {
  const dims = s.record.dimensions as Record<string, unknown>;
  if (!Object.keys(dims).some((k) => PART_DIMS.has(k))) return null;
  let best: Fact | null = null;
  for (const f of exact(v, 'dossier.carried_over')) {
    if (f.record.section !== s.record.section || !sameScopeOf(v, s, f)) continue;
    const own = f.record.dimensions as Record<string, unknown>;
    const keys = new Set([...Object.keys(own), ...Object.keys(dims)]);
    if (![...keys].every((k) => (PART_DIMS.has(k) ? own[k] === undefined : own[k] === dims[k]))) continue;
    if (!best || f.record.value > best.record.value) best = f;
  }
  return best;
}

/** part metric → whole metric; `unset`: dimensions the whole leaves out. */
const RELATIONS: { part: string; whole: string; unset?: DimKey[]; needs?: DimKey }[] = [
  { part: 'dossier.resolved_on_time', whole: 'dossier.resolved' },
  { part: 'dossier.resolved_early', whole: 'dossier.resolved' },
  { part: 'dossier.resolved_late', whole: 'dossier.resolved' },
  { part: 'dossier.pending_on_time', whole: 'dossier.pending' },
  { part: 'dossier.pending_overdue', whole: 'dossier.pending' },
  { part: 'feedback.resolved', whole: 'feedback.received' },
  { part: 'procedure.online', whole: 'procedure.total', unset: ['level'] },
  { part: 'dossier.received', whole: 'dossier.received', unset: ['channel'], needs: 'channel' },
  { part: 'dossier.resolved', whole: 'dossier.resolved', unset: ['channel'], needs: 'channel' },
  { part: 'dossier.new', whole: 'dossier.new', unset: ['channel'], needs: 'channel' },
];

/** What a channel part's whole in an enclosing section may differ in. */
const CHANNEL_MECHANISM: DimKey[] = ['channel', 'mechanism'];

/** Per view, by metric and section: the figures a whole may be among there (no bound, no channel, not after a cue), in order. */
const wholesBySection = perView((): Map<string, Fact[]> => new Map());

function wholesWithin(v: ReportView, metric: string, section: string): Fact[] {
  const memo = wholesBySection(v);
  const key = `${metric}\u0000${section}`;
  let list = memo.get(key);
  if (list === undefined) {
    list = (factsOf(v, metric)?.all ?? []).filter(
      (f) => f.record.qualifier === undefined && f.record.dimensions.channel === undefined && !f.afterCue && within(f.record.section, section),
    );
    memo.set(key, list);
  }
  return list;
}

/**
 * The wholes of a channel part stated in sibling subsections ("a) Một cửa: tiếp nhận 48 hồ sơ",
 * "b) Liên thông: 0", … "d) Trực tuyến: nhận qua DVCTT 38 hồ sơ"): at the nearest enclosing
 * section (below the top level) that has any, one figure per mechanism, added up — the part
 * cannot be above their sum. Two figures for one mechanism there: unclear, none.
 */
function enclosingWholes(v: ReportView, part: Fact, metric: string): Fact[] {
  for (const anc of ancestors(part.record.section)) {
    if (!anc.includes('/')) break;
    const here = wholesWithin(v, metric, anc).filter((f) => sameScopeOf(v, part, f) && sameFactScope(part, f, CHANNEL_MECHANISM));
    if (here.length === 0) continue;
    const byMechanism = new Map<string, Fact[]>();
    for (const f of here) {
      const m = f.record.dimensions.mechanism ?? '';
      byMechanism.set(m, [...(byMechanism.get(m) ?? []), f]);
    }
    if ([...byMechanism.values()].some((g) => new Set(g.map((f) => f.record.value)).size > 1)) return [];
    return [...byMechanism.values()].map((g) => g[0]!);
  }
  return [];
}

/**
 * The whole's own clause names channels, none of them the part's: "Hồ sơ tiếp nhận trực tiếp và qua
 * bưu chính: 412 hồ sơ; hồ sơ trực tuyến: 1.108 hồ sơ" — the 412 (read with no channel, as two are
 * named) is no whole of the online figure.
 */
function othersOnly(whole: Fact, channel: string): boolean {
  if (!whole.figure) return false;
  const left = whole.folded.slice(whole.folded.lastIndexOf(';', whole.figure.start - 1) + 1, whole.figure.start);
  const named = channelsIn(left);
  return named.length > 0 && !named.includes(channel as (typeof named)[number]);
}

/** Levels no procedure is at both of: full and partial, levels 3 and 4. */
const LEVEL_PAIRS = [['full', 'partial'], ['3', '4']];

/** The one count of procedures online at `level` in the paragraph of the total `t`, of its scope; null when none or several values. */
function onlineAt(v: ReportView, t: Fact, level: string): Fact | null {
  const found = (factsOf(v, 'procedure.online')?.block.get(t.block) ?? []).filter(
    (f) => f.record.qualifier === undefined && f.record.dimensions.level === level && sameScopeOf(v, t, f) && sameFactScope(t, f, ['level']),
  );
  return found.length > 0 && found.every((f) => f.record.value === found[0]!.record.value) ? found[0]! : null;
}

/** Parts that are resolved (out of what was received and what was carried over). */
const RESOLVED_PARTS = new Set(['feedback.resolved']);

export default defineCheck({
  id,
  description: 'A part is larger than its whole: online > received, on time > resolved, resolved > received + carried over, …',
  ...defaultsOf(id),
  messages: {
    part: '{{part}} ({{partValue}}) lớn hơn {{whole}} ({{wholeValue}}) — {{where}}',
    resolved: 'Số hồ sơ đã giải quyết{{of}} ({{resolved}}) lớn hơn số hồ sơ {{received}}{{carried}} ({{input}}) — {{where}}',
    levels: 'Số TTHC trực tuyến {{levels}} ({{parts}} = {{sum}}) lớn hơn tổng số TTHC ({{whole}}) — {{where}}',
  },
  check(_records, ctx) {
    const v = ctx.view;
    const tol = (ctx.settings.tolerance ?? 0) + 1e-9;
    const seen = new Set<string>();
    // a part above its whole is reported even when its breakdown's sum is too (sum-mismatch): the
    // one figure alone is impossible ("tiếp nhận 845 hồ sơ, trong đó trực tuyến 912 hồ sơ, bưu
    // chính 10 hồ sơ"), not only the parts together
    const breakdowns = findBreakdowns(v);
    // figures worded as parts ("hình thức khác 129 hồ sơ", "318 hồ sơ, chiếm 68,8%") are no wholes
    const parts = partByWording(v);
    const report = (part: Fact, whole: Fact) => {
      const k = `${part.index}>${whole.index}`;
      if (seen.has(k)) return;
      seen.add(k);
      ctx.report({
        message: 'part',
        data: {
          part: recordLabel(part.record).replace(/^s/, 'S'),
          partValue: vn(part.record.value),
          whole: recordLabel(whole.record),
          wholeValue: vn(whole.record.value),
          where: where(part.record.section),
        },
        records: [whole.index, part.index],
        expected: whole.record.value,
        actual: part.record.value,
        place: part.index,
        cause: whole.index,
        keys: [recordKey(part.record), recordKey(whole.record)],
      });
    };

    const reportMany = (part: Fact, wholes: Fact[], sum: number) => {
      if (wholes.length === 1) return report(part, wholes[0]!);
      const k = `${part.index}>${wholes.map((w) => w.index).join('+')}`;
      if (seen.has(k)) return;
      seen.add(k);
      ctx.report({
        message: 'part',
        data: {
          part: recordLabel(part.record).replace(/^s/, 'S'),
          partValue: vn(part.record.value),
          whole: `tổng ${metricLabel(part.record.metric)} các mục`,
          wholeValue: `${wholes.map((w) => vn(w.record.value)).join(' + ')} = ${vn(sum)}`,
          where: where(part.record.section),
        },
        records: [...wholes.map((w) => w.index), part.index],
        expected: sum,
        actual: part.record.value,
        place: part.index,
        cause: wholes.map((w) => w.index),
        keys: [recordKey(part.record), ...wholes.map((w) => recordKey(w.record))],
      });
    };

    for (const rel of RELATIONS) {
      for (const part of exact(v, rel.part)) {
        if (rel.needs && part.record.dimensions[rel.needs] === undefined) continue;
        const whole = partner(v, part, rel.whole, { wholesOnly: true, skip: parts, ...(rel.unset ? { unset: rel.unset } : {}) });
        if (whole && rel.needs === 'channel' && othersOnly(whole, part.record.dimensions.channel!)) continue;
        if (whole) {
          if (RESOLVED_PARTS.has(rel.part) && carryOverSaid(whole, part)) continue;
          // ("Có 5 hồ sơ quá hạn, trong đó 3 hồ sơ đã giải quyết, 2 hồ sơ đang giải quyết": the "whole" after a breakdown cue
          // that follows the part in its sentence is a part of it.)
          if (whole.afterCue && whole.sentence === part.sentence && whole.at > part.at) continue;
          if (part.record.value > whole.record.value + tol) report(part, whole);
        } else if (rel.needs === 'channel') {
          const wholes = enclosingWholes(v, part, rel.whole);
          const sum = wholes.reduce((t, f) => t + f.record.value, 0);
          if (wholes.length && part.record.value > sum + tol) reportMany(part, wholes, sum);
        }
      }
    }

    for (const b of breakdowns) for (const p of b.parts) if (p.record.value > b.total.record.value + tol) report(p, b.total);

    // the procedures online at the two levels of a pair, which no procedure is at both
    for (const t of exact(v, 'procedure.total')) {
      if (t.block < 0 || t.record.dimensions.level !== undefined) continue;
      for (const pair of LEVEL_PAIRS) {
        const levels = pair.map((level) => onlineAt(v, t, level));
        if (levels.some((f) => f === null)) continue;
        const online = levels as Fact[];
        const sum = online.reduce((n, f) => n + f.record.value, 0);
        if (sum <= t.record.value + tol || online.some((f) => f.record.value > t.record.value + tol)) continue;
        ctx.report({
          message: 'levels',
          data: {
            levels: pair.map((level) => dimensionValue('level', level)).join(' + '),
            parts: online.map((f) => vn(f.record.value)).join(' + '),
            sum: vn(sum),
            whole: vn(t.record.value),
            where: where(t.record.section),
          },
          records: [t.index, ...online.map((f) => f.index)],
          expected: t.record.value,
          actual: sum,
          place: online[0]!.index,
          cause: t.index,
          keys: [recordKey(t.record), ...online.map((f) => recordKey(f.record))],
        });
      }
    }

    for (const s of exact(v, 'dossier.resolved')) {
      // the intake: received, or without it the newly received with the carried-over ones
      // ("tiếp nhận mới 610 hồ sơ, kỳ trước chuyển sang 12 hồ sơ; đã giải quyết 640 hồ sơ")
      const c = partner(v, s, 'dossier.carried_over', { wholesOnly: true });
      const r = partner(v, s, 'dossier.received', { wholesOnly: true, skip: parts }) ?? (c ? partner(v, s, 'dossier.new', { wholesOnly: true, skip: parts }) : null);
      if (!r) continue;
      const input = r.record.value + (c?.record.value ?? 0);
      if (s.record.value <= input + tol) continue;
      if (!c && carryOverSaid(r, s)) continue;
      // ("Kỳ trước chuyển sang 120 hồ sơ …" / "| Lý lịch tư pháp | 512 | 548 |": a field's own carry-over goes unstated; the
      // whole's bounds it.)
      // ("| Tháng 02 | 866 | 871 |": a month's row resolves dossiers of the month before, carried over from it unstated.)
      if (!c && SUB_PERIOD.test(fold(String(s.record.dimensions.subject ?? '')))) continue;
      const wider = c ? null : widerCarryOver(v, s);
      if (wider && s.record.value <= input + wider.record.value + tol) continue;
      const k = `${s.index}>${r.index}`;
      if (seen.has(k)) continue;
      seen.add(k);
      ctx.report({
        message: 'resolved',
        data: {
          resolved: vn(s.record.value),
          of: dimsPhrase(s.record.dimensions),
          received: r.record.metric === 'dossier.new' ? 'tiếp nhận mới' : 'tiếp nhận',
          carried: c ? ` và kỳ trước chuyển sang (${vn(r.record.value)} + ${vn(c.record.value)})` : '',
          input: c ? `= ${vn(input)}` : vn(input),
          where: where(s.record.section),
        },
        records: [r.index, ...(c ? [c.index] : []), s.index],
        expected: input,
        actual: s.record.value,
        place: s.index,
        cause: [r.index, ...(c ? [c.index] : [])],
        keys: [s, r, ...(c ? [c] : [])].map((f) => recordKey(f.record)),
      });
    }
  },
  examples: {
    valid: [
      {
        name: 'the late dossiers broken down into those resolved and those still pending: the resolved ones are a part of the late, no whole of them',
        lines: [
          { text: 'Trong kỳ có 7 hồ sơ quá hạn, trong đó 4 hồ sơ đã giải quyết, 3 hồ sơ đang giải quyết.', section: 'II/2', canonical: 'procedures', records: [
            { metric: 'dossier.resolved_late', value: 7 },
            { metric: 'dossier.resolved', value: 4 },
            { metric: 'dossier.pending', value: 3 },
          ] },
        ],
      },
      {
        name: 'a month of a table by month resolving more than it received: dossiers of the month before',
        lines: [
          { text: '| Tháng | Tiếp nhận | Đã giải quyết |', kind: 'tableRow', section: 'II/2', canonical: 'procedures' },
          { text: '| Tháng 4 | 520 | 498 |', kind: 'tableRow', records: [
            { metric: 'dossier.received', value: 520, dims: { subject: 'Tháng 4' } },
            { metric: 'dossier.resolved', value: 498, dims: { subject: 'Tháng 4' } },
          ] },
          { text: '| Tháng 5 | 470 | 489 |', kind: 'tableRow', records: [
            { metric: 'dossier.received', value: 470, dims: { subject: 'Tháng 5' } },
            { metric: 'dossier.resolved', value: 489, dims: { subject: 'Tháng 5' } },
          ] },
        ],
      },
      {
        name: 'a field resolving more than it received in the period, within the carry-over of the whole stated before its table',
        lines: [
          { text: 'Kỳ trước chuyển sang 64 hồ sơ; trong kỳ tiếp nhận 530 hồ sơ; đã giải quyết 570 hồ sơ.', section: 'II/2', canonical: 'procedures', records: [
            { metric: 'dossier.carried_over', value: 64 },
            { metric: 'dossier.received', value: 530 },
            { metric: 'dossier.resolved', value: 570 },
          ] },
          { text: '| Lĩnh vực | Tiếp nhận | Đã giải quyết |', kind: 'tableRow' },
          { text: '| Chứng thực | 410 | 440 |', kind: 'tableRow', records: [
            { metric: 'dossier.received', value: 410, dims: { field: 'Chứng thực' } },
            { metric: 'dossier.resolved', value: 440, dims: { field: 'Chứng thực' } },
          ] },
          { text: '| Hộ tịch | 120 | 130 |', kind: 'tableRow', records: [
            { metric: 'dossier.received', value: 120, dims: { field: 'Hộ tịch' } },
            { metric: 'dossier.resolved', value: 130, dims: { field: 'Hộ tịch' } },
          ] },
        ],
      },
      {
        name: 'the outcome announced with its subject left out ("Kết quả đã giải quyết …") is the named body’s, not set against another intake',
        lines: [
          { text: 'Trong kỳ, Sở Y tế tiếp nhận 2.734 hồ sơ. Kết quả đã giải quyết 2.601 hồ sơ, đang giải quyết 133 hồ sơ.', section: 'II/2', records: [
            { metric: 'dossier.received', value: 2734, dims: { subject: 'Sở Y tế' } },
            { metric: 'dossier.resolved', value: 2601 },
            { metric: 'dossier.pending', value: 133 },
          ] },
          { text: 'Số hồ sơ giải quyết theo cơ chế một cửa liên thông: 46 hồ sơ.', records: [{ metric: 'dossier.received', value: 46, dims: { mechanism: 'interlinked' } }] },
        ],
      },
      {
        name: 'two quotas of two kinds of posts in one list are neither a whole nor its part',
        lines: [
          { text: '+ Công chức: được giao 61 biên chế, có mặt 58 người;', section: 'II/5', records: [
            { metric: 'staff.quota_assigned', value: 61, dims: { type: 'công chức' } },
            { metric: 'staff.quota_filled', value: 58, dims: { type: 'công chức' } },
          ] },
          { text: '+ Viên chức: được giao 1.245 người, có mặt 1.198 người.', records: [
            { metric: 'staff.quota_assigned', value: 1245, dims: { type: 'người làm việc' } },
            { metric: 'staff.quota_filled', value: 1198, dims: { type: 'người làm việc' } },
          ] },
        ],
      },
      {
        name: 'the parts of a whole in a bracket that holds a ";" are apart from the clause after the bracket, which goes on with the whole',
        lines: [
          { text: 'Trong năm, Sở nhận 64 phản ánh, kiến nghị (qua Tổng đài 1022: 50; qua Hệ thống PAKN quốc gia: 14), đã xử lý 62 phản ánh, kiến nghị.', section: 'II/2', records: [
            { metric: 'feedback.received', value: 64 },
            { metric: 'feedback.received', value: 50 },
            { metric: 'feedback.received', value: 14 },
            { metric: 'feedback.resolved', value: 62 },
          ] },
        ],
      },
      {
        name: 'a whole whose clause names only other channels is no whole of an online figure ("trực tiếp và qua bưu chính: 412")',
        lines: [
          { text: 'Hồ sơ nộp trực tiếp và qua bưu chính công ích: 506 hồ sơ; hồ sơ nộp trực tuyến: 1.374 hồ sơ.', section: 'II/2', records: [
            { metric: 'dossier.received', value: 506 },
            { metric: 'dossier.received', value: 1374, dims: { channel: 'online' } },
          ] },
        ],
      },
      {
        name: 'the figures after an aside of another month ("(tháng 6/2024 tiếp nhận 2.980 hồ sơ)") are the report’s, not that month’s',
        period: '2024-07',
        lines: [
          { text: 'Trong tháng 7/2024, Trung tâm tiếp nhận 3.214 hồ sơ (tháng 6/2024 tiếp nhận 2.980 hồ sơ); đã giải quyết 3.160 hồ sơ, đúng hạn 100%.', section: 'II/2', canonical: 'procedures', records: [
            { metric: 'dossier.received', value: 3214 },
            { metric: 'dossier.received', value: 2980 },
            { metric: 'dossier.resolved', value: 3160 },
            { metric: 'dossier.on_time_rate', value: 100 },
          ] },
        ],
      },
      {
        name: 'resolved above received when the sentence says some were carried over, without a figure read for them',
        lines: [
          { text: 'Trong năm, Sở tiếp nhận 05 phản ánh, kiến nghị về quy định hành chính (năm trước chuyển sang 03 phản ánh); đã xử lý xong 08 phản ánh, kiến nghị.', section: 'II/2', records: [
            { metric: 'feedback.received', value: 5 },
            { metric: 'feedback.resolved', value: 8 },
          ] },
          { text: 'Trong quý, UBND xã tiếp nhận 410 hồ sơ, đã giải quyết 428 hồ sơ (kể cả hồ sơ tồn kỳ trước).', records: [
            { metric: 'dossier.received', value: 410 },
            { metric: 'dossier.resolved', value: 428 },
          ] },
        ],
      },
      {
        name: 'running totals written as "cộng dồn" or as a range from the first of January are not the quarter’s',
        period: '2024-Q3',
        lines: [
          { text: 'Trong quý III năm 2024, Sở tiếp nhận 412 hồ sơ, đã giải quyết 405 hồ sơ. Cộng dồn đến nay, Sở đã giải quyết 1.197 hồ sơ.', section: 'II/2', canonical: 'procedures', records: [
            { metric: 'dossier.received', value: 412 },
            { metric: 'dossier.resolved', value: 405 },
            { metric: 'dossier.resolved', value: 1197 },
          ] },
          { text: 'Từ ngày 01/01/2024 đến ngày 15/9/2024, Sở đã giải quyết đúng hạn 1.190 hồ sơ.', records: [{ metric: 'dossier.resolved_on_time', value: 1190 }] },
        ],
      },
      {
        name: 'a department’s own intake and the figures of the province or another body it quotes',
        period: '2024-Q2',
        agency: 'Sở Khoa học và Công nghệ',
        lines: [
          { text: 'Trong quý II năm 2024, Sở tiếp nhận 2.200 hồ sơ, đã giải quyết 2.150 hồ sơ. Trên địa bàn tỉnh, các cơ quan hành chính đã giải quyết 48.000 hồ sơ.', section: 'II/2', canonical: 'procedures', records: [
            { metric: 'dossier.received', value: 2200 },
            { metric: 'dossier.resolved', value: 2150 },
            { metric: 'dossier.resolved', value: 48000 },
          ] },
          { text: 'Theo báo cáo của Trung tâm Phục vụ hành chính công, trong quý có 51.000 hồ sơ được giải quyết đúng hạn.', records: [{ metric: 'dossier.resolved_on_time', value: 51000 }] },
        ],
      },
      {
        name: 'a quarter’s figure in a yearly report and a running total in a quarter’s are not the report’s wholes',
        period: '2023',
        lines: [
          { text: 'Năm 2023, Sở đã giải quyết 2.010 hồ sơ, không có hồ sơ trễ hạn. Riêng quý IV năm 2023, Sở tiếp nhận 420 hồ sơ.', section: 'II/2', canonical: 'procedures', records: [
            { metric: 'dossier.resolved', value: 2010 },
            { metric: 'dossier.received', value: 420 },
          ] },
        ],
      },
      {
        name: 'the quarter’s intake and the resolved since January',
        period: '2024-Q2',
        lines: [
          { text: 'Trong quý, Sở tiếp nhận 420 hồ sơ. Lũy kế từ đầu năm, Sở đã giải quyết 880 hồ sơ.', section: 'II/2', canonical: 'procedures', records: [
            { metric: 'dossier.received', value: 420 },
            { metric: 'dossier.resolved', value: 880 },
          ] },
        ],
      },
      {
        name: 'the rest of a channel breakdown ("hình thức khác") is no whole of the channels before it',
        lines: [
          { text: 'Trong quý, Sở tiếp nhận 905 hồ sơ; trong đó trực tuyến 760 hồ sơ, qua bưu chính công ích 22 hồ sơ, hình thức khác 123 hồ sơ.', section: 'II/2', records: [
            { metric: 'dossier.received', value: 905 },
            { metric: 'dossier.received', value: 760, dims: { channel: 'online' } },
            { metric: 'dossier.received', value: 22, dims: { channel: 'postal' } },
            { metric: 'dossier.received', value: 123 },
          ] },
        ],
      },
      {
        name: 'a sentence naming its own scope does not go on about the tier before it',
        lines: [
          { text: 'Toàn huyện tiếp nhận 5.120 hồ sơ.', section: 'II/2', records: [{ metric: 'dossier.received', value: 5120 }] },
          { text: 'Cấp xã tiếp nhận 3.700 hồ sơ.', records: [{ metric: 'dossier.received', value: 3700, dims: { tier: 'commune' } }] },
          { text: 'Đã giải quyết toàn huyện 5.010 hồ sơ.', records: [{ metric: 'dossier.resolved', value: 5010 }] },
        ],
      },
      {
        name: 'procedures online at levels 3 and 4 within the total',
        lines: [
          { text: 'Sở đang thực hiện 84 TTHC, trong đó mức độ 4 là 51 TTHC, mức độ 3 là 27 TTHC.', section: 'II/2', records: [
            { metric: 'procedure.total', value: 84 },
            { metric: 'procedure.online', value: 51, dims: { level: '4' } },
            { metric: 'procedure.online', value: 27, dims: { level: '3' } },
          ] },
        ],
      },
      {
        name: 'online 38 of 48 received, in different subsections (the seed)',
        lines: [
          { text: 'a, Một cửa: đã tiếp nhận 48 hồ sơ.', kind: 'heading', section: 'II/2/2.2/a', records: [{ metric: 'dossier.received', value: 48, dims: { mechanism: 'one_stop' } }] },
          { text: 'b, Một cửa liên thông: Chưa có hồ sơ.', kind: 'heading', section: 'II/2/2.2/b', records: [{ metric: 'dossier.received', value: 0, dims: { mechanism: 'interlinked' } }] },
          { text: 'd, Trực tuyến:', kind: 'heading', section: 'II/2/2.2/d' },
          { text: '- Số hồ sơ nhận qua trang DVCTT: 38 hồ sơ.', records: [{ metric: 'dossier.received', value: 38, dims: { channel: 'online' } }] },
        ],
      },
      {
        name: 'resolved within received + carried over',
        lines: [
          {
            text: 'Tiếp nhận 1.250 hồ sơ, kỳ trước chuyển sang 80 hồ sơ; đã giải quyết 1.300 hồ sơ, trong đó đúng hạn 1.290 hồ sơ.',
            records: [
              { metric: 'dossier.received', value: 1250 },
              { metric: 'dossier.carried_over', value: 80 },
              { metric: 'dossier.resolved', value: 1300 },
              { metric: 'dossier.resolved_on_time', value: 1290 },
            ],
          },
        ],
      },
    ],
    invalid: [
      {
        name: 'a field resolving more than it received and all the carry-over of the whole',
        lines: [
          { text: 'Kỳ trước chuyển sang 20 hồ sơ; trong kỳ tiếp nhận 530 hồ sơ; đã giải quyết 540 hồ sơ.', section: 'II/2', canonical: 'procedures', records: [
            { metric: 'dossier.carried_over', value: 20 },
            { metric: 'dossier.received', value: 530 },
            { metric: 'dossier.resolved', value: 540 },
          ] },
          { text: '| Lĩnh vực | Tiếp nhận | Đã giải quyết |', kind: 'tableRow' },
          { text: '| Chứng thực | 410 | 440 |', kind: 'tableRow', records: [
            { metric: 'dossier.received', value: 410, dims: { field: 'Chứng thực' } },
            { metric: 'dossier.resolved', value: 440, dims: { field: 'Chứng thực' } },
          ] },
        ],
        flags: [{ severity: 'error', expected: 410, actual: 440 }],
      },
      {
        name: 'the online dossiers of a level above that level’s intake, stated as a part of the area’s total',
        lines: [
          { text: 'Tổng số hồ sơ tiếp nhận của thị xã là 30.200 hồ sơ. Trong đó, cấp thị xã tiếp nhận 9.800 hồ sơ, cấp xã tiếp nhận 20.400 hồ sơ.', section: 'II/2', canonical: 'procedures', records: [
            { metric: 'dossier.received', value: 30200 },
            { metric: 'dossier.received', value: 9800, dims: { tier: 'district' } },
            { metric: 'dossier.received', value: 20400, dims: { tier: 'commune' } },
          ] },
          { text: 'Số hồ sơ tiếp nhận trực tuyến tại cấp thị xã là 10.150 hồ sơ.', records: [{ metric: 'dossier.received', value: 10150, dims: { channel: 'online', tier: 'district' } }] },
        ],
        flags: [{ severity: 'error', expected: 9800, actual: 10150 }],
      },
      {
        name: 'online received above all received',
        lines: [
          {
            text: 'Trong quý, Trung tâm tiếp nhận 1.020 hồ sơ; số hồ sơ tiếp nhận trực tuyến là 1.105 hồ sơ.',
            section: 'II/2',
            records: [
              { metric: 'dossier.received', value: 1020 },
              { metric: 'dossier.received', value: 1105, dims: { channel: 'online' } },
            ],
          },
        ],
        flags: [{ severity: 'error', expected: 1020, actual: 1105, records: [0, 1], message: ['(1.105) lớn hơn số hồ sơ tiếp nhận (1.020)', 'mục II/2'] }],
      },
      {
        name: 'one channel of a breakdown alone above the intake it breaks down (its sum is reported by sum-mismatch too)',
        lines: [
          {
            text: 'Trong quý, Sở nhận 730 hồ sơ, trong đó nộp qua cổng dịch vụ công 764 hồ sơ, nộp trực tiếp 15 hồ sơ.',
            section: 'II/2',
            records: [
              { metric: 'dossier.received', value: 730 },
              { metric: 'dossier.received', value: 764, dims: { channel: 'online' } },
              { metric: 'dossier.received', value: 15, dims: { channel: 'direct' } },
            ],
          },
        ],
        flags: [{ severity: 'error', expected: 730, actual: 764, records: [0, 1], message: ['(764) lớn hơn số hồ sơ tiếp nhận (730)'] }],
      },
      {
        name: 'online received in its own subsection above the totals of the mechanisms (the seed’s layout)',
        lines: [
          { text: 'a, Giải quyết theo cơ chế một cửa: Trong quý, Bộ phận một cửa đã tiếp nhận 48 hồ sơ.', kind: 'heading', section: 'II/2/2.2/a', records: [{ metric: 'dossier.received', value: 48, dims: { mechanism: 'one_stop' } }] },
          { text: 'b, Giải quyết theo cơ chế một cửa liên thông: Tiếp nhận 3 hồ sơ.', kind: 'heading', section: 'II/2/2.2/b', records: [{ metric: 'dossier.received', value: 3, dims: { mechanism: 'interlinked' } }] },
          { text: 'd, Kết quả trên trang dịch vụ công trực tuyến:', kind: 'heading', section: 'II/2/2.2/d' },
          { text: '- Số hồ sơ nhận qua trang DVCTT: 58 hồ sơ.', records: [{ metric: 'dossier.received', value: 58, dims: { channel: 'online' } }] },
        ],
        flags: [{ severity: 'error', expected: 51, actual: 58, records: [0, 1, 2], message: ['(58) lớn hơn', '48 + 3 = 51', 'mục II/2/2.2/d'] }],
      },
      {
        name: 'resolved in the next paragraph, its subject left out, above the one-stop office’s intake it goes on about',
        lines: [
          { text: 'Trong quý, Bộ phận Một cửa thị xã tiếp nhận 1.204 hồ sơ.', section: 'II/2', records: [{ metric: 'dossier.received', value: 1204, dims: { tier: 'district' } }] },
          { text: 'Đã giải quyết 1.236 hồ sơ, đang giải quyết 40 hồ sơ.', records: [
            { metric: 'dossier.resolved', value: 1236 },
            { metric: 'dossier.pending', value: 40 },
          ] },
        ],
        flags: [{ severity: 'error', expected: 1204, actual: 1236, records: [0, 1] }],
      },
      {
        name: 'procedures online in full and in part above all the procedures',
        lines: [
          { text: 'Sở đang thực hiện 120 TTHC, trong đó 70 TTHC trực tuyến toàn trình, 58 TTHC trực tuyến một phần.', section: 'II/2', records: [
            { metric: 'procedure.total', value: 120 },
            { metric: 'procedure.online', value: 70, dims: { level: 'full' } },
            { metric: 'procedure.online', value: 58, dims: { level: 'partial' } },
          ] },
        ],
        flags: [{ severity: 'error', expected: 120, actual: 128, records: [0, 1, 2], message: ['toàn trình + một phần (70 + 58 = 128) lớn hơn tổng số TTHC (120)'] }],
      },
      {
        name: 'feedback resolved above feedback received, nothing said carried over',
        lines: [
          { text: 'Trong năm, Sở tiếp nhận 05 phản ánh, kiến nghị về thủ tục hành chính; đã xử lý 07 phản ánh, kiến nghị.', section: 'II/2', records: [
            { metric: 'feedback.received', value: 5 },
            { metric: 'feedback.resolved', value: 7 },
          ] },
        ],
        flags: [{ severity: 'error', expected: 5, actual: 7, records: [0, 1] }],
      },
      {
        name: 'on time above resolved',
        lines: [
          {
            text: 'Đã giải quyết 930 hồ sơ, trong đó giải quyết đúng hạn 950 hồ sơ.',
            records: [
              { metric: 'dossier.resolved', value: 930 },
              { metric: 'dossier.resolved_on_time', value: 950 },
            ],
          },
        ],
        flags: [{ severity: 'error', expected: 930, actual: 950 }],
      },
      {
        name: 'resolved above the newly received + carried over, no received total stated',
        lines: [
          { text: 'Trong quý, Sở tiếp nhận mới 610 hồ sơ, kỳ trước chuyển sang 12 hồ sơ; đã giải quyết 640 hồ sơ.', section: 'II/2', records: [
            { metric: 'dossier.new', value: 610 },
            { metric: 'dossier.carried_over', value: 12 },
            { metric: 'dossier.resolved', value: 640 },
          ] },
        ],
        flags: [{ severity: 'error', expected: 622, actual: 640, records: [0, 1, 2], message: ['lớn hơn số hồ sơ tiếp nhận mới và kỳ trước chuyển sang (610 + 12) (= 622)'] }],
      },
      {
        name: 'resolved above received within one field: the message names the field',
        lines: [
          { text: 'b) Lĩnh vực hoạt động xây dựng: tiếp nhận 84 hồ sơ, đã giải quyết 91 hồ sơ.', section: 'II/2/b', records: [
            { metric: 'dossier.received', value: 84, dims: { field: 'hoạt động xây dựng' } },
            { metric: 'dossier.resolved', value: 91, dims: { field: 'hoạt động xây dựng' } },
          ] },
        ],
        flags: [{ severity: 'error', expected: 84, actual: 91, message: ['Số hồ sơ đã giải quyết lĩnh vực hoạt động xây dựng (91) lớn hơn số hồ sơ tiếp nhận (84)'] }],
      },
      {
        name: 'resolved above received + carried over',
        lines: [
          {
            text: 'Kỳ trước chuyển sang 20 hồ sơ, tiếp nhận trong kỳ 300 hồ sơ. Đã giải quyết 340 hồ sơ.',
            records: [
              { metric: 'dossier.carried_over', value: 20 },
              { metric: 'dossier.received', value: 300 },
              { metric: 'dossier.resolved', value: 340 },
            ],
          },
        ],
        flags: [{ severity: 'error', expected: 320, actual: 340 }],
      },
    ],
  },
});
