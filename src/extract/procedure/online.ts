import type { Level } from '../dimensions/level.ts';
import { levelsIn } from '../dimensions/level-spans.ts';
import { maskClosedParens } from '../figure-context.ts';

// The online offer: the level that qualifies a figure, and the wordings of procedures offered (or shared) online.

/** "… 86 TTHC được cung cấp dịch vụ công trực tuyến": the part offered online, in its own phrase. */
export const OFFERED_ONLINE = /^(?:(?!thanh toan)[^;(\d]){0,40}?\b(?:cung cap|thuc hien|trien khai)\b(?:(?!thanh toan)[^;(\d]){0,30}?\b(?:truc tuyen|dvctt)\b/;
/** A sentence that counts procedures offered online ("… có 1.560 TTHC được cung cấp dịch vụ công trực tuyến."). */
export const OFFER_BEFORE = /\d[\d.]*\s*(?:tthc|thu tuc(?: hanh chinh)?)\s+(?:da |duoc |da duoc )*(?:cung cap|thuc hien)\s+(?:(?:dich vu cong |dvc )?truc tuyen|dvctt)\b/;
/**
 * A subject counting online services: "Số DVCTT …", "Số TTHC cung cấp trực tuyến …", "Số TTHC cung cấp trên Cổng DVC …" —
 * not "Tổng số TTHC được công khai trên Cổng Dịch vụ công quốc gia", procedures disclosed there (a portal's name is no
 * online service by itself).
 */
export function onlineSubject(words: string): boolean {
  const rest = words.replace(PORTAL, ' ');
  return /\b(?:truc tuyen|dvctt|dvc|dich vu cong)\b/.test(rest) || (rest !== words && /\b(?:cung cap|trien khai)\b/.test(words));
}

/** "; đã cung cấp", "; đã triển khai được": a clause opening on the offer's verb alone, up to its figure (a regex source). */
// ("…, trong đó đã cung cấp 1.190 thủ tục": the offer among the procedures that qualify.)
export const OFFER_VERB = String.raw`^\W*(?:trong do,?\s+)?(?:(?:da|duoc|hien)\s+)*(?:cung cap|trien khai)(?:\s+duoc)?\s*:?\s*`;

/** A clause naming procedures (or services) offered online, not dossiers nor payments: the object an offer's verb alone may take. */
export function onlineProcedures(clause: string): boolean {
  return ONLINE_WORDS.test(clause) && /\b(?:tthc|thu tuc|dich vu cong|dvctt|dvc)\b/.test(clause) && !/\b(?:ho so|thanh toan)\b/.test(clause);
}

/** Right after a part's noun: procedures taking dossiers online ("… đã thực hiện tiếp nhận hồ sơ trực tuyến"). */
export const ONLINE_INTAKE = /^\s*(?:(?:da |duoc |da duoc |dang |thuc hien )*)tiep nhan (?:ho so )?truc tuyen\b/;
/** Online service named somewhere in the sentence (the portal, a level). */
export const ONLINE_WORDS = /\b(?:truc tuyen|dvctt|toan trinh|mot phan|muc do [34]|cong dich vu cong|cong dvc)\b/;
/** Right after a part's noun: offered at the counter ("… cung cấp trực tiếp", "thực hiện trực tiếp"), not online. */
export const DIRECT_ONLY = /^[^;\d]{0,40}?\btruc tiep\b/;

/** "97% TTHC được cung cấp trực tuyến (": a share of procedures offered online, a bracket opening after it. Group 1: its clause. */
export const SHARE_OFFERED = /\d\s*%\s*((?:cac |so )?(?:tthc|thu tuc(?: hanh chinh)?|dich vu cong)\b[^();%\d]{0,60}?\b(truc tuyen|dvctt|toan trinh|mot phan)\b[^();%\d]{0,20}?)\(\s*$/;
/** "100% TTHC cấp xã (": a share of procedures, the offer to follow the bracket. Group 1: its clause. */
export const SHARE_OF = /\d\s*%\s*((?:cac |so )?(?:tthc|thu tuc(?: hanh chinh)?)\b[^();%\d]{0,30}?)\(\s*$/;
/**
 * "Tỷ lệ TTHC cung cấp DVCTT mức độ 3, 4 đạt 87,5% (": a rate of procedures offered online, its count in the bracket after
 * it. Group 1: what the rate counts, to be about the online offer (not dossiers, not use).
 */
export const RATE_BEFORE_BRACKET = /\bt[iy] le (?:cac |so )?((?:tthc|thu tuc(?: hanh chinh)?|dich vu cong|dvctt|dvc)\b[^;%()]{0,100}?)\s*(?:dat|la|chiem)?\s*\d+(?:,\d+)?\s*%\s*\(\s*$/;
/**
 * "Tỷ lệ TTHC … mức độ 4 tăng từ 18,6% lên 46,9% năm 2021, với 886 thủ tục": the rate, then its count after "với" / "tương
 * ứng" instead of in a bracket. Group 1: the rate's clause.
 */
export const RATE_BEFORE_WITH =
  /\bt[iy] le (?:cac |so )?((?:tthc|thu tuc(?: hanh chinh)?|dich vu cong|dvctt|dvc)\b[^;%()]{0,100}?)\s*(?:(?:tang|nang) tu \d+(?:,\d+)?\s*%[^;%()]{0,20}?\s*len|dat|la|chiem)?\s*\d+(?:,\d+)?\s*%(?:\s*nam \d{4})?\s*,?\s*(?:voi|tuong ung(?: voi)?|tuong duong(?: voi)?)\s*$/;
/** What a rate of the online offer names (a level, online service) and what makes it a rate of something else. */
export const RATE_ONLINE = /\b(?:truc tuyen|dvctt|toan trinh|mot phan|muc do [34])\b/;
export const RATE_OTHER = /\b(?:ho so|phat sinh|giao dich|thanh toan)\b/;
/** "…) được cung cấp trực tuyến (toàn trình)". */
/** ("…) đủ điều kiện đã được cung cấp trực tuyến": the procedures that qualify, offered.) */
/** ("… được cung cấp dưới hình thức dịch vụ công trực tuyến": the form it is offered in.) */
export const OFFERED_AFTER_BRACKET = /^\s*(?:du dieu kien\s+)?(?:da |duoc |da duoc )*(?:cung cap|thuc hien)\s+(?:(?:duoi|theo|bang) hinh thuc\s+)?(?:(?:dich vu cong |dvc )?truc tuyen|dvctt)\b/;
/** "100% (": a share whose procedures are named after the bracket. */
export const SHARE_BARE = /\d\s*%\s*\(\s*$/;
/** ") TTHC đủ điều kiện được cung cấp DVC trực tuyến toàn trình": the procedures after a share's bracket, offered online. Group 1: their words. */
export const NOUN_THEN_OFFER = /^\s*((?:cac )?(?:tthc|thu tuc(?: hanh chinh)?|dich vu cong)\b[^();%\d]{0,60}?\b(?:truc tuyen|dvctt|toan trinh|mot phan)\b(?:\s+(?:toan trinh|mot phan|muc do [34]))?)/;

/** A portal named as the way dossiers came ("qua Cổng DVC", "trên Cổng Dịch vụ công quốc gia"), folded. */
export const PORTAL = /\b(?:qua|tren|tai|tu) (?:cong|trang|he thong)(?: thong tin)? (?:dich vu cong|dvc)(?: (?:quoc gia|cua tinh|tinh))?/g;

/**
 * "năm 2023", "đến năm 2024", "tăng từ 89 lên": a year, or the value a count rose from, is no other figure between a level
 * and the count it qualifies.
 */
const withoutYears = (folded: string): string => folded.replace(/\bnam \d{4}\b/g, 'nam').replace(/\btu \d[\d.,]*(?= (?:[a-z]+ ){0,3}(?:len|xuong)\b)/g, 'tu');

/** What follows a level phrase that labels the figure after it ("toàn trình 41", "mức độ 4 là 60"). */
const LEVEL_LABEL = /^\s*(?:la|co|:|dat|gom)?\s*(?:(?:hon|tren|gan|khoang)\s*)?\d/;

/**
 * The online level that qualifies the figure: in its own noun phrase (before the next figure), else
 * written before it (after its cue, with no other figure between), else closing the series on its right.
 */
export function levelFor(folded: string, n: { start: number; end: number }, cueEnd: number, next: number): Level | 'low' | undefined {
  const hits = levelsIn(folded);
  const i = folded.slice(n.end).search(/;|\.(?!\d)|\b(?:trong do|bao gom|gom|cu the)\b/);
  const clauseEnd = i < 0 ? folded.length : n.end + i;
  // "98 TTHC trực tuyến (toàn trình 41, một phần 57)": a level written as the label of a later figure is that figure's.
  // ("56 TTHC (100% TTHC trực tuyến toàn trình)": a level inside a bracket that states a figure of its own is that figure's;
  // past the bracket closed — "1.204/1.650 TTHC (đạt 73%) đã được cung cấp DVCTT toàn trình" — it is the figure's again.)
  const right = hits.filter(
    (h) => h.index >= n.end && h.index < clauseEnd && !LEVEL_LABEL.test(folded.slice(h.end, h.end + 16)) && !/\([^)]*\d[^)]*$/.test(folded.slice(n.end, h.index)),
  );
  const own = right.find((h) => h.index < next);
  // ("Số DVCTT mức độ 4 (toàn trình): 1.086": a level glossed in a bracket is the level written before the bracket.)
  const masked = maskClosedParens(folded, n.start);
  // ("582 TTHC cung cấp DVCTT một phần, 156 TTHC cung cấp thông tin": a level in the phrase of the figure before, with no
  // comma between, is that figure's.)
  const priorDigit = folded.slice(0, n.start).search(/\d\D*$/);
  const ofPrior = (h: { index: number }) => priorDigit >= 0 && h.index > priorDigit && !/[,;:(]/.test(folded.slice(priorDigit, h.index));
  const left = hits
    .filter((h) => h.end <= n.start && h.index >= cueEnd && masked[h.index] !== ' ' && !/[;.]|\d/.test(withoutYears(masked.slice(h.end, n.start))) && !ofPrior(h))
    .at(-1);
  const label = left && /^\s*(?:la|co|:|dat|gom)?\s*(?:(?:hon|tren|gan|khoang)\s*)?$/.test(folded.slice(left.end, n.start));
  return (label ? left : own ?? left ?? right[0])?.level;
}
