import type { NumberMention } from '../../text/numbers.ts';
import type { Tier } from '../figure-context.ts';

// The set of procedures or a subset of it: what makes a count the whole set (an existential, the agency's own scope)
// and what makes it a part picked by what is done with it (reviewed, transferred, taken in by post, not yet offered).

/** "(tỉnh) có 1.950 TTHC": an existential count is the set of procedures. */
export const HAVE = /\bco\s*(?:(?:hon|tren|gan|khoang|tong cong)\s*)?$/;
/** "… TTHC thuộc thẩm quyền giải quyết của Sở": the agency's own set. */
const OWN_SCOPE = /^\s*(?:hanh chinh\s+)?(?:\([^)]*\)\s*)?thuoc (?:tham quyen|pham vi)/;
/** What a clause does with a set of procedures that makes it a subset, not the set: review, transfer, intake. */
// ("Toàn tỉnh có khoảng 1.640 TTHC được niêm yết công khai tại Bộ phận Một cửa các cấp": the procedures posted are the set, as
// "niêm yết 186 TTHC" before the count says — no subset.)
// ("có 7 TTHC bị trả lại hồ sơ nhiều nhất", "05 TTHC có hồ sơ trễ hạn": procedures picked out by what befell their dossiers.)
export const SUBSET_VERB = /\b(?:ra soat|danh gia|chuyen|bcci|buu chinh|buu dien|don gian hoa|dua vao|tiep nhan|tra ket qua|dang ky|cat giam|tich hop|ket noi|dong bo|thanh toan|quy trinh noi bo|quy trinh dien tu|phe duyet quy trinh|tra lai|tu choi|nhieu nhat|tre han|qua han)\b/;

/** "(tỉnh) có 1.950 TTHC", "… TTHC thuộc thẩm quyền giải quyết của Sở": the whole set, not a subset of it. */
export function existential(f: string, n: NumberMention, masked: string, nounEnd: number): boolean {
  if (!HAVE.test(masked) && !OWN_SCOPE.test(f.slice(nounEnd))) return false;
  // ("Toàn tỉnh có 162 TTHC được thực hiện liên thông": a subset picked right after the noun.)
  // ("Toàn tỉnh có 1.640 TTHC được niêm yết công khai tại …": those said to exist and be posted are the set.)
  return wholeSet(f, n, nounEnd) && (!SUBSET_AFTER.test(f.slice(nounEnd)) || POSTED_AFTER.test(f.slice(nounEnd)));
}

/** Right after the counted noun: posted for the public ("… được niêm yết công khai"). */
const POSTED_AFTER = /^\s*(?:hanh chinh\s+)?(?:(?:da |duoc |da duoc )*)(?:niem yet|cong khai)\b/;

/** "niêm yết (công khai)", "công khai": the cue of procedures posted for the public, right before their count. */
export const POSTED = /^(?:niem yet|cong khai)\b/;

/**
 * No subset picked after the counted noun, to the end of its clause: the procedures posted ("niêm yết 186 TTHC thuộc
 * thẩm quyền …", "công khai 1.654 TTHC của 19 sở, ngành") or said to exist are the whole set — a fraction is a part of it.
 */
export function wholeSet(f: string, n: NumberMention, nounEnd: number): boolean {
  if (n.denominator !== undefined) return false;
  // ("… tại Bộ phận tiếp nhận và trả kết quả": the office's name holds the verbs, none done to a subset.)
  const rest = f.slice(nounEnd).replace(OFFICE_NAME, 'bo phan');
  // ("Tỉnh có 1.520 TTHC, trong đó 1.210 TTHC đã tiếp nhận hồ sơ trực tuyến": what the part after a breakdown marker does is not
  // done to the whole.)
  const stop = rest.search(/;|\.(?!\d)|,\s*(?:trong do|bao gom|gom|cu the)\b/);
  return !SUBSET_VERB.test(stop < 0 ? rest : rest.slice(0, stop));
}

/** The one-stop office named by what it does: "Bộ phận tiếp nhận và trả kết quả (giải quyết TTHC)". */
const OFFICE_NAME = /\bbo phan tiep nhan(?:,| va) tra ket qua(?: giai quyet (?:tthc|thu tuc hanh chinh))?\b/g;

/**
 * "1.654 TTHC của 19 sở, ngành": the owner written right after the counted noun — not a mixed group ("… của 19 sở, ngành
 * và 03 cơ quan Trung ương", "… và UBND cấp huyện").
 */
export const DEPARTMENTS_AFTER = /^\s*(?:hanh chinh\s+)?(?:cua|thuoc) (?:\d+ )?(?:cac )?so,? (?:ban,? )?nganh\b(?![^;.]*\b(?:trung uong|nganh doc|co quan|huyen|xa|phuong)\b)/;

/**
 * "số TTHC … của 17 sở, ban, ngành … là 1.439 TTHC": the procedures of the provincial departments are
 * the province tier (none when the clause adds districts or communes).
 */
export function ownedByDepartments(clause: string): Tier | undefined {
  if (!/\b(?:tthc|thu tuc)\b[^;]*?\b(?:cua|thuoc) (?:\d+ )?(?:cac )?so,? (?:ban,? )?nganh\b/.test(clause)) return undefined;
  return /\b(?:huyen|xa|phuong|thi tran|quan)\b/.test(clause) ? undefined : 'province';
}

/** "… TTHC chưa được cung cấp / thực hiện …": the procedures lacking what the sentence counts. */
export const NOT_YET = /^[^;,.\d]{0,30}?\b(?:chua|khong) (?:duoc |the )?(?:cung cap|thuc hien|trien khai|dua|tich hop|dap ung|du dieu kien)\b/;
/**
 * "… TTHC đủ điều kiện cung cấp DVCTT toàn trình": the procedures that qualify to be offered, not those offered ("đủ điều kiện
 * được / đã được cung cấp" are offered). Read on the subject's words or right after the counted noun.
 */
export const ELIGIBLE = /^[^;,.\d]{0,30}?\bdu dieu kien (?:de )?(?:cung cap|thuc hien|trien khai)\b/;
/**
 * Right after the counted noun, the procedures picked by their use: "DVCTT phát sinh hồ sơ", "15 TTHC phát sinh trên
 * 1.000 hồ sơ/năm", "TTHC không phát sinh hồ sơ", "… có số lượng hồ sơ lớn" — a trait of some procedures, none of the set or of the offer.
 */
// ("37 DVC mức độ 3, 4 phát sinh hồ sơ": the level of the services may stand between.)
// ("57 TTHC trực tuyến toàn trình không phát sinh hồ sơ": and the word of the offer before its level.)
export const IN_USE = /^(?:\s*truc tuyen)?(?:\s*(?:muc(?: do)?|toan trinh|mot phan)(?:\s*[34])?(?:\s*(?:,|va)\s*(?:muc(?: do)?\s*)?[34])*)?[^;,.\d]{0,20}?\b(?:co |khong |chua )?(?:phat sinh|co (?:so )?(?:luong )?ho so)\b/;
/** Nouns that make the figure something else (dossiers, percentages of dossiers). */
export const OTHER_NOUN = /^\s*(?:ho so|hs|luot|%)/;

/** "phê duyệt danh mục", "ban hành danh mục": a list of procedures approved, right before its count. */
export const LIST_APPROVED = /\b(?:phe duyet|ban hanh|cong khai)\s+danh muc\s*$/;

/**
 * Right after a part's noun: a verb that makes it a subset handled some way, not a kind of procedure ("08 TTHC thực hiện
 * theo cơ chế một cửa liên thông": the ones run jointly with other bodies).
 */
export const SUBSET_AFTER = /^\s*(?:(?:da |duoc |da duoc |dang |thuc hien )*)(?:tiep nhan|tra ket qua|chuyen|niem yet|tich hop|ket noi|thanh toan|cat giam|don gian hoa|ra soat|lien thong|theo co che (?:mot cua )?lien thong|(?:qua )?(?:dich vu )?(?:buu chinh|bcci)|phan cap|uy quyen)\b/;

/** Two different tiers named together before a figure, as its subject or its label ("của cấp huyện, cấp xã là", "cấp tỉnh và cấp huyện:"). */
export const MIXED_TIERS = /\bcap (tinh|huyen|xa)\b[^;:\d]{0,12}?(?:,|\bva\b|\/)\s*(?:cap )?(?!\1\b)(?:tinh|huyen|xa)\b(?:[^;:\d]*|\s*:\s*)$/;
