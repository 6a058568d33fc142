import { describe, expect, it } from 'vitest';
import { escapeText, renderParagraph, toMarkdown } from '../../src/convert/pdf-markdown.ts';

const plain = (text: string) => [{ text, bold: false }];

describe('renderParagraph', () => {
  it('starts a paragraph led by a Word list bullet as printed (a Symbol glyph, a dash glued to the text) with "- "', () => {
    expect(renderParagraph([{ text: '\uF0B7 Ban hành Kế hoạch CCHC năm 2025;', bold: false }])).toBe('- Ban hành Kế hoạch CCHC năm 2025;');
    expect(renderParagraph([{ text: '\uF0A7Kiểm tra CCHC tại 03 đơn vị.', bold: false }])).toBe('- Kiểm tra CCHC tại 03 đơn vị.');
    expect(renderParagraph([{ text: '–Trực tuyến: 3.880 hồ sơ;', bold: false }])).toBe('- Trực tuyến: 3.880 hồ sơ;');
    expect(renderParagraph([{ text: '- Trực tiếp: 310 hồ sơ;', bold: false }])).toBe('- Trực tiếp: 310 hồ sơ;');
    expect(renderParagraph([{ text: '-5% so với cùng kỳ', bold: false }])).toBe('-5% so với cùng kỳ');
  });

  it('writes a whole-bold paragraph as **text**', () => {
    expect(renderParagraph([{ text: 'I. Công tác chỉ đạo, điều hành', bold: true }])).toBe('**I. Công tác chỉ đạo, điều hành**');
  });

  it('hugs bold markers to text and keeps spaces outside', () => {
    expect(
      renderParagraph([
        { text: 'a) Lĩnh vực hộ tịch: ', bold: true },
        { text: 'tiếp nhận 512 hồ sơ.', bold: false },
      ]),
    ).toBe('**a) Lĩnh vực hộ tịch:** tiếp nhận 512 hồ sơ.');
  });

  it('merges adjacent bold spans and squashes white space', () => {
    expect(
      renderParagraph([
        { text: '  2.1. Về kiểm soát ', bold: true },
        { text: ' ', bold: false },
        { text: 'thủ tục   hành chính ', bold: true },
      ]),
    ).toBe('**2.1. Về kiểm soát thủ tục hành chính**');
  });

  it('drops bold markers CommonMark would not read as emphasis', () => {
    expect(renderParagraph([{ text: 'Tổng:', bold: false }, { text: '(12)', bold: true }, { text: 'hồ sơ', bold: false }])).toBe(
      'Tổng:(12)hồ sơ',
    );
  });

  it('escapes an ordered-list start but keeps bullets as written', () => {
    expect(renderParagraph(plain('1. Tham mưu xây dựng các VBQPPL'))).toBe('1\\. Tham mưu xây dựng các VBQPPL');
    expect(renderParagraph(plain('2) Đẩy mạnh'))).toBe('2\\) Đẩy mạnh');
    expect(renderParagraph(plain('- Sở Nội vụ;'))).toBe('- Sở Nội vụ;');
    expect(renderParagraph(plain('+ Lĩnh vực KH&CN: 14 hồ sơ.'))).toBe('+ Lĩnh vực KH&CN: 14 hồ sơ.');
    expect(renderParagraph(plain('* Khối Văn phòng Sở'))).toBe('* Khối Văn phòng Sở');
    expect(renderParagraph(plain('• Tỷ lệ đạt 98%'))).toBe('• Tỷ lệ đạt 98%');
  });
});

describe('escapeText', () => {
  it('escapes Markdown syntax in running text', () => {
    expect(escapeText('a*b `c` <d> [e] ~f~ \\ g', false)).toBe('a\\*b \\`c\\` \\<d> \\[e] \\~f\\~ \\\\ g');
    expect(escapeText('file_name _x_', false)).toBe('file_name \\_x\\_');
    expect(escapeText('Sở KH&CN; &amp;', false)).toBe('Sở KH\\&CN; \\&amp;');
    expect(escapeText('# không phải tiêu đề', true)).toBe('\\# không phải tiêu đề');
    expect(escapeText('> không phải trích dẫn', true)).toBe('\\> không phải trích dẫn');
    expect(escapeText('năm 2022. Trong', true)).toBe('năm 2022. Trong');
  });
});

describe('toMarkdown', () => {
  it('separates blocks by one blank line and maps pages to offsets', () => {
    const { markdown, pages } = toMarkdown(
      [
        { page: 1, spans: plain('Đoạn một.') },
        { page: 1, spans: plain('Đoạn hai.') },
        { page: 3, spans: plain('Đoạn ba.') },
      ],
      3,
    );
    expect(markdown).toBe('Đoạn một.\n\nĐoạn hai.\n\nĐoạn ba.');
    expect(pages).toEqual([
      { page: 1, start: 0, end: 20 },
      { page: 2, start: 22, end: 22 },
      { page: 3, start: 22, end: 30 },
    ]);
    expect(markdown.slice(pages[0]!.start, pages[0]!.end)).toBe('Đoạn một.\n\nĐoạn hai.');
  });

  it('skips empty paragraphs', () => {
    expect(toMarkdown([{ page: 1, spans: plain('  ') }, { page: 1, spans: plain('x') }], 1).markdown).toBe('x');
  });

  it('joins the lines of a hard-wrapped document back into paragraphs, across a page too, and maps them to the page they start on', () => {
    const line = (page: number, text: string, centred?: true) => ({ page, spans: plain(text), ...(centred ? { centred } : {}) });
    const { markdown, pages } = toMarkdown(
      [
        line(1, 'Kết quả giải quyết thủ tục hành chính quý III năm 2024 của Sở Xây dựng', true),
        line(1, 'Trong quý III, Sở Xây dựng tiếp nhận 412 hồ sơ, đã giải quyết 398 hồ sơ,'),
        line(1, 'trong đó đúng hạn 391 hồ sơ, trễ hạn 07 hồ sơ; đang giải quyết 14 hồ sơ'),
        line(2, 'chưa đến hạn. Các hồ sơ trễ hạn thuộc lĩnh vực quy hoạch và cấp phép xây'),
        line(2, 'dựng, Sở đã gửi văn bản xin lỗi tổ chức, công dân theo quy định.'),
        { page: 2, spans: [], table: [['Lĩnh vực', 'Hồ sơ'], ['Quy hoạch', '12']] },
        line(2, 'cấp phép xây dựng'),
      ],
      2,
    );
    const blocks = markdown.split('\n\n');
    expect(blocks).toEqual([
      'Kết quả giải quyết thủ tục hành chính quý III năm 2024 của Sở Xây dựng',
      'Trong quý III, Sở Xây dựng tiếp nhận 412 hồ sơ, đã giải quyết 398 hồ sơ, trong đó đúng hạn 391 hồ sơ, trễ hạn 07 hồ sơ; đang giải quyết 14 hồ sơ chưa đến hạn. Các hồ sơ trễ hạn thuộc lĩnh vực quy hoạch và cấp phép xây dựng, Sở đã gửi văn bản xin lỗi tổ chức, công dân theo quy định.',
      '| Lĩnh vực | Hồ sơ |\n| --- | --- |\n| Quy hoạch | 12 |',
      'cấp phép xây dựng',
    ]);
    // The joined paragraph counts for page 1, where it starts; page 2 holds the table and the line after it.
    expect(markdown.slice(pages[0]!.start, pages[0]!.end)).toBe(blocks.slice(0, 2).join('\n\n'));
    expect(markdown.slice(pages[1]!.start, pages[1]!.end)).toBe(blocks.slice(2).join('\n\n'));
  });
});
