import { splitHeaderBlock } from './pdf-header-block.ts';
import { measureLayout, type Layout } from './pdf-layout.ts';
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
  const layout = measureLayout(all.filter((l) => l.table === undefined), widthsReliable);
  let paragraphs: Paragraph[] = [];
  let body = all;
  const first = furnished[0];
  if (first !== undefined && first.length > 0) {
    const header = splitHeaderBlock(first, { left: layout.left, right: layout.right });
    if (header.paragraphs.length > 0) {
      paragraphs = header.paragraphs;
      body = header.rest.concat(...furnished.slice(1));
    }
  }
  return joinAroundTables(body, layout, paragraphs);
}

/** Rejoin the lines between tables, after `out`; each table is a paragraph of its own. */
function joinAroundTables(lines: Line[], layout: Layout, out: Paragraph[]): Paragraph[] {
  let from = 0;
  const add = (ps: Paragraph[]): void => {
    for (const p of ps) out.push(p);
  };
  lines.forEach((l, i) => {
    if (l.table === undefined) return;
    add(joinLines(lines.slice(from, i), layout));
    out.push({ page: l.page, spans: [], table: l.table });
    from = i + 1;
  });
  add(joinLines(lines.slice(from), layout));
  return out;
}
