/** Unicode normalization and diacritic folding for Vietnamese text. */

/** NFC, with non-breaking and zero-width spaces made plain. */
export function nfc(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b-\u200d\ufeff]/g, '');
}

/** Lower-case, tone marks and diacritics removed, đ → d: "Cải cách thể chế" → "cai cach the che". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** Collapse runs of white space to one space and trim. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
