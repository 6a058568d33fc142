/**
 * Wholes and parts: a figure after "trong đó" / "gồm" / an open bracket is a part of the figure
 * before it and takes its metric (and its pending state) when it states none of its own; an
 * elliptic list ("cấp tỉnh giải quyết A hồ sơ, cấp huyện B hồ sơ") repeats the metric before.
 */
import type { Dimensions } from '../../schema/record.ts';
import type { NumberMention } from '../../text/numbers.ts';
import type { LeadIn } from '../rule.ts';
import { channelOf } from '../dimensions/channel.ts';
import { levelOf } from '../dimensions/level.ts';
import { findCues, type DossierMetric } from './cues.ts';
import { inParens } from '../figure-context.ts';
import type { Label } from './label.ts';
import { HO_SO, withState } from './own-clause.ts';
import type { Env } from './dims.ts';
import { windowsOf, type Windows } from './windows.ts';
import type { DossierReading, ReadingSource } from './reading.ts';

export interface Draft {
  mention: NumberMention;
  windows: Windows;
  metric?: DossierMetric;
  source?: ReadingSource;
  parent?: Draft | { metric: DossierMetric; dims: Dimensions };
  /**
   * Not plainly a dossier count: counted in procedures but a part by authority ("… TTHC thuộc thẩm
   * quyền cấp huyện"), or a bare number that may be a part of a stated whole.
   */
  tentative?: 'authority' | 'bare';
  /** Its own clause says pending ("đang giải quyết trong hạn"): no whole turns it into resolved. */
  pendingStated?: boolean;
  label?: Label;
  reading?: DossierReading;
}

/** "Trong số 5.608 hồ sơ …, …", "Trong tổng số 920 hồ sơ …": a whole set before the clause its parts are in. */
const OPENING_WHOLE = /^\s*(?:trong (?:tong )?so)\s+(?=\d)/;

export const MARKER = /(?<![a-z])(?:trong do|trong so (?:nay|do|tren)|bao gom|gom|cu the)(?![a-z])/g;

/** A timeliness figure under a pending / resolved whole takes the whole's state. */
export function underParent(metric: DossierMetric, parent: DossierMetric): DossierMetric {
  if (parent === 'dossier.pending') return withState(metric, true);
  if (parent === 'dossier.resolved' || parent === 'dossier.returned') {
    if (metric === 'dossier.pending_on_time') return 'dossier.resolved_on_time';
  }
  return metric;
}

/** A figure that is not plainly a dossier count stays when it is part of a dossier whole or list. */
export function keepTentative(d: Draft, parent: Whole | undefined, lead: { metric: DossierMetric; colon?: boolean } | undefined, folded: string): boolean {
  const wholeIsDossier = parent !== undefined && (!('windows' in parent) || !(parent as Draft).tentative);
  if (d.tentative === 'authority') return wholeIsDossier && 'windows' in parent!;
  // A bare number: "(trực tuyến: 800; trực tiếp: 400)", "Số hồ sơ tiếp nhận: trực tuyến 800, trực tiếp 400".
  if (wholeIsDossier) return true;
  return Boolean(lead?.colon) && HO_SO.test(folded.slice(0, d.mention.start));
}

/** "Cấp tỉnh giải quyết 45.000 hồ sơ, cấp huyện 120.000 hồ sơ": a figure with only a label takes the metric before it. */
export function ellipsisOf(d: Draft, drafts: Draft[], folded: string): (Draft & { metric: DossierMetric }) | undefined {
  const i = drafts.indexOf(d);
  const prev = i > 0 ? outsideBracket(drafts[i - 1]!, drafts, d, folded) : undefined;
  if (!prev?.metric || (prev.source !== 'own' && prev.source !== 'parent')) return undefined;
  const label = folded.slice(d.windows.left[0], d.mention.start);
  if (findCues(folded, d.windows.left[0], d.mention.start).length > 0) return undefined;
  // "…; của UBND các xã, thị trấn là 4.980/5.010 hồ sơ": a label opening with a preposition cannot stand alone, even after a ";".
  const prepositional = PREPOSITIONAL.test(label);
  if (label.trim().split(/\s+/).length > (prepositional ? 9 : 6) || /:/.test(label)) return undefined;
  const between = folded.slice(prev.windows.unitEnd, d.windows.left[0]);
  // "cấp xã còn 14 hồ sơ giải quyết chậm, chủ yếu …; cấp huyện 05 hồ sơ": a level set against the level the figure before is of.
  const levels = LEVEL_LABEL.test(label) && LEVEL_WORD.test(folded.slice(folded.lastIndexOf(';', prev.mention.start) + 1, d.windows.left[0]));
  if (/\.(?!\d)/.test(between) || (!prepositional && !levels && /;/.test(between)) || between.length > (levels ? 120 : 40)) return undefined;
  return prev as Draft & { metric: DossierMetric };
}

/**
 * "cấp tỉnh giải quyết 98.204 hồ sơ (đúng hạn 97.615 hồ sơ); cấp huyện 61.330 hồ sơ (…)": a figure
 * after a closed bracket elides the verb of the figure the bracket hangs from, not of the bracket's
 * own parts — the draft before the bracket when `prev` is inside one that closes before `d`.
 */
function outsideBracket(prev: Draft, drafts: readonly Draft[], d: Draft, folded: string): Draft | undefined {
  const open = folded.lastIndexOf('(', prev.mention.start);
  if (open < 0 || folded.lastIndexOf(')', prev.mention.start) > open) return prev;
  const close = folded.indexOf(')', prev.mention.end);
  if (close < 0 || close >= d.windows.left[0] || folded.lastIndexOf('(', d.mention.start) > close) return prev;
  return drafts.filter((o) => o.mention.end <= open).at(-1);
}

/**
 * "nhận mới 423, kỳ trước chuyển qua 37, tổng 460 hồ sơ": a bare "tổng" after the intake's parts is
 * the period's total received; after pending states only ("… gồm 45 hồ sơ chưa đến hạn và 3 hồ sơ
 * đã quá hạn; tổng cộng 48 hồ sơ") it is the pending total.
 */
export function totalOfParts(d: Draft, drafts: Draft[], folded: string): DossierMetric | undefined {
  if (!TOTAL_LABEL.test(folded.slice(d.windows.left[0], d.mention.start))) return undefined;
  const parts = drafts.filter((o) => o.mention.start < d.mention.start && o.metric);
  if (parts.some((o) => o.metric === 'dossier.new' || o.metric === 'dossier.carried_over')) return 'dossier.received';
  if (parts.length >= 2 && parts.every((o) => o.metric === 'dossier.pending_on_time' || o.metric === 'dossier.pending_overdue')) return 'dossier.pending';
  return undefined;
}

const TOTAL_LABEL = /^\s*(?:va\s+)?(?:tong(?: cong| so)?|cong|cong lai)(?:\s+(?:la|co))?\s*:?\s*$/;

/** "…, tương ứng 1.204 hồ sơ", "chiếm tỷ lệ 98,9% với 851 hồ sơ": the count a rate stands for. */
const CORRESPONDING = /^\s*,?\s*(?:(?:tuong ung|tuong duong)(?:\s+(?:voi|la|khoang|gan|hon|tren))*|voi(?:\s+(?:khoang|gan|hon|tren))*)\s*$/;

const PREPOSITIONAL = /^\s*(?:cua|doi voi|tai|o)\s/;
/** A label that is a level alone: "cấp huyện", "ở cấp xã có". */
export const LEVEL_LABEL = /^\s*(?:(?:o|tai|doi voi)\s+)?cap (?:tinh|huyen|quan|thi xa|thanh pho|xa|phuong)\s*(?:(?:co|la|chi co)\s*)?$/;
const LEVEL_WORD = /(?<![a-z])cap (?:tinh|huyen|quan|thi xa|thanh pho|xa|phuong)(?![a-z])/;

/** "(kể cả …", ", bao gồm cả …": what the whole includes besides, not its parts. */
const INCLUDING = /(?<![a-z])(?:ke ca|(?:bao )?gom ca)(?![a-z])/;

type Whole = Draft | { metric?: DossierMetric; dims?: Dimensions };

/** The whole a figure is a part of: the figure before its bracket or its "trong đó" / "gồm", or the lead-in's. */
/**
 * "…, trong đó: lĩnh vực A 138 hồ sơ; lĩnh vực B 41 hồ sơ; …": a marker opening a colon list whose items,
 * set apart by ";", name no verb or timeliness of their own — each item is a part of the same whole.
 */
/** Items "Name: N hồ sơ;" after a marker, up to the next item's label. */
const LABELLED_ITEMS = /^\s*,?(?:\s*[^:;.\d()]{2,60}:\s*(?:(?:hon|tren|gan|khoang)\s+)?\d[\d.]*\s*(?:ho so|hs)?\s*;)+\s*[^:;.\d()]{2,60}:\s*(?:(?:hon|tren|gan|khoang)\s+)?$/;

/** An item opening on a field: "lĩnh vực thủy sản 96 hồ sơ", "các lĩnh vực còn lại 115 hồ sơ". */
const FIELD_ITEM = /^\s*,?\s*(?:cac\s+)?linh vuc(?![a-z])/;

function colonItems(folded: string, markerEnd: number, at: number): boolean {
  // ("Trong đó, Sở A: 31 hồ sơ; Sở B: 9 hồ sơ; Sở C: 5 hồ sơ": after a marker with no colon, items each labelled by a body's
  // name go on past ";" as well.)
  if (!/^\s*:/.test(folded.slice(markerEnd, markerEnd + 3))) {
    // ("Trong đó, lĩnh vực A 318 hồ sơ; lĩnh vực B 96 hồ sơ; các lĩnh vực còn lại 115 hồ sơ": items each opening on a field, likewise.)
    const way = folded.slice(markerEnd, at);
    const items = LABELLED_ITEMS.test(way) || way.split(';').every((item) => FIELD_ITEM.test(item));
    return items && !findCues(folded, markerEnd, at).some((c) => c.kind === 'verb' || c.kind === 'timing' || c.kind === 'block');
  }
  // (Items labelled "X: N" of their own are read by their labels.)
  const way = folded.slice(folded.indexOf(':', markerEnd) + 1, at);
  return !/\.\s|:/.test(way) && !findCues(folded, markerEnd, at).some((c) => c.kind === 'verb' || c.kind === 'timing' || c.kind === 'block');
}

export function parentOf(
  d: Draft,
  drafts: Draft[],
  markers: [number, number][],
  folded: string,
  numbers: readonly NumberMention[],
  env: Env,
  prevOf: () => DossierReading[],
): Whole | undefined {
  const p = d.mention.start;
  // "70 hồ sơ (trong hạn 65 hồ sơ, quá hạn 5 hồ sơ)": the figure right before an open bracket is the whole.
  const open = folded.lastIndexOf('(', p);
  if (open >= 0 && !folded.slice(open, p).includes(')')) {
    // ("còn 58 hồ sơ chưa giải quyết (55 hồ sơ trong hạn, 3 hồ sơ quá hạn)": the whole's own words may stand before its bracket.)
    const whole = drafts.find((o) => o !== d && o.mention.start < open && (/^\s*$/.test(folded.slice(o.windows.unitEnd, open)) || OWN_WORDS.test(folded.slice(o.windows.unitEnd, open))));
    if (whole) return whole;
    // "Tổng số hồ sơ đã giải quyết (trực tuyến 2.016, trực tiếp 703): 2.719 hồ sơ": the whole right after the bracket.
    const close = folded.indexOf(')', p);
    const after = close < 0 ? undefined : drafts.find((o) => o.mention.start > close && /^\s*:?\s*(?:la|dat)?\s*:?\s*$/.test(folded.slice(close + 1, o.mention.start)));
    if (after?.metric && !/\(/.test(folded.slice(open + 1, close))) return after;
    // "đúng hạn đạt 99,5% (1.200/1.206 hồ sơ)": the count behind a rate.
    // ("… trực tuyến đạt 61,7% tổng số hồ sơ tiếp nhận (8.903/14.430 hồ sơ)": the whole the share is of may stand between.)
    const rate = numbers.find((n) => n.percent && n.end <= open && SHARE_OF_WHOLE.test(folded.slice(n.end, open)));
    // ("… trực tuyến đạt 12.340 hồ sơ, chiếm 86,2% tổng số hồ sơ tiếp nhận (14.316 hồ sơ)": the count behind the share stated
    // right before it, the one figure in the bracket after the whole named is that whole, of no channel.)
    const stated = rate ? numbers[numbers.indexOf(rate) - 1] : undefined;
    const named = rate ? NAMED_WHOLE.exec(folded.slice(rate.end, open)) : null;
    if (rate && named && stated && !stated.percent && STATED_SHARE.test(folded.slice(stated.end, rate.start)) && !folded.slice(open, folded.indexOf(')', p) < 0 ? p : folded.indexOf(')', p)).includes('/')) {
      return { metric: named[1] === 'giai quyet' ? 'dossier.resolved' : 'dossier.received' };
    }
    if (rate) {
      const metric = countBehindRate(folded, numbers, rate);
      if (metric) return { metric };
      // "hồ sơ trực tuyến toàn trình đạt 38,4% (4.215 hồ sơ)": the count behind a share of the dossiers of one channel.
      const channelled = countBehindShare(folded, numbers, rate);
      if (channelled) return channelled;
    }
    // "100% hồ sơ được giải quyết trước và đúng hạn (1.204/1.204 hồ sơ)": the timeliness between the rate and its bracket.
    const share = numbers.filter((n) => n.percent && n.end <= open).at(-1);
    if (share && /^[^\d;()]{1,60}$/.test(folded.slice(share.end, open))) {
      const m = findCues(folded, share.end, open).filter((c) => c.kind === 'timing').at(-1)?.metric;
      if (m === 'dossier.resolved_on_time' || m === 'dossier.resolved_early' || m === 'dossier.resolved_late') return { metric: m };
    }
  }
  // "Trong số 5.608 hồ sơ đã giải quyết, lĩnh vực đất đai chiếm 41,2% (2.311 hồ sơ)": the whole named at the sentence's opening.
  const opening = OPENING_WHOLE.exec(folded);
  if (opening) {
    const whole = drafts.find((o) => o !== d && o.mention.start === opening[0].length && o.metric);
    if (whole && whole.mention.end < p && folded.slice(whole.windows.unitEnd, p).includes(',')) return whole;
  }
  // "đúng hạn đạt 98,1%, tương ứng 1.204 hồ sơ": the count a rate corresponds to.
  const before = numbers[numbers.indexOf(d.mention) - 1];
  if (before?.percent && CORRESPONDING.test(folded.slice(before.end, p))) {
    const behind = countBehindRate(folded, numbers, before);
    if (behind) return { metric: behind };
    const channelled = countBehindShare(folded, numbers, before);
    if (channelled) return channelled;
  }
  // "… để xảy ra hồ sơ quá hạn với tổng số 186 hồ sơ, nhiều nhất là Sở A với 112 hồ sơ": the body ranked first among the
  // figure before, in its sentence, has a part of it.
  const prior = drafts[drafts.indexOf(d) - 1];
  if (prior?.metric && RANKED_PART.test(folded.slice(prior.mention.end, p))) return prior;
  const marker = markers.filter(([, end]) => end <= p && (!folded.slice(end, p).includes(';') || colonItems(folded, end, p))).at(-1);
  if (marker) {
    // "3.600 hồ sơ (kỳ trước chuyển sang 120, tiếp nhận mới 3.480), trong đó: …": the parts of a
    // bracket closed before the marker are not the whole; the figure before the bracket is.
    // ("…; chưa có hồ sơ trễ hạn. Trong đó lĩnh vực Tư pháp 3.620 hồ sơ, …": a stated zero has no parts — the figure before it is the whole.)
    let before: Draft | undefined;
    for (let k = drafts.length - 1; k >= 0 && before === undefined; k--) {
      const o = drafts[k]!;
      if (o.mention.start < marker[0] && !closedAfter(folded, o.mention.end, marker[0]) && o.mention.value !== 0) before = o;
    }
    if (before) return before;
    if (folded.slice(0, marker[0]).trim() === '') {
      const candidates = prevOf().filter((r) => (r.source !== 'default' || r.windows.unit === 'dossier') && r.mention.value !== 0);
      // ("… tiếp nhận 4.318 hồ sơ; giải quyết xong 4.301 hồ sơ. Trong đó lĩnh vực A 3.620 hồ sơ, lĩnh vực B 412 hồ sơ, lĩnh vực C
      // 286 hồ sơ": the figure the parts add up to, when one does, over the last one.)
      const parts = drafts.filter((o) => o.mention.start > marker[1] && !inParens(folded, o.mention.start));
      const sum = parts.reduce((t, o) => t + o.mention.value, 0);
      // ("… giải quyết 1.118 hồ sơ; đang giải quyết 06 hồ sơ. Trong đó lĩnh vực A 705 hồ sơ": a whole smaller than its parts is
      // not theirs — the dossiers received, when they are large enough, else the last figure that is.)
      const last = candidates.at(-1);
      const fitting = last && last.mention.value < sum ? candidates.filter((r) => r.mention.value >= sum) : [];
      const prev =
        (parts.length >= 2 ? candidates.filter((r) => r.mention.value === sum).at(-1) : undefined) ??
        (fitting.length > 0 ? (fitting.filter((r) => r.metric === 'dossier.received').at(-1) ?? fitting.at(-1)) : last);
      if (prev) return { metric: prev.metric, dims: prev.dims };
    }
    return undefined;
  }
  if (env.leadIn) return leadInWhole(env.leadIn);
  return undefined;
}

/** ", nhiều nhất là Sở A với", ", cao nhất là huyện B (": the body ranked first (or last) among the figure before. */
const RANKED_PART = /^[^;.\d()]{0,30},\s*(?:(?:nhieu|cao|it|thap) nhat(?: la)?|dan dau(?: la)?|dung dau(?: la)?)\s+[^,;.\d()]{2,60}?\s*(?:voi|co|\()\s*(?:(?:hon|tren|gan|khoang)\s+)?$/;

/** Between a share and its bracket: nothing, or the whole it is a share of ("tổng số hồ sơ tiếp nhận"). */
/** The whole a share names after it: "tổng số hồ sơ (đã) tiếp nhận / giải quyết" (group 1: its verb). */
const NAMED_WHOLE = /^\s*(?:cua |tren )?tong so (?:ho so|hs) (?:da |duoc )?(tiep nhan|giai quyet)\s*$/;
/** A count then its share: "12.340 hồ sơ, chiếm …", "… hồ sơ (bằng …". */
const STATED_SHARE = /^\s*(?:ho so|hs)?\s*,?\s*(?:chiem|bang)(?: ty le)?\s*$/;
const SHARE_OF_WHOLE = /^\s*(?:(?:cua |tren |so voi )?(?:tong )?so (?:ho so|hs)(?: (?:da |duoc )?(?:tiep nhan|phat sinh|giai quyet))?)?\s*$/;

/** A few words of the figure's own predicate up to its bracket: no figure, no clause boundary. */
const OWN_WORDS = /^\s+(?:(?:dang|chua|con|da)\s+)?[a-z ]{2,30}$/;

/** Does a bracket open before `from` close within [from, to)? */
function closedAfter(folded: string, from: number, to: number): boolean {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = folded.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41 && --depth < 0) return true;
  }
  return false;
}

/** The count a timeliness rate is a share of: "đúng hạn đạt 99,5%" → resolved on time. */
function countBehindRate(folded: string, numbers: readonly NumberMention[], rate: NumberMention): DossierMetric | undefined {
  const w = windowsOf(folded, numbers, numbers.indexOf(rate));
  const cues = findCues(folded, w.left[0], w.left[1]).filter((c) => c.kind === 'timing');
  const m = cues.at(-1)?.metric;
  // ("số hồ sơ giải quyết trước hạn chiếm 62,4% (1.292 hồ sơ)": the count behind an early share is the early dossiers.)
  return m === 'dossier.resolved_on_time' || m === 'dossier.resolved_early' || m === 'dossier.resolved_late' ? m : undefined;
}

/**
 * The count a share of one channel's dossiers is a share of: "tỷ lệ hồ sơ trực tuyến toàn trình đạt
 * 38,4%" → the dossiers received (or returned, resolved: the clause's verb) online at that level.
 */
function countBehindShare(folded: string, numbers: readonly NumberMention[], rate: NumberMention): { metric: DossierMetric; dims: Dimensions } | undefined {
  const w = windowsOf(folded, numbers, numbers.indexOf(rate));
  const clause = folded.slice(w.left[0], w.left[1]);
  const level = levelOf(clause);
  const channel = channelOf(clause) ?? (level ? 'online' : undefined);
  if (!channel) return undefined;
  const cues = findCues(folded, w.left[0], w.left[1]);
  if (cues.some((c) => c.kind !== 'verb')) return undefined;
  const dims: Dimensions = { channel };
  if (level && channel === 'online') dims.level = level;
  return { metric: cues.at(-1)?.metric ?? 'dossier.received', dims };
}

/**
 * "Tỷ lệ hồ sơ thanh toán trực tuyến đạt 35,2% (4.100 hồ sơ)": a figure opening a bracket right after a
 * share whose clause names something not counted (a blocker, no timeliness) counts the same thing.
 */
export function behindBlockedShare(folded: string, numbers: readonly NumberMention[], i: number): boolean {
  const n = numbers[i]!;
  const open = folded.lastIndexOf('(', n.start);
  if (open < 0 || folded.slice(open + 1, n.start).trim() !== '') return false;
  const rate = numbers[i - 1];
  if (!rate?.percent || folded.slice(rate.end, open).trim() !== '') return false;
  const w = windowsOf(folded, numbers, i - 1);
  const cues = findCues(folded, w.left[0], w.left[1]);
  return cues.some((c) => c.kind === 'block') && !cues.some((c) => c.kind === 'timing');
}

/** A lead-in ending on a bracket, then its marker: "Tổng số hồ sơ thụ lý: 3.905 hồ sơ (tồn kỳ trước: 604; tiếp nhận trong kỳ: 3.301), cụ thể:". */
const BRACKET_THEN_MARKER = /\)\s*,?\s*(?:(?:cu the|gom|bao gom|trong do)(?: nhu sau)?|nhu sau)?\s*:?\s*$/;

/** Is the emission a figure of the lead-in's own text (its last sentence), at its range? */
function inLeadText(leadIn: LeadIn, e: { range: [number, number]; value: number }): boolean {
  const written = leadIn.text.slice(e.range[0], e.range[1]);
  return /^\d/.test(written) && Number(written.replace(/\./g, '').replace(',', '.')) === e.value;
}

function leadInWhole(leadIn: LeadIn): { metric: DossierMetric; dims: Dimensions } | undefined {
  const counts = leadIn.emissions.filter((x) => x.metric.startsWith('dossier.') && !x.metric.endsWith('_rate'));
  let e = counts.at(-1);
  // The items break down the figure before the bracket, not the bracket's last part.
  if (e && BRACKET_THEN_MARKER.test(leadIn.folded)) {
    const open = leadIn.folded.lastIndexOf('(');
    const head = counts.filter((x) => x.range[1] <= open && inLeadText(leadIn, x)).at(-1);
    if (head && inLeadText(leadIn, e) && e.range[0] > open) e = head;
  }
  return e ? { metric: e.metric as DossierMetric, dims: e.dimensions ?? {} } : undefined;
}

/**
 * A whole whose parts are "tiếp nhận mới" / "kỳ trước chuyển sang" is the period's total received;
 * so is a "giải quyết" whole whose parts are the resolved and the pending ("Tổng số hồ sơ giải
 * quyết trong kỳ: 1.603, trong đó: đã giải quyết 1.580; đang giải quyết 23").
 */
export function adjustWholes(drafts: Draft[], folded: string): void {
  for (const d of drafts) {
    const parts = drafts.filter((c) => c.parent === d);
    // ("Đã giải quyết 5.108 hồ sơ (kể cả 31 hồ sơ năm 2023 chuyển sang)": a scope note on the resolved, no breakdown of an intake.)
    const intake = parts.some((c) => (c.metric === 'dossier.new' || c.metric === 'dossier.carried_over') && !INCLUDING.test(folded.slice(d.mention.end, c.mention.start)));
    // ("Tổng số hồ sơ trong kỳ: 4.207 hồ sơ, gồm 96 hồ sơ kỳ trước chuyển qua và 4.111 hồ sơ mới tiếp nhận": a whole read as
    // new by its "trong kỳ", beside a carried-over part, is the period's total.)
    const newWhole = d.metric === 'dossier.new' && parts.some((c) => c.metric === 'dossier.carried_over') && parts.some((c) => c.metric === 'dossier.new');
    if ((intake && (d.metric === 'dossier.resolved' || d.source === 'default' || newWhole)) || handledWhole(d, parts, drafts, folded)) d.metric = 'dossier.received';
    // "… 5.806 hồ sơ (tồn kỳ trước 211 hồ sơ, tiếp nhận trong kỳ 5.595 hồ sơ)": beside the carried-over part of the
    // period's whole, the part received (labelled by that alone) is the new intake.
    if (d.metric === 'dossier.received' && intake && parts.some((c) => c.metric === 'dossier.carried_over')) {
      for (const c of parts) {
        if (c.metric === 'dossier.received' && RECEIVED_ALONE.test(folded.slice(c.windows.left[0], c.mention.start))) c.metric = 'dossier.new';
      }
    }
  }
}

/** A part labelled only by its intake: "tiếp nhận trong kỳ", "nhận trong quý:", "phát sinh". */
const RECEIVED_ALONE = /^[\s,;(:]*(?:(?:so )?(?:ho so )?)?(?:tiep nhan|nhan|phat sinh)(?: (?:trong|moi trong) (?:ky|thang|quy|nam))?\s*(?:la|:)?\s*$/;

/** A bare "giải quyết" whole (not "đã giải quyết") with a resolved part, and the pending after it in the sentence. */
function handledWhole(d: Draft, parts: Draft[], drafts: Draft[], folded: string): boolean {
  if (d.metric !== 'dossier.resolved' || !parts.some((c) => c.metric === 'dossier.resolved')) return false;
  if (/(?<![a-z])(?:(?:da|duoc) (?:giai quyet|xu ly)|xong)(?![a-z])/.test(folded.slice(d.windows.left[0], d.windows.right[1]))) return false;
  return drafts.some((c) => c.mention.start > d.mention.start && c.metric?.startsWith('dossier.pending'));
}
