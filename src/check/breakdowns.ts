/**
 * Breakdowns found from the shape of the text: a total, then parts of it that differ from it in
 * one dimension (field, channel, degree, tier, subject, mechanism, level). Four shapes:
 *
 * - list:   a lead-in ("… tiếp nhận 48 hồ sơ, cụ thể như sau:") and the items after it; each
 *           top-level item's first figure of the metric is a part;
 * - inline: a cue after the total in the same sentence, or opening the next one
 *           ("… 1.250 hồ sơ, trong đó: trực tuyến 800 hồ sơ, trực tiếp 450 hồ sơ");
 * - table:  a "Tổng cộng" row and the rows above or below it;
 * - part-metric: figures of a metric that is by definition a part of another
 *           (staff by degree of staff.total) stated after that whole in the same section.
 *
 * A breakdown is only kept when every candidate part fits (same status, no dimension the total
 * does not have other than the varying one, no bound like "khoảng"), so a doubtful reading
 * yields no breakdown rather than a false alarm.
 */
import { norm, DIM_KEYS, type DimKey } from './scope.ts';
import { CUE_RE, OTHER_LABEL_RE, TOTAL_LABEL_RE, isItem, isLeadIn, markerOf, parenDepths } from './blocks.ts';
import { inReadingOrder, type Fact, type ReportView } from './report-view.ts';

export interface Breakdown {
  kind: 'list' | 'inline' | 'table' | 'part-metric';
  total: Fact;
  /** In reading order. */
  parts: Fact[];
  /** The dimension the parts differ in. */
  dimension: DimKey;
}

/** Metrics whose figures are, by definition, parts of another metric's total. */
export const PART_OF: { readonly [metric: string]: string } = { 'staff.by_degree': 'staff.total' };

const BREAKDOWN_DIMS: DimKey[] = ['field', 'channel', 'degree', 'tier', 'subject', 'mechanism', 'level', 'type'];
const LOOSE: DimKey[] = ['type'];

export function totalMetricOf(metric: string): string {
  return PART_OF[metric] ?? metric;
}

/** The part differs from the total only in `k` (or in nothing). */
function fits(total: Fact, part: Fact, k: DimKey): boolean {
  const t = total.record.dimensions;
  const p = part.record.dimensions;
  if (part.record.qualifier !== undefined) return false;
  for (const d of DIM_KEYS) {
    if (d === k) continue;
    const pv = norm(p[d]);
    if (pv === undefined) {
      if (d === 'status' && t.status !== undefined) return false;
      continue;
    }
    if (pv === norm(t[d])) continue;
    if (LOOSE.includes(d) && t[d] === undefined) continue;
    return false;
  }
  return true;
}

type Unlabelled = 'any' | 'other-label' | 'none';

function labelBefore(view: ReportView, f: Fact): string {
  const folded = f.block >= 0 ? view.folded[f.block]! : '';
  return folded.slice(Math.max(0, f.at - 30), f.at);
}

/** Pick the varying dimension and the parts, or null when the reading is doubtful. */
function choose(view: ReportView, total: Fact, cands: Fact[], unlabelled: Unlabelled): { parts: Fact[]; dim: DimKey } | null {
  const T = total.record;
  if (T.qualifier !== undefined) return null;
  const list = cands.filter((f) => f !== total);
  if (list.length === 0) return null;
  let best: { k: DimKey; n: number } | null = null;
  for (const k of BREAKDOWN_DIMS) {
    if (T.dimensions[k] !== undefined) continue;
    const n = list.filter((f) => f.record.dimensions[k] !== undefined).length;
    if (n > 0 && (!best || n > best.n)) best = { k, n };
  }
  if (!best) return null;
  const k = best.k;
  if (!list.every((f) => fits(total, f, k))) return null;
  for (const f of list) {
    if (f.record.dimensions[k] !== undefined) continue;
    if (unlabelled === 'none') return null;
    if (unlabelled === 'other-label' && !OTHER_LABEL_RE.test(labelBefore(view, f))) return null;
  }
  const values = list.map((f) => norm(f.record.dimensions[k])).filter((v) => v !== undefined && v !== 'other');
  if (new Set(values).size !== values.length) return null;
  return { parts: inReadingOrder(list), dim: k };
}

function byBlock(view: ReportView): Map<number, Fact[]> {
  const map = new Map<number, Fact[]>();
  for (const f of view.facts) {
    if (f.block < 0) continue;
    const list = map.get(f.block);
    if (list) list.push(f);
    else map.set(f.block, [f]);
  }
  for (const list of map.values()) list.sort((a, b) => a.at - b.at || a.index - b.index);
  return map;
}

function firstCellFolded(view: ReportView, j: number): string {
  const b = view.blocks[j]!;
  const cell = b.kind === 'tableRow' && b.cells?.length ? b.cells[0]! : b.text;
  return cell.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

function isTotalRow(view: ReportView, j: number): boolean {
  return TOTAL_LABEL_RE.test(firstCellFolded(view, j));
}

function listBreakdowns(view: ReportView, facts: Map<number, Fact[]>, out: Breakdown[]): void {
  const { blocks } = view;
  for (let i = 0; i < blocks.length; i++) {
    const lead = blocks[i]!;
    const announced = isLeadIn(lead, view.folded[i]!);
    // a paragraph stating figures, followed at once by bulleted items, leads them too
    const bulleted =
      !announced && lead.kind === 'paragraph' && !isItem(lead) && facts.has(i) && markerOf(blocks[i + 1]?.text ?? '') !== 'none';
    if (!announced && !bulleted) continue;
    const leadMarker = isItem(lead) ? markerOf(lead.text) : 'none';
    const run: number[] = [];
    for (let j = i + 1; j < blocks.length; j++) {
      const b = blocks[j]!;
      if (!isItem(b) || (bulleted && markerOf(b.text) === 'none')) break;
      if (leadMarker !== 'none' && markerOf(b.text) === leadMarker) break;
      run.push(j);
    }
    if (run.length === 0) continue;
    const top = markerOf(blocks[run[0]!]!.text);
    const topItems = run.filter((j) => markerOf(blocks[j]!.text) === top);
    const metrics = new Set(topItems.flatMap((j) => (facts.get(j) ?? []).map((f) => f.record.metric)));
    const leadFacts = facts.get(i) ?? [];
    for (const m of metrics) {
      const tm = totalMetricOf(m);
      const heads: Fact[] = [];
      let labelled: Fact | null = null;
      for (const j of topItems) {
        const here = facts.get(j) ?? [];
        if (isTotalRow(view, j)) {
          labelled ??= here.find((f) => f.record.metric === tm) ?? null;
          continue;
        }
        const head = here.find((f) => f.record.metric === m);
        if (head) heads.push(head);
      }
      // the lead-in's own figure: not itself a part ("(trong đó nộp trực tiếp 214 hồ sơ)"); a lead-in
      // without one ("Phân theo lĩnh vực như sau:") continues the paragraph before it
      const own = (k: number) => {
        const depth = parenDepths(blocks[k]!.text);
        return (facts.get(k) ?? []).filter((f) => f.record.metric === tm && !f.afterCue && (depth[f.at] ?? 0) === 0).at(-1);
      };
      const before = blocks[i - 1];
      const total =
        own(i) ??
        (announced && !leadFacts.some((f) => f.record.metric === tm) && before?.kind === 'paragraph' && before.section === lead.section
          ? own(i - 1)
          : undefined) ??
        labelled;
      if (!total) continue;
      const got = choose(view, total, heads, 'any');
      if (got) out.push({ kind: 'list', total, parts: got.parts, dimension: got.dim });
    }
  }
}

interface Span {
  start: number;
  end: number;
}

interface Cue extends Span {
  /** Where the parts may be found up to (exclusive); -1 when the cue is in no sentence with figures. */
  scopeEnd: number;
  /** The next word cue of the same sentence. */
  next?: Cue | undefined;
}

function inlineBreakdowns(view: ReportView, facts: Map<number, Fact[]>, out: Breakdown[]): void {
  for (const [b, list] of facts) {
    const text = view.blocks[b]!.text;
    const folded = view.folded[b]!;
    const depth = parenDepths(text);
    const spans: Span[] = [];
    for (const f of list) {
      const s = { start: f.textAt, end: f.textAt + f.record.text.length };
      if (!spans.some((x) => x.start === s.start)) spans.push(s);
    }
    spans.sort((x, y) => x.start - y.start);
    const cues: Cue[] = [...folded.matchAll(CUE_RE)].map((m) => ({ start: m.index, end: m.index + m[0].length, scopeEnd: -1 }));
    // word cues: the scope runs to the end of the sentence or to the next word cue
    cues.forEach((cue, q) => {
      const s = spans.find((x) => x.start <= cue.start && cue.start < x.end);
      const next = cues[q + 1];
      cue.scopeEnd = s ? (next && next.start < s.end ? next.start : s.end) : -1;
      cue.next = next && s && next.start < s.end ? next : undefined;
    });
    // "1.250 hồ sơ (trực tuyến 800, trực tiếp 450)": a bracket right after a figure opens its parts
    for (let i = 0; i < text.length; i++) {
      if (text[i] !== '(') continue;
      const before = list.filter((f) => f.figure && f.textAt + f.figure.end <= i).at(-1);
      if (!before || i - (before.textAt + before.figure!.end) > 20 || /[,;:.]/.test(text.slice(before.textAt + before.figure!.end, i))) continue;
      let end = i + 1;
      while (end < text.length && (depth[end] ?? 0) >= (depth[i] ?? 0)) end++;
      cues.push({ start: i, end: i + 1, scopeEnd: end });
    }
    for (const cue of cues) {
      if (cue.scopeEnd < 0) continue;
      const s = spans.find((x) => x.start <= cue.start && cue.start < x.end);
      if (!s) continue;
      let scope = list.filter((f) => f.at >= cue.end && f.at < cue.scopeEnd && depth[f.at] === depth[cue.start]);
      if (cue.next) {
        const beforeNext = list.filter((f) => f.at < cue.next!.start).at(-1);
        scope = scope.filter((f) => f !== beforeNext);
      }
      const prev = spans.filter((x) => x.end <= s.start).at(-1);
      const openingNext = prev !== undefined && cue.start - s.start <= 20 && s.start - prev.end <= 5;
      for (const m of new Set(scope.map((f) => f.record.metric))) {
        const tm = totalMetricOf(m);
        const total = list
          .filter(
            (f) =>
              f.record.metric === tm &&
              f.at < cue.start &&
              (depth[f.at] ?? 0) <= (depth[cue.start] ?? 0) &&
              cue.start - f.at <= 200 &&
              (f.at >= s.start || (openingNext && f.at >= prev.start)),
          )
          .at(-1);
        if (!total) continue;
        if (list.some((f) => f.record.metric === m && f.at > total.at && f.at < cue.start)) continue;
        const got = choose(view, total, scope.filter((f) => f.record.metric === m), 'other-label');
        if (got) out.push({ kind: 'inline', total, parts: got.parts, dimension: got.dim });
      }
    }
  }
}

function tableBreakdowns(view: ReportView, facts: Map<number, Fact[]>, out: Breakdown[]): void {
  const { blocks } = view;
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i]!.kind !== 'tableRow' || blocks[i - 1]?.kind === 'tableRow') continue;
    const rows: number[] = [];
    for (let j = i; j < blocks.length && blocks[j]!.kind === 'tableRow'; j++) rows.push(j);
    const totals = rows.filter((j) => isTotalRow(view, j));
    for (const tr of totals) {
      for (const total of facts.get(tr) ?? []) {
        let best: { k: DimKey; parts: Fact[] } | null = null;
        for (const k of BREAKDOWN_DIMS) {
          if (total.record.dimensions[k] !== undefined) continue;
          const parts = rows
            .filter((j) => !totals.includes(j))
            .flatMap((j) =>
              (facts.get(j) ?? []).filter(
                (f) =>
                  totalMetricOf(f.record.metric) === total.record.metric &&
                  f.record.dimensions[k] !== undefined &&
                  fits(total, f, k),
              ),
            );
          if (parts.length > (best?.parts.length ?? 0)) best = { k, parts };
        }
        if (!best) continue;
        const perRow = new Set(best.parts.map((f) => f.block));
        if (perRow.size !== best.parts.length) continue;
        out.push({ kind: 'table', total, parts: inReadingOrder(best.parts), dimension: best.k });
      }
    }
    i = rows.at(-1)!;
  }
}

function partMetricBreakdowns(view: ReportView, used: Set<Fact>, out: Breakdown[]): void {
  const ordered = inReadingOrder(view.facts);
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
        .filter((f) => f.record.metric === tm && f.record.section === first.record.section)
        .at(-1);
      if (!whole) continue;
      const got = choose(view, whole, cluster, 'none');
      if (got) out.push({ kind: 'part-metric', total: whole, parts: got.parts, dimension: got.dim });
    }
  }
}

const cache = new WeakMap<ReportView, Breakdown[]>();

/** Every breakdown of the report (computed once per view). */
export function findBreakdowns(view: ReportView): Breakdown[] {
  const hit = cache.get(view);
  if (hit) return hit;
  const facts = byBlock(view);
  const found: Breakdown[] = [];
  listBreakdowns(view, facts, found);
  tableBreakdowns(view, facts, found);
  inlineBreakdowns(view, facts, found);
  const out: Breakdown[] = [];
  const seen = new Set<string>();
  for (const b of found) {
    const key = `${b.total.index}|${b.parts.map((p) => p.index).join(',')}`;
    const sameParts = `|${b.parts.map((p) => p.index).join(',')}`;
    if (seen.has(key) || [...seen].some((k) => k.endsWith(sameParts) && b.kind !== 'list')) continue;
    seen.add(key);
    out.push(b);
  }
  const used = new Set(out.flatMap((b) => b.parts));
  partMetricBreakdowns(view, used, out);
  cache.set(view, out);
  return out;
}
