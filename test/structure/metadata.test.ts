import { describe, expect, it } from 'vitest';
import { readStructure } from '../../src/structure/index.ts';
import { expandAgency } from '../../src/structure/metadata-agency.ts';

const md = (...blocks: string[]): string => blocks.join('\n\n') + '\n';
const meta = (...blocks: string[]) => readStructure(md(...blocks)).metadata;
const MOTTO = ['**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**', '**Độc lập - Tự do - Hạnh phúc**'];
const BODY = ['I. Kết quả đạt được', 'Các nhiệm vụ được thực hiện đúng tiến độ.'];

describe('report metadata', () => {
  it('reads a department header, number, date and the period from the title', () => {
    const m = meta(
      'UBND TỈNH HÀ NAM', '**SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG**', 'Số: 245/BC-STNMT', ...MOTTO,
      '_Hà Nam, ngày 18 tháng 6 năm 2023_', '**BÁO CÁO**', '**Kết quả công tác cải cách hành chính 6 tháng đầu năm 2023**',
      'Thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2023 của UBND tỉnh, Sở Tài nguyên và Môi trường báo cáo như sau:', ...BODY,
    );
    expect(m).toEqual({
      agency: 'Sở Tài nguyên và Môi trường',
      province: 'Hà Nam',
      period: '2023-H1',
      periodLabel: '6 tháng đầu năm 2023',
      documentNumber: '245/BC-STNMT',
      documentDate: '2023-06-18',
    });
  });

  it('reads a district header and the place name casing', () => {
    const m = meta(
      '**ỦY BAN NHÂN DÂN HUYỆN YÊN THÀNH**', 'Số: 87/BC-UBND', ...MOTTO, 'Yên Thành, ngày 02 tháng 10 năm 2021',
      'BÁO CÁO', 'Tình hình thực hiện công tác cải cách hành chính 9 tháng năm 2021',
      'Căn cứ Kế hoạch cải cách hành chính của UBND tỉnh Nghệ An năm 2021, UBND huyện báo cáo như sau:', ...BODY,
    );
    expect(m.agency).toBe('Ủy ban nhân dân huyện Yên Thành');
    expect(m.province).toBe('Nghệ An');
    expect(m.period).toBe('2021-9M');
    expect(m.periodLabel).toBe('9 tháng năm 2021');
    expect(m.documentDate).toBe('2021-10-02');
  });

  it('reads the province of a district or commune header that names no province', () => {
    const district = meta(
      '**ỦY BAN NHÂN DÂN**', '**QUẬN HẢI CHÂU**', 'Số: 311/BC-UBND', ...MOTTO, 'Hải Châu, ngày 08 tháng 12 năm 2023',
      'BÁO CÁO', 'Kết quả cải cách hành chính năm 2023', 'UBND quận báo cáo kết quả như sau:', ...BODY,
    );
    expect(district.agency).toBe('Ủy ban nhân dân quận Hải Châu');
    expect(district.province).toBe('Đà Nẵng');
    const commune = meta(
      'UBND HUYỆN ĐÔNG ANH', '**ỦY BAN NHÂN DÂN XÃ VÕNG LA**', 'Số: 45/BC-UBND', ...MOTTO, 'Võng La, ngày 20 tháng 6 năm 2024',
      'BÁO CÁO', 'Công tác cải cách hành chính 6 tháng đầu năm 2024', ...BODY,
    );
    expect(commune.province).toBe('Hà Nội');
    // ten provinces have a huyện Châu Thành: the body's mention decides
    const shared = meta(
      '**ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH**', 'Số: 12/BC-UBND', ...MOTTO, 'Châu Thành, ngày 02 tháng 4 năm 2024',
      'BÁO CÁO', 'Công tác cải cách hành chính quý I năm 2024', ...BODY, 'Huyện đã tham gia hội nghị trực tuyến do UBND tỉnh Tiền Giang tổ chức.',
    );
    expect(shared.province).toBe('Tiền Giang');
  });

  it('reads a commune header and a yearly report', () => {
    const m = meta(
      'UBND HUYỆN TIÊN DU', '**UBND XÃ PHÚ LÂM**', 'Số: 15/BC-UBND', ...MOTTO, 'Phú Lâm, ngày 10 tháng 12 năm 2022',
      'BÁO CÁO', 'Kết quả thực hiện công tác cải cách hành chính năm 2022', 'Xã Phú Lâm thuộc huyện Tiên Du, tỉnh Bắc Ninh.', ...BODY,
    );
    expect(m.agency).toBe('Ủy ban nhân dân xã Phú Lâm');
    expect(m.province).toBe('Bắc Ninh');
    expect(m.period).toBe('2022');
    expect(m.periodLabel).toBe('năm 2022');
  });

  it('reads a one-stop centre header with its province', () => {
    const m = meta(
      'UBND TỈNH QUẢNG NINH', '**TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH**', 'Số: 31/BC-TTPVHCC', ...MOTTO,
      'Quảng Ninh, ngày 04 tháng 4 năm 2024', 'BÁO CÁO', 'Kết quả hoạt động quý I/2024', ...BODY,
    );
    expect(m.agency).toBe('Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh');
    expect(m.province).toBe('Quảng Ninh');
    expect(m.period).toBe('2024-Q1');
    expect(m.periodLabel).toBe('quý I/2024');
  });

  it('reads a one-stop centre named with its province in the header', () => {
    const m = meta('TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH NAM ĐỊNH', 'Số: /BC-TTPVHCC', ...MOTTO, 'Nam Định, ngày tháng 7 năm 2022', 'BÁO CÁO', 'Kết quả giải quyết thủ tục hành chính tháng 6 năm 2022', ...BODY);
    expect(m.agency).toBe('Trung tâm Phục vụ hành chính công tỉnh Nam Định');
    expect(m.province).toBe('Nam Định');
    expect(m.period).toBe('2022-06');
    expect(m.documentNumber).toBeNull();
    expect(m.documentDate).toBeNull();
  });

  it('reads header lines run together and a division under a district', () => {
    expect(meta('UBND TỈNH NAM ĐỊNH SỞ TƯ PHÁP', 'Số: 12/BC-STP', ...MOTTO, ...BODY).agency).toBe('Sở Tư pháp');
    expect(meta('UBND HUYỆN HẢI HẬU', '**PHÒNG NỘI VỤ**', 'Số: 09/BC-PNV', ...MOTTO, ...BODY).agency).toBe('Phòng Nội vụ huyện Hải Hậu');
    expect(meta('UBND TỈNH NAM ĐỊNH', '**SỞ KH&CN**', ...MOTTO, ...BODY).agency).toBe('Sở Khoa học và Công nghệ');
  });

  it('finds the agency in the body when there is no header', () => {
    const m = meta(
      'BÁO CÁO', 'Kết quả công tác cải cách hành chính Quý 1 năm 2023',
      'Thực hiện Kế hoạch cải cách hành chính tỉnh Thái Bình năm 2023; Sở GD&ĐT báo cáo kết quả thực hiện như sau:', ...BODY,
    );
    expect(m.agency).toBe('Sở Giáo dục và Đào tạo');
    expect(m.province).toBe('Thái Bình');
    expect(m.period).toBe('2023-Q1');
    expect(m.periodLabel).toBe('Quý 1 năm 2023');
  });

  it('falls back to the department named most often', () => {
    const m = meta(
      'I. Công tác chỉ đạo', 'Sở LĐ-TB&XH đã ban hành kế hoạch năm.', 'Sở LĐ-TB&XH đã kiểm tra 04 phòng.', 'Căn cứ hướng dẫn của Sở Nội vụ, Sở LĐ-TB&XH đã tổ chức tập huấn.',
    );
    expect(m.agency).toBe('Sở Lao động - Thương binh và Xã hội');
  });

  it('takes the reported period, never the planned one', () => {
    const m = meta(
      'BÁO CÁO', 'Kết quả công tác cải cách hành chính quý III và phương hướng, nhiệm vụ quý IV năm 2023', ...BODY,
    );
    expect(m.period).toBe('2023-Q3');
    const intro = meta(
      'Thực hiện kế hoạch năm 2023 của UBND thành phố Hải Phòng; Sở Xây dựng báo cáo kết quả CCHC tháng 8/2023 như sau:', ...BODY,
      'II. Phương hướng, nhiệm vụ tháng 9 năm 2023', 'Tiếp tục thực hiện các nhiệm vụ.',
    );
    expect(intro.period).toBe('2023-08');
    expect(intro.periodLabel).toBe('tháng 8/2023');
    expect(intro.agency).toBe('Sở Xây dựng');
    expect(intro.province).toBe('Hải Phòng');
    const onlyPlan = meta('I. Phương hướng, nhiệm vụ quý II năm 2022', 'Tiếp tục thực hiện.');
    expect(onlyPlan.period).toBeNull();
    const fromHeading = meta('I. Kết quả cải cách hành chính quý II năm 2022', 'Nội dung.', 'II. Phương hướng, nhiệm vụ quý III năm 2022', 'Nội dung.');
    expect(fromHeading.period).toBe('2022-Q2');
  });

  it('expands department abbreviations and codes', () => {
    expect(expandAgency('Sở KH&CN')).toBe('Sở Khoa học và Công nghệ');
    expect(expandAgency('STP')).toBe('Sở Tư pháp');
    expect(expandAgency('Sở TP')).toBe('Sở Tư pháp');
    expect(expandAgency('Sở TN&MT')).toBe('Sở Tài nguyên và Môi trường');
    expect(expandAgency('Sở NN&PTNT')).toBe('Sở Nông nghiệp và Phát triển nông thôn');
    expect(expandAgency('Sở VH,TT&DL')).toBe('Sở Văn hóa, Thể thao và Du lịch');
    // one side of the "và" abbreviated, or both with "và" written out
    expect(expandAgency('Sở Nông nghiệp và PTNT')).toBe('Sở Nông nghiệp và Phát triển nông thôn');
    expect(expandAgency('Sở Lao động - Thương binh và XH')).toBe('Sở Lao động - Thương binh và Xã hội');
    expect(expandAgency('Sở GD và ĐT')).toBe('Sở Giáo dục và Đào tạo');
    expect(expandAgency('Sở TT&TT')).toBe('Sở Thông tin và Truyền thông');
    expect(expandAgency('Sở KH&ĐT')).toBe('Sở Kế hoạch và Đầu tư');
    expect(expandAgency('Sở GTVT')).toBe('Sở Giao thông vận tải');
    expect(expandAgency('Sở XD')).toBe('Sở Xây dựng');
    expect(expandAgency('UBND huyện Hải Hậu')).toBe('Ủy ban nhân dân huyện Hải Hậu');
    expect(expandAgency('Văn phòng UBND tỉnh')).toBe('Văn phòng Ủy ban nhân dân tỉnh');
  });

  it('completes bodies named under their committee: a bare unit word, the office, a station', () => {
    const head = (...lines: string[]) => meta(...lines, 'Số: 15/BC-X', ...MOTTO, ...BODY).agency;
    // "QUẢN" is not the unit "quận"; the bare "TỈNH" takes the parent's place.
    expect(head('UBND TỈNH GIA LAI', '**BAN QUẢN LÝ KHU KINH TẾ TỈNH**')).toBe('Ban Quản lý khu kinh tế tỉnh Gia Lai');
    expect(head('UBND TỈNH BÌNH THUẬN', '**THANH TRA TỈNH**')).toBe('Thanh tra tỉnh Bình Thuận');
    expect(head('UBND TỈNH NINH BÌNH', '**VĂN PHÒNG**')).toBe('Văn phòng Ủy ban nhân dân tỉnh Ninh Bình');
    expect(head('UBND HUYỆN KIM SƠN', '**VĂN PHÒNG HĐND VÀ UBND**')).toBe('Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Kim Sơn');
    expect(head('ỦY BAN NHÂN DÂN TỈNH SƠN LA', '**ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH**')).toBe('Đài Phát thanh và Truyền hình tỉnh Sơn La');
    // "TINH GIẢN" is no unit; a board (Ban) is named with its province, as its introduction names it.
    expect(head('UBND TỈNH SÓC TRĂNG', '**BAN TINH GIẢN HÀNH CHÍNH**')).toBe('Ban Tinh giản hành chính tỉnh Sóc Trăng');
    expect(head('UBND TỈNH BẮC GIANG', '**BAN DÂN TỘC**')).toBe('Ban Dân tộc tỉnh Bắc Giang');
    expect(head('UBND TỈNH BẾN TRE', '**TRUNG TÂM PHỤC VỤ HCC**')).toBe('Trung tâm Phục vụ hành chính công tỉnh Bến Tre');
    // A board whose name already closes with its province gets no second "tỉnh X".
    expect(head('UBND TỈNH BÌNH ĐỊNH', '**BAN QUẢN LÝ KKT**', '**VÀ CÁC KCN BÌNH ĐỊNH**')).toBe('Ban Quản lý khu kinh tế và các khu công nghiệp Bình Định');
    // A board named by the zone it runs is not its province's ("… Vũng Áng", not "… tỉnh Hà Tĩnh").
    expect(head('UBND TỈNH HÀ TĨNH', '**BAN QUẢN LÝ**', '**KHU KINH TẾ VŨNG ÁNG**')).toBe('Ban Quản lý khu kinh tế Vũng Áng');
    expect(head('UBND TỈNH THANH HÓA', '**BAN QUẢN LÝ KHU KINH TẾ NGHI SƠN**', '**VÀ CÁC KHU CÔNG NGHIỆP**')).toBe('Ban Quản lý khu kinh tế Nghi Sơn và các khu công nghiệp');
    expect(head('UBND TỈNH QUẢNG NINH', '**BAN QUẢN LÝ KHU KINH TẾ QUẢNG NINH**')).toBe('Ban Quản lý khu kinh tế Quảng Ninh');
    // An island district keeps "đảo" in lower case; "Côn Đảo" is a name.
    expect(head('UBND TỈNH QUẢNG TRỊ', '**ỦY BAN NHÂN DÂN**', '**HUYỆN ĐẢO CỒN CỎ**')).toBe('Ủy ban nhân dân huyện đảo Cồn Cỏ');
    expect(head('UBND TỈNH BÀ RỊA - VŨNG TÀU', '**UBND HUYỆN CÔN ĐẢO**')).toBe('Ủy ban nhân dân huyện Côn Đảo');
  });

  it('gives an introduction\'s "… tỉnh" body its province', () => {
    const m = meta(
      'BÁO CÁO', 'Kết quả công tác cải cách hành chính quý II năm 2024',
      'Căn cứ Kế hoạch cải cách hành chính của UBND tỉnh Phú Yên, Thanh tra tỉnh báo cáo như sau:', ...BODY,
    );
    expect(m.agency).toBe('Thanh tra tỉnh Phú Yên');
  });

  it('names a board with its place alone when its introduction does ("Ban Quản lý các khu công nghiệp X báo cáo")', () => {
    const board = (intro: string) =>
      meta('UBND TỈNH THANH HÓA', '**BAN QUẢN LÝ**', '**CÁC KHU CÔNG NGHIỆP**', 'Số: 310/BC-BQLKCN', ...MOTTO, 'BÁO CÁO', 'Kết quả cải cách hành chính năm 2024', intro, ...BODY).agency;
    expect(board('Ban Quản lý các khu công nghiệp Thanh Hóa báo cáo kết quả như sau:')).toBe('Ban Quản lý các khu công nghiệp Thanh Hóa');
    // An introduction that names it another way leaves the header's name with its committee's place.
    expect(board('Ban Quản lý báo cáo kết quả như sau:')).toBe('Ban Quản lý các khu công nghiệp tỉnh Thanh Hóa');
  });

  it('keeps a department as its header names it when the introduction only adds the place', () => {
    const m = meta(
      'UBND TỈNH AN GIANG', '**SỞ XÂY DỰNG**', 'Số: 77/BC-SXD', ...MOTTO, 'BÁO CÁO', 'Kết quả cải cách hành chính năm 2024',
      'Sở Xây dựng tỉnh An Giang báo cáo kết quả như sau:', ...BODY,
    );
    expect(m.agency).toBe('Sở Xây dựng');
  });

  it('reads "6 tháng năm" as the first half and a date range as the period it spans', () => {
    const title = (t: string) => meta('BÁO CÁO', t, ...BODY);
    expect(title('Công tác cải cách hành chính 6 tháng năm 2024').period).toBe('2024-H1');
    expect(title('Kết quả cải cách hành chính (từ ngày 15/12/2023 đến ngày 14/3/2024)').period).toBe('2024-Q1');
    expect(title('Kết quả cải cách hành chính (từ ngày 15/12/2023 đến ngày 14/3/2024)').periodLabel).toBe('từ ngày 15/12/2023 đến ngày 14/3/2024');
    expect(title('Kết quả cải cách hành chính kỳ báo cáo từ 15/3/2022 đến 14/6/2022').period).toBe('2022-Q2');
    expect(title('Kết quả giải quyết hồ sơ từ ngày 15/12 đến ngày 14/6/2025').period).toBe('2025-H1');
    expect(title('Kết quả giải quyết hồ sơ (01/01/2023 - 30/9/2023)').period).toBe('2023-9M');
    expect(title('Tình hình tiếp nhận hồ sơ từ ngày 15/11/2023 đến ngày 14/12/2023').period).toBe('2023-12');
    expect(title('Tổng kết công tác năm (từ 15/12/2022 đến 14/12/2023)').period).toBe('2023');
    expect(title('Kết quả cải cách hành chính 3 tháng đầu năm 2024').period).toBe('2024-Q1');
    // The last quarter and the whole year: the year's report.
    expect(title('Báo cáo kết quả cải cách hành chính quý IV và cả năm 2023').period).toBe('2023');
    expect(title('Báo cáo kết quả cải cách hành chính quý IV và cả năm 2023').periodLabel).toBe('quý IV và cả năm 2023');
    // Titles typed in capitals read the same.
    expect(title('KẾT QUẢ THỰC HIỆN CÔNG TÁC CCHC QUÝ IV VÀ CẢ NĂM 2023').period).toBe('2023');
    expect(title('KẾT QUẢ CÔNG TÁC CCHC QUÝ I, NĂM 2024').period).toBe('2024-Q1');
    expect(title('KẾT QUẢ GIẢI QUYẾT HỒ SƠ THÁNG 6 VÀ 6 THÁNG ĐẦU NĂM 2024').period).toBe('2024-H1');
    expect(title('Kết quả cải cách hành chính quý IV năm 2023 và năm 2024').period).toBe('2023-Q4');
    // A month, then the wider period of the same year that holds it: the wider one's report.
    expect(title('Công tác cải cách hành chính tháng 6 và 6 tháng đầu năm 2025').period).toBe('2025-H1');
    expect(title('Công tác cải cách hành chính tháng 6 và 6 tháng đầu năm 2025').periodLabel).toBe('tháng 6 và 6 tháng đầu năm 2025');
    expect(title('Kết quả giải quyết hồ sơ tháng 9 và 9 tháng năm 2022').period).toBe('2022-9M');
    expect(title('Kết quả giải quyết hồ sơ tháng 3 và quý I/2024').period).toBe('2024-Q1');
    expect(title('Kết quả tháng 7 và quý II năm 2024').period).toBe('2024-07');
    expect(title('Kết quả cải cách hành chính Quý 02 năm 2024').period).toBe('2024-Q2');
    // The half or nine months right after "Sơ kết" / "Báo cáo", the year further on.
    expect(title('Sơ kết 6 tháng thực hiện công tác cải cách hành chính năm 2022').period).toBe('2022-H1');
    expect(title('Báo cáo 09 tháng công tác kiểm soát TTHC năm 2022').period).toBe('2022-9M');
    expect(title('Kết quả giải quyết hồ sơ trong thời hạn 6 tháng năm 2022').period).toBe('2022-H1');
    // A quarter written without its year takes the date line's, or the year before's when it would begin after the date.
    const dated = (date: string, t: string) => meta('Số: 3/BC-STP', ...MOTTO, date, 'BÁO CÁO', t, ...BODY).period;
    expect(dated('Cần Thơ, ngày 08 tháng 01 năm 2025', 'Kết quả cải cách hành chính quý IV')).toBe('2024-Q4');
    expect(dated('Cần Thơ, ngày 16 tháng 12 năm 2024', 'Kết quả cải cách hành chính quý IV')).toBe('2024-Q4');
    expect(dated('Cần Thơ, ngày 14 tháng 3 năm 2024', 'Kết quả cải cách hành chính quý I')).toBe('2024-Q1');
    // A span that is no reporting period is not read as one.
    expect(title('Kết quả kiểm tra từ ngày 05/4/2023 đến ngày 20/4/2023').period).toBeNull();
    expect(meta('Hà Nội, ngày 6 tháng năm 2024', 'BÁO CÁO', 'Kết quả cải cách hành chính', ...BODY).period).toBeNull();
  });

  it('reads the agency of a header typed with tabs beside the national motto', () => {
    const m = meta(
      'UBND TỈNH NAM ĐỊNH **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**', '**SỞ TƯ PHÁP Độc lập - Tự do - Hạnh phúc**',
      'Số: 100/BC-STP _Nam Định, ngày 15 tháng 6 năm 2023_', '**BÁO CÁO**', '**Kết quả công tác cải cách hành chính quý II năm 2023**', ...BODY,
    );
    expect(m.agency).toBe('Sở Tư pháp');
    expect(m.province).toBe('Nam Định');
    expect(m.period).toBe('2023-Q2');
  });

  it('steps over the motto when a PDF interleaves the two header columns', () => {
    const m = meta(
      'UBND TỈNH YÊN BÁI', '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA**', '**SỞ TÀI CHÍNH**', 'Số: 1200/BC-STC', '**VIỆT NAM**',
      '**Độc lập - Tự do - Hạnh phúc**', 'Yên Bái, ngày 14 tháng 9 năm 2023', '**BÁO CÁO**', '**Kết quả cải cách hành chính quý III năm 2023**', ...BODY,
    );
    expect(m.agency).toBe('Sở Tài chính');
    const split = meta('**ỦY BAN NHÂN DÂN**', '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**', '**TỈNH QUẢNG NAM**', '**Độc lập - Tự do - Hạnh phúc**', 'BÁO CÁO', 'KẾT QUẢ CẢI CÁCH HÀNH CHÍNH NĂM 2023', ...BODY);
    expect(split.agency).toBe('Ủy ban nhân dân tỉnh Quảng Nam');
  });

  it('reads a header whose table rows a PDF ran together: the motto cut beside the agency, the date after the number', () => {
    const m = meta(
      'ỦY BAN NHÂN DÂN **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT**', '**NAM**', '**THỊ XÃ BA ĐỒN Độc lập - Tự do - Hạnh phúc**',
      'Số: 41/BC-UBND Ba Đồn, ngày 09 tháng 3 năm 2023', '**BÁO CÁO**', '**Công tác cải cách hành chính quý I**', ...BODY,
    );
    expect(m.agency).toBe('Ủy ban nhân dân thị xã Ba Đồn');
    expect(m.documentNumber).toBe('41/BC-UBND');
    expect(m.documentDate).toBe('2023-03-09');
    expect(m.period).toBe('2023-Q1');
    const tabbed = meta('UBND TỈNH ĐIỆN BIÊN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'SỞ NỘI VỤ\tĐộc lập - Tự do - Hạnh phúc', 'Số: 7/BC-SNV\tĐiện Biên, ngày 2 tháng 10 năm 2024', ...BODY);
    expect(tabbed.documentDate).toBe('2024-10-02');
    expect(tabbed.province).toBe('Điện Biên');
  });

  it('reads a name continued beside the date, and rows a PDF ran into one paragraph', () => {
    const tabbed = meta(
      'UBND TỈNH HÀ NAM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TRUNG TÂM PHỤC VỤ\tĐộc lập - Tự do - Hạnh phúc', 'HÀNH CHÍNH CÔNG\tHà Nam, ngày 4 tháng 3 năm 2024', 'Số: 11/BC-TTPVHCC', ...BODY,
    );
    expect(tabbed.agency).toBe('Trung tâm Phục vụ hành chính công tỉnh Hà Nam');
    const rows = meta(
      'UBND TỈNH LÀO CAI **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM UBND THỊ XÃ SA PA Độc lập - Tự do - Hạnh phúc**', 'Số: 9/BC-UBND Sa Pa, ngày 4 tháng 3 năm 2024', ...BODY,
    );
    expect(rows.agency).toBe('Ủy ban nhân dân thị xã Sa Pa');
    expect(rows.documentDate).toBe('2024-03-04');
    // The left cell's name wrapped after the row was run together: its short rest still belongs to it.
    const wrapped = meta('UBND TỈNH NGHỆ AN **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM BAN QUẢN LÝ KHU KINH**', '**TẾ**', '**Độc lập - Tự do - Hạnh phúc**', 'Số: 3/BC-KKT', ...BODY);
    expect(wrapped.agency).toBe('Ban Quản lý khu kinh tế tỉnh Nghệ An');
  });

  it('reads a header as OCR gives it: a rule before the number, a wrong mark on the unit, a name without marks', () => {
    const m = meta('UBND TỈNH HÀ GIANG', '**UBND HUYẸN QUẢN BẠ**', '- \\_ Số:310/BC-UBND', '**CỌNG HOA XÃ HỌI CHU NGHIA VIIT NAM**', 'Quản Bạ, ngày 9 tháng 6 năm 2023', ...BODY);
    expect(m.agency).toBe('Ủy ban nhân dân huyện Quản Bạ');
    expect(m.documentNumber).toBe('310/BC-UBND');
    const head = (...lines: string[]) => meta(...lines, 'Số: 15/BC-X', ...MOTTO, ...BODY).agency;
    expect(head('UBND TỈNH BẠC LIÊU', '**TRUNG TÂM PHỤC VỤ HANH CHINH CONG**')).toBe('Trung tâm Phục vụ hành chính công tỉnh Bạc Liêu');
    // The motto's "VIỆT NAM" read before the motto's first line.
    const early = meta('**UBND TỈNH ĐIỆN BIÊN**', 'VIỆT NAM', '**TRUNG TÂM PHỤC VỤ HCC**', 'Số: 8/BC-TTPVHCC', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA', ...BODY);
    expect(early.agency).toBe('Trung tâm Phục vụ hành chính công tỉnh Điện Biên');
  });

  it('reads a place that ends in a number on the date line', () => {
    const m = meta('ỦY BAN NHÂN DÂN', '**QUẬN 5**', 'Số: 310/BC-UBND', ...MOTTO, '_Quận 5, ngày 21 tháng 6 năm 2024_', ...BODY);
    expect(m.documentDate).toBe('2024-06-21');
  });

  it('passes over a province named as former ("tỉnh Bình Phước (cũ)") for the one that reports', () => {
    const m = meta('ỦY BAN NHÂN DÂN', '**XÃ TÂN TIẾN**', 'Số: 12/BC-UBND', ...MOTTO, 'Tân Tiến, ngày 2 tháng 10 năm 2025',
      'Thực hiện Kế hoạch số 30/KH-UBND của UBND tỉnh Bình Phước (cũ) và chỉ đạo của UBND tỉnh Đồng Nai, UBND xã Tân Tiến báo cáo như sau:', ...BODY);
    expect(m.province).toBe('Đồng Nai');
  });

  it('reads bodies the header runs together or breaks after "và"', () => {
    const head = (...lines: string[]) => meta(...lines, 'Số: 15/BC-X', ...MOTTO, ...BODY).agency;
    expect(head('UBND TỈNH LẠNG SƠN CÔNG AN TỈNH')).toBe('Công an tỉnh Lạng Sơn');
    expect(head('BẢO HIỂM XÃ HỘI VIỆT NAM BẢO HIỂM XÃ HỘI TỈNH KON TUM')).toBe('Bảo hiểm xã hội tỉnh Kon Tum');
    expect(head('UBND HUYỆN CHỢ MỚI', '**VĂN PHÒNG HĐND VÀ**', '**UBND**')).toBe('Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Chợ Mới');
  });

  it('spells out abbreviated bodies in the header', () => {
    const head = (...lines: string[]) => meta(...lines, 'Số: 15/BC-X', ...MOTTO, ...BODY).agency;
    expect(head('UBND TỈNH THÁI NGUYÊN', '**BQL CÁC KCN**')).toBe('Ban Quản lý các khu công nghiệp tỉnh Thái Nguyên');
    expect(head('UBND TỈNH VĨNH PHÚC', '**TRUNG TÂM PVHCC**')).toBe('Trung tâm Phục vụ hành chính công tỉnh Vĩnh Phúc');
    expect(head('UBND TỈNH QUẢNG NINH', '**UBND TX. ĐÔNG TRIỀU**')).toBe('Ủy ban nhân dân thị xã Đông Triều');
    // A one-stop centre under the committee's office takes the office's province.
    expect(head('VĂN PHÒNG UBND TỈNH KHÁNH HÒA', '**TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG**')).toBe('Trung tâm Phục vụ hành chính công tỉnh Khánh Hòa');
  });

  it('does not read the introduction after a one-line title as the title', () => {
    const m = meta(
      '**BÁO CÁO**', '**Tình hình thực hiện công tác cải cách hành chính**',
      'Theo đề nghị của Sở Nội vụ tại Công văn số 88/SNV-CCHC về báo cáo quý II/2023, UBND huyện Lục Nam báo cáo kết quả 6 tháng đầu năm 2023 như sau:',
      ...BODY,
    );
    expect(m.period).toBe('2023-H1');
  });

  it('names a department without its place when the header adds it', () => {
    const head = (...lines: string[]) => meta(...lines, 'Số: 15/BC-X', ...MOTTO, ...BODY);
    expect(head('**SỞ Y TẾ TỈNH BẮC NINH**').agency).toBe('Sở Y tế');
    expect(head('**SỞ Y TẾ TỈNH BẮC NINH**').province).toBe('Bắc Ninh');
    expect(head('UBND TỈNH SƠN LA', '**VĂN PHÒNG ĐOÀN ĐBQH VÀ HĐND TỈNH**').agency).toBe(
      'Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng nhân dân tỉnh Sơn La',
    );
  });

  it('spells "&" in a department name as "và" and knows "Đắc Nông"', () => {
    const head = (...lines: string[]) => meta(...lines, 'Số: 15/BC-X', ...MOTTO, ...BODY);
    expect(head('UBND TỈNH PHÚ YÊN', '**SỞ THÔNG TIN & TRUYỀN THÔNG**').agency).toBe('Sở Thông tin và Truyền thông');
    expect(head('UBND TỈNH ĐẮC NÔNG', '**SỞ Y TẾ**').province).toBe('Đắk Nông');
  });

  it('leaves everything null for a text with no metadata', () => {
    expect(meta('Một đoạn văn không có thông tin gì.')).toEqual({
      agency: null, province: null, period: null, periodLabel: null, documentNumber: null, documentDate: null,
    });
  });
});
