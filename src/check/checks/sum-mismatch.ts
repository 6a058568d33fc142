import { defineCheck } from '../check.ts';
import { factsOf } from '../facts-by-metric.ts';
import { defaultsOf } from '../config.ts';
import { findBreakdowns, type Breakdown } from '../breakdowns.ts';
import { DIMENSION_PLURAL, dimsPhrase, metricLabel, vn, where } from '../labels.ts';
import { partner, recordKey } from '../scope.ts';
import { isItem } from '../blocks.ts';
import { isPeriodLabel } from '../breakdown/table.ts';
import { findNumbers } from '../../text/numbers.ts';
import { fold } from '../../text/normalize.ts';
import { exact, factsInReadingOrder, type Fact, type ReportView } from '../report-view.ts';
import { TERRITORY_LEVEL, territoryOf } from '../../text/territory.ts';

const id = 'sum-mismatch';

/**
 * A figure stated between the total and its parts that the parts add up to: the parts break
 * that figure down ("2.099 hồ sơ, trong đó … tiếp nhận mới 1.545, trực tuyến 531, trực tiếp
 * 991, qua bưu chính 23"), not the total.
 */
function subtotalBetween(view: ReportView, total: Fact, first: Fact, sum: number): boolean {
  const order = factsInReadingOrder(view);
  const from = order.indexOf(total);
  const to = order.indexOf(first);
  if (order.slice(from + 1, to).some((f) => f.record.unit === total.record.unit && Math.abs(f.record.value - sum) < 1e-9)) return true;
  // written but not read as a record ("66 người; trong đó công chức 30 người (thạc sĩ 10, đại học 20)")
  if (total.block < 0 || first.block !== total.block || first.at <= total.at) return false;
  const text = view.blocks[total.block]!.text;
  return findNumbers(text).some((m) => !m.percent && m.start > total.at && m.start < first.at && Math.abs(m.value - sum) < 1e-9);
}

/**
 * The missing part is written among the parts but was not read as a figure of the metric
 * ("… 61 đại học và 06 người có trình độ khác"): the breakdown is complete, the reading is not.
 */
function gapWritten(view: ReportView, total: Fact, parts: Fact[], gap: number): boolean {
  const blocks = parts.map((p) => p.block).filter((i) => i >= 0);
  if (blocks.length === 0 || total.block < 0) return false;
  const from = Math.min(total.block, ...blocks);
  let to = Math.max(...blocks);
  if (view.blocks[to + 1] && isItem(view.blocks[to + 1]!)) to++;
  for (let i = from; i <= to; i++) {
    const taken = new Set(view.facts.filter((f) => f.block === i && f.figure).map((f) => f.at));
    for (const m of findNumbers(view.blocks[i]!.text)) {
      if (i === total.block && m.start <= total.at) continue;
      if (taken.has(m.start)) continue;
      if (Math.abs(m.value - gap) < 1e-9) return true;
    }
  }
  return false;
}

/**
 * "… số còn lại là …" right after the parts, or the list left open after its last part ("xã Văn
 * Minh 72 hồ sơ, …)", "…, v.v."): the author says the list is not complete.
 */
function remainderSaid(view: ReportView, last: Fact): boolean {
  const text = last.block >= 0 ? view.folded[last.block]! : fold(last.record.text);
  const from = last.block >= 0 ? last.at : (last.figure?.start ?? 0);
  const after = text.slice(from, from + 160);
  return /(?<![a-z])con lai(?![a-z])/.test(after) || LEFT_OPEN.test(after);
}

/** After a part's figure: its unit, then an ellipsis or "v.v." ending the list. */
const LEFT_OPEN = /^[\d.,]+%?(?:\s*[a-z]+){0,3}\s*[,;]?\s*(?:…|\.{3}|v\.\s?v)/;

/** The values a channel takes (CONTRACT §3): a breakdown naming fewer leaves the rest unsaid. */
const CHANNELS = ['online', 'postal', 'direct'] as const;

/**
 * Channels that leave one out ("trả kết quả 1.150 hồ sơ, trong đó qua bưu chính công ích 240, trực
 * tuyến 610"): the report names the channels it wants to show, the rest were filed or returned by
 * the channel left out. A shortfall there is that channel's share, not a missing part.
 */
function channelLeftOut(dimension: string, parts: readonly Fact[]): boolean {
  if (dimension !== 'channel') return false;
  const named = new Set<string | undefined>(parts.map((p) => p.record.dimensions.channel));
  return CHANNELS.some((c) => !named.has(c));
}

/** The tiers a whole holds by the territory it covers: a province's three, a district's two. */
const TIERS_OF: { readonly [level: string]: readonly string[] } = {
  tinh: ['province', 'district', 'commune'],
  huyen: ['district', 'commune'],
};
/** A whole territory named before the total ("toàn tỉnh", "trên địa bàn huyện"). */
const WHOLE_AREA = /(?<![a-z])(?:toan|tren dia ban|tren toan dia ban)\s+(tinh|huyen|quan|thi xa)(?![a-z])/;

/**
 * Tiers that leave one of the total's out ("toàn tỉnh tiếp nhận 96.540 hồ sơ, trong đó cấp huyện
 * 30.150, cấp xã 45.090"): the territory the total covers — named before it, else the issuer's —
 * says which tiers it holds; a shortfall is the tier left out.
 */
function tierLeftOut(view: ReportView, dimension: string, total: Fact, parts: readonly Fact[]): boolean {
  if (dimension !== 'tier') return false;
  const area = WHOLE_AREA.exec(fold(total.record.text.slice(0, total.figure?.start ?? 0)));
  const level = area ? TERRITORY_LEVEL[area[1]!] : territoryOf(view.agency);
  const tiers = level ? TIERS_OF[level] : undefined;
  const named = new Set<string | undefined>(parts.map((p) => p.record.dimensions.tier));
  return tiers !== undefined && tiers.some((t) => !named.has(t));
}

/** Words announcing a whole breakdown ("cụ thể", "gồm", "như sau", "phân theo"), not a subset ("trong đó"). */
const WHOLE_CUE = /(?<![a-z])(?:cu the|gom|nhu sau|chi tiet|phan theo|chia theo)(?![a-z])/;

/**
 * The breakdown is announced as whole: a list or a table, or "cụ thể", "gồm", … between the total
 * and its first part — then a channel or tier left out is missing, not unsaid.
 */
function announcedWhole(view: ReportView, b: Breakdown): boolean {
  if (b.kind !== 'inline') return true;
  const { total } = b;
  if (total.block < 0) return false;
  const first = b.parts.find((p) => p.block === total.block && p.at > total.at);
  const text = view.folded[total.block]!;
  return WHOLE_CUE.test(text.slice(total.at, first ? first.at : text.length));
}

/** Dimensions whose values are an open set: the fields, the bodies named, the kinds of a thing. */
const OPEN_DIMENSIONS = new Set(['field', 'subject', 'type']);
/** "trong đó", "trong số đó": what follows is some of the total, not all of it. */
const AMONG = /(?<![a-z])trong (?:do|so (?:do|nay|tren))(?![a-z])/;

/**
 * Some of the total named after "trong đó" that need not be all of it: values of an open set
 * ("tiếp nhận 1.296 hồ sơ, trong đó lĩnh vực đất đai 420 hồ sơ, lĩnh vực tư pháp 310 hồ sơ" — the
 * other fields are the rest), or parts that make less than half the total ("60 công chức, viên
 * chức, trong đó 02 tiến sĩ, 12 thạc sĩ": the degrees worth naming, not a breakdown missing one).
 * Channels and tiers left out are read by channelLeftOut and tierLeftOut.
 */
function someNamedAmong(view: ReportView, b: Breakdown, sum: number): boolean {
  if (b.total.block < 0) return false;
  if (!OPEN_DIMENSIONS.has(b.dimension) && 2 * sum >= b.total.record.value) return false;
  const { total } = b;
  const first = b.parts.find((p) => p.block === total.block && p.at > total.at);
  const text = view.folded[total.block]!;
  return AMONG.test(text.slice(total.at, first ? first.at : text.length));
}

/** Words that pick some parts out of more ("nhiều nhất là …", "chủ yếu", "tập trung ở", "như: …"). */
const PICKED = /(?<![a-z])(?:nhieu nhat|cao nhat|dung dau|chu yeu|tap trung|dang chu y|noi bat|tieu bieu|tiep den|mot so|nhu(?! sau))(?![a-z])/;

/** Between the total and its last part in their paragraph, the author says the parts are picked out, not all of them. */
function pickedOut(view: ReportView, total: Fact, parts: readonly Fact[]): boolean {
  if (total.block < 0) return false;
  const last = parts.filter((p) => p.block === total.block).at(-1);
  const text = view.folded[total.block]!;
  return PICKED.test(text.slice(total.at, last && last.at > total.at ? last.at : text.length));
}

/**
 * The received total broken down after it in its paragraph into the carried-over and the new
 * dossiers ("Tổng số hồ sơ tiếp nhận 2.450 hồ sơ (kỳ trước chuyển sang 150, tiếp nhận mới
 * 2.330)"): [total, carried over, new], with no other received figure between them.
 */
function intakeBreakdowns(view: ReportView): [Fact, Fact, Fact][] {
  const out: [Fact, Fact, Fact][] = [];
  for (const r of exact(view, 'dossier.received')) {
    if (r.afterCue || r.block < 0 || !r.figure) continue;
    const c = partner(view, r, 'dossier.carried_over', { blockOnly: true });
    const n = partner(view, r, 'dossier.new', { blockOnly: true });
    if (!c || !n || c.block !== r.block || n.block !== r.block || c.at <= r.at || n.at <= r.at) continue;
    if (c.record.qualifier !== undefined || n.record.qualifier !== undefined) continue;
    const last = Math.max(c.at, n.at);
    // (the block's own facts of those metrics, not the whole report's: a long report has thousands)
    const between = ['dossier.received', 'dossier.new'].some((metric) =>
      (factsOf(view, metric)?.block.get(r.block) ?? []).some((f) => f !== r && f.at > r.at && f.at < last && f !== n),
    );
    if (!between) out.push([r, c, n]);
  }
  return out;
}

/**
 * Rows or items picked out by the paragraph leading into them ("Kết quả một số xã như sau:" above
 * a table's rows of two communes and its row "Cộng cấp xã" of all fourteen; "Một số sở, ngành có
 * số lượng hồ sơ lớn:" above two departments' items, the province's total stated before it): the
 * parts are rows or items, and the last sentence of the block before the first of them says they
 * are some of the total's, not all of them.
 */
function rowsPicked(view: ReportView, b: Breakdown): boolean {
  const blocks = b.parts.map((f) => f.block);
  if (blocks.some((i) => i < 0 || !isItem(view.blocks[i]!))) return false;
  let first = Math.min(...blocks);
  while (first > 0 && isItem(view.blocks[first - 1]!)) first--;
  const lead = view.folded[first - 1];
  if (lead === undefined) return false;
  return PICKED.test(lead.split(/[.;](?=\s)/).findLast((s) => s.trim() !== '') ?? '');
}

export default defineCheck({
  id,
  description:
    'The parts of a breakdown (a total, then its parts by field, channel, degree, tier, subject…) do not add up to the total.',
  ...defaultsOf(id),
  messages: {
    over: 'Tổng các {{dim}} ({{parts}} = {{sum}}) lớn hơn tổng {{total}} ({{expected}}) — {{where}}',
    under:
      'Tổng các {{dim}} ({{parts}} = {{sum}}) nhỏ hơn tổng {{total}} ({{expected}}) — {{where}}; có thể chưa liệt kê đủ',
    intake:
      'Số hồ sơ kỳ trước chuyển sang + tiếp nhận mới ({{carried}} + {{new}} = {{sum}}) {{compare}} tổng số hồ sơ tiếp nhận{{of}} ({{expected}}) — {{where}}',
  },
  check(_records, ctx) {
    const tolerance = ctx.settings.tolerance ?? 0;
    for (const b of findBreakdowns(ctx.view)) {
      if (b.parts.length < 2) continue;
      const total = b.total.record;
      const sum = b.parts.reduce((s, p) => s + p.record.value, 0);
      const diff = sum - total.value;
      if (Math.abs(diff) <= tolerance + 1e-9) continue;
      if (diff < 0 && subtotalBetween(ctx.view, b.total, b.parts[0]!, sum)) continue;
      if (diff < 0 && gapWritten(ctx.view, b.total, b.parts, -diff)) continue;
      if (diff < 0 && remainderSaid(ctx.view, b.parts.at(-1)!)) continue;
      const subset = diff < 0 && !announcedWhole(ctx.view, b);
      if (subset && channelLeftOut(b.dimension, b.parts)) continue;
      if (subset && tierLeftOut(ctx.view, b.dimension, b.total, b.parts)) continue;
      if (subset && someNamedAmong(ctx.view, b, sum)) continue;
      if (diff < 0 && (pickedOut(ctx.view, b.total, b.parts) || rowsPicked(ctx.view, b))) continue;
      const first = b.parts[0]!.record;
      ctx.report({
        message: diff > 0 ? 'over' : 'under',
        severity: diff > 0 ? 'error' : 'warning',
        data: {
          dim: b.dimension === 'subject' && b.parts.every((f) => isPeriodLabel(f.record.dimensions.subject)) ? 'kỳ' : (DIMENSION_PLURAL[b.dimension] ?? b.dimension),
          parts: b.parts.map((p) => vn(p.record.value)).join(' + '),
          sum: vn(sum),
          total: metricLabel(total.metric) + dimsPhrase(total.dimensions, [b.dimension]),
          expected: vn(total.value),
          where: where(first.section || total.section),
        },
        records: [b.total.index, ...b.parts.map((p) => p.index)],
        expected: total.value,
        actual: sum,
        place: b.total.index,
        cause: b.parts.map((p) => p.index),
        keys: [recordKey(total), ...b.parts.map((p) => recordKey(p.record))],
      });
    }
    // carried over + new = received: a total that holds only the new ones (received = new) is read too
    for (const [r, c, n] of intakeBreakdowns(ctx.view)) {
      const total = r.record.value;
      const sum = c.record.value + n.record.value;
      const diff = sum - total;
      if (Math.abs(diff) <= tolerance + 1e-9 || Math.abs(n.record.value - total) <= tolerance + 1e-9) continue;
      ctx.report({
        message: 'intake',
        severity: diff > 0 ? 'error' : 'warning',
        data: {
          carried: vn(c.record.value),
          new: vn(n.record.value),
          sum: vn(sum),
          compare: diff > 0 ? 'lớn hơn' : 'nhỏ hơn',
          expected: vn(total),
          of: dimsPhrase(r.record.dimensions),
          where: where(r.record.section),
        },
        records: [r.index, c.index, n.index],
        expected: total,
        actual: sum,
        place: r.index,
        cause: [c.index, n.index],
        keys: [recordKey(r.record), recordKey(c.record), recordKey(n.record)],
      });
    }
  },
  examples: {
    valid: [
      {
        name: 'a table by field whose row "Công chứng" (folded as "Cộng …") is a field, not a total: the fields add up to the total row',
        lines: [
          { text: '| Lĩnh vực | Tiếp nhận |', kind: 'tableRow', section: 'II/2', canonical: 'procedures' },
          { text: '| Hộ tịch | 230 |', kind: 'tableRow', records: [{ metric: 'dossier.received', value: 230, dims: { field: 'Hộ tịch' } }] },
          { text: '| Công chứng | 118 |', kind: 'tableRow', records: [{ metric: 'dossier.received', value: 118, dims: { field: 'Công chứng' } }] },
          { text: '| Quốc tịch | 12 |', kind: 'tableRow', records: [{ metric: 'dossier.received', value: 12, dims: { field: 'Quốc tịch' } }] },
          { text: '| Tổng | 360 |', kind: 'tableRow', records: [{ metric: 'dossier.received', value: 360 }] },
        ],
      },
      {
        name: 'rows of bodies with a subtotal row per level and a grand total: each subtotal holds its own rows only',
        lines: [
          { text: 'Kết quả tại một số cơ quan, địa phương như sau:', section: 'II/2', canonical: 'procedures' },
          { text: '| STT | Đơn vị | Hồ sơ tiếp nhận |', kind: 'tableRow', section: 'II/2', canonical: 'procedures' },
          { text: '| 1 | Sở Y tế | 640 |', kind: 'tableRow', section: 'II/2', canonical: 'procedures', records: [{ metric: 'dossier.received', value: 640, dims: { subject: 'Sở Y tế' } }] },
          { text: '| 2 | Sở Nội vụ | 212 |', kind: 'tableRow', section: 'II/2', canonical: 'procedures', records: [{ metric: 'dossier.received', value: 212, dims: { subject: 'Sở Nội vụ' } }] },
          { text: '|  | Cộng cấp tỉnh | 852 |', kind: 'tableRow', section: 'II/2', canonical: 'procedures', records: [{ metric: 'dossier.received', value: 852, dims: { tier: 'province' } }] },
          { text: '| 3 | UBND huyện Đông Triều | 1.930 |', kind: 'tableRow', section: 'II/2', canonical: 'procedures', records: [{ metric: 'dossier.received', value: 1930, dims: { subject: 'UBND huyện Đông Triều' } }] },
          { text: '| 4 | UBND huyện Vân Đồn | 1.105 |', kind: 'tableRow', section: 'II/2', canonical: 'procedures', records: [{ metric: 'dossier.received', value: 1105, dims: { subject: 'UBND huyện Vân Đồn' } }] },
          { text: '|  | Cộng cấp huyện | 3.035 |', kind: 'tableRow', section: 'II/2', canonical: 'procedures', records: [{ metric: 'dossier.received', value: 3035, dims: { tier: 'district' } }] },
          { text: '|  | Tổng cộng | 3.887 |', kind: 'tableRow', section: 'II/2', canonical: 'procedures', records: [{ metric: 'dossier.received', value: 3887 }] },
        ],
      },
      {
        name: 'rows by month closed by a total row whose pending column is the stock at the end: the months’ stocks add up to nothing',
        lines: [
          { text: '| Kỳ | Còn đang giải quyết |', kind: 'tableRow' },
          { text: '| Tháng 1 | 41 |', kind: 'tableRow', records: [{ metric: 'dossier.pending', value: 41, dims: { subject: 'Tháng 1' } }] },
          { text: '| Tháng 2 | 37 |', kind: 'tableRow', records: [{ metric: 'dossier.pending', value: 37, dims: { subject: 'Tháng 2' } }] },
          { text: '| Tháng 3 | 52 |', kind: 'tableRow', records: [{ metric: 'dossier.pending', value: 52, dims: { subject: 'Tháng 3' } }] },
          { text: '| Cộng | 52 |', kind: 'tableRow', records: [{ metric: 'dossier.pending', value: 52 }] },
        ],
      },
      {
        name: 'rows by month with an online column under the half-year’s total row: one channel in every row is no breakdown of the intake',
        lines: [
          { text: '| Tháng | Tiếp nhận | Nộp trực tuyến |', kind: 'tableRow', section: 'II/2', canonical: 'procedures' },
          { text: '| Tháng 1 | 2.040 | 1.730 |', kind: 'tableRow', section: 'II/2', canonical: 'procedures', records: [
            { metric: 'dossier.received', value: 2040 },
            { metric: 'dossier.received', value: 1730, dims: { channel: 'online' } },
          ] },
          { text: '| Tháng 2 | 1.615 | 1.402 |', kind: 'tableRow', section: 'II/2', canonical: 'procedures', records: [
            { metric: 'dossier.received', value: 1615 },
            { metric: 'dossier.received', value: 1402, dims: { channel: 'online' } },
          ] },
          { text: '| Cộng | 3.655 | 3.132 |', kind: 'tableRow', section: 'II/2', canonical: 'procedures', records: [
            { metric: 'dossier.received', value: 3655 },
            { metric: 'dossier.received', value: 3132, dims: { channel: 'online' } },
          ] },
        ],
      },
      {
        name: 'a paragraph titled as a breakdown by channel ("Phân theo hình thức nộp:") whose parts make the total of the paragraph before it',
        lines: [
          { text: 'Trong tháng, Bộ phận Một cửa tiếp nhận 1.305 hồ sơ.', section: 'II/2', canonical: 'procedures', records: [{ metric: 'dossier.received', value: 1305 }] },
          { text: 'Phân theo hình thức nộp: trực tuyến 1.100 hồ sơ, trực tiếp 205 hồ sơ.', section: 'II/2', canonical: 'procedures', records: [
            { metric: 'dossier.received', value: 1100, dims: { channel: 'online' } },
            { metric: 'dossier.received', value: 205, dims: { channel: 'direct' } },
          ] },
        ],
      },
      {
        name: 'rows of districts under a lead-in without figures add up to their own total row, not to the agency’s figure before it',
        lines: [
          { text: 'Trong quý, Sở đã giải quyết 1.231 hồ sơ, 100% đúng hạn.', section: 'II/2', canonical: 'procedures', records: [{ metric: 'dossier.resolved', value: 1231 }] },
          { text: 'Kết quả giải quyết hồ sơ hộ tịch tại các quận, huyện như sau:' },
          { text: '| Đơn vị | Đã giải quyết |', kind: 'tableRow' },
          { text: '| Quận Ninh Kiều | 4.198 |', kind: 'tableRow', records: [{ metric: 'dossier.resolved', value: 4198, dims: { subject: 'Quận Ninh Kiều' } }] },
          { text: '| Huyện Phong Điền | 1.380 |', kind: 'tableRow', records: [{ metric: 'dossier.resolved', value: 1380, dims: { subject: 'Huyện Phong Điền' } }] },
          { text: '| Tổng cộng | 5.578 |', kind: 'tableRow', records: [{ metric: 'dossier.resolved', value: 5578, dims: { tier: 'district' } }] },
        ],
      },
      {
        name: 'a list of parts left open by an ellipsis ("…, …)") says it is not complete: no shortfall',
        lines: [
          { text: 'Cấp xã tiếp nhận 2.310 hồ sơ (phường Hòa Thuận 412 hồ sơ, xã Tịnh Biên 288 hồ sơ, …).', section: 'II/3', records: [
            { metric: 'dossier.received', value: 2310, dims: { tier: 'commune' } },
            { metric: 'dossier.received', value: 412, dims: { subject: 'phường Hòa Thuận' } },
            { metric: 'dossier.received', value: 288, dims: { subject: 'xã Tịnh Biên' } },
          ] },
        ],
      },
      {
        name: 'rows by field under a lead-in whose paragraph ends on a channel’s figure break down the plain total',
        lines: [
          { text: 'Trong quý, Bộ phận Một cửa tiếp nhận 1.460 hồ sơ; hồ sơ nộp trực tuyến 1.020 hồ sơ, nộp qua bưu chính công ích 15 hồ sơ. Kết quả theo lĩnh vực như sau:', section: 'II/2', canonical: 'procedures', records: [
            { metric: 'dossier.received', value: 1460 },
            { metric: 'dossier.received', value: 1020, dims: { channel: 'online' } },
            { metric: 'dossier.received', value: 15, dims: { channel: 'postal' } },
          ] },
          { text: '| STT | Lĩnh vực | Tiếp nhận |', kind: 'tableRow' },
          { text: '| 1 | Tư pháp | 880 |', kind: 'tableRow', records: [{ metric: 'dossier.received', value: 880, dims: { field: 'Tư pháp' } }] },
          { text: '| 2 | Đất đai | 580 |', kind: 'tableRow', records: [{ metric: 'dossier.received', value: 580, dims: { field: 'Đất đai' } }] },
          { text: '| | Tổng cộng | 1.460 |', kind: 'tableRow', records: [{ metric: 'dossier.received', value: 1460 }] },
        ],
      },
      {
        name: 'parts by field adding up to the plain total are not compared with the online figure between them',
        lines: [
          { text: 'Trong quý, Trung tâm tiếp nhận 1.500 hồ sơ, trong đó 1.320 hồ sơ nộp trực tuyến. Chia theo lĩnh vực: lĩnh vực hộ tịch 810 hồ sơ; lĩnh vực đất đai 690 hồ sơ.', section: 'II/2', canonical: 'procedures', records: [
            { metric: 'dossier.received', value: 1500 },
            { metric: 'dossier.received', value: 1320, dims: { channel: 'online' } },
            { metric: 'dossier.received', value: 810, dims: { field: 'hộ tịch' } },
            { metric: 'dossier.received', value: 690, dims: { field: 'đất đai' } },
          ] },
        ],
      },
      {
        name: 'a “Khác” row (the rest of the fields, no field of its own) is a part of the total row',
        lines: [
          { text: '| STT | Lĩnh vực | Số hồ sơ tiếp nhận |', kind: 'tableRow' },
          { text: '| 1 | Hộ tịch | 320 |', kind: 'tableRow', records: [{ metric: 'dossier.received', value: 320, dims: { field: 'Hộ tịch' } }] },
          { text: '| 2 | Đất đai | 145 |', kind: 'tableRow', records: [{ metric: 'dossier.received', value: 145, dims: { field: 'Đất đai' } }] },
          { text: '| 3 | Khác | 10 |', kind: 'tableRow', records: [{ metric: 'dossier.received', value: 10 }] },
          { text: '| | Tổng cộng | 475 |', kind: 'tableRow', records: [{ metric: 'dossier.received', value: 475 }] },
        ],
      },
      {
        name: 'items of some departments picked out by their lead-in, the total stated in the paragraph before it',
        lines: [
          { text: 'Trong kỳ, toàn tỉnh tiếp nhận 176.204 hồ sơ.', section: 'II/2', records: [{ metric: 'dossier.received', value: 176204 }] },
          { text: 'Một số sở, ngành có số lượng hồ sơ lớn:' },
          { text: '- Sở Tư pháp: tiếp nhận 18.420 hồ sơ;', records: [{ metric: 'dossier.received', value: 18420, dims: { subject: 'Sở Tư pháp' } }] },
          { text: '- Sở Giao thông vận tải: tiếp nhận 24.105 hồ sơ.', records: [{ metric: 'dossier.received', value: 24105, dims: { subject: 'Sở Giao thông vận tải' } }] },
        ],
      },
      {
        name: 'the rows of some units picked out by the paragraph leading into the table ("Kết quả một số xã như sau:"), below the total row of all of them',
        lines: [
          { text: 'Trong tháng, Bộ phận Một cửa của 14 xã tiếp nhận 5.930 hồ sơ, còn 59 hồ sơ đang giải quyết. Kết quả một số xã như sau:', section: 'II/2', records: [
            { metric: 'dossier.received', value: 5930, dims: { tier: 'commune' } },
            { metric: 'dossier.pending', value: 59, dims: { tier: 'commune' } },
          ] },
          { text: '| TT | Đơn vị | Đúng hạn | Đang giải quyết |', kind: 'tableRow' },
          { text: '| 1 | Xã Hòa Bình | 601 | 7 |', kind: 'tableRow', records: [
            { metric: 'dossier.resolved_on_time', value: 601, dims: { subject: 'Xã Hòa Bình' } },
            { metric: 'dossier.pending', value: 7, dims: { subject: 'Xã Hòa Bình' } },
          ] },
          { text: '| 2 | Xã Tân Thành | 488 | 0 |', kind: 'tableRow', records: [
            { metric: 'dossier.resolved_on_time', value: 488, dims: { subject: 'Xã Tân Thành' } },
            { metric: 'dossier.pending', value: 0, dims: { subject: 'Xã Tân Thành' } },
          ] },
          { text: '|  | Cộng cấp xã | 5.850 | 59 |', kind: 'tableRow', records: [
            { metric: 'dossier.resolved_on_time', value: 5850, dims: { tier: 'commune' } },
            { metric: 'dossier.pending', value: 59, dims: { tier: 'commune' } },
          ] },
        ],
      },
      {
        name: 'the rates of each tier do not add up to the province’s rate',
        period: '2023',
        lines: [
          { text: 'Năm 2023, toàn tỉnh tiếp nhận 310.500 hồ sơ, tỷ lệ đúng hạn đạt 99,1%. Trong đó, cấp tỉnh tiếp nhận 52.300 hồ sơ, tỷ lệ đúng hạn 98,4%; cấp huyện tiếp nhận 88.700 hồ sơ, tỷ lệ đúng hạn 99,0%; cấp xã tiếp nhận 169.500 hồ sơ, tỷ lệ đúng hạn 99,6%.', section: 'II/2', canonical: 'procedures', records: [
            { metric: 'dossier.received', value: 310500 },
            { metric: 'dossier.on_time_rate', value: 99.1 },
            { metric: 'dossier.received', value: 52300, dims: { tier: 'province' } },
            { metric: 'dossier.on_time_rate', value: 98.4, dims: { tier: 'province' } },
            { metric: 'dossier.received', value: 88700, dims: { tier: 'district' } },
            { metric: 'dossier.on_time_rate', value: 99, dims: { tier: 'district' } },
            { metric: 'dossier.received', value: 169500, dims: { tier: 'commune' } },
            { metric: 'dossier.on_time_rate', value: 99.6, dims: { tier: 'commune' } },
          ] },
        ],
      },
      {
        name: 'a flattened table adds up to its caption; without a lead-in caption or from other rules there is no table',
        lines: [
          {
            text: 'Trong quý, Sở tiếp nhận 480 hồ sơ. Hồ sơ tiếp nhận chia theo cách nộp như sau:',
            section: 'II/2',
            records: [{ metric: 'dossier.received', value: 480 }],
          },
          { text: 'Cách nộp Số hồ sơ' },
          {
            text: 'Trực tuyến 300 Trực tiếp 170 Qua bưu chính công ích 10',
            records: [
              { metric: 'dossier.received', value: 300, dims: { channel: 'online' }, rule: 'dossier-flat-table' },
              { metric: 'dossier.received', value: 170, dims: { channel: 'direct' }, rule: 'dossier-flat-table' },
              { metric: 'dossier.received', value: 10, dims: { channel: 'postal' }, rule: 'dossier-flat-table' },
            ],
          },
          { text: '3. Cải cách tổ chức bộ máy', kind: 'heading', section: 'II/3' },
          { text: 'Năm 2023, Sở tiếp nhận 900 hồ sơ.', records: [{ metric: 'dossier.received', value: 900 }] },
          { text: 'Cách nộp Số hồ sơ' },
          {
            text: 'Trực tuyến 500 Trực tiếp 100',
            records: [
              { metric: 'dossier.received', value: 500, dims: { channel: 'online' }, rule: 'dossier-flat-table' },
              { metric: 'dossier.received', value: 100, dims: { channel: 'direct' }, rule: 'dossier-flat-table' },
            ],
          },
          { text: 'Hồ sơ chia theo cách nộp như sau:', records: [] },
          { text: 'Ghi chú' },
          {
            text: 'Trực tuyến 500 Trực tiếp 100',
            records: [
              { metric: 'dossier.received', value: 500, dims: { channel: 'online' } },
              { metric: 'dossier.received', value: 100, dims: { channel: 'direct' } },
            ],
          },
        ],
      },
      {
        name: 'dossiers by field add up (the seed)',
        lines: [
          {
            text: 'a, Giải quyết theo cơ chế một cửa: Trong quý, Bộ phận một cửa đã tiếp nhận 48 hồ sơ, 100% được giải quyết đúng hạn; cụ thể như sau:',
            kind: 'heading',
            section: 'II/2/2.2/a',
            records: [
              { metric: 'dossier.received', value: 48, dims: { mechanism: 'one_stop' } },
              { metric: 'dossier.on_time_rate', value: 100 },
            ],
          },
          { text: '+ Lĩnh vực KH&CN: 14 hồ sơ.', records: [{ metric: 'dossier.received', value: 14, dims: { field: 'KH&CN' } }] },
          { text: '+ Lĩnh vực An toàn bức xạ: 08 hồ sơ.', records: [{ metric: 'dossier.received', value: 8, dims: { field: 'An toàn bức xạ' } }] },
          { text: '+ Lĩnh vực Sở hữu trí tuệ: 0 hồ sơ.', records: [{ metric: 'dossier.received', value: 0, dims: { field: 'Sở hữu trí tuệ' } }] },
          { text: '+ Lĩnh vực Đo lường: 26 hồ sơ.', records: [{ metric: 'dossier.received', value: 26, dims: { field: 'Đo lường' } }] },
          { text: 'b, Giải quyết qua dịch vụ công trực tuyến:', kind: 'heading', section: 'II/2/2.2/b' },
          { text: '- Số hồ sơ nhận qua trang DVCTT: 38 hồ sơ.', records: [{ metric: 'dossier.received', value: 38, dims: { channel: 'online' } }] },
        ],
      },
      {
        name: 'a single subset after "trong đó" is not a breakdown to add up',
        lines: [
          {
            text: 'Trong kỳ tiếp nhận 1.250 hồ sơ, trong đó 800 hồ sơ nộp trực tuyến.',
            records: [
              { metric: 'dossier.received', value: 1250 },
              { metric: 'dossier.received', value: 800, dims: { channel: 'online' } },
            ],
          },
        ],
      },
      {
        name: 'some fields named after "trong đó" (an open set) fall short of the total: the other fields are the rest',
        lines: [
          {
            text: 'Trong tháng, Bộ phận Một cửa nhận 2.045 hồ sơ, trong đó lĩnh vực xây dựng 612 hồ sơ và lĩnh vực giao thông 388 hồ sơ.',
            records: [
              { metric: 'dossier.received', value: 2045 },
              { metric: 'dossier.received', value: 612, dims: { field: 'xây dựng' } },
              { metric: 'dossier.received', value: 388, dims: { field: 'giao thông' } },
            ],
          },
          {
            text: 'Sở đã giải quyết 1.980 hồ sơ; trong số đó, Chi cục Kiểm lâm giải quyết 140 hồ sơ, Chi cục Thủy lợi 95 hồ sơ.',
            records: [
              { metric: 'dossier.resolved', value: 1980 },
              { metric: 'dossier.resolved', value: 140, dims: { subject: 'Chi cục Kiểm lâm' } },
              { metric: 'dossier.resolved', value: 95, dims: { subject: 'Chi cục Thủy lợi' } },
            ],
          },
        ],
      },
      {
        name: 'the degrees in a bracket after the postgraduates are theirs, not parts beside them',
        lines: [
          {
            text: 'Tổng số công chức, viên chức: 72 người. Trình độ: trên đại học 19 người (02 tiến sĩ, 17 thạc sĩ), đại học 47 người, dưới đại học 06 người.',
            records: [
              { metric: 'staff.total', value: 72 },
              { metric: 'staff.by_degree', value: 19 },
              { metric: 'staff.by_degree', value: 2, dims: { degree: 'doctorate' } },
              { metric: 'staff.by_degree', value: 17, dims: { degree: 'master' } },
              { metric: 'staff.by_degree', value: 47, dims: { degree: 'bachelor' } },
              { metric: 'staff.by_degree', value: 6, dims: { degree: 'other' } },
            ],
          },
        ],
      },
      {
        name: 'degrees named after "trong đó" that make a small share of the staff: the ones worth naming, not a breakdown',
        lines: [
          {
            text: 'Chi cục hiện có 48 công chức, viên chức, trong đó 01 tiến sĩ và 09 thạc sĩ.',
            records: [
              { metric: 'staff.total', value: 48 },
              { metric: 'staff.by_degree', value: 1, dims: { degree: 'doctorate' } },
              { metric: 'staff.by_degree', value: 9, dims: { degree: 'master' } },
            ],
          },
        ],
      },
      {
        name: 'a total in prose, then a table by quarter whose “Cả năm” row restates it: the year row is no part',
        period: '2024',
        lines: [
          { text: 'Năm 2024, Sở đã giải quyết 1.215 hồ sơ, chi tiết theo quý như sau:', records: [{ metric: 'dossier.resolved', value: 1215 }] },
          { text: '| Quý | Đã giải quyết |', kind: 'tableRow' },
          { text: '| Quý I | 300 |', kind: 'tableRow', records: [{ metric: 'dossier.resolved', value: 300, dims: { subject: 'Quý I' } }] },
          { text: '| Quý II | 280 |', kind: 'tableRow', records: [{ metric: 'dossier.resolved', value: 280, dims: { subject: 'Quý II' } }] },
          { text: '| Quý III | 335 |', kind: 'tableRow', records: [{ metric: 'dossier.resolved', value: 335, dims: { subject: 'Quý III' } }] },
          { text: '| Quý IV | 300 |', kind: 'tableRow', records: [{ metric: 'dossier.resolved', value: 300, dims: { subject: 'Quý IV' } }] },
          { text: '| Cả năm | 1.215 |', kind: 'tableRow', records: [{ metric: 'dossier.resolved', value: 1215, dims: { subject: 'Cả năm' } }] },
        ],
      },
      {
        name: 'channels that add up to the new dossiers stated before them, not to the total',
        lines: [
          {
            text: 'Tổng số hồ sơ tiếp nhận trong tháng là 3.120 hồ sơ, trong đó kỳ trước chuyển sang 610 hồ sơ; tiếp nhận mới 2.510 hồ sơ, tiếp nhận trực tuyến 1.200 hồ sơ, trực tiếp 1.270 hồ sơ, qua bưu chính công ích 40 hồ sơ.',
            records: [
              { metric: 'dossier.received', value: 3120 },
              { metric: 'dossier.carried_over', value: 610 },
              { metric: 'dossier.new', value: 2510 },
              { metric: 'dossier.received', value: 1200, dims: { channel: 'online' } },
              { metric: 'dossier.received', value: 1270, dims: { channel: 'direct' } },
              { metric: 'dossier.received', value: 40, dims: { channel: 'postal' } },
            ],
          },
        ],
      },
      {
        name: 'the missing part is written but was not read as a figure',
        lines: [
          {
            text: 'Tổng số 96 công chức, viên chức và người lao động, trong đó 02 tiến sĩ, 27 thạc sĩ, 61 đại học và 06 người có trình độ khác.',
            records: [
              { metric: 'staff.total', value: 96 },
              { metric: 'staff.by_degree', value: 2, dims: { degree: 'doctorate' } },
              { metric: 'staff.by_degree', value: 27, dims: { degree: 'master' } },
              { metric: 'staff.by_degree', value: 61, dims: { degree: 'bachelor' } },
            ],
          },
        ],
      },
      {
        name: 'two channels of three fall short of the total: the rest came by the third',
        lines: [
          {
            text: 'Bộ phận một cửa đã trả kết quả 2.310 hồ sơ, trong đó trả qua dịch vụ bưu chính công ích 415 hồ sơ, trả trực tuyến 1.090 hồ sơ.',
            records: [
              { metric: 'dossier.returned', value: 2310 },
              { metric: 'dossier.returned', value: 415, dims: { channel: 'postal' } },
              { metric: 'dossier.returned', value: 1090, dims: { channel: 'online' } },
            ],
          },
        ],
      },
      {
        name: 'the tiers named leave out one the total holds (a province’s total, the province tier unnamed)',
        lines: [
          { text: 'Năm 2023, toàn tỉnh tiếp nhận 84.300 hồ sơ, trong đó cấp huyện tiếp nhận 25.400 hồ sơ, cấp xã tiếp nhận 41.250 hồ sơ.', records: [
            { metric: 'dossier.received', value: 84300 },
            { metric: 'dossier.received', value: 25400, dims: { tier: 'district' } },
            { metric: 'dossier.received', value: 41250, dims: { tier: 'commune' } },
          ] },
        ],
      },
      {
        name: 'the parts are picked out of more ("nhiều nhất là …, tiếp đến là …")',
        lines: [
          { text: 'Trong quý, Sở tiếp nhận 2.310 hồ sơ, trong đó nhiều nhất là lĩnh vực Đất đai với 1.204 hồ sơ, tiếp đến là lĩnh vực Xây dựng với 530 hồ sơ.', records: [
            { metric: 'dossier.received', value: 2310 },
            { metric: 'dossier.received', value: 1204, dims: { field: 'Đất đai' } },
            { metric: 'dossier.received', value: 530, dims: { field: 'Xây dựng' } },
          ] },
        ],
      },
      {
        name: 'degrees of a group stated between the total and them, the group not read as a record',
        lines: [
          { text: 'Tổng số công chức, viên chức và người lao động của Sở là 58 người; trong đó công chức 24 người (thạc sĩ 09 người, đại học 15 người).', records: [
            { metric: 'staff.total', value: 58 },
            { metric: 'staff.by_degree', value: 9, dims: { degree: 'master' } },
            { metric: 'staff.by_degree', value: 15, dims: { degree: 'bachelor' } },
          ] },
        ],
      },
      {
        name: 'the parts are said to leave a remainder ("số còn lại")',
        lines: [
          {
            text: 'Giai đoạn 2016 - 2020, toàn tỉnh cử 4.150 người đi đào tạo. Trong đó, trình độ tiến sĩ có 12 người, thạc sĩ 430 người; số còn lại là đại học.',
            records: [
              { metric: 'staff.total', value: 4150 },
              { metric: 'staff.by_degree', value: 12, dims: { degree: 'doctorate' } },
              { metric: 'staff.by_degree', value: 430, dims: { degree: 'master' } },
            ],
          },
        ],
      },
      {
        name: 'figures of another metric inside the list are not parts',
        lines: [
          { text: 'Tổng số hồ sơ đã giải quyết là 120 hồ sơ, gồm:', records: [{ metric: 'dossier.resolved', value: 120 }] },
          { text: '- Cấp tỉnh: giải quyết 70 hồ sơ.', records: [{ metric: 'dossier.resolved', value: 70, dims: { tier: 'province' } }] },
          { text: '- Cấp huyện: giải quyết 50 hồ sơ, tiếp nhận 55 hồ sơ.', records: [
            { metric: 'dossier.resolved', value: 50, dims: { tier: 'district' } },
            { metric: 'dossier.received', value: 55, dims: { tier: 'district' } },
          ] },
        ],
      },
      {
        name: 'carried over + new = the received total, or the total holds only the new ones',
        lines: [
          {
            text: 'Tổng số hồ sơ tiếp nhận trong kỳ là 3.600 hồ sơ (kỳ trước chuyển sang 120 hồ sơ, tiếp nhận mới 3.480 hồ sơ); đã giải quyết 3.410 hồ sơ.',
            records: [
              { metric: 'dossier.received', value: 3600 },
              { metric: 'dossier.carried_over', value: 120 },
              { metric: 'dossier.new', value: 3480 },
              { metric: 'dossier.resolved', value: 3410 },
            ],
          },
          {
            text: 'Số hồ sơ tiếp nhận trong quý: 980 hồ sơ (tiếp nhận mới 980 hồ sơ, không kể 35 hồ sơ kỳ trước chuyển sang).',
            records: [
              { metric: 'dossier.received', value: 980 },
              { metric: 'dossier.new', value: 980 },
              { metric: 'dossier.carried_over', value: 35 },
            ],
          },
        ],
      },
      {
        name: 'subsections after a lead-in that do not all state the figure, or differ in more than one way',
        lines: [
          { text: 'Trong kỳ, Sở tiếp nhận 1.600 hồ sơ TTHC, kết quả như sau:', section: 'II/2', canonical: 'procedures', records: [{ metric: 'dossier.received', value: 1600 }] },
          { text: 'a) Lĩnh vực đất đai: Tiếp nhận 1.200 hồ sơ.', kind: 'heading', section: 'II/2/a', records: [{ metric: 'dossier.received', value: 1200, dims: { field: 'đất đai' } }] },
          { text: 'b) Lĩnh vực môi trường: đã giải quyết 296 hồ sơ.', kind: 'heading', section: 'II/2/b', records: [{ metric: 'dossier.resolved', value: 296, dims: { field: 'môi trường' } }] },
          { text: '3. Cải cách tổ chức bộ máy', kind: 'heading', section: 'II/3', canonical: 'organization' },
          { text: 'Trong kỳ, Trung tâm tiếp nhận 900 hồ sơ, như sau:', section: 'II/3', records: [{ metric: 'dossier.received', value: 900 }] },
          { text: 'a) Một cửa: tiếp nhận 700 hồ sơ.', kind: 'heading', section: 'II/3/a', records: [{ metric: 'dossier.received', value: 700, dims: { mechanism: 'one_stop' } }] },
          { text: 'b) Trực tuyến: tiếp nhận 600 hồ sơ.', kind: 'heading', section: 'II/3/b', records: [{ metric: 'dossier.received', value: 600, dims: { channel: 'online' } }] },
        ],
      },
      {
        name: 'the total, then its parts in the next sentence opened by "Phân loại theo …:", adding up',
        lines: [
          { text: 'Tổng số hồ sơ tiếp nhận trong quý là 2.615 hồ sơ. Phân loại theo hình thức nộp: trực tuyến 1.905 hồ sơ, trực tiếp 662 hồ sơ, qua bưu chính công ích 48 hồ sơ.', section: 'II/2', canonical: 'procedures', records: [
            { metric: 'dossier.received', value: 2615 },
            { metric: 'dossier.received', value: 1905, dims: { channel: 'online' } },
            { metric: 'dossier.received', value: 662, dims: { channel: 'direct' } },
            { metric: 'dossier.received', value: 48, dims: { channel: 'postal' } },
          ] },
        ],
      },
    ],
    invalid: [
      {
        name: 'the units by autonomy group (Nghị định 60/2021) exceeding the units counted',
        lines: [
          { text: 'Đơn vị sự nghiệp trực thuộc: 05 đơn vị, gồm: nhóm 2: 01 đơn vị; nhóm 3: 02 đơn vị; nhóm 4: 03 đơn vị.', section: 'II/3', canonical: 'organization', records: [
            { metric: 'org.units', value: 5, dims: { type: 'SNCL' } },
            { metric: 'org.units', value: 1, dims: { type: 'SNCL nhóm 2' } },
            { metric: 'org.units', value: 2, dims: { type: 'SNCL nhóm 3' } },
            { metric: 'org.units', value: 3, dims: { type: 'SNCL nhóm 4' } },
          ] },
        ],
        flags: [{ severity: 'error', expected: 5, actual: 6 }],
      },
      {
        name: 'tiers across the columns of a table whose total column exceeds their sum (a shortfall: warning)',
        agency: 'Ủy ban nhân dân thành phố Tam Điệp',
        lines: [
          { text: '| Nội dung | Cấp thành phố | Cấp phường, xã | Tổng |', kind: 'tableRow', section: 'II/2', canonical: 'procedures' },
          { text: '| Số hồ sơ tiếp nhận | 1.420 | 3.610 | 5.090 |', kind: 'tableRow', section: 'II/2', canonical: 'procedures', records: [
            { metric: 'dossier.received', value: 1420, dims: { tier: 'district' } },
            { metric: 'dossier.received', value: 3610, dims: { tier: 'commune' } },
            { metric: 'dossier.received', value: 5090 },
          ] },
        ],
        flags: [{ severity: 'warning', expected: 5090, actual: 5030 }],
      },
      {
        name: 'a bracket of parts by level after what the figure is about ("… 12 PAKN về quy định hành chính (cấp tỉnh …)") that exceed it',
        lines: [
          { text: 'Năm 2025, toàn tỉnh tiếp nhận 12 PAKN về quy định hành chính (cấp tỉnh 05, cấp huyện 06, cấp xã 03).', section: 'II/2', canonical: 'procedures', records: [
            { metric: 'feedback.received', value: 12 },
            { metric: 'feedback.received', value: 5, dims: { tier: 'province' } },
            { metric: 'feedback.received', value: 6, dims: { tier: 'district' } },
            { metric: 'feedback.received', value: 3, dims: { tier: 'commune' } },
          ] },
        ],
        flags: [{ severity: 'error', expected: 12, actual: 14 }],
      },
      {
        name: 'a pending total after the ";" that ends a "trong đó" list of the resolved ones, broken down by level in the rows below',
        lines: [
          { text: 'Toàn huyện đã giải quyết 8.410 hồ sơ, trong đó đúng hạn 8.396 hồ sơ, quá hạn 14 hồ sơ; đang giải quyết 96 hồ sơ. Chi tiết theo cấp:', section: 'II/2', canonical: 'procedures', records: [
            { metric: 'dossier.resolved', value: 8410 },
            { metric: 'dossier.resolved_on_time', value: 8396 },
            { metric: 'dossier.resolved_late', value: 14 },
            { metric: 'dossier.pending', value: 96 },
          ] },
          { text: '| Cấp | Đang giải quyết |', kind: 'tableRow' },
          { text: '| Cấp huyện | 61 |', kind: 'tableRow', records: [{ metric: 'dossier.pending', value: 61, dims: { tier: 'district' } }] },
          { text: '| Cấp xã | 29 |', kind: 'tableRow', records: [{ metric: 'dossier.pending', value: 29, dims: { tier: 'commune' } }] },
        ],
        flags: [{ severity: 'warning', expected: 96, actual: 90 }],
      },
      {
        name: 'an item titled as a breakdown ("Chia theo lĩnh vực:") whose parts exceed the total of the item before it',
        lines: [
          { text: 'Kết quả giải quyết hồ sơ quý III:', section: 'II/2', canonical: 'procedures' },
          { text: '+ Tổng số hồ sơ tiếp nhận: 64 hồ sơ.', kind: 'listItem', section: 'II/2', canonical: 'procedures', records: [{ metric: 'dossier.received', value: 64 }] },
          { text: '+ Chia theo lĩnh vực: Hộ tịch 40 hồ sơ; Chứng thực 19 hồ sơ; Nuôi con nuôi 7 hồ sơ.', kind: 'listItem', section: 'II/2', canonical: 'procedures', records: [
            { metric: 'dossier.received', value: 40, dims: { field: 'Hộ tịch' } },
            { metric: 'dossier.received', value: 19, dims: { field: 'Chứng thực' } },
            { metric: 'dossier.received', value: 7, dims: { field: 'Nuôi con nuôi' } },
          ] },
        ],
        flags: [{ severity: 'error', expected: 64, actual: 66 }],
      },
      {
        name: 'a table’s total row that differs from the lead-in’s total its rows add up to',
        lines: [
          { text: 'Trong năm, Sở tiếp nhận 2.960 hồ sơ. Kết quả theo lĩnh vực như sau:', section: 'II/2', canonical: 'procedures', records: [{ metric: 'dossier.received', value: 2960 }] },
          { text: '| STT | Lĩnh vực | Tiếp nhận |', kind: 'tableRow' },
          { text: '| 1 | Thủy sản | 1.840 |', kind: 'tableRow', records: [{ metric: 'dossier.received', value: 1840, dims: { field: 'Thủy sản' } }] },
          { text: '| 2 | Thú y | 1.120 |', kind: 'tableRow', records: [{ metric: 'dossier.received', value: 1120, dims: { field: 'Thú y' } }] },
          { text: '| | Tổng cộng | 2.690 |', kind: 'tableRow', records: [{ metric: 'dossier.received', value: 2690 }] },
        ],
        flags: [{ severity: 'error', expected: 2690, actual: 2960 }],
      },
      {
        name: 'bodies inspected by level in a bracket after a noun pair ("cơ quan, đơn vị (…)"), one short of the total',
        lines: [
          { text: 'Năm 2024, Sở Nội vụ kiểm tra công tác CCHC tại 12 cơ quan, đơn vị (05 sở, ban, ngành; 06 UBND cấp huyện).', section: 'I/1', canonical: 'direction', records: [
            { metric: 'inspection.units', value: 12 },
            { metric: 'inspection.units', value: 5, dims: { tier: 'province' } },
            { metric: 'inspection.units', value: 6, dims: { tier: 'district' } },
          ] },
        ],
        flags: [{ severity: 'warning', expected: 12, actual: 11 }],
      },
      {
        name: 'one tier’s total by field: the message names the tier',
        lines: [
          { text: 'Cấp huyện tiếp nhận 3.200 hồ sơ, trong đó: lĩnh vực Đất đai 1.900 hồ sơ, lĩnh vực Tư pháp 1.400 hồ sơ.', section: 'II/2', canonical: 'procedures', records: [
            { metric: 'dossier.received', value: 3200, dims: { tier: 'district' } },
            { metric: 'dossier.received', value: 1900, dims: { tier: 'district', field: 'Đất đai' } },
            { metric: 'dossier.received', value: 1400, dims: { tier: 'district', field: 'Tư pháp' } },
          ] },
        ],
        flags: [{ severity: 'error', expected: 3200, actual: 3300, message: ['Tổng các lĩnh vực (1.900 + 1.400 = 3.300) lớn hơn tổng số hồ sơ tiếp nhận cấp huyện (3.200)'] }],
      },
      {
        name: 'the total, then its parts in the next sentence opened by "… theo hình thức:"',
        lines: [
          { text: 'Năm 2024, Trung tâm tiếp nhận 5.300 hồ sơ. Hồ sơ tiếp nhận theo hình thức: trực tuyến 3.900 hồ sơ, trực tiếp 1.350 hồ sơ, qua bưu chính công ích 20 hồ sơ.', section: 'II/2', canonical: 'procedures', records: [
            { metric: 'dossier.received', value: 5300 },
            { metric: 'dossier.received', value: 3900, dims: { channel: 'online' } },
            { metric: 'dossier.received', value: 1350, dims: { channel: 'direct' } },
            { metric: 'dossier.received', value: 20, dims: { channel: 'postal' } },
          ] },
        ],
        flags: [{ severity: 'warning', expected: 5300, actual: 5270 }],
      },
      {
        name: 'parts by field in the next sentence break down the plain total, not the online figure stated after it',
        lines: [
          { text: 'Trong quý, Trung tâm tiếp nhận 1.500 hồ sơ, trong đó 1.320 hồ sơ nộp trực tuyến. Chia theo lĩnh vực: lĩnh vực hộ tịch 830 hồ sơ; lĩnh vực đất đai 690 hồ sơ.', section: 'II/2', canonical: 'procedures', records: [
            { metric: 'dossier.received', value: 1500 },
            { metric: 'dossier.received', value: 1320, dims: { channel: 'online' } },
            { metric: 'dossier.received', value: 830, dims: { field: 'hộ tịch' } },
            { metric: 'dossier.received', value: 690, dims: { field: 'đất đai' } },
          ] },
        ],
        flags: [{ severity: 'error', expected: 1500, actual: 1520 }],
      },
      {
        name: 'the total, then its parts in the next sentence opened by "Phân loại theo …:"',
        lines: [
          { text: 'Tổng số hồ sơ tiếp nhận trong quý là 2.615 hồ sơ. Phân loại theo hình thức nộp: trực tuyến 1.905 hồ sơ, trực tiếp 712 hồ sơ, qua bưu chính công ích 48 hồ sơ.', section: 'II/2', canonical: 'procedures', records: [
            { metric: 'dossier.received', value: 2615 },
            { metric: 'dossier.received', value: 1905, dims: { channel: 'online' } },
            { metric: 'dossier.received', value: 712, dims: { channel: 'direct' } },
            { metric: 'dossier.received', value: 48, dims: { channel: 'postal' } },
          ] },
        ],
        flags: [{ severity: 'error', expected: 2615, actual: 2665 }],
      },
      {
        name: 'subsections by field announced by a lead-in stating the total, falling short of it',
        lines: [
          { text: 'Trong kỳ, Sở tiếp nhận 1.600 hồ sơ TTHC, cụ thể theo lĩnh vực:', section: 'II/2', canonical: 'procedures', records: [{ metric: 'dossier.received', value: 1600 }] },
          { text: 'a) Lĩnh vực đất đai: Tiếp nhận 1.200 hồ sơ, đã giải quyết 1.180 hồ sơ.', kind: 'heading', section: 'II/2/a', records: [
            { metric: 'dossier.received', value: 1200, dims: { field: 'đất đai' } },
            { metric: 'dossier.resolved', value: 1180, dims: { field: 'đất đai' } },
          ] },
          { text: 'b) Lĩnh vực môi trường: Tiếp nhận 300 hồ sơ.', kind: 'heading', section: 'II/2/b', records: [{ metric: 'dossier.received', value: 300, dims: { field: 'môi trường' } }] },
        ],
        flags: [{ severity: 'warning', expected: 1600, actual: 1500, records: [0, 1, 3] }],
      },
      {
        name: 'carried over + new exceed the received total they break down → error; fall short of it → warning',
        lines: [
          {
            text: 'Tổng số hồ sơ tiếp nhận năm 2023 là 2.450 hồ sơ (kỳ trước chuyển sang 150 hồ sơ, tiếp nhận mới 2.330 hồ sơ); đã giải quyết 2.400 hồ sơ, đang giải quyết 50 hồ sơ.',
            section: 'II/2',
            records: [
              { metric: 'dossier.received', value: 2450 },
              { metric: 'dossier.carried_over', value: 150 },
              { metric: 'dossier.new', value: 2330 },
              { metric: 'dossier.resolved', value: 2400 },
              { metric: 'dossier.pending', value: 50 },
            ],
          },
          {
            text: 'Cấp xã tiếp nhận 1.120 hồ sơ, gồm: hồ sơ tồn kỳ trước chuyển sang 40 hồ sơ, hồ sơ tiếp nhận mới 1.060 hồ sơ.',
            section: 'II/3',
            records: [
              { metric: 'dossier.received', value: 1120, dims: { tier: 'commune' } },
              { metric: 'dossier.carried_over', value: 40, dims: { tier: 'commune' } },
              { metric: 'dossier.new', value: 1060, dims: { tier: 'commune' } },
            ],
          },
        ],
        flags: [
          { severity: 'error', expected: 2450, actual: 2480, records: [0, 1, 2], message: ['(150 + 2.330 = 2.480) lớn hơn tổng số hồ sơ tiếp nhận (2.450)', 'mục II/2'] },
          { severity: 'warning', expected: 1120, actual: 1100, records: [5, 6, 7], message: ['(40 + 1.060 = 1.100) nhỏ hơn'] },
        ],
      },
      {
        name: 'channels of a table flattened by PDF fall short of the total its caption states → warning',
        lines: [
          {
            text: 'Trong quý, Sở tiếp nhận 520 hồ sơ; đã giải quyết 515 hồ sơ. Hồ sơ tiếp nhận chia theo cách nộp như sau:',
            section: 'II/2',
            records: [
              { metric: 'dossier.received', value: 520 },
              { metric: 'dossier.resolved', value: 515 },
            ],
          },
          { text: 'Cách nộp Số hồ sơ' },
          {
            text: 'Trực tuyến 300 Trực tiếp 190 Qua bưu chính công ích 10',
            records: [
              { metric: 'dossier.received', value: 300, dims: { channel: 'online' }, rule: 'dossier-flat-table' },
              { metric: 'dossier.received', value: 190, dims: { channel: 'direct' }, rule: 'dossier-flat-table' },
              { metric: 'dossier.received', value: 10, dims: { channel: 'postal' }, rule: 'dossier-flat-table' },
            ],
          },
        ],
        flags: [{ severity: 'warning', expected: 520, actual: 500, records: [0, 2, 3, 4], message: ['(300 + 190 + 10 = 500) nhỏ hơn tổng số hồ sơ tiếp nhận (520)'] }],
      },
      {
        name: 'tiers of a flattened table exceed its "Tổng cộng" row → error',
        lines: [
          { text: 'Kết quả tiếp nhận hồ sơ theo cấp như sau:', section: 'II/2' },
          { text: 'Cấp Tiếp nhận' },
          {
            text: 'Cấp huyện 1.240 Cấp xã 3.310',
            records: [
              { metric: 'dossier.received', value: 1240, dims: { tier: 'district' }, rule: 'dossier-flat-table' },
              { metric: 'dossier.received', value: 3310, dims: { tier: 'commune' }, rule: 'dossier-flat-table' },
            ],
          },
          { text: 'Tổng cộng 4.500', records: [{ metric: 'dossier.received', value: 4500, rule: 'dossier-flat-table' }] },
        ],
        flags: [{ severity: 'error', expected: 4500, actual: 4550, records: [0, 1, 2] }],
      },
      {
        name: 'fields exceed the total of a list → error',
        lines: [
          {
            text: 'Trong quý, Sở đã tiếp nhận 48 hồ sơ, cụ thể như sau:',
            section: 'II/2/2.2/a',
            records: [{ metric: 'dossier.received', value: 48 }],
          },
          { text: '+ Lĩnh vực KH&CN: 14 hồ sơ.', records: [{ metric: 'dossier.received', value: 14, dims: { field: 'KH&CN' } }] },
          { text: '+ Lĩnh vực Năng lượng nguyên tử: 08 hồ sơ.', records: [{ metric: 'dossier.received', value: 8, dims: { field: 'Năng lượng nguyên tử' } }] },
          { text: '+ Lĩnh vực Sở hữu trí tuệ: 0 hồ sơ.', records: [{ metric: 'dossier.received', value: 0, dims: { field: 'Sở hữu trí tuệ' } }] },
          { text: '+ Lĩnh vực Thanh tra: 0 hồ sơ.', records: [{ metric: 'dossier.received', value: 0, dims: { field: 'Thanh tra' } }] },
          { text: '+ Lĩnh vực Đo lường: 28 hồ sơ.', records: [{ metric: 'dossier.received', value: 28, dims: { field: 'Đo lường' } }] },
        ],
        flags: [
          {
            severity: 'error',
            expected: 48,
            actual: 50,
            records: [0, 1, 2, 3, 4, 5],
            message: ['Tổng các lĩnh vực (14 + 8 + 0 + 0 + 28 = 50) lớn hơn tổng số hồ sơ tiếp nhận (48) — mục II/2/2.2/a'],
          },
        ],
      },
      {
        name: 'staff by degree fall short of the staff total (the seed) → warning',
        lines: [
          {
            text: 'Sở hiện có 05 phòng chuyên môn và 02 đơn vị trực thuộc với tổng số 66 công chức, viên chức và lao động hợp đồng. Về trình độ chuyên môn, hiện có 03 tiến sỹ, 18 thạc sỹ, 43 đại học.',
            section: 'II/3',
            records: [
              { metric: 'org.divisions', value: 5 },
              { metric: 'org.units', value: 2 },
              { metric: 'staff.total', value: 66 },
              { metric: 'staff.by_degree', value: 3, dims: { degree: 'doctorate' } },
              { metric: 'staff.by_degree', value: 18, dims: { degree: 'master' } },
              { metric: 'staff.by_degree', value: 43, dims: { degree: 'bachelor' } },
            ],
          },
        ],
        flags: [{ severity: 'warning', expected: 66, actual: 64, records: [2, 3, 4, 5], message: ['3 + 18 + 43 = 64', '(66)', 'mục II/3'] }],
      },
      {
        name: 'postgraduates (no one degree) are one of the parts by degree → error when they exceed the total',
        lines: [
          {
            text: 'Tổng số công chức, viên chức của Chi cục là 40 người; về trình độ: sau đại học 09 người, đại học 30 người, trung cấp 04 người.',
            records: [
              { metric: 'staff.total', value: 40 },
              { metric: 'staff.by_degree', value: 9 },
              { metric: 'staff.by_degree', value: 30, dims: { degree: 'bachelor' } },
              { metric: 'staff.by_degree', value: 4, dims: { degree: 'other' } },
            ],
          },
        ],
        flags: [{ severity: 'error', expected: 40, actual: 43, records: [0, 1, 2, 3], message: ['9 + 30 + 4 = 43'] }],
      },
      {
        name: 'channels after "trong đó" in the same sentence exceed the total → error',
        lines: [
          {
            text: 'Tổng số hồ sơ tiếp nhận trong kỳ là 1.250 hồ sơ, trong đó: trực tuyến 800 hồ sơ, trực tiếp 420 hồ sơ, qua dịch vụ bưu chính công ích 95 hồ sơ.',
            records: [
              { metric: 'dossier.received', value: 1250 },
              { metric: 'dossier.received', value: 800, dims: { channel: 'online' } },
              { metric: 'dossier.received', value: 420, dims: { channel: 'direct' } },
              { metric: 'dossier.received', value: 95, dims: { channel: 'postal' } },
            ],
          },
        ],
        flags: [{ severity: 'error', expected: 1250, actual: 1315, message: ['Tổng các hình thức (800 + 420 + 95 = 1.315)'] }],
      },
      {
        name: 'parts in brackets right after the total',
        lines: [
          {
            text: 'Năm 2023, Trung tâm tiếp nhận 2.140 hồ sơ (trực tuyến 1.720 hồ sơ, trực tiếp 380 hồ sơ, qua bưu chính công ích 25 hồ sơ), đã giải quyết 2.101 hồ sơ.',
            records: [
              { metric: 'dossier.received', value: 2140 },
              { metric: 'dossier.received', value: 1720, dims: { channel: 'online' } },
              { metric: 'dossier.received', value: 380, dims: { channel: 'direct' } },
              { metric: 'dossier.received', value: 25, dims: { channel: 'postal' } },
              { metric: 'dossier.resolved', value: 2101 },
            ],
          },
        ],
        flags: [{ severity: 'warning', expected: 2140, actual: 2125 }],
      },
      {
        name: 'fields named after "trong đó" that exceed the total → error (an open set may fall short, never exceed)',
        lines: [
          {
            text: 'Quý này Bộ phận Một cửa nhận 905 hồ sơ, trong đó lĩnh vực đất đai 640 hồ sơ, lĩnh vực hộ tịch 318 hồ sơ.',
            records: [
              { metric: 'dossier.received', value: 905 },
              { metric: 'dossier.received', value: 640, dims: { field: 'đất đai' } },
              { metric: 'dossier.received', value: 318, dims: { field: 'hộ tịch' } },
            ],
          },
        ],
        flags: [{ severity: 'error', expected: 905, actual: 958 }],
      },
      {
        name: 'tiers in the sentence after the total ("Trong đó, …") fall short → warning',
        lines: [
          {
            text: 'Toàn tỉnh đã giải quyết 10.450 hồ sơ. Trong đó, cấp tỉnh giải quyết 3.200 hồ sơ, cấp huyện 2.100 hồ sơ, cấp xã 5.050 hồ sơ.',
            records: [
              { metric: 'dossier.resolved', value: 10450 },
              { metric: 'dossier.resolved', value: 3200, dims: { tier: 'province' } },
              { metric: 'dossier.resolved', value: 2100, dims: { tier: 'district' } },
              { metric: 'dossier.resolved', value: 5050, dims: { tier: 'commune' } },
            ],
          },
        ],
        flags: [{ severity: 'warning', expected: 10450, actual: 10350 }],
      },
      {
        name: 'a lead-in paragraph, then a table of channels without a total row',
        lines: [
          {
            text: 'Năm 2023, Sở tiếp nhận 530 hồ sơ TTHC; đã giải quyết 522 hồ sơ. Hồ sơ tiếp nhận theo hình thức nộp như sau:',
            records: [
              { metric: 'dossier.received', value: 530 },
              { metric: 'dossier.resolved', value: 522 },
            ],
          },
          { text: '| Hình thức nộp hồ sơ | Số hồ sơ |', kind: 'tableRow' },
          { text: '| Trực tuyến | 402 |', kind: 'tableRow', records: [{ metric: 'dossier.received', value: 402, dims: { channel: 'online' } }] },
          { text: '| Trực tiếp | 101 |', kind: 'tableRow', records: [{ metric: 'dossier.received', value: 101, dims: { channel: 'direct' } }] },
          { text: '| Qua dịch vụ bưu chính công ích | 9 |', kind: 'tableRow', records: [{ metric: 'dossier.received', value: 9, dims: { channel: 'postal' } }] },
        ],
        flags: [{ severity: 'warning', expected: 530, actual: 512 }],
      },
      {
        name: 'the total in the paragraph before a lead-in without figures',
        lines: [
          { text: 'Trong quý, Sở đã tiếp nhận 905 hồ sơ TTHC, đã giải quyết 880 hồ sơ.', records: [{ metric: 'dossier.received', value: 905 }, { metric: 'dossier.resolved', value: 880 }] },
          { text: 'Số hồ sơ tiếp nhận phân theo lĩnh vực như sau:' },
          { text: '- Lĩnh vực Xây dựng: 512 hồ sơ;', records: [{ metric: 'dossier.received', value: 512, dims: { field: 'Xây dựng' } }] },
          { text: '- Lĩnh vực Quy hoạch: 401 hồ sơ.', records: [{ metric: 'dossier.received', value: 401, dims: { field: 'Quy hoạch' } }] },
        ],
        flags: [{ severity: 'error', expected: 905, actual: 913 }],
      },
      {
        name: 'bulleted items right after the paragraph stating the total, without "cụ thể"',
        lines: [
          { text: 'Năm 2023, UBND huyện tiếp nhận 3.420 hồ sơ TTHC.', records: [{ metric: 'dossier.received', value: 3420 }] },
          { text: '- Cấp huyện: 1.210 hồ sơ;', records: [{ metric: 'dossier.received', value: 1210, dims: { tier: 'district' } }] },
          { text: '- Cấp xã: 2.250 hồ sơ.', records: [{ metric: 'dossier.received', value: 2250, dims: { tier: 'commune' } }] },
        ],
        flags: [{ severity: 'error', expected: 3420, actual: 3460, message: ['Tổng các cấp (1.210 + 2.250 = 3.460)'] }],
      },
      {
        name: 'the total stated in the paragraph closing the list',
        lines: [
          { text: 'Kết quả tiếp nhận hồ sơ tại các đơn vị như sau:' },
          { text: '- Văn phòng Sở: tiếp nhận 120 hồ sơ;', records: [{ metric: 'dossier.received', value: 120, dims: { subject: 'Văn phòng Sở' } }] },
          { text: '- Chi cục Thú y: tiếp nhận 310 hồ sơ.', records: [{ metric: 'dossier.received', value: 310, dims: { subject: 'Chi cục Thú y' } }] },
          { text: 'Tổng số hồ sơ tiếp nhận của Sở là 420 hồ sơ.', records: [{ metric: 'dossier.received', value: 420 }] },
        ],
        flags: [{ severity: 'error', expected: 420, actual: 430, message: ['Tổng các cơ quan, đơn vị (120 + 310 = 430)'] }],
      },
      {
        name: 'a district’s tiers falling short of the district’s total ("cụ thể như sau" announces them all)',
        agency: 'Ủy ban nhân dân huyện Tam Nông',
        lines: [
          { text: 'Năm 2023, trên địa bàn huyện tiếp nhận 15.400 hồ sơ, cụ thể như sau: cấp huyện tiếp nhận 5.100 hồ sơ, cấp xã tiếp nhận 10.000 hồ sơ.', records: [
            { metric: 'dossier.received', value: 15400 },
            { metric: 'dossier.received', value: 5100, dims: { tier: 'district' } },
            { metric: 'dossier.received', value: 10000, dims: { tier: 'commune' } },
          ] },
        ],
        flags: [{ severity: 'warning', expected: 15400, actual: 15100 }],
      },
      {
        name: 'a province’s tiers announced by a list ("cụ thể:") leaving one out',
        lines: [
          { text: 'Năm 2023, toàn tỉnh tiếp nhận 9.200 hồ sơ, cụ thể:', records: [{ metric: 'dossier.received', value: 9200 }] },
          { text: '- Cấp tỉnh: tiếp nhận 5.000 hồ sơ;', records: [{ metric: 'dossier.received', value: 5000, dims: { tier: 'province' } }] },
          { text: '- Cấp huyện: tiếp nhận 4.000 hồ sơ.', records: [{ metric: 'dossier.received', value: 4000, dims: { tier: 'district' } }] },
        ],
        flags: [{ severity: 'warning', expected: 9200, actual: 9000 }],
      },
      {
        name: 'channels after "gồm" leaving one out',
        lines: [
          { text: 'Tổng số hồ sơ tiếp nhận 1.650 hồ sơ, gồm: trực tuyến 1.020 hồ sơ, trực tiếp 600 hồ sơ.', records: [
            { metric: 'dossier.received', value: 1650 },
            { metric: 'dossier.received', value: 1020, dims: { channel: 'online' } },
            { metric: 'dossier.received', value: 600, dims: { channel: 'direct' } },
          ] },
        ],
        flags: [{ severity: 'warning', expected: 1650, actual: 1620 }],
      },
      {
        name: 'a "Tổng cộng: …" line closing bulleted items',
        lines: [
          { text: 'Số hồ sơ đã giải quyết theo lĩnh vực:', section: 'II/2' },
          { text: '- Lĩnh vực Hộ tịch: 830 hồ sơ;', records: [{ metric: 'dossier.resolved', value: 830, dims: { field: 'Hộ tịch' } }] },
          { text: '- Lĩnh vực Chứng thực: 1.240 hồ sơ.', records: [{ metric: 'dossier.resolved', value: 1240, dims: { field: 'Chứng thực' } }] },
          { text: 'Tổng cộng: 2.050 hồ sơ.', records: [{ metric: 'dossier.resolved', value: 2050 }] },
        ],
        flags: [{ severity: 'error', expected: 2050, actual: 2070, message: ['Tổng các lĩnh vực (830 + 1.240 = 2.070)'] }],
      },
      {
        name: 'a table of all the units led in by a paragraph naming none as picked out, falling short of its total row → warning',
        lines: [
          { text: 'Kết quả giải quyết hồ sơ của các xã như sau:', section: 'II/2' },
          { text: '| TT | Đơn vị | Đúng hạn |', kind: 'tableRow' },
          { text: '| 1 | Xã Hòa Bình | 601 |', kind: 'tableRow', records: [{ metric: 'dossier.resolved_on_time', value: 601, dims: { subject: 'Xã Hòa Bình' } }] },
          { text: '| 2 | Xã Tân Thành | 488 |', kind: 'tableRow', records: [{ metric: 'dossier.resolved_on_time', value: 488, dims: { subject: 'Xã Tân Thành' } }] },
          { text: '|  | Cộng cấp xã | 1.150 |', kind: 'tableRow', records: [{ metric: 'dossier.resolved_on_time', value: 1150, dims: { tier: 'commune' } }] },
        ],
        flags: [{ severity: 'warning', expected: 1150, actual: 1089 }],
      },
      {
        name: 'a table numbered in its first column, the total row leaving that cell empty → error when the rows exceed it',
        lines: [
          { text: '| STT | Lĩnh vực | Hồ sơ đã giải quyết |', kind: 'tableRow' },
          { text: '| 1 | Xây dựng | 517 |', kind: 'tableRow', records: [{ metric: 'dossier.resolved', value: 517, dims: { field: 'Xây dựng' } }] },
          { text: '| 2 | Giao thông vận tải | 206 |', kind: 'tableRow', records: [{ metric: 'dossier.resolved', value: 206, dims: { field: 'Giao thông vận tải' } }] },
          { text: '|  | Cộng | 713 |', kind: 'tableRow', records: [{ metric: 'dossier.resolved', value: 713 }] },
        ],
        flags: [{ severity: 'error', expected: 713, actual: 723 }],
      },
      {
        name: 'a table by quarter closed by a “Cả năm” row: the quarters exceed the year → error',
        period: '2024',
        lines: [
          { text: '| Kỳ báo cáo | Hồ sơ tiếp nhận |', kind: 'tableRow' },
          { text: '| Quý I | 311 |', kind: 'tableRow', records: [{ metric: 'dossier.received', value: 311, dims: { subject: 'Quý I' } }] },
          { text: '| Quý II | 287 |', kind: 'tableRow', records: [{ metric: 'dossier.received', value: 287, dims: { subject: 'Quý II' } }] },
          { text: '| Quý III | 340 |', kind: 'tableRow', records: [{ metric: 'dossier.received', value: 340, dims: { subject: 'Quý III' } }] },
          { text: '| Quý IV | 298 |', kind: 'tableRow', records: [{ metric: 'dossier.received', value: 298, dims: { subject: 'Quý IV' } }] },
          { text: '| Cả năm | 1.226 |', kind: 'tableRow', records: [{ metric: 'dossier.received', value: 1226 }] },
        ],
        flags: [{ severity: 'error', expected: 1226, actual: 1236 }],
      },
      {
        name: 'rows of bodies with a subtotal row per level: the rows above a subtotal exceed it → error',
        lines: [
          { text: 'Kết quả tại một số cơ quan, địa phương như sau:', section: 'II/2', canonical: 'procedures' },
          { text: '| STT | Đơn vị | Hồ sơ tiếp nhận |', kind: 'tableRow', section: 'II/2', canonical: 'procedures' },
          { text: '| 1 | Sở Y tế | 640 |', kind: 'tableRow', section: 'II/2', canonical: 'procedures', records: [{ metric: 'dossier.received', value: 640, dims: { subject: 'Sở Y tế' } }] },
          { text: '| 2 | Sở Nội vụ | 212 |', kind: 'tableRow', section: 'II/2', canonical: 'procedures', records: [{ metric: 'dossier.received', value: 212, dims: { subject: 'Sở Nội vụ' } }] },
          { text: '|  | Cộng cấp tỉnh | 842 |', kind: 'tableRow', section: 'II/2', canonical: 'procedures', records: [{ metric: 'dossier.received', value: 842, dims: { tier: 'province' } }] },
          { text: '| 3 | UBND huyện Đông Triều | 1.930 |', kind: 'tableRow', section: 'II/2', canonical: 'procedures', records: [{ metric: 'dossier.received', value: 1930, dims: { subject: 'UBND huyện Đông Triều' } }] },
          { text: '| 4 | UBND huyện Vân Đồn | 1.105 |', kind: 'tableRow', section: 'II/2', canonical: 'procedures', records: [{ metric: 'dossier.received', value: 1105, dims: { subject: 'UBND huyện Vân Đồn' } }] },
          { text: '|  | Cộng cấp huyện | 3.035 |', kind: 'tableRow', section: 'II/2', canonical: 'procedures', records: [{ metric: 'dossier.received', value: 3035, dims: { tier: 'district' } }] },
          { text: '|  | Tổng cộng | 3.887 |', kind: 'tableRow', section: 'II/2', canonical: 'procedures', records: [{ metric: 'dossier.received', value: 3887 }] },
        ],
        flags: [{ severity: 'error', expected: 842, actual: 852 }],
      },
      {
        name: 'rows by month closed by a total row: the months exceed it → error, told as periods',
        lines: [
          { text: '| Kỳ | Hồ sơ đã giải quyết |', kind: 'tableRow' },
          { text: '| Tháng 7 | 640 |', kind: 'tableRow', records: [{ metric: 'dossier.resolved', value: 640, dims: { subject: 'Tháng 7' } }] },
          { text: '| Tháng 8 | 702 |', kind: 'tableRow', records: [{ metric: 'dossier.resolved', value: 702, dims: { subject: 'Tháng 8' } }] },
          { text: '| Tháng 9 | 688 |', kind: 'tableRow', records: [{ metric: 'dossier.resolved', value: 688, dims: { subject: 'Tháng 9' } }] },
          { text: '| Cộng | 2.003 |', kind: 'tableRow', records: [{ metric: 'dossier.resolved', value: 2003 }] },
        ],
        flags: [{ severity: 'error', expected: 2003, actual: 2030 }],
      },
      {
        name: 'a table with a total row',
        lines: [
          { text: '| Lĩnh vực | Số hồ sơ tiếp nhận |', kind: 'tableRow' },
          { text: '| Hộ tịch | 320 |', kind: 'tableRow', records: [{ metric: 'dossier.received', value: 320, dims: { field: 'Hộ tịch' } }] },
          { text: '| Đất đai | 145 |', kind: 'tableRow', records: [{ metric: 'dossier.received', value: 145, dims: { field: 'Đất đai' } }] },
          { text: '| Tổng cộng | 475 |', kind: 'tableRow', records: [{ metric: 'dossier.received', value: 475 }] },
        ],
        flags: [{ severity: 'warning', expected: 475, actual: 465 }],
      },
      {
        name: 'a “Khác” row counted in the parts that exceed the total row → error',
        lines: [
          { text: '| Lĩnh vực | Số hồ sơ tiếp nhận |', kind: 'tableRow' },
          { text: '| Hộ tịch | 320 |', kind: 'tableRow', records: [{ metric: 'dossier.received', value: 320, dims: { field: 'Hộ tịch' } }] },
          { text: '| Các lĩnh vực khác | 160 |', kind: 'tableRow', records: [{ metric: 'dossier.received', value: 160 }] },
          { text: '| Tổng cộng | 475 |', kind: 'tableRow', records: [{ metric: 'dossier.received', value: 475 }] },
        ],
        flags: [{ severity: 'error', expected: 475, actual: 480 }],
      },
    ],
  },
});
