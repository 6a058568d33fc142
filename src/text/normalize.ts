/** Unicode normalization and diacritic folding for Vietnamese text. */

/** NFC, with non-breaking and zero-width spaces made plain. */
export function nfc(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b-\u200d\ufeff]/g, '');
}

/** The definition of folding, applied to one character (or any string) at a time. */
function foldSlow(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** Folded form of each UTF-16 unit up to U+FFFF, filled on first use (undefined: not yet seen). */
const FOLDED_UNIT: (string | undefined)[] = [];
for (let c = 0; c < 128; c++) FOLDED_UNIT[c] = String.fromCharCode(c).toLowerCase();

/** Recently folded strings: rules fold the same sentence, block and heading many times. */
const recent = new Map<string, string>();
/** Of those, the ones whose every unit folded to exactly one unit: slices of them fold to slices. */
const aligned = new Set<string>();
const RECENT_MAX = 4096;

/**
 * Lower-case, tone marks and diacritics removed, đ → d: "Cải cách thể chế" → "cai cach the che".
 * Folds unit by unit through a table (the same result as NFD → strip marks → lower-case for the
 * Latin script this reads), falling back to the whole-string definition for surrogate pairs.
 */
export function fold(text: string): string {
  const hit = recent.get(text);
  if (hit !== undefined) return hit;
  let out = '';
  let plain = true;
  let oneToOne = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) plain = false;
      continue;
    }
    plain = false;
    if (c >= 0xd800 && c <= 0xdfff) {
      out = foldSlow(text);
      oneToOne = false;
      break;
    }
  }
  if (plain) out = text;
  else if (out === '') {
    const parts: string[] = new Array(text.length);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let f = FOLDED_UNIT[c];
      if (f === undefined) {
        f = foldSlow(String.fromCharCode(c));
        FOLDED_UNIT[c] = f;
      }
      parts[i] = f;
      if (f.length !== 1) oneToOne = false;
    }
    out = parts.join('');
  }
  if (recent.size >= RECENT_MAX) {
    recent.clear();
    aligned.clear();
  }
  recent.set(text, out);
  if (oneToOne) aligned.add(text);
  return out;
}

/**
 * fold(text.slice(from, to)) — without folding the slice anew when the whole text folds unit for
 * unit (always so for composed Vietnamese), as rules fold the text before and after a figure.
 */
export function foldSlice(text: string, from: number, to: number = text.length): string {
  const whole = fold(text);
  if (aligned.has(text)) return whole.slice(from, to);
  return fold(text.slice(from, to));
}

/** Collapse runs of white space to one space and trim. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
