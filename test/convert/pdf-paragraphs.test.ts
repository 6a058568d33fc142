import { describe, expect, it } from 'vitest';
import { lineSpacing, measureLayout, type Layout } from '../../src/convert/pdf-layout.ts';
import { caseOf, joinLines, startsParagraph, startsWithMarker } from '../../src/convert/pdf-paragraphs.ts';
import { pageLines } from '../../src/convert/pdf-lines.ts';
import type { Line, PdfItem } from '../../src/convert/pdf-types.ts';

// A synthetic A4 page: column 85–538 pt, 14 pt text, 16.1 pt leading, first-line indent at 121.
const LEFT = 85;
const RIGHT = 538;
const INDENT = 121;
const LEAD = 16.1;

interface Spec {
  text: string;
  /** 'i' = first-line indent, 'm' = margin, or an x position. */
  at?: 'i' | 'm' | number;
  /** 'full' = justified to the right edge, or the line's width in points (default: by characters). */
  w?: 'full' | number;
  /** Extra space above the line (paragraph spacing), in points. */
  gap?: number;
  bold?: boolean;
  page?: number;
  size?: number;
}

/** Lay out specs top-down like a renderer would, one per line. */
function layout(specs: Spec[]): Line[] {
  let y = 80;
  let page = 1;
  return specs.map((s) => {
    if ((s.page ?? page) !== page) {
      page = s.page ?? page;
      y = 80;
    }
    y += LEAD + (s.gap ?? 0);
    const size = s.size ?? 14;
    const x = s.at === undefined || s.at === 'm' ? LEFT : s.at === 'i' ? INDENT : s.at;
    const right = s.w === 'full' ? RIGHT : x + (s.w ?? s.text.length * 0.42 * size);
    return { page, x, right, y, size, text: s.text, spans: [{ text: s.text, bold: s.bold ?? false }] };
  });
}

const L: Layout = { size: 14, left: LEFT, indent: INDENT, right: RIGHT, spacing: LEAD, slack: 4 };

function paragraphs(specs: Spec[], l: Layout = L): string[] {
  return joinLines(layout(specs), l).map((p) => p.spans.map((s) => s.text).join(''));
}

describe('joinLines', () => {
  it('turns soft wraps into spaces and ends paragraphs at indented first lines', () => {
    expect(
      paragraphs([
        { text: 'Căn cứ hướng dẫn của Sở Nội vụ, Sở đã xây dựng kế hoạch số', at: 'i', w: 'full' },
        { text: '1329/KH-SKHCN ngày 20/12/2021 về triển khai công tác cải cách hành chính', w: 'full' },
        { text: 'tại Sở năm 2022.', w: 120 },
        { text: 'Công tác chỉ đạo thực hiện được thực hiện nghiêm túc, kịp thời;', at: 'i', w: 'full' },
        { text: 'quan tâm triển khai công tác tuyên truyền.', w: 250 },
      ]),
    ).toEqual([
      'Căn cứ hướng dẫn của Sở Nội vụ, Sở đã xây dựng kế hoạch số 1329/KH-SKHCN ngày 20/12/2021 về triển khai công tác cải cách hành chính tại Sở năm 2022.',
      'Công tác chỉ đạo thực hiện được thực hiện nghiêm túc, kịp thời; quan tâm triển khai công tác tuyên truyền.',
    ]);
  });

  it('joins a line broken after a hyphen typed against a word without a space', () => {
    expect(
      paragraphs([
        { text: 'Ngày 05/3/2024, Ủy ban nhân dân huyện ban hành Kế hoạch số 27/KH-', at: 'i', w: 'full' },
        { text: 'UBND về rà soát thủ tục hành chính giai đoạn 2021-', w: 'full' },
        { text: '2025 và cải cách hành chính năm 2024 - kinh tế -', w: 'full' },
        { text: 'xã hội của huyện.', w: 120 },
      ]),
    ).toEqual([
      'Ngày 05/3/2024, Ủy ban nhân dân huyện ban hành Kế hoạch số 27/KH-UBND về rà soát thủ tục hành chính giai đoạn 2021-2025 và cải cách hành chính năm 2024 - kinh tế - xã hội của huyện.',
    ]);
  });

  it('breaks on a vertical gap larger than the line spacing, even without an indent', () => {
    expect(
      paragraphs([
        { text: 'Đoạn thứ nhất viết liền lề trái và kéo dài tới hết dòng để được căn đều', w: 'full' },
        { text: 'rồi kết thúc ở dòng thứ hai vừa đủ dài để không chứa thêm được chữ nào', w: 'full' },
        { text: 'Đoạn thứ hai cũng bắt đầu ở lề trái nhưng có khoảng cách phía trên', w: 'full', gap: 6 },
      ]),
    ).toHaveLength(2);
  });

  it('splits numbered headings and bullet items, each its own paragraph', () => {
    expect(
      paragraphs([
        { text: 'I. Công tác chỉ đạo, điều hành', at: 'i', bold: true },
        { text: '1. Về kế hoạch cải cách hành chính', at: 'i', bold: true },
        { text: '2.1. Về kiểm soát thủ tục hành chính', at: 'i', bold: true },
        { text: 'a, Giải quyết theo cơ chế một cửa:', at: 'i' },
        { text: '+ Lĩnh vực Hộ tịch: 14 hồ sơ.', at: 'i' },
        { text: '- Số hồ sơ nhận qua trang DVCTT: 38 hồ sơ.', at: 'i' },
        { text: '* Khối Văn phòng Sở đã ban hành quy chế.', at: 'i' },
        { text: '• Tỷ lệ hài lòng đạt 98%.', at: 'i' },
      ]),
    ).toHaveLength(8);
  });

  it("joins a numbered item's lines at its hanging indent (Word's automatic numbering: the number, a tab, the text)", () => {
    // the item's text starts at 121 after "1." at 103; its second line starts there too
    const lines = layout([
      { text: '1. Tiếp nhận hồ sơ: trong quý, Chi cục tiếp nhận 2.316 hồ', at: 103, w: 'full' },
      { text: 'sơ, trong đó trực tuyến 1.904 hồ sơ.', at: 121, w: 200 },
      { text: '2. Kết quả giải quyết: đã giải quyết 2.290 hồ sơ, đúng hạn', at: 103, w: 'full' },
      { text: 'toàn bộ.', at: 121, w: 60 },
      { text: 'Công tác tuyên truyền được quan tâm.', at: 121, w: 250 },
    ]);
    for (const l of lines) if (/^\d\. /.test(l.text)) l.bodyX = 121;
    expect(joinLines(lines, L).map((p) => p.spans.map((s) => s.text).join(''))).toEqual([
      '1. Tiếp nhận hồ sơ: trong quý, Chi cục tiếp nhận 2.316 hồ sơ, trong đó trực tuyến 1.904 hồ sơ.',
      '2. Kết quả giải quyết: đã giải quyết 2.290 hồ sơ, đúng hạn toàn bộ.',
      'Công tác tuyên truyền được quan tâm.',
    ]);
    // without a marker set apart, a line right of the one before starts a paragraph (as before)
    for (const l of lines) delete l.bodyX;
    expect(joinLines(lines, L)).toHaveLength(5);
  });
  it('joins a line in small letters to a bold line that ended mid-clause (a heading\'s inline sentence read bold to the line end)', () => {
    expect(
      paragraphs([
        { text: 'c) Trả kết quả qua dịch vụ bưu chính công ích: Chi cục đã trả kết quả', at: 'i', w: 'full', bold: true },
        { text: 'qua dịch vụ BCCI cho 214 hồ sơ.', w: 200 },
        { text: 'd) Kết quả giải quyết:', at: 'i', w: 150, bold: true },
        { text: 'đã giải quyết 1.120 hồ sơ.', w: 200 },
      ]),
    ).toEqual([
      'c) Trả kết quả qua dịch vụ bưu chính công ích: Chi cục đã trả kết quả qua dịch vụ BCCI cho 214 hồ sơ.',
      'd) Kết quả giải quyết:',
      'đã giải quyết 1.120 hồ sơ.',
    ]);
  });
  it('splits marker lines at the margin after a clause end, but not a wrapped dash', () => {
    expect(
      paragraphs([
        { text: '- Sở Nội vụ tổng hợp kết quả rà soát các thủ tục hành chính trên địa bàn;', w: 'full' },
        { text: '- Sở Tư pháp theo dõi việc thi hành pháp luật.', w: 260 },
      ]),
    ).toHaveLength(2);
    expect(
      paragraphs([
        { text: 'Kế hoạch cải cách hành chính tỉnh Nam Định giai đoạn 2021', at: 'i', w: 'full' },
        { text: '– 2025 đã được triển khai đồng bộ tới các phòng, đơn vị trực thuộc.', w: 380 },
      ]),
    ).toEqual(['Kế hoạch cải cách hành chính tỉnh Nam Định giai đoạn 2021 – 2025 đã được triển khai đồng bộ tới các phòng, đơn vị trực thuộc.']);
  });

  it('splits a lettered part heading from a full introduction line ending in ":"', () => {
    expect(
      paragraphs([
        { text: 'Ủy ban nhân dân huyện Tam Đường báo cáo kết quả cải cách hành chính quý III như sau:', w: 'full' },
        { text: 'A. KẾT QUẢ THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH', w: 330 },
      ]),
    ).toHaveLength(2);
  });

  it('ends a heading typed in capitals above prose, but joins a capital heading wrapped over two lines', () => {
    expect(
      paragraphs([
        { text: 'PHẦN I. KẾT QUẢ CẢI CÁCH HÀNH CHÍNH CHÍN THÁNG ĐẦU NĂM 2025 CỦA SỞ XÂY DỰNG', w: 'full' },
        { text: 'Sở đã tổ chức hội nghị triển khai nhiệm vụ cải cách hành chính.', w: 340 },
      ]),
    ).toHaveLength(2);
    expect(
      paragraphs([
        { text: 'BÁO CÁO KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH CỦA ỦY BAN NHÂN DÂN', w: 'full' },
        { text: 'XÃ HÒA BÌNH NĂM 2025', w: 150 },
      ]),
    ).toHaveLength(1);
    expect(caseOf('Đã tiếp nhận 1.250 hồ sơ TTHC qua Cổng DVC')).toBe('lower');
    expect(caseOf('UBND TỈNH ĐIỆN BIÊN')).toBe('upper');
    expect(caseOf('TTHC: 12')).toBe('mixed');
  });

  it('ends a full-width heading in capitals at a numbered heading under it, not at a bullet', () => {
    expect(
      paragraphs([
        { text: 'PHẦN THỨ NHẤT. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH QUÝ III', w: 'full', bold: true },
        { text: 'I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', w: 240, bold: true },
      ]),
    ).toEqual(['PHẦN THỨ NHẤT. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH QUÝ III', 'I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH']);
    expect(
      paragraphs([
        { text: 'CÁC ĐƠN VỊ ĐƯỢC KIỂM TRA GỒM PHÒNG KINH TẾ, PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG', w: 'full', bold: true },
        { text: '- PHÒNG NỘI VỤ', w: 120, bold: true },
      ]),
    ).toHaveLength(1);
  });

  it('ends a paragraph at a short line even when the next line is not indented', () => {
    expect(
      paragraphs([
        { text: 'c, Giải quyết qua Dịch vụ BCCI:', w: 190 },
        { text: 'Số hồ sơ đã trả kết quả qua Dịch vụ BCCI: 04 hồ sơ.', w: 300 },
      ]),
    ).toHaveLength(2);
  });

  it('keeps a full line ending with ":" joined to its continuation', () => {
    expect(
      paragraphs([
        { text: 'vào hoạt động của cơ quan ngày càng được đẩy mạnh; HTQLCL ISO 9001:', w: 'full' },
        { text: '2015 được duy trì và cải tiến thường xuyên.', w: 250 },
      ]),
    ).toHaveLength(1);
  });

  it('separates a bold heading from the body line below it at the same indent', () => {
    expect(
      paragraphs([
        { text: '5.1. Về thực hiện cơ chế tự chủ tại các cơ quan hành chính nhà nước', at: 'i', w: 'full', bold: true },
        { text: 'Khối Văn phòng Sở tiếp tục thực hiện cơ chế tự chủ theo Nghị định', at: 'i', w: 'full' },
        { text: 'số 130/2005/NĐ-CP của Chính phủ.', w: 200 },
      ]),
    ).toHaveLength(2);
  });

  it('continues a paragraph across a page break and keeps the page it started on', () => {
    const lines = layout([
      { text: 'Đề nghị tăng cường công tác tuyên truyền về cải cách hành chính được', at: 'i', w: 'full' },
      { text: 'lồng ghép trong các hội nghị phổ biến pháp luật, trên Cổng thông tin của', w: 'full' },
      { text: 'Sở và các nhóm trao đổi công việc, tập trung vào các thủ tục mới.', w: 340, page: 2 },
      { text: 'Trân trọng báo cáo./.', at: 'i', w: 120, page: 2 },
    ]);
    const ps = joinLines(lines, L);
    expect(ps.map((p) => p.page)).toEqual([1, 2]);
    expect(ps[0]?.spans[0]?.text).toMatch(/thông tin của Sở và/);
  });

  it('breaks at a page change when the last line of the page ended early', () => {
    expect(
      paragraphs([
        { text: 'Đoạn văn kết thúc ở cuối trang.', at: 'i', w: 180 },
        { text: 'Dòng đầu trang sau viết sát lề trái và là một đoạn khác hẳn.', w: 300, page: 2 },
      ]),
    ).toHaveLength(2);
  });

  it('breaks on a font size change and on a jump back up (a new column or cell)', () => {
    expect(
      paragraphs([
        { text: 'Nơi nhận:', size: 12, w: 60 },
        { text: '- Sở Nội vụ;', size: 12, w: 70 },
        { text: 'Dòng chữ cỡ mười bốn tiếp theo ở lề trái kéo dài tới hết dòng văn bản', w: 'full' },
      ]),
    ).toHaveLength(3);
    const lines = layout([
      { text: 'Một dòng ở ô bên trái của bảng chữ ký', w: 'full' },
      { text: 'GIÁM ĐỐC', at: 380, w: 70 },
    ]);
    lines[1]!.y = lines[0]!.y - 40;
    expect(joinLines(lines, L)).toHaveLength(2);
  });

  it('keeps centred title lines apart but joins a centred title wrapped over two lines', () => {
    expect(
      paragraphs([
        { text: 'BÁO CÁO', at: 279, w: 65 },
        { text: 'Kết quả công tác cải cách hành chính quý I năm 2022', at: 152, w: 319 },
      ]),
    ).toHaveLength(2);
    expect(
      paragraphs([
        { text: 'Kết quả thực hiện công tác cải cách hành chính quý I năm 2022 và phương', at: 90, w: 443 },
        { text: 'hướng nhiệm vụ quý II', at: 250, w: 123 },
      ]),
    ).toHaveLength(1);
  });
});

describe('a Roman-dotted heading after a one-line paragraph that fills the line', () => {
  it('opens its own paragraph', () => {
    const lines = layout([
      { text: 'Huyện có 12 phòng chuyên môn; đã sắp xếp giảm 03 đơn vị sự nghiệp giáo dục và 02 trạm.', at: 'i', w: RIGHT - INDENT - 2 },
      { text: 'II.4. Cải cách chế độ công vụ', at: 'm', bold: true },
      { text: 'Huyện cử 96 lượt cán bộ, công chức tham gia đào tạo, bồi dưỡng.', at: 'i' },
    ]);
    const L: Layout = measureLayout(lines);
    expect(joinLines(lines, L).map((p) => p.spans.map((s) => s.text).join(''))).toEqual([
      'Huyện có 12 phòng chuyên môn; đã sắp xếp giảm 03 đơn vị sự nghiệp giáo dục và 02 trạm.',
      'II.4. Cải cách chế độ công vụ',
      'Huyện cử 96 lượt cán bộ, công chức tham gia đào tạo, bồi dưỡng.',
    ]);
  });
});

describe('startsWithMarker', () => {
  it('recognises heading and bullet markers', () => {
    for (const t of ['I. Công tác', 'IV. Phương hướng', '1. Về', '12) Mục', '2.1. Về', '2.1 Về', 'a, Giải quyết', 'b) Lĩnh vực', 'đ. Khác', 'A. KẾT QUẢ ĐẠT ĐƯỢC', 'B) Phương hướng', 'PHẦN II: NHIỆM VỤ', 'Phần thứ hai', 'Phần 1. Tình hình', 'III- TỒN TẠI', 'II – Nhiệm vụ', '2- Giải pháp', 'II/ KẾT QUẢ', '2/ Cải cách thể chế', 'b/ Kết quả giải quyết', 'III.PHƯƠNG HƯỚNG', '2.Cải cách thể chế', '2.1.Kiểm soát TTHC', 'a)Kiểm soát', 'II.4. Cải cách chế độ công vụ', 'III.2 Ưu điểm', '- Sở', '+ Lĩnh vực', '* Khối', '•Tỷ lệ', '– Nội dung']) {
      expect(startsWithMarker(t), t).toBe(true);
    }
  });
  it('does not take numbers and words for markers', () => {
    for (const t of ['2022. Trong quý', '1329/KH-SKHCN ngày', 'Số: 12', 'an toàn', '-5 độ', '99,3% hồ sơ', 'A.Lê', 'Phần lớn hồ sơ', 'PHẦN MỀM quản lý', '2021 - 2025 đã', '5 - 7 ngày', '1/2 số hồ sơ', '15/6/2024 đến', 'và/hoặc', 'C.Lê Văn', '1.234 hồ sơ', '2.TP', 'II.4.2024 đến', 'IV.12ha']) {
      expect(startsWithMarker(t), t).toBe(false);
    }
  });
});

describe('startsParagraph', () => {
  it('treats a line that is not below the previous one as a new block', () => {
    const [a, b] = layout([{ text: 'Ô trái', w: 'full' }, { text: 'Ô phải', w: 'full' }]);
    expect(startsParagraph(a!, { ...b!, y: a!.y }, L)).toBe(true);
  });
});

describe('measureLayout', () => {
  it('finds margin, indent, right edge and leading from the lines', () => {
    const lines = layout([
      { text: 'Dòng đầu có thụt lề', at: 'i', w: 'full' },
      { text: 'dòng hai', w: 'full' },
      { text: 'dòng ba', w: 'full' },
      { text: 'dòng bốn ngắn.', w: 200 },
      { text: 'Đoạn hai dòng đầu', at: 'i', w: 'full', gap: 3 },
      { text: 'dòng hai', w: 'full' },
      { text: 'dòng ba', w: 'full' },
      { text: 'kết thúc.', w: 100 },
    ]);
    const m = measureLayout(lines);
    expect(m.size).toBe(14);
    expect(m.left).toBe(LEFT);
    expect(m.indent).toBe(INDENT);
    expect(m.right).toBe(RIGHT);
    expect(m.spacing).toBeCloseTo(LEAD, 0);
  });

  it('takes the right edge of ragged text from its longest lines, not from two that happen to end together', () => {
    // Left-aligned, one short paragraph per line: two lines end at 342 by chance, others pass it.
    const specs: Spec[] = [
      { text: 'Ủy ban nhân dân xã Tân Phú báo cáo kết quả cải cách hành chính năm 2025 như sau:', w: 410 },
      { text: '1. Công tác chỉ đạo, điều hành cải cách hành chính', w: 244 },
      { text: 'Xã ban hành kế hoạch cải cách hành chính năm 2025.', w: 257 },
      { text: 'Xã rà soát các thủ tục thuộc lĩnh vực hộ tịch, chứng thực.', w: 289 },
      { text: 'Bộ phận Một cửa xã tiếp nhận hồ sơ trong giờ hành chính.', w: 257 },
      { text: 'Công chức được cử đi bồi dưỡng kiến thức quản lý nhà nước.', w: 303 },
      { text: 'Xã thực hiện khoán chi hành chính theo quy chế chi tiêu nội bộ.', w: 317 },
      { text: 'Xã sử dụng phần mềm quản lý văn bản và hồ sơ công việc trên môi trường mạng.', w: 382 },
      { text: 'Hồ sơ trực tuyến được cán bộ một cửa hướng dẫn tận tình, đầy đủ.', w: 325 },
    ];
    const m = measureLayout(layout(specs));
    expect(m.right).toBe(LEFT + 410);
    // With that edge, the heading ends early and the line below starts a paragraph of its own.
    const p = joinLines(layout(specs.slice(1, 3)), m).map((x) => x.spans.map((s) => s.text).join(''));
    expect(p).toHaveLength(2);
  });
  it('takes the line spacing of paragraphs set apart by space alone, though their gaps outnumber their line breaks', () => {
    // A browser's print: no first-line indent, a blank line's height after each short paragraph.
    const specs: Spec[] = [];
    const texts = [
      ['Phòng Tư pháp đã thẩm định 14 dự thảo văn bản của Ủy ban nhân dân huyện trong', 'quý, đúng thời hạn quy định.'],
      ['Các xã đã hòa giải thành 37 vụ việc trên tổng số 41 vụ việc tiếp nhận, đạt tỷ lệ', 'hơn 90%.'],
      ['Công tác chứng thực được thực hiện tại Bộ phận Một cửa của 12 xã, thị trấn trên', 'địa bàn.'],
      ['Huyện tổ chức 05 hội nghị phổ biến pháp luật cho cán bộ, công chức và nhân dân.'],
      ['Tủ sách pháp luật của các xã được bổ sung 120 đầu sách.'],
      ['Trợ giúp pháp lý miễn phí cho 09 người thuộc diện chính sách.'],
    ];
    for (const [a, b] of texts) {
      specs.push({ text: a!, w: b === undefined ? 300 : 'full', gap: specs.length === 0 ? 0 : 14 });
      if (b !== undefined) specs.push({ text: b, w: 200 });
    }
    const m = measureLayout(layout(specs));
    expect(m.spacing).toBeCloseTo(LEAD, 0);
    // The second paragraph's first line fills the column and the first ends with a full stop
    // near the right: only the gap above tells the paragraphs apart.
    const two = layout([{ text: 'Phòng Tư pháp đã thẩm định 14 dự thảo văn bản của Ủy ban nhân dân huyện trong quý, đúng thời hạn quy định.', w: 'full' }, { text: 'Các xã đã hòa giải thành 37 vụ việc', w: 'full', gap: 14 }]);
    expect(joinLines(two, m)).toHaveLength(2);
  });

  it('keeps the most common gap as the line spacing when no gap well under it is nearly as common', () => {
    expect(lineSpacing(new Map([[15, 28], [18, 29], [27, 1]]))).toBe(18);
    expect(lineSpacing(new Map([[15, 21], [27.5, 26], [28.5, 14]]))).toBe(15);
    expect(lineSpacing(new Map([[15, 5], [27.5, 26]]))).toBe(27.5);
    expect(lineSpacing(new Map())).toBeUndefined();
  });
});

describe('pageLines: a list marker set apart', () => {
  const item = (x: number, y: number, str: string): PdfItem => ({ str, x, y, size: 13, width: 0.5 * 13 * str.length, font: 'f1' });
  it('records where the text after the marker starts (the hanging indent), and nothing for a line of prose', () => {
    const lines = pageLines({
      page: 1,
      width: 595,
      height: 842,
      items: [item(103, 100, '1.'), item(116, 100, ' '), item(121, 100, 'Tiếp nhận hồ sơ: 2.316 hồ'), item(121, 116, 'sơ, trong đó trực tuyến 1.904 hồ sơ.'), item(85, 132, 'Năm 2025, Chi cục tiếp nhận 40 hồ sơ.')],
    });
    expect(lines.map((l) => l.bodyX)).toEqual([121, undefined, undefined]);
  });
});
