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
  it('reads a title with its body run in as the label of the body\'s first sentence', () => {
    const md = '**II. Kết quả**\n\n**2. Cải cách tổ chức bộ máy**\n\na) Công tác kiểm tra CCHC: tiến hành tại 06 phòng, đơn vị thuộc huyện.\n\nb) Đơn vị sự nghiệp công lập: 04 đơn vị, trong đó 02 đơn vị tự bảo đảm một phần chi thường xuyên. Các đơn vị hoạt động ổn định.\n';
    const got = extractRecords(readStructure(md)).map((r) => [r.metric, r.value]);
    expect(got).toEqual([
      ['inspection.units', 6],
      ['org.units', 4],
      ['org.units', 2],
    ]);
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

describe('extractRecords: a paragraph titled by the tasks ahead', () => {
  const statuses = (paragraph: string) =>
    extractRecords(readStructure(`**II. Kết quả thực hiện**\n\n${paragraph}\n`)).map((r) => [r.metric, r.value, r.dimensions.status ?? null]);
  it('plans every sentence of a paragraph opening on "Phương hướng …:" or "Nhiệm vụ …:"', () => {
    expect(statuses('Nhiệm vụ năm 2026: hoàn thành sắp xếp bộ máy theo đề án. Kiểm tra công tác CCHC tại 14 cơ quan, đơn vị.')).toEqual([
      ['inspection.units', 14, 'planned'],
    ]);
    expect(statuses('Phương hướng quý IV: rà soát quy trình nội bộ. Tổ chức 03 lớp bồi dưỡng cho 210 lượt công chức cấp xã.')).toContainEqual([
      'staff.trained',
      210,
      'planned',
    ]);
  });
  it('leaves a sentence after the title that reports work done', () => {
    expect(statuses('Phương hướng năm 2026: duy trì tỷ lệ hồ sơ đúng hạn. Đến nay, tỷ lệ hồ sơ giải quyết đúng hạn đã đạt 99,2%.')).toEqual([
      ['dossier.on_time_rate', 99.2, null],
    ]);
  });
  it('leaves a plan named as the topic of work reported done', () => {
    expect(statuses('Kế hoạch kiểm tra CCHC năm 2024: Sở đã tổ chức kiểm tra tại 12 đơn vị. Kết quả, 12 đơn vị đều hoàn thành.')).toEqual([
      ['inspection.units', 12, null],
    ]);
  });
});

describe('extractRecords: the items of a head count', () => {
  it('gives the degrees listed under a head count of one level the level its head count was read with', () => {
    const md = '**II. Kết quả**\n\nTổng số công chức làm việc tại các cơ quan chuyên môn thuộc UBND thị xã là 842 người, trong đó:\n\n- Thạc sĩ: 97 người;\n\n- Đại học: 745 người.\n';
    const got = extractRecords(readStructure(md)).map((r) => [r.metric, r.value, r.dimensions.tier]);
    expect(got).toContainEqual(['staff.total', 842, 'district']);
    expect(got).toContainEqual(['staff.by_degree', 97, 'district']);
    expect(got).toContainEqual(['staff.by_degree', 745, 'district']);
  });
});
