/**
 * Dossier rates: the share resolved on time ("tỷ lệ giải quyết đúng hạn đạt 98,5%", "100% được
 * giải quyết đúng hạn", "đúng và trước hạn 1.492 hồ sơ (đạt 99,4%)") or late ("trễ hạn 245
 * (chiếm 1%)", "Tỷ lệ chậm hạn chiếm 2,1%"). A bare "tỷ lệ giải quyết" or a share of dossiers
 * filed online is not a core rate; comparisons ("cao hơn năm trước 2%") and targets are none.
 */
import type { Dimensions } from '../../schema/record.ts';
import type { NumberMention } from '../../text/numbers.ts';
import type { RuleContext } from '../rule.ts';
import { fieldIn } from '../dimensions/field.ts';
import { channelsIn } from '../dimensions/channel.ts';
import { PREVIOUS_PERIOD_CLAUSE, inOtherPeriodBracket, lastSentence, previousPeriodOpening, otherYearClause } from '../figure-context.ts';
import { subjectIn } from '../dimensions/subject.ts';
import { opensOnOwnArea, tierAt, type TierMention } from '../dimensions/tier.ts';
import { fold } from '../../text/normalize.ts';
import { rememberLast } from '../../text/memo.ts';
import { findCues, type Cue, type DossierMetric } from './cues.ts';
import { blockIndex, bodyHeadings, communeTiersIn, fieldOfSection, inheritedTier, lowerTiers } from './document.ts';
import { clauseFieldAt, fieldPointedBackAt, headFieldAt } from './field-head.ts';
import { continuedField, listedBodyBeforeBracket } from './dims.ts';
import { IN_WHOLE, blockReading, readDossiers, type DossierReading } from './reading.ts';
import { clauseStart, windowsOf } from './windows.ts';
import { respectiveSlot, respectiveTier, respectiveTiming } from './respectively.ts';
import { proseTableRow } from './table.ts';

export type RateMetric = 'dossier.on_time_rate' | 'dossier.late_rate';

export interface RateReading {
  mention: NumberMention;
  metric: RateMetric;
  dims: Dimensions;
  confidence: number;
}

// ("đạt tỷ lệ tuyệt đối 100%": the absolute share.)
/** An index or a satisfaction measure labelling a share: "chỉ số PAR", "SIPAS", "mức độ hài lòng". */
const INDEX_LABEL = /(?<![a-z])(?:chi so|par(?: index)?|sipas|papi|pci|dti|hai long)(?![a-z])/;
/** Right after a share, the people or answers it counts: "95,6% ý kiến", "98% người dân", "92% số phiếu". */
const SURVEY_SHARE = /^\s*(?:so\s+)?(?:y kien|phieu|nguoi (?:duoc hoi|duoc khao sat|tra loi|tham gia)|nguoi dan (?:duoc hoi|duoc khao sat|hai long|danh gia))(?![a-z])/;
const FILLER = /^[\s(,:]*(?:(?:dat|chiem|ty le|ti le|la|bang|tuong duong|voi|den|gan|hon|tren|khoang|duoi|xap xi|tinh|chung|tuyet doi)\s*[:,]?\s*)*$/;
/** Rates of something else done on time: publishing, updating, paying, digitising, tasks, documents, feedback (PAKN); apologies for late dossiers. */
const OTHER_ACT =
  /(?<![a-z])(?:cong bo|cong khai|cap nhat|dong bo|so hoa|thanh toan|hai long|nop bao cao|bao cao|nhiem vu|van ban|cong van|chi dao|y kien|phan anh|kien nghi|pakn|phan hoi|gop y|ke hoach|giai ngan|don thu|khieu nai|to cao|xin loi)(?![a-z])/;
/** The share a check went over, the percent its object: "đã kiểm tra, rà soát 100% hồ sơ quá hạn". */
const CHECKED_SHARE = /(?<![a-z])(?:kiem tra|ra soat|theo doi|doi chieu|giam sat)\s*$/;
/** A count of bodies, then their rate: "15 sở, ngành đạt tỷ lệ …", "150/200 xã, phường có tỷ lệ …". */
// ("tỉnh có 3 sở đạt 100% hồ sơ đúng hạn": the share reached by the bodies counted, with no "tỷ lệ" too.)
const BODIES_REACHING = /(?<![\d.,/])\d[\d.]*(?:\/\d[\d.]*)?\s+(?:co quan|don vi|so|nganh|huyen|xa|phuong|thi tran|dia phuong|quan|thi xa|thanh pho)(?![a-z])[^;:()\d]*?(?<![a-z])(?:(?:co|dat) (?:ty le|ti le)(?![a-z])|dat\s*$)/;
/** A rate stated on its own must be about dossiers or procedures being resolved. */
const DOSSIER_SUBJECT = /(?<![a-z])(?:ho so|hs|tthc|thu tuc|giai quyet|tra ket qua|xu ly)(?![a-z])/;
/** "100% (hồ sơ) (đều) được giải quyết đúng hạn", "100% hồ sơ tại cấp tỉnh được …", "0,5% hồ sơ bị trễ hạn", "100% hồ sơ còn lại …", "99,5% hồ sơ (1.990 hồ sơ) được …", "100% hồ sơ tiếp nhận trong kỳ đã được …", "100% hồ sơ được tiếp nhận, giải quyết đúng hạn" (two verbs in a row). */
// ("99% trong số hơn 52.000 hồ sơ mà Trung tâm tiếp nhận được giải quyết đúng hạn": the whole the share is of, with its own clause.)
const RIGHT_FILLER = /^\s*(?:(?:ho so|hs|tthc|thu tuc hanh chinh|con lai|deu|da|duoc|bi|giai quyet|xu ly|tra ket qua|tra|co ket qua|so|tiep nhan|trong (?:ky|thang|quy|nam)(?: bao cao)?)\s*|(?<=(?:tiep nhan|xu ly))\s*,\s*(?=giai quyet|xu ly|tra ket qua)|(?<![a-z])(?:cua|tai|o)(?:,?\s+[a-z]+){1,5}\s*|\(\s*\d[\d.,]*(?:\s*\/\s*\d[\d.,]*)?\s*(?:ho so|hs)?\s*\)\s*|trong (?:tong )?so\s+(?:(?:hon|tren|gan|khoang)\s+)?\d[\d.,]*\s*(?:ho so|hs)(?:\s+ma\s+[^,;()]{2,80}?(?=\s(?:duoc|da|deu|giai quyet|tra)(?![a-z])))?\s*)*$/;
/** Right after a share's percent, the dossiers it is of named by their channel: "100% hồ sơ trực tuyến …". */
const ONLINE_SUBJECT = /^\s*(?:(?:ho so|hs)\s+)?(?:(?:nop|tiep nhan)\s+)?truc tuyen(?![a-z])/;
/** A rate's label naming the dossiers filed online as what it is of: "tỷ lệ hồ sơ (nộp) trực tuyến được giải quyết …". */
const ONLINE_RATE_LABEL = /(?<![a-z])t[yi] le (?:giai quyet |xu ly )?(?:ho so|hs) (?:nop |tiep nhan )?truc tuyen(?: (?:duoc|da))?(?: giai quyet| xu ly)?\s*$/;
const PART_MARKER = /(?<![a-z])(?:trong do|cu the|gom)(?![a-z])/;
/** A sentence setting a goal: "Phấn đấu …", "Mục tiêu năm 2026 …", "… dự kiến đạt …". */
// ("… đề nghị các cơ quan giảm tỷ lệ hồ sơ trễ hạn xuống dưới 1%": a rate asked for is a target too.)
/** A sentence labelled as the plan: "Kế hoạch năm 2025: …". */
const PLAN_LABEL = /^\W*ke hoach(?: (?:nam|quy|thang) [0-9ivx/]+)?\s*:/;
// ("Kế hoạch năm 2025: … tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 98% trở lên": a sentence labelled as the plan.)
const PLANNED_SENTENCE = /^\W*(?:phan dau|muc tieu|chi tieu)(?![a-z])|^\W*ke hoach(?: (?:nam|quy|thang) [0-9ivx/]+)?\s*:|(?<![a-z])(?:phan dau|du kien)(?![a-z])|(?<![a-z])(?:de nghi|yeu cau)(?![a-z])[^.;]{0,80}?(?<![a-z])(?:giam|nang|tang|dat|bao dam|dam bao)(?![a-z])/;
/** A target written as the label of the figure after it: "Mục tiêu: ", "Chỉ tiêu đề ra là ". */
const TARGET_LABEL = /^\W*(?:muc tieu|chi tieu)(?: [a-z0-9]+){0,4}?\s*(?::|\bla)\s*(?:(?:dat|phan dau)\s+)?$/;
/** Words of a change or a comparison ("so với", "tăng", "vượt"), and of a target set ("mục tiêu", "kế hoạch"). */
const CHANGE_WORDS = String.raw`so voi(?! (?:tong|toan bo))|cao hon|thap hon|tang|giam|vuot|binh quan chung`;
const TARGET_WORDS = String.raw`muc tieu|chi tieu|ke hoach`;
const COMPARISON = new RegExp(String.raw`(?<![a-z])(?:${CHANGE_WORDS}|${TARGET_WORDS})(?![a-z])`);
/** COMPARISON but a target's words. */
const CHANGE = new RegExp(String.raw`(?<![a-z])(?:${CHANGE_WORDS})(?![a-z])`);
/** What may follow the timeliness that ends a rate's clause: "(theo) quy định", the count restated in a bracket ("đúng hạn (5.240 hồ sơ)"). */
// ("100% hồ sơ được giải quyết đúng hạn trong quý", "… đúng hạn trong năm 2025": the period the rate is of.)
const TAIL = /^\s*(?:(?:so voi |theo )?quy dinh)?\s*(?:(?:trong|cua) (?:ky|thang|quy|nam|6 thang|9 thang)(?: (?:bao cao|nay|qua|dau nam))?(?: [ivx]+| \d{1,2})?(?:[ /]+(?:nam )?\d{4})?)?\s*(?:\(\s*\d[\d.,]*(?:\s*\/\s*\d[\d.,]*)?\s*(?:ho so|hs)?\s*\)\s*)?$/;
/** "giảm từ 2,1% xuống còn 0,9%", "tăng lên 99,5%", "giảm còn 0,7%": the value a change ends at. */
const NEW_VALUE = /(?<![a-z])(?:xuong|len|(?:giam|ha) con)(?:\s+(?:con|muc|den))*\s*$/;
/** "… 22 hồ sơ, bằng 50% cùng kỳ": a share of another period's figure, not of the dossiers. */
const OF_ANOTHER_PERIOD = /^\s*(?:(?:so|con|lai) voi\s+)?(?:cung ky|(?:ky|nam|quy|thang) truoc)(?![a-z])/;
/** "… trực tuyến đạt 112% kế hoạch năm", "bằng 104% chỉ tiêu": a share of a target set, not of the dossiers. */
const OF_TARGET = /^\s*%?\s*(?:(?:so voi|cua)\s+)?(?:ke hoach|chi tieu|du toan|muc tieu)(?![a-z])/;
/** A share stated as the object of "chiếm" / "bằng" ("…, chiếm 62% …"). */
const SHARE_VERB = /(?<![a-z])(?:chiem|bang|tuong duong)(?:\s+(?:ty le|ti le))?\s*$/;
/** "… (tổng) số hồ sơ …": the whole a share is of, named after it. */
const WHOLE_AFTER = /^\s*(?:cua\s+)?(?:tong\s+)?so\s+(?:ho so|hs)(?![a-z])/;

/**
 * "Lĩnh vực Đất đai có 37 hồ sơ trễ hạn, chiếm 62% tổng số hồ sơ trễ hạn của huyện": a share whose
 * whole is itself the late (or on-time) dossiers is a part's share of those, not the late share.
 */
function shareOfTimed(folded: string, n: NumberMention): boolean {
  const after = folded.slice(n.end);
  const whole = WHOLE_AFTER.exec(after);
  if (!whole || !SHARE_VERB.test(folded.slice(Math.max(0, n.start - 24), n.start))) return false;
  const end = after.slice(whole[0].length).search(/[,;.)(]/);
  const to = n.end + whole[0].length + (end < 0 ? after.length - whole[0].length : end);
  return findCues(folded, n.end + whole[0].length, to).some((c) => c.kind === 'timing');
}

/** The paragraph up to the rate, or a block before it in the same section, speaks of dossiers. */
function aboutDossiers(ctx: RuleContext, before: string): boolean {
  if (DOSSIER_SUBJECT.test(before)) return true;
  const blocks = ctx.blocks ?? [];
  const i = ctx.blocks ? blockIndex(ctx.blocks, ctx.block) : -1;
  for (let k = i - 1; k >= Math.max(0, i - 15) && blocks[k]!.section === ctx.block.section; k--) {
    if (DOSSIER_SUBJECT.test(fold(blocks[k]!.text))) return true;
  }
  return ctx.headings.slice(0, 2).some((h) => DOSSIER_SUBJECT.test(h));
}

/**
 * The figure right before the bracket that closes just before the figure at `i` (", tỷ lệ" between), when
 * the bracket holds parts of it ("14 hồ sơ (cấp huyện 9 hồ sơ, cấp xã 5 hồ sơ), tỷ lệ …"), or undefined.
 */
function beforeClosedBracket(folded: string, numbers: readonly NumberMention[], i: number): NumberMention | undefined {
  const at = numbers[i]!.start;
  const close = folded.lastIndexOf(')', at);
  if (/[;(]/.test(folded.slice(close + 1, at))) return undefined;
  const open = folded.lastIndexOf('(', close);
  const whole = numbers.slice(0, i).filter((x) => x.end <= open).at(-1);
  if (!whole || whole.percent || /[;()]/.test(folded.slice(whole.end, open)) || !/^\s*(?:ho so|hs)?\s*$/.test(folded.slice(whole.end, open))) return undefined;
  return whole;
}

function rateOf(metric: DossierMetric | null | undefined): RateMetric | undefined {
  if (metric === 'dossier.resolved_on_time') return 'dossier.on_time_rate';
  if (metric === 'dossier.resolved_late') return 'dossier.late_rate';
  return undefined;
}

function lastTiming(cues: Cue[]): Cue | undefined {
  for (let i = cues.length - 1; i >= 0; i--) if (cues[i]!.kind === 'timing') return cues[i];
  return undefined;
}


/**
 * "Tỷ lệ hồ sơ giải quyết đúng hạn (bao gồm cả trước hạn) đạt 99,12%": a rate set off from its words by
 * a bracketed note without figures takes the timeliness of the clause before the bracket (not the note's).
 */
function timingBeforeNote(folded: string, leftStart: number): Cue | undefined {
  if (folded[leftStart - 1] !== ')') return undefined;
  const open = folded.lastIndexOf('(', leftStart - 1);
  if (open < 0 || /[\d()]/.test(folded.slice(open + 1, leftStart - 1))) return undefined;
  return lastTiming(findCues(folded, clauseStart(folded, open), open));
}

/**
 * The rate whose bracket holds only the count at `k` ("99,7% (12.840/12.878 hồ sơ)", "98,5% (15.842/16.083
 * hồ sơ đã giải quyết)": the whole restated with its verb), and where that bracket closes; or undefined.
 */
/** A bracketed aside, closed. */
const CLOSED_ASIDE = /\([^()]*\)/g;

function bracketedAfterRate(folded: string, numbers: readonly NumberMention[], k: number): { rate: NumberMention; close: number } | undefined {
  const count = numbers[k];
  const rate = numbers[k - 1];
  if (!count || !rate?.percent || count.percent) return undefined;
  const tail = RESTATED_TAIL.exec(folded.slice(count.end));
  if (!/^\s*\(\s*$/.test(folded.slice(rate.end, count.start)) || !tail) return undefined;
  return { rate, close: count.end + tail[0].length };
}
/** After a rate's restated count, up to its closing bracket: "hồ sơ)", "hồ sơ đã giải quyết)", "hồ sơ được tiếp nhận)". */
const RESTATED_TAIL = /^\s*(?:ho so|hs)?(?:\s+(?:da\s+)?(?:duoc\s+)?(?:giai quyet|tiep nhan|xu ly|co ket qua))?\s*\)/;

/** Right after a percent: the procedures it is a share of ("100% TTHC", "100% thủ tục", "95% dịch vụ công"). */
const OF_PROCEDURES = /^\s*(?:(?:so|cac)\s+)?(?:tthc|thu tuc|dich vu cong|dvc)(?![a-z])/;

/** …unless the procedures are said to be resolved in time: "100% TTHC được giải quyết đúng hạn" is a share of dossiers. */
const PROCEDURES_RESOLVED_TIMED = /^\s*(?:(?:so|cac)\s+)?(?:tthc|thu tuc(?: hanh chinh)?)\s+(?:deu\s+)?(?:da\s+)?(?:duoc\s+)?(?:giai quyet|tra ket qua)\s+(?:dung|truoc|som|qua|tre|cham)\s+h[ae]n(?![a-z])/;

export function readRates(ctx: RuleContext): RateReading[] {
  return sentenceRates(ctx.numbers, ctx);
}

/** Keyed by the sentence's figures, which the runner makes once per sentence for every rule. */
const sentenceRates = rememberLast((_numbers: readonly NumberMention[], ctx: RuleContext): RateReading[] => {
  const out: RateReading[] = [];
  if (ctx.block.kind === 'tableRow' && !proseTableRow(ctx.block)) return out;
  const { text, folded, numbers } = ctx;
  const counts = readDossiers(ctx);
  const offset = ctx.offset ?? Math.max(0, ctx.block.text.indexOf(text));
  const { blockFolded, mentions } = blockReading(ctx.block);
  numbers.forEach((n, i) => {
    if (!n.percent) return;
    const w = windowsOf(folded, numbers, i);
    const left = folded.slice(w.left[0], w.left[1]);
    const slot = respectiveSlot(folded, n.start);
    // ("… giảm còn 0,7% (năm 2024 là 1,9%)": a bracket of another period's figure.)
    // ("… đúng hạn đạt trên 98%, 100% TTHC đủ điều kiện được cung cấp trực tuyến": a share of procedures, not of dossiers.)
    // ("Kế hoạch năm 2026: tỷ lệ … đạt 99%": the plan labelling the sentence is no other act the share is of.)
    if (OTHER_ACT.test(left.replace(PLAN_LABEL, '')) || CHECKED_SHARE.test(left) || OF_ANOTHER_PERIOD.test(folded.slice(n.end)) || OF_TARGET.test(folded.slice(n.end)) || (OF_PROCEDURES.test(folded.slice(n.end, n.end + 24)) && !PROCEDURES_RESOLVED_TIMED.test(folded.slice(n.end, n.end + 64))) || shareOfTimed(folded, n) || inOtherPeriodBracket(folded, n.start)) return;
    // ("Tiêu chí “hồ sơ được giải quyết đúng hạn” có 95,6% ý kiến đánh giá hài lòng": a share of survey answers.)
    if (SURVEY_SHARE.test(folded.slice(n.end, n.end + 40))) return;
    // ("… đạt 99,1%, năm trước là 97,6%": the period before's rate, in a clause of its own.)
    if (PREVIOUS_PERIOD_CLAUSE.test(folded.slice(Math.max(0, n.start - 80), n.start)) || previousPeriodOpening(folded, n.start) || otherYearClause(folded, n.start)) return;
    // ("… có 6/12 huyện và 150/200 xã có tỷ lệ giải quyết đúng hạn đạt 100%": the rate some bodies reached, not theirs all.)
    if (BODIES_REACHING.test(folded.slice(clauseStart(folded, n.start), n.start))) return;
    let metric: RateMetric | undefined;
    let dims: Dimensions | undefined;
    let confidence = 0.85;
    let target = false;
    let onlineShare = false;
    /** The one channel a part after a breakdown marker names ("trong đó hồ sơ trực tuyến đạt 99,6%"). */
    let partChannel: ReturnType<typeof channelsIn>[number] | undefined;
    // A body's own share in a run of shares ("Trong khi đó, Sở Xây dựng chỉ đạt 92,4%"): no level carried to it.
    let bodyRate = false;
    // A rate said to hold now ("hiện nay tỷ lệ này đạt 98,2%") after a target in its sentence is no target.
    let current = false;
    // ("… trễ hạn giảm từ 2,3% năm 2023 xuống còn 0,9% năm 2024": past the year, the clause's timeliness.)
    const cue = lastTiming(findCues(folded, w.left[0], w.left[1])) ?? (NEW_VALUE.test(left) ? lastTiming(findCues(folded, clauseStart(folded, n.start), w.left[0])) : undefined) ?? (FILLER.test(left) ? timingBeforeNote(folded, w.left[0]) : undefined);
    const member = slot ? respectiveTiming(folded, slot) : undefined;
    const prev = numbers[i - 1];
    // "… 1.492 hồ sơ (đạt 99,4%)": the count just before; not one closed in a bracket before the rate
    // ("… đúng hạn (5.240/5.260 hồ sơ), 0,38% hồ sơ quá hạn": a new rate with its own words after it;
    // "36 hồ sơ trễ hạn; 100% hồ sơ trễ hạn đã được xin lỗi": a new clause after ";").
    // ("… đúng hạn 1.200 hồ sơ trong tổng số 1.210 hồ sơ (đạt 99,2%)": past the whole, the part counted in it.)
    const part = prev && IN_WHOLE.test(folded.slice(Math.max(0, prev.start - 16), prev.start)) ? numbers[i - 2] : undefined;
    // ("Hồ sơ trễ hạn: 14 hồ sơ (cấp huyện 9 hồ sơ, cấp xã 5 hồ sơ), tỷ lệ 0,09%": the whole the closed bracket of parts hangs from.)
    const anchor = prev && FILLER.test(left) && /\)/.test(folded.slice(prev.end, n.start)) ? beforeClosedBracket(folded, numbers, i) : prev;
    const count = FILLER.test(left) && anchor && (anchor !== prev || !/[);]/.test(folded.slice(prev!.end, n.start))) ? counts.find((c) => (c.mention === anchor || c.mention === part) && rateOf(c.metric)) : undefined;
    if (cue) {
      // "… đã giảm từ 2,1% xuống còn 0,9%": the value a change ends at is the rate.
      if (COMPARISON.test(folded.slice(cue.end, n.start)) && !NEW_VALUE.test(folded.slice(cue.end, n.start))) return;
      if (!aboutDossiers(ctx, blockFolded.slice(0, offset + n.start))) return;
      // ("… đúng hạn, trước hạn và trễ hạn tương ứng là 21,4%, 78,1% và 0,5%": the k-th member's timeliness; an early share is no core rate.)
      metric = rateOf(member ?? cue.metric);
      if (!metric) return;
      // ("tỷ lệ hồ sơ trực tuyến được giải quyết đúng hạn đạt 100%": the rate of the dossiers filed online.)
      if (!member && ONLINE_RATE_LABEL.test(folded.slice(clauseStart(folded, n.start), cue.start))) onlineShare = true;
    } else if (member) {
      if (!aboutDossiers(ctx, blockFolded.slice(0, offset + n.start))) return;
      metric = rateOf(member);
      if (!metric) return;
    } else if (count && part && counts.some((c) => c.mention === prev && rateOf(c.metric)) && findCues(folded, prev!.end, n.start).some((c) => c.kind === 'timing')) {
      // "318 hồ sơ quá hạn trong tổng số 401 hồ sơ quá hạn (chiếm 79,3%)": the share of a part in the late ones (a whole itself timed), no late share.
      return;
    } else if (count) {
      // "… 1.492 hồ sơ (đạt 99,4%)": the share of the figure just before.
      metric = rateOf(count.metric);
      const { subject: _s, mechanism: _m, ...rest } = count.dims;
      dims = rest;
      confidence = 0.8;
    } else if (changedTo(folded, out, n)) {
      // "tỷ lệ hồ sơ trễ hạn năm 2024 là 2,1%; năm 2025 giảm xuống còn 0,6%": the value the rate before changed to.
      metric = out.at(-1)!.metric;
    } else {
      // ("Mục tiêu: 100% hồ sơ được giải quyết đúng hạn": a target stated as the label of its figure is that figure, planned.)
      if (COMPARISON.test(left) && !TARGET_LABEL.test(left)) return;
      if (TARGET_LABEL.test(left)) target = true;
      // (Past the whole a share is of, "… trong số hơn 52.000 hồ sơ mà Trung tâm tiếp nhận năm 2020 được giải quyết đúng hạn", farther.)
      const reach = /^\s*(?:(?:ho so|hs)\s+)?trong (?:tong )?so\b/.test(folded.slice(n.end)) ? 160 : 60;
      const right = findCues(folded, w.right[0], Math.min(w.right[1], w.right[0] + reach)).find((c) => c.kind === 'timing');
      // The timeliness must end the clause: "100% hồ sơ quá hạn đều có văn bản xin lỗi" is not a late rate.
      const tail = right ? folded.slice(right.end, w.right[1]) : '';
      // "(chiếm 70% số hồ sơ quá hạn)": a share of the late dossiers (by cause, by body), not the late share.
      const ofThose = /(?<![a-z])chiem(?![a-z])/.test(left) && /^\s*(?:tong\s+)?so\s+(?:ho so|hs)(?![a-z])/.test(folded.slice(w.right[0]));
      // ("100% hồ sơ trực tuyến được giải quyết đúng hạn": the on-time share of the dossiers filed online, with that channel.)
      const online = right ? ONLINE_SUBJECT.exec(folded.slice(w.right[0], right.start)) : null;
      const between = right ? folded.slice(w.right[0], right.start).replace(online?.[0] ?? '', ' ') : '';
      if (right && !ofThose && RIGHT_FILLER.test(between) && TAIL.test(tail) && aboutDossiers(ctx, blockFolded.slice(0, offset + right.end))) {
        metric = rateOf(right.metric);
        if (online) onlineShare = true;
      }
      // ("tất cả 624 hồ sơ tiếp nhận đều được giải quyết đúng hạn, đạt tỷ lệ 100%": a count of another kind before it does not stop it.)
      // ("Tỷ lệ đúng hạn: cấp tỉnh 99,8%, …; tỷ lệ hồ sơ trễ hạn tương ứng là 0,2%, 1,4% và 0,5%": a "tương ứng" list whose own
      // clause opens after the colon takes its own lead, below, not the colon's.)
      else if (FILLER.test(left)) metric = (slot && folded.lastIndexOf(':', n.start - 1) < slot.from ? undefined : colonLead(folded, n.start)) ?? namedBracketLead(folded, n.start) ?? itemUnderColonLead(ctx, folded, n.start) ?? (prev?.percent || (w.unit !== 'none' && !WHOLE_AFTER.test(folded.slice(n.end))) ? undefined : clauseBefore(ctx, folded, w.left[0], blockFolded.slice(0, offset + w.left[0])));
      if (!metric && !right) metric = leadInRate(ctx, folded, n, numbers);
      // "…, 100% hồ sơ được giải quyết đúng hạn; hiện nay tỷ lệ này của tỉnh mới đạt 98,2%": the rate the clause before named.
      if (!metric && !right && THIS_RATE.test(left)) {
        metric = rateBefore(blockFolded.slice(0, offset + w.left[0]));
        current = metric !== undefined && NOW.test(left);
      }
      // ("…; Sở B đạt 95,8% với 214 hồ sơ trễ hạn": the timeliness of another figure after it is not this share's.)
      if (!metric && !right) metric = topicRate(folded, n) ?? rankedRate(folded, n);
      if (!metric && (!right || /\d/.test(folded.slice(n.end, right.start)))) {
        const from = Math.max(folded.lastIndexOf(';', n.start), folded.lastIndexOf('. ', n.start)) + 1;
        metric = continuedRate(folded.slice(from, n.start), blockFolded.slice(0, offset + from));
        bodyRate = metric !== undefined;
      }
      // "đúng hạn của cấp tỉnh đạt 99,8%, cấp huyện 98,5%": a labelled rate continues the list — also
      // past the count restated in the rate's bracket ("ở cấp xã đạt 99,7% (12.840/12.878 hồ sơ), ở cấp huyện đạt 98,4%").
      // ("ở cấp tỉnh là 99,1% (giảm 0,3% so với năm trước), ở cấp huyện là 97,6%": the change in a closed bracket after the rate
      // before is an aside, no comparison the list stops at.)
      const bracketed = prev?.percent ? undefined : bracketedAfterRate(folded, numbers, i - 1);
      const prevRate = prev?.percent ? prev : bracketed?.rate;
      // (The way from the rate to this one, past its bracket: the restated whole's own verb is no cue of this figure.)
      let wayFrom = bracketed?.close ?? prevRate?.end ?? n.start;
      // ("98,7% hồ sơ của các sở được giải quyết đúng hạn; cấp huyện đạt 97,9%": the rate before stood first, its own words after
      // it up to the clause's end, which name its timeliness.)
      const prevMetric = prevRate && !bracketed ? out.find((r) => r.mention === prevRate)?.metric : undefined;
      if (prevMetric) {
        const sep = Math.max(folded.lastIndexOf(';', n.start), folded.lastIndexOf(',', n.start));
        if (sep > wayFrom && rateOf(lastTiming(findCues(folded, wayFrom, sep))?.metric) === prevMetric) wayFrom = sep;
      }
      // (Not a share with a predicate of its own: "…; 100% hồ sơ được xử lý đúng quy trình".)
      // (Not a share of a channel: "… đúng hạn đạt 99,5%, hồ sơ trực tuyến đạt 87,2%" — no core metric, CONTRACT §3.)
      // (Nor one after a clause with words of its own: "… đúng hạn đạt 98,9%, hồ sơ trễ hạn chủ yếu ở cấp xã (chiếm 71%)".)
      // (Nor an index's score after it: "… hồ sơ đúng hạn 97%, chỉ số PAR 89,1%".)
      if (!metric && prevRate && !INDEX_LABEL.test(left) && labelWords(left, mentions, offset + w.left[0]) <= 6 && findCues(folded, w.left[0], w.right[1]).length === 0 && !right && !COMPARISON.test(folded.slice(prevRate.end, n.start).replace(CLOSED_ASIDE, ' ')) && findCues(folded, wayFrom, n.start).length === 0 && channelsIn(left).length === 0) {
        metric = out.find((r) => r.mention === prevRate)?.metric;
      }
      // "Lĩnh vực Thú y có tỷ lệ giải quyết đúng hạn đạt 100%. Lĩnh vực Thủy sản đạt 97,4%.": the first figure of a sentence
      // that only names another part (a field, a level, a body) goes on with the rate that closed the sentence before.
      if (!metric && i === 0 && !right && PART_OPENING.test(folded.slice(0, n.start)) && /^\s*(?:[.;,]|$)/.test(folded.slice(n.end)) && labelWords(left, mentions, offset + w.left[0]) <= 6 && findCues(folded, 0, w.right[1]).length === 0 && channelsIn(folded.slice(0, n.start)).length === 0) {
        metric = rateClosing(blockFolded.slice(0, offset));
      }
      // "Mục tiêu năm 2024: tỷ lệ hồ sơ đúng hạn đạt 98%. Kết quả đạt 99,2%.": the result set against the target closing the
      // sentence before is that rate, done.
      if (!metric && i === 0 && !right && RESULT_OPENING.test(folded.slice(0, n.start)) && /^\s*(?:[.;]|$)/.test(folded.slice(n.end))) {
        const before = blockFolded.slice(0, offset);
        if (TARGET_WORD.test(lastSentence(before))) metric = rateClosing(before, true);
      }
      // "… đạt 99,4%, trong đó: Trung tâm … tỉnh đạt 99,8%; …": a part after a breakdown marker is the same rate as its whole.
      // (Not a channel's share of the dossiers after the marker: "… đạt 99%; trong đó hồ sơ trực tuyến chiếm 78%" — no core
      // metric, CONTRACT §3; "trong đó hồ sơ trực tuyến đạt 99,6%" is the on-time rate of those.)
      // ("… trong đó hồ sơ trực tuyến đạt 99,6%": the part named by its one channel is that channel's rate.)
      const partChannels = channelsIn(folded.slice(prev?.end ?? n.start, n.start));
      if (!metric && prev?.percent && findCues(folded, w.left[0], w.left[1]).length === 0 && !(SHARE_VERB.test(left) && partChannels.length > 0) && partChannels.length <= 1) {
        const whole = out.find((r) => r.mention === prev);
        if (whole && PART_MARKER.test(folded.slice(prev.end, w.left[0]))) {
          metric = whole.metric;
          if (partChannels.length === 1) partChannel = partChannels[0]!;
        }
      }
      // "Tỷ lệ giải quyết đúng hạn của cấp tỉnh, cấp huyện lần lượt đạt 99,6% và 98,1%": the list's lead states the rate.
      if (!metric && slot) {
        const lead = folded.slice(slot.from, slot.to);
        if (!OTHER_ACT.test(lead) && !COMPARISON.test(lead)) metric = rateOf(respectiveTiming(folded, slot) ?? lastTiming(findCues(folded, slot.from, slot.to))?.metric);
      }
    }
    if (!metric) return;
    if (!dims) {
      dims = onlineShare ? { channel: 'online' } : {};
      if (partChannel) dims.channel = partChannel;
      // ("…, của cấp huyện là 1,5% và của cấp xã là 0,3%": between two tiers the figure takes the one before it.)
      // (A member of a list of bodies that names no level has none: null.)
      const listed = slot ? respectiveTier(mentions, offset, slot, folded, blockFolded) : undefined;
      const tier = listed === null ? undefined : listed || tierAt(blockFolded, mentions, offset + w.left[0], offset + w.right[1], bodyHeadings(ctx.headings, ctx.section), lowerTiers(ctx), inheritedTier(ctx, blockFolded, lowerTiers(ctx)), offset + n.start, communeTiersIn(ctx.blocks));
      // "+ Huyện Kim Bôi tiếp nhận 2.301 hồ sơ, tỷ lệ đúng hạn 98,7%": a named body's own rate, not a tier carried from before.
      // A target ("Chỉ tiêu giao năm 2025 là 98%…", "Phấn đấu … đạt trên 99%") is the whole's: no tier carried from the sentences before.
      if (target || (!current && PLANNED_SENTENCE.test(folded.slice(0, n.start)))) {
        target = true;
        dims.status = 'planned';
      }
      // ("Huyện đã tiếp nhận …, trong đó cấp huyện …, cấp xã …; tỷ lệ trễ hạn là 0,4%": a sentence on the reporting area's own
      // figures, likewise, unless a level it names still holds at the rate — not one of a breakdown closed before it.)
      const carried =
        (target && !mentions.some((m) => m.tier !== null && m.start >= offset && m.start < offset + n.start)) ||
        (opensOnOwnArea(folded) && !mentions.some((m) => m.tier !== null && m.start >= offset && m.start < offset + n.start && m.scopeEnd > offset + n.start));
      if (tier && !carried && !bodyRate && !(subjectIn(text, 0, w.left[0], false) && !mentions.some((m) => m.end > offset + w.left[0] && m.start < offset + w.right[1]))) dims.tier = tier;
      // "Lĩnh vực hộ tịch: 412 hồ sơ (đúng hạn 100%)": the field of the count the rate's bracket follows.
      // "Lĩnh vực đất đai tiếp nhận 640 hồ sơ, tỷ lệ đúng hạn 98%": the clause's subject; under "a) Lĩnh vực Tư pháp", the section's.
      const field =
        fieldIn(text, folded, w.left[0], w.right[1]) ??
        countBefore(counts, folded, n.start)?.dims.field ??
        labelledField(counts, n.start) ??
        clauseFieldAt(ctx.block.text, blockFolded, offset + n.start) ??
        // ("Kết quả giải quyết TTHC lĩnh vực đất đai của Chi nhánh …: tiếp nhận …. Tỷ lệ giải quyết đúng hạn đạt 97,6%": the paragraph's head.)
        headFieldAt(ctx.block.text, blockFolded, offset + n.start) ??
        fieldPointedBackAt(ctx.block.text, blockFolded, offset + n.start) ??
        // ("Sở tiếp nhận 86 hồ sơ trong lĩnh vực tôn giáo, tỷ lệ đúng hạn đạt 100%": the field the count's clause names after it.)
        continuedField(text, folded, n.start) ??
        fieldOfSection(ctx.block);
      if (field) dims.field = field;
      // "…, Sở Xây dựng có tỷ lệ trễ hạn cao nhất (3,4%)": a share alone in a bracket is the rate of the body its clause opens on.
      if (/\(\s*$/.test(folded.slice(Math.max(0, n.start - 4), n.start))) {
        const body = subjectIn(text, clauseStart(folded, n.start - 1), n.start, true);
        if (body) dims.subject = body;
        // "Các huyện có tỷ lệ trễ hạn cao gồm: Hương Sơn (2,1%), Kỳ Anh (1,8%)": one body of a listed kind, named bare — its subject, not the kind's tier.
        const listed = listedBodyBeforeBracket(text, folded, n.start);
        if (listed) {
          dims.subject = listed;
          delete dims.tier;
        }
      }
    }
    out.push({ mention: n, metric, dims, confidence });
  });
  return out;
});

/**
 * Does the rate at `n` end a change of the rate read just before it, with only a period on the way
 * ("… là 2,1%; năm 2025 giảm xuống còn 0,6%", "… đạt 97,8%, đến quý IV tăng lên 99,1%")?
 */
function changedTo(folded: string, out: readonly RateReading[], n: NumberMention): boolean {
  const last = out.at(-1);
  if (!last) return false;
  const way = folded.slice(last.mention.end, n.start);
  return way.length <= 60 && NEW_VALUE.test(way) && CHANGE_WAY.test(way) && findCues(folded, last.mention.end, n.start).length === 0;
}
/** A period, then a change's words: "; năm 2025 giảm xuống còn", ", đến quý IV tăng lên". */
const CHANGE_WAY = /^[\s,;]*(?:(?:den |sang |trong |vao )?(?:nam|quy|thang|ky) [a-z0-9/]+(?: nam \d{4})?\s*,?\s*)?(?:da |lai )?(?:giam|tang|ha|nang)(?: xuong| len)(?:\s+(?:con|muc|den))*\s*$/;

/**
 * The words of a rate's left window that are not a tier's name: "của UBND các xã, phường, thị trấn
 * là" labels the next rate of a list as "cấp xã là" does (`at`: the window's start in the paragraph).
 */
function labelWords(left: string, mentions: readonly TierMention[], at: number): number {
  let rest = left;
  for (const m of mentions) {
    const from = Math.max(0, m.start - at);
    const to = Math.min(left.length, m.end - at);
    if (to > from) rest = rest.slice(0, from) + ' '.repeat(to - from) + rest.slice(to);
  }
  return rest.trim().split(/\s+/).filter(Boolean).length;
}

/** The count right before a rate's bracket ("412 hồ sơ (đúng hạn 100%)"), in the same clause. */
function countBefore(counts: readonly { mention: NumberMention; dims: Dimensions }[], folded: string, at: number): { dims: Dimensions } | undefined {
  const open = folded.lastIndexOf('(', at);
  if (open < 0 || folded.lastIndexOf(')', at) > open || /[;\d]/.test(folded.slice(open, at))) return undefined;
  return counts.find((c) => c.mention.end <= open && /^\s*(?:ho so|hs)?\s*$/.test(folded.slice(c.mention.end, open)));
}

/**
 * "- Lĩnh vực Đầu tư: tiếp nhận 86 hồ sơ, đã giải quyết 80 hồ sơ, đúng hạn 100%": a rate in an item
 * whose earlier counts all take one field from the item's "Lĩnh vực X:" label is that field's rate.
 */
function labelledField(counts: readonly DossierReading[], at: number): string | undefined {
  const before = counts.filter((c) => c.mention.end <= at);
  const field = before[0]?.dims.field;
  if (!field || !before.every((c) => c.fieldLabel && c.dims.field === field)) return undefined;
  return field;
}

/**
 * "Tất cả hồ sơ đã được giải quyết đúng hạn, đạt tỷ lệ 100%": with no figure before it, a share
 * set off after a clause that ends on a timeliness is the share of that timeliness (not when a
 * noun follows it: "đạt 100% kế hoạch").
 */
/** "Tỷ lệ (giải quyết) hồ sơ " right before a timeliness: the clause is led by the rate. */
const RATE_LEAD_BEFORE = /^\W*t[yi] le\s+(?:(?:giai quyet|ho so|hs|tra ket qua)\s+){0,3}$/;

function clauseBefore(ctx: RuleContext, folded: string, leftStart: number, before: string): RateMetric | undefined {
  const comma = folded.lastIndexOf(',', leftStart);
  if (comma < 0 || !/^[\s,(]*$/.test(folded.slice(comma, leftStart))) return undefined;
  const from = clauseStart(folded, comma);
  const clause = folded.slice(from, comma);
  if (OTHER_ACT.test(clause) || COMPARISON.test(clause)) return undefined;
  const cues = findCues(folded, from, comma);
  const last = cues.at(-1);
  if (last?.kind !== 'timing') return undefined;
  // "Tỷ lệ hồ sơ quá hạn ở cấp huyện còn cao, chiếm 5,4%": a clause led by the rate names it, whatever it says of it after (no figure).
  const ledByRate = RATE_LEAD_BEFORE.test(folded.slice(from, last.start)) && !/\d/.test(folded.slice(last.end, comma));
  // ("lĩnh vực Tư pháp có tỷ lệ hồ sơ giải quyết đúng hạn cao nhất, đạt 100%": a superlative may close the clause.)
  if (!ledByRate && !/^\s*(?:han|hen)?\s*(?:(?:theo|so voi) quy dinh)?\s*(?:(?:cao|thap) nhat)?\s*$/.test(folded.slice(last.end, comma))) return undefined;
  return aboutDossiers(ctx, before) ? rateOf(last.metric) : undefined;
}

/**
 * "Đơn vị có tỷ lệ hồ sơ trễ hạn cao nhất là Sở A (3,2%), thấp nhất là Sở B (0,1%)": a share alone
 * in a bracket after a body's name, in a sentence led by the rate it is.
 */
function namedBracketLead(folded: string, pos: number): RateMetric | undefined {
  if (!/\(\s*$/.test(folded.slice(Math.max(0, pos - 4), pos))) return undefined;
  const from = Math.max(folded.lastIndexOf(';', pos), folded.lastIndexOf('. ', pos), 0);
  // The last rate named before the bracket: "Sở A có tỷ lệ đúng hạn cao nhất (100%), Sở B có tỷ lệ trễ hạn cao nhất (3,4%)".
  const lead = [...folded.slice(from, pos).matchAll(RATE_WORD)].at(-1);
  if (!lead) return undefined;
  const at = from + lead.index;
  // No figure on the way but the list's other bracketed shares ("vượt chỉ tiêu (98%)" follows a figure of its own).
  const way = folded.slice(at, pos);
  if (/\d/.test(way.replace(/\([^()]*\)/g, '')) || COMPARISON.test(way)) return undefined;
  // The lead's own words, up to the first bracket.
  const to = at + way.indexOf('(');
  if (OTHER_ACT.test(folded.slice(at, to))) return undefined;
  return rateOf(lastTiming(findCues(folded, at, to))?.metric);
}

const RATE_WORD = /(?<![a-z])t[yi] le(?![a-z])/g;
/** RATE_WORD for a plain test (no global state). */
const HAS_RATE_WORD = /(?<![a-z])t[yi] le(?![a-z])/;

/**
 * A sentence opening on the name of a field or a level: "Lĩnh vực Thủy sản", "Cấp xã", "Riêng cấp huyện". (Not a named
 * body: "Sở Y tế, Sở Công Thương đạt tỷ lệ 100%" after the departments' rate is their own, read with its subject.)
 */
const PART_OPENING = /^\W*(?:(?:rieng|con|thap nhat|cao nhat)(?: la)?\s+)?(?:linh vuc|cap (?:tinh|huyen|xa))(?![a-z])[^\d;:]*$/;

/** A sentence opening on its result alone: "Kết quả đạt", "Kết quả thực hiện năm 2024 là", "Thực tế đạt". */
const RESULT_OPENING = /^\W*(?:ket qua|thuc te)(?: thuc hien)?(?: (?:nam|quy|thang|6 thang|9 thang)(?: [a-z0-9/]+){0,2})?\s*,?\s*(?:da\s+)?(?:dat|la|:)?\s*$/;
/** A target set: "mục tiêu", "chỉ tiêu", "kế hoạch", "phấn đấu". */
const TARGET_WORD = new RegExp(String.raw`(?<![a-z])(?:${TARGET_WORDS}|phan dau)(?![a-z])`);

/** The rate a sentence ends on ("… tỷ lệ giải quyết đúng hạn đạt 100%."): its metric, from the sentence's own words. */
function rateClosing(before: string, ofTarget = false): RateMetric | undefined {
  // (A sentence ends at a stop before a space; the dot inside "1.234" is no end.)
  const m = /(?:^|[.!?]\s)((?:[^.!?]|[.!?](?!\s))*?)(\d[\d,.]*\s*%)\s*\)?\s*[.!?]?\s*$/.exec(before);
  if (!m) return undefined;
  const sentence = m[1]!;
  // (A target's sentence names its target: the comparison it is not.)
  if (!HAS_RATE_WORD.test(sentence) || (ofTarget ? CHANGE : COMPARISON).test(sentence)) return undefined;
  const at = before.length - m[0].length + m[0].indexOf(sentence);
  return rateOf(lastTiming(findCues(before, at, at + sentence.length))?.metric);
}

/**
 * "Một số đơn vị có tỷ lệ hồ sơ trễ hạn cao, gồm:" then "- Sở Xây dựng (2,7%);": a body's share in a bracket, alone in an
 * item under a lead-in that names the rate before its colon — the list written inline after the colon (colonLead) as items.
 */
function itemUnderColonLead(ctx: RuleContext, folded: string, pos: number): RateMetric | undefined {
  const lead = ctx.leadIn?.folded.trimEnd();
  if (!lead?.endsWith(':') || !/\(\s*$/.test(folded.slice(Math.max(0, pos - 4), pos))) return undefined;
  const name = folded.slice(0, folded.lastIndexOf('(', pos));
  if (/\d/.test(name) || findCues(folded, 0, name.length).length > 0) return undefined;
  // Read as the inline list would be: the lead, then this item's name and bracket.
  const joined = `${lead} ${folded.slice(0, pos)}`;
  return namedBracketLead(joined, joined.length);
}

/**
 * "Tỷ lệ giải quyết hồ sơ đúng hạn của các huyện như sau:" then "- Huyện A: 99,2%;": an item's one share, after its label alone,
 * is the rate its lead-in names.
 */
function leadInRate(ctx: RuleContext, folded: string, n: NumberMention, numbers: readonly NumberMention[]): RateMetric | undefined {
  const lead = ctx.leadIn?.folded;
  if (!lead || !HAS_RATE_WORD.test(lead) || OTHER_ACT.test(lead) || COMPARISON.test(lead) || /\d/.test(lead.replace(/(?<![a-z])(?:nam|quy|thang) [\divx/]+/g, ''))) return undefined;
  // The item's own words: a short label (a body's or a level's name), then only the share ("- Huyện A: 99,2%", "+ Huyện B đạt 98,5%").
  if (numbers.some((m) => m !== n && m.start < n.start) || findCues(folded, 0, n.start).length > 0) return undefined;
  const label = folded.slice(0, n.start).replace(/^[\s\-+•*–]+/, '');
  if (label.split(/\s+/).length > 8 || !/^[^,;()]*?(?::|(?<![a-z])dat)\s*$/.test(label)) return undefined;
  return rateOf(lastTiming(findCues(lead, 0, lead.length))?.metric);
}

/** A body's name opening a clause that only says it reached a share: "Trong khi đó, Sở Xây dựng chỉ đạt", "huyện Ea Kar đạt". */
const BODY_REACHED =
  /^\W*(?:(?:trong khi do|ngoai ra|rieng|con|tuy nhien|ben canh do),?\s+)?(?:so|ubnd|uy ban nhan dan|huyen|thanh pho|thi xa|quan|xa|phuong|thi tran|trung tam|chi cuc|cuc|ban|van phong|cong an|bao hiem xa hoi|chi nhanh)\s+[a-z& ]{2,50}?\s+(?:(?:chi|cung|van|deu)\s+)?dat(?:\s+(?:muc|ty le|ti le))?\s*$/;

/**
 * "Tỷ lệ giải quyết hồ sơ đúng hạn của các sở đạt 99,1%. … Trong khi đó, Sở Xây dựng chỉ đạt 92,4%": a body said only to reach a
 * share, in a run of shares, is the rate the run opened on (`before`: the paragraph up to the figure's clause).
 */
function continuedRate(clause: string, before: string): RateMetric | undefined {
  if (!BODY_REACHED.test(clause)) return undefined;
  // Back over the clauses before: each must state a share, until one names the rate and its timeliness.
  const clauses = before.split(/[.;](?!\d)/).map((c) => c.trim()).filter((c) => c !== '');
  for (let k = clauses.length - 1; k >= 0 && k >= clauses.length - 4; k--) {
    const c = clauses[k]!;
    if (!/%/.test(c)) return undefined;
    if (!HAS_RATE_WORD.test(c)) continue;
    if (OTHER_ACT.test(c) || COMPARISON.test(c.slice(0, c.search(/\d/)))) return undefined;
    const timing = lastTiming(findCues(c, 0, c.length));
    if (timing) return rateOf(timing.metric);
  }
  return undefined;
}

/** A sentence opening on the rate it is about: "Về tỷ lệ giải quyết hồ sơ đúng hạn trong quý III/2024, …". */
const RATE_TOPIC = /^\W*(?:ve|doi voi|rieng) t[yi] le(?![a-z])[^,;:]*[,:]/;

/**
 * "Về tỷ lệ giải quyết hồ sơ đúng hạn, huyện A dẫn đầu với 99,9%, thấp nhất là huyện B (95,3%)": a share in a sentence opening on
 * a rate, with no rate or timeliness of its own, is that rate.
 */
function topicRate(folded: string, n: NumberMention): RateMetric | undefined {
  const topic = RATE_TOPIC.exec(folded);
  if (!topic || topic[0].length > n.start) return undefined;
  const way = folded.slice(topic[0].length, n.start);
  if (HAS_RATE_WORD.test(way) || findCues(folded, topic[0].length, n.start).some((c) => c.kind === 'timing' || c.kind === 'verb') || OTHER_ACT.test(topic[0]) || COMPARISON.test(way)) return undefined;
  return rateOf(lastTiming(findCues(folded, 0, topic[0].length))?.metric);
}

/** A ranking's head before a body's name and its share: "cao nhất là huyện Bình Chánh với", "thấp nhất là Sở A (". */
const RANKED_HEAD = /^\W*(?:(?:cao|thap|nhieu|it) nhat|dan dau|dung dau|tiep theo|tiep den|ke den)\s+la\s+[a-z0-9&\- ]{2,50}?\s*(?:voi|\(|:)?\s*(?:(?:ty le|ti le|muc)\s*)?$/;

/**
 * "… có tỷ lệ hồ sơ trễ hạn trên 5%, cao nhất là huyện Bình Chánh với 9,8%": a ranking's share after a clause naming the rate in
 * its sentence is that rate (the threshold before it is none: BODIES_REACHING).
 */
function rankedRate(folded: string, n: NumberMention): RateMetric | undefined {
  const from = clauseStart(folded, n.start);
  if (!RANKED_HEAD.test(folded.slice(from, n.start))) return undefined;
  const sentence = folded.slice(Math.max(0, folded.lastIndexOf('. ', from) + 1), from);
  const lead = [...sentence.matchAll(RATE_WORD)].at(-1);
  if (!lead) return undefined;
  const named = sentence.slice(lead.index);
  if (OTHER_ACT.test(named) || COMPARISON.test(named.replace(/\s*(?:tren|duoi|hon)\s+[\d.,]+\s*%/g, ''))) return undefined;
  return rateOf(lastTiming(findCues(named, 0, named.length))?.metric);
}

/** A rate pointed back to: "tỷ lệ này", "tỷ lệ đó", "tỷ lệ trên". */
// ("Tỷ lệ chung của tỉnh đạt 96,9%" after bodies' on-time rates: the same rate over them all.)
const THIS_RATE = /(?<![a-z])t[yi] le (?:nay|do|tren|chung)(?![a-z])/;
const NOW = /(?<![a-z])(?:hien nay|hien|den nay|thuc te|hien tai)(?![a-z])/;

/** The timeliness of the last clause before (in its sentence or the one before) that names one of dossiers: the rate "tỷ lệ này" points to. */
function rateBefore(before: string): RateMetric | undefined {
  const from = Math.max(0, before.lastIndexOf('. ', before.lastIndexOf('. ') - 1));
  const text = before.slice(from);
  const timing = lastTiming(findCues(text, 0, text.length));
  if (!timing || !/(?<![a-z])(?:ho so|hs)(?![a-z])/.test(text) || OTHER_ACT.test(text.slice(timing.start))) return undefined;
  return rateOf(timing.metric);
}

/** "Một số cơ quan có tỷ lệ giải quyết chậm hạn cao, như: Sở A (12%); Sở B (9%)". */
function colonLead(folded: string, pos: number): RateMetric | undefined {
  const c = folded.lastIndexOf(':', pos - 1);
  if (c < 0) return undefined;
  let from = clauseStart(folded, c);
  // The lead may hold a comma of its own ("… chậm hạn cao, như:"), or end on a breakdown marker the clause starts after ("… trễ hạn cao gồm:").
  if (/^\s*(?:(?:nhu|gom|la)\s*)?$/.test(folded.slice(from, c))) from = clauseStart(folded, from - 1);
  const lead = folded.slice(from, c);
  if (!HAS_RATE_WORD.test(lead)) return undefined;
  return rateOf(lastTiming(findCues(folded, from, c))?.metric);
}
