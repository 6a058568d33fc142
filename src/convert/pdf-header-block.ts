import { fold } from '../text/normalize.ts';
import type { Line, Paragraph, Span } from './pdf-types.ts';

/**
 * The header block at the top of page 1: a borderless two-column table, the issuing agency on
 * the left ("UBND TỈNH …", "SỞ …", "Số: …/BC-…") and the national motto on the right ("CỘNG HÒA
 * XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "…, ngày … tháng … năm …").
 *
 * Found by its motto line among the first bands (lines sharing a baseline). The gutter between
 * the columns is the x range left free by every band that has text on both sides. Going down
 * from the top, a line belongs to the left or right cell when it stays on its side of the gutter
 * and its centre is nearer that cell's centre than the body column's; the first line that
 * crosses the gutter or sits centred on the page (the title "BÁO CÁO") ends the block.
 * Output: the left cell's lines, then the right cell's, one paragraph each, except that a line
 * that wrapped in its cell is rejoined with the next ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA" + "VIỆT NAM",
 * "UBND THÀNH PHỐ HẢI" + "PHÒNG"); lines the author broke by hand stay apart ("SỞ GIÁO DỤC" /
 * "VÀ ĐÀO TẠO"), as the .docx reader keeps them.
 */

const MOTTO = /cong hoa xa hoi chu nghia|doc lap\s*[-–]\s*tu do/;
const MAX_BANDS = 14;
/** The document's own title ("BÁO CÁO") or its addressee ("Kính gửi: …"), folded, ends the block wherever it is aligned. */
const TITLE = /^(?:bao cao|kinh gui)\b/;

export interface Column {
  left: number;
  right: number;
}

export interface HeaderSplit {
  paragraphs: Paragraph[];
  /** Page-1 lines that are not part of the header block, in their original order. */
  rest: Line[];
}

export function splitHeaderBlock(lines: Line[], body: Column): HeaderSplit {
  const none = { paragraphs: [], rest: lines };
  const bands = toBands(lines);
  const anchor = bands.findIndex((b, i) => i < MAX_BANDS && b.some((l) => MOTTO.test(fold(l.text))));
  if (anchor < 0) return none;

  // The gutter: free x range in every two-sided band of the top region.
  let gL = -Infinity;
  let gR = Infinity;
  const leftCentres: number[] = [];
  const rightCentres: number[] = [];
  // The last band with text on both sides of the gutter: above it the block is certainly still
  // the two-cell table, whatever the cells' alignment.
  let lastTwoSided = -1;
  const top = Math.min(bands.length, anchor + 6);
  for (let b = 0; b < top; b++) {
    const band = bands[b]!;
    if (band.length < 2) continue;
    const sorted = [...band].sort((a, b) => a.x - b.x);
    let gap = -1;
    let at = 0;
    for (let i = 0; i + 1 < sorted.length; i++) {
      const g = sorted[i + 1]!.x - sorted[i]!.right;
      if (g > gap) {
        gap = g;
        at = i;
      }
    }
    const nl = Math.max(gL, sorted[at]!.right);
    const nr = Math.min(gR, sorted[at + 1]!.x);
    if (nl >= nr) break;
    gL = nl;
    gR = nr;
    lastTwoSided = b;
    for (const l of sorted.slice(0, at + 1)) leftCentres.push(centre(l));
    for (const l of sorted.slice(at + 1)) rightCentres.push(centre(l));
  }
  if (!Number.isFinite(gL) || !Number.isFinite(gR)) return none;
  const cL = mean(leftCentres);
  const cR = mean(rightCentres);
  const cBody = (body.left + body.right) / 2;

  const left: Line[] = [];
  const right: Line[] = [];
  const taken = new Set<Line>();
  let prevY: number | undefined;
  outer: for (const [b, band] of bands.slice(0, MAX_BANDS).entries()) {
    const y = band[0]!.y;
    if (prevY !== undefined && y - prevY > 3 * band[0]!.size) break;
    const placed: [Line, 'l' | 'r'][] = [];
    for (const l of band) {
      if (b > lastTwoSided && TITLE.test(fold(l.text.trim()))) break outer;
      const side = gutterSideOf(l, gL, gR);
      if (side === undefined) break outer;
      // Below the two-sided rows a line must also sit in its cell: centred on it, or starting
      // where its lines start.
      if (b > lastTwoSided && !centredIn(l, side === 'l' ? cL : cR, cBody) && !alignedWith(l, side === 'l' ? left : right)) break outer;
      placed.push([l, side]);
    }
    for (const [l, side] of placed) {
      (side === 'l' ? left : right).push(l);
      taken.add(l);
    }
    prevY = y;
  }
  if (right.length === 0) return none;
  // Cells are centred on their lines: a cell is twice as wide as its centre is far from the
  // table's outer edge (the body column's edge).
  const leftWidth = Number.isNaN(cL) ? Infinity : 2 * (cL - body.left);
  const rightWidth = 2 * (body.right - cR);
  return {
    paragraphs: [...rejoin(left, leftWidth), ...rejoin(right, rightWidth)],
    rest: lines.filter((l) => !taken.has(l)),
  };
}

/**
 * The side of the gutter a line lies on, whatever its alignment. Inside the two-sided rows this
 * alone decides: cells may be left-aligned or indented, so a wrapped remainder ("NAM" under
 * "…CHỦ NGHĨA VIỆT") can sit near the page centre without being a title.
 */
function gutterSideOf(l: Line, gL: number, gR: number): 'l' | 'r' | undefined {
  const tol = 0.3 * l.size;
  if (l.right <= gR + tol && l.x < gL + tol) return 'l';
  if (l.x >= gL - tol && l.right > gR - tol) return 'r';
  return undefined;
}

/** The line is centred nearer its cell's centre `cell` than the body column's: a centred cell's line, not a title. */
function centredIn(l: Line, cell: number, cBody: number): boolean {
  const c = centre(l);
  return Math.abs(c - cell) < Math.abs(c - cBody);
}

/**
 * The line starts where one of its cell's lines starts: cells set flush left, whose rows drift
 * apart when the cells' line heights differ ("VIỆT NAM" under the motto, level with no left-cell
 * line).
 */
function alignedWith(l: Line, cell: Line[]): boolean {
  const tol = 0.3 * l.size;
  return cell.some((c) => Math.abs(c.x - l.x) <= tol);
}

/** Lines grouped by baseline, top to bottom. */
function toBands(lines: Line[]): Line[][] {
  const sorted = [...lines].sort((a, b) => a.y - b.y);
  const bands: Line[][] = [];
  for (const l of sorted) {
    const last = bands[bands.length - 1];
    if (last !== undefined && Math.abs(l.y - last[0]!.y) <= 0.4 * l.size) last.push(l);
    else bands.push([l]);
  }
  return bands;
}

const FULL_MOTTO = 'cong hoa xa hoi chu nghia viet nam';
const RULE = /^[-_–—=.…\s]*$/u;
/** Lines that start a header item of their own (folded): agency levels, number, motto, date. */
const ITEM_START =
  /^(?:ubnd|uy ban|so\b|ban\b|chi cuc|cuc\b|trung tam|bo\b|van phong|hdnd|hoi dong|cong hoa|doc lap|v\/v|[^,]{2,30}, ngay\b)/;

/** One cell's lines → paragraphs, rejoining a line that wrapped onto the next. */
function rejoin(cell: Line[], width: number): Paragraph[] {
  const out: Paragraph[] = [];
  let cur: Span[] | undefined;
  let prev: Line | undefined;
  let curText = '';
  let page = 1;
  for (const l of cell) {
    const text = l.text.trim();
    if (RULE.test(text)) continue; // an underline typed as characters
    if (cur !== undefined && prev !== undefined && continuesCell(curText, prev, l, width)) {
      cur.push({ text: ' ', bold: false }, ...l.spans);
      curText += ` ${text}`;
      prev = l;
      continue;
    }
    if (cur !== undefined) out.push({ page, spans: cur });
    cur = [...l.spans];
    curText = text;
    prev = l;
    page = l.page;
  }
  if (cur !== undefined) out.push({ page, spans: cur });
  return out;
}

/**
 * Is `next` the wrapped rest of the cell paragraph ending with `prev`? Yes for the motto split
 * anywhere; never when the weight changes (a regular parent over a bold body) or when `next`
 * starts a header item of its own (UBND…, SỞ…, Số:, Độc lập…, "…, ngày") unless `prev` ends on
 * "và" or a dash; otherwise yes for a line starting in lower case, or when it is clearly shorter
 * than `prev` and its first word would not have fitted in the cell after `prev` (the cell's
 * padding taken off) — a wrap leaves a remainder, a hand-made break tends to balance lines.
 */
function continuesCell(text: string, prev: Line, next: Line, cellWidth: number): boolean {
  const joined = fold(`${text} ${next.text.trim()}`);
  if (FULL_MOTTO.startsWith(joined)) return fold(text) !== FULL_MOTTO;
  // A wrap keeps the weight: "UBND TỈNH X" over a bold "CÔNG AN TỈNH" are two items.
  if (boldLine(prev) !== boldLine(next)) return false;
  // "VĂN PHÒNG HĐND VÀ" / "UBND": a line ending on "và" or a dash goes on, whatever follows.
  if (ITEM_START.test(fold(next.text.trim())) && !CONNECTOR_END.test(text)) return false;
  const first = next.text.trim()[0] ?? '';
  if (first !== first.toUpperCase() && !/[.;:]$/.test(text)) return true;
  const perChar = (next.right - next.x) / Math.max(1, next.text.length);
  const word = /^\S+/.exec(next.text.trim())?.[0] ?? '';
  const prevWidth = prev.right - prev.x;
  // A wrap leaves a remainder; two balanced lines were more likely broken by hand.
  const remainder = next.right - next.x < 0.75 * prevWidth;
  return remainder && prevWidth + (word.length + 1) * perChar > cellWidth - 0.8 * prev.size;
}

/** A cell line cut after a word that joins it to the next. */
const CONNECTOR_END = /(?:\s(?:và|VÀ)|\s[-–&])$/u;

/** Every visible span of the line is bold. */
function boldLine(l: Line): boolean {
  return l.spans.every((s) => s.bold || s.text.trim() === '');
}

const centre = (l: Line): number => (l.x + l.right) / 2;
const mean = (xs: number[]): number => (xs.length === 0 ? NaN : xs.reduce((s, x) => s + x, 0) / xs.length);
