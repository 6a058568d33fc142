import { bump, modeOf } from './pdf-stats.ts';
import type { PdfItem, PdfPage } from './pdf-types.ts';

/** One item of a raw line; `str` is pdf.js text (may be NFD). */
export interface RawRun {
  str: string;
  /** A space must be inserted before `str` (a visible gap separated it from the previous run). */
  spaceBefore: boolean;
  font: string;
  size: number;
  width: number;
}

/** A line before fonts are classified and text normalized. */
export interface RawLine {
  page: number;
  x: number;
  right: number;
  y: number;
  size: number;
  runs: RawRun[];
  /** A table read back from the page (pdf-table.ts): its cells by row and column; `runs` holds them all. */
  table?: (RawLine | null)[][];
  /** The line opened with a note number set small and raised (its text no longer holds it): a footnote's first line. */
  noteStart?: boolean;
  /**
   * Where the text after a list marker set apart ("1." or "a)" or "-", then a tab) begins: a
   * numbered item's hanging indent, at which its continuation lines start.
   */
  bodyX?: number;
}

/** A list marker alone in its item: "1.", "2.1.", "a)", "II.", "-", "•" (a tab or a space after it, in an item of its own). */
const MARKER_RUN = /^\s*(?:[IVXLC]{1,6}[.)]|\d{1,2}(?:\.\d{1,2})*[.)]?|[a-zđ][.)]|[-+*–•●○■▪·])\s*$/u;

/**
 * Group a page's items into lines, keeping the content-stream order.
 *
 * An item continues the current line when it sits on the same baseline (within 40% of the font
 * size, which keeps superscripts) and does not jump back to the left of the line's end. Content
 * order matters: Word and LibreOffice write a table row cell by cell, so the header block's left
 * cell arrives before its right cell even though both share baselines — each cell line stays its
 * own line. A space is inserted where items are separated by a visible gap.
 */
export function pageLines(page: PdfPage): RawLine[] {
  const lines: RawLine[] = [];
  let cur: RawLine | undefined;
  let chars = new Map<number, number>();
  let baselines: number[] = [];
  // the right edge of the line's first item while it is a list marker with only blanks after it (else undefined)
  let markerEnd: number | undefined;
  const close = () => {
    if (cur === undefined) return;
    cur.size = modeOf(chars) ?? cur.size;
    dropNoteMarks(cur, baselines);
    if (cur.runs.some((r) => r.str.trim() !== '')) lines.push(cur);
  };
  for (const it of page.items) {
    const size = it.size > 0 ? it.size : 10;
    if (cur !== undefined && continues(cur, it, size)) {
      const last = cur.runs[cur.runs.length - 1];
      const gap = it.x - cur.right;
      const needsSpace =
        gap > 0.15 * size && last !== undefined && !/\s$/.test(last.str) && !/^\s/.test(it.str);
      // "1." then a tab or a space, then the item's text: where the text starts is the item's hanging indent.
      if (markerEnd !== undefined && it.str.trim() !== '') {
        if (it.x - markerEnd > 0.15 * size) cur.bodyX = it.x;
        markerEnd = undefined;
      }
      cur.runs.push({ str: it.str, spaceBefore: needsSpace, font: it.font, size, width: it.width });
      baselines.push(it.y);
      cur.right = Math.max(cur.right, it.x + it.width);
    } else {
      if (it.str.trim() === '') continue; // a lone space item never starts a line
      close();
      chars = new Map();
      baselines = [it.y];
      cur = { page: page.page, x: it.x, right: it.x + it.width, y: it.y, size, runs: [{ str: it.str, spaceBefore: false, font: it.font, size, width: it.width }] };
      markerEnd = MARKER_RUN.test(it.str) ? it.x + it.width : undefined;
    }
    const key = Math.round(size * 2) / 2;
    bump(chars, key, it.str.length);
  }
  close();
  return lines;
}

/** A footnote's number as Word and LibreOffice set it: one to three digits (or an asterisk), alone in its item. */
const NOTE_NUMBER = /^\s*(?:\d{1,3}|\*{1,3})\s*$/;

/**
 * Footnote numbers out of a line: a note number is set smaller than the line's text (at most 80%
 * of it) and raised above its baseline (by 15% of the text's size or more). Left in, the number
 * glues onto the figure it annotates ("tiếp nhận 1.200¹ hồ sơ" read as 12.001, "năm 2024²" as
 * 20242). Opening the line, it marks a footnote's own first line (`noteStart`); the line's
 * baseline becomes that of its text rather than of the raised number. `baselines` holds each
 * run's baseline.
 */
function dropNoteMarks(line: RawLine, baselines: number[]): void {
  const text = line.runs.findIndex((r) => Math.abs(r.size - line.size) < 0.5 && r.str.trim() !== '');
  if (text < 0) return;
  const base = baselines[text]!;
  const raised = (r: RawRun, i: number): boolean =>
    r.size <= 0.8 * line.size && base - baselines[i]! >= 0.15 * line.size && NOTE_NUMBER.test(r.str);
  if (!line.runs.some(raised)) return;
  const firstWord = line.runs.findIndex((r) => r.str.trim() !== '');
  const kept: RawRun[] = [];
  line.runs.forEach((r, i) => {
    if (!raised(r, i)) {
      kept.push(kept.length === 0 ? { ...r, spaceBefore: false } : r);
      return;
    }
    if (i === firstWord) line.noteStart = true;
  });
  line.runs = kept;
  line.y = base;
}

function continues(line: RawLine, it: PdfItem, size: number): boolean {
  const tol = 0.4 * Math.max(size, line.size);
  const dy = it.y - line.y;
  const next = it.x >= line.right - 0.5 * size;
  if (Math.abs(dy) <= tol && next) return true;
  // Note numbers are raised further than that at small sizes: a note number (or the space after
  // it) set small and raised right after the text ("hồ sơ¹"), or the text right after a note
  // number that opened the line (a footnote's first line, its number raised half its size).
  const adjacent = next && it.x - line.right <= 0.5 * Math.max(size, line.size);
  if (!adjacent) return false;
  const small = (s: number, than: number): boolean => s <= 0.8 * than;
  if (dy < 0 && -dy <= 0.6 * line.size && small(size, line.size) && (NOTE_NUMBER.test(it.str) || it.str.trim() === '')) return true;
  return dy > 0 && dy <= 0.6 * size && line.runs.length === 1 && small(line.size, size) && NOTE_NUMBER.test(line.runs[0]!.str);
}
