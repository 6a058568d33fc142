/** Sorting that skips lists already in order (most of what the checks sort comes in order). */

/**
 * `list` sorted by `compare` in place, as Array.prototype.sort does; a list already in order
 * (no neighbour pair out of order) is left as it is, which is what a stable sort yields for it.
 */
export function sortInPlace<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  for (let i = 1; i < list.length; i++) if (compare(list[i - 1]!, list[i]!) > 0) return list.sort(compare);
  return list;
}
