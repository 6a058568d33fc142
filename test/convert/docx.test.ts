import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { convertDocx } from '../../src/convert/docx.ts';
import { LevelFormat, makeDocx, patchDocx, type BlockSpec, type ListLevelSpec } from './helpers/make-docx.ts';

async function md(blocks: BlockSpec[], lists?: Record<string, ListLevelSpec[]>): Promise<string> {
  return (await convertDocx(await makeDocx(blocks, lists))).markdown;
}

/** Top-level mdast node types of a Markdown string. */
function blockTypes(markdown: string): string[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown);
  return tree.children.map((n) => n.type);
}

const REPORT_LIST: ListLevelSpec[] = [
  { format: LevelFormat.UPPER_ROMAN, text: '%1.' },
  { format: LevelFormat.DECIMAL, text: '%2.' },
  { format: LevelFormat.DECIMAL, text: '%2.%3.' },
  { format: LevelFormat.LOWER_LETTER, text: '%4)' },
];

describe('convertDocx', () => {
  it('writes one block per paragraph, blank-line separated, with one page span', async () => {
    const bytes = await makeDocx(['Đoạn thứ nhất.', '', '   ', 'Đoạn   thứ\thai.']);
    const result = await convertDocx(bytes);
    expect(result.format).toBe('docx');
    expect(result.markdown).toBe('Đoạn thứ nhất.\n\nĐoạn thứ hai.');
    expect(result.pages).toEqual([{ page: 1, start: 0, end: result.markdown.length }]);
    expect(result.warnings).toEqual([]);
  });

  it('keeps bold manual numbers and escapes an ordered-list marker at paragraph start', async () => {
    const out = await md([
      { runs: [{ text: 'I. Công tác chỉ đạo, điều hành', bold: true }] },
      { runs: [{ text: '1. Về kế hoạch cải cách hành chính', bold: true }] },
      '1. Sở đã tiếp nhận 48 hồ sơ.',
      '2) Giải quyết đúng hạn 100%.',
      '2.1. Về kiểm soát thủ tục hành chính',
    ]);
    expect(out.split('\n\n')).toEqual([
      '**I. Công tác chỉ đạo, điều hành**',
      '**1. Về kế hoạch cải cách hành chính**',
      '1\\. Sở đã tiếp nhận 48 hồ sơ.',
      '2\\) Giải quyết đúng hạn 100%.',
      '2.1. Về kiểm soát thủ tục hành chính',
    ]);
    expect(blockTypes(out)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('turns Word heading styles into ATX headings that keep their numbers', async () => {
    const out = await md([
      { runs: 'BÁO CÁO', heading: 'title' },
      { runs: 'I. Kết quả thực hiện', heading: 1 },
      { runs: '1. Cải cách thể chế', heading: 2 },
      { runs: '1.1. Về văn bản', heading: 3 },
    ]);
    expect(out.split('\n\n')).toEqual([
      '# BÁO CÁO',
      '# I. Kết quả thực hiện',
      '## 1. Cải cách thể chế',
      '### 1.1. Về văn bản',
    ]);
  });

  it('restores Word automatic numbering: Roman, decimal, "%1.%2." and "%1)" letters', async () => {
    const item = (text: string, level: number, bold = false): BlockSpec => ({
      runs: [{ text, bold }],
      list: { ref: 'report', level },
    });
    const out = await md(
      [
        item('Công tác chỉ đạo', 0, true),
        item('Về kế hoạch', 1, true),
        'Nội dung kế hoạch.',
        item('Về kiểm tra', 1, true),
        item('Kết quả thực hiện', 0, true),
        item('Cải cách thể chế', 1, true),
        item('Cải cách thủ tục hành chính', 1, true),
        item('Về kiểm soát', 2),
        item('Kết quả giải quyết', 2),
        item('Một cửa: 48 hồ sơ', 3),
        item('Liên thông: chưa có hồ sơ', 3),
        item('Cải cách công vụ', 1, true),
        item('Về tuyển dụng', 2),
        item('Phương hướng', 0, true),
      ],
      { report: REPORT_LIST },
    );
    expect(out.split('\n\n')).toEqual([
      '**I. Công tác chỉ đạo**',
      '**1. Về kế hoạch**',
      'Nội dung kế hoạch.',
      '**2. Về kiểm tra**',
      '**II. Kết quả thực hiện**',
      '**1. Cải cách thể chế**',
      '**2. Cải cách thủ tục hành chính**',
      '2.1. Về kiểm soát',
      '2.2. Kết quả giải quyết',
      'a) Một cửa: 48 hồ sơ',
      'b) Liên thông: chưa có hồ sơ',
      '**3. Cải cách công vụ**',
      '3.1. Về tuyển dụng',
      '**III. Phương hướng**',
    ]);
  });

  it('escapes a restored plain decimal number so it stays a paragraph', async () => {
    const out = await md(
      [
        { runs: 'Tiếp nhận hồ sơ', list: { ref: 'd', level: 0 } },
        { runs: 'Trả kết quả', list: { ref: 'd', level: 0 } },
      ],
      { d: [{ format: LevelFormat.DECIMAL, text: '%1.', start: 3 }] },
    );
    expect(out).toBe('3\\. Tiếp nhận hồ sơ\n\n4\\. Trả kết quả');
    expect(blockTypes(out)).toEqual(['paragraph', 'paragraph']);
  });

  it('writes automatic bullets as "- " and keeps typed bullets as written', async () => {
    const out = await md([
      { runs: 'Số hồ sơ nhận qua DVCTT: 38 hồ sơ.', bullet: 0 },
      { runs: 'Mức độ 4: 12 thủ tục.', bullet: 1 },
      '- Văn phòng UBND tỉnh;',
      '+ Lĩnh vực hộ tịch: 14 hồ sơ.',
      '• Sở Tư pháp;',
    ]);
    expect(out.split('\n\n')).toEqual([
      '- Số hồ sơ nhận qua DVCTT: 38 hồ sơ.',
      '- Mức độ 4: 12 thủ tục.',
      '- Văn phòng UBND tỉnh;',
      '+ Lĩnh vực hộ tịch: 14 hồ sơ.',
      '• Sở Tư pháp;',
    ]);
  });

  it('writes a body table as a GFM pipe table, cell paragraphs joined, pipes escaped', async () => {
    const out = await md([
      'Kết quả giải quyết hồ sơ như sau:',
      {
        table: [
          ['Lĩnh vực', 'Tiếp nhận', 'Ghi chú'],
          ['Hộ tịch', '120', ['Đúng hạn', 'A | B']],
          ['Chứng thực', '', '0'],
        ],
      },
      'Đoạn sau bảng.',
    ]);
    expect(out.split('\n\n')).toEqual([
      'Kết quả giải quyết hồ sơ như sau:',
      [
        '| Lĩnh vực | Tiếp nhận | Ghi chú |',
        '| --- | --- | --- |',
        '| Hộ tịch | 120 | Đúng hạn A \\| B |',
        '| Chứng thực | | 0 |',
      ].join('\n'),
      'Đoạn sau bảng.',
    ]);
    expect(blockTypes(out)).toEqual(['paragraph', 'table', 'paragraph']);
  });

  it('lays merged cells out on the column grid', async () => {
    const out = await md([
      'Bảng tổng hợp:',
      {
        table: [
          [{ cell: ['Lĩnh vực'], rowSpan: 2 }, { cell: ['Hồ sơ'], colSpan: 2 }],
          ['Tiếp nhận', 'Đúng hạn'],
          ['Hộ tịch', '120', '118'],
        ],
      },
    ]);
    expect(out.split('\n\n')[1]).toBe(
      ['| Lĩnh vực | Hồ sơ | |', '| --- | --- | --- |', '| | Tiếp nhận | Đúng hạn |', '| Hộ tịch | 120 | 118 |'].join(
        '\n',
      ),
    );
  });

  it('numbers paragraphs inside table cells too', async () => {
    const out = await md(
      [
        { runs: 'Mở đầu', list: { ref: 'n', level: 0 } },
        { table: [['Nội dung', [{ runs: 'Trong bảng', list: { ref: 'n', level: 0 } }]]] },
        { runs: 'Sau bảng', list: { ref: 'n', level: 0 } },
      ],
      { n: [{ format: LevelFormat.UPPER_ROMAN, text: '%1.' }] },
    );
    expect(out.split('\n\n')).toEqual([
      'I. Mở đầu',
      '| Nội dung | II. Trong bảng |\n| --- | --- |',
      'III. Sau bảng',
    ]);
  });

  it('writes the header-block table as paragraphs: left cell, then right cell', async () => {
    const out = await md([
      '',
      {
        table: [
          [
            ['UBND TỈNH HÀ NAM', { runs: [{ text: 'SỞ TƯ PHÁP', bold: true }] }, 'Số: 15/BC-STP'],
            [
              { runs: [{ text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true }] },
              'Độc lập - Tự do - Hạnh phúc',
              { runs: [{ text: 'Hà Nam, ngày 20 tháng 3 năm 2023', italic: true }] },
            ],
          ],
        ],
      },
      { runs: [{ text: 'BÁO CÁO', bold: true }] },
    ]);
    expect(out.split('\n\n')).toEqual([
      'UBND TỈNH HÀ NAM',
      '**SỞ TƯ PHÁP**',
      'Số: 15/BC-STP',
      '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**',
      'Độc lập - Tự do - Hạnh phúc',
      '_Hà Nam, ngày 20 tháng 3 năm 2023_',
      '**BÁO CÁO**',
    ]);
  });

  it('writes the header-block table as paragraphs under a draft or form mark above it', async () => {
    const header = {
      table: [[['UBND TỈNH PHÚ YÊN', 'SỞ NỘI VỤ', 'Số: 7/BC-SNV'], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Phú Yên, ngày 2 tháng 9 năm 2024']]],
    };
    const out = await md([{ runs: [{ text: 'DỰ THẢO', bold: true }] }, 'Mẫu số 02', header, 'BÁO CÁO']);
    expect(out.split('\n\n').slice(0, 4)).toEqual(['**DỰ THẢO**', 'Mẫu số 02', 'UBND TỈNH PHÚ YÊN', 'SỞ NỘI VỤ']);
  });

  it('writes a second header table right under the first (number and date) as paragraphs too', async () => {
    const top = { table: [[['UBND TỈNH SƠN LA', 'SỞ Y TẾ'], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']]] };
    const second = { table: [[['Số: 9/BC-SYT'], ['Sơn La, ngày 3 tháng 4 năm 2024']]] };
    const out = await md([top, second, 'BÁO CÁO', second]);
    expect(out.split('\n\n').slice(0, 7)).toEqual([
      'UBND TỈNH SƠN LA', 'SỞ Y TẾ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 9/BC-SYT', 'Sơn La, ngày 3 tháng 4 năm 2024', 'BÁO CÁO',
    ]);
    expect(blockTypes(out).slice(-1)).toEqual(['table']);
  });

  it('keeps a table after the body started as a table even if it looks like a header', async () => {
    const out = await md(['Nơi nhận:', { table: [['UBND tỉnh', 'Số: 12'], ['ngày 5 tháng 6', 'x']] }]);
    expect(blockTypes(out)).toEqual(['paragraph', 'table']);
  });

  it('normalizes NFD text to NFC', async () => {
    const nfd = 'Cải cách thủ tục hành chính: tiếp nhận 48 hồ sơ'.normalize('NFD');
    const out = await md([nfd, { runs: [{ text: 'Đánh giá chung'.normalize('NFD'), bold: true }] }]);
    expect(out).toBe('Cải cách thủ tục hành chính: tiếp nhận 48 hồ sơ\n\n**Đánh giá chung**');
    expect(out).toBe(out.normalize('NFC'));
  });

  it('writes italic and bold runs hugging the text, merging adjacent bold runs', async () => {
    const out = await md([
      { runs: [{ text: 'Về kiểm soát thủ tục', bold: true, italic: true }] },
      {
        runs: [
          'Tổng số ',
          { text: 'hồ sơ ', bold: true },
          { text: 'tiếp nhận', bold: true },
          ': ',
          { text: ' 48 ', italic: true },
          'hồ sơ.',
        ],
      },
      { runs: [{ text: 'Kết quả:', bold: true }, ' ', { text: 'đạt', bold: true }] },
    ]);
    expect(out.split('\n\n')).toEqual([
      '**_Về kiểm soát thủ tục_**',
      'Tổng số **hồ sơ tiếp nhận**: _48_ hồ sơ.',
      '**Kết quả: đạt**',
    ]);
  });

  it('escapes Markdown syntax in text', async () => {
    const out = await md([
      '# không phải tiêu đề',
      '> không phải trích dẫn',
      'Ký hiệu *, dấu _ riêng, ho_ten, [1], <b>, `x`, ~50%, a\\b',
      '---',
    ]);
    expect(out.split('\n\n')).toEqual([
      '\\# không phải tiêu đề',
      '\\> không phải trích dẫn',
      'Ký hiệu \\*, dấu \\_ riêng, ho_ten, \\[1], \\<b>, \\`x\\`, \\~50%, a\\\\b',
      '\\---',
    ]);
    expect(blockTypes(out)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('renders all-caps runs in capitals as Word shows them', async () => {
    expect(await md([{ runs: [{ text: 'Báo cáo', allCaps: true }] }])).toBe('BÁO CÁO');
  });

  it('keeps the full text of long paragraphs', async () => {
    const long = Array.from({ length: 2000 }, (_, i) => `câu số ${i} có 12 hồ sơ.`).join(' ');
    const out = await md([long]);
    expect(out).toBe(long);
  });

  it('reports content mammoth could not read as warnings, once each, and drops style notices', async () => {
    const base = await makeDocx(['Đoạn một.', 'Đoạn hai.']);
    const bytes = patchDocx(base, 'word/document.xml', (xml) =>
      xml
        .replace(/<w:r>/g, '<w:r><w:lạ/>')
        .replace('<w:p>', '<w:p><w:pPr><w:pStyle w:val="KhongCo"/></w:pPr>'),
    );
    const result = await convertDocx(bytes);
    expect(result.markdown).toBe('Đoạn một.\n\nĐoạn hai.');
    expect(result.warnings).toEqual(['An unrecognised element was ignored: w:lạ']);
  });

  it('joins the lines of a hard-wrapped document (one paragraph per printed line) back into paragraphs, titles and tables apart', async () => {
    const out = await md([
      'ỦY BAN NHÂN DÂN HUYỆN TÂN YÊN - PHÒNG NỘI VỤ',
      { runs: 'BÁO CÁO', align: 'center' },
      { runs: 'Kết quả công tác cải cách hành chính 9 tháng năm 2024 của Phòng', align: 'center' },
      'Căn cứ Kế hoạch số 12/KH-UBND, Phòng Nội vụ báo cáo như sau:',
      'Trong 9 tháng năm 2024, Bộ phận tiếp nhận và trả kết quả của huyện đã tiếp',
      'nhận 3.118 hồ sơ, trong đó trực tuyến 1.402 hồ sơ; đã giải quyết 3.050 hồ',
      'sơ, đúng hạn 3.021 hồ sơ, trễ hạn 29 hồ sơ; đang giải quyết 68 hồ sơ. Trung',
      'tâm Phục vụ hành chính công tỉnh chuyển về 214 hồ sơ liên thông của các xã,',
      'thị trấn.',
      { table: [['Lĩnh vực', 'Hồ sơ'], ['Đất đai', '1.210']] },
      'tổng hợp theo lĩnh vực',
    ]);
    expect(out.split('\n\n')).toEqual([
      'ỦY BAN NHÂN DÂN HUYỆN TÂN YÊN - PHÒNG NỘI VỤ',
      'BÁO CÁO',
      'Kết quả công tác cải cách hành chính 9 tháng năm 2024 của Phòng',
      'Căn cứ Kế hoạch số 12/KH-UBND, Phòng Nội vụ báo cáo như sau:',
      'Trong 9 tháng năm 2024, Bộ phận tiếp nhận và trả kết quả của huyện đã tiếp nhận 3.118 hồ sơ, trong đó trực tuyến 1.402 hồ sơ; đã giải quyết 3.050 hồ sơ, đúng hạn 3.021 hồ sơ, trễ hạn 29 hồ sơ; đang giải quyết 68 hồ sơ. Trung tâm Phục vụ hành chính công tỉnh chuyển về 214 hồ sơ liên thông của các xã, thị trấn.',
      '| Lĩnh vực | Hồ sơ |\n| --- | --- |\n| Đất đai | 1.210 |',
      'tổng hợp theo lĩnh vực',
    ]);
  });
});
