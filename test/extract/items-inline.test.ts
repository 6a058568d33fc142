import { describe, expect, it } from 'vitest';
import { readStructure } from '../../src/structure/index.ts';
import { extractRecords } from '../../src/extract/runner.ts';

/** The records of a section's paragraphs (blank lines between), as [metric, value, tier]. */
function read(...paragraphs: string[]) {
  const md = ['**II. Kết quả thực hiện**', ...paragraphs].join('\n\n') + '\n';
  return extractRecords(readStructure(md))
    .map((r) => [r.metric, r.value, r.dimensions.tier ?? null] as const)
    .sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1]);
}

/** The same list, inline after its lead ("…, gồm: a; b; c.") and as items ("…, gồm:" then "- a;" …). */
function bothLayouts(lead: string, parts: string[]) {
  const inline = read(`${lead} ${parts.join('; ')}.`);
  const items = read(lead, ...parts.map((p, i) => `- ${p}${i === parts.length - 1 ? '.' : ';'}`));
  return { inline, items };
}

describe('a list as items reads as the same list inline', () => {
  it('takes a figureless lead-in\'s publication for items that name only a level', () => {
    const { inline, items } = bothLayouts(
      'Ủy ban nhân dân tỉnh ban hành Quyết định số 1520/QĐ-UBND ngày 14/7/2022 công bố Danh mục và quy trình nội bộ giải quyết TTHC ngành Tài nguyên và Môi trường đối với TTHC được sửa đổi và công bố mới năm 2022, bao gồm:',
      ['Cấp tỉnh là 11 thủ tục hành chính (TTHC)', 'Cấp huyện 04 TTHC và Cấp xã 02 TTHC'],
    );
    expect(items).toEqual([
      ['procedure.published', 2, 'commune'],
      ['procedure.published', 4, 'district'],
      ['procedure.published', 11, 'province'],
    ]);
    expect(items).toEqual(inline);
  });

  it('goes on with the list\'s metric for a last item that leaves out its unit', () => {
    const { inline, items } = bothLayouts('Biên chế sự nghiệp y tế thực hiện 3.215 biên chế (thấp hơn số giao 140 biên chế), gồm:', [
      'Bệnh viện tuyến tỉnh 1.870 biên chế (thấp hơn số giao 95 biên chế)',
      'Trung tâm Y tế các huyện 1.102 biên chế (thấp hơn số giao 41 biên chế)',
      'Trung cấp, cao đẳng 243 (bằng số giao)',
    ]);
    const filled = items.filter(([m]) => m === 'staff.quota_filled').map(([, v]) => v);
    expect(filled).toEqual([243, 1102, 1870, 3215]);
    expect(items).toEqual(inline);
  });

  it('leaves an item\'s figure under its own label to the rules for labelled items', () => {
    // The part done through the interlinked mechanism is a subset of the procedures, no part of their total.
    const items = read('Số TTHC thực hiện tại Bộ phận Một cửa của huyện: 312 thủ tục; trong đó:', 'a) Thực hiện tại chỗ: 290 thủ tục;', 'b) Thực hiện liên thông: 22 thủ tục.');
    expect(items.filter(([m]) => m === 'procedure.total').map(([, v]) => v)).toEqual([290, 312]);
  });

  it('reads the bodies a work was done at as that work\'s units in both layouts, not as the agency\'s divisions', () => {
    const { inline, items } = bothLayouts('Năm 2023, Sở duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại 07 phòng, đơn vị, cụ thể:', ['05 phòng chuyên môn', '02 chi cục']);
    expect(items.map(([m]) => m)).not.toContain('org.divisions');
    expect(inline.map(([m]) => m)).not.toContain('org.divisions');
    expect(items).toEqual(inline);
  });
});
