/**
 * Small readers of the words around one figure, shared by the count rules: the noun it counts
 * ("05 phòng", "82 TTHC"), the nearest cue to its left in the sentence (with parenthesised asides
 * that close before it masked), and its clause. Everything works on the folded sentence
 * (ASCII, same length as the text), so JavaScript's \b is safe here.
 */
import { BRACKET_AFTER_COMPARISON } from '../text/compared-period.ts';
import { fold } from '../text/normalize.ts';
import { rememberLast } from '../text/memo.ts';
import type { Block } from '../structure/types.ts';
import type { NumberMention } from '../text/numbers.ts';
import { isNamed, opensOnOwnArea, tierAt, tierMentions, URBAN_DISTRICTS, type Tier, type TierMention } from './dimensions/tier.ts';
import type { RuleContext } from './rule.ts';
import { blockIndex, bodyHeadings } from './dossier/document.ts';
import { territoryOf } from '../text/territory.ts';

/** Counted nouns by contract unit, folded. Longer alternatives first. */
export const NOUN = {
  procedure: String.raw`(?:thu tuc hanh chinh|thu tuc|tthc|dich vu cong truc tuyen|dich vu cong|dvctt|dvc|dv)`,
  document: String.raw`(?:van ban quy pham phap luat|van ban qppl|vbqppl|van ban|du thao van ban|du thao|nghi quyet|quyet dinh quy pham phap luat|quyet dinh qppl|quyet dinh (?:la )?vbqppl)`,
  staff: String.raw`(?:luot nguoi|luot can bo|luot cong chuc|luot|nguoi|can bo|cong chuc|vien chuc|dong chi|hoc vien|cbccvc|cbcc|ccvc|ca nhan|nguoi lao dong)`,
  feedback: String.raw`(?:y kien phan anh|y kien|phan anh|kien nghi|pakn|don thu|don|truong hop|vu viec|luot)`,
  quota: String.raw`(?:chi tieu bien che|bien che|nguoi)`,
} as const;

export interface NounHit {
  /** Offset in the folded sentence where the noun starts / ends. */
  start: number;
  end: number;
  noun: string;
}

/**
 * The noun right after a figure, allowing a spelled-out copy in brackets ("03 (Ba) thủ tục")
 * and a stray space. `noun` is a folded alternation from NOUN.
 */
const nounRes = new Map<string, RegExp>();

export function nounAfter(folded: string, end: number, noun: string): NounHit | null {
  let re = nounRes.get(noun);
  if (!re) {
    re = new RegExp(String.raw`^(\s*(?:\([a-z ]{1,20}\)\s*)?)(${noun})\b`);
    nounRes.set(noun, re);
  }
  const m = re.exec(folded.slice(end));
  if (!m) return null;
  const start = end + m[1]!.length;
  return { start, end: start + m[2]!.length, noun: m[2]! };
}

const NUMBER_WORD = String.raw`(?:khong|mot|hai|ba|bon|tu|nam|lam|sau|bay|tam|chin|muoi|linh|le|tram|nghin|ngan)`;
/** "01 (một) đồng chí", "03 (ba) thủ tục": a figure spelled out again in brackets right after it. */
const SPELLED_OUT = new RegExp(String.raw`(\d)(\s*)\(${NUMBER_WORD}(?:[ -]+${NUMBER_WORD})*\)`, 'g');
/** "hai (02) công chức", "mười hai (12) thủ tục": a figure in words, then again in digits in brackets (group 1: the digits). */
// ("một nghìn bốn trăm năm mươi hai (1.452) dịch vụ công": a thousands group in the digits too.)
const SPELLED_BEFORE = new RegExp(String.raw`(?<![a-z])${NUMBER_WORD}(?:[ -]+${NUMBER_WORD})*\s*\(\s*(\d{1,3}(?:\.\d{3})?)\s*\)`, 'g');
let spelledIn = '';
let spelledOut = '';

/**
 * The folded sentence with the spelled-out copy of each figure ("01 (một) đồng chí") blanked out
 * (same length), so the counted noun follows the figure for every reader. Remembers the last sentence.
 */
export function withoutSpelledOut(folded: string): string {
  if (folded === spelledIn) return spelledOut;
  spelledIn = folded;
  spelledOut = /\d\s*\(/.test(folded) ? folded.replace(SPELLED_OUT, (m, d: string, sp: string) => d + sp + ' '.repeat(m.length - d.length - sp.length)) : folded;
  // "hai (02) công chức": the words first, the figure in brackets after them.
  if (/\(\s*\d/.test(spelledOut)) spelledOut = spelledOut.replace(SPELLED_BEFORE, (m, d: string) => ' '.repeat(m.length - d.length - 1) + d + ' ');
  return spelledOut;
}

/** What the period before carried into this one: "chuyển sang", "tồn". */
const CARRIED_IN = /chuyen (?:sang|qua)|(?<![a-z])ton(?![a-z])/;

/**
 * An open bracket of another period's figures before a figure: "(cùng kỳ năm trước đạt 47,1%",
 * "(năm 2023 là 64 hồ sơ", "(so với quý trước: 1.204", "(cùng kỳ năm 2024 giải quyết 3.020".
 * The figure inside states that period's value, not the report's, so no rule reads it — unless
 * it is what that period carried into this one ("(tháng trước chuyển sang 241 hồ sơ)").
 */
const OTHER_PERIOD_BRACKET = new RegExp(
  String.raw`\(\s*(?:so voi\s+)?(?:cung ky(?: (?:nam|quy|thang) (?:truoc|\d{4}))?|(?:nam|quy|thang|ky) truoc|nam \d{4})(?![a-z0-9])(?![^()]*(?:${CARRIED_IN.source}))[^()]*$`,
);

/** A period named in a comparison: "cùng kỳ", "năm 2023", "quý trước", "kỳ trước". */
const PERIOD_WORD = /(?<![a-z])(?:cung ky|nam|quy|thang|ky)(?![a-z])/;

/**
 * A bracket opened right after a comparison with another period ("So với cùng kỳ năm 2023 (tiếp
 * nhận 4.102 hồ sơ, …"), not with a target or a quota ("so với số được giao (1.264 người)": that
 * bracket restates a whole of the report's), nor one carried into this period.
 */
function periodComparedBracket(before: string): boolean {
  const m = BRACKET_AFTER_COMPARISON.exec(before);
  if (!m) return false;
  const open = before.indexOf('(', m.index);
  return PERIOD_WORD.test(before.slice(m.index, open)) && !CARRIED_IN.test(before.slice(open));
}

/** Inside a bracket, right before a figure: the end of a change from another figure ("(từ 4.510 xuống", "(từ 92% lên mức"). */
const CHANGE_END = /^\(\s*tu\s+[\d.,]+\s*%?[^()]*?(?<![a-z])(?:xuong|len)(?:\s+(?:con|muc))?\s*$/;

/** A clause opening on the period before, then its figure: ", năm trước là 49", "; cùng kỳ năm 2024: 52", "(quý trước là 12". */
// ("…; so với cùng kỳ năm trước tỷ lệ đúng hạn là 97,5%": the rate's label between the period and its figure.)
export const PREVIOUS_PERIOD_CLAUSE = /(?:^|[,;(]|(?<![a-z])(?:va|con|trong khi))\s*(?:(?:con|va|so voi|trong khi)\s+)?(?:cung ky(?: nam (?:truoc|ngoai|\d{4}))?|(?:nam|quy|thang) (?:truoc|ngoai))\s*,?\s*(?:t[yi] le(?: [a-z]+){0,6}?\s+)?(?:(?:la|chi la|chi co|co|dat)(?![a-z])|:)\s*(?:(?:gan|tren|hon|khoang)\s+)?$/;
/**
 * A sentence fronted by the period before as its time ("Cùng kỳ năm trước, Sở đã giải quyết 1.410 hồ sơ",
 * "Năm trước: tiếp nhận 960 hồ sơ"): its figures are that period's, up to a ";" or a return to this
 * period ("…, trong khi năm nay …"). Not what that period carried into this one ("Kỳ trước, chuyển sang 12 hồ sơ").
 */
const PREVIOUS_PERIOD_OPENING = /^\s*(?:[-+*\u2022]\s*)?(?:(?:trong|tai|o|vao)\s+)?(?:cung ky(?: (?:nam|quy|thang) (?:truoc|ngoai|\d{4}))?|(?:nam|quy|thang|ky|dot) (?:truoc|ngoai))(?![a-z0-9])\s*[,:]/;
/** This period named again: "năm nay", "kỳ này", "trong kỳ", "quý này". */
const THIS_PERIOD = /(?<![a-z])(?:(?:nam|quy|thang|ky) nay|trong ky)(?![a-z])/;

/** A clause opening on a year, then its figure: ", năm 2024 là 58", "; năm 2023: 41" (group 1: the year). */
const YEAR_CLAUSE = /(?:^|[,;(]|(?<![a-z])(?:va|con|trong khi))\s*(?:(?:con|va|trong khi)\s+)?nam (\d{4})\s*(?:(?:la|chi la|chi co|co|dat)(?![a-z])|:)\s*(?:(?:gan|tren|hon|khoang)\s+)?$/;
/**
 * "Số hồ sơ trễ hạn năm 2025 là 21 hồ sơ, năm 2024 là 58 hồ sơ": a clause opening on another year than one the sentence
 * named before it holds that year's figure (as ", năm trước là 58" does).
 */
export function otherYearClause(folded: string, at: number): boolean {
  const before = folded.slice(Math.max(0, at - 40), at);
  if (!before.includes('nam ')) return false;
  const m = YEAR_CLAUSE.exec(before);
  if (!m) return false;
  const clauseAt = at - before.length + m.index;
  for (const y of folded.slice(0, clauseAt).matchAll(/(?<![a-z])nam (\d{4})(?![0-9])/g)) if (y[1] !== m[1]) return true;
  return false;
}

export function previousPeriodOpening(folded: string, at: number): boolean {
  if (!PREVIOUS_PERIOD_OPENING.test(folded)) return false;
  const before = folded.slice(0, at);
  return !before.includes(';') && !CARRIED_IN.test(before) && !THIS_PERIOD.test(before);
}

/**
 * Whether the figure starting at `at` in the folded sentence sits in a bracket of another period
 * (looks back 80 characters): one that opens on the period, or one opened right after a
 * comparison ("So với cùng kỳ năm 2023 (tiếp nhận 4.102 hồ sơ, …)", as the checks read it too).
 */
export function inOtherPeriodBracket(folded: string, at: number): boolean {
  // Every reading below needs a bracket still open at the figure (most figures have none).
  const open = folded.lastIndexOf('(', at);
  if (open < 0 || folded.lastIndexOf(')', at) > open) return false;
  const before = folded.slice(Math.max(0, at - 80), at);
  if (!OTHER_PERIOD_BRACKET.test(before) && !periodComparedBracket(before) && !siblingPeriodBracket(folded, open, at)) return false;
  // "… giảm 8,2% so với cùng kỳ (từ 4.510 xuống 4.140 hồ sơ)": the value a change ends at is this period's.
  if (CHANGE_END.test(folded.slice(open, at))) return false;
  // "Tổng số hồ sơ nhận: 860 (kỳ trước: 40; trong kỳ: 820)": a bracket that also names the period's own part splits a whole of this period.
  const close = folded.indexOf(')', at);
  return !THIS_PERIOD_PART.test(folded.slice(open, close < 0 ? folded.length : close));
}

/** An open bracket opening on a month or quarter: "(tháng 4/2024: 987", "(quý I: 2.140". */
const PERIOD_BRACKET = /\(\s*(thang|quy) ([0-9]{1,2}|[ivx]+)(?![a-z0-9])[^()]*$/;
/** A month or a quarter named, by PERIOD_BRACKET's kind (group 1: which one). */
const NAMED_PERIOD: Readonly<Record<string, RegExp>> = {
  thang: /(?<![a-z])thang ([0-9]{1,2}|[ivx]+)(?![a-z0-9])/g,
  quy: /(?<![a-z])quy ([0-9]{1,2}|[ivx]+)(?![a-z0-9])/g,
};

/**
 * "Tổng số hồ sơ tiếp nhận tháng 5/2024: 1.032 hồ sơ (tháng 4/2024: 987 hồ sơ)": a bracket opening
 * (at `open`) on another month (quarter) than the one the clause before it names holds that period's
 * figure. A bracket of months under a quarter ("Quý II tiếp nhận 3.000 hồ sơ (tháng 4: 1.020; …)") names its parts.
 */
function siblingPeriodBracket(folded: string, open: number, at: number): boolean {
  const inside = folded.slice(open, at);
  // "(quý I: 10.512 hồ sơ; quý II: 11.716 hồ sơ)": each entry after a ";" names its own period.
  const semi = inside.lastIndexOf(';');
  const m = (semi >= 0 ? PERIOD_ENTRY.exec(inside.slice(semi + 1)) : null) ?? PERIOD_BRACKET.exec(inside);
  if (!m) return false;
  // (No ". " before: the sentence's start — "-1 + 2" would cut its first letter, "tháng 9/2025" read as "hang".)
  const stop = folded.lastIndexOf('. ', open - 1);
  // (Periods inside closed brackets before are other entries, not the clause's: "… (tháng 8/2025: 1.964 hồ sơ), giải quyết … (tháng 8/2025: …".)
  const clause = folded.slice(Math.max(0, folded.lastIndexOf(';', open) + 1, stop < 0 ? 0 : stop + 2), open).replace(/\([^()]*\)/g, (b) => ' '.repeat(b.length));
  const named = NAMED_PERIOD[m[1]!]!;
  named.lastIndex = 0;
  let other = false;
  for (let n = named.exec(clause); n; n = named.exec(clause)) {
    // "So với quý I/2025, số hồ sơ tiếp nhận trong quý II …": a period named as the one compared with is not the clause's own.
    const compared = COMPARED_BEFORE.test(clause.slice(Math.max(0, n.index - 14), n.index));
    if (n[1] === m[2] && !compared) return false;
    if (n[1] !== m[2]) other = true;
  }
  // ("Tháng 9/2025, số hồ sơ tiếp nhận là 3.811 hồ sơ, …; số hồ sơ trễ hạn là 2 hồ sơ (tháng 8/2025: 9 hồ sơ)": a clause naming no
  // period is of the one the sentence opens on.)
  if (!other && !named.test(clause)) {
    const opening = SENTENCE_PERIOD.exec(folded.slice(stop < 0 ? 0 : stop + 2, open));
    if (opening && opening[1] === m[1] && opening[2] !== m[2]) return true;
  }
  return other;
}

/** A sentence opening on its period: "Tháng 9/2025, …", "Trong quý III, …" (group 1: which kind, 2: which one). */
const SENTENCE_PERIOD = /^\s*(?:trong\s+)?(thang|quy) ([0-9]{1,2}|[ivx]+)(?![a-z0-9])/;

/** An entry of a bracket, after its ";", opening on a month or quarter: "; quý II: 11.716". */
const PERIOD_ENTRY = /^\s*(thang|quy) ([0-9]{1,2}|[ivx]+)(?![a-z0-9])[^();]*$/;
/** Words before a period that make it the one compared with: "so với quý I", "cùng kỳ tháng 5", "hơn tháng trước". */
const COMPARED_BEFORE = /(?<![a-z])(?:so voi|voi|hon|cung ky|bang)\s*$/;

/** The period's own part beside the one carried in: "trong kỳ", "kỳ này", "mới tiếp nhận", "phát sinh mới". */
const THIS_PERIOD_PART = /(?<![a-z])(?:trong ky|ky nay|(?:tiep nhan|nhan|phat sinh) moi|moi (?:tiep nhan|nhan|phat sinh))(?![a-z])/;

/** The folded sentence with every bracketed aside that closes before `at` blanked out (same length). */
export function maskClosedParens(folded: string, at: number): string {
  let out = folded;
  const re = /\([^()]*\)/g;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const s = m.index;
    const e = s + m[0].length;
    if (e <= at) out = out.slice(0, s) + ' '.repeat(e - s) + out.slice(e);
  }
  return out;
}

export interface CueHit {
  label: string;
  index: number;
  end: number;
}

/**
 * The last (nearest to the end) cue of `cues` in `text`. Cues are tried as one alternation in the
 * given order, so a longer cue listed first ("thap hon so giao") hides a shorter one inside it.
 */
type Cues = readonly (readonly [string, string])[];
const cueRes = new WeakMap<Cues, { all: RegExp; first: RegExp }>();

function cueRe(cues: Cues): { all: RegExp; first: RegExp } {
  let hit = cueRes.get(cues);
  if (!hit) {
    const src = cues.map(([, p], i) => String.raw`(?<c${i}>\b(?:${p})\b)`).join('|');
    hit = { all: new RegExp(src, 'g'), first: new RegExp(src) };
    cueRes.set(cues, hit);
  }
  return hit;
}

const groupNames: string[] = [];

/** Which cue matched: the first of the groups c0, c1, … that took part (-1: none). */
function cueIndex(m: RegExpExecArray, count: number): number {
  const groups = m.groups;
  if (groups === undefined) return -1;
  for (let k = 0; k < count; k++) if (groups[(groupNames[k] ??= `c${k}`)] !== undefined) return k;
  return -1;
}

export function lastCue(text: string, cues: Cues): CueHit | null {
  const re = cueRe(cues).all;
  re.lastIndex = 0;
  let hit: CueHit | null = null;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const i = cueIndex(m, cues.length);
    if (i >= 0) hit = { label: cues[i]![0], index: m.index, end: m.index + m[0].length };
    if (m[0].length === 0) re.lastIndex++;
  }
  return hit;
}

/** The first cue of `cues` in `text` (for cues that follow the figure). */
export function firstCue(text: string, cues: Cues): CueHit | null {
  const re = cueRe(cues).first;
  const m = re.exec(text);
  if (!m) return null;
  const i = cueIndex(m, cues.length);
  return i >= 0 ? { label: cues[i]![0], index: m.index, end: m.index + m[0].length } : null;
}

/** Start of the clause holding offset `at`: just after the last of `stops` before it. */
export function clauseStart(folded: string, at: number, stops = ';'): number {
  let i = at - 1;
  while (i >= 0 && !stops.includes(folded[i]!)) i--;
  return i + 1;
}

/**
 * The clause before the bracket that holds `at` ("kiểm tra … tại 08 cơ quan, đơn vị" for the
 * figures of "(03 phòng chuyên môn, 05 đơn vị sự nghiệp)"), or undefined when `at` is in no bracket:
 * a bracket's figures are the parts of what it follows.
 */
export function bracketHead(folded: string, at: number): string | undefined {
  if (!inParens(folded, at)) return undefined;
  const open = folded.lastIndexOf('(', at);
  return folded.slice(clauseStart(folded, open), open);
}

// ("Cơ cấu tổ chức gồm: Văn phòng, Thanh tra, 05 phòng … và 03 đơn vị (trong đó 01 …)": the inspectorate listed among the bodies
// — after a comma, a colon, "gồm" or "và" and before another — is a body, no act of inspecting.)
const INSPECTED = /\b(?:kiem tra|giam sat|khao sat|iso|htqlcl)\b|\bthanh tra(?<!(?:[,:]|\bgom|\bva)\s*thanh tra)\b|\bthanh tra\b(?!\s*(?:,|va\b))/;

/**
 * "Số lượng người làm việc … là 64 người (có mặt 60 người)": the posts of the public service units as the clause's
 * subject with those present right after them — the quota assigned, not a head count. `clause`: the folded clause up to
 * the figure; `end`: the figure's end in the folded sentence `f`.
 */
export function postsBeforePresent(f: string, clause: string, end: number): boolean {
  return /^\W*(?:tong )?so (?:luong )?nguoi lam viec\b/.test(clause) && /^\s*(?:nguoi\s*)?(?:\(|,|;|\bva\b)\s*(?:hien\s+)?(?:co mat|hien co|thuc co)\b/.test(f.slice(end));
}

/**
 * "Số lượng người làm việc hưởng lương từ NSNN … là 24.105 người", "Số lượng người làm việc trong các đơn vị sự nghiệp công lập
 * hưởng lương từ ngân sách nhà nước là …": the posts paid from the budget, a quota by their name, as the clause's subject.
 */
export const PAID_POSTS = /^\W*(?:tong )?so (?:luong )?nguoi lam viec\b[^;:.\d]{0,80}?\bhuong luong\b/;

/**
 * In a bracket after bodies inspected, surveyed or certified ("kiểm tra … tại 08 cơ quan, đơn vị
 * (03 phòng chuyên môn, 05 đơn vị sự nghiệp)"): the figure is a part of those bodies, not a count
 * of an agency's structure.
 */
export function inPartsOfInspected(folded: string, at: number): boolean {
  const head = bracketHead(folded, at);
  if (head === undefined) return false;
  if (INSPECTED.test(head)) return true;
  // ("có 04 đơn vị (Văn phòng UBND huyện và 03 phòng chuyên môn) chuyển đổi sang ISO điện tử": the work may follow the bracket.)
  const close = folded.indexOf(')', at);
  return close >= 0 && /\d/.test(head) && INSPECTED.test(folded.slice(close + 1, Math.min(close + 80, clauseEnd(folded, close + 1, ';.'))));
}

/** End of the clause that starts at `from`: the first of `stops` after it (or the end). */
export function clauseEnd(folded: string, from: number, stops = ';('): number {
  let i = from;
  while (i < folded.length && !stops.includes(folded[i]!)) i++;
  return i;
}

/** True when the figure opens "từ X … xuống/lên (còn) Y": the record is Y, never X. */
export function isFromValue(folded: string, n: NumberMention): boolean {
  return /\btu\s*$/.test(folded.slice(Math.max(0, n.start - 6), n.start)) && /^[^.;]{0,40}?\b(?:xuong|len)\b/.test(folded.slice(n.end));
}

/**
 * True when the figure at `at` is a further item of a change ("giảm 03 phòng chuyên môn, 05 đơn vị sự
 * nghiệp"): the first item is dropped as a change (non-figures); the ones coordinated after it are changes too.
 */
const CHANGE_LIST = /\b(?:giam|tang|sap nhap|giai the|hop nhat|tinh gian|cat giam)(?: (?:duoc|them|bot|tiep))?\s+\d[\d.,]*\s+[a-z]+(?: [a-z]+){0,4}(?:\s*(?:,|\bva\b)\s*\d[\d.,]*\s+[a-z]+(?: [a-z]+){0,4})*\s*(?:,|\bva\b)\s*$/;
/** "sáp nhập 3 phòng chuyên môn thành 1 phòng": what the merged bodies became, a change, not a count of the bodies there are. */
const MERGED_INTO = /\b(?:sap nhap|hop nhat)\s+\d[\d.,]*\s+[a-z]+(?: [a-z]+){0,4}\s+(?:lai\s+)?thanh\s*$/;
export function inChangeList(folded: string, at: number): boolean {
  const from = folded.lastIndexOf(';', at) + 1;
  const before = folded.slice(Math.max(from, at - 160), at);
  return CHANGE_LIST.test(before) || MERGED_INTO.test(before);
}

/** True when the figure sits inside a bracketed aside. */
export function inParens(folded: string, at: number): boolean {
  const open = folded.lastIndexOf('(', at);
  if (open < 0) return false;
  const close = folded.lastIndexOf(')', at);
  return close < open;
}

/** `tier` from "cấp tỉnh / cấp huyện / cấp xã" (wards: "cấp phường"; urban districts: "cấp quận"; towns and cities: "cấp thị xã", "cấp thành phố") written as the figure's label or right after its noun. */
export function tierAround(
  folded: string,
  start: number,
  nounEnd: number,
  text?: string,
  block?: Block,
  issuerAbove = false,
): 'province' | 'district' | 'commune' | undefined {
  // ("cấp phường, xã 147 lượt", "cấp quận, huyện 318": a level named by both its kinds.)
  const label = /\bcap (tinh|huyen|xa|phuong|thi xa|thanh pho|tp|quan(?! ly))(?:,? ?\/? ?(?:xa|phuong|thi tran|huyen|quan))*(?: (?:la|co|gom|dat|:))?\s*:?\s*$/.exec(folded.slice(Math.max(0, start - 24), start));
  // ("74 lượt, cấp xã 162 lượt": a tier that labels the next figure is not this one's; nor one that is the subject of the
  // next figure's verb: "12 văn bản, cấp xã ban hành 5 văn bản", "…, cấp xã tự kiểm tra 36 văn bản" — "tự", not "từ" of a time.)
  const after = /^(?:\s*,)?\s+(?:(?!trong |gom |bao |cu the|chia )[a-z]+ ){0,2}?cap (tinh|huyen|xa|phuong|thi xa|thanh pho|tp|quan(?! ly))\b(?!\s*(?::|\bla\b)?\s*\d)(?!(?: (?!(?:nam|quy|thang|ngay|dot|lan|muc|do|giai|den|tu(?= (?:ngay|thang|quy|nam|dau|khi|\d))|ky|tuan|va|hoac|voi|la|co|gom|dat|chiem)\b)[a-z]+){1,3}\s+\d)(\s*(?:,|va|\/)\s*(?:cap )?(tinh|huyen|xa|phuong)\b)?/.exec(folded.slice(nounEnd, nounEnd + 40));
  // ("… 318 TTHC cấp quận, huyện": two kinds of one level are that level; two levels are none.)
  if (after?.[3] && TIER_OF[after[3]] !== TIER_OF[after[1]!]) return undefined;
  const word = label?.[1] ?? after?.[1];
  // ("cử 05 công chức xã tham gia …", "01 cán bộ, công chức xã, thị trấn bị kỷ luật": the communes' staff, with no "cấp".)
  if (word === undefined && STAFF_END.test(folded.slice(Math.max(0, nounEnd - 12), nounEnd))) {
    const communes = COMMUNES_AFTER_STAFF.exec(folded.slice(nounEnd, nounEnd + 40));
    // (One commune's own staff, "công chức phường" in the ward's report, are the commune tier only where its paragraph names a
    // higher level, as "UBND xã" is, or the report is a district's or a province's: `issuerAbove`.)
    const paragraph = block === undefined ? undefined : blockMentions(block);
    const own =
      communes !== null && !severalCommunes(communes[0]) && !issuerAbove && (paragraph === undefined || !namesHigherLevel(paragraph.mentions, paragraph.folded));
    if (communes && !own && (text === undefined || !isNamed(text, nounEnd + communes[0].length))) return 'commune';
    // ("cử 38 lượt cán bộ, công chức huyện và 112 lượt cán bộ, công chức cấp xã …": the district's staff, set against the
    // communes' in the sentence; not "công chức huyện Kim Sơn", one district's.)
    const district = communes ? null : DISTRICT_AFTER_STAFF.exec(folded.slice(nounEnd, nounEnd + 24));
    if (district && COMMUNE_LEVEL_NAMED.test(folded) && (text === undefined || !isNamed(text, nounEnd + district[0].length))) return 'district';
  }
  // ("Cấp thành phố …; cấp quận, huyện …": in a centrally-run city the city's own level is the province's.)
  if ((word === 'thanh pho' || word === 'tp') && URBAN_DISTRICTS.test(folded)) return 'province';
  return word === undefined ? undefined : TIER_OF[word];
}

/** The staff nouns a commune's level may follow without "cấp", folded. */
const STAFF_NOUN = String.raw`(?:can bo|cong chuc|cbcc|cbccvc|ccvc)`;
/** Commune-level words: "xã", "xã, thị trấn", "các phường". */
const COMMUNE_WORDS = String.raw`(?:cac\s+)?(?:xa|phuong|thi tran)(?:\s*(?:,|\/|va)\s*(?:xa|phuong|thi tran))*(?![a-z])`;
/** A staff noun ending a text ("… công chức", "cán bộ"). */
const STAFF_END = new RegExp(String.raw`(?<![a-z])${STAFF_NOUN}\s*$`);
/** A staff noun opening a text, with the space after it. */
const STAFF_START = new RegExp(String.raw`^${STAFF_NOUN}\s+`);
/** A district's level right after a staff noun, without "cấp": "(công chức) huyện", "(cán bộ) thị xã". */
const DISTRICT_AFTER_STAFF = /^\s+(?:huyen|quan|thi xa|thanh pho)(?![a-z])/;
/** The communes' level named in a sentence: "cấp xã", "các xã", "xã, thị trấn". */
const COMMUNE_LEVEL_NAMED = /(?<![a-z])(?:cap(?<!tro cap) (?:xa|phuong)|cac (?:xa|phuong)|xa,? (?:phuong|thi tran))(?![a-z])/;
/** Commune-level words right after a staff noun, without "cấp": "(công chức) xã", "(cán bộ) xã, thị trấn", "(công chức) các phường". */
const COMMUNES_AFTER_STAFF = new RegExp(String.raw`^\s+${COMMUNE_WORDS}`);
/** The same in running text: "cán bộ, công chức xã, thị trấn trên địa bàn huyện là 356 người" (the communes' staff, a tier mention). */
const STAFF_OF_COMMUNES = new RegExp(String.raw`(?<![a-z])${STAFF_NOUN}\s+${COMMUNE_WORDS}`, 'g');

/** Commune-level words naming several communes or their whole level ("các xã", "xã, thị trấn"), not one commune's own. */
function severalCommunes(words: string): boolean {
  return /\bcac\b|[,/]|\bva\b/.test(words);
}

/**
 * Does a paragraph name a district or province level ("cấp huyện", "UBND huyện", "các sở, ngành"), or
 * speak as the district of its communes ("Quận có 07 phường …", "toàn huyện", "trên địa bàn thị xã")?
 */
function namesHigherLevel(mentions: readonly TierMention[], folded: string): boolean {
  return mentions.some((m) => m.tier === 'district' || m.tier === 'province') || DISTRICT_SPEAKING.test(folded);
}
// ("Trong quý II, huyện đã kiểm tra …": the district as the subject of what it did, after an opening time phrase, likewise.)
// ("Huyện Krông Năng có 12 xã …", "Trong năm, huyện cử 46 lượt …": the district named, or sending its staff, likewise.)
const DISTRICT_SPEAKING =
  /(?:^|[.;:]\s*)\W*(?:(?:quan|huyen|thi xa|thanh pho|tinh)|(?:huyen|thi xa)(?: [a-z]+){1,3}?) co\b|(?<![a-z])(?:toan|tren dia ban(?: toan)?) (?:quan|huyen|thi xa|thanh pho|tinh)(?![a-z])|(?:^|[.;:]\s*)\W*(?:(?:trong|nam|quy|thang|6 thang|9 thang)\b[^,.;:]{0,24},\s*)?(?:quan|huyen|thi xa|thanh pho) (?:da|dang|tiep tuc|cu|to chuc)\b/;

/** "đơn vị cấp tỉnh, huyện, xã": the figure is for several tiers at once. */
const MIXED_AFTER = /^(?:\s*,)?\s+(?:(?!trong |gom |bao |cu the|chia )[a-z]+ ){0,2}?cap (tinh|huyen|thi xa|thanh pho|quan|xa|phuong)\s*(?:,|va|\/)\s*(?:cap )?(tinh|huyen|thi xa|quan|xa|phuong)\b/;
export function mixedTierAfter(folded: string, nounEnd: number): boolean {
  // ("… cấp thị xã và cấp xã": a town and its communes are two levels; "cấp quận, huyện" is one.)
  const m = MIXED_AFTER.exec(folded.slice(nounEnd, nounEnd + 40));
  return m !== null && TIER_OF[m[1]!] !== TIER_OF[m[2]!];
}

/** Provincial departments as a subject: "các cơ quan chuyên môn thuộc UBND tỉnh". */
const EXTRA: [RegExp, Tier][] = [
  [/\bco quan chuyen mon (?:thuoc|cua) (?:ubnd|uy ban nhan dan) tinh\b/g, 'province'],
  [/\bco quan chuyen mon (?:thuoc|cua) (?:ubnd|uy ban nhan dan) (?:huyen|quan|thi xa|thanh pho)\b/g, 'district'],
];

/**
 * The shared tier mentions, plus the subjects above, and with "cấp tỉnh, huyện, xã" (several tiers in
 * one phrase) turned into a mention that cancels any tier.
 */
function withLocalMentions(folded: string, mentions: TierMention[], issuerAbove: boolean): TierMention[] {
  let out = mentions.map((m) =>
    /^\s*(?:,|va|\/)\s*(?:cap )?(?:tinh|huyen|xa)\b/.test(folded.slice(m.end, m.end + 16)) && /^cap /.test(folded.slice(m.start, m.end))
      ? { ...m, tier: null }
      : m,
  );
  for (const [re, tier] of EXTRA) {
    re.lastIndex = 0;
    for (let x = re.exec(folded); x; x = re.exec(folded)) {
      const start = x.index;
      const end = start + x[0].length;
      // The longer phrase wins over the "UBND huyện" inside it.
      out = out.filter((o) => !(o.start >= start && o.end <= end));
      if (out.some((o) => o.start < end && start < o.end)) continue;
      out.push({ start, end, tier, scopeEnd: folded.length });
    }
  }
  // ("Tổng số cán bộ, công chức xã, thị trấn … là 356 người": the staff nouns name the commune level; not "công chức xã Tân Lập";
  // nor one commune's own staff, "công chức phường" in a paragraph naming no higher level.)
  // (Whether the paragraph names a higher level is read at the first such staff, if any.)
  let higher: boolean | undefined;
  STAFF_OF_COMMUNES.lastIndex = 0;
  for (let x = STAFF_OF_COMMUNES.exec(folded); x; x = STAFF_OF_COMMUNES.exec(folded)) {
    const end = x.index + x[0].length;
    const level = x[0].replace(STAFF_START, '');
    const start = end - level.length;
    if (!severalCommunes(level) && !issuerAbove && !(higher ??= namesHigherLevel(mentions, folded))) continue;
    if (out.some((o) => o.start < end && start < o.end)) continue;
    out.push({ start, end, tier: 'commune', scopeEnd: folded.length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The block's folded text and its tier mentions, read once for its sentences; `above()` the same in a
 * district's or a province's report, where one commune's staff nouns ("công chức phường") are the
 * commune level wherever they stand (read when first asked).
 */
interface BlockMentions {
  folded: string;
  mentions: TierMention[];
  above: () => TierMention[];
}
const blockMentions = rememberLast((block: Block): BlockMentions => {
  const folded = fold(block.text);
  const shared = tierMentions(folded);
  const mentions = withLocalMentions(folded, shared, false);
  let above: TierMention[] | undefined;
  return { folded, mentions, above: () => (above ??= withLocalMentions(folded, shared, true)) };
});

/**
 * Is the report's issuer a district's, a city's or a province's committee (CONTRACT §1 `agency`)? Its
 * communes' staff are then the commune level even where one says "công chức phường" and names no
 * higher level: a ward's own report speaks so of its own staff, a district's of its wards'.
 */
export function issuerAboveCommunes(ctx: Pick<RuleContext, 'metadata'>): boolean {
  const level = territoryOf(ctx.metadata?.agency);
  return level === 'huyen' || level === 'thanh pho' || level === 'tinh';
}

/** A body named as the subject of a sentence, before its figure: "Sở Tư pháp", "Phòng Nội vụ", "UBND huyện". */
// ("Sở đã tự kiểm tra 02/02 văn bản": the reporting agency unnamed, opening its sentence with its act.)
const BODY_SUBJECT =
  /(?:^|[\s,(])(?:(?:Sở|Phòng|Văn phòng|Ban|Trung tâm|Chi cục|Thanh tra|Bộ phận)\s+\p{Lu}|(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường|thị trấn)(?!\s*,)\s)|^\W*(?:Sở|Phòng|Văn phòng|Ban|Trung tâm|Chi cục)\s+(?:đã|đang|tiếp tục|tiếp nhận|thực hiện|tự|chủ trì|phối hợp|ban hành|rà soát|kiểm tra|cử|có|không|chưa)(?!\p{L})/u;

function namesBody(before: string): boolean {
  return BODY_SUBJECT.test(before);
}

/** A mention that opens its clause as the subject ("Năm 2024, HĐND, UBND huyện …", "…; UBND các xã …"). */
function opensClause(folded: string, m: TierMention): boolean {
  // ("Công tác xây dựng văn bản QPPL: UBND huyện ban hành …": a label's colon opens the clause too.)
  const from = Math.max(folded.lastIndexOf(';', m.start), folded.lastIndexOf('. ', m.start), folded.lastIndexOf(':', m.start)) + 1;
  // ("Thực hiện Luật …, trong năm 2024 HĐND, UBND huyện …": after an opening phrase's comma, a time phrase may lack its own.)
  return /(?:^|,)\W*(?:(?:nam|trong|den|tinh den) [a-z0-9/ ]{1,24}?(?:,\s*|\s+(?=hdnd|hoi dong|ubnd|uy ban)))?(?:(?:hdnd|hoi dong nhan dan)\s*(?:,|va)\s*)?$/.test(folded.slice(from, m.start));
}

/** A level opening a clause, its councils before it or not: "; cấp huyện ban hành …", "; HĐND, UBND cấp huyện ban hành …". */
function levelOpensClause(folded: string, m: TierMention): boolean {
  const councils = /(?:(?:hdnd|hoi dong nhan dan)\s*(?:,|va)\s*)?(?:ubnd|uy ban nhan dan)\s+$/.exec(folded.slice(Math.max(0, m.start - 32), m.start));
  return opensClause(folded, councils ? { ...m, start: m.start - councils[0].length } : m);
}

/** The district's own committee (not named) opening a clause, with the communes' committees opening another. */
function ownAgainstCommunes(text: string, folded: string, mentions: readonly TierMention[], m: TierMention, neighbours: () => boolean): boolean {
  if (m.ownDistrict !== true || !OWN_DISTRICT_BODY.test(folded.slice(m.start, m.end))) return false;
  if (/^\s+\p{Lu}/u.test(text.slice(m.end, m.end + 4)) || !opensClause(folded, m)) return false;
  return (
    mentions.some(
      // ("…; các xã, phường không ban hành …", "…; cấp xã ban hành 12 văn bản": the level by its bodies or by name, likewise —
      // within the sentence.)
      (x) => {
        if (x === m || x.tier !== 'commune') return false;
        const words = folded.slice(x.start, x.end);
        const between = folded.slice(Math.min(m.end, x.end), Math.max(m.start, x.start));
        // ("…; UBND 20 xã, phường …": the communes' committees counted, likewise.)
        if (/^(?:ubnd|uy ban nhan dan) (?:cac|\d+) /.test(words)) return opensClause(folded, x) && /[;.]/.test(between);
        return /^(?:cac (?:xa|phuong|thi tran)|cap (?:xa|phuong))/.test(words) && levelOpensClause(folded, x) && between.includes(';') && !/\.\s/.test(between);
      },
    ) ||
    // ("Bộ phận Một cửa huyện tiếp nhận 02 phản ánh …" then the paragraph "UBND các xã tiếp nhận 03 phản ánh …".)
    neighbours()
  );
}

/** The district's own committee or one-stop office, unnamed: "UBND huyện", "Bộ phận Một cửa huyện", "Trung tâm Hành chính công thị xã". */
const OWN_DISTRICT_BODY = /^(?:(?:ubnd|uy ban nhan dan)|bo phan(?: [a-z]+){0,6}|trung tam(?: [a-z]+){0,6}) (?:huyen|quan|thi xa|thanh pho)$/;
/** A paragraph opening on the communes' committees as its subject ("UBND các xã tiếp nhận …", "Cấp xã: …"). */
const COMMUNES_OPEN = /^\W*(?:(?:tai|o|doi voi)\s+)?(?:(?:(?:hdnd|hoi dong nhan dan)\s*(?:,|va)\s*)?(?:ubnd|uy ban nhan dan) cac (?:xa|phuong|thi tran)|cap (?:xa|phuong)|cac (?:xa|phuong|thi tran))(?![a-z])/;

/** Does the paragraph before or after `block` open on the communes' committees, with a figure? */
function communesBeside(ctx: RuleContext): boolean {
  const blocks = ctx.blocks;
  if (!blocks) return false;
  const i = blockIndex(blocks, ctx.block);
  if (i < 0) return false;
  return [blocks[i - 1], blocks[i + 1]].some((b) => b !== undefined && b.section === ctx.block.section && /\d|khong/.test(b.text) && COMMUNES_OPEN.test(fold(b.text)));
}

/**
 * The tier of a figure: its own label or the tier right after its noun ("cấp huyện 121 văn bản",
 * "363 cán bộ, công chức cấp xã"); otherwise the nearest earlier tier of the paragraph that still
 * reaches it ("UBND cấp huyện đã soạn thảo 19 …, rà soát 289 văn bản"), skipping tiers inside a
 * bracketed breakdown that closed before it; otherwise the headings'.
 */
/** A quantifier over all that opens a figure ("toàn bộ 16", "tất cả 12", "tổng cộng 30"). */
const WHOLE_BEFORE = /(?<![a-z])(?:toan bo|tat ca|tong cong|tong so|ca)(?: (?:cac|so|la))?\s*:?\s*$/;
/** The whole province named in a sentence ("Tổng số đơn vị sự nghiệp công lập của tỉnh còn 1.142 đơn vị; trong đó …"). */
const WHOLE_PROVINCE = /(?<![a-z])(?:toan tinh|cua (?:ca |toan )?tinh|tren dia ban (?:ca |toan )?tinh|ca tinh)(?![a-z])/;

/**
 * A figure and its counted noun right before a tier ("121 TTHC cấp xã", "11/11 văn bản của cấp xã", "08 UBND cấp xã"):
 * the tier qualifies those things only (not a time: "6 tháng đầu năm cấp xã …"). Checked on the 50 characters before the mention.
 */
// ("27 lượt cán bộ, công chức cấp xã": the comma inside the staff noun is no clause's end.)
const TRAILS_COUNT = /(?<![a-z\d.,/])(?!(?:19|20)\d\d\s)\d[\d.]*(?:\/\d[\d.]*)?\s+(?!(?:thang|quy|nam|ngay|tuan|ho so)(?![a-z]))(?:(?:can bo|cong chuc),\s+|[a-z&]+\s+){1,6}(?:(?:cua|thuoc)\s+)?$/;

/** A breakdown opened after a count ("… cấp xã. Trong đó, …"): its parts are of that count. */
const BREAKDOWN_AFTER = /(?:^|[.;:,]\s*)(?:trong do|trong so do|bao gom|cu the)(?![a-z])/;

/** A count right before a level's bodies ("20 cơ quan chuyen mon thuộc UBND tỉnh"): the bodies counted, not a subject. */
const COUNTED_BODIES = /(?<![a-z\d.,/])\d[\d.]*\s+co quan chuyen mon\b[a-z ]*$/;

/**
 * "Bộ phận Một cửa thị xã và UBND các xã, phường tiếp nhận 14 phản ánh": bodies of two levels joined as one subject are a
 * mixed group — neither level's tier travels from it.
 */
function joinedToOtherTier(folded: string, mentions: readonly TierMention[], m: TierMention): boolean {
  if (m.tier === null) return false;
  return mentions.some(
    (x) =>
      x !== m &&
      x.tier !== null &&
      x.tier !== m.tier &&
      (x.end <= m.start ? JOINED.test(folded.slice(x.end, m.start)) : m.end <= x.start && JOINED.test(folded.slice(m.end, x.start))),
  );
}
const JOINED = /^\s*(?:,|\/|va|cung)\s*$/;

/** A level right before its figure: "cấp xã là 108", "cấp huyện: 12", "cấp tỉnh 21". */
const LABELS_FIGURE = /^\s*(?::|la|co|dat|gom)?\s*\d/;

/** Is `m` one of two or more levels of one sentence each labelling its own figure ("cấp huyện là 265 TTHC, cấp xã là 108 TTHC")? */
function labelsBreakdown(folded: string, mentions: readonly TierMention[], m: TierMention): boolean {
  if (m.tier === null || !LABELS_FIGURE.test(folded.slice(m.end, m.end + 12))) return false;
  return mentions.some(
    (x) =>
      x !== m &&
      x.tier !== null &&
      x.tier !== m.tier &&
      LABELS_FIGURE.test(folded.slice(x.end, x.end + 12)) &&
      !/\.\s/.test(folded.slice(Math.min(x.end, m.end), Math.max(x.start, m.start))),
  );
}

export function tierOf(ctx: RuleContext, n: { start: number }, nounEnd: number): Tier | undefined {
  const issuerAbove = issuerAboveCommunes(ctx);
  const own = tierAround(ctx.folded, n.start, nounEnd, ctx.text, ctx.block, issuerAbove);
  if (own) return own;
  if (mixedTierAfter(ctx.folded, nounEnd)) return undefined;
  const paragraph = blockMentions(ctx.block);
  const cached = { folded: paragraph.folded, mentions: issuerAbove ? paragraph.above() : paragraph.mentions };
  const offset = ctx.offset ?? Math.max(0, ctx.block.text.indexOf(ctx.text));
  const at = offset + n.start;
  const masked = maskClosedParens(cached.folded, at);
  const clauseFrom = Math.max(cached.folded.lastIndexOf(';', at - 1), cached.folded.lastIndexOf('. ', at - 1)) + 1;
  // ("…; Phòng Tư pháp đã kiểm tra 12/12 văn bản": a body named as the clause's subject is its own too.)
  const ownBody =
    clauseFrom > 0 && (cached.mentions.some((m) => m.start >= clauseFrom && m.end <= at) || namesBody(ctx.block.text.slice(clauseFrom, at)));
  // Only explicit tiers ("cấp huyện", "UBND cấp xã", "UBND các xã") travel; a named body ("UBND thành phố") is the subject, not a tier.
  const visible = cached.mentions.map((m) => (joinedToOtherTier(cached.folded, cached.mentions, m) ? { ...m, tier: null } : m)).filter(
    (m) => (m.end <= at && masked.slice(m.start, m.end).trim() !== '') || m.start >= at,
  )
    .filter((m) => {
      if (m.tier === null) return true;
      const words = cached.folded.slice(m.start, m.end);
      if (/\bcap (?:tinh|huyen|xa|phuong|thi xa|thanh pho|tp|quan(?! ly))\b|co quan chuyen mon/.test(words)) return true;
      // "HĐND, UBND các xã, thị trấn ban hành 11 văn bản": a level named by its bodies, within its sentence.
      // ("Bộ phận Một cửa các xã, phường": the one-stop desks of a whole level, likewise.)
      // ("…; các xã, thị trấn không ban hành văn bản QPPL": the level's bodies opening a clause as its subject, likewise.)
      // ("…; 14 phường có 312 cán bộ, công chức": the level's bodies counted as the subject opening a clause, likewise.)
      // ("…; UBND 20 xã, phường ban hành 03 văn bản": their committees counted, likewise.)
      const level =
        /^(?:(?:ubnd|uy ban nhan dan) (?:cac|\d+) (?:xa|phuong|thi tran|huyen|quan)|bo phan mot cua (?:cua )?cac (?:xa|phuong))\b/.test(words) ||
        (/^cac (?:xa|phuong|thi tran)\b/.test(words) && /(?:^|[;:.])\s*$/.test(cached.folded.slice(Math.max(0, m.start - 4), m.start))) ||
        (m.count === true && m.start < at && /(?:^|[;:.])\s*\d[\d.]*\s+$/.test(cached.folded.slice(Math.max(0, m.start - 12), m.start))) ||
        // ("… có 78 xã, phường với 234 phòng chuyên môn": the counted communes owning the figure right after "với".)
        (m.count === true && m.start < at && /^[a-z ,]{0,20}?\bvoi\s*(?:(?:hon|tren|gan|khoang|tong cong|tong so)\s*)?$/.test(cached.folded.slice(m.end, at)));
      // "UBND huyện ban hành 05 văn bản QPPL; UBND các xã, thị trấn ban hành 12 văn bản": the district's own committee as the
      // subject of a clause set against the communes' committees as the subject of another is the district level.
      // ("Tổng số cán bộ, công chức xã, thị trấn … là 356 người; về trình độ: …": the communes' staff named by their nouns, likewise;
      // not "công chức xã Tân Lập", one commune's.)
      const staffLevel =
        m.tier === 'commune' && /^(?:cac )?(?:xa|phuong|thi tran)\b/.test(words) && STAFF_END.test(cached.folded.slice(Math.max(0, m.start - 12), m.start)) && !isNamed(ctx.block.text, m.end);
      // ("HĐND và UBND tỉnh đã ban hành 52 VBQPPL; cấp huyện ban hành 9 VBQPPL": the province's councils set beside a lower
      // level that opens a clause of its own — not one named as the issuer of documents checked, "… do HĐND, UBND cấp huyện gửi đến".)
      const councils =
        m.besideLower === true && opensClause(cached.folded, m) && cached.mentions.some((x) => (x.tier === 'district' || x.tier === 'commune') && !x.named && !x.place && levelOpensClause(cached.folded, x));
      return (
        (level || staffLevel || councils || ownAgainstCommunes(ctx.block.text, cached.folded, cached.mentions, m, () => communesBeside(ctx))) &&
        (m.start >= at || !/\.\s/.test(cached.folded.slice(m.end, at)))
      );
    })
    // "… 42 văn bản do HĐND, UBND cấp huyện gửi đến, đã kiểm tra 42 văn bản; rà soát 215 văn bản": the issuer of some documents
    // qualifies those documents only, and does not travel to a later figure ("do HĐND, UBND cấp huyện, cấp xã gửi đến" too).
    // (Not the "đó" of "trong (số) đó": "… 3.842 biên chế, trong đó các cơ quan chuyên môn thuộc UBND tỉnh 2.018 biên chế" is a breakdown.)
    .filter((m) => m.start >= at || !/(?<![a-z])(?<!trong (?:so )?)do(?: [a-z&]+,?){0,5}\s*$/.test(cached.folded.slice(Math.max(0, m.start - 40), m.start)))
    // "… 19 đơn vị hành chính cấp xã; số phòng chuyên môn thuộc UBND huyện là 12 phòng": a clause that names its own body does not take an earlier clause's tier.
    .filter((m) => m.start >= at || m.end > clauseFrom || !ownBody)
    // ("… 100% UBND cấp xã (16/16 phường, xã) đã áp dụng ISO điện tử; thành phố có 12 phòng chuyên môn": a clause opening on the
    // reporting area itself as its subject, likewise.)
    .filter((m) => m.start >= at || m.end > clauseFrom || clauseFrom === 0 || !opensOnOwnArea(cached.folded.slice(clauseFrom, at), ctx.block.text.slice(clauseFrom, at)))
    // "… 121 TTHC cấp xã. … kiến nghị bãi bỏ 02 thủ tục", "kiểm tra 06 phòng và 08 UBND cấp xã; qua đó …": a tier after another
    // clause's counted noun is that count's, and does not travel past its clause.
    // ("gồm 20 cơ quan chuyên môn thuộc UBND tỉnh, 08 UBND cấp huyện …. Trong năm, có 37 cơ quan …": counted bodies of a level likewise.)
    // ("363 cán bộ, công chức cấp xã. Trong đó, đại học 326 người": a breakdown of that count keeps its level.)
    .filter(
      (m) =>
        m.start >= at ||
        m.end > clauseFrom ||
        BREAKDOWN_AFTER.test(cached.folded.slice(m.end, at)) ||
        !(TRAILS_COUNT.test(cached.folded.slice(Math.max(0, m.start - 50), m.start)) || COUNTED_BODIES.test(cached.folded.slice(Math.max(0, m.start - 12), m.end))),
    )
    // "Cấp tỉnh đã ban hành 35 VBQPPL. Sở Tư pháp đã thẩm định 45 dự thảo": a sentence that names its own body does not take an earlier sentence's tier.
    .filter((m) => m.start >= at || !/\.\s/.test(cached.folded.slice(m.end, at)) || !namesBody(ctx.text.slice(0, n.start)))
    // "… của cấp huyện là 265 TTHC, cấp xã là 108 TTHC. Trong quý, huyện tiếp nhận 03 phản ánh": the levels of a breakdown
    // label their own figures, and do not travel past their sentence.
    .filter((m) => m.start >= at || !/\.\s/.test(cached.folded.slice(m.end, at)) || !labelsBreakdown(cached.folded, cached.mentions, m))
    // "Các cơ quan chuyên môn thuộc UBND huyện tiếp nhận 4 phản ánh; UBND các xã tiếp nhận 9 phản ánh. Đến nay đã xử lý 12/13 phản ánh":
    // levels set against each other in their sentence are its own, and do not travel past it (unless a breakdown follows them).
    .filter(
      (m) =>
        m.start >= at ||
        m.tier === null ||
        !/\.\s/.test(cached.folded.slice(m.end, at)) ||
        BREAKDOWN_AFTER.test(cached.folded.slice(m.end, at)) ||
        !cached.mentions.some((x) => x.tier !== null && x.tier !== m.tier && !x.place && !/\.\s/.test(cached.folded.slice(Math.min(x.end, m.end), Math.max(x.start, m.start)))),
    )
    // "… của các cơ quan cấp tỉnh là 2.318 biên chế. Trong năm, đã cử 1.356 lượt công chức cấp xã đi bồi dưỡng; xử lý kỷ luật 04
    // công chức": a sentence that names another level before the figure (even one bound to another count) does not take an
    // earlier sentence's tier past it.
    .filter((m) => {
      if (m.start >= at || m.tier === null || !/\.\s/.test(cached.folded.slice(m.end, at))) return true;
      const sentenceFrom = cached.folded.lastIndexOf('. ', at - 1);
      return !cached.mentions.some((x) => x.tier !== null && x.tier !== m.tier && x.start > sentenceFrom && x.end <= at);
    })
    // "Cấp xã tiếp nhận 5 phản ánh. Toàn bộ 16 phản ánh đã được xử lý": a figure summed over all does not take an earlier sentence's tier.
    .filter((m) => m.start >= at || !/\.\s/.test(cached.folded.slice(m.end, at)) || !WHOLE_BEFORE.test(ctx.folded.slice(Math.max(0, n.start - 24), n.start)))
    // ("… 10 huyện với 96 phòng chuyên môn thuộc UBND cấp huyện. Tổng số đơn vị sự nghiệp công lập của tỉnh còn 1.142 đơn vị;
    // trong đó có 38 đơn vị tự bảo đảm …": a sentence about the whole province takes no level from an earlier sentence.)
    .filter((m) => m.start >= at || !/\.\s/.test(cached.folded.slice(m.end, at)) || !WHOLE_PROVINCE.test(ctx.folded.slice(0, n.start)))
    // "… thẩm quyền giải quyết của cấp huyện là 276 thủ tục. Trong 6 tháng đầu năm, huyện tiếp nhận 05 phản ánh": a sentence
    // opening on the reporting area itself as its subject takes no level from an earlier sentence (as dossier figures do).
    .filter((m) => m.start >= at || !/\.\s/.test(cached.folded.slice(m.end, at)) || !opensOnOwnArea(ctx.folded, ctx.text));
  // The figure's own noun phrase: up to the next comma, ";", ":", "và" or figure ("15 PAKN về quy định hành chính: cấp tỉnh
  // tiếp nhận 06 …" — a colon opens the breakdown, whose tier labels are the parts').
  // ("04 quyết định QPPL quy định chế độ hỗ trợ công chức cấp xã": what the documents rule on is no level of theirs.)
  const phrase = /^[^,;:(\d]*?(?=\s*(?:[,;:(\d]|\bva\b|\b(?:quy dinh|ve viec|huong dan)\b|$))/.exec(ctx.folded.slice(nounEnd, nounEnd + 60))?.[0] ?? '';
  return tierAt(cached.folded, visible, at, offset + nounEnd + phrase.length, bodyHeadings(ctx.headings, ctx.section));
}

/**
 * "2.1. Số TTHC áp dụng tại huyện: cấp huyện 251 TTHC, …": the title of a heading that carries its
 * first sentence labels that sentence. The folded title with its colon (and a space), or '' when the
 * sentence is not the first of a heading's inline content or the title does not end with ":".
 */
export function headingLabel(ctx: RuleContext): string {
  const b = ctx.block;
  if (b.kind !== 'heading' || b.contentStart === undefined || b.contentStart >= b.text.length) return '';
  const at = ctx.offset ?? -1;
  if (at < b.contentStart || /[.!?;]\s/.test(b.text.slice(b.contentStart, at))) return '';
  const label = b.text.slice(b.titleStart ?? 0, b.contentStart);
  return /:\s*$/.test(label) ? `${fold(label).trimEnd()} ` : '';
}

/** The folded text of the block before the current sentence (earlier sentences of the paragraph). */
export function foldedBefore(blockText: string, sentence: string, foldFn: (s: string) => string): string {
  const at = blockText.indexOf(sentence);
  return at > 0 ? foldFn(blockText.slice(0, at)) : '';
}

/** The last sentence of a folded text. */
export function lastSentence(folded: string): string {
  const parts = folded.split(/[.!?](?:\s|$)/).filter((s) => s.trim());
  return parts.at(-1) ?? '';
}

export type { Tier };
export const TIER_OF: { readonly [word: string]: Tier } = {
  tinh: 'province',
  huyen: 'district',
  quan: 'district',
  'thi xa': 'district',
  'thanh pho': 'district',
  tp: 'district',
  xa: 'commune',
  phuong: 'commune',
};

/** The tier named last ("cấp tỉnh/huyện/xã") in a folded stretch of text. */
export function lastTierIn(text: string): Tier | undefined {
  // ("phân cấp quản lý" folds to "cap quan ly": a management level, not the urban district.)
  const all = [...text.matchAll(/\bcap (tinh|huyen|thi xa|xa|phuong|quan(?! ly))\b/g)];
  const w = all.at(-1)?.[1];
  return w ? TIER_OF[w] : undefined;
}
