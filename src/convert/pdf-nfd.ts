import { nfc } from '../text/normalize.ts';
import { isSyllable } from './pdf-syllable.ts';

/**
 * NFD PDFs (tone marks stored as combining characters) make pdf.js mis-measure glyphs; it then
 * sees a gap after a combining mark and inserts a space inside the word: "Ủ y ban", "ứ ng".
 * Those spaces always follow a combining mark in pdf.js's raw text, so only such spaces are
 * candidates, and one is removed when the two fragments form one well-formed syllable and the
 * second is not a word on its own ("ng", "ờng"), or is a bare glide vowel ("y", "i", "u", "o")
 * that real text never leaves alone after a toned vowel — except the fixed phrase "thú y".
 */

const MARK = /[\u0300-\u036f]/;
const MARK_SPACE = /[\u0300-\u036f] /;

/** True when raw pdf.js text carries combining marks (the PDF stores text decomposed). */
export function hasCombiningMarks(raw: string): boolean {
  return MARK.test(raw);
}

// A: letters ending in a combining mark; then one space; B (lookahead): the next letters.
const SPLIT = /(\p{L}[\p{L}\p{M}]*\p{M}) (?=(\p{L}[\p{L}\p{M}]*))/gu;

/** NFC text of a raw pdf.js string with split syllables rejoined; `joined` counts repairs. */
export function rejoinSplitSyllables(raw: string): { text: string; joined: number } {
  if (!MARK_SPACE.test(raw)) return { text: nfc(raw), joined: 0 };
  let joined = 0;
  const fixed = raw.replace(SPLIT, (whole: string, a: string, b: string) => {
    if (!shouldJoin(a.normalize('NFC'), b.normalize('NFC'))) return whole;
    joined++;
    return a;
  });
  return { text: nfc(fixed), joined };
}

const GLIDES = new Set(['i', 'y', 'u', 'o']);

/** Do fragments `a` and `b` (NFC) make one word that pdf.js split? */
export function shouldJoin(a: string, b: string): boolean {
  const first = b[0] ?? '';
  const lowerB = first === first.toLowerCase() && first !== first.toUpperCase();
  const upperA = a === a.toUpperCase();
  if (!lowerB && !(upperA && b === b.toUpperCase())) return false;
  if (!isSyllable(a + b)) return false;
  if (!isSyllable(b)) return true;
  const lb = b.toLowerCase();
  return GLIDES.has(lb) && !(a.toLowerCase() === 'thú' && lb === 'y');
}
