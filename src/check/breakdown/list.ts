/** A lead-in ("… tiếp nhận 48 hồ sơ, cụ thể như sau:") and the items after it. */
import { depthsOf, shapesOf, type Depths } from '../blocks.ts';
import type { Fact, ReportView } from '../report-view.ts';
import { choose, isTotalRow, narrower, totalMetricOf, wholeOf, type Breakdown } from './choose.ts';

const NONE: readonly Fact[] = [];

export function listBreakdowns(view: ReportView, facts: Map<number, Fact[]>, out: Breakdown[]): void {
  const { blocks } = view;
  const { marker, item, leadIn } = shapesOf(view);
  for (let i = 0; i < blocks.length; i++) {
    const lead = blocks[i]!;
    const announced = leadIn[i]!;
    // a paragraph stating figures, followed at once by bulleted items, leads them too
    const bulleted =
      !announced && lead.kind === 'paragraph' && !item[i] && facts.has(i) && i + 1 < blocks.length && marker[i + 1] !== 'none';
    if (!announced && !bulleted) continue;
    const leadMarker = item[i] ? marker[i]! : 'none';
    const run: number[] = [];
    for (let j = i + 1; j < blocks.length; j++) {
      if (!item[j] || (bulleted && marker[j] === 'none')) break;
      if (leadMarker !== 'none' && marker[j] === leadMarker) break;
      run.push(j);
    }
    if (run.length === 0) continue;
    const top = marker[run[0]!];
    // "Tổng số hồ sơ tiếp nhận là 420 hồ sơ." closing the list; "Tổng cộng: 2.100 hồ sơ." (read as an
    // unmarked item, as a short "label: figure" line is) closing bulleted items
    const last = run.at(-1)!;
    const closingItem = marker[last] === 'none' && top !== 'none' && blocks[last]!.kind === 'paragraph' && isTotalRow(view, last);
    const after = closingItem ? last : last + 1;
    const closing = blocks[after]?.kind === 'paragraph' && isTotalRow(view, after) ? after : -1;
    const topItems = run.filter((j) => marker[j] === top);
    const metrics = new Set<string>();
    for (const j of topItems) for (const f of facts.get(j) ?? NONE) metrics.add(f.record.metric);
    const leadFacts = facts.get(i) ?? [];
    for (const m of metrics) {
      const tm = totalMetricOf(m);
      const heads: Fact[] = [];
      const totalRows: Fact[] = [];
      for (const j of topItems) {
        const here = facts.get(j) ?? [];
        if (isTotalRow(view, j)) {
          const t = here.find((f) => f.record.metric === tm);
          if (t) totalRows.push(t);
          continue;
        }
        const head = here.find((f) => f.record.metric === m);
        if (head) heads.push(head);
      }
      // ("Cộng cấp tỉnh | 1.592" and "Cộng cấp huyện | 4.386" above "Tổng cộng | 5.978": of several total rows, the one of no
      // level or body of its own is the whole of every row; a subtotal is the whole of its own rows only.)
      const labelled = totalRows.length <= 1 ? (totalRows[0] ?? null) : (totalRows.find((f) => !narrower(f, heads)) ?? null);
      // the lead-in's own figure: not itself a part ("(trong đó nộp trực tiếp 214 hồ sơ)"); a lead-in
      // without one ("Phân theo lĩnh vực như sau:") continues the paragraph before it
      const own = (k: number) => {
        // the depths are read only for a block holding a candidate
        let depth: Depths | undefined;
        const outside = (f: Fact) => ((depth ??= depthsOf(view, k)).at(f.at) ?? 0) === 0;
        // ("… tiếp nhận 2.242 hồ sơ; trực tuyến 1.530, …, qua bưu chính 12 hồ sơ. Theo lĩnh vực như sau:" then rows by
        // field: the plain total, not the last channel's figure)
        return wholeOf((facts.get(k) ?? []).filter((f) => f.record.metric === tm && !f.afterCue && outside(f)), heads);
      };
      const before = blocks[i - 1];
      // (a lead-in without figures, then rows with their own "Tổng cộng": the rows add up to that
      // row, not to the paragraph before — "Sở đã giải quyết 1.231 hồ sơ." then "Kết quả tại các
      // quận, huyện như sau:" and a table of the districts' figures with their total.)
      const total =
        own(i) ??
        labelled ??
        (announced && !leadFacts.some((f) => f.record.metric === tm) && before?.kind === 'paragraph' && before.section === lead.section
          ? own(i - 1)
          : undefined) ??
        (closing >= 0 ? (facts.get(closing) ?? []).find((f) => f.record.metric === tm && !f.afterCue) : undefined);
      if (!total) continue;
      const got = choose(view, total, heads, 'any');
      if (got) out.push({ kind: 'list', total, parts: got.parts, dimension: got.dim });
    }
  }
}

