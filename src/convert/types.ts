/** A page of the source and the span of the Markdown that came from it. */
export interface PageSpan {
  page: number;
  start: number;
  end: number;
}

/** What every converter returns: the Markdown pivot, its page map, and non-fatal warnings. */
export interface Conversion {
  format: 'docx' | 'pdf' | 'txt';
  markdown: string;
  pages: PageSpan[];
  warnings: string[];
  /**
   * Where the text came from when it is not the file's own text layer: `ocr` (a scanned PDF read
   * by Tesseract — figures from it deserve less confidence), `doc` (a Word 97–2003 file converted
   * by LibreOffice), `odt` (an OpenDocument text converted by LibreOffice). Absent for ordinary .docx/.pdf.
   */
  origin?: 'ocr' | 'doc' | 'odt';
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
   * Threads one long document may use (src/threads/helper-thread.ts): a PDF's pages are read by
   * this thread and page helpers. Default: the cores, at most 4 (SOLIEU_DOC_THREADS overrides).
   * Callers converting several files at once pass 1.
   */
  threads?: number;
  /** Aborted when the conversion's time is up; converters stop their work and subprocesses. */
  signal?: AbortSignal;
}
