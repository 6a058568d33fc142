/**
 * One reading of a sentence's dossier figures, shared by the dossier rules: which figures count
 * dossiers, which metric each one states and with which dimensions.
 *
 * A figure counts dossiers when "hồ sơ"/"HS" is its unit, or when its clause names hồ sơ (or a
 * dossier cue in a sentence about hồ sơ) and no other noun follows it. Its metric comes from, in
 * order: its own clause (a timeliness cue beats a verb; a verb right after the unit beats the
 * nearest verb on the left), the figure it is a part of ("…, trong đó …"), a label or lead
 * ("Lĩnh vực X: N", "… như: X: N", a lead-in paragraph, the heading), and last `received`.
 */
import type { Dimensions } from '../../schema/record.ts';
import type { Block } from '../../structure/types.ts';
import { fold } from '../../text/normalize.ts';
import { rememberLast } from '../../text/memo.ts';
import { findNumbers, type NumberMention } from '../../text/numbers.ts';
import { splitSentences } from '../../text/sentences.ts';
import { dropNonFigures } from '../non-figures.ts';
import { PREVIOUS_PERIOD_CLAUSE, inOtherPeriodBracket, previousPeriodOpening, otherYearClause } from '../figure-context.ts';
import type { LeadIn, RuleContext } from '../rule.ts';
import { findCues, type DossierMetric } from './cues.ts';
import { clauseStart, otherFilesAfter, WHOLE_OF_SHARE, windowsOf, type Windows } from './windows.ts';
import { leadMetric } from './lead.ts';
import { itemLabel, labelBefore, type Label, type LabelEnv } from './label.ts';
import { dimensionsOf, type Env } from './dims.ts';
import { blockReading } from './block-reading.ts';
import { channelsIn } from '../dimensions/channel.ts';
import { pairReading, slashPair } from './slash-pairs.ts';
import { slashListName } from './slash-lists.ts';
import { respectiveSlot, respectiveTiming, respectiveVerb } from './respectively.ts';
import { bracketLead } from './bracket-lead.ts';
import { blockIndex, communeTiersIn, hoSoBefore, inheritedTier, lowerTiersIn, parentItemState } from './document.ts';
import { HO_SO, isDossier, readCues, withState } from './own-clause.ts';
import { MARKER, adjustWholes, behindBlockedShare, ellipsisOf, totalOfParts, keepTentative, parentOf, underParent, type Draft } from './wholes.ts';
import { lastMatchBefore } from '../../text/last-match.ts';
import { proseTableRow } from './table.ts';

/** A heading about dossiers without the word: "Kết quả (tiếp nhận,) giải quyết TTHC" — its bare figures are dossiers. */
const PROCEDURE_RESULTS = /(?<![a-z])(?:tiep nhan|giai quyet)(?:(?: va|,) (?:tiep nhan|giai quyet|tra ket qua))* (?:ho so )?(?:tthc|thu tuc hanh chinh)(?![a-z])/;
// ("Dự kiến mỗi năm Trung tâm tiếp nhận khoảng 25.000 hồ sơ": a volume per year, no count of the period.)
const AVERAGE = /(?<![a-z])(?:binh quan|trung binh|(?:moi|hang) (?:ngay|tuan|thang|quy|nam)(?: lam viec)?)(?![a-z])/;
const AVERAGE_OPENING = /^\s*(?:binh quan|trung binh|moi|hang) (?:moi |hang )?(?:ngay|tuan|thang|quy|nam)(?![a-z])/;

/** An item labelled by a verb on dossiers alone: "- Đã giải quyết:", "+ Đang giải quyết:", "- Tiếp nhận mới:". */
const VERB_LABEL = /^\W*(?:da |dang )?(?:tiep nhan|giai quyet|tra ket qua)(?: (?:moi|xong))?\s*:\s*$/;

/** After a stated zero, the cause it is restricted to: "… trễ hạn do lỗi (chủ quan) của cán bộ", "… vì nguyên nhân chủ quan". */
const ZERO_FOR_CAUSE = /^[^;.]{0,60}?(?<![a-z])(?:do|vi) (?:(?:loi|nguyen nhan)(?![a-z])|chu quan|(?:can bo|cong chuc|co quan|don vi) (?:giai quyet|tiep nhan|xu ly|chuyen mon))/;
/** Right before a stated zero, the rest it is said of: "các lĩnh vực khác", "các đơn vị còn lại". */
const ZERO_OF_REST = /(?<![a-z])(?:khac|con lai)\s*(?:deu\s+)?$/;
// ("Có 14/19 sở, ban, ngành không có hồ sơ trễ hạn", "100% cơ quan, đơn vị không có …": bodies counted by what they did not
// have, no figure of a whole — not a year or a period's number before a body's word: "Năm 2024 huyện không có …".)
// ("Có 02/15 lĩnh vực chưa phát sinh hồ sơ": fields counted, likewise.)
const COUNTED_NOUN = String.raw`(?:tthc|thu tuc(?: hanh chinh)?|dich vu(?: cong)?(?: truc tuyen)?|co quan|don vi|xa|phuong|thi tran|so|ban|nganh|huyen|quan|thi xa|thanh pho|dia phuong|phong(?: chuyen mon)?|linh vuc)`;
/** "35/35 xã, thị trấn", "cả 16 xã": all of the bodies counted — their zero is the whole level's. */
const ALL_COUNTED = /(?:(?<![a-z])(?:ca|tat ca|toan bo)\s+\d[\d.,]*|(?<![\d.,])(\d[\d.,]*)\s*\/\s*\1(?![\d.,]))\s*(?:cac\s+)?[a-z ,\/]*$/;
/** The level the counted procedures are offered at ("142 dịch vụ mức độ 3, 4", "35 TTHC trực tuyến toàn trình"). */
const LEVEL_AFTER = String.raw`(?:\s+(?:truc tuyen\s+)?(?:muc do [34](?:\s*(?:,|va)\s*(?:muc do )?[34])?|toan trinh|mot phan))?`;
const COUNTED_SUBJECT = new RegExp(
  String.raw`(?<![\d.,/])(?<!(?:nam|quy|thang|ky|dot|giai doan|khoa|tuan)\s*)\d[\d.,]*(?:\s*\/\s*\d[\d.,]*)?%?\s*(?:cac\s+)?${COUNTED_NOUN}(?:\s*(?:,|va|\/)\s*${COUNTED_NOUN})*${LEVEL_AFTER}(?:\s+(?:deu|da|van|cung|hien))?\s*$`,
);
const PLACE_NUMBER = /(?:^|[^\p{L}])(?:Phường|Quận|Khu phố|Tổ dân phố|Tổ|Ấp|Thôn|Khóm|Khu)\s+$/u;
/** The words PLACE_NUMBER's names end with ("Khu phố" and "Tổ dân phố" in "phố"). */
const PLACE_WORD_ENDS = ['Phường', 'Quận', 'phố', 'Tổ', 'Ấp', 'Thôn', 'Khóm', 'Khu'];

/**
 * A figure right after a place's word ("Phường 1", "Tổ 5"): PLACE_NUMBER over the 14 units before
 * it — tried only when white space ends them right after one of its words, which figures after a
 * verb or a noun (nearly all of them) fail at once.
 */
function afterPlaceWord(text: string, at: number): boolean {
  const from = Math.max(0, at - 14);
  let i = at - 1;
  while (i >= from && /\s/.test(text[i]!)) i--;
  if (i === at - 1 || i < from || !PLACE_WORD_ENDS.some((w) => text.endsWith(w, i + 1))) return false;
  return PLACE_NUMBER.test(text.slice(from, at));
}

export type ReadingSource = 'own' | 'parent' | 'label' | 'lead' | 'default';

export interface DossierReading {
  mention: NumberMention;
  metric: DossierMetric;
  source: ReadingSource;
  dims: Dimensions;
  windows: Windows;
  /** The field came from a "Lĩnh vực X:" label. */
  fieldLabel: boolean;
  confidence: number;
}

const BY_AUTHORITY = /^\s*(?:thuoc\s+)?(?:pham vi\s+)?tham quyen/;
const COMPARED = /(?<![a-z])so voi(?: [a-z0-9/]+){0,5}\s*\(\s*(?:(?:gan|tren|hon|khoang)\s+)?$/;
/** "cao hơn tháng trước (2.310 hồ sơ)", "giảm so với cùng kỳ năm 2024 (…": the bracket after another period compared with holds its figure. */
const COMPARED_PERIOD = /(?<![a-z])(?:hon|bang|voi|tang|giam)\s+(?:cung ky(?: nam (?:truoc|\d{4}))?|(?:nam|quy|thang|ky) truoc)\s*\(\s*(?:(?:gan|tren|hon|khoang)\s+)?$/;
/** "nhiều hơn năm trước 300 hồ sơ", "giảm so với năm 2023 là 120 hồ sơ": the difference from another period, no count of this one. */
const MORE_THAN_PERIOD =
  /(?<![a-z])(?:(?:nhieu|cao|thap|it) hon|tang|giam)\s+(?:so voi\s+)?(?:cung ky(?: nam (?:truoc|\d{4}))?|(?:nam|quy|thang|ky) (?:truoc|\d{4}))\s*(?:(?:la|:)\s*)?(?:(?:gan|tren|hon|khoang)\s+)?$/;
const PER_PERIOD = /^\s*(?:ho so|hs)\s*\/\s*(?:nam|thang|quy|ngay|tuan)(?![a-z])/;
const CHANGED_FROM = /(?<![a-z])(?:tang|giam)(?:\s+(?:manh|dan|nhe|sau))?\s+tu\s*$/;
const APOLOGY = /(?<![a-z])xin loi(?![a-z])/;
const APOLOGISED_FOR = /(?<![a-z])doi voi\s*(?:(?:cac|so|toan bo)\s+)*$/;
const ZERO_INTAKE = /(?<![a-z])(?:phat sinh|nhan duoc|tiep nhan)(?![a-z])/;
const TIMED: ReadonlySet<DossierMetric> = new Set(['dossier.resolved_on_time', 'dossier.resolved_early', 'dossier.resolved_late']);
const CONFIDENCE: { [k in ReadingSource]: number } = { own: 0.85, parent: 0.8, label: 0.9, lead: 0.75, default: 0.6 };

export { blockReading } from './block-reading.ts';

/**
 * A list item, a line opening with a bullet, or a paragraph opening with a short label and a colon
 * ("Đăng ký doanh nghiệp: tiếp nhận 412 hồ sơ, …"): its opening label holds for its figures.
 */
function isItemBlock(b: Block): boolean {
  return b.kind === 'listItem' || /^\s*[-+*•–]\s/u.test(b.text) || /^[^:;,.()\d]{2,40}:\s/u.test(b.text);
}

/** Which dossier rule emits a reading: each reading is emitted by exactly one rule. */
export function ruleOf(r: DossierReading): 'dossier-by-field' | 'dossier-count' | 'dossier-family' | 'dossier-colon-item' {
  if (r.fieldLabel) return 'dossier-by-field';
  if (r.source === 'parent') return 'dossier-family';
  if (r.source === 'lead' || r.source === 'label') return 'dossier-colon-item';
  return 'dossier-count';
}

/** The dossier figures of the rule context's sentence (computed once per sentence). */
export function readDossiers(ctx: RuleContext): DossierReading[] {
  return sentenceReading(ctx.numbers, ctx);
}

/** A lead-in sentence titling a breakdown: "Phân theo lĩnh vực:", "Cụ thể theo từng lĩnh vực như sau:". */
const BREAKDOWN_TITLE = /(?<![a-z])(?:(?:phan|chia|theo tung|theo cac|theo) linh vuc|phan theo|chia theo)(?![a-z])/;
const itemsLeadInCache = new WeakMap<LeadIn, LeadIn>();

/**
 * "Trung tâm tiếp nhận 1.250 hồ sơ; …; đang giải quyết 85 hồ sơ. Phân theo lĩnh vực:": items under a
 * lead-in whose last sentence (the lead-in's text) titles a breakdown without a figure are parts of
 * the period's intake, not of the paragraph's last figure — or, when the title names a metric ("Phân
 * theo lĩnh vực, số hồ sơ đã giải quyết:"), of the paragraph's figure of that metric, if any.
 */
function itemsLeadIn(leadIn: LeadIn | null): LeadIn | null {
  if (!leadIn || leadIn.emissions.length === 0) return leadIn;
  const cached = itemsLeadInCache.get(leadIn);
  if (cached) return cached;
  let out = leadIn;
  const f = leadIn.folded;
  if (!/\d/.test(f) && BREAKDOWN_TITLE.test(f)) {
    // "Phân theo lĩnh vực, số hồ sơ tiếp nhận như sau:": the whole is the paragraph's figure of the metric it names.
    const metric = findCues(f, 0, f.length).at(-1)?.metric ?? 'dossier.received';
    // ("Sở tiếp nhận 4.106 hồ sơ; trong đó trực tuyến 3.979 hồ sơ, …": the whole, not a channel's part read before it.)
    const ofMetric = leadIn.emissions.filter((e) => e.metric === metric && !e.dimensions?.field);
    const whole = ofMetric.find((e) => !e.dimensions?.channel && !e.dimensions?.level && !e.dimensions?.mechanism) ?? ofMetric[0];
    out = { ...leadIn, emissions: whole ? [whole] : [] };
  }
  itemsLeadInCache.set(leadIn, out);
  return out;
}

/** Keyed by the sentence's figures, which the runner makes once per sentence for every rule. */
const sentenceReading = rememberLast((_numbers: readonly NumberMention[], ctx: RuleContext): DossierReading[] => {
  // Table rows are read by their columns (dossier-table), not as prose — but for a form's cells of prose.
  if (ctx.block.kind === 'tableRow' && !proseTableRow(ctx.block)) return [];
  const b = blockReading(ctx.block);
  const offset = ctx.offset ?? Math.max(0, ctx.block.text.indexOf(ctx.text));
  const lower = lowerTiersIn(ctx.blocks);
  const env: Env = { blockFolded: b.blockFolded, mentions: b.mentions, block: ctx.block, blocks: ctx.blocks, headings: ctx.headings, leadIn: itemsLeadIn(ctx.leadIn), lowerTiers: lower, communeTiers: communeTiersIn(ctx.blocks), carriedTier: inheritedTier(ctx, b.blockFolded, lower) };
  return readSentence(ctx.text, ctx.folded, ctx.numbers, offset, env, true);
});

/** A late count: a figure and a late timeliness side by side ("126 hồ sơ giải quyết quá hạn", "trễ hạn 11 hồ sơ", "quá hạn: 05"). */
const LATE_COUNT = /\d[\d.]*\s*(?:ho so|hs)?(?:\s+(?:giai quyet|bi|da))?\s+(?:qua|tre|cham) (?:han|hen)(?![a-z])|(?<![a-z])(?:qua|tre|cham) (?:han|hen)\s*(?::|la)?\s*\d/;

/** Is a late count stated before the sentence's figure: earlier in it, in its paragraph, or in the paragraphs before it in its section? */
function lateCountBefore(env: Env, sentenceBefore: string, offset: number): boolean {
  if (LATE_COUNT.test(sentenceBefore) || LATE_COUNT.test(env.blockFolded.slice(0, offset))) return true;
  const blocks = env.blocks;
  if (!blocks) return false;
  const i = blockIndex(blocks, env.block);
  for (let k = i - 1; k >= Math.max(0, i - 4) && blocks[k]!.section === env.block.section && blocks[k]!.kind !== 'heading'; k--) {
    if (LATE_COUNT.test(fold(blocks[k]!.text))) return true;
  }
  return false;
}

/** A heading naming only a level of government ("Cấp xã", "Tại cấp huyện", "Các xã, thị trấn"). */
const LEVEL_HEADING = /^\W*(?:(?:tai|o|doi voi)\s+)?(?:cap (?:tinh|huyen|xa|thanh pho|thi xa|quan|phuong)(?:,? (?:xa|phuong|thi tran))*|(?:ubnd )?(?:cac )?(?:xa|phuong|thi tran)(?:,? (?:xa|phuong|thi tran))+)\W*$/;

/** A count of feedback ("05 phản ánh", "12 PAKN", "03 lượt phản ánh, kiến nghị"). */
// ("Phản ánh, kiến nghị về TTHC: không phát sinh." after a sentence on dossiers: a sentence labelled by feedback, likewise.)
const FEEDBACK_COUNTED = /\d\s*(?:luot |truong hop |y kien )?(?:phan anh|kien nghi|pakn)(?![a-z])|^\W*(?:(?:tiep nhan|xu ly|so|ket qua|tinh hinh)[a-z ,]{0,24}?)?(?:phan anh|pakn)\b[^:;\d]{0,60}:/;

function readSentence(text: string, folded: string, numbers: readonly NumberMention[], offset: number, env: Env, withPrevious: boolean): DossierReading[] {
  // "hồ sơ" said in the sentence, earlier in the paragraph or in the heading.
  const heading = env.headings[0] ?? '';
  // … or in the lead-in its list hangs from ("Kết quả giải quyết TTHC tháng 4: - Đã giải quyết: 3.180 (…)").
  const lead = env.leadIn?.folded ?? '';
  // … or in the sentence's own head before its colon ("Kết quả giải quyết TTHC 9 tháng: tiếp nhận 15.206; …").
  const colon = folded.indexOf(':');
  // ("Sở tiếp nhận 05 phản ánh, kiến nghị, đã trả lời 04, đang xử lý 01" after a sentence on dossiers: the bare figures after a
  // count of feedback, in a sentence naming no dossier, are the feedback's.)
  const sentenceHasHoSo =
    HO_SO.test(folded) ||
    (!FEEDBACK_COUNTED.test(folded) && HO_SO.test(env.blockFolded.slice(0, offset))) || HO_SO.test(heading) || PROCEDURE_RESULTS.test(heading) || HO_SO.test(lead) || PROCEDURE_RESULTS.test(lead) || (colon > 0 && PROCEDURE_RESULTS.test(folded.slice(0, colon))) ||
    // ("2. Kết quả giải quyết TTHC" then "c) Cấp xã": a heading naming only a level takes the topic of the heading above it.)
    (LEVEL_HEADING.test(heading) && (HO_SO.test(env.headings[1] ?? '') || PROCEDURE_RESULTS.test(env.headings[1] ?? '')));
  const drafts: Draft[] = [];
  numbers.forEach((mention, i) => {
    if (mention.percent) return;
    // "120 thủ tục không phát sinh hồ sơ": a zero phrase that is the predicate of counted procedures.
    if (mention.form === 'zero-phrase' && COUNTED_SUBJECT.test(folded.slice(Math.max(0, mention.start - 40), mention.start)) && !ALL_COUNTED.test(folded.slice(Math.max(0, mention.start - 40), mention.start))) return;
    // "không có hồ sơ nào bị trễ hạn do lỗi của cán bộ": none for one cause, no zero of them all.
    if (mention.form === 'zero-phrase' && ZERO_FOR_CAUSE.test(folded.slice(mention.end))) return;
    // "…; các lĩnh vực khác không có hồ sơ trễ hạn", "các đơn vị còn lại không có …": none for the rest, no zero of them all.
    if (mention.form === 'zero-phrase' && ZERO_OF_REST.test(folded.slice(Math.max(0, mention.start - 30), mention.start))) return;
    // "Phường 1 đạt 100%, Phường 2 …": the number of a ward's or a hamlet's name.
    if (afterPlaceWord(text, mention.start)) return;
    const windows = windowsOf(folded, numbers, i);
    // "Bình quân mỗi ngày tiếp nhận 300 hồ sơ": an average, not the period's count.
    // An opening average holds for its own clause: "Bình quân mỗi tháng tiếp nhận khoảng 1.200 hồ sơ; cả năm tiếp nhận 14.530 hồ sơ".
    if (AVERAGE.test(folded.slice(windows.left[0], mention.start)) || (AVERAGE_OPENING.test(folded) && !folded.slice(0, mention.start).includes(';'))) return;
    // "Đối với 45 hồ sơ trễ hạn, Sở đã gửi văn bản xin lỗi": the dossiers apologised for restate a count — but after the
    // apology, with no late count stated before them ("… đã gửi 27 thư xin lỗi đối với 27 hồ sơ giải quyết trễ hạn"), they are
    // that count, read from "đối với" on (the apology before it is no act on them).
    const apologisedFor = APOLOGISED_FOR.test(folded.slice(windows.left[0], mention.start)) && APOLOGY.test(folded);
    const cues = readCues(folded, apologisedFor ? { ...windows, left: [mention.start, mention.start] } : windows, mention.denominator !== undefined);
    // "Hộ tịch: 960/948/12 hồ sơ" under "(tiếp nhận/đã giải quyết/trễ hạn)": the k-th name's metric, else no reading.
    if (mention.slashList) {
      const named = slashListName(mention, folded.slice(0, mention.start), env.leadIn?.folded, env.headings[0]);
      if (!named) return;
      Object.assign(cues, { metric: named.metric, blocked: false, timing: false });
    }
    // "Số hồ sơ theo lĩnh vực (tiếp nhận/giải quyết): Đất đai 2.416/2.301; …": a pair under a header of two names is the first name's
    // (the header's bracket is masked from the cues), the second figure the second's (below).
    let paired = false;
    if (!cues.metric && mention.denominator !== undefined) {
      const pair = slashPair(text, folded, mention, env.leadIn?.folded);
      const own = pair ? findCues(pair.names[0], 0, pair.names[0].length).filter((c) => c.kind !== 'block').at(-1)?.metric : undefined;
      if (own) Object.assign(cues, { metric: own, blocked: false });
      paired = own !== undefined;
    }
    // "tỷ lệ đúng hạn đạt 98,6% (211/214 hồ sơ đã giải quyết)": the fraction counts the rate's dossiers; the noun after the denominator restates the whole.
    const rated = mention.denominator !== undefined && !cues.timing ? ratedTiming(folded, mention.start) : undefined;
    if (rated) Object.assign(cues, { metric: rated, timing: true, blocked: false });
    // "trước hạn, đúng hạn, trễ hạn tương ứng là 3.012; 1.204; 14": the k-th member's timeliness, not the lead's last.
    const timed = cues.timing || !cues.metric;
    const slot = timed || !mention.slashList ? respectiveSlot(folded, mention.start) : undefined;
    const member = slot && timed ? respectiveTiming(folded, slot) : undefined;
    if (member) cues.metric = withState(member, cues.pending ?? false);
    // ("Số hồ sơ tiếp nhận, đã giải quyết, đang giải quyết lần lượt là 500, 480 và 20": the k-th member's own verb, for a
    // bare member of the list — no cue of its own between "lần lượt" and it.)
    else if (slot && cues.metric && !mention.slashList) {
      const verb = findCues(folded, slot.after, mention.start).length === 0 ? respectiveVerb(folded, slot) : undefined;
      if (verb) cues.metric = verb;
    }
    if (cues.blocked) return;
    if (behindBlockedShare(folded, numbers, i)) return;
    // "tăng so với cùng kỳ năm trước (1.200 hồ sơ)": the figure compared with is another period's.
    // "15 TTHC phát sinh trên 1.000 hồ sơ/năm": a volume per period, not a count.
    if (PER_PERIOD.test(folded.slice(mention.end, mention.end + 20))) return;
    if (COMPARED.test(folded.slice(Math.max(0, mention.start - 50), mention.start)) || COMPARED_PERIOD.test(folded.slice(Math.max(0, mention.start - 50), mention.start)) || MORE_THAN_PERIOD.test(folded.slice(Math.max(0, mention.start - 50), mention.start)) || inOtherPeriodBracket(folded, mention.start)) return;
    // "Số hồ sơ quá hạn năm nay là 14 hồ sơ, năm trước là 49 hồ sơ": a clause naming the period before as its subject holds that period's figure.
    if (PREVIOUS_PERIOD_CLAUSE.test(folded.slice(Math.max(0, mention.start - 40), mention.start)) || previousPeriodOpening(folded, mention.start) || otherYearClause(folded, mention.start)) return;
    // "Hồ sơ trễ hạn giảm từ 45 hồ sơ (quý I) xuống còn 12 hồ sơ": the value a change starts from is another period's.
    if (CHANGED_FROM.test(folded.slice(Math.max(0, mention.start - 40), mention.start))) return;
    // "Đối với 45 hồ sơ trễ hạn, Sở đã gửi văn bản xin lỗi": the dossiers apologised for restate a count.
    // (A topic fronted before the apology restates one whatever comes before; after it, only a late count stated before.)
    if (apologisedFor && (!APOLOGY.test(folded.slice(0, mention.start)) || lateCountBefore(env, folded.slice(0, windows.left[0]), offset))) return;
    // "Lĩnh vực X: không phát sinh hồ sơ", "không nhận được hồ sơ nào": the zero's own verb.
    if (!cues.metric && mention.form === 'zero-phrase' && ZERO_INTAKE.test(folded.slice(mention.start, mention.end))) cues.metric = 'dossier.received';
    // "nhận 315 hồ sơ đăng ký dự tuyển, trong đó 298 hồ sơ đủ điều kiện": a part of files that are no dossiers.
    if (!cues.metric && partOfOtherFiles(folded, numbers, i)) return;
    const d: Draft = { mention, windows, pendingStated: cues.pending };
    // "- Đúng và trước hạn: 8.610" after a paragraph on hồ sơ: a timeliness is a dossier's.
    // ("- Đã giải quyết: 1.205" after an item on hồ sơ: a label that is only a verb on dossiers, likewise.)
    const hoSo = sentenceHasHoSo || (windows.unit === 'none' && (cues.timing || paired || (mention.start < 40 && VERB_LABEL.test(folded.slice(0, mention.start)))) && hoSoBefore(env.blocks, env.block));
    // "Số hồ sơ tiếp nhận trực tuyến, trực tiếp và qua BCCI lần lượt là 5.120, 1.304 và 56 hồ sơ".
    const listed = cues.metric ? undefined : respectiveMetric(folded, mention.start);
    if (listed && windows.unit === 'none' && sentenceHasHoSo) cues.metric = listed;
    // "Hồ sơ tập trung ở các lĩnh vực A, B và C, lần lượt là 210, 96 và 41 hồ sơ": the list's unit, written once after its last figure, is every member's.
    const sharesUnit = !cues.metric && !listed && windows.unit === 'none' && sentenceHasHoSo && listCountsDossiers(folded, mention.start);
    if (!sharesUnit && !isDossier(folded, windows, cues.metric !== undefined, hoSo)) {
      // Kept only if it turns out to be a part of a dossier whole.
      if (windows.unit === 'procedure' && BY_AUTHORITY.test(folded.slice(windows.right[0], windows.right[1]))) d.tentative = 'authority';
      else if (windows.unit === 'none' && sentenceHasHoSo) d.tentative = 'bare';
      else return;
    }
    if (cues.metric) {
      d.metric = cues.metric;
      d.source = 'own';
    } else {
      const concentrated = concentratedMetric(folded, mention.start) ?? concentratedUnderLead(env.leadIn, folded, mention.start) ?? labelBeforeBracket(folded, windows.left[0], mention.start) ?? listed ?? restatedMetric(folded, windows);
      if (concentrated) {
        d.metric = concentrated;
        d.source = 'own';
      }
    }
    drafts.push(d);
  });
  if (drafts.length === 0) return [];
  const markers: [number, number][] = [];
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(folded); m; m = MARKER.exec(folded)) markers.push([m.index, m.index + m[0].length]);
  let previous: DossierReading[] | null = null;
  const prevOf = (): DossierReading[] => (previous ??= withPrevious ? previousSentence(env, offset) : []);
  for (const d of [...drafts]) {
    const parent = parentOf(d, drafts, markers, folded, numbers, env, prevOf);
    const lead = d.metric ? undefined : leadMetric(text, folded, d.mention.start, env);
    if (d.tentative && !keepTentative(d, parent, lead, folded) && !listTail(d, drafts, folded)) {
      drafts.splice(drafts.indexOf(d), 1);
      continue;
    }
    if (!parent && d.metric === 'dossier.pending_on_time' && !d.pendingStated) {
      // "đã giải quyết 1.240 hồ sơ, trong hạn 1.236 hồ sơ, quá hạn 4 hồ sơ": a bare "trong hạn" right after the resolved is their on-time part.
      const prev = drafts[drafts.indexOf(d) - 1];
      const between = prev ? folded.slice(prev.windows.unitEnd, d.windows.left[0]) : '';
      if (prev && RESOLVED_WHOLES.has(prev.metric ?? '') && !prev.parent && /^[^\d.;()]*,[^\d.;()]*$/.test(between) && BARE_WITHIN.test(folded.slice(d.windows.left[0], d.mention.start))) {
        d.metric = 'dossier.resolved_on_time';
        d.source = 'parent';
        d.parent = prev;
      }
    }
    if (!parent && d.metric && TIMED.has(d.metric)) {
      // "đang xử lý 45 hồ sơ, trong đó chưa đến hạn: 42; quá hạn: 3": a timeliness after a ";"
      // that follows a part of a pending whole is one more of its parts.
      const prev = drafts[drafts.indexOf(d) - 1];
      const whole = prev?.parent;
      const between = prev ? folded.slice(prev.windows.unitEnd, d.windows.left[0]) : '';
      if (whole?.metric === 'dossier.pending' && prev!.metric !== 'dossier.pending' && /^[^\d.]*;[^\d.]*$/.test(between)) {
        d.metric = withState(d.metric, true);
        d.source = 'parent';
        d.parent = whole as Draft;
      } else if (PENDING_STATES.has(prev?.metric ?? '') && !d.pendingStated && /[;,][^\d;.]*$/.test(between) && !/\.\s/.test(between) && !DONE_VERB.test(folded.slice(d.windows.left[0], d.windows.right[1]))) {
        // "Hồ sơ đang giải quyết còn trong hạn là 86 hồ sơ, …; quá hạn 4 hồ sơ": a bare timeliness
        // after the pending dossiers' own timeliness is one more pending state.
        // ("số hồ sơ đang giải quyết trong hạn là 25 hồ sơ, quá hạn 05 hồ sơ": after a comma too.)
        d.metric = withState(d.metric, true);
      }
    }
    if (!parent && d.metric && !d.pendingStated && (TIMED.has(d.metric) || d.metric === 'dossier.pending_on_time')) {
      // "- Đang giải quyết: 42 hồ sơ" then "+ Quá hạn: 2 hồ sơ": a sub-item's timeliness is a state of the item above it.
      const state = parentItemState(env.blocks, env.block);
      if (state === 'pending') d.metric = withState(d.metric, true);
      else if (state === 'done' && d.metric === 'dossier.pending_on_time' && /^\W*trong (?:han|hen|thoi han)[\s:]*$/.test(folded.slice(d.windows.left[0], d.mention.start))) d.metric = 'dossier.resolved_on_time';
    }
    if (parent?.metric) {
      if ('windows' in parent || 'dims' in parent) d.parent = parent as Draft;
      if (!d.metric) {
        d.metric = parent.metric;
        d.source = 'parent';
      } else {
        // "… trả kết quả 349 hồ sơ, trong đó …, 7 hồ sơ đang giải quyết trong hạn": a clause saying pending is no part of a resolved whole.
        // "Tiếp nhận: 1.204 HS (tồn: 56 HS; mới: 1.148 HS)": a bare backlog word beside the new part of an intake is what was carried in.
        const m =
          INTAKE_WHOLES.has(parent.metric) && d.metric === 'dossier.pending' && BARE_BACKLOG.test(folded.slice(d.windows.left[0], d.mention.start))
            ? 'dossier.carried_over'
            : d.pendingStated
              ? d.metric
              : underParent(d.metric, parent.metric);
        if (m !== d.metric) {
          d.metric = m;
          d.source = 'parent';
        }
      }
    }
    if (d.source === 'parent') {
      const sibling = channelSibling(d, drafts, folded);
      if (sibling) d.metric = sibling.metric;
    }
    const labelEnv = { leadIn: env.leadIn?.folded, headings: env.headings };
    d.label = labelBefore(text, folded, d.windows.left[0], d.mention.start, labelEnv) ?? clauseLabel(text, d.mention.start, labelEnv) ?? (isItemBlock(env.block) && !laterField(env.blockFolded, offset + d.mention.start) ? itemLabel(env.block.text, labelEnv) : undefined);
    const total = d.metric ? undefined : totalOfParts(d, drafts, folded);
    if (total) {
      d.metric = total;
      d.source = 'own';
    }
    if (!d.metric) {
      const before = ellipsisOf(d, drafts, folded);
      if (before && !d.label?.field) {
        d.metric = before.metric;
        d.source = 'parent';
        d.parent = before;
      } else if (!lead && !d.label?.field && APOLOGY.test(folded)) {
        // "Đối với hồ sơ trễ hạn, các đơn vị đã xin lỗi (Sở A 15 hồ sơ, …)": bare counts of the dossiers apologised for restate late ones, no intake.
        drafts.splice(drafts.indexOf(d), 1);
        continue;
      } else {
        d.metric = lead?.metric ?? 'dossier.received';
        d.source = d.label?.field ? 'label' : lead ? 'lead' : 'default';
      }
    }
  }
  for (const d of drafts) {
    // "đúng hạn 1.200 hồ sơ trong tổng số 1.210 hồ sơ": the whole a part is counted in takes only its own words
    // ("… 401 hồ sơ quá hạn của toàn tỉnh", "… 1.210 hồ sơ đã giải quyết"), else it is the dossiers received.
    const part = drafts[drafts.indexOf(d) - 1];
    // ("gần 99% trong số hơn 52.000 hồ sơ mà Trung tâm tiếp nhận …": the whole of a share before it, likewise.)
    const share = numbers[numbers.indexOf(d.mention) - 1];
    const ofShare = share?.percent === true && WHOLE_OF_SHARE.test(folded.slice(share.end, d.mention.start));
    if (!ofShare && (!part || !IN_WHOLE.test(folded.slice(Math.max(0, d.mention.start - 16), d.mention.start)) || /[.;()]/.test(folded.slice(part.mention.end, d.mention.start)))) continue;
    const stop = folded.slice(d.windows.unitEnd).search(/[,;.()]/);
    const own = findCues(folded, d.windows.unitEnd, stop < 0 ? folded.length : d.windows.unitEnd + stop).find((c) => c.kind !== 'block');
    d.metric = own?.metric ?? 'dossier.received';
    d.source = 'own';
    delete d.parent;
  }
  // "còn 03 hồ sơ chuyển sang năm 2022 tiếp tục giải quyết do chưa đến hạn": the cause in the pending figure's own clause
  // says it is not yet due.
  for (const d of drafts) {
    if (d.metric === 'dossier.pending' && PENDING_NOT_DUE_CAUSE.test(folded.slice(d.windows.unitEnd))) d.metric = 'dossier.pending_on_time';
  }
  adjustWholes(drafts, folded);
  return drafts.filter((d) => !restatesBehindRate(d, drafts, folded)).flatMap((d) => {
    const dims = dimensionsOf(text, folded, offset, d, env);
    // "(trực tuyến 1.002 hồ sơ, trực tiếp và qua bưu chính 144 hồ sơ)": a part that joins two channels is none of them, and no whole.
    if (!dims.channel && d.parent && channelsIn(folded.slice(d.windows.left[0], d.mention.start)).length >= 2) return [];
    const reading: DossierReading = {
      mention: d.mention,
      // ("tiếp nhận mới trong kỳ: 3.845 hồ sơ (trực tuyến: 2.970; trực tiếp: 820)": a part of the new intake by the way it came
      // in is received through that channel, as the contract counts channels.)
      // (CONTRACT: dossier.new carries no channel — "Hồ sơ tiếp nhận mới gồm: trực tuyến 3.398 hồ sơ, …" likewise.)
      metric: d.metric === 'dossier.new' && dims.channel ? 'dossier.received' : d.metric!,
      source: d.source!,
      dims,
      windows: d.windows,
      fieldLabel: Boolean(d.label?.field) && dims.field === d.label?.field,
      confidence: CONFIDENCE[d.source!],
    };
    d.reading = reading;
    const listed = d.mention.slashList ? slashListName(d.mention, folded.slice(0, d.mention.start), env.leadIn?.folded, env.headings[0]) : undefined;
    if (listed?.dims.channel) dims.channel = listed.dims.channel;
    const pair = slashPair(text, folded, d.mention, env.leadIn?.folded);
    if (!pair) return [reading];
    // "trực tuyến/trực tiếp: 1.320/415": each figure takes its own name's metric and channel.
    const [a, b] = pair.names.map((name) => pairReading(name, reading.metric, dims));
    Object.assign(reading, a);
    return [reading, { ...reading, ...b!, mention: pair.second }];
  });
}

/** A rate, then the bracket a figure opens: "đạt tỷ lệ 99,53% (12.420/12.478 hồ sơ)". */
const AFTER_RATE_BRACKET = /%\s*\(\s*$/;

/**
 * The timeliness of the rate whose bracket a figure opens ("tỷ lệ giải quyết đúng hạn đạt 98,6% (211/214
 * hồ sơ đã giải quyết)" → on time), named in the rate's own clause.
 */
function ratedTiming(folded: string, at: number): DossierMetric | undefined {
  if (!AFTER_RATE_BRACKET.test(folded.slice(Math.max(0, at - 12), at))) return undefined;
  const pct = folded.lastIndexOf('%', at);
  const start = clauseStart(folded, pct);
  const own = findCues(folded, start, pct);
  let metric = own.filter((c) => c.kind === 'timing').at(-1)?.metric;
  // "Tỷ lệ giải quyết đúng hạn cấp huyện đạt 97,2% (…); cấp xã đạt 99,6% (9.812/9.851 hồ sơ)": a rate after ";" naming no cue of
  // its own goes on with the rate before it, its timeliness the last one named before that rate.
  if (!metric && own.length === 0 && folded[start - 1] === ';') {
    const before = folded.lastIndexOf('%', start - 1);
    const from = Math.max(folded.lastIndexOf('. ', before) + 1, 0);
    if (before >= 0 && !folded.slice(before, start).includes('. ')) metric = findCues(folded, from, before).filter((c) => c.kind === 'timing').at(-1)?.metric;
  }
  return metric && TIMED.has(metric) ? metric : undefined;
}

/**
 * "… đúng hạn là 12.420 hồ sơ, đạt tỷ lệ 99,53% (12.420/12.478 hồ sơ)": the count in the rate's
 * bracket restates the same figure stated before the rate — one record, not two.
 */
function restatesBehindRate(d: Draft, drafts: readonly Draft[], folded: string): boolean {
  if (!AFTER_RATE_BRACKET.test(folded.slice(Math.max(0, d.mention.start - 12), d.mention.start))) return false;
  return drafts.some((o) => o !== d && o.mention.end <= d.mention.start && o.metric === d.metric && o.mention.value === d.mention.value);
}

const INTAKE_WHOLES: ReadonlySet<string> = new Set(['dossier.received']);
/** "tồn:", "hồ sơ tồn", "còn tồn" alone as a figure's label. */
const BARE_BACKLOG = /^[\s,:]*(?:(?:so\s+)?(?:ho so|hs)\s+)?(?:con\s+)?ton(?:\s+lai)?[\s:]*(?:la\s*)?$/;

/** "trong (tổng) số", "trên tổng số" right before a figure: the whole the figure before is counted in. */
export const IN_WHOLE = /(?<![a-z])(?:trong|tren) (?:tong )?so\s*$/;
/** After a pending figure, in its clause: the cause that it is still within its time ("… do chưa đến hạn", "vì còn trong hạn"). */
const PENDING_NOT_DUE_CAUSE = /^[^,;.]*?\b(?:do|vi)\s+(?:van\s+)?(?:chua den (?:han|hen|thoi han)|con trong (?:han|hen|thoi han))\b/;
const PENDING_STATES: ReadonlySet<string> = new Set(['dossier.pending_on_time', 'dossier.pending_overdue']);
const RESOLVED_WHOLES: ReadonlySet<string> = new Set(['dossier.resolved', 'dossier.returned']);
/** "trong hạn" alone as a figure's label (not "còn / đang trong hạn", "chưa đến hạn"). */
const BARE_WITHIN = /^[\s,:]*(?:(?:giai quyet|xu ly|tra ket qua)\s+)?trong (?:han|hen|thoi han)[\s:]*(?:la\s*)?$/;
/** A verb of its own ("có 4 hồ sơ được giải quyết trễ hạn"): the figure says what was done, not a state. */
const DONE_VERB = /(?<![a-z])(?:giai quyet|xu ly|tra ket qua|tra kq|co ket qua|tiep nhan)(?![a-z])/;

// ("có 2 xã còn hồ sơ quá hạn là xã Mỹ Lộc (3 hồ sơ) …": "là" after a timeliness names where those dossiers are.)
// ("8 hồ sơ quá hạn chưa giải quyết tại các huyện Lạc Thủy (5 hồ sơ) và Yên Thủy (3 hồ sơ)": the bodies of a kind they are at.)
// ("Có 3/16 xã để xảy ra hồ sơ trễ hạn (xã An Lạc 4 hồ sơ, xã Bình Minh 2 hồ sơ)": a bracket opened right after the timeliness on a body
// or a lĩnh vực lists where they are — not one holding their fraction, "đúng hạn (860/860 hồ sơ)", or a state, "quá hạn (đã có kết quả)".)
const CONCENTRATED =
  /(?<![a-z])(?:(?:tap trung|chu yeu)(?: (?:chu yeu|nhieu|phan lon))? (?:o|tai|vao|thuoc)|tai cac(?= (?:huyen|quan|thi xa|thanh pho|xa|phuong|thi tran|so|nganh|co quan|don vi|phong)(?![a-z]))|nhu(?<!cung nhu)(?! (?:sau|cau|vay|tren|nhau|the|ke hoach|quy dinh))|(?:bao )?gom|la(?<=(?<![a-z])(?:han|hen) la))(?![a-z])|\((?<=(?<![a-z])(?:han|hen) \()(?=\s*(?:xa|phuong|thi tran|huyen|quan|thi xa|thanh pho|so|phong|ubnd|chi nhanh|trung tam|linh vuc)\s)/g;

/**
 * "Các hồ sơ chậm tập trung ở lĩnh vực A (9 hồ sơ)", "… quá hạn, tập trung ở lĩnh vực đất đai với
 * 3.950 hồ sơ", "Các cơ quan có hồ sơ quá hạn gồm: Sở A 19 hồ sơ", "còn hồ sơ trễ hạn như Sở B (15
 * hồ sơ)": a breakdown of where the sentence's dossiers fall keeps the metric they were counted
 * under (the last cue before "tập trung" / "như" / "gồm").
 */
function concentratedMetric(folded: string, at: number): DossierMetric | undefined {
  let stop = Math.max(folded.lastIndexOf(';', at), folded.lastIndexOf('. ', at));
  let last = lastMatchBefore(CONCENTRATED, folded, at, Math.max(0, stop));
  if (!last) {
    // ("Những lĩnh vực có số hồ sơ trễ hạn nhiều gồm: Đất đai 27 hồ sơ; Xây dựng 9 hồ sơ": a list after its colon goes on past its ";".)
    const sentence = folded.lastIndexOf('. ', at);
    const wider = lastMatchBefore(CONCENTRATED, folded, at, Math.max(0, sentence));
    if (!wider || !/^\s*:/.test(folded.slice(wider.index + wider[0].length))) return undefined;
    last = wider;
    stop = sentence;
  }
  // "Tiếp nhận 820 hồ sơ, gồm 700 …": after a stated whole, the figures are its parts (wholes.ts).
  if (!last[0].startsWith('tap') && !last[0].startsWith('chu') && !last[0].startsWith('tai') && last[0] !== 'la' && last[0] !== '(' && /\d/.test(folded.slice(Math.max(0, stop), last.index))) return undefined;
  // "… 42 hồ sơ, chiếm 0,3% tổng số hồ sơ đã giải quyết, chủ yếu thuộc …": the whole a share is of is no cue of the dossiers.
  const shares = [...folded.slice(0, last.index).matchAll(/(?<![a-z])chiem(?: ty le)?\s*[\d.,]+\s*%[^,;]*/g)].map((m) => [m.index, m.index + m[0].length] as const);
  const cue = findCues(folded, 0, last.index).filter((c) => c.kind !== 'block' && !shares.some(([a, b]) => c.start >= a && c.end <= b)).at(-1);
  return cue?.metric ?? undefined;
}

/** The same list written as items under a lead-in ending "… gồm:" ("- Đất đai 27 hồ sơ;"): read as the lead and the item inline. */
function concentratedUnderLead(leadIn: LeadIn | null, folded: string, at: number): DossierMetric | undefined {
  if (!leadIn || !/:\s*$/.test(leadIn.folded)) return undefined;
  return concentratedMetric(`${leadIn.folded} ${folded}`, leadIn.folded.length + 1 + at);
}

/**
 * "Trong đó: số hồ sơ mới tiếp nhận trực tuyến là 1.650 hồ sơ, trực tiếp và qua dịch vụ bưu chính
 * là 430 hồ sơ": a part labelled only by its channel, right after a part of the same whole
 * labelled by its channel and a kind of its own, is one more of that kind.
 */
function channelSibling(d: Draft, drafts: Draft[], folded: string): Draft | undefined {
  const prev = drafts[drafts.indexOf(d) - 1];
  if (!prev?.metric || prev.source !== 'own' || prev.parent !== d.parent || prev.metric === d.metric) return undefined;
  const [from, to] = d.windows.left;
  if (findCues(folded, from, to).length > 0 || channelsIn(folded.slice(from, to)).length === 0) return undefined;
  if (channelsIn(folded.slice(prev.windows.left[0], prev.windows.right[1])).length === 0) return undefined;
  return /[;.]/.test(folded.slice(prev.windows.unitEnd, from)) ? undefined : prev;
}

/**
 * "Tổng số hồ sơ tiếp nhận (kể cả hồ sơ tồn kỳ trước 35 hồ sơ) là 1.920 hồ sơ", "Tổng số hồ sơ đã
 * giải quyết (trực tuyến 2.016, trực tiếp 703): 2.719 hồ sơ": a figure right after a bracket takes
 * the verb of the label before the bracket, not a cue inside it — put in the state a bracket
 * without figures names ("Hồ sơ quá hạn (đang giải quyết): 03").
 */
function labelBeforeBracket(folded: string, leftStart: number, at: number): DossierMetric | undefined {
  if (folded[leftStart - 1] !== ')' || !/^\s*:?\s*(?:la|dat|co)?\s*:?\s*$/.test(folded.slice(leftStart, at))) return undefined;
  let depth = 0;
  let open = leftStart - 1;
  for (; open >= 0; open--) {
    if (folded[open] === ')') depth++;
    else if (folded[open] === '(' && --depth === 0) break;
  }
  if (open < 0) return undefined;
  const cues = findCues(folded, clauseStart(folded, open), open);
  const metric = cues.some((c) => c.kind === 'block') ? undefined : (cues.at(-1)?.metric ?? undefined);
  // "Hồ sơ quá hạn (đang giải quyết): 03 hồ sơ": a bracket with no figure states the label's state.
  if (!metric || /\d/.test(folded.slice(open, leftStart))) return metric;
  return withState(metric, findCues(folded, open + 1, leftStart - 1).some((c) => c.metric === 'dossier.pending'));
}

/**
 * "Lĩnh vực hộ tịch: 412 hồ sơ (…); lĩnh vực đất đai: 96 hồ sơ (trễ hạn 1 hồ sơ)": the label opening
 * the figure's own ";" clause, past the first, holds for its figures.
 */
function clauseLabel(text: string, at: number, env: LabelEnv): Label | undefined {
  const from = text.lastIndexOf(';', at - 1) + 1;
  return from > 0 ? itemLabel(text.slice(from, at), env) : undefined;
}

/**
 * A lĩnh vực named after the paragraph's opening label, before the figure (`folded`: the paragraph's; also in a later
 * sentence: "Lĩnh vực Hộ tịch: … . Lĩnh vực Chứng thực: …"): the opening label no longer holds.
 */
function laterField(folded: string, at: number): boolean {
  const colon = folded.indexOf(':');
  return colon >= 0 && colon < at && /(?<![a-z])linh vuc(?![a-z])/.test(folded.slice(colon, at));
}

/** "Các hồ sơ quá hạn (12 hồ sơ)": the timeliness or verb of the phrase a bracketed figure restates. */
function restatedMetric(folded: string, w: Windows): DossierMetric | undefined {
  const lead = bracketLead(folded, w);
  if (!lead) return undefined;
  const cues = findCues(folded, lead[0], lead[1]);
  if (cues.some((c) => c.kind === 'block')) return undefined;
  const pending = cues.some((c) => c.metric === 'dossier.pending');
  const timing = cues.filter((c) => c.kind === 'timing').at(-1)?.metric;
  if (timing) return withState(timing, pending);
  return cues.filter((c) => c.kind === 'verb').at(-1)?.metric ?? undefined;
}

/**
 * The metric the lead of a "lần lượt" list states for its figures: the k-th of the timeliness words it
 * lists ("trước hạn, đúng hạn, trễ hạn tương ứng là …"), else its last verb or timeliness — before
 * "lần lượt", else between it and the figures ("lần lượt tiếp nhận 12.000, …"), else after the list
 * ("… lần lượt có 120, 45 và 310 hồ sơ tiếp nhận").
 */
function respectiveMetric(folded: string, at: number): DossierMetric | undefined {
  const slot = respectiveSlot(folded, at);
  if (!slot) return undefined;
  const cues = findCues(folded, slot.from, slot.to);
  if (cues.some((c) => c.kind === 'block')) return undefined;
  const timings = cues.filter((c) => c.kind === 'timing');
  if (timings.length >= 2 && new Set(timings.map((c) => c.metric)).size === timings.length) return timings[slot.k]?.metric ?? undefined;
  const verb = respectiveVerb(folded, slot);
  if (verb) return verb;
  const own = timings.at(-1)?.metric ?? cues.at(-1)?.metric ?? findCues(folded, slot.after, slot.first).at(-1)?.metric;
  if (own) return own;
  const rest = folded.slice(slot.first);
  const end = rest.search(/[;.]\s|[;.]?$/);
  const tail = findCues(folded, slot.first, slot.first + (end < 0 ? rest.length : end));
  return tail.some((c) => c.kind === 'block') ? undefined : (tail.at(-1)?.metric ?? undefined);
}

/** Only figures and their separators, then "hồ sơ": the rest of a "lần lượt" list from one of its figures on. */
const LIST_OF_DOSSIERS = /^\d[\d.,]*(?:\s*(?:,|;|va)\s*\d[\d.,]*)+\s*(?:ho so|hs)(?![a-z])/;

/** Is the figure at `at` a member of a "lần lượt" list whose last figure counts hồ sơ? */
function listCountsDossiers(folded: string, at: number): boolean {
  return respectiveSlot(folded, at) !== undefined && LIST_OF_DOSSIERS.test(folded.slice(at, at + 80));
}

/** Is the figure at `i` a part ("trong đó", "gồm") of a figure counting other files ("hồ sơ dự tuyển", "hồ sơ công việc")? */
function partOfOtherFiles(folded: string, numbers: readonly NumberMention[], i: number): boolean {
  const at = numbers[i]!.start;
  const marker = lastMatchBefore(MARKER, folded, at);
  if (!marker || /[;.]/.test(folded.slice(marker.index, at))) return false;
  const whole = numbers.slice(0, i).filter((n) => n.end <= marker!.index).at(-1);
  return whole !== undefined && !/[;.]/.test(folded.slice(whole.end, marker.index)) && otherFilesAfter(folded, whole.end);
}

/** The readings of the sentence before `offset` in the same block (for "Trong đó, …" openers). */
function previousSentence(env: Env, offset: number): DossierReading[] {
  const before = env.block.text.slice(0, offset);
  const last = splitSentences(before).at(-1);
  if (!last) return [];
  const numbers = dropNonFigures(last.text, findNumbers(last.text));
  if (numbers.length === 0) return [];
  return readSentence(last.text, fold(last.text), numbers, last.start, env, false);
}

/**
 * "hồ sơ nộp trực tuyến 3.400, nộp trực tiếp 1.500, qua BCCI 100.": a bare figure that ends its
 * clause, labelled like the counted figure before it in the same list, is one more of them.
 */
function listTail(d: Draft, drafts: Draft[], folded: string): boolean {
  if (d.tentative !== 'bare' || folded.slice(d.windows.unitEnd, d.windows.right[1]).trim() !== '') return false;
  if (!/[a-z]/.test(folded.slice(d.windows.left[0], d.mention.start))) return false; // a label of its own
  if (ellipsisOf(d, drafts, folded) !== undefined) return true;
  // ("… gồm: Đất đai 27 hồ sơ; Xây dựng 9 hồ sơ; Tư pháp - hộ tịch 3.": the last part of a list after its colon, in the
  // list's metric, its unit left out — a name alone between it and the counted part before.)
  const prev = drafts[drafts.indexOf(d) - 1];
  return (
    prev !== undefined &&
    d.metric !== undefined &&
    prev.metric === d.metric &&
    prev.windows.unit !== 'none' &&
    COLON_LIST_TAIL.test(folded.slice(prev.windows.unitEnd, d.mention.start)) &&
    folded.lastIndexOf(':', prev.mention.start) > folded.lastIndexOf('. ', prev.mention.start)
  );
}

/** A ";" then a name with no figure, cue or clause of its own, up to the figure. */
const COLON_LIST_TAIL = /^\s*;\s*[^\d;:.()]{2,60}$/;
