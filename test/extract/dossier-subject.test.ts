import { describe, expect, it } from 'vitest';
import { readStructure } from '../../src/structure/index.ts';
import { extractRecords } from '../../src/extract/runner.ts';

function read(...paragraphs: string[]) {
  const md = ['**II. Kết quả giải quyết TTHC**', ...paragraphs].join('\n\n') + '\n';
  return extractRecords(readStructure(md)).map((r) => [r.metric, r.value, r.dimensions.subject]);
}

describe('the subject of a dossier figure', () => {
  it('keeps the body opening its clause for the clause’s later figures', () => {
    const got = read('Trong quý, UBND các xã tiếp nhận 4.120 hồ sơ; riêng xã Đồng Tâm tiếp nhận 530 hồ sơ, giải quyết đúng hạn 528 hồ sơ.');
    expect(got).toContainEqual(['dossier.received', 4120, undefined]);
    expect(got).toContainEqual(['dossier.received', 530, 'xã Đồng Tâm']);
    expect(got).toContainEqual(['dossier.resolved_on_time', 528, 'xã Đồng Tâm']);
  });
  it('drops a carried tier for the figures of a body opening their clause', () => {
    const got = extractRecords(readStructure('**II. Kết quả**\n\nCấp huyện tiếp nhận 4.800 hồ sơ; trong đó Phòng Kinh tế tiếp nhận 610 hồ sơ, giải quyết đúng hạn 604 hồ sơ.\n')).map((r) => [r.metric, r.value, r.dimensions.tier]);
    expect(got).toContainEqual(['dossier.received', 4800, 'district']);
    expect(got).toContainEqual(['dossier.resolved_on_time', 604, undefined]);
  });
  it('reads a capitalised name before a bracketed figure, under a lead naming bodies, as its subject (no tier)', () => {
    const got = extractRecords(readStructure('**II. Kết quả**\n\nSố hồ sơ tiếp nhận của UBND các huyện: Yên Lập (1.204), Cẩm Khê (980).\n')).map((r) => [r.value, r.dimensions.subject, r.dimensions.tier]);
    expect(got).toContainEqual([1204, 'Yên Lập', undefined]);
    expect(got).toContainEqual([980, 'Cẩm Khê', undefined]);
  });
  it('keeps the tier of a body set against the level below for its clause\'s later figures', () => {
    const got = extractRecords(readStructure('**II. Kết quả**\n\nUBND quận Hải An đã tiếp nhận 8.410 hồ sơ, đã giải quyết 8.206 hồ sơ; 8 phường tiếp nhận 11.205 hồ sơ.\n')).map((r) => [r.value, r.dimensions.tier]);
    expect(got).toContainEqual([8206, 'district']);
    expect(got).toContainEqual([11205, 'commune']);
  });
  it('reads a special zone ("đặc khu", a commune-level unit since 2025) opening its clause as a body', () => {
    const got = read('Toàn tỉnh tiếp nhận 48.210 hồ sơ. Đặc khu Vân Đồn đã tiếp nhận 2.036 hồ sơ, trả kết quả đúng hạn 2.030 hồ sơ.');
    expect(got).toContainEqual(['dossier.received', 2036, 'Đặc khu Vân Đồn']);
    expect(got).toContainEqual(['dossier.resolved_on_time', 2030, 'Đặc khu Vân Đồn']);
  });
  it('gives each body of a list its own figure', () => {
    const got = read('Đối với cấp xã: xã Vũ Lăng tiếp nhận 702 hồ sơ, thị trấn Bắc Sơn tiếp nhận 655 hồ sơ.');
    expect(got).toContainEqual(['dossier.received', 702, 'xã Vũ Lăng']);
    expect(got).toContainEqual(['dossier.received', 655, 'thị trấn Bắc Sơn']);
  });
  it('gives every figure of an item the body heading it', () => {
    const got = read('Kết quả tại các phòng chuyên môn:', '- Phòng Văn hóa và Thông tin: tiếp nhận 42 hồ sơ. Đã giải quyết 40 hồ sơ.');
    expect(got).toContainEqual(['dossier.resolved', 40, 'Phòng Văn hóa và Thông tin']);
  });
  it('reads a body’s kind alone as the body of that kind named in full before it', () => {
    const got = read('Hồ sơ của Sở được tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh; trong quý Trung tâm tiếp nhận 95.400 hồ sơ của các cơ quan.');
    expect(got).toContainEqual(['dossier.received', 95400, 'Trung tâm Phục vụ hành chính công tỉnh']);
    expect(read('Trong quý, Trung tâm tiếp nhận 1.200 hồ sơ.')).toContainEqual(['dossier.received', 1200, undefined]);
  });
  it('reads a body ranked after a level\'s total ("nhiều nhất là phường A …, ít nhất là xã B …") as the subject, no level carried', () => {
    const got = extractRecords(readStructure('**II. Kết quả**\n\nCấp xã: tiếp nhận 18.260 hồ sơ, trong đó cao nhất là phường Quang Trung 2.915 hồ sơ, thấp nhất là xã Hưng Lộc 306 hồ sơ.\n')).map((r) => [r.value, r.dimensions.subject, r.dimensions.tier]);
    expect(got).toContainEqual([18260, undefined, 'commune']);
    expect(got).toContainEqual([2915, 'phường Quang Trung', undefined]);
    expect(got).toContainEqual([306, 'xã Hưng Lộc', undefined]);
  });
  it('reads a bare district name listed under several districts ("UBND các huyện:", "các huyện … gồm:") as the subject, no tier', () => {
    const items = extractRecords(readStructure('**II. Kết quả**\n\nSố hồ sơ đã giải quyết của UBND các huyện:\n\n- Lục Yên: 2.318 hồ sơ;\n\n- Văn Chấn: 1.906 hồ sơ.\n')).map((r) => [r.value, r.dimensions.subject, r.dimensions.tier]);
    expect(items).toContainEqual([2318, 'Lục Yên', undefined]);
    expect(items).toContainEqual([1906, 'Văn Chấn', undefined]);
    const inline = extractRecords(readStructure('**II. Kết quả**\n\nCác huyện có nhiều hồ sơ trễ hạn gồm: Trấn Yên 41 hồ sơ; Yên Bình 27 hồ sơ.\n')).map((r) => [r.value, r.dimensions.subject, r.dimensions.tier]);
    expect(inline).toContainEqual([41, 'Trấn Yên', undefined]);
    expect(inline).toContainEqual([27, 'Yên Bình', undefined]);
  });
  it('reads the body a ranking names after its "là", and a body after the level the sentence turns to, with no tier', () => {
    const md = [
      '**II. Kết quả**',
      'Trong năm, Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 12.300 hồ sơ. Cơ quan có nhiều hồ sơ quá hạn nhất là Sở Xây dựng với 41 hồ sơ, kế đến là Sở Công Thương 9 hồ sơ.',
      'Ở cấp huyện, huyện Mường La đứng đầu với 7.105 hồ sơ, ít nhất là huyện Sốp Cộp với 612 hồ sơ.',
    ].join('\n\n');
    const got = extractRecords(readStructure(md + '\n')).map((r) => [r.value, r.dimensions.subject, r.dimensions.tier]);
    expect(got).toContainEqual([41, 'Sở Xây dựng', undefined]);
    expect(got).toContainEqual([9, 'Sở Công Thương', undefined]);
    expect(got).toContainEqual([7105, 'huyện Mường La', undefined]);
    expect(got).toContainEqual([612, 'huyện Sốp Cộp', undefined]);
  });
  it('reads no single body from a group', () => {
    const got = read('UBND thị xã Phú Thọ và 10 xã, phường tiếp nhận 9.870 hồ sơ.');
    expect(got).toContainEqual(['dossier.received', 9870, undefined]);
  });
});
