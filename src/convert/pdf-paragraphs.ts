import type { Layout } from './pdf-layout.ts';
import type { Line, Paragraph, Span } from './pdf-types.ts';

/**
 * Rejoin lines (reading order) into paragraphs. A line starts a new paragraph when:
 * - it is not below the previous line on the same page (a new column or table cell);
 * - the vertical gap exceeds normal line spacing (scaled to the font size) by more than 12%;
 * - its font size differs from the previous line's;
 * - it is indented: right of the margin, and right of the previous line's start; or both
 *   lines sit at the first-line indent (continuation lines return to the margin) — except a
 *   centred line under a centred line of the same weight (a title wrapped over two lines), and a
 *   line at the hanging indent of a list item whose marker was set apart by a tab;
 * - the previous line is entirely bold and this one has no bold, or the previous line is in
 *   capitals and this one mostly in small letters (a heading above body text);
 * - the previous line ended early: the next line's first word would have fitted after it
 *   (for centred lines: within the column's width), or it ends with ":" / "." well short of
 *   the right edge;
 * - it starts with a heading or bullet marker (I. / II- / II/ / II.1. / 1. / 1/ / 2.1. / a, / a) / a/ / A. / Phần II / - / + / * / •,
 *   or a number typed without its space before a capital: "III.PHƯƠNG", "2.Cải", "a)Kiểm") and
 *   the previous line ends a clause (. : ; ! ?) or, for a numbered marker, is in capitals.
 * Across a page break only the indentation, early-end and marker tests apply.
 * Otherwise the line break was a soft wrap and becomes a space (no dehyphenation) — except after a
 * hyphen typed against a word ("Kế hoạch số 16/KH-" + "SỞ", "2021-" + "2025"): Word and LibreOffice
 * break lines after such a hyphen, which joined the word's two halves with nothing between them.
 */
export function joinLines(lines: Line[], layout: Layout): Paragraph[] {
  const out: Paragraph[] = [];
  let cur: Paragraph | undefined;
  let prev: Line | undefined;
  // the hanging indent of the paragraph's first line, when it opens on a marker set apart
  let hang: number | undefined;
  for (const line of lines) {
    if (cur !== undefined && prev !== undefined && !startsParagraph(prev, line, layout, hang)) {
      appendSpans(cur.spans, softWrap(prev.text) === '' ? line.spans : [{ text: ' ', bold: false }, ...line.spans]);
    } else {
      if (cur !== undefined) out.push(cur);
      cur = { page: line.page, spans: line.spans.map((s) => ({ ...s })) };
      if (floating(line, layout)) cur.centred = true;
      hang = line.bodyX;
    }
    prev = line;
  }
  if (cur !== undefined) out.push(cur);
  return out;
}

/** What a soft line break stands for: nothing after a hyphen typed against a word, else a space. */
export function softWrap(prevText: string): '' | ' ' {
  return /[\p{L}\p{N}][-‐]$/u.test(prevText) ? '' : ' ';
}

// Parts of a report are lettered in capitals ("A. KẾT QUẢ …", "B) Phương hướng") or named
// ("PHẦN II:", "Phần thứ hai"); a capital with a full stop after a name-like word ("A. Lincoln")
// does not occur in these reports' prose at a line start after a clause end.
/** A bullet: a dash, plus or star and a space, or a glyph. */
const BULLET_MARK = String.raw`[-+*–—]\s|[•●○■▪·]\s?`;
/** A number typed without its space ("III.PHƯƠNG HƯỚNG", "2.Cải cách", "a)Kiểm soát"): a capital follows at once. */
const TIGHT_MARK = String.raw`[IVXLC]{1,6}\.(?=\p{Lu}{2})|\d{1,2}(?:\.\d{1,2})*[.)](?=\p{Lu}\p{Ll})|[a-zđ]\)(?=\p{Lu})`;
const MARKER = new RegExp(
  String.raw`^(?:[IVXLC]{1,6}[.)/]\s|[IVXLC]{1,6}\.\d{1,2}(?:\.\d{1,2})*[.)]?\s|\d{1,2}(?:\.\d{1,2})*[.)/]\s|\d{1,2}(?:\.\d{1,2})+\s|[a-zđ][,.)/]\s|[A-ZĐ][.)]\s|[IVXLC]{1,6}\s?[-–]\s|\d{1,2}[-–]\s|(?:PHẦN|Phần)\s+(?:[IVX]{1,4}|\d{1,2}|THỨ|thứ)(?![\p{L}\p{N}])|${TIGHT_MARK}|${BULLET_MARK})`,
  'u',
);
const BULLET = new RegExp(`^(?:${BULLET_MARK})`, 'u');
const CLAUSE_END = /[.:;!?…]["”’)]*$/u;

/** Does the line start with a heading or bullet marker? */
export function startsWithMarker(text: string): boolean {
  return MARKER.test(text);
}

/**
 * Does `next` start a new paragraph after `prev`? `hang`: the hanging indent of the paragraph's
 * list marker ("1.", a tab, the text), where its continuation lines start — no indentation there.
 */
export function startsParagraph(prev: Line, next: Line, L: Layout, hang?: number): boolean {
  const tol = 0.4 * L.size;
  const samePage = prev.page === next.page;
  if (samePage) {
    const dy = next.y - prev.y;
    if (dy < 0.5 * Math.min(prev.size, next.size)) return true;
    const expected = (L.spacing * Math.max(prev.size, next.size)) / L.size;
    if (dy > expected * 1.12 + 0.5) return true;
  }
  if (Math.abs(next.size - prev.size) > 0.12 * Math.max(next.size, prev.size)) return true;
  // A centred title wrapped over two lines: the second line is centred, not indented.
  const title = floating(next, L) && centred(prev, L) && allBold(prev) === allBold(next);
  const hanging = hang !== undefined && Math.abs(next.x - hang) <= tol && !startsWithMarker(next.text);
  if (!title && !hanging) {
    if (next.x > L.left + tol && (prev.x <= L.left + tol || next.x > prev.x + tol)) return true;
    // Two lines both at the first-line indent: continuation lines go back to the margin.
    if (Math.abs(prev.x - L.indent) <= tol && Math.abs(next.x - L.indent) <= tol) return true;
  }
  // (Not when the line goes on in small letters after a line ending mid-clause: "… Sở đã trả kết quả" / "qua dịch vụ
  // BCCI cho 312 hồ sơ" — a heading's inline sentence read in bold to its end, as OCR reads weight by the line.)
  if (allBold(prev) && !next.spans.some((s) => s.bold) && !(/^\p{Ll}/u.test(next.text) && !CLAUSE_END.test(prev.text))) return true;
  if (caseOf(prev.text) === 'upper' && caseOf(next.text) === 'lower') return true;
  if (endedEarly(prev, next, L, title || floating(prev, L))) return true;
  if (!startsWithMarker(next.text)) return false;
  // A numbered heading right under a heading in capitals that filled the line ("PHẦN I. KẾT
  // QUẢ …" over "I. CÔNG TÁC CHỈ ĐẠO …"): headings end without punctuation.
  return CLAUSE_END.test(prev.text) || (caseOf(prev.text) === 'upper' && !BULLET.test(next.text));
}


function endedEarly(prev: Line, next: Line, L: Layout, centredPrev: boolean): boolean {
  const chars = Math.max(1, next.text.length);
  const perChar = (next.right - next.x) / chars;
  const firstWord = /^\S+/.exec(next.text)?.[0] ?? '';
  const need = (firstWord.length + 1) * perChar + L.slack;
  const room = centredPrev ? L.right - L.left - (prev.right - prev.x) : L.right - prev.right;
  if (room > need) return true;
  return /[.:]["”’)]*$/u.test(prev.text) && room > 4 * L.size;
}

/** Centred on the column (a full justified line is too). */
function centred(l: Line, L: Layout): boolean {
  return Math.abs((l.x + l.right) / 2 - (L.left + L.right) / 2) < L.size;
}

/** Centred and clearly away from the margin and the first-line indent: a title-like line. */
function floating(l: Line, L: Layout): boolean {
  return centred(l, L) && l.x > (Number.isNaN(L.indent) ? L.left + 3 * L.size : L.indent + L.size);
}

/**
 * 'upper' when a line's letters (at least eight) are nearly all capitals — a heading typed in
 * capitals —, 'lower' when most are small letters (prose), else 'mixed'.
 */
export function caseOf(text: string): 'upper' | 'lower' | 'mixed' {
  if (text === lastCaseText) return lastCase;
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A character of the Basic Multilingual Plane by its remembered case (no string per
    // character); a code point beyond it (a surrogate pair) by its case mappings.
    if (c < 0xd800 || c > 0xdfff) {
      const k = caseOfUnit(c);
      if (k === UPPER) upper++;
      else if (k === LOWER) lower++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    if (cp > 0xffff) i++;
    if (ch === ch.toLowerCase()) {
      if (ch !== ch.toUpperCase()) lower++;
    } else upper++;
  }
  lastCaseText = text;
  lastCase = kindOfCase(upper, lower);
  return lastCase;
}

const UPPER = 1;
const LOWER = 2;
const NEITHER = 3;
/** The case of each character of the Basic Multilingual Plane once asked (0: not yet). */
const unitCase = new Uint8Array(0x10000);

/** A character with a lower-case mapping of its own is a capital; one with only an upper-case mapping a small letter. */
function caseOfUnit(c: number): number {
  let k = unitCase[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = ch !== ch.toLowerCase() ? UPPER : ch !== ch.toUpperCase() ? LOWER : NEITHER;
    unitCase[c] = k;
  }
  return k;
}

/** The last line's text and case: each line is read as `next`, then again as `prev`. */
let lastCaseText: string | undefined;
let lastCase: 'upper' | 'lower' | 'mixed' = 'mixed';

function kindOfCase(upper: number, lower: number): 'upper' | 'lower' | 'mixed' {
  const letters = upper + lower;
  if (letters >= 8 && upper >= 0.9 * letters) return 'upper';
  return lower > 0.5 * letters ? 'lower' : 'mixed';
}

function allBold(l: Line): boolean {
  return l.spans.length > 0 && l.spans.every((s) => s.bold || s.text.trim() === '');
}

/** Append spans, merging neighbours of the same weight. */
function appendSpans(into: Span[], more: Span[]): void {
  for (const s of more) {
    const last = into[into.length - 1];
    if (last !== undefined && (last.bold === s.bold || s.text.trim() === '')) last.text += s.text;
    else into.push({ ...s });
  }
}
