import { describe, expect, it } from 'vitest';
import { forgetTexts, memoize, memoizeByLength, memoizeByUnit, rememberLast } from '../../src/text/memo.ts';

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

describe('memoizeByLength', () => {
  it('computes once per text while the texts it holds fit in `maxUnits`, and empties itself past that', () => {
    const calls: string[] = [];
    const upper = memoizeByLength((s: string) => {
      calls.push(s);
      return s.toUpperCase();
    }, 10);
    // Many short texts and one long one fit together: the bound is their length, not their number.
    for (const s of ['a', 'b', 'c', 'd', 'e', 'abcde']) upper(s);
    for (const s of ['a', 'b', 'c', 'd', 'e', 'abcde']) expect(upper(s)).toBe(s.toUpperCase());
    expect(calls).toEqual(['a', 'b', 'c', 'd', 'e', 'abcde']);
    // 10 units held: the next text would pass the bound, so the memory is emptied and holds it alone.
    expect(upper('xy')).toBe('XY');
    expect(upper('xy')).toBe('XY');
    expect(upper('a')).toBe('A');
    expect(calls).toEqual(['a', 'b', 'c', 'd', 'e', 'abcde', 'xy', 'a']);
  });

  it('remembers a text longer than the bound until the next one', () => {
    let n = 0;
    const len = memoizeByLength((s: string) => {
      n++;
      return s.length;
    }, 4);
    expect(len('longer than four')).toBe(16);
    expect(len('longer than four')).toBe(16);
    expect(n).toBe(1);
    expect(len('ab')).toBe(2);
    expect(len('longer than four')).toBe(16);
    expect(n).toBe(3);
  });
});

describe('forgetTexts', () => {
  it('empties the memos of texts (bounded by length), not the others', () => {
    const calls: string[] = [];
    const byCount = memoize((s: string) => (calls.push(`count:${s}`), s.length), 10);
    const byLength = memoizeByLength((s: string) => (calls.push(`length:${s}`), s.length), 100);
    byCount('x');
    byLength('x');
    forgetTexts();
    byCount('x');
    byLength('x');
    expect(calls).toEqual(['count:x', 'length:x', 'length:x']);
  });

  it('lets a memo count its texts afresh: what it held before is not counted against its bound', () => {
    const calls: string[] = [];
    const len = memoizeByLength((s: string) => (calls.push(s), s.length), 6);
    len('abc');
    forgetTexts();
    len('abc');
    // 3 units held now, not 6: 'def' fits beside 'abc'
    len('def');
    len('abc');
    expect(calls).toEqual(['abc', 'abc', 'def']);
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

describe('memoizeByUnit', () => {
  it('asks once per unit and answers every unit as its classifier does', () => {
    const asked: string[] = [];
    const kind = memoizeByUnit((ch) => {
      asked.push(ch);
      return /\p{L}/u.test(ch) ? 2 : 1;
    });
    const units = [...'ạa1 ạ,a'].map((c) => c.charCodeAt(0));
    expect(units.map(kind)).toEqual([2, 2, 1, 1, 2, 1, 2]);
    expect(asked).toEqual(['ạ', 'a', '1', ' ', ',']);
    expect(kind(0xffff)).toBe(1);
    expect(kind(0)).toBe(1);
  });
});
