import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPdf } from '../../src/convert/pdf-document.ts';
import { stopPageHelpers } from '../../src/convert/pdf-page-helpers.ts';
import { packPages, unpackPages } from '../../src/convert/pdf-page-range.ts';
import { convertPdf } from '../../src/convert/pdf.ts';
import type { PdfPage } from '../../src/convert/pdf-types.ts';
import { SEEDS_DIR } from '../seeds.ts';
import { longPdf } from './helpers/long-pdf.ts';

afterAll(() => stopPageHelpers());

/**
 * `split` read the same items as `whole`, fonts aside; each pdf.js instance numbers the fonts it
 * loads itself, so a font may have another id in another thread's share — but one id for one font.
 */
function expectSameReading(split: PdfPage[], whole: PdfPage[]): void {
  const noFont = (pages: PdfPage[]) => pages.map((p) => ({ ...p, items: p.items.map(({ font: _, ...rest }) => rest) }));
  expect(noFont(split)).toEqual(noFont(whole));
  const renamed = new Map<string, string>();
  whole.forEach((p, k) =>
    p.items.forEach((it, j) => {
      const there = split[k]!.items[j]!.font;
      expect(renamed.get(there) ?? it.font).toBe(it.font);
      renamed.set(there, it.font);
    }),
  );
}

describe('packPages / unpackPages', () => {
  it('round-trips pages, marking fonts with the thread that read them', () => {
    const pages: PdfPage[] = [
      { page: 3, width: 595, height: 842, items: [{ str: 'Tiếp nhận 48 hồ sơ', x: 56.7, y: 120.25, width: 101.5, size: 13, font: 'g_d0_f1' }] },
      { page: 4, width: 595, height: 842, items: [] },
      { page: 5, width: 612, height: 792, items: [{ str: 'a', x: 1, y: 2, width: 3, size: 4, font: 'g_d0_f2' }, { str: 'b', x: 5, y: 6, width: 7, size: 8, font: 'g_d0_f1' }] },
    ];
    const back = unpackPages(packPages(pages), 't1:');
    expect(back.map((p) => p.items.map((i) => i.font))).toEqual([['t1:g_d0_f1'], [], ['t1:g_d0_f2', 't1:g_d0_f1']]);
    expect(back.map((p) => ({ ...p, items: p.items.map((it) => ({ ...it, font: it.font.slice(3) })) }))).toEqual(pages);
  });
});

describe('readPdf with page helpers', () => {
  const long = longPdf(60, 12);

  it('reads a long PDF on several threads into the same pages, in order', async () => {
    const one = await readPdf(long, { threads: 1 });
    const two = await readPdf(long, { threads: 2 });
    const three = await readPdf(long, { threads: 3, minPagesPerThread: 5 });
    expect(one.pages.map((p) => p.page)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(one.pages[59]?.items[0]?.str).toMatch(/^Trang 60:/);
    // The helpers' fonts are their own pdf.js instance's: told apart from this thread's.
    expect(two.pages[59]?.items[0]?.font).toMatch(/^t1:/);
    expect(three.pages[59]?.items[0]?.font).toMatch(/^t2:/);
    expectSameReading(two.pages, one.pages);
    expectSameReading(three.pages, one.pages);
  });

  it('converts a real report the same whether its pages were read by one thread or three', async () => {
    const seed = new Uint8Array(readFileSync(join(SEEDS_DIR, '000_bd9f6219db303450.pdf')));
    const one = await readPdf(seed, { threads: 1 });
    const three = await readPdf(seed, { threads: 3, minPagesPerThread: 2 });
    expect(one.pages.length).toBeGreaterThanOrEqual(6);
    expect(three.pages.at(-1)?.items[0]?.font).toMatch(/^t2:/);
    expectSameReading(three.pages, one.pages);
    // Bold is decided per font over all the pages, so the Markdown is the same too.
    const md = (await convertPdf(seed, { threads: 1 })).markdown;
    expect(md).toContain('**');
    expect((await convertPdf(seed, { threads: 3, minPagesPerThread: 2 })).markdown).toBe(md);
    expect((await convertPdf(long, { threads: 2 })).markdown).toBe((await convertPdf(long, { threads: 1 })).markdown);
  });

  it('reads the pages itself when a helper cannot', async () => {
    const stopped = new AbortController();
    stopped.abort();
    const read = await readPdf(long, { threads: 2, signal: stopped.signal });
    expect(read.pages.map((p) => p.page)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    // Read here: the fonts are this thread's own.
    expect(read.pages[59]?.items[0]?.font).not.toMatch(/^t\d+:/);
  });
});
