import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RULES } from '../../src/extract/rules/index.ts';
import { findNumbers } from '../../src/text/numbers.ts';
import { PATTERNS, dropNonFigures } from '../../src/extract/non-figures.ts';

/** The figures that survive the non-figure filter, as written. */
function kept(text: string): string[] {
  return dropNonFigures(text, findNumbers(text)).map((n) => n.raw);
}

describe('dropNonFigures', () => {
  it('drops document numbers and dates', () => {
    expect(kept('Căn cứ Kế hoạch số 75/KH-UBND ngày 15/3/2023 của UBND tỉnh, Sở tiếp nhận 12 hồ sơ')).toEqual(['12']);
    expect(kept('thực hiện Nghị định 61/2018/NĐ-CP và Nghị quyết 18/2021/NQ-HĐND')).toEqual([]);
    expect(kept('theo Quyết định 1291 của Chủ tịch UBND tỉnh')).toEqual([]);
    expect(kept('từ ngày 16.12.2022 đến 15.3.2023 đã tiếp nhận 830 hồ sơ')).toEqual(['830']);
    expect(kept('sáng 14-2, tiếp nhận 95 hồ sơ')).toEqual(['95']);
  });
  it('keeps a count after "tháng" that is no month, and a level at a sentence end', () => {
    expect(kept('Trong tháng 17.246 hồ sơ được tiếp nhận')).toEqual(['17.246']);
    expect(kept('Trong tháng 12, tiếp nhận 1.100 hồ sơ')).toEqual(['1.100']);
    expect(kept('Số dịch vụ công trực tuyến mức độ 4.')).toEqual([]);
    expect(kept('trong đó mức độ 3,4 là 210 thủ tục')).toEqual(['210']);
  });
  it('keeps a figure written in words, then in digits in brackets; drops enumerators', () => {
    expect(kept('Phòng có ba (03) công chức được cử đi bồi dưỡng')).toEqual(['ba (03)']);
    expect(kept('Các nhiệm vụ: (1) rà soát văn bản; (2) kiểm tra 14 văn bản')).toEqual(['14']);
    expect(kept('Thu hút đầu tư (1) dự án trọng điểm')).toEqual([]);
  });
  it('drops an excess over a plan or a target, not a bound written with "vượt"', () => {
    expect(kept('đạt 640 hồ sơ, vượt 140 hồ sơ so với mục tiêu đề ra')).toEqual(['640']);
    expect(kept('tỷ lệ trực tuyến đạt 62%, vượt 12% kế hoạch năm')).toEqual(['62%']);
    expect(kept('trong năm tiếp nhận vượt 7.600 hồ sơ')).toEqual(['7.600']);
    expect(kept('đã kiểm tra 12 đơn vị, vượt kế hoạch 02 đơn vị; vượt chỉ tiêu được giao 3,5%')).toEqual(['12']);
  });
  it('drops short service numbers', () => {
    expect(kept('Tổng đài 1022 của tỉnh đã tiếp nhận 1.245 cuộc gọi')).toEqual(['1.245']);
    expect(kept('Đường dây nóng tiếp nhận 21 phản ánh')).toEqual(['21']);
  });
  it('drops programmes named by their number and round-the-clock service', () => {
    expect(kept('triển khai Đề án 06 với 25 dịch vụ công thiết yếu')).toEqual(['25']);
    expect(kept('Hướng dẫn 35 cơ quan, đơn vị áp dụng HTQLCL theo Hướng dẫn 12 của Bộ')).toEqual(['35']);
    expect(kept('thực hiện Chương trình 135 tại 12 xã')).toEqual(['12']);
    expect(kept('Sở đã thẩm định 05 đề án vị trí việc làm')).toEqual(['05']);
    expect(kept('tiếp nhận hồ sơ 24/7 qua Cổng DVC; trực 24/24 giờ')).toEqual([]);
    expect(kept('24/24 xã đã áp dụng ISO')).toEqual(['24/24']);
  });
  it('drops the value a change starts from, its period between', () => {
    expect(kept('Số hồ sơ quá hạn giảm từ 87 hồ sơ trong 6 tháng đầu năm xuống còn 19 hồ sơ')).toEqual(['19']);
    expect(kept('tỷ lệ trễ hạn giảm từ 2,6% năm 2023 xuống còn 0,8% năm 2024')).toEqual(['0,8%']);
    expect(kept('giảm từ 52 hồ sơ (quý II) xuống còn 14 hồ sơ')).toEqual(['14']);
    expect(kept('từ 12 đơn vị lên 14 đơn vị')).toEqual(['14']);
  });
  it('drops the number in the name of a body', () => {
    expect(kept('Phòng Công chứng số 2 tiếp nhận 415 hồ sơ')).toEqual(['415']);
    expect(kept('Trường THCS số 1 thị trấn có 38 viên chức')).toEqual(['38']);
    expect(kept('Đội Quản lý thị trường số 4 kiểm tra 12 cơ sở')).toEqual(['12']);
    expect(kept('Trung tâm tiếp nhận tổng số 318 hồ sơ')).toEqual(['318']);
    expect(kept('Văn phòng Sở có số 45 hồ sơ chờ bổ sung')).toEqual(['45']);
    expect(kept('Chi nhánh Văn phòng đăng ký đất đai số 3 đã giải quyết 1.020 hồ sơ')).toEqual(['1.020']);
  });
  it('drops standards', () => {
    expect(kept('duy trì hệ thống theo TCVN ISO 9001:2015 tại 14 phòng')).toEqual(['14']);
    expect(kept('áp dụng ISO 9001: 2008')).toEqual([]);
    expect(kept('xây dựng hệ thống quản lý chất lượng theo TCVN 9001: 2015 tại 11 đơn vị')).toEqual(['11']);
    expect(kept('theo Tiêu chuẩn quốc gia TCVN 9001:2015')).toEqual([]);
  });
  it('drops periods and phases', () => {
    expect(kept('Kế hoạch cải cách hành chính giai đoạn 2021 – 2025')).toEqual([]);
    expect(kept('trong quý II, 6 tháng đầu năm và năm 2023')).toEqual([]);
    expect(kept('đến tháng 10-2020 có 40 hồ sơ')).toEqual(['40']);
    expect(kept('so với kế hoạch 2022.')).toEqual([]);
  });
  it('drops levels of online services', () => {
    expect(kept('cung cấp dịch vụ công mức độ 3 và 4 cho 210 thủ tục')).toEqual(['210']);
    expect(kept('dịch vụ công trực tuyến mức độ 3,4')).toEqual([]);
    // A place numbered by "số" is its name.
    expect(kept('chi nhánh số 1 tiếp nhận 12.305 hồ sơ, quầy số 5 nhận 40 hồ sơ')).toEqual(['12.305', '40']);
    // The hotline's system is a service number; a system's count of things is not.
    expect(kept('tiếp nhận 04 phản ánh qua Hệ thống 12345 và đã xử lý')).toEqual(['04']);
    expect(kept('trên hệ thống 245 TTHC; hệ thống 1022 hồ sơ')).toEqual(['245', '1022']);
    // A figure past the levels, or one its noun follows, counts the next services.
    expect(kept('46 dịch vụ công trực tuyến mức độ 3 và 5 dịch vụ mức độ 4')).toEqual(['46', '5']);
    expect(kept('mức độ 3 và 2 TTHC mức độ 4')).toEqual(['2']);
    expect(kept('đạt mức 4')).toEqual([]);
  });
  it('drops numbered groups ("đối tượng 4" of defence training, "nhóm 2" of autonomy)', () => {
    expect(kept('Bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4: 120 người')).toEqual(['120']);
    expect(kept('hỗ trợ đối tượng 3 người khuyết tật')).toEqual(['3']);
    expect(kept('nhóm 2 có 18 đơn vị, nhóm 3 có 64 đơn vị')).toEqual(['18', '64']);
    expect(kept('chia thành 03 nhóm 5 người')).toEqual(['03', '5']);
  });
  it('drops a threshold that picks counted procedures ("19 TTHC phát sinh trên 1.000 hồ sơ"), keeping the count', () => {
    expect(kept('có 19 TTHC phát sinh trên 1.000 hồ sơ, 64 TTHC phát sinh dưới 10 hồ sơ')).toEqual(['19', '64']);
    expect(kept('Có 07 thủ tục hành chính cấp huyện có từ 300 hồ sơ trở lên')).toEqual(['07']);
    expect(kept('Các TTHC lĩnh vực đất đai có trên 5.000 hồ sơ')).toEqual(['5.000']);
    expect(kept('Trong kỳ phát sinh trên 500 hồ sơ')).toEqual(['500']);
  });
  it('drops levels of government counted ("cả 3 cấp"), which would otherwise cut a rate from its words', () => {
    expect(kept('tỷ lệ hồ sơ đúng hạn ở cả 3 cấp đạt 97,6%')).toEqual(['97,6%']);
    expect(kept('của 3 cấp chính quyền là 98%; cấp xã tiếp nhận 412 hồ sơ')).toEqual(['98%', '412']);
    expect(kept('tiếp nhận 14 cấp độ')).toEqual(['14']);
  });
  it('drops section numbers and list positions', () => {
    expect(kept('2.1. Kết quả giải quyết 57 hồ sơ')).toEqual(['57']);
    expect(kept('1- Sở Xây dựng; 16- Sở Y tế')).toEqual([]);
    expect(kept('theo quy định tại Điều 5, khoản 2 và tiêu chí 7.3')).toEqual([]);
  });
  it('drops stated zeros inside a quoted criterion', () => {
    expect(kept('xã chưa đạt do không đảm bảo tiêu chuẩn “không có cán bộ, công chức bị xử lý kỷ luật”')).toEqual([]);
    expect(kept('Trong năm, không có cán bộ, công chức nào bị xử lý kỷ luật.')).toEqual(['không có']);
    // A speaker's words in quotes report as any sentence does.
    expect(kept('Giám đốc Sở cho biết: “Trong quý, Trung tâm không có hồ sơ quá hạn”.')).toEqual(['không có']);
    expect(kept('“Năm nay phường không có hồ sơ trễ hạn”, bà Lan cho biết.')).toEqual(['không có']);
    // The speaker named after the quote with a long title.
    expect(kept('“Sáu tháng qua, Chi cục không có hồ sơ nào trễ hẹn”, ông Phạm Văn Hòa, Chi cục trưởng Chi cục Thủy lợi và Phòng chống thiên tai tỉnh trao đổi.')).toEqual(['không có']);
  });
  it('drops the number of a district or ward written in lower case before its share, not a count after a group', () => {
    expect(kept('cao nhất là quận 8 với 6,1%, phường 14 đạt 99%')).toEqual(['6,1%', '99%']);
    expect(kept('các xã, phường 12 hồ sơ')).toEqual(['12']);
  });
  it('drops a share written as a small fraction of a whole, not bodies counted', () => {
    expect(kept('gần 2/3 số hồ sơ được nộp trực tuyến; 12/20 sở đạt')).toEqual(['12/20']);
  });
  it('drops the figures of a counterfactual clause', () => {
    expect(kept('nếu không có 31 hồ sơ đất đai bị trễ, tỷ lệ đúng hạn đã đạt 100%; Sở tiếp nhận 1.204 hồ sơ')).toEqual(['1.204']);
  });
  it('drops a steering committee named by its number', () => {
    expect(kept('Ban Chỉ đạo 389 huyện kiểm tra 12 cơ sở')).toEqual(['12']);
  });
  it('drops ordinals and dossiers named by their number', () => {
    expect(kept('trao hồ sơ thứ 1 triệu; năm thứ 5 liên tiếp; lần thứ 2')).toEqual([]);
    expect(kept('hồ sơ số 125/2021 được giải quyết trước 41 hồ sơ khác')).toEqual(['41']);
  });
  it('drops phone numbers', () => {
    expect(kept('đường dây nóng 0228.3.649.555')).toEqual([]);
    expect(kept('liên hệ (0228) 3 646 123')).toEqual([]);
    // An area code before a service number.
    expect(kept('phản ánh qua số 0258.1022 hoặc 0290-1022')).toEqual([]);
  });
  it('drops money and scores', () => {
    expect(kept('thu phí 4,8 tỷ đồng')).toEqual([]);
    expect(kept('lệ phí 50.000đ mỗi hồ sơ')).toEqual([]);
    expect(kept('đạt 85,5 điểm')).toEqual([]);
    expect(kept('có 02 đồng chí dự lớp')).toEqual(['02']);
  });
  it('drops changes, comparisons and ranks', () => {
    expect(kept('tỷ lệ đúng hạn tăng 12% so với cùng kỳ')).toEqual([]);
    expect(kept('chỉ số giảm 1,67 điểm')).toEqual([]);
    expect(kept('xếp 9/63 tỉnh, thành phố')).toEqual([]);
    expect(kept('xếp thứ 12 toàn quốc')).toEqual([]);
    expect(kept('cao hơn năm 2021 là 2,3%')).toEqual([]);
    expect(kept('tăng hơn 640 hồ sơ (bằng 12%) so với cùng kỳ')).toEqual([]);
  });
  it('keeps the new value in "từ X% lên Y%"', () => {
    expect(kept('tỷ lệ tăng từ 91% lên 97,5%')).toEqual(['97,5%']);
    expect(kept('số hồ sơ trễ hạn giảm từ 240 hồ sơ xuống còn 57 hồ sơ')).toEqual(['57']);
    // Without "lên"/"xuống" a "từ" figure stays: "tiếp nhận từ 15 xã" is a count.
    expect(kept('tiếp nhận hồ sơ từ 15 xã, phường')).toEqual(['15']);
    expect(kept('đã giải quyết dứt điểm 12 hồ sơ tồn đọng')).toEqual(['12']);
    expect(kept('theo điểm 3 khoản 2 Điều 5')).toEqual([]);
  });
  it('keeps counts that look like years when a counted noun follows', () => {
    expect(kept('cấp huyện giải quyết 1955 hồ sơ')).toEqual(['1955']);
  });
  it('drops minimum and maximum cuts ("giảm tối thiểu", "giảm ít nhất")', () => {
    expect(kept('phấn đấu cắt giảm tối thiểu 20% thời gian giải quyết, tiếp nhận 45 hồ sơ')).toEqual(['45']);
    expect(kept('giảm ít nhất 10% chi phí tuân thủ')).toEqual([]);
    expect(kept('giảm tối thiểu 15 biên chế so với năm trước')).toEqual([]);
  });
});

describe('non-figure pattern prefilters', () => {
  // A prefilter only skips work: every text its pattern matches must pass it. Texts: this file's
  // own cases, every rule example and every passage, plus spellings in other cases.
  const texts = [
    ...readFileSync(fileURLToPath(import.meta.url), 'utf8').matchAll(/kept\('([^']+)'\)/g),
  ].map((m) => m[1]!);
  texts.push(...RULES.flatMap((r) => [...r.examples.valid, ...r.examples.invalid].flatMap((e) => [e.text, e.before ?? '', e.intro ?? ''])));
  const passages = fileURLToPath(new URL('../../fixtures/passages/', import.meta.url));
  for (const f of readdirSync(passages).filter((n) => /^p\d+\.json$/.test(n))) texts.push(...(JSON.parse(readFileSync(passages + f, 'utf8')) as { text: string }).text.split('\n'));
  texts.push('chi phí 500 vnđ', 'SÁNG NGÀY 12/3', 'Tăng 5%', 'TỪ 12% LÊN 15%', 'Hotline 1900 1234', 'XẾP THỨ 5', 'So Với 2022 là 12', 'Điều 5 khoản 2', 'tiểu mục 3');
  // Years after their word and section numbers opening a sentence or a clause, in several spacings.
  texts.push('NĂM 2023', 'niên độ\t2022', 'Khóa 2021-2026', 'nhiệm kỳ 2020 – 2025', '  2.1. Tiếp nhận hồ sơ', '(3) Giải quyết', 'Kết quả:  4) Trả hồ sơ', 'xã A; 12- Phường B');
  const pairs = PATTERNS.filter((p): p is readonly [RegExp, RegExp] => Array.isArray(p));
  it('has prefilters, and each lets through every text its pattern matches', () => {
    expect(pairs.length).toBeGreaterThan(5);
    let matched = 0;
    for (const [re, pre] of pairs) {
      for (const t of texts) {
        re.lastIndex = 0;
        if (!re.test(t)) continue;
        matched++;
        expect(pre.test(t), `${pre} on "${t}"`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(50);
  });
});
