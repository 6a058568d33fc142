import { describe, expect, it } from 'vitest';
import { findNumbers, parseNumberToken, parseNumberWords, statedZero } from '../../src/text/numbers.ts';

/** The figures of a text as [raw, value] pairs, with the percent/qualifier marks when set. */
function figures(text: string) {
  return findNumbers(text).map((n) => {
    const out: { raw: string; value: number; percent?: true; qualifier?: string; denominator?: number; upper?: number } = { raw: n.raw, value: n.value };
    if (n.percent) out.percent = true;
    if (n.qualifier) out.qualifier = n.qualifier;
    if (n.denominator !== undefined) out.denominator = n.denominator;
    if (n.upper !== undefined) out.upper = n.upper;
    return out;
  });
}

describe('parseNumberToken', () => {
  it('reads dots as thousands and a comma as the decimal mark', () => {
    expect(parseNumberToken('659.245')).toBe(659245);
    expect(parseNumberToken('1.505.128')).toBe(1505128);
    expect(parseNumberToken('98,81')).toBe(98.81);
    expect(parseNumberToken('1.234,5')).toBe(1234.5);
  });
  it('drops leading zeros', () => {
    expect(parseNumberToken('05')).toBe(5);
    expect(parseNumberToken('0')).toBe(0);
  });
  it('reads English thousands only when the context is a count', () => {
    expect(parseNumberToken('1,234', true)).toBe(1234);
    expect(parseNumberToken('1,234', false)).toBe(1.234);
    expect(parseNumberToken('96.8')).toBe(96.8);
  });
});

describe('findNumbers', () => {
  it('finds counts, percents and spaced percents', () => {
    expect(figures('đã tiếp nhận 659.245 hồ sơ')).toEqual([{ raw: '659.245', value: 659245 }]);
    expect(figures('đạt tỷ lệ 98,81%')).toEqual([{ raw: '98,81%', value: 98.81, percent: true }]);
    expect(figures('chiếm 3,45 % tổng số')).toEqual([{ raw: '3,45 %', value: 3.45, percent: true }]);
    expect(figures('trả qua bưu chính 05 hồ sơ')).toEqual([{ raw: '05', value: 5 }]);
    // A percent per a span of time is still a percent.
    expect(figures('tăng bình quân 12,5%/năm')).toEqual([{ raw: '12,5%', value: 12.5, percent: true }]);
    expect(figures('99,9 phần trăm hồ sơ')).toEqual([{ raw: '99,9 phần trăm', value: 99.9, percent: true }]);
  });
  it('scales "ngàn", "nghìn", "triệu"', () => {
    expect(figures('gần 5,65 ngàn hồ sơ')).toEqual([{ raw: '5,65 ngàn', value: 5650, qualifier: 'under' }]);
    expect(figures('phục vụ 1,1 triệu lượt')).toEqual([{ raw: '1,1 triệu', value: 1100000 }]);
    expect(figures('hơn 12 nghìn hồ sơ')).toEqual([{ raw: '12 nghìn', value: 12000, qualifier: 'over' }]);
    // A number word with its scale.
    expect(figures('tiếp nhận gần một triệu hồ sơ')).toEqual([{ raw: 'một triệu', value: 1000000, qualifier: 'under' }]);
    expect(figures('hơn hai nghìn hồ sơ')).toEqual([{ raw: 'hai nghìn', value: 2000, qualifier: 'over' }]);
  });
  it('keeps a fraction as its numerator with the denominator aside', () => {
    // Written out: a bare count set in its whole; not a count with its own noun ("1.200 hồ sơ trong tổng số 1.210").
    expect(figures('chỉ có 3 trên tổng số 2.450 hồ sơ bị trễ hạn')).toEqual([{ raw: '3 trên tổng số 2.450', value: 3, denominator: 2450 }]);
    expect(figures('1.200 hồ sơ trong tổng số 1.210 hồ sơ')).toEqual([{ raw: '1.200', value: 1200 }, { raw: '1.210', value: 1210 }]);
    expect(figures('giải quyết 4.561/5.650 hồ sơ')).toEqual([{ raw: '4.561/5.650', value: 4561, denominator: 5650 }]);
  });
  it('keeps a range as its lower bound with the upper bound aside', () => {
    expect(figures('duy trì ở mức 99,2-99,9%')).toEqual([{ raw: '99,2-99,9%', value: 99.2, percent: true, upper: 99.9 }]);
  });
  it('marks bounds: trên / hơn → over, gần → under, khoảng → about', () => {
    expect(figures('trên 7.600 hồ sơ')[0]).toMatchObject({ value: 7600, qualifier: 'over' });
    expect(figures('hơn 320 hồ sơ')[0]).toMatchObject({ value: 320, qualifier: 'over' });
    expect(figures('gần 90% hồ sơ')[0]).toMatchObject({ value: 90, qualifier: 'under' });
    expect(figures('khoảng 45 hồ sơ')[0]).toMatchObject({ value: 45, qualifier: 'about' });
    expect(figures('là hơn2.100 hồ sơ')[0]).toMatchObject({ value: 2100, qualifier: 'over' });
  });
  it('reads every bound word, in any case, right before the figure only', () => {
    const bound = (before: string) => figures(`${before} 12 hồ sơ`)[0]?.qualifier;
    for (const w of ['trên', 'hơn', 'vượt', 'ngoài', 'Trên', '(trên', 'VƯỢT']) expect(bound(w)).toBe('over');
    for (const w of ['gần', 'dưới', 'chưa đến', 'chưa tới', 'Dưới']) expect(bound(w)).toBe('under');
    for (const w of ['khoảng', 'xấp xỉ', 'chừng', 'ước', 'ước tính', 'ước đạt', 'trung bình', 'Khoảng']) expect(bound(w)).toBe('about');
    for (const w of ['tiếp nhận', 'đến', 'tính', 'hơn nữa là', 'bình', 'nhiều hơn nhận']) expect(bound(w)).toBeUndefined();
    expect(bound('cao hơn')).toBe('over');
  });
  it('reads stated zeros', () => {
    expect(figures('trong kỳ có 0 hồ sơ')).toEqual([{ raw: '0', value: 0 }]);
    expect(figures('Chưa có hồ sơ phát sinh.')).toEqual([{ raw: 'Chưa có', value: 0 }]);
    expect(figures('Sở không nhận được đơn thư phản ánh nào.')).toEqual([{ raw: 'không nhận được', value: 0 }]);
    expect(figures('không có trường hợp nào bị xử lý kỷ luật')).toEqual([{ raw: 'không có', value: 0 }]);
    expect(figures('cấp xã không phát sinh PAKN.')).toEqual([{ raw: 'không phát sinh', value: 0 }]);
    expect(figures('Trong kỳ không có HS quá hạn.')).toEqual([{ raw: 'không có', value: 0 }]);
    // A label, a short time phrase, then the bare negation.
    expect(figures('- Tiếp nhận, xử lý PAKN: trong kỳ không phát sinh.')).toEqual([{ raw: 'không phát sinh', value: 0 }]);
    expect(figures('- Tiếp nhận, xử lý PAKN: trong kỳ không phát sinh nhiều vướng mắc.')).toEqual([]);
  });
  it('reads zeros stated about staff, persons and organisations', () => {
    expect(figures('Trong năm, không có cán bộ, công chức nào bị kỷ luật.')).toEqual([{ raw: 'không có', value: 0 }]);
    expect(figures('Không có tổ chức, cá nhân nào phản ánh.')).toEqual([{ raw: 'Không có', value: 0 }]);
    expect(figures('chưa có doanh nghiệp nào kiến nghị')).toEqual([{ raw: 'chưa có', value: 0 }]);
  });
  it('reads "không ban hành / xử lý / vi phạm … nào" as a zero, not without "nào"', () => {
    expect(figures('cấp xã không ban hành văn bản QPPL nào.')).toEqual([{ raw: 'không ban hành', value: 0 }]);
    // Drafting for another body to issue: the issuing is still the verb of the zero.
    expect(figures('Sở không tham mưu UBND tỉnh ban hành văn bản QPPL nào.')).toEqual([{ raw: 'không tham mưu UBND tỉnh ban hành', value: 0 }]);
    expect(figures('đơn vị chưa xử lý kỷ luật trường hợp nào')).toEqual([{ raw: 'chưa xử lý kỷ luật', value: 0 }]);
    expect(figures('Bộ chưa ban hành văn bản hướng dẫn; các xã chưa xử lý hồ sơ tồn.')).toEqual([]);
    expect(figures('không ban hành văn bản trái luật. Trường hợp nào cũng vậy')).toEqual([]);
  });
  it('does not read "năm" after "trong", "cả", "mỗi" as five', () => {
    expect(figures('Trong năm cán bộ, công chức đã tham gia học tập')).toEqual([]);
    expect(figures('Cả năm tổ chức 03 lớp')).toEqual([{ raw: '03', value: 3 }]);
    expect(figures('cử năm cán bộ đi học')).toEqual([{ raw: 'năm', value: 5 }]);
  });
  it('reads small number words before a counted noun only', () => {
    // "một" as the article: the time to settle a dossier, each dossier.
    expect(figures('rút ngắn thời gian giải quyết một hồ sơ đất đai; mỗi một hồ sơ được số hóa')).toEqual([]);
    expect(figures('chỉ có một hồ sơ trễ hạn')).toEqual([{ raw: 'một', value: 1 }]);
    expect(figures('còn hai hồ sơ')).toEqual([{ raw: 'hai', value: 2 }]);
    expect(figures('có bốn đơn vị')).toEqual([{ raw: 'bốn', value: 4 }]);
    expect(figures('chỉ tám hồ sơ quá hạn')).toEqual([{ raw: 'tám', value: 8 }]);
    // The abbreviations counted like their nouns ("HS" for hồ sơ, "VBQPPL", "CBCC").
    expect(figures('chỉ có bảy HS trễ hạn')).toEqual([{ raw: 'bảy', value: 7 }]);
    expect(figures('ban hành hai VBQPPL')).toEqual([{ raw: 'hai', value: 2 }]);
    expect(figures('năm 2023 và một cửa liên thông').map((f) => f.raw)).toEqual(['2023']);
    expect(parseNumberWords('mười hai')).toBe(12);
    expect(parseNumberWords('hai mươi lăm')).toBe(25);
  });
  it('reads hundreds spelled out whole, not their last words ("một trăm hai mươi" is 120, not 20)', () => {
    expect(figures('đã nhận một trăm hai mươi hồ sơ')).toEqual([{ raw: 'một trăm hai mươi', value: 120 }]);
    expect(figures('còn hai trăm linh năm hồ sơ')).toEqual([{ raw: 'hai trăm linh năm', value: 205 }]);
    expect(figures('gồm ba trăm đơn vị')).toEqual([{ raw: 'ba trăm', value: 300 }]);
  });
  it('reads a zero under a label as the word it is, a stated zero phrase as a phrase', () => {
    const [label] = findNumbers('Số đơn vị được kiểm tra: không có.');
    expect([label?.value, label?.form, statedZero(label!)]).toEqual([0, 'word', true]);
    const [phrase] = findNumbers('Trong kỳ chưa có hồ sơ trễ hạn.');
    expect([phrase?.value, phrase?.form, statedZero(phrase!)]).toEqual([0, 'zero-phrase', true]);
    const [digit] = findNumbers('Số đơn vị được kiểm tra: 0.');
    expect([digit?.value, digit?.form, statedZero(digit!)]).toEqual([0, 'digits', false]);
  });
  it('reads a figure in words then in digits in brackets as one figure, up to the closing bracket', () => {
    // Its noun follows the bracket: the words and the bracket are the figure itself, not its context.
    expect(figures('Phòng đã nhận ba trăm linh sáu (306) hồ sơ')).toEqual([{ raw: 'ba trăm linh sáu (306)', value: 306 }]);
    expect(figures('cử bốn ( 04 ) công chức đi học')).toEqual([{ raw: 'bốn ( 04 )', value: 4 }]);
    // Thousands in words, their digits grouped by a dot.
    expect(figures('Tỉnh cung cấp hai nghìn không trăm mười bốn (2.014) dịch vụ công')).toEqual([{ raw: 'hai nghìn không trăm mười bốn (2.014)', value: 2014 }]);
    expect(parseNumberWords('một nghìn bốn trăm năm mươi hai')).toBe(1452);
    expect(parseNumberWords('ba ngàn')).toBe(3000);
    // Words of another value, or digits not closed by a bracket, stay as they are.
    expect(figures('còn hai (03) hồ sơ').map((f) => f.raw)).toEqual(['03']);
    expect(figures('gồm năm (05 đơn vị)').map((f) => f.raw)).toEqual(['05']);
  });
  it('does not read "mức độ 3,4" as a decimal', () => {
    const found = figures('dịch vụ công trực tuyến mức độ 3,4');
    expect(found.some((f) => f.value === 3.4)).toBe(false);
    expect(found.map((f) => f.value)).toEqual([3, 4]);
  });
  it('reads a space as the thousands separator before a count noun only, where two figures cannot be meant', () => {
    expect(figures('Trung tâm nhận 2 316 hồ sơ, trả trên 1 980 hồ sơ')).toEqual([
      { raw: '2 316', value: 2316 },
      { raw: '1 980', value: 1980, qualifier: 'over' },
    ]);
    // Before the other nouns of a count (people, turns, procedures, documents) likewise.
    expect(figures('có 1 046 người; 2 316 lượt cán bộ; 1 204 TTHC').map((f) => f.value)).toEqual([1046, 2316, 1204]);
    // Not before another noun, nor after a word that takes a number, nor in a run of figures, nor four digits after.
    expect(figures('2 316 ngày').map((f) => f.value)).toEqual([2, 316]);
    expect(figures('tháng 10 125 hồ sơ; Phường 3 140 hồ sơ').map((f) => f.value)).toEqual([10, 125, 3, 140]);
    expect(figures('Đất đai 12 412 398 hồ sơ').map((f) => f.value)).toEqual([12, 412, 398]);
    expect(figures('cấp xã 1 2025 hồ sơ').map((f) => f.value)).toEqual([1, 2025]);
    // A total, the period's count, what is provided are no numbered words; bodies, results and services are counted nouns.
    expect(figures('với tổng số 4 812 hồ sơ; trong kỳ 12 530 hồ sơ; cung cấp 1 264 dịch vụ công').map((f) => f.value)).toEqual([4812, 12530, 1264]);
    expect(figures('gần 1 200 cơ quan, đơn vị; đã trả 3 906 kết quả').map((f) => f.value)).toEqual([1200, 3906]);
    expect(figures('số 12 100 hồ sơ; kỳ 2 140 hồ sơ; cấp 3 125 hồ sơ').map((f) => f.value)).toEqual([12, 100, 2, 140, 3, 125]);
  });
  it('reads three spaced groups as one figure after a verb that takes one count, or with a later group led by zero', () => {
    expect(figures('cấp xã tiếp nhận 1 084 562 hồ sơ, đã giải quyết 1 071 230 hồ sơ').map((f) => f.value)).toEqual([1084562, 1071230]);
    expect(figures('Tổng số hồ sơ là hơn 2 450 118 hồ sơ')).toEqual([{ raw: '2 450 118', value: 2450118, qualifier: 'over' }]);
    expect(figures('Hộ tịch 3 012 447 hồ sơ').map((f) => f.value)).toEqual([3012447]);
    // A row of columns after its label stays apart.
    expect(figures('Xây dựng 15 412 398 hồ sơ').map((f) => f.value)).toEqual([15, 412, 398]);
  });
  it('reads a labelled figure closing its clause as spaced thousands after a colon or bracket, or beside a spaced count', () => {
    expect(figures('Hồ sơ đã có kết quả: 2 417 (sớm hạn: 1 802; đúng hạn: 598; trễ hạn: 17).').map((f) => f.value)).toEqual([2417, 1802, 598, 17]);
    expect(figures('nhận mới 3 512 hồ sơ (qua mạng 2 006, tại quầy 1 506)').map((f) => f.value)).toEqual([3512, 2006, 1506]);
    // Not without a label or a spaced count beside it, nor where a further figure follows.
    expect(figures('Đất đai 12 412;').map((f) => f.value)).toEqual([12, 412]);
    expect(figures('Tổng: 12 412 398;').map((f) => f.value)).toEqual([12, 412, 398]);
    expect(figures('Kết quả: 2 316, 4 ngày').map((f) => f.value)).toEqual([2, 316, 4]);
  });
  it('reads English thousands as a count before a counted noun', () => {
    expect(figures('đã tiếp nhận 1,234 hồ sơ')).toEqual([{ raw: '1,234', value: 1234 }]);
    expect(figures('tăng 1,234 lần')).toEqual([{ raw: '1,234', value: 1.234 }]);
  });
  it('reads a figure only where a token starts, or glued to a bound word', () => {
    expect(figures('mẫu A12 và phòng số3 nhận 5 hồ sơ; 1.234.567 lượt, 4/5 xã')).toEqual([
      { raw: '5', value: 5 },
      { raw: '1.234.567', value: 1234567 },
      { raw: '4/5', value: 4, denominator: 5 },
    ]);
    expect(figures('Trên12 hồ sơ, khoảng7 ngày').map((f) => [f.value, f.qualifier])).toEqual([
      [12, 'over'],
      [7, 'about'],
    ]);
  });
  it('reads a figure glued to "hồ sơ" after it (a typing slip), not one glued to other letters', () => {
    expect(figures('Tiếp nhận:2.086hồ sơ; mẫu 12b, 7ngày')).toEqual([{ raw: '2.086', value: 2086 }]);
  });
  it('finds nothing inside dates and document numbers', () => {
    expect(figures('ngày 29/9/2021')).toEqual([]);
    expect(figures('Công văn 245/UBND-KSTT')).toEqual([]);
  });
});
