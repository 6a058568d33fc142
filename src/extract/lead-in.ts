import { fold } from '../text/normalize.ts';
import type { Block } from '../structure/types.ts';
import type { Emission, LeadIn } from './rule.ts';

/** Where a sentence ends and the next begins ("… 85 hồ sơ. Phân theo lĩnh vực:"). */
const SENTENCE_BREAK = /[.!?]\s+(?=\p{Lu})/gu;

/**
 * A block that introduces a run of items: it ends with ":" ("… cụ thể như sau:", "… gồm:"). A heading only when its
 * inline content's last sentence states the whole its items break down ("a) Về kiểm soát TTHC: Tổng số TTHC … là
 * 412 thủ tục, trong đó:"); "a) Một cửa: … đang giải quyết 85 hồ sơ. Phân theo lĩnh vực:" is read by the dossier
 * rules from the heading, as before.
 */
export function isLeadIn(block: Block): boolean {
  if (!/:\s*$/.test(block.text)) return false;
  if (block.kind !== 'heading') return true;
  const from = block.contentStart ?? block.text.length;
  if (from >= block.text.length) return false;
  let last = from;
  for (const m of block.text.slice(from).matchAll(SENTENCE_BREAK)) last = from + m.index + m[0].length;
  return /\d/.test(block.text.slice(last));
}

/** An item's opening as typed, up to its first word: a bullet ("- ", "• "), a letter ("a) ", "b. ") or a number ("1. ", "2) "). */
export const ITEM_OPENING = /^\s*(?:[-+*•–]|[a-zđ][.),]|\d{1,2}[.),])\s+/u;

/** A block that can be an item of a preceding lead-in: a list item, a bulleted or short colon line. */
export function isItem(block: Block): boolean {
  if (block.kind === 'listItem' || block.kind === 'tableRow') return true;
  if (block.kind !== 'paragraph') return false;
  return ITEM_OPENING.test(block.text) || (block.text.length < 120 && /:\s*\S/.test(block.text));
}

/**
 * The opening of a list item in folded text, up to its first word: a bullet ("- ", "+ "), a letter
 * ("a) ", "b. ", "c, ") or a number ("1. ", "2) "), as typed or as Word's automatic numbering reads.
 * Rules write `^\W*` for "only a bullet before"; a lettered or numbered item needs this instead.
 */
export const ITEM_MARKER = String.raw`^\W*(?:(?:[a-z]|\d{1,2})[.),]\s+\W*)?`;

/** "a) Cấp tỉnh: ", "- UBND cấp huyện: ", "1. ": an item's marker and a short label (no figure, no clause) before its figure. */
const LABEL_ONLY = new RegExp(String.raw`${ITEM_MARKER}(?:[a-z&]+(?:,? [a-z&]+){0,11}\s*(?::|\bla\b)\s*)?$`);

/** "- Cấp xã: ", "+ Cấp tỉnh: hơn ": an item labelled only by a level of government. Group 1: the level. */
// ("+ Cấp thành phố: 214 lượt;", "+ Cấp xã, phường: 586 lượt;": a city's or town's own level, and a level named by two words of it.)
const LEVEL_WORD = String.raw`(?:tinh|huyen|quan|thi xa|thanh pho|xa|phuong|thi tran)`;
const LEVEL_ITEM = new RegExp(String.raw`${ITEM_MARKER}cap (${LEVEL_WORD}(?:\s*(?:,|\/)\s*${LEVEL_WORD})*)\s*(?::|\bla|\bco)\s*(?:(?:hon|tren|gan|khoang)\s*)?$`);
const LEVEL_TIER: { readonly [level: string]: 'province' | 'district' | 'commune' } = {
  tinh: 'province',
  huyen: 'district',
  quan: 'district',
  'thi xa': 'district',
  'thanh pho': 'district',
  xa: 'commune',
  phuong: 'commune',
  'thi tran': 'commune',
};

/**
 * The tier of an item labelled only by a level ("+ Cấp xã: 3.512 người;" under a lead-in stating a whole), given
 * `before`, the item's folded text left of its figure; undefined for any other label.
 */
export function levelItemTier(before: string): 'province' | 'district' | 'commune' | undefined {
  const m = LEVEL_ITEM.exec(before);
  if (!m) return undefined;
  // (Words of two levels, "cấp huyện, xã", are a mixed group: none.)
  const tiers = new Set(m[1]!.split(/\s*[,/]\s*/).map((w) => LEVEL_TIER[w]));
  return tiers.size === 1 ? [...tiers][0] : undefined;
}

/**
 * A sentence opening on a label that names what its bare figures count (folded): topic words ("về", "công tác", "kết quả"),
 * the acts done to it ("xây dựng, kiểm tra"), its noun, then a colon — "Về công tác xây dựng, kiểm tra VBQPPL: ban hành 02; …".
 * `acts` and `noun` are alternations of folded words.
 */
export function labelOpening(acts: string, noun: string): RegExp {
  return new RegExp(String.raw`^\W*(?:(?:ve|cong tac|ket qua)\s+)*(?:(?:${acts})(?:,|\s+va)?\s+)*(?:${noun})\b[^:;.\d]{0,60}:`);
}

/** True when `before` (folded, the item's text left of its first figure) is only a marker and a short label. */
export function labelOnly(before: string): boolean {
  return LABEL_ONLY.test(before);
}

/** The lead-in's last figure whose metric passes `test` ("… 1.845 thủ tục, trong đó:" for the items after it). */
export function leadInFigure(leadIn: LeadIn | null, test: (metric: string) => boolean): Emission | undefined {
  if (leadIn === null) return undefined;
  for (let i = leadIn.emissions.length - 1; i >= 0; i--) {
    const e = leadIn.emissions[i] as Emission;
    if (test(e.metric)) return e;
  }
  return undefined;
}

/** Work done at bodies: inspecting them, their quality systems (ISO). */
const WORK_AT_BODIES = /\b(?:kiem tra|thanh tra|giam sat|khao sat|iso|htqlcl|he thong quan ly chat luong)\b/;
/** What an item says of an agency's structure ("Sở có …", "sau sắp xếp còn …"), not of bodies where work is done. */
const STRUCTURE_VERB = /\b(?:co(?! quan)|gom|bao gom|con|sap xep|kien toan|thanh lap|giai the|hop nhat)\b/;

/**
 * "Sở áp dụng HTQLCL theo TCVN ISO 9001:2015 tại 05 phòng, đơn vị, cụ thể:" then "a) 03 phòng chuyên môn;" or
 * "b. UBND huyện và 12 phòng chuyên môn;": an item of a lead-in about work done at bodies (inspected, applying ISO) names
 * those bodies, not the agency's structure — unless the item itself says what the structure has. `before` is the
 * item's folded text up to the figure.
 */
export function bodiesOfWork(leadIn: LeadIn | null, before: string): boolean {
  if (leadIn !== null) return WORK_AT_BODIES.test(leadIn.folded) && !STRUCTURE_VERB.test(before);
  // (The same list written inline: "… tại 06 phòng, đơn vị, cụ thể: 04 phòng chuyên môn; 02 đơn vị sự nghiệp." — a colon
  // ending the lead, not one inside "9001:2015".)
  const colon = before.search(/:(?!\d)[^:]*$/);
  return colon >= 0 && WORK_AT_BODIES.test(before.slice(0, colon)) && !STRUCTURE_VERB.test(before.slice(colon + 1));
}

/**
 * The folded lead-in of the list that ends right before `block` ("Kết quả xử lý kỷ luật năm 2021:" then "+ Khiển trách: 46
 * người;" …, then this paragraph "Tổng cộng 70 trường hợp"), or undefined when the block before is no item of a lead-in.
 */
// (Called only for a sentence opening on a sum, so the linear search costs nothing elsewhere.)
export function listLeadBefore(blocks: readonly Block[] | undefined, block: Block): string | undefined {
  if (!blocks) return undefined;
  let at = blocks.indexOf(block) - 1;
  const last = at;
  while (at >= 0 && isItem(blocks[at]!) && blocks[at]!.section === block.section) at--;
  if (at === last || at < 0 || !isLeadIn(blocks[at]!)) return undefined;
  return fold(blocks[at]!.text);
}
