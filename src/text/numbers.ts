/**
 * Vietnamese numbers as they are written in reports: "659.245" (thousands with "."),
 * "98,81%" (decimals with ","), "05" (leading zeros), "5,65 ngàn" / "1,1 triệu" (scaled),
 * "4.561/5.650" (fractions), "99,2-99,9%" (ranges), "trên 7.600" (bounds), small number words
 * ("hai hồ sơ") and stated zeros ("Chưa có hồ sơ"). Pure functions over one string.
 */
import { VI_LETTER } from './letters.ts';
import { fold } from './normalize.ts';

export type Qualifier = 'over' | 'under' | 'about';

export interface NumberMention {
  /** Offsets of the number itself (with its % sign or scale word) in the text. */
  start: number;
  end: number;
  value: number;
  raw: string;
  percent: boolean;
  /** For "a/b": the denominator b. */
  denominator?: number;
  /** For "a-b%": the upper bound b (value holds a). */
  upper?: number;
  qualifier?: Qualifier;
  /** How the figure was written. */
  form: 'digits' | 'word' | 'zero-phrase';
  /** Digits with a leading zero ("05"), typical of counts in reports. */
  leadingZero?: boolean;
}

const L = VI_LETTER;
// One numeric token: 1.234.567 | 1,234,567 | 98,81 | 98.5 | 05
const NUM = String.raw`\d+(?:[.,]\d+)*`;
const SCALE = String.raw`(?:\s*(nghìn|ngàn|ngàn|triệu|tỷ|tỉ))?`;
const NUMBER_RE = new RegExp(
  String.raw`(?<![${L}0-9.,/\-])(${NUM})(?:\s*(/|-|–|÷|đến)\s*(${NUM}))?` + SCALE + String.raw`(\s*%)?(?![${L}0-9]|\/|[.,]\d)`,
  'gu',
);

const SCALES: Record<string, number> = { nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 };

const WORDS: Record<string, number> = {
  một: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9, mười: 10,
};
/** Counting nouns that make a number word a count ("hai hồ sơ", not "năm 2022"). */
const COUNT_NOUN = String.raw`(?:hồ sơ|thủ tục|TTHC|văn bản|trường hợp|phòng|đơn vị|cơ quan|công chức|viên chức|người|đồng chí|biên chế|lượt|phản ánh|kiến nghị|đơn|vụ|xã|huyện|cuộc|đợt|lớp)`;
const WORD_RE = new RegExp(
  String.raw`(?<![${L}0-9])(một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|mười)\s+(?=${COUNT_NOUN}(?![${L}]))`,
  'giu',
);

/** Phrases that state a zero: "chưa có hồ sơ", "không nhận được đơn thư", "không có trường hợp nào". */
const ZERO_RE = new RegExp(
  String.raw`(?<![${L}])(?:chưa|không)\s+(?:có|phát sinh|nhận được|tiếp nhận|xảy ra|để xảy ra|ghi nhận)(?:\s+(?:bất kỳ|một|các))?(?=\s+(?:${COUNT_NOUN}|phản ánh|đơn thư|hồ sơ)(?![${L}]))`,
  'giu',
);

const QUALIFIERS: [RegExp, Qualifier][] = [
  [/(?:^|\s)(?:trên|hơn|hơn|vượt|ngoài)\s*$/u, 'over'],
  [/(?:^|\s)(?:gần|dưới|chưa đến|chưa tới)\s*$/u, 'under'],
  [/(?:^|\s)(?:khoảng|xấp xỉ|chừng|ước|ước tính|ước đạt|trung bình)\s*$/u, 'about'],
];

/** Parse one numeric token as Vietnamese writes it. `countContext` lets "1,234" mean 1234. */
export function parseNumberToken(raw: string, countContext = false): number {
  const t = raw.trim();
  if (/^\d+$/.test(t)) return Number(t);
  // Thousands with dots: 1.234 / 12.345.678
  if (/^\d{1,3}(?:\.\d{3})+$/.test(t)) return Number(t.replace(/\./g, ''));
  // Thousands with dots and a decimal comma: 1.234,5
  if (/^\d{1,3}(?:\.\d{3})+,\d+$/.test(t)) return Number(t.replace(/\./g, '').replace(',', '.'));
  // English-style thousands 1,234 in a count context
  if (countContext && /^\d{1,3}(?:,\d{3})+$/.test(t)) return Number(t.replace(/,/g, ''));
  // Decimal comma: 98,81
  if (/^\d+,\d+$/.test(t)) return Number(t.replace(',', '.'));
  // Decimal dot (English style) 98.5
  if (/^\d+\.\d{1,2}$/.test(t)) return Number(t);
  // Anything else with separators: drop them (best effort)
  return Number(t.replace(/[.,]/g, ''));
}

function qualifierBefore(text: string, start: number): Qualifier | undefined {
  const before = text.slice(Math.max(0, start - 16), start);
  for (const [re, q] of QUALIFIERS) if (re.test(before)) return q;
  return undefined;
}

const COUNT_AFTER = new RegExp(String.raw`^\s*${COUNT_NOUN}(?![${L}])`, 'iu');

/** All figures written in `text`, in order. Does not judge whether they are metrics. */
export function findNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  NUMBER_RE.lastIndex = 0;
  for (let m = NUMBER_RE.exec(text); m; m = NUMBER_RE.exec(text)) {
    const [whole, a, sep, b, scale, pct] = m;
    const start = m.index;
    const end = start + whole.length;
    const after = text.slice(end, end + 24);
    const countContext = COUNT_AFTER.test(after);
    let value = parseNumberToken(a!, countContext);
    const mention: NumberMention = { start, end, value, raw: whole, percent: Boolean(pct), form: 'digits' };
    if (/^0\d/.test(a!)) mention.leadingZero = true;
    if (sep && b) {
      const bv = parseNumberToken(b, countContext);
      if (sep === '/' || sep === '÷') mention.denominator = bv;
      else mention.upper = bv;
    }
    if (scale) {
      const k = SCALES[scale.toLowerCase()] ?? 1;
      value = Math.round(value * k * 1e6) / 1e6;
      mention.value = value;
      if (mention.denominator !== undefined) mention.denominator *= k;
      if (mention.upper !== undefined) mention.upper *= k;
    }
    const q = qualifierBefore(text, start);
    if (q) mention.qualifier = q;
    out.push(mention);
  }
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m; m = WORD_RE.exec(text)) {
    const word = m[1]!;
    const start = m.index;
    out.push({ start, end: start + word.length, value: WORDS[word.toLowerCase()] ?? 0, raw: word, percent: false, form: 'word' });
  }
  ZERO_RE.lastIndex = 0;
  for (let m = ZERO_RE.exec(text); m; m = ZERO_RE.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, value: 0, raw: m[0], percent: false, form: 'zero-phrase' });
  }
  return out.sort((x, y) => x.start - y.start);
}

/** True when a folded word is a Vietnamese small number word. */
export function isNumberWord(word: string): boolean {
  return Object.keys(WORDS).some((w) => fold(w) === fold(word));
}
