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
}

export interface ConvertOptions {
  /** Hard limit on pages read (PDF). */
  maxPages?: number;
  /** Zip-bomb guard (DOCX): largest declared uncompressed size, in bytes, of any XML part (default 200 MB). */
  maxDocxXmlBytes?: number;
}
