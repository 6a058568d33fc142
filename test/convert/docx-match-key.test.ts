import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchKey } from '../../src/convert/docx-match-key.ts';

/** The key as defined: NFC, every run of non-letters and non-digits removed, the first 160 units. */
const byDefinition = (text: string): string => text.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '').slice(0, 160);

describe('matchKey', () => {
  it('keeps letters and digits only, composed', () => {
    expect(matchKey('1. Tiếp nhận: 1.234 hồ sơ (đạt 98,5%)')).toBe('1Tiếpnhận1234hồsơđạt985');
    // decomposed marks (NFD, as some PDFs and old Word files hold) compose first
    expect(matchKey('Tie\u0302\u0301p nha\u0323\u0302n')).toBe('Tiếpnhận');
    expect(matchKey('\t– • …  ')).toBe('');
    expect(matchKey('')).toBe('');
  });

  it('stops at 160 units', () => {
    const long = 'Công tác cải cách hành chính năm 2024, '.repeat(20);
    expect(matchKey(long)).toHaveLength(160);
    expect(matchKey(long)).toBe(byDefinition(long));
  });

  it('reads letters beyond the BMP and broken surrogate pairs as the definition does', () => {
    for (const text of ['𝐀𝐁 hồ sơ', 'a\ud800b', '\udc00x 12', `${'x'.repeat(159)}𝐀y`]) expect(matchKey(text)).toBe(byDefinition(text));
  });

  it('equals the definition on any text', () => {
    const pieces = fc.constantFrom('a', 'Ệ', 'đ', '5', '٣', ' ', '\t', '.', ',', '–', '\u0301', '\u0323', '𝐀', '\ud800', '\u00a0', 'ﬁ', 'Ⅳ', '²', '_', '%');
    const texts = fc.oneof(fc.string({ unit: pieces, maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 300 }));
    fc.assert(fc.property(texts, (t) => matchKey(t) === byDefinition(t)), { numRuns: 3000 });
  });
});
