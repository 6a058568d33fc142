import { labelOpening } from '../lead-in.ts';

// The wordings that route a procedure figure: verb cues to its left, the subject that counts procedures, and what
// a publication does to a procedure (new, amended, abolished) written after the noun or as a part's label.

/** What a procedure figure may count (the share online is procedure-online-rate's). */
export type Metric = 'procedure.total' | 'procedure.online' | 'procedure.published' | 'procedure.amended' | 'procedure.abolished';

/** Verb cues to the figure's left, nearest wins (longer wordings first). */
export const CUES: readonly (readonly [string, string])[] = [
  // ("đề xuất đơn giản hóa 14 TTHC": a simplification proposed is an amendment proposed; one done, or a plan's, is skipped.)
  // ("kiến nghị Trung ương đơn giản hóa 28 TTHC", "đề nghị Bộ Tài chính đơn giản hóa …": the body it is put to may stand between.)
  // ("đề nghị bãi bỏ 02 TTHC và đơn giản hóa 03 TTHC": a simplification coordinated after another proposal is proposed with it.)
  ['amended', String.raw`sua doi,? bo sung|sua doi|thay the|dieu chinh|(?:de xuat|de nghi|kien nghi)(?: (?:voi |len )?(?:cac )?(?:bo|chinh phu|thu tuong|trung uong|ubnd|hdnd|cap co tham quyen|co quan co tham quyen)(?: [a-z]+){0,4}?)?(?: phuong an)? don gian hoa|(?:de xuat|de nghi|kien nghi)\b[^;.]{0,80}?(?:,|\bva) (?:phuong an )?don gian hoa`],
  ['abolished', String.raw`bai bo|huy bo|loai bo`],
  // ("công bố lại HTQLCL đối với 312 TTHC": the quality system announced again, no procedure published.)
  ['skip', String.raw`cong bo(?: lai| moi)? (?:htqlcl|he thong|iso)`],
  ['published', String.raw`cong bo(?:,? (?:va )?cong khai)?(?: moi)?|moi ban hanh|ban hanh moi|(?:tthc|thu tuc) moi(?= *:)|bo sung|(?:kem theo )?quyet dinh nay`],
  // ("thực hiện cơ chế một cửa đối với 45 TTHC": "hiện có" is no part of "thực hiện cơ chế".)
  // ("…; danh mục 1.520 TTHC được niêm yết tại Trung tâm": a clause opening on the list right before its count states the set;
  // "công bố danh mục 45 TTHC …" is the publication's.)
  ['total', String.raw`(?:^|[;:]|\bva)\W*danh muc(?=\s*$)|(?:bo|danh muc) (?:tthc|thu tuc hanh chinh|thu tuc)\b(?:(?!moi ban hanh|(?:duoc |da )?sua doi|bi bai bo|cong bo moi)[^;.:])*?\bgom|tong so|tong cong|hien(?<!thuc hien) (?:dang )?co(?! che\b)|(?:hien )?dang thuc hien(?: (?:tiep nhan(?:,| va) )?giai quyet(?=\s*(?:(?:hon|tren|gan|khoang|tong cong)\s*)?$))?|thuc hien (?:tiep nhan(?:,| va) )?giai quyet(?=\s*(?:(?:hon|tren|gan|khoang|tong cong)\s*)?$)|tong|(?:(?:dang|hien dang) (?:tiep nhan|giai quyet|quan ly|ap dung)|(?:da )?tiep nhan|ap dung)(?=\s*(?:(?:hon|tren|gan|khoang|tong cong)\s*)?$)|thuc hien(?=\s*(?:(?:hon|tren|gan|khoang|tong cong)\s*)?$)`],
  ['breakdown', String.raw`bao gom|gom|trong do|cu the|chia ra`],
  ['provide', String.raw`cung cap|trien khai`],
  // ("…; thực thi phương án phân cấp 12 TTHC": procedures decentralised or delegated are no amendment of the clause before.)
  ['skip', String.raw`ra soat|danh gia|don gian hoa|chuyen|kiem soat|cat giam|xay dung|phe duyet|thong qua|tich hop|dong bo|ket noi|phan cap|uy quyen`],
  ['handle', String.raw`tiep nhan|giai quyet|tra ket qua|niem yet|cong khai`],
];
/** The cues of a publication decision (and the ISO publication that is none). */
export const PUBLICATION_CUES = CUES.filter(([label], i) => label === 'amended' || label === 'abolished' || label === 'published' || i === 2);

/** A level of government as a label, the urban names too: "cấp tỉnh", "cấp huyện", "cấp quận", "cấp xã", "cấp phường". */
export const TIER_LABEL = String.raw`cap (?:tinh|huyen|xa|thi xa|thanh pho|quan(?! ly)|phuong)`;

/**
 * "… đã tăng lên 126", "… tăng từ 89 lên 126", "… giảm xuống còn 40": the figure a count has come to is its value now
 * (CONTRACT §3: in "từ X lên Y" the record is Y).
 */
const RISEN_TO = String.raw`\b(?:tang|giam|nang)(?: tu \d[\d.,]*(?: [a-z]+){0,3})? (?:len|xuong)(?: con)?`;

/**
 * "(Tổng) số TTHC … là N (TTHC)": a subject that counts procedures, then the copula.
 * ("Các TTHC cấp tỉnh thực hiện trực tuyến: 1.128/1.404 TTHC": a clause opening on "Các TTHC …" labels its figure too, and
 * "Năm 2021, DVC mức độ 3, 4 của tỉnh là 1.520 dịch vụ" a clause opening on the online services.)
 */
export const SUBJECT = new RegExp(
  String.raw`(?:(?:\b(?:tong so|so luong|so)|(?:^|;)\W*cac)\s+|(?:^|[;,])\W*(?=(?:dvctt|dvc|dich vu cong truc tuyen)\b))(?:tthc|thu tuc hanh chinh|thu tuc|dich vu cong truc tuyen|dich vu cong|dvctt|dvc)\b([^;]*?)(?:\b(?:la|gom|co)|:|${RISEN_TO})\s*(?:${TIER_LABEL}\s*(?::|\bla\b)?\s*)?(?:(?:hon|tren|gan|khoang)\s*)?$`,
);

/** What a publication does to a procedure, a group per metric of RIGHT_METRIC: new, amended, abolished. */
// ("02 TTHC được bổ sung mới vào Bộ TTHC": added to the set is new, not amended.)
export const CHANGE_GROUPS = String.raw`(?:(moi ban hanh|ban hanh moi|cong bo moi|bo sung moi|bo sung vao|moi)|(sua doi(?:,? bo sung)?|thay the|dieu chinh)|(bai bo|huy bo))`;
/** "15 TTHC mới ban hành", "20 TTHC được sửa đổi, bổ sung", "5 TTHC bị bãi bỏ": the verb after the noun. */
// ("10 TTHC được Bộ, ngành trung ương sửa đổi theo kiến nghị": the body that made the change may stand between.)
export const RIGHT_VERB = new RegExp(
  String.raw`^\s*(?:hanh chinh\s+)?(?:\([^)]*\)\s*)?(?:(?:da )?(?:duoc|bi)\s+(?:(?:cac )?(?:bo|nganh|chinh phu|thu tuong|trung uong|ubnd|uy ban nhan dan|chu tich|hdnd)\b[a-z ,]{0,40}?\s+(?=(?:da\s+)?(?:sua doi|thay the|bai bo|huy bo|cong bo|dieu chinh)\b)(?:da\s+)?)?)?${CHANGE_GROUPS}\b`,
);
/** "…, trong đó: TTHC mới ban hành 11, TTHC sửa đổi, bổ sung 27, TTHC bị bãi bỏ 08": the noun and its verb label a bare figure. */
export const LABEL_VERB = new RegExp(String.raw`\b(?:tthc|thu tuc(?: hanh chinh)?)\s+(?:(?:da )?(?:duoc|bi)\s+)?${CHANGE_GROUPS}\s*(?::|\bla\b)?\s*$`);
/**
 * A change verb right before a bare figure, opening its clause: "…: công bố 14, bãi bỏ 02" (groups as CHANGE_GROUPS: published,
 * amended, abolished).
 */
export const BARE_CHANGE = /(?:^|[:;,]|\bva)\s*(?:da\s+)?(?:(cong bo(?: moi)?|moi ban hanh|ban hanh moi|bo sung moi)|(sua doi(?:,? bo sung)?|thay the|dieu chinh)|(bai bo|huy bo))\s*(?::|\bla\b)?\s*$/;
/** A sentence opening on a label that names procedures: "Thủ tục hành chính: …", "Về kiểm soát TTHC: …". */
export const PROCEDURE_LABEL_OPENING = labelOpening('kiem soat|cong bo|cong khai|ra soat', 'tthc|thu tuc hanh chinh');
/** "(trình Chủ tịch UBND tỉnh) ban hành 27 Quyết định công bố …": decisions counted as issued, so their procedures are published. */
export const DECISIONS_ISSUED = /\b(?:ban hanh|ky)\s+\d+\s+quyet dinh cong bo\b/;
const RIGHT_METRIC: Metric[] = ['procedure.published', 'procedure.amended', 'procedure.abolished'];
/** "TTHC mới ban hành, sửa đổi, bổ sung (": new and changed procedures named together, their count in the bracket after. */
export const JOINT_CHANGES = /\b(?:moi ban hanh|ban hanh moi|moi)\s*(?:,|va)\s*(?:sua doi(?:,? bo sung)?|thay the|bai bo)[^;()\d]*\(\s*$/;
/** "không có TTHC nào bị bãi bỏ / được công bố" after a stated zero: what the publication did none of, a group per metric. */
export const ZERO_CHANGE = /^\s*(?:tthc|thu tuc(?: hanh chinh)?)\s+nao\s+(?:(?:da )?(?:duoc|bi)\s+)?(?:(cong bo(?: moi)?|moi ban hanh|ban hanh moi)|(sua doi(?:,? bo sung)?|thay the)|(bai bo|huy bo))\b/;
/** "(mới ban hành: 10, sửa đổi, bổ sung: 20, bãi bỏ: 8)": a labelled part in a bracket, the noun left to the figure before it. */
export const BRACKET_LABEL = new RegExp(String.raw`(?:^|[,;]|\bva)\s*${CHANGE_GROUPS}\s*(?::|la)?\s*$`);

/** The metric a match of CHANGE_GROUPS names: the first group that took part. */
export function changeMetric(groups: RegExpExecArray): Metric | undefined {
  return RIGHT_METRIC[groups.slice(1).findIndex((g) => g !== undefined)];
}

/**
 * Agency names holding a cue word ("Sở Xây dựng", "Phòng Quản lý đô thị"): the word names the body, not what is done; the
 * same in a field's name ("… sửa đổi trong lĩnh vực Xây dựng, bao gồm: …").
 */
export const AGENCY_CUE_WORDS = /\b(?:so|bo|phong|nganh|thanh tra|linh vuc) xay dung\b/g;

/** "một cửa, một cửa liên thông": both ways of handling named together, no subset. */
export const BOTH_MECHANISMS = /\bmot cua(?:,| va) mot cua lien thong\b/g;
