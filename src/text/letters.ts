/**
 * Character classes for Vietnamese. JavaScript's \b and \w do not treat "đ", "ư", "ạ"… as word
 * characters, so boundaries are written with explicit classes. Explicit ranges are also much
 * faster than \p{L} at the start of a pattern.
 */

/** Every letter a Vietnamese word can hold (NFC), lower and upper case. */
export const VI_LETTER =
  'A-Za-zÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝà-ãè-êìíò-õùúýĂăĐđĨĩŨũƠơƯưẠ-ỹ';

/** A class matching one Vietnamese letter or digit. */
export const WORD_CHAR = `[${VI_LETTER}0-9]`;

/** Lookbehind/lookahead pair that stands for a word boundary around a Vietnamese word. */
export const WB_BEFORE = `(?<![${VI_LETTER}0-9])`;
export const WB_AFTER = `(?![${VI_LETTER}0-9])`;

const letterRe = new RegExp(`^[${VI_LETTER}]$`);
export function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && letterRe.test(ch);
}
