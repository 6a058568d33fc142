/** Tables with a total row, and metrics that are parts by definition (staff by degree). */
import type { DimKey } from '../scope.ts';
import { factsInReadingOrder, inReadingOrder, type Fact, type ReportView } from '../report-view.ts';
import { BREAKDOWN_DIMS, PART_OF, choose, fits, isRestRow, isTotalRow, totalMetricOf, type Breakdown } from './choose.ts';
import { TOTAL_LABEL_RE } from '../blocks.ts';
import { fold } from '../../text/normalize.ts';

export function tableBreakdowns(view: ReportView, facts: Map<number, Fact[]>, out: Breakdown[]): void {
  const { blocks } = view;
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i]!.kind !== 'tableRow' || blocks[i - 1]?.kind === 'tableRow') continue;
    const rows: number[] = [];
    for (let j = i; j < blocks.length && blocks[j]!.kind === 'tableRow'; j++) rows.push(j);
    const totals = rows.filter((j) => isTotalRow(view, j));
    // "| 3 | Khác | 37 |": the rest of the breakdown, a part with no value of the dimension.
    const rest = rows.filter((j) => !totals.includes(j) && isRestRow(view, j));
    for (const [ti, tr] of totals.entries()) {
      // ("| Sở Tư pháp | … | Cộng cấp tỉnh | … | UBND huyện Gio Linh | … | Cộng cấp huyện | … | Tổng cộng |": a total row with rows
      // of its own above it, since the total row before, and another total row below is a subtotal of those rows only.)
      const previous = ti > 0 ? totals[ti - 1]! : -1;
      const own = rows.filter((j) => j > previous && j < tr && !totals.includes(j));
      const partRows = ti < totals.length - 1 && own.length > 0 ? own : rows.filter((j) => !totals.includes(j));
      for (const total of facts.get(tr) ?? []) {
        let best: { k: DimKey; parts: Fact[] } | null = null;
        for (const k of BREAKDOWN_DIMS) {
          if (total.record.dimensions[k] !== undefined) continue;
          const parts = partRows
            .flatMap((j) =>
              (facts.get(j) ?? []).filter(
                (f) =>
                  totalMetricOf(f.record.metric) === total.record.metric &&
                  (f.record.dimensions[k] !== undefined || rest.includes(j)) &&
                  fits(total, f, k),
              ),
            );
          const named = parts.filter((f) => f.record.dimensions[k] !== undefined);
          // Rows by month, each with its online figure, under a quarter's total: one channel in every row is no
          // breakdown by channel (the total row's own online figure is their whole, not its intake).
          if (parts.length > 1 && named.length === parts.length && new Set(named.map((f) => f.record.dimensions[k])).size === 1) continue;
          if (named.length > 0 && parts.length > (best?.parts.length ?? 0)) best = { k, parts };
        }
        if (!best) continue;
        // ("Tháng 10 | … | Cộng quý IV": a stock — the dossiers pending, carried over — at each month's end adds up to nothing.)
        if (best.k === 'subject' && STOCK.test(total.record.metric) && best.parts.every((f) => isPeriodLabel(f.record.dimensions.subject))) continue;
        const perRow = new Set(best.parts.map((f) => f.block));
        if (perRow.size !== best.parts.length) continue;
        out.push({ kind: 'table', total, parts: inReadingOrder(best.parts), dimension: best.k });
      }
    }
    totalColumnBreakdowns(view, facts, rows, out);
    i = rows.at(-1)!;
  }
}

/** Metrics counting what stands at a period's end, not what happened in it. */
const STOCK = /^dossier\.(?:pending|carried_over)/;

/** A row label naming a month or a quarter ("Tháng 10", "Quý II"): the period a part is of. */
export function isPeriodLabel(label: string | undefined): boolean {
  return label !== undefined && /^(?:tháng|quý)\s+(?:\d|[ivx])/iu.test(label);
}

/** The column of a table row a figure sits in: the cell separators ("|") before it (a row written with an outer "|" counts one less). */
function columnOf(view: ReportView, f: Fact): number {
  const b = view.blocks[f.block]!;
  const text = b.text;
  let before = 0;
  let all = 0;
  for (let c = text.indexOf('|'); c >= 0; c = text.indexOf('|', c + 1)) {
    all++;
    if (c < f.at) before++;
  }
  const outer = all > (b.cells?.length ?? all + 1) - 1 && /^\s*\|/.test(text) ? 1 : 0;
  return before - outer;
}

/**
 * A table whose parts run across the columns and whose whole is a column headed as the total
 * ("Nội dung | Cấp thành phố | Cấp phường, xã | Tổng"): in each row, the figure under the total
 * column breaks down into the row's figures of its metric under the other columns, when those
 * vary in one dimension (at least two of them).
 */
function totalColumnBreakdowns(view: ReportView, facts: Map<number, Fact[]>, rows: readonly number[], out: Breakdown[]): void {
  const head = view.blocks[rows[0]!]!;
  if (!head.cells || head.cells.length < 3 || (facts.get(rows[0]!)?.length ?? 0) > 0) return;
  const totalCols = head.cells.flatMap((c, k) => (TOTAL_LABEL_RE.test(fold(c)) ? [k] : []));
  if (totalCols.length !== 1) return;
  const totalCol = totalCols[0]!;
  for (const j of rows.slice(1)) {
    const list = facts.get(j) ?? [];
    if (list.length < 3) continue;
    const cols = list.map((f) => columnOf(view, f));
    const total = list.find((_f, k) => cols[k] === totalCol);
    if (!total) continue;
    const cands = list.flatMap((f, k) => (f !== total && cols[k] !== totalCol && totalMetricOf(f.record.metric) === total.record.metric ? [{ f, col: cols[k] }] : []));
    if (cands.length < 2 || new Set(cands.map((c) => c.col)).size !== cands.length) continue;
    const got = choose(view, total, cands.map((c) => c.f), 'none');
    if (got) out.push({ kind: 'table', total, parts: got.parts, dimension: got.dim });
  }
}

/** The label of a part counting postgraduates ("sau đại học", "trên đại học"), right before its figure. */
const POSTGRADUATE_LABEL = /\b(?:sau|tren) dai hoc\s*(?::|\bla\b|\bco\b)?\s*$/;

/** Right after a figure: its people, then a bracket opened and not closed ("19 người (02 tiến sĩ, "). */
const OPEN_AFTER = /^\s*(?:nguoi|can bo|cong chuc|vien chuc)?\s*\([^()]*$/;

/**
 * "trên đại học 19 người (02 tiến sĩ, 17 thạc sĩ), đại học 47 người": the degrees in a bracket right after a part with no one
 * degree are that part's own parts, counted in it — left out of the degrees set against the total.
 */
function withoutSubParts(cluster: Fact[]): Fact[] {
  const groups = cluster.filter((f) => f.record.dimensions.degree === undefined && f.figure);
  if (groups.length === 0) return cluster;
  return cluster.filter(
    (f) =>
      !f.figure ||
      f.record.dimensions.degree === undefined ||
      !groups.some((g) => g.sentence === f.sentence && g.figure!.end <= f.figure!.start && OPEN_AFTER.test(f.folded.slice(g.figure!.end, f.figure!.start))),
  );
}

export function partMetricBreakdowns(view: ReportView, used: Set<Fact>, out: Breakdown[]): void {
  const ordered = factsInReadingOrder(view);
  for (const m of Object.keys(PART_OF)) {
    const tm = PART_OF[m]!;
    const clusters: Fact[][] = [];
    let current: Fact[] = [];
    let lastBlock = -2;
    for (const f of ordered) {
      if (f.record.metric !== m) continue;
      if (used.has(f)) continue;
      const adjacent = current.length > 0 && f.record.section === current[0]!.record.section && (f.block < 0 || f.block - lastBlock <= 1);
      if (!adjacent && current.length) {
        clusters.push(current);
        current = [];
      }
      current.push(f);
      lastBlock = f.block;
    }
    if (current.length) clusters.push(current);
    for (const cluster of clusters) {
      const first = cluster[0]!;
      const firstPos = ordered.indexOf(first);
      const whole = ordered
        .slice(0, firstPos)
        .findLast((f) => f.record.metric === tm && f.record.section === first.record.section);
      if (!whole) continue;
      // ("sau đại học 12 người, đại học 55 người": postgraduates are a part with no one degree of their own.)
      const got = choose(view, whole, m === 'staff.by_degree' ? withoutSubParts(cluster) : cluster, m === 'staff.by_degree' ? POSTGRADUATE_LABEL : 'none');
      if (got) out.push({ kind: 'part-metric', total: whole, parts: got.parts, dimension: got.dim });
    }
  }
}

