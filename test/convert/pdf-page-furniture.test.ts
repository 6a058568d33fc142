import { describe, expect, it } from 'vitest';
import { dropPageFurniture } from '../../src/convert/pdf-page-furniture.ts';
import type { Line } from '../../src/convert/pdf-types.ts';

function line(page: number, y: number, text: string): Line {
  return { page, x: 85, right: 85 + text.length * 6, y, size: 14, text, spans: [{ text, bold: false }] };
}

/** A page: optional running header, body lines, optional footer line. */
function page(n: number, body: string[], header?: string, footer?: string): Line[] {
  const lines: Line[] = [];
  if (header !== undefined) lines.push(line(n, 40, header));
  body.forEach((t, i) => lines.push(line(n, 80 + i * 16, t)));
  if (footer !== undefined) lines.push(line(n, 800, footer));
  return lines;
}

const texts = (pages: Line[][]): string[][] => pages.map((p) => p.map((l) => l.text));

describe('dropPageFurniture', () => {
  it('drops page numbers at the bottom and a running header repeated on every page', () => {
    const bodies = [
      ['Thực hiện kế hoạch của tỉnh,', 'Sở đã triển khai đầy đủ.'],
      ['Công tác tuyên truyền', 'được duy trì thường xuyên.'],
      ['Trân trọng báo cáo./.', 'Nơi nhận:'],
    ];
    const pages = bodies.map((b, i) => page(i + 1, b, 'Báo cáo CCHC quý II năm 2024', `${i + 1}`));
    const r = dropPageFurniture(pages);
    expect(texts(r.pages)).toEqual(bodies);
    expect(r.removed).toBe(6);
  });

  it('drops pdf-parse markers and decorated or offset page numbers at the top', () => {
    const pages = [
      page(1, ['Trang đầu không đánh số.', '-- 1 of 3 --']),
      page(2, ['Nội dung.'], '- 2 -'),
      [line(3, 40, 'Trang 3/3'), line(3, 80, 'Kết thúc.')],
    ];
    expect(texts(dropPageFurniture(pages).pages)).toEqual([['Trang đầu không đánh số.'], ['Nội dung.'], ['Kết thúc.']]);
  });

  it('keeps numbers that are not page numbers and text that does not repeat', () => {
    const pages = [
      page(1, ['Tổng số hồ sơ tiếp nhận trong quý:', '2015']),
      page(2, ['Một dòng khác ở đầu trang hai.', 'Dòng cuối trang hai.']),
    ];
    expect(texts(dropPageFurniture(pages).pages)).toEqual(texts(pages));
  });

  it('drops a footer that differs only by its numbers', () => {
    const bodies = ['Mở đầu.', 'Kết quả.', 'Tồn tại.', 'Kiến nghị.'].map((t) => [t, `${t} Chi tiết.`, 'Hết trang.']);
    const pages = bodies.map((b, i) => page(i + 1, b, undefined, `Sở Tư pháp - Trang ${i + 1}/4`));
    expect(texts(dropPageFurniture(pages).pages)).toEqual(bodies);
  });

  it('drops a page number and a smaller running header in the page header right above the text, on the pages after the first', () => {
    const first = [line(1, 80, 'Mở đầu báo cáo.'), line(1, 96, 'Nội dung trang một.')];
    const later = (n: number): Line[] => [
      line(n, 46, `${n}`),
      { ...line(n, 58, 'Báo cáo CCHC năm 2024 - UBND huyện'), size: 10 },
      line(n, 72, `Nội dung trang ${n}.`),
      line(n, 88, 'Dòng tiếp theo.'),
    ];
    expect(texts(dropPageFurniture([first, later(2), later(3)]).pages)).toEqual([
      ['Mở đầu báo cáo.', 'Nội dung trang một.'],
      ['Nội dung trang 2.', 'Dòng tiếp theo.'],
      ['Nội dung trang 3.', 'Dòng tiếp theo.'],
    ]);
  });

  it('keeps body lines packed at normal spacing, even when they repeat on every page', () => {
    const pages = [1, 2, 3].map((n) => page(n, [`+ Lĩnh vực ${n}: ${n * 7} hồ sơ.`, 'Dòng giữa trang.', `- Tổng số: ${n} hồ sơ.`]));
    expect(texts(dropPageFurniture(pages).pages)).toEqual(texts(pages));
  });
});
