/**
 * `subject` of a figure: the named body it belongs to inside a wider report — "Sở Tư pháp tiếp
 * nhận 120 hồ sơ", "Công an tỉnh (590 hồ sơ)", "Giao thông vận tải 617 hồ sơ" in a list of sở,
 * ngành. Not scored; it helps the checks and the reader.
 */
/** The words a body's name opens with; a district or commune may be written in lower case ("huyện Văn Lâm 112 hồ sơ"). */
const BODY_WORD = String.raw`(?:Sở|Công an|Cục|Chi cục|Chi nhánh|Trung tâm|Ban|Văn phòng|Phòng|Bảo hiểm|Kho bạc|Thanh tra|UBND|Ủy ban nhân dân|Uỷ ban nhân dân|[Hh]uyện|[Tt]hành phố|[Tt]hị xã|[Qq]uận|TP\.?|[Xx]ã|[Pp]hường|[Tt]hị trấn|[Đđ]ặc khu)`;
/** "Trong đó xã Đông Sơn tiếp nhận …": a breakdown word before the name; "nhiều nhất là phường A 3.204 hồ sơ, ít nhất là xã B 412": a rank. */
// ("Về cấp huyện, thành phố Đông Hà dẫn đầu với …": the level the sentence turns to, then the body; "Đơn vị có nhiều hồ sơ trễ
// hạn nhất là Sở Xây dựng với 87 hồ sơ, tiếp đến là Sở Tư pháp 15 hồ sơ": a ranking names the body after its "là".)
const LEAD = String.raw`(?:(?:[Tt]rong đó|[Nn]hư|[Gg]ồm|[Rr]iêng)\s*[:,]?\s+|(?:[Vv]ề|[Ởở]|[Đđ]ối với|[Tt]ại) cấp (?:tỉnh|huyện|xã)\s*,\s+|[^,;:()\d]*?(?:nhất|dẫn đầu|tiếp đến|tiếp theo|kế đến|kế tiếp|sau đó|đứng đầu|đứng sau)\s+là\s+)?(?:(?:[Nn]hiều nhất|[Cc]ao nhất|[Íí]t nhất|[Tt]hấp nhất|[Ll]ớn nhất|[Đđ]ứng đầu|[Tt]iếp theo|[Tt]iếp đến|[Ss]au đó)\s+)?(?:là\s+)?`;
const BODY = new RegExp(
  // (A kind followed by its verb names no body: "Trung tâm trả kết quả qua BCCI 320 hồ sơ"; "còn" ends a name: "Phòng Tài
  // nguyên và Môi trường còn 23 hồ sơ …".)
  String.raw`^\s*(?:[-+•,;]\s*)?${LEAD}(${BODY_WORD}(?!\s+(?:đã|đang|tiếp nhận|giải quyết|trả|nhận|xử lý|thực hiện)(?![\p{L}]))\s+[^,;:()]+?)(?=\s+(?:đã|đang|tiếp nhận|giải quyết|có|trả|nhận|thực hiện|với|còn|vẫn còn|trễ hạn|quá hạn|chậm hạn|đúng hạn|trước hạn|lần lượt|tương ứng|dẫn đầu|đứng đầu|đứng thứ|xếp thứ|đạt|chỉ đạt)(?![\p{L}])|\s*[(:]\s*|\s+(?:trên|hơn|gần|khoảng|khoảng\s+gần)?\s*\d|\s*$)`,
  'u',
);
/** "… tập trung chủ yếu ở Sở Tài nguyên và Môi trường (168 hồ sơ)": a body named after "ở / tại" right before the bracket of its figure. */
const AT_BODY_BRACKET = new RegExp(String.raw`(?:^|\s)(?:ở|tại)\s+(${BODY_WORD}\s+[^,;:()\d]+?)\s*\(\s*$`, 'u');

/** The body a bracketed figure belongs to, named after "ở / tại" right before the bracket (`l0`: just inside it). */
export function bodyBeforeBracket(text: string, l0: number): string | undefined {
  if (!/\(\s*$/.test(text.slice(Math.max(0, l0 - 3), l0))) return undefined;
  const before = text.slice(Math.max(0, l0 - 80), l0);
  const m = AT_BODY_BRACKET.exec(before);
  return m ? trim(m[1]!) : undefined;
}

/** "- Huyện Tiên Lữ: tiếp nhận …. Còn 39 hồ sơ …": an item (or paragraph) headed by a body's name and a colon. */
const ITEM_HEAD = new RegExp(String.raw`^\s*(?:[-+•*]\s*)?(${BODY_WORD}\s+[^,;:()\d]+?)\s*:`, 'u');
const LISTED = /^\s*(?:[-+•*]\s*)?([A-ZĐÀ-Ỹ][^,;:()\d]{2,60}?)\s*[(:]?\s*(?:trên|hơn|gần|khoảng)?\s*$/u;

/**
 * The body named at the start of text[from, to) (the left window of a figure). `listOfBodies`
 * says the sentence lists sở, ngành or cơ quan, so a bare capitalised name counts.
 */
export function subjectIn(text: string, from: number, to: number, listOfBodies: boolean): string | undefined {
  const span = text.slice(from, to);
  // ("Kết quả của các quận, huyện: quận Hải Châu tiếp nhận …": the body opens the part after the colon.)
  const colon = span.lastIndexOf(':');
  const m = BODY.exec(span) ?? (colon >= 0 ? BODY.exec(span.slice(colon + 1)) : null);
  if (m) return trim(m[1]!);
  if (listOfBodies) {
    // ("Các huyện tiếp nhận nhiều hồ sơ gồm: Diễn Châu 6.120 hồ sơ; …": the name opens the part after the list's colon.)
    const l = LISTED.exec(span) ?? (colon >= 0 ? LISTED.exec(span.slice(colon + 1)) : null);
    if (l) return trim(l[1]!);
  }
  return undefined;
}

/**
 * The body an item or paragraph is headed by ("- Phòng Quản lý đô thị: tiếp nhận 418 hồ sơ, …"):
 * the subject of every figure in it that names no body of its own.
 */
export function itemSubject(blockText: string): string | undefined {
  const m = ITEM_HEAD.exec(blockText);
  return m ? trim(m[1]!) : undefined;
}

/** Where a body's opening word stands in a text (global, for the last one before a figure). */
const BODY_AT = new RegExp(String.raw`(?<![\p{L}])${BODY_WORD}\s`, 'gu');

/** A body's kind alone that a report uses to point back to a body it named in full ("Trung tâm tiếp nhận …"). */
const KIND_ALONE = /^\s*(?:[-+•,;]\s*)?(?:(?:[Tt]rong (?:quý|tháng|năm|kỳ)|[Rr]iêng|[Tt]rong đó),?\s+)?(Trung tâm|Chi cục|Chi nhánh|Văn phòng|Ban|Cục)(?=\s+(?:đã\s+|đang\s+)?(?:tiếp nhận|giải quyết|trả|nhận|xử lý|có)(?![\p{L}]))/u;

/**
 * "Hồ sơ được tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh; trong quý Trung tâm tiếp nhận
 * 210.540 hồ sơ": a body's kind alone opening the figure's window names the last body of that kind
 * named in full before it in the paragraph (`before`: the paragraph's text up to the window).
 */
export function subjectPointedBack(text: string, from: number, to: number, before: string): string | undefined {
  const kind = KIND_ALONE.exec(text.slice(from, to))?.[1];
  if (!kind) return undefined;
  let found: string | undefined;
  const re = new RegExp(String.raw`(?<![\p{L}])${kind}\s+\p{Lu}`, 'gu');
  for (let m = re.exec(before); m; m = re.exec(before)) {
    const name = /^([^,;:()\d]+?)(?=\s+(?:đã|đang|tiếp nhận|giải quyết|có|trả|nhận|thực hiện|với|của|trong)(?![\p{L}])|\s*[,;:().]|$)/u.exec(before.slice(m.index))?.[1];
    const v = name ? trim(name) : undefined;
    if (v) found = v;
  }
  return found;
}

/** Does text[from, to) name a body ("…, phường Trang Hạ tiếp nhận …")? */
export function namesBody(text: string, from: number, to: number): boolean {
  BODY_AT.lastIndex = 0;
  const span = text.slice(from, to);
  for (let m = BODY_AT.exec(span); m; m = BODY_AT.exec(span)) if (BODY.exec(span.slice(m.index)) && trimmed(span.slice(m.index))) return true;
  return false;
}

function trimmed(span: string): boolean {
  const b = BODY.exec(span);
  return b !== null && trim(b[1]!) !== undefined;
}

/** A vertical agency named by the area it serves, no proper name: "Công an tỉnh", "Bảo hiểm xã hội huyện", "Thanh tra tỉnh". */
const AGENCY_OF_AREA = /^(?:Công an|Bảo hiểm xã hội|Thanh tra|Chi cục Thuế|Cục Thuế) (?:tỉnh|huyện|thành phố|thị xã|quận)$/u;

function trim(s: string): string | undefined {
  const v = s.replace(/\s+/g, ' ').trim();
  if (v.length < 3 || v.length > 80) return undefined;
  // "UBND thành phố Bắc Ninh và 19 phường, xã": a group, not one body.
  if (/\s(?:và|cùng|với)$/u.test(v)) return undefined;
  // "Sở đã …": the body was not named.
  if (/^\S+\s+(?:đã|đang|có|tiếp|giải|trả|nhận|thực|với|và|cũng|vẫn|luôn)(?:\s|$)/u.test(v) || !/\s/.test(v)) return undefined;
  // A name: some word after the first is written with a capital ("Sở Tư pháp", "UBND huyện Kim Sơn") — or an agency
  // named by its area alone ("Công an tỉnh", "Bảo hiểm xã hội huyện").
  if (!v.split(/\s+/).slice(1).some((w) => /^\p{Lu}/u.test(w)) && !AGENCY_OF_AREA.test(v)) return undefined;
  return v;
}
