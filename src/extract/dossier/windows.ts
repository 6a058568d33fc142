/**
 * The clause around a figure, on folded text: its left window (from the previous clause
 * boundary, the previous figure or a breakdown marker up to the figure) and its right window
 * (after the figure and its unit, up to the next boundary or figure). Cues, channels, levels and
 * fields of a figure are read in these windows only.
 */
import type { NumberMention } from '../../text/numbers.ts';

export type UnitKind = 'dossier' | 'visit' | 'set' | 'case' | 'result' | 'procedure' | 'none' | 'other';

export interface Windows {
  left: [number, number];
  right: [number, number];
  unit: UnitKind;
  /** End of the figure and its unit. */
  unitEnd: number;
}

/** Words that may follow a figure without being its unit. */
const CONNECTIVE =
  /^(?:trong|thuoc|duoc|da|dang|dung|truoc|som|qua|tre|cham|cua|tai|so|va|voi|tu|cho|chiem|dat|la|nop|tiep|giai|tra|moi|ky|chua|con|tren|o|do|theo|gom|bao|lien|nhan|xu|co|deu|bang|tuong|phat|cap|thong|ton|chuyen|yeu|nhung|ma|hoac|tuy|vao|sau|den|ve|thi|nay|nhu)$/;

/** Nouns whose folded form is also a connective ("cơ quan" / "có", "sở" / "so với"). */
const OTHER_NOUN = /^\s*(?:co quan|co so|so(?!\s+(?:voi|ho so|hs|luong))|to chuc|ca nhan|cong dan|doanh nghiep|don vi|cap(?!\s+(?:tinh|huyen|xa))|tai lieu|ty dong|trieu dong|dong|can bo|cong chuc|vien chuc|nhan vien|thanh vien|lao dong|nguoi|ngay|gio|phut|tuan|lan|lop|dot|cuoc|buoi|diem|tieu chi|chi so|dich vu|ung dung|may|trang|phong|ban|quay)(?![a-z])/;
const OTHER_FILES = /^\s*(?:(?:dang ky|de nghi|xin|xet)\s+)?(?:khen thuong|nang (?:luong|ngach|bac)|ky luat|thi dua|cong viec|luu tru|can bo|cong chuc|vien chuc|nhan su|dia chinh|du thau|moi thau|thi tuyen|xet tuyen|du tuyen|vu viec|vu an|du an|benh an|suc khoe|hoc sinh|thanh tra|kiem tra|giai quyet khieu nai|khieu nai|to cao|dang vien|tai lieu|goc|dien tu hoa)(?![a-z])/;
const UNIT_RE = /^\s*(?:(?:luot|bo)\s+)?(?:ho so|hs)(?![a-z])(?:\s+(?:tthc|thu tuc hanh chinh|thu tuc)(?![a-z]))?/;
const ALT_UNITS: [RegExp, UnitKind][] = [
  // "450 lượt cán bộ", "2.300 lượt người": people, not dossiers.
  [/^\s*luot(?![a-z])(?!\s+(?:can bo|cong chuc|vien chuc|nguoi|cong dan|to chuc|ca nhan|doanh nghiep|khach|hoc vien|dai bieu))/, 'visit'],
  // "Số bộ hồ sơ đã giải quyết: 2.598 bộ": sets of papers, once the sentence says "bộ hồ sơ" (not "12 bộ, ngành").
  [/^\s*bo(?![a-z])(?!\s*,?\s*(?:nganh|ban|co quan))/, 'set'],
  [/^\s*truong hop(?![a-z])/, 'case'],
  [/^\s*(?:ket qua|kq)(?:\s+giai quyet(?:\s+(?:tthc|thu tuc hanh chinh|ho so))?)?(?![a-z])/, 'result'],
  [/^\s*(?:tthc|thu tuc(?: hanh chinh)?)(?![a-z])/, 'procedure'],
];

/** Fixed pairs written with a comma inside one clause: "tổ chức, cá nhân", "tổ chức, công dân", "xã, phường", "sở, ngành", "quận, huyện". */
const PAIR_BEFORE = /(?:to chuc|ca nhan|cong dan|xa|phuong|thi tran|so|ban|nganh|huyen|quan|thi xa|co quan|don vi|nguoi dan|doanh nghiep)$/;
const PAIR_AFTER = /^\s*(?:ca nhan|to chuc|cong dan|phuong|xa|thi tran|ban|nganh|huyen|thi xa|thanh pho|don vi|co quan|doanh nghiep|nguoi dan)(?![a-z])/;

/** Is folded[i] a clause boundary? Commas inside numbers ("98,5", "mức độ 3, 4"), inside fixed pairs and between two verbs are not. */
function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

function insideQuotes(folded: string, i: number): boolean {
  const before = folded.slice(Math.max(0, i - 80), i);
  const open = before.lastIndexOf('“');
  return open >= 0 && open > before.lastIndexOf('”') && folded.slice(i, i + 80).includes('”');
}

export function isBoundary(folded: string, i: number): boolean {
  const c = folded.charCodeAt(i);
  // ; ( ) [ ] … | (cells pasted into prose: "Tiếp nhận: 2.876 | Giải quyết: 2.790")
  if (c === 59 || c === 40 || c === 41 || c === 91 || c === 93 || c === 0x2026 || c === 124) return true;
  // A point or a comma between digits is part of a number ("1.234", "98,5").
  if (c === 46) return !(isDigitAt(folded, i - 1) && isDigitAt(folded, i + 1));
  if (c !== 44) return false;
  if (isDigitAt(folded, i - 1) && isDigitAt(folded, i + 1)) return false;
  // A comma inside a quoted name: lĩnh vực “Đăng ký, quản lý cư trú”.
  if (insideQuotes(folded, i)) return false;
  if (/muc(?: do)?\s*\d$/.test(folded.slice(Math.max(0, i - 10), i)) && /^\s*\d/.test(folded.slice(i + 1, i + 4))) return false;
  if (PAIR_BEFORE.test(folded.slice(Math.max(0, i - 14), i)) && PAIR_AFTER.test(folded.slice(i + 1, i + 16))) return false;
  // Fields named as a pair: "Thi đua, khen thưởng", "Văn thư, lưu trữ".
  if (/(?<![a-z])(?:thi dua|van thu)$/.test(folded.slice(Math.max(0, i - 8), i)) && /^\s*(?:khen thuong|luu tru)(?![a-z])/.test(folded.slice(i + 1, i + 14))) return false;
  // "đúng hạn, trước hạn": one timeliness written as two words.
  if (/(?:han|hen)$/.test(folded.slice(Math.max(0, i - 4), i)) && /^\s*(?:truoc|dung|som|tre|cham|qua) (?:han|hen)/.test(folded.slice(i + 1, i + 14))) return false;
  const before = folded.slice(Math.max(0, i - 20), i);
  const after = folded.slice(i + 1, i + 20);
  // "Số hồ sơ chưa đến hạn, chuyển kỳ sau giải quyết: 35": the state and where the dossiers go are one label.
  if (/(?:chua den|con trong|trong|qua) (?:han|hen)$/.test(before) && /^\s*(?:chuyen|ton)(?: tiep)? (?:sang |qua )?(?:ky|thang|quy|nam)(?![a-z])/.test(after)) return false;
  // "Hồ sơ chưa giải quyết, quá hạn: 5": the state and its timeliness are one label.
  if (/(?:chua|dang) (?:giai quyet|xu ly)$/.test(before) && /^\s*(?:qua|tre|cham|trong|chua den|con trong) (?:han|hen)/.test(after)) return false;
  // "Số hồ sơ từ chối tiếp nhận, yêu cầu bổ sung: 96": the refusal and the request for more papers are one label.
  // ("… bổ sung, hoàn thiện hồ sơ": one request.)
  if (/(?:tra lai|tu choi(?: (?:tiep nhan|giai quyet|nhan))?)$/.test(before) && /^\s*(?:(?:yeu cau|de nghi) )?bo sung(?![a-z])/.test(after)) return false;
  if (/(?<![a-z])bo sung$/.test(before) && /^\s*hoan thien(?![a-z])/.test(after)) return false;
  return !(/(?:tiep nhan|giai quyet|xu ly|thuc hien|nhan)$/.test(before) && /^\s*(?:giai quyet|tra ket qua|xu ly|tham dinh)/.test(after));
}

/** A bracket holding only a figure (or a fraction) and its unit: "(1.990 hồ sơ)", "(45/45 hồ sơ)". */
const RESTATED = /^\(\s*\d[\d.,]*(?:\s*\/\s*\d[\d.,]*)?\s*(?:%|(?:ho so|hs)(?![a-z]))?\s*\)/;

/** Breakdown markers that start a new clause: "trong đó", "gồm", "bao gồm", "cụ thể". */
const MARKER_RE = /(?<![a-z])(?:trong do|trong so (?:nay|do|tren)|bao gom|gom|cu the)(?![a-z])\s*:?/g;

/** Start of the clause holding position `pos` (exclusive scan to the left), not before `floor`. */
export function clauseStart(folded: string, pos: number, floor = 0): number {
  let i = pos - 1;
  while (i >= floor && !isBoundary(folded, i)) i--;
  const base = i + 1;
  let start = base;
  MARKER_RE.lastIndex = 0;
  const seg = folded.slice(base, pos);
  for (let m = MARKER_RE.exec(seg); m; m = MARKER_RE.exec(seg)) start = base + m.index + m[0].length;
  return start;
}

/** End of the clause starting at `pos`: the next boundary or ":" (exclusive), not after `ceil`. */
export function clauseEnd(folded: string, pos: number, ceil = folded.length): number {
  let i = pos;
  while (i < ceil && !isBoundary(folded, i) && folded[i] !== ':') i++;
  return i;
}

/** A figure's number in words, in brackets after it: "02 (hai)", "15 (mười lăm)". */
const SPELLED = /^\s*\(\s*(?:(?:mot|hai|ba|bon|tu|nam|lam|sau|bay|tam|chin|muoi|tram|nghin|ngan|trieu|linh|le)\s*){1,6}\)/;

/** Files that are no administrative-procedure dossiers right after a figure: "315 hồ sơ đăng ký dự tuyển". */
export function otherFilesAfter(folded: string, end: number): boolean {
  const rest = folded.slice(end, end + 60);
  const m = UNIT_RE.exec(rest);
  return m !== null && OTHER_FILES.test(rest.slice(m[0].length));
}

/** The unit written after a figure, and where it ends. */
export function unitAfter(folded: string, end: number): { unit: UnitKind; end: number } {
  // "01 (một) hồ sơ": the figure restated in words is passed over.
  const spelled = SPELLED.exec(folded.slice(end, end + 30));
  if (spelled) end += spelled[0].length;
  const rest = folded.slice(end, end + 40);
  const m = UNIT_RE.exec(rest);
  if (m) {
    // Files that are not administrative-procedure dossiers: "hồ sơ công việc", "hồ sơ lưu trữ", "hồ sơ cán bộ".
    if (OTHER_FILES.test(rest.slice(m[0].length))) return { unit: 'other', end };
    return { unit: 'dossier', end: end + m[0].length };
  }
  for (const [re, unit] of ALT_UNITS) {
    const a = re.exec(rest);
    if (a) return { unit, end: end + a[0].length };
  }
  if (OTHER_NOUN.test(rest)) return { unit: 'other', end };
  const word = /^\s*([a-z]+)/.exec(rest);
  if (word && !CONNECTIVE.test(word[1]!)) return { unit: 'other', end };
  return { unit: 'none', end };
}

const TIMELINESS = String.raw`(?:truoc|dung|tre|qua|cham|som) (?:han|hen)`;
const OWN_VERB = new RegExp(String.raw`(?<![a-z])(?:tiep nhan|giai quyet|tra ket qua|xu ly|thu ly|${TIMELINESS})(?![a-z])`);
/** A verb (and up to three words: channel, timeliness), or a timeliness alone, that ends right before the next figure. */
const NEXT_VERB_LEAD = new RegExp(String.raw`(?<![a-z])(?:(?:(?:da|duoc|dang|con)\s+)?(?:tiep nhan|giai quyet|tra ket qua|xu ly|thu ly)(?:\s+[a-z]+){0,3}|${TIMELINESS})\s*$`);

/** The windows of one figure among the sentence's figures. */
/** Between a share and the whole it is of: "99% (hồ sơ) trong (tổng) số (hơn) …". */
export const WHOLE_OF_SHARE = /^\s*(?:(?:ho so|hs)\s+)?trong (?:tong )?so\s+(?:(?:hon|tren|gan|khoang)\s+)?$/;

export function windowsOf(folded: string, numbers: readonly NumberMention[], index: number): Windows {
  const n = numbers[index]!;
  const prev = index > 0 ? numbers[index - 1] : undefined;
  const next = numbers[index + 1];
  const { unit, end: unitEnd } = unitAfter(folded, n.end);
  let floor = 0;
  if (prev) floor = unitAfter(folded, prev.end).end;
  let leftStart = clauseStart(folded, n.start, floor);
  // "… và 135 hồ sơ": a coordinated figure starts its own clause.
  const lead = folded.slice(leftStart, n.start);
  // ("… 23 hồ sơ qua bưu chính công ích và trả kết quả 58 hồ sơ": with its own verb, from that verb.)
  const va = /(?:^|\s)(?:va|hoac)\s+((?:(?:da\s+)?(?:tra(?: ket qua)?|tiep nhan|nhan|giai quyet|xu ly|thu ly)\s+)?(?:(?:chi|co|con|den|tren|hon|gan|khoang|duoi|la|voi)\s+)*)$/.exec(lead);
  // (Not two verbs of one figure: "đã xử lý và trả kết quả là 5.415 hồ sơ".)
  const ownVerb = va !== null && /^(?:da\s+)?(?:tra|tiep nhan|nhan|giai quyet|xu ly|thu ly)(?![a-z])/.test(va[1]!);
  if (va && prev && !(ownVerb && /(?<![a-z])(?:tiep nhan|nhan|giai quyet|tra|xu ly|thu ly|cap)(?![a-z])/.test(lead.slice(0, va.index)))) {
    leftStart += va.index + va[0].length - (ownVerb ? va[1]!.length : 0);
  }
  const ceil = next ? next.start : folded.length;
  let rightEnd = clauseEnd(folded, unitEnd, ceil);
  // ("xã nhận 23 hồ sơ và trả 58 hồ sơ": "và" with the next figure's own verb opens that figure's clause too.)
  const vaRight = /\s(?:va|hoac)\s+(?:(?:da\s+)?(?:tra(?: ket qua)?|tiep nhan|nhan|giai quyet|xu ly|thu ly)\s+)?(?:(?:chi|co|con|den|tren|hon|gan|khoang|duoi)\s+)*$/.exec(folded.slice(unitEnd, rightEnd));
  if (vaRight && next && rightEnd === ceil) rightEnd = unitEnd + vaRight.index;
  // "… tiếp nhận trực tiếp 5.808 hồ sơ đã giải quyết 15.432 hồ sơ …" (a run-on list without commas):
  // a verb right before the next figure opens that figure's clause, when this one has its own verb.
  if (next && rightEnd === ceil && !n.percent && OWN_VERB.test(folded.slice(leftStart, n.start))) {
    const own = NEXT_VERB_LEAD.exec(folded.slice(unitEnd, rightEnd));
    if (own) rightEnd = unitEnd + own.index;
  }
  // "gần 99% trong số hơn 52.000 hồ sơ (mà Trung tâm tiếp nhận) được giải quyết đúng hạn": the whole a share is of is passed over.
  if (n.percent && next && rightEnd === ceil && WHOLE_OF_SHARE.test(folded.slice(unitEnd, next.start))) {
    const whole = unitAfter(folded, next.end);
    const beyond = numbers[index + 2];
    if (whole.unit === 'dossier') rightEnd = clauseEnd(folded, whole.end, beyond ? beyond.start : folded.length);
  }
  // "99,5% hồ sơ (1.990 hồ sơ) được giải quyết đúng hạn": a bracket restating the figure is passed
  // over, and the figure alone in it shares the predicate after it.
  const restated = folded[rightEnd] === '(' ? RESTATED.exec(folded.slice(rightEnd)) : null;
  if (restated) {
    const after = rightEnd + restated[0].length;
    const beyond = numbers.find((x) => x.start >= after);
    rightEnd = clauseEnd(folded, after, beyond ? beyond.start : folded.length);
  } else if (folded[rightEnd] === ')' && folded[leftStart - 1] === '(' && folded.slice(leftStart, n.start).trim() === '' && folded.slice(unitEnd, rightEnd).trim() === '' && /^\s*(?:[a-z]|$)/.test(folded.slice(rightEnd + 1, rightEnd + 3)) && prev?.percent) {
    rightEnd = clauseEnd(folded, rightEnd + 1, ceil);
  }
  return { left: [leftStart, n.start], right: [unitEnd, rightEnd], unit, unitEnd };
}
