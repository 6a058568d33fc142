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
  it('gives none to bracketed figures after a list of bodies', () => {
    const got = read('Các đơn vị có nhiều hồ sơ gồm: Sở Tư pháp (1.204 hồ sơ), Sở Xây dựng (655 hồ sơ).');
    expect(got.filter((r) => r[2] !== undefined)).toEqual([]);
  });
});
