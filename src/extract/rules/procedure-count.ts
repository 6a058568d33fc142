import { readProcedures } from '../procedure/reading.ts';
import { defineRule } from '../rule.ts';

/**
 * Counts of procedures: the reading itself is in ../procedure/ (cues.ts the wordings that route a figure, scope.ts the set
 * or a subset, online.ts levels and the online offer, fields.ts the lĩnh vực, items.ts items under a lead-in and labelled
 * bracket parts, reading.ts the sentence walk); this file holds the rule and its examples, which are its tests.
 */
export default defineRule({
  id: 'procedure-count',
  description:
    'Counts of procedures ("N TTHC / thủ tục / dịch vụ công"), routed by the nearest verb to the left: công bố → published, ' +
    'sửa đổi, bổ sung → amended, bãi bỏ → abolished (proposed after "đề nghị"), bộ TTHC gồm / tổng số / hiện có → total; ' +
    'with an online level (mức độ 3/4, toàn trình, một phần) → online.',
  examples: {
    valid: [
      {
        // A zero in words under a label that names the change, as a written 0 would be.
        before: 'Kết quả kiểm soát TTHC quý II:',
        text: '- Số TTHC được công bố mới: không có; số TTHC bị bãi bỏ: không.',
        records: [
          { metric: 'procedure.published', value: 0 },
          { metric: 'procedure.abolished', value: 0 },
        ],
      },
      {
        // A change verb alone before a bare figure: in a sentence opening on a label naming procedures, or after a procedure figure.
        text: 'Kiểm soát TTHC: công bố mới 05, sửa đổi, bổ sung 09, bãi bỏ 01. UBND tỉnh công bố 16 TTHC, bãi bỏ 03.',
        records: [
          { metric: 'procedure.published', value: 5 },
          { metric: 'procedure.amended', value: 9 },
          { metric: 'procedure.abolished', value: 1 },
          { metric: 'procedure.published', value: 16 },
          { metric: 'procedure.abolished', value: 3 },
        ],
      },
      {
        // The offer among the procedures that qualify, after "trong đó".
        text: 'Hiện có 402 TTHC của huyện đủ điều kiện cung cấp trực tuyến toàn trình, trong đó đã cung cấp 377 thủ tục.',
        records: [{ metric: 'procedure.online', value: 377, dimensions: { level: 'full' } }],
      },
      {
        // The procedures run jointly with other bodies are some of the set, no part of a breakdown of it.
        text: 'Phòng đang giải quyết 145 thủ tục hành chính, trong đó 11 thủ tục được thực hiện theo cơ chế liên thông.',
        records: [{ metric: 'procedure.total', value: 145 }],
      },
      {
        // A clause opening on the list ("danh mục") right before its count states the whole set.
        text: 'Bộ phận Một cửa được bố trí 06 quầy; danh mục 412 thủ tục hành chính được niêm yết bằng bảng điện tử.',
        records: [{ metric: 'procedure.total', value: 412 }],
      },
      {
        // "DV" short for the online services counted.
        text: 'Đến nay, số DVCTT toàn trình của huyện là 312 DV, một phần là 145 DV.',
        records: [
          { metric: 'procedure.online', value: 312, dimensions: { level: 'full' } },
          { metric: 'procedure.online', value: 145, dimensions: { level: 'partial' } },
        ],
      },
      {
        // The whole's clause ends at the breakdown marker: what the part does is not done to the whole.
        text: 'Huyện có 412 TTHC, trong đó 298 TTHC đã tiếp nhận hồ sơ trực tuyến.',
        records: [
          { metric: 'procedure.total', value: 412 },
          { metric: 'procedure.online', value: 298 },
        ],
      },
      {
        // "Trong số N TTHC, có M TTHC đã tiếp nhận hồ sơ trực tuyến": the procedures taking dossiers online are the online offer.
        text: 'Trong số 186 TTHC thuộc thẩm quyền của Sở, có 120 TTHC đã tiếp nhận hồ sơ trực tuyến.',
        records: [
          { metric: 'procedure.total', value: 186 },
          { metric: 'procedure.online', value: 120 },
        ],
      },
      {
        // Parts by level in a bracket after the whole, the noun written out in full on each.
        text: 'Tổng số thủ tục hành chính của Sở là 96 thủ tục hành chính (cấp tỉnh 81 thủ tục hành chính, cấp xã 15 thủ tục hành chính).',
        records: [
          { metric: 'procedure.total', value: 96 },
          { metric: 'procedure.total', value: 81, dimensions: { tier: 'province' } },
          { metric: 'procedure.total', value: 15, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // A second count after "mức độ 3 và" is no level (past 4, or its noun follows), and may shorten its noun to "dịch vụ".
        text: 'Thị xã đang triển khai 38 dịch vụ công trực tuyến mức độ 3 và 7 dịch vụ mức độ 4.',
        records: [
          { metric: 'procedure.online', value: 38, dimensions: { level: '3' } },
          { metric: 'procedure.online', value: 7, dimensions: { level: '4' } },
        ],
      },
      {
        // A sector whose name holds "của" before the bodies it is about reads on past it.
        text: 'Sở đang thực hiện 128 TTHC, trong đó lĩnh vực Thành lập và hoạt động của hợp tác xã 12 TTHC.',
        records: [
          { metric: 'procedure.total', value: 128 },
          { metric: 'procedure.total', value: 12, dimensions: { field: 'Thành lập và hoạt động của hợp tác xã' } },
        ],
      },
      {
        // An act that picks some procedures ("kết nối", "tích hợp") in the clause before is not the next clause's.
        text: 'Đến nay, 21/21 sở, ngành đã kết nối Hệ thống quản lý văn bản; huyện có 386 thủ tục hành chính.',
        records: [{ metric: 'procedure.total', value: 386 }],
      },
      {
        // A count of procedures opening its clause, or after "Hiện có", offered online by the words after its noun.
        text: '32/32 TTHC của Phòng được cung cấp trực tuyến, trong đó 27 TTHC toàn trình. Hiện có 18 TTHC của Trung tâm được cung cấp dịch vụ công trực tuyến.',
        records: [
          { metric: 'procedure.online', value: 32 },
          { metric: 'procedure.online', value: 27, dimensions: { level: 'full' } },
          { metric: 'procedure.online', value: 18 },
        ],
      },
      {
        // The parts of a share offered online, each with its own level after its noun.
        text: 'Phòng có 54 TTHC, 100% TTHC đã được cung cấp dịch vụ công trực tuyến (41 TTHC toàn trình, 13 TTHC một phần).',
        records: [
          { metric: 'procedure.total', value: 54 },
          { metric: 'procedure.online', value: 41, dimensions: { level: 'full' } },
          { metric: 'procedure.online', value: 13, dimensions: { level: 'partial' } },
        ],
      },
      {
        // The form the share is offered in may be named ("dưới hình thức dịch vụ công trực tuyến").
        text: 'Hiện nay, 100% TTHC của Sở (132/132 TTHC) được cung cấp dưới hình thức dịch vụ công trực tuyến.',
        records: [{ metric: 'procedure.online', value: 132 }],
      },
      {
        // A bracket opening on a level at the end of the whole's clause holds its parts by level.
        text: 'Năm 2025, Chủ tịch UBND tỉnh công bố 64 TTHC mới ban hành, sửa đổi, bổ sung thuộc thẩm quyền giải quyết của các cấp (cấp tỉnh 48 TTHC, cấp huyện 10 TTHC, cấp xã 06 TTHC).',
        records: [
          { metric: 'procedure.published', value: 64 },
          { metric: 'procedure.published', value: 48, dimensions: { tier: 'province' } },
          { metric: 'procedure.published', value: 10, dimensions: { tier: 'district' } },
          { metric: 'procedure.published', value: 6, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // 'cấp thị xã' is the district level.
        text: 'Số TTHC thuộc thẩm quyền cấp thị xã là 268 thủ tục; cấp xã là 112 thủ tục.',
        records: [
          { metric: 'procedure.total', value: 268, dimensions: { tier: 'district' } },
          { metric: 'procedure.total', value: 112, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // After ';' the next level labelled as the one before, with its noun and share: the same count at that level.
        text: 'Số TTHC cung cấp DVCTT một phần cấp thành phố là 84 thủ tục, đạt 32,6%; cấp phường là 27 thủ tục, đạt 26,5%.',
        records: [
          { metric: 'procedure.online', value: 84, dimensions: { level: 'partial', tier: 'district' } },
          { metric: 'procedure.online', value: 27, dimensions: { level: 'partial', tier: 'commune' } },
        ],
      },
      {
        // A share's count alone in a bracket, the procedures named before it or after it.
        text: 'Đến nay, 100% TTHC (164/164) đủ điều kiện đã được cung cấp trực tuyến toàn trình; 100% (57/57) TTHC cấp xã được cung cấp dịch vụ công trực tuyến một phần.',
        records: [
          { metric: 'procedure.online', value: 164, dimensions: { level: 'full' } },
          { metric: 'procedure.online', value: 57, dimensions: { level: 'partial', tier: 'commune' } },
        ],
      },
      {
        text: 'Hiện nay, Sở đang cung cấp bộ TTHC gồm 96 TTHC trên Cổng Dịch vụ công trực tuyến của tỉnh.',
        records: [{ metric: 'procedure.total', value: 96 }],
      },
      {
        before: 'Số thủ tục hành chính thuộc thẩm quyền giải quyết của các cấp:',
        text: '- Cấp huyện: 238 thủ tục.',
        records: [{ metric: 'procedure.total', value: 238, dimensions: { tier: 'district' } }],
      },
      {
        // A field closing the list of changes ("trong lĩnh vực …") is the field of each change listed.
        text: 'Trong quý, UBND tỉnh công bố 09 TTHC mới, sửa đổi 14 TTHC và bãi bỏ 02 TTHC thuộc lĩnh vực giao thông vận tải.',
        records: [
          { metric: 'procedure.published', value: 9, dimensions: { field: 'giao thông vận tải' } },
          { metric: 'procedure.amended', value: 14, dimensions: { field: 'giao thông vận tải' } },
          { metric: 'procedure.abolished', value: 2, dimensions: { field: 'giao thông vận tải' } },
        ],
      },
      {
        // … but not a whole broken down before it: the field is its part's.
        text: 'Sở đã công bố 25 TTHC, trong đó 11 TTHC thuộc lĩnh vực khoáng sản.',
        records: [
          { metric: 'procedure.published', value: 25 },
          { metric: 'procedure.published', value: 11, dimensions: { field: 'khoáng sản' } },
        ],
      },
      {
        // A sector's name with a comma, in title case ("Văn hóa, Thể thao và Du lịch"), is one field.
        text: 'Công bố 12 TTHC bị bãi bỏ trong lĩnh vực Văn hóa, Thể thao và Du lịch.',
        records: [{ metric: 'procedure.abolished', value: 12, dimensions: { field: 'Văn hóa, Thể thao và Du lịch' } }],
      },
      {
        // The field of the list published, named before the breakdown's cue, is every listed change's.
        text: 'UBND tỉnh công bố danh mục TTHC lĩnh vực Lâm nghiệp, cụ thể: 03 TTHC mới ban hành, 06 TTHC sửa đổi, bổ sung, 02 TTHC bãi bỏ.',
        records: [
          { metric: 'procedure.published', value: 3, dimensions: { field: 'Lâm nghiệp' } },
          { metric: 'procedure.amended', value: 6, dimensions: { field: 'Lâm nghiệp' } },
          { metric: 'procedure.abolished', value: 2, dimensions: { field: 'Lâm nghiệp' } },
        ],
      },
      {
        // Not when the words after "lĩnh vực" name the body's scope or many fields.
        text: 'Sở rà soát danh mục TTHC thuộc các lĩnh vực quản lý, gồm: 05 TTHC mới ban hành, 02 TTHC bãi bỏ.',
        records: [
          { metric: 'procedure.published', value: 5 },
          { metric: 'procedure.abolished', value: 2 },
        ],
      },
      {
        // Two levels joined by a slash in the label, then a fraction: each level its figure; procedures said to exist and be
        // posted are the set.
        text: 'Số DVCTT mức độ 3/4: 46/118 dịch vụ. Hiện nay, huyện có 312 TTHC được niêm yết công khai tại Bộ phận Một cửa.',
        records: [
          { metric: 'procedure.online', value: 46, dimensions: { level: '3' } },
          { metric: 'procedure.online', value: 118, dimensions: { level: '4' } },
          { metric: 'procedure.total', value: 312 },
        ],
      },
      {
        // Items labelled by the authority over them ("thuộc thẩm quyền giải quyết") and their tier; procedures taken down from
        // posting are abolished, no set.
        text: 'Bộ TTHC của huyện gồm 340 thủ tục, cụ thể:\n- TTHC thuộc thẩm quyền giải quyết cấp huyện: 236 thủ tục;\n- TTHC thuộc thẩm quyền giải quyết cấp xã: 104 thủ tục.',
        records: [
          { metric: 'procedure.total', value: 340 },
          { metric: 'procedure.total', value: 236, dimensions: { tier: 'district' } },
          { metric: 'procedure.total', value: 104, dimensions: { tier: 'commune' } },
        ],
      },
      {
        text: 'Trong quý, huyện đã gỡ bỏ niêm yết 06 TTHC.',
        records: [{ metric: 'procedure.abolished', value: 6 }],
      },
      {
        // Dossiers taken online for the procedures counted after "đối với": the online offer.
        text: 'Năm 2024, huyện đã thực hiện tiếp nhận hồ sơ trực tuyến đối với 212 TTHC.',
        records: [{ metric: 'procedure.online', value: 212 }],
      },
      {
        // The body that made the change between the passive and its verb.
        text: 'Đến nay, 06 TTHC đã được Chính phủ bãi bỏ theo đề xuất của tỉnh; 09 TTHC được các Bộ, ngành sửa đổi, bổ sung.',
        records: [
          { metric: 'procedure.abolished', value: 6 },
          { metric: 'procedure.amended', value: 9 },
        ],
      },
      {
        // Two levels joined in one phrase, then their counts respectively.
        text: 'Số dịch vụ công trực tuyến mức độ 3, mức độ 4 của Sở tương ứng là 18 và 40 dịch vụ.',
        records: [
          { metric: 'procedure.online', value: 18, dimensions: { level: '3' } },
          { metric: 'procedure.online', value: 40, dimensions: { level: '4' } },
        ],
      },
      {
        // Two capitalised sector names parted by a comma, the last one closing the clause: a list, no one field.
        text: 'Năm 2024, tỉnh công bố 07 TTHC được sửa đổi, bổ sung trong lĩnh vực Hóa chất, Vật liệu nổ công nghiệp.',
        records: [{ metric: 'procedure.amended', value: 7 }],
      },
      {
        // "đang quản lý N TTHC": the procedures under the body's authority.
        text: 'Đến cuối năm, Ban Quản lý các khu công nghiệp đang quản lý 74 TTHC thuộc 6 lĩnh vực.',
        records: [{ metric: 'procedure.total', value: 74 }],
      },
      {
        text: 'Trong quý, Sở đã trình UBND tỉnh đề nghị bãi bỏ 03 TTHC thuộc lĩnh vực Đo lường (theo Quyết định của Bộ).',
        records: [{ metric: 'procedure.abolished', value: 3, dimensions: { field: 'Đo lường', status: 'proposed' } }],
      },
      {
        text: 'Chủ tịch UBND tỉnh công bố 12 TTHC mới ban hành, 07 TTHC sửa đổi, bổ sung lĩnh vực Hộ tịch và 02 TTHC bị bãi bỏ.',
        records: [
          { metric: 'procedure.published', value: 12 },
          { metric: 'procedure.amended', value: 7, dimensions: { field: 'Hộ tịch' } },
          { metric: 'procedure.abolished', value: 2 },
        ],
      },
      {
        text: 'Toàn tỉnh có 640 TTHC thực hiện dịch vụ công trực tuyến mức độ 4, gồm cấp tỉnh 520 TTHC, cấp huyện 90 TTHC và cấp xã 30 TTHC.',
        records: [
          { metric: 'procedure.online', value: 640, dimensions: { level: '4' } },
          { metric: 'procedure.online', value: 520, dimensions: { level: '4', tier: 'province' } },
          { metric: 'procedure.online', value: 90, dimensions: { level: '4', tier: 'district' } },
          { metric: 'procedure.online', value: 30, dimensions: { level: '4', tier: 'commune' } },
        ],
      },
      {
        text: 'Mức độ 3 là 15 thủ tục, mức độ 4 là 40 thủ tục; tỉnh đã cung cấp 1.020 dịch vụ công trực tuyến toàn trình và 480 dịch vụ công trực tuyến một phần.',
        records: [
          { metric: 'procedure.online', value: 15, dimensions: { level: '3' } },
          { metric: 'procedure.online', value: 40, dimensions: { level: '4' } },
          { metric: 'procedure.online', value: 1020, dimensions: { level: 'full' } },
          { metric: 'procedure.online', value: 480, dimensions: { level: 'partial' } },
        ],
      },
      {
        text: 'Năm 2023, tỉnh đã công bố 1.120 TTHC, trong đó cấp tỉnh 900, cấp huyện 150 và cấp xã 70.',
        records: [
          { metric: 'procedure.published', value: 1120 },
          { metric: 'procedure.published', value: 900, dimensions: { tier: 'province' } },
          { metric: 'procedure.published', value: 150, dimensions: { tier: 'district' } },
          { metric: 'procedure.published', value: 70, dimensions: { tier: 'commune' } },
        ],
      },
      {
        text: 'Số thủ tục hành chính thực hiện tại Trung tâm Phục vụ hành chính công là 1.210 TTHC và 64 TTHC của các cơ quan ngành dọc.',
        records: [
          { metric: 'procedure.total', value: 1210 },
          { metric: 'procedure.total', value: 64 },
        ],
      },
      {
        text: 'Bổ sung 06 thủ tục hành chính vào Bộ thủ tục hành chính thuộc thẩm quyền giải quyết của Sở.',
        records: [{ metric: 'procedure.published', value: 6 }],
      },
      {
        text: 'Hiện nay, Bộ phận Một cửa của huyện đang tiếp nhận 312 TTHC thuộc 24 lĩnh vực.',
        records: [{ metric: 'procedure.total', value: 312 }],
      },
      {
        text: 'Trong năm, Sở Y tế thực hiện 136 thủ tục hành chính, trong đó 52 TTHC được cung cấp trực tuyến toàn trình.',
        records: [
          { metric: 'procedure.total', value: 136 },
          { metric: 'procedure.online', value: 52, dimensions: { level: 'full' } },
        ],
      },
      {
        text: 'UBND tỉnh ban hành 6 quyết định công bố 52 TTHC (mới ban hành: 12; sửa đổi, bổ sung: 31; bãi bỏ: 9).',
        records: [
          { metric: 'procedure.published', value: 52 },
          { metric: 'procedure.published', value: 12 },
          { metric: 'procedure.amended', value: 31 },
          { metric: 'procedure.abolished', value: 9 },
        ],
      },
      {
        text: 'Năm 2023, Chủ tịch UBND tỉnh ký 9 quyết định công bố danh mục TTHC của các sở, ngành với tổng số 143 TTHC; Sở kiến nghị bãi bỏ 03 TTHC lĩnh vực Thủy lợi không còn phù hợp.',
        records: [
          { metric: 'procedure.published', value: 143 },
          { metric: 'procedure.abolished', value: 3, dimensions: { field: 'Thủy lợi', status: 'proposed' } },
        ],
      },
      {
        text: 'Huyện cung cấp 140 dịch vụ công trực tuyến, trong đó mức độ 3 là 88 dịch vụ, mức độ 4 là 52 dịch vụ.',
        records: [
          { metric: 'procedure.online', value: 140 },
          { metric: 'procedure.online', value: 88, dimensions: { level: '3' } },
          { metric: 'procedure.online', value: 52, dimensions: { level: '4' } },
        ],
      },
      {
        text: 'Bộ phận Một cửa huyện đang thực hiện 240 TTHC thuộc thẩm quyền giải quyết của cấp huyện và 98 TTHC thuộc thẩm quyền của cấp xã.',
        records: [
          { metric: 'procedure.total', value: 240, dimensions: { tier: 'district' } },
          { metric: 'procedure.total', value: 98, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // The next level's rate after ";", its rate words dropped, its count in the bracket.
        text: 'Tỷ lệ thủ tục cung cấp DVCTT toàn trình của huyện đạt 44,1% (97/220 thủ tục); một phần đạt 40% (88 thủ tục).',
        records: [
          { metric: 'procedure.online', value: 97, dimensions: { level: 'full' } },
          { metric: 'procedure.online', value: 88, dimensions: { level: 'partial' } },
        ],
      },
      {
        // A simplification proposed is an amendment proposed (one done is no record, see below).
        text: 'Trong quý, phường đã đề xuất phương án đơn giản hóa 06 thủ tục hành chính về chứng thực.',
        records: [{ metric: 'procedure.amended', value: 6, dimensions: { status: 'proposed' } }],
      },
      {
        // A simplification coordinated after another proposal is proposed with it; one done beside a done abolition is none.
        text: 'Năm 2022, Sở đề nghị cấp có thẩm quyền bãi bỏ 04 TTHC và đơn giản hóa 07 TTHC; đã bãi bỏ 01 TTHC và đơn giản hóa 02 TTHC.',
        records: [
          { metric: 'procedure.abolished', value: 4, dimensions: { status: 'proposed' } },
          { metric: 'procedure.amended', value: 7, dimensions: { status: 'proposed' } },
          { metric: 'procedure.abolished', value: 1 },
        ],
      },
      {
        text: 'Qua rà soát, huyện kiến nghị cấp có thẩm quyền sửa đổi, bổ sung 03 TTHC lĩnh vực xây dựng.',
        records: [{ metric: 'procedure.amended', value: 3, dimensions: { field: 'xây dựng', status: 'proposed' } }],
      },
      {
        text: 'Tổng số TTHC thuộc thẩm quyền giải quyết của các cấp trên địa bàn tỉnh là 1.812 TTHC (cấp tỉnh: 1.420 TTHC; cấp huyện: 262 TTHC; cấp xã: 130 TTHC).',
        records: [
          { metric: 'procedure.total', value: 1812 },
          { metric: 'procedure.total', value: 1420, dimensions: { tier: 'province' } },
          { metric: 'procedure.total', value: 262, dimensions: { tier: 'district' } },
          { metric: 'procedure.total', value: 130, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // The whole a part is taken from takes no level of the part; a part may shorten its noun to "dịch vụ".
        text: 'Trong số 148 thủ tục thuộc thẩm quyền của Sở, có 97 thủ tục được cung cấp trực tuyến toàn trình. Huyện cung cấp 305 dịch vụ công trực tuyến, trong đó 122 dịch vụ một phần.',
        records: [
          { metric: 'procedure.total', value: 148 },
          { metric: 'procedure.online', value: 97, dimensions: { level: 'full' } },
          { metric: 'procedure.online', value: 305 },
          { metric: 'procedure.online', value: 122, dimensions: { level: 'partial' } },
        ],
      },
      {
        // A bracket opening right after the whole holds its parts by tier, without the noun.
        text: 'Toàn huyện có 318 thủ tục hành chính (cấp huyện 214, cấp xã 104).',
        records: [
          { metric: 'procedure.total', value: 318 },
          { metric: 'procedure.total', value: 214, dimensions: { tier: 'district' } },
          { metric: 'procedure.total', value: 104, dimensions: { tier: 'commune' } },
        ],
      },
      {
        before: 'Số TTHC đang thực hiện trên địa bàn huyện là 402 thủ tục, cụ thể như sau:',
        text: '- Cấp huyện: 265 thủ tục;',
        records: [{ metric: 'procedure.total', value: 265, dimensions: { tier: 'district' } }],
      },
      {
        before: 'Kết quả công bố TTHC trong năm:',
        text: '+ TTHC mới: 19 thủ tục;',
        records: [{ metric: 'procedure.published', value: 19 }],
      },
      {
        // The decisions counted, no count of the procedures: each level's item is what was published there.
        before: 'Trong quý, Chủ tịch UBND tỉnh đã ban hành 06 Quyết định công bố danh mục TTHC, gồm:',
        text: '- TTHC cấp huyện: 09 thủ tục;',
        records: [{ metric: 'procedure.published', value: 9, dimensions: { tier: 'district' } }],
      },
      {
        before: 'Năm 2024, Chủ tịch UBND tỉnh ban hành 18 Quyết định công bố 240 TTHC, gồm:',
        text: '- TTHC mới ban hành: 65 thủ tục;',
        records: [{ metric: 'procedure.published', value: 65 }],
      },
      {
        // Information online is no online service.
        text: 'Sở có 96 TTHC, trong đó: toàn trình 40 TTHC, một phần 38 TTHC, còn lại 18 TTHC cung cấp thông tin trực tuyến.',
        records: [
          { metric: 'procedure.total', value: 96 },
          { metric: 'procedure.online', value: 40, dimensions: { level: 'full' } },
          { metric: 'procedure.online', value: 38, dimensions: { level: 'partial' } },
        ],
      },
      {
        text: 'Năm 2023, toàn tỉnh có 1.420 TTHC được cung cấp dịch vụ công trực tuyến. Trong đó, cấp tỉnh 1.102 TTHC, cấp huyện 318 TTHC.',
        records: [
          { metric: 'procedure.online', value: 1420 },
          { metric: 'procedure.online', value: 1102, dimensions: { tier: 'province' } },
          { metric: 'procedure.online', value: 318, dimensions: { tier: 'district' } },
        ],
      },
      {
        text: 'Sở Xây dựng đang giải quyết 96 TTHC, trong đó có 60 TTHC cung cấp trực tuyến toàn trình.',
        records: [
          { metric: 'procedure.total', value: 96 },
          { metric: 'procedure.online', value: 60, dimensions: { level: 'full' } },
        ],
      },
      {
        text: 'Tổng số TTHC thực hiện tại Bộ phận Một cửa các xã, thị trấn là 104 thủ tục.',
        records: [{ metric: 'procedure.total', value: 104, dimensions: { tier: 'commune' } }],
      },
      {
        text: 'Đến nay, 100% TTHC cấp xã (112 TTHC) được cung cấp trực tuyến toàn trình.',
        records: [{ metric: 'procedure.online', value: 112, dimensions: { level: 'full', tier: 'commune' } }],
      },
      {
        text: 'Sở đang thực hiện 120 TTHC, trong đó 114 TTHC tiếp nhận tại Trung tâm Phục vụ hành chính công.',
        records: [{ metric: 'procedure.total', value: 120 }],
      },
      {
        text: 'Đến nay, 95% TTHC được cung cấp trực tuyến toàn trình (1.520/1.600 TTHC).',
        records: [{ metric: 'procedure.online', value: 1520, dimensions: { level: 'full' } }],
      },
      {
        text: 'Bộ TTHC của Sở gồm 64 TTHC, trong đó: lĩnh vực văn hóa cơ sở 18 TTHC; lĩnh vực thể dục, thể thao 21 TTHC.',
        records: [
          { metric: 'procedure.total', value: 64 },
          { metric: 'procedure.total', value: 18, dimensions: { field: 'văn hóa cơ sở' } },
          { metric: 'procedure.total', value: 21, dimensions: { field: 'thể dục, thể thao' } },
        ],
      },
      {
        text: 'Số DVCTT mức độ 4 (toàn trình): 940 dịch vụ; mức độ 3 (một phần): 310 dịch vụ.',
        records: [
          { metric: 'procedure.online', value: 940, dimensions: { level: '4' } },
          { metric: 'procedure.online', value: 310, dimensions: { level: '3' } },
        ],
      },
      {
        text: 'Số TTHC lĩnh vực đất đai được cung cấp trực tuyến toàn trình: 21 thủ tục.',
        records: [{ metric: 'procedure.online', value: 21, dimensions: { field: 'đất đai', level: 'full' } }],
      },
      {
        text: 'Đã công bố 04 TTHC lĩnh vực lao động, tiền lương và 02 TTHC lĩnh vực hộ tịch thực hiện tại cấp xã.',
        records: [
          { metric: 'procedure.published', value: 4, dimensions: { field: 'lao động, tiền lương' } },
          { metric: 'procedure.published', value: 2, dimensions: { field: 'hộ tịch', tier: 'commune' } },
        ],
      },
      {
        // A level labelling a later figure in a bracket ("(toàn trình 35, …)") is not the level of the whole before it.
        text: 'Phường đang thực hiện 104 TTHC, trong đó 86 TTHC được cung cấp dịch vụ công trực tuyến (toàn trình 35, một phần 51).',
        records: [
          { metric: 'procedure.total', value: 104 },
          { metric: 'procedure.online', value: 86 },
          { metric: 'procedure.online', value: 35, dimensions: { level: 'full' } },
          { metric: 'procedure.online', value: 51, dimensions: { level: 'partial' } },
        ],
      },
      {
        text: 'Huyện cung cấp 176 dịch vụ công trực tuyến, trong đó toàn trình là 98 dịch vụ, một phần là 78 dịch vụ.',
        records: [
          { metric: 'procedure.online', value: 176 },
          { metric: 'procedure.online', value: 98, dimensions: { level: 'full' } },
          { metric: 'procedure.online', value: 78, dimensions: { level: 'partial' } },
        ],
      },
      {
        text: 'Trong năm, Chủ tịch UBND tỉnh ký ban hành 25 Quyết định công bố, với tổng số 260 TTHC được công bố (mới ban hành 70, sửa đổi bổ sung 150, bãi bỏ 40).',
        records: [
          { metric: 'procedure.published', value: 260 },
          { metric: 'procedure.published', value: 70 },
          { metric: 'procedure.amended', value: 150 },
          { metric: 'procedure.abolished', value: 40 },
        ],
      },
      {
        text: 'Năm 2024, Chủ tịch UBND tỉnh đã công bố, công khai 88 TTHC (ban hành mới 20, sửa đổi bổ sung 51, bãi bỏ 17).',
        records: [
          { metric: 'procedure.published', value: 88 },
          { metric: 'procedure.published', value: 20 },
          { metric: 'procedure.amended', value: 51 },
          { metric: 'procedure.abolished', value: 17 },
        ],
      },
      {
        text: 'Số TTHC thực hiện tại Bộ phận Một cửa huyện là 241 thủ tục; tại Bộ phận Một cửa cấp xã là 117 thủ tục.',
        records: [
          { metric: 'procedure.total', value: 241 },
          { metric: 'procedure.total', value: 117, dimensions: { tier: 'commune' } },
        ],
      },
      {
        text: 'Trong năm, Chủ tịch UBND tỉnh công bố mới 11 TTHC lĩnh vực Đầu tư tại Việt Nam.',
        records: [{ metric: 'procedure.published', value: 11, dimensions: { field: 'Đầu tư tại Việt Nam' } }],
      },
      {
        // "danh mục" is a list, not a section reference.
        text: 'Tỉnh đã công bố danh mục 1.180 dịch vụ công trực tuyến, trong đó 502 dịch vụ toàn trình; công bố danh mục 26 TTHC nội bộ.',
        records: [
          { metric: 'procedure.online', value: 1180 },
          { metric: 'procedure.online', value: 502, dimensions: { level: 'full' } },
          { metric: 'procedure.published', value: 26 },
        ],
      },
      {
        text: 'Toàn tỉnh có 1.702 thủ tục hành chính; trong đó, cấp tỉnh 1.380, cấp huyện 214, cấp xã 108.',
        records: [
          { metric: 'procedure.total', value: 1702 },
          { metric: 'procedure.total', value: 1380, dimensions: { tier: 'province' } },
          { metric: 'procedure.total', value: 214, dimensions: { tier: 'district' } },
          { metric: 'procedure.total', value: 108, dimensions: { tier: 'commune' } },
        ],
      },
      {
        text: 'Số thủ tục hành chính cấp huyện: 231; cấp xã: 104.',
        records: [
          { metric: 'procedure.total', value: 231, dimensions: { tier: 'district' } },
          { metric: 'procedure.total', value: 104, dimensions: { tier: 'commune' } },
        ],
      },
      {
        text: 'Hiện nay, Sở đang thực hiện tiếp nhận, giải quyết 57 TTHC.',
        records: [{ metric: 'procedure.total', value: 57 }],
      },
      {
        // A field opening the sentence as its scope holds for each figure after it.
        text: 'Đối với lĩnh vực Đường thủy nội địa, Chủ tịch UBND tỉnh đã công bố 05 TTHC sửa đổi, bổ sung và 02 TTHC bị bãi bỏ.',
        records: [
          { metric: 'procedure.amended', value: 5, dimensions: { field: 'Đường thủy nội địa' } },
          { metric: 'procedure.abolished', value: 2, dimensions: { field: 'Đường thủy nội địa' } },
        ],
      },
      {
        // The list approved of procedures taking dossiers online is the online offer; a part handled jointly with another body is a subset.
        text: 'UBND tỉnh phê duyệt danh mục 640 TTHC thực hiện tiếp nhận hồ sơ trực tuyến. Sở thực hiện 58 TTHC, trong đó 20 TTHC thực hiện liên thông với cơ quan thuế.',
        records: [
          { metric: 'procedure.online', value: 640 },
          { metric: 'procedure.total', value: 58 },
        ],
      },
      {
        text: 'Năm 2024, Cổng Dịch vụ công của tỉnh cung cấp 1.650 dịch vụ công, trong đó 910 dịch vụ công trực tuyến toàn trình.',
        records: [
          { metric: 'procedure.online', value: 1650 },
          { metric: 'procedure.online', value: 910, dimensions: { level: 'full' } },
        ],
      },
      {
        before: 'Danh mục TTHC thuộc thẩm quyền giải quyết của Sở gồm 48 TTHC, cụ thể:',
        text: '+ Lĩnh vực giám định tư pháp: 12 TTHC;',
        records: [{ metric: 'procedure.total', value: 12, dimensions: { field: 'giám định tư pháp' } }],
      },
      {
        // A portal's name is no online service: procedures disclosed there are the set.
        text: 'Tổng số TTHC đã công khai trên Cổng Dịch vụ công quốc gia là 1.310 thủ tục.',
        records: [{ metric: 'procedure.total', value: 1310 }],
      },
      {
        // The noun and its verb label a bare figure; a cue word inside an agency's name ("Sở Xây dựng") is none.
        text: 'Số TTHC được công bố trong năm: 52 TTHC, trong đó: TTHC mới 14, TTHC sửa đổi, bổ sung 30, TTHC bị bãi bỏ 08. Tỷ lệ TTHC mức độ 4 của Sở Xây dựng là 41/60 TTHC.',
        records: [
          { metric: 'procedure.published', value: 52 },
          { metric: 'procedure.published', value: 14 },
          { metric: 'procedure.amended', value: 30 },
          { metric: 'procedure.abolished', value: 8 },
          { metric: 'procedure.online', value: 41, dimensions: { level: '4' } },
        ],
      },
      {
        // The level named in the subject before its verb; a kind of procedure ("nội bộ") before the field; the rest of an
        // online breakdown that is not said to be online.
        text: 'Số DVC trực tuyến một phần của Sở được cung cấp: 57 DVC. Tỉnh công bố 06 TTHC nội bộ trong lĩnh vực Tài chính. Sở có 90 TTHC, trong đó toàn trình 30 TTHC, một phần 41 TTHC, còn lại 19 TTHC chỉ cung cấp thông tin.',
        records: [
          { metric: 'procedure.online', value: 57, dimensions: { level: 'partial' } },
          { metric: 'procedure.published', value: 6, dimensions: { field: 'Tài chính' } },
          { metric: 'procedure.total', value: 90 },
          { metric: 'procedure.online', value: 30, dimensions: { level: 'full' } },
          { metric: 'procedure.online', value: 41, dimensions: { level: 'partial' } },
        ],
      },
      {
        // Tier labels in a comma series after a colon; a neighbour keeping its own tier after its noun.
        text: 'Số DVCTT một phần theo cấp: cấp tỉnh 512, cấp huyện 98, cấp xã 40. Tỉnh công bố danh mục 980 TTHC cấp tỉnh, 210 TTHC cấp huyện và 96 TTHC cấp xã.',
        records: [
          { metric: 'procedure.online', value: 512, dimensions: { level: 'partial', tier: 'province' } },
          { metric: 'procedure.online', value: 98, dimensions: { level: 'partial', tier: 'district' } },
          { metric: 'procedure.online', value: 40, dimensions: { level: 'partial', tier: 'commune' } },
          { metric: 'procedure.published', value: 980, dimensions: { tier: 'province' } },
          { metric: 'procedure.published', value: 210, dimensions: { tier: 'district' } },
          { metric: 'procedure.published', value: 96, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // A level inside a bracket holding a figure of its own is that figure's; procedures handled on the spot are a subset.
        text: 'Trung tâm đang thực hiện 48 TTHC (100% TTHC trực tuyến toàn trình). Số TTHC thực hiện "4 tại chỗ" tại Trung tâm: 120 TTHC.',
        records: [{ metric: 'procedure.total', value: 48 }],
      },
      {
        // A clause opening on "Các TTHC …:" labels its figure; both mechanisms together are the whole set.
        text: 'Các TTHC cấp huyện thực hiện trực tuyến: 210/265 TTHC. Tổng số TTHC giải quyết theo cơ chế một cửa, một cửa liên thông tại cấp xã: 110 TTHC.',
        records: [
          { metric: 'procedure.online', value: 210, dimensions: { tier: 'district' } },
          { metric: 'procedure.total', value: 110, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // A clause opening on the online services labels its count; re-engineered workflows are a subset.
        text: 'Năm 2020, DVC mức độ 3, 4 của huyện là 214 dịch vụ. Số TTHC đã được tái cấu trúc quy trình: 180 TTHC.',
        records: [{ metric: 'procedure.online', value: 214, dimensions: { level: '3-4' } }],
      },
      {
        // A bracket of tiers after the whole and its level; "cấp quận, huyện" is one level.
        text: 'Tỉnh có 980 DVCTT toàn trình (cấp tỉnh: 760, cấp huyện: 150, cấp xã: 70). Thành phố có 1.931 TTHC, trong đó 318 TTHC cấp quận, huyện.',
        records: [
          { metric: 'procedure.online', value: 980, dimensions: { level: 'full' } },
          { metric: 'procedure.online', value: 760, dimensions: { level: 'full', tier: 'province' } },
          { metric: 'procedure.online', value: 150, dimensions: { level: 'full', tier: 'district' } },
          { metric: 'procedure.online', value: 70, dimensions: { level: 'full', tier: 'commune' } },
          { metric: 'procedure.total', value: 1931 },
          { metric: 'procedure.total', value: 318, dimensions: { tier: 'district' } },
        ],
      },
      {
        // Items named by body under a lead-in on the procedures carried out somewhere.
        before: 'Số TTHC thực hiện tại Bộ phận Một cửa các cơ quan:',
        text: '- Sở Xây dựng: 61 TTHC;',
        records: [{ metric: 'procedure.total', value: 61 }],
      },
      {
        // Past a closed bracket of parts, the breakdown goes on from the figure before the bracket.
        text: 'Huyện đang thực hiện 290 TTHC, trong đó: cấp huyện 190 TTHC (toàn trình 70, một phần 120); cấp xã 100 TTHC (toàn trình 30, một phần 70).',
        records: [
          { metric: 'procedure.total', value: 290 },
          { metric: 'procedure.total', value: 190, dimensions: { tier: 'district' } },
          { metric: 'procedure.online', value: 70, dimensions: { level: 'full', tier: 'district' } },
          { metric: 'procedure.online', value: 120, dimensions: { level: 'partial', tier: 'district' } },
          { metric: 'procedure.total', value: 100, dimensions: { tier: 'commune' } },
          { metric: 'procedure.online', value: 30, dimensions: { level: 'full', tier: 'commune' } },
          { metric: 'procedure.online', value: 70, dimensions: { level: 'partial', tier: 'commune' } },
        ],
      },
      {
        // The set a centre takes in (the provincial departments' own, the province tier), but not a subset it takes in
        // jointly; procedures provided online.
        text: 'Trung tâm tiếp nhận 1.420 TTHC của 17 sở, ngành; Sở tiếp nhận 36 TTHC liên thông. Huyện đã cung cấp 245/260 TTHC trực tuyến.',
        records: [
          { metric: 'procedure.total', value: 1420, dimensions: { tier: 'province' } },
          { metric: 'procedure.online', value: 245 },
        ],
      },
      {
        // A level in the figure before's own phrase is that figure's (information online has none); a subset coordinated with
        // the set is none of it.
        text: 'Tỉnh có 1.700 TTHC, trong đó 1.010 TTHC cung cấp DVCTT toàn trình, 540 TTHC cung cấp DVCTT một phần, 150 TTHC cung cấp thông tin trực tuyến. Phường thực hiện 96 TTHC, gồm 90 TTHC thuộc thẩm quyền của UBND phường và 06 TTHC liên thông với cấp quận.',
        records: [
          { metric: 'procedure.total', value: 1700 },
          { metric: 'procedure.online', value: 1010, dimensions: { level: 'full' } },
          { metric: 'procedure.online', value: 540, dimensions: { level: 'partial' } },
          { metric: 'procedure.total', value: 96 },
          { metric: 'procedure.total', value: 90 },
        ],
      },
      {
        // Added to the set is new, not amended.
        text: 'Trong quý, có 03 TTHC được bổ sung mới vào Bộ TTHC của Sở.',
        records: [{ metric: 'procedure.published', value: 3 }],
      },
      {
        // A part at level 2, or offered only at the counter, is neither online nor the whole.
        text: 'Huyện đang thực hiện 212 TTHC, trong đó 130 TTHC mức độ 4, 40 TTHC mức độ 3, 42 TTHC mức độ 2.',
        records: [
          { metric: 'procedure.total', value: 212 },
          { metric: 'procedure.online', value: 130, dimensions: { level: '4' } },
          { metric: 'procedure.online', value: 40, dimensions: { level: '3' } },
        ],
      },
      {
        text: 'Sở có 153 TTHC; trong đó toàn trình 52, một phần 70, còn lại 31 TTHC giải quyết trực tiếp tại Trung tâm.',
        records: [
          { metric: 'procedure.total', value: 153 },
          { metric: 'procedure.online', value: 52, dimensions: { level: 'full' } },
          { metric: 'procedure.online', value: 70, dimensions: { level: 'partial' } },
        ],
      },
      {
        // After the whole's phrase closes (", trong đó", ","), a field opens each part's own stretch.
        text: 'Năm 2023, tỉnh công bố 44 TTHC thuộc thẩm quyền của Sở Tư pháp, trong đó lĩnh vực hộ tịch 20 TTHC, lĩnh vực công chứng 24 TTHC.',
        records: [
          { metric: 'procedure.published', value: 44 },
          { metric: 'procedure.published', value: 20, dimensions: { field: 'hộ tịch' } },
          { metric: 'procedure.published', value: 24, dimensions: { field: 'công chứng' } },
        ],
      },
      {
        text: 'Sở đề nghị UBND tỉnh bãi bỏ 04 TTHC trong lĩnh vực Khoáng sản.',
        records: [{ metric: 'procedure.abolished', value: 4, dimensions: { field: 'Khoáng sản', status: 'proposed' } }],
      },
      {
        text: 'Số thủ tục hành chính của 19 sở, ban, ngành tiếp nhận tại Trung tâm Phục vụ hành chính công là 1.512 TTHC.',
        records: [{ metric: 'procedure.total', value: 1512, dimensions: { tier: 'province' } }],
      },
      {
        // Decisions counted as signed: the submission ("trình") is done, the procedures published.
        text: 'Văn phòng đã trình Chủ tịch UBND tỉnh ký 14 Quyết định công bố với tổng số 205 TTHC.',
        records: [{ metric: 'procedure.published', value: 205 }],
      },
      {
        text: 'Số thủ tục hành chính đang thực hiện: cấp tỉnh 96 thủ tục, cấp huyện 41 thủ tục.',
        records: [
          { metric: 'procedure.total', value: 96, dimensions: { tier: 'province' } },
          { metric: 'procedure.total', value: 41, dimensions: { tier: 'district' } },
        ],
      },
      {
        // A lettered item under a lead-in stating the whole: the tier's share of it.
        before: 'Tổng số TTHC thuộc thẩm quyền giải quyết trên địa bàn huyện: 412 thủ tục, trong đó:',
        text: 'b) Cấp xã: 118 TTHC;',
        records: [{ metric: 'procedure.total', value: 118, dimensions: { tier: 'commune' } }],
      },
      {
        // An item labelled by a level alone takes the lead-in's online offer; "dịch vụ" is short for it.
        before: 'Hiện nay, Sở cung cấp 54 dịch vụ công trực tuyến, trong đó:',
        text: 'a) Một phần: 20 dịch vụ;',
        records: [{ metric: 'procedure.online', value: 20, dimensions: { level: 'partial' } }],
      },
      {
        // An item labelled "Lĩnh vực X, Y:" names one field, commas and all; its words are no verb cue.
        before: 'Bộ TTHC thuộc thẩm quyền giải quyết của Sở gồm 73 TTHC, thuộc các lĩnh vực:',
        text: '2. Lĩnh vực Đường bộ, đường thủy nội địa: 19 TTHC;',
        records: [{ metric: 'procedure.total', value: 19, dimensions: { field: 'Đường bộ, đường thủy nội địa' } }],
      },
      {
        // A level item nested under one tier's item is in that tier.
        before: 'Số TTHC cấp tỉnh là 1.320 thủ tục, trong đó:',
        text: '+ Mức độ toàn trình: 415 thủ tục;',
        records: [{ metric: 'procedure.online', value: 415, dimensions: { level: 'full', tier: 'province' } }],
      },
      {
        // A lead-in with no figure whose label says what its items count.
        before: 'Số TTHC được công bố mới trong kỳ gồm:',
        text: '- Lĩnh vực Giáo dục nghề nghiệp: 04 TTHC;',
        records: [{ metric: 'procedure.published', value: 4, dimensions: { field: 'Giáo dục nghề nghiệp' } }],
      },
      {
        // A group of two tiers has no tier (CONTRACT §3).
        text: 'Tổng số TTHC thuộc thẩm quyền giải quyết của cấp huyện, cấp xã là 412 thủ tục.',
        records: [{ metric: 'procedure.total', value: 412 }],
      },
      {
        // A heading whose inline content ends with ":" leads in the items after it.
        heading: 'a) Về kiểm soát TTHC: Tổng số TTHC thuộc thẩm quyền giải quyết của cấp huyện, cấp xã là 412 thủ tục, trong đó:',
        text: '1. Cấp huyện: 279 thủ tục, gồm 168 thủ tục toàn trình và 111 thủ tục một phần;',
        records: [
          { metric: 'procedure.total', value: 279, dimensions: { tier: 'district' } },
          { metric: 'procedure.online', value: 168, dimensions: { level: 'full', tier: 'district' } },
          { metric: 'procedure.online', value: 111, dimensions: { level: 'partial', tier: 'district' } },
        ],
      },
      {
        // Procedures posted for the public under an authority are the set.
        text: 'Bộ phận Một cửa của thị xã đã niêm yết 203 TTHC thuộc thẩm quyền giải quyết của cấp huyện.',
        records: [{ metric: 'procedure.total', value: 203, dimensions: { tier: 'district' } }],
      },
      {
        // A mixed group of owners has no tier.
        text: 'Trung tâm công khai 1.502 TTHC của 18 sở, ngành và 04 cơ quan ngành dọc.',
        records: [{ metric: 'procedure.total', value: 1502 }],
      },
      {
        // The count in the bracket after a rate of the online offer is that offer, at the rate's level.
        text: 'Tỷ lệ thủ tục cung cấp DVCTT toàn trình của Sở đạt 64% (57/89 thủ tục).',
        records: [{ metric: 'procedure.online', value: 57, dimensions: { level: 'full' } }],
      },
      {
        // Parts in the bracket after the whole, or after its breakdown cue, are in the whole's field.
        text: 'Năm 2025, UBND tỉnh công bố 31 TTHC lĩnh vực Lâm nghiệp (09 TTHC mới, 18 TTHC sửa đổi, bổ sung, 04 TTHC bãi bỏ). Sở có 52 TTHC lĩnh vực Việc làm, trong đó 30 TTHC cung cấp trực tuyến toàn trình.',
        records: [
          { metric: 'procedure.published', value: 31, dimensions: { field: 'Lâm nghiệp' } },
          { metric: 'procedure.published', value: 9, dimensions: { field: 'Lâm nghiệp' } },
          { metric: 'procedure.amended', value: 18, dimensions: { field: 'Lâm nghiệp' } },
          { metric: 'procedure.abolished', value: 4, dimensions: { field: 'Lâm nghiệp' } },
          { metric: 'procedure.total', value: 52, dimensions: { field: 'Việc làm' } },
          { metric: 'procedure.online', value: 30, dimensions: { field: 'Việc làm', level: 'full' } },
        ],
      },
      {
        // A figureless lead-in counting online services: its level items are the online offer at each level.
        before: 'Số DVCTT của tỉnh đang cung cấp trên Cổng Dịch vụ công quốc gia:',
        text: '- Một phần: 305 dịch vụ;',
        records: [{ metric: 'procedure.online', value: 305, dimensions: { level: 'partial' } }],
      },
      {
        // A share's bracket closed before the level: the level is the count's.
        text: 'Đến nay, 642/910 TTHC (chiếm 70,5%) đã được cung cấp trực tuyến toàn trình.',
        records: [{ metric: 'procedure.online', value: 642, dimensions: { level: 'full' } }],
      },
      {
        // "đang áp dụng N TTHC": the set in use; a part taking dossiers online is the online offer.
        text: 'Trung tâm đang áp dụng 212 thủ tục hành chính, trong đó có 150 thủ tục đã tiếp nhận hồ sơ trực tuyến.',
        records: [
          { metric: 'procedure.total', value: 212 },
          { metric: 'procedure.online', value: 150 },
        ],
      },
      {
        // The verb right after the subject's noun, not a cue further on; a stated zero of a change; "dịch vụ" short for the
        // online services just counted.
        text: 'Số TTHC được sửa đổi theo Quyết định công bố của Chủ tịch UBND tỉnh: 21. Trong quý không có TTHC nào bị bãi bỏ. Huyện cung cấp 402 DVCTT toàn trình và 115 DVCTT một phần, tổng cộng 517 dịch vụ.',
        records: [
          { metric: 'procedure.amended', value: 21 },
          { metric: 'procedure.abolished', value: 0 },
          { metric: 'procedure.online', value: 402, dimensions: { level: 'full' } },
          { metric: 'procedure.online', value: 115, dimensions: { level: 'partial' } },
          { metric: 'procedure.online', value: 517 },
        ],
      },
      {
        // "thực hiện giải quyết N TTHC": the set handled; two fields named alone are a list, with no field; a body's scope
        // ("lĩnh vực quản lý của Sở") is no field either.
        text: 'Hiện nay, Phòng thực hiện giải quyết 86 TTHC. Chủ tịch UBND tỉnh công bố 14 TTHC lĩnh vực giao thông, xây dựng. UBND tỉnh công bố 09 TTHC thuộc lĩnh vực quản lý của Sở.',
        records: [
          { metric: 'procedure.total', value: 86 },
          { metric: 'procedure.published', value: 14 },
          { metric: 'procedure.published', value: 9 },
        ],
      },
      {
        // New and changed procedures counted together in a bracket: what was published.
        text: 'Sở đã công khai đầy đủ 100% TTHC mới ban hành, sửa đổi, bổ sung (17 TTHC) trên Cổng thông tin điện tử.',
        records: [{ metric: 'procedure.published', value: 17 }],
      },
      {
        // A part picked by how it is handled is no part of a publication either.
        text: 'Tỉnh đã công bố 75 TTHC, trong đó 40 TTHC được niêm yết tại Trung tâm Phục vụ hành chính công.',
        records: [{ metric: 'procedure.published', value: 75 }],
      },
      {
        // A town's own level ("cấp thị xã") is the district tier, written right after the noun or after its scope.
        text: 'UBND thị xã đang thực hiện 296 TTHC thuộc thẩm quyền giải quyết của cấp thị xã và 117 TTHC cấp xã; niêm yết 296 TTHC cấp thị xã tại Bộ phận Một cửa.',
        records: [
          { metric: 'procedure.total', value: 296, dimensions: { tier: 'district' } },
          { metric: 'procedure.total', value: 117, dimensions: { tier: 'commune' } },
          { metric: 'procedure.total', value: 296, dimensions: { tier: 'district' } },
        ],
      },
      {
        // Urban levels coordinated by "và": each figure keeps the level written after its noun.
        text: 'Hiện nay, quận đang thực hiện 268 thủ tục hành chính cấp quận và 104 thủ tục hành chính cấp phường.',
        records: [
          { metric: 'procedure.total', value: 268, dimensions: { tier: 'district' } },
          { metric: 'procedure.total', value: 104, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // The one-stop office named by its verbs ("Bộ phận tiếp nhận và trả kết quả") picks no subset; what makes procedures
        // abolished may stand between the noun and its field.
        text: 'Thị trấn niêm yết công khai 119 TTHC thuộc thẩm quyền giải quyết tại Bộ phận tiếp nhận và trả kết quả. Sở đề nghị bãi bỏ 03 TTHC không còn phù hợp thuộc lĩnh vực Thủy sản.',
        records: [
          { metric: 'procedure.total', value: 119 },
          { metric: 'procedure.abolished', value: 3, dimensions: { field: 'Thủy sản', status: 'proposed' } },
        ],
      },
      {
        // The parts of a publication proposed are proposed too.
        before: 'Năm 2025, Sở đã trình Chủ tịch UBND tỉnh công bố 21 TTHC, gồm:',
        text: '- TTHC sửa đổi, bổ sung: 15 thủ tục;',
        records: [{ metric: 'procedure.amended', value: 15, dimensions: { status: 'proposed' } }],
      },
      {
        // A lead-in labelled by the result of the online offer, a year in it.
        before: 'Kết quả cung cấp dịch vụ công trực tuyến của Sở năm 2025:',
        text: '+ Toàn trình: 41 dịch vụ;',
        records: [{ metric: 'procedure.online', value: 41, dimensions: { level: 'full' } }],
      },
      {
        // An item labelled by a field's long official name.
        before: 'Bộ TTHC của Sở gồm 74 TTHC, trong đó:',
        text: '- Lĩnh vực Giáo dục và Đào tạo thuộc hệ thống giáo dục quốc dân và các cơ sở giáo dục khác: 52 TTHC;',
        records: [{ metric: 'procedure.total', value: 52, dimensions: { field: 'Giáo dục và Đào tạo thuộc hệ thống giáo dục quốc dân và các cơ sở giáo dục khác' } }],
      },
      {
        // A bracket of another period's figure is that period's, no record.
        text: 'Trong năm 2025, Chủ tịch UBND tỉnh công bố 214 TTHC (năm 2024: 187 TTHC).',
        records: [{ metric: 'procedure.published', value: 214 }],
      },
      {
        // Bare parts of a publication labelled by their change after "trong đó".
        text: 'Trong quý, Chủ tịch UBND tỉnh công bố 31 TTHC, trong đó: ban hành mới 07, sửa đổi, bổ sung 20, bãi bỏ 04.',
        records: [
          { metric: 'procedure.published', value: 31 },
          { metric: 'procedure.published', value: 7 },
          { metric: 'procedure.amended', value: 20 },
          { metric: 'procedure.abolished', value: 4 },
        ],
      },
      {
        // The figure a count has come to ("đã tăng lên", "giảm từ X xuống còn") is its value now; a year or the value it came
        // from between the level and the figure leaves the level to it.
        text: 'Số TTHC được cung cấp trực tuyến toàn trình của Sở năm 2024 đã tăng lên 142 thủ tục. Số dịch vụ công trực tuyến một phần giảm từ 40 xuống còn 31 dịch vụ.',
        records: [
          { metric: 'procedure.online', value: 142, dimensions: { level: 'full' } },
          { metric: 'procedure.online', value: 31, dimensions: { level: 'partial' } },
        ],
      },
      {
        // A fraction opening its clause, its share in a bracket and its scope before what is said of it: offered online.
        text: 'Hiện nay, 64/64 TTHC (100%) thuộc thẩm quyền giải quyết của Sở đã được cung cấp dịch vụ công trực tuyến.',
        records: [{ metric: 'procedure.online', value: 64 }],
      },
      {
        // An opening phrase's act ("Kết quả rà soát cho thấy,") is none of the clause after its comma saying what there is.
        text: 'Kết quả rà soát cho thấy, toàn huyện có 386 TTHC đang được thực hiện.',
        records: [{ metric: 'procedure.total', value: 386 }],
      },
      {
        // A simplification proposed to a body named between the proposal and the act.
        text: 'Qua rà soát, UBND tỉnh đã kiến nghị Trung ương đơn giản hóa 17 TTHC.',
        records: [{ metric: 'procedure.amended', value: 17, dimensions: { status: 'proposed' } }],
      },
      {
        // Labelled parts in a bracket after the published procedures' scope.
        text: 'Trong quý, Chủ tịch UBND tỉnh công bố 25 TTHC thuộc phạm vi quản lý của Sở (mới ban hành 05, sửa đổi, bổ sung 17, bãi bỏ 03).',
        records: [
          { metric: 'procedure.published', value: 25 },
          { metric: 'procedure.published', value: 5 },
          { metric: 'procedure.amended', value: 17 },
          { metric: 'procedure.abolished', value: 3 },
        ],
      },
      {
        // The procedures that qualify are no offer; the offer's verb alone after ";" takes their online service and level.
        text: 'Số TTHC đủ điều kiện cung cấp dịch vụ công trực tuyến một phần: 75 thủ tục; đã cung cấp 72 thủ tục (đạt 96%).',
        records: [{ metric: 'procedure.online', value: 72, dimensions: { level: 'partial' } }],
      },
      {
        // Likewise after the counted noun, the offer stated after a comma; but an offer's verb alone before its own online words
        // ("đã cung cấp 31 thủ tục trực tuyến mức độ 3") keeps its own level.
        text: 'Huyện có 210 TTHC đủ điều kiện cung cấp dịch vụ công trực tuyến toàn trình, đã cung cấp 198 thủ tục. Sở đã công bố 402 TTHC; đã cung cấp 31 thủ tục trực tuyến mức độ 3.',
        records: [
          { metric: 'procedure.online', value: 198, dimensions: { level: 'full' } },
          { metric: 'procedure.published', value: 402 },
          { metric: 'procedure.online', value: 31, dimensions: { level: '3' } },
        ],
      },
      {
        // An item of a publication's lead-in labelled by its field, each bare figure by its change.
        before: 'Năm 2023, tỉnh công bố 86 TTHC mới ban hành, sửa đổi, bổ sung và bãi bỏ, cụ thể:',
        text: '- Lĩnh vực Giao thông: mới ban hành 3, bãi bỏ 7.',
        records: [
          { metric: 'procedure.published', value: 3, dimensions: { field: 'Giao thông' } },
          { metric: 'procedure.abolished', value: 7, dimensions: { field: 'Giao thông' } },
        ],
      },
      {
        // The count of a rate of the online offer after "tương ứng", not in a bracket.
        text: 'Năm 2023, tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình đạt 52,4%, tương ứng 318 thủ tục.',
        records: [{ metric: 'procedure.online', value: 318, dimensions: { level: 'full' } }],
      },
      {
        // Procedures delegated after a clause of amendments take no amendment from it.
        text: 'Năm 2024, tỉnh đề nghị sửa đổi 08 TTHC; thực hiện phương án ủy quyền 15 TTHC cho cấp huyện.',
        records: [{ metric: 'procedure.amended', value: 8, dimensions: { status: 'proposed' } }],
      },
      {
        // A list of procedures published as newly issued (or amended) counts what was published, not the whole set.
        text: 'Chủ tịch UBND tỉnh công bố danh mục thủ tục hành chính mới ban hành trong lĩnh vực Nông nghiệp, gồm 14 TTHC.',
        records: [{ metric: 'procedure.published', value: 14, dimensions: { field: 'Nông nghiệp' } }],
      },
      {
        // The field named before the breakdown's cue is each level's part's.
        text: 'Quyết định công bố danh mục TTHC được sửa đổi, bổ sung trong lĩnh vực Xây dựng, bao gồm: cấp tỉnh 09 TTHC, cấp huyện 03 TTHC.',
        records: [
          { metric: 'procedure.amended', value: 9, dimensions: { field: 'Xây dựng', tier: 'province' } },
          { metric: 'procedure.amended', value: 3, dimensions: { field: 'Xây dựng', tier: 'district' } },
        ],
      },
    ],
    invalid: [
      // Procedures picked out by what befell their dossiers are no set.
      { text: 'Năm 2025, huyện có 5 TTHC bị trả lại hồ sơ nhiều nhất, chủ yếu lĩnh vực đất đai.' },
      { text: 'Huyện thực hiện cơ chế một cửa liên thông đối với 45 TTHC.' },
      { text: 'Toàn tỉnh có 158 TTHC được thực hiện liên thông giữa các cấp.' },
      // Procedures picked by their use are no count of the set; procedures posted for a subset handled by post neither.
      { text: 'Trong năm có 17 TTHC phát sinh trên 2.000 hồ sơ mỗi năm.' },
      { text: 'Niêm yết công khai 45 TTHC thực hiện tiếp nhận qua dịch vụ bưu chính công ích.' },
      { text: 'Đến nay, tỉnh có 942 TTHC được thực hiện tiếp nhận hồ sơ, trả kết quả qua dịch vụ BCCI.' },
      { text: 'Trong số đó có 38 TTHC có số lượng hồ sơ lớn được ưu tiên tái cấu trúc quy trình.' },
      { text: 'Số TTHC chỉ cung cấp thông tin trực tuyến: 19 thủ tục.' },
      { text: 'Số TTHC thực hiện tại Bộ phận Một cửa xã: 98/98 thủ tục.' },
      { text: 'Năm 2024, Sở đã tiếp nhận 09 TTHC được phân cấp từ UBND tỉnh.' },
      { text: 'Số TTHC đã được phân cấp, ủy quyền giải quyết: 86 TTHC; số TTHC thực hiện không phụ thuộc địa giới hành chính: 368 TTHC.' },
      { text: 'Số TTHC đủ điều kiện nhưng chưa cung cấp trực tuyến: 37. Số TTHC mức độ 4 có phát sinh hồ sơ: 120.' },
      { text: 'Tỉnh đã công bố danh mục 310 TTHC thực hiện qua dịch vụ bưu chính công ích.' },
      { text: 'Số TTHC chưa đủ điều kiện cung cấp DVCTT toàn trình là 96 thủ tục.' },
      { text: 'Số hồ sơ nhận qua Cổng DVC: 1.930 (mức độ toàn trình: 1.402; một phần: 528).' },
      // An item labelled by a subset (interlinked, by post) is no part of the lead-in's figure.
      { before: 'Số TTHC thực hiện tại Trung tâm Phục vụ hành chính công: 1.200 thủ tục; trong đó:', text: 'b) Thực hiện liên thông: 44 thủ tục.' },
      // An item that is a subset handled some way is no part of the lead-in's total.
      { before: 'Sở đang thực hiện 120 TTHC, trong đó:', text: 'a) 85 TTHC tiếp nhận qua dịch vụ bưu chính công ích;' },
      { text: 'Có 97 TTHC được tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia.' },
      { text: 'Còn 12 TTHC chưa được cung cấp dịch vụ công trực tuyến toàn trình.' },
      { text: 'Sở đã thực hiện tiếp nhận hồ sơ qua bưu chính đối với 85 TTHC.' },
      { text: 'Trong năm có 640 DVCTT phát sinh hồ sơ trực tuyến.' },
      // (The word of the offer may stand before its level.)
      { text: 'Hiện còn 44 thủ tục trực tuyến một phần chưa phát sinh hồ sơ.' },
      { text: 'Số TTHC có phát sinh hồ sơ trực tuyến là 755 thủ tục.' },
      { text: 'Huyện có 185 TTHC đã được phê duyệt quy trình nội bộ, quy trình điện tử.' },
      { text: 'Đến nay đã có 640 TTHC thực hiện thanh toán trực tuyến phí, lệ phí.' },
      { text: 'Sở đã rà soát, đánh giá 18 TTHC thuộc lĩnh vực quản lý của ngành.' },
      { text: 'Số TTHC giải quyết qua trang DVCTT: 48 hồ sơ.' },
      { text: 'Các Bộ đã hoàn thành đơn giản hóa 210 TTHC theo phương án được phê duyệt.' },
      { text: 'Đã chuyển 75/80 thủ tục hành chính sang tiếp nhận tại Trung tâm.' },
      { text: 'Có 540 thủ tục thuộc thẩm quyền của các sở thực hiện tiếp nhận, trả kết quả qua dịch vụ BCCI.' },
    ],
  },
  // ("- Lĩnh vực Đất đai: công bố mới 2, sửa đổi 11": an item of a publication's lead-in, labelled by its field and changes.)
  cue: /thu tuc|tthc|dich vu|dvc|^\W*(?:[a-z\d][.)]\s*)?linh vuc\b[^:;]{2,60}:\s*(?:cong bo|sua doi|bai bo|thay the|ban hanh moi|moi ban hanh|bo sung)/,
  match: readProcedures,
});
