/**
 * Words of a carry-over from the period before ("năm trước chuyển sang", "kể cả hồ sơ tồn kỳ
 * trước"): a sentence saying some were carried over, with no carried-over figure read, counts
 * more than its intake figure holds.
 */
import type { Fact } from './report-view.ts';

const CARRY_OVER = /(?<![a-z])(?:chuyen sang|chuyen qua|ton dong|ton ky truoc|ton nam truoc|con ton|ky truoc|nam truoc|thang truoc|quy truoc)(?![a-z])/;

/** One of the facts' sentences speaks of items carried over from before. */
export function carryOverSaid(...facts: Fact[]): boolean {
  return facts.some((f) => CARRY_OVER.test(f.folded));
}
