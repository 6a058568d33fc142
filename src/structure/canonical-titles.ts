import type { Canonical } from '../schema/report.ts';

/**
 * Known section titles per canonical id (CONTRACT §2): several ways reports word each of the
 * six reform areas of Nghị quyết 76/NQ-CP and the report's own scaffolding. Matched fuzzily
 * after diacritic folding, abbreviation expansion and removal of filler words
 * (see canonical.ts), so write them as reports do, with or without "Công tác", "Về", "Kết quả".
 */
export const CANONICAL_TITLES: Record<Canonical, string[]> = {
  direction: [
    'Công tác chỉ đạo, điều hành cải cách hành chính',
    'Công tác lãnh đạo, chỉ đạo, điều hành',
    'Tổ chức chỉ đạo, điều hành',
    'Kế hoạch cải cách hành chính',
    'Ban hành kế hoạch cải cách hành chính',
    'Kiểm tra cải cách hành chính',
    'Kiểm tra công tác cải cách hành chính',
    'Tuyên truyền cải cách hành chính',
    'Công tác thông tin, tuyên truyền',
    'Khảo sát sự hài lòng của người dân',
    'Sáng kiến cải cách hành chính',
    // Determining the PAR index is part of directing the reform, not the report's assessment.
    'Đánh giá, xác định Chỉ số cải cách hành chính',
    'Xác định Chỉ số cải cách hành chính',
  ],
  institutions: [
    'Cải cách thể chế',
    'Hoàn thiện thể chế',
    'Xây dựng và tổ chức thực hiện thể chế',
    'Xây dựng, ban hành văn bản quy phạm pháp luật',
    'Kiểm tra, rà soát văn bản quy phạm pháp luật',
    'Rà soát, hệ thống hóa văn bản quy phạm pháp luật',
    'Kiểm tra, xử lý văn bản quy phạm pháp luật',
    'Theo dõi thi hành pháp luật',
    'Xây dựng và thi hành pháp luật',
    'Phổ biến, giáo dục pháp luật',
    'Xây dựng, kiểm tra văn bản',
    'Pháp chế',
    'Kiểm tra văn bản',
    'Rà soát văn bản',
  ],
  procedures: [
    'Cải cách thủ tục hành chính',
    'Kiểm soát thủ tục hành chính',
    'Rà soát, đơn giản hóa thủ tục hành chính',
    'Công bố, công khai thủ tục hành chính',
    'Kết quả giải quyết thủ tục hành chính',
    'Giải quyết thủ tục hành chính',
    'Tiếp nhận, giải quyết hồ sơ',
    'Giải quyết hồ sơ',
    'Thực hiện cơ chế một cửa, một cửa liên thông',
    'Cơ chế một cửa',
    // "Công tác một cửa", "Về một cửa, một cửa liên thông": the one-stop work named alone (CONTRACT §2).
    'Một cửa',
    'Tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính',
    'Tiếp nhận, xử lý phản ánh, kiến nghị',
    'Phản ánh, kiến nghị của cá nhân, tổ chức',
    'Phản ánh, kiến nghị',
    'Bộ phận tiếp nhận và trả kết quả',
  ],
  organization: [
    'Cải cách tổ chức bộ máy',
    'Cải cách tổ chức bộ máy hành chính nhà nước',
    'Sắp xếp, kiện toàn tổ chức bộ máy',
    'Sắp xếp tổ chức bộ máy',
    'Tinh gọn tổ chức bộ máy',
    'Quản lý biên chế, tinh giản biên chế',
    'Quản lý, sử dụng biên chế',
    'Phân cấp, phân quyền',
  ],
  civil_service: [
    'Cải cách chế độ công vụ',
    'Cải cách công vụ',
    'Cải cách công vụ, công chức',
    'Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức',
    'Xây dựng và nâng cao chất lượng đội ngũ CBCCVC',
    'Nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức',
    'Đào tạo, bồi dưỡng cán bộ, công chức, viên chức',
    'Kỷ luật, kỷ cương hành chính',
    'Vị trí việc làm',
    'Tuyển dụng, quản lý, sử dụng công chức, viên chức',
    'Đội ngũ cán bộ, công chức',
    'Đào tạo, bồi dưỡng',
    'Cán bộ, công chức, viên chức',
    // "Công tác cán bộ" in a commune's or a Sở's short report: its staff, their training and discipline.
    'Cán bộ',
  ],
  public_finance: [
    'Cải cách tài chính công',
    'Cải cách quản lý tài chính công',
    'Quản lý tài chính công',
    'Cơ chế tự chủ',
    'Chế độ tự chủ',
    'Thực hiện cơ chế tự chủ, tự chịu trách nhiệm',
    'Tự chủ tài chính tại đơn vị sự nghiệp công lập',
    'Quản lý, sử dụng tài sản công',
    'Đổi mới cơ chế quản lý tài chính',
    'Quản lý tài chính',
  ],
  digital_government: [
    'Xây dựng và phát triển Chính phủ điện tử, Chính phủ số',
    'Xây dựng Chính phủ điện tử',
    'Chính phủ điện tử',
    'Chính phủ số',
    'Chính quyền điện tử',
    'Chính quyền số',
    'Hiện đại hóa hành chính',
    'Hiện đại hóa nền hành chính',
    'Ứng dụng công nghệ thông tin',
    'Chuyển đổi số',
    // "Công tác số hóa": digitising records and results is the digital-government work.
    'Số hóa',
    'Ứng dụng ISO',
    'Áp dụng hệ thống quản lý chất lượng theo tiêu chuẩn ISO',
    'Hệ thống quản lý chất lượng TCVN ISO 9001',
  ],
  assessment: [
    'Đánh giá chung',
    'Đánh giá kết quả',
    'Nhận xét, đánh giá',
    'Ưu điểm',
    'Những mặt đã làm được',
    'Tồn tại, hạn chế',
    'Hạn chế, tồn tại',
    'Những tồn tại, hạn chế',
    'Khó khăn, vướng mắc',
    'Tồn tại, khó khăn',
    'Hạn chế, khó khăn',
    'Nguyên nhân',
    'Nguyên nhân của tồn tại, hạn chế',
    'Bài học kinh nghiệm',
  ],
  plan: [
    'Phương hướng, nhiệm vụ',
    'Phương hướng, nhiệm vụ kỳ tới',
    'Phương hướng, nhiệm vụ trọng tâm',
    'Nhiệm vụ trọng tâm',
    'Nhiệm vụ trọng tâm thời gian tới',
    'Nhiệm vụ, giải pháp',
    'Giải pháp',
    'Nhiệm vụ trong thời gian tới',
    'Kế hoạch thời gian tới',
  ],
  proposals: [
    'Kiến nghị, đề xuất',
    'Đề xuất, kiến nghị',
    'Kiến nghị',
    'Đề xuất',
  ],
};

/**
 * Titles that name an id only when they are the whole title (after filler and periods are
 * dropped): "NHIỆM VỤ QUÝ IV NĂM 2023" is a plan, "Thực hiện nhiệm vụ chuyên môn" is not.
 */
export const CANONICAL_EXACT_TITLES: Partial<Record<Canonical, string[]>> = {
  direction: ['Tổ chức triển khai thực hiện', 'Chỉ đạo', 'Chỉ đạo, điều hành', 'Lãnh đạo, chỉ đạo'],
  // "Kết quả tiếp nhận hồ sơ" heads a centre's intake; "Tiếp nhận hồ sơ của tổ chức. …" is an item.
  procedures: ['Tiếp nhận hồ sơ'],
  plan: ['Nhiệm vụ', 'Phương hướng', 'Kế hoạch thời gian tới', 'Nhiệm vụ thời gian tới'],
  proposals: ['Đề nghị'],
  assessment: ['Hạn chế', 'Tồn tại'],
};
