/**
 * Short whole reports of our own through structure → extraction → checks (analyseMarkdown, the
 * part nightly reprocessing re-runs), each with the flags it must raise: the checks see the
 * report's metadata (the issuer's territory for "toàn tỉnh") and tell figures of another period
 * or body from the report's own.
 */
import { describe, expect, it } from 'vitest';
import { analyseMarkdown } from '../../pipelines/analyse-markdown.ts';

const AREAS: [string, string][] = [
  ['Cải cách thể chế', 'Đơn vị thường xuyên rà soát các văn bản thuộc lĩnh vực quản lý.'],
  ['Cải cách thủ tục hành chính', 'Việc tiếp nhận và trả kết quả được thực hiện tại Bộ phận Một cửa theo đúng quy trình.'],
  ['Cải cách tổ chức bộ máy', 'Cơ cấu tổ chức của đơn vị được giữ ổn định.'],
  ['Cải cách chế độ công vụ', 'Đội ngũ công chức chấp hành nghiêm kỷ luật, kỷ cương hành chính.'],
  ['Cải cách tài chính công', 'Đơn vị thực hiện nghiêm quy chế chi tiêu nội bộ.'],
  ['Xây dựng và phát triển Chính phủ điện tử, Chính phủ số', 'Văn bản đi, đến được xử lý trên môi trường mạng, có ký số.'],
];

interface Source {
  header: string[];
  place: string;
  date: string;
  period: string;
  issuer: string;
  direction?: string;
  /** Text of an area by its index in AREAS. */
  areas?: { [i: number]: string };
  assessment?: string;
}

function report(s: Source): string {
  const lines = [
    ...s.header,
    'Số: 01/BC',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    `${s.place}, ${s.date}`,
    'BÁO CÁO',
    `Kết quả công tác cải cách hành chính ${s.period}`,
    `${s.issuer} báo cáo kết quả thực hiện ${s.period} như sau:`,
    'I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH',
    s.direction ?? 'Lãnh đạo đơn vị quán triệt các nhiệm vụ cải cách hành chính tới từng phòng.',
    'II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH',
    ...AREAS.flatMap(([title, text], i) => [`${i + 1}. ${title}`, s.areas?.[i] ?? text]),
    'III. ĐÁNH GIÁ CHUNG',
    s.assessment ?? 'Công tác cải cách hành chính được triển khai đồng bộ, đúng kế hoạch.',
    'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI',
    'Tiếp tục nâng cao chất lượng giải quyết thủ tục hành chính.',
  ];
  return lines.join('\n\n') + '\n';
}

const checksOf = (s: Source) => analyseMarkdown(report(s), 'sha').flags.map((f) => `${f.check}:${f.severity}`);

describe('whole reports through the pipeline', () => {
  it('a province’s committee stating its province-wide intake twice: a conflict (its territory comes from the metadata)', () => {
    const s: Source = {
      header: ['ỦY BAN NHÂN DÂN TỈNH NINH THUẬN'],
      place: 'Ninh Thuận',
      date: 'ngày 15 tháng 12 năm 2023',
      period: 'năm 2023',
      issuer: 'Ủy ban nhân dân tỉnh Ninh Thuận',
      areas: { 1: 'Năm 2023, toàn tỉnh tiếp nhận 215.400 hồ sơ, đã giải quyết 214.900 hồ sơ.' },
      assessment: 'Trong năm, các cơ quan hành chính trên địa bàn tỉnh đã tiếp nhận 251.400 hồ sơ.',
    };
    const a = analyseMarkdown(report(s), 'sha');
    expect(a.agency).toBe('Ủy ban nhân dân tỉnh Ninh Thuận');
    expect(checksOf(s)).toEqual(['conflicting-values:warning']);
  });

  it('a department’s own figures beside the province’s and another body’s: no flag', () => {
    expect(
      checksOf({
        header: ['ỦY BAN NHÂN DÂN TỈNH BẾN TRE', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ'],
        place: 'Bến Tre',
        date: 'ngày 14 tháng 6 năm 2024',
        period: 'quý II năm 2024',
        issuer: 'Sở Khoa học và Công nghệ',
        areas: {
          1:
            'Trong quý II năm 2024, Sở tiếp nhận 2.200 hồ sơ, đã giải quyết 2.150 hồ sơ. Trên địa bàn tỉnh, các cơ quan hành chính đã giải quyết 48.000 hồ sơ. ' +
            'Theo báo cáo của Trung tâm Phục vụ hành chính công, trong quý có 51.000 hồ sơ được giải quyết đúng hạn.',
        },
      }),
    ).toEqual([]);
  });

  it('a yearly report with the last quarter’s figures, and a plan issued in another month: no flag', () => {
    expect(
      checksOf({
        header: ['ỦY BAN NHÂN DÂN TỈNH THANH HÓA', 'SỞ NỘI VỤ'],
        place: 'Thanh Hóa',
        date: 'ngày 12 tháng 12 năm 2023',
        period: 'năm 2023',
        issuer: 'Sở Nội vụ',
        direction: 'Thực hiện Kế hoạch kiểm tra được ban hành tháng 12 năm 2022, trong năm 2023 Sở đã kiểm tra công tác cải cách hành chính tại 04 đơn vị.',
        areas: {
          1: 'Năm 2023, Sở tiếp nhận 1.240 hồ sơ. Riêng quý IV năm 2023, Sở đã giải quyết 310 hồ sơ, đang giải quyết 06 hồ sơ. Trong quý IV, tỷ lệ giải quyết đúng hạn đạt 98,1%.',
        },
      }),
    ).toEqual([]);
  });

  it('a quarter’s counts beside the rate and resolved since January: no flag; the quarter’s own figures that disagree: flagged', () => {
    const base: Source = {
      header: ['ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH', 'SỞ GIAO THÔNG VẬN TẢI'],
      place: 'Nam Định',
      date: 'ngày 15 tháng 9 năm 2024',
      period: 'quý III năm 2024',
      issuer: 'Sở Giao thông vận tải',
    };
    expect(
      checksOf({
        ...base,
        areas: { 1: 'Trong quý, Sở tiếp nhận 420 hồ sơ, đã giải quyết 400 hồ sơ, đúng hạn 396 hồ sơ. Lũy kế từ đầu năm, Sở đã giải quyết 1.280 hồ sơ, tỷ lệ đúng hạn đạt 98,1%.' },
      }),
    ).toEqual([]);
    expect(
      checksOf({ ...base, areas: { 1: 'Trong quý, Sở tiếp nhận 420 hồ sơ, đã giải quyết 400 hồ sơ, đúng hạn 396 hồ sơ, tỷ lệ đúng hạn đạt 98,1%.' } }),
    ).toEqual(['rate-mismatch:error']);
  });
});
