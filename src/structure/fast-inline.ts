import { isCharacterReference } from './mdast-blocks.ts';
import type { TextBuilder } from './raw-block.ts';

/**
 * Inline content of the Markdown pivot without remark: plain text with backslash escapes, and
 * strong (`**…**`) / emphasis (`_…_`) runs whose delimiters are unambiguous under CommonMark's
 * flanking rules and nest properly. Anything else returns false and goes to remark. Tested
 * against remark.
 */

/** Characters that start inline constructs this path does not read. */
const HARD = /[`<[\]~\0]/;
const EMPHASIS = /[*_]/;
const REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;
const ASCII_PUNCT = /^[!-/:-@[-`{-~]$/;
const PUNCT = /^[\p{P}\p{S}]$/u;
const SPACE = /^\s$/u;

function isPunct(c: string): boolean {
  return PUNCT.test(c);
}

/** Whether a delimiter run of `char` opens and/or closes, given the characters around it. */
function flanking(char: string, prev: string, next: string): { open: boolean; close: boolean } {
  const prevSpace = SPACE.test(prev);
  const nextSpace = SPACE.test(next);
  const left = !nextSpace && (!isPunct(next) || prevSpace || isPunct(prev));
  const right = !prevSpace && (!isPunct(prev) || nextSpace || isPunct(next));
  if (char === '*') return { open: left, close: right };
  return { open: left && (!right || isPunct(prev)), close: right && (!left || isPunct(next)) };
}

interface Opener {
  char: string;
  at: number;
}

/**
 * Push inline content md[from, to) to `out`; false (with `out` in an undefined state) when
 * the content needs remark.
 */
export function pushInlineFast(md: string, from: number, to: number, out: TextBuilder): boolean {
  const s = md.slice(from, to);
  if (HARD.test(s)) {
    // Escaped markup characters are plain text.
    if (HARD.test(s.replace(/\\[!-/:-@[-`{-~]/g, ''))) return false;
  }
  const hasEmphasis = EMPHASIS.test(s);
  const stack: Opener[] = [];
  let run = from;
  for (let i = from; i < to; ) {
    const c = md[i] as string;
    if (c === '\\' && i + 1 < to && ASCII_PUNCT.test(md[i + 1] as string)) {
      out.pushRun(md, run, i, false);
      out.push(md[i + 1] as string, i + 1, false);
      i += 2;
      run = i;
      continue;
    }
    if (c === '&') {
      REFERENCE.lastIndex = i;
      const m = REFERENCE.exec(md);
      if (m && i + m[0].length <= to && isCharacterReference(m[0])) return false;
      i++;
      continue;
    }
    if (hasEmphasis && (c === '*' || c === '_')) {
      let j = i;
      while (j < to && md[j] === c) j++;
      if (j - i !== (c === '*' ? 2 : 1)) return false;
      const f = flanking(c, i > from ? (md[i - 1] as string) : ' ', j < to ? (md[j] as string) : ' ');
      out.pushRun(md, run, i, false);
      run = j;
      if (f.open && !f.close) {
        stack.push({ char: c, at: out.length });
      } else if (f.close && !f.open) {
        const top = stack.pop();
        if (!top || top.char !== c || top.at === out.length) return false;
        if (c === '*') out.markBold(top.at, out.length);
      } else {
        return false;
      }
      i = j;
      continue;
    }
    i++;
  }
  out.pushRun(md, run, to, false);
  return stack.length === 0;
}
