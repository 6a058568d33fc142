import { describe, expect, it } from 'vitest';
import { splitHeaderBlock } from '../../src/convert/pdf-header-block.ts';
import type { Line } from '../../src/convert/pdf-types.ts';

/** A line at (x, y) with width w; bold when `b`. */
function line(text: string, x: number, y: number, w: number, b = false, size = 13): Line {
  return { page: 1, x, right: x + w, y, size, text, spans: [{ text, bold: b }] };
}

const BODY = { left: 85, right: 538 };
const text = (ps: { spans: { text: string }[] }[]): string[] => ps.map((p) => p.spans.map((s) => s.text).join(''));

describe('splitHeaderBlock', () => {
  // Content order as Word/LibreOffice write the table: left cell, then right cell, then the body.
  const seedLike = [
    line('UBND TỈNH NAM ĐỊNH', 128.3, 69, 140.3),
    line('SỞ KHOA HỌC VÀ CÔNG NGHỆ', 99.1, 84, 198.8, true),
    line('Số: /BC-SKHCN', 143.7, 99, 109.7),
    line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA', 329.1, 69, 192.2, true),
    line('VIỆT NAM', 393.7, 84, 63.1, true),
    line('Độc lập - Tự do - Hạnh phúc', 345.8, 99, 159.1, true),
    line('Nam Định, ngày tháng năm 2022', 317.7, 114, 214.8),
    line('BÁO CÁO', 279.5, 130, 64.8, true, 14),
    line('Kết quả công tác cải cách hành chính quý I năm 2022', 152.3, 146, 319.1, true, 14),
    line('Thực hiện Kế hoạch số 111/KH-UBND ngày 29/9/2021 của UBND tỉnh', 121.2, 162, 417.1, false, 14),
  ];

  it('emits the left cell, then the right cell, one paragraph per line', () => {
    const r = splitHeaderBlock(seedLike, BODY);
    expect(text(r.paragraphs)).toEqual([
      'UBND TỈNH NAM ĐỊNH',
      'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
      'Số: /BC-SKHCN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Nam Định, ngày tháng năm 2022',
    ]);
    expect(r.paragraphs.every((p) => p.page === 1)).toBe(true);
    expect(r.rest.map((l) => l.text)).toEqual(seedLike.slice(7).map((l) => l.text));
  });

  it('works when the lines arrive in visual order (row by row)', () => {
    const visual = [...seedLike].sort((a, b) => a.y - b.y || a.x - b.x);
    expect(text(splitHeaderBlock(visual, BODY).paragraphs)).toEqual(text(splitHeaderBlock(seedLike, BODY).paragraphs));
  });

  it('rejoins a motto broken after "VIỆT" and a subject line wrapped in the left cell', () => {
    const lines = [
      line('UBND TỈNH HÀ NAM', 99, 60, 113),
      line('SỞ TƯ PHÁP', 123, 75, 48, true),
      line('Số: 215/BC-STP', 118, 90, 81),
      line('V/v báo cáo kết quả cải cách', 95, 105, 140),
      line('hành chính quý II năm 2024', 100, 120, 130),
      line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT', 269.6, 60, 236.7, true),
      line('NAM', 372.5, 75, 31, true),
      line('Độc lập - Tự do - Hạnh phúc', 308.5, 90, 159, true),
      line('Hà Nam, ngày 18 tháng 6 năm 2024', 292.8, 105, 189),
      line('BÁO CÁO', 265.3, 150, 64.8, true, 14),
    ];
    expect(text(splitHeaderBlock(lines, { left: 72, right: 523 }).paragraphs)).toEqual([
      'UBND TỈNH HÀ NAM',
      'SỞ TƯ PHÁP',
      'Số: 215/BC-STP',
      'V/v báo cáo kết quả cải cách hành chính quý II năm 2024',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Hà Nam, ngày 18 tháng 6 năm 2024',
    ]);
  });

  it('rejoins a name that wrapped in its cell, keeps lines broken by hand apart', () => {
    // Left cell 42% of a 85–537 pt column: about 190 pt wide, centred at 180.
    // Both lines bold unless the first is a regular parent line (`b1` false).
    const cell = (l1: string, w1: number, l2: string, w2: number, b1 = true): Line[] => [
      line(l1, 180 - w1 / 2, 69, w1, b1),
      line(l2, 180 - w2 / 2, 84, w2, true),
      line('Số: 12/BC-SCT', 140, 99, 80),
      line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 282, 69, 250, true, 12),
      line('Độc lập - Tự do - Hạnh phúc', 327.6, 84, 159, true),
      line('Hải Phòng, ngày 14 tháng 12 năm 2022', 302, 99, 208),
      line('BÁO CÁO', 279.5, 142, 65, true, 14),
    ];
    const col = { left: 85.2, right: 537.5 };
    const first2 = (ls: Line[]) => text(splitHeaderBlock(ls, col).paragraphs).slice(0, 2);
    expect(first2(cell('UBND THÀNH PHỐ HẢI', 141, 'PHÒNG', 45))).toEqual(['UBND THÀNH PHỐ HẢI PHÒNG', 'Số: 12/BC-SCT']);
    expect(first2(cell('TRUNG TÂM PHỤC VỤ', 142, 'HÀNH CHÍNH CÔNG', 128))).toEqual(['TRUNG TÂM PHỤC VỤ', 'HÀNH CHÍNH CÔNG']);
    expect(first2(cell('SỞ GIÁO DỤC', 87, 'VÀ ĐÀO TẠO', 82))).toEqual(['SỞ GIÁO DỤC', 'VÀ ĐÀO TẠO']);
    expect(first2(cell('UBND TỈNH QUẢNG NGÃI', 157, 'SỞ TƯ PHÁP', 60, false))).toEqual(['UBND TỈNH QUẢNG NGÃI', 'SỞ TƯ PHÁP']);
    // A regular parent over a bold body is two items, even a short body that would look like a wrap.
    expect(first2(cell('UBND TỈNH LẠNG SƠN', 140, 'CÔNG AN TỈNH', 97, false))).toEqual(['UBND TỈNH LẠNG SƠN', 'CÔNG AN TỈNH']);
    // A name cut after "VÀ" goes on, though its rest opens like an item ("UBND").
    expect(first2(cell('VĂN PHÒNG HĐND VÀ', 143, 'UBND', 37))).toEqual(['VĂN PHÒNG HĐND VÀ UBND', 'Số: 12/BC-SCT']);
  });

  it('splits cells that are left-aligned or indented, and stops at a title aligned like them', () => {
    // Cells set flush left (or with a first-line indent, so a wrapped remainder starts further
    // left): their centres say little, the gutter between them says which cell a line is in.
    const lines = [
      line('UBND TỈNH LAI CHÂU', 124, 78, 130, false, 12),
      line('SỞ NÔNG NGHIỆP VÀ PHÁT', 124, 100, 160, true, 12),
      line('TRIỂN NÔNG THÔN', 96, 116, 100, true, 12),
      line('Số: 301/BC-SNN', 124, 138, 88, false, 12),
      line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT', 321, 78, 207, true, 12),
      line('NAM', 293, 94, 28, true, 12),
      line('Độc lập - Tự do - Hạnh phúc', 321, 116, 147, true, 12),
      line('Lai Châu, ngày 02 tháng 10 năm 2024', 321, 138, 190, false, 12),
      line('BÁO CÁO', 119, 166, 65, true, 14),
      line('Kết quả cải cách hành chính quý III năm 2024', 119, 190, 300, true, 14),
    ];
    const r = splitHeaderBlock(lines, { left: 91, right: 533 });
    expect(text(r.paragraphs)).toEqual([
      'UBND TỈNH LAI CHÂU',
      'SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN',
      'Số: 301/BC-SNN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Lai Châu, ngày 02 tháng 10 năm 2024',
    ]);
    expect(r.rest.map((l) => l.text)).toEqual(['BÁO CÁO', 'Kết quả cải cách hành chính quý III năm 2024']);
  });

  it('keeps flush-left cells apart when their rows drift, and stops at the addressee', () => {
    // The right cell's motto wraps at a smaller leading, so no row below the first is shared.
    const lines = [
      line('UBND TỈNH SƠN LA', 85, 70, 140, false, 14),
      line('SỞ NỘI VỤ', 85, 92, 80, true, 14),
      line('Số: 77/BC-SNV', 85, 114, 96, false, 14),
      line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA', 310, 70, 239, true, 14),
      line('VIỆT NAM', 310, 86, 71, true, 14),
      line('Độc lập - Tự do - Hạnh phúc', 310, 108, 171, true, 14),
      line('Sơn La, ngày 05 tháng 4 năm 2025', 310, 130, 212, false, 14),
      line('Kính gửi: Ủy ban nhân dân tỉnh.', 85, 152, 200, false, 14),
      line('Sở Nội vụ báo cáo kết quả cải cách hành chính quý I năm 2025 như sau:', 85, 174, 452, false, 14),
    ];
    const r = splitHeaderBlock(lines, { left: 85, right: 538 });
    expect(text(r.paragraphs)).toEqual([
      'UBND TỈNH SƠN LA',
      'SỞ NỘI VỤ',
      'Số: 77/BC-SNV',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Sơn La, ngày 05 tháng 4 năm 2025',
    ]);
    expect(r.rest.map((l) => l.text)).toEqual(lines.slice(7).map((l) => l.text));
  });

  it('leaves a first page without the national motto alone', () => {
    const lines = seedLike.filter((l) => !/CỘNG HÒA|VIỆT NAM|Độc lập/.test(l.text));
    const r = splitHeaderBlock(lines, BODY);
    expect(r.paragraphs).toEqual([]);
    expect(r.rest).toBe(lines);
  });
});
