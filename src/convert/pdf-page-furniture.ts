import { fold } from '../text/normalize.ts';
import type { Line } from './pdf-types.ts';

/**
 * Page furniture: what repeats on pages rather than belonging to the text.
 * - pdf-parse page markers ("-- 2 of 6 --"), wherever they appear;
 * - bare page numbers ("3", "- 3 -", "Trang 3", "3/12") as the top-most or bottom-most line of
 *   a page, set apart from the text by a wide gap, when their value follows the page index (value − page is the same offset as on
 *   most other numbered pages; a lone candidate must be within 10 of its page index);
 * - running headers/footers: among the two top-most and two bottom-most lines of each page
 *   (again set apart by a wide gap), a text (digits ignored) found on at least 60% of the pages
 *   (and on 2 or more).
 */

const MARKER = /^--\s*\d+\s+of\s+\d+\s*--$/;
const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:trang\s+)?(\d{1,4})(?:\s*\/\s*\d{1,4})?(?:\s*[-–—])?$/i;
const EDGE_LINES = 2;

export interface FurnitureResult {
  pages: Line[][];
  removed: number;
}

/** Drop page furniture from per-page lines (each page's lines in reading order). */
export function dropPageFurniture(pages: Line[][]): FurnitureResult {
  let removed = 0;
  const drop = pages.map(() => new Set<Line>());

  pages.forEach((lines, i) => {
    for (const l of lines) if (MARKER.test(l.text.trim())) drop[i]?.add(l);
  });

  // Bare page numbers at the page's top or bottom edge: set apart by a wide gap, or, without one
  // (a number in the page header right above the text), following the page index on two pages or more.
  const candidates: { i: number; line: Line; offset: number; apart: boolean }[] = [];
  pages.forEach((lines, i) => {
    const apart = edges(lines, drop[i]!, 1);
    for (const line of outermost(lines, drop[i]!)) {
      const m = PAGE_NUMBER.exec(line.text.trim());
      if (m !== null) candidates.push({ i, line, offset: Number(m[1]) - (line.page || i + 1), apart: apart.includes(line) });
    }
  });
  const offsetCounts = new Map<number, number>();
  for (const c of candidates) offsetCounts.set(c.offset, (offsetCounts.get(c.offset) ?? 0) + 1);
  for (const c of candidates) {
    const n = offsetCounts.get(c.offset) ?? 0;
    if (n >= 2 || (c.apart && Math.abs(c.offset) <= 10)) drop[c.i]?.add(c.line);
  }

  // Running headers and footers.
  if (pages.length >= 2) {
    // Set smaller than the text and at the same height on most pages, a header or footer needs no gap.
    const seenAt = new Map<string, number>();
    const size = bodySize(pages.flat());
    const small = pages.map((lines, i) => {
      const k = new Map<Line, string>();
      for (const line of outermost(lines, drop[i]!, EDGE_LINES)) {
        if (line.table === undefined && line.size < 0.9 * size) k.set(line, `${furnitureKey(line.text)}@${Math.round(line.y / 3)}`);
      }
      for (const key of new Set(k.values())) seenAt.set(key, (seenAt.get(key) ?? 0) + 1);
      return k;
    });
    const needAt = Math.max(2, Math.ceil(pages.length * 0.6));
    small.forEach((k, i) => {
      for (const [line, key] of k) if (!key.startsWith('@') && (seenAt.get(key) ?? 0) >= needAt) drop[i]?.add(line);
    });

    const seen = new Map<string, number>();
    const keys = pages.map((lines, i) => {
      const k = new Map<Line, string>();
      // A table read back from the page is never furniture, however alike its cells on every page.
      for (const line of edges(lines, drop[i]!, EDGE_LINES)) if (line.table === undefined) k.set(line, furnitureKey(line.text));
      for (const key of new Set(k.values())) seen.set(key, (seen.get(key) ?? 0) + 1);
      return k;
    });
    const need = Math.max(2, Math.ceil(pages.length * 0.6));
    keys.forEach((k, i) => {
      for (const [line, key] of k) if (key !== '' && (seen.get(key) ?? 0) >= need) drop[i]?.add(line);
    });
  }

  const out = pages.map((lines, i) =>
    lines.filter((l) => {
      const d = drop[i]?.has(l) ?? false;
      if (d) removed++;
      return !d;
    }),
  );
  return { pages: out, removed };
}

/**
 * Candidate furniture lines of a page: up to `n` top-most lines that are set apart from the
 * text below them by a gap wider than 1.5× the page's usual line spacing, and likewise at the
 * bottom. Body lines, packed at normal spacing, never qualify.
 */
function edges(lines: Line[], dropped: Set<Line>, n: number): Line[] {
  const byY = lines.filter((l) => !dropped.has(l)).sort((a, b) => a.y - b.y);
  if (byY.length < 2) return byY;
  const gaps: number[] = [];
  for (let i = 1; i < byY.length; i++) gaps.push(byY[i]!.y - byY[i - 1]!.y);
  // Lower quartile: furniture gaps are few and wide, body gaps many and equal.
  const usual = byY.length > 2 ? [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 4)]! : 1.2 * byY[0]!.size;
  const wide = (i: number): boolean => (gaps[i] ?? 0) > 1.5 * usual;
  const out: Line[] = [];
  for (let j = Math.min(n, byY.length - 1) - 1; j >= 0; j--) {
    if (wide(j)) {
      out.push(...byY.slice(0, j + 1));
      break;
    }
  }
  for (let j = Math.min(n, byY.length - 1) - 1; j >= 0; j--) {
    const at = byY.length - 1 - j; // the j+1 bottom-most lines start here
    if (wide(at - 1)) {
      out.push(...byY.slice(at).filter((l) => !out.includes(l)));
      break;
    }
  }
  return out;
}

/** The `n` top-most and `n` bottom-most lines of a page not yet dropped, gap or none. */
function outermost(lines: Line[], dropped: Set<Line>, n = 1): Line[] {
  const byY = lines.filter((l) => !dropped.has(l)).sort((a, b) => a.y - b.y);
  return [...new Set([...byY.slice(0, n), ...byY.slice(Math.max(0, byY.length - n))])];
}

/** The size most of the characters are set in. */
function bodySize(lines: Line[]): number {
  const chars = new Map<number, number>();
  for (const l of lines) chars.set(l.size, (chars.get(l.size) ?? 0) + l.text.length);
  let best = 0;
  let most = -1;
  for (const [size, n] of chars) if (n > most) [best, most] = [size, n];
  return best;
}

function furnitureKey(text: string): string {
  return fold(text).replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}
