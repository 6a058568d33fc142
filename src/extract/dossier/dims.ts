/**
 * Dimensions of one dossier figure: channel, level, field, tier, mechanism, subject — read in its
 * own clause first, then inherited from the whole it is part of, the sentence, or the headings.
 */
import type { Dimensions } from '../../schema/record.ts';
import type { Block } from '../../structure/types.ts';
import { FOLDED_BOUND, type NumberMention } from '../../text/numbers.ts';
import type { LeadIn } from '../rule.ts';
import { channelOf, channelsIn } from '../dimensions/channel.ts';
import { fold } from '../../text/normalize.ts';
import { rememberLast } from '../../text/memo.ts';
import { fieldBefore, fieldIn, fieldTopic } from '../dimensions/field.ts';
import { levelBefore, levelOf } from '../dimensions/level.ts';
import { mechanismOf, soleMechanismOf } from '../dimensions/mechanism.ts';
import { bodyBeforeBracket, itemSubject, namesBody, subjectIn, subjectPointedBack } from '../dimensions/subject.ts';
import { opensOnOwnArea, tierAt, type Tier, type TierMention } from '../dimensions/tier.ts';
import { clauseStart, type Windows } from './windows.ts';
import { findCues } from './cues.ts';
import { bareField, KNOWN_FIELDS, type Label } from './label.ts';
import { bodyHeadings, fieldLineBefore, fieldOfSection, tierHeadings, tierMentionsInCity } from './document.ts';
import { clauseFieldAt, fieldPointedBackAt, headFieldAt, leadInHeadField } from './field-head.ts';
import { headChannelAt, subjectChannelAt } from './channel-head.ts';
import { bracketLead } from './bracket-lead.ts';
import { LEVEL_LABEL } from './wholes.ts';
import { respectiveChannel, respectiveField, respectiveLevel, respectiveSlot, respectiveTier } from './respectively.ts';

export interface Env {
  block: Block;
  blockFolded: string;
  mentions: TierMention[];
  headings: readonly string[];
  leadIn: LeadIn | null;
  /** The document states district or commune dossier figures. */
  lowerTiers: boolean;
  /** The document states communes' dossier figures. */
  communeTiers: boolean;
  /** The document's blocks, when known. */
  blocks?: readonly Block[];
  /** The tier a paragraph continuing the one before takes over from it. */
  carriedTier?: Tier;
}

interface Figure {
  mention: NumberMention;
  windows: Windows;
  source?: string;
  label?: Label;
  parent?: { dims?: Dimensions; reading?: { dims: Dimensions } };
}

/** The mechanism the two innermost headings name; headings arrays are shared by a section's blocks. */
const headingsMechanism = rememberLast((headings: readonly string[]) => mechanismOf(headings.slice(0, 2).join(' | ')));

const CHANNEL_HEADING = /(?<![a-z])(?:giai quyet|tiep nhan|tra ket qua|tra|nop|thuc hien)(?: (?:ho so|tthc|thu tuc hanh chinh))?\s+(?:qua|tren|bang)\s/;
const PARTIAL = /(?<![a-z])mot phan(?![a-z])/;
/** A sentence listing bodies: departments, agencies, or several districts or communes ("các huyện", "UBND các xã"). */
const BODIES = /(?<![a-z])(?:so,? (?:ban,? )?nganh|co quan|don vi|(?:cac|nhung|mot so) (?:huyen|quan|thi xa|xa|phuong|dia phuong))(?![a-z])/;

/** A count's dossiers whose field is written after them: "86 hồ sơ (TTHC) trong / thuộc lĩnh vực …". */
const POSTPOSED_FIELD = /\d[\d.]*\s+(?:ho so|hs)(?:\s+(?:tthc|thu tuc hanh chinh))?\s+(?:(?:trong|thuoc|cua)\s+)?(?:cac\s+)?linh vuc(?![a-z])/g;

/**
 * "Sở tiếp nhận 86 hồ sơ TTHC trong lĩnh vực tôn giáo, đã giải quyết đúng hạn 86/86 hồ sơ": the clauses after a count
 * whose field follows its noun go on about the same dossiers — the sentence's one field, named that way, within the
 * clause run (not past ";" or a breakdown).
 */
export function continuedField(text: string, folded: string, at: number): string | undefined {
  const before = folded.slice(0, at);
  const fields = before.match(/(?<![a-z])linh vuc(?![a-z])/g);
  if (fields?.length !== 1) return undefined;
  POSTPOSED_FIELD.lastIndex = 0;
  const m = POSTPOSED_FIELD.exec(before);
  if (!m) return undefined;
  const end = m.index + m[0].length;
  // (Nor to a whole the dossiers are a share of: "… thuộc lĩnh vực đất đai, chiếm 45% tổng số hồ sơ (478 hồ sơ)"; nor
  // to another level set against them: "cấp huyện 07 hồ sơ lĩnh vực đất đai, cấp xã 02 hồ sơ".)
  if (/;|\.\s|\(|(?<![a-z])(?:trong do|gom|cu the|tong so|toan|chung(?! thuc)|tat ca|chiem|cap (?:tinh|huyen|xa|phuong|quan))(?![a-z])/.test(before.slice(end))) return undefined;
  return fieldIn(text, folded, end - 'linh vuc'.length, at);
}

/** "07 hồ sơ (lĩnh vực đất đai)": a bracket right after the figure's clause that only names its field. */
function fieldInBracketAfter(text: string, folded: string, at: number): string | undefined {
  const m = /^\(\s*(?:(?:thuoc|o|cua)\s+)?linh vuc\s[^()\d;]{2,60}\)/.exec(folded.slice(at, at + 80));
  return m ? fieldIn(text, folded, at, at + m[0].length) : undefined;
}

/** "3 hồ sơ trễ hạn thuộc 2 TTHC lĩnh vực đất đai": the procedures the dossiers belong to, counted, then their field. */
function fieldOfProceduresAfter(text: string, folded: string, at: number): string | undefined {
  if (!/(?<![a-z])(?:thuoc|cua|o)\s*$/.test(folded.slice(Math.max(0, at - 8), at))) return undefined;
  const m = /^\d+\s+(?:tthc|thu tuc(?: hanh chinh)?)\s+(?:(?:thuoc|cua)\s+)?linh vuc\s[^()\d;.,]{2,60}/.exec(folded.slice(at, at + 100));
  return m ? fieldIn(text, folded, at, at + m[0].length) : undefined;
}

/** Nothing, or only a bound, between a bracket's opening and its figure — or the timeliness the figure counts ("(trễ hạn 61 hồ sơ)"). */
const BOUND_ONLY = new RegExp(String.raw`^\s*(?:(?:(?:da\s+)?giai quyet\s+)?(?:dung|truoc|qua|tre|cham) (?:han|hen)\s+)?(?:${FOLDED_BOUND}\s*)?$`);

/**
 * "Các lĩnh vực … gồm: chứng thực (2.310 hồ sơ), hộ tịch (986 hồ sơ)": a figure alone in a bracket
 * takes the field named right before the bracket ("Đất đai (trễ hạn 61/1.204 hồ sơ, chiếm 5,07%)": its timeliness before it too).
 */
function namedBeforeBracket(text: string, folded: string, l0: number, l1: number, leadIn?: { text: string; folded: string }): string | undefined {
  const open = l0 - 1;
  // ("chứng thực (hơn 2.310 hồ sơ)": a bound may stand before the figure in its bracket.)
  if (folded[open] !== '(' || !BOUND_ONLY.test(folded.slice(l0, l1))) return undefined;
  return bareField(text, folded, clauseStart(folded, open), open, leadIn);
}

/** A figure's right side stops at "và" opening the next figure's own verb ("… 1.245 hồ sơ và trả kết quả trực tuyến 3.870 hồ sơ"). */
/** "chỉ còn", "là", "đạt", "xuống còn": a predicate with no subject of its own. */
const BARE_PREDICATE = /^\s*(?:(?:chi|con|la|dat|o muc|xuong|len|khoang|tren|gan|hon)\s*)+$/;
// ("… trực tiếp là 2.391 hồ sơ và qua bưu chính công ích là 37 hồ sơ": "và" opening the next part's own channel, likewise.)
const NEXT_VERB = /(?:\s+va|\s*,)\s+(?:(?:(?:da|duoc)\s+)?(?:tra(?: ket qua)?|tiep nhan|giai quyet|nhan|nop|xu ly)|qua|truc tiep|truc tuyen)(?![a-z])/;

/** When the span names two channels, the one channel of the figure's own side (left window and its right up to the next verb). */
/** "chủ yếu", "phần lớn", "tập trung": a figure's dossiers concentrated somewhere, named after it. */
const MOSTLY = /(?<![a-z])(?:chu yeu|phan lon|tap trung|nhieu nhat)(?![a-z])/;

function channelBeforeNextVerb(folded: string, span: string, l0: number, unitEnd: number, r1: number): ReturnType<typeof channelOf> {
  if (channelsIn(span).length < 2) return undefined;
  const cut = folded.slice(unitEnd, r1).search(NEXT_VERB);
  return cut < 0 ? undefined : channelOf(folded.slice(l0, unitEnd + cut));
}

/**
 * "riêng phường Phú Hội tiếp nhận 610 hồ sơ, giải quyết đúng hạn 608 hồ sơ": the body opening the
 * figure's clause (from the last ";" or the sentence start) when the figure's own window names none.
 */
/** A lead naming bodies of one kind: "của UBND các huyện:", "các sở, ngành:". */
const BODY_LIST = /(?<![a-z])(?:so,? (?:ban,? )?nganh|co quan|don vi|cac (?:huyen|quan|thi xa|thanh pho|xa|phuong|thi tran|so))(?![a-z])/;
const NAME_BEFORE_BRACKET = /(?:^|[:,;]\s*|\s(?:va|và)\s+)(\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,4})\s*\(\s*$/u;

/**
 * "Số hồ sơ tiếp nhận của UBND các huyện: Đức Thọ (1.204), Can Lộc (980)": a bracketed figure right
 * after a capitalised name, in a list whose lead names bodies, is that body's (its subject).
 */
export function listedBodyBeforeBracket(text: string, folded: string, l0: number): string | undefined {
  const m = NAME_BEFORE_BRACKET.exec(text.slice(Math.max(0, l0 - 60), l0));
  if (!m) return undefined;
  const colon = folded.lastIndexOf(':', l0);
  return colon >= 0 && BODY_LIST.test(folded.slice(Math.max(0, colon - 80), colon)) ? m[1] : undefined;
}

/**
 * "2.204 hồ sơ chứng thực, 318 hồ sơ hộ tịch": a well-known field written right after the unit, alone up to the clause's
 * end (a comma, ";", a bracket, "và" or the sentence's end), is the figure's field.
 */
function knownFieldAfterUnit(text: string, folded: string, unitEnd: number): string | undefined {
  // (The last six units end on the unit: " ho so", or "812 hs" with the figure before it.)
  if (!/(?<![a-z])(?:ho so|hs)\s*$/.test(folded.slice(Math.max(0, unitEnd - 6), unitEnd))) return undefined;
  const m = /^\s+([a-z][a-z ]{1,40}?)(?=\s*(?:[,;()]|\.(?:\s|$)|$)|\s+va\s)/.exec(folded.slice(unitEnd));
  if (!m) return undefined;
  const known = KNOWN_FIELDS.exec(m[1]!);
  // ("hồ sơ đăng ký doanh nghiệp": a kind of service, no lĩnh vực named.)
  if (!known || known[0].length !== m[1]!.length || /^(?:dang ky|doanh nghiep|thanh lap)(?![a-z])/.test(m[1]!)) return undefined;
  // ("215.430 hồ sơ lý lịch tư pháp, quốc tịch, nuôi con nuôi": several fields listed, none of them the figure's own.)
  if (/^\s*,\s*[a-z][a-z ]{1,40}?\s*(?:,|\bva\b)/.test(folded.slice(unitEnd + m[0].length))) return undefined;
  const at = unitEnd + m[0].indexOf(m[1]!);
  return text.slice(at, at + m[1]!.length);
}

/** A level alone in a bracket: "(mức độ 3)", "(mức độ 3, 4)", "(toàn trình)". Group 1: the level's words. */
const LEVEL_BRACKET = /^\s*\(\s*((?:muc do\s*)?[34](?:\s*(?:,|va)\s*(?:muc do\s*)?[34])?|toan trinh|mot phan)\s*\)/;

/** Procedures counted at a level: "150 DVCTT toàn trình", "412 thủ tục hành chính mức độ 3, 4". */
const PROCEDURES_AT_LEVEL = /\d[\d.,]*\s*(?:dvctt|dvc|dich vu cong(?: truc tuyen)?|tthc|thu tuc(?: hanh chinh)?)(?:\s+truc tuyen)?\s+(?:toan trinh|mot phan|muc do [34](?:\s*(?:,|va)\s*(?:muc do )?[34])?)(?![a-z0-9])/g;

/** A cause after the figure ("do phải chờ …", "vì …", "lý do: …"). */
// ("… chậm 6 hồ sơ do cấp xã chuyển hồ sơ chậm": the level at fault is no level of the figure.)
const CAUSE_AFTER = /(?<![a-z])(?:(?:do|vi) (?:phai|cho|chua|thieu|vuong|loi|nguoi|cong dan|to chuc|ca nhan|co quan|can|khong|cap (?:tinh|huyen|xa)|cac (?:so|xa|phuong|huyen))|ly do|nguyen nhan)(?![a-z])/;

function clauseSubject(text: string, folded: string, l0: number): string | undefined {
  const from = folded.lastIndexOf(';', l0 - 1) + 1;
  const subject = from < l0 ? subjectIn(text, from, l0, false) : undefined;
  if (!subject) return undefined;
  // ("…: phường Đông Ngàn tiếp nhận 1.024 hồ sơ, phường Trang Hạ tiếp nhận 876 hồ sơ": another body on the way is the figure's own.)
  const end = text.indexOf(subject, from) + subject.length;
  return namesBody(text, end, l0) ? undefined : subject;
}

/** The province's one-stop system, which channel.ts reads as online when a figure is filed through it. */
const SYSTEM = /(?<![a-z])(?:tren|qua) he thong thong tin giai quyet (?:tthc|thu tuc hanh chinh)(?![a-z])/;
/** A sentence opening on what it is about: "Về dịch vụ công trực tuyến, …", "Đối với hồ sơ nộp qua bưu điện, …" (group 1). */
const TOPIC = /^\W*(?:ve|doi voi|rieng)\s+([^,;:\d]{2,50}),/;

/** Up to the words opening the whole a part is counted in ("… trên tổng số", "trong tổng số"). */
const WHOLE_AFTER_PART = /^.*(?<![a-z])(?:tren|trong) tong(?: so)?(?![a-z])/;

export function dimensionsOf(text: string, folded: string, offset: number, f: Figure, env: Env): Dimensions {
  const [l0, l1] = f.windows.left;
  const r1 = f.windows.right[1];
  const span = folded.slice(l0, r1);
  const parent = f.parent?.reading?.dims ?? f.parent?.dims;
  const dims: Dimensions = {};
  const slot = respectiveSlot(folded, f.mention.start);
  // "tiếp nhận 9.215 hồ sơ trực tuyến trên tổng số 11.032 hồ sơ": the channel before the whole is its part's.
  const whole = WHOLE_AFTER_PART.exec(folded.slice(l0, l1));
  const own = whole ? folded.slice(l0 + whole[0].length, r1) : span;
  let channel = (slot && respectiveChannel(folded, slot)) || channelOf(own) || channelBeforeNextVerb(folded, own, l0, f.windows.unitEnd, r1);
  // "mức độ 4 là 412 hồ sơ và mức độ 3 là 1.006 hồ sơ": a level named up to the figure's unit beats the next figure's on its right.
  // "… 412 hồ sơ qua dịch vụ bưu chính công ích và trả trực tiếp 2.960 hồ sơ": of two channels on the left, the one after the last "và" / ",".
  if (!channel) {
    const left = folded.slice(l0, l1);
    const cut = Math.max(left.lastIndexOf(' va '), left.lastIndexOf(','));
    // (Only before a verb of its own: "trực tiếp và qua bưu chính 144 hồ sơ" joins two channels into one part.)
    if (cut >= 0 && channelsIn(left).length >= 2 && findCues(folded, l0 + cut, l1).some((c) => c.kind === 'verb')) channel = channelOf(left.slice(cut));
  }
  // "tiếp nhận trên Hệ thống thông tin giải quyết TTHC … 125.437 hồ sơ, trong đó trực tuyến 80.112 hồ sơ, trực tiếp …": the system
  // the figure was filed through stands for the online channel only where no parts by channel follow; a whole broken down into
  // online and other parts is all of them.
  // Alone, a figure filed through the system is all of them too: the system records the dossiers filed at the desk as well
  // ("Theo hệ thống thông tin giải quyết TTHC … tiếp nhận 1.665 hồ sơ … 1.530 trực tuyến … trực tiếp 135"); it stands for the
  // online channel only set against another channel's figure ("nộp qua Hệ thống …: 3.270 hồ sơ; nộp trực tiếp: 905 hồ sơ").
  if (channel === 'online' && SYSTEM.test(own) && !channelsIn(own.replace(SYSTEM, '')).includes('online')) {
    const rest = folded.slice(f.mention.end).split(/\.\s/)[0]!;
    const parts = channelsIn(rest);
    const others = channelsIn(folded.slice(0, l0) + ' ' + rest);
    if ((parts.includes('online') && parts.length >= 2) || others.length === 0 || others.includes('online')) channel = undefined;
  }
  // ("… 1.211 hồ sơ trực tuyến mức độ 3, 4 trên tổng số 5.430 hồ sơ": the level before the whole is its part's too.)
  const ownFrom = whole ? l0 + whole[0].length : l0;
  let level = (slot && respectiveLevel(folded, slot)) || levelOf(folded.slice(ownFrom, Math.max(l1, f.windows.unitEnd))) || levelOf(own);
  if (level && !channel) channel = 'online';
  if (!channel && parent?.channel) channel = parent.channel;
  // "Dịch vụ bưu chính công ích: tiếp nhận 23 hồ sơ, trả kết quả 154 hồ sơ": the paragraph's head label.
  if (!channel) channel = headChannelAt(env.blockFolded, offset + f.mention.start) ?? subjectChannelAt(folded, f.mention.start);
  // "Về dịch vụ công trực tuyến, xã A dẫn đầu với 2.106 hồ sơ trực tuyến, tiếp theo là xã B với 1.512 hồ sơ": the way a sentence
  // opens on is every figure's that names none.
  if (!channel) {
    const topic = TOPIC.exec(folded);
    if (topic && topic[0].length <= f.mention.start) channel = channelOf(topic[1]!);
  }
  // "hồ sơ trả qua bưu điện (56 hồ sơ)": the channel of the phrase the bracket restates.
  const restated = bracketLead(folded, f.windows);
  if (!channel && restated) channel = channelOf(folded.slice(restated[0], restated[1]));
  // "Số hồ sơ tiếp nhận qua dịch vụ BCCI giảm mạnh, chỉ còn 86 hồ sơ": a bare predicate after a comma goes on with its clause's subject.
  if (!channel && BARE_PREDICATE.test(folded.slice(l0, l1)) && /,\s*$/.test(folded.slice(Math.max(0, l0 - 3), l0))) {
    const from = Math.max(folded.lastIndexOf(';', l0) + 1, folded.lastIndexOf('. ', l0) + 1, 0);
    const before = folded.slice(from, l0);
    if (!/\d/.test(before)) channel = channelOf(before);
  }
  // "Hồ sơ được trả kết quả qua Cổng DVC (bản điện tử) là 9.300 hồ sơ": the clause's channel before a closed bracket the window stops at.
  if (!channel && /\)\s*$/.test(folded.slice(Math.max(0, l0 - 3), l0))) {
    const open = folded.lastIndexOf('(', l0);
    const before = open < 0 ? '' : folded.slice(clauseStart(folded, open), open);
    if (!/\d/.test(before)) channel = channelOf(before);
  }
  if (!channel && (f.source === 'lead' || f.source === 'label')) channel = channelOf(env.headings[0] ?? '');
  // "c) Giải quyết qua dịch vụ bưu chính công ích" over "Sở tiếp nhận 45 hồ sơ; trả kết quả 120 hồ sơ":
  // a heading on dossiers handled through one channel gives it to figures whose sentence names none.
  // ("… xã tiếp nhận 17 hồ sơ qua dịch vụ bưu chính công ích, trả kết quả 46 hồ sơ qua dịch vụ này": likewise when the sentence names only that channel.)
  if (!channel && CHANNEL_HEADING.test(env.headings[0] ?? '')) {
    const heading = channelOf(env.headings[0]!);
    if (channelsIn(folded).every((c) => c === heading)) channel = heading;
  }
  // "Số hồ sơ nộp trực tuyến toàn trình: 1.320 hồ sơ; một phần: 604 hồ sơ": the level named alone, after online dossiers.
  if (!channel && PARTIAL.test(folded.slice(l0, l1)) && channelOf(folded.slice(0, l0)) === 'online') channel = 'online';
  // "…, một phần là 567 hồ sơ" in a sentence about online dossiers.
  if (!level && channel === 'online' && PARTIAL.test(span)) level = 'partial';
  // (Not across a ";": "… 1.204 dịch vụ công trực tuyến toàn trình; năm 2024 tiếp nhận 52.140 hồ sơ trực tuyến".)
  // (Nor the level of procedures counted before: "có 150 DVCTT toàn trình, tiếp nhận hơn 1,3 triệu hồ sơ trực tuyến".)
  if (!level && channel === 'online') {
    // ("qua mạng 1.128 hồ sơ (mức độ 3)": the level in a bracket right after the unit.)
    const bracketed = LEVEL_BRACKET.exec(folded.slice(f.windows.unitEnd, f.windows.unitEnd + 40));
    if (bracketed) level = levelOf(bracketed[1]!);
  }
  if (!level && channel === 'online') {
    const from = folded.lastIndexOf(';', l0) + 1;
    level = levelBefore(folded.slice(from).replace(PROCEDURES_AT_LEVEL, (m) => ' '.repeat(m.length)), l0 - from) ?? parent?.level;
  }
  if (channel) dims.channel = channel;
  if (level && channel === 'online') dims.level = level;
  const at = offset + f.mention.start;
  // "58 hồ sơ quá hạn chủ yếu thuộc lĩnh vực đất đai": where most of the figure's dossiers lie is not its field.
  const mostly = MOSTLY.exec(folded.slice(f.mention.end, r1));
  const field =
    (slot ? respectiveField(text, folded, slot) : undefined) ??
    f.label?.field ??
    fieldIn(text, folded, l0, mostly ? f.mention.end + mostly.index : r1) ??
    // "lĩnh vực A với 14 hồ sơ và lĩnh vực B với 6 hồ sơ": two in the span, the one up to the figure is its own.
    fieldIn(text, folded, l0, f.mention.end) ??
    fieldBefore(text, folded, f.mention.boundStart ?? f.mention.start) ??
    fieldInBracketAfter(text, folded, r1) ??
    knownFieldAfterUnit(text, folded, f.windows.unitEnd) ??
    fieldOfProceduresAfter(text, folded, r1) ??
    bareField(text, folded, l0, l1, env.leadIn ?? undefined) ??
    namedBeforeBracket(text, folded, l0, l1, env.leadIn ?? undefined) ??
    // The paragraph's head, then the clause's subject: "Lĩnh vực tư pháp tiếp nhận 905 hồ sơ, trong đó hộ tịch 512 hồ sơ" — a name at the figure is its own.
    headFieldAt(env.block.text, env.blockFolded, at) ??
    clauseFieldAt(env.block.text, env.blockFolded, at) ??
    fieldPointedBackAt(env.block.text, env.blockFolded, at) ??
    // ("05 hồ sơ cấp xã lĩnh vực đất đai trễ hạn, cấp huyện 02 hồ sơ": a level set against the figure before names
    // its own dossiers; the field inside the other level's phrase is not theirs.)
    (LEVEL_LABEL.test(folded.slice(l0, f.mention.start)) ? undefined : parent?.field) ??
    fieldTopic(text, folded, f.mention.start) ??
    continuedField(text, folded, f.mention.start) ??
    leadInHeadField(env.leadIn, env.blockFolded.slice(0, at)) ??
    fieldLineBefore(env.blocks, env.block) ??
    fieldOfSection(env.block);
  if (field) dims.field = field;
  // "lĩnh vực bưu chính 12 hồ sơ": a field's name is not a channel.
  if (dims.channel && field && channelOf(fold(field)) === dims.channel && channelsIn(span).length === 1) delete dims.channel;
  const mentions = tierMentionsInCity(env.mentions, env.blockFolded, env.block.text, env.blocks);
  // ("… 5 hồ sơ trễ hạn do phải chờ ý kiến của các sở, ngành": the bodies in a cause are not whose figure it is.)
  const cause = CAUSE_AFTER.exec(folded.slice(f.windows.unitEnd, r1));
  const tierEnd = cause ? f.windows.unitEnd + cause.index : r1;
  // (A member of a list of bodies that names no level has none: null.)
  const listed = slot ? respectiveTier(mentions, offset, slot, folded, env.blockFolded) : undefined;
  const headings = bodyHeadings(tierHeadings(env.headings, env.blocks), env.block.section);
  const tier = listed === null ? undefined : listed || tierAt(env.blockFolded, mentions, offset + l0, offset + tierEnd, headings, env.lowerTiers, env.carriedTier, offset + f.mention.start, env.communeTiers);
  // ("… 100% UBND các xã niêm yết TTHC. Huyện đã tiếp nhận 24.508 hồ sơ": a sentence opening on the reporting area itself as
  // its subject takes no level from an earlier sentence.)
  // (A sentence opening on the reporting body by its kind — "Trung tâm tiếp nhận …" — takes no level from the sentences before,
  // but keeps the one its section's heading names, in a report that gives lower levels' figures: "a) Tại Trung tâm Phục vụ
  // hành chính công tỉnh" over "Trong kỳ, Trung tâm tiếp nhận 9.812 hồ sơ".)
  if (tier && (!(opensOnOwnArea(folded, text) && !mentions.some((m) => m.end > offset && m.start < offset + r1)) || (env.lowerTiers && tierAt('', [], 0, 0, headings, env.lowerTiers) === tier))) dims.tier = tier;
  const mechanism = mechanismOf(span) ?? soleMechanismOf(folded) ?? headingsMechanism(env.headings);
  if (mechanism) dims.mechanism = mechanism;
  // ("…; trong đó các xã: Tân Hòa 1.210 hồ sơ, Phú Mỹ 985 hồ sơ": the bodies may be named in the figure's own window, before its colon.)
  const listColon = folded.lastIndexOf(':', l1 - 1);
  const subject =
    subjectIn(text, l0, l1, BODIES.test(folded.slice(0, Math.max(l0, listColon))) || (env.leadIn !== null && env.leadIn !== undefined && BODIES.test(env.leadIn.folded))) ??
    subjectPointedBack(text, l0, l1, env.block.text.slice(0, offset + l0)) ??
    listedBodyBeforeBracket(text, folded, l0) ??
    bodyBeforeBracket(text, l0) ??
    // ("Phòng Văn hóa – Thông tin: chưa phát sinh hồ sơ. Phòng Tư pháp: tiếp nhận 1.023 hồ sơ, đã giải quyết 1.019 hồ sơ": a sentence
    // headed by a body of its own is that body's, not the paragraph's first.)
    itemSubject(text) ??
    itemSubject(env.block.text);
  // ("…; trong đó Phòng Tài nguyên và Môi trường tiếp nhận 2.030 hồ sơ, giải quyết đúng hạn 2.001 hồ sơ": the body opening the clause.)
  const named = subject ?? clauseSubject(text, folded, l0);
  if (named) {
    dims.subject = named;
    // A named body's own figures: subject, not a tier carried from before — unless the tier is the
    // body's own, set against the level below ("UBND quận A đã tiếp nhận 28.410 hồ sơ, đã giải quyết 28.206 hồ sơ; 20 phường …").
    const at = subject === undefined ? text.lastIndexOf(named, l0) : -1;
    const own = at >= 0 && mentions.some((m) => m.tier === dims.tier && !m.named && m.start >= offset + at && m.start < offset + at + named.length);
    // (The level word of the body's own name — "nhiều nhất là phường Hưng Bình 3.204 hồ sơ" under "Cấp xã:" — names no level of the figure.)
    const nameAt = text.lastIndexOf(named, f.mention.start);
    const inName = (m: TierMention): boolean => nameAt >= 0 && (m.named === true || m.place === true) && m.start >= offset + nameAt && m.start < offset + nameAt + named.length;
    // (A level the clause turns to before the body is no level of its own: "Về cấp huyện, thành phố Đông Hà dẫn đầu với 6.214 hồ sơ".)
    const from = subject === undefined ? l0 : Math.max(l0, text.indexOf(named, l0));
    if (dims.tier && !own && !env.mentions.some((m) => m.end > offset + from && m.start < offset + r1 && !inName(m) && !mentions.some((n) => n.start === m.start && n.named))) delete dims.tier;
  }
  return dims;
}
