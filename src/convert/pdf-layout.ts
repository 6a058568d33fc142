import { bump, modeOf, quantile } from './pdf-stats.ts';
import type { Line } from './pdf-types.ts';

/** The body text column of a document, measured from its lines. */
export interface Layout {
  /** Body font size (most characters). */
  size: number;
  /** Left margin: where most body lines start. */
  left: number;
  /** First-line indent position (most common start right of the margin), or NaN. */
  indent: number;
  /** Right edge of the column: where justified lines end. */
  right: number;
  /** Normal baseline-to-baseline distance inside a paragraph at body size. */
  spacing: number;
  /** Extra room (points) a line must leave before it counts as ended early. */
  slack: number;
}

/**
 * Measure the column with histograms (one pass each, no sorting of all lines): the mode wins,
 * since body lines outnumber titles, headings and signatures.
 * `widthsReliable` is false for NFD PDFs, whose right edges are estimates.
 */
export function measureLayout(lines: Line[], widthsReliable = true): Layout {
  const sizes = new Map<number, number>();
  for (const l of lines) bump(sizes, Math.round(l.size * 2) / 2, l.text.length);
  const size = modeOf(sizes) ?? 12;
  const body = lines.filter((l) => Math.abs(l.size - size) <= 0.6);

  // The margin is where wide lines start: short lines (table cells, headings, list items)
  // may be more numerous but say nothing about the margin.
  let minX = Infinity;
  let maxX = -Infinity;
  for (const l of body) {
    minX = Math.min(minX, l.x);
    maxX = Math.max(maxX, l.right);
  }
  // Of the starts shared by several wide lines, the leftmost: in short paragraphs the indented
  // first lines may outnumber the continuation lines at the margin.
  const lefts = new Map<number, number>();
  for (const l of body) if (l.right - l.x > 0.5 * (maxX - minX)) bump(lefts, Math.round(l.x), 1);
  let left = modeOf(lefts) ?? (Number.isFinite(minX) ? Math.round(minX) : 0);
  for (const [x, n] of lefts) if (n >= 2 && x < left) left = x;

  const indents = new Map<number, number>();
  for (const l of body) {
    if (l.x > left + 0.4 * size && l.x < left + 6 * size) bump(indents, Math.round(l.x), 1);
  }
  const indent = modeOf(indents) ?? NaN;

  let maxRight = left;
  for (const l of body) maxRight = Math.max(maxRight, l.right);
  const wide = body.filter((l) => l.right > left + 0.6 * (maxRight - left));
  const rights = new Map<number, number>();
  for (const l of wide) bump(rights, Math.round(l.right), 1);
  const modeRight = modeOf(rights);
  const modeShare = modeRight === undefined ? 0 : (rights.get(modeRight) ?? 0) / Math.max(1, wide.length);
  let right: number;
  // Justified text ends its full lines at one edge and none beyond it: a mode that a tenth of the
  // wide lines pass by more than a couple of points is a coincidence of ragged lines, not an edge.
  const beyond = modeRight === undefined ? 0 : wide.filter((l) => l.right > modeRight + 2).length;
  if (widthsReliable && modeRight !== undefined && modeShare >= 0.15 && beyond <= 0.1 * wide.length) {
    // Justified text: the mode ±1pt, take the furthest of the neighbours seen.
    right = modeRight + ((rights.get(modeRight + 1) ?? 0) > 0 ? 1 : 0);
  } else {
    right = quantile(wide.map((l) => l.right), 0.95) ?? maxRight;
  }

  const gaps = new Map<number, number>();
  for (let i = 1; i < body.length; i++) {
    const a = body[i - 1]!;
    const b = body[i]!;
    if (a.page !== b.page) continue;
    const dy = b.y - a.y;
    if (dy > 0.8 * size && dy < 2.5 * size) bump(gaps, Math.round(dy * 2) / 2, 1);
  }
  const spacing = lineSpacing(gaps) ?? 1.2 * size;

  return { size, left, indent, right, spacing, slack: widthsReliable ? 0.3 * size : 1.5 * size };
}

/**
 * The line spacing among the gaps between successive body lines: the most common gap — unless a
 * gap well under it is nearly as common. Paragraphs set apart by space alone (no first-line
 * indent; a browser's or Word's "space after") put a paragraph gap of a line and more after every
 * paragraph of two or three lines, which may outnumber the line gaps inside them; the line
 * spacing is then the smaller gap.
 */
export function lineSpacing(gaps: Map<number, number>): number | undefined {
  const mode = modeOf(gaps);
  if (mode === undefined) return undefined;
  const n = gaps.get(mode) ?? 0;
  let best = mode;
  for (const [g, c] of gaps) if (g < best && g * 1.4 <= mode && c >= 0.5 * n) best = g;
  return best;
}
