/** Name pools and a seeded random source for the benchmark corpus (our own invented wording). */

/** mulberry32: small, fast, deterministic. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Pick {
  int(lo: number, hi: number): number;
  one<T>(xs: readonly T[]): T;
  some<T>(xs: readonly T[], n: number): T[];
}

export function picker(seed: number): Pick {
  const r = rng(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
  return {
    int,
    one: <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)] as T,
    some: <T>(xs: readonly T[], n: number): T[] => {
      const pool = [...xs];
      const out: T[] = [];
      while (out.length < n && pool.length > 0) out.push(pool.splice(int(0, pool.length - 1), 1)[0] as T);
      return out;
    },
  };
}

export const PROVINCES = [
  'Thái Nguyên', 'Hà Tĩnh', 'Quảng Trị', 'Bình Phước', 'Hậu Giang', 'Tuyên Quang', 'Yên Bái', 'Phú Yên',
  'Đắk Nông', 'Cao Bằng', 'Bạc Liêu', 'Sơn La', 'Hòa Bình', 'Bắc Kạn', 'Điện Biên', 'Trà Vinh',
] as const;

export const AGENCIES: { name: string; short: string; code: string }[] = [
  { name: 'Sở Tư pháp', short: 'SỞ TƯ PHÁP', code: 'STP' },
  { name: 'Sở Nội vụ', short: 'SỞ NỘI VỤ', code: 'SNV' },
  { name: 'Sở Y tế', short: 'SỞ Y TẾ', code: 'SYT' },
  { name: 'Sở Xây dựng', short: 'SỞ XÂY DỰNG', code: 'SXD' },
  { name: 'Sở Công Thương', short: 'SỞ CÔNG THƯƠNG', code: 'SCT' },
  { name: 'Sở Giao thông vận tải', short: 'SỞ GIAO THÔNG VẬN TẢI', code: 'SGTVT' },
  { name: 'Sở Tài nguyên và Môi trường', short: 'SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG', code: 'STNMT' },
  { name: 'Sở Kế hoạch và Đầu tư', short: 'SỞ KẾ HOẠCH VÀ ĐẦU TƯ', code: 'SKHĐT' },
];

export const DISTRICTS = [
  'Phú Lương', 'Định Hóa', 'Võ Nhai', 'Đại Từ', 'Đồng Hỷ', 'Phú Bình', 'Hương Sơn', 'Kỳ Anh', 'Cam Lộ',
  'Gio Linh', 'Hải Lăng', 'Bù Đăng', 'Lộc Ninh', 'Châu Thành', 'Long Mỹ', 'Hàm Yên', 'Yên Sơn',
  'Lục Yên', 'Văn Chấn', 'Sông Hinh',
] as const;

export const COMMUNES = [
  'Tân Lập', 'Đồng Tâm', 'Hòa Bình', 'Quang Trung', 'Tân Thành', 'Phú Xuân', 'Yên Lạc', 'Minh Khai',
  'Thanh Bình', 'An Phú', 'Hợp Thành', 'Vĩnh Lợi', 'Kim Phượng', 'Bảo Linh', 'Phúc Chu', 'Tân Dương',
  'Điềm Mặc', 'Sơn Phú', 'Trung Hội', 'Bình Yên', 'Lam Vỹ', 'Quy Kỳ', 'Linh Thông', 'Tân Thịnh',
  'Phượng Tiến', 'Trung Lương', 'Bộc Nhiêu', 'Phú Đình', 'Thanh Định', 'Kim Sơn', 'Đức Lương',
  'Cù Vân', 'Hà Thượng', 'La Bằng', 'Mỹ Yên', 'Văn Yên', 'Hùng Sơn', 'Tiên Hội', 'Khôi Kỳ', 'Na Mao',
] as const;

export const FIELDS = [
  'Hộ tịch', 'Chứng thực', 'Đất đai', 'Xây dựng', 'Lao động - Thương binh và Xã hội', 'Tư pháp',
  'Đăng ký kinh doanh', 'Giáo dục và Đào tạo', 'Y tế', 'Tài nguyên nước', 'Môi trường', 'Công thương',
  'Giao thông vận tải', 'Văn hóa, thể thao', 'Nội vụ', 'Nông nghiệp', 'Người có công', 'Bảo trợ xã hội',
] as const;

export const SIGNERS = ['Nguyễn Văn Thắng', 'Trần Thị Thu Hà', 'Lê Minh Đức', 'Phạm Quốc Hưng', 'Hoàng Thị Lan', 'Đỗ Văn Kiên'] as const;

export const PERIODS: { period: string; label: string; heading: string; next: string }[] = [
  { period: '2023-Q1', label: 'quý I năm 2023', heading: 'QUÝ I NĂM 2023', next: 'QUÝ II NĂM 2023' },
  { period: '2023-H1', label: '6 tháng đầu năm 2023', heading: '6 THÁNG ĐẦU NĂM 2023', next: '6 THÁNG CUỐI NĂM 2023' },
  { period: '2023-Q3', label: 'quý III năm 2023', heading: 'QUÝ III NĂM 2023', next: 'QUÝ IV NĂM 2023' },
  { period: '2023', label: 'năm 2023', heading: 'NĂM 2023', next: 'NĂM 2024' },
  { period: '2024-Q1', label: 'quý I năm 2024', heading: 'QUÝ I NĂM 2024', next: 'QUÝ II NĂM 2024' },
  { period: '2024-H1', label: '6 tháng đầu năm 2024', heading: '6 THÁNG ĐẦU NĂM 2024', next: '6 THÁNG CUỐI NĂM 2024' },
];

/** Sentences without figures worth reading, to give paragraphs their usual bulk. */
export const FILLERS = [
  'Việc tiếp nhận, giải quyết hồ sơ được thực hiện đúng quy trình trên Hệ thống thông tin giải quyết TTHC của tỉnh.',
  'Cán bộ, công chức tại Bộ phận Một cửa có thái độ tiếp dân đúng mực, hướng dẫn tận tình cho tổ chức, cá nhân.',
  'Các hồ sơ quá hạn chủ yếu do phải xác minh nguồn gốc đất, lấy ý kiến của cơ quan có liên quan.',
  'Đơn vị đã gửi văn bản xin lỗi tổ chức, công dân đối với các hồ sơ giải quyết quá hạn theo quy định.',
  'Việc số hóa hồ sơ, kết quả giải quyết TTHC được thực hiện theo Nghị định số 45/2020/NĐ-CP của Chính phủ.',
  'Kết quả giải quyết được trả đúng hẹn, công khai trên Cổng Dịch vụ công của tỉnh để người dân theo dõi.',
  'Tổ chức, cá nhân có thể liên hệ đường dây nóng 0208.3856.247 để phản ánh về việc giải quyết TTHC.',
  'Tiếp tục thực hiện Quyết định số 468/QĐ-TTg ngày 27/3/2021 của Thủ tướng Chính phủ về đổi mới việc thực hiện cơ chế một cửa.',
  'Trang thiết bị tại Bộ phận Một cửa cơ bản đáp ứng yêu cầu, tuy nhiên đường truyền đôi lúc còn chậm.',
  'Mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết TTHC được khảo sát định kỳ hằng quý.',
] as const;
