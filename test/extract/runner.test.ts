import { describe, expect, it } from 'vitest';
import { readStructure } from '../../src/structure/index.ts';
import { extractRecords } from '../../src/extract/runner.ts';
import { Record } from '../../src/schema/record.ts';

describe('extractRecords: the figure span', () => {
  it('gives each record the Markdown offsets of its own figure, through bold markup', () => {
    const md = '**II. Kết quả**\n\nBộ phận một cửa tiếp nhận **1.250** hồ sơ, đã giải quyết 1.250 hồ sơ; đã trả kết quả qua dịch vụ bưu chính công ích _05_ hồ sơ.\n';
    const records = extractRecords(readStructure(md));
    expect(records.map((r) => [r.metric, md.slice(r.figureStart, r.figureEnd)])).toEqual([
      ['dossier.received', '1.250'],
      ['dossier.resolved', '1.250'],
      ['dossier.returned', '05'],
    ]);
    const [a, b] = records;
    expect(a!.figureStart).toBeLessThan(b!.figureStart!);
    for (const r of records) {
      expect(r.figureStart).toBeGreaterThanOrEqual(r.start);
      expect(r.figureEnd).toBeLessThanOrEqual(r.end);
      expect(Record.safeParse(r).success).toBe(true);
    }
  });
  it('spans a stated zero phrase', () => {
    const md = '**II. Kết quả**\n\nTrong kỳ, không có hồ sơ trễ hạn.\n';
    const [r] = extractRecords(readStructure(md));
    expect(r?.metric).toBe('dossier.resolved_late');
    expect(md.slice(r!.figureStart, r!.figureEnd)).toBe('không có');
  });
  it('reads a bare zero alone on the line under a heading as the heading\'s stated zero, as after its colon', () => {
    const md = '**3. Cải cách thủ tục hành chính**\n\n**c) Kết quả xử lý phản ánh, kiến nghị về quy định hành chính**\n\nTrong năm không phát sinh.\n';
    const [r] = extractRecords(readStructure(md));
    expect([r?.metric, r?.value]).toEqual(['feedback.received', 0]);
    expect(md.slice(r!.figureStart, r!.figureEnd)).toBe('không phát sinh');
    // Not a zero under a heading after a paragraph of its own.
    const later = '**3. Cải cách thủ tục hành chính**\n\n**c) Kết quả xử lý phản ánh, kiến nghị**\n\nSở đã công khai địa chỉ tiếp nhận.\n\nKhông có.\n';
    expect(extractRecords(readStructure(later))).toEqual([]);
  });
});
