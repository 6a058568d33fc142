/**
 * A figure alone in a bracket that restates the count of the phrase before it: "Các hồ sơ quá hạn
 * (12 hồ sơ) chủ yếu do …", "Hồ sơ đang giải quyết (35 hồ sơ) …", "hồ sơ trả qua bưu điện (56 hồ
 * sơ) tăng mạnh". The phrase before the bracket says what the figure counts: its verb or
 * timeliness, its channel.
 */
import type { Windows } from './windows.ts';
import { clauseStart } from './windows.ts';

/** [from, to) of the phrase before the bracket holding only this figure, or undefined. */
export function bracketLead(folded: string, w: Windows): [number, number] | undefined {
  const open = w.left[0] - 1;
  if (folded[open] !== '(' || folded.slice(w.left[0], w.left[1]).trim() !== '') return undefined;
  if (!/^\s*\)/.test(folded.slice(w.unitEnd, w.unitEnd + 3)) || w.unit !== 'dossier') return undefined;
  const from = clauseStart(folded, open);
  // The phrase is words only: "đúng hạn đạt 99,5% (1.200 hồ sơ)" is the count behind a rate, read elsewhere.
  if (/\d/.test(folded.slice(from, open)) || !/(?<![a-z])(?:ho so|hs)(?![a-z])/.test(folded.slice(from, open))) return undefined;
  return [from, open];
}
