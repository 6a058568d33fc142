/** The memories of the memos of a report's texts (memoizeByLength; module-lived, so never many). */
const textMemory = new Set<Map<string, unknown>>();

/**
 * Empty the memos of report texts (memoizeByLength). The analysis of each report starts with
 * this: those memos then hold the whole of even a 500-page report, and nothing of the reports
 * before it.
 */
export function forgetTexts(): void {
  for (const m of textMemory) m.clear();
}

/**
 * A function of a string, remembered for recent arguments: the rooms read the same sentences,
 * blocks and headings many times over. Bounded: the memory is emptied whole when it holds `max`
 * entries (no recency bookkeeping on the hot path); Infinity for a memo that lives as long as
 * one report's reading. `compute` must not return undefined.
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

/**
 * Like `memoize`, for a report's own texts (its paragraphs, sentences, headings): bounded by the
 * length of the texts it remembers rather than their number, emptied whole when the next text
 * would take it past `maxUnits` UTF-16 units, and emptied by forgetTexts() when a report's
 * analysis starts. A count bound small enough for many short texts was too small for a long
 * report: a 500-page one has 12,000 paragraphs and 20,000 sentences, which were computed again
 * for every rule and check that read them.
 */
export function memoizeByLength<V>(compute: (key: string) => V, maxUnits: number): (key: string) => V {
  const memory = new Map<string, V>();
  textMemory.add(memory);
  let held = 0;
  return (key) => {
    let value = memory.get(key);
    if (value === undefined) {
      value = compute(key);
      if (memory.size === 0) held = 0; // emptied by forgetTexts() since
      held += key.length;
      if (held > maxUnits) {
        memory.clear();
        held = key.length;
      }
      memory.set(key, value);
    }
    return value;
  };
}

/**
 * A function of an object, remembered for the last object only: for values read once per
 * sentence or block by several rules in turn (a WeakMap keeps every sentence's entry until a
 * full collection, which costs more than it saves when each key is asked for a few times in a row).
 * `from` is what the value is computed from when it is more than the key (the rule context of a
 * sentence whose key is its figures); the value must depend on the key alone.
 */
export function rememberLast<K extends object, V, A = K>(compute: (key: K, from: A) => V): (key: K, from?: A) => V {
  let lastKey: K | undefined;
  let lastValue: V | undefined;
  return (key, from = key as unknown as A) => {
    if (key !== lastKey) {
      lastValue = compute(key, from);
      lastKey = key;
    }
    return lastValue as V;
  };
}

/**
 * A class (1–255) of a UTF-16 unit, remembered per unit in a 64 KiB table: for a per-character
 * test on a hot path whose honest form is a Unicode-property pattern on the one-character
 * string. The pattern is asked once per distinct unit met (a document uses a few hundred).
 */
export function memoizeByUnit(classify: (char: string) => number): (unit: number) => number {
  const known = new Uint8Array(0x10000);
  return (unit) => {
    let k = known[unit]!;
    if (k === 0) {
      k = classify(String.fromCharCode(unit));
      known[unit] = k;
    }
    return k;
  };
}
