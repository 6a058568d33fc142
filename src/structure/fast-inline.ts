import { resolveEmphasis, type Delimiter } from './emphasis.ts';
import { isCharacterReference } from './mdast-blocks.ts';
import type { TextBuilder } from './raw-block.ts';
import { memoizeByUnit } from '../text/memo.ts';

/**
 * Inline content of the Markdown pivot without remark: plain text with backslash escapes, and
 * strong / emphasis runs of `*` and `_` (resolved as micromark does, see emphasis.ts). Anything
 * else returns false and goes to remark. Tested against remark.
 */

/** Characters that need a closer look; plain text between them is pushed as it is. */
const SPECIAL = /[\\&*_`<[\]~\0]/g;
const REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;
/**
 * GFM autolink literals (URLs, "www.", e-mail addresses) may swallow `*` and `_`: content with
 * both goes to remark, unless its runs are plain nested `**` / `_` pairs (read here as ever).
 */
const AUTOLINK_HINT = /@|www\.|:\/\//i;

const BACKSLASH = 0x5c;
const AMPERSAND = 0x26;
const ASTERISK = 0x2a;
const UNDERSCORE = 0x5f;

/** `!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~`: the characters a backslash escapes. */
function isAsciiPunctuation(c: number): boolean {
  return (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e);
}

/**
 * Push inline content md[from, to) to `out`; false (with `out` in an undefined state) when
 * the content needs remark.
 */
export function pushInlineFast(md: string, from: number, to: number, out: TextBuilder): boolean {
  const s = md.slice(from, to);
  SPECIAL.lastIndex = 0;
  let special = SPECIAL.exec(s);
  if (special === null) {
    out.pushRun(md, from, to, false);
    return true;
  }
  /** Offsets of escaping backslashes (dropped from the text). */
  const escapes: number[] = [];
  const delimiters: Delimiter[] = [];
  for (; special !== null; special = SPECIAL.exec(s)) {
    const i = from + special.index;
    const c = md.charCodeAt(i);
    if (c === BACKSLASH) {
      if (i + 1 < to && isAsciiPunctuation(md.charCodeAt(i + 1))) {
        escapes.push(i);
        SPECIAL.lastIndex = i + 2 - from;
      }
    } else if (c === AMPERSAND) {
      REFERENCE.lastIndex = i;
      const m = REFERENCE.exec(md);
      if (m && i + m[0].length <= to && isCharacterReference(m[0])) return false;
    } else if (c === ASTERISK || c === UNDERSCORE) {
      let j = i + 1;
      while (j < to && md.charCodeAt(j) === c) j++;
      const before = i > from ? md.charCodeAt(i - 1) : SPACE_UNIT;
      const after = j < to ? md.charCodeAt(j) : SPACE_UNIT;
      delimiters.push(delimiterRun(c, i, j, before, after));
      SPECIAL.lastIndex = j - from;
    } else {
      // a code span, HTML, a link or image, strikethrough or NUL
      return false;
    }
  }
  if (delimiters.length === 0 && escapes.length === 0) {
    out.pushRun(md, from, to, false);
    return true;
  }
  const strong = resolveEmphasis(delimiters);
  if (delimiters.length > 0 && AUTOLINK_HINT.test(s) && !arePlainPairs(delimiters)) return false;
  pushResolved(md, from, to, escapes, delimiters, strong, out);
  return true;
}

/**
 * Every run is a `**` or a `_` that only opens or only closes, and all were matched: the
 * well-nested bold and italic runs the converters write.
 */
function arePlainPairs(delimiters: Delimiter[]): boolean {
  return delimiters.every(
    (d) =>
      d.originalEnd - d.originalStart === (d.code === ASTERISK ? 2 : 1) && d.open !== d.close && d.start === d.end,
  );
}

const PUNCT = /^[\p{P}\p{S}]$/u;
const SPACE = /^\s$/u;
const SPACE_UNIT = 0x20;
const enum Flank {
  Other = 1,
  Space,
  Punctuation,
}
/** What the UTF-16 unit next to a delimiter run is, asked of the patterns once per unit. */
const flankOf = memoizeByUnit((char): Flank => (SPACE.test(char) ? Flank.Space : PUNCT.test(char) ? Flank.Punctuation : Flank.Other));

/** A run of `*` or `_` over [start, end), with whether it may open and/or close (CommonMark flanking). */
function delimiterRun(code: number, start: number, end: number, before: number, after: number): Delimiter {
  const beforeFlank = flankOf(before);
  const afterFlank = flankOf(after);
  const beforeSpace = beforeFlank === Flank.Space;
  const afterSpace = afterFlank === Flank.Space;
  const beforePunct = beforeFlank === Flank.Punctuation;
  const afterPunct = afterFlank === Flank.Punctuation;
  const left = !afterSpace && (!afterPunct || beforeSpace || beforePunct);
  const right = !beforeSpace && (!beforePunct || afterSpace || afterPunct);
  const open = code === ASTERISK ? left : left && (!right || beforePunct);
  const close = code === ASTERISK ? right : right && (!left || afterPunct);
  return { code, start, end, originalStart: start, originalEnd: end, open, close, active: true };
}

/**
 * Push md[from, to) without its escaping backslashes and consumed delimiter characters,
 * marking the content of strong runs bold.
 */
function pushResolved(
  md: string,
  from: number,
  to: number,
  escapes: number[],
  delimiters: Delimiter[],
  strong: number[],
  out: TextBuilder,
): void {
  const cuts = dropped(escapes, delimiters);
  const textStart = out.length;
  /** textBefore[r] = length of the text pushed before cut r. */
  const textBefore: number[] = [];
  let run = from;
  for (let r = 0; r < cuts.length; r += 2) {
    out.pushRun(md, run, cuts[r] as number, false);
    textBefore.push(out.length);
    run = cuts[r + 1] as number;
  }
  out.pushRun(md, run, to, false);
  for (let r = 0; r < strong.length; r += 2) {
    out.markBold(
      textAt(strong[r] as number, cuts, textBefore, from, textStart),
      textAt(strong[r + 1] as number, cuts, textBefore, from, textStart),
    );
  }
}

/** Index in the text of Markdown offset `at` (of the next character kept when `at` is cut). */
function textAt(at: number, cuts: number[], textBefore: number[], from: number, textStart: number): number {
  const r = lastCutBefore(cuts, at);
  if (r < 0) return textStart + (at - from);
  return (textBefore[r] as number) + Math.max(0, at - (cuts[2 * r + 1] as number));
}

/**
 * The ranges of Markdown left out of the text, in order, as flat [from, to) pairs: escaping
 * backslashes and the delimiter characters matched as emphasis.
 */
function dropped(escapes: number[], delimiters: Delimiter[]): number[] {
  const cuts: number[] = [];
  let e = 0;
  for (const d of delimiters) {
    for (; e < escapes.length && (escapes[e] as number) < d.originalStart; e++) {
      cuts.push(escapes[e] as number, (escapes[e] as number) + 1);
    }
    if (d.start > d.originalStart) cuts.push(d.originalStart, d.start);
    if (d.originalEnd > d.end) cuts.push(d.end, d.originalEnd);
  }
  for (; e < escapes.length; e++) cuts.push(escapes[e] as number, (escapes[e] as number) + 1);
  return cuts;
}

/** Index of the last cut starting before Markdown offset `at`, or -1 (binary search). */
function lastCutBefore(cuts: number[], at: number): number {
  let lo = 0;
  let hi = cuts.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cuts[2 * mid] as number) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
