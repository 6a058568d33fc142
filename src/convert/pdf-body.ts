import { splitHeaderBlock } from './pdf-header-block.ts';
import { measureLayout } from './pdf-layout.ts';
import { dropPageFurniture } from './pdf-page-furniture.ts';
import { joinLines } from './pdf-paragraphs.ts';
import type { Line, Paragraph } from './pdf-types.ts';

/**
 * Positioned lines, page by page (from a text layer or from OCR), to paragraphs: page furniture
 * dropped, the column measured, the first page's two-cell header block split, the rest rejoined.
 * `widthsReliable` is false where right edges are estimates (NFD text, OCR).
 */
export function paragraphsOf(pages: Line[][], widthsReliable: boolean): Paragraph[] {
  const furnished = dropPageFurniture(pages).pages;
  const all = furnished.flat();
  const layout = measureLayout(all, widthsReliable);
  const paragraphs: Paragraph[] = [];
  let body = all;
  const first = furnished[0];
  if (first !== undefined && first.length > 0) {
    const header = splitHeaderBlock(first, { left: layout.left, right: layout.right });
    if (header.paragraphs.length > 0) {
      paragraphs.push(...header.paragraphs);
      body = [...header.rest, ...furnished.slice(1).flat()];
    }
  }
  paragraphs.push(...joinLines(body, layout));
  return paragraphs;
}
