/**
 * The two pre-Unicode Vietnamese encodings still found in government documents, as data.
 *
 * Both are 8-bit "font encodings": the file stores Windows-1252/Latin-1 characters and a
 * Vietnamese font (.VnTime, VNI-Times) draws them as Vietnamese letters. In a .docx the
 * characters arrive as the Unicode code points of those Latin-1 bytes (0xB8 → U+00B8 "¸").
 *
 * Rows list one vowel (or đ) in the tone order of TONES: no tone, sắc, huyền, hỏi, ngã, nặng.
 */

/** Combining tone marks in row order (none, sắc, huyền, hỏi, ngã, nặng). */
export const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const;

/**
 * TCVN 5712:1993 VN3 ("TCVN3", the ABC fonts .VnTime, .VnArial …): one byte per letter, lower
 * case only, plus the seven toneless capitals. Capitals with a tone are written with the capital
 * fonts (.VnTimeH …), which draw the lower-case codes as capitals.
 */
export const TCVN3_ROWS: ReadonlyArray<readonly [base: string, forms: string]> = [
  ['a', 'a\u00b8\u00b5\u00b6\u00b7\u00b9'], // a á à ả ã ạ
  ['ă', '\u00a8\u00be\u00bb\u00bc\u00bd\u00c6'], // ă ắ ằ ẳ ẵ ặ
  ['â', '\u00a9\u00ca\u00c7\u00c8\u00c9\u00cb'], // â ấ ầ ẩ ẫ ậ
  ['e', 'e\u00d0\u00cc\u00ce\u00cf\u00d1'], // e é è ẻ ẽ ẹ
  ['ê', '\u00aa\u00d5\u00d2\u00d3\u00d4\u00d6'], // ê ế ề ể ễ ệ
  ['i', 'i\u00dd\u00d7\u00d8\u00dc\u00de'], // i í ì ỉ ĩ ị
  ['o', 'o\u00e3\u00df\u00e1\u00e2\u00e4'], // o ó ò ỏ õ ọ
  ['ô', '\u00ab\u00e8\u00e5\u00e6\u00e7\u00e9'], // ô ố ồ ổ ỗ ộ
  ['ơ', '\u00ac\u00ed\u00ea\u00eb\u00ec\u00ee'], // ơ ớ ờ ở ỡ ợ
  ['u', 'u\u00f3\u00ef\u00f1\u00f2\u00f4'], // u ú ù ủ ũ ụ
  ['ư', '\u00ad\u00f8\u00f5\u00f6\u00f7\u00f9'], // ư ứ ừ ử ữ ự
  ['y', 'y\u00fd\u00fa\u00fb\u00fc\u00fe'], // y ý ỳ ỷ ỹ ỵ
  ['đ', '\u00ae'], // đ
];

/** The toneless capitals VN3 has codes for. */
export const TCVN3_CAPITALS: ReadonlyArray<readonly [legacy: string, unicode: string]> = [
  ['\u00a1', 'Ă'],
  ['\u00a2', 'Â'],
  ['\u00a3', 'Ê'],
  ['\u00a4', 'Ô'],
  ['\u00a5', 'Ơ'],
  ['\u00a6', 'Ư'],
  ['\u00a7', 'Đ'],
];

/**
 * Capitals with a tone that the full TCVN 5712 table (VN1) places in the upper half; the ABC
 * fonts leave these codes unused, so reading them costs nothing and saves the odd VN1 file.
 */
export const TCVN3_VN1_CAPITALS: ReadonlyArray<readonly [legacy: string, unicode: string]> = [
  ['\u00af', 'Ằ'],
  ['\u00ba', 'Ẳ'],
  ['\u00bf', 'Ẵ'],
  ['\u00c0', 'Ắ'],
  ['\u00c1', 'Ầ'],
  ['\u00c2', 'Ẩ'],
  ['\u00c3', 'Ẫ'],
  ['\u00c4', 'Ấ'],
  ['\u00c5', 'Ề'],
  ['\u00cd', 'Ể'],
  ['\u00d9', 'Ễ'],
  ['\u00da', 'Ế'],
  ['\u00db', 'Ồ'],
  ['\u00e0', 'Ổ'],
  ['\u00f0', 'Ỗ'],
  ['\u00ff', 'Ố'],
];

/**
 * Characters that reach us changed by a reader, decoded as the code they stand for: pdf.js
 * normalizes MICRO SIGN µ (U+00B5, TCVN3 à) to GREEK SMALL LETTER MU μ (U+03BC).
 */
export const TCVN3_ALIASES: ReadonlyArray<readonly [seen: string, unicode: string]> = [['\u03bc', 'à']];

/**
 * VNI (VNI-Windows, fonts VNI-Times, VNI-Helve …): an ASCII base letter followed by one or two
 * mark characters; i, ỵ, ơ, ư, đ and their tones have single codes. Lower case shown; capitals
 * are the same sequences upper-cased ("AÙ" = Á, "Ñ" = Đ).
 */
export const VNI_ROWS: ReadonlyArray<readonly [base: string, forms: readonly string[]]> = [
  ['a', ['a', 'a\u00f9', 'a\u00f8', 'a\u00fb', 'a\u00f5', 'a\u00ef']], // aù aø aû aõ aï
  ['ă', ['a\u00ea', 'a\u00e9', 'a\u00e8', 'a\u00fa', 'a\u00fc', 'a\u00eb']], // aê aé aè aú aü aë
  ['â', ['a\u00e2', 'a\u00e1', 'a\u00e0', 'a\u00e5', 'a\u00e3', 'a\u00e4']], // aâ aá aà aå aã aä
  ['e', ['e', 'e\u00f9', 'e\u00f8', 'e\u00fb', 'e\u00f5', 'e\u00ef']],
  ['ê', ['e\u00e2', 'e\u00e1', 'e\u00e0', 'e\u00e5', 'e\u00e3', 'e\u00e4']],
  ['i', ['i', '\u00ed', '\u00ec', '\u00e6', '\u00f3', '\u00f2']], // í ì æ ó ò
  ['o', ['o', 'o\u00f9', 'o\u00f8', 'o\u00fb', 'o\u00f5', 'o\u00ef']],
  ['ô', ['o\u00e2', 'o\u00e1', 'o\u00e0', 'o\u00e5', 'o\u00e3', 'o\u00e4']],
  ['ơ', ['\u00f4', '\u00f4\u00f9', '\u00f4\u00f8', '\u00f4\u00fb', '\u00f4\u00f5', '\u00f4\u00ef']], // ô ôù …
  ['u', ['u', 'u\u00f9', 'u\u00f8', 'u\u00fb', 'u\u00f5', 'u\u00ef']],
  ['ư', ['\u00f6', '\u00f6\u00f9', '\u00f6\u00f8', '\u00f6\u00fb', '\u00f6\u00f5', '\u00f6\u00ef']], // ö öù …
  ['y', ['y', 'y\u00f9', 'y\u00f8', 'y\u00fb', 'y\u00f5', '\u00ee']], // … î
  ['đ', ['\u00f1']], // ñ
];
