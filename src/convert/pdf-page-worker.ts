/**
 * A PDF page helper thread (pdf-page-helpers.ts): loads the document it is sent with its own
 * pdf.js instance and answers with the text items of the pages asked for, packed.
 */
import { serveHelper } from '../threads/helper-thread.ts';
import type { PageAsk } from './pdf-page-helpers.ts';
import { packPages, readPageRange, withPdfDocument, type PackedPages } from './pdf-page-range.ts';

serveHelper<PageAsk, PackedPages>('pdf-page-worker', ({ bytes, from, to }) =>
  withPdfDocument(bytes, async (doc) => {
    const packed = packPages(await readPageRange(doc, from, Math.min(to, doc.numPages)));
    return { answer: packed, transfer: [packed.heads.buffer, packed.nums.buffer] };
  }),
);
