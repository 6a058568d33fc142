/**
 * Numbers that are never metrics: document numbers and dates, laws and decrees, standards,
 * periods and phases, levels, section numbers, phone numbers, ranks, changes. The runner drops
 * every figure that falls inside one of these spans before any rule sees it.
 */
import { VI_LETTER as L } from '../text/letters.ts';
import type { NumberMention } from '../text/numbers.ts';

const PATTERNS: RegExp[] = [
  // Dates: 29/9/2021, 29-9-2021, ngày 29 tháng 9 năm 2021, tháng 10-2020, tháng 10/2020
  /\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/gu,
  new RegExp(String.raw`(?<![${L}])ngày\s+\d{1,2}(?:\s+tháng\s+\d{1,2})?(?:\s+năm\s+\d{4})?`, 'giu'),
  new RegExp(String.raw`(?<![${L}])tháng\s+\d{1,2}(?:\s*(?:[/-]|năm)\s*\d{4})?`, 'giu'),
  // Years and periods: năm 2022, quý I/2022, quý 1, 6 tháng đầu năm, 9 tháng, giai đoạn 2021 – 2025
  new RegExp(String.raw`(?<![${L}])(?:năm|niên độ|khóa|nhiệm kỳ)\s+\d{4}(?:\s*[-–]\s*\d{4})?`, 'giu'),
  new RegExp(String.raw`(?<![${L}])quý\s+(?:[IV]+|\d)(?:\s*[/-]\s*\d{4})?`, 'giu'),
  new RegExp(String.raw`(?<![${L}0-9])\d{1,2}\s+tháng(?:\s+(?:đầu|cuối))?(?:\s+năm)?`, 'giu'),
  new RegExp(String.raw`(?<![${L}])giai đoạn\s+\d{4}\s*[-–]\s*\d{4}`, 'giu'),
  /(?<![\d.,])(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}(?![\d])/gu,
  // Document numbers: 111/KH-UBND, 62/2020/NĐ-CP, 1329/KH-SKHCN, số 76/NQ-CP
  new RegExp(String.raw`\d+(?:/\d{4})?/[A-ZĐ][${L}0-9&]*(?:[-–][A-ZĐ${L}0-9&]+)*`, 'gu'),
  // Standards: TCVN ISO 9001:2015, ISO 9001: 2015
  /(?:TCVN\s*)?ISO\s*\d{3,5}(?:\s*:\s*\d{4})?/giu,
  // Levels: mức độ 3 và 4, mức độ 3,4, mức độ 1,2, mức 3
  new RegExp(String.raw`(?<![${L}])mức(?:\s+độ)?\s+\d(?:\s*(?:,|và|-|–|\/|hoặc)\s*(?:mức(?:\s+độ)?\s+)?\d)*(?![\d.,])`, 'giu'),
  // Phone numbers: 0228.3.xxx, (0228) 3 646 123, 1900 1234
  /(?:\(\d{3,4}\)\s*)?0\d{2,3}[.\s]\d{3}[.\s]?\d{3,4}/gu,
  // Ranks: xếp thứ 9/63, xếp hạng 12, đứng thứ 5
  new RegExp(String.raw`(?<![${L}])(?:xếp|đứng)(?:\s+(?:thứ|hạng|vị trí))*\s+\d+(?:\s*/\s*\d+)?`, 'giu'),
  // Changes: tăng 12%, giảm 1,67 điểm, tăng 203 biên chế so với
  new RegExp(String.raw`(?<![${L}])(?:tăng|giảm|cao hơn|thấp hơn)(?:\s+(?:thêm|được|là|khoảng|gần|hơn|trên))?\s+\d+(?:[.,]\d+)*\s*(?:%|điểm)?`, 'giu'),
  // Chapters, articles, clauses, section references
  new RegExp(String.raw`(?<![${L}])(?:Điều|khoản|Khoản|điểm|Chương|mục|Mục|Phần|phần)\s+\d+[a-zđ]?(?:\.\d+)*`, 'gu'),
];

export interface Span {
  start: number;
  end: number;
}

export function nonFigureSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const re of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      spans.push({ start: m.index, end: m.index + m[0].length });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return spans;
}

/** The mentions that are not inside a non-figure span. */
export function dropNonFigures(text: string, numbers: NumberMention[]): NumberMention[] {
  if (numbers.length === 0) return numbers;
  const spans = nonFigureSpans(text);
  if (spans.length === 0) return numbers;
  return numbers.filter((n) => !spans.some((s) => n.start >= s.start && n.start < s.end));
}
