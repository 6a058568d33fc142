/**
 * A sentence that opens with a verb of the dossier flow, its subject left out ("Đã giải quyết
 * 2.512 hồ sơ, …" after "Bộ phận Một cửa thị xã tiếp nhận 2.480 hồ sơ."), goes on about what the
 * sentence before it was about: when all the figures of that sentence (the one just before, in the
 * same section and paragraph or the paragraph before) share one tier or one body, the new
 * sentence's figures read without either take it — for comparing; the records are left as read.
 */
import type { Fact } from './report-view.ts';
import { DIM_KEYS, type NormalizedDims } from './scope.ts';

/** The sentence opens with the flow's verb, no subject before it. */
// ("Kết quả đã giải quyết 2.601 hồ sơ …", "Kết quả: đã giải quyết …": the outcome announced, its subject left out as well.)
const ELIDED_OPENING = /^\s*(?:[-+*•]\s*)?(?:ket qua\s*[:,]?\s+)?(?:da |dang |va |con )?(?:giai quyet|tiep nhan|tra (?:ket qua|lai)|xu ly)(?![a-z])/;
/** A scope named in the sentence: its own, not the one before ("toàn huyện", "cấp xã", "tổng số", a body). */
const OWN_SCOPE = /(?<![a-z])(?:toan|tren dia ban|cap (?:tinh|huyen|xa)|ca nuoc|tong so|tong cong|luy ke|rieng)(?![a-z])/;

/** A body named in the sentence ("UBND thị xã", "Sở Tư pháp"): its own subject. */
const BODY = /(?<![\p{L}])(?:Sở|Chi cục|Phòng|Trung tâm|Văn phòng|Ban|Cục|Công an|UBND|Ủy ban|Huyện|Thị xã|Thành phố|Quận|Xã|Phường|Thị trấn|Bộ phận)(?![\p{L}])/u;

const TIER_AT = DIM_KEYS.indexOf('tier');
const SUBJECT_AT = DIM_KEYS.indexOf('subject');

/** The one value at `at` every fact of `facts` has, or undefined. */
function shared(facts: readonly Fact[], at: number): string | undefined {
  const v = facts[0]!.dims[at];
  return v !== undefined && facts.every((f) => f.dims[at] === v) ? v : undefined;
}

/**
 * `facts` as the records come, a sentence's one after another (sentences in reading order; the
 * section and paragraph tests guard against any that are not): see above.
 */
export function inheritElided(ordered: readonly Fact[]): void {
  let prev: Fact[] = [];
  let i = 0;
  while (i < ordered.length) {
    const first = ordered[i]!;
    const sentence: Fact[] = [];
    while (i < ordered.length && ordered[i]!.sentence === first.sentence) sentence.push(ordered[i++]!);
    const before = prev;
    prev = sentence;
    if (before.length === 0 || first.block < 0) continue;
    const p = before[0]!;
    if (p.record.section !== first.record.section || (first.block !== p.block && first.block !== p.block + 1)) continue;
    if (!ELIDED_OPENING.test(first.folded) || OWN_SCOPE.test(first.folded) || BODY.test(first.record.text)) continue;
    const tier = shared(before, TIER_AT);
    const subject = shared(before, SUBJECT_AT);
    if (tier === undefined && subject === undefined) continue;
    for (const f of sentence) {
      if (f.dims[TIER_AT] !== undefined || f.dims[SUBJECT_AT] !== undefined) continue;
      const dims: (string | undefined)[] = [...f.dims];
      if (tier !== undefined) dims[TIER_AT] = tier;
      if (subject !== undefined) dims[SUBJECT_AT] = subject;
      f.dims = dims as NormalizedDims;
    }
  }
}
