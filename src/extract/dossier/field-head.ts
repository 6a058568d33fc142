/**
 * A lĩnh vực named at the head of a paragraph, before its first colon: "Kết quả giải quyết TTHC
 * lĩnh vực đất đai: tiếp nhận 934 hồ sơ; đã giải quyết 901 hồ sơ, trong đó: …", "Đối với lĩnh vực
 * xuất bản, in và phát hành: chưa có hồ sơ nào …" — or as the subject opening its first sentence:
 * "Lĩnh vực đất đai tiếp nhận 2.104 hồ sơ (…), giải quyết đúng hạn 2.060 hồ sơ". The head is the
 * topic: its field holds for every figure after it (to the clause's end after a subject), and for
 * the items of a lead-in that ends on it, unless another lĩnh vực, a wider whole ("toàn huyện") or
 * another body is named on the way to the figure. A comma may sit inside the name, since the colon ends it ("xuất bản, in và phát hành");
 * a list of known fields ("đất đai, xây dựng") is none.
 */
import { memoize } from '../../text/memo.ts';
import { fold } from '../../text/normalize.ts';
import { KNOWN_FIELDS } from './label.ts';
import { namesBody } from '../dimensions/subject.ts';
import { fieldIn } from '../dimensions/field.ts';
import { lastMatchBefore } from '../../text/last-match.ts';

export interface FieldHead {
  field: string;
  /** Where the head's colon is, in the paragraph. */
  colon: number;
  /** Where its reach ends: the paragraph's end after a colon, the clause's (";", sentence end) after a subject. */
  end: number;
}

/**
 * "… lĩnh vực X:" ending the paragraph's head (no sentence end, ";" or bracket before it; a bracketed
 * note, or the body whose field it is — "lĩnh vực đất đai của Chi nhánh Văn phòng …:" — may follow the name).
 */
const HEAD = new RegExp(
  String.raw`^[^:;()]{0,160}?(?<![a-z])(?<!(?:cac|nhieu|nhung|moi|mot so|tung|theo) )linh vuc\s+([^:;.()\d]{2,60}?)(?:\s+(?:cua|thuoc)\s+[^:;.()\d]{2,80}?)?` +
    // ("… lĩnh vực Đất đai năm 2024:", "… lĩnh vực Tư pháp 6 tháng đầu năm 2024:", "… trong quý:": the period the head is of, no part of the name.)
    String.raw`(?:\s+(?:trong\s+|cua\s+)?(?:(?:\d{1,2}|sau|chin|ba) thang(?: dau)?(?: nam)?|quy(?: [ivx]+| \d)?|thang(?: \d{1,2})?|nam|ky(?: bao cao)?|dot)(?:[ /.]*(?:nam\s*)?\d{4})?(?: (?:nay|qua))?)?` +
    String.raw`\s*(?:\([^():;]{0,60}\)\s*)?(?:,?\s*(?:nhu sau|cu the))?\s*:`,
  'd',
);
/** A paragraph opening on "Lĩnh vực X" as the subject of its verb: "Lĩnh vực đất đai tiếp nhận 2.104 hồ sơ (…), giải quyết …". */
// ("Lĩnh vực Đất đai có tỷ lệ giải quyết … thấp nhất": the rate's words after the name are no part of it.)
const SUBJECT = /^[\s\-+•*–]*linh vuc\s+([^:;.()\d,]{2,60}?)\s+(?=(?:da\s+|duoc\s+|co\s+(?:t[yi] le\s+(?:ho so\s+)?)?)?(?:tiep nhan|nhan|giai quyet|phat sinh|tra ket qua)(?![a-z]))/d;

/** A sector named like its department, one field though it joins names: "Tài nguyên và Môi trường". */
const SECTOR = /^(?:tai nguyen va moi truong|van hoa,? the thao(?: va du lich)?|khoa hoc va cong nghe|thong tin va truyen thong|nong nghiep va (?:phat trien nong thon|moi truong)|ke hoach va dau tu|lao dong,? thuong binh va xa hoi|giao duc va dao tao|tai chinh,? ke hoach|kinh te,? ha tang|xay dung va giao thong)$/;

/** Words that cannot start a field's name ("lĩnh vực khác", "lĩnh vực thuộc thẩm quyền"). */
const NOT_A_NAME = /^(?:cac|nhieu|nhung|khac|do(?! dac)|nay|tren|chuyen mon|thuoc|quan ly|cong tac|giai quyet|tiep nhan|xu ly|phu trach|chuyen nganh|duoc giao|con lai)(?![a-z])/;
/** A verb or preposition inside the span: a clause, not a name ("Dược phẩm", "Dược" are names). */
const CLAUSE_WORD = /(?<![a-z])(?:tiep nhan|giai quyet|xu ly|tra ket qua|trong (?:ky|thang|quy|nam)|tai(?<!van tai)(?! (?:nguyen|chinh|san))|cua|theo|la|da|dang(?! (?:ky|kiem))|duoc(?! (?:pham|lieu|co truyen))(?!$)|voi|dat(?! dai)|chiem)(?![a-z])/;

/** A lettered or numbered item's marker ("a) ", "2. ", "b, "). */
const ITEM_MARKER = /^\s*(?:[a-z]|\d{1,2}(?:\.\d{1,2})*)[.),]\s+(?=linh vuc)/;

/** The field a paragraph's head names, once per paragraph text. */
export const fieldHead = memoize((text: string): FieldHead | null => {
  const whole = fold(text);
  if (!whole.includes('linh vuc')) return null;
  // "a) Lĩnh vực Xây dựng: …": the head is read after the item's marker.
  const marker = ITEM_MARKER.exec(whole)?.[0].length ?? 0;
  const folded = whole.slice(marker);
  const head = HEAD.exec(folded);
  const m = head ?? SUBJECT.exec(folded);
  if (!m || m.index !== 0 || /\.\s/.test(m[0])) return null;
  const name = m[1]!;
  if (NOT_A_NAME.test(name) || CLAUSE_WORD.test(name)) return null;
  // "lĩnh vực đất đai, xây dựng và hộ tịch:": a list of fields, not one.
  const parts = name.split(/\s*,\s*|\s+va\s+/);
  if (parts.length > 1 && !SECTOR.test(name) && parts.slice(1).some((p) => KNOWN_FIELDS.exec(p)?.[0].length === p.length)) return null;
  const at = marker + m.indices![1]![0];
  const field = text.slice(at, at + name.length).replace(/[“”"]/g, '').trim();
  const colon = marker + m[0].length - 1;
  const stop = head ? -1 : whole.slice(colon).search(/;|\.(?:\s|$)/);
  return field.length >= 2 ? { field, colon, end: stop < 0 ? whole.length : colon + stop } : null;
}, 512);

const OTHER_FIELD = /(?<![a-z])linh vuc(?![a-z])/;
/** A wider whole on the way to the figure: "toàn huyện tiếp nhận 9.000 hồ sơ", "chiếm 35% tổng số 1.200 hồ sơ". */
const WIDER = /(?<![a-z])(?:toan (?:tinh|huyen|thanh pho|thi xa|thi tran|xa|phuong|so|nganh|trung tam|don vi)|ca (?:tinh|huyen|nuoc)|chiem\b[^;]*\btong)(?![a-z])/;

/** Does the way from a field's head to a figure name another field, a wider whole or another body? */
function leavesField(text: string, folded: string, from: number, to: number): boolean {
  const way = folded.slice(from, to);
  return OTHER_FIELD.test(way) || WIDER.test(way) || namesBody(text, from, to);
}

/**
 * The head field of the paragraph holding a figure at `at` (in the paragraph's text), when the
 * figure comes after the head's colon and no other lĩnh vực is named between the two.
 */
export function headFieldAt(blockText: string, blockFolded: string, at: number): string | undefined {
  const head = fieldHead(blockText);
  if (!head || at <= head.colon || at > head.end || leavesField(blockText, blockFolded, head.colon, at)) return undefined;
  return head.field;
}

/**
 * The head field of the lead-in an item belongs to, when the lead-in names no other lĩnh vực
 * after its head and the item names none before its figure (`itemBefore`, folded).
 */
export function leadInHeadField(leadIn: { text: string; folded: string } | null, itemBefore: string): string | undefined {
  if (!leadIn || OTHER_FIELD.test(itemBefore)) return undefined;
  const head = fieldHead(leadIn.text);
  if (!head || OTHER_FIELD.test(leadIn.folded.slice(head.colon))) return undefined;
  return head.field;
}

/** "lĩnh vực X" opening a clause as the subject of its verb (the clause's text from its start, folded). */
/**
 * (Also "Hồ sơ của lĩnh vực X chiếm tỷ trọng lớn nhất (62,4%) với 7.812 hồ sơ": the share's subject;
 * after a time set before it, "Trong quý I/2025, lĩnh vực “Đăng ký, quản lý cư trú” tiếp nhận …", a quoted name;
 * "…; lĩnh vực Đất đai thấp nhất, đạt 95,2%": the field a superlative is said of, its rate left out.)
 */
const CLAUSE_SUBJECT = /^[\s\-+•*–]*(?:(?:trong (?:quy|thang|nam|ky)|nam|quy|thang|tinh den|den)(?![a-z])[^,;:]{0,30},\s*)?(?:(?:rieng|con|trong do|doi voi)\s+)?(?:(?:so\s+)?(?:ho so|hs)\s+(?:(?:thuoc|cua)\s+)?)?linh vuc\s+(“[^”]{2,60}”|[^:;.()\d,“]{2,60}?)\s+(?=(?:da\s+|duoc\s+|co\s+(?:t[yi] le\s+(?:ho so\s+)?)?)?(?:tiep nhan|nhan|giai quyet|phat sinh|tra ket qua|chiem|(?:cao|thap) nhat)(?![a-z]))/;
/**
 * "Ở lĩnh vực đất đai, Văn phòng Đăng ký đất đai tiếp nhận …": a lĩnh vực set before the clause
 * as its topic, closed by a comma. The body after it acts in that field, so it does not leave it.
 */
const CLAUSE_TOPIC = /^[\s\-+•*–]*(?:(?:rieng|con)\s+)?(?:o|tai|trong|ve|doi voi|voi|rieng)\s+linh vuc\s+([^:;.()\d,]{2,60}?)\s*,/;
/** Where a clause starts: after ";", ":", a sentence's end, or the comma before "trong đó" or before a lĩnh vực as a subject. */
const CLAUSE_OPEN = /[;:]|\.\s|,\s*(?=trong do\s|(?:rieng |con )?linh vuc\s)/g;

/**
 * "…: lĩnh vực đất đai tiếp nhận 845 hồ sơ, giải quyết 790 hồ sơ; lĩnh vực hộ tịch …": a lĩnh vực
 * opening the figure's clause (after ";", ":", a sentence's end or ", trong đó"; "Hồ sơ lĩnh vực X"
 * likewise) as the subject of its verb holds for every figure of that clause, unless another lĩnh
 * vực, a wider whole or another body is named on the way to the figure (see leavesField). A
 * lĩnh vực fronted as the clause's topic ("Ở lĩnh vực môi trường, Sở tiếp nhận 86 hồ sơ") holds
 * likewise, whichever body acts in it.
 */
export function clauseFieldAt(blockText: string, blockFolded: string, at: number): string | undefined {
  const from = Math.max(0, at - 400);
  const window = blockFolded.slice(from, at);
  if (!window.includes('linh vuc')) return undefined;
  let start = 0;
  CLAUSE_OPEN.lastIndex = 0;
  for (let m = CLAUSE_OPEN.exec(window); m; m = CLAUSE_OPEN.exec(window)) start = m.index + m[0].length;
  const subject = CLAUSE_SUBJECT.exec(window.slice(start));
  const m = subject ?? CLAUSE_TOPIC.exec(window.slice(start));
  if (!m) return sentenceLabelAt(blockText, blockFolded, from, window);
  const name = m[1]!;
  if (NOT_A_NAME.test(name) || CLAUSE_WORD.test(name)) return undefined;
  const nameEnd = start + m[0].length;
  const way = blockFolded.slice(from + nameEnd, at);
  if (subject ? leavesField(blockText, blockFolded, from + nameEnd, at) : OTHER_FIELD.test(way) || WIDER.test(way)) return undefined;
  const nameAt = from + start + m[0].indexOf(name, m[0].search(/linh vuc/) + 8);
  const field = blockText.slice(nameAt, nameAt + name.length).replace(/[“”"]/g, '').trim();
  return field.length >= 2 ? field : undefined;
}

/** "Lĩnh vực đất đai: …" opening a sentence inside a paragraph (not its head, which fieldHead reads). */
// ("Lĩnh vực đất đai tiếp tục là “điểm nghẽn”: trong 6 tháng, … tiếp nhận 28.450 hồ sơ": a short predicate of the field before its colon.)
const SENTENCE_LABEL = /^[\s\-+•*–]*(?:(?:doi voi|ve|tai|o|rieng)\s+)?linh vuc\s+([^:;.()\d]{2,60}?)(?:\s+(?:tiep tuc |van |con |da )?(?:la|gap|tro thanh)\s[^:;.\d]{2,40})?\s*:/;

/**
 * "… khó khăn. Lĩnh vực đất đai: tiếp nhận 1.905 hồ sơ, giải quyết 1.861 hồ sơ, trễ hạn 44 hồ sơ.":
 * a lĩnh vực labelling a sentence holds for every figure of that sentence, unless another lĩnh vực,
 * a wider whole or another body is named on the way (`window`: the paragraph from `from` to the figure).
 */
function sentenceLabelAt(blockText: string, blockFolded: string, from: number, window: string): string | undefined {
  const stop = Math.max(window.lastIndexOf('. '), window.lastIndexOf('.\n'));
  let start = stop < 0 ? 0 : stop + 2;
  let m = SENTENCE_LABEL.exec(window.slice(start));
  if (!m) {
    // "Kết quả theo từng lĩnh vực như sau: Lĩnh vực Đất đai: tiếp nhận 1.846 hồ sơ, đã giải quyết 1.702 hồ sơ; …": the label
    // opening the clause after the lead's colon, its own colon the last before the figure and no ";" on the way.
    const colon = window.lastIndexOf(':');
    const open = Math.max(window.lastIndexOf(':', colon - 1), window.lastIndexOf(';', colon - 1)) + 1;
    if (colon < 0 || open <= start || window.includes(';', colon)) return undefined;
    start = open;
    m = SENTENCE_LABEL.exec(window.slice(start));
    if (!m) return undefined;
  }
  const name = m[1]!;
  if (NOT_A_NAME.test(name) || CLAUSE_WORD.test(name)) return undefined;
  const nameEnd = from + start + m[0].length;
  const way = blockFolded.slice(nameEnd, from + window.length);
  // ("Lĩnh vực đất đai …: các chi nhánh Văn phòng Đăng ký đất đai tiếp nhận …": a body named for the field acts in it.)
  if (OTHER_FIELD.test(way) || WIDER.test(way) || (namesBody(blockText, nameEnd, from + window.length) && !way.includes(name.trim()))) return undefined;
  const nameAt = from + start + m[0].indexOf(name, m[0].search(/linh vuc/) + 8);
  const field = blockText.slice(nameAt, nameAt + name.length).replace(/[“”"]/g, '').trim();
  return field.length >= 2 ? field : undefined;
}

/** "lĩnh vực này", "lĩnh vực trên", "lĩnh vực nói trên", "lĩnh vực đó": one field pointed back to ("các lĩnh vực trên" is several). */
const POINTER = /(?<![a-z])(?<!(?:cac|nhung|nhieu|hai|ba|\d) )linh vuc (?:nay|(?:noi )?tren|do)(?![a-z])/g;

/**
 * "Lĩnh vực hộ tịch có nhiều hồ sơ nhất. Tổng số hồ sơ của lĩnh vực này là 1.045 hồ sơ, đã giải
 * quyết 1.012 hồ sơ": a sentence pointing back at "lĩnh vực này / trên / đó" takes the one field
 * named last before it in the paragraph (the sentence holding the last lĩnh vực named decides:
 * none or two there, no field), for its figures after the pointer, unless another lĩnh vực, a
 * wider whole or another body is named on the way.
 */
export function fieldPointedBackAt(blockText: string, blockFolded: string, at: number): string | undefined {
  if (!blockFolded.includes('linh vuc')) return undefined;
  const sentence = Math.max(blockFolded.lastIndexOf('. ', at - 1), blockFolded.lastIndexOf('; ', at - 1)) + 1;
  const pointer = lastMatchBefore(POINTER, blockFolded, at, sentence);
  if (!pointer) return undefined;
  const after = pointer.index + pointer[0].length;
  if (leavesField(blockText, blockFolded, after, at)) return undefined;
  // The last lĩnh vực named before the pointer, and the sentence it is in.
  const named = blockFolded.lastIndexOf('linh vuc', pointer.index - 1);
  if (named < 0) return undefined;
  const from = blockFolded.lastIndexOf('. ', named) + 1;
  const to = Math.min(pointer.index, ...['. ', '; '].map((s) => blockFolded.indexOf(s, named)).filter((i) => i >= 0));
  const field = fieldIn(blockText, blockFolded, from, to);
  // ("Lĩnh vực đăng ký kinh doanh vẫn chiếm …": the sentence's predicate after the name.)
  return field?.replace(ANTECEDENT_PREDICATE, '').trim() || undefined;
}

/** A predicate after a field's name in the sentence pointed back at: the name ends before it. */
const ANTECEDENT_PREDICATE = /\s+(?:vẫn|luôn|tiếp tục|thường|chiếm|đứng|dẫn đầu|là|(?<!người )có)(?![\p{L}]).*$/su;
