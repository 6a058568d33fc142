import { startsWithMarker } from './pdf-paragraphs.ts';

/**
 * Hard-wrapped text: a document whose every printed line is its own paragraph — text pasted from
 * a PDF or an e-mail, a PDF turned into Word by a converter, a plain-text report opened in Word —
 * breaks its sentences over paragraphs ("… Bộ phận tiếp" / "nhận và trả kết quả … đã tiếp nhận 48
 * hồ sơ, 100% được giải" / "quyết đúng hạn; …"), and no figure reads across the break.
 *
 * Two tests, on the Markdown blocks as the converters write them (bold as `**…**`, a typed
 * number escaped as `1\.`; headings `#`, tables `|` and quotes `>` are never joined):
 * - a block that ends no clause, followed by one that opens on a small letter with no list marker,
 *   is the same paragraph wrapped — Vietnamese reports open every paragraph, heading and item on
 *   a capital, a number, a letter marker ("a)", "b,") or a bullet;
 * - in a document shown to be hard-wrapped (such a break, cutting a line of 40 characters or more —
 *   a line cut by hand mid-sentence is often shorter), a block that ends no clause
 *   goes on into the next one whatever its first letter ("… của" / "Sở Tư pháp …", "… đã tiếp
 *   nhận" / "48 hồ sơ") where the next one's first word would have brought its line near the
 *   wrapped lines' length (the median of the lines cut before a small letter), unless the next one
 *   opens on a marker or the block is a numbered heading's or item's first line (a heading ends
 *   without a full stop: "5.1. Về thực hiện cơ chế tự chủ tại các cơ quan hành chính nhà nước");
 *   such a full line ending on ";" goes on into a next one opening on a small letter ("… gồm 96 thủ
 *   tục;" / "trong kỳ đã công bố …"), a clause of the same sentence.
 */

/** The end of a clause, before closing quotes, brackets and emphasis: ". : ; ! ? …". */
const CLAUSE_END = /[.:;!?…]["”’)\]]*[*_]*$/u;
/** A semicolon ending the line: the sentence goes on. */
const SEMICOLON_END = /;[*_]*$/u;
/** A small letter first. */
const SMALL_FIRST = /^\p{Ll}/u;
/** A block that is no paragraph of prose: an ATX heading, a table, a quote (typed ones are escaped with "\"). */
const NOT_PROSE = /^[#|>]/;
/** Breaks before a small letter that show a document hard-wrapped (one does, in a passage of a few lines). */
const MIN_WRAPS = 1;
/** The shortest wrapped lines taken for a page's printed lines (a line cut by hand is often shorter). */
const MIN_WIDTH = 40;
/** A line whose next word would have reached this share of the wrapped lines' length was cut by the wrap (their fonts are
 * proportional: capitals and figures are wide, so a line of "KH&CN", "1393/KH-SKHCN" holds fewer characters). */
const FULL_LINE = 0.7;
/** A numbered heading or item ("I.", "2.1.", "a)", "b,"), not a bullet. */
const NUMBERED = /^(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2})*|\p{Ll})[.,)/]/u;

/** The block's text as printed: no emphasis marks, no escapes. */
function printed(block: string): string {
  return block.replace(/\\(?=[^\s])|\*\*|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '').trim();
}

/**
 * For each block, whether it goes on the paragraph of the block before it (that a hard line break
 * cut off it). `blocks[i]` is null where the block is not a paragraph of prose (a table, a header
 * line): nothing joins it, nor joins to it. `opens[i]`: the block is known to open a paragraph (an
 * indented first line of a text): it joins nothing before it.
 */
export function wrappedContinuations(blocks: readonly (string | null)[], opens: readonly boolean[] = []): boolean[] {
  const text = blocks.map((b) => (b === null || NOT_PROSE.test(b) ? null : printed(b)));
  const open = text.map((t) => t !== null && t !== '' && !CLAUSE_END.test(t));
  const out = text.map(() => false);
  const cutLengths: number[] = [];
  for (let i = 1; i < text.length; i++) {
    const next = text[i];
    if (!open[i - 1] || next == null || opens[i] === true || !SMALL_FIRST.test(next) || startsWithMarker(next)) continue;
    out[i] = true;
    cutLengths.push(text[i - 1]!.length);
  }
  if (cutLengths.length < MIN_WRAPS) return out;
  const width = cutLengths.sort((a, b) => a - b)[cutLengths.length >> 1]!;
  if (width < MIN_WIDTH) return out;
  for (let i = 1; i < text.length; i++) {
    const next = text[i];
    const prev = text[i - 1];
    if (out[i] || prev == null || next == null || next === '' || opens[i] === true || startsWithMarker(next)) continue;
    if (!open[i - 1] && !(SEMICOLON_END.test(prev) && SMALL_FIRST.test(next))) continue;
    // (A numbered line that is itself the start of its block: a heading, or an item's first line — but a heading whose text
    // runs on after its colon, "b) Kết quả giải quyết: Đã giải quyết 3.087 hồ sơ; trong đó đúng và trước hạn" / "3.071 hồ sơ …", is prose.)
    if (NUMBERED.test(prev) && !out[i - 1] && !prev.includes(':')) continue;
    const firstWord = /^\S+/.exec(next)![0];
    if (prev.length + 1 + firstWord.length >= FULL_LINE * width) out[i] = true;
  }
  return out;
}

/** `prev` and the wrapped `next` as one paragraph: a space between, as the printed line break stood for. */
export function joinWrapped(prev: string, next: string): string {
  return `${prev.trimEnd()} ${next.trimStart()}`;
}
