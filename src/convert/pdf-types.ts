/** Shared shapes of the PDF converter's stages (items → lines → paragraphs → Markdown). */

/** One pdf.js text item, in top-down page coordinates (points). */
export interface PdfItem {
  /** Text as pdf.js gives it (not yet NFC: NFD PDFs keep combining marks here). */
  str: string;
  /** Left edge of the item. */
  x: number;
  /** Baseline, measured from the top of the page. */
  y: number;
  /** Advance width as pdf.js computed it (unreliable in NFD PDFs). */
  width: number;
  /** Font size (vertical scale of the text matrix). */
  size: number;
  /** pdf.js font id (`g_d0_f2`), stable within one document. */
  font: string;
}

/** The text items of one page. */
export interface PdfPage {
  page: number;
  width: number;
  height: number;
  items: PdfItem[];
}

/** A piece of a line or paragraph with one weight. */
export interface Span {
  text: string;
  bold: boolean;
}

/** A visual line: consecutive items on one baseline, left to right. */
export interface Line {
  page: number;
  /** Left edge. */
  x: number;
  /**
   * Right edge: measured from pdf.js widths, or, when those cannot be trusted (NFD PDFs),
   * estimated from standard font metrics.
   */
  right: number;
  /** Baseline, from the top of the page. */
  y: number;
  /** Dominant font size (by characters). */
  size: number;
  /** NFC text of the whole line (spans joined). */
  text: string;
  spans: Span[];
  /** A table read back from the page: cell texts by row and column ('' for empty or merged). */
  table?: string[][];
  /** Where a list item's text starts after its marker set apart (its hanging indent; pdf-lines.ts). */
  bodyX?: number;
}

/** A rejoined paragraph and the page it starts on. */
export interface Paragraph {
  page: number;
  spans: Span[];
  /** A table (rendered as a pipe table, first row as header). */
  table?: string[][];
  /** Its first line is centred away from the margin: a title or a signature line, never a wrapped line of prose. */
  centred?: true;
  /** Known to open a paragraph (an indented line of a plain text): never a wrapped line of the one before. */
  opens?: true;
}
