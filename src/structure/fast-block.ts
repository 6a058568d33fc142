import { pushInlineFast } from './fast-inline.ts';
import { TextBuilder, type RawBlock } from './raw-block.ts';

/**
 * A fast path for the single-line blocks that make up most of the Markdown pivot. It yields
 * exactly what remark would (a paragraph or a bullet list item, with bold and italic runs);
 * anything else returns null and goes through remark. Tested against remark.
 */

/** Starts that make a block something other than a paragraph. */
const BLOCK_START = /^(?:[#>]|\d{1,9}[.)]|[-+*](?:[ \t]|$)|={1,}[ \t]*$|(?:[-*_][ \t]*){3,}$|\|)/;

/**
 * Inline content [from, to) pushed to `out`; false when it needs remark. `inCell` skips the
 * block-start check (table cells hold inline content only).
 */
export function pushContent(md: string, from: number, to: number, out: TextBuilder, inCell = false): boolean {
  const s = md.slice(from, to);
  if (s.length === 0) return inCell;
  if (!inCell && BLOCK_START.test(s)) return false;
  return pushInlineFast(md, from, to, out);
}

/**
 * Convert one single-line block [start, end) of the Markdown, or return null when it needs
 * the full parser.
 */
export function fastBlock(md: string, start: number, end: number): RawBlock | null {
  let a = start;
  let lead = 0;
  while (a < end && md[a] === ' ') {
    a++;
    lead++;
  }
  if (lead > 3 || md[a] === '\t') return null;
  let z = end;
  while (z > a && (md[z - 1] === ' ' || md[z - 1] === '\t')) z--;
  if (z <= a) return null;
  // A trailing backslash or a hard-break-looking end stays with remark.
  if (md[z - 1] === '\\') return null;
  const first = md[a];
  const out = new TextBuilder();
  if (first === '#') {
    // ATX heading "## 1. Tiêu đề" (a Word heading style); closing #s and odd forms go to remark.
    let c = a;
    while (c < z && md[c] === '#') c++;
    const depth = c - a;
    if (depth > 6 || (md[c] !== ' ' && md[c] !== '\t') || md[z - 1] === '#') return null;
    while (c < z && (md[c] === ' ' || md[c] === '\t')) c++;
    if (c >= z || !pushInlineFast(md, c, z, out)) return null;
    return out.build('heading', a, end, depth);
  }
  if ((first === '-' || first === '+' || first === '*') && (md[a + 1] === ' ' || md[a + 1] === '\t')) {
    let c = a + 1;
    let pad = 0;
    while (c < z && md[c] === ' ') {
      c++;
      pad++;
    }
    if (pad > 4 || md[c] === '\t' || c >= z) return null;
    out.push(first, a, false);
    out.push(' ', a + 1, false);
    const markerEnd = out.length;
    if (!pushContent(md, c, z, out)) return null;
    return out.build('listItem', a, end, 0, markerEnd);
  }
  if (!pushContent(md, a, z, out)) return null;
  return out.build('paragraph', a, end);
}
