import { describe, expect, it } from 'vitest';
import { readStructure, toSections } from '../../src/structure/index.ts';
import type { Section } from '../../src/schema/report.ts';
import type { Block } from '../../src/structure/types.ts';

const md = (...blocks: string[]): string => blocks.join('\n\n') + '\n';

/** "number|title|level" lines of the tree, depth first. */
function outline(list: Section[], out: string[] = []): string[] {
  for (const s of list) {
    out.push(`${s.number}|${s.title}|${s.level}`);
    outline(s.children, out);
  }
  return out;
}
const treeOf = (m: string): string[] => outline(toSections(readStructure(m).sections));

const BODY = 'Trong kỳ, đơn vị đã triển khai đầy đủ các nhiệm vụ được giao theo kế hoạch.';

describe('heading forms', () => {
  it('reads Roman, Arabic, dotted (with and without final dot) and letters', () => {
    const m = md(
      'I. Công tác chỉ đạo, điều hành', BODY,
      'II. Kết quả thực hiện các nhiệm vụ', BODY,
      '1\\. Cải cách thủ tục hành chính', BODY,
      '1.1. Kiểm soát thủ tục hành chính', BODY,
      '1.2 Giải quyết thủ tục hành chính', BODY,
      'a) Tiếp nhận hồ sơ', BODY,
      'b. Trả kết quả', BODY,
      'c, Xử lý phản ánh, kiến nghị', BODY,
      '2\\. Cải cách công vụ', BODY,
    );
    expect(treeOf(m)).toEqual([
      'I|Công tác chỉ đạo, điều hành|1',
      'II|Kết quả thực hiện các nhiệm vụ|1',
      '1|Cải cách thủ tục hành chính|2',
      '1.1|Kiểm soát thủ tục hành chính|3',
      '1.2|Giải quyết thủ tục hành chính|3',
      'a|Tiếp nhận hồ sơ|4',
      'b|Trả kết quả|4',
      'c|Xử lý phản ánh, kiến nghị|4',
      '2|Cải cách công vụ|2',
    ]);
    const s = readStructure(m);
    const c = s.blocks.find((b) => b.text.startsWith('c, ')) as Block;
    expect(c.section?.path).toBe('II/1/1.2/c');
    const body = s.blocks[s.blocks.indexOf(c) + 1] as Block;
    expect(body.section?.path).toBe('II/1/1.2/c');
  });

  it('reads Roman numbers typed without their full stop before a title in capitals, not a word after a Roman-looking one', () => {
    const m = md(
      '**I CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO**', BODY,
      '**II KẾT QUẢ THỰC HIỆN**', BODY,
      '**1\\. Cải cách thể chế**', BODY,
      '**III NHỮNG TỒN TẠI, HẠN CHẾ**', BODY,
      'VI phạm hành chính trong lĩnh vực đất đai giảm so với cùng kỳ.',
    );
    expect(treeOf(m)).toEqual([
      'I|CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO|1',
      'II|KẾT QUẢ THỰC HIỆN|1',
      '1|Cải cách thể chế|2',
      'III|NHỮNG TỒN TẠI, HẠN CHẾ|1',
    ]);
  });

  it('ends the report\'s sections at an annex title after the signature, not at a sentence about an annex', () => {
    const m = md(
      '**I. Kết quả thực hiện**', BODY,
      '**II. Kiến nghị, đề xuất**', 'Phụ lục kèm theo báo cáo này gồm 03 biểu số liệu.', BODY,
      'Trân trọng báo cáo./.',
      '**PHỤ LỤC I**', '**KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THEO LĨNH VỰC**', '| Lĩnh vực | Tiếp nhận |\n| --- | --- |\n| Tôn giáo | 148 |',
    );
    const s = readStructure(m);
    const at = (start: string) => s.blocks.find((b) => b.text.startsWith(start)) as Block;
    expect(at('Phụ lục kèm theo').section?.path).toBe('II');
    expect(at('Trân trọng').section?.path).toBe('II');
    expect(at('KẾT QUẢ GIẢI QUYẾT').section ?? null).toBeNull();
    expect(at('Tôn giáo').section ?? null).toBeNull();
  });

  it('reads "Phần I" and "Mục 1" headings', () => {
    const m = md('Phần I. Kết quả đạt được', BODY, 'Mục 1. Công tác chỉ đạo', BODY, 'Mục 2. Cải cách thể chế', BODY, 'Phần II. Phương hướng nhiệm vụ', BODY);
    expect(treeOf(m)).toEqual([
      'Phần I|Kết quả đạt được|1',
      'Mục 1|Công tác chỉ đạo|2',
      'Mục 2|Cải cách thể chế|2',
      'Phần II|Phương hướng nhiệm vụ|1',
    ]);
  });
});

describe('depth from nesting order', () => {
  it('starts at level 1 with Arabic numbers when there is no Roman level', () => {
    const m = md('1\\. Cải cách thể chế', BODY, '1.1. Xây dựng văn bản', BODY, 'a) Văn bản cấp tỉnh', BODY, '2\\. Cải cách tổ chức bộ máy', BODY);
    expect(treeOf(m)).toEqual([
      '1|Cải cách thể chế|1',
      '1.1|Xây dựng văn bản|2',
      'a|Văn bản cấp tỉnh|3',
      '2|Cải cách tổ chức bộ máy|1',
    ]);
  });

  it('puts letters directly under Roman numbers at level 2', () => {
    const m = md('I. Đánh giá chung', 'a) Ưu điểm', BODY, 'b) Hạn chế', BODY, 'II. Phương hướng', BODY);
    expect(treeOf(m)).toEqual(['I|Đánh giá chung|1', 'a|Ưu điểm|2', 'b|Hạn chế|2', 'II|Phương hướng|1']);
  });

  it('nests dotted numbers under the Arabic number they extend, and restarts letters', () => {
    const m = md(
      'I. Kết quả', '1\\. Thủ tục hành chính', 'a) Một cửa', BODY, 'b) Liên thông', BODY,
      '2\\. Tổ chức bộ máy', '2.1. Sắp xếp phòng', BODY, 'a) Khối văn phòng', BODY,
    );
    expect(treeOf(m)).toEqual([
      'I|Kết quả|1', '1|Thủ tục hành chính|2', 'a|Một cửa|3', 'b|Liên thông|3',
      '2|Tổ chức bộ máy|2', '2.1|Sắp xếp phòng|3', 'a|Khối văn phòng|4',
    ]);
  });
});

describe('heading or list item', () => {
  it('keeps a numbered task list under a plan section as items', () => {
    const m = md(
      'III. Phương hướng, nhiệm vụ năm 2024',
      '1\\. Tiếp tục rà soát, đơn giản hóa các thủ tục hành chính thuộc thẩm quyền; kịp thời đề xuất cắt giảm thành phần hồ sơ không cần thiết.',
      '2\\. Nâng cao chất lượng đội ngũ công chức làm việc tại Bộ phận một cửa, bảo đảm thái độ phục vụ tận tình, chu đáo.',
      '3\\. Đẩy mạnh tuyên truyền để người dân sử dụng dịch vụ công trực tuyến và dịch vụ bưu chính công ích trong thời gian tới.',
      'IV. Kiến nghị, đề xuất', BODY,
    );
    expect(treeOf(m)).toEqual(['III|Phương hướng, nhiệm vụ năm 2024|1', 'IV|Kiến nghị, đề xuất|1']);
    const items = readStructure(m).blocks.filter((b) => /^\d\./.test(b.text));
    expect(items.map((b) => b.kind)).toEqual(['listItem', 'listItem', 'listItem']);
    expect(items.every((b) => b.section?.number === 'III')).toBe(true);
  });

  it('keeps a short plain numbered sentence in a plan section as an item, even alone before the closing', () => {
    const m = md('IV. Nhiệm vụ năm 2025', '1\\. Hoàn thiện bộ chỉ số đánh giá năm 2025.', 'Trân trọng báo cáo./.');
    expect(treeOf(m)).toEqual(['IV|Nhiệm vụ năm 2025|1']);
    // Without its full stop it titles what follows.
    expect(treeOf(md('IV. Nhiệm vụ năm 2025', '1\\. Hoàn thiện bộ chỉ số đánh giá', BODY))).toEqual(['IV|Nhiệm vụ năm 2025|1', '1|Hoàn thiện bộ chỉ số đánh giá|2']);
  });

  it('reads a run of short numbered lines with no body as items', () => {
    const m = md('1\\. Kết quả cụ thể', BODY, 'a) Lĩnh vực Hộ tịch: 120 hồ sơ;', 'b) Lĩnh vực Chứng thực: 85 hồ sơ;', 'c) Lĩnh vực Nuôi con nuôi: 02 hồ sơ.');
    expect(treeOf(m)).toEqual(['1|Kết quả cụ thể|1']);
  });

  it('keeps short plain task lists and requests in a plan or proposals section as items', () => {
    const m = md(
      'II. Phương hướng, nhiệm vụ quý III năm 2023',
      '1\\. Tiếp tục rà soát thủ tục hành chính', '2\\. Nâng cao tỷ lệ hồ sơ trực tuyến', '3\\. Tăng cường kiểm tra công vụ',
      'III. Đề xuất, kiến nghị',
      '1\\. Đề nghị UBND tỉnh bổ sung biên chế', '2\\. Đề nghị Sở Nội vụ tổ chức tập huấn',
    );
    expect(treeOf(m)).toEqual(['II|Phương hướng, nhiệm vụ quý III năm 2023|1', 'III|Đề xuất, kiến nghị|1']);
    // A plan's sub-heading with its own body stays a heading.
    const sub = md('III. Phương hướng, nhiệm vụ', '1\\. Tiếp tục cải cách thủ tục hành chính', BODY, '2\\. Tăng cường kỷ luật công vụ', BODY);
    expect(treeOf(sub)).toEqual(['III|Phương hướng, nhiệm vụ|1', '1|Tiếp tục cải cách thủ tục hành chính|2', '2|Tăng cường kỷ luật công vụ|2']);
  });

  it('reads three plain short numbered lines in a row, then a body, as items', () => {
    const m = md('**1. Cải cách thể chế**', 'a) Công tác kiểm tra văn bản', 'b) Công tác rà soát văn bản', 'c) Công tác theo dõi thi hành pháp luật', BODY);
    expect(treeOf(m)).toEqual(['1|Cải cách thể chế|1']);
  });

  it('reads three bold numbered lines that each give a value as items', () => {
    const m = md(
      '**I. KẾT QUẢ GIẢI QUYẾT HỒ SƠ**',
      '**1\\. Tổng số hồ sơ đã tiếp nhận: 1.508 hồ sơ.**', '**2\\. Số hồ sơ đã trả kết quả: 1.490 hồ sơ.**', '**3\\. Số hồ sơ còn tồn: 18 hồ sơ.**',
      '**II. PHƯƠNG HƯỚNG**', BODY,
    );
    expect(treeOf(m)).toEqual(['I|KẾT QUẢ GIẢI QUYẾT HỒ SƠ|1', 'II|PHƯƠNG HƯỚNG|1']);
    // A bold run-in heading whose text is a sentence stays a heading.
    const runIn = md('**I. KẾT QUẢ**', '**1\\. Cải cách thể chế**: Ban hành 01 văn bản.', '**2\\. Cải cách công vụ**: Cử 30 lượt viên chức đi bồi dưỡng.', '**3\\. Cải cách tài chính công**: Không phát sinh sai phạm.', BODY);
    expect(treeOf(runIn)).toEqual(['I|KẾT QUẢ|1', '1|Cải cách thể chế|2', '2|Cải cách công vụ|2', '3|Cải cách tài chính công|2']);
  });

  it('keeps long numbered sentences as items even outside a plan', () => {
    const m = md('I. Kết quả', '1\\. Trong kỳ đã tổ chức 03 hội nghị tập huấn cho công chức làm công tác kiểm soát thủ tục hành chính ở cấp huyện và cấp xã trên địa bàn.', BODY);
    expect(treeOf(m)).toEqual(['I|Kết quả|1']);
  });
});

describe('titles and inline content', () => {
  it('splits "a, Tiêu đề: nội dung" at the colon', () => {
    const text = 'a, Giải quyết hồ sơ trực tuyến: Trong quý, Bộ phận một cửa đã tiếp nhận 215 hồ sơ, đúng hạn 100%.';
    const m = md('1\\. Thủ tục hành chính', text, 'b, Giải quyết qua bưu chính: Chưa phát sinh hồ sơ.', 'c, Tiếp nhận phản ánh:', BODY);
    expect(treeOf(m)).toEqual([
      '1|Thủ tục hành chính|1',
      'a|Giải quyết hồ sơ trực tuyến|2',
      'b|Giải quyết qua bưu chính|2',
      'c|Tiếp nhận phản ánh|2',
    ]);
    const a = readStructure(m).blocks[1] as Block;
    expect(a.kind).toBe('heading');
    expect(a.text.slice(a.titleStart, a.titleEnd)).toBe('Giải quyết hồ sơ trực tuyến');
    expect(a.text.slice(a.contentStart)).toBe('Trong quý, Bộ phận một cửa đã tiếp nhận 215 hồ sơ, đúng hạn 100%.');
    const c = readStructure(m).blocks[3] as Block;
    expect(c.contentStart).toBe(c.text.length);
  });

  it('takes a bold lead as the title and marks the block bold', () => {
    const m = md('**2\\. Cải cách thể chế.** Trong quý đã ban hành 02 văn bản quy phạm pháp luật; rà soát 35 văn bản.', BODY);
    const s = readStructure(m);
    expect(treeOf(m)).toEqual(['2|Cải cách thể chế|1']);
    const b = s.blocks[0] as Block;
    expect(b.bold).toBe(true);
    expect(b.text.slice(b.contentStart)).toBe('Trong quý đã ban hành 02 văn bản quy phạm pháp luật; rà soát 35 văn bản.');
  });

  it('lets bold carry a longer title that would otherwise read as a sentence', () => {
    const title = '1. Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức của các cơ quan hành chính nhà nước trên địa bàn tỉnh.';
    const plain = md('I. Kết quả', BODY, title.replace('1.', '1\\.'), BODY);
    const bold = md('I. Kết quả', BODY, `**${title.replace('1.', '1\\.')}**`, BODY);
    expect(treeOf(plain)).toEqual(['I|Kết quả|1']);
    expect(treeOf(bold)[1]).toBe('1|Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức của các cơ quan hành chính nhà nước trên địa bàn tỉnh|2');
  });

  it('takes Word heading styles (ATX) as headings and still parses their number', () => {
    const m = md('# I. KẾT QUẢ THỰC HIỆN', '## 1. Trong kỳ đã tổ chức 03 hội nghị tập huấn cho công chức làm công tác kiểm soát thủ tục hành chính ở cấp huyện.', BODY, '# BÁO CÁO TỔNG HỢP');
    expect(treeOf(m)).toEqual([
      'I|KẾT QUẢ THỰC HIỆN|1',
      '1|Trong kỳ đã tổ chức 03 hội nghị tập huấn cho công chức làm công tác kiểm soát thủ tục hành chính ở cấp huyện|2',
    ]);
    const last = readStructure(m).blocks[3] as Block;
    expect(last.kind).toBe('paragraph');
  });

  it('closes sections at the next heading of the same or a higher level', () => {
    const m = md('I. Một', BODY, '1\\. Hai', BODY, 'II. Ba', BODY);
    const [one, three] = readStructure(m).sections;
    expect(one?.start).toBe(0);
    expect(one?.end).toBe(m.indexOf('II. Ba'));
    expect(one?.children[0]?.end).toBe(m.indexOf('II. Ba'));
    expect(three?.end).toBe(m.length);
    expect(one?.children[0]?.parent).toBe(one);
  });
});

describe('run-in headings', () => {
  it('splits a numbered heading run into an upper-case one (PDF lines joined)', () => {
    const m = md('II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ TRỌNG TÂM 1. Cải cách thể chế', BODY, '2\\. Cải cách thủ tục hành chính', BODY);
    expect(treeOf(m)).toEqual(['II|KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ TRỌNG TÂM|1', '1|Cải cách thể chế|2', '2|Cải cách thủ tục hành chính|2']);
    const blocks = readStructure(m).blocks;
    expect(blocks[1]?.text).toBe('1. Cải cách thể chế');
    expect(m.slice(blocks[1]?.offsets[0], blocks[1]?.offsets[blocks[1].text.length])).toBe('1. Cải cách thể chế');
  });

  it('splits a part\'s upper-case title from its first Roman heading run into it', () => {
    const m = md('PHẦN I. KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', BODY, 'II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH', BODY);
    expect(treeOf(m)).toEqual([
      'PHẦN I|KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH|1',
      'I|CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH|2',
      'II|CẢI CÁCH THỦ TỤC HÀNH CHÍNH|2',
    ]);
  });
});

describe('numbers followed by a comma', () => {
  it('reads "4, CẢI CÁCH …" (a comma for the full stop) in its sequence, not "2, 3 hồ sơ" or "1,5"', () => {
    const m = md(
      '**II. KẾT QUẢ**', '3\\. CẢI CÁCH TỔ CHỨC BỘ MÁY', BODY, '4, CẢI CÁCH CHẾ ĐỘ CÔNG VỤ', BODY, '5\\. CẢI CÁCH TÀI CHÍNH CÔNG', BODY,
      '2, 3 hồ sơ còn lại đang được xử lý.', '1,5 ngày là thời gian trung bình.',
    );
    expect(treeOf(m)).toEqual(['II|KẾT QUẢ|1', '3|CẢI CÁCH TỔ CHỨC BỘ MÁY|2', '4|CẢI CÁCH CHẾ ĐỘ CÔNG VỤ|2', '5|CẢI CÁCH TÀI CHÍNH CÔNG|2']);
  });
});

describe('numbers followed by a dash', () => {
  it('reads "1- ", "2.1- " and "a- " before a word as numbers, not "1 - 2 ngày"', () => {
    const m = md(
      '**I- KẾT QUẢ THỰC HIỆN**', '**1- Cải cách thể chế**', BODY, '**2- Cải cách thủ tục hành chính**', BODY,
      '**2.1- Kiểm soát TTHC**', BODY, '**a- Tiếp nhận hồ sơ**', BODY, '1 - 2 ngày làm việc là thời hạn giải quyết.',
    );
    expect(treeOf(m)).toEqual([
      'I|KẾT QUẢ THỰC HIỆN|1', '1|Cải cách thể chế|2', '2|Cải cách thủ tục hành chính|2', '2.1|Kiểm soát TTHC|3', 'a|Tiếp nhận hồ sơ|4',
    ]);
  });
});

describe('not a number', () => {
  it('reads "V/v …" (về việc) as a subject line, not section V', () => {
    const m = md('V/v báo cáo kết quả cải cách hành chính quý III năm 2023', 'I. Công tác chỉ đạo', BODY);
    expect(treeOf(m)).toEqual(['I|Công tác chỉ đạo|1']);
  });
});

describe('a first sentence as the title', () => {
  it('cuts a plain numbered block after a short first sentence naming a reform area', () => {
    const m = md(
      '**1. Cải cách thủ tục hành chính**',
      'a) Công tác kiểm soát TTHC. Trong quý, Sở đã rà soát 12 thủ tục hành chính thuộc thẩm quyền.',
      'b) Giải quyết thủ tục hành chính. Trong kỳ tiếp nhận 320 hồ sơ, đã giải quyết 318 hồ sơ.',
      '**2. Cải cách công vụ**', BODY,
    );
    expect(treeOf(m)).toEqual([
      '1|Cải cách thủ tục hành chính|1', 'a|Công tác kiểm soát TTHC|2', 'b|Giải quyết thủ tục hành chính|2', '2|Cải cách công vụ|1',
    ]);
    const a = readStructure(m).blocks[1];
    expect(a?.text.slice(a.contentStart)).toBe('Trong quý, Sở đã rà soát 12 thủ tục hành chính thuộc thẩm quyền.');
  });

  it('leaves a numbered sentence that names no area an item', () => {
    const m = md('**1. Kết quả**', BODY, 'a) Tiếp nhận hồ sơ của tổ chức. Trong kỳ tiếp nhận 320 hồ sơ.', 'b) Trả kết quả đúng hạn. Không có hồ sơ trễ hạn.');
    expect(treeOf(m)).toEqual(['1|Kết quả|1']);
  });
});

describe('ordinal parts', () => {
  it('reads "PHẦN THỨ NHẤT: …" and "Phần thứ hai" as parts above the Roman headings', () => {
    const m = md('**PHẦN THỨ NHẤT: KẾT QUẢ THỰC HIỆN**', '**I. CÔNG TÁC CHỈ ĐẠO**', BODY, '**Phần thứ hai. Phương hướng, nhiệm vụ**', BODY);
    expect(treeOf(m)).toEqual(['PHẦN THỨ NHẤT|KẾT QUẢ THỰC HIỆN|1', 'I|CÔNG TÁC CHỈ ĐẠO|2', 'Phần thứ hai|Phương hướng, nhiệm vụ|1']);
  });
});

describe('Roman-headed dotted numbers', () => {
  it('nests "I.1", "II.2" under their Roman heading (Word\'s "%1.%2." under a Roman level)', () => {
    const m = md(
      'I. Công tác chỉ đạo, điều hành', BODY,
      'I.1. Kế hoạch cải cách hành chính', BODY,
      'I.2. Kiểm tra công tác cải cách hành chính', BODY,
      'II. Kết quả thực hiện các nhiệm vụ', BODY,
      'II.1. Cải cách thể chế', BODY,
      'II.2 Cải cách thủ tục hành chính', BODY,
      'a) Kiểm soát thủ tục hành chính', BODY,
      'II.3. Cải cách công vụ', BODY,
    );
    expect(treeOf(m)).toEqual([
      'I|Công tác chỉ đạo, điều hành|1',
      'I.1|Kế hoạch cải cách hành chính|2',
      'I.2|Kiểm tra công tác cải cách hành chính|2',
      'II|Kết quả thực hiện các nhiệm vụ|1',
      'II.1|Cải cách thể chế|2',
      'II.2|Cải cách thủ tục hành chính|2',
      'a|Kiểm soát thủ tục hành chính|3',
      'II.3|Cải cách công vụ|2',
    ]);
  });
});

describe('titles broken over two paragraphs', () => {
  it('joins an upper-case title finished in the next upper-case paragraph', () => {
    const m = md('**I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH**', '**CẢI CÁCH HÀNH CHÍNH**', BODY, '**II. KẾT QUẢ THỰC HIỆN**', BODY);
    expect(treeOf(m)).toEqual(['I|CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH|1', 'II|KẾT QUẢ THỰC HIỆN|1']);
    expect(readStructure(m).sections[0]?.canonical).toBe('direction');
  });

  it('takes the title of a bare "I." from the next bold line', () => {
    const m = md('**I.**', '**Công tác chỉ đạo, điều hành**', BODY, '**II.**', '**Kết quả thực hiện**', BODY);
    expect(treeOf(m)).toEqual(['I|Công tác chỉ đạo, điều hành|1', 'II|Kết quả thực hiện|1']);
  });

  it('takes the title of a bare "PHẦN I" from the next paragraph', () => {
    const m = md('**PHẦN I**', '**KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH**', '**I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH**', BODY);
    expect(treeOf(m)).toEqual(['PHẦN I|KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH|1', 'I|CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH|2']);
  });

  it('keeps an upper-case paragraph with a title of its own apart, and mixed-case text', () => {
    const plan = md('**III. PHƯƠNG HƯỚNG, NHIỆM VỤ**', '**NHIỆM VỤ TRỌNG TÂM**', BODY);
    expect(treeOf(plan)).toEqual(['III|PHƯƠNG HƯỚNG, NHIỆM VỤ|1']);
    const mixed = md('**1. Cải cách thể chế**', '**Công tác xây dựng văn bản**', BODY);
    expect(treeOf(mixed)).toEqual(['1|Cải cách thể chế|1']);
  });
});

describe('items under a lead-in', () => {
  const kinds = (m: string): string[] => readStructure(m).blocks.map((b) => `${b.kind}|${b.text.slice(0, 12)}`);

  it('reads two short lettered lines with figures after a lead-in as its items', () => {
    const m = md(
      '3\\. Cải cách tổ chức bộ máy',
      'Năm 2025, Sở dự kiến kiểm tra công tác cải cách hành chính tại 05 đơn vị, gồm:',
      'a) 03 phòng chuyên môn thuộc Sở;',
      'b) 02 đơn vị sự nghiệp trực thuộc.',
    );
    expect(treeOf(m)).toEqual(['3|Cải cách tổ chức bộ máy|1']);
    expect(kinds(m).slice(2)).toEqual(['listItem|a) 03 phòng ', 'listItem|b) 02 đơn vị']);
  });

  it('reads a numbered label whose value has its parts in a bracket as an item, not a title with a run-in body', () => {
    const m = md(
      'Kết quả công tác kiểm soát thủ tục hành chính:',
      '1\\. Số thủ tục hành chính được công bố trong năm: 31 thủ tục (công bố mới 12, sửa đổi 15, bãi bỏ 4).',
      'Các thủ tục đã được niêm yết đầy đủ.',
    );
    expect(treeOf(m)).toEqual([]);
    expect(kinds(m)[1]).toBe('listItem|1. Số thủ tụ');
  });

  it('reads a numbered count label whose body opens on its figure as an item, however long the body', () => {
    const m = md(
      'Tình hình đội ngũ:',
      '1\\. Tổng số công chức, viên chức của Sở: 187 người, trong đó 29 thạc sĩ, 142 đại học và 16 người có trình độ khác.',
      '2\\. Số lượt công chức được cử đi bồi dưỡng: 64 lượt.',
    );
    expect(treeOf(m)).toEqual([]);
    expect(kinds(m).slice(1)).toEqual(['listItem|1. Tổng số c', 'listItem|2. Số lượt c']);
  });

  it('reads a line ending with ";" after a lead-in as an item even without a figure', () => {
    const m = md('Cơ cấu tổ chức của Sở có 03 đơn vị trực thuộc, gồm:', 'a) Chi cục Thủy lợi;', 'b) Trung tâm Khuyến nông.');
    expect(treeOf(m)).toEqual([]);
  });

  it('keeps titles after a lead-in when they title what follows', () => {
    const m = md(
      'II. Kết quả thực hiện',
      'Kết quả giải quyết TTHC trong quý cụ thể như sau:',
      'a) Giải quyết theo cơ chế một cửa',
      BODY,
      'b) Giải quyết theo cơ chế một cửa liên thông',
      BODY,
    );
    expect(treeOf(m)).toEqual(['II|Kết quả thực hiện|1', 'a|Giải quyết theo cơ chế một cửa|2', 'b|Giải quyết theo cơ chế một cửa liên thông|2']);
  });

  it('reads a run of sentence-titled letters when each first sentence names a reform area', () => {
    const m = md(
      'II. Kết quả thực hiện',
      'a) Công tác kiểm soát TTHC. Trong quý, Sở đã công bố 11 TTHC mới ban hành.',
      'b) Công tác một cửa. Trong quý, Sở tiếp nhận 207 hồ sơ.',
    );
    expect(treeOf(m)).toEqual(['II|Kết quả thực hiện|1', 'a|Công tác kiểm soát TTHC|2', 'b|Công tác một cửa|2']);
  });

  it('reads numbered lines after a heading whose inline content is a lead-in as its items, the whole run', () => {
    const m = md(
      '1\\. Cải cách thủ tục hành chính',
      '**a) Về kiểm soát TTHC:** Tổng số TTHC của cấp huyện, cấp xã là 412 thủ tục, trong đó:',
      '1\\. Cấp huyện: 279 thủ tục, gồm 168 thủ tục toàn trình;',
      '2\\. Cấp xã: 133 thủ tục, gồm 74 thủ tục toàn trình.',
      '**b) Một cửa:** Năm 2024, Bộ phận Một cửa huyện tiếp nhận 6.318 hồ sơ.',
      '2\\. Cải cách tổ chức bộ máy',
    );
    expect(treeOf(m)).toEqual([
      '1|Cải cách thủ tục hành chính|1',
      'a|Về kiểm soát TTHC|2',
      'b|Một cửa|2',
      '2|Cải cách tổ chức bộ máy|1',
    ]);
  });

  it('keeps numbered titles of reform areas with run-in content after a lead-in', () => {
    const m = md(
      'II. Kết quả thực hiện',
      'Kết quả thực hiện các nhiệm vụ cụ thể như sau:',
      '1\\. Cải cách thể chế: Trong quý, Sở đã rà soát 12 văn bản quy phạm pháp luật.',
      '2\\. Cải cách thủ tục hành chính: Sở tiếp nhận 310 hồ sơ.',
      '3\\. Cải cách tổ chức bộ máy: Sở có 04 phòng chuyên môn.',
    );
    expect(treeOf(m)).toEqual([
      'II|Kết quả thực hiện|1',
      '1|Cải cách thể chế|2',
      '2|Cải cách thủ tục hành chính|2',
      '3|Cải cách tổ chức bộ máy|2',
    ]);
  });
});
