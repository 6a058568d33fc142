import { ocrPageLines } from './ocr-lines.ts';
import { fixOcrText, renumberRomanHeadings } from './ocr-text.ts';
import { paragraphsOf } from './pdf-body.ts';
import { toMarkdown } from './pdf-markdown.ts';
import type { PageSpan } from './types.ts';

/**
 * Tesseract's TSV of each page → the Markdown pivot, through the PDF converter's layout stages:
 * lines in points (ocr-lines.ts: figures from the English reading where given, bold from the
 * ink, confusions repaired by ocr-text.ts) → page furniture dropped → the header block split
 * into its two cells → lines rejoined into paragraphs → Roman heading numbers that break the
 * count repaired → Markdown. OCR boxes are measured, not set by a font, so right edges are
 * ragged by a few points: the layout is measured as for text whose widths are estimates.
 */
export function ocrLayout(
  tsvPages: string[],
  dpi: number,
  englishPages: (string | undefined)[] = [],
  inkPages: (readonly (readonly [number, number])[] | undefined)[] = [],
): { markdown: string; pages: PageSpan[] } {
  const lines = ocrPageLines(tsvPages, dpi, fixOcrText, englishPages, inkPages);
  const paragraphs = paragraphsOf(lines, false);
  // Roman heading numbers that broke the count (OCR lost a stroke).
  const texts = paragraphs.map((p) => p.spans.map((sp) => sp.text).join('').trimStart());
  renumberRomanHeadings(texts).forEach((t, i) => {
    const first = paragraphs[i]!.spans[0];
    if (t === texts[i] || first === undefined) return;
    const numeral = /^[IVX]+/.exec(t)?.[0] ?? '';
    first.text = first.text.replace(/^(\s*)[IVX]+/, `$1${numeral}`);
  });
  return toMarkdown(paragraphs, tsvPages.length);
}
