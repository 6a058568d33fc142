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

/** Accumulates plain text with, per character, its Markdown offset and boldness. */
export class TextBuilder {
  private text = '';
  private readonly offsets: number[] = [];
  /** Bold ranges [from, to) over the text, as flat pairs. */
  private readonly boldRuns: number[] = [];

  get length(): number {
    return this.offsets.length;
  }

  /** Mark text[from, to) bold (ranges may come in any order). */
  markBold(from: number, to: number): void {
    if (to <= from) return;
    const n = this.boldRuns.length;
    if (n > 0 && this.boldRuns[n - 1] === from) this.boldRuns[n - 1] = to;
    else this.boldRuns.push(from, to);
  }

  push(ch: string, offset: number, bold: boolean): void {
    const at = this.offsets.length;
    this.text += ch;
    this.offsets[at] = offset;
    if (bold) this.markBold(at, at + 1);
  }

  /** Push `text` (not bold) with every character mapped to `offset`. */
  pushAt(text: string, offset: number): void {
    const offsets = this.offsets;
    const at = offsets.length;
    this.text += text;
    for (let i = 0; i < text.length; i++) offsets[at + i] = offset;
  }

  /** Push md[from, to) verbatim (each character maps to itself). */
  pushRun(md: string, from: number, to: number, bold: boolean): void {
    if (to <= from) return;
    const offsets = this.offsets;
    const at = offsets.length;
    this.text += md.slice(from, to);
    // Appending by index keeps the array packed and is about twice as fast as push().
    let n = at;
    for (let k = from; k < to; k++) offsets[n++] = k;
    if (bold) this.markBold(at, n);
  }

  /** Push a built block's text with its offsets and bold characters (a table cell into its row). */
  pushBuilt(raw: RawBlock): void {
    const { text, offsets: from } = raw.block;
    const offsets = this.offsets;
    const at = offsets.length;
    this.text += text;
    for (let i = 0; i < text.length; i++) offsets[at + i] = from[i] as number;
    const bold = raw.bold;
    for (let i = 0; i < bold.length; i++) if (bold[i] === 1) this.markBold(at + i, at + i + 1);
  }

  build(kind: Block['kind'], start: number, end: number, atxDepth = 0, markerEnd = 0): RawBlock {
    const text = this.text;
    const offsets = this.offsets;
    const last = offsets[offsets.length - 1];
    offsets[offsets.length] = last === undefined ? start : last + 1;
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
