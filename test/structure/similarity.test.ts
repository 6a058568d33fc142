import { DamerauLevenshteinDistance, DiceCoefficient } from 'natural/lib/natural/distance/index.js';
import { describe, expect, it } from 'vitest';
import { bigrams, diceOf, withinOneEdit } from '../../src/structure/similarity.ts';

const PAIRS: [string, string][] = [
  ['danh gja chung', 'danh gia chung'],
  ['thu tuc hanh chin', 'thu tuc'],
  ['kien nghi de xuat', 'de xuat kien nghi'],
  ['a', 'ab'],
  ['cai cach the che', 'cai  cach THE che'],
  ['chinh phu so', 'chinh quyen so'],
];

describe('similarity (natural as the reference)', () => {
  it.each(PAIRS)('Dice of "%s" and "%s" is natural\'s', (a, b) => {
    expect(diceOf(bigrams(a), bigrams(b))).toBeCloseTo(DiceCoefficient(a, b), 10);
  });

  it('skips pairs whose sizes cannot reach the threshold', () => {
    expect(diceOf(bigrams('to chuc bo may'), bigrams('to chuc hoi nghi trien khai nhiem vu'), 0.8)).toBe(0);
  });

  it('agrees with Damerau-Levenshtein ≤ 1', () => {
    const words = ['chinh', 'chin', 'chnih', 'cinh', 'chinhh', 'xhinh', 'dieu', 'deiu', 'dieux', 'hanh', 'han', 'nhah'];
    for (const a of words) {
      for (const b of words) {
        expect(withinOneEdit(a, b), `${a}/${b}`).toBe(DamerauLevenshteinDistance(a, b, { restricted: true }) <= 1);
      }
    }
  });
});
