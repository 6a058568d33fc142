/**
 * Whole passages through every rule at once (the rule examples run one rule each): wordings
 * written for this test in the style of district and department reports, each a way of saying
 * a figure that a rule once misread. What all the rules together must find, no more, no less.
 */
import { describe, expect, it } from 'vitest';
import { readStructure } from '../../src/structure/index.ts';
import { extractRecords } from '../../src/extract/runner.ts';

/** [metric, value, dimensions without subject and type] of every record in a passage. */
function figures(markdown: string): [string, number, object][] {
  return extractRecords(readStructure(`**II. Kết quả thực hiện**\n\n${markdown}\n`)).map((r) => {
    const { subject: _s, type: _t, mechanism: _m, ...dims } = r.dimensions ?? {};
    return [r.metric, r.value, dims];
  });
}

describe('passages read by all the rules together', () => {
  it('ends a figure\'s clause at "và" with the next figure\'s own verb ("nhận 31 hồ sơ và trả 47 hồ sơ")', () => {
    expect(figures('Trong quý, thị trấn nhận 31 hồ sơ và trả 47 hồ sơ cho công dân.')).toEqual([
      ['dossier.received', 31, {}],
      ['dossier.returned', 47, {}],
    ]);
    // (Nor does the first figure's channel reach the second past its verb.)
    expect(figures('Trong quý, phường nhận 19 hồ sơ qua dịch vụ bưu chính công ích và trả kết quả 64 hồ sơ.')).toEqual([
      ['dossier.received', 19, { channel: 'postal' }],
      ['dossier.returned', 64, {}],
    ]);
  });

  it('gives a rate the field its sentence names after the count before it', () => {
    expect(figures('Phòng Tư pháp tiếp nhận 640 hồ sơ thuộc lĩnh vực chứng thực, tỷ lệ giải quyết đúng hạn đạt 99,8%.')).toEqual([
      ['dossier.on_time_rate', 99.8, { field: 'chứng thực' }],
      ['dossier.received', 640, { field: 'chứng thực' }],
    ]);
    // (Not past a breakdown: the rate of the whole.)
    expect(figures('Phòng tiếp nhận 1.410 hồ sơ, trong đó 640 hồ sơ thuộc lĩnh vực chứng thực; tỷ lệ giải quyết đúng hạn đạt 99,8%.').find(([m]) => m === 'dossier.on_time_rate')).toEqual([
      'dossier.on_time_rate',
      99.8,
      {},
    ]);
  });

  it('gives a breakdown the level named with the whole area ("cấp xã toàn huyện") of the count it breaks down', () => {
    expect(figures('Đội ngũ công chức cấp xã toàn thị xã hiện có 286 người, trong đó: thạc sĩ 12 người, đại học 251 người, trung cấp 23 người.')).toEqual([
      ['staff.by_degree', 12, { degree: 'master', tier: 'commune' }],
      ['staff.by_degree', 251, { degree: 'bachelor', tier: 'commune' }],
      ['staff.by_degree', 23, { degree: 'other', tier: 'commune' }],
      ['staff.total', 286, { tier: 'commune' }],
    ]);
  });

  it('reads a sector whose name holds a comma whole when it closes the clause after the figure', () => {
    expect(figures('Trong quý, Phòng tiếp nhận 57 hồ sơ thuộc lĩnh vực lao động, thương binh và xã hội; đã giải quyết 57 hồ sơ.')).toEqual([
      ['dossier.received', 57, { field: 'lao động, thương binh và xã hội' }],
      ['dossier.resolved', 57, {}],
    ]);
    expect(figures('Chủ tịch UBND tỉnh đã công bố bãi bỏ 06 thủ tục hành chính trong lĩnh vực văn hóa, thể thao và du lịch.')).toEqual([
      ['procedure.abolished', 6, { field: 'văn hóa, thể thao và du lịch' }],
    ]);
    // (Closing a clause of several changes, it is the field of each.)
    expect(figures('Năm 2025, tỉnh đã công bố 09 TTHC mới và 14 TTHC được sửa đổi, bổ sung trong lĩnh vực văn hóa, thể thao và du lịch.')).toEqual([
      ['procedure.published', 9, { field: 'văn hóa, thể thao và du lịch' }],
      ['procedure.amended', 14, { field: 'văn hóa, thể thao và du lịch' }],
    ]);
    expect(figures('Sở đã giải quyết 212 hồ sơ lĩnh vực Lao động, Thương binh và Xã hội, trả kết quả đúng hạn 100%.').find(([m]) => m === 'dossier.resolved')).toEqual([
      'dossier.resolved',
      212,
      { field: 'Lao động, Thương binh và Xã hội' },
    ]);
  });

  it("gives a district office's field table the district tier its caption names, in a report with the wards' figures", () => {
    const got = figures(
      'Bộ phận Một cửa quận đã tiếp nhận, giải quyết theo từng lĩnh vực như sau:\n\n| Lĩnh vực | Tiếp nhận | Đã giải quyết |\n| --- | --- | --- |\n| Xây dựng | 1.305 | 1.280 |\n| Tư pháp | 442 | 442 |\n| Tổng cộng | 1.747 | 1.722 |\n\nCác phường tiếp nhận 9.150 hồ sơ, đã giải quyết 9.104 hồ sơ.',
    );
    expect(got).toEqual([
      ['dossier.received', 1305, { field: 'Xây dựng', tier: 'district' }],
      ['dossier.resolved', 1280, { field: 'Xây dựng', tier: 'district' }],
      ['dossier.received', 442, { field: 'Tư pháp', tier: 'district' }],
      ['dossier.resolved', 442, { field: 'Tư pháp', tier: 'district' }],
      ['dossier.received', 1747, { tier: 'district' }],
      ['dossier.resolved', 1722, { tier: 'district' }],
      ['dossier.received', 9150, { tier: 'commune' }],
      ['dossier.resolved', 9104, { tier: 'commune' }],
    ]);
    // Without the wards' figures the office is the report's one agency: no tier.
    expect(figures('Bộ phận Một cửa quận đã tiếp nhận hồ sơ như sau:\n\n| Lĩnh vực | Tiếp nhận |\n| --- | --- |\n| Xây dựng | 1.305 |')).toEqual([['dossier.received', 1305, { field: 'Xây dựng' }]]);
  });

  it('gives the figures under a heading naming one commune no level: that body is their subject', () => {
    const got = extractRecords(
      readStructure(
        '**II. Kết quả thực hiện**\n\n**a) Tại Bộ phận Một cửa huyện**\n\nTiếp nhận 3.020 hồ sơ.\n\n**b) Tại UBND xã Phú Mỹ**\n\nTiếp nhận 718 hồ sơ, 100% đúng hạn. Kết quả theo lĩnh vực của UBND xã Phú Mỹ như sau:\n\n| Lĩnh vực | Hồ sơ tiếp nhận |\n| --- | --- |\n| Hộ tịch | 512 |\n\n**c) Tại các xã còn lại**\n\nTiếp nhận 6.405 hồ sơ.\n',
      ),
    );
    expect(got.map((r) => [r.value, r.dimensions?.tier])).toEqual([
      [3020, 'district'],
      [100, undefined],
      [718, undefined],
      [512, undefined],
      [6405, 'commune'],
    ]);
  });

  it('gives a field table under a level heading that level', () => {
    const got = extractRecords(readStructure('**II. Kết quả thực hiện**\n\n**b) Cấp xã**\n\n| Lĩnh vực | Số hồ sơ tiếp nhận |\n| --- | --- |\n| Chứng thực | 6.720 |\n| Hộ tịch | 1.914 |\n\n**c) Cấp huyện**\n\nTiếp nhận 2.310 hồ sơ.\n'));
    expect(got.map((r) => [r.value, r.dimensions?.tier])).toEqual([
      [6720, 'commune'],
      [1914, 'commune'],
      [2310, 'district'],
    ]);
  });

  it('gives the items of a field breakdown the intake as a whole, not a channel read before it', () => {
    const got = figures('Trong quý, Sở tiếp nhận 930 hồ sơ; trong đó trực tuyến 870 hồ sơ, trực tiếp 60 hồ sơ. Phân theo lĩnh vực:\n\n- Lĩnh vực Đường bộ: 610 hồ sơ;\n\n- Lĩnh vực Đăng kiểm: 320 hồ sơ.');
    expect(got.filter(([, v]) => v === 610 || v === 320)).toEqual([
      ['dossier.received', 610, { field: 'Đường bộ' }],
      ['dossier.received', 320, { field: 'Đăng kiểm' }],
    ]);
  });

  it('keeps a resolved figure resolved when a bracket notes what it includes ("kể cả … chuyển sang")', () => {
    const got = figures('Năm 2025, Phòng đã giải quyết 2.417 hồ sơ (kể cả 19 hồ sơ năm 2024 chuyển sang).');
    expect(got.filter(([m]) => m === 'dossier.resolved' || m === 'dossier.received')).toEqual([['dossier.resolved', 2417, {}]]);
  });

  it('gives a part that joins two channels no record: it is none of them and no whole', () => {
    expect(figures('Trung tâm tiếp nhận 2.604 hồ sơ (trực tuyến 2.288 hồ sơ, trực tiếp và bưu chính công ích 316 hồ sơ).')).toEqual([
      ['dossier.received', 2288, { channel: 'online' }],
      ['dossier.received', 2604, {}],
    ]);
  });

  it('reads the legal documents reviewed that are still in force, beside those issued', () => {
    expect(figures('Năm 2025, Phòng Tư pháp đã tham mưu ban hành 03 văn bản quy phạm pháp luật, tự kiểm tra 27 văn bản và rà soát 164 văn bản quy phạm pháp luật còn hiệu lực.')).toEqual([
      ['legal_doc.issued', 3, { status: 'draft' }],
      ['legal_doc.reviewed', 27, {}],
      ['legal_doc.reviewed', 164, {}],
    ]);
  });

  it('tells dossiers within their time limit, withdrawn, and late shares from apologies', () => {
    expect(
      figures('Văn phòng đã giải quyết 1.312 hồ sơ; còn 41 hồ sơ đang trong thời hạn giải quyết; 5 hồ sơ do công dân xin rút. Chỉ có 0,4% hồ sơ bị trễ hạn; đơn vị đã gửi thư xin lỗi đối với 100% hồ sơ trễ hạn.'),
    ).toEqual([
      ['dossier.resolved', 1312, {}],
      ['dossier.pending_on_time', 41, {}],
      ['dossier.rejected', 5, {}],
      ['dossier.late_rate', 0.4, {}],
    ]);
  });

  it('keeps the new value of a fall, and a conclusive handling of letters as feedback resolved', () => {
    expect(figures('Số hồ sơ trễ hạn giảm từ 86 hồ sơ xuống còn 19 hồ sơ.')).toEqual([['dossier.resolved_late', 19, {}]]);
    expect(figures('Trung tâm nhận 9 đơn thư phản ánh về thủ tục đăng ký đất đai, đã giải quyết dứt điểm 9/9 đơn.')).toEqual([
      ['feedback.received', 9, {}],
      ['feedback.resolved', 9, {}],
    ]);
  });

  it('reads a staff total without its bracketed parts, and discipline by its form', () => {
    expect(figures('Tổng số người làm việc của Trung tâm là 38 người (viên chức: 31 người; hợp đồng lao động: 07 người).')).toEqual([['staff.total', 38, {}]]);
    expect(figures('Trong năm có 2 công chức bị khiển trách và 1 viên chức bị cảnh cáo.')).toEqual([
      ['staff.disciplined', 2, {}],
      ['staff.disciplined', 1, {}],
    ]);
  });

  it('reads labelled parts of a publication in brackets', () => {
    expect(figures('Chủ tịch UBND tỉnh ban hành 5 quyết định công bố 61 TTHC (mới: 17; sửa đổi, bổ sung: 36; bãi bỏ: 8).')).toEqual([
      ['procedure.published', 61, {}],
      ['procedure.published', 17, {}],
      ['procedure.amended', 36, {}],
      ['procedure.abolished', 8, {}],
    ]);
  });

  it('reads the bare figures under a heading on the results of procedures', () => {
    const md = '**4. Kết quả giải quyết thủ tục hành chính**\n\nTrong quý, tiếp nhận 530; đã giải quyết 512; đang giải quyết 18.';
    expect(figures(md)).toEqual([
      ['dossier.received', 530, {}],
      ['dossier.resolved', 512, {}],
      ['dossier.pending', 18, {}],
    ]);
  });

  it('gives trained staff and inspected bodies the tier written on them', () => {
    expect(figures('Huyện tổ chức 4 lớp bồi dưỡng cho 260 lượt cán bộ, công chức cấp xã.')).toEqual([['staff.trained', 260, { tier: 'commune' }]]);
    expect(figures('Đoàn kiểm tra cải cách hành chính của tỉnh đã kiểm tra 8 sở, ngành và 4 UBND cấp huyện.')).toEqual([
      ['inspection.units', 8, { tier: 'province' }],
      ['inspection.units', 4, { tier: 'district' }],
    ]);
    // "Ủy ban nhân dân" written out is the body "UBND" is.
    expect(figures('Huyện đã kiểm tra công tác cải cách hành chính tại 6 Ủy ban nhân dân xã, thị trấn.')).toEqual([['inspection.units', 6, { tier: 'commune' }]]);
    expect(figures('Số Ủy ban nhân dân xã áp dụng ISO 9001:2015 là 14.')).toEqual([['iso.units', 14, { tier: 'commune' }]]);
    expect(figures('Sở Tư pháp trình Ủy ban nhân dân tỉnh ban hành 5 quyết định quy phạm pháp luật.')).toEqual([['legal_doc.issued', 5, { status: 'draft' }]]);
  });

  it('reads a label before a bound written before the figure ("hơn", "gần", "khoảng") as it reads it without one', () => {
    expect(figures('Toàn tỉnh hiện có khoảng 1.980 TTHC, trong đó cấp tỉnh khoảng 1.512 TTHC, cấp huyện khoảng 301 TTHC, cấp xã khoảng 167 TTHC.')).toEqual([
      ['procedure.total', 1980, {}],
      ['procedure.total', 1512, { tier: 'province' }],
      ['procedure.total', 301, { tier: 'district' }],
      ['procedure.total', 167, { tier: 'commune' }],
    ]);
    expect(figures('Năm 2024, Chủ tịch UBND tỉnh công bố 46 TTHC, trong đó:\n+ Lĩnh vực Dược phẩm: khoảng 19 TTHC;\n+ Lĩnh vực Khám bệnh, chữa bệnh: 27 TTHC.')).toEqual([
      ['procedure.published', 46, {}],
      ['procedure.published', 19, { field: 'Dược phẩm' }],
      ['procedure.published', 27, { field: 'Khám bệnh, chữa bệnh' }],
    ]);

    expect(figures('Chi cục tiếp nhận 412 hồ sơ, trong đó lĩnh vực thú y hơn 150 hồ sơ, lĩnh vực bảo vệ thực vật khoảng 90 hồ sơ.')).toEqual([
      ['dossier.received', 150, { field: 'thú y' }],
      ['dossier.received', 90, { field: 'bảo vệ thực vật' }],
      ['dossier.received', 412, {}],
    ]);
    expect(figures('Xã tiếp nhận 2.310 hồ sơ, nhiều nhất ở lĩnh vực chứng thực (gần 1.600 hồ sơ) và hộ tịch (hơn 500 hồ sơ).')).toEqual([
      ['dossier.received', 1600, { field: 'chứng thực' }],
      ['dossier.received', 500, { field: 'hộ tịch' }],
      ['dossier.received', 2310, {}],
    ]);
    expect(figures('Thị xã có 214 công chức cấp xã; trong đó đại học gần 190 người, thạc sĩ hơn 10 người.')).toEqual([
      ['staff.by_degree', 190, { degree: 'bachelor', tier: 'commune' }],
      ['staff.by_degree', 10, { degree: 'master', tier: 'commune' }],
      ['staff.total', 214, { tier: 'commune' }],
    ]);
  });

  it("gives the district's own office a tier only beside communes' figures; a mechanism is no verb", () => {
    expect(figures('Trong quý, UBND huyện tiếp nhận 1.320 hồ sơ, trong đó hồ sơ giải quyết theo cơ chế một cửa liên thông là 96 hồ sơ; đã giải quyết 1.290 hồ sơ.')).toEqual([
      ['dossier.received', 96, {}],
      ['dossier.received', 1320, {}],
      ['dossier.resolved', 1290, {}],
    ]);
    expect(figures('Trung tâm Hành chính công huyện tiếp nhận 8.400 hồ sơ; UBND các xã, thị trấn tiếp nhận 15.210 hồ sơ.')).toEqual([
      ['dossier.received', 8400, { tier: 'district' }],
      ['dossier.received', 15210, { tier: 'commune' }],
    ]);
    // "trong số đó" opens the parts as "trong đó" does.
    expect(figures('Tổng số cán bộ, công chức toàn huyện là 498 người; trong số đó cấp huyện 131 người, cấp xã 367 người.')).toEqual([
      ['staff.total', 498, {}],
      ['staff.total', 131, { tier: 'district' }],
      ['staff.total', 367, { tier: 'commune' }],
    ]);
    // A well-known field after the unit abbreviated ("812 HS chứng thực") as after "hồ sơ".
    expect(figures('Xã tiếp nhận 1.026 HS, trong đó 812 HS chứng thực, 156 HS hộ tịch.')).toEqual([
      ['dossier.received', 812, { field: 'chứng thực' }],
      ['dossier.received', 156, { field: 'hộ tịch' }],
      ['dossier.received', 1026, {}],
    ]);
    // The communes' figures counted in "HS" (hồ sơ abbreviated) give the district's office its level all the same.
    expect(figures('Bộ phận Một cửa huyện đã nhận 2.140 hồ sơ.\n\nBộ phận Một cửa cấp xã nhận 6.305 HS, đã giải quyết 6.290 HS.')).toEqual([
      ['dossier.received', 2140, { tier: 'district' }],
      ['dossier.received', 6305, { tier: 'commune' }],
      ['dossier.resolved', 6290, { tier: 'commune' }],
    ]);
  });

  it("drops the commune tier in a commune's own report: its figures are one agency's own", () => {
    const md = 'UBND xã An Phú báo cáo kết quả công tác cải cách hành chính quý II năm 2024 như sau:\n\n**II. Kết quả thực hiện**\n\nBộ phận Một cửa xã tiếp nhận 412 hồ sơ, giải quyết 409 hồ sơ. Trong quý, xã cử 6 lượt công chức cấp xã tham gia tập huấn.\n';
    const got = extractRecords(readStructure(md)).map((r) => [r.metric, r.value, r.dimensions.tier]);
    expect(got).toEqual([
      ['dossier.received', 412, undefined],
      ['dossier.resolved', 409, undefined],
      ['staff.trained', 6, undefined],
    ]);
    // Outside a commune's own report the commune level stays where it is named as a level;
    // one commune's own office ("Bộ phận Một cửa xã") names no level of its own (tier.test.ts).
    expect(figures('Bộ phận Một cửa cấp xã tiếp nhận 412 hồ sơ.')).toEqual([['dossier.received', 412, { tier: 'commune' }]]);
    expect(figures('Bộ phận Một cửa xã tiếp nhận 412 hồ sơ.')).toEqual([['dossier.received', 412, {}]]);
    // A township's own office likewise; beside a named district level it is the communes' level.
    expect(figures('Bộ phận Một cửa thị trấn đã trả kết quả 380 hồ sơ.')).toEqual([['dossier.returned', 380, {}]]);
    expect(figures('Bộ phận Một cửa huyện nhận 910 hồ sơ; Bộ phận Một cửa thị trấn nhận 455 hồ sơ.')).toEqual([
      ['dossier.received', 910, { tier: 'district' }],
      ['dossier.received', 455, { tier: 'commune' }],
    ]);
  });
  it('takes as the whole of a "Trong đó" sentence the figure before that its parts add up to, never a stated zero', () => {
    expect(figures('Trong quý, Phòng Tư pháp tiếp nhận 950 hồ sơ; đã giải quyết 944 hồ sơ; không có hồ sơ quá hạn. Trong đó chứng thực 700 hồ sơ, hộ tịch 250 hồ sơ.')).toEqual([
      ['dossier.received', 950, {}],
      ['dossier.resolved', 944, {}],
      ['dossier.resolved_late', 0, {}],
      ['dossier.received', 700, { field: 'chứng thực' }],
      ['dossier.received', 250, { field: 'hộ tịch' }],
    ]);
  });
  it('reads a procedure named with "giải quyết" as the kind of dossier, and "trợ cấp xã hội" as no level', () => {
    expect(figures('Trong năm, xã đã tiếp nhận 86 hồ sơ đề nghị giải quyết chế độ trợ cấp xã hội hằng tháng.')).toEqual([['dossier.received', 86, {}]]);
    expect(figures('UBND huyện liên thông đăng ký khai tử, giải quyết mai táng phí 64 hồ sơ.')).toEqual([['dossier.received', 64, {}]]);
  });
  it('gives a paragraph the level of the label line right before it ("- Cấp xã" alone on its line)', () => {
    expect(figures('- Cấp huyện\n\nTrong quý, tiếp nhận 806 hồ sơ, đã giải quyết 790 hồ sơ.\n\n- Cấp xã:\n\nĐã tiếp nhận 3.012 hồ sơ.')).toEqual([
      ['dossier.received', 806, { tier: 'district' }],
      ['dossier.resolved', 790, { tier: 'district' }],
      ['dossier.received', 3012, { tier: 'commune' }],
    ]);
  });
  it('reads "do cơ quan giải quyết" as a cause, and a field named before "có tỷ lệ" whole', () => {
    expect(figures('Có 11 hồ sơ trễ hạn, trong đó 7 hồ sơ do công dân chậm nộp phí, 4 hồ sơ do đơn vị giải quyết.')).toEqual([
      ['dossier.resolved_late', 7, {}],
      ['dossier.resolved_late', 4, {}],
      ['dossier.resolved_late', 11, {}],
    ]);
    expect(figures('Lĩnh vực Xây dựng có tỷ lệ hồ sơ giải quyết đúng hạn thấp nhất (95,8%).').map(([m, v, d]) => [m, v, (d as { field?: string }).field])).toEqual([
      ['dossier.on_time_rate', 95.8, 'Xây dựng'],
    ]);
  });
  it('reads a well-known field written alone right after "hồ sơ" as the figure\'s field', () => {
    expect(figures('Trong quý, phường nhận 1.046 hồ sơ, gồm 812 hồ sơ chứng thực, 201 hồ sơ hộ tịch và 33 hồ sơ khác.')).toEqual([
      ['dossier.received', 812, { field: 'chứng thực' }],
      ['dossier.received', 201, { field: 'hộ tịch' }],
      ['dossier.received', 33, {}],
      ['dossier.received', 1046, {}],
    ]);
    expect(figures('Sở tiếp nhận 412 hồ sơ điện tử.')).toEqual([['dossier.received', 412, {}]]);
    // A kind of service is no lĩnh vực.
    expect(figures('Trong tháng, Sở nhận 640 hồ sơ đăng ký kinh doanh.')).toEqual([['dossier.received', 640, {}]]);
  });
  it('keeps the value a change ends at in a bracket after a comparison with another period', () => {
    expect(figures('Số hồ sơ trễ hạn giảm 62% so với năm 2024 (từ 58 xuống còn 22 hồ sơ).')).toEqual([['dossier.resolved_late', 22, {}]]);
    expect(figures('Số hồ sơ tiếp nhận tăng so với cùng kỳ (cùng kỳ: 3.100 hồ sơ).')).toEqual([]);
  });
  it('reads a commune named "Tân Lập" as no verb of compiling files, and gives the way a sentence opens on to its figures', () => {
    expect(figures('Về hồ sơ nộp trực tuyến, phường Đông Hải dẫn đầu với 1.830 hồ sơ, kế đến là xã Tân Lập với 1.214 hồ sơ.')).toEqual([
      ['dossier.received', 1830, { channel: 'online' }],
      ['dossier.received', 1214, { channel: 'online' }],
    ]);
  });
  it('reads the source a sentence names before its figures ("Theo UBND thị xã …,", "… cho biết,") as no body of them', () => {
    expect(figures('Theo UBND thị xã Sơn Tây, năm 2025 thị xã tiếp nhận 40.210 hồ sơ, trong đó Bộ phận Một cửa thị xã tiếp nhận 12.104 hồ sơ, 15 xã, phường tiếp nhận 28.106 hồ sơ.')).toEqual([
      ['dossier.received', 40210, {}],
      ['dossier.received', 12104, { tier: 'district' }],
      ['dossier.received', 28106, { tier: 'commune' }],
    ]);
  });
  it('gives no earlier sentence\'s level to a figure of a sentence about the whole province', () => {
    expect(figures('Tỉnh có 9 huyện với 88 phòng chuyên môn thuộc UBND cấp huyện. Số đơn vị sự nghiệp công lập của tỉnh là 906 đơn vị, trong đó có 41 đơn vị tự bảo đảm chi thường xuyên.').map(([m, v, d]) => [m, v, (d as { tier?: string }).tier])).toEqual([
      ['org.divisions', 88, 'district'],
      ['org.units', 906, undefined],
      ['org.units', 41, undefined],
    ]);
  });
  it('reads no record from another period\'s figure after a multiple, nor from a difference from another period', () => {
    expect(figures('Năm 2025, huyện tiếp nhận 41.200 hồ sơ trực tuyến, gấp 1,6 lần năm 2024 (25.730 hồ sơ).')).toEqual([['dossier.received', 41200, { channel: 'online' }]]);
    expect(figures('Quý III, phường tiếp nhận 2.460 hồ sơ, nhiều hơn quý trước 215 hồ sơ.')).toEqual([['dossier.received', 2460, {}]]);
    // (Bodies counted by the late dossiers they did not have state no zero; the year before a body's word is no count of bodies.)
    expect(figures('Có 11/14 cơ quan, đơn vị không có hồ sơ trễ hạn.')).toEqual([]);
    expect(figures('Năm 2025 huyện không có hồ sơ trễ hạn.')).toEqual([['dossier.resolved_late', 0, {}]]);
  });
  it('reads the rate of a field said to be the highest or lowest, the rate left out for the second', () => {
    expect(figures('Lĩnh vực Hộ tịch có tỷ lệ giải quyết đúng hạn cao nhất, đạt 100%; lĩnh vực Xây dựng thấp nhất, đạt 96,7%.')).toEqual([
      ['dossier.on_time_rate', 100, { field: 'Hộ tịch' }],
      ['dossier.on_time_rate', 96.7, { field: 'Xây dựng' }],
    ]);
  });
  it('gives the k-th figure of a "lần lượt" list the channel its own member names', () => {
    expect(figures('Số hồ sơ tiếp nhận qua bưu điện và trả qua bưu điện lần lượt là 36 và 410 hồ sơ.')).toEqual([
      ['dossier.received', 36, { channel: 'postal' }],
      ['dossier.returned', 410, { channel: 'postal' }],
    ]);
    // One channel named before a list of levels is every member's.
    expect(figures('Hồ sơ nộp trực tuyến của cấp tỉnh, cấp huyện và cấp xã lần lượt là 8.020, 5.312 và 9.407 hồ sơ.')).toEqual([
      ['dossier.received', 8020, { channel: 'online', tier: 'province' }],
      ['dossier.received', 5312, { channel: 'online', tier: 'district' }],
      ['dossier.received', 9407, { channel: 'online', tier: 'commune' }],
    ]);
  });
  it('gives the k-th figure of a "lần lượt" list the k-th member\'s own verb', () => {
    expect(figures('Trong quý, số hồ sơ nhận, đã có kết quả và còn tồn của Sở lần lượt là 1.240, 1.198 và 42 hồ sơ.')).toEqual([
      ['dossier.received', 1240, {}],
      ['dossier.resolved', 1198, {}],
      ['dossier.pending', 42, {}],
    ]);
  });
  it('gives a figure of one named commune, named after it with "tại", no level carried from before', () => {
    expect(figures('UBND các xã tiếp nhận 8.120 hồ sơ; 04 hồ sơ quá hạn tại phường Đông Vĩnh.')).toEqual([
      ['dossier.received', 8120, { tier: 'commune' }],
      ['dossier.resolved_late', 4, {}],
    ]);
  });
  it('gives a body that names no level in a "lần lượt" list of levels its own place and no tier, in the list and after it', () => {
    expect(figures('Hồ sơ trễ hạn của UBND huyện, Bảo hiểm xã hội huyện và UBND các xã lần lượt là 14, 6 và 3 hồ sơ. Tỷ lệ hồ sơ trễ hạn tương ứng là 0,5%, 0,9% và 0,1%.')).toEqual([
      ['dossier.resolved_late', 14, { tier: 'district' }],
      ['dossier.resolved_late', 6, {}],
      ['dossier.resolved_late', 3, { tier: 'commune' }],
      ['dossier.late_rate', 0.5, { tier: 'district' }],
      ['dossier.late_rate', 0.9, {}],
      ['dossier.late_rate', 0.1, { tier: 'commune' }],
    ]);
  });
  it('takes the figure before a closed bracket, not the bracket\'s last part, as the whole of a later "trong đó"', () => {
    expect(figures('Tổng số hồ sơ tiếp nhận trong kỳ là 2.140 hồ sơ (kỳ trước chuyển sang 85 hồ sơ, tiếp nhận mới 2.055 hồ sơ), trong đó: cấp huyện 640 hồ sơ, cấp xã 1.500 hồ sơ.')).toEqual([
      ['dossier.received', 640, { tier: 'district' }],
      ['dossier.received', 1500, { tier: 'commune' }],
      ['dossier.received', 2140, {}],
      ['dossier.carried_over', 85, {}],
      ['dossier.new', 2055, {}],
    ]);
  });

  it('names a well-known field written alone in a breakdown, not a body of a list of bodies', () => {
    expect(figures('Trong quý, xã tiếp nhận 930 hồ sơ (trong đó: hộ tịch 410 hồ sơ, chứng thực 520 hồ sơ).')).toEqual([
      ['dossier.received', 410, { field: 'hộ tịch' }],
      ['dossier.received', 520, { field: 'chứng thực' }],
      ['dossier.received', 930, {}],
    ]);
    expect(figures('Hồ sơ tập trung ở một số sở, ngành như: Xây dựng 305 hồ sơ, Tư pháp 122 hồ sơ.')).toEqual([
      ['dossier.received', 305, {}],
      ['dossier.received', 122, {}],
    ]);
  });

  it('gives the items of a "- Cấp huyện:" lead-in its tier', () => {
    const md = [
      'Kết quả giải quyết hồ sơ trong kỳ như sau:',
      '- Cấp huyện:',
      '+ Số hồ sơ tiếp nhận: 2.310 hồ sơ.',
      '+ Số hồ sơ đã giải quyết: 2.275 hồ sơ, tỷ lệ đúng hạn 99,1%.',
      '- Cấp xã:',
      '+ Số hồ sơ tiếp nhận: 7.480 hồ sơ.',
    ].join('\n\n');
    expect(figures(md)).toEqual([
      ['dossier.received', 2310, { tier: 'district' }],
      ['dossier.on_time_rate', 99.1, { tier: 'district' }],
      ['dossier.resolved', 2275, { tier: 'district' }],
      ['dossier.received', 7480, { tier: 'commune' }],
    ]);
  });

  it('reads "một phần" named alone after online dossiers as filed online at that level', () => {
    expect(figures('- Hồ sơ nộp trực tuyến toàn trình: 860 hồ sơ; một phần: 215 hồ sơ.')).toEqual([
      ['dossier.received', 215, { channel: 'online', level: 'partial' }],
      ['dossier.received', 860, { channel: 'online', level: 'full' }],
    ]);
    // "một phần 1.140" is the level, not a reference to a part ("Phần 2").
    expect(figures('Hồ sơ nộp trực tuyến là 3.020 hồ sơ, trong đó toàn trình 1.880 hồ sơ, một phần 1.140 hồ sơ.')).toEqual([
      ['dossier.received', 1880, { channel: 'online', level: 'full' }],
      ['dossier.received', 1140, { channel: 'online', level: 'partial' }],
      ['dossier.received', 3020, { channel: 'online' }],
    ]);
  });

  it('reads a pending breakdown continued past a ";", and the verb of a zero phrase', () => {
    expect(figures('Hồ sơ đang giải quyết là 52 hồ sơ, trong đó chưa đến hạn: 49; quá hạn: 3.')).toEqual([
      ['dossier.pending_overdue', 3, {}],
      ['dossier.pending', 52, {}],
      ['dossier.pending_on_time', 49, {}],
    ]);
    const md = ['Kết quả giải quyết hồ sơ theo lĩnh vực:', '- Lĩnh vực Khoáng sản: không phát sinh hồ sơ.'].join('\n\n');
    expect(figures(md)).toEqual([['dossier.received', 0, { field: 'Khoáng sản' }]]);
  });

  it("tells a city's own office from its wards counted by number, and the district with its communes as one group", () => {
    expect(figures('Bộ phận Một cửa thành phố tiếp nhận 3.950 hồ sơ, 16 phường tiếp nhận 11.200 hồ sơ. Tỷ lệ đúng hạn của thành phố đạt 99,1%; của các phường đạt 99,6%.')).toEqual([
      ['dossier.received', 3950, { tier: 'district' }],
      ['dossier.received', 11200, { tier: 'commune' }],
      ['dossier.on_time_rate', 99.1, { tier: 'district' }],
      ['dossier.on_time_rate', 99.6, { tier: 'commune' }],
    ]);
    // Districts and communes named as groups make the province's own centre the province tier.
    expect(figures('Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 9.800 hồ sơ; các huyện, thị xã tiếp nhận 15.400 hồ sơ.')).toEqual([
      ['dossier.received', 9800, { tier: 'province' }],
      ['dossier.received', 15400, { tier: 'district' }],
    ]);
    expect(figures('Số hồ sơ huyện và 21 xã, thị trấn tiếp nhận là 30.415 hồ sơ; các huyện, thị xã giải quyết 8.000 hồ sơ.')).toEqual([
      ['dossier.received', 30415, {}],
      ['dossier.resolved', 8000, { tier: 'district' }],
    ]);
  });

  it('passes over a bracket restating a share, and reads a timeliness item after a paragraph on hồ sơ', () => {
    expect(figures('Trong năm, 98,8% hồ sơ (4.120 hồ sơ) được giải quyết trước và đúng hạn.')).toEqual([
      ['dossier.on_time_rate', 98.8, {}],
      ['dossier.resolved_on_time', 4120, {}],
    ]);
    expect(figures(['Số hồ sơ đã giải quyết trong quý là 1.460 hồ sơ.', '- Trước hạn và đúng hạn: 1.452 (99,45%).'].join('\n\n'))).toEqual([
      ['dossier.resolved', 1460, {}],
      ['dossier.on_time_rate', 99.45, {}],
      ['dossier.resolved_on_time', 1452, {}],
    ]);
  });

  it('reads the parts of a rate after "trong đó" as the same rate, each with its tier', () => {
    expect(figures('Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,7%, trong đó: Trung tâm Phục vụ hành chính công tỉnh đạt 99,9%; cấp huyện đạt 97,6%; cấp xã đạt 98,8%.')).toEqual([
      ['dossier.on_time_rate', 98.7, {}],
      ['dossier.on_time_rate', 99.9, { tier: 'province' }],
      ['dossier.on_time_rate', 97.6, { tier: 'district' }],
      ['dossier.on_time_rate', 98.8, { tier: 'commune' }],
    ]);
  });

  it('does not continue a rate list into a share that states its own timeliness', () => {
    expect(figures('Huyện đạt tỷ lệ 100% hồ sơ giải quyết đúng hạn; chỉ có 0,3% hồ sơ của các xã quá hạn.')).toEqual([
      ['dossier.on_time_rate', 100, {}],
      ['dossier.late_rate', 0.3, { tier: 'commune' }],
    ]);
  });

  it('gives the field of a "Lĩnh vực X" line typed as a paragraph to the paragraph after it', () => {
    expect(figures(['Lĩnh vực giao thông', 'Tiếp nhận 1.730 hồ sơ, đã giải quyết 1.702 hồ sơ.'].join('\n\n'))).toEqual([
      ['dossier.received', 1730, { field: 'giao thông' }],
      ['dossier.resolved', 1702, { field: 'giao thông' }],
    ]);
    expect(figures(['Tiếp nhận 410 hồ sơ. Lĩnh vực xây dựng', 'Tiếp nhận 96 hồ sơ.'].join('\n\n'))).toEqual([
      ['dossier.received', 410, {}],
      ['dossier.received', 96, { field: 'xây dựng' }],
    ]);
  });

  it('gives the figures of a "lần lượt" list the tiers or channels named before it, in order', () => {
    expect(figures('Số hồ sơ đã giải quyết của cấp huyện và cấp xã lần lượt là 3.106 hồ sơ và 12.745 hồ sơ.')).toEqual([
      ['dossier.resolved', 3106, { tier: 'district' }],
      ['dossier.resolved', 12745, { tier: 'commune' }],
    ]);
    expect(figures('Tỷ lệ hồ sơ giải quyết trước và đúng hạn ở cấp tỉnh, cấp huyện, cấp xã lần lượt đạt 99,2%, 97,6% và 98,4%.')).toEqual([
      ['dossier.on_time_rate', 99.2, { tier: 'province' }],
      ['dossier.on_time_rate', 97.6, { tier: 'district' }],
      ['dossier.on_time_rate', 98.4, { tier: 'commune' }],
    ]);
    expect(figures('Hồ sơ nộp trực tuyến và qua bưu chính công ích lần lượt là 1.530 và 64 hồ sơ.')).toEqual([
      ['dossier.received', 1530, { channel: 'online' }],
      ['dossier.received', 64, { channel: 'postal' }],
    ]);
  });

  it("gives no subject to the issuer's own figures, and keeps it for another body's", () => {
    const md = 'SỞ NỘI VỤ\n\nSở Nội vụ báo cáo kết quả công tác cải cách hành chính quý III năm 2025 như sau:\n\n**II. Kết quả thực hiện**\n\nTrong quý, Sở Nội vụ tiếp nhận 318 hồ sơ, đã giải quyết 318 hồ sơ. Sở Tư pháp tiếp nhận 52 hồ sơ.\n';
    const structure = readStructure(md);
    expect(structure.metadata.agency).toBe('Sở Nội vụ');
    expect(extractRecords(structure).map((r) => [r.metric, r.value, r.dimensions.subject])).toEqual([
      ['dossier.received', 318, undefined],
      ['dossier.resolved', 318, undefined],
      ['dossier.received', 52, 'Sở Tư pháp'],
    ]);
  });

  it('reads a table with procedure and dossier columns once each, and a staff table beside it', () => {
    const md = [
      'Số TTHC và hồ sơ tiếp nhận theo lĩnh vực:',
      '',
      '| STT | Lĩnh vực | Số TTHC | Hồ sơ tiếp nhận | Đã giải quyết |',
      '| --- | --- | --- | --- | --- |',
      '| 1 | Công Thương | 41 | 260 | 251 |',
      '',
      'Biên chế công chức của cơ quan:',
      '',
      '| Biên chế được giao | Có mặt | Còn thiếu |',
      '| --- | --- | --- |',
      '| 25 | 23 | 2 |',
    ].join('\n');
    expect(figures(md)).toEqual([
      ['dossier.received', 260, { field: 'Công Thương' }],
      ['dossier.resolved', 251, { field: 'Công Thương' }],
      ['procedure.total', 41, { field: 'Công Thương' }],
      ['staff.quota_assigned', 25, {}],
      ['staff.quota_filled', 23, {}],
      ['staff.quota_vacant', 2, {}],
    ]);
  });
});

describe('other metrics in passages read by all the rules together', () => {
  it('reads a heading that labels its inline sentence, and a sentence naming its own body without the tier before', () => {
    expect(figures('2. Cải cách thủ tục hành chính\n\n2.1. Số TTHC áp dụng tại huyện: cấp huyện 251 TTHC, cấp xã 119 TTHC.')).toEqual([
      ['procedure.total', 251, { tier: 'district' }],
      ['procedure.total', 119, { tier: 'commune' }],
    ]);
    expect(figures('Trong năm, cấp tỉnh đã ban hành 35 VBQPPL (HĐND tỉnh 12 Nghị quyết, UBND tỉnh 23 Quyết định). Sở Tư pháp đã thẩm định 45 dự thảo VBQPPL.')).toEqual([
      ['legal_doc.issued', 35, { tier: 'province' }],
      ['legal_doc.issued', 12, { tier: 'province' }],
      ['legal_doc.issued', 23, { tier: 'province' }],
      ['legal_doc.reviewed', 45, {}],
    ]);
  });

  it('reads labelled items of a lead-in, a labelled zero among them', () => {
    expect(figures('Kết quả chủ yếu trong quý:\n\n- Số phòng chuyên môn: 05;\n\n- Đơn vị sự nghiệp trực thuộc: 02;\n\n- Số công chức bị kỷ luật: 02;\n\n- Số phản ánh, kiến nghị về TTHC: không có.')).toEqual([
      ['org.divisions', 5, {}],
      ['org.units', 2, {}],
      ['staff.disciplined', 2, {}],
      ['feedback.received', 0, {}],
    ]);
  });

  it('takes up feedback with a bare figure after its verb, and leaves petitions at citizen reception', () => {
    expect(
      figures('Tổng số phản ánh, kiến nghị tiếp nhận là 37 phản ánh; đã xử lý 35, đang xử lý 02. Ban Tiếp công dân tiếp 18 lượt công dân; nhận 11 đơn kiến nghị, phản ánh về đất đai.'),
    ).toEqual([
      ['feedback.received', 37, {}],
      ['feedback.resolved', 35, {}],
    ]);
  });
});

describe('a heading whose title states a count', () => {
  it('reads the figures of a lettered title that is a clause, not those of a topic title', () => {
    expect(figures('a) Sở Xây dựng đang thực hiện 97 TTHC, gồm: cấp tỉnh 81 TTHC, cấp huyện 16 TTHC.')).toEqual([
      ['procedure.total', 97, {}],
      ['procedure.total', 81, { tier: 'province' }],
      ['procedure.total', 16, { tier: 'district' }],
    ]);
    expect(figures('b) Kết quả giải quyết 6 tháng đầu năm: Ban tiếp nhận 312 hồ sơ.')).toEqual([['dossier.received', 312, {}]]);
  });
});

describe('wordings from the blind rounds, read by all the rules together', () => {
  it('gives the rest of the fields ("Lĩnh vực khác") no field of their own', () => {
    expect(figures('Phòng Tư pháp tiếp nhận 1.720 hồ sơ, trong đó: lĩnh vực hộ tịch: 612 hồ sơ; lĩnh vực chứng thực: 1.024 hồ sơ; lĩnh vực khác: 84 hồ sơ.')).toEqual(
      expect.arrayContaining([
        ['dossier.received', 1720, {}],
        ['dossier.received', 612, { field: 'hộ tịch' }],
        ['dossier.received', 1024, { field: 'chứng thực' }],
        ['dossier.received', 84, {}],
      ]),
    );
  });

  it('gives "+" sub-items the state of the "-" item above them', () => {
    expect(figures('Kết quả giải quyết hồ sơ trong quý:\n\n- Đã giải quyết: 612 hồ sơ\n\n+ Trong hạn: 609 hồ sơ\n\n+ Quá hạn: 3 hồ sơ\n\n- Đang giải quyết: 25 hồ sơ\n\n+ Trong hạn: 24 hồ sơ\n\n+ Quá hạn: 1 hồ sơ')).toEqual([
      ['dossier.resolved', 612, {}],
      ['dossier.resolved_on_time', 609, {}],
      ['dossier.resolved_late', 3, {}],
      ['dossier.pending', 25, {}],
      ['dossier.pending_on_time', 24, {}],
      ['dossier.pending_overdue', 1, {}],
    ]);
  });

  it('reads a level set against the level before (after ";" or after its timeliness) with the same metric and its own tier', () => {
    expect(figures('Trong năm, cấp xã còn 11 hồ sơ giải quyết chậm, chủ yếu thuộc lĩnh vực chứng thực; cấp huyện 04 hồ sơ. Có 07 hồ sơ cấp phường trễ hạn, cấp quận 01 hồ sơ.')).toEqual(
      expect.arrayContaining([
        ['dossier.resolved_late', 11, { tier: 'commune' }],
        ['dossier.resolved_late', 4, { tier: 'district' }],
        ['dossier.resolved_late', 7, { tier: 'commune' }],
        ['dossier.resolved_late', 1, { tier: 'district' }],
      ]),
    );
  });

  it('reads the carried-in and own parts of a whole in one bracket, bodies named after "hạn là", and a share of the period\'s intake', () => {
    expect(figures('Tổng số hồ sơ nhận: 915 (kỳ trước: 35; trong kỳ: 880). Có 2 phường còn hồ sơ trễ hạn là phường An Lạc (2 hồ sơ) và phường Tân Tạo (1 hồ sơ). Đến nay, 100% hồ sơ tiếp nhận trong kỳ đã được giải quyết đúng hạn.')).toEqual(
      expect.arrayContaining([
        ['dossier.received', 915, {}],
        ['dossier.carried_over', 35, {}],
        ['dossier.new', 880, {}],
        ['dossier.resolved_late', 2, {}],
        ['dossier.resolved_late', 1, {}],
        ['dossier.on_time_rate', 100, {}],
      ]),
    );
    expect(figures('Trong tháng tiếp nhận 1.204 hồ sơ (tháng trước: 1.150 hồ sơ).')).toEqual([['dossier.received', 1204, {}]]);
  });

  it('reads "còn hạn" as pending on time, and of two channels on the left the one after the last "và"', () => {
    const got = figures('Hồ sơ đang xử lý: 96 hồ sơ (còn hạn: 90 hồ sơ; quá hạn: 6 hồ sơ). Trung tâm đã chuyển trả 215 hồ sơ qua dịch vụ bưu chính công ích và trả trực tiếp 1.430 hồ sơ. Việc số hóa còn hạn chế.');
    expect(got).toHaveLength(5);
    expect(got).toEqual(
      expect.arrayContaining([
        ['dossier.pending', 96, {}],
        ['dossier.pending_on_time', 90, {}],
        ['dossier.pending_overdue', 6, {}],
        ['dossier.returned', 215, { channel: 'postal' }],
        ['dossier.returned', 1430, { channel: 'direct' }],
      ]),
    );
  });

  it('keeps a tier written after a counted noun to that count, not to a later sentence or clause', () => {
    expect(figures('Thị xã đang thực hiện 254 TTHC cấp huyện và 109 TTHC cấp xã. Năm 2025, thị xã đề xuất bãi bỏ 03 thủ tục.')).toEqual([
      ['procedure.total', 254, { tier: 'district' }],
      ['procedure.total', 109, { tier: 'commune' }],
      ['procedure.abolished', 3, { status: 'proposed' }],
    ]);
    expect(figures('Sở Tư pháp kiểm tra theo thẩm quyền 57 văn bản của cấp huyện. Việc rà soát, hệ thống hóa được thực hiện với 932 văn bản.')).toEqual([
      ['legal_doc.reviewed', 57, {}],
      ['legal_doc.reviewed', 932, {}],
    ]);
  });

  it('reads the head count a degree breakdown is of, and a labelled total after "Về"', () => {
    expect(figures('Cơ cấu trình độ của 84 công chức hiện có: thạc sĩ 12 người, đại học 70 người, trung cấp 02 người.')).toEqual([
      ['staff.by_degree', 12, { degree: 'master' }],
      ['staff.by_degree', 70, { degree: 'bachelor' }],
      ['staff.by_degree', 2, { degree: 'other' }],
      ['staff.total', 84, {}],
    ]);
    expect(figures('Về cán bộ, công chức phường: tổng số 19 người.')).toEqual([['staff.total', 19, {}]]);
  });

  it('gives a district committee set against the communes after an opening phrase the district tier; the trailing tier of a fraction stays with it', () => {
    expect(
      figures('Căn cứ Luật Ban hành văn bản QPPL năm 2015, trong năm 2025 HĐND, UBND thị xã ban hành 04 văn bản QPPL; UBND các phường ban hành 07 văn bản. Phòng Tư pháp kiểm tra 07/07 văn bản của cấp xã; rà soát 96 văn bản.'),
    ).toEqual([
      ['legal_doc.issued', 4, { tier: 'district' }],
      ['legal_doc.issued', 7, { tier: 'commune' }],
      ['legal_doc.reviewed', 7, {}],
      ['legal_doc.reviewed', 96, {}],
    ]);
  });

  it('reads no intake from a stated zero of feedback carried over, and a target in a bracket as planned', () => {
    expect(figures('Phản ánh, kiến nghị về TTHC kỳ trước chuyển sang: không có; trong kỳ tiếp nhận 08 phản ánh, đã xử lý 08 phản ánh.')).toEqual([
      ['feedback.received', 8, {}],
      ['feedback.resolved', 8, {}],
    ]);
    expect(figures('Tỷ lệ TTHC cung cấp trực tuyến toàn trình của huyện đạt 47,5% (chỉ tiêu tỉnh giao: 60%).')).toEqual([
      ['procedure.online_rate', 47.5, { level: 'full' }],
      ['procedure.online_rate', 60, { level: 'full', status: 'planned' }],
    ]);
  });

  it('plans the items of a lead-in that titles a plan', () => {
    expect(figures('Nhiệm vụ trọng tâm quý IV:\n\n1. Kiểm tra công tác CCHC tại 05 UBND xã.\n\n2. Mở 02 lớp bồi dưỡng cho khoảng 140 lượt công chức.')).toEqual([
      ['inspection.units', 5, { status: 'planned', tier: 'commune' }],
      ['staff.trained', 140, { status: 'planned' }],
    ]);
  });

  it("gives one ward's staff nouns the commune tier in a district's report, and none in the ward's own", () => {
    const ofReport = (issuer: string, markdown: string): [string, number, object][] =>
      extractRecords(readStructure(`${issuer} báo cáo kết quả công tác cải cách hành chính năm 2025 như sau.\n\n**II. Kết quả thực hiện**\n\n${markdown}\n`)).map((r) => {
        const { subject: _s, type: _t, ...dims } = r.dimensions ?? {};
        return [r.metric, r.value, dims];
      });
    const text = 'Đội ngũ công chức phường hiện có 87 người, trong đó 71 người trình độ đại học. Trong năm đã cử 14 công chức phường đi bồi dưỡng nghiệp vụ.';
    expect(ofReport('UBND thị xã Long Mỹ', text)).toEqual([
      ['staff.by_degree', 71, { degree: 'bachelor', tier: 'commune' }],
      ['staff.total', 87, { tier: 'commune' }],
      ['staff.trained', 14, { tier: 'commune' }],
    ]);
    expect(ofReport('UBND phường Bình Thủy', text)).toEqual([
      ['staff.by_degree', 71, { degree: 'bachelor' }],
      ['staff.total', 87, {}],
      ['staff.trained', 14, {}],
    ]);
  });

  it("gives no tier to figures of a district's own office joined with the communes' committees as one subject", () => {
    expect(figures('Năm 2025, Bộ phận Một cửa huyện và UBND các xã, thị trấn tiếp nhận 09 phản ánh, kiến nghị về TTHC, đã xử lý 09 phản ánh. Cấp xã tiếp nhận thêm 02 phản ánh qua Cổng dịch vụ công.')).toEqual([
      ['feedback.received', 9, {}],
      ['feedback.resolved', 9, {}],
      ['feedback.received', 2, { tier: 'commune' }],
    ]);
  });

  it("keeps the levels of a breakdown to their own sentence's figures", () => {
    expect(figures('Số TTHC thuộc thẩm quyền giải quyết của cấp huyện là 241 thủ tục, cấp xã là 112 thủ tục. Năm 2025, huyện nhận 04 phản ánh, kiến nghị về quy định hành chính.')).toEqual([
      ['procedure.total', 241, { tier: 'district' }],
      ['procedure.total', 112, { tier: 'commune' }],
      ['feedback.received', 4, {}],
    ]);
  });

  it("reads the communes' staff as a head count after the district's quota, their subject 'số' and the communes without 'cấp'", () => {
    expect(figures('Năm 2025, thị xã được giao 88 biên chế công chức, hiện có 83 người; số cán bộ, công chức các xã, phường hiện có 241 người.')).toEqual([
      ['staff.quota_assigned', 88, {}],
      ['staff.quota_filled', 83, {}],
      ['staff.total', 241, { tier: 'commune' }],
    ]);
  });

  it('reads a head count labelled by its owner, a joined pair of degrees as none, and the wards\' discipline as the commune tier', () => {
    expect(figures('Viên chức của Trung tâm: 31 người, trong đó 04 người có trình độ thạc sĩ và 05 người có trình độ cao đẳng, trung cấp.')).toEqual([
      ['staff.by_degree', 4, { degree: 'master' }],
      ['staff.by_degree', 5, {}],
      ['staff.total', 31, {}],
    ]);
    expect(figures('Trong năm, thành phố không có công chức bị kỷ luật; UBND các phường có 03 công chức bị xử lý kỷ luật.')).toEqual([
      ['staff.disciplined', 0, {}],
      ['staff.disciplined', 3, { tier: 'commune' }],
    ]);
  });

  it("reads the communes' staff labelled by their count as a head count of the commune tier", () => {
    expect(figures('Cán bộ, công chức của 11 xã, thị trấn: 248 người.')).toEqual([['staff.total', 248, { tier: 'commune' }]]);
  });

  it("takes one commune's staff noun for the communes' level where the paragraph speaks as the district doing its work", () => {
    expect(figures('Trong năm 2025, huyện đã kiểm tra công tác CCHC tại 04 phòng chuyên môn. Qua kiểm tra, đã xử lý kỷ luật 02 công chức xã.')).toEqual([
      ['inspection.units', 4, {}],
      ['staff.disciplined', 2, { tier: 'commune' }],
    ]);
    expect(figures('Trong năm 2025, phường được quận kiểm tra công tác CCHC. Phường đã xử lý kỷ luật 01 công chức phường.')).toEqual([['staff.disciplined', 1, {}]]);
  });

  it('reads a shortfall against the allotted posts as the quota vacant, and bodies joined to audited ones as no structure', () => {
    expect(figures('Tổng số công chức phường là 18 người, còn thiếu 02 công chức Địa chính - Xây dựng so với định biên.')).toEqual([
      ['staff.quota_vacant', 2, {}],
      ['staff.total', 18, {}],
    ]);
    expect(figures('Trong quý, Ban đã làm việc với 04 phòng và 03 đơn vị trực thuộc về kế hoạch CCHC.')).toEqual([]);
  });

  it('reads the ISO adopters a check found, after its colon, and a level clause with the bare verb', () => {
    expect(figures('Kết quả kiểm tra việc duy trì HTQLCL năm 2025 cho thấy: 09/09 UBND cấp huyện đã duy trì HTQLCL; cấp xã có 121/124 đơn vị áp dụng, đạt 97,6%.')).toEqual([
      ['iso.units', 9, { tier: 'district' }],
      ['iso.units', 121, { tier: 'commune' }],
    ]);
  });

  it('gives a share after counts at levels 3 and 4 of a whole the levels together, and services with dossiers no offer', () => {
    expect(figures('Đến nay, huyện cung cấp 58 DVCTT mức độ 3 và 22 DVCTT mức độ 4 trên tổng số 96 TTHC, đạt tỷ lệ 83,3%; có 19 DVC mức độ 3, 4 phát sinh hồ sơ.')).toEqual([
      ['procedure.online_rate', 83.3, { level: '3-4' }],
      ['procedure.online', 58, { level: '3' }],
      ['procedure.online', 22, { level: '4' }],
      ['procedure.total', 96, {}],
    ]);
  });

  it('reads the discipline labelled with "là" and its level, and none for staff still under consideration', () => {
    expect(figures('Trong năm, số công chức cấp xã bị kỷ luật là 03 người; có 01 công chức đang xem xét kỷ luật.')).toEqual([['staff.disciplined', 3, { tier: 'commune' }]]);
  });

  it('reads units left after a fall written "xuống", the bodies of a bracket before ISO work as no structure, districts owning the inspected as none', () => {
    expect(figures('Số đơn vị sự nghiệp công lập thuộc thị xã giảm từ 54 xuống 49 đơn vị.')).toEqual([['org.units', 49, {}]]);
    expect(figures('Có 05 đơn vị (Văn phòng HĐND và UBND và 04 phòng chuyên môn) áp dụng ISO điện tử.')).toEqual([
      ['iso.units', 5, {}],
      ['iso.units', 4, {}],
    ]);
    expect(figures('Tỉnh đã kiểm tra công tác CCHC tại 09 UBND xã thuộc ba huyện miền núi.')).toEqual([['inspection.units', 9, { tier: 'commune' }]]);
  });

  it('gives a bare count of turns after a training figure that count of people\'s level', () => {
    expect(figures('Trong năm cử 12 công chức cấp xã đi học đại học, 85 lượt tham gia bồi dưỡng chuyên môn.')).toEqual([
      ['staff.trained', 12, { tier: 'commune' }],
      ['staff.trained', 85, { tier: 'commune' }],
    ]);
  });
  it('gives a level named after a lead-in colon its figure, and the items of a list opened by a lĩnh vực their fields', () => {
    expect(figures('Tình hình tiếp nhận hồ sơ ở các cấp như sau: cấp tỉnh tiếp nhận 8.416 hồ sơ, cấp huyện 12.300 hồ sơ.')).toEqual([
      ['dossier.received', 12300, { tier: 'district' }],
      ['dossier.received', 8416, { tier: 'province' }],
    ]);
    expect(figures('Trong quý, UBND phường nhận 512 hồ sơ, gồm lĩnh vực chứng thực 301 hồ sơ, hộ tịch 167 hồ sơ, văn hóa – thông tin và thể thao 44 hồ sơ.')).toEqual([
      ['dossier.received', 301, { field: 'chứng thực' }],
      ['dossier.received', 167, { field: 'hộ tịch' }],
      ['dossier.received', 44, { field: 'văn hóa – thông tin và thể thao' }],
      ['dossier.received', 512, {}],
    ]);
  });

  it("gives a town's own office the district tier when the next paragraph opens on the wards' committees, and none alone", () => {
    expect(figures('Bộ phận Một cửa thị xã tiếp nhận 04 phản ánh về thời hạn trả kết quả, đã trả lời 04 phản ánh.\n\nUBND các phường tiếp nhận 02 phản ánh, kiến nghị, đã xử lý 02 phản ánh.')).toEqual([
      ['feedback.received', 4, { tier: 'district' }],
      ['feedback.resolved', 4, { tier: 'district' }],
      ['feedback.received', 2, { tier: 'commune' }],
      ['feedback.resolved', 2, { tier: 'commune' }],
    ]);
    expect(figures('Bộ phận Một cửa thị xã tiếp nhận 04 phản ánh về thời hạn trả kết quả, đã trả lời 04 phản ánh.')).toEqual([
      ['feedback.received', 4, {}],
      ['feedback.resolved', 4, {}],
    ]);
  });

  it('opens a clause after a label colon, so the committee set against the communes is the district tier', () => {
    expect(figures('Kết quả ban hành văn bản: UBND thị xã ban hành 03 quyết định QPPL; HĐND, UBND các phường ban hành 06 văn bản QPPL.')).toEqual([
      ['legal_doc.issued', 3, { tier: 'district' }],
      ['legal_doc.issued', 6, { tier: 'commune' }],
    ]);
  });

  it('keeps the level of counted bodies to their list, not the next sentence', () => {
    expect(figures('Có 172 cơ quan áp dụng HTQLCL, gồm 19 cơ quan chuyên môn thuộc UBND tỉnh, 09 UBND cấp huyện và 144 UBND cấp xã. Trong năm có 25 cơ quan, đơn vị công bố lại HTQLCL.')).toEqual([
      ['iso.units', 172, {}],
      ['iso.units', 19, { tier: 'province' }],
      ['iso.units', 9, { tier: 'district' }],
      ['iso.units', 144, { tier: 'commune' }],
      ['iso.units', 25, {}],
    ]);
  });

  it('reads "chữa bệnh" inside a field\'s name as no "chưa" ending it', () => {
    expect(figures('Bệnh viện tiếp nhận 940 hồ sơ, trong đó lĩnh vực Khám bệnh, chữa bệnh 870 hồ sơ, lĩnh vực Dược 70 hồ sơ.')).toEqual([
      ['dossier.received', 870, { field: 'Khám bệnh, chữa bệnh' }],
      ['dossier.received', 70, { field: 'Dược' }],
      ['dossier.received', 940, {}],
    ]);
  });
  it('keeps every ";" item of a "trong đó:" list a part of the same whole', () => {
    expect(figures('Năm 2025, Phòng tiếp nhận 96 hồ sơ, đã giải quyết 96 hồ sơ, trong đó: lĩnh vực Xây dựng 58 hồ sơ; lĩnh vực Giao thông 30 hồ sơ; lĩnh vực Công thương 8 hồ sơ.')).toEqual([
      ['dossier.resolved', 58, { field: 'Xây dựng' }],
      ['dossier.resolved', 30, { field: 'Giao thông' }],
      ['dossier.resolved', 8, { field: 'Công thương' }],
      ['dossier.received', 96, {}],
      ['dossier.resolved', 96, {}],
    ]);
  });

  it('reads a table whose first data rows hold only fractions as data, not as header rows', () => {
    expect(figures('Kết quả áp dụng HTQLCL theo TCVN ISO 9001:2015 năm 2025:\n\n| Khối | Số cơ quan áp dụng |\n|---|---|\n| Sở, ban, ngành | 18/18 |\n| UBND cấp huyện | 9/9 |\n| UBND cấp xã | 140/141 |')).toEqual([
      ['iso.units', 18, { tier: 'province' }],
      ['iso.units', 9, { tier: 'district' }],
      ['iso.units', 140, { tier: 'commune' }],
    ]);
  });

  it('reads a field named with the words of commendation or archive files as a field ("Thi đua – Khen thưởng", "Văn thư, lưu trữ")', () => {
    expect(figures('Quý này Sở nhận 281 hồ sơ, gồm: lĩnh vực Thi đua – Khen thưởng: 214 hồ sơ; lĩnh vực Tín ngưỡng: 19 hồ sơ; lĩnh vực Văn thư, lưu trữ: 48 hồ sơ.')).toEqual([
      ['dossier.received', 214, { field: 'Thi đua – Khen thưởng' }],
      ['dossier.received', 19, { field: 'Tín ngưỡng' }],
      ['dossier.received', 48, { field: 'Văn thư, lưu trữ' }],
      ['dossier.received', 281, {}],
    ]);
    expect(figures('Trong kỳ, Phòng Nội vụ nhận 35 hồ sơ đề nghị khen thưởng.')).toEqual([]);
  });

  it('reads a field whose own name holds a comma in a prose list, and two fields joined by a comma as none', () => {
    expect(figures('Năm 2025, Phòng tiếp nhận 262 hồ sơ, trong đó lĩnh vực Phòng cháy, chữa cháy 41 hồ sơ, lĩnh vực Đo đạc, bản đồ và viễn thám 63 hồ sơ, lĩnh vực Thi đua, khen thưởng 158 hồ sơ.')).toEqual([
      ['dossier.received', 41, { field: 'Phòng cháy, chữa cháy' }],
      ['dossier.received', 63, { field: 'Đo đạc, bản đồ và viễn thám' }],
      ['dossier.received', 158, { field: 'Thi đua, khen thưởng' }],
      ['dossier.received', 262, {}],
    ]);
    expect(figures('Trong tháng, UBND phường tiếp nhận 318 hồ sơ, trong đó lĩnh vực hộ tịch, chứng thực 240 hồ sơ.')).toEqual([
      ['dossier.received', 240, {}],
      ['dossier.received', 318, {}],
    ]);
  });

  it('gives a body’s figure split into its own level and one below it no tier: it is the whole area’s', () => {
    expect(figures('Năm 2025, tổng số hồ sơ tiếp nhận của thị xã là 41.260 hồ sơ. Trong đó, cấp thị xã tiếp nhận 12.830 hồ sơ, cấp xã, phường tiếp nhận 28.430 hồ sơ.')).toEqual([
      ['dossier.received', 41260, {}],
      ['dossier.received', 12830, { tier: 'district' }],
      ['dossier.received', 28430, { tier: 'commune' }],
    ]);
    const same = figures('Tổng số hồ sơ tiếp nhận của huyện là 9.640 hồ sơ, trong đó cấp huyện 3.115 hồ sơ, cấp xã 6.525 hồ sơ.');
    expect(same).toContainEqual(['dossier.received', 9640, {}]);
    // a part from the level below alone leaves the body its own figure
    expect(figures('Tổng số hồ sơ tiếp nhận của huyện là 9.640 hồ sơ, trong đó cấp xã chuyển lên 215 hồ sơ.')).toContainEqual(['dossier.received', 9640, { tier: 'district' }]);
  });

  it('gives the total row of a table of numbered urban districts the district tier', () => {
    const got = figures('Kết quả giải quyết hồ sơ tại các quận như sau:\n\n| Đơn vị | Tiếp nhận | Đã giải quyết |\n|---|---|---|\n| Quận 1 | 8.240 | 8.203 |\n| Quận 5 | 6.610 | 6.598 |\n| Quận 11 | 5.005 | 4.987 |\n| Tổng cộng | 19.855 | 19.788 |');
    expect(got).toContainEqual(['dossier.received', 19855, { tier: 'district' }]);
    expect(got).toContainEqual(['dossier.received', 6610, {}]);
  });

  it('gives the field of an item headed "Lĩnh vực Dược phẩm:" to every clause of the item, "được" in it being no verb', () => {
    expect(figures('- Lĩnh vực Dược phẩm: nhận 305 hồ sơ, đã giải quyết 297 hồ sơ, trong đó quá hạn 03 hồ sơ.')).toEqual([
      ['dossier.received', 305, { field: 'Dược phẩm' }],
      ['dossier.resolved', 297, { field: 'Dược phẩm' }],
      ['dossier.resolved_late', 3, { field: 'Dược phẩm' }],
    ]);
  });

  it('reads a deadline column after the pending column of a one-row header as a state of the pending dossiers', () => {
    const got = figures('Kết quả giải quyết hồ sơ năm 2025:\n\n| Lĩnh vực | Tiếp nhận | Đã giải quyết | Đúng hạn | Quá hạn | Đang giải quyết | Trong hạn | Quá hạn |\n|---|---|---|---|---|---|---|---|\n| Xây dựng | 130 | 118 | 115 | 3 | 12 | 10 | 2 |');
    expect(got.filter(([m]) => m.includes('late') || m.includes('pending'))).toEqual([
      ['dossier.resolved_late', 3, { field: 'Xây dựng' }],
      ['dossier.pending', 12, { field: 'Xây dựng' }],
      ['dossier.pending_on_time', 10, { field: 'Xây dựng' }],
      ['dossier.pending_overdue', 2, { field: 'Xây dựng' }],
    ]);
  });

  it('reads "Đo đạc, …" after "Lĩnh vực" in an item\'s head as a name, not "lĩnh vực đó"', () => {
    expect(figures('- Lĩnh vực Đo đạc, bản đồ và thông tin địa lý: tiếp nhận 27 hồ sơ, giải quyết 25 hồ sơ.')).toEqual([
      ['dossier.received', 27, { field: 'Đo đạc, bản đồ và thông tin địa lý' }],
      ['dossier.resolved', 25, { field: 'Đo đạc, bản đồ và thông tin địa lý' }],
    ]);
  });

  it('reads "Giải quyết theo cơ chế một cửa liên thông:" as the mechanism\'s label, its "chưa phát sinh hồ sơ" as no intake', () => {
    expect(figures('Giải quyết theo cơ chế một cửa: tiếp nhận 64 hồ sơ, đã giải quyết 64 hồ sơ. Giải quyết theo cơ chế một cửa liên thông: không phát sinh hồ sơ.')).toEqual([
      ['dossier.received', 64, {}],
      ['dossier.resolved', 64, {}],
      ['dossier.received', 0, {}],
    ]);
    // ("Sở" folds as "Số": the department named, not "Số đã giải quyết …".)
    expect(figures('Sở đang thực hiện 52 TTHC cấp tỉnh. Trong quý, Sở tiếp nhận 310 hồ sơ.')).toEqual([
      ['procedure.total', 52, { tier: 'province' }],
      ['dossier.received', 310, {}],
    ]);
  });

  it('gives dossiers held for verification or not yet eligible no record', () => {
    expect(figures('Trong năm, Sở nhận 4.120 hồ sơ cấp Phiếu lý lịch tư pháp, đã trả kết quả 4.031 hồ sơ; còn 89 hồ sơ đang xác minh.')).toEqual([
      ['dossier.received', 4120, {}],
      ['dossier.returned', 4031, {}],
    ]);
    expect(figures('Số hồ sơ chưa đủ điều kiện giải quyết là 17 hồ sơ.')).toEqual([]);
  });

  it('gives a total "của quận và các phường" no tier: the district and its wards together', () => {
    expect(figures('Trong tháng, số hồ sơ tiếp nhận của quận và các phường là 5.410 hồ sơ; trong đó cấp quận 1.630 hồ sơ, cấp phường 3.780 hồ sơ.')).toEqual([
      ['dossier.received', 1630, { tier: 'district' }],
      ['dossier.received', 3780, { tier: 'commune' }],
      ['dossier.received', 5410, {}],
    ]);
  });

  it('reads "vượt thời hạn (quy định)" as late, beside "trước / đúng thời hạn quy định"', () => {
    expect(figures('Đã giải quyết 905 hồ sơ, trong đó trước thời hạn quy định 610 hồ sơ, đúng thời hạn quy định 290 hồ sơ, vượt quá thời hạn 05 hồ sơ.')).toEqual([
      ['dossier.resolved', 905, {}],
      ['dossier.resolved_early', 610, {}],
      ['dossier.resolved_on_time', 290, {}],
      ['dossier.resolved_late', 5, {}],
    ]);
  });

  it('keeps the level written after a staff noun with a comma to its count, yet gives it to the breakdown of that count', () => {
    expect(figures('Huyện có 412 cán bộ, công chức cấp xã. Trong đó, đại học 350 người, thạc sĩ 21 người.')).toEqual([
      ['staff.total', 412, { tier: 'commune' }],
      ['staff.by_degree', 350, { degree: 'bachelor', tier: 'commune' }],
      ['staff.by_degree', 21, { degree: 'master', tier: 'commune' }],
    ]);
  });

  it('gives no level of an earlier sentence to a sentence on the reporting area itself, nor a closed breakdown’s to its rate', () => {
    expect(figures('Toàn huyện có 100% UBND các xã niêm yết công khai TTHC đúng quy định. Huyện đã tiếp nhận 9.870 hồ sơ, trong đó cấp huyện 2.140 hồ sơ, cấp xã 7.730 hồ sơ; tỷ lệ trễ hạn là 0,3%.')).toEqual([
      ['dossier.late_rate', 0.3, {}],
      ['dossier.received', 2140, { tier: 'district' }],
      ['dossier.received', 7730, { tier: 'commune' }],
      ['dossier.received', 9870, {}],
    ]);
  });

  it('reads the staff a count of communes has, after the district’s quota, as the communes’ head count, not the posts filled', () => {
    expect(figures('Năm 2025, huyện được giao 142 biên chế công chức; 19 xã, thị trấn có 406 cán bộ, công chức.')).toEqual([
      ['staff.quota_assigned', 142, {}],
      ['staff.total', 406, { tier: 'commune' }],
    ]);
  });

  it("gives the district's own office its tier when the wards' figures come as a table under their own heading", () => {
    const got = figures(
      [
        '**1. Tại Bộ phận Một cửa quận**',
        'Bộ phận Một cửa quận tiếp nhận 7.310 hồ sơ, đang giải quyết 41 hồ sơ.',
        '**2. Tại UBND các phường**',
        '| STT | Phường | Tiếp nhận | Trễ hạn |\n| --- | --- | --- | --- |\n| 1 | Phường Cầu Ông Lãnh | 902 | 1 |\n| 2 | Phường Cô Giang | 655 | 0 |',
      ].join('\n\n'),
    );
    expect(got.filter(([, v]) => v === 7310 || v === 41)).toEqual([
      ['dossier.received', 7310, { tier: 'district' }],
      ['dossier.pending', 41, { tier: 'district' }],
    ]);
  });

  it('reads feedback resolved after its scope ("thuộc thẩm quyền đã được xử lý"), and keeps levels set against each other to their sentence', () => {
    expect(figures('Năm 2025, huyện nhận 52 phản ánh, kiến nghị, trong đó 48 phản ánh thuộc thẩm quyền đã được xử lý.')).toEqual([
      ['feedback.received', 52, {}],
      ['feedback.resolved', 48, {}],
    ]);
    expect(figures('Trong quý, các cơ quan chuyên môn thuộc UBND huyện tiếp nhận 6 phản ánh, kiến nghị; UBND các xã tiếp nhận 11 phản ánh, kiến nghị. Đến nay đã xử lý 15/17 phản ánh, kiến nghị.')).toEqual([
      ['feedback.received', 6, { tier: 'district' }],
      ['feedback.received', 11, { tier: 'commune' }],
      ['feedback.resolved', 15, {}],
    ]);
  });

  it('reads the count behind an early share ("trước hạn chiếm 62,4% (1.292 hồ sơ)") as early, not resolved', () => {
    expect(figures('Đã giải quyết 2.071 hồ sơ, trong đó số hồ sơ giải quyết trước hạn chiếm 62,4% (1.292 hồ sơ), đúng hạn 771 hồ sơ, trễ hạn 08 hồ sơ.')).toEqual([
      ['dossier.resolved_early', 1292, {}],
      ['dossier.resolved', 2071, {}],
      ['dossier.resolved_on_time', 771, {}],
      ['dossier.resolved_late', 8, {}],
    ]);
  });

  it('gives no earlier level to the feedback of a sentence opening on the reporting area, after a time phrase', () => {
    const got = figures(
      'Số TTHC thuộc thẩm quyền giải quyết của cấp huyện là 254 thủ tục, trong đó 171 TTHC thực hiện dịch vụ công trực tuyến toàn trình. Trong quý III, huyện đã tiếp nhận 04 phản ánh, kiến nghị về quy định hành chính, đã xử lý 03 phản ánh.',
    );
    expect(got.filter(([m]) => m.startsWith('feedback.'))).toEqual([
      ['feedback.received', 4, {}],
      ['feedback.resolved', 3, {}],
    ]);
    expect(got.find(([m]) => m === 'procedure.total')).toEqual(['procedure.total', 254, { tier: 'district' }]);
  });

  it('reads a head count before another category after its level, procedures offered online after a bare "Trong đó, có", documents counted right after "Qua rà soát", and study for a master\'s', () => {
    expect(figures('Toàn huyện hiện có 286 cán bộ, công chức cấp xã và 173 người hoạt động không chuyên trách ở cấp xã.')).toEqual([['staff.total', 286, { tier: 'commune' }]]);
    expect(figures('Trong đó, có 74 TTHC đủ điều kiện cung cấp dịch vụ công trực tuyến.')).toEqual([['procedure.online', 74, {}]]);
    expect(figures('Qua rà soát 846 văn bản QPPL, đã công bố 21 văn bản hết hiệu lực.')).toEqual([['legal_doc.reviewed', 846, {}]]);
    expect(figures('Qua rà soát, phát hiện 04 văn bản QPPL hết hiệu lực.')).toEqual([]);
    expect(figures('Trong quý, cử 05 công chức học cao cấp lý luận chính trị; 01 viên chức học thạc sĩ.')).toEqual([
      ['staff.trained', 5, {}],
      ['staff.trained', 1, {}],
    ]);
  });

  it('reads the share after a count of online services at levels "3, 4", and gives no degree to a label joining two degrees before its figure', () => {
    expect(figures('Đến hết năm 2021, huyện đã cung cấp 214 DVCTT mức độ 3, 4, đạt tỷ lệ 72,3%.')).toEqual([
      ['procedure.online_rate', 72.3, { level: '3-4' }],
      ['procedure.online', 214, { level: '3-4' }],
    ]);
    expect(figures('Về trình độ chuyên môn: đại học 52 người, cao đẳng, trung cấp 09 người.')).toEqual([
      ['staff.by_degree', 52, { degree: 'bachelor' }],
      ['staff.by_degree', 9, {}],
    ]);
  });

  it('reads no vacancy from the staff over the quota ("vượt 02 biên chế")', () => {
    expect(figures('Biên chế công chức năm 2025 được giao: 38; có mặt: 40 (vượt 02 biên chế do chưa thực hiện tinh giản).')).toEqual([
      ['staff.quota_assigned', 38, {}],
      ['staff.quota_filled', 40, {}],
    ]);
  });

  it("gives a labelled degree breakdown the level of the head count in the sentence before it, and none for political-theory ranks", () => {
    expect(figures('Toàn thị xã có 188 cán bộ, công chức cấp xã. Về trình độ chuyên môn: thạc sĩ 04 người; đại học 160 người; cao đẳng 09 người. Về lý luận chính trị: cao cấp 05 người, trung cấp 120 người.')).toEqual([
      ['staff.total', 188, { tier: 'commune' }],
      ['staff.by_degree', 4, { degree: 'master', tier: 'commune' }],
      ['staff.by_degree', 160, { degree: 'bachelor', tier: 'commune' }],
      ['staff.by_degree', 9, { degree: 'college', tier: 'commune' }],
    ]);
  });

  it('keeps the field of each item in a field list whose first figure groups its thousands with a space', () => {
    const got = figures('Năm 2025, Phòng Quản lý đô thị tiếp nhận 2.905 hồ sơ, trong đó lĩnh vực cấp phép xây dựng 2 610 hồ sơ, hạ tầng kỹ thuật đô thị 295 hồ sơ.');
    expect(got.filter(([, v]) => v === 2610 || v === 295)).toEqual([
      ['dossier.received', 2610, { field: 'cấp phép xây dựng' }],
      ['dossier.received', 295, { field: 'hạ tầng kỹ thuật đô thị' }],
    ]);
  });

  it('reads no intake from the share of feedback outside the remit, with no verb of its own', () => {
    expect(figures('Trong quý, UBND phường nhận 11 phản ánh, kiến nghị về thủ tục hành chính; trong đó 4 kiến nghị không thuộc thẩm quyền giải quyết của phường. Phường đã xử lý 7 phản ánh.')).toEqual([
      ['feedback.received', 11, {}],
      ['feedback.resolved', 7, {}],
    ]);
  });

  it('gives each sentence headed by a body of its own that body as subject, not the paragraph\'s first', () => {
    const recs = extractRecords(readStructure('**II. Kết quả thực hiện**\n\nPhòng Nội vụ: không phát sinh hồ sơ trong kỳ. Phòng Quản lý đô thị: tiếp nhận 212 hồ sơ, đã giải quyết 207 hồ sơ.\n'));
    expect(recs.map((r) => [r.metric, r.value, r.dimensions?.subject])).toEqual([
      ['dossier.received', 0, 'Phòng Nội vụ'],
      ['dossier.received', 212, 'Phòng Quản lý đô thị'],
      ['dossier.resolved', 207, 'Phòng Quản lý đô thị'],
    ]);
  });

  it('reads the field after "tiếp theo là" in a ranking of lĩnh vực', () => {
    expect(figures('Lĩnh vực phát sinh nhiều hồ sơ nhất là đất đai với 845 hồ sơ, tiếp đến là chứng thực 530 hồ sơ.')).toEqual([
      ['dossier.received', 530, { field: 'chứng thực' }],
      ['dossier.received', 845, { field: 'đất đai' }],
    ]);
  });

  it('reads the parts by channel of a new intake as received through each channel', () => {
    expect(figures('Số hồ sơ nhận mới: 1.210 hồ sơ (qua Cổng dịch vụ công: 1.004; nộp trực tiếp: 206).')).toEqual([
      ['dossier.received', 1004, { channel: 'online' }],
      ['dossier.new', 1210, {}],
      ['dossier.received', 206, { channel: 'direct' }],
    ]);
  });

  it("gives a rate the lĩnh vực of its paragraph's head", () => {
    const got = figures('Kết quả giải quyết hồ sơ lĩnh vực hộ tịch của Phòng Tư pháp: tiếp nhận 640 hồ sơ, đã giải quyết 632 hồ sơ. Tỷ lệ giải quyết đúng hạn đạt 99,1%.');
    expect(got.filter(([m]) => m === 'dossier.on_time_rate')).toEqual([['dossier.on_time_rate', 99.1, { field: 'hộ tịch' }]]);
  });

  it("reads a bare zero opening the body of a heading on feedback as none received", () => {
    expect(figures('1. Cải cách thủ tục hành chính\n\na) Giải quyết hồ sơ\n\nXã tiếp nhận 41 hồ sơ.\n\nb) Kết quả tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức: Không phát sinh.')).toEqual([
      ['dossier.received', 41, {}],
      ['feedback.received', 0, {}],
    ]);
  });

  it('reads the parts by level of feedback counted in "lượt", and a later "xử lý dứt điểm N lượt"', () => {
    expect(figures('Trong năm, thị xã nhận 31 lượt phản ánh, kiến nghị về TTHC, trong đó cấp huyện 20 lượt, cấp xã 11 lượt. Đã xử lý dứt điểm 30 lượt.')).toEqual([
      ['feedback.received', 31, {}],
      ['feedback.received', 20, { tier: 'district' }],
      ['feedback.received', 11, { tier: 'commune' }],
      ['feedback.resolved', 30, {}],
    ]);
  });

  it('reads the on-time share of the dossiers filed online with their channel', () => {
    expect(figures('Trong năm, Phòng đã tiếp nhận 1.870 hồ sơ; 100% hồ sơ trực tuyến được giải quyết đúng hạn.')).toEqual([
      ['dossier.on_time_rate', 100, { channel: 'online' }],
      ['dossier.received', 1870, {}],
    ]);
  });

  it("reads a label's fraction of feedback handled in the sentence after the feedback counted", () => {
    expect(figures('Số phản ánh, kiến nghị về TTHC tiếp nhận trong năm: 07. Đã giải quyết: 06/07, còn 01 đang xác minh.')).toEqual([
      ['feedback.received', 7, {}],
      ['feedback.resolved', 6, {}],
    ]);
  });

  it("gives a figure the channel of its heading when its sentence names only that channel", () => {
    expect(figures('1. Cải cách thủ tục hành chính\n\na) Tiếp nhận, trả kết quả qua dịch vụ bưu chính công ích\n\nTrong quý, phường tiếp nhận 23 hồ sơ qua bưu chính công ích, trả kết quả 58 hồ sơ cho người dân.')).toEqual([
      ['dossier.received', 23, { channel: 'postal' }],
      ['dossier.returned', 58, { channel: 'postal' }],
    ]);
  });

  it('reads no intake from the feedback that is overdue', () => {
    expect(figures('Thị trấn tiếp nhận 12 phản ánh, kiến nghị, đã xử lý 10 phản ánh; 02 phản ánh bị quá hạn xử lý.')).toEqual([
      ['feedback.received', 12, {}],
      ['feedback.resolved', 10, {}],
    ]);
  });

  it('reads the next count of results joined by "và" as returned too, with its own channel', () => {
    expect(figures('Trong quý, Phòng đã trả 35 kết quả qua bưu chính công ích và 410 kết quả điện tử trên Cổng dịch vụ công.')).toEqual([
      ['dossier.returned', 410, { channel: 'online' }],
      ['dossier.returned', 35, { channel: 'postal' }],
    ]);
  });

  it('reads the next bodies of an inspection list as inspected, public service units included, not as the structure', () => {
    expect(figures('Năm 2025, Đoàn kiểm tra của thị xã đã kiểm tra công tác CCHC tại 05 phòng, ban chuyên môn; 09 UBND phường, xã và 03 đơn vị sự nghiệp công lập trực thuộc.')).toEqual([
      ['inspection.units', 5, { tier: 'district' }],
      ['inspection.units', 9, { tier: 'commune' }],
      ['inspection.units', 3, {}],
    ]);
  });

  it('reads the posts of the public service units with those present after them as the quota, not a head count', () => {
    expect(figures('Số lượng người làm việc tại các trường học trực thuộc Phòng Giáo dục là 412 người (hiện có 398 người).')).toEqual([
      ['staff.quota_assigned', 412, {}],
      ['staff.quota_filled', 398, {}],
    ]);
    // (Alone, the people working at a body are counted.)
    expect(figures('Số người làm việc tại Trung tâm Dịch vụ nông nghiệp là 27 người.')).toEqual([['staff.total', 27, {}]]);
  });

  it('reads an inspection going on to the bodies left, in its own paragraph, as planned', () => {
    expect(figures('Trong quý I, UBND thị trấn đã tự kiểm tra công tác CCHC tại 02 bộ phận chuyên môn.\n\nQuý II, tiếp tục tiến hành kiểm tra 03 bộ phận còn lại.')).toEqual([
      ['inspection.units', 2, {}],
      ['inspection.units', 3, { status: 'planned' }],
    ]);
  });

  it('gives each change of a publication the field closing the clause, a comma inside its name', () => {
    expect(figures('Năm 2025, Chủ tịch UBND tỉnh công bố sửa đổi 05 TTHC và bãi bỏ 02 TTHC trong lĩnh vực thể dục, thể thao.')).toEqual([
      ['procedure.amended', 5, { field: 'thể dục, thể thao' }],
      ['procedure.abolished', 2, { field: 'thể dục, thể thao' }],
    ]);
    // (Two fields named alone are a list: none.)
    expect(figures('Năm 2025, Chủ tịch UBND tỉnh công bố sửa đổi 05 TTHC và bãi bỏ 02 TTHC trong lĩnh vực đất đai, xây dựng.')).toEqual([
      ['procedure.amended', 5, {}],
      ['procedure.abolished', 2, {}],
    ]);
  });

  it('reads staff studying as doctoral candidates as trained, and a head count whose thousands are spaced', () => {
    expect(figures('Trong năm, Sở cử 02 viên chức làm nghiên cứu sinh tại Học viện Hành chính Quốc gia.')).toEqual([['staff.trained', 2, {}]]);
    expect(figures('Toàn ngành hiện có 2 315 cán bộ, công chức, viên chức.')).toEqual([['staff.total', 2315, {}]]);
  });

  it('reads the field of a change in a bracket of its own after it', () => {
    expect(figures('Năm 2025, Sở trình công bố 07 TTHC mới (lĩnh vực Đường bộ) và bãi bỏ 02 TTHC (lĩnh vực Đăng kiểm).')).toEqual([
      ['procedure.published', 7, { field: 'Đường bộ', status: 'proposed' }],
      ['procedure.abolished', 2, { field: 'Đăng kiểm', status: 'proposed' }],
    ]);
  });

  it('reads no procedure published from a quality system announced again for them', () => {
    expect(figures('Trong năm, UBND thị xã đã công bố lại hệ thống quản lý chất lượng đối với 287 TTHC.').filter(([m]) => m === 'procedure.published')).toEqual([]);
  });

  it('reads an inspection to come after a table of the bodies inspected as planned', () => {
    expect(
      figures('Kết quả kiểm tra công tác CCHC 6 tháng đầu năm:\n\n| STT | Đơn vị | Số lượng |\n|---|---|---|\n| 1 | UBND các xã | 05 |\n\nTrong 6 tháng cuối năm, huyện dự kiến kiểm tra 07 xã.').filter(([, v]) => v === 7),
    ).toEqual([['inspection.units', 7, { status: 'planned', tier: 'commune' }]]);
  });

  it("reads items labelled by a town's own level or by two words of one level under a training lead-in", () => {
    expect(figures('Kết quả bồi dưỡng năm 2025:\n\n+ Cấp thị xã: 96 lượt;\n\n+ Cấp xã, thị trấn: 245 lượt.')).toEqual([
      ['staff.trained', 96, { tier: 'district' }],
      ['staff.trained', 245, { tier: 'commune' }],
    ]);
  });

  it('reads a count of people disciplined coordinated after one whose nouns run on', () => {
    expect(figures('Năm 2025, huyện đã xử lý kỷ luật 02 cán bộ, công chức cấp xã (khiển trách) và 01 viên chức cấp huyện.')).toEqual([
      ['staff.disciplined', 2, { tier: 'commune' }],
      ['staff.disciplined', 1, { tier: 'district' }],
    ]);
  });

  it('reads procedures provided in the form of online public services as the online offer', () => {
    expect(figures('Năm 2025, Sở cung cấp 54/60 TTHC theo hình thức dịch vụ công trực tuyến.')).toEqual([['procedure.online', 54, {}]]);
  });

  it('reads staff written "CB, CC" as a head count and as people trained', () => {
    expect(figures('Tổng số CB, CC của thị trấn: 19 người; trong năm cử 04 lượt CB, CC tham gia tập huấn nghiệp vụ.')).toEqual([
      ['staff.total', 19, {}],
      ['staff.trained', 4, {}],
    ]);
  });

  it('reads the posts paid from the budget as the quota, and posts held in reserve as none', () => {
    expect(figures('Số lượng người làm việc hưởng lương từ ngân sách nhà nước trong các trường học của huyện là 3.412 người.')).toEqual([['staff.quota_assigned', 3412, {}]]);
    expect(figures('Năm 2025, tỉnh được giao 1.870 biên chế công chức, đã phân bổ 1.845 biên chế, còn 25 biên chế dự phòng.')).toEqual([
      ['staff.quota_assigned', 1870, {}],
      ['staff.quota_assigned', 1845, {}],
    ]);
  });

  it('reads a sentence going on with the reform inspection of the sentence before it in its paragraph', () => {
    expect(figures('Năm 2025, Sở ban hành Kế hoạch kiểm tra công tác CCHC tại 06 đơn vị trực thuộc. Đến hết quý III, đã kiểm tra 04 đơn vị.')).toEqual([
      ['inspection.units', 6, { status: 'planned' }],
      ['inspection.units', 4, {}],
    ]);
  });

  it("gives a table's rows the one level its caption names, where they name none", () => {
    expect(figures('Cơ cấu trình độ của công chức cấp huyện:\n\n| Trình độ | Số lượng |\n|---|---|\n| Thạc sĩ | 12 |\n| Đại học | 86 |')).toEqual([
      ['staff.by_degree', 12, { degree: 'master', tier: 'district' }],
      ['staff.by_degree', 86, { degree: 'bachelor', tier: 'district' }],
    ]);
    // (A caption of two levels gives none.)
    expect(figures('Cơ cấu trình độ của công chức cấp huyện và cấp xã:\n\n| Trình độ | Số lượng |\n|---|---|\n| Thạc sĩ | 12 |')).toEqual([['staff.by_degree', 12, { degree: 'master' }]]);
  });

  it('reads a label of the bodies "dự kiến được kiểm tra" after a paragraph on reform inspections as planned', () => {
    expect(figures('Năm 2025, Sở đã kiểm tra công tác CCHC tại 03 đơn vị.\n\nSố đơn vị dự kiến được kiểm tra trong quý IV: 05 đơn vị.')).toEqual([
      ['inspection.units', 3, {}],
      ['inspection.units', 5, { status: 'planned' }],
    ]);
  });

  it('reads no online offer from a subset of procedures by what is done with them, before a figure with a level', () => {
    expect(figures('Bộ TTHC của huyện gồm 286 thủ tục; trong đó 241 thủ tục được tiếp nhận tại Bộ phận Một cửa, 18 thủ tục thực hiện liên thông, 96 thủ tục cung cấp dịch vụ công trực tuyến một phần.')).toEqual([
      ['procedure.total', 286, {}],
      ['procedure.online', 96, { level: 'partial' }],
    ]);
  });

  it('reads the rows of forms of discipline in a table on discipline, by level or by count', () => {
    expect(figures('Tình hình kỷ luật công chức, viên chức năm 2025:\n\n| Hình thức | Cấp tỉnh | Cấp huyện |\n|---|---|---|\n| Cảnh cáo | 2 | 4 |')).toEqual([
      ['staff.disciplined', 2, { tier: 'province' }],
      ['staff.disciplined', 4, { tier: 'district' }],
    ]);
    expect(figures('Kết quả xử lý kỷ luật năm 2025:\n\n| Hình thức kỷ luật | Số người |\n|---|---|\n| Khiển trách | 3 |\n| Buộc thôi việc | 1 |')).toEqual([
      ['staff.disciplined', 3, {}],
      ['staff.disciplined', 1, {}],
    ]);
  });

  it('gives every change of an item labelled by its field that field', () => {
    expect(figures('Kết quả công bố TTHC năm 2025:\n\n- Lĩnh vực Hộ tịch: công bố mới 03 TTHC, sửa đổi 04 TTHC, bãi bỏ 02 TTHC.')).toEqual([
      ['procedure.published', 3, { field: 'Hộ tịch' }],
      ['procedure.amended', 4, { field: 'Hộ tịch' }],
      ['procedure.abolished', 2, { field: 'Hộ tịch' }],
    ]);
  });

  it('reads the divisions of "các sở" after a phrase of their own as the province tier', () => {
    expect(figures('Đến nay, các sở hiện có 101 phòng chuyên môn, nghiệp vụ.')).toEqual([['org.divisions', 101, { tier: 'province' }]]);
  });

  it("reads head counts at a town's or city's own level beside the communes'", () => {
    expect(figures('Thành phố hiện có 245 công chức cấp thành phố và 318 cán bộ, công chức cấp xã.')).toEqual([
      ['staff.total', 245, { tier: 'district' }],
      ['staff.total', 318, { tier: 'commune' }],
    ]);
  });

  it('reads a unit the State pays for as an affiliated unit', () => {
    expect(figures('Chi cục có 01 đơn vị do Nhà nước bảo đảm chi thường xuyên.')).toEqual([['org.units', 1, {}]]);
  });

  it('reads the parts by level of an ISO count after "trong đó"', () => {
    expect(figures('Đến nay, 156 cơ quan, đơn vị đã công bố HTQLCL phù hợp TCVN ISO 9001:2015, trong đó: cấp tỉnh 19, cấp huyện 10, cấp xã 127.')).toEqual([
      ['iso.units', 156, {}],
      ['iso.units', 19, { tier: 'province' }],
      ['iso.units', 10, { tier: 'district' }],
      ['iso.units', 127, { tier: 'commune' }],
    ]);
  });

  it("reads the numerator of the fraction a rate's label stands over as the online offer", () => {
    expect(figures('Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình của phường: 61/104 TTHC (58,7%).')).toEqual([
      ['procedure.online_rate', 58.7, { level: 'full' }],
      ['procedure.online', 61, { level: 'full' }],
    ]);
  });

  it('reads no field from a list of fields closed by "và" after a publication', () => {
    expect(figures('Năm 2025, Sở trình công bố 12 TTHC lĩnh vực đường bộ, đường thủy và đăng kiểm.')).toEqual([['procedure.published', 12, { status: 'proposed' }]]);
  });

  it('reads affiliated units counted under a label naming their kind', () => {
    expect(figures('Các đơn vị sự nghiệp công lập trực thuộc Sở: 05 đơn vị.')).toEqual([['org.units', 5, {}]]);
  });

  it('gives the parts in the bracket after a share of services offered online the level labelling each', () => {
    expect(figures('Đến nay, Sở cung cấp 100% dịch vụ công trực tuyến (toàn trình: 38 thủ tục, một phần: 17 thủ tục).').filter(([m]) => m === 'procedure.online')).toEqual([
      ['procedure.online', 38, { level: 'full' }],
      ['procedure.online', 17, { level: 'partial' }],
    ]);
  });

  it('reads the items by level of a discipline lead-in with their forms in a bracket', () => {
    expect(figures('Kết quả xử lý kỷ luật năm 2025:\n\n- Cấp tỉnh: 02 người (khiển trách);\n\n- Cấp huyện: 04 người (03 khiển trách, 01 cảnh cáo).')).toEqual([
      ['staff.disciplined', 2, { tier: 'province' }],
      ['staff.disciplined', 4, { tier: 'district' }],
      ['staff.disciplined', 3, { tier: 'district' }],
      ['staff.disciplined', 1, { tier: 'district' }],
    ]);
  });

  it("reads no ISO adopters from an area's count of its communes before a clause of shares", () => {
    expect(figures('Huyện có 17 xã, thị trấn; 100% UBND xã, thị trấn đã áp dụng HTQLCL theo TCVN ISO 9001:2015.')).toEqual([]);
  });

  it('reads the part of drafted documents said issued right before its figure as issued', () => {
    expect(figures('Năm 2025, Sở chủ trì soạn thảo 04 dự thảo VBQPPL, trong đó đã được ban hành 02 văn bản.')).toEqual([
      ['legal_doc.issued', 4, { status: 'draft' }],
      ['legal_doc.issued', 2, {}],
    ]);
  });

  it('reads a counted inspectorate as part of the structure, not an inspection', () => {
    expect(figures('Chi cục có 02 phòng chuyên môn, 01 Thanh tra và 01 đơn vị trực thuộc.')).toEqual([
      ['org.divisions', 2, {}],
      ['org.units', 1, {}],
    ]);
  });

  it('carries no level of the procedures before to a sentence opening on the reporting body by its kind ("Ban", "Chi cục", "Sở")', () => {
    expect(figures('Ban đang thực hiện 03 TTHC cấp tỉnh. Trong quý II, Ban chưa có hồ sơ TTHC phát sinh.')).toEqual([
      ['procedure.total', 3, { tier: 'province' }],
      ['dossier.received', 0, {}],
    ]);
  });

  it('reads no structure from bodies whose state of the ISO work is told after them', () => {
    expect(figures('Chi cục duy trì HTQLCL tại 03 phòng chuyên môn; 01 đơn vị sự nghiệp chưa áp dụng.')).toEqual([['iso.units', 3, {}]]);
  });

  it('breaks down the lead-in\'s whole before its bracket of parts, and reads two kinds of staff in one quota', () => {
    const got = figures('- Tổng số hồ sơ thụ lý: 1.250 hồ sơ (tồn kỳ trước: 50; tiếp nhận trong kỳ: 1.200), cụ thể:\n\n+ Lĩnh vực hộ tịch: 640 hồ sơ;\n\n+ Lĩnh vực chứng thực: 610 hồ sơ.');
    expect(got.filter(([, , d]) => 'field' in d)).toEqual([
      ['dossier.received', 640, { field: 'hộ tịch' }],
      ['dossier.received', 610, { field: 'chứng thực' }],
    ]);
    expect(figures('Biên chế được giao năm 2018: 52 công chức, 87 viên chức; hiện có 50 công chức, 85 viên chức.')).toEqual([
      ['staff.quota_assigned', 52, {}],
      ['staff.quota_assigned', 87, {}],
      ['staff.quota_filled', 50, {}],
      ['staff.quota_filled', 85, {}],
    ]);
  });

  it('reads a whole labelled "trong kỳ" beside its carried-over and new parts as the period\'s total', () => {
    expect(figures('Tổng số hồ sơ trong kỳ: 2.150 hồ sơ, gồm 40 hồ sơ kỳ trước chuyển qua và 2.110 hồ sơ mới tiếp nhận.')).toEqual([
      ['dossier.received', 2150, {}],
      ['dossier.carried_over', 40, {}],
      ['dossier.new', 2110, {}],
    ]);
  });
});
