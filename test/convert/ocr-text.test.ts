import { describe, expect, it } from 'vitest';
import { fixOcrText, renumberRomanHeadings } from '../../src/convert/ocr-text.ts';

describe('fixOcrText', () => {
  it('reads letters inside a figure as the digits they stand for', () => {
    expect(fixOcrText('tiếp nhận 1.2O0 hồ sơ, trả l0 hồ sơ')).toBe('tiếp nhận 1.200 hồ sơ, trả 10 hồ sơ');
    expect(fixOcrText('(2o) đơn vị')).toBe('(20) đơn vị');
  });

  it('leaves words, Roman numerals and codes alone', () => {
    for (const s of ['I. KẾT QUẢ', 'Phần II', 'Số: 12/BC-UBND', 'lO lần', 'ISO 9001:2015', 'Io']) expect(fixOcrText(s)).toBe(s);
  });

  it('reads a quarter misread as T or l as a Roman numeral', () => {
    expect(fixOcrText('báo cáo quý T năm 2024')).toBe('báo cáo quý I năm 2024');
    expect(fixOcrText('QUÝ TTT NĂM 2023')).toBe('QUÝ III NĂM 2023');
    expect(fixOcrText('Trong quý TV,')).toBe('Trong quý IV,');
    expect(fixOcrText('Quý lI')).toBe('Quý II');
    expect(fixOcrText('quý Thứ')).toBe('quý Thứ');
    expect(fixOcrText('quý 1/2024')).toBe('quý 1/2024');
  });

  it('closes the gap after a decimal comma in a share', () => {
    expect(fixOcrText('đúng hạn 99, 5%; cấp xã 98, 75 %')).toBe('đúng hạn 99,5%; cấp xã 98,75%');
    expect(fixOcrText('các xã 1, 2 và 3')).toBe('các xã 1, 2 và 3');
  });

  it('puts back a small l read as a capital in common words only', () => {
    expect(fixOcrText('tỷ Lệ đạt, xử Lý đơn, chất Lượng')).toBe('tỷ lệ đạt, xử lý đơn, chất lượng');
    expect(fixOcrText('tỉnh Lâm Đồng, Luật Đất đai')).toBe('tỉnh Lâm Đồng, Luật Đất đai');
  });
});

describe('fixOcrText: Roman heading numbers', () => {
  it('reads a misread Roman number at the start of a heading', () => {
    expect(fixOcrText('L. Công tác chỉ đạo')).toBe('I. Công tác chỉ đạo');
    expect(fixOcrText('IH. Đánh giá chung')).toBe('III. Đánh giá chung');
    expect(fixOcrText('Il. KẾT QUẢ')).toBe('II. KẾT QUẢ');
  });
  it('keeps Arabic numbers, true Roman numbers and words', () => {
    for (const s of ['1. Cải cách thể chế', 'IV. Phương hướng', 'LH. abc', 'H. Hà Nội', 'L. lần']) expect(fixOcrText(s)).toBe(s);
  });
});

describe('renumberRomanHeadings', () => {
  it('repairs a Roman number that breaks the count between two that fit it', () => {
    const texts = ['I. CHỈ ĐẠO', 'Nội dung.', 'I. KẾT QUẢ', 'III. ĐÁNH GIÁ', 'Nội dung.', 'IV. NHIỆM VỤ'];
    expect(renumberRomanHeadings(texts)).toEqual(['I. CHỈ ĐẠO', 'Nội dung.', 'II. KẾT QUẢ', 'III. ĐÁNH GIÁ', 'Nội dung.', 'IV. NHIỆM VỤ']);
    expect(renumberRomanHeadings(['I. A', 'II. B', 'II. C', 'IV. D'])).toEqual(['I. A', 'II. B', 'III. C', 'IV. D']);
    // the last heading repeating the one before it, from II up: a stroke lost
    expect(renumberRomanHeadings(['I. A', 'II. B', 'Nội dung.', 'II. C'])).toEqual(['I. A', 'II. B', 'Nội dung.', 'III. C']);
    // a count starting again at I (another part of the report) is left
    expect(renumberRomanHeadings(['I. A', 'II. B', 'I. C'])).toEqual(['I. A', 'II. B', 'I. C']);
  });
  it('leaves a count that is whole, or too broken to mend', () => {
    const whole = ['I. A', 'II. B', 'III. C'];
    expect(renumberRomanHeadings(whole)).toEqual(whole);
    const broken = ['I. A', 'V. B', 'II. C'];
    expect(renumberRomanHeadings(broken)).toEqual(broken);
  });
});

describe('fixOcrText: BCCI', () => {
  it("mends the postal service's initials", () => {
    expect(fixOcrText('trả qua dịch vụ BCCT: 04 hồ sơ; qua BCCTI 5 hồ sơ')).toBe('trả qua dịch vụ BCCI: 04 hồ sơ; qua BCCI 5 hồ sơ');
    expect(fixOcrText('BCCTX')).toBe('BCCTX');
  });
});
