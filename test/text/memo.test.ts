import { describe, expect, it } from 'vitest';
import { memoize, rememberLast } from '../../src/text/memo.ts';

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

describe('rememberLast', () => {
  it('computes once for the same key in a row, again for another key, and again when the first comes back', () => {
    const calls: string[] = [];
    const lengthOf = rememberLast((key: { id: string }, from: string) => {
      calls.push(key.id);
      return from.length;
    });
    const a = { id: 'a' };
    const b = { id: 'b' };
    expect(lengthOf(a, 'xyz')).toBe(3);
    expect(lengthOf(a, 'ignored: the value belongs to the key')).toBe(3);
    expect(lengthOf(b, 'xy')).toBe(2);
    expect(lengthOf(a, 'xyzw')).toBe(4);
    expect(calls).toEqual(['a', 'b', 'a']);
  });
  it('passes the key itself when nothing else is given', () => {
    const idOf = rememberLast((key: { id: string }, from: { id: string }) => `${key.id}/${from.id}`);
    expect(idOf({ id: 'k' })).toBe('k/k');
  });
});
