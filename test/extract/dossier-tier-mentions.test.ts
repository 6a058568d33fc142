import { describe, expect, it } from 'vitest';
import { dossierTierMentions } from '../../src/extract/dossier/tier-mentions.ts';
import { fold } from '../../src/text/normalize.ts';

const read = (text: string) => dossierTierMentions(fold(text), text);

describe('dossierTierMentions', () => {
  it('ends a bracketed mention at its closing bracket', () => {
    const text = 'Toàn huyện tiếp nhận 500 hồ sơ (cấp huyện 200, cấp xã 300), đã giải quyết 480 hồ sơ.';
    const xa = read(text).find((m) => m.tier === 'commune')!;
    expect(xa.scopeEnd).toBe(text.indexOf(')'));
  });
  it('leaves a mention outside brackets its reach', () => {
    const text = 'Cấp xã tiếp nhận 300 hồ sơ (tăng 5%), đã giải quyết 290 hồ sơ.';
    expect(read(text)[0]!.scopeEnd).toBe(Number.POSITIVE_INFINITY);
  });
  it('reads an office named with "cấp huyện" as the district tier, not the district\'s own office', () => {
    const [m] = read('Bộ phận Tiếp nhận và Trả kết quả cấp huyện tiếp nhận 120 hồ sơ.');
    expect(m).toMatchObject({ tier: 'district', ownDistrict: false });
    const [own] = read('Bộ phận Một cửa của huyện tiếp nhận 120 hồ sơ.');
    expect(own).toMatchObject({ tier: 'district', ownDistrict: true });
  });
  it('reads a named district as the district tier only when its communes stand in a clause of their own', () => {
    const apart = read('UBND huyện Nga Sơn tiếp nhận 3.210 hồ sơ; UBND 24 xã, thị trấn tiếp nhận 9.874 hồ sơ.');
    expect(apart[0]).toMatchObject({ tier: 'district', named: false });
    const joined = read('UBND huyện Nga Sơn và 24 xã, thị trấn tiếp nhận 13.084 hồ sơ.');
    expect(joined[0]).toMatchObject({ tier: 'district', named: true });
  });
  it('reads one named commune as a body, and "chung của" an area as no tier', () => {
    expect(read('UBND xã Tân Phú tiếp nhận 540 hồ sơ.')[0]).toMatchObject({ tier: 'commune', named: true });
    expect(read('UBND các xã tiếp nhận 540 hồ sơ.')[0]!.named).toBeFalsy();
    // One named commune's one-stop office likewise; the offices of all communes are the level.
    expect(read('Bộ phận Một cửa phường Tân Định đã nhận 2.134 hồ sơ.')[0]).toMatchObject({ tier: 'commune', named: true });
    expect(read('Bộ phận Một cửa các phường Tân Định, Đa Kao đã nhận 2.134 hồ sơ.')[0]!.named).toBeFalsy();
    expect(read('Bộ phận một cửa cấp xã Hòa Vang đã nhận 2.134 hồ sơ.')[0]!.named).toBeFalsy();
    expect(read('Tỷ lệ đúng hạn chung của huyện đạt 99%.')[0]).toMatchObject({ tier: null });
  });
  it('reads a body whose figure the next sentence splits into levels as the whole area', () => {
    const [body] = read('UBND huyện tiếp nhận 9.870 hồ sơ. Phân theo cấp: cấp huyện 3.420 hồ sơ, cấp xã 6.450 hồ sơ.');
    expect(body).toMatchObject({ tier: null });
    expect(read('UBND huyện tiếp nhận 9.870 hồ sơ. Cấp xã tiếp nhận 6.450 hồ sơ.')[0]).toMatchObject({ tier: 'district' });
  });
  it('reads a named body after its level\'s label as that level', () => {
    const [label, body] = read('a) Cấp huyện: Bộ phận Một cửa huyện Tuần Giáo tiếp nhận 2.140 hồ sơ.');
    expect(label).toMatchObject({ tier: 'district' });
    expect(body).toMatchObject({ tier: 'district', named: false, ownDistrict: false });
    expect(read('Bộ phận Một cửa huyện Tuần Giáo tiếp nhận 2.140 hồ sơ.')[0]).toMatchObject({ tier: 'district', named: true });
  });
  it('reads a township\'s one-stop office as the commune level', () => {
    expect(read('Bộ phận Một cửa thị trấn đã nhận 542 hồ sơ.')).toMatchObject([{ tier: 'commune' }]);
  });
  it('reads the communes\' own service centres as the commune level, a named one as a body', () => {
    expect(read('Trung tâm Phục vụ hành chính công phường tiếp nhận 2.410 hồ sơ.')).toMatchObject([{ tier: 'commune', named: false }]);
    expect(read('Trung tâm Phục vụ hành chính công phường Hạc Thành tiếp nhận 2.410 hồ sơ.')).toMatchObject([{ tier: 'commune', named: true }]);
  });
  it('holds a level qualifying the dossiers\' noun inside its sentence to that sentence, a level opening it to the paragraph', () => {
    const inner = 'Trong kỳ, tỷ lệ giải quyết hồ sơ cấp xã đúng hạn là 98,7%. Hồ sơ nộp qua Cổng dịch vụ công là 4.120 hồ sơ.';
    expect(read(inner)[0]).toMatchObject({ tier: 'commune', scopeEnd: inner.indexOf('. Hồ') });
    expect(read('Hồ sơ cấp xã: tiếp nhận 4.120 hồ sơ. Đã trả kết quả 4.100 hồ sơ.')[0]!.scopeEnd).toBe(Number.POSITIVE_INFINITY);
    expect(read('Tổng số hồ sơ cấp huyện tiếp nhận là 940. Đã giải quyết 910 hồ sơ.')[0]!.scopeEnd).toBe(Number.POSITIVE_INFINITY);
  });
});
