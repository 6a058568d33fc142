import type { Block } from '../structure/types.ts';

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
