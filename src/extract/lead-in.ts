import type { Block } from '../structure/types.ts';
import type { Emission, LeadIn } from './rule.ts';

/** A block that introduces a run of items: it ends with ":" ("… cụ thể như sau:", "… gồm:"). */
export function isLeadIn(block: Block): boolean {
  if (block.kind === 'heading') return false;
  return /:\s*$/.test(block.text);
}

/** A block that can be an item of a preceding lead-in: a list item, a bulleted or short colon line. */
export function isItem(block: Block): boolean {
  if (block.kind === 'listItem' || block.kind === 'tableRow') return true;
  if (block.kind !== 'paragraph') return false;
  return /^\s*(?:[-+*•–]|[a-zđ][),]|\d+[.)])\s/u.test(block.text) || (block.text.length < 120 && /:\s*\S/.test(block.text));
}

/**
 * The opening of a list item in folded text, up to its first word: a bullet ("- ", "+ "), a letter
 * ("a) ", "b. ", "c, ") or a number ("1. ", "2) "), as typed or as Word's automatic numbering reads.
 * Rules write `^\W*` for "only a bullet before"; a lettered or numbered item needs this instead.
 */
export const ITEM_MARKER = String.raw`^\W*(?:(?:[a-z]|\d{1,2})[.),]\s+\W*)?`;

/** "a) Cấp tỉnh: ", "- UBND cấp huyện: ", "1. ": an item's marker and a short label (no figure, no clause) before its figure. */
const LABEL_ONLY = new RegExp(String.raw`${ITEM_MARKER}(?:[a-z&]+(?:,? [a-z&]+){0,11}\s*(?::|\bla\b)\s*)?$`);

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

/**
 * "Sở áp dụng HTQLCL theo TCVN ISO 9001:2015 tại 05 phòng, đơn vị, cụ thể:" then "a) 03 phòng chuyên môn;": the items of a
 * lead-in about work done at bodies (inspected, applying ISO) are those bodies, not the agency's structure.
 */
export function leadInOfWorkAtBodies(leadIn: LeadIn | null): boolean {
  return leadIn !== null && WORK_AT_BODIES.test(leadIn.folded);
}
