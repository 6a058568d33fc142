import { describe, expect, it } from 'vitest';
import { matchCanonical } from '../../src/structure/canonical.ts';
import { readStructure } from '../../src/structure/index.ts';
import type { SectionNode } from '../../src/structure/types.ts';

const md = (...blocks: string[]): string => blocks.join('\n\n') + '\n';
const BODY = 'Nội dung được triển khai theo đúng kế hoạch đề ra.';

describe('canonical section ids', () => {
  it.each([
    ['Công tác chỉ đạo, điều hành CCHC', 'direction'],
    ['Về công tác tuyên truyền CCHC', 'direction'],
    ['Cải cách thể chế', 'institutions'],
    ['Về xây dựng, ban hành văn bản quy phạm pháp luật', 'institutions'],
    ['Cải cách TTHC', 'procedures'],
    ['Kết quả kiểm soát thủ tục hành chính', 'procedures'],
    ['Thực hiện cơ chế một cửa, một cửa liên thông', 'procedures'],
    ['Công tác một cửa', 'procedures'],
    ['Xử lý phản ánh, kiến nghị', 'procedures'],
    ['Kết quả giải quyết hồ sơ', 'procedures'],
    ['Công tác xây dựng và thi hành pháp luật', 'institutions'],
    ['Quản lý, sử dụng biên chế', 'organization'],
    ['Thực hiện chế độ tự chủ tại đơn vị sự nghiệp', 'public_finance'],
    ['Kế hoạch công tác quý tiếp theo', 'plan'],
    ['Kế hoạch cải cách hành chính năm 2023', 'direction'],
    ['KẾ HOẠCH THÁNG 4/2024', 'plan'],
    ['Kế hoạch công tác quý II năm 2024', 'plan'],
    ['Kế hoạch 6 tháng cuối năm 2024', 'plan'],
    ['Công tác số hóa', 'digital_government'],
    ['TỒN TẠI, KHÓ KHĂN', 'assessment'],
    ['Kết quả tiếp nhận hồ sơ', 'procedures'],
    ['VỀ KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ', null],
    ['Về phương hướng, nhiệm vụ năm 2026', 'plan'],
    ['Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính', 'procedures'],
    ['Đề nghị', 'proposals'],
    ['CÔNG TÁC CHỈ ĐẠO', 'direction'],
    ['Cải cách tổ chức bộ máy hành chính nhà nước', 'organization'],
    ['Cải cách chế độ công vụ', 'civil_service'],
    ['Xây dựng và nâng cao chất lượng đội ngũ CBCCVC', 'civil_service'],
    ['Về đội ngũ cán bộ, công chức', 'civil_service'],
    ['Công tác đào tạo, bồi dưỡng', 'civil_service'],
    ['Công tác cán bộ', 'civil_service'],
    ['Về công tác cán bộ', 'civil_service'],
    ['Công tác pháp chế', 'institutions'],
    ['Đổi mới cơ chế quản lý tài chính', 'public_finance'],
    ['Công tác tổ chức triển khai thực hiện', 'direction'],
    ['Tổ chức triển khai thực hiện cơ chế một cửa', 'procedures'],
    ['Công tác xây dựng và kiểm tra văn bản', 'institutions'],
    ['Kiểm tra công tác cải cách hành chính', 'direction'],
    ['Cải cách tài chính công', 'public_finance'],
    ['Về thực hiện cơ chế tự chủ tại đơn vị sự nghiệp công lập', 'public_finance'],
    ['Hiện đại hóa hành chính', 'digital_government'],
    ['Xây dựng và phát triển Chính quyền điện tử, Chính quyền số', 'digital_government'],
    ['Ứng dụng công nghệ thông tin', 'digital_government'],
    ['Chuyển đổi số', 'digital_government'],
    ['Đánh giá chung', 'assessment'],
    ['Tồn tại, hạn chế và nguyên nhân', 'assessment'],
    ['Phương hướng, nhiệm vụ quý III năm 2023', 'plan'],
    ['Nhiệm vụ trọng tâm 6 tháng cuối năm', 'plan'],
    ['Giải pháp', 'plan'],
    ['Kiến nghị, đề xuất', 'proposals'],
    ['Tiếp nhận, xử lý phản ánh, kiến nghị', 'procedures'],
  ])('"%s" → %s', (title, id) => {
    expect(matchCanonical(title)).toBe(id);
  });

  it('reads titles typed without diacritics or with misspellings', () => {
    expect(matchCanonical('CAI CACH THE CHE')).toBe('institutions');
    expect(matchCanonical('Cai cach thu tuc hanh chin')).toBe('procedures');
    expect(matchCanonical('Cải cách tài chánh công')).toBe('public_finance');
    expect(matchCanonical('Danh gja chung')).toBe('assessment');
    expect(matchCanonical('Kiến nghi, đề xuât')).toBe('proposals');
    expect(matchCanonical('Hiện đại hoá hành chính')).toBe('digital_government');
  });

  it('maps scaffolding titles with no area to null', () => {
    expect(matchCanonical('Kết quả thực hiện cải cách hành chính quý II năm 2023')).toBeNull();
    expect(matchCanonical('Ket qua thuc hien cai cach hanh chinh 6 thang dau nam 2023')).toBeNull();
    expect(matchCanonical('Tình hình chung')).toBeNull();
    // "theo kế hoạch …" says what the work follows, not that the title is about the reform plan.
    expect(matchCanonical('Kết quả thực hiện các nhiệm vụ cải cách hành chính theo Kế hoạch của Ủy ban nhân dân tỉnh')).toBeNull();
    expect(matchCanonical('Về kế hoạch cải cách hành chính')).toBe('direction');
    expect(matchCanonical('KẾT QUẢ THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024')).toBeNull();
    expect(matchCanonical('Kết quả ban hành kế hoạch CCHC')).toBe('direction');
    // Determining the PAR index is directing the reform, though its title opens with "Đánh giá".
    expect(matchCanonical('Về đánh giá, xác định Chỉ số CCHC năm 2023')).toBe('direction');
    expect(matchCanonical('Đánh giá chung')).toBe('assessment');
    expect(matchCanonical('Giải quyết qua dịch vụ bưu chính công ích')).toBeNull();
  });

  it('reads bare "Nhiệm vụ …" as a plan only when it is the whole title', () => {
    expect(matchCanonical('NHIỆM VỤ QUÝ IV NĂM 2023')).toBe('plan');
    expect(matchCanonical('Nhiệm vụ tháng 11/2023')).toBe('plan');
    expect(matchCanonical('Thực hiện nhiệm vụ chuyên môn')).toBeNull();
  });

  it('never reads a plan from a results title', () => {
    expect(matchCanonical('Kết quả thực hiện nhiệm vụ trọng tâm')).not.toBe('plan');
  });
});

describe('inheritance in the tree', () => {
  it('inherits the parent id unless the own title maps to another', () => {
    const m = md(
      'I. Kết quả thực hiện nhiệm vụ cải cách hành chính', BODY,
      '1\\. Cải cách thủ tục hành chính', BODY,
      'a) Tiếp nhận hồ sơ qua bưu điện', BODY,
      'b) Ứng dụng công nghệ thông tin trong giải quyết hồ sơ', BODY,
      'II. Đánh giá chung', BODY,
      '1\\. Ưu điểm', BODY,
      '2\\. Hạn chế, khó khăn', BODY,
      '3\\. Những việc làm tốt', BODY,
    );
    const s = readStructure(m);
    const flat: SectionNode[] = [];
    const walk = (list: SectionNode[]): void => list.forEach((n) => (flat.push(n), walk(n.children)));
    walk(s.sections);
    expect(flat.map((n) => `${n.path}:${n.canonical}`)).toEqual([
      'I:null',
      'I/1:procedures',
      'I/1/a:procedures',
      'I/1/b:digital_government',
      'II:assessment',
      'II/1:assessment',
      'II/2:assessment',
      'II/3:assessment',
    ]);
  });
});
