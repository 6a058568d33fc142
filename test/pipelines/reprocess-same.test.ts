import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson, sameJson } from '../../pipelines/reprocess-same.ts';

const REPORTS = join(import.meta.dirname, '../../fixtures/reports');

/** A deterministic generator of small JSON-like values with the awkward cases in them. */
function generator(seed: number) {
  let s = seed >>> 0;
  const rnd = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const leaves = [0, -0, 1, 2.5, NaN, Infinity, null, undefined, '', 'a', 'hồ sơ', true, false];
  const value = (depth: number): unknown => {
    const r = rnd();
    if (depth > 2 || r < 0.5) return pick(leaves);
    if (r < 0.75) {
      const arr: unknown[] = Array.from({ length: Math.floor(rnd() * 3) }, () => value(depth + 1));
      if (rnd() < 0.1) arr.length += 1; // a hole at the end
      return arr;
    }
    const o: { [k: string]: unknown } = {};
    for (const k of ['x', 'y', 'z'].filter(() => rnd() < 0.6)) o[k] = value(depth + 1);
    return o;
  };
  return value;
}

/** The same object with its keys in reverse order, all the way down. */
function reversedKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reversedKeys);
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reversedKeys(x)]));
  return v;
}

describe('sameJson', () => {
  it('agrees with comparing canonical JSON on generated values', () => {
    const value = generator(7);
    let equal = 0;
    for (let i = 0; i < 20_000; i++) {
      const a = value(0);
      const b = i % 3 === 0 ? reversedKeys(a) : value(0);
      const same = canonicalJson(a) === canonicalJson(b);
      if (same) equal++;
      expect(sameJson(a, b), `${canonicalJson(a)} vs ${canonicalJson(b)}`).toBe(same);
    }
    expect(equal).toBeGreaterThan(5_000);
  });

  it('ignores key order and undefined members, and sees a changed figure', () => {
    for (const f of readdirSync(REPORTS).filter((n) => n.endsWith('.expected.json'))) {
      const report = JSON.parse(readFileSync(join(REPORTS, f), 'utf8')) as { records: { value: number; note?: unknown }[] };
      const shuffled = reversedKeys(report) as typeof report;
      shuffled.records[0]!.note = undefined;
      expect(sameJson(report, shuffled), f).toBe(true);
      const changed = structuredClone(report);
      changed.records.at(-1)!.value += 1;
      expect(sameJson(report, changed), f).toBe(false);
    }
  });

  it('tells an undefined element (null) from a hole, and an object from an array', () => {
    expect(sameJson([undefined], [null])).toBe(true);
    expect(sameJson(new Array(1), [null])).toBe(false);
    expect(sameJson({}, [])).toBe(false);
    expect(sameJson({ a: undefined }, {})).toBe(true);
    expect(sameJson(NaN, null)).toBe(true);
  });
});
