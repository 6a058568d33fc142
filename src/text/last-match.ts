/**
 * The last match of a global pattern that starts before `at`, searching from `from`: the phrase
 * nearest a figure on its left ("the last field named before it", "the last channel set off
 * before its clause"). The pattern's lastIndex is reset; it must not match the empty string.
 */
export function lastMatchBefore(re: RegExp, text: string, at: number, from = 0): RegExpExecArray | null {
  re.lastIndex = from;
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(text); m && m.index < at; m = re.exec(text)) last = m;
  return last;
}
