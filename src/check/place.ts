/** Offsets into the Markdown → a Place for people (line:column) and code (offsets). */
import type { Place } from '../schema/flag.ts';

/** Start offsets of every line of the Markdown. */
export function lineStarts(markdown: string): number[] {
  const starts = [0];
  for (let i = markdown.indexOf('\n'); i >= 0; i = markdown.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line and column of an offset. */
export function lineColumn(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

export function makePlace(
  span: { start: number; end: number; section?: string; text?: string; line?: number; column?: number },
  starts: readonly number[] | null,
): Place {
  const place: Place = { start: span.start, end: Math.max(span.start, span.end) };
  if (span.line !== undefined) {
    place.line = span.line;
    if (span.column !== undefined) place.column = span.column;
  } else if (starts) Object.assign(place, lineColumn(starts, span.start));
  if (span.section !== undefined) place.section = span.section;
  if (span.text !== undefined) place.text = span.text;
  return place;
}
