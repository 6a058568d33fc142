/**
 * PDF page helpers (src/threads/helper-thread.ts): threads that read a share of a long PDF's
 * pages while the calling thread reads the first share. Reading text items is almost all of a
 * PDF's conversion, and pdf.js does it on one core, page after page; with two threads a 500-page
 * report reads in ~1.1 s instead of ~1.75 s (BENCHMARKS.md). Each helper loads the document
 * itself (its own pdf.js instance), reads its pages and sends them back packed
 * (pdf-page-range.ts); its module is pdf-page-worker.ts.
 */
import { helperPool } from '../threads/helper-thread.ts';
import type { PackedPages } from './pdf-page-range.ts';

/**
 * Fewer pages than this per thread and one thread reads them all: a helper pays for loading the
 * document and its fonts again, which a few pages do not win back.
 */
export const MIN_PAGES_PER_THREAD = 12;

/** What a page helper is asked: pages `from`..`to` (1-based, inclusive) of the PDF in `bytes`. */
export interface PageAsk {
  bytes: Uint8Array;
  from: number;
  to: number;
}

const helpers = helperPool<PageAsk, PackedPages>({ bundleName: 'pdf-page-worker', source: new URL('./pdf-page-worker.ts', import.meta.url) });

/** Pages `from`..`to` of the PDF in `bytes`, read by page helper number `k`. */
export function readInHelper(k: number, ask: PageAsk, signal?: AbortSignal): Promise<PackedPages> {
  return helpers.ask(k, ask, signal);
}

/** Stop every page helper (they start again when needed). */
export function stopPageHelpers(): Promise<void> {
  return helpers.stop();
}
