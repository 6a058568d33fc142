/** Reading the document's shape: lead-ins, the items that follow them, list markers, cues. */
import type { ReportView } from './report-view.ts';
import type { TextBlock } from './types.ts';
import { memoize } from '../text/memo.ts';
import { perView, perViewAt } from './per-view.ts';

/**
 * Words that announce a breakdown of the figure just stated (folded text), not preceded by a
 * letter or digit: cueSpans checks that by hand, as a leading lookbehind makes the regex test
 * every position of the text.
 */
const CUE_RE =
  /(?:trong do|bao gom|gom co|gom|cu the(?: nhu sau)?|chi tiet(?: nhu sau)?|chia ra|phan ra|nhu sau|phan theo|phan loai theo|chia theo|theo tung|theo hinh thuc)(?![a-z0-9])/g;

/** [a-z0-9] */
function isWordUnit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** The breakdown cues of a folded text, in order (the matches of /(?<![a-z0-9])CUE_RE/g). */
export function cueSpans(folded: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  CUE_RE.lastIndex = 0;
  for (let m = CUE_RE.exec(folded); m; m = CUE_RE.exec(folded)) {
    const start = m.index;
    if (start > 0 && isWordUnit(folded.charCodeAt(start - 1))) {
      // not a cue here: look again from the next position, as the lookbehind would
      CUE_RE.lastIndex = start + 1;
      continue;
    }
    out.push({ start, end: start + m[0].length });
  }
  return out;
}

/** The breakdown cues of a folded text. */
export type CuesOf = (folded: string) => readonly { start: number; end: number }[];

/**
 * cueSpans remembered by text for one report: a block of one sentence is read for its cues as
 * a sentence and as a block (the spans are shared: never mutate them).
 */
export function cueSpansMemo(): CuesOf {
  return memoize(cueSpans, Infinity);
}

/** A label that restates a whole ("Tổng cộng", "Tổng số", "Cộng", "Toàn tỉnh", "Cả năm" closing rows by quarter). */
// (Not "Công chứng", "Công an tỉnh", "Công Thương", "Công nghiệp" …: folded they open on the letters of "Cộng", and name a
// field or a body, a row of its own. "Cộng chung" folds as "Công chứng": the field is the likelier row.)
export const TOTAL_LABEL_RE =
  /^\s*(?:[-+*•–]\s*)?(?:tong(?: cong| so)?|cong(?!\s+(?:chung|an|thuong|nghiep|nghe|trinh|nhan|tac|chuc|dan|ich|khai|doan|ty|vien|cong|dong|bo|vu)(?![a-z]))|toan (?:tinh|huyen|so|thanh pho)|ca (?:nam|ky))(?![a-z])/;

/** "Khác", "còn lại": an unnamed part of a breakdown. */
export const OTHER_LABEL_RE = /(?<![a-z])(?:khac|con lai)(?![a-z])/;

const MARKER_RE = /^\s*([-+*•–●○■▪]|[a-zđ][),]|\d+[.)]|[ivx]+[.)])\s/iu;

/** Characters that may follow a marker's first character: ")", ",", ".", digits, roman i, v, x. */
function mayFollowMarkerStart(c: number): boolean {
  return c === 41 || c === 44 || c === 46 || (c >= 48 && c <= 57) || c === 105 || c === 118 || c === 120 || c === 73 || c === 86 || c === 88;
}

function isAsciiLetterOrDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The marker class of an item: "-", "+", "letter)", "digit." — or "none". */
export function markerOf(text: string): string {
  // a text opening with a word ("Trong …", "Sở …"): an ASCII letter or digit, then a character
  // no marker has in second place — MARKER_RE cannot match
  if (isAsciiLetterOrDigit(text.charCodeAt(0)) && !mayFollowMarkerStart(text.charCodeAt(1))) return 'none';
  const m = MARKER_RE.exec(text);
  if (!m) return 'none';
  const t = m[1]!;
  // one character: a bullet (every other marker has two or more)
  if (t.length === 1) return t === '–' ? '-' : t;
  // a digit first: "12." or "3)" (no other marker starts with a digit)
  const first = t.charCodeAt(0);
  if (first >= 48 && first <= 57) return `digit${t.slice(-1)}`;
  if (/^[a-zđ][),]$/iu.test(t) && !/^[ivx][.)]$/i.test(t)) return `letter${t.slice(-1)}`;
  if (/^[ivx]+[.)]$/i.test(t)) return `roman${t.slice(-1)}`;
  return t === '–' ? '-' : t;
}

/** A block that can be an item of a preceding lead-in. */
export function isItem(b: TextBlock): boolean {
  if (b.kind === 'listItem' || b.kind === 'tableRow') return true;
  if (b.kind !== 'paragraph') return false;
  return isItemMarked(b, markerOf(b.text));
}

/** isItem, the block's marker known. */
function isItemMarked(b: TextBlock, marker: string): boolean {
  if (b.kind === 'listItem' || b.kind === 'tableRow') return true;
  if (b.kind !== 'paragraph') return false;
  return marker !== 'none' || (b.text.length < 120 && /:\s*\S/.test(b.text));
}

/** Words that end a lead-in, before an optional "." or ";" (folded; "bao gom" ends in "gom"). */
const LEAD_IN_ENDS = ['nhu sau', 'cu the', 'gom', 'trong do', 'sau day'];

/**
 * A block whose last words introduce what follows ("… cụ thể như sau:", "… gồm:"): the text ends in
 * ":" (white space after it aside), or the folded text in a lead-in word, then an optional "." or
 * ";" — read from the end rather than by a regex scanning the whole block.
 */
export function isLeadIn(b: TextBlock, folded: string): boolean {
  if (b.kind === 'tableRow') return false;
  if (b.kind === 'heading' && (b.contentStart ?? 0) >= b.text.length && b.contentStart !== undefined) return false;
  if (b.text.trimEnd().endsWith(':')) return true;
  let tail = folded.trimEnd();
  if (tail.endsWith('.') || tail.endsWith(';')) tail = tail.slice(0, -1).trimEnd();
  return LEAD_IN_ENDS.some((w) => tail.endsWith(w));
}

/** What the breakdown readers ask of each block of a view, computed once. */
export interface BlockShapes {
  /** markerOf the block's text. */
  marker: readonly string[];
  /** isItem of the block. */
  item: readonly boolean[];
  /** isLeadIn of the block. */
  leadIn: readonly boolean[];
}

export const shapesOf = perView((view): BlockShapes => {
  const marker = view.blocks.map((b) => markerOf(b.text));
  const item = view.blocks.map((b, i) => isItemMarked(b, marker[i]!));
  const leadIn = view.blocks.map((b, i) => isLeadIn(b, view.folded[i] ?? ''));
  return { marker, item, leadIn };
});

/**
 * An item labelled by what it counts ("- Tổng số hồ sơ đã giải quyết: …", "- Số hồ sơ trễ hạn: …",
 * "- Tỷ lệ …", "- Biên chế được giao: …"), not by the body, tier, period or field its figures are of ("- Quý II: …",
 * "- Cấp xã: …", "- Chi cục Kiểm lâm: …"): the items of one list of the former count one thing.
 */
const METRIC_LABEL = /^\s*[-+*•–]?\s*(?:tong so|tong|so|ty le|ti le|ho so|bien che|da |dang |dung han|dung va truoc|truoc han|qua han|tre han|cham han|tiep nhan|giai quyet|trong do)/;

/**
 * The other blocks of the bulleted list a block's item belongs to: the items around it with the same
 * marker, each labelled by what it counts ("- Tổng số hồ sơ đã giải quyết: 9.870 hồ sơ." / "- Số hồ
 * sơ trễ hạn: 45 hồ sơ, chiếm 0,46%."), in its section. Empty when the block is no such item.
 */
export const metricListBlocks = perViewAt((view, block): readonly number[] => {
  if (block < 0) return [];
  const { marker, item } = shapesOf(view);
  const mark = marker[block]!;
  const labelled = (i: number) => METRIC_LABEL.test(view.folded[i]!);
  if (!item[block] || mark === 'none' || !labelled(block)) return [];
  const section = view.blocks[block]!.section;
  return runAround(view.blocks.length, block, (i) => item[i] === true && marker[i] === mark && view.blocks[i]!.section === section && labelled(i));
});

/** The other rows of the table a row belongs to (its run of table rows); empty for a block that is no table row. */
const tableRowBlocks = perViewAt((view, block): readonly number[] => {
  if (block < 0 || view.blocks[block]!.kind !== 'tableRow') return [];
  return runAround(view.blocks.length, block, (i) => view.blocks[i]!.kind === 'tableRow');
});

/**
 * The blocks a block's figures are compared with in a text without sections: the other rows of its table, else the other
 * items of its list labelled by what they count (metricListBlocks).
 */
export function listOrTableBlocks(view: ReportView, block: number): readonly number[] {
  const rows = tableRowBlocks(view, block);
  return rows.length > 0 ? rows : metricListBlocks(view, block);
}

/** The blocks of the run around `block` (of `count`) for which `same` holds on both sides, in order, `block` itself left out. */
function runAround(count: number, block: number, same: (i: number) => boolean): number[] {
  let from = block;
  while (from > 0 && same(from - 1)) from--;
  let to = block;
  while (to + 1 < count && same(to + 1)) to++;
  const out: number[] = [];
  for (let i = from; i <= to; i++) if (i !== block) out.push(i);
  return out;
}

/** Parenthesis depths of a block's text (see parenDepths), once per view. */
export const depthsOf = perViewAt((view, block) => parenDepths(view.blocks[block]!.text));

/** Bracket depth at each position of a text and one past its end; undefined beyond. */
export interface Depths {
  at(i: number): number | undefined;
}

/** The depths of a text without brackets (most blocks): 0 everywhere, without an array. */
class FlatDepths implements Depths {
  constructor(private readonly length: number) {}
  at(i: number): number | undefined {
    return i >= 0 && i <= this.length ? 0 : undefined;
  }
}

const OPEN_PAREN = 40; // (
const CLOSE_PAREN = 41; // )
const OPEN_BRACKET = 91; // [
const CLOSE_BRACKET = 93; // ]

/**
 * The depths of a text with brackets, kept as the positions where the depth changes (a few per
 * text) rather than one entry per character: from[k] (ascending) is where depth[k] starts; the
 * depth is 0 before from[0]. Reads as the Int32Array of every position's depth would.
 */
class BracketDepths implements Depths {
  constructor(
    /** The text's length: positions 0 … length are defined. */
    private readonly length: number,
    private readonly from: readonly number[],
    private readonly depth: readonly number[],
  ) {}

  /** The text's length. */
  get size(): number {
    return this.length;
  }

  /** Index of the last change at or before `i`, -1 when none. */
  private changeAt(i: number): number {
    let lo = 0;
    let hi = this.from.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.from[mid]! <= i) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /** As Int32Array.prototype.at over length + 1 entries (a negative index counts from the end). */
  at(i: number): number | undefined {
    const n = this.length + 1;
    const rel = Math.trunc(i) || 0;
    const k = rel >= 0 ? rel : n + rel;
    if (k < 0 || k >= n) return undefined;
    const c = this.changeAt(k);
    return c < 0 ? 0 : this.depth[c]!;
  }

  /** bracketEnd for 0 <= open < end <= length: the first change after `open` below its depth, or `end`. */
  scopeEnd(open: number, end: number): number {
    const c = this.changeAt(open);
    const at = c < 0 ? 0 : this.depth[c]!;
    for (let k = c + 1; k < this.from.length && this.from[k]! < end; k++) if (this.depth[k]! < at) return this.from[k]!;
    return end;
  }
}

/** Parenthesis depth at each position of a text (and one past its end). */
export function parenDepths(text: string): Depths {
  if (!text.includes('(') && !text.includes('[')) return new FlatDepths(text.length);
  const from: number[] = [];
  const depth: number[] = [];
  // the depth from position p on is d (a later change at p replaces an earlier one)
  const change = (p: number, d: number) => {
    if (from.length > 0 && from[from.length - 1] === p) depth[depth.length - 1] = d;
    else {
      from.push(p);
      depth.push(d);
    }
  };
  let d = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    // an opening bracket counts at its own position, a closing one after it
    if (ch === OPEN_PAREN || ch === OPEN_BRACKET) change(i, ++d);
    else if ((ch === CLOSE_PAREN || ch === CLOSE_BRACKET) && d > 0) change(i + 1, --d);
  }
  return new BracketDepths(text.length, from, depth);
}

/**
 * Where the bracket opened at `open` ends: the first position after it whose depth is below the
 * depth at `open` (one past the closing bracket), or `length` (the text's) when there is none.
 */
export function bracketEnd(depth: Depths, open: number, length: number): number {
  if (depth instanceof BracketDepths && open >= 0 && Number.isInteger(open) && open < length && length <= depth.size) {
    return depth.scopeEnd(open, length);
  }
  let end = open + 1;
  while (end < length && (depth.at(end) ?? 0) >= (depth.at(open) ?? 0)) end++;
  return end;
}

/**
 * For each block, the index of the lead-in whose items it belongs to (the lead-in itself
 * included), or of the first row of its table; -1 for a block in no run.
 */
export const itemRuns = perView((view): readonly number[] => {
  const { blocks } = view;
  const { marker, item, leadIn } = shapesOf(view);
  const run = blocks.map(() => -1);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === 'tableRow') {
      if (run[i] === -1) run[i] = blocks[i - 1]?.kind === 'tableRow' ? run[i - 1]! : i;
      continue;
    }
    if (!leadIn[i]) continue;
    const leadMarker = item[i] ? marker[i]! : 'none';
    let j = i + 1;
    for (; j < blocks.length; j++) {
      if (!item[j]) break;
      if (leadMarker !== 'none' && marker[j] === leadMarker) break;
    }
    if (j === i + 1) continue;
    const id = run[i] === -1 ? i : run[i]!;
    for (let k = i; k < j; k++) if (run[k] === -1) run[k] = id;
  }
  return run;
});
