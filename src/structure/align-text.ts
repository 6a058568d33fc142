import type { TextBuilder } from './raw-block.ts';

const ASCII_PUNCT = /^[!-/:-@[-`{-~]$/;
const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

/**
 * Map the characters of a parsed text value back onto its source span [start, end) of the
 * Markdown. The value differs from the source only by backslash escapes, character references
 * (decoded unless `decode` is false, as in code spans) and line-break white space, so a single
 * forward walk suffices. Soft line breaks become spaces.
 */
export function alignText(
  value: string,
  md: string,
  start: number,
  end: number,
  bold: boolean,
  out: TextBuilder,
  decode = true,
): void {
  let j = start;
  let i = 0;
  while (i < value.length) {
    const c = value[i] as string;
    if (j >= end) {
      out.push(c === '\n' ? ' ' : c, Math.max(start, end - 1), bold);
      i++;
      continue;
    }
    const s = md[j];
    // A backslash before ASCII punctuation is always an escape in running text.
    if (decode && s === '\\' && md[j + 1] === c && ASCII_PUNCT.test(c)) {
      out.push(c, j + 1, bold);
      i++;
      j += 2;
      continue;
    }
    if (s === '&' && decode) {
      ENTITY.lastIndex = j;
      const m = ENTITY.exec(md);
      if (m !== null && m.index === j && value.slice(i, i + m[0].length) !== m[0]) {
        out.push(c, j, bold);
        i++;
        // A reference may decode to a surrogate pair: keep both halves on the reference.
        const code = c.charCodeAt(0);
        if (code >= 0xd800 && code <= 0xdbff && i < value.length) {
          out.push(value[i] as string, j, bold);
          i++;
        }
        j += m[0].length;
        continue;
      }
    }
    if (s === c) {
      out.push(c === '\n' ? ' ' : c, j, bold);
      i++;
      j++;
      continue;
    }
    if (s === '\\' && md[j + 1] === c) {
      out.push(c, j + 1, bold);
      i++;
      j += 2;
      continue;
    }
    if (c === '\n') {
      out.push(' ', j, bold);
      i++;
      continue;
    }
    if (isSpace(s)) {
      j++;
      continue;
    }
    out.push(c, j, bold);
    i++;
    j++;
  }
}
