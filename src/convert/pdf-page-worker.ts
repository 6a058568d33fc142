/**
 * A PDF page helper thread (pdf-page-helpers.ts): loads the document it is sent with its own
 * pdf.js instance and answers with the text items of the pages asked for, packed.
 */
import { serveHelper } from '../threads/helper-thread.ts';
import { keepNativePush, loadPdfParse } from './pdf-parse-module.ts';
import type { PageAsk } from './pdf-page-helpers.ts';
import { packPages, readPageRange, type DocumentProxyLike, type PackedPages } from './pdf-page-range.ts';

serveHelper<PageAsk, PackedPages>('pdf-page-worker', async ({ bytes, from, to }) => {
  const { PDFParse } = await loadPdfParse();
  const parser = new PDFParse({ data: bytes });
  try {
    const doc = await (parser as unknown as { load(): Promise<DocumentProxyLike> }).load();
    keepNativePush();
    const packed = packPages(await readPageRange(doc, from, Math.min(to, doc.numPages)));
    return { answer: packed, transfer: [packed.heads.buffer, packed.nums.buffer] };
  } finally {
    await parser.destroy().catch(() => undefined);
  }
});
