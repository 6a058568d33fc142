import { describe, expect, it } from 'vitest';
import { territoryOf } from '../../src/text/territory.ts';

describe('territoryOf (the issuer the structure read → the territory it governs)', () => {
  it.each([
    ['Ủy ban nhân dân tỉnh Lạng Sơn', 'tinh'],
    ['Ủy ban nhân dân huyện Kim Sơn', 'huyen'],
    ['UBND thị xã Thuận Thành', 'huyen'],
    ['Ủy ban nhân dân quận Hải Châu', 'huyen'],
    ['Ủy ban nhân dân thành phố Hải Phòng', 'thanh pho'],
    ['Ủy ban nhân dân xã Đông Thạnh', 'xa'],
    ['Uỷ ban nhân dân phường Tân Định', 'xa'],
  ])('%s → %s', (agency, level) => {
    expect(territoryOf(agency)).toBe(level);
  });

  it.each([
    ['Sở Tư pháp'],
    ['Văn phòng Ủy ban nhân dân tỉnh Bắc Kạn'],
    ['Trung tâm Phục vụ hành chính công tỉnh Bắc Giang'],
    ['Phòng Nội vụ huyện Kim Sơn'],
    [''],
  ])('%s → none: its own figures are not the whole territory’s', (agency) => {
    expect(territoryOf(agency)).toBeNull();
  });

  it('an unknown issuer governs nothing', () => {
    expect(territoryOf(null)).toBeNull();
    expect(territoryOf(undefined)).toBeNull();
  });
});
