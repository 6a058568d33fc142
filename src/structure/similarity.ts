/** String similarity for fuzzy title matching: one-edit token equality and Dice over bigrams. */

/** a[ai..] equals b[bi..]. */
function tailEqual(a: string, ai: number, b: string, bi: number): boolean {
  if (a.length - ai !== b.length - bi) return false;
  for (; ai < a.length; ai++, bi++) if (a.charCodeAt(ai) !== b.charCodeAt(bi)) return false;
  return true;
}

/** True when a and b differ by at most one edit (insertion, deletion, substitution or swap of neighbours). */
export function withinOneEdit(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (la - lb > 1 || lb - la > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === la || i === lb) return true;
  if (la === lb) {
    if (tailEqual(a, i + 1, b, i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && tailEqual(a, i + 2, b, i + 2);
  }
  return la > lb ? tailEqual(a, i + 1, b, i) : tailEqual(a, i, b, i + 1);
}

/** Tokens match when equal, or one typo apart when both have four letters or more. */
export function tokenEqual(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 4 || b.length < 4) return false;
  return withinOneEdit(a, b);
}

/**
 * Character bigrams of a string, as natural's DiceCoefficient takes them (lower-cased, spaces
 * squashed, a single character padded). Kept here so the known titles' bigrams are computed once.
 */
export function bigrams(str: string): Set<string> {
  let s = str.toLowerCase().replace(/\s+/g, ' ').trim();
  if (s.length === 1) s += ' ';
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
}

/**
 * Dice coefficient of two bigram sets, 2·|A∩B| / (|A| + |B|) as natural's DiceCoefficient
 * computes it; 0 when the set sizes alone rule out reaching `threshold`.
 */
export function diceOf(a: Set<string>, b: Set<string>, threshold = 0): number {
  if (a.size + b.size === 0) return 0;
  // The coefficient cannot exceed 2·min/(|A|+|B|): skip pairs that cannot reach the threshold.
  if ((2 * Math.min(a.size, b.size)) / (a.size + b.size) < threshold) return 0;
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  return (2 * common) / (a.size + b.size);
}

