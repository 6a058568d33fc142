/** Reads the positioned text items of a PDF (pdf-page-range.ts), on more than one thread when it is long. */
import { InputError } from './input-error.ts';
import { defaultDocumentThreads, shares } from '../threads/helper-thread.ts';
import { MIN_PAGES_PER_THREAD, readInHelper } from './pdf-page-helpers.ts';
import { readPageRange, unpackPages, withPdfDocument } from './pdf-page-range.ts';
import type { PdfPage } from './pdf-types.ts';

export interface PdfRead {
  pages: PdfPage[];
  /** Pages in the file (may exceed `pages.length` when `maxPages` cut the reading short). */
  totalPages: number;
}

export interface ReadPdfOptions {
  /** Read at most this many pages (all when undefined). */
  maxPages?: number;
  /**
   * Threads that read the pages (this one and page helpers, pdf-page-helpers.ts); default
   * defaultDocumentThreads(). A document shorter than MIN_PAGES_PER_THREAD pages per thread is
   * read by this thread alone.
   */
  threads?: number;
  /** Fewest pages worth a thread of their own (default MIN_PAGES_PER_THREAD). */
  minPagesPerThread?: number;
  /** The conversion's time limit: a helper still reading when it fires is stopped. */
  signal?: AbortSignal;
}

/** Load the PDF and read the text items of its first `maxPages` pages, in page order. */
export async function readPdf(bytes: Uint8Array, options: ReadPdfOptions = {}): Promise<PdfRead> {
  const { maxPages, signal } = options;
  try {
    return await withPdfDocument(bytes, async (doc) => {
      const total = doc.numPages;
      if (!(total > 0)) throw new InputError('corrupt-pdf', 'Tệp PDF không có trang nào hoặc bị hỏng.');
      const limit = maxPages !== undefined && maxPages > 0 ? Math.min(total, Math.floor(maxPages)) : total;
      // Shares of pages, 1-based and inclusive; the first is this thread's.
      const [mine = [1, limit], ...others] = shares(limit, options.threads ?? defaultDocumentThreads(), options.minPagesPerThread ?? MIN_PAGES_PER_THREAD).map(
        ([from, to]) => [from + 1, to] as const,
      );
      // The helpers start on their shares while this thread reads the first one. A helper that
      // fails leaves its share to this thread: the pages are read either way, and a page that
      // cannot be read fails here with the same error as without helpers.
      const elsewhere = others.map(([from, to], k) =>
        readInHelper(k, { bytes, from, to }, signal).then(
          (packed) => unpackPages(packed, `t${k + 1}:`),
          () => null,
        ),
      );
      const pages = await readPageRange(doc, mine[0], mine[1]);
      for (let k = 0; k < others.length; k++) {
        const [from, to] = others[k]!;
        pages.push(...((await elsewhere[k]) ?? (await readPageRange(doc, from, to))));
      }
      return { pages, totalPages: total };
    });
  } catch (err) {
    throw toInputError(err);
  }
}

function toInputError(err: unknown): unknown {
  if (err instanceof InputError) return err;
  const name = err instanceof Error ? err.name : '';
  if (name === 'PasswordException') {
    return new InputError(
      'encrypted-pdf',
      'Tệp PDF được bảo vệ bằng mật khẩu; hãy gỡ mật khẩu rồi tải lên lại.',
      { cause: err },
    );
  }
  if (err instanceof Error && /no longer exposes load/.test(err.message)) return err;
  return new InputError('corrupt-pdf', 'Tệp PDF bị hỏng hoặc không đọc được.', { cause: err });
}
