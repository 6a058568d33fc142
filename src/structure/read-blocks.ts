import { fastBlock } from './fast-block.ts';
import { fastTable } from './fast-table.ts';
import { parseSlice } from './mdast-blocks.ts';
import type { RawBlock } from './raw-block.ts';

export interface ReadOptions {
  /** Send every block through remark (the reference path; used by tests). */
  forceRemark?: boolean;
}

interface Chunk {
  start: number;
  end: number;
  multiLine: boolean;
  indented: boolean;
}

/** Split the Markdown into runs of non-blank lines (the pivot writes one block per run). */
export function splitChunks(md: string): Chunk[] {
  const chunks: Chunk[] = [];
  let cur: Chunk | null = null;
  let pos = 0;
  const n = md.length;
  while (pos <= n) {
    let eol = md.indexOf('\n', pos);
    if (eol < 0) eol = n;
    let lineEnd = eol;
    if (lineEnd > pos && md[lineEnd - 1] === '\r') lineEnd--;
    let k = pos;
    while (k < lineEnd && (md[k] === ' ' || md[k] === '\t')) k++;
    if (k === lineEnd) {
      cur = null;
    } else if (cur === null) {
      cur = { start: pos, end: lineEnd, multiLine: false, indented: k > pos };
      chunks.push(cur);
    } else {
      cur.end = lineEnd;
      cur.multiLine = true;
    }
    pos = eol + 1;
  }
  return chunks;
}

function fastChunk(md: string, c: Chunk): RawBlock[] | null {
  if (c.multiLine) return fastTable(md, c.start, c.end);
  const b = fastBlock(md, c.start, c.end);
  return b ? [b] : null;
}

/**
 * Between two runs in the gathered document: a paragraph, as the blocks between them in the
 * Markdown are, so each run starts in the same block context as it does in place.
 */
const SEPARATOR = '\n\nx\n\n';

interface Run {
  /** Index of the run's first chunk. */
  chunk: number;
  origStart: number;
  synthStart: number;
  length: number;
}

function shift(raw: RawBlock, delta: number): void {
  const b = raw.block;
  b.start += delta;
  b.end += delta;
  const o = b.offsets;
  for (let i = 0; i < o.length; i++) o[i] = (o[i] as number) + delta;
}

/**
 * Read the Markdown pivot into raw blocks in reading order. Plain blocks (paragraphs, bullet
 * items, pipe tables without inline markup) take a fast path that yields what remark would;
 * all other runs of blocks are gathered into one document, separated by a stand-in paragraph,
 * and parsed once by unified + remark-parse + remark-gfm, then shifted back to their offsets.
 */
export function readBlocks(md: string, options: ReadOptions = {}): RawBlock[] {
  const chunks = splitChunks(md);
  const fast: (RawBlock[] | null)[] = chunks.map((c, i) => {
    if (options.forceRemark) return null;
    // An indented run may continue the block before it: let remark see both.
    if (chunks[i + 1]?.indented) return null;
    return fastChunk(md, c);
  });
  // Gather the runs remark must read into one synthetic document.
  const runs: Run[] = [];
  const parts: string[] = [];
  let synth = 0;
  for (let i = 0; i < chunks.length; ) {
    if (fast[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < chunks.length && !fast[j + 1]) j++;
    const origStart = (chunks[i] as Chunk).start;
    const text = md.slice(origStart, (chunks[j] as Chunk).end);
    runs.push({ chunk: i, origStart, synthStart: synth, length: text.length });
    parts.push(text);
    synth += text.length + SEPARATOR.length;
    i = j + 1;
  }
  const byRun = new Map<number, RawBlock[]>();
  if (runs.length > 0) {
    const doc = parts.join(SEPARATOR);
    let r = 0;
    for (const raw of parseSlice(doc, 0, doc.length)) {
      while (r + 1 < runs.length && (runs[r + 1] as Run).synthStart <= raw.block.start) r++;
      const run = runs[r] as Run;
      if (raw.block.start >= run.synthStart + run.length) continue; // the separator paragraph
      shift(raw, run.origStart - run.synthStart);
      const list = byRun.get(run.chunk);
      if (list) list.push(raw);
      else byRun.set(run.chunk, [raw]);
    }
  }
  const out: RawBlock[] = [];
  for (let i = 0; i < chunks.length; i++) {
    const f = fast[i];
    if (f) for (const b of f) out.push(b);
    else for (const b of byRun.get(i) ?? []) out.push(b);
  }
  return out;
}
