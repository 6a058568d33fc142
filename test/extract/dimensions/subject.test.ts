import { describe, expect, it } from 'vitest';
import { itemSubject, subjectIn } from '../../../src/extract/dimensions/subject.ts';

const at = (text: string, figure: string) => subjectIn(text, 0, text.indexOf(figure), false);

describe('subject', () => {
  it('reads a named body opening the figure’s left side, a district or commune also in lower case', () => {
    expect(at('Sở Xây dựng tiếp nhận 210 hồ sơ', '210')).toBe('Sở Xây dựng');
    expect(at('huyện Ân Thi 64 hồ sơ', '64')).toBe('huyện Ân Thi');
    expect(at('Trong đó xã Tân Hòa tiếp nhận 1.102 hồ sơ', '1.102')).toBe('xã Tân Hòa');
    expect(at('xã hội hóa 40 dịch vụ', '40')).toBeUndefined();
    expect(at('Trung tâm trả kết quả qua dịch vụ BCCI 320 hồ sơ', '320')).toBeUndefined();
    expect(at('Một số địa phương còn hồ sơ trễ hạn như: huyện Ân Thi 64 hồ sơ', '64')).toBe('huyện Ân Thi');
    expect(at('Trung tâm Phục vụ hành chính công thành phố Huế tiếp nhận 1.200 hồ sơ', '1.200')).toBe('Trung tâm Phục vụ hành chính công thành phố Huế');
    expect(at('Phòng Quản lý đô thị còn 17 hồ sơ chưa giải quyết', '17')).toBe('Phòng Quản lý đô thị');
    expect(at('Chi cục Thuế khu vực vẫn còn 9 hồ sơ', '9')).toBe('Chi cục Thuế khu vực');
    // An agency named by its area alone.
    expect(at('Bảo hiểm xã hội huyện đã tiếp nhận 2.310 hồ sơ', '2.310')).toBe('Bảo hiểm xã hội huyện');
    expect(at('Sở đã tiếp nhận 2.310 hồ sơ', '2.310')).toBeUndefined();
  });
  it('reads the body heading an item, for every figure of the item', () => {
    expect(itemSubject('- Phòng Kinh tế và Hạ tầng: tiếp nhận 96 hồ sơ. Đã giải quyết 90 hồ sơ.')).toBe('Phòng Kinh tế và Hạ tầng');
    expect(itemSubject('+ Huyện Phù Cừ: 1.045 hồ sơ')).toBe('Huyện Phù Cừ');
    expect(itemSubject('- Cấp huyện: tiếp nhận 96 hồ sơ.')).toBeUndefined();
    expect(itemSubject('- Sở đã tiếp nhận: 96 hồ sơ.')).toBeUndefined();
  });
});
