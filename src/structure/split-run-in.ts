import type { RawBlock } from './raw-block.ts';

/**
 * "II. KẾT QUẢ THỰC HIỆN … HÀNH CHÍNH 1. Cải cách thể chế": an upper-case Roman heading with the
 * next numbered heading run into the same paragraph (PDF lines joined). Where the upper-case
 * title ends and "N. Xxx" begins, split the block in two. A part ("PHẦN I. …") may have its
 * first Roman, Arabic or letter heading ("I. …", "1. …", "A. …") run in the same way.
 */
const RUN_IN = /^((?:[IVXLC]{1,7}|[A-ZĐ])\s?[.)]\s*\P{Ll}{4,200}?)\s+(\d{1,2}(?:\.\d{1,2})*[.)]\s+\p{Lu}[^\n]{0,400})$/u;
/** "PHẦN I. KẾT QUẢ … HÀNH CHÍNH I. CÔNG TÁC CHỈ ĐẠO": a part's upper-case title with its first heading run in. */
const PART_RUN_IN =
  /^((?:PHẦN|Phần|CHƯƠNG|Chương|MỤC|Mục)\s+(?:[IVXLC]{1,7}|\d{1,2})\s?[.:\-–)]?\s*\P{Ll}{4,200}?)\s+((?:I|1|A)[.)]\s+\p{Lu}[^\n]{0,400})$/u;

function slice(raw: RawBlock, from: number, to: number, start: number, end: number): RawBlock {
  const b = raw.block;
  const offsets = new Int32Array(to - from + 1);
  offsets.set(b.offsets.subarray(from, to));
  offsets[to - from] = to > from ? (b.offsets[to - 1] as number) + 1 : start;
  return {
    block: { kind: 'paragraph', text: b.text.slice(from, to), offsets, start, end, bold: b.bold, section: null },
    bold: raw.bold.length > 0 ? raw.bold.slice(from, to) : raw.bold,
    atxDepth: raw.atxDepth,
    markerEnd: 0,
  };
}

const RUN_IN_START = /^[IVXLCA-ZĐ]/;
const TWO_CAPITALS = /\p{Lu}{2}/u;

/** The two halves of a block where a numbered heading was run into an upper-case one, or null. */
export function splitRunIn(raw: RawBlock): [RawBlock, RawBlock] | null {
  const b = raw.block;
  if (b.kind !== 'paragraph' && b.kind !== 'heading') return null;
  if (b.text.length > 600 || !RUN_IN_START.test(b.text)) return null;
  const m = RUN_IN.exec(b.text) ?? PART_RUN_IN.exec(b.text);
  if (!m || !TWO_CAPITALS.test(m[1] as string)) return null;
  const cut = (m[1] as string).length;
  const second = b.text.length - (m[2] as string).length;
  const first = slice(raw, 0, cut, b.start, (b.offsets[cut - 1] as number) + 1);
  const rest = slice(raw, second, b.text.length, b.offsets[second] as number, b.end);
  first.block.kind = b.kind;
  rest.block.kind = b.kind;
  return [first, rest];
}
