import { pageLines, type RawLine, type RawRun } from './pdf-lines.ts';
import { quantile } from './pdf-stats.ts';
import { isInitialOnly, isSyllable } from './pdf-syllable.ts';
import type { PdfItem, PdfPage } from './pdf-types.ts';

/**
 * Tables of figures in a PDF's text layer, read back as a grid of cells so the Markdown gets a
 * pipe table (as the .docx converter writes) instead of cell texts strewn over lines.
 *
 * Word, LibreOffice and Chromium write a table row by row, each cell's lines top-down before the
 * next cell's, so the content stream itself tells cells and rows apart:
 * - a fragment (items on one baseline, no wide gap; a justified line's evenly spread words are
 *   one) continues the current cell when it is the next line down, in the same size and font,
 *   aligned with the line above at its left, centre or right;
 * - it starts a new cell of the same row when it lies right of the current cell and not below
 *   the row (a vertically centred cell may start above the one before it);
 * - otherwise it starts a new row.
 * A table is a run of rows of two or more cells with a header (rows above the first row holding
 * a figure in a cell other than the first) and at least one such row of figures; a wider gap
 * before a row without figures ends it. Columns are the x ranges the figure rows' cells cover;
 * header cells are placed on them, and a cell of an upper header row spans the columns below it
 * (its text centred over them or starting at their left). A table going on at the top of the
 * next page gets its header again, and a header that ended a page goes over the rows of figures
 * that open the next (its line stays where it was too). Producers that write a table line by line across the row
 * leave multi-line cells split; such tables, and any without a header, stay lines as before.
 */
/** A grid of cells (null: empty or covered by a merge), each cell's items as one raw line. */
export type RawTable = NonNullable<RawLine['table']>;

interface Frag {
  items: PdfItem[];
  /** Item index range [from, to) in the page's stream. */
  from: number;
  to: number;
  x: number;
  right: number;
  y: number;
  size: number;
  /** Whether the text is a figure, once asked (isFigureFrag). */
  figure?: boolean;
}

interface Cell {
  frags: Frag[];
  x: number;
  right: number;
  top: number;
  bottom: number;
  size: number;
  /** The cell's text, once asked (cellText: only once the page's rows are laid, when cells no longer grow). */
  text?: string;
}

interface Row {
  cells: Cell[];
  top: number;
  bottom: number;
  /** Item index range [from, to) in the page's stream. */
  from: number;
  to: number;
}

const FIGURE = /^\(?[-+]?\d[\d.,]*\s*%?\)?$/;
/** Wider than a word space, narrower than two cell paddings: the gap that ends a fragment. */
const GAP = 0.7;

/** The header rows of the last table read, while nothing but page furniture has followed it. */
interface Carry {
  header: RawTable;
  columns: number;
  /** The table's last row: a row broken by the page goes on in it. */
  lastRow: (RawLine | null)[];
}

/**
 * A reader of the pages in order: each page's raw lines, with each table found replaced by one
 * raw line carrying its grid. A table that ends a page and goes on at the top of the next without
 * repeating its header gets the header again there.
 */
export function tableReader(): (page: PdfPage) => RawLine[] {
  let carry: Carry | undefined;
  let header: Row[] | undefined;
  return (page) => {
    const { found, last, pending } = findTables(page, carry, header);
    carry = last;
    header = pending;
    return linesAround(page, found);
  };
}

/** One page read on its own (no table carried over from a page before). */
export function pageLinesWithTables(page: PdfPage): RawLine[] {
  return linesAround(page, findTables(page, undefined, undefined).found);
}

function linesAround(page: PdfPage, tables: Found[]): RawLine[] {
  if (tables.length === 0) return pageLines(page);
  const out: RawLine[] = [];
  let at = 0;
  for (const t of tables) {
    out.push(...pageLines({ ...page, items: page.items.slice(at, t.from) }));
    out.push(t.line);
    at = t.to;
  }
  out.push(...pageLines({ ...page, items: page.items.slice(at) }));
  return out;
}

interface Found {
  from: number;
  to: number;
  line: RawLine;
}

/**
 * Rows of page furniture at most: short lone lines (a page number), or lines in a smaller type than
 * the table's `size` (a running header, the page's footnotes under the table and their numbers).
 */
const onlyFurniture = (rows: Row[], size: number): boolean =>
  rows.every((r) => (r.cells.length === 1 && cellText(r.cells[0]!).length <= 30) || r.cells.every((c) => c.size < 0.9 * size));
/** The type size of a table's cells (their median). */
const sizeOf = (rows: Row[]): number => median(rows.flatMap((r) => r.cells.map((c) => c.size)));

/**
 * The header rows a page ends with, nothing but page furniture after them: rows of two or more
 * cells without figures (at most three) — a table's header the page broke off from its rows.
 */
function trailingHeader(rows: Row[]): Row[] | undefined {
  let k = rows.length;
  while (k > 0 && rows[k - 1]!.cells.length < 2) k--;
  if (k === 0 || !onlyFurniture(rows.slice(k), sizeOf(rows.slice(k - 1, k)))) return undefined;
  let from = k;
  while (from > 0 && k - from < 3 && rows[from - 1]!.cells.length >= 2 && !isFigureRow(rows[from - 1]!)) from--;
  return from < k ? rows.slice(from, k) : undefined;
}

function findTables(page: PdfPage, carry: Carry | undefined, header: Row[] | undefined): { found: Found[]; last: Carry | undefined; pending: Row[] | undefined } {
  const rows = rowsOf(page.items);
  const found: Found[] = [];
  let last: Carry | undefined;
  let i = 0;
  while (i < rows.length) {
    if (rows[i]!.cells.length < 2) {
      i++;
      continue;
    }
    let z = i + 1;
    let left = Math.min(...rows[i]!.cells.map((c) => c.x));
    let right = Math.max(...rows[i]!.cells.map((c) => c.right));
    const gaps: number[] = [];
    while (z < rows.length) {
      const r = rows[z]!;
      // Body rows follow at one spacing; a wider gap before a row without figures (an empty
      // paragraph, then another table's header) starts another table.
      const gap = r.top - rows[z - 1]!.bottom;
      if (isFigureRow(rows[z - 1]!)) {
        if (!isFigureRow(r) && gaps.length > 0) {
          const usual = median(gaps);
          if (gap > Math.max(1.6 * usual, usual + 0.8 * r.cells[0]!.size)) break;
        }
        if (isFigureRow(r)) gaps.push(gap);
      }
      const multi = r.cells.length >= 2;
      // A lone cell inside the table: a group row ("II. Cấp huyện") between rows of cells.
      const lone = !multi && rows[z + 1] !== undefined && isFigureRow(rows[z + 1]!) && r.cells[0]!.x >= left - r.cells[0]!.size && r.cells[0]!.right - r.cells[0]!.x < 0.6 * (right - left);
      if (!multi && !lone) break;
      left = Math.min(left, ...r.cells.map((c) => c.x));
      right = Math.max(right, ...r.cells.map((c) => c.right));
      z++;
    }
    // A numbered heading, its number a tab from its title (Word's automatic numbering: "3.", "b)"),
    // reads as a row of two cells: one right after the table ends it, one above its header starts
    // it (and what is above that heading is not the table's either).
    while (z > i + 1 && isTabbedHeading(rows[z - 1]!)) z--;
    // Such a heading after the last row of figures ends the table even when its title wraps and its
    // next line, back at the margin, reads as a row of its own.
    for (let k = lastIndex(rows, i, z, isFigureRow) + 1; k > i && k < z; k++) {
      if (isTabbedHeading(rows[k]!)) {
        z = k;
        break;
      }
    }
    const firstFigures = rows.slice(i, z).findIndex(isFigureRow);
    for (let k = i + Math.max(firstFigures, 0) - 1; k >= i; k--) {
      if (isTabbedHeading(rows[k]!)) {
        i = k + 1;
        break;
      }
    }
    // Rows above the table proper: a cell as wide as the table (the prose before it, a title).
    const figures = rows.slice(i, z).filter(isFigureRow).flatMap((r) => r.cells);
    if (figures.length > 0) {
      const w = Math.max(...figures.map((c) => c.right)) - Math.min(...figures.map((c) => c.x));
      while (i < z && !isFigureRow(rows[i]!) && rows[i]!.cells.some((c) => c.right - c.x > 0.8 * w)) i++;
    }
    // Only the table at the top of the page may go on from the page before.
    const size = sizeOf(rows.slice(i, z));
    const before = onlyFurniture(rows.slice(0, i), size) ? carry : undefined;
    // Rows of figures at the top of a page whose header ended the page before: that header over them.
    const headed = before === undefined && header !== undefined && found.length === 0 && onlyFurniture(rows.slice(0, i), size) && i < z && isFigureRow(rows[i]!);
    const read = i < z ? readTable(headed ? [...header, ...rows.slice(i, z)] : rows.slice(i, z), page.page, before) : null;
    if (read) {
      found.push({ from: rows[i]!.from, to: rows[z - 1]!.to, line: read.line });
      last = onlyFurniture(rows.slice(z), size) ? read.carry : undefined;
    }
    i = z;
  }
  return { found, last, pending: last === undefined ? trailingHeader(rows) : undefined };
}

function isBlank(it: PdfItem): boolean {
  return it.str.trim() === '';
}

/** Fragments in stream order, then cells and rows. */
function rowsOf(items: PdfItem[]): Row[] {
  const rows: Row[] = [];
  for (const f of joinJustified(fragmentsOf(items))) place(rows, f);
  return rows;
}

/** Items on one baseline with no wide gap between them, in stream order. */
function fragmentsOf(items: PdfItem[]): Frag[] {
  const frags: Frag[] = [];
  let frag: Omit<Frag, 'from' | 'to'> | undefined;
  let fragFrom = 0;
  let lastIndex = 0;
  const flush = (): void => {
    if (frag !== undefined) frags.push({ items: frag.items, x: frag.x, right: frag.right, y: frag.y, size: frag.size, from: fragFrom, to: lastIndex + 1 });
    frag = undefined;
  };
  items.forEach((it, k) => {
    if (isBlank(it)) return;
    const size = it.size > 0 ? it.size : 10;
    if (frag !== undefined && Math.abs(it.y - frag.y) <= 0.4 * Math.max(size, frag.size) && it.x >= frag.right - 0.5 * size && it.x - frag.right <= GAP * size) {
      frag.items.push(it);
      frag.right = Math.max(frag.right, it.x + it.width);
      lastIndex = k;
      return;
    }
    flush();
    frag = { items: [it], x: it.x, right: it.x + it.width, y: it.y, size };
    fragFrom = k;
    lastIndex = k;
  });
  flush();
  return frags;
}

/**
 * A justified line of a cell stretched to the cell's width: words on one baseline, one equal
 * gap between each (wider than a space), no figure among them — one fragment again. Cells of a
 * row are never that evenly spaced.
 */
function joinJustified(frags: Frag[]): Frag[] {
  const out: Frag[] = [];
  let i = 0;
  while (i < frags.length) {
    let z = i + 1;
    const first = frags[i]!;
    const gap = (k: number): number => frags[k]!.x - frags[k - 1]!.right;
    while (
      z < frags.length &&
      Math.abs(frags[z]!.y - first.y) <= 0.4 * first.size &&
      gap(z) > 0 &&
      gap(z) <= 3 * first.size &&
      (z === i + 1 || Math.abs(gap(z) - gap(i + 1)) <= 0.05 * first.size)
    ) {
      z++;
    }
    const run = frags.slice(i, z);
    const words = !run.some(isFigureFrag) && !(run.length >= 2 && overFigureColumns(run, frags, z));
    // Words spread wider than a stretched space allows ("Trực tuyến", "Trực tiếp", "Qua BCCI" left
    // in equal header cells happen to stand equally apart) are one line only when the cell goes on under it.
    const spread = run.length >= 3 && (gap(i + 1) <= 1.5 * first.size || goesOnUnder(first, run[run.length - 1]!, frags[z]));
    if (words && (spread || (run.length === 2 && stretchedPair(run[0]!, run[1]!, frags[z])))) {
      const end = run[run.length - 1]!;
      out.push({ items: run.flatMap((f) => f.items), from: first.from, to: end.to, x: first.x, right: end.right, y: first.y, size: first.size });
      i = z;
    } else {
      out.push(first);
      i++;
    }
  }
  return out;
}

const fragText = (f: Frag): string => f.items.map((it) => it.str).join('').trim();
/** A fragment's text a figure (remembered: a fragment is asked again for each run of fragments before it). */
const isFigureFrag = (f: Frag): boolean => (f.figure ??= FIGURE.test(fragText(f)));

/**
 * Header cells of neighbouring columns ("Năm 2022", "Năm 2023", "Tăng/giảm (%)" in columns of
 * one width stand equally apart, like a stretched line's words): two or more of the words stand
 * each over a figure of its own in the first row of figures below (within a few lines: a header
 * cell may wrap). A stretched line of one cell has at most one column of figures under it.
 */
function overFigureColumns(run: Frag[], frags: Frag[], from: number): boolean {
  const first = run[0]!;
  let y = Infinity;
  const figures: Frag[] = [];
  for (let k = from; k < frags.length && k < from + 80; k++) {
    const f = frags[k]!;
    if (f.y - first.y > 5 * first.size) break;
    if (f.y <= first.y + 0.5 * first.size || !isFigureFrag(f)) continue;
    if (f.y < y - 0.4 * first.size) {
      y = f.y;
      figures.length = 0;
    }
    if (Math.abs(f.y - y) <= 0.4 * first.size) figures.push(f);
  }
  const over = (w: Frag): Frag[] => figures.filter((g) => g.x < w.right && g.right > w.x);
  const own = run.map(over).filter((gs) => gs.length === 1 && run.filter((w) => over(w).includes(gs[0]!)).length === 1);
  return own.length >= 2;
}

function place(rows: Row[], f: Frag): void {
  const { from, to } = f;
  const row = rows[rows.length - 1];
  const cell = row?.cells[row.cells.length - 1];
  if (row !== undefined && cell !== undefined) {
    const below = f.y - cell.bottom;
    // A cell's next line stays right of the cell before it in the row (a paragraph under the table
    // ending where a right-hand cell's figure ends is no line of that cell).
    const leftCell = row.cells[row.cells.length - 2];
    const beside = leftCell === undefined || f.x >= leftCell.right - 0.2 * f.size;
    // (A cell's first line set in by a first-line indent its paragraph style gives — Word's Normal style with
    // "thụt đầu dòng" 1–1.27 cm, kept in the table — is followed by lines back at the cell's left.)
    const indented = cell.frags.length === 1 && firstLineIndent(cell.frags[0]!, f);
    if (below > 0.5 * f.size && below <= 2.2 * f.size && beside && (continues(cell.frags[cell.frags.length - 1]!, f) || indented)) {
      cell.frags.push(f);
      cell.x = Math.min(cell.x, f.x);
      cell.right = Math.max(cell.right, f.right);
      cell.bottom = f.y;
      row.bottom = Math.max(row.bottom, f.y);
      row.to = to;
      return;
    }
    const lastFrag = cell.frags[cell.frags.length - 1]!;
    if (f.x >= lastFrag.right - 0.2 * f.size && f.y <= row.bottom + 0.5 * f.size && f.y >= row.top - 4 * f.size) splitLead(rows, f);
    const cur = rows[rows.length - 1]!;
    const last = cur.cells[cur.cells.length - 1]!;
    if (f.x >= last.right - 0.2 * f.size && f.y <= cur.bottom + 0.5 * f.size && f.y >= cur.top - 4 * f.size) {
      cur.cells.push({ frags: [f], x: f.x, right: f.right, top: f.y, bottom: f.y, size: f.size });
      cur.top = Math.min(cur.top, f.y);
      cur.bottom = Math.max(cur.bottom, f.y);
      cur.to = to;
      return;
    }
  }
  rows.push({ cells: [{ frags: [f], x: f.x, right: f.right, top: f.y, bottom: f.y, size: f.size }], top: f.y, bottom: f.y, from, to });
}

/** The same size, and the font of `f`'s first item among `above`'s (a caption over a bold header cell is another font). */
function sameType(above: Frag, f: Frag): boolean {
  return Math.abs(above.size - f.size) <= 0.05 * f.size && above.items.some((it) => it.font === f.items[0]!.font);
}

/** The next line of the same cell: the same size and font, aligned with the line above at its left, centre or right. */
function continues(above: Frag, f: Frag): boolean {
  const tol = 0.5 * f.size;
  if (!sameType(above, f)) return false;
  return Math.abs(above.x - f.x) < tol || Math.abs(above.x + above.right - f.x - f.right) < 2 * tol || Math.abs(above.right - f.right) < tol;
}

/** A first-line indent's widest (2.5 cm, in points). */
const MAX_FIRST_LINE_INDENT = 72;

/** A line starting at `x` back left of a first line starting at `firstX`, by a first-line indent (more than half an em). */
function backFromIndent(firstX: number, x: number, size: number): boolean {
  const inset = firstX - x;
  return inset > 0.5 * size && inset <= MAX_FIRST_LINE_INDENT;
}

/** The cell's second line back at its left after a first line set in by a first-line indent, in the same size and font. */
function firstLineIndent(first: Frag, f: Frag): boolean {
  return sameType(first, f) && backFromIndent(first.x, f.x, f.size);
}

/**
 * A cell joins a row whose last cell began as lines reaching past the new cell's left edge (the
 * prose before the table, read as one cell with the first header cell under it): those lines,
 * and any cells before them, become a row of their own.
 */
function splitLead(rows: Row[], f: Frag): void {
  const row = rows[rows.length - 1]!;
  const cell = row.cells[row.cells.length - 1]!;
  let cut = -1;
  cell.frags.forEach((g, k) => {
    if (g.right > f.x - 0.2 * f.size) cut = k;
  });
  if (cut < 0 || cut === cell.frags.length - 1) return;
  const lead = rowOf(cell.frags.slice(0, cut + 1));
  const before: Row = { ...lead, cells: [...row.cells.slice(0, -1), ...lead.cells], from: row.from };
  const first = rowOf(cell.frags.slice(cut + 1));
  rows.splice(rows.length - 1, 1, before, first);
}

function rowOf(frags: Frag[]): Row {
  const cell: Cell = {
    frags,
    x: Math.min(...frags.map((g) => g.x)),
    right: Math.max(...frags.map((g) => g.right)),
    top: frags[0]!.y,
    bottom: frags[frags.length - 1]!.y,
    size: frags[0]!.size,
  };
  return { cells: [cell], top: cell.top, bottom: cell.bottom, from: frags[0]!.from, to: frags[frags.length - 1]!.to };
}

function cellText(c: Cell): string {
  return (c.text ??= c.frags.map((f) => f.items.map((i) => i.str).join('')).join(' ').trim());
}

const isFigureCell = (c: Cell): boolean => FIGURE.test(cellText(c));

/** A row of figures: a figure in a cell other than the first. */
const isFigureRow = (r: Row): boolean => r.cells.length >= 2 && r.cells.slice(1).some(isFigureCell);

/** The index of the last row in [from, to) that `test` holds for, or from - 1. */
function lastIndex(rows: Row[], from: number, to: number, test: (r: Row) => boolean): number {
  for (let k = to - 1; k >= from; k--) if (test(rows[k]!)) return k;
  return from - 1;
}

/**
 * A table of one row under its header, the row a label and one figure ("Số TTHC … toàn trình | 128"
 * under "Nội dung | Số lượng"): the header's short word cells and the row's cells as many, in the
 * same order left to right (each cell starting right of the cell before it in the other row too),
 * the label no figure and the row ending in one.
 */
function labelAndFigure(header: Row, body: Row): boolean {
  const n = body.cells.length;
  if (header.cells.length !== n || header.cells.some((c) => isFigureCell(c) || cellText(c).length > 40)) return false;
  if (isFigureCell(body.cells[0]!) || !isFigureCell(body.cells[n - 1]!)) return false;
  for (let j = 1; j < n; j++) {
    const size = body.cells[j]!.size;
    if (header.cells[j]!.x < body.cells[j - 1]!.right - 0.2 * size || body.cells[j]!.x < header.cells[j - 1]!.right - 0.2 * size) return false;
  }
  return true;
}

/** A heading's number on its own: "3.", "2.1.", "IV.", "b)". */
const HEADING_MARK = /^(?:[IVXLC]{1,7}|\d{1,2}(?:\.\d{1,2}){0,3}|[a-zđ])[.)]$/u;
/** Two cells, a heading's number and a title opening in a capital, no figure. */
const isTabbedHeading = (r: Row): boolean =>
  r.cells.length === 2 && HEADING_MARK.test(cellText(r.cells[0]!)) && /^\p{Lu}/u.test(cellText(r.cells[1]!)) && !isFigureCell(r.cells[1]!);

function readTable(all: Row[], page: number, carry: Carry | undefined): { line: RawLine; carry: Carry } | null {
  const { rows, broken } = carry === undefined ? { rows: all, broken: [] } : splitBroken(all, carry);
  const firstBody = rows.findIndex(isFigureRow);
  // No header of its own: the rest of the table the page before ended with.
  const goesOn = firstBody === 0 && carry !== undefined;
  if ((firstBody < 1 && !goesOn) || rows.length < 2) return null;
  const body = rows.slice(firstBody).filter(isFigureRow);
  if (body.length < 2 && body.every((r) => r.cells.filter(isFigureCell).length < 2) && !(rows.length === 2 && labelAndFigure(rows[0]!, rows[1]!))) return null;
  const columns = withEmptyLast(mergeApart(columnsOf(body), body, firstBody > 0 ? rows[firstBody - 1] : undefined), rows.slice(0, firstBody));
  if (columns.length < 2 || (goesOn && columns.length !== carry.columns)) return null;
  const n = columns.length;
  const bounds = boundaries(columns, rows);
  const grid: (Cell[] | null)[][] = rows.map(() => new Array<Cell[] | null>(n).fill(null));
  const put = (r: number, j: number, c: Cell): void => {
    const at = grid[r]!;
    at[j] = [...(at[j] ?? []), c];
  };
  // Where text starts in each column (body rows and the last header row).
  const textLeft = new Array<number>(n).fill(Infinity);
  for (const row of rows.slice(Math.max(0, firstBody - 1))) {
    for (const c of row.cells) {
      const j = overlapped(c, columns)[0] ?? nearest(c, columns);
      textLeft[j] = Math.min(textLeft[j]!, c.x);
    }
  }
  // Body rows and the last header row: one cell, one column (the first it overlaps; a cell over
  // none that lies right of the row's cell before it in that column's nearest takes the next one —
  // a header word at the left of a wide column whose figure sits centred in it).
  const occupied = new Array<boolean>(n).fill(false);
  for (let r = rows.length - 1; r >= 0; r--) {
    const row = rows[r]!;
    if (r >= firstBody - 1) {
      let prev = -1;
      for (const c of row.cells) {
        let j = overlapped(c, columns)[0] ?? nearest(c, columns);
        if (j <= prev && prev + 1 < n && overlapped(c, columns).length === 0) j = prev + 1;
        prev = j;
        put(r, j, c);
        if (r < firstBody) occupied[j] = true;
      }
      continue;
    }
    // An upper header row: each cell spans the columns below it.
    const spans = spansOf(row.cells, columns, { bounds, textLeft }, occupied);
    row.cells.forEach((c, k) => {
      const [a, b] = spans[k]!;
      put(r, a, c);
      for (let j = a; j <= b; j++) occupied[j] = true;
    });
  }
  // The rest of a row the page broke: its lines go on in the cells of the last row before the break.
  if (carry !== undefined) {
    for (const c of broken.flatMap((r) => r.cells)) {
      const j = overlapped(c, columns)[0] ?? nearest(c, columns);
      const at = carry.lastRow[j];
      const more = rawLineOf([c], page);
      if (at === undefined) continue;
      if (at === null) carry.lastRow[j] = more;
      else at.runs.push(...more.runs.map((r, k) => (k === 0 ? { ...r, spaceBefore: true } : r)));
    }
  }
  const own: RawTable = grid.map((cells) => cells.map((cs) => (cs === null ? null : rawLineOf(cs, page))));
  const header = goesOn ? carry.header : own.slice(0, firstBody);
  const table = goesOn ? [...header, ...own] : own;
  const cells = rows.flatMap((r) => r.cells);
  const runs = own.flat().flatMap((l) => l?.runs ?? []);
  const line: RawLine = {
    page,
    x: Math.min(...cells.map((c) => c.x)),
    right: Math.max(...cells.map((c) => c.right)),
    y: rows[0]!.top,
    size: median(cells.map((c) => c.size)),
    runs,
    table,
  };
  return { line, carry: { header, columns: n, lastRow: table[table.length - 1]! } };
}

const rowText = (cells: (string | undefined)[]): string => cells.filter((t) => t !== undefined && t !== '').join(' ').replace(/\s+/g, ' ').trim();

/**
 * A table at the top of a page after one that ended the page before: its header repeated (or
 * not), then rows without figures before the first row of figures — the rest of the row the page
 * broke. Returns the rows to read as a table and the broken rest.
 */
function splitBroken(rows: Row[], carry: Carry): { rows: Row[]; broken: Row[] } {
  const heads = carry.header.map((r) => rowText(r.map((c) => c?.runs.map((x) => (x.spaceBefore ? ' ' : '') + x.str).join(''))));
  const h = heads.every((t, k) => rows[k] !== undefined && rowText(rows[k]!.cells.map(cellText)) === t) ? heads.length : 0;
  const first = rows.findIndex(isFigureRow);
  if (first <= h || first - h > 2) return { rows, broken: [] };
  // Without the header repeated, a row of words across the table is a new table's header, not a broken row.
  if (h === 0 && rows.slice(0, first).some((r) => r.cells.length > carry.columns / 2)) return { rows, broken: [] };
  return { rows: [...rows.slice(0, h), ...rows.slice(first)], broken: rows.slice(h, first) };
}

/** Column x ranges: the union of the figure rows' cells, overlapping ranges merged. */
function columnsOf(body: Row[]): [number, number][] {
  // The fullest rows lay the columns down; a cell of another row over two of their cells is merged
  // across them ("Tổng cộng" over the STT and Lĩnh vực columns) and joins no two columns into one.
  // (Only where two rows or more agree on the fullest count: one row with a stray cell lays down nothing.)
  const most = Math.max(...body.map((r) => r.cells.length));
  const fullRows = body.filter((r) => r.cells.length === most);
  const spread = (c: Cell): boolean => fullRows.length >= 2 && fullRows.some((r) => r.cells.filter((o) => o.x < c.right && o.right > c.x).length >= 2);
  const cells = body.flatMap((r) => (r.cells.length === most ? r.cells : r.cells.filter((c) => !spread(c))));
  const spans = cells.map((c): [number, number, number] => [c.x, c.right, c.size]).sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [x, right, size] of spans) {
    const last = out[out.length - 1];
    if (last !== undefined && x < last[1] + 0.2 * size) last[1] = Math.max(last[1], right);
    else out.push([x, right]);
  }
  return out;
}

/**
 * Neighbouring columns no figure row fills both of are one column when a small gap apart (a column
 * of row numbers centred in it beside a "Cộng" written at its left) or under one cell of the header
 * row above the figures ("-" at the left and "12" at the right under "Số hồ sơ quá hạn").
 */
function mergeApart(columns: [number, number][], body: Row[], header: Row | undefined): [number, number][] {
  const out = columns.map((c) => [...c] as [number, number]);
  const size = median(body.flatMap((r) => r.cells.map((c) => c.size)));
  const over = (c: Cell, [x, right]: [number, number]): boolean => c.x < right && c.right > x;
  for (let j = out.length - 2; j >= 0; j--) {
    const [a, b] = [out[j]!, out[j + 1]!];
    if (b[0] - a[1] > 2 * size && !header?.cells.some((c) => over(c, a) && over(c, b))) continue;
    const both = body.some((r) => r.cells.some((c) => over(c, a)) && r.cells.some((c) => over(c, b)));
    if (!both) out.splice(j, 2, [a[0], Math.max(a[1], b[1])]);
  }
  return out;
}

/**
 * A last column no row of figures fills ("Ghi chú" left empty): header cells standing wholly right
 * of the last column the figures lay down are a column of their own, not part of that column's header.
 */
function withEmptyLast(columns: [number, number][], header: Row[]): [number, number][] {
  const end = columns[columns.length - 1]![1];
  const past = header.flatMap((r) => r.cells).filter((c) => c.x > end + c.size);
  if (past.length === 0) return columns;
  return [...columns, [Math.min(...past.map((c) => c.x)), Math.max(...past.map((c) => c.right))]];
}

/** Column edges: midway between neighbouring columns; the table's outer cells' edges outside. */
function boundaries(columns: [number, number][], rows: Row[]): number[] {
  const all = rows.flatMap((r) => r.cells);
  const left = Math.min(columns[0]![0], ...all.map((c) => c.x));
  const right = Math.max(columns[columns.length - 1]![1], ...all.map((c) => c.right));
  const edges = [left];
  for (let j = 1; j < columns.length; j++) edges.push((columns[j - 1]![1] + columns[j]![0]) / 2);
  edges.push(right);
  return edges;
}

function overlapped(c: Cell, columns: [number, number][]): number[] {
  const out: number[] = [];
  columns.forEach(([x, right], j) => {
    if (c.x < right && c.right > x) out.push(j);
  });
  return out;
}

function nearest(c: Cell, columns: [number, number][]): number {
  const mid = (c.x + c.right) / 2;
  let best = 0;
  let d = Infinity;
  columns.forEach(([x, right], j) => {
    const e = Math.abs((x + right) / 2 - mid);
    if (e < d) {
      d = e;
      best = j;
    }
  });
  return best;
}

/**
 * Spans of an upper header row's cells. A cell over columns with nothing below (merged down) is
 * one column; cells over a run of columns with header text below share that run, split where
 * each cell's text is best centred over (or starts at the left of) its part and covers the
 * columns it overlaps.
 */
function spansOf(cells: Cell[], columns: [number, number][], edges: Edges, occupied: boolean[]): [number, number][] {
  const own = cells.map((c) => {
    const o = overlapped(c, columns);
    return o.length > 0 ? o : [nearest(c, columns)];
  });
  const spans: [number, number][] = own.map((o) => [o[0]!, o[o.length - 1]!]);
  // Runs of columns with header text below.
  const n = columns.length;
  let j = 0;
  while (j < n) {
    if (!occupied[j]) {
      j++;
      continue;
    }
    let z = j;
    while (z + 1 < n && occupied[z + 1]) z++;
    const members = cells.map((_c, k) => k).filter((k) => own[k]!.some((col) => col >= j && col <= z));
    if (members.length > 0 && members.length <= 5) {
      const best = bestSplit(members.map((k) => cells[k]!), members.map((k) => own[k]!), j, z, edges);
      members.forEach((k, m) => {
        spans[k] = best[m]!;
      });
    }
    j = z + 1;
  }
  return spans;
}

/** Split columns [a, b] into consecutive parts, one per cell, at least covering each cell's own columns. */
function bestSplit(cells: Cell[], own: number[][], a: number, b: number, edges: Edges): [number, number][] {
  let best: [number, number][] = cells.map((_c, m) => [own[m]![0]!, own[m]![own[m]!.length - 1]!]);
  let bestCost = Infinity;
  const m = cells.length;
  const parts: [number, number][] = [];
  const visit = (k: number, start: number, cost: number): void => {
    if (cost >= bestCost) return;
    if (k === m) {
      if (start === b + 1) {
        bestCost = cost;
        best = parts.map((p) => [p[0], p[1]]);
      }
      return;
    }
    const lo = Math.max(start, own[k]![own[k]!.length - 1]! > b ? b : own[k]![own[k]!.length - 1]!);
    // The part must start at `start` (no gaps) and reach the cell's own columns.
    if (own[k]!.some((col) => col >= a && col < start)) return;
    for (let end = lo; end <= b - (m - k - 1); end++) {
      parts.push([start, end]);
      visit(k + 1, end + 1, cost + placementCost(cells[k]!, start, end, edges));
      parts.pop();
    }
  };
  visit(0, a, 0);
  return best;
}

interface Edges {
  /** Column edges (n + 1). */
  bounds: number[];
  /** Where the text of each column starts, below the upper header rows. */
  textLeft: number[];
}

/** How badly a cell's text sits over columns [a, b]: centred over them, or starting where their text starts. */
function placementCost(c: Cell, a: number, b: number, { bounds, textLeft }: Edges): number {
  const centred = Math.abs((c.x + c.right) / 2 - (bounds[a]! + bounds[b + 1]!) / 2);
  const leftAligned = Math.min(Math.abs(c.x - textLeft[a]!), Math.abs(c.x - bounds[a]!));
  return Math.min(centred, leftAligned);
}

/** A cell's fragments as one raw line (a space between its lines). */
function rawLineOf(cells: Cell[], page: number): RawLine {
  const runs: RawRun[] = [];
  let first: Frag | undefined;
  for (const c of cells) {
    const glued = numberOverLines(c);
    for (const [k, f] of c.frags.entries()) {
      first ??= f;
      let prevRight: number | undefined;
      for (const it of f.items) {
        const size = it.size > 0 ? it.size : 10;
        const spaced = prevRight === undefined ? !(glued && k > 0) && !brokenWord(lastWord(runs), it.str) : it.x - prevRight > 0.15 * size;
        const spaceBefore = runs.length > 0 && spaced && !/^\s/.test(it.str);
        runs.push({ str: it.str, spaceBefore, font: it.font, size, width: it.width });
        prevRight = it.x + it.width;
      }
    }
  }
  const f = first!;
  return { page, x: f.x, right: Math.max(...cells.map((c) => c.right)), y: f.y, size: f.size, runs };
}

/**
 * A figure broken over three lines or more of a narrow cell ("1." / "02" / "0"): every line digits
 * and group marks, and together one grouped number ("1.020") — two or three figures never are.
 */
function numberOverLines(c: Cell): boolean {
  if (c.frags.length < 2) return false;
  const parts = c.frags.map((f) => f.items.map((i) => i.str).join('').trim());
  // ("15" / "0": a figure under a thousand, written ungrouped, its last digit wrapped — two figures are never stacked so.)
  if (parts.length === 2 && /^\d{2}$/.test(parts[0]!) && /^\d$/.test(parts[1]!)) return true;
  return parts.every((t) => /^[\d.,]+$/.test(t)) && /^\d{1,3}(?:\.\d{3})+$/.test(parts.join(''));
}

/** The text of the runs since the last space: the word a line ended with, its broken pieces joined. */
function lastWord(runs: RawRun[]): string {
  let word = '';
  for (let k = runs.length - 1; k >= 0; k--) {
    const r = runs[k]!;
    const cut = Math.max(r.str.lastIndexOf(' '), r.str.lastIndexOf('\t'));
    if (cut >= 0) return r.str.slice(cut + 1) + word;
    word = r.str + word;
    if (r.spaceBefore) break;
  }
  return word;
}

/**
 * A word broken at a narrow cell's edge ("Công chứn" / "g"): the next line starts with a few
 * small consonants and no vowel, which no Vietnamese word is (abbreviations are capitals).
 */
function brokenWord(before: string, after: string): boolean {
  const tail = /^([a-zđ]{1,3})(?=[\s,.;:)]|$)/u.exec(after.normalize('NFC'))?.[1];
  return (tail !== undefined && !/[aeiouy]/.test(tail) && /\p{L}$/u.test(before)) || brokenNumber(before, after) || brokenSyllable(before, after);
}

/** Initials a syllable goes on from: "qu" ("Qu" / "á hạn"); vowels a rhyme starts with. */
const RHYME_START = /^[aăâeêioôơuưy]/;
/**
 * A lone syllable broken at a narrow cell's edge: the line is that one word and, with the next
 * line's first word, makes one syllable — either half no word alone ("Qu" / "á") or the rest
 * a bare rhyme ("Chư" / "a" → "Chưa"); in capitals, letters one to a line ("S" / "T" / "T").
 */
function brokenSyllable(before: string, after: string): boolean {
  const head = before.trim();
  const next = /^[\p{L}\p{M}]+/u.exec(after)?.[0];
  if (next === undefined || !/^[\p{L}\p{M}]+$/u.test(head)) return false;
  if (/^\p{Lu}{1,2}$/u.test(head) && /^\p{Lu}{1,2}$/u.test(next)) return true;
  const bare = next.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
  const rest = next.toLowerCase().normalize('NFD').replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '').normalize('NFC');
  // ("Tr" / "ướ" / "c": a bare initial, no word alone, goes on into the rhyme on the next line, itself broken once more.)
  if (isInitialOnly(head) && (head.length === 1 || /\p{Ll}/u.test(head)) && /^\p{Ll}/u.test(next) && RHYME_START.test(rest)) return true;
  return isSyllable(head + next) && (!isSyllable(head) || (RHYME_START.test(rest) && bare.length <= 3));
}

/** A grouped number's last group cut short at the line's end ("1.20"). */
const SHORT_GROUP = /(?:^|\s)(\d{1,3}(?:\.\d{3})*\.\d{1,2})$/;
/**
 * A number broken at a narrow cell's edge ("1.20" / "4"): the line ends in a group of fewer than
 * three digits and the next line's digits complete it ("1.204"), which two numbers never do.
 */
function brokenNumber(before: string, after: string): boolean {
  const head = SHORT_GROUP.exec(before)?.[1];
  const digits = /^\d+(?=[\s)]|$)/.exec(after)?.[0];
  return head !== undefined && digits !== undefined && /^\d{1,3}(?:\.\d{3})+$/.test(head + digits);
}

/**
 * Two words stretched over a cell's width: the next line starts under the first word and ends
 * before the second ends (the cell's text going on), and the gap is less than a cell's width.
 */
function stretchedPair(a: Frag, b: Frag, next: Frag | undefined): boolean {
  return b.x - a.right <= 3 * a.size && goesOnUnder(a, b, next);
}

/** The next fragment is the next line of the same cell under a line from `a` to `b` (a justified line is never a paragraph's last). */
function goesOnUnder(a: Frag, b: Frag, next: Frag | undefined): boolean {
  if (next === undefined) return false;
  const below = next.y - a.y;
  const font = next.items[0]!.font === a.items[0]!.font;
  // (at the line's left, or back at the cell's left under a first line set in by a first-line indent)
  const under = Math.abs(next.x - a.x) < 0.5 * a.size || backFromIndent(a.x, next.x, a.size);
  return font && below > 0.5 * a.size && below <= 2.2 * a.size && under && next.right <= b.right + 0.5 * a.size;
}

/** The middle value (the upper one of two); 10 points for none. */
function median(xs: number[]): number {
  return quantile(xs, 0.5) ?? 10;
}
