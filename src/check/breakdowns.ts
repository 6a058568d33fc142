/**
 * Breakdowns found from the shape of the text: a total, then parts of it that differ from it in
 * one dimension (field, channel, degree, tier, subject, mechanism, level). Six shapes:
 *
 * - list:   a lead-in ("… tiếp nhận 48 hồ sơ, cụ thể như sau:") and the items after it; each
 *           top-level item's first figure of the metric is a part;
 * - inline: a cue after the total in the same sentence, or opening the next one
 *           ("… 1.250 hồ sơ, trong đó: trực tuyến 800 hồ sơ, trực tiếp 450 hồ sơ");
 * - table:  a "Tổng cộng" row and the rows above or below it; for a table a PDF flattened into
 *           lines (rule dossier-flat-table), a "Tổng cộng" row or the total its caption states;
 * - section: a lead-in stating the total right before its section's subsections, each stating
 *           a part ("a) Lĩnh vực đất đai: Tiếp nhận 1.200 hồ sơ", "b) Lĩnh vực môi trường: …");
 * - titled: a block opening on a breakdown's title ("+ Chia theo lĩnh vực: Luật sư 12 hồ sơ; …")
 *           whose parts break down the figure of the block just before it;
 * - part-metric: figures of a metric that is by definition a part of another
 *           (staff by degree of staff.total) stated after that whole in the same section.
 *
 * A rate is never a total: the rates of its parts do not add up to it.
 *
 * A breakdown is only kept when every candidate part fits (same status, no dimension the total
 * does not have other than the varying one, no bound like "khoảng"), so a doubtful reading
 * yields no breakdown rather than a false alarm.
 */
import type { ReportView } from './report-view.ts';
import { perView } from './per-view.ts';
import { byBlock, type Breakdown } from './breakdown/choose.ts';
import { listBreakdowns } from './breakdown/list.ts';
import { inlineBreakdowns } from './breakdown/inline.ts';
import { partMetricBreakdowns, tableBreakdowns } from './breakdown/table.ts';
import { flatTableBreakdowns } from './breakdown/flat-table.ts';
import { sectionBreakdowns } from './breakdown/sections.ts';
import { titledBreakdowns } from './breakdown/titled.ts';

export type { Breakdown } from './breakdown/choose.ts';
export { PART_OF, totalMetricOf } from './breakdown/choose.ts';

/** Every breakdown of the report (computed once per view). */
export const findBreakdowns = perView((view: ReportView): Breakdown[] => {
  const facts = byBlock(view);
  const found: Breakdown[] = [];
  listBreakdowns(view, facts, found);
  tableBreakdowns(view, facts, found);
  flatTableBreakdowns(view, facts, found);
  inlineBreakdowns(view, facts, found);
  sectionBreakdowns(view, facts, found);
  titledBreakdowns(view, facts, found);
  const out: Breakdown[] = [];
  // Kept: the first of a total and its parts; of the same parts under another total, only lists.
  const seen = new Set<string>();
  // the parts already used, with the totals they were held against
  const seenParts = new Map<string, number[]>();
  for (const b of found) {
    // rates do not add up: "cấp tỉnh 98,4%, cấp huyện 99%, cấp xã 99,6%" break no 99,1% down
    if (b.total.record.unit === 'percent') continue;
    const parts = b.parts.map((p) => p.index).join(',');
    const key = `${b.total.index}|${parts}`;
    const totals = seenParts.get(parts);
    // (The same parts under another total of the same value are one breakdown told twice; a
    // table's total row that differs from the lead-in's total its rows were read under
    // — "tiếp nhận 4.675 hồ sơ. Kết quả theo lĩnh vực:" then rows and "Tổng cộng | 4.575" — is
    // checked against them too.)
    const sameTotal = totals !== undefined && (b.kind !== 'table' || totals.some((t) => t === b.total.record.value));
    if (seen.has(key) || (sameTotal && b.kind !== 'list')) continue;
    seen.add(key);
    if (totals) totals.push(b.total.record.value);
    else seenParts.set(parts, [b.total.record.value]);
    out.push(b);
  }
  const used = new Set(out.flatMap((b) => b.parts));
  partMetricBreakdowns(view, used, out);
  return out;
});

