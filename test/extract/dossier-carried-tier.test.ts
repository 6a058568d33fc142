import { describe, expect, it } from 'vitest';
import { readStructure } from '../../src/structure/index.ts';
import { extractRecords } from '../../src/extract/runner.ts';

function read(...paragraphs: string[]) {
  const md = ['**II. Kết quả giải quyết TTHC**', ...paragraphs].join('\n\n') + '\n';
  return extractRecords(readStructure(md)).map((r) => [r.metric, r.value, r.dimensions.tier]);
}

describe('the tier a paragraph opening on its verb carries over', () => {
  it('goes on with the body of the lead-in whose items it follows', () => {
    const got = read('Bộ phận Một cửa cấp xã đã tiếp nhận 940 hồ sơ, trong đó:', '- Trực tuyến: 815 hồ sơ;', '- Trực tiếp: 125 hồ sơ.', 'Đã giải quyết 921 hồ sơ, đang giải quyết 19 hồ sơ.');
    expect(got).toContainEqual(['dossier.resolved', 921, 'commune']);
    expect(got).toContainEqual(['dossier.pending', 19, 'commune']);
  });
  it('takes no tier after a paragraph that speaks of several tiers', () => {
    const got = read('Cấp huyện tiếp nhận 500 hồ sơ; cấp xã tiếp nhận 900 hồ sơ.', 'Đã giải quyết 1.380 hồ sơ.');
    expect(got).toContainEqual(['dossier.resolved', 1380, undefined]);
  });
  it('takes no tier in the sentence after one listing levels, the first written after its own figure', () => {
    const got = read('Năm 2025, 99,1% hồ sơ của các sở, ban, ngành được giải quyết đúng hạn; cấp huyện đạt 98,2%, cấp xã đạt 99,4%. Có 2.310 hồ sơ được nộp qua bưu chính công ích.');
    expect(got).toContainEqual(['dossier.received', 2310, undefined]);
  });
  it('reads a part owned by counted wards as theirs, and the whole it is part of as the whole area', () => {
    const got = read('Năm 2025, UBND thị xã tiếp nhận 6.210 hồ sơ, trong đó có 4.980 hồ sơ của 12 phường, xã; trễ hạn 14 hồ sơ.');
    expect(got).toContainEqual(['dossier.received', 4980, 'commune']);
    expect(got).toContainEqual(['dossier.received', 6210, undefined]);
  });
  it('takes the level a bold title typed as a paragraph ends on, for the paragraph under it', () => {
    const got = read('**Tình hình tiếp nhận hồ sơ ở cấp huyện**', 'Số hồ sơ tồn kỳ trước 31 hồ sơ; tiếp nhận mới 2.604 hồ sơ. Đã giải quyết 2.590 hồ sơ.', '**Tình hình tiếp nhận hồ sơ ở cấp xã**', 'Có 8.115 hồ sơ được tiếp nhận.');
    expect(got).toContainEqual(['dossier.new', 2604, 'district']);
    expect(got).toContainEqual(['dossier.resolved', 2590, 'district']);
    expect(got).toContainEqual(['dossier.received', 8115, 'commune']);
  });
  it('carries no level from the district’s own office in a report stating no communes’ figures', () => {
    const got = read('Bộ phận Một cửa thị xã tiếp nhận 2.310 hồ sơ, cụ thể:', '- Lĩnh vực xây dựng: 410 hồ sơ;', '- Lĩnh vực đất đai: 1.900 hồ sơ.', 'Đã giải quyết 2.296 hồ sơ.');
    expect(got).toContainEqual(['dossier.received', 2310, undefined]);
    expect(got).toContainEqual(['dossier.resolved', 2296, undefined]);
  });
  it('takes none when the paragraph names its own subject', () => {
    const got = read('Bộ phận Một cửa cấp xã đã tiếp nhận 940 hồ sơ.', 'Toàn huyện đã giải quyết 2.100 hồ sơ.');
    expect(got).toContainEqual(['dossier.resolved', 2100, undefined]);
  });
  it('reads a "Kết quả:" opener as a paragraph with no subject of its own', () => {
    const got = read('Trong quý, Bộ phận Một cửa cấp xã đã tiếp nhận 512 hồ sơ.', 'Kết quả: đã giải quyết 505 hồ sơ; đang giải quyết 7 hồ sơ.');
    expect(got).toContainEqual(['dossier.resolved', 505, 'commune']);
  });
});
