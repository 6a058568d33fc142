import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeLegacy,
  decodeTcvn3,
  decodeVni,
  encodeTcvn3,
  encodeVni,
  fontReading,
} from '../../src/text/legacy-encoding.ts';
import { detectEncoding, isVietnameseSyllable } from '../../src/text/legacy-encoding-detect.ts';
import { TONES } from '../../src/text/legacy-encoding-tables.ts';

const BASES = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
/** Every Vietnamese letter with a diacritic or tone, lower and upper case (134 letters). */
const LETTERS = [
  ...BASES.flatMap((b) => TONES.map((t) => (b + t).normalize('NFC'))),
  'đ',
].flatMap((l) => [l, l.toUpperCase()]);

const tcvn3 = (text: string): string => encodeTcvn3(text).map((s) => decodeTcvn3(s.text, s.caps)).join('');

describe('TCVN3 (ABC)', () => {
  it('decodes the ABC codes of every letter, capitals through the capitals font', () => {
    for (const letter of LETTERS) expect(tcvn3(letter)).toBe(letter);
  });

  it('reads text typed with an ABC keyboard', () => {
    expect(decodeTcvn3('B¸o c¸o kÕt qu¶ c«ng t¸c c¶i c¸ch hµnh chÝnh')).toBe('Báo cáo kết quả công tác cải cách hành chính');
    expect(decodeTcvn3('ng\u00adêi d©n, doanh nghiÖp; ®· gi¶i quyÕt')).toBe('người dân, doanh nghiệp; đã giải quyết');
    expect(decodeTcvn3('¦íc tÝnh §¹i')).toBe('Ước tính Đại');
  });

  it('shows capitals-font text in capitals', () => {
    expect(decodeTcvn3('céng hßa x· héi chñ nghÜa viÖt nam', true)).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(encodeTcvn3('Ủy ban')).toEqual([
      { text: 'ñ', caps: true },
      { text: 'y ban', caps: false },
    ]);
  });

  it('leaves ASCII, digits and Markdown alone', () => {
    expect(decodeTcvn3('1.318 | **x** _y_ \\* 98%')).toBe('1.318 | **x** _y_ \\* 98%');
  });

  it('reads codes Word keeps in the private use area for symbol fonts, and pdf.js\'s μ for µ', () => {
    expect(decodeTcvn3('c\uf0b8c')).toBe('các');
    expect(decodeTcvn3('h\u03bcnh')).toBe('hành');
  });
});

describe('VNI', () => {
  it('decodes the VNI sequences of every letter', () => {
    for (const letter of LETTERS) expect(decodeVni(encodeVni(letter))).toBe(letter);
  });

  it('reads text typed with a VNI keyboard', () => {
    expect(decodeVni('Baùo caùo keát quaû coâng taùc')).toBe('Báo cáo kết quả công tác');
    expect(decodeVni('ngöôøi daân, ñaõ giaûi quyeát ñuùng haïn')).toBe('người dân, đã giải quyết đúng hạn');
    expect(decodeVni('COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM')).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(decodeVni('tænh, Nghóa, kyø, Ñoàng Thaùp')).toBe('tỉnh, Nghĩa, kỳ, Đồng Tháp');
  });
});

describe('fontReading', () => {
  it.each([
    ['.VnTime', { encoding: 'tcvn3', caps: false }],
    ['.VnTimeH', { encoding: 'tcvn3', caps: true }],
    ['.VnArial NarrowH', { encoding: 'tcvn3', caps: true }],
    ['VnTime', { encoding: 'tcvn3', caps: false }],
    ['.VnCentury Schoolbook', { encoding: 'tcvn3', caps: false }],
    ['VNI-Times', { encoding: 'vni', caps: false }],
    ['VNI-Helve-Condense', { encoding: 'vni', caps: false }],
  ] as const)('%s is a legacy font', (font, reading) => {
    expect(fontReading(font)).toEqual(reading);
  });

  it.each(['Times New Roman', 'Arial', 'Cambria Math', '', 'Vinhan'])('%s is not', (font) => {
    expect(fontReading(font)).toBeUndefined();
  });
  it('tolerates a missing font', () => expect(fontReading(null)).toBeUndefined());
});

describe('detectEncoding (character statistics)', () => {
  const unicode =
    'Trong kỳ, Sở đã tiếp nhận 1.318 hồ sơ, đã giải quyết đúng hạn 1.289 hồ sơ; người dân và doanh nghiệp hài lòng với kết quả.';

  it('tells Unicode, TCVN3 and VNI apart', () => {
    expect(detectEncoding(unicode).encoding).toBe('unicode');
    expect(detectEncoding(unicode.normalize('NFD')).encoding).toBe('unicode');
    expect(detectEncoding(encodeTcvn3(unicode).map((s) => s.text).join('')).encoding).toBe('tcvn3');
    expect(detectEncoding(encodeVni(unicode)).encoding).toBe('vni');
  });

  it('gives no verdict on text that is too short or not Vietnamese', () => {
    expect(detectEncoding('Báo cáo').encoding).toBeNull();
    expect(detectEncoding('The department resolved 1,318 applications on time this quarter.').encoding).toBeNull();
  });

  it('knows a Vietnamese syllable', () => {
    for (const w of ['người', 'khuyến', 'nghiêng', 'quý', 'giải', 'Trường', 'ĐỒNG', 'oanh', 'thuở']) {
      expect(isVietnameseSyllable(w)).toBe(true);
    }
    for (const w of ['report', 'Baùo', 'c¸c', 'hàá', 'strength', 'aeiou']) expect(isVietnameseSyllable(w)).toBe(false);
  });
});

// Random Vietnamese text: syllables built from the alphabet, with numbers and punctuation.
const syllable = fc
  .tuple(
    fc.constantFrom('', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gi', 'h', 'kh', 'l', 'm', 'n', 'ng', 'nh', 'ph', 'qu', 't', 'th', 'tr', 'v', 'x'),
    fc.constantFrom(...BASES, 'ai', 'ao', 'ươ', 'uô', 'iê', 'oa', 'ưu'),
    fc.integer({ min: 0, max: 5 }),
    fc.constantFrom('', 'c', 'm', 'n', 'ng', 'nh', 'p', 't'),
    fc.boolean(),
  )
  .map(([i, v, tone, f, cap]) => {
    const s = (i + v + (TONES[tone] ?? '') + f).normalize('NFC');
    return cap ? s.charAt(0).toUpperCase() + s.slice(1) : s;
  });
const word = fc.oneof({ weight: 8, arbitrary: syllable }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 99999 }).map(String) });
const sentence = fc.array(word, { minLength: 1, maxLength: 40 }).map((ws) => ws.join(' '));

describe('round trips on random Vietnamese text (fast-check)', () => {
  it('TCVN3 and VNI decode what they encode', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        expect(tcvn3(text)).toBe(text);
        expect(decodeVni(encodeVni(text))).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('detection finds the encoding of longer random text', () => {
    const long = fc.array(syllable, { minLength: 20, maxLength: 60 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(long, (text) => {
        expect(detectEncoding(text).encoding).toBe('unicode');
        expect(detectEncoding(encodeTcvn3(text).map((s) => s.text).join('')).encoding).toBe('tcvn3');
        expect(detectEncoding(encodeVni(text)).encoding).toBe('vni');
      }),
      { numRuns: 150 },
    );
  });

  it('decoding never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.boolean(), (s, caps) => {
        decodeLegacy(s, { encoding: 'tcvn3', caps });
        decodeLegacy(s, { encoding: 'vni', caps: false });
        detectEncoding(s);
      }),
      { numRuns: 150 },
    );
  });
});
