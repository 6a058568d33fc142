import type { Block } from './types.ts';

/** A block as read from the Markdown, with what heading detection needs beside it. */
export interface RawBlock {
  block: Block;
  /** bold[i] = 1 when text[i] sits inside strong emphasis (empty when nothing is bold). */
  bold: Uint8Array;
  /** Depth of an ATX heading (a Word heading style); 0 for other blocks. */
  atxDepth: number;
  /** Index in `text` after a list item's marker and its space (0 for other blocks). */
  markerEnd: number;
}

const NO_BOLD = new Uint8Array(0);

/**
 * Bold masks are views into shared zeroed buffers: allocating each small typed array on its own
 * costs about ten times as much. A buffer is never reused, only replaced when full.
 */
const MASK_POOL_SIZE = 1 << 16;
let maskPool = new ArrayBuffer(MASK_POOL_SIZE);
let maskPoolUsed = 0;

/** A zeroed mask of `length` bytes. */
function zeroedMask(length: number): Uint8Array {
  if (length > MASK_POOL_SIZE >> 3) return new Uint8Array(length);
  if (maskPoolUsed + length > MASK_POOL_SIZE) {
    maskPool = new ArrayBuffer(MASK_POOL_SIZE);
    maskPoolUsed = 0;
  }
  const mask = new Uint8Array(maskPool, maskPoolUsed, length);
  maskPoolUsed += length;
  return mask;
}

/**
 * Offset maps are views into shared buffers too, for the same reason and because a map lives as
 * long as its report: kept out of the JavaScript heap, the garbage collector neither scans nor
 * copies it. A buffer is never reused, only replaced when full.
 */
const OFFSET_POOL_SIZE = 1 << 16;
let offsetPool = new Int32Array(OFFSET_POOL_SIZE);
let offsetPoolUsed = 0;

/** Room for `length` offsets. */
function offsetMap(length: number): Int32Array {
  if (length > OFFSET_POOL_SIZE >> 3) return new Int32Array(length);
  if (offsetPoolUsed + length > OFFSET_POOL_SIZE) {
    offsetPool = new Int32Array(OFFSET_POOL_SIZE);
    offsetPoolUsed = 0;
  }
  const map = offsetPool.subarray(offsetPoolUsed, offsetPoolUsed + length);
  offsetPoolUsed += length;
  return map;
}

/** Offsets of a piece of text (never empty): a verbatim run [from, to) of the Markdown, or a list. */
interface OffsetPart {
  from: number;
  to: number;
  list: number[] | Int32Array | null;
}

/** Accumulates plain text with, per character, its Markdown offset and boldness. */
export class TextBuilder {
  /** The text, in pieces joined once at build(). */
  private readonly pieces: string[] = [];
  /** The offsets, in parts materialised once at build(). */
  private readonly parts: OffsetPart[] = [];
  private size = 0;
  /** Bold ranges [from, to) over the text, as flat pairs. */
  private readonly boldRuns: number[] = [];

  get length(): number {
    return this.size;
  }

  /** Mark text[from, to) bold (ranges may come in any order). */
  markBold(from: number, to: number): void {
    if (to <= from) return;
    const n = this.boldRuns.length;
    if (n > 0 && this.boldRuns[n - 1] === from) this.boldRuns[n - 1] = to;
    else this.boldRuns.push(from, to);
  }

  push(ch: string, offset: number, bold: boolean): void {
    const at = this.size;
    this.pieces.push(ch);
    this.listed().push(offset);
    this.size = at + 1;
    if (bold) this.markBold(at, at + 1);
  }

  /** Push `text` (not bold) with every character mapped to `offset`. */
  pushAt(text: string, offset: number): void {
    if (text.length === 0) return;
    this.pieces.push(text);
    const list = this.listed();
    for (let i = 0; i < text.length; i++) list.push(offset);
    this.size += text.length;
  }

  /** Push md[from, to) verbatim (each character maps to itself). */
  pushRun(md: string, from: number, to: number, bold: boolean): void {
    if (to <= from) return;
    const at = this.size;
    this.pieces.push(md.slice(from, to));
    this.parts.push({ from, to, list: null });
    this.size = at + (to - from);
    if (bold) this.markBold(at, this.size);
  }

  /** Push a built block's text with its offsets and bold characters (a table cell into its row). */
  pushBuilt(raw: RawBlock): void {
    const { text, offsets } = raw.block;
    if (text.length === 0) return;
    const at = this.size;
    this.pieces.push(text);
    this.parts.push({ from: 0, to: 0, list: offsets.subarray(0, text.length) });
    this.size = at + text.length;
    const bold = raw.bold;
    for (let i = 0; i < bold.length; i++) if (bold[i] === 1) this.markBold(at + i, at + i + 1);
  }

  /** The last part when it is a list (each is the builder's own), else a new list part. */
  private listed(): number[] {
    const last = this.parts[this.parts.length - 1];
    if (Array.isArray(last?.list)) return last.list;
    const list: number[] = [];
    this.parts.push({ from: 0, to: 0, list });
    return list;
  }

  /** The offsets of the text, with the end offset after them (one past the last, or `start`). */
  private offsets(start: number): Int32Array {
    const out = offsetMap(this.size + 1);
    let at = 0;
    for (const p of this.parts) {
      if (p.list === null) {
        for (let k = p.from; k < p.to; k++) out[at++] = k;
      } else {
        out.set(p.list, at);
        at += p.list.length;
      }
    }
    out[at] = at === 0 ? start : (out[at - 1] as number) + 1;
    return out;
  }

  build(kind: Block['kind'], start: number, end: number, atxDepth = 0, markerEnd = 0): RawBlock {
    const pieces = this.pieces;
    const text = pieces.length === 1 ? (pieces[0] as string) : pieces.join('');
    const offsets = this.offsets(start);
    let bold: Uint8Array = NO_BOLD;
    if (this.boldRuns.length > 0) {
      bold = zeroedMask(text.length);
      for (let r = 0; r < this.boldRuns.length; r += 2) {
        bold.fill(1, this.boldRuns[r] as number, this.boldRuns[r + 1] as number);
      }
    }
    return {
      block: { kind, text, offsets, start, end, bold: isAllBold(text, bold, markerEnd), section: null },
      bold,
      atxDepth,
      markerEnd,
    };
  }
}

/** True when every non-space character from `from` on is bold (and there is at least one). */
export function isAllBold(text: string, bold: Uint8Array, from = 0): boolean {
  if (bold.length === 0) return false;
  let seen = false;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) continue;
    if (bold[i] !== 1) return false;
    seen = true;
  }
  return seen;
}
