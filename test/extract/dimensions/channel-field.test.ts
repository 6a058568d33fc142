import { describe, expect, it } from 'vitest';
import { fold } from '../../../src/text/normalize.ts';
import { channelOf } from '../../../src/extract/dimensions/channel.ts';
import { fieldBefore, fieldIn } from '../../../src/extract/dimensions/field.ts';
import { levelOf } from '../../../src/extract/dimensions/level.ts';
import { mechanismOf } from '../../../src/extract/dimensions/mechanism.ts';

const field = (t: string) => fieldIn(t, fold(t), 0, t.length);

describe('field names ending', () => {
  it('ends a name at a figure and at a cause', () => {
    // Two fields, each up to its figure: a list, not one.
    expect(field('tiếp đến là lĩnh vực thủy sản 230 hồ sơ và lĩnh vực lâm nghiệp 41 hồ sơ')).toBeUndefined();
    expect(field('trễ hạn thuộc lĩnh vực xây dựng do chờ ý kiến của cơ quan liên quan')).toBe('xây dựng');
    // A predicate of the field after its name.
    expect(field('Lĩnh vực hộ tịch tiếp tục là thế mạnh: tiếp nhận 2.140 hồ sơ')).toBe('hộ tịch');
    expect(field('lĩnh vực văn hóa trở thành điểm sáng')).toBe('văn hóa');
    // "theo lĩnh vực của Sở …" names no field.
    expect(field('Kết quả theo lĩnh vực của Sở Y tế: lĩnh vực dược 40 hồ sơ')).toBe('dược');
  });
});

describe('channel', () => {
  it('names one channel', () => {
    expect(channelOf(fold('nộp qua Cổng dịch vụ công của tỉnh'))).toBe('online');
    expect(channelOf(fold('trả kết quả qua dịch vụ BCCI'))).toBe('postal');
    expect(channelOf(fold('hồ sơ nộp trực tiếp'))).toBe('direct');
    expect(channelOf(fold('trả kết quả tại quầy'))).toBe('direct');
    expect(channelOf(fold('trong đó giao dịch điện tử'))).toBe('online');
    expect(channelOf(fold('nộp qua ứng dụng VNeID'))).toBe('online');
    expect(channelOf(fold('đã trả 640 kết quả điện tử cho người dân'))).toBe('online');
    expect(channelOf(fold('412 hồ sơ được nộp trên môi trường điện tử'))).toBe('online');
    expect(channelOf(fold('số hồ sơ nộp qua Cổng là 1.204'))).toBe('online');
    expect(channelOf(fold('kết quả được trả bản điện tử cho công dân'))).toBe('online');
    expect(channelOf(fold('qua công tác kiểm tra 12 hồ sơ'))).toBeUndefined();
  });
  it('gives none for a mixed group or a public utility', () => {
    expect(channelOf(fold('nộp trực tiếp và qua bưu chính'))).toBeUndefined();
    expect(channelOf(fold('các dịch vụ công ích'))).toBeUndefined();
  });
});

describe('level', () => {
  it('reads levels 3, 4 and both, full and partial', () => {
    expect(levelOf(fold('mức độ 3, 4'))).toBe('3-4');
    expect(levelOf(fold('mức độ 3 và mức độ 4'))).toBe('3-4');
    expect(levelOf(fold('nộp mức độ 4'))).toBe('4');
    expect(levelOf(fold('dịch vụ công trực tuyến toàn trình'))).toBe('full');
    expect(levelOf(fold('dịch vụ công trực tuyến một phần'))).toBe('partial');
  });
});

describe('mechanism', () => {
  it('tells the interlinked one-stop mechanism from the one-stop one', () => {
    expect(mechanismOf(fold('theo cơ chế một cửa liên thông'))).toBe('interlinked');
    expect(mechanismOf(fold('Giải quyết theo cơ chế một cửa'))).toBe('one_stop');
    expect(mechanismOf(fold('Bộ phận một cửa của Sở'))).toBeUndefined();
  });
});

describe('field', () => {
  it('reads one named lĩnh vực', () => {
    expect(field('27 hồ sơ thuộc lĩnh vực đất đai của huyện')).toBe('đất đai');
    expect(field('hồ sơ thuộc lĩnh vực “đăng ký kinh doanh và hợp tác xã”')).toBe('đăng ký kinh doanh và hợp tác xã');
    expect(field('+ Lĩnh vực KH&CN: 14 hồ sơ')).toBe('KH&CN');
    // A sector's name in title case goes on past its comma.
    expect(field('lĩnh vực Lao động, Thương binh và Xã hội là 845 hồ sơ')).toBe('Lao động, Thương binh và Xã hội');
    const t = 'tiếp nhận lĩnh vực Văn hóa, Thể thao và Du lịch là 93 hồ sơ';
    expect(fieldBefore(t, fold(t), t.indexOf('93'))).toBe('Văn hóa, Thể thao và Du lịch');
  });
  it("leaves a field written after another figure's dossiers with that figure", () => {
    const t = 'gồm 512 hồ sơ lĩnh vực tài nguyên nước, 87 hồ sơ lĩnh vực khoáng sản và địa chất';
    expect(fieldBefore(t, fold(t), t.indexOf('87'))).toBeUndefined();
    const u = 'tiếp nhận 46 HS thuộc lĩnh vực thủy lợi, 30 HS khác';
    expect(fieldBefore(u, fold(u), u.indexOf('30'))).toBeUndefined();
    // A field opening its own figure's clause still reaches it across the comma.
    const v = 'Lĩnh vực hộ tịch, 412 hồ sơ';
    expect(fieldBefore(v, fold(v), v.indexOf('412'))).toBe('hộ tịch');
    // A predicate ranking the field ends its name before the figure's bracket.
    const w = 'Lĩnh vực Tư pháp có số hồ sơ nhiều nhất (1.204 hồ sơ)';
    expect(fieldBefore(w, fold(w), w.indexOf('1.204'))).toBe('Tư pháp');
  });
  it('ends a name at a predicate with "vẫn"', () => {
    expect(field('Lĩnh vực xây dựng vẫn là lĩnh vực có nhiều hồ sơ quá hạn')).toBe('xây dựng');
    expect(field('lĩnh vực Văn hóa, Thể thao và Du lịch: 40 hồ sơ')).toBe('Văn hóa, Thể thao và Du lịch');
  });
  it('reads a field named "Quản lý …" but not the scope an agency manages', () => {
    expect(field('lĩnh vực Quản lý giá không phát sinh hồ sơ')).toBe('Quản lý giá');
    expect(field('hồ sơ thuộc lĩnh vực quản lý của Sở')).toBeUndefined();
    expect(field('03 hồ sơ thuộc lĩnh vực quản lý nhà nước về văn hóa')).toBeUndefined();
    expect(field('các thủ tục trong lĩnh vực quản lý được giao')).toBeUndefined();
  });
  it('ends a name at the place it is in', () => {
    expect(field('05 hồ sơ trễ hạn thuộc lĩnh vực xây dựng tại phường Quang Trung')).toBe('xây dựng');
  });
  it('gives none for many fields or a non-name', () => {
    expect(field('hồ sơ trên các lĩnh vực')).toBeUndefined();
    expect(field('thủ tục thuộc lĩnh vực giải quyết của Sở')).toBeUndefined();
    // Two lone fields joined by a comma are a list, whether or not the span ends at the comma.
    expect(field('1.320 hồ sơ thuộc lĩnh vực đất đai, xây dựng; 85 hồ sơ khác')).toBeUndefined();
    const t = 'đã tiếp nhận 2.450 hồ sơ thuộc lĩnh vực hộ tịch, chứng thực.';
    expect(fieldIn(t, fold(t), 0, t.indexOf(','))).toBeUndefined();
    expect(field('lĩnh vực hộ tịch, UBND xã đã giải quyết 40 hồ sơ')).toBe('hộ tịch');
    expect(field('hồ sơ thuộc lĩnh vực đất đai, xây dựng và hộ tịch')).toBeUndefined();
    // a caption announcing rows by field ("Kết quả theo lĩnh vực như sau:") names none
    expect(field('Số liệu giải quyết hồ sơ theo lĩnh vực như sau:')).toBeUndefined();
  });
});
