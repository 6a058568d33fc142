import { keepNativePush, loadPdfParse } from './pdf-parse-module.ts';
import type { PdfItem, PdfPage } from './pdf-types.ts';

/**
 * Loading a PDF through pdf-parse's own pdf.js document and reading the text items of a run of
 * its pages — the steps of PDF conversion that both this thread and the page helpers
 * (pdf-page-helpers.ts) take.
 *
 * pdf-parse v2's public `getText()` returns only flattened text; line geometry (x, baseline,
 * width, font) is what paragraph rejoining needs. pdf-parse keeps its loaded pdf.js
 * `PDFDocumentProxy` behind a TypeScript-private `load()`; we call it (one loader, one pdf.js
 * configuration, pdf-parse's exception mapping) and then `page.getTextContent()`, which is the
 * same work `getText()` does — so reading costs what pdf-parse's own extraction costs.
 */

/** The part of pdf.js's `TextItem` we read. */
interface TextItemLike {
  str?: string;
  transform?: number[];
  width?: number;
  fontName?: string;
}

interface PageProxyLike {
  getViewport(params: { scale: number }): { width: number; height: number; transform: number[] };
  getTextContent(): Promise<{ items: TextItemLike[] }>;
  cleanup(): unknown;
}

export interface DocumentProxyLike {
  numPages: number;
  getPage(n: number): Promise<PageProxyLike>;
}

interface ParserInternals {
  load(): Promise<DocumentProxyLike>;
}

/** Load the PDF in `bytes`, run `work` on its pdf.js document, and destroy the document after. */
export async function withPdfDocument<T>(bytes: Uint8Array, work: (doc: DocumentProxyLike) => Promise<T>): Promise<T> {
  const { PDFParse } = await loadPdfParse();
  // pdf.js may transfer (detach) the buffer it is given; hand it a copy.
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    const internals = parser as unknown as ParserInternals;
    if (typeof internals.load !== 'function') {
      throw new Error('pdf-parse no longer exposes load(); update src/convert/pdf-page-range.ts');
    }
    const doc = await internals.load();
    keepNativePush(); // the worker module, loaded with the first document, polyfills it again
    return await work(doc);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

/** Pages `from`..`to` (1-based, inclusive) of `doc`, in order. */
export async function readPageRange(doc: DocumentProxyLike, from: number, to: number): Promise<PdfPage[]> {
  const pages: PdfPage[] = [];
  for (let n = from; n <= to; n++) {
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    pages.push({ page: n, width: viewport.width, height: viewport.height, items: toItems(content.items, viewport.transform) });
    page.cleanup();
  }
  return pages;
}

/** pdf.js items → our items in viewport (top-down) coordinates; drops empty and marked-content items. */
function toItems(raw: TextItemLike[], vt: number[]): PdfItem[] {
  const [a = 1, b = 0, c = 0, d = -1, e = 0, f = 0] = vt;
  const items: PdfItem[] = [];
  for (const it of raw) {
    const str = it.str;
    const t = it.transform;
    if (str === undefined || str === '' || t === undefined) continue;
    const px = t[4] ?? 0;
    const py = t[5] ?? 0;
    items.push({
      str,
      x: a * px + c * py + e,
      y: b * px + d * py + f,
      width: it.width ?? 0,
      size: Math.hypot(t[2] ?? 0, t[3] ?? 0) || Math.hypot(t[0] ?? 0, t[1] ?? 0),
      font: it.fontName ?? '',
    });
  }
  return items;
}

/**
 * Pages packed for a trip between threads: the strings in two arrays, the numbers in one
 * transferable buffer (structured-cloning 80,000 small objects costs more than reading them).
 */
export interface PackedPages {
  /** Per page: number, width, height, item count. */
  heads: Float64Array<ArrayBuffer>;
  strs: string[];
  fonts: string[];
  /** Per item: x, y, width, size. */
  nums: Float64Array<ArrayBuffer>;
}

export function packPages(pages: readonly PdfPage[]): PackedPages {
  let count = 0;
  for (const p of pages) count += p.items.length;
  const heads = new Float64Array(pages.length * 4);
  const nums = new Float64Array(count * 4);
  const strs: string[] = new Array(count);
  const fonts: string[] = new Array(count);
  let i = 0;
  pages.forEach((p, k) => {
    heads.set([p.page, p.width, p.height, p.items.length], k * 4);
    for (const it of p.items) {
      strs[i] = it.str;
      fonts[i] = it.font;
      nums[i * 4] = it.x;
      nums[i * 4 + 1] = it.y;
      nums[i * 4 + 2] = it.width;
      nums[i * 4 + 3] = it.size;
      i++;
    }
  });
  return { heads, strs, fonts, nums };
}

/**
 * The pages back from their packing. `fontPrefix` keeps another thread's pdf.js font ids apart
 * from this thread's: each pdf.js instance numbers the fonts it loads itself, so `g_d0_f1` there
 * need not be the font `g_d0_f1` is here.
 */
export function unpackPages(packed: PackedPages, fontPrefix: string): PdfPage[] {
  const { heads, strs, fonts, nums } = packed;
  const pages: PdfPage[] = [];
  let i = 0;
  for (let k = 0; k < heads.length; k += 4) {
    const n = heads[k + 3] ?? 0;
    const items: PdfItem[] = new Array(n);
    for (let j = 0; j < n; j++, i++) {
      items[j] = {
        str: strs[i] ?? '',
        x: nums[i * 4] ?? 0,
        y: nums[i * 4 + 1] ?? 0,
        width: nums[i * 4 + 2] ?? 0,
        size: nums[i * 4 + 3] ?? 0,
        font: `${fontPrefix}${fonts[i] ?? ''}`,
      };
    }
    pages.push({ page: heads[k] ?? 0, width: heads[k + 1] ?? 0, height: heads[k + 2] ?? 0, items });
  }
  return pages;
}
