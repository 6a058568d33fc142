/**
 * Repairs of Tesseract's usual confusions in a line of a scanned report, where the right reading
 * is not in doubt:
 * - letters inside a figure: O/o for 0 and l/I/| for 1 in a word otherwise made of digits and
 *   separators ("1.2O0" → "1.200", "l0" → "10"); a word needs a real digit to count as a figure;
 * - a Roman quarter misread as T/l/|: "quý T" → "quý I", "QUÝ TTT" → "QUÝ III", "quý TV" → "quý IV";
 * - a Roman heading number at a line's start misread as letters: "L. Công tác" → "I. Công tác",
 *   "IH. Đánh giá" → "III. Đánh giá" (H is two strokes run together; a lone "H." stays); Arabic
 *   "1." stays;
 * - a space after the decimal comma of a share: "99, 5%" → "99,5%";
 * - the postal service's initials (bưu chính công ích) with its I misread: "BCCT", "BCCTI" → "BCCI";
 * - a small l read as a capital in the second syllable of a common word ("tỷ Lệ", "xử Lý",
 *   "chất Lượng") — only for these words, since names may follow a small word ("tỉnh Lâm Đồng").
 */
export function fixOcrText(text: string): string {
  return text
    .replace(/(?<![\p{L}\p{N}])[(\[]?[\dOolI|][\dOolI|.,]*(?![\p{L}\p{N}])/gu, fixFigure)
    .replace(/(?<![\p{L}])(quý|Quý|QUÝ)\s+([TIl|]{1,3}V?|[TIl|]?V)(?![\p{L}\p{N}])/gu, (_, q: string, n: string) => `${q} ${n.replace(/[Tl1|]/g, 'I')}`)
    .replace(/(?<![\d.,])(\d{1,3}), (\d{1,2}) ?%/gu, '$1,$2%')
    .replace(/^([IVXTLHl1|]{1,5})\.(?=\s+\p{Lu})/u, (m: string, n: string) => {
      if (!/[TLHl|]/.test(n) || n === 'H') return m;
      const roman = n.replace(/[TLl1|]/g, 'I').replace(/H/g, 'II');
      return /^X{0,2}(?:IX|IV|V?I{0,3})$/.test(roman) && roman !== '' ? `${roman}.` : m;
    })
    .replace(LOWER_L, (_m: string, first: string, second: string) => `${first} l${second.slice(1)}`)
    .replace(/(?<![\p{L}\p{N}])BCC(?:TI|T|l|1|\|)(?![\p{L}\p{N}])/gu, 'BCCI');
}

function fixFigure(word: string): string {
  const digits = word.replace(/[^\d]/g, '').length;
  const letters = word.replace(/[^OolI|]/g, '').length;
  if (letters === 0 || digits === 0 || digits < letters) return word;
  return word.replace(/[Oo]/g, '0').replace(/[lI|]/g, '1');
}

/** Second syllables that begin with l in words these reports use often, after their first syllable. */
const L_WORDS: [string, string][] = [
  ['tỷ', 'Lệ'],
  ['tỉ', 'Lệ'],
  ['xử', 'Lý'],
  ['quản', 'Lý'],
  ['chất', 'Lượng'],
  ['số', 'Lượng'],
  ['hiệu', 'Lực'],
  ['năng', 'Lực'],
  ['nhân', 'Lực'],
  ['pháp', 'Luật'],
  ['kỷ', 'Luật'],
  ['thời', 'Lượng'],
  ['lưu', 'Lượng'],
];
const LOWER_L = new RegExp(
  `(?<![\\p{L}])(${[...new Set(L_WORDS.map(([a]) => a))].join('|')}) (${[...new Set(L_WORDS.map(([, b]) => b))].join('|')})(?![\\p{L}])`,
  'gu',
);

const ROMAN_VALUES = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];
const ROMAN_HEAD = /^(?:\*\*)?([IVX]{1,4})\.(?=\s+(?:\*\*)?\p{Lu})/u;

/**
 * OCR drops or merges a stroke of a Roman heading number ("II." read as "I.", "III." as "II."):
 * in the sequence of paragraphs opening with a Roman number, one that breaks the count between
 * two neighbours that fit it (I, I, III → I, II, III) takes the number between them, and the last one
 * repeating the one before it from II up takes the next (I, II, II → I, II, III).
 * `texts` are paragraph texts (possibly opening with bold "**"); the repaired list is returned.
 */
export function renumberRomanHeadings(texts: string[]): string[] {
  const heads: { i: number; v: number }[] = [];
  texts.forEach((t, i) => {
    const m = ROMAN_HEAD.exec(t);
    const v = m === null ? -1 : ROMAN_VALUES.indexOf(m[1]!);
    if (v >= 0) heads.push({ i, v: v + 1 });
  });
  const out = [...texts];
  for (let k = 1; k < heads.length; k++) {
    const [a, b, c] = [heads[k - 1]!, heads[k]!, heads[k + 1]];
    // (I, II, II at the end: a number from II up repeated is the next one with a stroke lost — a count that
    // starts again, in another part of the report, starts at I.)
    if (b.v !== a.v + 1 && (c === undefined ? b.v === a.v && b.v >= 2 : c.v === a.v + 2)) {
      out[b.i] = out[b.i]!.replace(ROMAN_HEAD, (m: string, n: string) => m.replace(n, ROMAN_VALUES[a.v]!));
      b.v = a.v + 1;
    }
  }
  return out;
}
