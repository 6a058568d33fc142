import { matchCanonical } from './canonical.ts';
import { isHeading } from './heading-decision.ts';
import { titleSpan, type TitleSpan } from './heading-title.ts';
import { follows, isFirst, parseNumbering, type Numbering } from './numbering.ts';
import type { RawBlock } from './raw-block.ts';
import type { SectionNode } from './types.ts';

/** The report's closing formula, which a heading never titles: "Trân trọng báo cáo./.", "Nơi nhận:". */
const CLOSING = /^[*_\s]*(?:Trân trọng|Nơi nhận)/u;

interface Entry {
  n: Numbering;
  node: SectionNode;
}

interface Placement {
  n: Numbering;
  /** Stack index the heading takes (its level is k + 1). */
  k: number;
  inSequence: boolean;
  onStack: boolean;
}

/**
 * The title line of an annex after the report's signature ("PHỤ LỤC", "Phụ lục 02", "PHỤ LỤC I:
 * KẾT QUẢ …"): the report's sections end there, so the annex's tables belong to none of them
 * (not to the last one, "V. KIẾN NGHỊ, ĐỀ XUẤT").
 */
const ANNEX_TITLE = /^(?:PHỤ LỤC|Phụ lục)(?:\s+(?:số\s+)?(?:[IVXLC]{1,5}|\d{1,2}[a-z]?))?\s*(?:[:.\-–]\s*\S[^\n]{0,200})?$/u;
const MAX_ANNEX_TITLE_WORDS = 25;

function isAnnexTitle(b: RawBlock['block']): boolean {
  if (!ANNEX_TITLE.test(b.text.trim()) || b.text.split(/\s+/).length > MAX_ANNEX_TITLE_WORDS) return false;
  return b.bold || b.text.trimStart().startsWith('PHỤ LỤC');
}

/** Paragraphs opening with a bullet glyph that remark does not read as a list. */
const GLYPH_BULLET = /^[•●▪○■◦►❖➢✓–—]\s/u;

function numberingOf(raw: RawBlock): Numbering | null {
  const b = raw.block;
  if (b.kind === 'paragraph' || b.kind === 'heading') return parseNumbering(b.text);
  if (b.kind === 'listItem' && /^\d/.test(b.text)) return parseNumbering(b.text);
  return null;
}

function sameParts(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/**
 * Where a numbered heading sits: a scheme already on the stack pops back to it; a dotted
 * number nests under the number it extends ("2.1" under "2", "II.1" under "II"); any other scheme seen for the
 * first time nests under the current heading.
 */
function place(stack: Entry[], n: Numbering): Placement {
  if (n.scheme === 'dotted') {
    const prefix = n.parts.slice(0, -1);
    for (let i = stack.length - 1; i >= 0; i--) {
      const e = (stack[i] as Entry).n;
      const base = n.romanHead ? e.scheme === 'roman' || (e.scheme === 'dotted' && e.romanHead === true) : e.scheme === 'arabic' || (e.scheme === 'dotted' && !e.romanHead);
      if (base && sameParts(e.parts, prefix)) {
        const sib = stack[i + 1];
        if (sib && sib.n.key === n.key) return { n, k: i + 1, inSequence: follows(sib.n, n), onStack: true };
        return { n, k: i + 1, inSequence: isFirst(n), onStack: false };
      }
    }
  }
  for (let i = stack.length - 1; i >= 0; i--) {
    const e = (stack[i] as Entry).n;
    if (e.key === n.key) return { n, k: i, inSequence: follows(e, n), onStack: true };
  }
  return { n, k: stack.length, inSequence: isFirst(n), onStack: false };
}

function choosePlacement(stack: Entry[], n: Numbering): Placement {
  const p = place(stack, n);
  if (!n.alt) return p;
  const q = place(stack, n.alt);
  if ((q.inSequence && !p.inSequence) || (q.onStack && !p.onStack && !p.inSequence)) return q;
  return p;
}

/** True when `text` has letters and none of them is lower-case. */
function isUpperCase(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

const CONNECTOR_END = /(?:,|\s(?:VÀ|CỦA|VỀ|TRONG|TẠI|ĐỐI VỚI|CHO|THEO|TRÊN))$/u;
const MAX_CONTINUATION_WORDS = 10;

/**
 * The paragraph after a numbered heading that finishes its title, when the author broke the title
 * over two paragraphs: "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH" + "CẢI CÁCH HÀNH CHÍNH", or a bare
 * "PHẦN I" + "KẾT QUẢ THỰC HIỆN …". Both upper case and equally bold, the second short, not
 * numbered, and no title of its own (no canonical id) unless the first ends on a connector
 * (",", "VÀ", "CỦA" …); after a bare number, any short bold or upper-case line. Null otherwise.
 */
function continuation(raws: RawBlock[], nums: (Numbering | null)[], i: number, title: string, bold: boolean): RawBlock | null {
  const next = raws[i + 1];
  if (!next || nums[i + 1] || next.block.kind !== 'paragraph') return null;
  const text = next.block.text.trim();
  if (text === '' || GLYPH_BULLET.test(text) || text.split(/\s+/).length > MAX_CONTINUATION_WORDS || /[:;]$/.test(text)) return null;
  // A bare number ("I.", "PHẦN I") takes a bold or upper-case line as its title.
  if (title === '') return next.block.bold || isUpperCase(text) ? next : null;
  if (!isUpperCase(text) || next.block.bold !== bold) return null;
  if (!isUpperCase(title) || /[.:;]$/.test(title)) return null;
  if (CONNECTOR_END.test(title) || matchCanonical(text) === null) return next;
  return null;
}

/** "Công tác kiểm soát TTHC. Trong quý, …": a short first sentence, then a capital. */
const FIRST_SENTENCE = /^([^.;:!?]{3,80}?)\.\s+(?=\p{Lu})/u;
const MAX_SENTENCE_TITLE_WORDS = 10;

/**
 * A numbered block with neither a bold title nor a colon, whose short first sentence names a
 * reform area ("a) Công tác kiểm soát TTHC. Trong quý, Sở đã rà soát …"): that sentence is the
 * title and the rest is content. Other spans are returned as they are.
 */
function sentenceTitle(text: string, span: TitleSpan): TitleSpan {
  if (span.split || span.bold) return span;
  const m = FIRST_SENTENCE.exec(text.slice(span.titleStart));
  if (!m) return span;
  const title = (m[1] as string).trim();
  if (title.split(/\s+/).length > MAX_SENTENCE_TITLE_WORDS || /\d/.test(title) || matchCanonical(title) === null) return span;
  const titleEnd = span.titleStart + (m[1] as string).trimEnd().length;
  return { titleStart: span.titleStart, titleEnd, contentStart: span.titleStart + m[0].length, bold: false, split: true };
}

/**
 * The block before `i` ends with ":", a lead-in to items: an unnumbered paragraph or bullet ("…, trong đó:"), or a
 * numbered block already read whose own text goes on to the colon ("a) Về kiểm soát TTHC: Tổng số … là 412 thủ tục, trong đó:").
 */
function afterLeadIn(raws: RawBlock[], nums: (Numbering | null)[], i: number): boolean {
  const prev = raws[i - 1];
  if (!prev || !/:\s*$/.test(prev.block.text)) return false;
  const b = prev.block;
  if (!nums[i - 1]) return b.kind === 'paragraph' || b.kind === 'listItem';
  return b.kind === 'listItem' || (b.kind === 'heading' && (b.contentStart ?? b.text.length) < b.text.length);
}

function adjacentInSequence(a: Numbering | null | undefined, b: Numbering | null | undefined): boolean {
  return !!a && !!b && a.key === b.key && follows(a, b);
}

/**
 * Turn numbered blocks into headings and build the section tree in one pass over the blocks.
 * Sets each block's kind (heading / numbered list item), title span and innermost section.
 */
export function buildSections(raws: RawBlock[], mdLength: number): SectionNode[] {
  const nums = raws.map(numberingOf);
  const roots: SectionNode[] = [];
  const stack: Entry[] = [];
  let prevItem: Numbering | null = null;
  /** The numbered items read since a lead-in, in sequence: the next in sequence is one of them too. */
  let leadRun = false;
  const close = (from: number, at: number): void => {
    for (let i = from; i < stack.length; i++) (stack[i] as Entry).node.end = at;
    stack.length = from;
  };
  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i] as RawBlock;
    const b = raw.block;
    const n = nums[i];
    if (!n) {
      prevItem = null;
      leadRun = false;
      if (b.kind === 'heading') b.kind = 'paragraph';
      if (b.kind === 'paragraph' && GLYPH_BULLET.test(b.text)) b.kind = 'listItem';
      if (b.kind === 'paragraph' && stack.length > 0 && isAnnexTitle(b)) close(0, b.start);
      b.section = stack[stack.length - 1]?.node ?? null;
      continue;
    }
    const pl = choosePlacement(stack, n);
    const span = sentenceTitle(b.text, titleSpan(b.text, raw.bold, pl.n.titleStart, b.bold));
    const top = stack[stack.length - 1]?.node;
    const ownTitle = span.contentStart >= b.text.length ? b.text.slice(span.titleStart, span.titleEnd).trim() : null;
    const cont = ownTitle === null ? null : continuation(raws, nums, i, ownTitle, b.bold || span.bold);
    const afterItem = prevItem !== null && adjacentInSequence(prevItem, n);
    const inLeadRun: boolean = afterLeadIn(raws, nums, i) || (leadRun && afterItem);
    const heading = (cont !== null && ownTitle === '') || isHeading({
      text: b.text,
      span,
      atx: raw.atxDepth > 0,
      inSequence: pl.inSequence,
      onStack: pl.onStack,
      listRun: adjacentInSequence(n, nums[i + 1]) && adjacentInSequence(nums[i + 1], nums[i + 2]),
      afterItem,
      afterLeadIn: inLeadRun,
      // (Asked only where it matters: after a lead-in.)
      namesArea: inLeadRun && span.split && matchCanonical(b.text.slice(span.titleStart, span.titleEnd)) !== null,
      inPlan: top?.canonical === 'plan' || top?.canonical === 'proposals',
      followedByBody: i + 1 < raws.length && !nums[i + 1] && !CLOSING.test((raws[i + 1] as RawBlock).block.text),
      topScheme: pl.n.scheme === 'roman' || pl.n.scheme === 'part',
    });
    if (!heading) {
      prevItem = n;
      leadRun = inLeadRun;
      b.kind = 'listItem';
      b.section = top ?? null;
      continue;
    }
    prevItem = null;
    leadRun = false;
    close(pl.k, b.start);
    const parent = stack[pl.k - 1]?.node ?? null;
    let title = b.text.slice(span.titleStart, span.titleEnd).replace(/\s+/g, ' ').trim();
    if (cont !== null) {
      const rest = cont.block.text.replace(/[\s.,\-–]+$/u, '').replace(/\s+/g, ' ').trim();
      title = title === '' ? rest : `${title} ${rest}`;
    }
    const node: SectionNode = {
      number: pl.n.number,
      title,
      level: pl.k + 1,
      canonical: matchCanonical(title) ?? parent?.canonical ?? null,
      children: [],
      path: parent ? `${parent.path}/${pl.n.number}` : pl.n.number,
      parent,
      start: b.start,
      end: mdLength,
    };
    if (parent) parent.children.push(node);
    else roots.push(node);
    stack.push({ n: pl.n, node });
    b.kind = 'heading';
    b.titleStart = span.titleStart;
    b.titleEnd = span.titleEnd;
    b.contentStart = span.contentStart;
    if (span.bold) b.bold = true;
    b.section = node;
  }
  close(0, mdLength);
  return roots;
}
