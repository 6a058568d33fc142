/** Longest key kept: enough to tell neighbouring paragraphs apart, cheap on long ones. */
const MAX_KEY = 160;

/**
 * A comparison key for aligning document.xml paragraphs with mammoth's: NFC, letters and digits
 * only (tabs, symbols, hyphen variants and spacing differ between the two readings).
 */
export function matchKey(text: string): string {
  const letters = text.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '');
  return letters.length > MAX_KEY ? letters.slice(0, MAX_KEY) : letters;
}
