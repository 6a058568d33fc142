import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/sentences.ts';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('splits at a full stop before an upper-case word', () => {
    expect(texts('Sở tiếp nhận 12 hồ sơ. Đã giải quyết 10 hồ sơ.')).toEqual(['Sở tiếp nhận 12 hồ sơ.', 'Đã giải quyết 10 hồ sơ.']);
  });
  it('does not split inside numbers or after abbreviations', () => {
    expect(texts('Tỷ lệ đạt 96.8% và 1.234 hồ sơ đã xong.')).toHaveLength(1);
    expect(texts('UBND TP. Hải Phòng tiếp nhận 5 hồ sơ.')).toHaveLength(1);
  });
  it('splits at "!" and "?" as at a full stop, and nowhere else', () => {
    expect(texts('Vì sao chậm? Do thiếu người! Năm 2024 ổn định; không đổi: ĐẠT')).toEqual(['Vì sao chậm?', 'Do thiếu người!', 'Năm 2024 ổn định; không đổi: ĐẠT']);
  });
  it('splits after an ellipsis that ends a sentence', () => {
    expect(texts('Tư pháp 40 hồ sơ,… Trong quý có 12 lượt.')).toEqual(['Tư pháp 40 hồ sơ,…', 'Trong quý có 12 lượt.']);
  });
  it('keeps offsets into the original text', () => {
    const text = 'Một câu. Hai câu.';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
