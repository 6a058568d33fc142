/**
 * A lead-in stating a total ("… Sở tiếp nhận 1.600 hồ sơ, cụ thể theo lĩnh vực:") right before
 * the subsections of its section ("a) Lĩnh vực đất đai: Tiếp nhận 1.200 hồ sơ …", "b) Lĩnh vực môi
 * trường: …"): each subsection's first figure of the total's metric is a part.
 */
import { depthsOf, shapesOf } from '../blocks.ts';
import type { Fact, ReportView } from '../report-view.ts';
import { choose, type Breakdown } from './choose.ts';

const NONE: readonly Fact[] = [];

/** The subsection of `section` that `path` lies in ("II/2/a" for "II/2/a/1" below "II/2"), or null. */
function childOf(path: string, section: string): string | null {
  if (path.length <= section.length + 1 || path.charCodeAt(section.length) !== 47 || !path.startsWith(section)) return null;
  const cut = path.indexOf('/', section.length + 1);
  return cut < 0 ? path : path.slice(0, cut);
}

export function sectionBreakdowns(view: ReportView, facts: Map<number, Fact[]>, out: Breakdown[]): void {
  const { blocks } = view;
  const { leadIn } = shapesOf(view);
  for (let i = 0; i + 1 < blocks.length; i++) {
    const lead = blocks[i]!;
    if (!leadIn[i] || lead.kind !== 'paragraph' || !facts.has(i)) continue;
    const next = blocks[i + 1]!;
    if (next.kind !== 'heading' || childOf(next.section, lead.section) === null) continue;
    // the lead-in's own figures: outside brackets, not after a cue
    const depth = depthsOf(view, i);
    const totals = facts.get(i)!.filter((f) => !f.afterCue && f.record.unit !== 'percent' && (depth.at(f.at) ?? 0) === 0);
    if (totals.length === 0) continue;
    // the facts of each subsection, in reading order, up to the end of the lead-in's section
    const children = new Map<string, Fact[]>();
    for (let j = i + 1; j < blocks.length; j++) {
      const child = childOf(blocks[j]!.section, lead.section);
      if (child === null) break;
      let list = children.get(child);
      if (!list) children.set(child, (list = []));
      list.push(...(facts.get(j) ?? NONE));
    }
    if (children.size < 2) continue;
    for (const total of totals) {
      const m = total.record.metric;
      const heads: Fact[] = [];
      for (const list of children.values()) {
        const head = list.find((f) => f.record.metric === m);
        if (head) heads.push(head);
      }
      // every subsection states the figure, each labelled with what tells it apart
      if (heads.length !== children.size) continue;
      const got = choose(view, total, heads, 'none');
      if (got) out.push({ kind: 'section', total, parts: got.parts, dimension: got.dim });
    }
  }
}
