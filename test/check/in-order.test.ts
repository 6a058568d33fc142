import { describe, expect, it } from 'vitest';
import { sortInPlace } from '../../src/check/in-order.ts';

describe('sortInPlace', () => {
  const byKey = (a: { k: number; i: number }, b: { k: number; i: number }) => a.k - b.k;

  it('sorts as Array.prototype.sort does, stably', () => {
    for (let n = 0; n < 200; n++) {
      const list = Array.from({ length: n % 13 }, (_, i) => ({ k: (i * 7 + n) % 5, i }));
      expect(sortInPlace([...list], byKey)).toEqual([...list].sort(byKey));
    }
  });

  it('leaves a list in order as it is, the same array', () => {
    const list = [{ k: 1, i: 0 }, { k: 1, i: 1 }, { k: 2, i: 2 }];
    const same = sortInPlace(list, byKey);
    expect(same).toBe(list);
    expect(same.map((x) => x.i)).toEqual([0, 1, 2]);
  });
});
