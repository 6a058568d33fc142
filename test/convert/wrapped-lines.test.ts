import { describe, expect, it } from 'vitest';
import { joinWrapped, wrappedContinuations } from '../../src/convert/wrapped-lines.ts';

/** The blocks as one string per paragraph after the joins (what the converters write). */
function joined(blocks: (string | null)[]): string[] {
  const continues = wrappedContinuations(blocks);
  const out: string[] = [];
  blocks.forEach((b, i) => {
    const text = b ?? '[table]';
    if (continues[i]) out[out.length - 1] = joinWrapped(out[out.length - 1]!, text);
    else out.push(text);
  });
  return out;
}

describe('wrappedContinuations', () => {
  it('joins a block that ends no clause to a next one opening on a small letter', () => {
    expect(joined(['Trong 6 tháng, Văn phòng đăng ký đất đai đã tiếp', 'nhận 1.216 hồ sơ, giải quyết đúng hạn 1.190 hồ sơ.'])).toEqual([
      'Trong 6 tháng, Văn phòng đăng ký đất đai đã tiếp nhận 1.216 hồ sơ, giải quyết đúng hạn 1.190 hồ sơ.',
    ]);
    // (after a comma, and with the bold of a typed figure around the break)
    expect(joined(['Số hồ sơ trễ hạn là **07**,', 'chủ yếu ở lĩnh vực đất đai.'])).toEqual(['Số hồ sơ trễ hạn là **07**, chủ yếu ở lĩnh vực đất đai.']);
  });

  it('keeps apart what a clause end, a letter marker, a heading or a table closes or opens', () => {
    const blocks = [
      'Kết quả cụ thể như sau:',
      'tiếp nhận 310 hồ sơ;',
      'a) Lĩnh vực hộ tịch: 96 hồ sơ',
      'b, Lĩnh vực chứng thực: 214 hồ sơ',
      '## 2. Cải cách thủ tục hành chính',
      'đã rà soát 14 thủ tục',
      '| Lĩnh vực | Hồ sơ |',
      null,
      'tiếp theo bảng',
    ];
    expect(wrappedContinuations(blocks)).toEqual(blocks.map(() => false));
  });

  it('in a hard-wrapped document, also joins a next line opening on a capital or a figure where the line was full', () => {
    const lines = [
      'Căn cứ Kế hoạch số 15/KH-UBND ngày 20/01/2024 của Ủy ban nhân dân huyện về',
      'công tác cải cách hành chính năm 2024, Phòng Nội vụ đã tham mưu cho UBND',
      'huyện ban hành 04 văn bản chỉ đạo; phối hợp với Trung tâm Văn hóa, Thể thao',
      'và Truyền thông huyện tuyên truyền trên hệ thống truyền thanh. Bộ phận Một cửa',
      'huyện đã tiếp nhận 2.450 hồ sơ, giải quyết đúng hạn 2.431 hồ sơ, trễ hạn',
      '19 hồ sơ. Các hồ sơ trễ hạn đều đã có văn bản xin lỗi gửi tổ chức, cá nhân',
      'theo quy định.',
      'Trong kỳ, không có phản ánh, kiến nghị về thủ tục hành chính.',
    ];
    expect(joined(lines)).toEqual([lines.slice(0, 7).join(' '), lines[7]]);
  });

  it('does not join a short line, nor a numbered heading or item opening its block, nor before a marker', () => {
    const lines = [
      'Trong năm, Sở đã tổ chức 03 lớp tập huấn nghiệp vụ cho công chức làm việc tại',
      'bộ phận một cửa; cử 12 lượt công chức tham gia bồi dưỡng kiến thức quản lý',
      'nhà nước chương trình chuyên viên, chuyên viên chính do tỉnh tổ chức và đã',
      'hoàn thành đúng kế hoạch',
      'Sở tiếp tục duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015.',
      '5.1. Về thực hiện cơ chế tự chủ tại các cơ quan hành chính nhà nước cấp',
      'Văn phòng Sở tiếp tục thực hiện tự chủ về biên chế và kinh phí quản lý hành',
      'chính.',
      '- Tổ chức 02 đợt kiểm tra công tác cải cách hành chính tại các đơn vị thuộc',
      'Sở và 03 phòng chuyên môn theo kế hoạch.',
      'c) Kết quả thực hiện chế độ tự chủ, tự chịu trách nhiệm về tài chính đối với',
    ];
    expect(joined(lines)).toEqual([
      lines.slice(0, 4).join(' '),
      lines[4],
      lines[5],
      lines.slice(6, 8).join(' '),
      lines.slice(8, 10).join(' '),
      lines[10],
    ]);
  });

  it('goes on from a numbered heading whose text runs on after its colon, as prose', () => {
    const lines = [
      'Trong quý, Sở đã tiếp nhận 1.412 hồ sơ, trong đó hồ sơ nộp trực tuyến chiếm',
      'tỷ lệ 82,6%; không có hồ sơ phải bổ sung quá một lần.',
      'b) Kết quả giải quyết: Đã giải quyết 1.398 hồ sơ; trong đó đúng và trước hạn',
      '1.390 hồ sơ, quá hạn 08 hồ sơ.',
    ];
    expect(joined(lines)).toEqual([lines.slice(0, 2).join(' '), lines.slice(2).join(' ')]);
  });

  it('in a hard-wrapped document, goes on past a full line ending on ";" into a small letter, not past a short one', () => {
    const lines = [
      'Bộ thủ tục hành chính thuộc thẩm quyền giải quyết của Sở gồm 118 thủ tục, được',
      'niêm yết công khai tại Trung tâm Phục vụ hành chính công và trên Cổng dịch vụ',
      'công của tỉnh; trong kỳ đã công bố 09 thủ tục mới, sửa đổi 05 thủ tục, bãi bỏ 02',
      'thủ tục thuộc lĩnh vực xây dựng và quy hoạch, thay thế 03 thủ tục đã hết hiệu lực;',
      'đồng thời rà soát, đơn giản hóa 06 thủ tục.',
      'Tổ chức kiểm tra tại 04 đơn vị;',
      'phối hợp kiểm tra 02 xã.',
    ];
    expect(joined(lines)).toEqual([lines.slice(0, 5).join(' '), lines[5], lines[6]]);
  });

  it('joins capitals only once the document shows it is hard-wrapped: a break before a small letter, at a line of 40 characters or more', () => {
    const normal = [
      'Phòng Tư pháp tham mưu UBND huyện ban hành Kế hoạch rà soát văn bản năm 2024 và',
      'Kế hoạch kiểm tra văn bản quy phạm pháp luật, đã rà soát 38 văn bản.',
    ];
    expect(wrappedContinuations(normal)).toEqual([false, false]);
    // A line cut by hand mid-sentence shows no printed width: the unnumbered title under it stays apart.
    const cutByHand = ['Kết quả giải quyết', 'hồ sơ thủ tục hành chính quý III', 'Trung tâm tiếp nhận 1.204 hồ sơ.'];
    expect(wrappedContinuations(cutByHand)).toEqual([false, true, false]);
    // One break at a printed line's length is enough.
    const passage = [
      'Theo báo cáo của Văn phòng UBND tỉnh, tỷ lệ thủ tục hành chính cung cấp dịch vụ',
      'công trực tuyến toàn trình của tỉnh đạt 68,4%, trong đó cấp tỉnh 1.104 thủ tục, cấp huyện',
      '212 thủ tục và cấp xã 96 thủ tục.',
    ];
    expect(wrappedContinuations(passage)).toEqual([false, true, true]);
  });
});
