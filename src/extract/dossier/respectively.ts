/**
 * "lần lượt", "tương ứng" (respectively): "Số hồ sơ tiếp nhận tại cấp huyện và cấp xã lần lượt là 5.412 hồ sơ
 * và 23.780 hồ sơ", "tỷ lệ đúng hạn của cấp tỉnh, cấp huyện, cấp xã lần lượt đạt 99,6%, 98,1% và
 * 98,9%": the k-th figure after "lần lượt" belongs to the k-th tier or channel named before it.
 */
import { channelsIn, type Channel } from '../dimensions/channel.ts';
import type { Tier, TierMention } from '../dimensions/tier.ts';
import { lastMatchBefore } from '../../text/last-match.ts';

/** "lần lượt", "tương ứng" (a list of figures after it: "tương ứng 1.200 hồ sơ" alone is "corresponding to"), "theo thứ tự". */
const LAN_LUOT = /(?<![a-z])(?:lan luot|tuong ung|theo thu tu)(?![a-z])/g;
const RESPECTIVE = /(?<![a-z])(?:lan luot|tuong ung|theo thu tu)(?![a-z])/;
const FIGURE = /(?<![\d.,])\d[\d.,]*/g;

export interface Slot {
  /** The figure's place among those after "lần lượt" (0 = first). */
  k: number;
  /** The clause naming the members, [from, to) of the folded sentence, up to "lần lượt". */
  from: number;
  to: number;
}

/** The figure at `at` of a folded sentence, when it is one of a "lần lượt" list. */
export function respectiveSlot(folded: string, at: number): Slot | undefined {
  if (!RESPECTIVE.test(folded)) return undefined;
  const last = lastMatchBefore(LAN_LUOT, folded, at);
  if (!last) return undefined;
  const after = folded.slice(last.index + last[0].length, at);
  if (last[0] !== 'lan luot' && !listFollows(folded, last.index + last[0].length)) return undefined;
  if (/[;]|\.\s/.test(after)) return undefined;
  FIGURE.lastIndex = 0;
  const k = after.match(FIGURE)?.length ?? 0;
  const from = Math.max(folded.lastIndexOf(';', last.index) + 1, folded.lastIndexOf('. ', last.index) + 1, 0);
  return { k, from, to: last.index };
}

/** Two figures or more after `from` in its clause. */
function listFollows(folded: string, from: number): boolean {
  const end = folded.slice(from).search(/;|\.\s|\.$/);
  return (folded.slice(from, end < 0 ? undefined : from + end).match(FIGURE)?.length ?? 0) >= 2;
}

/** The k-th of the distinct tiers named in the slot's clause (mentions at block offsets; the sentence starts at `offset`). */
export function respectiveTier(mentions: readonly TierMention[], offset: number, slot: Slot): Tier | undefined {
  const named = mentions.filter((m) => m.start >= offset + slot.from && m.end <= offset + slot.to && m.tier !== null);
  if (named.length < 2 || slot.k >= named.length || new Set(named.map((m) => m.tier)).size !== named.length) return undefined;
  return named[slot.k]!.tier ?? undefined;
}

/** The k-th channel named in the slot's clause. */
export function respectiveChannel(folded: string, slot: Slot): Channel | undefined {
  const named = channelsIn(folded.slice(slot.from, slot.to));
  return named.length >= 2 && slot.k < named.length ? named[slot.k] : undefined;
}
