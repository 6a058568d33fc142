import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../src/text/numbers.ts';

const values = (text: string) => findNumbers(text).map((n) => [n.value, n.slashList?.k, n.slashList?.n]);

describe('figures joined by "/" three or four times', () => {
  it('reads each figure of "a/b/c" as its own mention, with its place in the list', () => {
    expect(values('Hộ tịch: 960/948/12 hồ sơ')).toEqual([
      [960, 0, 3],
      [948, 1, 3],
      [12, 2, 3],
    ]);
    expect(values('1.337/1.337/0/0 hồ sơ').map((v) => v[0])).toEqual([1337, 1337, 0, 0]);
  });
  it('reads no list in dates and document numbers', () => {
    expect(values('ngày 15/3/2024')).toEqual([]);
    expect(values('ngày 5/10/23')).toEqual([]);
    expect(values('Quyết định số 12/2021/QĐ-UBND').every((v) => v[1] === undefined)).toBe(true);
  });
});
