/**
 * Vietnamese numbers as they are written in reports: "659.245" (thousands with "."),
 * "98,81%" (decimals with ","), "05" (leading zeros), "5,65 ngàn" / "1,1 triệu" (scaled),
 * "4.561/5.650" (fractions), "99,2-99,9%" (ranges), "trên 7.600" (bounds), small number words
 * ("hai hồ sơ", "mười hai trường hợp") and stated zeros ("Chưa có hồ sơ"). Pure functions over one string.
 */
import { VI_LETTER } from './letters.ts';
import { fold } from './normalize.ts';
import { memoizeByLength } from './memo.ts';

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
  /** Where the bound word of `qualifier` starts ("hơn" in "hơn 326 người"): the figure as a label before it sees it. */
  boundStart?: number;
  /** For "a/b/c" ("960/948/12" under "tiếp nhận/giải quyết/trễ hạn"): this figure is the k-th (0-based) of n. */
  slashList?: { k: number; n: number };
  /**
   * How the figure was written: digits, a number in words (a zero under a label, "Số TTHC được công bố: không có.", is the
   * word "không" — its label says what is counted, as for "Số TTHC được công bố: 0."), or a phrase that states a zero.
   */
  form: 'digits' | 'word' | 'zero-phrase';
  /** Digits with a leading zero ("05"), typical of counts in reports. */
  leadingZero?: boolean;
}

const L = VI_LETTER;
/** Bound words that may be glued to the figure by a typing slip ("hơn4.500"). */
const GLUED = '(?<=(?:hơn|trên|gần|khoảng|Hơn|Trên|Gần|Khoảng))';
// One numeric token: 1.234.567 | 1,234,567 | 98,81 | 98.5 | 05
const NUM = String.raw`\d+(?:[.,]\d+)*`;
const SCALE = String.raw`(?:\s*(nghìn|ngàn|triệu|tỷ|tỉ)(?![${L}]))?`;
// `(?=\d)` first: V8 skips ahead to the next digit only when the pattern opens with something it
// can read a first character from; the two lookbehinds alone made it try every position (3.6×).
const NUMBER_RE = new RegExp(
  String.raw`(?=\d)(?:(?<![${L}0-9.,/\-])|${GLUED})(${NUM})(?:\s*(/|-|–|÷|đến)\s*(${NUM}))?` +
    SCALE +
    // ("1.234hồ sơ": a typing slip that glues the counted noun to its figure.)
    // ("35%/năm": a rate per a span of time is a percent; a slash after a bare figure is a fraction's.)
    // ("99,9 phần trăm hồ sơ": the percent written out.)
    String.raw`(\s*%|\s+phần\s+trăm(?![${L}]))?(?!(?!hồ sơ)[${L}]|[0-9]|(?<!%)\/|[.,]\d)`,
  'gu',
);

const SCALES: { [k: string]: number } = { nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 };

const UNITS: { [k: string]: number } = {
  một: 1, mốt: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, lăm: 5, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9,
};
/** Counting nouns that make a number word a count ("hai hồ sơ", not "năm 2022"). */
const COUNT_NOUN = String.raw`(?:hồ sơ|HS|thủ tục|TTHC|văn bản|VBQPPL|CBCCVC|CBCC|trường hợp|phòng|đơn vị|cơ quan|cán bộ|công chức|viên chức|người|đồng chí|biên chế|lượt|phản ánh|kiến nghị|đơn|vụ|xã|huyện|cuộc|đợt|lớp|cá nhân|tập thể|doanh nghiệp|tổ chức)`;
const DIGIT_WORD = 'một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín';
/** "trong năm cán bộ …", "cả năm tổ chức …": "năm" is the year there, not five. */
const YEAR_BEFORE = /(?:^|[^\p{L}])(?:trong|cuối|đầu|giữa|cả|mỗi|hằng|hàng|nửa|qua|của|năm nay|trong cả)\s*$/iu;
/**
 * "thời gian giải quyết một hồ sơ", "mỗi một hồ sơ", "cho một cá nhân": "một" is the article there, not one counted.
 */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:mỗi|từng|cho|với|trên|thời gian (?:giải quyết|xử lý|thụ lý|thực hiện))\s*$/iu;
/** Tens and units: "hai mươi lăm", "mười hai", "tám". */
const TENS_WORDS = String.raw`(?:(?:${DIGIT_WORD})\s+mươi(?:\s+(?:mốt|một|hai|ba|bốn|tư|lăm|năm|sáu|bảy|bẩy|tám|chín))?)|mười(?:\s+(?:một|hai|ba|bốn|lăm|năm|sáu|bảy|bẩy|tám|chín))?|${DIGIT_WORD}`;
// ("gần một triệu hồ sơ", "hơn hai nghìn hồ sơ": a number word may take a scale before its noun.)
const WORD_RE = new RegExp(
  String.raw`(?<![${L}0-9])((?:(?:${DIGIT_WORD})\s+trăm(?:\s+(?:(?:linh|lẻ)\s+(?:${DIGIT_WORD})|${TENS_WORDS}))?)|${TENS_WORDS})(?:\s+(nghìn|ngàn|triệu)(?![${L}]))?\s+(?=${COUNT_NOUN}(?![${L}]))`,
  'giu',
);

/**
 * Phrases that state a zero: "chưa có hồ sơ", "không nhận được đơn thư", "không có trường hợp nào",
 * "không có cán bộ, công chức nào".
 */
const ZERO_RE = new RegExp(
  String.raw`(?<![${L}])(?:chưa|không)\s+(?:có|còn|phát sinh|nhận được|tiếp nhận|xảy ra|để xảy ra|ghi nhận)(?:\s+(?:bất kỳ|bất kì|một|các))?(?=\s+(?:${COUNT_NOUN}|phản ánh|PAKN|đơn thư|hồ sơ)(?![${L}]))`,
  'giu',
);
/** "tham mưu (UBND tỉnh) ban hành": drafting for a body to issue, the issuing still the verb of the zero ("không tham mưu ban hành VBQPPL nào"). */
const DRAFTED_FOR = String.raw`(?:tham mưu(?:\s+(?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân|Chủ tịch UBND)(?:\s+(?:tỉnh|huyện|xã|thành phố|thị xã|quận))?)?\s+)?`;

/**
 * Verbs whose negation states a zero only when the noun phrase ends in "nào":
 * "cấp xã không ban hành văn bản QPPL nào", "chưa xử lý kỷ luật trường hợp nào", "chưa phát hiện trường hợp … nào vi phạm". Without "nào"
 * ("chưa ban hành văn bản hướng dẫn") the sentence names a missing thing, not a count.
 */
const ZERO_VERB_RE = new RegExp(
  String.raw`(?<![${L}])(?:chưa|không)\s+(?:${DRAFTED_FOR}ban hành|xử lý(?:\s+kỷ luật)?|vi phạm|phát hiện)(?:\s+(?:bất kỳ|bất kì|một|các))?(?=\s+${COUNT_NOUN}(?![${L}])[^.;:!?]{0,60}?(?<![${L}])nào(?![${L}]))`,
  'giu',
);

/**
 * "UBND huyện không ban hành văn bản quy phạm pháp luật." — with "không" and the clause ending on
 * the VBQPPL noun, the period's count is zero even without "nào" (also with "chưa"; a thing still missing is
 * "chưa ban hành VBQPPL quy định …", followed by what it would rule).
 */
const ZERO_VBQPPL_RE = new RegExp(
  // ("Xã không ban hành văn bản quy phạm pháp luật trong kỳ.": the period may close the clause after the noun.)
  String.raw`(?<![${L}])(?:không|chưa)\s+${DRAFTED_FOR}ban hành(?=\s+(?:văn bản quy phạm pháp luật|văn bản QPPL|VBQPPL)(?:\s+trong\s+(?:kỳ|quý|năm|tháng)(?:\s+(?:này|báo cáo))?)?\s*(?:[.;]|$))`,
  'giu',
);

/**
 * "Số phản ánh, kiến nghị tiếp nhận trong quý: không có." — a label, then a bare negation closing
 * the clause: the labelled count is zero. A short time phrase may stand between the label and the
 * negation ("Tiếp nhận, xử lý PAKN: trong quý không phát sinh.").
 * (`(?=không|chưa)` first: V8 then skips to those words instead of trying the look-behind at every position.)
 */
const ZERO_LABEL_RE = new RegExp(String.raw`(?=không|chưa)(?<=:\s{0,3}(?:trong (?:kỳ|quý|năm|tháng)(?: này| báo cáo)?,?\s+)?)(?:không|chưa)(?:\s+(?:có|phát sinh))?(?=\s*(?:[.;]|$))`, 'giu');

const NEGATION = /chưa|không/iu;

/**
 * The bound word right before a figure, a group per kind: one search per figure. No two kinds
 * have phrases ending in the same word, so at most one group can match.
 */
/**
 * The bound words a figure may have right before it, folded ("hơn", "trên", "gần", "khoảng", "xấp xỉ", "dưới"): a label read
 * before a figure ends before them.
 */
export const FOLDED_BOUND = String.raw`(?:hon|tren|gan|khoang|xap xi|duoi)`;
const QUALIFIER = /(?:^|[\s(])(?:(trên|hơn|vượt|ngoài)|(gần|dưới|chưa đến|chưa tới)|(khoảng|xấp xỉ|chừng|ước|ước tính|ước đạt|trung bình))\s*$/iu;

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

/** Value of a number word or phrase: "tám" → 8, "mười hai" → 12, "hai mươi lăm" → 25, "một trăm linh năm" → 105. */
export function parseNumberWords(words: string): number {
  const parts = words.toLowerCase().trim().split(/\s+/);
  // "một nghìn bốn trăm năm mươi hai": the thousands, then the rest
  const k = parts.findIndex((w) => w === 'nghìn' || w === 'ngàn');
  if (k > 0) return 1000 * parseNumberWords(parts.slice(0, k).join(' ')) + (k + 1 < parts.length ? parseNumberWords(parts.slice(k + 1).join(' ')) : 0);
  if (parts[1] === 'trăm') {
    const rest = parts.slice(parts[2] === 'linh' || parts[2] === 'lẻ' ? 3 : 2);
    return 100 * (UNITS[parts[0]!] ?? 0) + (rest.length ? parseNumberWords(rest.join(' ')) : 0);
  }
  if (parts[0] === 'mười') return 10 + (parts[1] ? (UNITS[parts[1]] ?? 0) : 0);
  if (parts[1] === 'mươi') return 10 * (UNITS[parts[0]!] ?? 0) + (parts[2] ? (UNITS[parts[2]] ?? 0) : 0);
  return UNITS[parts[0]!] ?? 0;
}

/** Sets the mention's qualifier and where its bound word starts, when a bound is written right before it. */
function qualify(mention: NumberMention, text: string, start: number): void {
  const from = Math.max(0, start - 16);
  const m = QUALIFIER.exec(text.slice(from, start));
  if (m === null) return;
  mention.qualifier = m[1] !== undefined ? 'over' : m[2] !== undefined ? 'under' : 'about';
  const word = (m[1] ?? m[2] ?? m[3])!;
  mention.boundStart = from + m.index + m[0].indexOf(word);
}

const COUNT_AFTER = new RegExp(String.raw`^\s*${COUNT_NOUN}(?![${L}])`, 'iu');
/** "mức độ 3,4" / "mức 3,4": two levels, not a decimal. */
const LEVEL_BEFORE = /(?:^|[^\p{L}])mức(?:\s+độ)?\s*$/iu;

/**
 * Figures of the report's texts: extraction and the checks read the same sentences. Up to 4M
 * units of them (every sentence of a 500-page report is about 1.2M).
 */
const figuresOf = memoizeByLength((text: string): readonly NumberMention[] => scanNumbers(text), 1 << 22);

/** A zero stated in words — a phrase ("Chưa có hồ sơ") or under a label ("Số TTHC được công bố: không có.") — not a written 0. */
export function statedZero(n: NumberMention): boolean {
  return n.value === 0 && n.form !== 'digits';
}

/** All figures written in `text`, in order. Does not judge whether they are metrics. */
export function findNumbers(text: string): NumberMention[] {
  // Callers own what they get: fresh mentions, never the memo's.
  return figuresOf(text).map((m) => ({ ...m }));
}

function scanNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  NUMBER_RE.lastIndex = 0;
  for (let m = NUMBER_RE.exec(text); m; m = NUMBER_RE.exec(text)) {
    const [whole, a, sep, b, scale, pct] = m;
    const start = m.index;
    const end = start + whole.length;
    if (!pct && /^\d,\d$/.test(a!) && LEVEL_BEFORE.test(text.slice(Math.max(0, start - 12), start))) {
      out.push(digitMention(text, start, 1), digitMention(text, start + 2, 1));
      continue;
    }
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
    qualify(mention, text, start);
    out.push(mention);
  }
  if (text.includes('(')) takeSpelledBefore(text, out);
  // ("a/b/c": no figure of NUMBER_RE, which takes none followed by a slash.)
  if (text.includes('/')) addSlashLists(text, out);
  mergeSpacedThousands(text, out);
  if (text.includes('tổng số')) mergeWordedFractions(text, out);
  // The digits are found in reading order; only words and zero phrases need sorting in.
  const digits = out.length;
  const inOrder = (): NumberMention[] => (out.length === digits ? out : out.sort((x, y) => x.start - y.start));
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m; m = WORD_RE.exec(text)) {
    const scale = m[2];
    const words = scale ? m[0].trimEnd() : m[1]!;
    const start = m.index;
    if (/^năm$/iu.test(m[1]!) && YEAR_BEFORE.test(text.slice(Math.max(0, start - 16), start))) continue;
    if (/^một$/iu.test(m[1]!) && ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 32), start))) continue;
    const value = parseNumberWords(m[1]!) * (scale ? (SCALES[scale.toLowerCase()] ?? 1) : 1);
    const mention: NumberMention = { start, end: start + words.length, value, raw: words, percent: false, form: 'word' };
    qualify(mention, text, start);
    out.push(mention);
  }
  // Both zero patterns open with "chưa" or "không": most sentences hold neither.
  if (!NEGATION.test(text)) return inOrder();
  for (const re of [ZERO_RE, ZERO_VERB_RE, ZERO_VBQPPL_RE, ZERO_LABEL_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push({ start: m.index, end: m.index + m[0].length, value: 0, raw: m[0], percent: false, form: re === ZERO_LABEL_RE ? 'word' : 'zero-phrase' });
    }
  }
  return inOrder();
}

/** Number words below a thousand: "hai trăm mười hai", "không trăm linh năm" (after a thousand), "ba". */
const UNDER_THOUSAND_WORDS = String.raw`(?:(?:${DIGIT_WORD}|không)\s+trăm(?:\s+(?:(?:linh|lẻ)\s+(?:${DIGIT_WORD})|${TENS_WORDS}))?)|${TENS_WORDS}`;
/** Number words right before an opening bracket: "hai trăm mười hai (", "ba (", "một nghìn bốn trăm năm mươi hai (". */
const WORDS_THEN_BRACKET = new RegExp(
  String.raw`(?<![${L}0-9])((?:(?:${UNDER_THOUSAND_WORDS})\s+(?:nghìn|ngàn)(?:\s+(?:${UNDER_THOUSAND_WORDS}))?)|${UNDER_THOUSAND_WORDS})\s*\(\s*$`,
  'iu',
);

/**
 * "tiếp nhận hai trăm mười hai (212) hồ sơ", "ba (03) công chức": a figure written in words, then in digits in brackets — one
 * figure, from the first word to the closing bracket, so that what follows the bracket is the figure's noun.
 */
function takeSpelledBefore(text: string, out: NumberMention[]): void {
  for (const m of out) {
    if (m.form !== 'digits' || m.percent || m.denominator !== undefined || m.upper !== undefined) continue;
    const close = /^\s*\)/.exec(text.slice(m.end, m.end + 4));
    if (!close) continue;
    const words = WORDS_THEN_BRACKET.exec(text.slice(Math.max(0, m.start - 72), m.start));
    if (!words || parseNumberWords(words[1]!) !== m.value) continue;
    m.start -= words[0].length;
    m.end += close[0].length;
    m.raw = text.slice(m.start, m.end);
  }
}

/**
 * Three or four figures joined by "/" ("960/948/12 hồ sơ" under a label "tiếp nhận/đã giải
 * quyết/trễ hạn"): one mention each, in order. A date ("15/3/2024", "5/10/23") is none.
 */
const SLASH_LIST = new RegExp(String.raw`(?<![${L}0-9.,/\-])(${NUM})\s*/\s*(${NUM})\s*/\s*(${NUM})(?:\s*/\s*(${NUM}))?(?![${L}0-9]|\s*/|[.,]\d)`, 'gu');

function addSlashLists(text: string, out: NumberMention[]): void {
  SLASH_LIST.lastIndex = 0;
  let added = false;
  for (let m = SLASH_LIST.exec(text); m; m = SLASH_LIST.exec(text)) {
    const parts = m.slice(1).filter((x): x is string => x !== undefined);
    const values = parts.map((p) => parseNumberToken(p));
    if (values[0]! <= 31 && values[1]! <= 12) continue;
    if (parts.some((p) => /^\d{4}$/.test(p) && Number(p) >= 1900 && Number(p) <= 2100)) continue;
    let at = m.index;
    parts.forEach((p, k) => {
      const start = text.indexOf(p, at);
      at = start + p.length;
      out.push({ start, end: at, value: values[k]!, raw: p, percent: false, form: 'digits', slashList: { k, n: parts.length } });
    });
    added = true;
  }
  if (added) out.sort((x, y) => x.start - y.start);
}

/** A word that takes a number after it ("tháng 10", "Phường 3", "mức độ 4", "lần 2"): its figure is no thousands group. */
// ("tổng số 53 110 hồ sơ", "trong kỳ 37 682 hồ sơ": the total, the period's count — no numbered word.)
const NUMBERED_WORD = /(?:^|[^\p{L}])(?:tháng|quý|năm|ngày|tuần|(?<!trong )kỳ|đợt|lần|(?<!tổng )số|phường|quận|khu|khu phố|tổ|ấp|thôn|khóm|xóm|bản|mức|độ|(?<!cung )cấp|điều|khoản|mục|bước|lớp|khóa|giai đoạn|chương trình|STT|TT)\s*$/iu;

/**
 * "1 025 hồ sơ": a space (a no-break space in the source) as the thousands separator. Merged only
 * where two figures side by side cannot be meant: one to three digits and exactly three more after
 * one space, a count noun right after ("hồ sơ", "người", "lượt" …), no figure just before, no word that takes a number before.
 * A text that writes its counts so also writes the figures of its labels so: "(trực tuyến: 1 204; trực tiếp: 732)" — a pair
 * closing its clause (";", ",", ")", ".", the end) or opening its bracket is merged after a label's colon or an opening bracket, or anywhere in a text
 * with a spaced count already read before a count noun.
 */
/** The nouns a count written with a spaced thousands group is read before ("1 025 hồ sơ", "1 046 người", "2 310 lượt"). */
const SPACED_COUNT_NOUN = /^\s*(?:hồ sơ|HS|người|lượt|cán bộ|công chức|viên chức|biên chế|TTHC|thủ tục|văn bản|trường hợp|cơ quan|đơn vị|kết quả|dịch vụ|DVC|DVCTT|phản ánh|kiến nghị)(?![\p{L}])/iu;
/** What closes a labelled figure's clause right after it. */
const SPACED_CLOSE = /^\s*(?:[;,()]|\.(?!\d)|$)/u;

/**
 * "1 084 562 hồ sơ": three or more groups are one figure only where no table row can be meant — a verb or
 * bound word that takes one count right before it ("tiếp nhận", "giải quyết", "là", "hơn" …), or a later group
 * written with a leading zero, which no figure of its own is ("084"). "Đất đai 12 412 398 hồ sơ" stays three figures.
 */
const SPACED_RUN_LEAD = /(?:^|[^\p{L}])(?:tiếp nhận(?: mới)?|nhận|giải quyết|xử lý|trả(?: kết quả)?|là|có|gồm|đạt|với|tổng cộng|hơn|trên|gần|khoảng|xấp xỉ)\s*$/iu;

/** One figure's next three-digit group, one space after it. */
function isSpacedGroup(text: string, a: NumberMention, b: NumberMention): boolean {
  return b.start === a.end + 1 && text[a.end] === ' ' && /^\d{3}$/.test(b.raw) && !a.percent;
}

function mergeSpacedThousands(text: string, out: NumberMention[]): void {
  let spacedCounts = false;
  for (const labelled of [false, true]) {
    if (labelled && !text.includes(':') && !text.includes('(') && !spacedCounts) return;
    for (let i = out.length - 2; i >= 0; i--) {
      const a = out[i]!;
      let j = i;
      while (j + 1 < out.length && isSpacedGroup(text, out[j]!, out[j + 1]!)) j++;
      if (j === i || !/^[1-9]\d{0,2}$/.test(a.raw)) continue;
      const before = text.slice(Math.max(0, a.start - 24), a.start);
      if (/\d[\s.,]*$/.test(before) || NUMBERED_WORD.test(before)) continue;
      const groups = out.slice(i, j + 1);
      if (groups.length > 2 && !SPACED_RUN_LEAD.test(before) && !groups.slice(1).some((g) => g.raw.startsWith('0'))) continue;
      const last = groups[groups.length - 1]!;
      const after = text.slice(last.end, last.end + 14);
      if (!labelled) {
        if (!SPACED_COUNT_NOUN.test(after)) continue;
        spacedCounts = true;
      } else if (!SPACED_CLOSE.test(after) || /^\s*[,.]\s*\d/.test(after) || !(spacedCounts || /[:(]\s*$/.test(before))) continue;
      const value = groups.reduce((v, g) => v * 1000 + g.value, 0);
      const merged: NumberMention = { start: a.start, end: last.end, value, raw: text.slice(a.start, last.end), percent: false, form: 'digits' };
      if (a.qualifier) merged.qualifier = a.qualifier;
      if (a.boundStart !== undefined) merged.boundStart = a.boundStart;
      out.splice(i, groups.length, merged);
    }
  }
}

/** "3 trên tổng số 2.450 hồ sơ", "12 trong tổng số 640 hồ sơ": a bare count set in its whole, written out as "a/b" is. */
const IN_WHOLE_WORDS = /^\s+(?:trên|trong)\s+tổng\s+số\s+$/iu;

const LEVEL_LIST_BEFORE = /(?:^|[^\p{L}])mức(?:\s+độ)?\s*(?:\d\s*(?:,|và|-)\s*)*$/iu;

function mergeWordedFractions(text: string, out: NumberMention[]): void {
  for (let i = out.length - 2; i >= 0; i--) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (a.percent || b.percent || a.denominator !== undefined || b.denominator !== undefined || a.upper !== undefined || b.upper !== undefined) continue;
    if (!IN_WHOLE_WORDS.test(text.slice(a.end, b.start))) continue;
    // ("… trực tuyến mức độ 3, 4 trên tổng số 6.120 hồ sơ": a level is no count.)
    if (LEVEL_LIST_BEFORE.test(text.slice(Math.max(0, a.start - 24), a.start))) continue;
    out.splice(i, 2, { ...a, end: b.end, raw: text.slice(a.start, b.end), denominator: b.value });
  }
}

function digitMention(text: string, start: number, length: number): NumberMention {
  const raw = text.slice(start, start + length);
  return { start, end: start + length, value: Number(raw), raw, percent: false, form: 'digits' };
}

/** True when a folded word is a Vietnamese small number word. */
export function isNumberWord(word: string): boolean {
  return Object.keys(UNITS).some((w) => fold(w) === fold(word)) || fold(word) === 'muoi';
}
