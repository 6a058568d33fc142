import { describe, expect, it } from 'vitest';
import { readStructure } from '../../src/structure/index.ts';
import { extractRecords } from '../../src/extract/runner.ts';

function read(...paragraphs: string[]) {
  const md = ['**II. Kết quả giải quyết TTHC**', ...paragraphs].join('\n\n') + '\n';
  return extractRecords(readStructure(md)).map((r) => [r.metric, r.value, r.dimensions.field]);
}

describe('fields named in lists', () => {
  it('gives each bracketed figure the field named before its bracket, after a lead that lists lĩnh vực', () => {
    const got = read('Những lĩnh vực phát sinh nhiều hồ sơ gồm: hộ tịch (1.204 hồ sơ), đất đai (655 hồ sơ), quốc tịch (3 hồ sơ).');
    expect(got).toContainEqual(['dossier.received', 1204, 'hộ tịch']);
    expect(got).toContainEqual(['dossier.received', 655, 'đất đai']);
    expect(got).toContainEqual(['dossier.received', 3, 'quốc tịch']);
    const last = read('Hồ sơ trễ hạn tập trung ở các lĩnh vực: hộ tịch (9 hồ sơ) và thành lập doanh nghiệp (4 hồ sơ).');
    expect(last).toContainEqual(['dossier.resolved_late', 4, 'thành lập doanh nghiệp']);
  });
  it('reads the fields of a long lead that names the district they are in as its place, not as bodies', () => {
    const got = read('Trong quý, các lĩnh vực phát sinh nhiều hồ sơ nhất trên địa bàn tại huyện Mê Linh là: chứng thực (4.018 hồ sơ), nội vụ - lao động (640 hồ sơ).');
    expect(got).toContainEqual(['dossier.received', 4018, 'chứng thực']);
    expect(got).toContainEqual(['dossier.received', 640, 'nội vụ - lao động']);
  });
  it('gives a figure the one field up to it when the next item names another', () => {
    const got = read('Hồ sơ trễ hạn chủ yếu thuộc lĩnh vực Xây dựng - Giao thông với 21 hồ sơ và lĩnh vực Công thương với 4 hồ sơ.');
    expect(got).toContainEqual(['dossier.resolved_late', 21, 'Xây dựng - Giao thông']);
    expect(got).toContainEqual(['dossier.resolved_late', 4, 'Công thương']);
  });
  it('reads "Lĩnh vực có nhiều hồ sơ:" as a lead that describes the fields listed after it, not as one field', () => {
    const got = read('Lĩnh vực có nhiều hồ sơ: Đăng ký kinh doanh (418 hồ sơ), Đất đai (97 hồ sơ).');
    expect(got).toEqual([
      ['dossier.received', 418, 'Đăng ký kinh doanh'],
      ['dossier.received', 97, 'Đất đai'],
    ]);
    const most = read('Lĩnh vực phát sinh nhiều hồ sơ nhất: Chứng thực với 1.530 hồ sơ.');
    expect(most).toEqual([['dossier.received', 1530, 'Chứng thực']]);
  });
  it('reads a field whose name holds words that otherwise mark files not counted ("Thi đua – Khen thưởng", "Văn thư – Lưu trữ")', () => {
    const items = read('Phòng tiếp nhận 190 hồ sơ, cụ thể:', '- Lĩnh vực Thi đua – Khen thưởng: 96 hồ sơ;', '- Lĩnh vực Văn thư – Lưu trữ: 61 hồ sơ;', '- Lĩnh vực Tôn giáo: 33 hồ sơ.');
    expect(items).toContainEqual(['dossier.received', 96, 'Thi đua – Khen thưởng']);
    expect(items).toContainEqual(['dossier.received', 61, 'Văn thư – Lưu trữ']);
    const inline = read('Năm 2024, Sở tiếp nhận 150 hồ sơ, gồm: lĩnh vực Thi đua - Khen thưởng 104 hồ sơ, lĩnh vực Tôn giáo 46 hồ sơ.');
    expect(inline).toContainEqual(['dossier.received', 104, 'Thi đua - Khen thưởng']);
    // the award files themselves are still no dossiers of a procedure
    expect(read('Phòng đã tiếp nhận 40 hồ sơ đề nghị khen thưởng.')).toEqual([]);
  });
  it('reads a named body opening an item as whose figure it is, not as a field, under a lead that names a lĩnh vực', () => {
    const got = read('Kết quả giải quyết hồ sơ lĩnh vực đất đai tại các xã như sau:', '- Xã Hòa Bình: tiếp nhận 214 hồ sơ;', '- Thị trấn Phú Lộc: tiếp nhận 97 hồ sơ;', '- Phường 4: tiếp nhận 61 hồ sơ.');
    expect(got.map((r) => r[2]).filter((f) => typeof f === 'string' && /^(?:Xã|Thị trấn|Phường)/.test(f))).toEqual([]);
    expect(got.map((r) => r[1])).toEqual([214, 97, 61]);
    // a field whose name starts like a body's kind is still a field
    expect(read('Số hồ sơ tiếp nhận theo lĩnh vực:', '- Phòng cháy, chữa cháy: 38 hồ sơ.')).toEqual([['dossier.received', 38, 'Phòng cháy, chữa cháy']]);
  });
  it('gives no field to a figure counted for two fields named together in one item ("đất đai, xây dựng 96 hồ sơ")', () => {
    const got = read('Số hồ sơ theo lĩnh vực: tư pháp 1 204 hồ sơ; giao thông, xây dựng 96 hồ sơ; các lĩnh vực khác 41 hồ sơ.');
    expect(got).toContainEqual(['dossier.received', 1204, 'tư pháp']);
    expect(got).toContainEqual(['dossier.received', 96, undefined]);
    // a list of one field an item keeps each name
    expect(read('Bộ phận một cửa nhận 75 hồ sơ, gồm: nhà ở 40 hồ sơ, đất đai 35 hồ sơ.')).toContainEqual(['dossier.received', 35, 'đất đai']);
  });
  it('reads a well-known field joined by dashes to another name as one field, written bare or as a label opening a bracket', () => {
    const bare = read('Năm 2025, xã nhận 1.730 hồ sơ (Hộ tịch - chứng thực 1.512 hồ sơ; Địa chính – nông nghiệp 171 hồ sơ; Lao động - TBXH 47 hồ sơ).');
    expect(bare).toContainEqual(['dossier.received', 1512, 'Hộ tịch - chứng thực']);
    expect(bare).toContainEqual(['dossier.received', 171, 'Địa chính – nông nghiệp']);
    expect(bare).toContainEqual(['dossier.received', 47, 'Lao động - TBXH']);
    const labelled = read('Năm 2025, xã nhận 1.730 hồ sơ (Hộ tịch - chứng thực: 1.512 hồ sơ; các lĩnh vực khác: 218 hồ sơ).');
    expect(labelled).toContainEqual(['dossier.received', 1512, 'Hộ tịch - chứng thực']);
    // A name that is no known field stays none, dashes or not.
    const unknown = read('Năm 2025, xã nhận 1.730 hồ sơ (Cá nhân - hộ gia đình 1.512 hồ sơ; tổ chức 218 hồ sơ).');
    expect(unknown.filter((r) => r[2] !== undefined)).toEqual([]);
  });
  it('reads well-known fields listed after the one reporting district named as the subject ("UBND huyện …, gồm: …")', () => {
    const got = read('Năm 2025, UBND huyện tiếp nhận 3.400 hồ sơ, gồm: hộ tịch 2.100 hồ sơ; đất đai 1.300 hồ sơ.');
    expect(got).toContainEqual(['dossier.received', 2100, 'hộ tịch']);
    expect(got).toContainEqual(['dossier.received', 1300, 'đất đai']);
    // Departments named as the subject still make a list of bodies.
    const bodies = read('Năm 2025, các sở, ngành tiếp nhận 3.400 hồ sơ, gồm: Tư pháp 2.100 hồ sơ; Xây dựng 1.300 hồ sơ.');
    expect(bodies.filter((r) => r[2] !== undefined)).toEqual([]);
  });
  it('reads a lead naming one lĩnh vực before its colon as that field, not as a lead listing fields ("… trong lĩnh vực đất đai: …")', () => {
    const got = read('Kết quả giải quyết TTHC trong lĩnh vực xây dựng: tiếp nhận 410 hồ sơ (cấp giấy phép xây dựng 352 hồ sơ, điều chỉnh giấy phép 58 hồ sơ).');
    expect(got).toContainEqual(['dossier.received', 410, 'xây dựng']);
    expect(got.filter((r) => r[2] !== undefined && r[2] !== 'xây dựng')).toEqual([]);
  });
  it('ends a field\'s name at the period written after it ("lĩnh vực Hộ tịch quý III/2025 …", "… năm 2025")', () => {
    expect(read('Lĩnh vực Chứng thực quý III/2025 tiếp nhận 1.204 hồ sơ.')).toContainEqual(['dossier.received', 1204, 'Chứng thực']);
    expect(read('Số hồ sơ lĩnh vực Đất đai năm 2025 là 3.260 hồ sơ.')).toContainEqual(['dossier.received', 3260, 'Đất đai']);
  });
  it('gives none to bracketed figures after a list of bodies', () => {
    const got = read('Các đơn vị có nhiều hồ sơ gồm: Sở Tư pháp (1.204 hồ sơ), Sở Xây dựng (655 hồ sơ).');
    expect(got.filter((r) => r[2] !== undefined)).toEqual([]);
  });
});
