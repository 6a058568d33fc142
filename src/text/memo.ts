/**
 * A function of a string, remembered for recent arguments: the rooms read the same sentences,
 * blocks and headings many times over. Bounded: the memory is emptied whole when it holds `max`
 * entries (no recency bookkeeping on the hot path). `compute` must not return undefined.
 */
export function memoize<V>(compute: (key: string) => V, max: number): (key: string) => V {
  const memory = new Map<string, V>();
  return (key) => {
    let value = memory.get(key);
    if (value === undefined) {
      value = compute(key);
      if (memory.size >= max) memory.clear();
      memory.set(key, value);
    }
    return value;
  };
}
