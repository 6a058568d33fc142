import { describe, expect, it } from 'vitest';
import { memoize } from '../../src/text/memo.ts';

describe('memoize', () => {
  it('computes once per argument while it remembers, and holds at most `max` entries', () => {
    const calls: string[] = [];
    const upper = memoize((s: string) => {
      calls.push(s);
      return s.toUpperCase();
    }, 2);
    expect(upper('a')).toBe('A');
    expect(upper('a')).toBe('A');
    expect(upper('b')).toBe('B');
    expect(calls).toEqual(['a', 'b']);
    // Full: the third argument empties the memory, so 'a' is computed again.
    expect(upper('c')).toBe('C');
    expect(upper('a')).toBe('A');
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });

  it('remembers null results too', () => {
    let n = 0;
    const none = memoize(() => {
      n++;
      return null;
    }, 10);
    expect(none('x')).toBeNull();
    expect(none('x')).toBeNull();
    expect(n).toBe(1);
  });
});
