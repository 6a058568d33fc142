import type { RawLine } from './pdf-lines.ts';
import { bump, modeOf, quantile } from './pdf-stats.ts';

/**
 * Footnotes off a page: from the top-most line that opens with a raised note number
 * (`noteStart`, pdf-lines.ts) down, every line set no larger than it is the page's footnote area
 * and goes. The .docx converter leaves footnotes out as well (mammoth keeps them apart from the
 * body), so a report reads the same in both formats: a footnote's own figures ("gồm 35 hồ sơ của
 * cấp xã") are not the body's records, and its text does not run on from the body's last
 * paragraph.
 *
 * The area must really be the page's foot, so a raised digit opening a line of the body never cuts
 * the page: a note line is taken only when no larger text follows it — apart from short lines (a
 * page number in the footer, left to the page-furniture step) — and when it is set smaller than
 * the page's text or apart from the line above it (the separator rule leaves a gap wider than the
 * page's line spacing).
 */
export function dropFootnotes(lines: RawLine[]): RawLine[] {
  if (!lines.some((l) => l.noteStart === true)) return lines;
  const byY = [...lines].sort((a, b) => a.y - b.y);
  const body = bodySize(byY);
  const spacing = lineSpacing(byY);
  const start = byY.findIndex(
    (l, i) =>
      l.noteStart === true &&
      l.table === undefined &&
      (l.size < body - 0.5 || i === 0 || l.y - byY[i - 1]!.y > 1.5 * spacing) &&
      footOnly(byY.slice(i + 1), l.size),
  );
  if (start < 0) return lines;
  const top = byY[start]!;
  const note = new Set(byY.slice(start).filter((l) => l.size <= top.size + 0.5 && l.table === undefined));
  return lines.filter((l) => !note.has(l));
}

/** Lines below a note line: none larger than it, short furniture lines aside. */
function footOnly(below: RawLine[], size: number): boolean {
  return below.every((l) => l.size <= size + 0.5 || textOf(l).length <= 12);
}

function textOf(line: RawLine): string {
  return line.runs.map((r) => r.str).join('').trim();
}

/** The size most of the page's text is set in (by characters). */
function bodySize(lines: RawLine[]): number {
  const chars = new Map<number, number>();
  for (const l of lines) bump(chars, l.size, textOf(l).length);
  return modeOf(chars) ?? 0;
}

/** The page's usual distance between consecutive baselines (the median; Infinity with one line). */
function lineSpacing(byY: RawLine[]): number {
  const gaps = byY.slice(1).map((l, i) => l.y - byY[i]!.y).filter((g) => g > 0);
  return quantile(gaps, 0.5) ?? Infinity;
}
