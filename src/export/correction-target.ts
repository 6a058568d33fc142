import type { Flag, Record } from '../schema/index.ts';

/**
 * The figure a "corrected" decision corrects: the flag's record whose value is the flag's
 * `actual` when exactly one is, otherwise the flag's first record. Returns the index into the
 * report's records, or undefined for a flag without records.
 */
export function correctionTarget(flag: Flag, records: readonly Record[]): number | undefined {
  if (flag.actual !== undefined) {
    const hits = flag.records.filter((i) => records[i]?.value === flag.actual);
    if (hits.length === 1) return hits[0];
  }
  return flag.records.find((i) => records[i] !== undefined);
}
