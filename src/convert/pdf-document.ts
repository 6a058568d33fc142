import { keepNativePush, loadPdfParse } from './pdf-parse-module.ts';
import { InputError } from './input-error.ts';
import type { PdfItem, PdfPage } from './pdf-types.ts';

/**
 * Reads the positioned text items of a PDF through pdf-parse's own pdf.js document.
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

interface DocumentProxyLike {
  numPages: number;
  getPage(n: number): Promise<PageProxyLike>;
}

interface ParserInternals {
  load(): Promise<DocumentProxyLike>;
}

export interface PdfRead {
  pages: PdfPage[];
  /** Pages in the file (may exceed `pages.length` when `maxPages` cut the reading short). */
  totalPages: number;
}

/** Load the PDF and read the text items of its first `maxPages` pages (all when undefined). */
export async function readPdf(bytes: Uint8Array, maxPages?: number): Promise<PdfRead> {
  // pdf.js may transfer (detach) the buffer it is given; hand it a copy.
  const { PDFParse } = await loadPdfParse();
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    const internals = parser as unknown as ParserInternals;
    if (typeof internals.load !== 'function') {
      throw new Error('pdf-parse no longer exposes load(); update src/convert/pdf-document.ts');
    }
    const doc = await internals.load();
    keepNativePush(); // the worker module, loaded with the first document, polyfills it again
    const total = doc.numPages;
    if (!(total > 0)) throw new InputError('corrupt-pdf', 'Tệp PDF không có trang nào hoặc bị hỏng.');
    const limit = maxPages !== undefined && maxPages > 0 ? Math.min(total, Math.floor(maxPages)) : total;
    const pages: PdfPage[] = [];
    for (let n = 1; n <= limit; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      pages.push({ page: n, width: viewport.width, height: viewport.height, items: toItems(content.items, viewport.transform) });
      page.cleanup();
    }
    return { pages, totalPages: total };
  } catch (err) {
    throw toInputError(err);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
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
