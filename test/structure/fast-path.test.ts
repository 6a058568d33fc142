import { describe, expect, it } from 'vitest';
import { readBlocks } from '../../src/structure/read-blocks.ts';
import type { RawBlock } from '../../src/structure/raw-block.ts';

/** Small seeded generator (mulberry32) so the property run is the same every time. */
function generator(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  '# ', '## ', '#', '\n\n', '\n', '| ', ' |', '\n| --- | --- |\n', '- ', '+ ', '1\\. ', '    ', 'a', 'ế', 'Sở',
  ' ', ' ', '*', '**', '**', '_', '\\', '.', ',', '“', '”', '(', ')', '%', '1', '&amp;', '&CN;', ':', '-', '+',
  '|', '***', '!', '$', '\t',
];

function view(blocks: RawBlock[]): unknown[] {
  return blocks.map((r) => ({
    ...r.block,
    section: null,
    boldMask: Array.from(r.bold).join('').replace(/^0*$/, ''),
    markerEnd: r.markerEnd,
    atxDepth: r.atxDepth,
  }));
}

describe('fast path against remark', () => {
  it('reads random Markdown exactly as remark does', () => {
    const rnd = generator(2024);
    for (let k = 0; k < 1500; k++) {
      let s = '';
      const len = 1 + Math.floor(rnd() * 30);
      for (let i = 0; i < len; i++) s += PIECES[Math.floor(rnd() * PIECES.length)];
      const md = `${s}\n`;
      expect(view(readBlocks(md)), JSON.stringify(md)).toEqual(view(readBlocks(md, { forceRemark: true })));
    }
  });

  it('resolves runs of * and _ exactly as remark does', () => {
    const rnd = generator(76);
    const inline = [
      '*', '**', '***', '****', '_', '__', '___', 'a', 'ế', 'Sở', ' ', ' ', ' ', '.', ',', ':', '(', ')', '“', '”',
      '\\', '\\*', '\\_', '&amp;', '1', '%', '-',
    ];
    const frames = [(s: string) => s, (s: string) => `- ${s}`, (s: string) => `| ${s} | x |\n| --- | --- |\n| ${s} | ${s} |`];
    for (let k = 0; k < 3000; k++) {
      let s = 'x';
      const len = 1 + Math.floor(rnd() * 14);
      for (let i = 0; i < len; i++) s += inline[Math.floor(rnd() * inline.length)];
      const md = `${(frames[k % frames.length] as (s: string) => string)(s)}\n`;
      expect(view(readBlocks(md)), JSON.stringify(md)).toEqual(view(readBlocks(md, { forceRemark: true })));
    }
  });

  it('leaves emphasis next to URLs and e-mail addresses to remark', () => {
    for (const s of ['***a@b.vn*** x', '***www.a.vn*** x', '*a **http://x.vn/* b**', '_x a_b_@y.vn']) {
      const md = `${s}\n`;
      expect(view(readBlocks(md)), JSON.stringify(md)).toEqual(view(readBlocks(md, { forceRemark: true })));
    }
  });
});
