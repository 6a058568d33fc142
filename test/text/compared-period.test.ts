import { describe, expect, it } from 'vitest';
import { BRACKET_AFTER_COMPARISON } from '../../src/text/compared-period.ts';

describe('BRACKET_AFTER_COMPARISON', () => {
  it('reads a bracket opened right after a comparison with another period', () => {
    expect(BRACKET_AFTER_COMPARISON.test('tang 5% so voi cung ky nam 2024 (')).toBe(true);
    expect(BRACKET_AFTER_COMPARISON.test('so voi quy truoc (tiep nhan ')).toBe(true);
    // A multiple or a comparative compares as "so với" does.
    expect(BRACKET_AFTER_COMPARISON.test('gap 1,8 lan nam 2023 (')).toBe(true);
    expect(BRACKET_AFTER_COMPARISON.test('dat 97,4%, cao hon nam truoc (')).toBe(true);
  });
  it('leaves a comparison with the posts alone, not one with a plan', () => {
    expect(BRACKET_AFTER_COMPARISON.test('hien co 1.210 nguoi, so voi so duoc giao (')).toBe(false);
    expect(BRACKET_AFTER_COMPARISON.test('dat 105%, so voi ke hoach (')).toBe(true);
  });
});
