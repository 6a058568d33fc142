import { fold } from '../text/normalize.ts';
import { plainText } from './docx-align.ts';
import { isCell, isParagraph, isRow, isTable, type MNode, type MTable, type MTableCell } from './docx-model.ts';
import { paragraphBlock, paragraphInline, type Marks } from './docx-paragraph.ts';

/** Rows of cells (merged cells as in mammoth: colSpan/rowSpan on the first cell). */
function rowsOf(table: MTable): MTableCell[][] {
  return table.children.filter(isRow).map((r) => r.children.filter(isCell));
}

/** A table as a GFM pipe table (first row as header); '' when it holds no text. */
export function tableBlock(table: MTable, marks: Marks): string {
  const rows = grid(rowsOf(table), (cell) => cellText(cell, marks));
  const width = Math.max(0, ...rows.map((r) => r.length));
  if (width === 0 || rows.every((r) => r.every((c) => c === ''))) return '';
  const line = (cells: string[]): string => {
    const padded = [...cells, ...new Array<string>(width - cells.length).fill('')];
    return `| ${padded.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`.replace(/ {2,}\|/g, ' |');
  };
  const [head = [], ...body] = rows;
  return [line(head), `|${' --- |'.repeat(width)}`, ...body.map(line)].join('\n');
}

/** Lay cells out on the column grid: spanned columns and rows covered by a merge stay empty. */
function grid(rows: MTableCell[][], text: (cell: MTableCell) => string): string[][] {
  const covered: number[] = []; // per column: rows still covered by a vertical merge above
  return rows.map((cells) => {
    const out: string[] = [];
    let col = 0;
    const skipCovered = (): void => {
      while ((covered[col] ?? 0) > 0) {
        covered[col] = (covered[col] ?? 1) - 1;
        out.push('');
        col++;
      }
    };
    for (const cell of cells) {
      skipCovered();
      const span = Math.max(1, cell.colSpan || 1);
      out.push(text(cell));
      for (let k = 0; k < span; k++) {
        if (k > 0) out.push('');
        if ((cell.rowSpan || 1) > 1) covered[col + k] = cell.rowSpan - 1;
      }
      col += span;
    }
    for (; col < covered.length; col++) {
      if ((covered[col] ?? 0) > 0) covered[col] = (covered[col] ?? 1) - 1;
      out.push('');
    }
    return out;
  });
}

/** A cell's paragraphs (nested tables flattened) joined by spaces, `|` escaped. */
function cellText(cell: MTableCell, marks: Marks): string {
  const parts: string[] = [];
  const visit = (node: MNode): void => {
    if (isParagraph(node)) {
      const inline = paragraphInline(node, marks);
      if (inline !== '') parts.push(inline);
    } else for (const child of node.children ?? []) visit(child);
  };
  visit(cell);
  return parts.join(' ').replace(/\|/g, '\\|');
}

/**
 * The header block of an administrative document: a small table before the first body paragraph
 * naming the agency and the national motto, the document number and date.
 */
export function isHeaderBlock(table: MTable): boolean {
  const rows = rowsOf(table);
  if (rows.length === 0 || rows.length > 4 || rows.some((r) => r.length > 3)) return false;
  const text = fold(paragraphTexts(table).join(' ')).replace(/\s+/g, ' ');
  if (text.includes('cong hoa xa hoi chu nghia viet nam')) return true;
  const signals = [/\bubnd\b|uy ban nhan dan/, /\bso\s*:/, /ngay .{0,40}thang/, /doc lap\s*-\s*tu do/];
  return signals.filter((re) => re.test(text)).length >= 2;
}

/** The header block as plain paragraph blocks: the left column's paragraphs, then the right's. */
export function headerBlocks(table: MTable, marks: Marks): string[] {
  const rows = rowsOf(table);
  const width = Math.max(0, ...rows.map((r) => r.length));
  const blocks: string[] = [];
  const visit = (node: MNode): void => {
    if (isParagraph(node)) {
      const block = paragraphBlock(node, marks);
      if (block !== '') blocks.push(block);
    } else if (isTable(node)) {
      for (const b of headerBlocks(node, marks)) blocks.push(b);
    } else for (const child of node.children ?? []) visit(child);
  };
  for (let col = 0; col < width; col++) {
    for (const row of rows) {
      const cell = row[col];
      if (cell !== undefined) visit(cell);
    }
  }
  return blocks;
}

function paragraphTexts(node: MNode): string[] {
  if (isParagraph(node)) return [plainText(node)];
  return (node.children ?? []).flatMap(paragraphTexts);
}
