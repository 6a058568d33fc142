/**
 * Emphasis and strong emphasis resolved the way micromark's attention construct does it
 * (micromark-core-commonmark/lib/attention.js), for the inline fast path.
 */

/** A run of `*` or `_` in the Markdown. [start, end) shrinks as its characters are matched. */
export interface Delimiter {
  /** Character code of the run: `*` or `_`. */
  code: number;
  start: number;
  end: number;
  originalStart: number;
  originalEnd: number;
  open: boolean;
  close: boolean;
  /** False once the run sits inside a matched pair it is not part of (it stays literal text). */
  active: boolean;
}

/**
 * Match closers with openers, left to right: each closer takes the nearest usable opener of
 * its character (the rule of three applies when either run may both open and close), two
 * characters from each when both runs have two, else one; runs in between become literal.
 * Shrinks the runs to their unmatched characters and returns the content spans of strong
 * emphasis as flat [from, to) pairs of Markdown offsets.
 */
export function resolveEmphasis(delimiters: Delimiter[]): number[] {
  const strong: number[] = [];
  for (let c = 0; c < delimiters.length; c++) {
    const closer = delimiters[c] as Delimiter;
    if (!closer.close) continue;
    for (let o = c - 1; o >= 0 && closer.end > closer.start; o--) {
      const opener = delimiters[o] as Delimiter;
      if (!opener.active || !opener.open || opener.code !== closer.code || opener.end === opener.start) continue;
      const openLength = opener.end - opener.start;
      const closeLength = closer.end - closer.start;
      if ((opener.close || closer.open) && closeLength % 3 !== 0 && (openLength + closeLength) % 3 === 0) continue;
      const use = openLength > 1 && closeLength > 1 ? 2 : 1;
      if (use === 2) strong.push(opener.end, closer.start);
      opener.end -= use;
      closer.start += use;
      for (let k = o + 1; k < c; k++) (delimiters[k] as Delimiter).active = false;
      // Look again from the closer for its remaining characters.
      o = c;
    }
  }
  return strong;
}
