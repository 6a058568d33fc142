/**
 * Tables a PDF flattened into lines, read by the rule dossier-flat-table: a caption (often stating
 * the total: "Sở tiếp nhận 412 hồ sơ …, theo hình thức nộp như sau:"), short header lines, then
 * body lines of row labels and figures — several rows may share one line ("Trực tuyến 356 Trực
 * tiếp 41 …"). The total is a "Tổng / Tổng cộng" row of the body, or else the figure of the
 * metric the caption states just before the header.
 */
import { TOTAL_LABEL_RE, depthsOf, shapesOf, type Depths } from '../blocks.ts';
import type { Fact, ReportView } from '../report-view.ts';
import { choose, totalMetricOf, type Breakdown } from './choose.ts';

/** The rule whose records are the cells of a flattened table. */
export const FLAT_TABLE_RULE = 'dossier-flat-table';
/** Header lines between the caption and the body: short, no figures read from them. */
const MAX_HEADER_LINES = 3;

interface Cell {
  fact: Fact;
  /** Its row is a "Tổng / Tổng cộng" row. */
  total: boolean;
}

/** The cells of one body line with their row's label: the words right before the row's first figure. */
function cellsOf(view: ReportView, block: number, facts: Fact[]): Cell[] {
  const folded = view.folded[block]!;
  const out: Cell[] = [];
  let total = false;
  for (const f of facts) {
    const label = /[^\d]*$/.exec(folded.slice(0, f.at))![0].trim();
    if (label !== '') total = TOTAL_LABEL_RE.test(label);
    out.push({ fact: f, total });
  }
  return out;
}

/** The caption block before the header lines above `first` (the body's first line), or -1. */
function captionOf(view: ReportView, facts: Map<number, Fact[]>, first: number): number {
  const { blocks } = view;
  let c = first - 1;
  let headers = 0;
  while (c >= 0 && headers < MAX_HEADER_LINES && blocks[c]!.kind === 'paragraph' && !facts.has(c) && blocks[c]!.text.length <= 120 && !/:\s*$/.test(blocks[c]!.text)) {
    c--;
    headers++;
  }
  if (headers === 0 || c < 0) return -1;
  const cap = blocks[c]!;
  return cap.kind !== 'tableRow' && cap.section === blocks[first]!.section && shapesOf(view).leadIn[c] ? c : -1;
}

/** The caption's own figure of `metric`: the last one outside brackets and not itself a part. */
function statedBefore(view: ReportView, facts: Map<number, Fact[]>, caption: number, metric: string): Fact | undefined {
  if (caption < 0) return undefined;
  let depth: Depths | undefined;
  const outside = (f: Fact) => ((depth ??= depthsOf(view, caption)).at(f.at) ?? 0) === 0;
  return (facts.get(caption) ?? []).findLast((f) => f.record.metric === metric && !f.afterCue && outside(f));
}

export function flatTableBreakdowns(view: ReportView, facts: Map<number, Fact[]>, out: Breakdown[]): void {
  // the flattened table's cells of each block, found once (most blocks have none)
  const cellsByBlock = new Map<number, Fact[]>();
  for (const [j, list] of facts) {
    const cells = list.filter((f) => f.record.rule === FLAT_TABLE_RULE);
    if (cells.length > 0) cellsByBlock.set(j, cells);
  }
  if (cellsByBlock.size === 0) return;
  const flat = (j: number): Fact[] => cellsByBlock.get(j) ?? [];
  const { blocks } = view;
  for (let i = 0; i < blocks.length; i++) {
    if (flat(i).length === 0 || flat(i - 1).length > 0) continue;
    const rows: number[] = [];
    for (let j = i; j < blocks.length && flat(j).length > 0; j++) rows.push(j);
    i = rows.at(-1)!;
    const cells = rows.flatMap((j) => cellsOf(view, j, flat(j)));
    const caption = captionOf(view, facts, rows[0]!);
    for (const m of new Set(cells.map((c) => totalMetricOf(c.fact.record.metric)))) {
      const own = cells.filter((c) => totalMetricOf(c.fact.record.metric) === m);
      const totals = own.filter((c) => c.total && c.fact.record.metric === m);
      if (totals.length > 1) continue;
      const total = totals[0]?.fact ?? statedBefore(view, facts, caption, m);
      if (!total) continue;
      const got = choose(view, total, own.filter((c) => !c.total).map((c) => c.fact), 'none');
      if (got) out.push({ kind: 'table', total, parts: got.parts, dimension: got.dim });
    }
  }
}
