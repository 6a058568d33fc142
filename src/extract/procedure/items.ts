import type { Level } from '../dimensions/level.ts';
import { levelsIn } from '../dimensions/level-spans.ts';
import type { NumberMention } from '../../text/numbers.ts';
import { inParens, lastCue, nounAfter, type Tier } from '../figure-context.ts';
import { ITEM_MARKER, labelOnly, leadInFigure } from '../lead-in.ts';
import type { LeadIn, RuleContext } from '../rule.ts';
import { AGENCY_CUE_WORDS, BRACKET_LABEL, CHANGE_GROUPS, changeMetric, CUES, PUBLICATION_CUES, RIGHT_VERB, TIER_LABEL, type Metric } from './cues.ts';
import { onlineSubject } from './online.ts';
import { SUBSET_AFTER, SUBSET_VERB } from './scope.ts';

// Items and labelled parts: a list item under a lead-in that states (or names) the procedures its items break down,
// and a labelled part in the bracket after the figure it breaks down.

/** The metric of a labelled part in the bracket right after the figure it breaks down (which ends at `priorEnd`). */
export function bracketLabel(f: string, n: NumberMention, priorEnd: number): Metric | undefined {
  if (!inParens(f, n.start) || !/^\s*(?:[,;)]|va\b)/.test(f.slice(n.end))) return undefined;
  const open = f.lastIndexOf('(', n.start);
  // ("… 402 TTHC được công bố (mới ban hành 117, …)": a short verb phrase may stand between.)
  // ("công bố 40 TTHC thuộc thẩm quyền của Sở (mới ban hành 12, …)": or the procedures' scope.)
  if (
    open < priorEnd ||
    !/^\s*(?:tthc|thu tuc(?: hanh chinh)?)?(?:\s+(?:da |duoc |da duoc )(?:cong bo|cong khai|ban hanh)(?:,? cong khai)?)?(?:\s+thuoc (?:tham quyen|pham vi)(?: giai quyet| quan ly)?(?: cua [a-z ]{1,30})?)?\s*$/.test(f.slice(priorEnd, open))
  )
    return undefined;
  const label = BRACKET_LABEL.exec(f.slice(open + 1, n.start));
  return label ? changeMetric(label) : undefined;
}

/** A verb label after the breakdown's cue or a comma: "trong đó: ban hành mới ", ", sửa đổi, bổ sung ", ", bãi bỏ ". */
const PART_LABEL = new RegExp(String.raw`(?:\b(?:trong do|gom|bao gom|cu the)\s*:?|[,;]|\bva)\s*${CHANGE_GROUPS}\s*(?::|la)?\s*$`);

/**
 * "công bố 23 TTHC, trong đó: ban hành mới 05, sửa đổi, bổ sung 15, bãi bỏ 03": a bare figure labelled by its change,
 * in the breakdown after a publication's figure (which ends at `priorEnd`), in the same clause.
 */
export function breakdownLabel(f: string, n: NumberMention, priorEnd: number): Metric | undefined {
  if (!/^\s*(?:tthc|thu tuc(?: hanh chinh)?)?\s*(?:[,;.]|va\b|$)/.test(f.slice(n.end))) return undefined;
  const between = f.slice(priorEnd, n.start);
  if (!/\b(?:trong do|gom|bao gom|cu the)\b/.test(between) || /;|\.(?!\d)/.test(between.replace(/\d\.\d/g, '0'))) return undefined;
  const label = PART_LABEL.exec(f.slice(Math.max(priorEnd, n.start - 40), n.start));
  return label ? changeMetric(label) : undefined;
}

/** A lead-in naming the procedures under an authority: "Số TTHC thuộc thẩm quyền giải quyết của tỉnh:". */
const LEAD_TOTAL = /\b(?:tong so|so luong|so) (?:tthc|thu tuc hanh chinh|thu tuc)\b[^:;.\d]*\bthuoc (?:tham quyen|pham vi)[^:;.\d]*:?\s*$/;
/** A lead-in naming the procedures carried out somewhere: "Số TTHC thực hiện tại Bộ phận Một cửa các cơ quan:". */
const LEAD_DONE_AT = /\b(?:tong so|so luong|so) (?:tthc|thu tuc hanh chinh|thu tuc)\s+(?:dang )?(?:thuc hien|ap dung) (?:tai|o|tren)\b[^:;.\d]*:\s*$/;

/** An item that opens with a tier label and nothing else: "- Cấp tỉnh: 1.542 …". */
const TIER_ITEM = new RegExp(String.raw`${ITEM_MARKER}${TIER_LABEL}\s*(?::|\bla\b)?\s*$`);

/** "Lĩnh vực Hoạt động xây dựng:" ending an item's label: a field's name, whose words ("xây dựng") are no verb. */
const FIELD_LABEL = /\blinh vuc\b[^:;]*:?\s*$/;
/** An item labelled by a field's long official name ("- Lĩnh vực Giáo dục và Đào tạo thuộc hệ thống giáo dục quốc dân: "). */
const FIELD_ITEM = new RegExp(String.raw`${ITEM_MARKER}linh vuc(?:,? [a-z&]+){1,20}\s*:\s*$`);
/** An item's label naming a subset by what is done with it ("Thực hiện liên thông:", "Tiếp nhận qua BCCI:"). */
const LABEL_SUBSET = new RegExp(String.raw`${SUBSET_VERB.source}|\blien thong\b`);
/** "Số TTHC được công bố mới trong kỳ gồm:": a lead-in label counting procedures, with no figure of its own. */
// ("Kết quả cung cấp dịch vụ công trực tuyến của Sở đến hết quý III/2025:": what was provided, labelled by its result; a year
// in the label is no figure of its own.)
// ("… ban hành 09 Quyết định công bố TTHC, gồm:": a publication of procedures, the decisions' count no figure of them.)
const LEAD_LABEL =
  /\b(?:(?:tong so|so luong|so) (?:tthc|thu tuc hanh chinh|thu tuc|dvctt|dvc|dich vu cong)|(?:ket qua|tinh hinh) (?:cung cap|trien khai) (?:dvctt|dvc|dich vu cong)|quyet dinh cong bo(?: danh muc)? (?:tthc|thu tuc hanh chinh|thu tuc))\b(?:[^:;.\d]|(?<![\d.,])\d{4}(?![\d.,]))*(?::|\b(?:gom|bao gom|nhu sau)\s*:?)\s*$/;
/** A label about procedures not offered, or used ("Số TTHC chưa cung cấp trực tuyến:", "… có phát sinh hồ sơ:"). */
const NOT_OFFERED = /\b(?:chua|khong|phat sinh)\b/;

/** What the items of a figureless lead-in count: its publication verb, or the procedures under an authority. */
function leadLabel(leadIn: LeadIn | null): { metric: Metric; dimensions?: undefined } | undefined {
  const label = leadIn === null || leadIn.emissions.length > 0 ? null : LEAD_LABEL.exec(leadIn.folded);
  if (leadIn === null || label === null) return undefined;
  const verb = lastCue(leadIn.folded, PUBLICATION_CUES);
  if (verb && (verb.label === 'published' || verb.label === 'amended' || verb.label === 'abolished')) return { metric: `procedure.${verb.label}` };
  // ("Số lượng DVCTT cung cấp trên Cổng Dịch vụ công quốc gia:" then "+ Toàn trình: 512 dịch vụ;": the online services.)
  if (onlineSubject(label[0]) && !NOT_OFFERED.test(label[0])) return { metric: 'procedure.online' };
  // ("Số TTHC thực hiện tại Bộ phận Một cửa các cơ quan:" then "- Sở Tư pháp: 142 TTHC;": the set each body handles.)
  return LEAD_TOTAL.test(leadIn.folded) || (LEAD_DONE_AT.test(leadIn.folded) && !LABEL_SUBSET.test(leadIn.folded)) ? { metric: 'procedure.total' } : undefined;
}

/** "thuộc thẩm quyền giải quyết (của)": the authority a label names, whose verb is no act done to the procedures. */
// ("- TTHC thuộc thẩm quyền giải quyết cấp huyện: 262 thủ tục;" under "Bộ TTHC … gồm 376 thủ tục, cụ thể:": a tier's part.)
const AUTHORITY = /\bthuoc (?:tham quyen|pham vi)(?: (?:giai quyet|tiep nhan|xu ly))*\b/g;

/** "Các lĩnh vực khác:", "lĩnh vực còn lại:": the rest, no field. */
const OTHER_FIELDS = /^(?:|khác|còn lại)$/iu;

/** A procedure figure an item may break down (a share of procedures online is none). */
const countOfProcedures = (metric: string): boolean => metric.startsWith('procedure.') && metric !== 'procedure.online_rate';

/** How an item under a lead-in reads: its metric, where its noun ends, its level, and a field or tier from its label or whole. */
interface ItemReading {
  metric: Metric;
  nounEnd: number;
  level: Level | undefined;
  field?: string;
  wholeTier?: Tier;
}

/**
 * The first figure of an item (no procedure figure read before it in the sentence) under a lead-in: a tier's share of the
 * lead-in's figure, a tier's total under a figureless lead-in on the procedures under an authority, or a part the label
 * names (a field, a level, a kind). `masked` is the folded text before the figure with closed brackets blanked.
 */
export function readItem(
  ctx: RuleContext,
  f: string,
  n: NumberMention,
  masked: string,
  noun: { end: number } | null,
  closesClause: boolean,
): ItemReading | undefined {
  // "Tổng số TTHC … là 1.968 thủ tục, cụ thể:" then "- Cấp tỉnh: 1.542 thủ tục;": an item of the lead-in's procedure figure.
  const leadFigure = ctx.leadIn !== null && TIER_ITEM.test(masked) ? ctx.leadIn.emissions.filter((e) => countOfProcedures(e.metric)).at(-1) : undefined;
  if (leadFigure && (noun || closesClause)) {
    return { metric: leadFigure.metric as Metric, nounEnd: noun?.end ?? n.end, level: leadFigure.dimensions?.level as Level | undefined };
  }
  // "Số TTHC thuộc thẩm quyền giải quyết trên địa bàn tỉnh:" then "a) Cấp tỉnh: 1.305 TTHC.": a lead-in naming the
  // procedures under the authority, with no figure of its own, makes each tier's item that tier's total.
  if (!leadFigure && noun && ctx.leadIn !== null && TIER_ITEM.test(masked) && ctx.leadIn.emissions.length === 0 && LEAD_TOTAL.test(ctx.leadIn.folded)) {
    return { metric: 'procedure.total', nounEnd: noun.end, level: undefined };
  }
  // "1. Lĩnh vực Nhà ở: 14 TTHC;", "a) Toàn trình: 61 dịch vụ;" under "… 97 dịch vụ công trực tuyến, trong đó:": an item
  // whose label names only a part (a field, a level, a kind) counts what the lead-in's procedure figure counts; a level
  // in the label makes it the procedures offered online at that level.
  const partOfLead =
    !leadFigure && (labelOnly(masked) || FIELD_ITEM.test(masked)) && lastCue(masked.replace(FIELD_LABEL, '').replace(AGENCY_CUE_WORDS, ' ').replace(AUTHORITY, ' '), CUES) === null && !LABEL_SUBSET.test(masked.replace(AUTHORITY, ' '))
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
    // (Its end read on the folded label, where a bound before the figure is blank: "Lĩnh vực Điện: khoảng 07 TTHC".)
    const labelFrom = fieldLabel ? fieldLabel.index + 'linh vuc '.length : 0;
    const labelField = fieldLabel ? ctx.text.slice(labelFrom, labelFrom + masked.slice(labelFrom, fieldLabel.index + fieldLabel[0].length).replace(/[\s:]+$/, '').length).trim() : '';
    // ("- Cấp tỉnh: 1.486 thủ tục, trong đó:" then "+ Toàn trình: 402 thủ tục;": a part of one tier's figure is in that tier.)
    const wholeTier = partOfLead.dimensions?.tier as Tier | undefined;
    return {
      metric: labelLevel ? 'procedure.online' : (partOfLead.metric as Metric),
      nounEnd: partNoun?.end ?? n.end,
      level,
      field: OTHER_FIELDS.test(labelField) ? undefined : labelField,
      wholeTier,
    };
  }
  return undefined;
}

/** An item opening on a field's label ("- Lĩnh vực Đất đai: …"). Group 1: the field's name. */
const FIELD_OPENING = new RegExp(String.raw`${ITEM_MARKER}linh vuc ([^:;,()\d]{2,60}?)\s*:`);
/** A change labelling the bare figure right after it, after the item's colon or a comma ("…: công bố mới 2, sửa đổi 11, bãi bỏ 4"). */
const CHANGE_BEFORE = new RegExp(String.raw`(?::|,|;|\bva)\s*(?:(?:da )?(?:duoc |bi )?)${CHANGE_GROUPS}\s*(?::|\bla\b)?\s*$`);
const PUBLICATION_METRICS = new Set(['procedure.published', 'procedure.amended', 'procedure.abolished']);

/**
 * "… công bố 312 TTHC mới, sửa đổi, bổ sung, bãi bỏ; trong đó:" then "- Lĩnh vực Đất đai: công bố mới 2, sửa đổi 11, bãi bỏ 4;":
 * an item of a publication's lead-in labelled by its field, each bare figure labelled by its change.
 */
export function fieldChangeItem(ctx: RuleContext, f: string, n: NumberMention, masked: string): { metric: Metric; nounEnd: number; field: string } | undefined {
  if (ctx.leadIn === null || !masked.includes('linh vuc')) return undefined;
  const opening = FIELD_OPENING.exec(f);
  if (!opening || opening.index + opening[0].length > n.start) return undefined;
  const close = /^\s*(?:tthc|thu tuc(?: hanh chinh)?)?(?=\s*(?:[,;.]|va\b|$))/.exec(f.slice(n.end));
  const change = close ? CHANGE_BEFORE.exec(masked) : null;
  const metric = change ? changeMetric(change) : undefined;
  if (!metric || !ctx.leadIn.emissions.some((e) => PUBLICATION_METRICS.has(e.metric))) return undefined;
  const at = opening.index + opening[0].indexOf(opening[1]!);
  return { metric, nounEnd: n.end + close![0].length, field: ctx.text.slice(at, at + opening[1]!.length).trim() };
}
