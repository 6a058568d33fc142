/** Unicode normalization and diacritic folding for Vietnamese text. */
import { memoizeByLength } from './memo.ts';

/** NFC, with non-breaking and zero-width spaces made plain. */
export function nfc(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b-\u200d\ufeff]/g, '');
}

/** The definition of folding, applied to one character (or any string) at a time. */
function foldSlow(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/**
 * The folded unit of each UTF-16 unit that folds to exactly one unit (most of them), filled on
 * first use: 0 = not yet seen, NOT_ONE = folds to none or several units (combining marks, ligatures).
 */
const ONE = new Uint16Array(0x10000);
const NOT_ONE = 0xffff;

function foldedUnit(c: number): number {
  const f = foldSlow(String.fromCharCode(c));
  return f.length === 1 ? f.charCodeAt(0) : NOT_ONE;
}

function unitOf(c: number): number {
  let f = ONE[c]!;
  if (f === 0) {
    f = foldedUnit(c);
    ONE[c] = f;
  }
  return f;
}

/**
 * Scratch buffers the folded units are written to, grown when a longer text comes: folded
 * Vietnamese is nearly always Latin-1, which becomes a string by a plain copy (Buffer's latin1
 * decoding); a text with a unit folding above U+00FF goes through the two-byte buffer. Allocating
 * a typed array per text and TextDecoder's UTF-16 decoding cost 2–3× the whole fold.
 */
let oneByte = Buffer.alloc(4096);
let twoByte = Buffer.alloc(8192);

/** Fold unit by unit through the table; null when some unit does not fold to exactly one unit. */
function foldOneToOne(text: string): string | null {
  const n = text.length;
  if (n > oneByte.length) oneByte = Buffer.alloc(n * 2);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const f = unitOf(c);
    if (f > 0xff) return foldTwoByte(text, i);
    oneByte[i] = f;
  }
  return oneByte.toString('latin1', 0, n);
}

/** foldOneToOne from unit `from` on, for a text whose folding leaves Latin-1 there. */
function foldTwoByte(text: string, from: number): string | null {
  const n = text.length;
  if (2 * n > twoByte.length) twoByte = Buffer.alloc(4 * n);
  for (let i = 0; i < from; i++) twoByte.writeUInt16LE(oneByte[i]!, 2 * i);
  for (let i = from; i < n; i++) {
    const c = text.charCodeAt(i);
    const f = unitOf(c);
    if (f === NOT_ONE || (c >= 0xd800 && c <= 0xdfff)) return null;
    twoByte.writeUInt16LE(f, 2 * i);
  }
  return twoByte.toString('utf16le', 0, 2 * n);
}

/**
 * Lower-case, tone marks and diacritics removed, đ → d: "Cải cách thể chế" → "cai cach the che".
 * Composed Vietnamese folds unit by unit through a table (the same result as NFD → strip marks →
 * lower-case); anything else (combining marks, characters outside the basic plane) by definition.
 */
export function fold(text: string): string {
  return folding(text).folded;
}

/**
 * The folded text, and whether every unit folded to exactly one unit (then slices of the text
 * fold to slices of `folded`); remembered for the report being read, up to 8M units of its texts
 * (a 500-page report's paragraphs and sentences are about 2.5M).
 */
const folding = memoizeByLength((text: string): { folded: string; aligned: boolean } => {
  const one = foldOneToOne(text);
  return one === null ? { folded: foldSlow(text), aligned: false } : { folded: one, aligned: true };
}, 1 << 23);

/**
 * fold(text.slice(from, to)) — without folding the slice anew when the whole text folds unit for
 * unit (always so for composed Vietnamese), as rules fold the text before and after a figure.
 */
export function foldSlice(text: string, from: number, to: number = text.length): string {
  const whole = folding(text);
  if (whole.aligned) return whole.folded.slice(from, to);
  return fold(text.slice(from, to));
}

/** "trong số đó", "trong số này": the breakdown marker "trong đó" in other words. */
const AMONG_THEM = /(?<![a-z])trong so (?:do|nay)(?![a-z])/g;

/**
 * A folded sentence as the rules read it: a phrase with a common synonym written as that synonym, padded with
 * spaces to the same length (offsets still those of the text) — "trong số đó" reads as "trong đó".
 */
export function readingForm(folded: string): string {
  let out = folded.includes('trong so ') ? folded.replace(AMONG_THEM, (m) => 'trong do'.padEnd(m.length)) : folded;
  // The figure keeps its bound (NumberMention.qualifier, read on the text); the words before it read as without one.
  if (BOUND.test(out)) out = out.replace(BOUND_G, (m) => ' '.repeat(m.length));
  return out;
}

/**
 * A bound written right before a figure that labels never hold: "khoảng", "xấp xỉ", "gần" always; "hơn", "trên" after
 * a colon, a bracket, a comma or a copula ("Lĩnh vực Điện: khoảng 07 TTHC", "cấp tỉnh là hơn 1.642"), not after a
 * comparison ("cao hơn 2,5%", "tăng hơn 300 hồ sơ", which keep it).
 */
// (The bound word first, its lead behind it: a pattern opening on words is skipped to fast, one opening on a look-behind is not —
// 'hon' or 'tren' is matched, then the look-behind checks what stands before it.)
const BOUND_SRC = String.raw`(?:(?:hon|tren)(?<=(?:^|[:(,;]|(?<![a-z])(?:la|co|dat|voi|chi|con|gom))\s*(?:hon|tren))|(?<![a-z])(?:khoang|xap xi|gan))\s*(?=\d)`;
const BOUND = new RegExp(BOUND_SRC);
const BOUND_G = new RegExp(BOUND_SRC, 'g');

/** Collapse runs of white space to one space and trim. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
