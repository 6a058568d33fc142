/**
 * `subject` of a figure: the named body it belongs to inside a wider report — "Sở Tư pháp tiếp
 * nhận 120 hồ sơ", "Công an tỉnh (590 hồ sơ)", "Giao thông vận tải 617 hồ sơ" in a list of sở,
 * ngành. Not scored; it helps the checks and the reader.
 */
const BODY =
  /^\s*(?:[-+•]\s*)?((?:Sở|Công an|Cục|Chi cục|Ban|Văn phòng|Phòng|Bảo hiểm|Kho bạc|Thanh tra|UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Huyện|Thành phố|Thị xã|Quận|TP\.?|Xã|Phường|Thị trấn)\s+[^,;:()]+?)(?=\s+(?:đã|đang|tiếp nhận|giải quyết|có|trả|nhận|thực hiện|với)(?![\p{L}])|\s*[(:]\s*|\s+(?:trên|hơn|gần|khoảng|khoảng\s+gần)?\s*\d|\s*$)/u;
const LISTED = /^\s*([A-ZĐÀ-Ỹ][^,;:()\d]{2,60}?)\s*[(:]?\s*(?:trên|hơn|gần|khoảng)?\s*$/u;

/**
 * The body named at the start of text[from, to) (the left window of a figure). `listOfBodies`
 * says the sentence lists sở, ngành or cơ quan, so a bare capitalised name counts.
 */
export function subjectIn(text: string, from: number, to: number, listOfBodies: boolean): string | undefined {
  const span = text.slice(from, to);
  const m = BODY.exec(span);
  if (m) return trim(m[1]!);
  if (listOfBodies) {
    const l = LISTED.exec(span);
    if (l) return trim(l[1]!);
  }
  return undefined;
}

function trim(s: string): string | undefined {
  const v = s.replace(/\s+/g, ' ').trim();
  if (v.length < 3 || v.length > 80) return undefined;
  // "Sở đã …": the body was not named.
  if (/^\S+\s+(?:đã|đang|có|tiếp|giải|trả|nhận|thực|với|và|cũng|vẫn|luôn)(?:\s|$)/u.test(v) || !/\s/.test(v)) return undefined;
  // A name: some word after the first is written with a capital ("Sở Tư pháp", "UBND huyện Kim Sơn").
  if (!v.split(/\s+/).slice(1).some((w) => /^\p{Lu}/u.test(w))) return undefined;
  return v;
}
