import { describe, expect, it } from 'vitest';
import { hasCombiningMarks, rejoinSplitSyllables, shouldJoin } from '../../src/convert/pdf-nfd.ts';
import { isSyllable } from '../../src/convert/pdf-syllable.ts';

const nfd = (s: string): string => s.normalize('NFD');

describe('isSyllable', () => {
  it('accepts well-formed Vietnamese syllables, any case and form', () => {
    for (const w of ['ủy', 'Ủy', 'ứng', 'điều', 'nghiệp', 'quyết', 'gì', 'giải', 'khuya', 'thường', 'ương', 'y', 'hoạch', 'a']) {
      expect(isSyllable(w), w).toBe(true);
      expect(isSyllable(nfd(w)), `${w} (NFD)`).toBe(true);
    }
  });
  it('rejects fragments, two-tone strings and non-rhymes', () => {
    for (const w of ['ng', 'c', 'nh', 'ờng', 'vềy', 'sởy', 'chúý', 'dựán', 'lợiích', '', 'xyz']) {
      expect(isSyllable(w), w).toBe(false);
    }
  });
});

describe('shouldJoin', () => {
  it('joins a syllable split before a fragment that cannot stand alone', () => {
    expect(shouldJoin('ứ', 'ng')).toBe(true);
    expect(shouldJoin('thự', 'c')).toBe(true);
    expect(shouldJoin('đư', 'ờng')).toBe(true);
    expect(shouldJoin('ĐIỀ', 'U')).toBe(true);
  });
  it('joins a bare glide split off a toned vowel', () => {
    expect(shouldJoin('Ủ', 'y')).toBe(true);
    expect(shouldJoin('cả', 'i')).toBe(true);
    expect(shouldJoin('điề', 'u')).toBe(true);
  });
  it('keeps real word pairs apart', () => {
    expect(shouldJoin('về', 'y')).toBe(false); // "về y tế"
    expect(shouldJoin('Thú', 'y')).toBe(false); // "Chi cục Thú y"
    expect(shouldJoin('dự', 'án')).toBe(false);
    expect(shouldJoin('lợi', 'ích')).toBe(false);
    expect(shouldJoin('quý', 'I')).toBe(false);
    expect(shouldJoin('Bộ', 'Y')).toBe(false);
    expect(shouldJoin('đã', 'ban')).toBe(false);
  });
});

describe('rejoinSplitSyllables', () => {
  it('repairs pdf.js splits after combining marks and returns NFC', () => {
    const raw = nfd('Chủ tịch Ủ y ban nhân dân tỉnh đáp ứ ng yêu cầu');
    const r = rejoinSplitSyllables(raw);
    expect(r.text).toBe('Chủ tịch Ủy ban nhân dân tỉnh đáp ứng yêu cầu');
    expect(r.text).toBe(r.text.normalize('NFC'));
    expect(r.joined).toBe(2);
  });
  it('leaves ordinary NFD text and spaces not after a mark alone', () => {
    const raw = nfd('Trạm y tế xã và Chi cục Thú y đã tiếp nhận 12 hồ sơ');
    expect(rejoinSplitSyllables(raw)).toEqual({ text: 'Trạm y tế xã và Chi cục Thú y đã tiếp nhận 12 hồ sơ', joined: 0 });
  });
  it('only normalizes text without combining marks', () => {
    expect(rejoinSplitSyllables('cả i cách')).toEqual({ text: 'cả i cách', joined: 0 });
    expect(hasCombiningMarks('cải cách')).toBe(false);
    expect(hasCombiningMarks(nfd('cải cách'))).toBe(true);
  });
});
