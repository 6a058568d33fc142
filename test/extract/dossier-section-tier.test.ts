import { describe, expect, it } from 'vitest';
import { readStructure } from '../../src/structure/index.ts';
import { extractRecords } from '../../src/extract/runner.ts';

function read(md: string) {
  return extractRecords(readStructure(md)).map((r) => [r.metric, r.value, r.dimensions.tier]);
}

describe('a city report split by level headings', () => {
  it('reads the city’s own office under "Cấp thành phố" as the district tier when the communes’ figures stand under their own heading', () => {
    const got = read(
      [
        '**a) Cấp thành phố**',
        'Trong quý, Bộ phận Một cửa của thành phố tiếp nhận 2.815 hồ sơ, đã giải quyết 2.760 hồ sơ.',
        '**b) Cấp xã, phường**',
        'Tổng số hồ sơ tiếp nhận 7.230 hồ sơ, đã giải quyết 7.198 hồ sơ.',
      ].join('\n\n') + '\n',
    );
    expect(got).toContainEqual(['dossier.received', 2815, 'district']);
    expect(got).toContainEqual(['dossier.resolved', 2760, 'district']);
    expect(got).toContainEqual(['dossier.received', 7230, 'commune']);
  });
  it('leaves the city’s own office one agency when no communes’ figures are stated', () => {
    const got = read('**Kết quả giải quyết TTHC**\n\nTrong quý, Bộ phận Một cửa của thành phố tiếp nhận 2.815 hồ sơ.\n');
    expect(got).toContainEqual(['dossier.received', 2815, undefined]);
  });
});

describe('a centrally-run city report split by level headings', () => {
  it('reads "Cấp Thành phố" as the province’s level where the report speaks of quận', () => {
    const got = read(
      [
        '**a) Cấp Thành phố**',
        'Trong quý, tiếp nhận 61.250 hồ sơ, đã giải quyết 60.980 hồ sơ.',
        '**b) Cấp quận, huyện**',
        'Tiếp nhận 98.400 hồ sơ.',
      ].join('\n\n') + '\n',
    );
    expect(got).toContainEqual(['dossier.received', 61250, 'province']);
    expect(got).toContainEqual(['dossier.received', 98400, 'district']);
  });
  it('keeps "Cấp thành phố" the district level in a provincial city (no quận)', () => {
    const got = read('**a) Cấp thành phố**\n\nTiếp nhận 5.230 hồ sơ.\n\n**b) Cấp xã, phường**\n\nTiếp nhận 9.120 hồ sơ.\n');
    expect(got).toContainEqual(['dossier.received', 5230, 'district']);
    expect(got).toContainEqual(['dossier.received', 9120, 'commune']);
  });
});

describe('a centrally-run city named as the issuer', () => {
  it('reads "cấp Thành phố" in its paragraphs as the province’s level', () => {
    const md = [
      '**ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG**',
      '**2. Cải cách thủ tục hành chính**',
      'Cấp Thành phố tiếp nhận 88.150 hồ sơ; cấp huyện tiếp nhận 140.220 hồ sơ; cấp xã tiếp nhận 301.900 hồ sơ.',
    ].join('\n\n') + '\n';
    const got = extractRecords(readStructure(md)).map((r) => [r.metric, r.value, r.dimensions.tier]);
    expect(got).toContainEqual(['dossier.received', 88150, 'province']);
    expect(got).toContainEqual(['dossier.received', 140220, 'district']);
  });
  it('reads its own committee, unnamed, set against the lower levels, as the province’s level; a named district-level city stays district', () => {
    const md = [
      '**ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ**',
      '**2. Cải cách thủ tục hành chính**',
      'UBND Thành phố giải quyết 9.450 hồ sơ; UBND các quận, huyện giải quyết 120.600 hồ sơ; UBND các phường, xã giải quyết 250.800 hồ sơ.',
    ].join('\n\n') + '\n';
    const got = extractRecords(readStructure(md)).map((r) => [r.metric, r.value, r.dimensions.tier]);
    expect(got).toContainEqual(['dossier.resolved', 9450, 'province']);
    expect(got).toContainEqual(['dossier.resolved', 120600, 'district']);
  });
});

describe('a provincial report whose levels are named by headings and lead-ins', () => {
  it('reads the province centre titling a section as the province, its body named by its kind ("Trung tâm") no body of its own', () => {
    const got = read(
      [
        '**a) Tại Trung tâm Phục vụ hành chính công tỉnh**',
        'Trong kỳ, Trung tâm tiếp nhận 7.120 hồ sơ, đã trả kết quả 7.045 hồ sơ.',
        '**b) Tại cấp huyện**',
        'UBND cấp huyện tiếp nhận 10.400 hồ sơ.',
      ].join('\n\n') + '\n',
    );
    expect(got).toContainEqual(['dossier.received', 7120, 'province']);
    expect(got).toContainEqual(['dossier.received', 10400, 'district']);
  });
  it('leaves a department’s own figures under the centre’s heading with no level when no lower level is stated', () => {
    const got = read('**a) Tại Trung tâm Phục vụ hành chính công tỉnh**\n\nTrong quý, Sở tiếp nhận 120 hồ sơ.\n');
    expect(got).toContainEqual(['dossier.received', 120, undefined]);
  });
  it('reads the departments’ lead-in as the province when another lead-in names a lower level over its items', () => {
    const got = read(
      [
        'Tình hình giải quyết hồ sơ của các sở, ngành:',
        '- Tổng số hồ sơ tiếp nhận: 21.300 hồ sơ.',
        'Tình hình giải quyết hồ sơ của UBND các huyện:',
        '- Tổng số hồ sơ tiếp nhận: 33.020 hồ sơ.',
      ].join('\n\n') + '\n',
    );
    expect(got).toContainEqual(['dossier.received', 21300, 'province']);
    expect(got).toContainEqual(['dossier.received', 33020, 'district']);
  });
});
