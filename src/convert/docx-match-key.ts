/** Longest key kept: enough to tell neighbouring paragraphs apart, cheap on long ones. */
const MAX_KEY = 160;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/**
 * Whether a UTF-16 unit (outside surrogates) is a letter or digit: 0 not asked yet, 1 no, 2 yes.
 * Filled as units are met: a document uses a few hundred distinct ones.
 */
const kinds = new Uint8Array(0x10000);

function isLetterOrDigit(unit: number): boolean {
  let kind = kinds[unit]!;
  if (kind === 0) {
    kind = LETTER_OR_DIGIT.test(String.fromCharCode(unit)) ? 2 : 1;
    kinds[unit] = kind;
  }
  return kind === 2;
}

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
    if (isLetterOrDigit(unit)) {
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
