/** A page of the source and the span of the Markdown that came from it. */
export interface PageSpan {
  page: number;
  start: number;
  end: number;
}

/** What every converter returns: the Markdown pivot, its page map, and non-fatal warnings. */
export interface Conversion {
  format: 'docx' | 'pdf';
  markdown: string;
  pages: PageSpan[];
  warnings: string[];
  /**
   * Where the text came from when it is not the file's own text layer: `ocr` (a scanned PDF read
   * by Tesseract — figures from it deserve less confidence), `doc` (a Word 97–2003 file converted
   * by LibreOffice). Absent for ordinary .docx/.pdf.
   */
  origin?: 'ocr' | 'doc';
}

export interface ConvertOptions {
  /** Hard limit on pages read (PDF; the page count Word saved for .docx). Default 1000 (src/convert/limits.ts). */
  maxPages?: number;
  /** Zip-bomb guard (DOCX): largest uncompressed size, in bytes, of any XML part (default 200 MB). */
  maxDocxXmlBytes?: number;
  /** Largest file accepted, in bytes (default 150 MB). */
  maxFileBytes?: number;
  /** Time limit for one conversion, in milliseconds (default 5 minutes; OCR has its own). */
  timeoutMs?: number;
  /** Time limit for reading a scanned PDF by OCR, in milliseconds (default 60 minutes). */
  ocrTimeoutMs?: number;
  /** Use OCR for PDFs without a text layer when Tesseract is installed (default true). */
  ocr?: boolean;
  /**
   * Threads that read a long PDF's pages (src/convert/pdf-page-helpers.ts): default the cores, at
   * most 4 (SOLIEU_PDF_THREADS overrides). Callers converting several files at once pass 1.
   */
  pageThreads?: number;
  /** Aborted when the conversion's time is up; converters stop their work and subprocesses. */
  signal?: AbortSignal;
}
