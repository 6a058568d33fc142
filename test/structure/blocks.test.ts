import { describe, expect, it } from 'vitest';
import { readBlocks } from '../../src/structure/read-blocks.ts';
import { readStructure } from '../../src/structure/index.ts';
import type { Block } from '../../src/structure/types.ts';

const md = (...blocks: string[]): string => blocks.join('\n\n') + '\n';

/** Every character that is not a synthesized space maps onto itself in the Markdown. */
function expectOffsets(markdown: string, b: Block): void {
  expect(b.offsets.length).toBe(b.text.length + 1);
  for (let i = 0; i < b.text.length; i++) {
    const ch = b.text[i];
    if (ch === ' ') continue;
    expect(markdown.slice(b.offsets[i], (b.offsets[i] as number) + 1), `char ${i} of ${b.text}`).toBe(ch);
  }
}

describe('reading blocks', () => {
  it('keeps list markers as written and reads bullets as list items', () => {
    const m = md('Kết quả cụ thể như sau:', '+ Lĩnh vực Đường bộ: 12 hồ sơ.', '- Lĩnh vực Đường thủy: 03 hồ sơ.', '* Khối các phòng chuyên môn');
    const blocks = readStructure(m).blocks;
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'Kết quả cụ thể như sau:'],
      ['listItem', '+ Lĩnh vực Đường bộ: 12 hồ sơ.'],
      ['listItem', '- Lĩnh vực Đường thủy: 03 hồ sơ.'],
      ['listItem', '* Khối các phòng chuyên môn'],
    ]);
    for (const b of blocks) expectOffsets(m, b);
  });

  it('maps escaped numbers and bold markers to the real characters', () => {
    const m = md('**2\\. Cải cách thủ tục hành chính**', '1\\. Rà soát 15 TTHC thuộc lĩnh vực Xây dựng.', 'Tỷ lệ đạt **98,5%** so với kế hoạch; ký hiệu a\\*b.');
    const blocks = readBlocks(m).map((r) => r.block);
    expect(blocks.map((b) => b.text)).toEqual([
      '2. Cải cách thủ tục hành chính',
      '1. Rà soát 15 TTHC thuộc lĩnh vực Xây dựng.',
      'Tỷ lệ đạt 98,5% so với kế hoạch; ký hiệu a*b.',
    ]);
    for (const b of blocks) expectOffsets(m, b);
    const first = blocks[0] as Block;
    expect(m.slice(first.offsets[0], (first.offsets[0] as number) + 1)).toBe('2');
    expect(m.slice(first.offsets[1], (first.offsets[1] as number) + 1)).toBe('.');
    expect(m[(first.offsets[1] as number) - 1]).toBe('\\');
    const third = blocks[2] as Block;
    const at = third.text.indexOf('98,5%');
    expect(m.slice(third.offsets[at], (third.offsets[at + 4] as number) + 1)).toBe('98,5%');
  });

  it('marks wholly bold blocks, not partly bold ones', () => {
    const blocks = readBlocks(md('**III. Đánh giá chung**', 'Có **05** hồ sơ quá hạn.', '- **Điểm mạnh**')).map((r) => r.block);
    expect(blocks.map((b) => b.bold)).toEqual([true, false, true]);
  });

  it('reads table rows with their cells', () => {
    const m = md('| Lĩnh vực | Số hồ sơ |\n| --- | --- |\n| Hộ tịch | 1.204 |\n| **Tổng** | **1.530** |');
    const rows = readStructure(m).blocks;
    expect(rows.map((r) => r.kind)).toEqual(['tableRow', 'tableRow', 'tableRow']);
    expect(rows.map((r) => r.cells)).toEqual([['Lĩnh vực', 'Số hồ sơ'], ['Hộ tịch', '1.204'], ['Tổng', '1.530']]);
    expect(rows[2]?.bold).toBe(true);
    for (const b of rows) expectOffsets(m, b);
  });

  it('gives the same blocks on the fast path as through remark', () => {
    const m = md(
      '  **1\\. Cải cách thể chế**  ',
      'Sở GTVT đã tiếp nhận 48 hồ sơ &amp; trả 40.',
      'Tại Sở KH&CN; Sở TT&TT; và \\&amp; cùng \\\\&amp; khác',
      '+ Lĩnh vực Đăng kiểm: 14 hồ sơ.',
      '- **Số hồ sơ trực tuyến**',
      '**a, Giải quyết hồ sơ:** Trong kỳ, đã nhận _đúng hạn_ 100%',
      'Tỷ lệ 100% | x \\| y',
      '• Điểm cần lưu ý',
      '-5% so với cùng kỳ',
      '| A | B \\| c |\n| --- | :-: |\n| **x** | 1. y |\n|  | 2 |',
      '| A | B |\n| --- | --- |\n| 1 |',
      '# 2. Tiêu đề kiểu Heading',
      'dòng một\ndòng hai',
      '+   mục thụt',
      '\\# không phải tiêu đề',
    );
    const strip = (b: Block): unknown => ({ ...b, section: null });
    const fast = readBlocks(m);
    const slow = readBlocks(m, { forceRemark: true });
    expect(fast.map((r) => strip(r.block))).toEqual(slow.map((r) => strip(r.block)));
    expect(fast.map((r) => Array.from(r.bold).join('').replace(/^0*$/, ''))).toEqual(slow.map((r) => Array.from(r.bold).join('').replace(/^0*$/, '')));
    for (const r of fast) expectOffsets(m, r.block);
  });

  it('reads bold and italic runs on the fast path exactly as remark does', () => {
    const cases = [
      'Đã tiếp nhận **48** hồ sơ, đúng hạn **100%**.',
      '**a, Giải quyết:** Trong quý, đã nhận _đúng hạn_ 100%',
      '**1\\. Cải cách thể chế.** Trong quý đã ban hành **02** văn bản.',
      'Tổng số **(05)** phòng; tỷ lệ “**98,5%**” và **“trích dẫn”** cuối.',
      '**a **lồng** b** và _nghiêng **đậm** nghiêng_',
      'a**b**c và snake_case_name và 2*3*4',
      '**mở mà không đóng và _gạch',
      'đóng mà không mở** và ***ba sao*** và ____',
      '**sai lồng _nhau** hỏng_',
      '\\**thoát**\\ và \\*sao\\*',
      '- **Lĩnh vực Hộ tịch:** 1.204 hồ sơ',
      '+ Tỷ lệ _trực tuyến_: **81%**',
      '**.**, **x.** y, _._',
      'Giá trị **10**% và **[link]** và **`code`**',
    ];
    const m = md(...cases);
    const strip = (b: Block): unknown => ({ ...b, section: null });
    const fast = readBlocks(m);
    const slow = readBlocks(m, { forceRemark: true });
    expect(fast.map((r) => strip(r.block))).toEqual(slow.map((r) => strip(r.block)));
    expect(fast.map((r) => Array.from(r.bold).join('').replace(/^0*$/, ''))).toEqual(slow.map((r) => Array.from(r.bold).join('').replace(/^0*$/, '')));
    for (const r of fast) expectOffsets(m, r.block);
  });

  it('turns soft line breaks into spaces and skips empty input', () => {
    expect(readStructure('').blocks).toEqual([]);
    const b = readStructure('dòng một\ndòng hai\n').blocks[0] as Block;
    expect(b.text).toBe('dòng một dòng hai');
  });
});
