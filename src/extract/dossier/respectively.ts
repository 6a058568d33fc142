/**
 * "lần lượt", "tương ứng" (respectively): "Số hồ sơ tiếp nhận tại cấp huyện và cấp xã lần lượt là 5.412 hồ sơ
 * và 23.780 hồ sơ", "tỷ lệ đúng hạn của cấp tỉnh, cấp huyện, cấp xã lần lượt đạt 99,6%, 98,1% và
 * 98,9%": the k-th figure after "lần lượt" belongs to the k-th tier, channel, field or timeliness named
 * before it — or named between "lần lượt" and the figures ("lần lượt qua trực tuyến, trực tiếp và bưu
 * chính là 2.140, 312 và 18 hồ sơ"). The figures may be set apart by ";" ("tương ứng là 99,1%; 98,7%; 99,9%").
 */
import { channelsIn, type Channel } from '../dimensions/channel.ts';
import type { Level } from '../dimensions/level.ts';
import { levelMembers, levelsIn } from '../dimensions/level-spans.ts';
import type { Tier, TierMention } from '../dimensions/tier.ts';
import { lastMatchBefore } from '../../text/last-match.ts';
import { findCues, type DossierMetric } from './cues.ts';

/** "lần lượt", "tương ứng" (a list of figures after it: "tương ứng 1.200 hồ sơ" alone is "corresponding to"), "theo thứ tự". */
const LAN_LUOT = /(?<![a-z])(?:lan luot|tuong ung|theo thu tu)(?![a-z])/g;
const RESPECTIVE = /(?<![a-z])(?:lan luot|tuong ung|theo thu tu)(?![a-z])/;
const FIGURE = /(?<![\d.,])\d[\d.,]*/g;

export interface Slot {
  /** The figure's place among those after "lần lượt" (0 = first). */
  k: number;
  /** The clause naming the members, [from, to) of the folded sentence, up to "lần lượt". */
  from: number;
  to: number;
  /** The words between "lần lượt" and the first figure, [after, first): where the members may be named instead. */
  after: number;
  first: number;
}

/** Only figures and their separators: "12.000, 24.000 và 48.000 hồ sơ", "99,1%; 98,7%; 99,9%". */
const FIGURES_ONLY = /^[\s:]*(?:(?:la|dat|co|tiep nhan|giai quyet)\s+)*(?:\d[\d.,]*\s*%?\s*(?:ho so|hs)?\s*(?:[;,]|va|\s)\s*)*$/;

/** The figure at `at` of a folded sentence, when it is one of a "lần lượt" list. */
export function respectiveSlot(folded: string, at: number): Slot | undefined {
  if (!RESPECTIVE.test(folded)) return undefined;
  const last = lastMatchBefore(LAN_LUOT, folded, at);
  if (!last) return undefined;
  const start = last.index + last[0].length;
  const after = folded.slice(start, at);
  if (last[0] !== 'lan luot' && !listFollows(folded, start)) return undefined;
  const firstAt = after.search(/\d/);
  const first = firstAt < 0 ? at : start + firstAt;
  // A ";" only between the list's figures does not end it.
  if (/\.\s/.test(after) || (after.includes(';') && !FIGURES_ONLY.test(folded.slice(first, at)))) return undefined;
  // "… lần lượt là 30.512 hồ sơ (99,5%), 18.204 hồ sơ (98,7%) …": a figure in a bracket glosses the member before it.
  const { top, open } = topFigures(after);
  const k = open && top > 0 ? top - 1 : top;
  const from = Math.max(folded.lastIndexOf(';', last.index) + 1, folded.lastIndexOf('. ', last.index) + 1, 0);
  return { k, from, to: last.index, after: start, first };
}

/** Two figures or more after `from` in its clause (a ";" between bare figures does not end it). */
function listFollows(folded: string, from: number): boolean {
  const rest = folded.slice(from);
  let end = rest.search(/\.\s|\.$/);
  if (end < 0) end = rest.length;
  const semi = rest.slice(0, end).search(/;(?!\s*\d)/);
  return (rest.slice(0, semi < 0 ? end : semi).match(FIGURE)?.length ?? 0) >= 2;
}

/** "(của) ba cấp", "3 cấp", "cả ba cấp chính quyền": the three levels, named as one. */
const THREE_TIERS = /(?<![a-z])(?:ca )?(?:ba|3) cap(?: (?:chinh quyen|hanh chinh))?(?![a-z])/;
const TIER_ORDER: readonly Tier[] = ['province', 'district', 'commune'];

/**
 * The k-th of the distinct tiers named in the slot's clause (mentions at block offsets; the sentence starts at `offset`).
 * "Tỷ lệ … của ba cấp lần lượt là 99,1%, 97,4% và 99,0%": with three figures, the levels from the top down
 * (`folded`: the sentence, folded).
 */
export function respectiveTier(mentions: readonly TierMention[], offset: number, slot: Slot, folded?: string, blockFolded?: string): Tier | null | undefined {
  if (folded !== undefined && THREE_TIERS.test(folded.slice(slot.from, slot.to)) && listCount(folded, slot) === 3) return TIER_ORDER[slot.k];
  const elided = folded === undefined ? undefined : elidedLevels(folded.slice(slot.from, slot.to));
  if (elided && listCount(folded!, slot) === elided.length) return elided[slot.k];
  // ("…; cấp xã 124.245 hồ sơ, tỷ lệ … lần lượt là …": a level labelling a figure before the list's own words is no member of it.)
  const lastDigit = folded === undefined ? -1 : folded.slice(slot.from, slot.to).search(/\d[^\d]*$/);
  const cut = lastDigit >= 0 ? slot.from + lastDigit + 1 : slot.from;
  let any = false;
  for (const [from, to] of spans(slot)) {
    const named = mentions.filter((m) => m.start >= offset + Math.max(from, from === slot.from ? cut : from) && m.end <= offset + to && m.tier !== null);
    any ||= named.length > 0;
    if (named.length < 2) continue;
    if (new Set(named.map((m) => m.tier)).size !== named.length) return undefined;
    // "… của Bộ phận Một cửa thị xã, Chi nhánh Văn phòng đăng ký đất đai và UBND các xã, phường lần lượt là …": a body
    // naming no level among the levels takes its own place in the list, and no tier.
    if (folded !== undefined && named.length < listCount(folded, slot)) {
      const members = memberTiers(folded, mentions, offset, from, to, listCount(folded, slot));
      return members ? members[slot.k] : undefined;
    }
    if (slot.k >= named.length) return undefined;
    return named[slot.k]!.tier ?? undefined;
  }
  // "Cấp tỉnh tiếp nhận …; cấp xã tiếp nhận … . Đã giải quyết lần lượt 18.700 và 60.950 hồ sơ.": a list naming
  // no members of its own is of the levels the paragraph named before it, each once, as many as its figures
  // — or before its own clause ("cấp tỉnh 24.118 hồ sơ, cấp huyện 31.502 hồ sơ; tỷ lệ đúng hạn tương ứng là …").
  if (any || folded === undefined) return undefined;
  const before = mentions.filter((m) => m.end <= offset + cut && m.tier !== null && !m.named && !m.count);
  if (before.length < 2 || new Set(before.map((m) => m.tier)).size !== before.length) return undefined;
  if (listCount(folded, slot) === before.length) return before[slot.k]?.tier ?? undefined;
  // ("… lần lượt là 2.105, 1.388 và 7.940 hồ sơ. Tỷ lệ … tương ứng đạt 99,1%, 96,8% và 100%": the members of the paragraph's
  // list before, a body naming no level among them.)
  return blockFolded === undefined ? undefined : earlierListTier(blockFolded, mentions, offset + slot.from, listCount(folded, slot), slot.k);
}

/** A body's kind opening a member that names no level: "Chi nhánh Văn phòng đăng ký đất đai", "Công an tỉnh". */
const BODY_MEMBER = /(?<![a-z])(?:chi nhanh|van phong|so|phong|trung tam|cong an|bao hiem|ban|cuc|chi cuc|kho bac|thanh tra)(?![a-z])/;

/**
 * The tiers of the last `count` members of a list of bodies in folded[from, to) (sentence offsets; mentions at
 * block offsets from `offset`), one each: a level's mention, or null for a body that names none — undefined when
 * the list cannot be cut into `count` members so ("Số hồ sơ tiếp nhận, giải quyết … của cấp huyện" lists no bodies).
 */
function memberTiers(folded: string, mentions: readonly TierMention[], offset: number, from: number, to: number, count: number): (Tier | null)[] | undefined {
  const pieces: [number, number][] = [];
  const re = /\s*,\s*|\s+va\s+/g;
  const clause = folded.slice(from, to);
  let at = 0;
  for (let m = re.exec(clause); m; m = re.exec(clause)) {
    pieces.push([from + at, from + m.index]);
    at = m.index + m[0].length;
  }
  pieces.push([from + at, to]);
  // A level's mention across a separator ("UBND các xã, phường") is one member.
  const members: [number, number][] = [];
  for (const p of pieces) {
    const last = members.at(-1);
    if (last && mentions.some((m) => m.start < offset + last[1] && m.end > offset + p[0] && m.start >= offset + from)) last[1] = p[1];
    else members.push([p[0], p[1]]);
  }
  if (members.length < count) return undefined;
  const out: (Tier | null)[] = [];
  for (const [a, b] of members.slice(-count)) {
    const inside = mentions.filter((m) => m.tier !== null && m.start >= offset + a && m.end <= offset + b);
    const tiers = new Set(inside.map((m) => m.tier));
    if (tiers.size > 1) return undefined;
    if (tiers.size === 1) out.push([...tiers][0]!);
    else if (BODY_MEMBER.test(folded.slice(a, b))) out.push(null);
    else return undefined;
  }
  return out.filter((t) => t !== null).length >= 2 ? out : undefined;
}

/** The k-th member's tier of the last "lần lượt" list of bodies in the paragraph before `before`, when it has `count` members. */
function earlierListTier(blockFolded: string, mentions: readonly TierMention[], before: number, count: number, k: number): Tier | null | undefined {
  const last = lastMatchBefore(LAN_LUOT, blockFolded, before);
  if (!last) return undefined;
  const from = Math.max(blockFolded.lastIndexOf(';', last.index) + 1, blockFolded.lastIndexOf('. ', last.index) + 1, 0);
  const members = memberTiers(blockFolded, mentions, 0, from, last.index, count);
  return members ? members[k] : undefined;
}

/** "cấp tỉnh, huyện, xã", "cấp huyện và xã": levels listed after one "cấp" (the word left out before the others). */
const ELIDED_LEVELS = /(?<![a-z])cap (tinh|huyen|quan|xa|phuong)((?:\s*(?:,|va)\s*(?:tinh|huyen|quan|thi xa|xa|phuong|thi tran)(?![a-z]))+)/;
const LEVEL_TIER: Readonly<Record<string, Tier>> = { tinh: 'province', huyen: 'district', quan: 'district', 'thi xa': 'district', xa: 'commune', phuong: 'commune', 'thi tran': 'commune' };

function elidedLevels(clause: string): Tier[] | undefined {
  const m = ELIDED_LEVELS.exec(clause);
  if (!m) return undefined;
  const tiers = [LEVEL_TIER[m[1]!]!, ...[...m[2]!.matchAll(/(tinh|huyen|quan|thi xa|xa|phuong|thi tran)/g)].map((w) => LEVEL_TIER[w[1]!]!)];
  // ("cấp huyện, thị xã": two names of one level, no list of levels.)
  return new Set(tiers).size === tiers.length ? tiers : undefined;
}

/** The k-th channel named in the slot's clause. */
export function respectiveChannel(folded: string, slot: Slot): Channel | undefined {
  for (const [from, to] of spans(slot)) {
    const named = channelsIn(folded.slice(from, to));
    if (named.length >= 2) return slot.k < named.length ? named[slot.k] : undefined;
  }
  // ("Số hồ sơ nhận qua dịch vụ BCCI và trả kết quả qua dịch vụ BCCI lần lượt là 84 và 1.203": one channel named by each member.)
  const members = leadMembers(folded, slot);
  if (!members) return undefined;
  const each = members.map((m) => channelsIn(m));
  if (each.every((c) => c.length === 1)) return each[slot.k]![0];
  // ("Số hồ sơ trực tuyến của cấp huyện và cấp xã tương ứng là 4.120 và 11.806": one channel named before a list of levels is every member's.)
  const lead = folded.slice(slot.from, slot.to);
  const first = LEVEL_MEMBER.exec(lead);
  if (!first) return undefined;
  const levels = lead.slice(first.index).split(MEMBER_SEPARATOR);
  const before = channelsIn(lead.slice(0, first.index));
  return before.length === 1 && levels.length === members.length && levels.every((m) => LEVEL_MEMBER.test(m) && channelsIn(m).length === 0) ? before[0] : undefined;
}

/** What separates a list's members: a comma or "và". */
const MEMBER_SEPARATOR = /\s*,\s*|\s+va\s+/;

/**
 * The last members of the slot's lead, as many as its list has figures — undefined when the list has fewer
 * than two, the figure is past them, or the lead holds fewer members.
 */
function leadMembers(folded: string, slot: Slot): string[] | undefined {
  const count = listCount(folded, slot);
  if (count < 2 || slot.k >= count) return undefined;
  const members = folded.slice(slot.from, slot.to).split(MEMBER_SEPARATOR).slice(-count);
  return members.length === count ? members : undefined;
}

/** The k-th member's metric, when each member of the lead names one of its own (`metricOf`), all different. */
function memberMetric(folded: string, slot: Slot, metricOf: (member: string) => DossierMetric | undefined): DossierMetric | undefined {
  const members = leadMembers(folded, slot);
  if (!members) return undefined;
  const metrics = members.map(metricOf);
  if (metrics.some((m) => !m) || new Set(metrics).size !== members.length) return undefined;
  return metrics[slot.k] ?? undefined;
}

/** A level named as a list's member: "cấp huyện", "cấp xã". */
const LEVEL_MEMBER = /(?<![a-z])cap (?:tinh|huyen|xa|phuong|quan|thi xa|thanh pho)(?![a-z])/;

/**
 * The k-th online level named in the slot's clause: "hồ sơ trực tuyến toàn trình và một phần lần lượt
 * là 1.204 và 3.310 hồ sơ" (levels 1–2 are none; two or more distinct levels, one per figure).
 */
export function respectiveLevel(folded: string, slot: Slot): Level | undefined {
  for (const [from, to] of spans(slot)) {
    // ("Số DVCTT mức độ 3, 4 của cấp tỉnh và cấp huyện lần lượt …": levels joined before a list of tiers are every member's.)
    const words = folded.slice(from, to);
    const named = LEVEL_MEMBER.test(words) ? levelsIn(words).map((h) => h.level) : levelMembers(words);
    if (named.length < 2) continue;
    if (named.includes('low') || new Set(named).size !== named.length) return undefined;
    return slot.k < named.length ? (named[slot.k] as Level) : undefined;
  }
  return undefined;
}

/**
 * "Các lĩnh vực đất đai, xây dựng, tư pháp lần lượt có 120, 45 và 310 hồ sơ": the k-th field named
 * (a verb closing the list, "… tư pháp tiếp nhận lần lượt …", is none of its names).
 */
// ("Các lĩnh vực có số hồ sơ lớn là đất đai, xây dựng và giao thông vận tải, lần lượt …": the names after a describing "là" / "gồm" / "như".)
// ("… và An toàn thực phẩm với số lượng lần lượt …": the count the list is "with" is none of its names, nor "có số hồ sơ nhiều nhất".)
const FIELD_LIST = /(?<![a-z])linh vuc\s+(?:[^;:()\d]*?\s(?:la|gom|bao gom|nhu)\s+)?([^;:()\d]+?)(?:\s+(?:(?:da|duoc) )?(?:tiep nhan|giai quyet|nhan|xu ly|tra ket qua|phat sinh))?(?:\s+(?:voi|co) (?:so luong|so ho so|tong so)(?: ho so)?(?:\s+(?:nhieu|lon|cao) nhat)?)?\s*,?\s*$/;

export function respectiveField(text: string, folded: string, slot: Slot): string | undefined {
  const m = FIELD_LIST.exec(folded.slice(slot.from, slot.to));
  if (!m) return earlierListField(text, folded, slot);
  return fieldNames(text, slot.from + m.index + m[0].lastIndexOf(m[1]!), m[1]!)[slot.k];
}

/** A clause naming members of its own: fields, levels, bodies. */
const NAMES_MEMBERS = /(?<![a-z])(?:linh vuc|cap (?:tinh|huyen|xa|phuong|quan)|cac (?:so|huyen|quan|xa|phuong)|so [a-z]+ va so)(?![a-z])/;

/**
 * "số hồ sơ của các lĩnh vực A, B, C tương ứng là 1.200, 340 và 890; số hồ sơ trễ hạn lần lượt là 25, 4 và 0": a list whose
 * clause names no members goes on with the fields of the list before it in the sentence, as many as its figures.
 */
function earlierListField(text: string, folded: string, slot: Slot): string | undefined {
  if (NAMES_MEMBERS.test(folded.slice(slot.from, slot.to))) return undefined;
  const semi = folded.lastIndexOf(';', slot.from);
  if (semi < 0) return undefined;
  const from = Math.max(folded.lastIndexOf(';', semi - 1) + 1, folded.lastIndexOf('. ', semi - 1) + 1, 0);
  const clause = folded.slice(from, semi);
  const respective = RESPECTIVE.exec(clause);
  if (!respective) return undefined;
  const m = FIELD_LIST.exec(clause.slice(0, respective.index));
  if (!m) return undefined;
  const names = fieldNames(text, from + m.index + m[0].lastIndexOf(m[1]!), m[1]!);
  return names.length === listCount(folded, slot) ? names[slot.k] : undefined;
}

/** The names of a list of fields written at `at` in the text ("đất đai, xây dựng và tư pháp"); none when one is too short. */
function fieldNames(text: string, at: number, list: string): (string | undefined)[] {
  const names: string[] = [];
  const re = /\s*,\s*|\s+va\s+/g;
  let from = 0;
  for (let s = re.exec(list); s; s = re.exec(list)) {
    names.push(text.slice(at + from, at + s.index).trim());
    from = s.index + s[0].length;
    // ("lĩnh vực thú y và lĩnh vực trồng trọt": the word repeated before a member is no part of its name.)
    if (list.startsWith('linh vuc ', from)) from += 9;
  }
  names.push(text.slice(at + from, at + list.length).trim());
  return names.length >= 2 && names.every((n) => n.length >= 2) ? names : [];
}

/**
 * "Số hồ sơ giải quyết trước hạn, đúng hạn, trễ hạn tương ứng là 3.012; 1.204; 14 hồ sơ": the lead
 * ends on as many timeliness words as the list has figures; the k-th figure is the k-th's. (Read
 * member by member: "trước hạn, đúng hạn" alone would be one figure, on time.)
 */
export function respectiveTiming(folded: string, slot: Slot): DossierMetric | undefined {
  return memberMetric(folded, slot, (m) => findCues(m, 0, m.length).filter((c) => c.kind === 'timing').at(-1)?.metric ?? undefined);
}

/**
 * "Số hồ sơ tiếp nhận, đã giải quyết, đang giải quyết lần lượt là 500, 480 và 20 hồ sơ": the lead ends on as many
 * members as the list has figures, each with a verb or timeliness of its own (all different); the k-th figure is the
 * k-th's. (A member naming none — "của cấp huyện, cấp xã lần lượt …" — leaves the list to its other readings.)
 */
export function respectiveVerb(folded: string, slot: Slot): DossierMetric | undefined {
  return memberMetric(folded, slot, (m) => {
    const cues = findCues(m, 0, m.length);
    return cues.some((c) => c.kind === 'block') ? undefined : (cues.at(-1)?.metric ?? undefined);
  });
}

/** How many figures the slot's list holds, up to its clause's end (a ";" between bare figures does not end it; bracketed glosses are no members). */
function listCount(folded: string, slot: Slot): number {
  const rest = folded.slice(slot.first);
  const stop = rest.search(/\.\s|\.$|;(?!\s*\d)/);
  return topFigures(stop < 0 ? rest : rest.slice(0, stop)).top;
}

/** The figures of `seg` outside the brackets it opens, and whether one is still open at its end. */
function topFigures(seg: string): { top: number; open: boolean } {
  if (!seg.includes('(')) return { top: seg.match(FIGURE)?.length ?? 0, open: false };
  let depth = 0;
  let top = 0;
  FIGURE.lastIndex = 0;
  let last = 0;
  for (let m = FIGURE.exec(seg); m; m = FIGURE.exec(seg)) {
    depth = depthAfter(seg, last, m.index, depth);
    last = m.index;
    if (depth === 0) top++;
  }
  return { top, open: depthAfter(seg, last, seg.length, depth) > 0 };
}

function depthAfter(seg: string, from: number, to: number, depth: number): number {
  for (let i = from; i < to; i++) {
    if (seg[i] === '(') depth++;
    else if (seg[i] === ')' && depth > 0) depth--;
  }
  return depth;
}

/** Where the members may be named: before "lần lượt", else between it and the first figure. */
function spans(slot: Slot): [number, number][] {
  return [
    [slot.from, slot.to],
    [slot.after, slot.first],
  ];
}
