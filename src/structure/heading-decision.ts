import type { TitleSpan } from './heading-title.ts';

/** What decides whether a numbered block titles a section or is an item of a list. */
export interface HeadingEvidence {
  text: string;
  span: TitleSpan;
  /** The block is an ATX heading (a Word heading style). */
  atx: boolean;
  /** The number continues its scheme where it would sit (after 1 comes 2; a fresh level starts at 1). */
  inSequence: boolean;
  /** The scheme is already open on the stack (a wrong number there is worse than a fresh start). */
  onStack: boolean;
  /** This block and the next two are numbered in sequence with nothing between them. */
  listRun: boolean;
  /** The block just before was numbered in the same scheme, one less, and was judged an item. */
  afterItem: boolean;
  /** The block just before ends with ":" ("…, trong đó:"), or this one goes on a run of items after such a lead-in. */
  afterLeadIn: boolean;
  /** The title, cut from its run-in content, names a reform area ("1. Cải cách thể chế: Trong quý …"). */
  namesArea: boolean;
  /** The section around is a plan or proposals section (task lists live there). */
  inPlan: boolean;
  /** The next block is not numbered: the line titles what follows. */
  followedByBody: boolean;
  /** Roman numbers and "Phần"/"Mục" rarely number list items. */
  topScheme: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;
/** Scores only tell word counts apart up to here. */
const MAX_COUNTED_WORDS = 31;
/** "Một câu. Câu khác" — a sentence ends inside (abbreviations like "TP." excepted). */
const SENTENCE_BREAK = /[.!?]\s+\p{Lu}/gu;
const ABBREVIATION = /^(?:TP|Tp|TX|TT|TS|ThS|PGS|GS|KT|TM|Q|v\.v|\p{Lu})$/u;
/** How a task or a request opens ("Tiếp tục rà soát …", "Đề nghị UBND tỉnh …"): an item where task lists live. */
const TASK_VERB = /^(?:Đề nghị|Kiến nghị|Tiếp tục|Đẩy mạnh|Tăng cường|Quán triệt|Duy trì|Phối hợp)\s+\p{L}/u;
/** An item's length at most: "Cấp tỉnh: 1.402 TTHC;", "04 phòng chuyên môn thuộc Sở;" (a title with its first sentence runs longer). */
const MAX_ITEM_CHARS = 100;
// ("12 văn bản (Nghị quyết 4, Quyết định 8).", "27 thủ tục (công bố mới 9, sửa đổi 14, bãi bỏ 4).": the value with its parts in a bracket.)
/** A title naming a count or a rate: "Số hồ sơ tiếp nhận", "Tổng số cán bộ", "Số lượng …", "Tỷ lệ …". */
const LABEL_TITLE = /^(?:tổng số|số lượng|số lượt|số|tỷ lệ|tỉ lệ)\s/iu;
/** A body that opens on its figure. */
const FIGURE_FIRST = /^(?:khoảng |gần |trên |hơn |đạt )?\d/iu;
const NUMERIC_CONTENT = /^(?:khoảng |gần |trên |hơn |đạt )?[\d.,]+\s*%?(?:\s+[^\s(]+){0,3}(?:\s*\([^()]{1,120}\))?\s*[.;]?$/iu;

/** Words in `s`, counted up to MAX_COUNTED_WORDS (test() steps through them without building matches). */
function words(s: string): number {
  WORD.lastIndex = 0;
  let n = 0;
  while (n < MAX_COUNTED_WORDS && WORD.test(s)) n++;
  return n;
}

function hasSentenceBreak(title: string): boolean {
  for (const m of title.matchAll(SENTENCE_BREAK)) {
    const wordStart = title.lastIndexOf(' ', m.index - 1) + 1;
    if (!ABBREVIATION.test(title.slice(wordStart, m.index))) return true;
  }
  return false;
}

/** Score the evidence; a block is a heading when the score is at least 1. */
export function headingScore(e: HeadingEvidence): number {
  const { text, span } = e;
  const title = text.slice(span.titleStart, span.titleEnd);
  const w = words(title);
  if (w === 0) return -10;
  if (e.atx) return 10;
  const trimmed = text.trimEnd();
  const content = text.slice(span.contentStart).trim();
  let s = 0;
  if (span.bold) s += 4;
  if (span.split) s += 1;
  if (w <= 8) s += 2;
  else if (w <= 14) s += 1;
  else if (w > 30) s -= 4;
  else if (w > 20) s -= 2;
  if (hasSentenceBreak(title)) s -= 3;
  if (title.includes(';')) s -= 2;
  if (trimmed.endsWith(';')) s -= 2;
  if (!span.split && trimmed.endsWith('.') && !trimmed.endsWith('./.')) s -= w > 10 ? 2 : 1;
  const first = title.trimStart()[0] ?? '';
  if (first !== first.toUpperCase()) s -= 2;
  // "1. Tổng số hồ sơ tiếp nhận: 2.345 hồ sơ." — a label and its value, not a title and its text.
  const valueItem = span.split && content !== '' && content.length < 160 && NUMERIC_CONTENT.test(content);
  if (valueItem) s -= 5;
  // "1. Số văn bản QPPL được ban hành trong năm: 12 văn bản, trong đó …", "2. Tổng số cán bộ, công chức: 214 người, …": a title
  // that names a count ("Số …", "Tổng số …", "Tỷ lệ …") and a body opening on its figure is a label and its value, however long.
  else if (span.split && LABEL_TITLE.test(title.trimStart()) && FIGURE_FIRST.test(content)) s -= 5;
  if (e.topScheme) s += 2;
  if (e.followedByBody) s += 1;
  if (e.inSequence) s += 1;
  else s -= e.onStack ? 2 : 1;
  // Three plain numbered lines in a row: a list, the more so where task lists live; bold ones
  // too when each gives a value ("**1. Tổng số hồ sơ tiếp nhận: 2.345 hồ sơ.**").
  if (e.listRun && (!span.bold || valueItem)) s -= e.inPlan ? 4 : 3;
  if (e.afterItem) s -= 3;
  // "…, trong đó:" then "a) Cấp tỉnh: 1.402 TTHC;" or "a) 04 phòng chuyên môn;": after a lead-in, a line that ends
  // like an item (";") or is short and states a figure is one of its items, not a title.
  // (A title naming a reform area with its first sentence run in, "1. Cải cách thể chế: Trong quý, Sở đã rà soát 12 văn bản.",
  // titles its section even there.)
  const shortWithFigure = /\d/.test(title + content) && text.length - span.titleStart <= MAX_ITEM_CHARS;
  if (e.afterLeadIn && (trimmed.endsWith(';') || (shortWithFigure && !e.namesArea))) s -= 3;
  if (e.inPlan && w > 8 && !span.split && !span.bold) s -= 2;
  if (e.inPlan && !span.bold && TASK_VERB.test(title.trimStart())) s -= 3;
  // "1. Hoàn thành các chỉ tiêu CCHC năm 2024." — a plain sentence where task lists live is a task.
  if (e.inPlan && !span.bold && !span.split && /[^./]\.$/u.test(trimmed)) s -= 2;
  return s;
}

export function isHeading(e: HeadingEvidence): boolean {
  return headingScore(e) >= 1;
}
