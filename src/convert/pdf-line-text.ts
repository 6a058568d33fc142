import { nfc } from '../text/normalize.ts';
import type { RawLine } from './pdf-lines.ts';
import { TIMES, textEm } from './pdf-metrics.ts';
import { collapseSpaces } from './pdf-markdown.ts';
import { rejoinSplitSyllables } from './pdf-nfd.ts';
import { plainNfc } from './plain-nfc.ts';
import type { Line, Span } from './pdf-types.ts';

export interface LineTextOptions {
  bold: Set<string>;
  /** The document stores decomposed text: rejoin split syllables, estimate right edges. */
  nfd: boolean;
}

/**
 * A raw line → its NFC text and bold spans. In NFD documents split syllables are rejoined and
 * the right edge is re-estimated from Times metrics (pdf.js under-measures such text).
 */
export function finishLine(raw: RawLine, opts: LineTextOptions): { line: Line; joined: number } {
  const spans: Span[] = [];
  let joined = 0;
  let natural = 0;
  for (const run of raw.runs) {
    let text: string;
    if (opts.nfd) {
      const r = rejoinSplitSyllables(run.str);
      text = r.text;
      joined += r.joined;
      natural += run.size * textEm((run.spaceBefore ? ' ' : '') + run.str, TIMES).em;
    } else {
      text = plainNfc(run.str) ? run.str : nfc(run.str);
    }
    if (run.spaceBefore) text = ` ${text}`;
    const bold = opts.bold.has(run.font) && text.trim() !== '';
    const last = spans[spans.length - 1];
    if (last !== undefined && (last.bold === bold || text.trim() === '')) last.text += text;
    else spans.push({ text, bold });
  }
  for (const s of spans) s.text = collapseSpaces(s.text);
  const first = spans[0];
  if (first !== undefined) first.text = first.text.trimStart();
  const lastSpan = spans[spans.length - 1];
  if (lastSpan !== undefined) lastSpan.text = lastSpan.text.trimEnd();
  const text = spans.map((s) => s.text).join('');
  const right = opts.nfd ? raw.x + natural : raw.right;
  const line: Line = { page: raw.page, x: raw.x, right, y: raw.y, size: raw.size, text, spans };
  if (raw.bodyX !== undefined) line.bodyX = raw.bodyX;
  return { line, joined };
}
