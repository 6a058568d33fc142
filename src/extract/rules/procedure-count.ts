import type { Level } from '../dimensions/level.ts';
import { levelsIn } from '../dimensions/level-spans.ts';
import { fieldBefore, fieldIn } from '../dimensions/field.ts';
import type { NumberMention } from '../../text/numbers.ts';
import { foldedBefore, headingLabel, inParens, lastCue, lastSentence, maskClosedParens, NOUN, nounAfter, tierOf, withoutSpelledOut, type Tier } from '../figure-context.ts';
import { fold } from '../../text/normalize.ts';
import { ITEM_MARKER, labelOnly, leadInFigure } from '../lead-in.ts';
import { defineRule, type LeadIn, type RuleContext } from '../rule.ts';

/** Verb cues to the figure's left, nearest wins (longer wordings first). */
const CUES: readonly (readonly [string, string])[] = [
  ['amended', String.raw`sua doi,? bo sung|sua doi|thay the|dieu chinh`],
  ['abolished', String.raw`bai bo|huy bo|loai bo`],
  ['skip', String.raw`cong bo (?:htqlcl|he thong|iso)`],
  ['published', String.raw`cong bo(?:,? (?:va )?cong khai)?(?: moi)?|moi ban hanh|ban hanh moi|(?:tthc|thu tuc) moi(?= *:)|bo sung|(?:kem theo )?quyet dinh nay`],
  ['total', String.raw`(?:bo|danh muc) (?:tthc|thu tuc hanh chinh|thu tuc)\b[^;.:]*?\bgom|tong so|tong cong|hien (?:dang )?co|(?:hien )?dang thuc hien(?: (?:tiep nhan(?:,| va) )?giai quyet(?=\s*(?:(?:hon|tren|gan|khoang|tong cong)\s*)?$))?|tong|(?:(?:dang|hien dang) (?:tiep nhan|giai quyet|quan ly)|(?:da )?tiep nhan)(?=\s*(?:(?:hon|tren|gan|khoang|tong cong)\s*)?$)|thuc hien(?=\s*(?:(?:hon|tren|gan|khoang|tong cong)\s*)?$)`],
  ['breakdown', String.raw`bao gom|gom|trong do|cu the|chia ra`],
  ['provide', String.raw`cung cap|trien khai`],
  ['skip', String.raw`ra soat|danh gia|don gian hoa|chuyen|kiem soat|cat giam|xay dung|phe duyet|thong qua|tich hop|dong bo|ket noi`],
  ['handle', String.raw`tiep nhan|giai quyet|tra ket qua|niem yet|cong khai`],
];
/** The cues of a publication decision (and the ISO publication that is none). */
const PUBLICATION_CUES = CUES.filter(([label], i) => label === 'amended' || label === 'abolished' || label === 'published' || i === 2);
/** "(Tổng) số TTHC … là N (TTHC)": a subject that counts procedures, then the copula. */
/**
 * ("Các TTHC cấp tỉnh thực hiện trực tuyến: 1.128/1.404 TTHC": a clause opening on "Các TTHC …" labels its figure too, and
 * "Năm 2021, DVC mức độ 3, 4 của tỉnh là 1.520 dịch vụ" a clause opening on the online services.)
 */
const SUBJECT =
  /(?:(?:\b(?:tong so|so luong|so)|(?:^|;)\W*cac)\s+|(?:^|[;,])\W*(?=(?:dvctt|dvc|dich vu cong truc tuyen)\b))(?:tthc|thu tuc hanh chinh|thu tuc|dich vu cong truc tuyen|dich vu cong|dvctt|dvc)\b([^;]*?)(?:\b(?:la|gom|co)|:)\s*(?:cap (?:tinh|huyen|xa)\s*(?::|\bla\b)?\s*)?(?:(?:hon|tren|gan|khoang)\s*)?$/;
/** What a publication does to a procedure, a group per metric of RIGHT_METRIC: new, amended, abolished. */
// ("02 TTHC được bổ sung mới vào Bộ TTHC": added to the set is new, not amended.)
const CHANGE_GROUPS = String.raw`(?:(moi ban hanh|ban hanh moi|cong bo moi|bo sung moi|bo sung vao|moi)|(sua doi(?:,? bo sung)?|thay the|dieu chinh)|(bai bo|huy bo))`;
/** "15 TTHC mới ban hành", "20 TTHC được sửa đổi, bổ sung", "5 TTHC bị bãi bỏ": the verb after the noun. */
const RIGHT_VERB = new RegExp(String.raw`^\s*(?:hanh chinh\s+)?(?:\([^)]*\)\s*)?(?:(?:da )?(?:duoc|bi)\s+)?${CHANGE_GROUPS}\b`);
/** "…, trong đó: TTHC mới ban hành 11, TTHC sửa đổi, bổ sung 27, TTHC bị bãi bỏ 08": the noun and its verb label a bare figure. */
const LABEL_VERB = new RegExp(String.raw`\b(?:tthc|thu tuc(?: hanh chinh)?)\s+(?:(?:da )?(?:duoc|bi)\s+)?${CHANGE_GROUPS}\s*(?::|\bla\b)?\s*$`);
/** "(trình Chủ tịch UBND tỉnh) ban hành 27 Quyết định công bố …": decisions counted as issued, so their procedures are published. */
const DECISIONS_ISSUED = /\b(?:ban hanh|ky)\s+\d+\s+quyet dinh cong bo\b/;
const RIGHT_METRIC: Metric[] = ['procedure.published', 'procedure.amended', 'procedure.abolished'];
/** "(mới ban hành: 10, sửa đổi, bổ sung: 20, bãi bỏ: 8)": a labelled part in a bracket, the noun left to the figure before it. */
const BRACKET_LABEL = new RegExp(String.raw`(?:^|[,;]|\bva)\s*${CHANGE_GROUPS}\s*(?::|la)?\s*$`);
/** "(tỉnh) có 1.950 TTHC": an existential count is the set of procedures. */
const HAVE = /\bco\s*(?:(?:hon|tren|gan|khoang|tong cong)\s*)?$/;
/** "… TTHC thuộc thẩm quyền giải quyết của Sở": the agency's own set. */
const OWN_SCOPE = /^\s*(?:hanh chinh\s+)?(?:\([^)]*\)\s*)?thuoc (?:tham quyen|pham vi)/;
/** What a clause does with a set of procedures that makes it a subset, not the set: review, transfer, post. */
const SUBSET_VERB = /\b(?:ra soat|danh gia|chuyen|bcci|buu chinh|buu dien|don gian hoa|dua vao|tiep nhan|tra ket qua|dang ky|cat giam|niem yet|tich hop|ket noi|dong bo|thanh toan|quy trinh noi bo|quy trinh dien tu|phe duyet quy trinh)\b/;

/** The metric of a labelled part in the bracket right after the figure it breaks down (which ends at `priorEnd`). */
function bracketLabel(f: string, n: NumberMention, priorEnd: number): Metric | undefined {
  if (!inParens(f, n.start) || !/^\s*(?:[,;)]|va\b)/.test(f.slice(n.end))) return undefined;
  const open = f.lastIndexOf('(', n.start);
  // ("… 402 TTHC được công bố (mới ban hành 117, …)": a short verb phrase may stand between.)
  if (open < priorEnd || !/^\s*(?:tthc|thu tuc(?: hanh chinh)?)?(?:\s+(?:da |duoc |da duoc )(?:cong bo|cong khai|ban hanh)(?:,? cong khai)?)?\s*$/.test(f.slice(priorEnd, open))) return undefined;
  const label = BRACKET_LABEL.exec(f.slice(open + 1, n.start));
  return label ? RIGHT_METRIC[label.slice(1).findIndex((g) => g !== undefined)] : undefined;
}

/** "(tỉnh) có 1.950 TTHC", "… TTHC thuộc thẩm quyền giải quyết của Sở": the whole set, not a subset of it. */
function existential(f: string, n: NumberMention, masked: string, nounEnd: number): boolean {
  if (n.denominator !== undefined) return false;
  if (!HAVE.test(masked) && !OWN_SCOPE.test(f.slice(nounEnd))) return false;
  const rest = f.slice(nounEnd);
  const stop = rest.search(/;|\.(?!\d)/);
  return !SUBSET_VERB.test(stop < 0 ? rest : rest.slice(0, stop));
}

/**
 * "số TTHC … của 17 sở, ban, ngành … là 1.439 TTHC": the procedures of the provincial departments are
 * the province tier (none when the clause adds districts or communes).
 */
function ownedByDepartments(clause: string): Tier | undefined {
  if (!/\b(?:tthc|thu tuc)\b[^;]*?\b(?:cua|thuoc) (?:\d+ )?(?:cac )?so,? (?:ban,? )?nganh\b/.test(clause)) return undefined;
  return /\b(?:huyen|xa|phuong|thi tran|quan)\b/.test(clause) ? undefined : 'province';
}

/** "lĩnh vực X" right after the noun: the field. */
/** ("05 TTHC nội bộ trong lĩnh vực Nội vụ": a kind of procedure may stand between.) */
const FIELD = /^\s*(?:hanh chinh\s+)?(?:noi bo\s+)?(?:\([^)]*\)\s*)?(?:thuoc\s+|trong\s+)?linh vuc\s+/;
const FIELD_STOP = /\s+(?:thuoc|cua|tai(?! viet nam| nuoc ngoai)|tren|theo|duoc|da|cho|de|trong|nham|sang|thuc hien|ap dung|giai quyet|tiep nhan|khong (?:con|phu hop|can thiet|dam bao|duoc|co)|con (?:phu hop|hieu luc))\b|\s+va\s+(?=\d|[^,;.()\d]{0,40}\d)|[,;.()]|$/;
/** After a comma, the rest of one field's name ("thi đua, khen thưởng"), ending the clause or before the next figure. */
const NAME_AFTER_COMMA = /^,\s*([a-z]+(?: [a-z]+){0,2})(?=\s*(?:$|[;.)]|\s+va\s+\d|\s+va\s+(?:cac )?(?:tthc|thu tuc)))/;
/** ", Thương binh và Xã hội": after a comma, the rest of a sector's name written in title case, ending the clause. */
const TITLED_TAIL = /^,\s*(\p{Lu}\p{Ll}*(?: \p{Ll}+){0,2}(?: và \p{Lu}\p{Ll}*(?: \p{Ll}+){0,2})?)(?=\s*(?:$|[;.)]))/u;
function titledName(text: string, at: number): RegExpExecArray | null {
  return TITLED_TAIL.exec(text.slice(at));
}
/** "… TTHC chưa được cung cấp / thực hiện …": the procedures lacking what the sentence counts. */
const NOT_YET = /^[^;,.\d]{0,30}?\b(?:chua|khong) (?:duoc |the )?(?:cung cap|thuc hien|trien khai|dua|tich hop|dap ung|du dieu kien)\b/;
/** Nouns that make the figure something else (dossiers, percentages of dossiers). */
const OTHER_NOUN = /^\s*(?:ho so|hs|luot|%)/;

type Metric = 'procedure.total' | 'procedure.online' | 'procedure.published' | 'procedure.amended' | 'procedure.abolished';

/** The field named right after the counted noun, as written; none for a list of fields. */
function fieldAfter(text: string, folded: string, nounEnd: number): string | undefined {
  const from = nounEnd + (RIGHT_VERB.exec(folded.slice(nounEnd))?.[0].length ?? 0);
  const m = FIELD.exec(folded.slice(from));
  if (!m) return undefined;
  const start = from + m[0].length;
  const stop = FIELD_STOP.exec(folded.slice(start));
  let end = start + (stop?.index ?? 0);
  // "… lĩnh vực thi đua, khen thưởng và 03 TTHC …": a comma inside one name (two single fields are a list).
  const more = folded[end] === ',' ? (NAME_AFTER_COMMA.exec(folded.slice(end)) ?? titledName(text, end)) : null;
  if (more && !(SINGLE_FIELD_WORDS.test(folded.slice(start, end).trim()) && SINGLE_FIELD_WORDS.test(more[1]!))) end += more[0].length;
  const field = text.slice(start, end).trim();
  if (!field || /,/.test(folded.slice(start, end)) && !more) return undefined;
  return field;
}

/**
 * "…; lĩnh vực sở hữu trí tuệ 12 TTHC", "lĩnh vực thể dục, thể thao 21 TTHC", "Số TTHC lĩnh vực đất đai …: 18": a field
 * named before the figure in its own stretch — not the field written after an earlier figure's noun
 * ("07 TTHC sửa đổi lĩnh vực Hộ tịch và 02 TTHC …").
 */
function fieldBeforeFigure(ctx: RuleContext, f: string, n: NumberMention): string | undefined {
  // (A colon ends a breakdown's lead-in, "trong đó: lĩnh vực A 35 TTHC", unless the field is in the label before it.)
  const colon = f.lastIndexOf(':', n.start - 1);
  const clauseFrom = Math.max(f.lastIndexOf(';', n.start), colon >= 0 && f.includes('linh vuc', colon) ? colon : -1) + 1;
  const prev = ctx.numbers.filter((m) => m.end <= n.start && m.end > clauseFrom).at(-1);
  const stretch = f.slice(prev?.end ?? clauseFrom, n.start);
  const at = stretch.lastIndexOf('linh vuc');
  // ("37 TTHC …, trong đó lĩnh vực A 12 TTHC, lĩnh vực B 25 TTHC": after the earlier noun's phrase has closed — a comma
  // or a breakdown's cue — the field opens the next figure's own stretch.)
  const head = stretch.slice(0, at);
  if (at < 0 || (prev && /\b(?:tthc|thu tuc|dich vu)\b/.test(head) && !FIELD_OPENS_PART.test(head))) return undefined;
  return fieldBefore(ctx.text, f, n.start) ?? fieldIn(ctx.text, f, (prev?.end ?? clauseFrom) + at, n.start);
}

/** The end of a stretch before "lĩnh vực" that closes the phrase of the figure before: ", ", "; ", ", trong đó ", "gồm: ". */
const FIELD_OPENS_PART = /(?:[,;:]|\b(?:trong do|bao gom|gom|cu the|chia ra)\b)[\s,:]*$/;

/** "Trong lĩnh vực Tài nguyên nước, …": a field opening the sentence as its scope, for every figure after it. Group 1: the name. */
const FRONTED_FIELD = /^\W*(?:trong|doi voi|ve|thuoc|o|tai) linh vuc ([^,;:\d]{2,60}),/;

/** Fields usually named alone: two of them around a comma are a list, not one name. */
const SINGLE_FIELD_WORDS = /^(?:dat dai|ho tich|chung thuc|xay dung|giao thong|giao duc|y te|tu phap|moi truong|nong nghiep|tai chinh|thuong mai|dau tu|lao dong|van hoa|du lich|the thao)$/;

/**
 * The online level that qualifies the figure: in its own noun phrase (before the next figure), else
 * written before it (after its cue, with no other figure between), else closing the series on its right.
 */
/** "… 86 TTHC được cung cấp dịch vụ công trực tuyến": the part offered online, in its own phrase. */
const OFFERED_ONLINE = /^(?:(?!thanh toan)[^;(\d]){0,40}?\b(?:cung cap|thuc hien|trien khai)\b(?:(?!thanh toan)[^;(\d]){0,30}?\b(?:truc tuyen|dvctt)\b/;
/** A sentence that counts procedures offered online ("… có 1.560 TTHC được cung cấp dịch vụ công trực tuyến."). */
const OFFER_BEFORE = /\d[\d.]*\s*(?:tthc|thu tuc(?: hanh chinh)?)\s+(?:da |duoc |da duoc )*(?:cung cap|thuc hien)\s+(?:(?:dich vu cong |dvc )?truc tuyen|dvctt)\b/;
/**
 * A subject counting online services: "Số DVCTT …", "Số TTHC cung cấp trực tuyến …", "Số TTHC cung cấp trên Cổng DVC …" —
 * not "Tổng số TTHC được công khai trên Cổng Dịch vụ công quốc gia", procedures disclosed there (a portal's name is no
 * online service by itself).
 */
function onlineSubject(words: string): boolean {
  const rest = words.replace(PORTAL, ' ');
  return /\b(?:truc tuyen|dvctt|dvc|dich vu cong)\b/.test(rest) || (rest !== words && /\b(?:cung cap|trien khai)\b/.test(words));
}

/** Agency names holding a cue word ("Sở Xây dựng", "Phòng Quản lý đô thị"): the word names the body, not what is done. */
const AGENCY_CUE_WORDS = /\b(?:so|bo|phong|nganh|thanh tra) xay dung\b/g;

/** "một cửa, một cửa liên thông": both ways of handling named together, no subset. */
const BOTH_MECHANISMS = /\bmot cua(?:,| va) mot cua lien thong\b/g;

/** "phê duyệt danh mục", "ban hành danh mục": a list of procedures approved, right before its count. */
const LIST_APPROVED = /\b(?:phe duyet|ban hanh|cong khai)\s+danh muc\s*$/;
/** Online service named somewhere in the sentence (the portal, a level). */
const ONLINE_WORDS = /\b(?:truc tuyen|dvctt|toan trinh|mot phan|muc do [34]|cong dich vu cong|cong dvc)\b/;
/** Right after a part's noun: offered at the counter ("… cung cấp trực tiếp", "thực hiện trực tiếp"), not online. */
const DIRECT_ONLY = /^[^;\d]{0,40}?\btruc tiep\b/;
/** Right after a part's noun: a verb that makes it a subset handled some way, not a kind of procedure. */
const SUBSET_AFTER = /^\s*(?:(?:da |duoc |da duoc |dang |thuc hien )*)(?:tiep nhan|tra ket qua|chuyen|niem yet|tich hop|ket noi|thanh toan|cat giam|don gian hoa|ra soat|lien thong|(?:qua )?(?:dich vu )?(?:buu chinh|bcci)|phan cap|uy quyen)\b/;
/** "97% TTHC được cung cấp trực tuyến (": a share of procedures offered online, a bracket opening after it. Group 1: its clause. */
const SHARE_OFFERED = /\d\s*%\s*((?:cac |so )?(?:tthc|thu tuc(?: hanh chinh)?|dich vu cong)\b[^();%\d]{0,60}?\b(truc tuyen|dvctt|toan trinh|mot phan)\b[^();%\d]{0,20}?)\(\s*$/;
/** "100% TTHC cấp xã (": a share of procedures, the offer to follow the bracket. Group 1: its clause. */
const SHARE_OF = /\d\s*%\s*((?:cac |so )?(?:tthc|thu tuc(?: hanh chinh)?)\b[^();%\d]{0,30}?)\(\s*$/;
/** "…) được cung cấp trực tuyến (toàn trình)". */
const OFFERED_AFTER_BRACKET = /^\s*(?:da |duoc |da duoc )*(?:cung cap|thuc hien)\s+(?:(?:dich vu cong |dvc )?truc tuyen|dvctt)\b/;
/** An item that opens with a tier label and nothing else: "- Cấp tỉnh: 1.542 …". */
/** A lead-in naming the procedures under an authority: "Số TTHC thuộc thẩm quyền giải quyết của tỉnh:". */
const LEAD_TOTAL = /\b(?:tong so|so luong|so) (?:tthc|thu tuc hanh chinh|thu tuc)\b[^:;.\d]*\bthuoc (?:tham quyen|pham vi)[^:;.\d]*:?\s*$/;
/** A lead-in naming the procedures carried out somewhere: "Số TTHC thực hiện tại Bộ phận Một cửa các cơ quan:". */
const LEAD_DONE_AT = /\b(?:tong so|so luong|so) (?:tthc|thu tuc hanh chinh|thu tuc)\s+(?:dang )?(?:thuc hien|ap dung) (?:tai|o|tren)\b[^:;.\d]*:\s*$/;
const TIER_ITEM = new RegExp(String.raw`${ITEM_MARKER}cap (?:tinh|huyen|xa)\s*(?::|\bla\b)?\s*$`);
/** A procedure figure an item may break down (a share of procedures online is none). */
/** "Lĩnh vực Hoạt động xây dựng:" ending an item's label: a field's name, whose words ("xây dựng") are no verb. */
const FIELD_LABEL = /\blinh vuc\b[^:;]*:?\s*$/;
/** An item's label naming a subset by what is done with it ("Thực hiện liên thông:", "Tiếp nhận qua BCCI:"). */
const LABEL_SUBSET = new RegExp(String.raw`${SUBSET_VERB.source}|\blien thong\b`);
/** "Số TTHC được công bố mới trong kỳ gồm:": a lead-in label counting procedures, with no figure of its own. */
const LEAD_LABEL = /\b(?:tong so|so luong|so) (?:tthc|thu tuc hanh chinh|thu tuc)\b[^:;.\d]*(?::|\b(?:gom|bao gom|nhu sau)\s*:?)\s*$/;

/** What the items of a figureless lead-in count: its publication verb, or the procedures under an authority. */
function leadLabel(leadIn: LeadIn | null): { metric: Metric; dimensions?: undefined } | undefined {
  if (leadIn === null || leadIn.emissions.length > 0 || !LEAD_LABEL.test(leadIn.folded)) return undefined;
  const verb = lastCue(leadIn.folded, PUBLICATION_CUES);
  if (verb && (verb.label === 'published' || verb.label === 'amended' || verb.label === 'abolished')) return { metric: `procedure.${verb.label}` };
  // ("Số TTHC thực hiện tại Bộ phận Một cửa các cơ quan:" then "- Sở Tư pháp: 142 TTHC;": the set each body handles.)
  return LEAD_TOTAL.test(leadIn.folded) || (LEAD_DONE_AT.test(leadIn.folded) && !LABEL_SUBSET.test(leadIn.folded)) ? { metric: 'procedure.total' } : undefined;
}

/** Two different tiers named together before a figure, as its subject or its label ("của cấp huyện, cấp xã là", "cấp tỉnh và cấp huyện:"). */
const MIXED_TIERS = /\bcap (tinh|huyen|xa)\b[^;:\d]{0,12}?(?:,|\bva\b|\/)\s*(?:cap )?(?!\1\b)(?:tinh|huyen|xa)\b(?:[^;:\d]*|\s*:\s*)$/;
/** "Các lĩnh vực khác:", "lĩnh vực còn lại:": the rest, no field. */
const OTHER_FIELDS = /^(?:|khác|còn lại)$/iu;
const countOfProcedures = (metric: string): boolean => metric.startsWith('procedure.') && metric !== 'procedure.online_rate';
/** A portal named as the way dossiers came ("qua Cổng DVC", "trên Cổng Dịch vụ công quốc gia"), folded. */
const PORTAL = /\b(?:qua|tren|tai|tu) (?:cong|trang|he thong)(?: thong tin)? (?:dich vu cong|dvc)(?: (?:quoc gia|cua tinh|tinh))?/g;

/** What follows a level phrase that labels the figure after it ("toàn trình 41", "mức độ 4 là 60"). */
const LEVEL_LABEL = /^\s*(?:la|co|:|dat|gom)?\s*(?:(?:hon|tren|gan|khoang)\s*)?\d/;

function levelFor(folded: string, n: { start: number; end: number }, cueEnd: number, next: number): Level | 'low' | undefined {
  const hits = levelsIn(folded);
  const i = folded.slice(n.end).search(/;|\.(?!\d)|\b(?:trong do|bao gom|gom|cu the)\b/);
  const clauseEnd = i < 0 ? folded.length : n.end + i;
  // "98 TTHC trực tuyến (toàn trình 41, một phần 57)": a level written as the label of a later figure is that figure's.
  // ("56 TTHC (100% TTHC trực tuyến toàn trình)": a level inside a bracket that states a figure of its own is that figure's.)
  const right = hits.filter(
    (h) => h.index >= n.end && h.index < clauseEnd && !LEVEL_LABEL.test(folded.slice(h.end, h.end + 16)) && !/\([^)]*\d/.test(folded.slice(n.end, h.index)),
  );
  const own = right.find((h) => h.index < next);
  // ("Số DVCTT mức độ 4 (toàn trình): 1.086": a level glossed in a bracket is the level written before the bracket.)
  const masked = maskClosedParens(folded, n.start);
  // ("582 TTHC cung cấp DVCTT một phần, 156 TTHC cung cấp thông tin": a level in the phrase of the figure before, with no
  // comma between, is that figure's.)
  const priorDigit = folded.slice(0, n.start).search(/\d\D*$/);
  const ofPrior = (h: { index: number }) => priorDigit >= 0 && h.index > priorDigit && !/[,;:(]/.test(folded.slice(priorDigit, h.index));
  const left = hits
    .filter((h) => h.end <= n.start && h.index >= cueEnd && masked[h.index] !== ' ' && !/[;.]|\d/.test(masked.slice(h.end, n.start)) && !ofPrior(h))
    .at(-1);
  const label = left && /^\s*(?:la|co|:|dat|gom)?\s*(?:(?:hon|tren|gan|khoang)\s*)?$/.test(folded.slice(left.end, n.start));
  return (label ? left : own ?? left ?? right[0])?.level;
}

export default defineRule({
  id: 'procedure-count',
  description:
    'Counts of procedures ("N TTHC / thủ tục / dịch vụ công"), routed by the nearest verb to the left: công bố → published, ' +
    'sửa đổi, bổ sung → amended, bãi bỏ → abolished (proposed after "đề nghị"), bộ TTHC gồm / tổng số / hiện có → total; ' +
    'with an online level (mức độ 3/4, toàn trình, một phần) → online.',
  examples: {
    valid: [
      {
        text: 'Hiện nay, Sở đang cung cấp bộ TTHC gồm 96 TTHC trên Cổng Dịch vụ công trực tuyến của tỉnh.',
        records: [{ metric: 'procedure.total', value: 96 }],
      },
      {
        before: 'Số thủ tục hành chính thuộc thẩm quyền giải quyết của các cấp:',
        text: '- Cấp huyện: 238 thủ tục.',
        records: [{ metric: 'procedure.total', value: 238, dimensions: { tier: 'district' } }],
      },
      {
        // A sector's name with a comma, in title case ("Văn hóa, Thể thao và Du lịch"), is one field.
        text: 'Công bố 12 TTHC bị bãi bỏ trong lĩnh vực Văn hóa, Thể thao và Du lịch.',
        records: [{ metric: 'procedure.abolished', value: 12, dimensions: { field: 'Văn hóa, Thể thao và Du lịch' } }],
      },
      {
        // "đang quản lý N TTHC": the procedures under the body's authority.
        text: 'Đến cuối năm, Ban Quản lý các khu công nghiệp đang quản lý 74 TTHC thuộc 6 lĩnh vực.',
        records: [{ metric: 'procedure.total', value: 74 }],
      },
      {
        text: 'Trong quý, Sở đã trình UBND tỉnh đề nghị bãi bỏ 03 TTHC thuộc lĩnh vực Đo lường (theo Quyết định của Bộ).',
        records: [{ metric: 'procedure.abolished', value: 3, dimensions: { field: 'Đo lường', status: 'proposed' } }],
      },
      {
        text: 'Chủ tịch UBND tỉnh công bố 12 TTHC mới ban hành, 07 TTHC sửa đổi, bổ sung lĩnh vực Hộ tịch và 02 TTHC bị bãi bỏ.',
        records: [
          { metric: 'procedure.published', value: 12 },
          { metric: 'procedure.amended', value: 7, dimensions: { field: 'Hộ tịch' } },
          { metric: 'procedure.abolished', value: 2 },
        ],
      },
      {
        text: 'Toàn tỉnh có 640 TTHC thực hiện dịch vụ công trực tuyến mức độ 4, gồm cấp tỉnh 520 TTHC, cấp huyện 90 TTHC và cấp xã 30 TTHC.',
        records: [
          { metric: 'procedure.online', value: 640, dimensions: { level: '4' } },
          { metric: 'procedure.online', value: 520, dimensions: { level: '4', tier: 'province' } },
          { metric: 'procedure.online', value: 90, dimensions: { level: '4', tier: 'district' } },
          { metric: 'procedure.online', value: 30, dimensions: { level: '4', tier: 'commune' } },
        ],
      },
      {
        text: 'Mức độ 3 là 15 thủ tục, mức độ 4 là 40 thủ tục; tỉnh đã cung cấp 1.020 dịch vụ công trực tuyến toàn trình và 480 dịch vụ công trực tuyến một phần.',
        records: [
          { metric: 'procedure.online', value: 15, dimensions: { level: '3' } },
          { metric: 'procedure.online', value: 40, dimensions: { level: '4' } },
          { metric: 'procedure.online', value: 1020, dimensions: { level: 'full' } },
          { metric: 'procedure.online', value: 480, dimensions: { level: 'partial' } },
        ],
      },
      {
        text: 'Năm 2023, tỉnh đã công bố 1.120 TTHC, trong đó cấp tỉnh 900, cấp huyện 150 và cấp xã 70.',
        records: [
          { metric: 'procedure.published', value: 1120 },
          { metric: 'procedure.published', value: 900, dimensions: { tier: 'province' } },
          { metric: 'procedure.published', value: 150, dimensions: { tier: 'district' } },
          { metric: 'procedure.published', value: 70, dimensions: { tier: 'commune' } },
        ],
      },
      {
        text: 'Số thủ tục hành chính thực hiện tại Trung tâm Phục vụ hành chính công là 1.210 TTHC và 64 TTHC của các cơ quan ngành dọc.',
        records: [
          { metric: 'procedure.total', value: 1210 },
          { metric: 'procedure.total', value: 64 },
        ],
      },
      {
        text: 'Bổ sung 06 thủ tục hành chính vào Bộ thủ tục hành chính thuộc thẩm quyền giải quyết của Sở.',
        records: [{ metric: 'procedure.published', value: 6 }],
      },
      {
        text: 'Hiện nay, Bộ phận Một cửa của huyện đang tiếp nhận 312 TTHC thuộc 24 lĩnh vực.',
        records: [{ metric: 'procedure.total', value: 312 }],
      },
      {
        text: 'Trong năm, Sở Y tế thực hiện 136 thủ tục hành chính, trong đó 52 TTHC được cung cấp trực tuyến toàn trình.',
        records: [
          { metric: 'procedure.total', value: 136 },
          { metric: 'procedure.online', value: 52, dimensions: { level: 'full' } },
        ],
      },
      {
        text: 'UBND tỉnh ban hành 6 quyết định công bố 52 TTHC (mới ban hành: 12; sửa đổi, bổ sung: 31; bãi bỏ: 9).',
        records: [
          { metric: 'procedure.published', value: 52 },
          { metric: 'procedure.published', value: 12 },
          { metric: 'procedure.amended', value: 31 },
          { metric: 'procedure.abolished', value: 9 },
        ],
      },
      {
        text: 'Năm 2023, Chủ tịch UBND tỉnh ký 9 quyết định công bố danh mục TTHC của các sở, ngành với tổng số 143 TTHC; Sở kiến nghị bãi bỏ 03 TTHC lĩnh vực Thủy lợi không còn phù hợp.',
        records: [
          { metric: 'procedure.published', value: 143 },
          { metric: 'procedure.abolished', value: 3, dimensions: { field: 'Thủy lợi', status: 'proposed' } },
        ],
      },
      {
        text: 'Huyện cung cấp 140 dịch vụ công trực tuyến, trong đó mức độ 3 là 88 dịch vụ, mức độ 4 là 52 dịch vụ.',
        records: [
          { metric: 'procedure.online', value: 140 },
          { metric: 'procedure.online', value: 88, dimensions: { level: '3' } },
          { metric: 'procedure.online', value: 52, dimensions: { level: '4' } },
        ],
      },
      {
        text: 'Bộ phận Một cửa huyện đang thực hiện 240 TTHC thuộc thẩm quyền giải quyết của cấp huyện và 98 TTHC thuộc thẩm quyền của cấp xã.',
        records: [
          { metric: 'procedure.total', value: 240, dimensions: { tier: 'district' } },
          { metric: 'procedure.total', value: 98, dimensions: { tier: 'commune' } },
        ],
      },
      {
        text: 'Qua rà soát, huyện kiến nghị cấp có thẩm quyền sửa đổi, bổ sung 03 TTHC lĩnh vực xây dựng.',
        records: [{ metric: 'procedure.amended', value: 3, dimensions: { field: 'xây dựng', status: 'proposed' } }],
      },
      {
        text: 'Tổng số TTHC thuộc thẩm quyền giải quyết của các cấp trên địa bàn tỉnh là 1.812 TTHC (cấp tỉnh: 1.420 TTHC; cấp huyện: 262 TTHC; cấp xã: 130 TTHC).',
        records: [
          { metric: 'procedure.total', value: 1812 },
          { metric: 'procedure.total', value: 1420, dimensions: { tier: 'province' } },
          { metric: 'procedure.total', value: 262, dimensions: { tier: 'district' } },
          { metric: 'procedure.total', value: 130, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // The whole a part is taken from takes no level of the part; a part may shorten its noun to "dịch vụ".
        text: 'Trong số 148 thủ tục thuộc thẩm quyền của Sở, có 97 thủ tục được cung cấp trực tuyến toàn trình. Huyện cung cấp 305 dịch vụ công trực tuyến, trong đó 122 dịch vụ một phần.',
        records: [
          { metric: 'procedure.total', value: 148 },
          { metric: 'procedure.online', value: 97, dimensions: { level: 'full' } },
          { metric: 'procedure.online', value: 305 },
          { metric: 'procedure.online', value: 122, dimensions: { level: 'partial' } },
        ],
      },
      {
        // A bracket opening right after the whole holds its parts by tier, without the noun.
        text: 'Toàn huyện có 318 thủ tục hành chính (cấp huyện 214, cấp xã 104).',
        records: [
          { metric: 'procedure.total', value: 318 },
          { metric: 'procedure.total', value: 214, dimensions: { tier: 'district' } },
          { metric: 'procedure.total', value: 104, dimensions: { tier: 'commune' } },
        ],
      },
      {
        before: 'Số TTHC đang thực hiện trên địa bàn huyện là 402 thủ tục, cụ thể như sau:',
        text: '- Cấp huyện: 265 thủ tục;',
        records: [{ metric: 'procedure.total', value: 265, dimensions: { tier: 'district' } }],
      },
      {
        before: 'Kết quả công bố TTHC trong năm:',
        text: '+ TTHC mới: 19 thủ tục;',
        records: [{ metric: 'procedure.published', value: 19 }],
      },
      {
        before: 'Năm 2024, Chủ tịch UBND tỉnh ban hành 18 Quyết định công bố 240 TTHC, gồm:',
        text: '- TTHC mới ban hành: 65 thủ tục;',
        records: [{ metric: 'procedure.published', value: 65 }],
      },
      {
        text: 'Sở có 96 TTHC, trong đó: toàn trình 40 TTHC, một phần 38 TTHC, còn lại 18 TTHC cung cấp thông tin trực tuyến.',
        records: [
          { metric: 'procedure.total', value: 96 },
          { metric: 'procedure.online', value: 40, dimensions: { level: 'full' } },
          { metric: 'procedure.online', value: 38, dimensions: { level: 'partial' } },
          { metric: 'procedure.online', value: 18 },
        ],
      },
      {
        text: 'Năm 2023, toàn tỉnh có 1.420 TTHC được cung cấp dịch vụ công trực tuyến. Trong đó, cấp tỉnh 1.102 TTHC, cấp huyện 318 TTHC.',
        records: [
          { metric: 'procedure.online', value: 1420 },
          { metric: 'procedure.online', value: 1102, dimensions: { tier: 'province' } },
          { metric: 'procedure.online', value: 318, dimensions: { tier: 'district' } },
        ],
      },
      {
        text: 'Sở Xây dựng đang giải quyết 96 TTHC, trong đó có 60 TTHC cung cấp trực tuyến toàn trình.',
        records: [
          { metric: 'procedure.total', value: 96 },
          { metric: 'procedure.online', value: 60, dimensions: { level: 'full' } },
        ],
      },
      {
        text: 'Tổng số TTHC thực hiện tại Bộ phận Một cửa các xã, thị trấn là 104 thủ tục.',
        records: [{ metric: 'procedure.total', value: 104, dimensions: { tier: 'commune' } }],
      },
      {
        text: 'Đến nay, 100% TTHC cấp xã (112 TTHC) được cung cấp trực tuyến toàn trình.',
        records: [{ metric: 'procedure.online', value: 112, dimensions: { level: 'full', tier: 'commune' } }],
      },
      {
        text: 'Sở đang thực hiện 120 TTHC, trong đó 114 TTHC tiếp nhận tại Trung tâm Phục vụ hành chính công.',
        records: [{ metric: 'procedure.total', value: 120 }],
      },
      {
        text: 'Đến nay, 95% TTHC được cung cấp trực tuyến toàn trình (1.520/1.600 TTHC).',
        records: [{ metric: 'procedure.online', value: 1520, dimensions: { level: 'full' } }],
      },
      {
        text: 'Bộ TTHC của Sở gồm 64 TTHC, trong đó: lĩnh vực văn hóa cơ sở 18 TTHC; lĩnh vực thể dục, thể thao 21 TTHC.',
        records: [
          { metric: 'procedure.total', value: 64 },
          { metric: 'procedure.total', value: 18, dimensions: { field: 'văn hóa cơ sở' } },
          { metric: 'procedure.total', value: 21, dimensions: { field: 'thể dục, thể thao' } },
        ],
      },
      {
        text: 'Số DVCTT mức độ 4 (toàn trình): 940 dịch vụ; mức độ 3 (một phần): 310 dịch vụ.',
        records: [
          { metric: 'procedure.online', value: 940, dimensions: { level: '4' } },
          { metric: 'procedure.online', value: 310, dimensions: { level: '3' } },
        ],
      },
      {
        text: 'Số TTHC lĩnh vực đất đai được cung cấp trực tuyến toàn trình: 21 thủ tục.',
        records: [{ metric: 'procedure.online', value: 21, dimensions: { field: 'đất đai', level: 'full' } }],
      },
      {
        text: 'Đã công bố 04 TTHC lĩnh vực lao động, tiền lương và 02 TTHC lĩnh vực hộ tịch thực hiện tại cấp xã.',
        records: [
          { metric: 'procedure.published', value: 4, dimensions: { field: 'lao động, tiền lương' } },
          { metric: 'procedure.published', value: 2, dimensions: { field: 'hộ tịch', tier: 'commune' } },
        ],
      },
      {
        // A level labelling a later figure in a bracket ("(toàn trình 35, …)") is not the level of the whole before it.
        text: 'Phường đang thực hiện 104 TTHC, trong đó 86 TTHC được cung cấp dịch vụ công trực tuyến (toàn trình 35, một phần 51).',
        records: [
          { metric: 'procedure.total', value: 104 },
          { metric: 'procedure.online', value: 86 },
          { metric: 'procedure.online', value: 35, dimensions: { level: 'full' } },
          { metric: 'procedure.online', value: 51, dimensions: { level: 'partial' } },
        ],
      },
      {
        text: 'Huyện cung cấp 176 dịch vụ công trực tuyến, trong đó toàn trình là 98 dịch vụ, một phần là 78 dịch vụ.',
        records: [
          { metric: 'procedure.online', value: 176 },
          { metric: 'procedure.online', value: 98, dimensions: { level: 'full' } },
          { metric: 'procedure.online', value: 78, dimensions: { level: 'partial' } },
        ],
      },
      {
        text: 'Trong năm, Chủ tịch UBND tỉnh ký ban hành 25 Quyết định công bố, với tổng số 260 TTHC được công bố (mới ban hành 70, sửa đổi bổ sung 150, bãi bỏ 40).',
        records: [
          { metric: 'procedure.published', value: 260 },
          { metric: 'procedure.published', value: 70 },
          { metric: 'procedure.amended', value: 150 },
          { metric: 'procedure.abolished', value: 40 },
        ],
      },
      {
        text: 'Năm 2024, Chủ tịch UBND tỉnh đã công bố, công khai 88 TTHC (ban hành mới 20, sửa đổi bổ sung 51, bãi bỏ 17).',
        records: [
          { metric: 'procedure.published', value: 88 },
          { metric: 'procedure.published', value: 20 },
          { metric: 'procedure.amended', value: 51 },
          { metric: 'procedure.abolished', value: 17 },
        ],
      },
      {
        text: 'Số TTHC thực hiện tại Bộ phận Một cửa huyện là 241 thủ tục; tại Bộ phận Một cửa cấp xã là 117 thủ tục.',
        records: [
          { metric: 'procedure.total', value: 241 },
          { metric: 'procedure.total', value: 117, dimensions: { tier: 'commune' } },
        ],
      },
      {
        text: 'Trong năm, Chủ tịch UBND tỉnh công bố mới 11 TTHC lĩnh vực Đầu tư tại Việt Nam.',
        records: [{ metric: 'procedure.published', value: 11, dimensions: { field: 'Đầu tư tại Việt Nam' } }],
      },
      {
        // "danh mục" is a list, not a section reference.
        text: 'Tỉnh đã công bố danh mục 1.180 dịch vụ công trực tuyến, trong đó 502 dịch vụ toàn trình; công bố danh mục 26 TTHC nội bộ.',
        records: [
          { metric: 'procedure.online', value: 1180 },
          { metric: 'procedure.online', value: 502, dimensions: { level: 'full' } },
          { metric: 'procedure.published', value: 26 },
        ],
      },
      {
        text: 'Toàn tỉnh có 1.702 thủ tục hành chính; trong đó, cấp tỉnh 1.380, cấp huyện 214, cấp xã 108.',
        records: [
          { metric: 'procedure.total', value: 1702 },
          { metric: 'procedure.total', value: 1380, dimensions: { tier: 'province' } },
          { metric: 'procedure.total', value: 214, dimensions: { tier: 'district' } },
          { metric: 'procedure.total', value: 108, dimensions: { tier: 'commune' } },
        ],
      },
      {
        text: 'Số thủ tục hành chính cấp huyện: 231; cấp xã: 104.',
        records: [
          { metric: 'procedure.total', value: 231, dimensions: { tier: 'district' } },
          { metric: 'procedure.total', value: 104, dimensions: { tier: 'commune' } },
        ],
      },
      {
        text: 'Hiện nay, Sở đang thực hiện tiếp nhận, giải quyết 57 TTHC.',
        records: [{ metric: 'procedure.total', value: 57 }],
      },
      {
        // A field opening the sentence as its scope holds for each figure after it.
        text: 'Đối với lĩnh vực Đường thủy nội địa, Chủ tịch UBND tỉnh đã công bố 05 TTHC sửa đổi, bổ sung và 02 TTHC bị bãi bỏ.',
        records: [
          { metric: 'procedure.amended', value: 5, dimensions: { field: 'Đường thủy nội địa' } },
          { metric: 'procedure.abolished', value: 2, dimensions: { field: 'Đường thủy nội địa' } },
        ],
      },
      {
        // The list approved of procedures taking dossiers online is the online offer; a part handled jointly with another body is a subset.
        text: 'UBND tỉnh phê duyệt danh mục 640 TTHC thực hiện tiếp nhận hồ sơ trực tuyến. Sở thực hiện 58 TTHC, trong đó 20 TTHC thực hiện liên thông với cơ quan thuế.',
        records: [
          { metric: 'procedure.online', value: 640 },
          { metric: 'procedure.total', value: 58 },
        ],
      },
      {
        text: 'Năm 2024, Cổng Dịch vụ công của tỉnh cung cấp 1.650 dịch vụ công, trong đó 910 dịch vụ công trực tuyến toàn trình.',
        records: [
          { metric: 'procedure.online', value: 1650 },
          { metric: 'procedure.online', value: 910, dimensions: { level: 'full' } },
        ],
      },
      {
        before: 'Danh mục TTHC thuộc thẩm quyền giải quyết của Sở gồm 48 TTHC, cụ thể:',
        text: '+ Lĩnh vực giám định tư pháp: 12 TTHC;',
        records: [{ metric: 'procedure.total', value: 12, dimensions: { field: 'giám định tư pháp' } }],
      },
      {
        // A portal's name is no online service: procedures disclosed there are the set.
        text: 'Tổng số TTHC đã công khai trên Cổng Dịch vụ công quốc gia là 1.310 thủ tục.',
        records: [{ metric: 'procedure.total', value: 1310 }],
      },
      {
        // The noun and its verb label a bare figure; a cue word inside an agency's name ("Sở Xây dựng") is none.
        text: 'Số TTHC được công bố trong năm: 52 TTHC, trong đó: TTHC mới 14, TTHC sửa đổi, bổ sung 30, TTHC bị bãi bỏ 08. Tỷ lệ TTHC mức độ 4 của Sở Xây dựng là 41/60 TTHC.',
        records: [
          { metric: 'procedure.published', value: 52 },
          { metric: 'procedure.published', value: 14 },
          { metric: 'procedure.amended', value: 30 },
          { metric: 'procedure.abolished', value: 8 },
          { metric: 'procedure.online', value: 41, dimensions: { level: '4' } },
        ],
      },
      {
        // The level named in the subject before its verb; a kind of procedure ("nội bộ") before the field; the rest of an
        // online breakdown that is not said to be online.
        text: 'Số DVC trực tuyến một phần của Sở được cung cấp: 57 DVC. Tỉnh công bố 06 TTHC nội bộ trong lĩnh vực Tài chính. Sở có 90 TTHC, trong đó toàn trình 30 TTHC, một phần 41 TTHC, còn lại 19 TTHC chỉ cung cấp thông tin.',
        records: [
          { metric: 'procedure.online', value: 57, dimensions: { level: 'partial' } },
          { metric: 'procedure.published', value: 6, dimensions: { field: 'Tài chính' } },
          { metric: 'procedure.total', value: 90 },
          { metric: 'procedure.online', value: 30, dimensions: { level: 'full' } },
          { metric: 'procedure.online', value: 41, dimensions: { level: 'partial' } },
        ],
      },
      {
        // Tier labels in a comma series after a colon; a neighbour keeping its own tier after its noun.
        text: 'Số DVCTT một phần theo cấp: cấp tỉnh 512, cấp huyện 98, cấp xã 40. Tỉnh công bố danh mục 980 TTHC cấp tỉnh, 210 TTHC cấp huyện và 96 TTHC cấp xã.',
        records: [
          { metric: 'procedure.online', value: 512, dimensions: { level: 'partial', tier: 'province' } },
          { metric: 'procedure.online', value: 98, dimensions: { level: 'partial', tier: 'district' } },
          { metric: 'procedure.online', value: 40, dimensions: { level: 'partial', tier: 'commune' } },
          { metric: 'procedure.published', value: 980, dimensions: { tier: 'province' } },
          { metric: 'procedure.published', value: 210, dimensions: { tier: 'district' } },
          { metric: 'procedure.published', value: 96, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // A level inside a bracket holding a figure of its own is that figure's; procedures handled on the spot are a subset.
        text: 'Trung tâm đang thực hiện 48 TTHC (100% TTHC trực tuyến toàn trình). Số TTHC thực hiện "4 tại chỗ" tại Trung tâm: 120 TTHC.',
        records: [{ metric: 'procedure.total', value: 48 }],
      },
      {
        // A clause opening on "Các TTHC …:" labels its figure; both mechanisms together are the whole set.
        text: 'Các TTHC cấp huyện thực hiện trực tuyến: 210/265 TTHC. Tổng số TTHC giải quyết theo cơ chế một cửa, một cửa liên thông tại cấp xã: 110 TTHC.',
        records: [
          { metric: 'procedure.online', value: 210, dimensions: { tier: 'district' } },
          { metric: 'procedure.total', value: 110, dimensions: { tier: 'commune' } },
        ],
      },
      {
        // A clause opening on the online services labels its count; re-engineered workflows are a subset.
        text: 'Năm 2020, DVC mức độ 3, 4 của huyện là 214 dịch vụ. Số TTHC đã được tái cấu trúc quy trình: 180 TTHC.',
        records: [{ metric: 'procedure.online', value: 214, dimensions: { level: '3-4' } }],
      },
      {
        // A bracket of tiers after the whole and its level; "cấp quận, huyện" is one level.
        text: 'Tỉnh có 980 DVCTT toàn trình (cấp tỉnh: 760, cấp huyện: 150, cấp xã: 70). Thành phố có 1.931 TTHC, trong đó 318 TTHC cấp quận, huyện.',
        records: [
          { metric: 'procedure.online', value: 980, dimensions: { level: 'full' } },
          { metric: 'procedure.online', value: 760, dimensions: { level: 'full', tier: 'province' } },
          { metric: 'procedure.online', value: 150, dimensions: { level: 'full', tier: 'district' } },
          { metric: 'procedure.online', value: 70, dimensions: { level: 'full', tier: 'commune' } },
          { metric: 'procedure.total', value: 1931 },
          { metric: 'procedure.total', value: 318, dimensions: { tier: 'district' } },
        ],
      },
      {
        // Items named by body under a lead-in on the procedures carried out somewhere.
        before: 'Số TTHC thực hiện tại Bộ phận Một cửa các cơ quan:',
        text: '- Sở Xây dựng: 61 TTHC;',
        records: [{ metric: 'procedure.total', value: 61 }],
      },
      {
        // Past a closed bracket of parts, the breakdown goes on from the figure before the bracket.
        text: 'Huyện đang thực hiện 290 TTHC, trong đó: cấp huyện 190 TTHC (toàn trình 70, một phần 120); cấp xã 100 TTHC (toàn trình 30, một phần 70).',
        records: [
          { metric: 'procedure.total', value: 290 },
          { metric: 'procedure.total', value: 190, dimensions: { tier: 'district' } },
          { metric: 'procedure.online', value: 70, dimensions: { level: 'full', tier: 'district' } },
          { metric: 'procedure.online', value: 120, dimensions: { level: 'partial', tier: 'district' } },
          { metric: 'procedure.total', value: 100, dimensions: { tier: 'commune' } },
          { metric: 'procedure.online', value: 30, dimensions: { level: 'full', tier: 'commune' } },
          { metric: 'procedure.online', value: 70, dimensions: { level: 'partial', tier: 'commune' } },
        ],
      },
      {
        // The set a centre takes in, but not a subset it takes in jointly; procedures provided online.
        text: 'Trung tâm tiếp nhận 1.420 TTHC của 17 sở, ngành; Sở tiếp nhận 36 TTHC liên thông. Huyện đã cung cấp 245/260 TTHC trực tuyến.',
        records: [
          { metric: 'procedure.total', value: 1420 },
          { metric: 'procedure.online', value: 245 },
        ],
      },
      {
        // A level in the figure before's own phrase is that figure's (information online has none); a subset coordinated with
        // the set is none of it.
        text: 'Tỉnh có 1.700 TTHC, trong đó 1.010 TTHC cung cấp DVCTT toàn trình, 540 TTHC cung cấp DVCTT một phần, 150 TTHC cung cấp thông tin trực tuyến. Phường thực hiện 96 TTHC, gồm 90 TTHC thuộc thẩm quyền của UBND phường và 06 TTHC liên thông với cấp quận.',
        records: [
          { metric: 'procedure.total', value: 1700 },
          { metric: 'procedure.online', value: 1010, dimensions: { level: 'full' } },
          { metric: 'procedure.online', value: 540, dimensions: { level: 'partial' } },
          { metric: 'procedure.total', value: 96 },
          { metric: 'procedure.total', value: 90 },
        ],
      },
      {
        // Added to the set is new, not amended.
        text: 'Trong quý, có 03 TTHC được bổ sung mới vào Bộ TTHC của Sở.',
        records: [{ metric: 'procedure.published', value: 3 }],
      },
      {
        // A part at level 2, or offered only at the counter, is neither online nor the whole.
        text: 'Huyện đang thực hiện 212 TTHC, trong đó 130 TTHC mức độ 4, 40 TTHC mức độ 3, 42 TTHC mức độ 2.',
        records: [
          { metric: 'procedure.total', value: 212 },
          { metric: 'procedure.online', value: 130, dimensions: { level: '4' } },
          { metric: 'procedure.online', value: 40, dimensions: { level: '3' } },
        ],
      },
      {
        text: 'Sở có 153 TTHC; trong đó toàn trình 52, một phần 70, còn lại 31 TTHC giải quyết trực tiếp tại Trung tâm.',
        records: [
          { metric: 'procedure.total', value: 153 },
          { metric: 'procedure.online', value: 52, dimensions: { level: 'full' } },
          { metric: 'procedure.online', value: 70, dimensions: { level: 'partial' } },
        ],
      },
      {
        // After the whole's phrase closes (", trong đó", ","), a field opens each part's own stretch.
        text: 'Năm 2023, tỉnh công bố 44 TTHC thuộc thẩm quyền của Sở Tư pháp, trong đó lĩnh vực hộ tịch 20 TTHC, lĩnh vực công chứng 24 TTHC.',
        records: [
          { metric: 'procedure.published', value: 44 },
          { metric: 'procedure.published', value: 20, dimensions: { field: 'hộ tịch' } },
          { metric: 'procedure.published', value: 24, dimensions: { field: 'công chứng' } },
        ],
      },
      {
        text: 'Sở đề nghị UBND tỉnh bãi bỏ 04 TTHC trong lĩnh vực Khoáng sản.',
        records: [{ metric: 'procedure.abolished', value: 4, dimensions: { field: 'Khoáng sản', status: 'proposed' } }],
      },
      {
        text: 'Số thủ tục hành chính của 19 sở, ban, ngành tiếp nhận tại Trung tâm Phục vụ hành chính công là 1.512 TTHC.',
        records: [{ metric: 'procedure.total', value: 1512, dimensions: { tier: 'province' } }],
      },
      {
        // Decisions counted as signed: the submission ("trình") is done, the procedures published.
        text: 'Văn phòng đã trình Chủ tịch UBND tỉnh ký 14 Quyết định công bố với tổng số 205 TTHC.',
        records: [{ metric: 'procedure.published', value: 205 }],
      },
      {
        text: 'Số thủ tục hành chính đang thực hiện: cấp tỉnh 96 thủ tục, cấp huyện 41 thủ tục.',
        records: [
          { metric: 'procedure.total', value: 96, dimensions: { tier: 'province' } },
          { metric: 'procedure.total', value: 41, dimensions: { tier: 'district' } },
        ],
      },
      {
        // A lettered item under a lead-in stating the whole: the tier's share of it.
        before: 'Tổng số TTHC thuộc thẩm quyền giải quyết trên địa bàn huyện: 412 thủ tục, trong đó:',
        text: 'b) Cấp xã: 118 TTHC;',
        records: [{ metric: 'procedure.total', value: 118, dimensions: { tier: 'commune' } }],
      },
      {
        // An item labelled by a level alone takes the lead-in's online offer; "dịch vụ" is short for it.
        before: 'Hiện nay, Sở cung cấp 54 dịch vụ công trực tuyến, trong đó:',
        text: 'a) Một phần: 20 dịch vụ;',
        records: [{ metric: 'procedure.online', value: 20, dimensions: { level: 'partial' } }],
      },
      {
        // An item labelled "Lĩnh vực X, Y:" names one field, commas and all; its words are no verb cue.
        before: 'Bộ TTHC thuộc thẩm quyền giải quyết của Sở gồm 73 TTHC, thuộc các lĩnh vực:',
        text: '2. Lĩnh vực Đường bộ, đường thủy nội địa: 19 TTHC;',
        records: [{ metric: 'procedure.total', value: 19, dimensions: { field: 'Đường bộ, đường thủy nội địa' } }],
      },
      {
        // A level item nested under one tier's item is in that tier.
        before: 'Số TTHC cấp tỉnh là 1.320 thủ tục, trong đó:',
        text: '+ Mức độ toàn trình: 415 thủ tục;',
        records: [{ metric: 'procedure.online', value: 415, dimensions: { level: 'full', tier: 'province' } }],
      },
      {
        // A lead-in with no figure whose label says what its items count.
        before: 'Số TTHC được công bố mới trong kỳ gồm:',
        text: '- Lĩnh vực Giáo dục nghề nghiệp: 04 TTHC;',
        records: [{ metric: 'procedure.published', value: 4, dimensions: { field: 'Giáo dục nghề nghiệp' } }],
      },
      {
        // A group of two tiers has no tier (CONTRACT §3).
        text: 'Tổng số TTHC thuộc thẩm quyền giải quyết của cấp huyện, cấp xã là 412 thủ tục.',
        records: [{ metric: 'procedure.total', value: 412 }],
      },
      {
        // A heading whose inline content ends with ":" leads in the items after it.
        heading: 'a) Về kiểm soát TTHC: Tổng số TTHC thuộc thẩm quyền giải quyết của cấp huyện, cấp xã là 412 thủ tục, trong đó:',
        text: '1. Cấp huyện: 279 thủ tục, gồm 168 thủ tục toàn trình và 111 thủ tục một phần;',
        records: [
          { metric: 'procedure.total', value: 279, dimensions: { tier: 'district' } },
          { metric: 'procedure.online', value: 168, dimensions: { level: 'full', tier: 'district' } },
          { metric: 'procedure.online', value: 111, dimensions: { level: 'partial', tier: 'district' } },
        ],
      },
    ],
    invalid: [
      { text: 'Số TTHC thực hiện tại Bộ phận Một cửa xã: 98/98 thủ tục.' },
      { text: 'Năm 2024, Sở đã tiếp nhận 09 TTHC được phân cấp từ UBND tỉnh.' },
      { text: 'Số TTHC đã được phân cấp, ủy quyền giải quyết: 86 TTHC; số TTHC thực hiện không phụ thuộc địa giới hành chính: 368 TTHC.' },
      { text: 'Số TTHC đủ điều kiện nhưng chưa cung cấp trực tuyến: 37. Số TTHC mức độ 4 có phát sinh hồ sơ: 120.' },
      { text: 'Tỉnh đã công bố danh mục 310 TTHC thực hiện qua dịch vụ bưu chính công ích.' },
      { text: 'Số TTHC chưa đủ điều kiện cung cấp DVCTT toàn trình là 96 thủ tục.' },
      { text: 'Số hồ sơ nhận qua Cổng DVC: 1.930 (mức độ toàn trình: 1.402; một phần: 528).' },
      // An item labelled by a subset (interlinked, by post) is no part of the lead-in's figure.
      { before: 'Số TTHC thực hiện tại Trung tâm Phục vụ hành chính công: 1.200 thủ tục; trong đó:', text: 'b) Thực hiện liên thông: 44 thủ tục.' },
      // An item that is a subset handled some way is no part of the lead-in's total.
      { before: 'Sở đang thực hiện 120 TTHC, trong đó:', text: 'a) 85 TTHC tiếp nhận qua dịch vụ bưu chính công ích;' },
      { text: 'Có 97 TTHC được tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia.' },
      { text: 'Còn 12 TTHC chưa được cung cấp dịch vụ công trực tuyến toàn trình.' },
      { text: 'Sở đã thực hiện tiếp nhận hồ sơ qua bưu chính đối với 85 TTHC.' },
      { text: 'Trong năm có 640 DVCTT phát sinh hồ sơ trực tuyến.' },
      { text: 'Số TTHC có phát sinh hồ sơ trực tuyến là 755 thủ tục.' },
      { text: 'Huyện có 185 TTHC đã được phê duyệt quy trình nội bộ, quy trình điện tử.' },
      { text: 'Đến nay đã có 640 TTHC thực hiện thanh toán trực tuyến phí, lệ phí.' },
      { text: 'Sở đã rà soát, đánh giá 18 TTHC thuộc lĩnh vực quản lý của ngành.' },
      { text: 'Số TTHC giải quyết qua trang DVCTT: 48 hồ sơ.' },
      { text: 'Các Bộ đã hoàn thành đơn giản hóa 210 TTHC theo phương án được phê duyệt.' },
      { text: 'Đã chuyển 75/80 thủ tục hành chính sang tiếp nhận tại Trung tâm.' },
      { text: 'Có 540 thủ tục thuộc thẩm quyền của các sở thực hiện tiếp nhận, trả kết quả qua dịch vụ BCCI.' },
    ],
  },
  cue: /thu tuc|tthc|dich vu|dvc/,
  match(ctx) {
    const f = withoutSpelledOut(ctx.folded);
    type Prior = { metric: Metric; level: Level | undefined; end: number; item?: boolean; bracket?: boolean };
    /** The last figure read, and the last one outside a bracket (the whole a later part of the sentence breaks down). */
    const last: { prev: Prior | null; outer?: Prior } = { prev: null };
    const fronted = f.includes('linh vuc') ? FRONTED_FIELD.exec(f) : null;
    const scopeEnd = fronted ? fronted[0].length : 0;
    const scopeField = fronted ? ctx.text.slice(scopeEnd - 1 - fronted[1]!.length, scopeEnd - 1).trim() : undefined;
    const emit = (n: NumberMention, metric: Metric, nounEnd: number, level: Level | undefined, labelField?: string, wholeTier?: Tier) => {
      // (A field named after the sentence's fronted scope is the figure's own; the scope's is every other figure's.)
      const ownBefore = scopeField !== undefined && f.lastIndexOf('linh vuc', n.start) < scopeEnd ? scopeField : fieldBeforeFigure(ctx, f, n);
      const field = labelField ?? fieldAfter(ctx.text, f, nounEnd) ?? ownBefore;
      // The owner phrase counts only in the figure's own stretch (after the procedure figure before it).
      const stretchFrom = Math.max(f.lastIndexOf(';', n.start) + 1, last.prev !== null && last.prev.end <= n.start ? last.prev.end : 0);
      // ("… thuộc thẩm quyền của cấp huyện, cấp xã là 412 thủ tục": a mixed group of tiers has none.)
      const mixed = MIXED_TIERS.test(f.slice(stretchFrom, n.start));
      const tier = mixed
        ? undefined
        : (tierOf(ctx, n, nounEnd) ?? (metric === 'procedure.total' ? ownedByDepartments(f.slice(stretchFrom, nounEnd)) : undefined) ?? wholeTier);
      const dims: { level?: Level; field?: string; tier?: Tier } = {};
      if (level) dims.level = level;
      if (field) dims.field = field;
      if (tier) dims.tier = tier;
      // A submission ("trình …") of decisions the sentence counts as issued is done work, not a proposal.
      const clause = f.slice(f.lastIndexOf(';', n.start) + 1, n.start);
      const done =
        !ctx.inPlan && metric !== 'procedure.total' && metric !== 'procedure.online' && DECISIONS_ISSUED.test(f.slice(0, n.start)) && !/\b(?:de nghi|de xuat|kien nghi)\b/.test(clause);
      ctx.emit({
        metric,
        value: n.value,
        range: [n.start, n.end],
        ...(Object.keys(dims).length ? { dimensions: dims } : {}),
        ...(done ? { inferStatus: false } : {}),
        ...(n.qualifier ? { qualifier: n.qualifier } : {}),
        confidence: 0.85,
      });
      last.prev = { metric, level, end: nounEnd, bracket: inParens(f, n.start) };
      if (!last.prev.bracket) last.outer = last.prev;
    };
    for (const n of ctx.numbers) {
      if (n.percent || n.form === 'zero-phrase') continue;
      const tail = f.slice(n.end);
      if (OTHER_NOUN.test(tail)) continue;
      // The figure before, for parts of a breakdown (below) and items that drop the noun.
      const prior = last.prev;
      // "1.210 dịch vụ công trực tuyến, trong đó 486 dịch vụ toàn trình": a part may shorten the noun to "dịch vụ".
      const noun =
        nounAfter(f, n.end, NOUN.procedure) ??
        (prior !== null && /\b(?:trong do|gom|bao gom|cu the)\b/.test(f.slice(prior.end, n.start)) ? nounAfter(f, n.end, 'dich vu') : null);
      const masked = maskClosedParens(f, n.start).slice(0, n.start);
      // "Trong số 126 thủ tục của Sở, có 78 thủ tục …": the whole the next figure is taken from.
      const wholeOfNext = /\b(?:trong|tren) (?:tong )?so\s*$/.test(masked);
      // "2.1. Số TTHC áp dụng tại huyện: cấp huyện 251 TTHC": the subject may be the title of the heading the sentence opens.
      const subject = SUBJECT.exec(masked) ?? (/[;]/.test(masked) ? null : SUBJECT.exec(headingLabel(ctx) + masked));
      // (A portal the dossiers came through — "hồ sơ nhận qua Cổng DVC: 2.208 (mức độ toàn trình: 1.640; …)" — names no procedures.)
      const levelLabel = /\b(?:muc(?: do)?\s*\d|toan trinh|mot phan)\s*(?:la|co|:|dat|gom)?\s*$/.test(masked) && /\b(?:tthc|thu tuc|dich vu cong|dvc)/.test(f.replace(PORTAL, ' '));
      // "mức độ 3 là 121 dịch vụ": under a level label the bare "dịch vụ" is the online service counted.
      const closesClause = /^\s*(?:tthc|thu tuc|dich vu)?\s*(?:[,;.()]|va\b|$)/.test(tail);
      // "…, trong đó cấp tỉnh 1.450, cấp huyện 280": items of a breakdown may drop the noun.
      // "(cấp tỉnh: 1.543 TTHC; cấp huyện: 271 TTHC; …)": items of one bracket may keep the noun and part with ";".
      const open = inParens(f, n.start) ? f.lastIndexOf('(', n.start) : -1;
      // "… là 1.874 thủ tục (cấp tỉnh 1.463, cấp huyện 276, …)": a bracket opening right after the whole holds its parts.
      const sameBracket =
        prior !== null && open >= 0 &&
        ((open < prior.end - 1 && /\bcap (?:tinh|huyen|xa)\b/.test(f.slice(open, prior.end))) ||
          // ("1.104 DVCTT toàn trình (cấp tỉnh: 902, …)": the whole's level may stand between it and its bracket.)
          (open >= prior.end && /^\s*(?:(?:truc tuyen\s+)?(?:toan trinh|mot phan|muc do [34](?:\s*(?:,|va)\s*4)?))?\s*$/.test(f.slice(prior.end, open))));
      const tierItem =
        (!noun || sameBracket) && prior !== null && closesClause && /\bcap (?:tinh|huyen|xa)\s*(?:la|:)?\s*$/.test(masked) &&
        (prior.item === true || sameBracket || /\b(?:trong do|gom|bao gom|cu the)\b/.test(f.slice(prior.end, n.start))) &&
        // ("…; trong đó, cấp tỉnh 1.490": a ";" that opens the breakdown.)
        (sameBracket || !/[;]/.test(f.slice(prior.end, n.start)) || /^\s*;\s*(?:trong do|cu the|bao gom|gom)\b[^;]*$/.test(f.slice(prior.end, n.start)));
      // "Số TTHC cấp huyện: 223; cấp xã: 109.", "Số DVCTT toàn trình theo cấp: cấp tỉnh 845, cấp huyện 132": parallel tier
      // labels, each with its figure.
      const parallelTier =
        !noun && prior !== null && closesClause && /^\s*(?:tthc|thu tuc(?: hanh chinh)?|dvc|dvctt)?\s*[;,]\s*(?:va\s+)?cap (?:tinh|huyen|xa)\s*(?::|\bla\b)?\s*$/.test(f.slice(prior.end, n.start)) &&
        /\bcap (?:tinh|huyen|xa)\s*(?::|\bla\b)?\s*$/.test(f.slice(0, prior.end + f.slice(prior.end, n.start).search(/[;,]/)).replace(/\s*\d[\d.]*\s*(?:tthc|thu tuc(?: hanh chinh)?|dvc|dvctt)?\s*$/, ''));
      // "Tổng số TTHC … là 1.968 thủ tục, cụ thể:" then "- Cấp tỉnh: 1.542 thủ tục;": an item of the lead-in's procedure figure.
      const leadFigure = prior === null && ctx.leadIn !== null && TIER_ITEM.test(masked) ? ctx.leadIn.emissions.filter((e) => e.metric.startsWith('procedure.') && e.metric !== 'procedure.online_rate').at(-1) : undefined;
      if (leadFigure && (noun || closesClause)) {
        emit(n, leadFigure.metric as Metric, noun?.end ?? n.end, leadFigure.dimensions?.level as Level | undefined);
        last.prev = { ...last.prev!, item: true };
        continue;
      }
      // "Số TTHC thuộc thẩm quyền giải quyết trên địa bàn tỉnh:" then "a) Cấp tỉnh: 1.305 TTHC.": a lead-in naming the
      // procedures under the authority, with no figure of its own, makes each tier's item that tier's total.
      if (!leadFigure && noun && prior === null && ctx.leadIn !== null && TIER_ITEM.test(masked) && ctx.leadIn.emissions.length === 0 && LEAD_TOTAL.test(ctx.leadIn.folded)) {
        emit(n, 'procedure.total', noun.end, undefined);
        last.prev = { ...last.prev!, item: true };
        continue;
      }
      // "1. Lĩnh vực Nhà ở: 14 TTHC;", "a) Toàn trình: 61 dịch vụ;" under "… 97 dịch vụ công trực tuyến, trong đó:": an item
      // whose label names only a part (a field, a level, a kind) counts what the lead-in's procedure figure counts; a level
      // in the label makes it the procedures offered online at that level.
      const partOfLead =
        !leadFigure && prior === null && labelOnly(masked) && lastCue(masked.replace(FIELD_LABEL, '').replace(AGENCY_CUE_WORDS, ' '), CUES) === null && !LABEL_SUBSET.test(masked)
          ? (leadInFigure(ctx.leadIn, countOfProcedures) ?? leadLabel(ctx.leadIn))
          : undefined;
      const partNoun = partOfLead ? (noun ?? nounAfter(f, n.end, 'dich vu')) : null;
      // (A bare figure needs a label: "Toàn trình: 61"; a lone "2." is the item's number split off as a sentence.)
      const partTail = f.slice(partNoun?.end ?? n.end);
      if (partOfLead && (partNoun || (closesClause && /[a-z]{2}/.test(masked))) && !RIGHT_VERB.test(partTail) && !SUBSET_AFTER.test(partTail)) {
        const labelLevel = levelsIn(masked).map((h) => h.level).filter((l): l is Level => l !== 'low').at(-1);
        const level = labelLevel ?? (partOfLead.dimensions?.level as Level | undefined);
        // ("Lĩnh vực Quy hoạch xây dựng, kiến trúc: 11 TTHC": the label names one field, commas and all.)
        const fieldLabel = FIELD_LABEL.exec(masked);
        const labelField = fieldLabel ? ctx.text.slice(fieldLabel.index + 'linh vuc '.length, fieldLabel.index + fieldLabel[0].length).replace(/[\s:]+$/, '').trim() : '';
        // ("- Cấp tỉnh: 1.486 thủ tục, trong đó:" then "+ Toàn trình: 402 thủ tục;": a part of one tier's figure is in that tier.)
        const wholeTier = partOfLead.dimensions?.tier as Tier | undefined;
        emit(n, labelLevel ? 'procedure.online' : (partOfLead.metric as Metric), partNoun?.end ?? n.end, level, OTHER_FIELDS.test(labelField) ? undefined : labelField, wholeTier);
        last.prev = { ...last.prev!, item: true };
        continue;
      }
      if (tierItem || parallelTier) {
        emit(n, prior.metric, n.end, prior.level);
        last.prev = { ...last.prev!, item: true };
        continue;
      }
      const bracketPart = !noun && prior !== null && bracketLabel(f, n, prior.end);
      if (bracketPart) {
        emit(n, bracketPart, n.end, undefined);
        last.prev = prior;
        continue;
      }
      const verbLabel = !noun && closesClause ? LABEL_VERB.exec(masked) : null;
      if (verbLabel) {
        emit(n, RIGHT_METRIC[verbLabel.slice(1).findIndex((g) => g !== undefined)]!, n.end, undefined);
        continue;
      }
      if (!noun && !((subject || levelLabel) && closesClause)) continue;
      // "Có 97% TTHC được cung cấp trực tuyến (1.612/1.662 TTHC)": the count in the bracket after a share of
      // procedures offered online is that offer.
      // "100% TTHC cấp xã (106 TTHC) được cung cấp trực tuyến": likewise with the offer after the bracket.
      const bracketAt = inParens(f, n.start) ? f.lastIndexOf('(', n.start) : -1;
      const share = bracketAt >= 0 ? (SHARE_OFFERED.exec(f.slice(0, bracketAt + 1)) ?? SHARE_OF.exec(f.slice(0, bracketAt + 1))) : null;
      const offeredAfter = share !== null && OFFERED_AFTER_BRACKET.test(f.slice(f.indexOf(')', n.end) + 1));
      if (share && noun && (share[2] !== undefined || offeredAfter)) {
        const words = share[1]! + (offeredAfter ? f.slice(f.indexOf(')', n.end) + 1, f.indexOf(')', n.end) + 60) : '');
        const level = levelsIn(words).map((h) => h.level).filter((l): l is Level => l !== 'low').at(-1);
        emit(n, 'procedure.online', noun.end, level);
        continue;
      }
      const nounEnd = noun?.end ?? n.end;
      // "Còn 09 TTHC chưa được cung cấp dịch vụ công trực tuyến": what is not yet offered is no count of the offer.
      if (NOT_YET.test(f.slice(nounEnd, nounEnd + 60))) continue;
      // "có 1.026 DVCTT phát sinh hồ sơ": the services used, not those offered.
      if (/^[^;,.\d]{0,20}?\b(?:co )?phat sinh (?:ho so|giao dich)\b/.test(f.slice(nounEnd, nounEnd + 40))) continue;
      const next = ctx.numbers.find((m) => m.start > n.end)?.start ?? f.length;
      const verbAfter = RIGHT_VERB.exec(f.slice(nounEnd));
      const rightMetric = verbAfter ? RIGHT_METRIC[verbAfter.slice(1).findIndex((g) => g !== undefined)] : undefined;
      // "… là 1.439 TTHC và 82 TTHC của …": a coordinated figure takes its neighbour's metric.
      const prev = last.prev;
      // "286 TTHC thuộc thẩm quyền của cấp huyện và 112 TTHC thuộc thẩm quyền của cấp xã": the neighbour may keep its scope.
      // "… là 263 thủ tục; tại Bộ phận Một cửa phường là 128 thủ tục": a verbless clause after ";" continues the figure before.
      const elliptic = /^\s*;\s*(?:(?:con |va )?(?:tai|o|cua|doi voi)\s)[^;\d]{0,60}?\b(?:la|co)\s*(?:(?:hon|tren|gan|khoang)\s*)?$/.test(f.slice(prev?.end ?? 0, n.start));
      // ("… 328 TTHC cấp huyện và 127 TTHC cấp xã": the neighbour's own tier after its noun.)
      if (noun && !rightMetric && prev && (elliptic || /^\s*(?:thuoc (?:tham quyen|pham vi)[^,;.\d]*?|cap (?:tinh|huyen|xa))?\s*(?:,|va)\s*(?:cap (?:tinh|huyen|xa)\s*(?::|\bla\b)?\s*)?$/.test(f.slice(prev.end, n.start)))) {
        // ("… gồm 98 TTHC thuộc thẩm quyền của phường và 06 TTHC liên thông với cấp quận": a subset, no part of the set.)
        if (prev.metric === 'procedure.total' && SUBSET_AFTER.test(f.slice(noun.end, next))) continue;
        emit(n, prev.metric, noun.end, prev.level);
        continue;
      }
      // ("Sở Xây dựng": a cue word inside an agency's name is none.)
      const cueText = masked.replace(AGENCY_CUE_WORDS, (m) => ' '.repeat(m.length));
      let cue = lastCue(cueText, CUES);
      // "… quyết định công bố TTHC … với tổng số 296 TTHC": the sum of a publication is what it published.
      if (cue?.label === 'total' && /^tong/.test(masked.slice(cue.index))) {
        const from = Math.max(masked.lastIndexOf(';', cue.index), masked.lastIndexOf('. ', cue.index), 0);
        const verb = lastCue(cueText.slice(from, cue.index), PUBLICATION_CUES);
        if (verb && (verb.label === 'published' || verb.label === 'amended' || verb.label === 'abolished')) cue = { ...verb, index: from + verb.index, end: from + verb.end };
      }
      // "…, gồm cấp tỉnh 520 TTHC": a breakdown takes the metric of the figure it breaks down.
      if (cue?.label === 'breakdown') {
        // ("…, trong đó: cấp huyện 203 TTHC (toàn trình 74, một phần 129); cấp xã 103 TTHC": past a closed bracket of parts,
        // the breakdown goes on from the figure before the bracket.)
        const prev = last.prev?.bracket && !inParens(f, n.start) && last.outer ? last.outer : last.prev;
        if (prev && prev.end <= n.start) {
          // "145 TTHC, trong đó 138 TTHC tiếp nhận tại Trung tâm": a subset by what is done with it, not a part of the total.
          if (prev.metric === 'procedure.total' && !rightMetric && SUBSET_AFTER.test(f.slice(nounEnd, next))) continue;
          const own = levelFor(f, n, cue.end, next);
          // "…, 23 TTHC mức độ 2", "còn lại 23 TTHC cung cấp trực tiếp": a part below the online levels, or offered only
          // at the counter, counts neither the online offer nor the whole.
          if (!rightMetric && (own === 'low' || (own === undefined && DIRECT_ONLY.test(f.slice(nounEnd, next))))) continue;
          // "…, còn lại 15 TTHC cung cấp thông tin trực tuyến": the rest has none of the levels of the parts before it.
          // ("…, 156 TTHC cung cấp thông tin trực tuyến": information online is none of the service levels either.)
          const rest = /\bcon lai\s*$/.test(masked) || /^[^;\d]{0,30}?\bthong tin\b/.test(f.slice(nounEnd, next));
          const level = own && own !== 'low' ? own : rest ? undefined : prev.level;
          const online = (own && own !== 'low') || (own === undefined && OFFERED_ONLINE.test(f.slice(nounEnd, next)));
          // ("…, còn lại 42 TTHC chỉ cung cấp thông tin": the rest of an online breakdown is online only when it says so.)
          if (rest && !online && !rightMetric && prev.metric === 'procedure.online') continue;
          emit(n, rightMetric ?? (online ? 'procedure.online' : prev.metric), nounEnd, rightMetric ? undefined : level);
          continue;
        }
        // "… có 1.560 TTHC được cung cấp DVCTT. Trong đó, cấp tỉnh 1.198 TTHC, …": the parts of the sentence before's online offer.
        if (!prev && /^\W*trong do\b/.test(f) && OFFER_BEFORE.test(lastSentence(foldedBefore(ctx.block.text, ctx.text, fold)))) {
          emit(n, 'procedure.online', nounEnd, undefined);
          last.prev = { ...last.prev!, item: true };
          continue;
        }
        const further = lastCue(cueText.slice(0, cue.index), CUES);
        cue = further && further.label !== 'breakdown' ? further : { label: 'total', index: cue.index, end: cue.end };
      }
      // ("Số DVC trực tuyến toàn trình cấp xã được cung cấp …: 48 DVC": the level named in the subject, before its verb.)
      const level = wholeOfNext ? undefined : levelFor(f, n, subject ? Math.min(subject.index, cue?.end ?? 0) : (cue?.end ?? 0), next);
      const onlineNoun = noun !== null && /truc tuyen|dvctt/.test(noun.noun);
      const subjectWords = subject?.[0] ?? '';
      // "Số TTHC chưa đủ điều kiện cung cấp trực tuyến là 214", "… đủ điều kiện nhưng chưa cung cấp: 51": what is not offered, in
      // the subject, is no count of the offer; "số TTHC có phát sinh hồ sơ trực tuyến là 982", "… nhưng chưa phát sinh hồ sơ: 235":
      // the procedures used (or not), none of the set or the offer.
      if (subject && /\b(?:(?:chua|khong) (?:du dieu kien|duoc|the|cung cap|thuc hien|trien khai)|phat sinh (?:ho so|giao dich))\b/.test(subjectWords)) continue;
      let metric: Metric | undefined;
      if (rightMetric) {
        metric = rightMetric;
      } else if (cue?.label === 'published' && onlineNoun && /^cong bo/.test(masked.slice(cue.index))) {
        // "công bố danh mục 1.210 dịch vụ công trực tuyến": the list of online services announced is the online offer.
        metric = 'procedure.online';
      } else if (cue && (cue.label === 'published' || cue.label === 'amended' || cue.label === 'abolished')) {
        metric = `procedure.${cue.label}`;
      } else if (level && level !== 'low') {
        metric = 'procedure.online';
      } else if (level === 'low') {
        continue;
      } else if ((onlineNoun && cue?.label !== 'skip') || (subject && onlineSubject(subjectWords))) {
        metric = 'procedure.online';
      } else if (subject) {
        // ("Số TTHC thực hiện '4 tại chỗ' …": handled on the spot, a subset.)
        // (… "theo cơ chế một cửa, một cửa liên thông": both ways together are the whole set.)
        if (/\b(?:ra soat|danh gia|don gian hoa|chuyen|cat giam|bcci|buu chinh|buu dien|lien thong|tich hop|tai cho|tai cau truc|quy trinh|phan cap|uy quyen|dia gioi)\b/.test(subjectWords.replace(BOTH_MECHANISMS, ' '))) continue;
        metric = 'procedure.total';
      } else if ((LIST_APPROVED.test(masked) || (!cue && HAVE.test(masked))) && OFFERED_ONLINE.test(f.slice(nounEnd, next))) {
        // "… có 1.560 TTHC được cung cấp dịch vụ công trực tuyến": the procedures offered online.
        // "phê duyệt danh mục 1.104 TTHC thực hiện tiếp nhận hồ sơ trực tuyến": the list approved is the online offer.
        metric = 'procedure.online';
      } else if (
        cue?.label === 'provide' &&
        noun !== null &&
        ((/^(?:dich vu cong|dvc)$/.test(noun.noun) && ONLINE_WORDS.test(f)) || /^\s*(?:(?:dich vu cong |dvc )?truc tuyen|dvctt)\b/.test(f.slice(nounEnd)))
      ) {
        // "Cổng Dịch vụ công tỉnh cung cấp 1.890 dịch vụ công, trong đó 1.024 … toàn trình": public services provided where the
        // sentence speaks of online service are the online services; "cung cấp 104/110 TTHC trực tuyến", likewise.
        metric = 'procedure.online';
      } else if (cue?.label === 'total' || wholeOfNext || (!cue && existential(f, n, masked, nounEnd))) {
        metric = 'procedure.total';
      }
      if (!metric) continue;
      // ("Trung tâm tiếp nhận 1.652 TTHC của 18 sở, ngành": the set it takes in; "tiếp nhận 52 TTHC liên thông", a subset.)
      if (metric === 'procedure.total' && cue?.label === 'total' && /^(?:da )?tiep nhan/.test(masked.slice(cue.index)) && SUBSET_AFTER.test(f.slice(nounEnd, next))) continue;
      // "Số TTHC đã đưa ra tiếp nhận tại Bộ phận Một cửa: 121/121 thủ tục": a fraction is a part taken from the set, not the set.
      if (metric === 'procedure.total' && n.denominator !== undefined) continue;
      // "công bố danh mục 286 TTHC thực hiện dịch vụ bưu chính công ích": a list of procedures handled some way is a subset.
      if (metric === 'procedure.published' && !rightMetric && SUBSET_AFTER.test(f.slice(nounEnd, next))) continue;
      emit(n, metric, nounEnd, metric === 'procedure.online' && level !== 'low' ? level : undefined);
    }
  },
});
