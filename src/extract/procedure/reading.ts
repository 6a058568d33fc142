import type { Level } from '../dimensions/level.ts';
import { levelsIn } from '../dimensions/level-spans.ts';
import { respectiveLevel, respectiveSlot } from '../dossier/respectively.ts';
import type { NumberMention } from '../../text/numbers.ts';
import { foldedBefore, headingLabel, inOtherPeriodBracket, inParens, lastCue, lastSentence, maskClosedParens, NOUN, nounAfter, tierOf, withoutSpelledOut, type Tier } from '../figure-context.ts';
import { fold } from '../../text/normalize.ts';
import { statusOf } from '../dimensions/status.ts';
import { ITEM_MARKER, leadInFigure } from '../lead-in.ts';
import type { RuleContext } from '../rule.ts';
import { AGENCY_CUE_WORDS, BARE_CHANGE, changeMetric, PROCEDURE_LABEL_OPENING, JOINT_CHANGES, ZERO_CHANGE, CUES, DECISIONS_ISSUED, LABEL_VERB, PUBLICATION_CUES, RIGHT_VERB, SUBJECT, BOTH_MECHANISMS, TIER_LABEL, type Metric } from './cues.ts';
import { fieldAfter, fieldBeforeBreakdown, fieldBeforeFigure, FRONTED_FIELD, trailingField } from './fields.ts';
import { bracketLabel, breakdownLabel, fieldChangeItem, readItem } from './items.ts';
import { DIRECT_ONLY, levelFor, OFFER_VERB, onlineProcedures, NOUN_THEN_OFFER, ONLINE_INTAKE, OFFER_BEFORE, OFFERED_AFTER_BRACKET, OFFERED_ONLINE, ONLINE_WORDS, onlineSubject, PORTAL, RATE_BEFORE_BRACKET, RATE_BEFORE_WITH, RATE_ONLINE, RATE_OTHER, SHARE_BARE, SHARE_OF, SHARE_OFFERED } from './online.ts';
import { DEPARTMENTS_AFTER, ELIGIBLE, existential, HAVE, IN_USE, LIST_APPROVED, MIXED_TIERS, NOT_YET, OTHER_NOUN, ownedByDepartments, POSTED, SUBSET_AFTER, wholeSet } from './scope.ts';

/** "+ Lĩnh vực Đất đai:" opening an item: its field. Group 1: the name (ending right before the colon). */
const ITEM_FIELD_LABEL = new RegExp(String.raw`${ITEM_MARKER}linh vuc ([^:;\d]{2,60}?):`);

/** A figure opening its clause ("47/47 TTHC được cung cấp trực tuyến", "Trong kỳ, 47 TTHC …"). */
const OPENS_CLAUSE = /(?:^|[,;:])\W*$/;
/** "Hiện có", "hiện đang có": the set there is, read as the online offer when "được cung cấp trực tuyến" follows its noun. */
const EXISTS = /^hien (?:dang )?co\b/;

/** A tier label ("cấp tỉnh", "cấp quận"), and one ending the text before a figure ("…, cấp phường:"). */
/** What a publication decision lists: the procedures published, amended, abolished. */
const CHANGES = new Set<Metric>(['procedure.published', 'procedure.amended', 'procedure.abolished']);
const TIER_WORD = new RegExp(String.raw`\b${TIER_LABEL}\b`);
const TIER_LABEL_END = new RegExp(String.raw`\b${TIER_LABEL}\s*(?::|\bla\b)?\s*$`);
/** Between a tier's figure and the next tier's label: "… 223; cấp xã:". */
const NEXT_TIER_LABEL = new RegExp(String.raw`^\s*(?:tthc|thu tuc(?: hanh chinh)?|dvc|dvctt)?\s*[;,]\s*(?:va\s+)?${TIER_LABEL}\s*(?::|\bla\b)?\s*$`);
/** A label of online services naming two levels joined by a slash: "Số DVCTT toàn trình/một phần:", "DVC mức độ 3/mức độ 4 là". */
const LEVEL_PAIR = /\b(?:dvctt|dvc|dich vu cong(?: truc tuyen)?|tthc|thu tuc)\b[^;:\d]*?\b(toan trinh|mot phan|muc do [34])\s*\/\s*(toan trinh|mot phan|(?:muc do )?[34])\s*(?::|\bla)\s*$/;
/** From the intake cue to the figure: dossiers taken online for the procedures counted ("tiếp nhận hồ sơ trực tuyến đối với"). */
const INTAKE_ONLINE_FOR = /^tiep nhan (?:ho so )?(?:truc tuyen|qua (?:cong dich vu cong|dvctt|moi truong mang))(?: (?:toan trinh|mot phan))? (?:doi voi|cho|o)(?: (?:hon|tren|gan|khoang))?\s*$/;
/** "lần lượt", "tương ứng": a list of figures whose members are named before it. */
const RESPECTIVE_WORD = /\b(?:lan luot|tuong ung)\b/;
/** A bracket opening on a level's label: "(cấp tỉnh 86 TTHC, …". */
const BRACKET_OF_LEVELS = new RegExp(String.raw`^\(\s*${TIER_LABEL}\b`);
/** Between a level's figure (and its share) and the next level's label after ";": " thủ tục, đạt 57,2%; cấp xã là". */
const NEXT_LEVEL_CLAUSE = new RegExp(String.raw`^[^;\d]*(?:\d[\d.,]*\s*%[^;\d]*)?;\s*(?:va\s+)?${TIER_LABEL}\s*(?::|\bla\b|\bco\b)?\s*$`);
/** Between a figure and the next, coordinated: "… 271 thủ tục hành chính cấp quận và 97 …", "…, cấp xã: 104". */
const COORDINATED = new RegExp(String.raw`^\s*(?:thuoc (?:tham quyen|pham vi)[^,;.\d]*?|${TIER_LABEL})?\s*(?:,|va)\s*(?:${TIER_LABEL}\s*(?::|\bla\b)?\s*)?$`);

/** "; một phần đạt 31,2% (": a level's rate after ";", with no rate words of its own, before a bracket (group 1: the level). */
const ELLIPTIC_LEVEL_RATE = /;\s*((?:muc do [34]|toan trinh|mot phan))\s*(?:dat|la|chiem)?\s*\d+(?:,\d+)?\s*%\s*\(\s*$/;
/** A rate of procedures or online services, its words up to the figure. */
const RATE_WORDS = /\bt[iy] le (?:cac |so )?(?:tthc|thu tuc(?: hanh chinh)?|dich vu cong|dvctt|dvc)\b[^;%()]{0,100}/;

/** "Tỷ lệ TTHC cung cấp DVCTT (của xã):" labelling the figure after it. Group 1: what the rate is of. */
const RATE_LABEL = /\bt[iy] le (?:cac |so )?((?:tthc|thu tuc(?: hanh chinh)?|dich vu cong|dvctt|dvc)\b[^;%():\d]{0,100}?)\s*(?::|\bla)\s*$/;

/** Between a whole and its part: the breakdown's cue opening the stretch, with no other figure's clause closed. */
const BREAKDOWN_AFTER = /^[^;.\d]*?[,:;]?\s*\b(?:trong do|bao gom|gom|cu the|chia ra)\b[^;.]*$/;

/**
 * Reads the procedure counts of one sentence or item: each "N TTHC / thủ tục / dịch vụ công" routed by the verb after
 * its noun or the nearest cue to its left, the parts of a breakdown taking the metric of the whole they break down,
 * items under a lead-in its figure, and the dimensions (field, level, tier) of each.
 */
export function readProcedures(ctx: RuleContext): void {
  const f = withoutSpelledOut(ctx.folded);
  type Prior = { metric: Metric; level: Level | undefined; end: number; item?: boolean; bracket?: boolean; field?: string };
  /** The last figure read, and the last one outside a bracket (the whole a later part of the sentence breaks down). */
  const last: { prev: Prior | null; outer?: Prior } = { prev: null };
  const fronted = f.includes('linh vuc') ? FRONTED_FIELD.exec(f) : null;
  // ("… danh mục TTHC lĩnh vực Tư pháp, theo đó: công bố mới 04 TTHC, thay thế 07 TTHC": the scope named before the breakdown.)
  const beforeBreakdown = fronted === null && f.includes('linh vuc') ? fieldBeforeBreakdown(ctx.text, f) : null;
  const scopeEnd = fronted ? fronted[0].length : (beforeBreakdown?.[1] ?? 0);
  const scopeField = fronted ? ctx.text.slice(scopeEnd - 1 - fronted[1]!.length, scopeEnd - 1).trim() : beforeBreakdown?.[0];
  // "+ Lĩnh vực Đất đai: công bố mới 02 TTHC, sửa đổi 05 TTHC, bãi bỏ 01 TTHC;": an item labelled by its field, for every figure after the label.
  const labelled = fronted ? null : ITEM_FIELD_LABEL.exec(f);
  const itemField = labelled ? ctx.text.slice(labelled[0].length - 1 - labelled[1]!.length, labelled[0].length - 1).trim() : undefined;
  /**
   * "công bố 27 TTHC lĩnh vực Thủy sản (07 thủ tục mới, …)", "… 40 TTHC lĩnh vực Đất đai, trong đó 22 TTHC toàn trình": a part
   * of a breakdown — in the bracket right after the whole, or after its cue — is in the whole's field when it names none.
   */
  const wholeField = (n: NumberMention): string | undefined => {
    const whole = last.outer;
    if (whole?.field === undefined || whole.end > n.start) return undefined;
    const between = f.slice(whole.end, n.start);
    const open = inParens(f, n.start) ? f.lastIndexOf('(', n.start) : -1;
    if (open >= whole.end) return /\d/.test(f.slice(whole.end, open)) || /\)/.test(f.slice(open, n.start)) ? undefined : whole.field;
    return !inParens(f, n.start) && BREAKDOWN_AFTER.test(between) ? whole.field : undefined;
  };
  // "Sở đã trình Chủ tịch UBND tỉnh công bố 46 TTHC, cụ thể:" then "- TTHC sửa đổi, bổ sung: 31 thủ tục;": the parts of a
  // publication proposed are proposed too.
  const leadChange = ctx.inPlan ? undefined : leadInFigure(ctx.leadIn, (m) => m === 'procedure.published' || m === 'procedure.amended' || m === 'procedure.abolished');
  const leadProposed = leadChange !== undefined && leadChange.dimensions?.status === undefined && statusOf(leadChange.metric, ctx.leadIn!.text, leadChange.range[0], false) === 'proposed';
  const emit = (n: NumberMention, metric: Metric, nounEnd: number, level: Level | undefined, labelField?: string, wholeTier?: Tier) => {
    // (A field named after the sentence's fronted scope is the figure's own; the scope's is every other figure's.)
    const ownBefore = scopeField !== undefined && f.lastIndexOf('linh vuc', n.start) < scopeEnd ? scopeField : fieldBeforeFigure(ctx, f, n);
    const field =
      labelField ?? fieldAfter(ctx.text, f, nounEnd) ?? ownBefore ?? wholeField(n) ?? (labelled && n.start > labelled[0].length ? itemField : undefined) ?? (CHANGES.has(metric) ? trailingField(ctx.text, f, n) : undefined);
    // The owner phrase counts only in the figure's own stretch (after the procedure figure before it).
    const stretchFrom = Math.max(f.lastIndexOf(';', n.start) + 1, last.prev !== null && last.prev.end <= n.start ? last.prev.end : 0);
    // ("… thuộc thẩm quyền của cấp huyện, cấp xã là 412 thủ tục": a mixed group of tiers has none.)
    const mixed = MIXED_TIERS.test(f.slice(stretchFrom, n.start));
    const tier = mixed
      ? undefined
      : (tierOf(ctx, n, nounEnd) ??
        (metric === 'procedure.total' && !issuedByServiceCentre(ctx) ? ownedByDepartments(f.slice(stretchFrom, nounEnd + (DEPARTMENTS_AFTER.exec(f.slice(nounEnd))?.[0].length ?? 0))) : undefined) ??
        wholeTier);
    const dims: { level?: Level; field?: string; tier?: Tier; status?: 'proposed' } = {};
    if (leadProposed && metric !== 'procedure.total' && metric !== 'procedure.online') dims.status = 'proposed';
    // ("Số DVCTT mức độ 3, mức độ 4 của Sở lần lượt là 34 và 72 dịch vụ": the k-th figure of the list, the k-th level named.)
    const slot = level !== undefined && metric === 'procedure.online' && RESPECTIVE_WORD.test(f) ? respectiveSlot(f, n.start) : undefined;
    const own = slot ? respectiveLevel(f, slot) : undefined;
    if (own ?? level) dims.level = own ?? level;
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
    last.prev = { metric, level, end: nounEnd, bracket: inParens(f, n.start), ...(field ? { field } : {}) };
    if (!last.prev.bracket) last.outer = last.prev;
  };
  for (const n of ctx.numbers) {
    if (n.percent) continue;
    // ("(năm 2023: 1.702 TTHC)": a bracket of another period's figures is no record of this one.)
    if (inOtherPeriodBracket(f, n.start)) continue;
    if (n.form === 'zero-phrase') {
      // "Năm 2025 không có TTHC nào bị bãi bỏ": a stated zero of what a publication does.
      const zero = ZERO_CHANGE.exec(f.slice(n.end));
      if (zero) emit(n, changeMetric(zero)!, n.end, undefined);
      continue;
    }
    const tail = f.slice(n.end);
    if (OTHER_NOUN.test(tail)) continue;
    // "Số DVCTT toàn trình/một phần: 112/146 dịch vụ": two levels joined by a slash in the label, then a fraction — the first
    // level's count over the second's, no part of a whole.
    const levelPair = n.denominator !== undefined && f.includes('/') ? LEVEL_PAIR.exec(f.slice(f.lastIndexOf(';', n.start) + 1, n.start)) : null;
    if (levelPair && /^\s*(?:dich vu(?: cong)?(?: truc tuyen)?|dvctt|dvc|tthc|thu tuc)?\s*(?:[;,.]|$)/.test(tail)) {
      const slash = ctx.text.indexOf('/', n.start);
      const second = slash + 1 + (/^\s*/.exec(ctx.text.slice(slash + 1))?.[0].length ?? 0);
      const [a, b] = [levelPair[1]!, levelPair[2]!].map((w) => levelsIn(/^\d$/.test(w) ? `muc do ${w}` : w)[0]!.level as Level);
      emit({ ...n, end: slash, denominator: undefined }, 'procedure.online', slash, a);
      emit({ ...n, start: second, value: n.denominator!, denominator: undefined }, 'procedure.online', n.end, b);
      continue;
    }
    // The figure before, for parts of a breakdown (below) and items that drop the noun.
    const prior = last.prev;
    // "1.210 dịch vụ công trực tuyến, trong đó 486 dịch vụ toàn trình": a part may shorten the noun to "dịch vụ".
    const noun =
      nounAfter(f, n.end, NOUN.procedure) ??
      (prior !== null && (prior.metric === 'procedure.online' || /\b(?:trong do|gom|bao gom|cu the)\b/.test(f.slice(prior.end, n.start))) ? nounAfter(f, n.end, 'dich vu') : null);
    const masked = maskClosedParens(f, n.start).slice(0, n.start);
    // "Trong số 126 thủ tục của Sở, có 78 thủ tục …": the whole the next figure is taken from.
    const wholeOfNext = /\b(?:trong|tren) (?:tong )?so\s*$/.test(masked);
    // "2.1. Số TTHC áp dụng tại huyện: cấp huyện 251 TTHC": the subject may be the title of the heading the sentence opens.
    const subject = SUBJECT.exec(masked) ?? (/[;]/.test(masked) ? null : SUBJECT.exec(headingLabel(ctx) + masked));
    // (A portal the dossiers came through — "hồ sơ nhận qua Cổng DVC: 2.208 (mức độ toàn trình: 1.640; …)" — names no procedures.)
    const levelLabel = /\b(?:muc(?: do)?\s*\d|toan trinh|mot phan)\s*(?:la|co|:|dat|gom)?\s*$/.test(masked) && /\b(?:tthc|thu tuc|dich vu cong|dvc)/.test(f.replace(PORTAL, ' '));
    // "mức độ 3 là 121 dịch vụ": under a level label the bare "dịch vụ" is the online service counted.
    // ("cấp tỉnh 112 thủ tục hành chính, cấp xã 16 thủ tục hành chính": the noun written out closes the item too.)
    const closesClause = /^\s*(?:tthc|thu tuc(?: hanh chinh)?|dich vu(?: cong)?(?: truc tuyen)?|dvctt|dvc)?\s*(?:[,;.()]|va\b|$)/.test(tail);
    // "…, trong đó cấp tỉnh 1.450, cấp huyện 280": items of a breakdown may drop the noun.
    // "(cấp tỉnh: 1.543 TTHC; cấp huyện: 271 TTHC; …)": items of one bracket may keep the noun and part with ";".
    const open = inParens(f, n.start) ? f.lastIndexOf('(', n.start) : -1;
    // "… là 1.874 thủ tục (cấp tỉnh 1.463, cấp huyện 276, …)": a bracket opening right after the whole holds its parts.
    const sameBracket =
      prior !== null && open >= 0 &&
      ((open < prior.end - 1 && TIER_WORD.test(f.slice(open, prior.end))) ||
        // ("1.104 DVCTT toàn trình (cấp tỉnh: 902, …)": the whole's level may stand between it and its bracket.)
        (open >= prior.end && /^\s*(?:(?:truc tuyen\s+)?(?:toan trinh|mot phan|muc do [34](?:\s*(?:,|va)\s*4)?))?\s*$/.test(f.slice(prior.end, open))) ||
        // ("công bố 112 TTHC mới ban hành, sửa đổi, … thuộc thẩm quyền của các cấp (cấp tỉnh 86 TTHC, …)": a bracket opening on a level
        // at the end of the whole's clause, with no figure between.)
        (open >= prior.end && open - prior.end < 160 && !/[\d;.()]/.test(f.slice(prior.end, open)) && BRACKET_OF_LEVELS.test(f.slice(open))));
    const tierItem =
      (!noun || sameBracket) && prior !== null && closesClause && TIER_LABEL_END.test(masked) &&
      (prior.item === true || sameBracket || /\b(?:trong do|gom|bao gom|cu the)\b/.test(f.slice(prior.end, n.start))) &&
      // ("…; trong đó, cấp tỉnh 1.490": a ";" that opens the breakdown.)
      (sameBracket || !/[;]/.test(f.slice(prior.end, n.start)) || /^\s*;\s*(?:trong do|cu the|bao gom|gom)\b[^;]*$/.test(f.slice(prior.end, n.start)));
    // "Số TTHC cấp huyện: 223; cấp xã: 109.", "Số DVCTT toàn trình theo cấp: cấp tỉnh 845, cấp huyện 132": parallel tier
    // labels, each with its figure.
    const parallelTier =
      !noun && prior !== null && closesClause && NEXT_TIER_LABEL.test(f.slice(prior.end, n.start)) &&
      TIER_LABEL_END.test(f.slice(0, prior.end + f.slice(prior.end, n.start).search(/[;,]/)).replace(/\s*\d[\d.]*\s*(?:tthc|thu tuc(?: hanh chinh)?|dvc|dvctt)?\s*$/, ''));
    // ("- Lĩnh vực Đất đai: công bố mới 2, sửa đổi 11, bãi bỏ 4;" under a publication's lead-in: each bare figure its change.)
    const fieldChange = noun === null || /^(?:tthc|thu tuc)/.test(noun.noun) ? fieldChangeItem(ctx, f, n, masked) : undefined;
    if (fieldChange) {
      emit(n, fieldChange.metric, fieldChange.nounEnd, undefined, fieldChange.field);
      continue;
    }
    const item = prior === null ? readItem(ctx, f, n, masked, noun, closesClause) : undefined;
    if (item) {
      emit(n, item.metric, item.nounEnd, item.level, item.field, item.wholeTier);
      last.prev = { ...last.prev!, item: true };
      continue;
    }
    if (tierItem || parallelTier) {
      emit(n, prior.metric, n.end, prior.level);
      last.prev = { ...last.prev!, item: true };
      continue;
    }
    // "… mức độ 4 cấp thị xã là 158 thủ tục, đạt 57,2%; cấp xã là 46 thủ tục, đạt 44,2%": after ";", the next level labelled as
    // the figure before was, with its noun and no verb of its own — the same count at that level.
    if (noun && prior !== null && !prior.bracket && closesClause && NEXT_LEVEL_CLAUSE.test(f.slice(prior.end, n.start))) {
      const priorFigure = ctx.numbers.filter((m) => !m.percent && m.end <= prior.end).at(-1);
      if (priorFigure && TIER_LABEL_END.test(f.slice(0, priorFigure.start))) {
        emit(n, prior.metric, noun.end, prior.level);
        continue;
      }
    }
    // ("công bố 23 TTHC, trong đó: ban hành mới 05, sửa đổi, bổ sung 15, bãi bỏ 03": bare parts labelled by their change.)
    const bracketPart = !noun && prior !== null && (bracketLabel(f, n, prior.end) ?? (prior.metric === 'procedure.published' ? breakdownLabel(f, n, prior.end) : undefined));
    if (bracketPart) {
      emit(n, bracketPart, n.end, undefined);
      last.prev = prior;
      continue;
    }
    // ("Thủ tục hành chính: công bố 14, bãi bỏ 02.", "Sở công bố 14 TTHC, bãi bỏ 02.": a change verb alone before a bare figure, in a
    // sentence opening on a label that names procedures or after a procedure figure.)
    const verbLabel = !noun && closesClause ? (LABEL_VERB.exec(masked) ?? (prior !== null || PROCEDURE_LABEL_OPENING.test(f) ? BARE_CHANGE.exec(masked) : null)) : null;
    if (verbLabel) {
      emit(n, changeMetric(verbLabel)!, n.end, undefined);
      continue;
    }
    // "Có 97% TTHC được cung cấp trực tuyến (1.612/1.662 TTHC)": the count in the bracket after a share of
    // procedures offered online is that offer.
    // "100% TTHC cấp xã (106 TTHC) được cung cấp trực tuyến": likewise with the offer after the bracket.
    // ("100% TTHC (218/218) đủ điều kiện được cung cấp trực tuyến", "100% (218/218) TTHC … trực tuyến toàn trình": the count
    // alone in the bracket, the procedures named before it or after it.)
    const bracketAt = inParens(f, n.start) ? f.lastIndexOf('(', n.start) : -1;
    const closed = /^\s*\)/.test(tail);
    const share = bracketAt >= 0 ? (SHARE_OFFERED.exec(f.slice(0, bracketAt + 1)) ?? SHARE_OF.exec(f.slice(0, bracketAt + 1))) : null;
    const offeredAfter = share !== null && OFFERED_AFTER_BRACKET.test(f.slice(f.indexOf(')', n.end) + 1));
    if (share && (noun || closed) && (share[2] !== undefined || offeredAfter)) {
      const words = share[1]! + (offeredAfter ? f.slice(f.indexOf(')', n.end) + 1, f.indexOf(')', n.end) + 60) : '');
      // ("100% TTHC đã được cung cấp dịch vụ công trực tuyến (32 TTHC toàn trình, 06 TTHC một phần)": a part's own level after its noun.)
      const own = noun ? /^[^,;()\d]*/.exec(f.slice(noun.end))![0] : '';
      const online = (text: string) => levelsIn(text).map((h) => h.level).filter((l): l is Level => l !== 'low');
      // ("100% dịch vụ công trực tuyến (toàn trình: 46 TTHC, một phần: 22 TTHC)": or its level labelling it, before it in its part.)
      const label = f.slice(Math.max(f.lastIndexOf('(', n.start), f.lastIndexOf(',', n.start), f.lastIndexOf(';', n.start)) + 1, n.start);
      const level = online(own)[0] ?? online(label)[0] ?? online(words).at(-1);
      emit(n, 'procedure.online', noun?.end ?? n.end, level);
      continue;
    }
    const offeredNoun = !noun && closed && bracketAt >= 0 && SHARE_BARE.test(f.slice(0, bracketAt + 1)) ? NOUN_THEN_OFFER.exec(tail.slice(tail.indexOf(')') + 1)) : null;
    if (offeredNoun) {
      const level = levelsIn(offeredNoun[1]!).map((h) => h.level).filter((l): l is Level => l !== 'low').at(-1);
      emit(n, 'procedure.online', n.end, level);
      continue;
    }
    // ("Số TTHC đủ điều kiện cung cấp DVCTT toàn trình: 168 thủ tục; đã cung cấp 161 thủ tục": the offer's verb alone after ";",
    // its object the online service the clause before names, at that clause's level.)
    const offered = offerAfterClause(masked, noun === null || /^(?:tthc|thu tuc|dich vu)/.test(noun.noun));
    const ownWords = f.slice(noun?.end ?? n.end).split(/[;.](?!\d)/)[0]!;
    if (offered && (noun || closesClause) && !ONLINE_WORDS.test(ownWords)) {
      emit(n, 'procedure.online', noun?.end ?? n.end, offered.level);
      continue;
    }
    if (!noun && !((subject || levelLabel) && closesClause)) continue;
    // "Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến mức độ 3, 4 đạt 87,5% (210/240 TTHC)": the count in the bracket after a
    // rate of the online offer is that offer, at the rate's level.
    // ("… đạt 46,9%, với 886 thủ tục": or after "với", "tương ứng".)
    const rate =
      bracketAt >= 0 && (noun || /^\s*\)/.test(tail)) ? RATE_BEFORE_BRACKET.exec(f.slice(0, bracketAt + 1)) : noun && bracketAt < 0 ? RATE_BEFORE_WITH.exec(f.slice(0, n.start)) : null;
    if (rate && RATE_ONLINE.test(rate[1]!) && !RATE_OTHER.test(rate[1]!)) {
      const level = levelsIn(rate[1]!).map((h) => h.level).filter((l): l is Level => l !== 'low').at(-1);
      emit(n, 'procedure.online', noun?.end ?? n.end, level);
      continue;
    }
    // ("Tỷ lệ TTHC … toàn trình đạt 52,3% (982/1.877 TTHC); một phần đạt 31,2% (586 TTHC)": the next level's rate after ";",
    // its rate words dropped, and its count in the bracket.)
    const ellipticRate = !rate && bracketAt >= 0 && (noun || /^\s*\)/.test(tail)) ? ELLIPTIC_LEVEL_RATE.exec(f.slice(0, bracketAt + 1)) : null;
    if (ellipticRate) {
      const previous = f.slice(0, ellipticRate.index);
      const previousRate = RATE_WORDS.exec(previous.slice(previous.lastIndexOf('. ') + 1));
      if (previousRate && RATE_ONLINE.test(previousRate[0]) && !RATE_OTHER.test(previousRate[0])) {
        const level = levelsIn(ellipticRate[1]!).map((h) => h.level).filter((l): l is Level => l !== 'low').at(-1);
        emit(n, 'procedure.online', noun?.end ?? n.end, level);
        continue;
      }
    }
    // ("Tỷ lệ TTHC cung cấp DVCTT của xã: 92/112 TTHC (82,1%)": a rate's label over the fraction it is the share of — the
    // numerator is the offer.)
    const rateLabel = noun && n.denominator !== undefined ? RATE_LABEL.exec(f.slice(0, n.start)) : null;
    if (noun && rateLabel && RATE_ONLINE.test(rateLabel[1]!) && !RATE_OTHER.test(rateLabel[1]!)) {
      const level = levelsIn(rateLabel[1]!).map((h) => h.level).filter((l): l is Level => l !== 'low').at(-1);
      emit(n, 'procedure.online', noun.end, level);
      continue;
    }
    const nounEnd = noun?.end ?? n.end;
    // "Còn 09 TTHC chưa được cung cấp dịch vụ công trực tuyến": what is not yet offered is no count of the offer.
    if (NOT_YET.test(f.slice(nounEnd, nounEnd + 60)) || (ELIGIBLE.test(f.slice(nounEnd, nounEnd + 60)) && OFFER_STATED_AFTER.test(f.slice(nounEnd)))) continue;
    // "có 1.026 DVCTT phát sinh hồ sơ": the services used, not those offered.
    // ("15 TTHC phát sinh trên 1.000 hồ sơ/năm": a trait that picks some procedures, none of the set.)
    if (IN_USE.test(f.slice(nounEnd, nounEnd + 40))) continue;
    const next = ctx.numbers.find((m) => m.start > n.end)?.start ?? f.length;
    // ("Số TTHC bị bãi bỏ theo Quyết định công bố …: 15": the verb right after the subject's noun, not a later cue.)
    const verbAfter = RIGHT_VERB.exec(f.slice(nounEnd)) ?? (subject ? RIGHT_VERB.exec(subject[1]!) : null);
    const rightMetric = verbAfter ? changeMetric(verbAfter) : undefined;
    // "… là 1.439 TTHC và 82 TTHC của …": a coordinated figure takes its neighbour's metric.
    const prev = last.prev;
    // "286 TTHC thuộc thẩm quyền của cấp huyện và 112 TTHC thuộc thẩm quyền của cấp xã": the neighbour may keep its scope.
    // "… là 263 thủ tục; tại Bộ phận Một cửa phường là 128 thủ tục": a verbless clause after ";" continues the figure before.
    const elliptic = /^\s*;\s*(?:(?:con |va )?(?:tai|o|cua|doi voi)\s)[^;\d]{0,60}?\b(?:la|co)\s*(?:(?:hon|tren|gan|khoang)\s*)?$/.test(f.slice(prev?.end ?? 0, n.start));
    // ("… 328 TTHC cấp huyện và 127 TTHC cấp xã": the neighbour's own tier after its noun.)
    if (noun && !rightMetric && prev && (elliptic || COORDINATED.test(f.slice(prev.end, n.start)))) {
      // ("… gồm 98 TTHC thuộc thẩm quyền của phường và 06 TTHC liên thông với cấp quận": a subset, no part of the set.)
      if (prev.metric === 'procedure.total' && SUBSET_AFTER.test(f.slice(noun.end, next))) continue;
      emit(n, prev.metric, noun.end, prev.level);
      continue;
    }
    // ("Sở Xây dựng": a cue word inside an agency's name is none.)
    const cueText = masked.replace(AGENCY_CUE_WORDS, (m) => ' '.repeat(m.length));
    let cue = lastCue(cueText, CUES);
    // ("Các sở đã kết nối Hệ thống …; tỉnh có 2.105 TTHC": an act that picks some procedures, in a clause before, is not this one's.)
    // ("Kết quả rà soát cho thấy, toàn tỉnh có 1.896 TTHC": an opening phrase's act, past its comma, is none of the clause that
    // says what there is.)
    if (cue?.label === 'skip' && (cueText.lastIndexOf(';') > cue.index || (cueText.lastIndexOf(',') > cue.index && HAVE.test(masked)))) {
      const from = Math.max(cueText.lastIndexOf(';'), HAVE.test(masked) ? cueText.lastIndexOf(',') : -1) + 1;
      const own = lastCue(cueText.slice(from), CUES);
      cue = own ? { ...own, index: from + own.index, end: from + own.end } : null;
    }
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
        // ("…, trong đó có 1.215 thủ tục đã thực hiện tiếp nhận hồ sơ trực tuyến": taking dossiers online is the online offer.)
        // ("… 109 thủ tục, trong đó 96 thủ tục được niêm yết tại Bộ phận Một cửa": no part of a publication or an offer either.)
        if (!rightMetric && SUBSET_AFTER.test(f.slice(nounEnd, next)) && !ONLINE_INTAKE.test(f.slice(nounEnd, next))) continue;
        const own = levelFor(f, n, cue.end, next);
        // "…, 23 TTHC mức độ 2", "còn lại 23 TTHC cung cấp trực tiếp": a part below the online levels, or offered only
        // at the counter, counts neither the online offer nor the whole.
        if (!rightMetric && (own === 'low' || (own === undefined && DIRECT_ONLY.test(f.slice(nounEnd, next))))) continue;
        // "…, còn lại 15 TTHC cung cấp thông tin trực tuyến": the rest has none of the levels of the parts before it.
        const info = /^[^;\d]{0,30}?\bthong tin\b/.test(f.slice(nounEnd, next));
        // ("…, 06 TTHC chỉ cung cấp thông tin trực tuyến": information online is no online service, nor a count of the whole.)
        if (info && !rightMetric) continue;
        const rest = /\bcon lai\s*$/.test(masked);
        const level = own && own !== 'low' ? own : rest ? undefined : prev.level;
        const online = (own && own !== 'low') || (own === undefined && (OFFERED_ONLINE.test(f.slice(nounEnd, next)) || ONLINE_INTAKE.test(f.slice(nounEnd, next))));
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
      // ("Trong đó, có 98 TTHC đủ điều kiện cung cấp dịch vụ công trực tuyến": with no figure before to break down, the
      // procedures offered online, as without "trong đó" — not the whole set.)
      const offered = !further && !rightMetric && OFFERED_ONLINE.test(f.slice(nounEnd, next));
      cue = further && further.label !== 'breakdown' ? further : offered ? null : { label: 'total', index: cue.index, end: cue.end };
    }
    // ("Số DVC trực tuyến toàn trình cấp xã được cung cấp …: 48 DVC": the level named in the subject, before its verb.)
    const level = wholeOfNext ? undefined : levelFor(f, n, subject ? Math.min(subject.index, cue?.end ?? 0) : (cue?.end ?? 0), next);
    // ("… 1.104 DVCTT toàn trình và 683 DVCTT một phần, tổng cộng 1.787 dịch vụ": "dịch vụ" short for the online services just counted.)
    const onlineNoun = noun !== null && (/truc tuyen|dvctt/.test(noun.noun) || (noun.noun === 'dich vu' && prior?.metric === 'procedure.online'));
    const subjectWords = subject?.[0] ?? '';
    // "Số TTHC chưa đủ điều kiện cung cấp trực tuyến là 214", "… đủ điều kiện nhưng chưa cung cấp: 51": what is not offered, in
    // the subject, is no count of the offer; "số TTHC có phát sinh hồ sơ trực tuyến là 982", "… nhưng chưa phát sinh hồ sơ: 235":
    // the procedures used (or not), none of the set or the offer.
    // ("Số TTHC còn lại chỉ cung cấp thông tin trực tuyến: 26": information online is no online service.)
    if (subject && /\b(?:(?:chua|khong) (?:du dieu kien|duoc|the|cung cap|thuc hien|trien khai)|phat sinh (?:ho so|giao dich)|cung cap thong tin)\b/.test(subjectWords)) continue;
    // ("Số TTHC đủ điều kiện cung cấp DVCTT toàn trình: 168 thủ tục; đã cung cấp 161": the procedures that qualify, set against
    // those offered, are not the offer.)
    if (subject && /\bdu dieu kien (?:de )?(?:cung cap|thuc hien|trien khai)\b/.test(subjectWords) && OFFER_STATED_AFTER.test(f.slice(nounEnd))) continue;
    let metric: Metric | undefined;
    if (rightMetric) {
      metric = rightMetric;
    } else if (cue?.label === 'published' && onlineNoun && /^cong bo/.test(masked.slice(cue.index))) {
      // "công bố danh mục 1.210 dịch vụ công trực tuyến": the list of online services announced is the online offer.
      metric = 'procedure.online';
    } else if (cue && (cue.label === 'amended' || cue.label === 'abolished') && JOINT_CHANGES.test(masked)) {
      // "100% TTHC mới ban hành, sửa đổi, bổ sung (23 TTHC)": the count of new and changed procedures together is what was published.
      metric = 'procedure.published';
    } else if (cue && (cue.label === 'published' || cue.label === 'amended' || cue.label === 'abolished')) {
      metric = `procedure.${cue.label}`;
    } else if (level && level !== 'low') {
      // ("…, 52 TTHC thực hiện liên thông, 1.145 TTHC … toàn trình": a subset by what is done with it takes no level from a
      // later figure's phrase.)
      if (SUBSET_AFTER.test(f.slice(nounEnd, next)) && levelsIn(f.slice(nounEnd, next)).length === 0) continue;
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
    } else if (
      (LIST_APPROVED.test(masked) || (!cue && (HAVE.test(masked) || OPENS_CLAUSE.test(masked))) || (cue?.label === 'total' && EXISTS.test(masked.slice(cue.index)))) &&
      (OFFERED_ONLINE.test(f.slice(nounEnd, next)) || OFFERED_ONLINE.test(ownOfferWords(f, nounEnd, ctx.numbers)) || ONLINE_INTAKE.test(f.slice(nounEnd, next)))
    ) {
      // ("Trong số 1.520 TTHC của tỉnh, có 1.210 TTHC đã tiếp nhận hồ sơ trực tuyến": taking dossiers online is the online offer.)
      // "… có 1.560 TTHC được cung cấp dịch vụ công trực tuyến": the procedures offered online.
      // ("47/47 TTHC của Sở được cung cấp trực tuyến", "Hiện có 47 TTHC … được cung cấp trực tuyến": likewise.)
      // "phê duyệt danh mục 1.104 TTHC thực hiện tiếp nhận hồ sơ trực tuyến": the list approved is the online offer.
      metric = 'procedure.online';
    } else if (
      cue?.label === 'provide' &&
      noun !== null &&
      ((/^(?:dich vu cong|dvc)$/.test(noun.noun) && ONLINE_WORDS.test(f)) || /^\s*(?:(?:duoi|theo|o) (?:hinh thuc|dang)\s+)?(?:(?:dich vu cong |dvc )?truc tuyen|dvctt)\b/.test(f.slice(nounEnd)))
    ) {
      // "Cổng Dịch vụ công tỉnh cung cấp 1.890 dịch vụ công, trong đó 1.024 … toàn trình": public services provided where the
      // sentence speaks of online service are the online services; "cung cấp 104/110 TTHC trực tuyến", likewise.
      // ("cung cấp 97/103 TTHC dưới hình thức dịch vụ công trực tuyến": the form they are offered in, likewise.)
      metric = 'procedure.online';
    } else if (cue?.label === 'handle' && INTAKE_ONLINE_FOR.test(masked.slice(cue.index))) {
      // ("thực hiện tiếp nhận hồ sơ trực tuyến đối với 1.150/1.690 TTHC": taking dossiers online is the online offer, as
      // "… TTHC đã tiếp nhận hồ sơ trực tuyến" after the noun is.)
      metric = 'procedure.online';
    } else if (cue?.label === 'handle' && POSTED.test(masked.slice(cue.index)) && /\b(?:bai bo|huy bo|go bo)\s*$/.test(masked.slice(0, cue.index))) {
      // ("bãi bỏ niêm yết 09 TTHC": the procedures taken down, as abolished — no set posted.)
      metric = 'procedure.abolished';
    } else if (
      cue?.label === 'total' ||
      wholeOfNext ||
      (!cue && existential(f, n, masked, nounEnd)) ||
      // "niêm yết, công khai 1.654 TTHC của 19 sở, ngành": the procedures posted for the public are the set.
      (cue?.label === 'handle' && POSTED.test(masked.slice(cue.index)) && wholeSet(f, n, nounEnd))
    ) {
      metric = 'procedure.total';
    }
    if (!metric) continue;
    // ("Trung tâm tiếp nhận 1.652 TTHC của 18 sở, ngành": the set it takes in; "tiếp nhận 52 TTHC liên thông", a subset.)
    if (metric === 'procedure.total' && cue?.label === 'total' && /^(?:da )?tiep nhan/.test(masked.slice(cue.index)) && SUBSET_AFTER.test(f.slice(nounEnd, next))) continue;
    // ("Hiện có 1.108 TTHC được thực hiện tiếp nhận hồ sơ, trả kết quả qua dịch vụ bưu chính công ích": the procedures handled by
    // post, a subset, as d039 reads them.)
    if (metric === 'procedure.total' && SUBSET_AFTER.test(f.slice(nounEnd, next)) && /(?<![a-z])(?:bcci|buu chinh|buu dien)(?![a-z])/.test(f.slice(nounEnd, next))) continue;
    // "Số TTHC đã đưa ra tiếp nhận tại Bộ phận Một cửa: 121/121 thủ tục": a fraction is a part taken from the set, not the set.
    if (metric === 'procedure.total' && n.denominator !== undefined) continue;
    // "công bố danh mục 286 TTHC thực hiện dịch vụ bưu chính công ích": a list of procedures handled some way is a subset.
    if (metric === 'procedure.published' && !rightMetric && SUBSET_AFTER.test(f.slice(nounEnd, next))) continue;
    emit(n, metric, nounEnd, metric === 'procedure.online' && level !== 'low' ? level : undefined);
  }
}

/**
 * After the procedures that qualify to be offered online, the count of those offered stated in the same sentence (", đã cung cấp
 * 161", "; trong đó đã triển khai 140"): the qualifying count is then set against the offer, not the offer itself.
 */
const OFFER_STATED_AFTER = /^[^.]*?[;,]\s*(?:(?:trong do|hien|da|duoc)\s+)*(?:cung cap|trien khai)\b(?:\s+duoc)?\s*:?\s*(?:(?:hon|tren|gan|khoang)\s*)?\d/;
const OFFER_VERB_ONLY = new RegExp(String.raw`${OFFER_VERB}(?:(?:hon|tren|gan|khoang)\s*)?$`);

/**
 * The offer's verb alone after ";" or "," ("…; đã cung cấp 161 thủ tục") takes as its object the procedures online that the clause
 * before names ("Số TTHC đủ điều kiện cung cấp DVCTT toàn trình: 168 thủ tục"), at that clause's level; null otherwise.
 * `procedureNoun`: the figure's noun, if any, counts procedures or services.
 */
export function offerAfterClause(before: string, procedureNoun: boolean): { level: Level | undefined } | null {
  const semi = Math.max(before.lastIndexOf(';'), before.lastIndexOf(','));
  if (semi < 0 || !procedureNoun || !OFFER_VERB_ONLY.test(before.slice(semi + 1))) return null;
  const previous = before.slice(Math.max(before.lastIndexOf(';', semi - 1), before.lastIndexOf('. ', semi - 1)) + 1, semi);
  if (!onlineProcedures(previous)) return null;
  const level = levelsIn(previous).map((h) => h.level).filter((l): l is Level => l !== 'low').at(-1);
  return { level };
}

/** "thuộc thẩm quyền giải quyết của Sở" before what is said of the procedures: their scope, no part of the offer's words. */
const SCOPE_FIRST = /^\s*(?:thuoc|trong) (?:tham quyen|pham vi)(?: giai quyet| quan ly)?(?: cua [a-z ]{1,30}?)?(?=\s+(?:du dieu kien|da|duoc|deu)\b)/;

/**
 * The words said of a count of procedures, up to the next figure outside brackets, a closed bracket ("98/98 TTHC (100%) …") and
 * a leading scope ("thuộc thẩm quyền giải quyết của Sở") left out: "đủ điều kiện đã được cung cấp dịch vụ công trực tuyến".
 */
function ownOfferWords(f: string, nounEnd: number, numbers: readonly NumberMention[]): string {
  const end = numbers.find((m) => m.start >= nounEnd && !inParens(f, m.start))?.start ?? f.length;
  return f.slice(nounEnd, end).replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length)).replace(/\s+/g, ' ').replace(SCOPE_FIRST, '');
}

/**
 * The report is the province's public-service centre's own ("Trung tâm Phục vụ hành chính công tỉnh Hưng Yên"): the
 * departments' procedures it handles ("1.450 TTHC của các sở, ngành") are its own whole scope, no level — as its dossiers
 * "của 19 sở, ngành" are.
 */
function issuedByServiceCentre(ctx: RuleContext): boolean {
  const agency = ctx.metadata?.agency;
  return agency !== undefined && agency !== null && /^trung tâm (?:phục vụ )?hành chính công/iu.test(agency.normalize('NFC'));
}
