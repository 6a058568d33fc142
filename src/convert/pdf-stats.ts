/** Small statistics the PDF stages measure a page or a document with. */

/** Add `by` to the count of `k`. */
export function bump(counts: Map<number, number>, k: number, by: number): void {
  counts.set(k, (counts.get(k) ?? 0) + by);
}

/** The key with the highest count (the first such in insertion order), or undefined for none. */
export function modeOf(counts: Map<number, number>): number | undefined {
  let best: number | undefined;
  let n = -1;
  for (const [k, c] of counts) {
    if (c > n) {
      best = k;
      n = c;
    }
  }
  return best;
}

/** The value at rank ⌊n·q⌋ of the sorted values (the upper one of the two middles for q = 0.5), or undefined for none. */
export function quantile(xs: readonly number[], q: number): number | undefined {
  if (xs.length === 0) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * q))];
}
