/**
 * Text that `nfc` (src/text/normalize.ts) returns unchanged, told by one pass over its code units
 * instead of normalising it: the converters' runs are mostly such text, and normalising each costs
 * more than reading it.
 */

/**
 * True when `nfc(s) === s` surely: every character is below U+0300 but the no-break space (no
 * combining marks there), in Latin Extended Additional (Vietnamese letters, precomposed) or among
 * the dashes, quotes and bullets of U+2010–U+2027 — none of them changed by NFC, nor combining
 * with its neighbours, nor a space `nfc` replaces. False says nothing (the text may be NFC too).
 */
export function plainNfc(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x300 ? c === 0xa0 : (c < 0x1e00 || c > 0x1eff) && (c < 0x2010 || c > 0x2027)) return false;
  }
  return true;
}
