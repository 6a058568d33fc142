/** Reading the document's shape: lead-ins, the items that follow them, list markers, cues. */
import type { TextBlock } from './types.ts';

/** Words that announce a breakdown of the figure just stated (folded text). */
export const CUE_RE =
  /(?<![a-z0-9])(?:trong do|bao gom|gom co|gom|cu the(?: nhu sau)?|chi tiet(?: nhu sau)?|chia ra|phan ra|nhu sau|phan theo|theo tung)(?![a-z0-9])/g;

/** A label that restates a whole ("Tổng cộng", "Tổng số", "Cộng", "Toàn tỉnh"). */
export const TOTAL_LABEL_RE = /^\s*(?:[-+*•–]\s*)?(?:tong(?: cong| so)?|cong|toan (?:tinh|huyen|so|thanh pho))(?![a-z])/;

/** "Khác", "còn lại": an unnamed part of a breakdown. */
export const OTHER_LABEL_RE = /(?<![a-z])(?:khac|con lai)(?![a-z])/;

const MARKER_RE = /^\s*([-+*•–●○■▪]|[a-zđ][),]|\d+[.)]|[ivx]+[.)])\s/iu;

/** The marker class of an item: "-", "+", "letter)", "digit." — or "none". */
export function markerOf(text: string): string {
  const m = MARKER_RE.exec(text);
  if (!m) return 'none';
  const t = m[1]!;
  if (/^[a-zđ][),]$/iu.test(t) && !/^[ivx][.)]$/i.test(t)) return `letter${t.slice(-1)}`;
  if (/^\d+[.)]$/.test(t)) return `digit${t.slice(-1)}`;
  if (/^[ivx]+[.)]$/i.test(t)) return `roman${t.slice(-1)}`;
  return t === '–' ? '-' : t;
}

/** A block that can be an item of a preceding lead-in. */
export function isItem(b: TextBlock): boolean {
  if (b.kind === 'listItem' || b.kind === 'tableRow') return true;
  if (b.kind !== 'paragraph') return false;
  return markerOf(b.text) !== 'none' || (b.text.length < 120 && /:\s*\S/.test(b.text));
}

/** A block whose last words introduce what follows ("… cụ thể như sau:", "… gồm:"). */
export function isLeadIn(b: TextBlock, folded: string): boolean {
  if (b.kind === 'tableRow') return false;
  if (b.kind === 'heading' && (b.contentStart ?? 0) >= b.text.length && b.contentStart !== undefined) return false;
  if (/:\s*$/.test(b.text)) return true;
  return /(?:nhu sau|cu the|bao gom|gom|trong do|sau day)\s*[.;]?\s*$/.test(folded);
}

/** Parenthesis depth at each position of a text. */
export function parenDepths(text: string): number[] {
  const out: number[] = [];
  let d = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[') d++;
    out.push(d);
    if ((ch === ')' || ch === ']') && d > 0) d--;
  }
  out.push(d);
  return out;
}

/**
 * For each block, the index of the lead-in whose items it belongs to (the lead-in itself
 * included), or of the first row of its table; -1 for a block in no run.
 */
export function itemRuns(blocks: readonly TextBlock[], folded: readonly string[]): number[] {
  const run = blocks.map(() => -1);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === 'tableRow') {
      if (run[i] === -1) run[i] = blocks[i - 1]?.kind === 'tableRow' ? run[i - 1]! : i;
      continue;
    }
    if (!isLeadIn(b, folded[i] ?? '')) continue;
    const leadMarker = isItem(b) ? markerOf(b.text) : 'none';
    let j = i + 1;
    for (; j < blocks.length; j++) {
      const item = blocks[j]!;
      if (!isItem(item)) break;
      if (leadMarker !== 'none' && markerOf(item.text) === leadMarker) break;
    }
    if (j === i + 1) continue;
    const id = run[i] === -1 ? i : run[i]!;
    for (let k = i; k < j; k++) if (run[k] === -1) run[k] = id;
  }
  return run;
}
