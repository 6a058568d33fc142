import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert/index.ts';
import { dropFootnotes } from '../../src/convert/pdf-footnotes.ts';
import { pageLines } from '../../src/convert/pdf-lines.ts';
import type { PdfItem } from '../../src/convert/pdf-types.ts';

/** A text item at (x, y) in size `size`, about 0.5 em wide per character. */
function item(x: number, y: number, str: string, size = 13): PdfItem {
  return { str, x, y, size, width: 0.5 * size * str.length, font: 'f1' };
}

/** A note number as Word sets it: 65% of the text's size, raised by a third of it. */
function mark(x: number, baseline: number, n: string, textSize = 13): PdfItem {
  return item(x, baseline - 0.33 * textSize, n, 0.65 * textSize);
}

const lineTexts = (items: PdfItem[]): string[] =>
  dropFootnotes(pageLines({ page: 1, width: 595, height: 842, items })).map((l) => l.runs.map((r) => (r.spaceBefore ? ' ' : '') + r.str).join('').trim());

describe('footnotes in a PDF page', () => {
  it('takes a note number off the figure it annotates and drops the note at the foot of the page', () => {
    const body = 'Phòng Tư pháp tiếp nhận 2.450';
    const items = [
      item(70, 100, body),
      mark(70 + 0.5 * 13 * body.length, 100, '3'),
      item(70 + 0.5 * 13 * body.length + 4, 100, ' hồ sơ, giải quyết 2.431 hồ sơ.'),
      item(70, 116, 'Trong năm 2025'),
      mark(70 + 0.5 * 13 * 14, 116, '4'),
      item(70 + 0.5 * 13 * 14 + 4, 116, ' đã rà soát 18 văn bản.'),
      // the foot: a separator gap, then the notes in 10 pt, each opening with its raised number
      mark(70, 760, '3', 10),
      item(74, 760, 'Kể cả 41 hồ sơ tồn từ năm trước chuyển sang.', 10),
      item(70, 772, 'và 9 hồ sơ liên thông với cấp xã.', 10),
      mark(70, 784, '4', 10),
      item(74, 784, 'Theo Kế hoạch số 27/KH-UBND.', 10),
      item(290, 815, '2'), // the page number, left to the page-furniture step
    ];
    expect(lineTexts(items)).toEqual([
      'Phòng Tư pháp tiếp nhận 2.450 hồ sơ, giải quyết 2.431 hồ sơ.',
      'Trong năm 2025 đã rà soát 18 văn bản.',
      '2',
    ]);
  });

  it('does not cut the page at a raised number opening a line of the body (an exponent wrapped to the next line)', () => {
    const items = [
      item(70, 100, 'Diện tích nhà làm việc được bố trí là 1.250 m'),
      mark(70, 116, '2'),
      item(76, 116, ' cho 06 phòng chuyên môn; tiếp nhận 35 hồ sơ.'),
      item(70, 132, 'Đã giải quyết 30 hồ sơ, đang giải quyết 5 hồ sơ.'),
    ];
    const texts = lineTexts(items);
    expect(texts).toHaveLength(3);
    expect(texts[2]).toBe('Đã giải quyết 30 hồ sơ, đang giải quyết 5 hồ sơ.');
    expect(texts[1]).toBe('cho 06 phòng chuyên môn; tiếp nhận 35 hồ sơ.');
  });

  it('reads notes whose numbers are raised half their size (LibreOffice), and a number between a word and its full stop', () => {
    const items = [
      item(70, 100, 'Trong kỳ, Sở đã kiểm tra 04 phòng'),
      item(70 + 0.5 * 13 * 34, 95, '5', 7.5),
      item(70 + 0.5 * 13 * 34 + 4, 100, '.'),
      item(70, 116, 'Các phòng đã khắc phục đầy đủ.'),
      item(70, 762.3, '5', 7.5),
      item(74, 767.5, 'Gồm 02 phòng chuyên môn và 02 đơn vị sự nghiệp.', 10),
    ];
    expect(lineTexts(items)).toEqual(['Trong kỳ, Sở đã kiểm tra 04 phòng.', 'Các phòng đã khắc phục đầy đủ.']);
  });

  it('keeps small raised text that is not a note number', () => {
    const items = [item(70, 100, 'Bộ phận Một cửa tiếp nhận'), item(240, 96, 'TTHC', 8), item(262, 100, ' 120 hồ sơ.')];
    expect(lineTexts(items)).toEqual(['Bộ phận Một cửa tiếp nhận TTHC 120 hồ sơ.']);
  });
});

describe('a report with footnotes, as .docx and as the PDF LibreOffice printed from it', () => {
  it('reads to the same Markdown in both formats: no note numbers on the figures, no note text in the body', async () => {
    const dir = new URL('../../fixtures/footnotes/', import.meta.url);
    const pdf = await convert(readFileSync(new URL('footnotes.pdf', dir)), { threads: 1 });
    const docx = await convert(readFileSync(new URL('footnotes.docx', dir)));
    expect(pdf.markdown).not.toMatch(/Ghi chú/);
    expect(pdf.markdown).toContain('đã giải quyết 93 hồ sơ, trong đó đúng hạn 83 hồ sơ');
    expect(pdf.markdown).toBe(docx.markdown);
  });
});
