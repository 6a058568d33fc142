/**
 * A label written before a figure with a colon: "+ Lĩnh vực KH&CN: 14 hồ sơ", "Hành chính tư
 * pháp: trên 33 nghìn hồ sơ" in a list introduced as lĩnh vực, "- Hộ tịch: 642 hồ sơ" under a
 * lead-in. The label names the field when it starts with "Lĩnh vực", when what introduces it
 * (the sentence's lead, the lead-in paragraph, the heading) speaks of lĩnh vực, or when it is a
 * well-known field name and nothing says the list is of bodies or tiers. An item's opening label
 * ("- Đất đai: 5.650 hồ sơ, đã giải quyết 5.262 hồ sơ") holds for every figure of the item.
 */
import { fold } from '../../text/normalize.ts';
import { FOLDED_BOUND } from '../../text/numbers.ts';

export interface Label {
  text: string;
  field?: string;
}

export interface LabelEnv {
  /** Folded lead-in paragraph, when the block is one of its items. */
  leadIn?: string;
  /** Folded headings, innermost first. */
  headings: readonly string[];
}

const AFTER_COLON = /^:\s*(?:(?:trên|hơn|gần|khoảng|có|là|đạt|chỉ)\s+)*$/iu;
const SPEAKS_OF_FIELDS = /(?<![a-z])linh vuc(?![a-z])/;
/** Departments spoken of as several: "các sở", "một số sở, ngành" (read unfolded: "các sở" folds like "các số"). */
const DEPARTMENTS = /(?<![\p{L}])(?:các|những|một số|\d+) sở(?![\p{L}])/iu;
/**
 * A lead over a list of bodies or levels. (One district named as the reporting body — "UBND huyện", "toàn huyện" — lists none: "huyện" counts when several are meant;
 * a level named as the figures' place — "Các lĩnh vực có nhiều hồ sơ tại cấp xã gồm: …" — lists none either.)
 */
const SPEAKS_OF_BODIES = /(?<![a-z])(?:so,? (?:ban,? )?nganh|co quan|don vi|dia phuong|cap(?<!(?:tai|o|thuoc) cap) (?:tinh|huyen|xa)|(?:cac|nhung|mot so|\d+) huyen|huyen,? (?:thi xa|thanh pho|quan)|xa, phuong)(?![a-z])/;
const NOT_A_FIELD = /^(?:(?:tong(?: cong| so)?|cong)$|(?:cac|nhung|mot so) linh vuc|(?:linh vuc )?(?:khac|con lai)$|trong do|(?:(?:nop|gui|tra ket qua|hinh thuc(?: nop)?) )?(?:truc tuyen|truc tiep|qua|buu chinh|bcci|dvc)|cap |toan |so ho so|ho so|muc do|ky truoc|luy ke|tiep nhan|da |dang (?!ky |kiem)|chua |trong han|qua han|dung han|truoc han)|(?<![a-z])(?:truoc|dung|qua|tre|cham|trong) (?:han|hen)(?![a-z])/;

/**
 * A body named by its kind and its name ("Xã Tân Phú", "UBND huyện Mỹ Đức", "Phường 4", "Sở Tư
 * pháp"): whose figures these are, never a lĩnh vực, even under a lead that speaks of one ("Kết
 * quả giải quyết hồ sơ lĩnh vực hộ tịch tại các xã: - Xã Tân Phú: 200 hồ sơ").
 */
const NAMED_BODY = /^(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+)?(?:[Xx]ã|[Pp]hường|[Tt]hị trấn|[Hh]uyện|[Qq]uận|[Tt]hị xã|[Tt]hành phố|TP\.?|Sở|Phòng|Chi cục|Trung tâm|Ban)\s+(?:\p{Lu}|\d)/u;

/** Field names common in administrative-procedure reports (folded, matched at the label's start). */
export const KNOWN_FIELDS =
  /^(?:ho tich|chung thuc|dat dai|dia chinh|(?:hanh chinh )?tu phap|ly lich tu phap|xay dung|quy hoach|kien truc|nha o|dang ky (?:kinh doanh|doanh nghiep|dat dai|bien phap bao dam)|doanh nghiep|dau tu|ke hoach(?: va dau tu)?|lao dong|thuong binh|nguoi co cong|bao tro xa hoi|viec lam|giao duc|dao tao|y te|duoc|kham chua benh|giao thong|duong bo|duong thuy|tai nguyen|moi truong|khoang san|tai nguyen nuoc|do dac|cong thuong|luu thong hang hoa|dien|an toan thuc pham|nong nghiep|lam nghiep|thuy san|thu y|trong trot|bao ve thuc vat|thuy loi|van hoa|the thao|du lich|gia dinh|thong tin|bao chi|xuat ban|vien thong|noi vu|thi dua|ton giao|tai chinh|khoa hoc|so huu tri tue|an toan buc xa|tieu chuan|hon nhan|nuoi con nuoi|quoc tich|cu tru|dan toc|ngoai vu|phong chay|cong chung|luat su|dau gia|tro giup phap ly|hoa giai|giam dinh|thanh lap|kinh te|bao hiem|thue)(?![a-z])/;

export function labelBefore(text: string, folded: string, leftStart: number, pos: number, env?: LabelEnv): Label | undefined {
  const colon = text.lastIndexOf(':', pos - 1);
  if (colon < leftStart || !AFTER_COLON.test(text.slice(colon, pos))) return undefined;
  // ("tiếp nhận 2.150 hồ sơ (Hộ tịch: 1.862 hồ sơ; …)": a label opening a bracket starts after it.)
  const open = text.lastIndexOf('(', colon - 1);
  const opened = open >= 0 && !text.slice(open, colon).includes(')') ? open + 1 : 0;
  let start = Math.max(text.lastIndexOf(':', colon - 1) + 1, text.lastIndexOf(';', colon - 1) + 1, opened, 0);
  const raw = text.slice(start, colon);
  start += raw.match(/^[\s\-+•*–]*/u)?.[0].length ?? 0;
  return labelOf(text.slice(start, colon).trim(), folded.slice(0, start), env);
}

/** The label an item opens with ("- Đất đai: …"), read from the block text. */
export function itemLabel(blockText: string, env?: LabelEnv): Label | undefined {
  const m = /^[\s\-+•*–]*([^:;,.()\d]{2,60}):\s*\S/u.exec(blockText);
  if (!m) return undefined;
  return labelOf(m[1]!.trim(), '', env);
}

function labelOf(label: string, leadFolded: string, env?: LabelEnv): Label | undefined {
  if (!label || label.length > 80) return undefined;
  const out: Label = { text: label };
  const own = /^lĩnh vực\s+(.+)$/iu.exec(label);
  if (own) {
    // "Lĩnh vực khác: 84 hồ sơ", "Lĩnh vực còn lại": the rest, no one named field.
    // ("Lĩnh vực có nhiều hồ sơ:", "Lĩnh vực phát sinh nhiều hồ sơ nhất:": a description of the fields listed after it, no name.)
    if (!/^(?:khac|con lai)\s*$/.test(fold(own[1]!)) && !DESCRIBES_FIELDS.test(fold(own[1]!))) out.field = clean(own[1]!);
    return out;
  }
  const f = fold(label);
  if (/\d/.test(label) || label.split(/\s+/).length > 10 || NOT_A_FIELD.test(f) || NAMED_BODY.test(label)) return out;
  const lead = `${leadFolded} ${env?.leadIn ?? ''} ${env?.headings[0] ?? ''}`;
  if (SPEAKS_OF_FIELDS.test(lead)) out.field = clean(label);
  else if (KNOWN_FIELDS.test(f) && !SPEAKS_OF_BODIES.test(lead)) out.field = clean(label);
  return out;
}

/**
 * A lead that lists by lĩnh vực, ending in a colon: "Số hồ sơ tiếp nhận theo lĩnh vực:", "… ở các
 * lĩnh vực như sau:", "Các lĩnh vực có số lượng hồ sơ lớn gồm:".
 */
// ("Cụ thể theo lĩnh vực (tiếp nhận/giải quyết): …": a bracket naming the columns may stand before the colon.)
const LISTS_FIELDS = new RegExp(String.raw`(?<![a-z])(?:(?:cac|nhung|mot so) linh vuc(?: [a-z0-9]+){0,16}|linh vuc(?! (?:${KNOWN_FIELDS.source.slice(1)}))(?: [a-z]+){0,3}|linh vuc (?:co|phat sinh|tiep nhan|chiem)(?: [a-z]+){0,5})(?:\s*\([^()]*\))?\s*:(?:(?!\.\s).)*$`);
/** After "Lĩnh vực", words that describe the fields instead of naming one: "có nhiều hồ sơ", "phát sinh nhiều hồ sơ nhất". */
const DESCRIBES_FIELDS = /^(?:co|phat sinh|tiep nhan|chiem|nhieu|duoc|da|dang(?! ky| kiem))(?![a-z])/;
/** A list "lĩnh vực A với N hồ sơ, B với M hồ sơ, …" up to the next name. */
const PARALLEL = /(?<![a-z])linh vuc\s+[^,;:()\d]{2,40}?\s+voi\s+[\d.,]+\s*(?:ho so|hs)?\s*(?:,\s*[^,;:()\d]{2,40}?\s+voi\s+[\d.,]+\s*(?:ho so|hs)?\s*)*,\s*(?:va\s+)?$/;

/** Items "lĩnh vực A N hồ sơ, B M hồ sơ, " up to the next name: a list by field opened by its first item (a figure may group its thousands with a space: "3 480 hồ sơ"). */
const FIELD_ITEMS = /(?<![a-z])linh vuc\s+[^,;:()\d]{2,40}?\s+[\d.,]+(?: \d{3})*\s*(?:ho so|hs)\s*(?:,\s*[^,;:()\d]{2,40}?\s+[\d.,]+(?: \d{3})*\s*(?:ho so|hs)\s*)*,\s*(?:va\s+)?$/;

/** A name and nothing else: a few words, no figure, no verb, no timeliness. */
function listedName(label: string): boolean {
  const words = label.split(/\s+/);
  return words.length >= 1 && words.length <= 8 && /^[a-z]/.test(label) && !/\d/.test(label) && !NOT_A_FIELD.test(label) && !NAME_BREAK.test(label);
}
const NAME_BREAK = /(?<![a-z])(?:tiep nhan|giai quyet|xu ly|tra|nop|da|dang(?! (?:ky|kiem))|duoc|con|chua|la|co|gom|trong do|tong|cong|khac|con lai)(?![a-z])/;

/** A "lĩnh vực X," with no figure right before a name: the two names share the figure after them. */
const JOINED_TO_FIELD = /(?<![a-z])linh vuc\s+[^\d;:().,]{2,40},\s*(?:(?:va|hoac)\s+)?$/;

/** An item opening on a name and a comma, before the figure's own name: "; đất đai, " (the first of two counted together). */
const JOINED_BARE = /(?:^|[;:(]|\s[-–+•]|\bgom|\bla)\s*([a-z][a-z ]{1,40}?)\s*,\s*(?:(?:va|hoac)\s+)?$/;
function jointBareName(before: string): boolean {
  const name = JOINED_BARE.exec(before)?.[1];
  if (name === undefined) return false;
  const known = KNOWN_FIELDS.exec(name);
  return known !== null && known[0].length === name.length;
}

/** The words that put the next lĩnh vực of a ranking before its name: "tiếp theo là", "tiếp đến là", "sau đó là", "thứ hai là". */
const RANKED_NEXT = /^(?:(?:va|con)\s+)?(?:tiep (?:theo|den)|ke (?:tiep|den|theo)|sau do|thu (?:hai|ba|tu))(?:\s+(?:la|co))?\s+/;

/** Names that may also label other breakdowns ("cá nhân 300 hồ sơ, doanh nghiệp 120 hồ sơ"). */
const NOT_BARE = /^(?:duoc|doanh nghiep|thanh lap|kinh te)$/;

/** A bound written right before a figure ("hơn", "gần", "khoảng" …), at the end of the words before it. */
const BOUND_AT_END = new RegExp(String.raw`(?<![a-z])${FOLDED_BOUND}$`);

/**
 * "(trong đó: hộ tịch 201 hồ sơ, chứng thực 263 hồ sơ)": a well-known field name written alone
 * before a figure, without "lĩnh vực" or a colon, is the figure's field — unless the sentence
 * lists bodies ("tập trung ở một số sở, ngành như: Tư pháp 214 hồ sơ"). text[from, to) is the
 * figure's clause up to the figure; folded is fold(text).
 */
export function bareField(text: string, folded: string, from: number, to: number, leadIn?: { text: string; folded: string }): string | undefined {
  // "Số hồ sơ tiếp nhận theo lĩnh vực: Đất đai 1.204 hồ sơ; …": the label starts after the lead's colon.
  const colon = folded.lastIndexOf(':', to - 1);
  if (colon >= from) from = colon + 1;
  // "…, xây dựng (7 hồ sơ) và đăng ký kinh doanh (2 hồ sơ)": the last name of a list, after its "và".
  from += /^\s*(?:va|hoac)\s+/.exec(folded.slice(from, to))?.[0].length ?? 0;
  // ("- Đất đai 27 hồ sơ;" under "… các lĩnh vực gồm:": an item's bullet is no part of the name.)
  from += /^\s*[-+•*–]\s+/.exec(folded.slice(from, to))?.[0].length ?? 0;
  const lead = folded.slice(from, to);
  // "… lĩnh vực đường bộ với 7.960 hồ sơ, đăng kiểm với 312 hồ sơ": a name in a parallel "X với N" list.
  const parallel = PARALLEL.test(folded.slice(0, from)) ? /^(.*?)\s+voi\s*$/.exec(lead.trim())?.[1] : undefined;
  // "gồm: chứng thực (2.310 hồ sơ), hộ tịch (986 hồ sơ)": the name before the figure's bracket.
  // ("chứng thực (hơn 5.210 hồ sơ)", "hộ tịch khoảng 900 hồ sơ": a bound before the figure is no part of the name.)
  // ("…, Lao động – Thương binh và Xã hội với 1.402 hồ sơ": the "với" before the figure is no part of the name.)
  const label = parallel ?? lead.trim().replace(BOUND_AT_END, '').replace(/\s*\(\s*$/, '').replace(/\s+voi$/, '');
  const name = nameOfLabel(text, folded, from, to, lead, label, parallel);
  // (The tests below hold whatever name was found: run only once there is one.)
  if (name === undefined) return undefined;
  // ("các lĩnh vực có nhiều hồ sơ nhất tại huyện Ba Vì là: đất đai (12.450 hồ sơ), …": one district named as the figures' place
  // speaks of no bodies — SPEAKS_OF_BODIES takes "huyện" only where several are meant.)
  if (SPEAKS_OF_BODIES.test(folded.slice(0, from)) || (leadIn !== undefined && SPEAKS_OF_BODIES.test(leadIn.folded))) return undefined;
  // ("Các sở có nhiều hồ sơ trễ hạn gồm: Tư pháp 27 hồ sơ": departments, named by their field's words — read unfolded, as
  // "các sở" folds like "các số".)
  if (DEPARTMENTS.test(text.slice(0, from)) || (leadIn !== undefined && DEPARTMENTS.test(leadIn.text))) return undefined;
  // "trong đó lĩnh vực hộ tịch, chứng thực 109 hồ sơ": a name after a lĩnh vực with no figure of its
  // own is the second of two fields counted together, no field of the figure alone.
  if (JOINED_TO_FIELD.test(folded.slice(Math.max(0, from - 60), from))) return undefined;
  // "…; đất đai, xây dựng 128 hồ sơ;": a known name with no figure of its own opening the item, then a
  // comma — the two are counted together, no field of the figure alone.
  if (jointBareName(folded.slice(Math.max(0, from - 60), from))) return undefined;
  return name;
}

/** The field name a bare label before a figure gives, before the tests of what the text around it speaks of. */
function nameOfLabel(text: string, folded: string, from: number, to: number, lead: string, label: string, parallel: string | undefined): string | undefined {
  const known = knownCompound(label);
  // "Lĩnh vực có nhiều hồ sơ nhất là chứng thực với 1.214 hồ sơ, tiếp theo là hộ tịch 702 hồ sơ": the next in a ranking of lĩnh vực.
  if (!known) {
    const next = RANKED_NEXT.exec(label);
    const name = next ? label.slice(next[0].length) : '';
    const k = next ? KNOWN_FIELDS.exec(name) : null;
    // ("tiếp đến là Tư pháp – Hộ tịch với 3.108 hồ sơ": a compound joined by a dash, likewise.)
    if (((k && k[0].length === name.length && !NOT_BARE.test(name)) || (name !== '' && knownCompound(name))) && /(?<![a-z])linh vuc(?![a-z])/.test(folded.slice(0, to))) {
      const at = from + lead.indexOf(label) + next![0].length;
      return clean(text.slice(at, at + name.length));
    }
  }
  // "Lĩnh vực có nhiều hồ sơ nhất là đất đai với 6.215 hồ sơ, tiếp theo là hộ tịch với …": a known name right before "với N", in a sentence on lĩnh vực.
  if (!known) {
    const named = knownBeforeVoi(lead);
    if (named && /(?<![a-z])linh vuc(?![a-z])/.test(folded.slice(0, to))) {
      const at = from + lead.lastIndexOf(named);
      return clean(text.slice(at, at + named.length));
    }
  }
  // After a lead that lists by lĩnh vực, any short name is one: "…; Lao động - Thương binh và Xã hội 388 hồ sơ".
  // (Likewise after the list's first item named as a lĩnh vực: "trong đó lĩnh vực hộ tịch 214 hồ sơ, chứng thực 139 hồ sơ, lao động – thương binh và xã hội 22 hồ sơ".)
  if (!known && !((parallel !== undefined || LISTS_FIELDS.test(folded.slice(0, from)) || FIELD_ITEMS.test(folded.slice(0, from))) && listedName(label))) return undefined;
  const at = from + lead.indexOf(label);
  return clean(text.slice(at, at + label.length));
}

/**
 * A well-known field name, alone or opening a compound joined by dashes ("tư pháp - hộ tịch", "địa chính – xây dựng",
 * "lao động - TBXH"), each further part a short name of its own.
 */
function knownCompound(label: string): boolean {
  const parts = label.split(/\s*[-–]\s*/);
  const first = parts[0]!;
  const m = KNOWN_FIELDS.exec(first);
  if (m === null || m[0].length !== first.length || NOT_BARE.test(first)) return false;
  return parts.slice(1).every((p) => /^[a-z][a-z ]{1,40}$/.test(p) && p.split(' ').length <= 6 && !NAME_BREAK.test(p));
}

/** The known field name (of one to four words) ending a lead right before "với": "… là đất đai với". */
function knownBeforeVoi(lead: string): string | undefined {
  const m = /^(.*?)\s+voi\s*$/.exec(lead.trim());
  if (!m) return undefined;
  const words = m[1]!.split(/\s+/);
  for (let k = Math.min(4, words.length); k >= 1; k--) {
    const name = words.slice(-k).join(' ');
    const known = KNOWN_FIELDS.exec(name);
    if (known && known[0].length === name.length && !NOT_BARE.test(name)) return name;
  }
  return undefined;
}

function clean(s: string): string | undefined {
  const v = s.replace(/[“”"]/g, '').trim();
  return v.length >= 2 ? v : undefined;
}
