/**
 * A block that opens by titling a breakdown ("+ Chia theo lĩnh vực: Luật sư 12 hồ sơ; Công chứng 21
 * hồ sơ; …", "Phân theo hình thức nộp: …") and states no whole of its own before its colon: its
 * parts break down the figure of the block just before it in the same section ("+ Tổng số hồ sơ
 * tiếp nhận: 48 hồ sơ.").
 */
import type { Fact, ReportView } from '../report-view.ts';
import { choose, totalMetricOf, wholeOf, type Breakdown } from './choose.ts';

/** The title, up to its colon: "chia theo lĩnh vực", "phân theo hình thức tiếp nhận", "cụ thể theo từng cấp". */
const TITLE =
  /^\W*(?:(?:[a-z]|\d{1,2})[.)]\s+)?(?:(?:chia|phan|phan loai|cu the|tach) theo|theo)\s+(?:tung\s+|cac\s+)?(?:linh vuc|hinh thuc|kenh|cap|don vi|co quan|trinh do)(?:[^:\d.;]{0,40})?:/;

export function titledBreakdowns(view: ReportView, facts: Map<number, Fact[]>, out: Breakdown[]): void {
  for (const [b, list] of facts) {
    if (b === 0 || list.length < 2) continue;
    const title = TITLE.exec(view.folded[b]!);
    if (!title) continue;
    const colon = title[0].length;
    const block = view.blocks[b]!;
    // The nearest earlier block of the same section with figures, no heading between.
    let k = b - 1;
    while (k >= 0 && !facts.has(k) && view.blocks[k]!.kind !== 'heading' && view.blocks[k]!.section === block.section) k--;
    if (k < 0 || !facts.has(k) || view.blocks[k]!.section !== block.section) continue;
    for (const m of new Set(list.map((f) => f.record.metric))) {
      const tm = totalMetricOf(m);
      // A whole stated before the colon is the block's own ("Chia theo lĩnh vực, tổng 48 hồ sơ: …"): read inline.
      if (list.some((f) => f.record.metric === tm && f.at < colon)) continue;
      const parts = list.filter((f) => f.record.metric === m && f.at > colon);
      if (parts.length < 2) continue;
      const total = wholeOf(
        facts.get(k)!.filter((f) => f.record.metric === tm && !f.afterCue),
        parts,
      );
      if (!total) continue;
      const got = choose(view, total, parts, 'none');
      if (got) out.push({ kind: 'titled', total, parts: got.parts, dimension: got.dim });
    }
  }
}
