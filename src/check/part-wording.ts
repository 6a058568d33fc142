/**
 * Figures whose wording makes them a part of a whole stated elsewhere, whatever dimensions they
 * were read with: the rest of a breakdown stated after its named parts ("lĩnh vực Hộ tịch 1.960
 * hồ sơ, lĩnh vực khác 324 hồ sơ", "trực tuyến 1.052 hồ sơ, hình thức khác 129 hồ sơ"), and a
 * count given with its share of the whole ("318 hồ sơ, chiếm 68,8%"). Neither restates the whole
 * nor is one to compare a part with.
 */
import { DIM_KEYS, type DimKey } from './scope.ts';
import { perView } from './per-view.ts';
import { factsBySentence, type Fact } from './report-view.ts';

/** Dimensions a breakdown varies: a figure without any of them after figures with one is the breakdown's rest. */
const BREAKDOWN_DIMS = (['field', 'channel', 'tier', 'subject', 'degree', 'level'] as DimKey[]).map((k) => DIM_KEYS.indexOf(k));
/** A total named right before a figure ("…, tổng cộng 500 hồ sơ"). */
const TOTAL_BEFORE = /(?<![a-z])(?:tong cong|tong so|tat ca|toan bo)(?![a-z])[^,;]*$/;
/** Right after a count: its share of the whole ("318 hồ sơ, chiếm 68,8%", "chiếm tỷ lệ 12%"). */
const SHARE_AFTER = /^[^,;.()]{0,24}?,?\s*(?:\(\s*)?chiem(?![a-z])/;

function restOfBreakdown(f: Fact, sentence: readonly Fact[]): boolean {
  if (!f.figure || BREAKDOWN_DIMS.some((i) => f.dims[i] !== undefined)) return false;
  const start = f.figure.start;
  const after = sentence.some(
    (g) =>
      g !== f &&
      g.record.metric === f.record.metric &&
      g.figure !== null &&
      g.figure.start < start &&
      BREAKDOWN_DIMS.some((i) => g.dims[i] !== undefined),
  );
  return after && !TOTAL_BEFORE.test(f.folded.slice(Math.max(0, start - 40), start));
}

function shareOfWhole(f: Fact): boolean {
  return f.figure !== null && f.record.unit !== 'percent' && SHARE_AFTER.test(f.folded.slice(f.figure.end, f.figure.end + 40));
}

/** By fact index: the figure's wording makes it a part (see above); once per view. */
export const partByWording = perView((view): readonly boolean[] => {
  const bySentence = factsBySentence(view);
  return view.facts.map((f) => restOfBreakdown(f, bySentence.get(f.sentence) ?? []) || shareOfWhole(f));
});
