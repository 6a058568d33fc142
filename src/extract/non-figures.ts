/**
 * Numbers that are never metrics: document numbers and dates, laws and decrees, standards,
 * periods and phases, levels, section numbers and list positions, phone numbers, money, scores,
 * ranks, changes and comparisons. The runner drops every figure that falls inside one of these
 * spans before any rule sees it.
 */
import { VI_LETTER as L } from '../text/letters.ts';
import { statedZero, type NumberMention } from '../text/numbers.ts';

const B = `(?<![${L}0-9])`;
const UPPER = 'A-ZÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĐĨŨƠƯẠ-Ỹ';
const NUM = String.raw`\d+(?:[.,]\d+)*`;
/** Nouns that make a bare four-digit number a count ("1955 hồ sơ"), not a year. */
const COUNT_AFTER = String.raw`\s*(?:hồ sơ|HS|thủ tục|TTHC|văn bản|trường hợp|lượt|người|công chức|viên chức|đơn vị|cơ quan|kết quả|phản ánh|ý kiến|biên chế|%)`;

/**
 * A pattern, or a pattern and a cheap test every text it matches passes (tried first). A
 * case-insensitive Unicode test costs about what its pattern does: such a test pays only where
 * most sentences lack its words; a plain one (digits, punctuation) pays more widely.
 */
type Pattern = RegExp | readonly [RegExp, RegExp];

export const PATTERNS: readonly Pattern[] = [
  // Dates: 29/9/2021, 29-9-2021, 2.1.2018, ngày 29 tháng 9 năm 2021, ngày 28.5, sáng 23-2, tháng 10-2020, tháng 10/2020
  // (a year has 2 or 4 digits: "12/3.400 hồ sơ" is a fraction of dossiers)
  /\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?!\d)/gu,
  [new RegExp(String.raw`${B}(?:ngày|sáng|chiều|trưa|tối|đêm|hôm)(?:\s+ngày)?\s+\d{1,2}(?:\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?|(?:\s+tháng\s+\d{1,2})?(?:\s+năm\s+\d{4})?)`, 'giu'), /(?:ngày|sáng|chiều|trưa|tối|đêm|hôm)\s/iu],
  // (a month is 1–12, and not the head of a grouped count: "trong tháng 17.246 hồ sơ")
  new RegExp(String.raw`${B}tháng\s+(?:1[0-2]|0?[1-9])(?![\d]|[.,]\d{3})(?:\s*(?:[/.-]|năm)\s*\d{4})?`, 'giu'),
  // Years and periods: năm 2022, quý I/2022, quý 1, 6 tháng đầu năm, 9 tháng, giai đoạn 2021 – 2025
  [new RegExp(String.raw`${B}(?:năm|niên độ|khóa|khoá|nhiệm kỳ)\s+\d{4}(?:\s*[-–]\s*\d{4})?`, 'giu'), /\s\d{4}/],
  new RegExp(String.raw`${B}quý\s+(?:[IV]+|\d)(?![${L}])(?:\s*[/-]\s*\d{4})?`, 'giu'),
  new RegExp(String.raw`(?<![${L}0-9])\d{1,2}\s+tháng(?:\s+(?:đầu|cuối))?(?:\s+năm)?`, 'giu'),
  new RegExp(String.raw`${B}giai đoạn\s+(?:từ\s+)?\d{4}\s*(?:[-–]|đến)\s*\d{4}`, 'giu'),
  /(?<![\d.,])(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}(?![\d])/gu,
  // A bare year (2022), unless a count noun follows ("1955 hồ sơ")
  new RegExp(String.raw`(?<![\d.,/])(?:19[5-9]\d|20[0-4]\d)(?!\d|[.,/]\d)(?!${COUNT_AFTER})`, 'gu'),
  // Document numbers: 111/KH-UBND, 62/2020/NĐ-CP, 1329/KH-SKHCN, số 76/NQ-CP; "Nghị định số 61", "Quyết định 463"
  new RegExp(String.raw`\d+(?:/\d{4})?/[A-ZĐ][${L}0-9&]*(?:[-–][A-ZĐ${L}0-9&]+)*`, 'gu'),
  // ("Hướng dẫn 35 cơ quan …" opening a sentence is a verb and its count)
  new RegExp(String.raw`${B}(?:Nghị định|Nghị quyết|Quyết định|Thông tư|Luật|Chỉ thị|Kế hoạch|Công văn|Văn bản|Báo cáo|Tờ trình|Thông báo|Hướng dẫn)\s+(?:số\s+)?\d+(?![.,]?\d)(?!${COUNT_AFTER})`, 'gu'),
  // ("hồ sơ số 125/2021", "mã số 2.001": a dossier or a code named by its number.)
  [new RegExp(String.raw`${B}(?:nghị định|nghị quyết|quyết định|thông tư|luật|chỉ thị|kế hoạch|công văn|văn bản|báo cáo|tờ trình|thông báo|hướng dẫn|hồ sơ|mã)\s+số\s+\d+`, 'giu'), /số\s+\d/iu],
  // A share written as a small fraction of a whole: "gần 2/3 số hồ sơ", "1/3 tổng số xã" (not "12/20 sở", bodies counted).
  [new RegExp(String.raw`${B}\d\s*/\s*(?:[2-9]|10)\s+(?:tổng\s+)?số(?![${L}])`, 'giu'), /\d\s*\/\s*\d+\s+(?:tổng\s+)?số/iu],
  // A counterfactual, up to its clause's end: "nếu không có 31 hồ sơ đất đai bị trễ, tỷ lệ đúng hạn đã đạt 100%" (what would be,
  // not what is; the figures it names are stated elsewhere).
  [new RegExp(String.raw`${B}nếu\s+(?:không|chưa|loại trừ|trừ)\s+(?:có|tính|kể|để xảy ra|vì)?(?:[^.;]|\.(?=\d))*`, 'giu'), /nếu\s+(?:không|chưa|loại trừ|trừ)/iu],
  // Ordinals: "lần thứ 2", "năm thứ 5 liên tiếp", "hồ sơ thứ 1 triệu" — a place in an order, never a count.
  [new RegExp(String.raw`${B}thứ\s+${NUM}(?:\s*(?:nghìn|ngàn|triệu))?`, 'giu'), /thứ\s+\d/iu],
  // Programmes named by their number: "Đề án 06", "Chương trình 135" (a count follows its noun: "05 đề án")
  [new RegExp(String.raw`${B}(?:đề án|chương trình)\s+(?:số\s+)?\d+(?![.,]?\d)(?!${COUNT_AFTER})`, 'giu'), /đề án|chương trình/iu],
  // Bodies named by their number: "Ban Chỉ đạo 389", "Ban Chỉ đạo 35" (never a count right after the committee's name).
  [new RegExp(String.raw`${B}ban chỉ đạo\s+(?:số\s+)?\d+(?![.,]?\d)`, 'giu'), /ban chỉ đạo\s+(?:số\s+)?\d/iu],
  // Places numbered by "số": "chi nhánh số 1", "cơ sở số 2", "quầy số 5", "điểm tiếp nhận số 3" (not a count: "số 12 hồ sơ" has no
  // place before it)
  [new RegExp(String.raw`${B}(?:chi nhánh|cơ sở|quầy|bàn|điểm(?: tiếp nhận| giao dịch)?|khu vực|trụ sở|cửa|tổ|đội)\s+số\s+\d{1,3}(?![\d.,/]|\s*(?:%|hồ sơ|TTHC))`, 'giu'), /số\s+\d/iu],
  // Round the clock: "24/7", "24/24 giờ" (not a fraction of bodies: "24/24 xã")
  /(?<![\d.,/])24\s*\/\s*(?:7(?![\d.,]?\d)|24\s*(?=giờ))/gu,
  // Standards: TCVN ISO 9001:2015, ISO 9001: 2015, TCVN 9001: 2015, TCVN 5708:2008
  /(?:TCVN\s*)?ISO\s*\d{3,5}(?:\s*:\s*\d{4})?/giu,
  /TCVN\s*\d{3,5}(?:\s*[-:]\s*\d{1,4})*/gu,
  // Levels of government counted: "ở cả 3 cấp", "3 cấp chính quyền", "4 cấp (tỉnh, huyện, xã, thôn)"
  [new RegExp(String.raw`(?<![${L}0-9.,])[2-4]\s+cấp(?![${L}])`, 'gu'), /\d\s+cấp/u],
  // Numbered groups: "đối tượng 4" of defence-and-security training, "nhóm 2" of public units' financial autonomy
  // ("bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4: 120 người", "nhóm 2 có 18 đơn vị")
  [new RegExp(String.raw`${B}(?:đối tượng|nhóm)\s+[1-4](?![\d.,]?\d)(?!${COUNT_AFTER})`, 'giu'), /(?:đối tượng|nhóm)\s+\d/iu],
  // A threshold that picks counted procedures: "19 TTHC phát sinh trên 1.000 hồ sơ", "12 thủ tục có từ 500 hồ sơ trở lên"
  // (the procedures' trait, no count of dossiers; the count of procedures before it stays)
  // (`(?=phát sinh|có)` first, as in numbers.ts: V8 then skips to those words instead of trying the look-behind at every position.)
  [new RegExp(String.raw`(?=phát sinh|có)(?<=\d\s*(?:TTHC|thủ tục|DVCTT|DVC|dịch vụ)[^.;:\d]{0,40}?)${B}(?:phát sinh|có)\s+(?:số (?:lượng )?hồ sơ\s+)?(?:từ|trên|dưới|hơn|nhiều hơn|ít hơn|ít nhất|không quá)\s+${NUM}`, 'giu'), /phát sinh|có/iu],
  // Levels: mức độ 3 và 4, mức độ 3,4, mức độ 1,2, mức 3
  // ("mức độ 4." at a sentence's end too; "mức độ 3,4" is two levels, "mức 3.500" no level; "mức độ 3 và 5 dịch vụ mức độ 4":
  // a figure past 4, or one its counted noun follows, is the next count, not a level)
  new RegExp(String.raw`${B}mức(?:\s+độ)?\s+\d(?:\s*(?:,|và|-|–|\/|hoặc)\s*(?:mức(?:\s+độ)?\s+\d|[1-4](?!\s*(?:dịch vụ|DVC|TTHC|thủ tục|hồ sơ)(?![${L}]))))*(?!\d|[.,]\d)`, 'giu'),
  // Phone numbers: 0228.3.xxx, (0228) 3 646 123, 1900 1234, "điện thoại: 0228 ..."
  /(?:\(\d{3,4}\)\s*|(?<![\d.,]))0\d{2,3}[.\s]\d{3}[.\s]?\d{3,4}/gu,
  /(?<![\d.,])0\d{2,3}(?:[.\s-]\d{1,4}){2,4}(?!\d)/gu,
  // An area code before a service number: "0236.1022", "0290-1022" (no count opens on 0 and three digits).
  /(?<![\d.,])0\d{2,3}[.\s-]\d{4,8}(?![\d]|[.,]\d)/gu,
  /(?:\(0\d{2,3}\)\s*)\d[\d.\s]{5,12}\d/gu,
  [new RegExp(String.raw`${B}(?:điện thoại|ĐT|hotline|đường dây nóng|tổng đài|số máy)[:\s]*[\d.\s]{6,16}\d`, 'giu'), /điện thoại|ĐT|hotline|đường dây nóng|tổng đài|số máy/iu],
  // Short service numbers: "Tổng đài 1022", "đường dây nóng số 1900", "qua Hệ thống 12345" (the hotline's system, not a
  // system's count: "trên hệ thống 245 TTHC" stays)
  [new RegExp(String.raw`${B}(?:hotline|đường dây nóng|tổng đài|hệ thống|đầu số)\s*(?:số\s*)?:?\s*\d{3,5}(?![\d]|[.,]\d)(?!${COUNT_AFTER}|\s*(?:dịch vụ|DVC|TTHC|thủ tục|văn bản|tài khoản|lượt)(?![${L}]))`, 'giu'), /hotline|đường dây nóng|tổng đài|hệ thống|đầu số/iu],
  // Money: 4,8 tỷ đồng, 500 triệu đồng, 1.200.000 đồng, 20.000đ
  [new RegExp(String.raw`${NUM}\s*(?:nghìn|ngàn|triệu|tỷ|tỉ)?\s*(?:đồng(?!\s+(?:chí|bào|thời|bộ))|VNĐ|VND|vnđ|đ)(?![${L}])`, 'gu'), /\d\s*(?:(?:nghìn|ngàn|triệu|tỷ|tỉ)\s*)?(?:đ|VN|vn)/u],
  // Scores: 85,67 điểm, 1,25 điểm
  [new RegExp(String.raw`${NUM}\s*điểm(?![${L}])`, 'gu'), /điểm/u],
  // Ranks: xếp thứ 9/63, xếp hạng 12, đứng thứ 5, vị trí thứ 3
  [new RegExp(String.raw`${B}(?:xếp|đứng|vị trí)(?:\s+(?:thứ|hạng|vị trí))*\s+\d+(?:\s*/\s*\d+)?`, 'giu'), /xếp|đứng|vị trí/iu],
  new RegExp(String.raw`${B}(?:thứ|hạng)\s+\d+\s*/\s*\d+`, 'giu'),
  // Changes: tăng 12%, giảm 1,67 điểm, tăng 203 biên chế; cao hơn năm 2018 là 2,48%; "(bằng 22%) so với"
  [new RegExp(String.raw`${B}(?:tăng|giảm|cao hơn|thấp hơn|nhiều hơn|ít hơn)(?:\s+(?:thêm|được|là|khoảng|gần|hơn|trên|tối thiểu|tối đa|ít nhất|không quá|không dưới|so với[^.;,\d]{0,30}?(?:là)?|năm\s+\d{4}\s+là|cùng kỳ(?:\s+năm\s+\d{4})?\s+là))?\s+\d+(?:[.,]\d+)*\s*(?:nghìn|ngàn|triệu)?\s*(?:%|điểm)?`, 'giu'), /tăng|giảm|hơn/iu],
  // An excess over a plan or another period: "vượt 2.300 hồ sơ so với chỉ tiêu", "vượt 15% kế hoạch" (not "vượt 7.600 hồ sơ", over).
  [new RegExp(String.raw`${B}vượt(?:\s+(?:mức|là|khoảng|gần|hơn|trên))?\s+\d+(?:[.,]\d+)*\s*(?:%|điểm)?(?=[^.;,\d]{0,40}?(?:so với|kế hoạch|chỉ tiêu|mục tiêu))`, 'giu'), /vượt/iu],
  // ("vượt kế hoạch 02 đơn vị", "vượt chỉ tiêu được giao 3,5%": the excess with its plan named first.)
  [new RegExp(String.raw`${B}vượt\s+(?:so với\s+)?(?:kế hoạch|chỉ tiêu|mục tiêu)(?:\s+(?!là\b)[${L}]+){0,3}?\s+(?:là\s+)?${NUM}\s*%?`, 'giu'), /vượt\s+(?:so với\s+)?(?:kế hoạch|chỉ tiêu|mục tiêu)/iu],
  // (not a shortfall against the quota: "còn thiếu 05 so với số giao")
  [new RegExp(String.raw`(?=\d)(?<!thiếu\s+)${NUM}\s*%?\s*\)?\s*so với`, 'gu'), /so với/u],
  [new RegExp(String.raw`${B}so với(?:\s+(?:cùng kỳ|kỳ trước|năm trước|tháng trước|quý trước))?(?:\s+năm\s+\d{4})?\s*\(?\s*${NUM}`, 'giu'), /so với/iu],
  // "từ X% lên Y%", "từ 120 hồ sơ xuống còn 35": X is a former value, also with its period between
  // ("từ 126 hồ sơ trong 6 tháng đầu năm xuống còn 41", "từ 2,3% năm 2023 xuống", "từ 45 hồ sơ (quý I) xuống")
  [new RegExp(String.raw`${B}từ\s+${NUM}\s*%?\s*(?:(?:hồ sơ|HS|thủ tục|TTHC|văn bản|biên chế|người|đơn vị|trường hợp|lượt)\s+)?(?:\(?(?:(?:trong|của|vào)\s+)?(?:\d{1,2}\s+)?(?:năm|quý|tháng|kỳ|giai đoạn)(?![${L}])[^.;:()]{0,20}?\)?\s+)?(?:lên|xuống)`, 'giu'), /từ\s+\d/iu],
  // Chapters, articles, clauses, criteria, section references ("dứt điểm 05 hồ sơ" is "conclusively",
  // "một phần 2.893 hồ sơ" is the partial online level: no reference)
  [new RegExp(String.raw`${B}(?:Điều|khoản|Khoản|điểm(?<!dứt\s+điểm)|Điểm|Chương|(?:mục|Mục)(?<![Dd]anh\s+(?:mục|Mục))|(?:Phần|phần)(?<![Mm]ột\s+(?:Phần|phần))|tiêu chí|Tiêu chí|chỉ số|Chỉ số|tiểu mục)\s+\d+[a-zđ]?(?:\.\d+)*`, 'gu'), /Điều|khoản|Khoản|điểm|Điểm|Chương|mục|Mục|Phần|phần|tiêu chí|Tiêu chí|chỉ số|Chỉ số/u],
  // A body named with its number: "Phòng Công chứng số 1", "Trường THCS số 2", "Đội Quản lý thị
  // trường số 3" — up to six words of its name between the kind of body (capitalised) and "số N";
  // not a count after "số" ("Trung tâm tiếp nhận tổng số 318", "… số 45 hồ sơ").
  [new RegExp(String.raw`${B}(?:Phòng|Trường|Đội|Chi nhánh|Tổ|Trạm|Văn phòng|Bệnh viện|Chi cục|Hạt|Đồn|Cụm|Nhà|Khu|Trung tâm)(?:\s+[${L}&]+){0,6}?\s+(?<!(?:tổng|với|có|là|các|theo|về|đủ|của|nhận|lượng)\s+)số\s+\d{1,3}(?![\d]|[.,]\d)(?!${COUNT_AFTER})`, 'gu'), /số\s+\d/u],
  // A district or ward named by its number, written in lower case in running text: "quận 12 với 7,2%", "phường 3 đạt 100%" (not
  // a count after a group: "các xã, phường 12 hồ sơ" has its noun after it).
  [new RegExp(String.raw`${B}(?<!(?:các|những|xã,?|huyện,?|quận,?|thị trấn,?|và)\s*)(?:quận|phường)\s+\d{1,2}(?=\s*(?:với|đạt|có|tiếp nhận|giải quyết|\(|:|,|;|\.(?!\d)|$))`, 'gu'), /(?:quận|phường)\s+\d/u],
  // Section numbers and list positions at the start of a sentence or after ";": "2.1. ", "1- ", "16) "
  // (right after the ";" or ":" — the leading \s* takes the spaces; a match further into them
  // would start at the same place, the leftmost)
  [new RegExp(String.raw`(?:^|(?<=[;:]))\s*[(]?\d{1,2}(?:\.\d{1,2})*\s*[.)\-–]\s*(?=[${UPPER}${L}(“"])`, 'gu'), /^\s*\(?\d|[;:]\s*\(?\d/],
  // Enumerators inside a sentence: "(1) tiếp nhận …, (2) giải quyết …", "a) … b) …"
  // ("hai (02) công chức": a figure written in words, then in digits in brackets, is a count.)
  new RegExp(String.raw`(?<!(?:^|[^${L}])(?:một|hai|ba|bốn|sáu|bảy|bẩy|tám|chín|mười|mươi|mốt|lăm)\s*)\(\d{1,2}\)(?=\s*[${L}])`, 'giu'),
];

export interface Span {
  start: number;
  end: number;
}

export function nonFigureSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const p of PATTERNS) {
    const re = Array.isArray(p) ? (p[1].test(text) ? p[0] : null) : (p as RegExp);
    if (re === null) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      spans.push({ start: m.index, end: m.index + m[0].length });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return spans;
}

/** Words that open a speaker's quoted words: "nhấn mạnh:", "cho biết: “…", "phát biểu". */
const SPEECH_VERB = String.raw`(?:nói|cho biết|nhấn mạnh|khẳng định|chia sẻ|phát biểu|thông tin|cho hay|nêu rõ|trao đổi|cho rằng|lý giải|giải thích|bày tỏ|tâm sự)`;
// (The speaker after the quote may be named with a long title: "“…”, bà Trần Thị Lan, Trưởng Bộ phận một cửa Sở Tài nguyên và
// Môi trường tỉnh Quảng Ngãi chia sẻ.")
const SPEECH_AFTER = new RegExp(String.raw`^\s*[,.]?\s*[^.;:“”"]{0,100}?(?<![\p{L}])${SPEECH_VERB}(?![\p{L}])`, 'u');
const SPEECH_BEFORE = new RegExp(String.raw`(?::|(?<![\p{L}])${SPEECH_VERB})\s*$`, 'u');

/**
 * True when `at` lies inside quotation marks (“…” or "…") opened before it — not a speaker's words
 * ("ông … nhấn mạnh: “Năm qua, Sở … không có hồ sơ trễ hạn”"), which report as any sentence does.
 */
function inQuotes(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const curly = before.lastIndexOf('“');
  const open = curly > before.lastIndexOf('”') ? curly : (before.match(/"/g)?.length ?? 0) % 2 === 1 ? before.lastIndexOf('"') : -1;
  if (open < 0 || SPEECH_BEFORE.test(text.slice(Math.max(0, open - 30), open))) return false;
  // (Or the speaker named after the quote: "“… không có hồ sơ trễ hạn”, ông Tuấn nói.")
  const close = text.slice(at).search(/[”"]/u);
  return close < 0 || !SPEECH_AFTER.test(text.slice(at + close + 1, at + close + 130));
}

/**
 * The mentions that are not inside a non-figure span. A stated zero inside quotation marks is a
 * quoted criterion or condition ("điều kiện “trong năm không có cán bộ … bị kỷ luật”"), not a count.
 */
export function dropNonFigures(text: string, numbers: NumberMention[]): NumberMention[] {
  if (numbers.length === 0) return numbers;
  const spans = nonFigureSpans(text);
  return numbers.filter(
    (n) =>
      !spans.some((s) => n.start >= s.start && n.start < s.end) &&
      !(statedZero(n) && inQuotes(text, n.start)),
  );
}
