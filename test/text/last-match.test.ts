import { describe, expect, it } from 'vitest';
import { lastMatchBefore } from '../../src/text/last-match.ts';

describe('lastMatchBefore', () => {
  const FIELD = /linh vuc (\w+)/g;
  const text = 'linh vuc dat dai 12 ho so, linh vuc ho tich 30 ho so, linh vuc xay dung 4 ho so';
  it('finds the last match starting before the position', () => {
    expect(lastMatchBefore(FIELD, text, text.indexOf('30'))?.[1]).toBe('ho');
    expect(lastMatchBefore(FIELD, text, text.indexOf('12'))?.[1]).toBe('dat');
    expect(lastMatchBefore(FIELD, text, text.length)?.[1]).toBe('xay');
  });
  it('is null before the first match, and searches from `from`', () => {
    expect(lastMatchBefore(FIELD, text, 0)).toBeNull();
    expect(lastMatchBefore(FIELD, text, text.indexOf('12'), 5)).toBeNull();
  });
  it('resets the pattern between calls', () => {
    FIELD.lastIndex = text.length;
    expect(lastMatchBefore(FIELD, text, text.indexOf('4 ho so'))?.[1]).toBe('xay');
  });
});
