/**
 * `field` of a dossier figure: one named lĩnh vực ("thuộc lĩnh vực đất đai", "lĩnh vực “đăng ký
 * doanh nghiệp”", "+ Lĩnh vực KH&CN: 14 hồ sơ"), written without the word "Lĩnh vực". Not for
 * "các lĩnh vực", "nhiều lĩnh vực" or a clause listing the agency's whole scope.
 */
import { fold } from '../../text/normalize.ts';
import { lastMatchBefore } from '../../text/last-match.ts';
import { FOLDED_BOUND } from '../../text/numbers.ts';

const FIELD_RE = /(?<![a-z])(?<!(?:cac|nhieu|nhung|moi|mot so|tung) )linh vuc\s+(?!(?:cua|cac|nhieu|nhung|khac|do(?! dac)|nay|nhu sau|tren|chuyen mon|thuoc|quan ly(?= (?:cua|nha nuoc|nganh|chuyen nganh|theo|tai|o|duoc|da|dang|co|la|va|cac|thuoc|trong|tren|chung)(?![a-z])|\s*(?:[,.;:()]|$))|cong tac|giai quyet|tiep nhan|xu ly|phu trach|chuyen nganh|duoc giao|co|la|da|phat sinh|chiem|dang(?! ky| kiem))(?![a-z]))/g;
// ("lĩnh vực quản lý của Sở" is the agency's scope; "lĩnh vực Quản lý công sản", "Quản lý giá" are fields by name.)
/** Words after which the field name has ended (a zero phrase, a verb, a preposition). */
// ("lĩnh vực Thành lập và hoạt động của doanh nghiệp": the sector's name holds "của" before the bodies it is about.)
// ("Lĩnh vực đất đai tiếp tục là “điểm nghẽn”", "… vẫn là lĩnh vực có nhiều hồ sơ trễ hạn nhất": a predicate of the field after its name.)
const STOP_WORDS =
  '\\s+(?:van (?:la|con|tiep tuc|dan dau|chiem|co|chua|dang)|cua(?! (?:doanh nghiep|hop tac xa|lien hiep hop tac xa|to hop tac)(?![a-z]))|voi|tiep tuc|tro thanh|dat(?! dai)|chiem|la|duoc|da|dang|thuoc|den|theo|nhu|so voi|va cac|tang|giam|chua(?! benh| chay)|khong (?:co|phat sinh|nhan)|phat sinh|tiep nhan|giai quyet|tap trung|tai (?:trung tam|bo phan|so|ubnd|cap|dia ban|cac|xa|phuong|thi tran|huyen|quan|thi xa|thanh pho|tp|tinh)|trong (?:ky|thang|quy|nam|do|dip|ngay|tuan|so)|co\\s+(?:\\d|tong|khoang|hon|tren|so (?:ho so|luong)|nhieu|it|t[yi] le)|do (?:cho|chua|thieu|phai|vuong|loi|khong|nguoi|cong dan|to chuc|ca nhan|co quan|dac thu)|(?:qua|tre|cham|dung|truoc) han|bi (?:tre|qua|cham|tra|tu choi|huy|rut)|(?:(?:\\d{1,2}|sau|chin) thang dau )?(?:nam|quy|thang|dot)(?=\\s*(?:\\d|[ivx]+(?![a-z])|nay(?![a-z]))))(?![a-z])';
/** (A figure ends a name too: "lĩnh vực hộ tịch 412 hồ sơ và lĩnh vực đất đai 96 hồ sơ"; and a period: "lĩnh vực Đất đai năm 2024:", "… quý III/2024".) */
// ("lĩnh vực bưu chính hơn 12 hồ sơ": a bound before the figure is no part of the name.)
const STOP = new RegExp(`${STOP_WORDS}|[,;:().…]|\\s+(?:${FOLDED_BOUND}\\s+)?(?=\\d)`);
/** The same, but a comma may sit inside a name ("xuất bản, in và phát hành"). */
// ("cấp xã 04 hồ sơ lĩnh vực hộ tịch, cấp huyện 01 hồ sơ": a level after the comma opens another clause.)
const STOP_IN_LIST = new RegExp(`${STOP_WORDS}|[;:().…]|(?<![a-z])(?:ho so|hs|cap (?:tinh|huyen|xa|quan|phuong|thi xa|thanh pho))(?![a-z])`);

/**
 * The field named in text[from, to) (folded is fold(text)), or undefined. A field list
 * ("lĩnh vực A, B và C") or two fields in the span give none.
 */
export function fieldIn(text: string, folded: string, from: number, to: number): string | undefined {
  FIELD_RE.lastIndex = from;
  const found: string[] = [];
  for (let m = FIELD_RE.exec(folded); m && m.index < to; m = FIELD_RE.exec(folded)) {
    const at = m.index + m[0].length;
    const value = readName(text, folded, at, to);
    if (value) found.push(value);
  }
  return found.length === 1 ? found[0] : undefined;
}

function readName(text: string, folded: string, at: number, to: number): string | undefined {
  const open = text[at];
  if (open === '“' || open === '"' || open === '‘' || open === "'") {
    const close = text.slice(at + 1, to).search(/[”"’']/);
    const name = close >= 0 ? text.slice(at + 1, at + 1 + close) : text.slice(at + 1, to);
    return clean(name);
  }
  // "lĩnh vực Thi đua, khen thưởng 110 hồ sơ": a name written with a comma of its own reads on past it — past the
  // figure's window too, which ends at that comma ("bãi bỏ 19 TTHC trong lĩnh vực lao động, thương binh và xã hội;").
  const own = COMMA_NAME.exec(folded.slice(at, Math.max(to, at + 64)));
  const from = at + (own?.[0].length ?? 0);
  const limit = own && from > to ? clauseEnd(folded, from) : to;
  const stop = STOP.exec(folded.slice(from, limit));
  const stopAt = stop ? from + stop.index : limit;
  // "lĩnh vực hộ tịch, chứng thực": a comma before another field's name makes a list, not one field.
  // (The figure's window may end at that comma.)
  const comma = /^\s*,/.exec(folded.slice(stopAt, stopAt + 3));
  const atComma = stop?.[0] === ',' || (!stop && comma !== null);
  if (atComma && listedAfterComma(folded.slice(folded.indexOf(',', stopAt) + 1, folded.indexOf(',', stopAt) + 40))) return undefined;
  let name = text.slice(at, stopAt);
  // "lĩnh vực Lao động, Thương binh và Xã hội là 845 hồ sơ": a sector's name in title case goes on past its comma.
  const tail = atComma && /^\p{Lu}/u.test(name) ? TITLED_TAIL.exec(text.slice(stopAt, Math.max(limit, clauseEnd(folded, stopAt + 1)))) : null;
  if (tail) name = text.slice(at, stopAt + tail[0].length);
  return clean(name.replace(/\s+\d[\d.,]*\s*(?:hồ sơ|HS)?\s*$/u, ''));
}

/**
 * The lĩnh vực whose own name holds a comma ("Thi đua, khen thưởng", "Văn thư, lưu trữ", "Phòng cháy,
 * chữa cháy", "Đo đạc, bản đồ …"): up to the word after the comma.
 */
export const COMMA_NAME =
  /^(?:thi dua,\s*khen thuong|van thu,\s*luu tru|phong chay,\s*chua chay|kham benh,\s*chua benh|do dac,\s*ban do|xuat ban,\s*in|an toan,\s*ve sinh|lao dong,\s*(?:thuong binh|tien luong)|van hoa,\s*the thao|cong chuc,\s*vien chuc|phat thanh,\s*truyen hinh|van bang,\s*chung chi|my thuat,\s*nhiep anh|quy hoach,\s*kien truc|tin nguong,\s*ton giao|thi,\s*tuyen sinh)(?![a-z])/;

/** Lĩnh vực named alone in reports: two of them joined by "và" are a list, not one field ("đất đai và hộ tịch"). */
const SINGLE_FIELDS = new Set([
  'dat dai', 'ho tich', 'chung thuc', 'xay dung', 'giao thong', 'dang ky kinh doanh', 'bao tro xa hoi', 'nguoi co cong',
  'lao dong', 'giao duc', 'y te', 'tu phap', 'thanh tra', 'quoc tich', 'nuoi con nuoi', 'ly lich tu phap', 'khieu nai',
  'to cao', 'moi truong', 'nong nghiep', 'lam nghiep', 'thuy loi', 'tai chinh', 'thuong mai', 'dau tu', 'hanh chinh tu phap',
]);

/** ", Thương binh và Xã hội": the title-case rest of a sector's name after its comma, before a verb, copula, figure or clause end. */
const TITLED_TAIL = /^,\s*\p{Lu}\p{Ll}*(?: (?!(?:là|có|với|đạt|chiếm|được|đã)(?![\p{L}]))\p{Ll}+){0,2}(?: và \p{Lu}\p{Ll}*(?: (?!(?:là|có|với|đạt|chiếm|được|đã)(?![\p{L}]))\p{Ll}+){0,2})?(?=\s+(?:là|có|với|đạt|chiếm|tiếp nhận|giải quyết|được|đã)(?![\p{L}])|\s+\d|\s*[:;.()]|\s*$)/u;

/** The words after a field's comma open another lone field's name ("chứng thực;", "xây dựng và hộ tịch"). */
function listedAfterComma(after: string): boolean {
  const next = /^\s*([a-z ]+?)\s*(?:,|;|\.|:|\(|\bva\b|$)/.exec(after)?.[1];
  return next !== undefined && SINGLE_FIELDS.has(next);
}

/** Where the clause from `at` ends: a stop mark or a figure. */
function clauseEnd(folded: string, at: number): number {
  const m = /[;:.()]|\s(?=\d)/.exec(folded.slice(at));
  return m ? at + m.index : folded.length;
}

function clean(name: string): string | undefined {
  const v = name.replace(/[“”"‘’']/g, '').replace(/\s+/g, ' ').trim();
  if (v.length < 2 || v.length > 80 || /\d/.test(v)) return undefined;
  // ("đất đai, xây dựng", "đất đai, xây dựng và hộ tịch" likewise.)
  const parts = fold(v).split(/\s*,\s*|\s+va\s+/);
  if (parts.length >= 2 && parts.every((p) => SINGLE_FIELDS.has(p.trim()))) return undefined;
  return v;
}

/** "Riêng lĩnh vực đất đai, …", "Đối với lĩnh vực hộ tịch, …": a field set before the clause as its topic. */
const TOPIC_RE = /(?<![a-z])(?:rieng|doi voi|ve)\s+(?:(?:doi voi|ve)\s+)?linh vuc\s+([^,;:.()\d]{2,60}),/g;

/** The field a sentence sets as its topic before the figure at `at` (no other lĩnh vực between). */
export function fieldTopic(text: string, folded: string, at: number): string | undefined {
  if (!folded.includes('linh vuc')) return undefined;
  const last = lastMatchBefore(TOPIC_RE, folded, at);
  if (!last) return undefined;
  const end = last.index + last[0].length;
  if (/(?<![a-z])linh vuc(?![a-z])|[;.]/.test(folded.slice(end, at))) return undefined;
  const nameAt = end - 1 - last[1]!.length;
  return clean(text.slice(nameAt, end - 1));
}

/** A predicate ranking a field by its dossiers, to the end: " có số hồ sơ lớn nhất", " có nhiều hồ sơ nhất", " chiếm nhiều nhất". */
const RANKING_PREDICATE = /\s+(?:co (?:so (?:ho so|luong)(?: ho so)?|nhieu ho so)|chiem(?: so luong)?)(?: [a-z]+){0,3}$/;

/** The end of a counted noun right before a lĩnh vực ("958 hồ sơ (thuộc) ", "12 HS "). */
const OWNED_BY_FIGURE = /\d\s*(?:ho so|hs)(?: tthc| thu tuc hanh chinh)?\s+(?:(?:thuoc|trong|o)\s+)?$/;

/**
 * The field a figure reaches back to across a comma or an opening bracket, when its own clause
 * names none: "lĩnh vực xuất bản, in và phát hành 54 hồ sơ", "lĩnh vực chứng thực (5.210 hồ sơ)",
 * and the next name of such a bracketed list: "… (5.210 hồ sơ) và hộ tịch (1.187 hồ sơ)".
 */
export function fieldBefore(text: string, folded: string, at: number): string | undefined {
  const from = Math.max(0, at - 120);
  const last = lastMatchBefore(FIELD_RE, folded, at, from);
  if (!last) return undefined;
  const nameStart = last.index + last[0].length;
  const between = folded.slice(nameStart, at);
  // "958 hồ sơ lĩnh vực lao động, 164 hồ sơ …": a field written after another figure's dossiers is that figure's.
  if (OWNED_BY_FIGURE.test(folded.slice(Math.max(0, last.index - 24), last.index))) return undefined;
  if (!/[\d;.]/.test(between)) {
    // ("lĩnh vực Lao động, Thương binh và Xã hội là 845 hồ sơ": the copula before the figure ends the name.)
    // ("lĩnh vực Giáo dục, gồm 12 TTHC": nor a breakdown's word after the name's comma.)
    let name = between.replace(/\s*[(,]\s*$/, '').replace(/(?:\s+(?:la|co|dat|voi)|,?\s+(?:bao gom|gom|trong do|cu the)(?:\s+co)?)\s*$/, '');
    // ("Lĩnh vực Đăng ký đất đai có số hồ sơ lớn nhất (2.940 hồ sơ)": a predicate ranking the field ends its name.)
    const ranked = RANKING_PREDICATE.exec(name);
    if (ranked && /\(\s*$/.test(between)) name = name.slice(0, ranked.index);
    if (STOP_IN_LIST.test(name) || !/(?:,|\(\s*)$|,/.test(between)) return undefined;
    return clean(text.slice(nameStart, nameStart + name.length));
  }
  // "lĩnh vực A (N hồ sơ), B (M hồ sơ) và C (": the next name of the bracketed list.
  const m = /^[^;]*\(\s*[\d.,]+\s*(?:ho so|hs)?\s*\)\s*(?:,|va)\s*([^()\d;.,]{2,50}?)\s*\(\s*$/.exec(between);
  if (!m || STOP_IN_LIST.test(` ${m[1]!}`)) return undefined;
  const nameAt = nameStart + between.length - m[0].length + m[0].indexOf(m[1]!, m[0].lastIndexOf(')'));
  return clean(text.slice(nameAt, nameAt + m[1]!.length));
}
