/**
 * Is a readable document a Vietnamese report at all? Three clear cases are not: text that is not
 * Vietnamese (an English document), a sheet of numbers with hardly any prose (a spreadsheet
 * exported to PDF), and a document with next to no text or only blanks to fill (an empty
 * template). Each gets a `not-a-report` warning; anything doubtful passes, since refusing a
 * real report costs more than reading a stray file.
 */
import { isVietnameseSyllable } from '../text/legacy-encoding-detect.ts';
import { memoize } from '../text/memo.ts';

export const NOT_A_REPORT = 'not-a-report';

export type NotAReportReason = 'empty' | 'template' | 'not-vietnamese' | 'spreadsheet';

export interface ReportLikeness {
  reason: NotAReportReason | undefined;
  words: number;
  numbers: number;
  proseWords: number;
  vietnameseShare: number;
  placeholders: number;
}

const MESSAGES: Record<NotAReportReason, string> = {
  empty: 'Tài liệu gần như không có nội dung nên không phải báo cáo; không trích xuất số liệu.',
  template: 'Tài liệu là mẫu báo cáo chưa điền (chỉ có chỗ trống "……"); không trích xuất số liệu.',
  'not-vietnamese': 'Tài liệu không viết bằng tiếng Việt nên không phải báo cáo định kỳ; không trích xuất số liệu.',
  spreadsheet:
    'Tài liệu chủ yếu là bảng số, gần như không có lời văn (giống bảng tính xuất ra), không phải báo cáo; không trích xuất số liệu.',
};

const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;
/** Markdown's marks, counted as white space between words. */
const MARKS = '|*_#>\\`';
const PLACEHOLDER = /\.{4,}|…{2,}|…\s*\.{2,}|_{4,}|\[[^\]\n]{0,40}\]/g;

/**
 * The number of an official report in its header ("Số: 402/BC-UBND"), or the report an annex goes
 * with ("Kèm theo Báo cáo số 402/BC-UBND"): a report of one short paragraph and a long table of
 * figures (a monthly statistic of a district), or its annex of tables, is still a report.
 */
const REPORT_NUMBER = /[Ss]ố\s*:?\s*\d+[^\s/]*\/(?:\d{4}\/)?BC(?![\p{L}\p{N}])/u;
const HEAD_CHARS = 3000;

/** What a token counts as: a figure, another number (a year, a short section number), a word — Vietnamese or not — or nothing. */
const enum TokenKind {
  Other,
  Number,
  Figure,
  Word,
  VietnameseWord,
}

function kindOf(t: string): TokenKind {
  if (/^\d[\d.,/%]*$/.test(t)) {
    // Years and short section numbers are not figures.
    return !/^(19|20)\d\d$/.test(t) && !/^\d{1,2}\.?$/.test(t) ? TokenKind.Figure : TokenKind.Number;
  }
  if (!/\p{L}/u.test(t)) return TokenKind.Other;
  return VIETNAMESE_LETTER.test(t) || isVietnameseSyllable(t) ? TokenKind.VietnameseWord : TokenKind.Word;
}

/** Words repeat: a report's vocabulary is small next to its length, so each token is judged once. */
const tokenKind = memoize(kindOf, 8192);

const WORD = 1;
const SPACE = 2;
const PERCENT = 4;
/** The class of each character of the Basic Multilingual Plane once asked (bits above; 8: neither). */
const unitClass = new Uint8Array(0x10000);

function classOf(ch: string): number {
  let k = 0;
  if (/^[\p{L}\p{N}]$/u.test(ch)) k |= WORD;
  if (/^\s$/.test(ch) || MARKS.includes(ch)) k |= SPACE;
  if (ch === '%') k |= PERCENT;
  return k === 0 ? 8 : k;
}

/** The class of the code point at `i` and its length in code units. */
function classAt(text: string, i: number): [number, number] {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return [classOf(text.slice(i, i + 2)), 2];
  }
  let k = unitClass[c]!;
  if (k === 0) unitClass[c] = k = classOf(text[i]!);
  return [k, 1];
}

/**
 * The next word from `from` on: from its first letter or digit to its last letter, digit or %
 * before white space (Markdown's marks counting as white space) — what
 * `/[\p{L}\p{N}](?:[^\s|*_#>\\`]*[\p{L}\p{N}%])?/gu` matches, without a string per character.
 */
function nextToken(text: string, from: number): { start: number; end: number } | undefined {
  let i = from;
  const n = text.length;
  while (i < n) {
    const [k, w] = classAt(text, i);
    if ((k & WORD) === 0) {
      i += w;
      continue;
    }
    const start = i;
    i += w;
    let end = i;
    while (i < n) {
      const [k2, w2] = classAt(text, i);
      if ((k2 & SPACE) !== 0) break;
      i += w2;
      if ((k2 & (WORD | PERCENT)) !== 0) end = i;
    }
    return { start, end };
  }
  return undefined;
}

/** Measure the Markdown pivot and name the reason it is not a report, if it clearly is not. */
export function reportLikeness(markdown: string): ReportLikeness {
  const placeholders = markdown.match(PLACEHOLDER)?.length ?? 0;
  let words = 0;
  let numbers = 0;
  let proseWords = 0;
  let vietnamese = 0;
  let figures = 0;
  for (const block of markdown.split(/\n\s*\n/)) {
    // A block holds a placeholder only if the text does.
    const text = placeholders > 0 ? block.replace(PLACEHOLDER, ' ') : block;
    let blockWords = 0;
    let blockNumbers = 0;
    for (let at = nextToken(text, 0); at !== undefined; at = nextToken(text, at.end)) {
      const kind = tokenKind(text.slice(at.start, at.end));
      if (kind === TokenKind.Figure || kind === TokenKind.Number) {
        blockNumbers++;
        if (kind === TokenKind.Figure) figures++;
      } else if (kind !== TokenKind.Other) {
        blockWords++;
        if (kind === TokenKind.VietnameseWord) vietnamese++;
      }
    }
    words += blockWords;
    numbers += blockNumbers;
    const isTable = /^\s*\|/.test(block);
    if (!isTable && blockWords >= 6 && blockWords >= 2 * blockNumbers) proseWords += blockWords;
  }
  const vietnameseShare = words === 0 ? 0 : vietnamese / words;
  let reason: NotAReportReason | undefined;
  if (words < 15 && numbers < 30 && placeholders < 5) reason = 'empty';
  else if (placeholders >= 5 && figures * 2 < placeholders) reason = 'template';
  else if (words >= 20 && vietnameseShare < 0.5) reason = 'not-vietnamese';
  else if (numbers >= 30 && proseWords < 0.25 * (words + numbers) && proseWords < 150 && !REPORT_NUMBER.test(markdown.slice(0, HEAD_CHARS))) reason = 'spreadsheet';
  return { reason, words, numbers, proseWords, vietnameseShare, placeholders };
}

/** The `not-a-report: …` warning for a conversion's Markdown, or undefined for a likely report. */
export function notAReportWarning(markdown: string): string | undefined {
  const { reason } = reportLikeness(markdown);
  return reason === undefined ? undefined : `${NOT_A_REPORT}: ${MESSAGES[reason]}`;
}

/** The message of a conversion's `not-a-report` warning, if it has one. */
export function notAReportMessage(warnings: readonly string[]): string | undefined {
  const w = warnings.find((x) => x.startsWith(`${NOT_A_REPORT}: `));
  return w === undefined ? undefined : w.slice(NOT_A_REPORT.length + 2);
}
