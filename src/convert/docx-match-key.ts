import { memoizeByUnit } from '../text/memo.ts';

/** Longest key kept: enough to tell neighbouring paragraphs apart, cheap on long ones. */
const MAX_KEY = 160;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** 2 for a letter or digit, 1 for anything else (units outside surrogates). */
const unitKind = memoizeByUnit((char) => (LETTER_OR_DIGIT.test(char) ? 2 : 1));

/** The key as its definition reads; for texts with surrogates (letters beyond the BMP, broken pairs). */
function keyByPattern(nfc: string): string {
  const letters = nfc.replace(/[^\p{L}\p{N}]+/gu, '');
  return letters.length > MAX_KEY ? letters.slice(0, MAX_KEY) : letters;
}

/**
 * A comparison key for aligning document.xml paragraphs with mammoth's: NFC, letters and digits
 * only (tabs, symbols, hyphen variants and spacing differ between the two readings), the first
 * MAX_KEY of them. Read unit by unit against a table and stopped once the key is long enough: a
 * Unicode-property pattern over the whole paragraph cost ~4 µs a paragraph, the most of any step
 * of a .docx conversion of ours.
 */
export function matchKey(text: string): string {
  const nfc = text.normalize('NFC');
  let key = '';
  let run = -1;
  for (let i = 0; i < nfc.length; i++) {
    const unit = nfc.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdfff) return keyByPattern(nfc);
    if (unitKind(unit) === 2) {
      if (run < 0) run = i;
    } else if (run >= 0) {
      key += nfc.slice(run, i);
      run = -1;
      if (key.length >= MAX_KEY) return key.slice(0, MAX_KEY);
    }
  }
  if (run >= 0) key += nfc.slice(run);
  return key.length > MAX_KEY ? key.slice(0, MAX_KEY) : key;
}
