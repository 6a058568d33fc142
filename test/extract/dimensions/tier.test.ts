import { describe, expect, it } from 'vitest';
import { fold } from '../../../src/text/normalize.ts';
import { TIER_WORDS, blockStatesCommunes, blockStatesLowerTiers, tierAt, tierMentions } from '../../../src/extract/dimensions/tier.ts';

/** The tier of the figure written at `figure` in a paragraph (own clause = the figure alone). */
function tierOf(paragraph: string, figure: string, headings: string[] = []): string | undefined {
  const f = fold(paragraph);
  const at = paragraph.indexOf(figure);
  const start = Math.max(f.lastIndexOf(',', at), f.lastIndexOf(';', at), f.lastIndexOf('.', at - 2), 0);
  return tierAt(f, tierMentions(f, paragraph), start, at + figure.length, headings.map(fold));
}

describe('tier', () => {
  it('reads cấp tỉnh / cấp huyện / cấp xã in the figure’s clause', () => {
    expect(tierOf('Cấp huyện tiếp nhận 420 hồ sơ.', '420')).toBe('district');
    expect(tierOf('Các sở, ngành tiếp nhận 1.300 hồ sơ.', '1.300')).toBe('province');
    expect(tierOf('UBND các xã, phường tiếp nhận 900 hồ sơ.', '900')).toBe('commune');
    // The departments by their other name.
    expect(tierOf('Các cơ quan chuyên môn thuộc UBND tỉnh tiếp nhận 2.100 hồ sơ; UBND cấp huyện tiếp nhận 3.400 hồ sơ.', '2.100')).toBe('province');
  });
  it('reads "sở, ban, ngành" opening a clause as the province, not "một số …" nor a count of them', () => {
    expect(tierOf('Sở, ban, ngành: đã áp dụng 21 cơ quan.', '21')).toBe('province');
    expect(tierOf('Đến nay 100% sở, ban, ngành áp dụng ISO, gồm 19 cơ quan.', '19')).toBe('province');
    expect(tierOf('Một số sở, ban, ngành chậm cập nhật 12 TTHC.', '12')).toBeUndefined();
    expect(tierOf('Trung tâm tiếp nhận hồ sơ của 17 sở, ban, ngành; đã tiếp nhận 5.400 hồ sơ.', '5.400')).toBeUndefined();
  });
  it('gives none to one unnamed commune committee reporting its own figures, unless another level is named', () => {
    expect(tierOf('Năm 2023, UBND xã tiếp nhận 1.045 hồ sơ.', '1.045')).toBeUndefined();
    expect(tierOf('UBND huyện tiếp nhận 3.100 hồ sơ; UBND xã tiếp nhận 1.045 hồ sơ.', '1.045')).toBe('commune');
  });
  it('reads the province centre and a count of the communes\' centres joined by "và" as a mixed group', () => {
    const p = 'Trung tâm Phục vụ hành chính công tỉnh và 58 Trung tâm phục vụ hành chính công cấp xã tiếp nhận 41.200 hồ sơ.';
    const f = fold(p);
    const at = p.indexOf('41.200');
    // (The province's own centre is a level only where lower levels' figures are stated, as here.)
    expect(tierAt(f, tierMentions(f, p), at, at + 6, [], true)).toBeUndefined();
    // (A count of things after "và" — "… của cấp huyện và 98 TTHC thuộc thẩm quyền của cấp xã" — is no body's name: procedure-count's examples.)
  });
  it('reads one named special zone as its own body, not the commune level', () => {
    expect(tierOf('Các xã, phường, đặc khu tiếp nhận 9.100 hồ sơ; riêng UBND đặc khu Cô Tô tiếp nhận 410 hồ sơ.', '9.100')).toBe('commune');
    expect(tierOf('Các xã, phường, đặc khu tiếp nhận 9.100 hồ sơ; riêng UBND đặc khu Cô Tô tiếp nhận 410 hồ sơ.', '410')).toBeUndefined();
  });
  it('carries a tier forward in the paragraph', () => {
    expect(tierOf('Cấp xã đã tiếp nhận 800 hồ sơ. Trong tháng đã giải quyết 760 hồ sơ.', '760')).toBe('commune');
  });
  it('carries no one level from the path of interlinked dossiers between two levels', () => {
    expect(tierOf('Hồ sơ liên thông từ cấp huyện lên cấp tỉnh: 96 hồ sơ, đã có kết quả 90 hồ sơ.', '90')).toBeUndefined();
    expect(tierOf('Các xã đã chuyển liên thông từ cấp xã đến cấp huyện 58 hồ sơ.', '58')).toBeUndefined();
  });
  it('does not carry the communes counted as administrative units past their clause', () => {
    expect(tierOf('Thành phố có 09 đơn vị hành chính cấp xã. Trong năm, thành phố tiếp nhận 2.760 hồ sơ.', '2.760')).toBeUndefined();
    expect(tierOf('Năm 2025, 14 đơn vị hành chính cấp xã tiếp nhận 5.300 hồ sơ.', '5.300')).toBe('commune');
  });
  it('reads a centrally-run city\'s own office as the province beside its urban districts, counted ones too', () => {
    const p = 'Năm 2024, Trung tâm Hành chính thành phố tiếp nhận 180.400 hồ sơ; 7 quận, 2 huyện tiếp nhận 240.100 hồ sơ; 47 phường, xã tiếp nhận 390.200 hồ sơ.';
    expect(tierOf(p, '180.400')).toBe('province');
    expect(tierOf(p, '240.100')).toBe('district');
    expect(tierOf(p, '390.200')).toBe('commune');
  });
  it('reads "cấp sở" as the province, not "cấp sổ" (issuing a book)', () => {
    expect(tierOf('Hồ sơ trễ hạn: cấp sở 210 hồ sơ, cấp quận 95 hồ sơ.', '210')).toBe('province');
    expect(tierOf('Phường đã cấp sổ hộ nghèo cho 120 hộ, tiếp nhận 1.500 hồ sơ.', '1.500')).toBeUndefined();
  });
  it('does not read the year before a level as a count of bodies, so the level holds past ";"', () => {
    expect(tierOf('Năm 2025 cấp xã tiếp nhận 7.310 hồ sơ; giải quyết đúng hạn 7.205 hồ sơ.', '7.205')).toBe('commune');
    expect(tierOf('Trong quý 3 các xã tiếp nhận 2.140 hồ sơ; trả kết quả đúng hạn 2.100 hồ sơ.', '2.100')).toBe('commune');
  });
  it('gives none for a whole area, all tiers or a mixed group', () => {
    expect(tierOf('Toàn tỉnh tiếp nhận 9.000 hồ sơ.', '9.000')).toBeUndefined();
    expect(tierOf('Tỷ lệ đúng hạn của 3 cấp đạt 98%.', '98%')).toBeUndefined();
    expect(tierOf('Tại cấp huyện và cấp xã không có hồ sơ quá hạn.', 'không có')).toBeUndefined();
    expect(tierOf('UBND thành phố và UBND 12 phường tiếp nhận 3.000 hồ sơ.', '3.000')).toBeUndefined();
  });
  it('reads the communes\' offices of a named district as the commune level', () => {
    expect(tierOf('Các Bộ phận Một cửa cấp xã của huyện Ba Tơ tiếp nhận 8.120 hồ sơ.', '8.120')).toBe('commune');
    expect(tierOf('Tại 9 xã, phường, thị trấn của huyện Gia Lâm, tổng số hồ sơ tiếp nhận là 20.100 hồ sơ.', '20.100')).toBe('commune');
  });
  it('reads the form of government and the place of the bodies named as no whole area', () => {
    const p = 'Sau khi vận hành chính quyền địa phương hai cấp, UBND của 102 xã, phường trên địa bàn tỉnh tiếp nhận 75.300 hồ sơ.';
    expect(tierOf(p, '75.300')).toBe('commune');
    expect(tierOf('Trên địa bàn tỉnh đã tiếp nhận 75.300 hồ sơ.', '75.300')).toBeUndefined();
  });
  it('stops a tier named inside a breakdown at the end of that breakdown', () => {
    const p = 'Tiếp nhận 500 hồ sơ; trong đó thuộc thẩm quyền cấp huyện 120 hồ sơ; đã giải quyết 480 hồ sơ.';
    expect(tierOf(p, '120')).toBe('district');
    expect(tierOf(p, '480')).toBeUndefined();
  });
  it('falls back on the headings', () => {
    expect(tierOf('Tiếp nhận 75 hồ sơ.', '75', ['b) Cấp xã'])).toBe('commune');
  });
});

describe('tier mentions', () => {
  // One phrase for each way a tier is written; tierMentions skips a text without TIER_WORDS.
  const PHRASES: [string, string | null][] = [
    ['Toàn tỉnh', null],
    ['toàn huyện', null],
    ['cả 3 cấp', null],
    ['hai cấp', null],
    ['trên địa bàn toàn tỉnh', null],
    ['tỷ lệ đúng hạn chung', null],
    ['tính chung', null],
    ['cấp tỉnh', 'province'],
    ['các sở, ban, ngành', 'province'],
    ['khối sở, ban, ngành', 'province'],
    ['khối huyện, thành phố', 'district'],
    ['khối quận, huyện', 'district'],
    ['cấp huyện', 'district'],
    ['cấp thành phố', 'district'],
    ['cấp TP', 'district'],
    ['UBND các huyện', 'district'],
    ['các huyện, thị xã, thành phố', 'district'],
    ['của thị xã', 'district'],
    ['14 phường', 'commune'],
    ['các thị trấn', 'commune'],
    ['Ủy ban nhân dân thành phố', 'district'],
    ['Trung tâm hành chính công huyện', 'district'],
    ['Bộ phận một cửa của thị xã', 'district'],
    ['cấp phường', 'commune'],
    ['UBND 12 xã, phường', 'commune'],
    ['các xã, thị trấn', 'commune'],
    ['phường/xã', 'commune'],
    ['Bộ phận một cửa các xã', 'commune'],
    // Since 2025 the commune level holds special zones too.
    ['các xã, phường, đặc khu', 'commune'],
    ['các đặc khu', 'commune'],
    // Rows of a summary by level.
    ['khối tỉnh', 'province'],
    ['các sở', 'province'],
    ['khối xã', 'commune'],
    ['khối xã, phường', 'commune'],
  ];

  it('finds every way a tier is written, each phrase holding one of the words that let a text be searched', () => {
    for (const [phrase, tier] of PHRASES) {
      const f = fold(`Trong quý, ${phrase} tiếp nhận 40 hồ sơ.`);
      expect(TIER_WORDS.test(f), phrase).toBe(true);
      expect(tierMentions(f).map((m) => m.tier), phrase).toEqual([tier]);
    }
  });

  it('reads communes named as "xã, phường" as lower tiers stated', () => {
    expect(blockStatesLowerTiers(fold('Các Trung tâm phục vụ hành chính công xã, phường tiếp nhận 80.112 hồ sơ.'))).toBe(true);
  });
  it('reads no level in the social sector ("khối xã hội")', () => {
    expect(tierMentions(fold('Trong quý, khối xã hội tiếp nhận 40 hồ sơ.')).filter((m) => m.tier === 'commune')).toEqual([]);
  });

  it('finds none in a text without those words', () => {
    const f = fold('Sở Tư pháp tiếp nhận 40 hồ sơ, giải quyết đúng hạn 38 hồ sơ.');
    expect(TIER_WORDS.test(f)).toBe(false);
    expect(tierMentions(f)).toEqual([]);
  });
});

describe('tier across paragraphs', () => {
  it('hands the tier at the end of a paragraph to one that opens by pointing back', async () => {
    const { continuesPrevious, tierAtEnd } = await import('../../../src/extract/dimensions/tier.ts');
    const prev = fold('Cấp huyện đã tiếp nhận 2.000 hồ sơ.');
    expect(tierAtEnd(prev, tierMentions(prev), false)).toBe('district');
    expect(continuesPrevious(fold('Trong số hồ sơ trên, đã giải quyết 1.900 hồ sơ.'))).toBe(true);
    expect(continuesPrevious(fold('Sở Tư pháp đã giải quyết 1.900 hồ sơ.'))).toBe(false);
  });
});

describe('named districts', () => {
  it('gives a named district subject, not tier, unless its authority is meant', () => {
    expect(tierOf('Trong quý, UBND huyện Kim Sơn tiếp nhận 4.218 hồ sơ.', '4.218')).toBeUndefined();
    expect(tierOf('Hồ sơ thuộc thẩm quyền giải quyết của UBND TP Ninh Bình là 900 hồ sơ.', '900')).toBe('district');
    expect(tierOf('UBND huyện tiếp nhận 3.456 hồ sơ.', '3.456')).toBe('district');
  });
});

describe('tier: levels named with their body, counts of bodies, lists of tiers', () => {
  it('keeps the district tier when the level is named with its body', () => {
    expect(tierOf('Năm 2023, cấp huyện Đông Anh đã nhận 2.140 hồ sơ.', '2.140')).toBe('district');
    expect(tierOf('Cấp quận nhận 610 hồ sơ, cấp phường nhận 1.950 hồ sơ.', '610')).toBe('district');
    expect(tierOf('Cấp quận nhận 610 hồ sơ, cấp phường nhận 1.950 hồ sơ.', '1.950')).toBe('commune');
  });
  it('reads a named district set against the commune level of the same report as district', () => {
    const p = 'Bộ phận Một cửa huyện Tân Lạc nhận 1.204 hồ sơ, giải quyết 1.180 hồ sơ. Tại cấp xã, các xã nhận 3.300 hồ sơ.';
    expect(tierOf(p, '1.204')).toBe('district');
    expect(tierOf(p, '1.180')).toBe('district');
    expect(tierOf(p, '3.300')).toBe('commune');
  });
  it('lets counted bodies as the subject reach over the clauses after ";" that open on their verb', () => {
    const p = '84 xã, phường đã tiếp nhận 96.300 hồ sơ; giải quyết đúng hạn 95.100 hồ sơ; còn 1.200 hồ sơ đang giải quyết.';
    expect(tierOf(p, '95.100')).toBe('commune');
    expect(tierOf(p, '1.200')).toBe('commune');
  });
  it('does not let a count of bodies set or carry the tier', () => {
    expect(tierOf('UBND thị xã Sơn Tây và 15 xã, phường đã nhận 8.760 hồ sơ.', '8.760')).toBeUndefined();
    const p = 'Phần mềm một cửa liên thông 98 xã, phường, thị trấn; tổng số hồ sơ trên phần mềm là 52.300 hồ sơ. Đã giải quyết 51.000 hồ sơ.';
    expect(tierOf(p, '52.300')).toBeUndefined();
    expect(tierOf(p, '51.000')).toBeUndefined();
  });
});

describe('tier: the middle item of a list of tiers', () => {
  it('gives each figure the tier named right before it', () => {
    const p = 'Trong đó cấp tỉnh nhận 12.400 hồ sơ, cấp huyện 8.300 hồ sơ và cấp xã 30.050 hồ sơ.';
    const f = fold(p);
    const all = tierMentions(f, p);
    const at = p.indexOf('8.300');
    expect(tierAt(f, all, p.indexOf('cấp huyện'), p.indexOf('cấp xã') + 6, [], false, undefined, at)).toBe('district');
  });
});

describe('a block stating lower tiers’ dossier figures', () => {
  const states = (text: string) => blockStatesLowerTiers(fold(text));
  it('needs the tier, “hồ sơ” and a figure in one sentence', () => {
    expect(states('Cấp huyện tiếp nhận 420 hồ sơ.')).toBe(true);
    expect(states('Sở tiếp nhận 90 hồ sơ. UBND cấp xã đã giải quyết 35 hồ sơ; còn lại đang xử lý.')).toBe(true);
    expect(states('Cấp xã đã được hướng dẫn về hồ sơ. Sở tiếp nhận 90 hồ sơ.')).toBe(false);
    expect(states('Cấp huyện có 12 công chức làm việc tại bộ phận một cửa.')).toBe(false);
    expect(states('Sở tiếp nhận 90 hồ sơ.')).toBe(false);
  });
});

describe('tier: a city’s own level', () => {
  it('reads "cấp thành phố" as the district tier, and as the province’s where the city has urban districts', () => {
    expect(tierOf('Cấp thành phố tiếp nhận 5.120 hồ sơ, cấp xã, phường tiếp nhận 9.800 hồ sơ.', '5.120')).toBe('district');
    expect(tierOf('Cấp thành phố tiếp nhận 40.300 hồ sơ; cấp quận, huyện tiếp nhận 52.700 hồ sơ.', '40.300')).toBe('province');
    expect(tierOf('Cấp thành phố tiếp nhận 40.300 hồ sơ; cấp quận, huyện tiếp nhận 52.700 hồ sơ.', '52.700')).toBe('district');
    expect(tierOf('Tiếp nhận 75 hồ sơ.', '75', ['a) Cấp thành phố'])).toBe('district');
  });
});

describe('tier: a bare named district or commune', () => {
  it('stops an earlier tier at a named district or commune: its figures are its own (subject)', () => {
    const p = 'Ở cấp xã, tổng số hồ sơ tiếp nhận là 9.310 hồ sơ. Trong đó xã Tân Hòa tiếp nhận 1.102 hồ sơ, giải quyết 1.090 hồ sơ.';
    expect(tierOf(p, '9.310')).toBe('commune');
    expect(tierOf(p, '1.102')).toBeUndefined();
    expect(tierOf(p, '1.090')).toBeUndefined();
    expect(tierOf('Cấp huyện 7.400 hồ sơ, cấp xã 12.050 hồ sơ. Nhiều hồ sơ trễ hạn nhất: huyện Ân Thi 64 hồ sơ, phường 3 có 12 hồ sơ.', '64')).toBeUndefined();
  });
  it('reads a named place set before its clause as the area, not a body, when a level follows', () => {
    expect(tierOf('Tại huyện Vũ Thư, cấp xã tiếp nhận 7.210 hồ sơ.', '7.210')).toBe('commune');
    expect(tierOf('Ở cấp xã, các xã, thị trấn của huyện Hưng Hà tiếp nhận 9.032 hồ sơ.', '9.032')).toBe('commune');
  });
  it('does not join a named place to the lead-in before its colon', () => {
    expect(tierOf('Kết quả của các quận, huyện: quận Sơn Trà tiếp nhận 9.870 hồ sơ.', '9.870')).toBeUndefined();
  });
  it('finds a named commune in a sentence holding none of the tier words', () => {
    const p = 'Tiếp nhận 6.120 hồ sơ, nhiều nhất là xã Hồng Phong với 903 hồ sơ.';
    expect(tierOf(p, '903', ['b) Cấp xã'])).toBeUndefined();
    expect(tierOf(p, '6.120', ['b) Cấp xã'])).toBe('commune');
  });
  it('keeps the tier when the place owns the body before it or is the area spoken of', () => {
    expect(tierOf('UBND các xã của huyện Bình Lục tiếp nhận 6.540 hồ sơ.', '6.540')).toBe('commune');
    expect(tierOf('Các sở, ngành thành phố Cần Thơ tiếp nhận 18.420 hồ sơ.', '18.420')).toBe('province');
    expect(tierOf('Trên địa bàn huyện Lý Nhân, cấp xã tiếp nhận 4.450 hồ sơ.', '4.450')).toBe('commune');
  });
});

describe('tier: the system the figures come from', () => {
  it('reads "Hệ thống … của Thành phố" as whose system, not the district tier', () => {
    const p = 'Theo dữ liệu của Hệ thống thông tin giải quyết TTHC của Thành phố, đơn vị đã tiếp nhận 2.760 hồ sơ.';
    expect(tierOf(p, '2.760')).toBeUndefined();
    expect(tierOf('Bộ phận Một cửa của thị xã đã tiếp nhận 2.760 hồ sơ; UBND các phường nhận 4.100 hồ sơ.', '2.760')).toBe('district');
  });
  it('reads the level worked with ("liên thông với UBND các xã") as no tier of the figures', () => {
    const p = 'Chi nhánh Văn phòng đăng ký đất đai nhận 520 hồ sơ liên thông với UBND các xã, phường; đã giải quyết 498 hồ sơ.';
    expect(tierOf(p, '520')).toBeUndefined();
    expect(tierOf(p, '498')).toBeUndefined();
    expect(tierOf('UBND các xã, phường tiếp nhận 520 hồ sơ liên thông.', '520')).toBe('commune');
  });
  it('reads one commune\'s own office ("Bộ phận Một cửa của xã") as its own figures, unless another level is named', () => {
    expect(tierOf('Trong tháng, Bộ phận Một cửa của xã tiếp nhận 175 hồ sơ.', '175')).toBeUndefined();
    expect(tierOf('Bộ phận Một cửa phường đã tiếp nhận 230 hồ sơ.', '230')).toBeUndefined();
    expect(tierOf('Bộ phận Một cửa các xã tiếp nhận 2.175 hồ sơ.', '2.175')).toBe('commune');
    expect(tierOf('UBND huyện nhận 640 hồ sơ; Bộ phận Một cửa của xã tiếp nhận 175 hồ sơ.', '175')).toBe('commune');
  });
  it('reads the departments owning the dossiers ("hồ sơ của các sở, ngành") as the province only beside lower tiers\' figures', () => {
    const p = 'Trong tháng, Trung tâm nhận 3.140 hồ sơ của các sở, ngành.';
    const f = fold(p);
    const at = f.indexOf('3.140');
    expect(tierAt(f, tierMentions(f, p), 0, f.length, [], false, undefined, at)).toBeUndefined();
    expect(tierAt(f, tierMentions(f, p), 0, f.length, [], true, undefined, at)).toBe('province');
    expect(tierOf('Các sở, ngành tiếp nhận 3.140 hồ sơ.', '3.140')).toBe('province');
  });
  it('reads the district\'s office joined to the communes\' level ("Bộ phận Một cửa huyện và cấp xã") as a mixed group', () => {
    expect(tierOf('Trong năm, Bộ phận Một cửa huyện và cấp xã đã nhận 9.870 hồ sơ.', '9.870')).toBeUndefined();
    expect(tierOf('Bộ phận Một cửa thị xã và các phường tiếp nhận 6.020 hồ sơ.', '6.020')).toBeUndefined();
  });
  it('reads a thị xã\'s own office as a huyện\'s: no commune in "Bộ phận Một cửa thị xã"', () => {
    expect(blockStatesCommunes(fold('Bộ phận Một cửa thị xã đã nhận 1.930 hồ sơ.'))).toBe(false);
  });
  it('reads communes\' figures only where a figure is theirs, not a count of them; a timeliness of theirs counts', () => {
    expect(blockStatesCommunes(fold('Huyện có 12/12 xã, thị trấn tiếp nhận hồ sơ trực tuyến.'))).toBe(false);
    expect(blockStatesCommunes(fold('Huyện có 12 xã tiếp nhận 3.400 hồ sơ.'))).toBe(true);
    expect(blockStatesCommunes(fold('UBND huyện giải quyết 100% hồ sơ đúng hạn; các xã, thị trấn đạt 99,8% đúng hạn.'))).toBe(true);
  });
  it('reads one level named beside the whole area as the figure\'s', () => {
    const p = 'Toàn huyện có 11 hồ sơ trễ hạn ở cấp xã.';
    const f = fold(p);
    expect(tierAt(f, tierMentions(f, p), 0, f.length, [], false, undefined, f.indexOf('11'))).toBe('commune');
    expect(tierOf('Trên địa bàn huyện, cấp xã đã nhận 7.310 hồ sơ.', '7.310')).toBe('commune');
    expect(tierOf('Tỷ lệ đúng hạn của 3 cấp và cấp xã là 99%.', '99%')).toBeUndefined();
  });
  it('reads two levels joined by a dash as a mixed group', () => {
    expect(tierOf('Hồ sơ liên thông cấp xã - cấp huyện đã giải quyết 412 hồ sơ.', '412')).toBeUndefined();
  });
});
