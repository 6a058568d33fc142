import { describe, expect, it } from 'vitest';
import { levelBefore } from '../../../src/extract/dimensions/level.ts';
import { lastLevel, levelsIn } from '../../../src/extract/dimensions/level-spans.ts';
import { fold } from '../../../src/text/normalize.ts';

describe('levelBefore', () => {
  it('reads the level named last before the figure, not the first the sentence names', () => {
    const t = fold('hồ sơ trực tuyến toàn trình chiếm 41,2% (2.310 hồ sơ), trực tuyến một phần chiếm 19,5% (1.094 hồ sơ)');
    expect(levelBefore(t, t.indexOf('2.310'))).toBe('full');
    expect(levelBefore(t, t.indexOf('1.094'))).toBe('partial');
  });
  it('reads a pair of levels as both, and a lone one after a pair as itself', () => {
    const t = fold('dịch vụ công mức độ 3, 4 tiếp nhận 900 hồ sơ, trong đó mức độ 4 là 610 hồ sơ');
    expect(levelBefore(t, t.indexOf('900'))).toBe('3-4');
    expect(levelBefore(t, t.indexOf('610'))).toBe('4');
    expect(levelBefore(fold('tiếp nhận 12 hồ sơ'), 10)).toBeUndefined();
  });
});

describe('levelsIn', () => {
  it('reads a level glossed in a bracket as the level written before it', () => {
    const t = fold('tỷ lệ dịch vụ công mức độ 4 (toàn trình) đạt 52%, một phần (mức độ 3) đạt 30%');
    expect(levelsIn(t).map((h) => h.level)).toEqual(['4', 'partial']);
    expect(lastLevel(t.slice(0, t.indexOf('52')), levelsIn(t.slice(0, t.indexOf('52'))))).toBe('4');
  });
});
