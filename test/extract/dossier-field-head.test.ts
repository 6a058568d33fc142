import { describe, expect, it } from 'vitest';
import { clauseFieldAt, fieldHead, headFieldAt } from '../../src/extract/dossier/field-head.ts';
import { fold } from '../../src/text/normalize.ts';

describe('fieldHead', () => {
  it('reads the lĩnh vực ending a paragraph head, up to its colon', () => {
    expect(fieldHead('Kết quả giải quyết TTHC theo cơ chế một cửa liên thông lĩnh vực đất đai: tiếp nhận 934 hồ sơ')?.field).toBe('đất đai');
    expect(fieldHead('Đối với lĩnh vực xuất bản, in và phát hành: chưa có hồ sơ nào.')?.field).toBe('xuất bản, in và phát hành');
    expect(fieldHead('Kết quả lĩnh vực hộ tịch như sau: tiếp nhận 20 hồ sơ.')?.field).toBe('hộ tịch');
    expect(fieldHead('Lĩnh vực Tài nguyên và Môi trường (đất đai, môi trường): tiếp nhận 1.540 hồ sơ.')?.field).toBe('Tài nguyên và Môi trường');
    expect(fieldHead('Kết quả giải quyết hồ sơ lĩnh vực hộ tịch của UBND thị trấn Kép: tiếp nhận 312 hồ sơ.')?.field).toBe('hộ tịch');
    // The period the head is of, between the name and the colon, is no part of the name.
    expect(fieldHead('Kết quả giải quyết TTHC lĩnh vực Xây dựng năm 2025: tiếp nhận 318 hồ sơ; đã giải quyết 305 hồ sơ.')?.field).toBe('Xây dựng');
    expect(fieldHead('Kết quả lĩnh vực Hộ tịch 9 tháng đầu năm 2025: tiếp nhận 96 hồ sơ.')?.field).toBe('Hộ tịch');
    expect(fieldHead('Lĩnh vực Đăng ký đất đai trong quý: tiếp nhận 640 hồ sơ.')?.field).toBe('Đăng ký đất đai');
  });
  it('reads no field from a list of fields, "các lĩnh vực", a clause or a head past the first colon', () => {
    expect(fieldHead('Lĩnh vực đất đai, xây dựng: 45 hồ sơ.')).toBeNull();
    expect(fieldHead('Kết quả giải quyết hồ sơ các lĩnh vực: tiếp nhận 300 hồ sơ.')).toBeNull();
    expect(fieldHead('Số hồ sơ tiếp nhận theo lĩnh vực: đất đai 20 hồ sơ.')).toBeNull();
    expect(fieldHead('Trong quý: lĩnh vực đất đai: 20 hồ sơ.')).toBeNull();
    expect(fieldHead('Lĩnh vực đã tiếp nhận nhiều nhất: 20 hồ sơ.')).toBeNull();
  });
  it('holds only after the colon and until another lĩnh vực is named', () => {
    const text = 'Kết quả lĩnh vực đất đai: tiếp nhận 50 hồ sơ; lĩnh vực khác 12 hồ sơ.';
    const folded = fold(text);
    expect(headFieldAt(text, folded, text.indexOf('50'))).toBe('đất đai');
    expect(headFieldAt(text, folded, text.indexOf('12'))).toBeUndefined();
    expect(headFieldAt(text, folded, 3)).toBeUndefined();
  });
  it('holds a subject head to its own clause', () => {
    const text = 'Lĩnh vực đất đai tiếp nhận nhiều hồ sơ nhất; toàn huyện tiếp nhận 9.000 hồ sơ.';
    expect(fieldHead(text)?.field).toBe('đất đai');
    expect(headFieldAt(text, fold(text), text.indexOf('9.000'))).toBeUndefined();
  });
  it('reads a head after a lettered item marker, and names with "đăng ký" or "vận tải"', () => {
    expect(fieldHead('b) Lĩnh vực Thủy sản: tiếp nhận 47 hồ sơ, giải quyết đúng hạn 45 hồ sơ.')?.field).toBe('Thủy sản');
    expect(fieldHead('Lĩnh vực đăng ký biện pháp bảo đảm tiếp nhận 88 hồ sơ, giải quyết 88 hồ sơ.')?.field).toBe('đăng ký biện pháp bảo đảm');
    expect(fieldHead('Lĩnh vực Đường bộ - vận tải tiếp nhận 61 hồ sơ, giải quyết 60 hồ sơ.')?.field).toBe('Đường bộ - vận tải');
  });
});

describe('clauseFieldAt', () => {
  it('holds a lĩnh vực opening a clause as its subject for the clause\'s later figures', () => {
    const text = 'Trong tháng: lĩnh vực thủy lợi tiếp nhận 73 hồ sơ, giải quyết 70 hồ sơ; lĩnh vực trồng trọt tiếp nhận 19 hồ sơ, đã giải quyết 19 hồ sơ; toàn Sở còn 3 hồ sơ.';
    const folded = fold(text);
    expect(clauseFieldAt(text, folded, text.indexOf('70'))).toBe('thủy lợi');
    expect(clauseFieldAt(text, folded, text.lastIndexOf('19'))).toBe('trồng trọt');
    expect(clauseFieldAt(text, folded, text.indexOf('3 hồ sơ.'))).toBeUndefined();
  });
  it('opens a clause at ", trong đó" and reads "Hồ sơ lĩnh vực X" as the subject', () => {
    const a = 'Trong tháng tiếp nhận 980 hồ sơ, trong đó lĩnh vực thủy sản tiếp nhận 410 hồ sơ, giải quyết 402 hồ sơ.';
    expect(clauseFieldAt(a, fold(a), a.indexOf('402'))).toBe('thủy sản');
    expect(clauseFieldAt(a, fold(a), a.indexOf('980'))).toBeUndefined();
    const b = 'Hồ sơ lĩnh vực giáo dục tiếp nhận 66 hồ sơ, giải quyết 64 hồ sơ.';
    expect(clauseFieldAt(b, fold(b), b.indexOf('64'))).toBe('giáo dục');
    const q = 'Trong quý II, lĩnh vực “Đăng ký, quản lý cư trú” tiếp nhận 2.104 hồ sơ, giải quyết 2.100 hồ sơ.';
    expect(clauseFieldAt(q, fold(q), q.indexOf('2.100'))).toBe('Đăng ký, quản lý cư trú');
    const c = 'Hồ sơ của lĩnh vực hộ tịch chiếm tỷ trọng lớn nhất (48%) với 1.204 hồ sơ.';
    expect(clauseFieldAt(c, fold(c), c.indexOf('1.204'))).toBe('hộ tịch');
  });
  it('holds a lĩnh vực fronted as the clause\'s topic, whichever body acts in it', () => {
    const text = 'Về lĩnh vực thủy sản, Chi cục Thủy sản tiếp nhận 212 hồ sơ, giải quyết 205 hồ sơ; về lĩnh vực lâm nghiệp, Sở tiếp nhận 40 hồ sơ; toàn tỉnh có 9 hồ sơ.';
    const folded = fold(text);
    expect(clauseFieldAt(text, folded, text.indexOf('205'))).toBe('thủy sản');
    expect(clauseFieldAt(text, folded, text.indexOf('40'))).toBe('lâm nghiệp');
    expect(clauseFieldAt(text, folded, text.indexOf('9 hồ sơ'))).toBeUndefined();
  });
  it('stops at a wider whole or another body on the way to the figure', () => {
    const a = 'Lĩnh vực thủy lợi tiếp nhận nhiều hồ sơ nhất, toàn tỉnh tiếp nhận 7.400 hồ sơ.';
    expect(headFieldAt(a, fold(a), a.indexOf('7.400'))).toBeUndefined();
    expect(clauseFieldAt(a, fold(a), a.indexOf('7.400'))).toBeUndefined();
    const b = 'Trong quý: lĩnh vực y tế tiếp nhận 90 hồ sơ, chiếm 12% tổng số 750 hồ sơ.';
    expect(clauseFieldAt(b, fold(b), b.indexOf('750'))).toBeUndefined();
    const c = 'Lĩnh vực giáo dục tiếp nhận 50 hồ sơ, Sở Y tế tiếp nhận 85 hồ sơ.';
    expect(headFieldAt(c, fold(c), c.indexOf('85'))).toBeUndefined();
  });
  it('gives none when the lĩnh vực is not the subject, or another is named before the figure', () => {
    const a = 'Tiếp nhận lĩnh vực hộ tịch 140 hồ sơ, tổng cộng 600 hồ sơ.';
    expect(clauseFieldAt(a, fold(a), a.indexOf('600'))).toBeUndefined();
    const b = 'Lĩnh vực đất đai tiếp nhận 40 hồ sơ, lĩnh vực khác 12 hồ sơ.';
    expect(clauseFieldAt(b, fold(b), b.indexOf('12'))).toBeUndefined();
  });
});
