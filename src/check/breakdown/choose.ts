/** Whether candidate parts make a breakdown of a total, and in which dimension they vary. */
import { norm, DIM_KEYS, type DimKey } from '../scope.ts';
import { OTHER_LABEL_RE, TOTAL_LABEL_RE } from '../blocks.ts';
import { inReadingOrder, type Fact, type ReportView } from '../report-view.ts';
import { perViewAt } from '../per-view.ts';
import { fold } from '../../text/normalize.ts';
import { sortInPlace } from '../in-order.ts';

export interface Breakdown {
  kind: 'list' | 'inline' | 'table' | 'part-metric' | 'section' | 'titled';
  total: Fact;
  /** In reading order. */
  parts: Fact[];
  /** The dimension the parts differ in. */
  dimension: DimKey;
}

export const PART_OF: { readonly [metric: string]: string } = { 'staff.by_degree': 'staff.total' };

export const BREAKDOWN_DIMS: DimKey[] = ['field', 'channel', 'degree', 'tier', 'subject', 'mechanism', 'level', 'type'];
const LOOSE: DimKey[] = ['type'];

export function totalMetricOf(metric: string): string {
  return PART_OF[metric] ?? metric;
}

const LOOSE_AT = DIM_KEYS.map((d) => LOOSE.includes(d));
const STATUS_AT = DIM_KEYS.indexOf('status');

/**
 * Of the candidate totals (in reading order), the one the parts break down: the last that carries no
 * dimension none of the parts has ("tiếp nhận 2.874 hồ sơ, trong đó 2.861 hồ sơ nộp trực tuyến" then parts by
 * field: the plain 2.874, not the online figure stated last), else the last.
 */
export function wholeOf(candidates: readonly Fact[], parts: readonly Fact[]): Fact | undefined {
  return candidates.findLast((f) => !narrower(f, parts)) ?? candidates.at(-1);
}

/** The candidate total carries a breakdown dimension that none of the parts has. */
export function narrower(f: Fact, parts: readonly Fact[]): boolean {
  return BREAKDOWN_DIMS.some((k) => f.record.dimensions[k] !== undefined && !parts.some((p) => p.record.dimensions[k] !== undefined));
}

/** The part differs from the total only in `k` (or in nothing). */
export function fits(total: Fact, part: Fact, k: DimKey): boolean {
  if (part.record.qualifier !== undefined) return false;
  // the facts' normalized dimensions (norm of each value, in DIM_KEYS order)
  const t = total.dims;
  const p = part.dims;
  for (let i = 0; i < DIM_KEYS.length; i++) {
    if (DIM_KEYS[i] === k) continue;
    const pv = p[i];
    if (pv === undefined) {
      if (i === STATUS_AT && t[i] !== undefined) return false;
      continue;
    }
    if (pv === t[i]) continue;
    if (LOOSE_AT[i] && t[i] === undefined) continue;
    return false;
  }
  return true;
}

/** A part's kind that names a kind of the total's ("SNCL nhóm 1" of "SNCL"). */
function refines(part: string | undefined, total: string): boolean {
  return part !== undefined && norm(part)!.startsWith(`${norm(total)!} `);
}

/** How parts without the varying dimension are taken: all, those labelled as the rest ("khác"), none, or those whose label matches. */
type Unlabelled = 'any' | 'other-label' | 'none' | RegExp;

function labelBefore(view: ReportView, f: Fact): string {
  const folded = f.block >= 0 ? view.folded[f.block]! : '';
  return folded.slice(Math.max(0, f.at - 30), f.at);
}

/** Pick the varying dimension and the parts, or null when the reading is doubtful. */
export function choose(view: ReportView, total: Fact, cands: Fact[], unlabelled: Unlabelled): { parts: Fact[]; dim: DimKey } | null {
  const T = total.record;
  if (T.qualifier !== undefined) return null;
  const list = cands.filter((f) => f !== total);
  if (list.length === 0) return null;
  let best: { k: DimKey; n: number } | null = null;
  for (const k of BREAKDOWN_DIMS) {
    if (T.dimensions[k] !== undefined) continue;
    let n = 0;
    for (const f of list) if (f.record.dimensions[k] !== undefined) n++;
    if (n > 0 && (!best || n > best.n)) best = { k, n };
  }
  // "06 đơn vị sự nghiệp (SNCL), gồm: nhóm 1: 01 đơn vị; nhóm 2: 02 đơn vị; …": every part a kind of the total's kind
  // ("SNCL nhóm 1") — the kind is what varies.
  if (!best && T.dimensions.type !== undefined && list.every((f) => refines(f.record.dimensions.type, T.dimensions.type!))) {
    // (each part differs from the total only in its refined kind)
    if (!list.every((f) => fits(total, f, 'type'))) return null;
    const kinds = list.map((f) => norm(f.record.dimensions.type));
    if (new Set(kinds).size !== kinds.length) return null;
    return { parts: inReadingOrder(list), dim: 'type' };
  }
  if (!best) return null;
  const k = best.k;
  if (!list.every((f) => fits(total, f, k))) return null;
  for (const f of list) {
    if (f.record.dimensions[k] !== undefined) continue;
    if (unlabelled === 'none') return null;
    if (unlabelled === 'other-label' && !OTHER_LABEL_RE.test(labelBefore(view, f))) return null;
    if (unlabelled instanceof RegExp && !unlabelled.test(labelBefore(view, f))) return null;
  }
  const values = list.map((f) => norm(f.record.dimensions[k])).filter((v) => v !== undefined && v !== 'other');
  if (new Set(values).size !== values.length) return null;
  return { parts: inReadingOrder(list), dim: k };
}

export function byBlock(view: ReportView): Map<number, Fact[]> {
  const map = new Map<number, Fact[]>();
  for (const f of view.facts) {
    if (f.block < 0) continue;
    const list = map.get(f.block);
    if (list) list.push(f);
    else map.set(f.block, [f]);
  }
  for (const list of map.values()) sortInPlace(list, (a, b) => a.at - b.at || a.index - b.index);
  return map;
}

/**
 * The folded text of a block, or of its first filled cell for a table row (the view folded the
 * blocks already): a total row leaves the serial-number column empty ("| Tổng cộng | 2.346 |").
 */
function firstCellFolded(view: ReportView, j: number): string {
  const b = view.blocks[j]!;
  if (b.kind !== 'tableRow' || !b.cells?.length) return view.folded[j]!;
  return fold(b.cells.find((c) => c.trim() !== '') ?? '');
}

/** The block (its first cell for a table row) is labelled as a total ("Tổng cộng"), once per view. */
export const isTotalRow = perViewAt((view, j) => TOTAL_LABEL_RE.test(firstCellFolded(view, j)));

/** A table row labelled as the rest of a breakdown ("Khác", "Các lĩnh vực khác"): its first cell that is no serial number. */
export const isRestRow = perViewAt((view, j) => {
  const b = view.blocks[j]!;
  const label = (b.cells ?? []).find((c) => c.trim() !== '' && !/^[\s\d.)]+$/.test(c));
  return label !== undefined && OTHER_LABEL_RE.test(fold(label));
});
