import { describe, expect, it } from 'vitest';
import { fold, foldSlice, nfc, readingForm, squash } from '../../src/text/normalize.ts';

/** The definition the table-driven fold must agree with. */
const definition = (t: string) => t.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();

const VIETNAMESE =
  'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ';

describe('fold', () => {
  it('strips tone marks and diacritics, maps đ to d and lower-cases', () => {
    expect(fold('Cải cách thể chế')).toBe('cai cach the che');
    expect(fold('ĐƯỢC GIẢI QUYẾT ĐÚNG HẠN')).toBe('duoc giai quyet dung han');
    expect(fold('Sở Nội vụ tỉnh Bắc Kạn: 48 hồ sơ (100%)')).toBe('so noi vu tinh bac kan: 48 ho so (100%)');
  });

  it('agrees with NFD → strip marks → lower-case on every Vietnamese letter in both cases', () => {
    const all = VIETNAMESE + VIETNAMESE.toUpperCase();
    for (const ch of all) expect(fold(ch)).toBe(definition(ch));
    expect(fold(all)).toBe(definition(all));
  });

  it('reads decomposed input (letters followed by combining marks) like composed input', () => {
    const decomposed = 'Thủ tục hành chính'.normalize('NFD');
    expect(fold(decomposed)).toBe('thu tuc hanh chinh');
  });

  it('keeps what is not a letter, and handles characters outside the basic plane', () => {
    expect(fold('Tỷ lệ 98,5% – “đúng hạn” № 3')).toBe(definition('Tỷ lệ 98,5% – “đúng hạn” № 3'));
    expect(fold('Báo cáo 😀 Ý')).toBe(definition('Báo cáo 😀 Ý'));
    expect(fold('')).toBe('');
  });

  it('folds texts that leave Latin-1 midway, and texts longer than its scratch buffers', () => {
    // "–", "“", "€" and Greek stay above U+00FF after folding; the first ones come after plain Latin-1.
    const mixed = 'Tổng kinh phí 1.200 € – “Ωmega” đạt 98% ₫';
    expect(fold(mixed)).toBe(definition(mixed));
    const long = 'Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 1.204 hồ sơ; '.repeat(400);
    expect(long.length).toBeGreaterThan(16_384);
    expect(fold(long)).toBe(definition(long));
    expect(fold(long + '€')).toBe(definition(long + '€'));
    // A short text after a long one is not left with the long one's tail.
    expect(fold('Hồ sơ')).toBe('ho so');
  });

  it('gives the same answer when asked again (the memo does not change results)', () => {
    const s = 'Ủy ban nhân dân huyện Kim Sơn';
    expect(fold(s)).toBe('uy ban nhan dan huyen kim son');
    expect(fold(s)).toBe('uy ban nhan dan huyen kim son');
  });
});

describe('nfc and squash', () => {
  it('composes and makes non-breaking and zero-width spaces plain', () => {
    expect(nfc('ho\u0302\u0300 so\u031b\u00a048\u200b')).toBe('hồ sơ 48');
  });
  it('collapses white space', () => {
    expect(squash('  tiếp   nhận\n 48 ')).toBe('tiếp nhận 48');
  });
});

describe('foldSlice', () => {
  it('folds a slice as if it were folded on its own', () => {
    const s = 'Đã tiếp nhận 48 hồ sơ; dự kiến Quý IV';
    for (const [a, b] of [[0, 13], [13, 20], [20, s.length], [5, 6]] as const) expect(foldSlice(s, a, b)).toBe(fold(s.slice(a, b)));
  });
  it('is right where units do not fold one for one (combining marks, astral characters)', () => {
    const d = 'Tiếp nhận hồ sơ'.normalize('NFD');
    expect(foldSlice(d, 0, 8)).toBe(fold(d.slice(0, 8)));
    const e = 'Số 😀 hồ sơ';
    expect(foldSlice(e, 3)).toBe(fold(e.slice(3)));
  });
});

describe('readingForm', () => {
  it('writes "trong số đó / này" as "trong đó", keeping every offset', () => {
    const f = fold('Tiếp nhận 512 hồ sơ, trong số đó 402 hồ sơ trực tuyến; Trong số này có 3 hồ sơ trễ hạn.');
    const r = readingForm(f);
    expect(r.length).toBe(f.length);
    expect(r).toBe('tiep nhan 512 ho so, trong do    402 ho so truc tuyen; trong do     co 3 ho so tre han.');
    expect(r.indexOf('402')).toBe(f.indexOf('402'));
  });
  it('leaves "trong số" before a figure or another noun as it is', () => {
    const f = fold('Trong số 1.200 hồ sơ, trong số đơn vị được kiểm tra');
    expect(readingForm(f)).toBe(f);
  });
  it('writes a bound before a figure as blanks where no label holds it, keeping comparisons', () => {
    const f = fold('Lĩnh vực Điện: khoảng 07 TTHC; cấp tỉnh là hơn 1.642 TTHC, tăng hơn 300 hồ sơ, cao hơn 2,5%.');
    const r = readingForm(f);
    expect(r.length).toBe(f.length);
    expect(r).toBe('linh vuc dien:        07 tthc; cap tinh la     1.642 tthc, tang hon 300 ho so, cao hon 2,5%.');
  });
});
