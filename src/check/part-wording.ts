/**
 * Figures whose wording makes them a part of a whole stated elsewhere, whatever dimensions they
 * were read with: the rest of a breakdown stated after its named parts ("lĩnh vực Hộ tịch 1.960
 * hồ sơ, lĩnh vực khác 324 hồ sơ", "trực tuyến 1.052 hồ sơ, hình thức khác 129 hồ sơ"), a count
 * given with its share of the whole ("318 hồ sơ, chiếm 68,8%") and a part picked out of the whole
 * ("Hồ sơ tập trung chủ yếu ở lĩnh vực đường bộ với 46.870 hồ sơ", "nhiều nhất là …"). None
 * restates the whole, is a whole to compare a part with, or is the report's figure across reports.
 */
import type { Record } from '../schema/record.ts';
import { fold } from '../text/normalize.ts';
import { locateFigures } from './figures.ts';
import { perView } from './per-view.ts';
import { DIM_KEYS } from './scope.ts';
import { factsBySentence, type Fact } from './report-view.ts';

/** Dimensions a breakdown varies: a figure without any of them after figures with one is the breakdown's rest. */
const BREAKDOWN_DIMS = ['field', 'channel', 'tier', 'subject', 'degree', 'level'] as const;
const SUBJECT_AT = DIM_KEYS.indexOf('subject');
/** A total named right before a figure ("…, tổng cộng 500 hồ sơ"). */
const TOTAL_BEFORE = /(?<![a-z])(?:tong cong|tong so|tat ca|toan bo)(?![a-z])[^,;]*$/;
/** Right after a count: its share of a whole ("318 hồ sơ, chiếm 68,8%", "chiếm tỷ lệ 12%"). */
const SHARE_AFTER = /^[^,;.()]{0,24}?,?\s*(?:\(\s*)?chiem(?![a-z])/;
/** Before a figure in its clause: a part picked out of the whole. */
const PICKED = /(?<![a-z])(?:nhieu nhat|cao nhat|dung dau|chu yeu|phan lon|da so|tap trung (?:chu yeu )?(?:o|vao|tai))(?![a-z])/;
const PICKED_ALL = new RegExp(PICKED.source, 'g');
/** The words of PICKED without their bounds: the cheap test before it. */
const PICKED_HINT = /nhieu nhat|cao nhat|dung dau|chu yeu|phan lon|da so|tap trung/;

/** A figure in its folded sentence: where it is, and whether it was read with a breakdown's dimension. */
interface Placed {
  metric: string;
  percent: boolean;
  start: number;
  end: number;
  broken: boolean;
}

function brokenDown(dimensions: Record['dimensions']): boolean {
  return BREAKDOWN_DIMS.some((k) => dimensions[k] !== undefined);
}

/** Metrics that are their own whole: a share of it given with the count ("chiếm 68,8%") makes the count a part. */
const OWN_WHOLE = new Set(['dossier.received', 'dossier.new', 'procedure.total', 'staff.total']);

/** `p` is worded as a part by itself: picked out (a cue of `picked` before it in its clause), or given with its share of its own metric's whole. */
function wordedAlone(p: Placed, folded: string, picked: readonly number[]): boolean {
  if (picked.length > 0) {
    const from = folded.lastIndexOf(';', p.start - 1) + 1;
    if (picked.some((at) => at >= from && at < p.start)) return true;
  }
  return OWN_WHOLE.has(p.metric) && SHARE_AFTER.test(folded.slice(p.end, p.end + 40));
}

/** Where the sentence's cues picking parts out stand. */
function pickedAt(folded: string): number[] {
  return PICKED_HINT.test(folded) && PICKED.test(folded) ? Array.from(folded.matchAll(PICKED_ALL), (m) => m.index!) : [];
}

/**
 * Which figures of one sentence (placed in `folded`) are worded as parts: by themselves, or as a
 * further part after a part of their metric (read with a breakdown's dimension or worded as one),
 * unless a total is named right before them.
 */
function partsOfSentence(sentence: readonly Placed[], folded: string): Set<Placed> {
  const out = new Set<Placed>();
  const picked = pickedAt(folded);
  // most sentences say none of it: no cue word, no figure read with a breakdown's dimension
  if (picked.length === 0 && !folded.includes('chiem') && !sentence.some((p) => p.broken)) return out;
  const ordered = [...sentence].sort((a, b) => a.start - b.start);
  for (const p of ordered) {
    if (wordedAlone(p, folded, picked)) out.add(p);
    else if (
      !p.broken &&
      ordered.some((q) => q.start < p.start && q.metric === p.metric && (q.broken || out.has(q))) &&
      !TOTAL_BEFORE.test(folded.slice(Math.max(0, p.start - 40), p.start))
    )
      out.add(p);
  }
  return out;
}

/** Read with a breakdown's dimension (a subject inherited in the clause or named before the figure counts). */
function brokenFact(f: Fact): boolean {
  return brokenDown(f.record.dimensions) || f.dims[SUBJECT_AT] !== undefined;
}

/** A figure read without a breakdown's dimension after one of its metric read with one (a table row's figures all have one). */
function restPossible(facts: readonly Fact[]): boolean {
  if (facts.length < 2) return false;
  for (const u of facts) {
    if (!u.figure || brokenFact(u)) continue;
    for (const b of facts) if (b !== u && b.figure && b.record.metric === u.record.metric && b.figure.start < u.figure.start && brokenFact(b)) return true;
  }
  return false;
}

function placedFact(f: Fact): Placed | null {
  if (!f.figure) return null;
  return { metric: f.record.metric, percent: f.record.unit === 'percent', start: f.figure.start, end: f.figure.end, broken: brokenFact(f) };
}

/** By fact index: the figure's wording makes it a part (see above); once per view. */
export const partByWording = perView((view): readonly boolean[] => {
  const out: boolean[] = new Array<boolean>(view.facts.length).fill(false);
  for (const facts of factsBySentence(view).values()) {
    const folded = facts[0]!.folded;
    // most sentences say none of it (see partsOfSentence): nothing to place
    if (!PICKED_HINT.test(folded) && !folded.includes('chiem') && !restPossible(facts)) continue;
    const placed: Placed[] = [];
    const of: Fact[] = [];
    for (const f of facts) {
      const p = placedFact(f);
      if (!p) continue;
      placed.push(p);
      of.push(f);
    }
    if (placed.length === 0) continue;
    const parts = partsOfSentence(placed, folded);
    if (parts.size > 0) placed.forEach((p, k) => (out[of[k]!.index] = parts.has(p)));
  }
  return out;
});

/** The same for records given without the report's text blocks (the cross-report checks), by record index. */
export function recordsWordedAsParts(records: readonly Record[]): boolean[] {
  const figures = locateFigures(records);
  const placed: (Placed | null)[] = records.map((r, i) => {
    const f = figures[i];
    return f ? { metric: r.metric, percent: r.unit === 'percent', start: f.start, end: f.end, broken: brokenDown(r.dimensions) } : null;
  });
  const sentences = new Map<string, Placed[]>();
  const first = new Map<string, number>();
  records.forEach((r, i) => {
    const p = placed[i];
    if (!p) return;
    const key = `${r.start}:${r.end}`;
    if (!first.has(key)) first.set(key, i);
    const list = sentences.get(key);
    if (list) list.push(p);
    else sentences.set(key, [p]);
  });
  const parts = new Set<Placed>();
  for (const [key, sentence] of sentences) {
    const r = records[first.get(key)!]!;
    for (const p of partsOfSentence(sentence, fold(r.text))) parts.add(p);
  }
  return placed.map((p) => (p ? parts.has(p) : false));
}
