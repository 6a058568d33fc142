import { defineCheck, type CheckContext } from '../check.ts';
import { defaultsOf } from '../config.ts';
import { decimalsOfValue } from '../figures.ts';
import { dimsPhrase, metricLabel, opening, percent, sharedDimensions, vn, where } from '../labels.ts';
import { exact, factsBySentence, windowOf, type Fact, type ReportView } from '../report-view.ts';
import { partner as findPartner, recordKey, sameFactScope, type PartnerOptions } from '../scope.ts';
import { listOrTableBlocks } from '../blocks.ts';
import { findNumbers } from '../../text/numbers.ts';
import { fold } from '../../text/normalize.ts';
import { factsOf } from '../facts-by-metric.ts';
import { sameScopeOf } from '../period-scope.ts';

const id = 'rate-mismatch';

/**
 * The part a rate is of, for its message (" cấp xã", " của Chi cục Thủy sản", " toàn trình"): the
 * rate's own dimensions, else those all the counts it is checked with share.
 */
function partOf(rate: Fact, counts: readonly Fact[]): string {
  const own = dimsPhrase(rate.record.dimensions);
  return own !== '' ? own : dimsPhrase(sharedDimensions(counts.map((f) => f.record)));
}

interface Ratio {
  /** Figures added up for the numerator; with `minus`, the numerator is num[0] − minus. */
  num: Fact[];
  minus?: Fact;
  /** Figures added up for the denominator (one stated total, or the parts of an unstated one). */
  den: Fact[];
  /** A denominator written as a fraction's ("24/30 TTHC"), not read as a record: used instead of `den`. */
  over?: number;
}

/** "/30", "/ 5.650", " hồ sơ/2.380" right after a figure, not a date's ("24/12/2023"). */
const OVER_RE = /^\s*(?:hồ sơ|thủ tục|TTHC)?\s*\/\s*(\d{1,3}(?:\.\d{3})+|\d+)(?![\d,/])/iu;

/**
 * The denominator written after a count as a fraction ("24/30 TTHC được cung cấp trực tuyến",
 * "đúng hạn 4.561/5.650 hồ sơ", "(2.310 hồ sơ/2.380 hồ sơ)"): CONTRACT §3 reads the numerator only, the denominator restates
 * a whole. Null when the count is not written as a fraction.
 */
function writtenOver(f: Fact): number | null {
  if (!f.figure) return null;
  if (f.figure.over !== undefined) return f.figure.over > 0 ? f.figure.over : null;
  const m = OVER_RE.exec(f.record.text.slice(f.figure.end, f.figure.end + 24));
  if (!m) return null;
  const over = Number(m[1]!.replace(/\./g, ''));
  return over > 0 ? over : null;
}

/** The share of a count of the rate's sentence written as a fraction, as a reading of the rate. */
function fractionRatio(rate: Fact, num: Fact | null): Ratio | null {
  if (!num || num.sentence !== rate.sentence) return null;
  const over = writtenOver(num);
  return over === null ? null : { num: [num], den: [], over };
}

/** Half a unit of the rate's last written digit: "98,5%" → 0.05, "100%" → 0.5. */
export function halfUnit(f: Fact): number {
  return 0.5 * 10 ** -decimalsOf(f);
}

function decimalsOf(f: Fact): number {
  return f.figure ? f.figure.decimals : decimalsOfValue(f.record.value);
}

const ON_TIME_COUNTS = ['dossier.resolved_on_time', 'dossier.resolved_early'];
const LATE_COUNTS = ['dossier.resolved_late'];
/** Counts a fraction right after a dossier rate may have been read as. */
const DOSSIER_COUNTS = ['dossier.resolved_on_time', 'dossier.resolved_early', 'dossier.resolved_late', 'dossier.resolved', 'dossier.received'];

/** The count of `metrics` opening an aside right after the rate ("đạt 100% (495/500)", "99,2% (1.240 hồ sơ)"), or null. */
function asideCount(v: ReportView, rate: Fact, metrics: readonly string[]): Fact | null {
  const at = rate.figure?.end;
  if (at === undefined) return null;
  for (const f of factsBySentence(v).get(rate.sentence) ?? []) {
    if (!f.figure || f.figure.start <= at || f.record.qualifier !== undefined || !metrics.includes(f.record.metric)) continue;
    if (/^\s*%?\s*\(\s*$/.test(f.folded.slice(at, f.figure.start))) return f;
  }
  return null;
}

/** Right after a rate: the procedures that qualify ("100% TTHC đủ điều kiện", "100% (218/218) thủ tục đủ điều kiện"). */
const ELIGIBLE_AFTER = /^\s*%?\s*(?:\([^)]{0,20}\)\s*)?(?:(?:so )?(?:tthc|thu tuc(?: hanh chinh)?|dich vu cong|dvc)\s*(?:\([^)]{0,20}\)\s*)?)?du dieu kien(?![a-z])/;

/** The rate is a share of the procedures that qualify to be offered online, not of all of them. */
function ofEligible(rate: Fact): boolean {
  const end = rate.figure?.end;
  if (end === undefined) return false;
  if (ELIGIBLE_AFTER.test(rate.folded.slice(end, end + 60))) return true;
  // ("số TTHC đủ điều kiện cung cấp trực tuyến toàn trình là 612 thủ tục, đã cung cấp 598 thủ tục (đạt 97,7%)": the procedures
  // that qualify, named in the rate's own clause, are its base.)
  const start = rate.figure!.start;
  return ELIGIBLE_IN_CLAUSE.test(rate.folded.slice(rate.folded.lastIndexOf(';', start) + 1, start));
}

/** The procedures that qualify, named anywhere in a clause. */
const ELIGIBLE_IN_CLAUSE = /(?<![a-z])du dieu kien(?![a-z])/;

/** What a rate's partners are looked for with: its own paragraph only. */
const BLOCK_ONLY: PartnerOptions = Object.freeze({ blockOnly: true });

/**
 * The one figure of `metric` in the other items of the rate's list (see listBlocks) with the
 * rate's dimensions (but those in `opts`) and period, when its paragraph states none; null when
 * none or several values.
 */
/** Words that give a rate a scope of its own: a territory, a tier, a body, a period, a running total, a part. */
const OWN_SCOPE = /(?<![a-z])(?:toan|cap (?:tinh|huyen|xa)|luy ke|tu dau nam|rieng|trong do|chung|cua|tai|binh quan|trung binh|thang|quy|nam)(?![a-z])/;

/**
 * The paragraph before a rate standing alone in its own ("Đã giải quyết 1.500 hồ sơ, trong đó
 * đúng hạn 1.450 hồ sơ." / "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,5%."): the rate's paragraph
 * states no count and gives the rate no scope of its own, the paragraph before is of its section.
 * -1 otherwise.
 */
function countsBefore(v: ReportView, rate: Fact): number {
  const b = rate.block;
  if (b < 1 || v.blocks[b]!.kind !== 'paragraph' || v.blocks[b - 1]!.kind !== 'paragraph') return -1;
  if (v.blocks[b - 1]!.section !== v.blocks[b]!.section) return -1;
  if (v.facts.some((f) => f.block === b && f.record.unit !== 'percent')) return -1;
  if (OWN_SCOPE.test(v.folded[b]!)) return -1;
  return b - 1;
}

/** The one figure of `metric` in the paragraph before a lone rate (see countsBefore), as listPartner reads a list. */
function partnerBefore(v: ReportView, rate: Fact, metric: string, opts: PartnerOptions = {}): Fact | null {
  const before = countsBefore(v, rate);
  if (before < 0) return null;
  const ignore = [...(opts.ignore ?? []), ...(opts.unset ?? [])];
  const found = (factsOf(v, metric)?.block.get(before) ?? []).filter(
    (f) =>
      f.record.qualifier === undefined &&
      (opts.unset ?? []).every((k) => f.record.dimensions[k] === undefined) &&
      sameScopeOf(v, rate, f) &&
      sameFactScope(rate, f, ignore),
  );
  if (found.length === 0 || found.some((f) => f.record.value !== found[0]!.record.value)) return null;
  return found[0]!;
}

/** "cấp huyện", "của cấp xã": the level a rate is of, which its dimensions hold (see listBefore). */
const LEVEL_WORDS = /(?<![a-z])(?:(?:cua|tai|o) )?cap (?:tinh|huyen|xa)(?![a-z])/g;

/**
 * A rate opening the paragraph right after a bulleted list or a table that states its counts ("- Cấp huyện: đã giải
 * quyết 3.350 hồ sơ (đúng hạn 3.301 hồ sơ …)" / "Tỷ lệ hồ sơ cấp huyện giải quyết đúng hạn đạt 99,5%."; a table's row
 * "| Cấp huyện | 4.538 | 4.512 | … |" / "Ở cấp huyện, số hồ sơ quá hạn là 45 hồ sơ, chiếm 0,3% số hồ sơ đã giải
 * quyết"): the one figure of `metric` in the list's items or the table's rows with the rate's dimensions (its level
 * among them) and period, when the rate's paragraph states none of it and its sentence gives it no scope of its own but
 * its level.
 */
function listBefore(v: ReportView, rate: Fact, metric: string, opts: PartnerOptions = {}): Fact | null {
  const b = rate.block;
  const kind = b < 1 ? undefined : v.blocks[b - 1]!.kind;
  if (b < 1 || v.blocks[b]!.kind !== 'paragraph' || (kind !== 'listItem' && kind !== 'tableRow') || v.blocks[b - 1]!.section !== v.blocks[b]!.section) return null;
  const byBlock = factsOf(v, metric)?.block;
  if (!byBlock || (byBlock.get(b) ?? []).length > 0) return null;
  const own = rate.record.dimensions.tier === undefined ? rate.folded : rate.folded.replace(LEVEL_WORDS, ' ');
  if (OWN_SCOPE.test(own)) return null;
  const ignore = [...(opts.ignore ?? []), ...(opts.unset ?? [])];
  const found: Fact[] = [];
  for (let i = b - 1; i >= 0 && v.blocks[i]!.kind === kind && v.blocks[i]!.section === v.blocks[b]!.section; i--) {
    for (const f of byBlock.get(i) ?? []) {
      if (f.record.qualifier === undefined && (opts.unset ?? []).every((k) => f.record.dimensions[k] === undefined) && sameScopeOf(v, rate, f) && sameFactScope(rate, f, ignore)) found.push(f);
    }
  }
  if (found.length === 0 || found.some((f) => f.record.value !== found[0]!.record.value)) return null;
  return found[0]!;
}

/** A rate's sentence naming the whole it is a share of ("chiếm 0,5% tổng số hồ sơ đã giải quyết"), by the whole's metric. */
const BASE_NAMED: { readonly [metric: string]: RegExp } = {
  'dossier.resolved': /(?<![a-z])tong so (?:ho so )?(?:da )?giai quyet(?![a-z])/,
  'dossier.received': /(?<![a-z])tong so (?:ho so )?(?:da )?tiep nhan(?![a-z])/,
  'procedure.total': /(?<![a-z])tong so (?:tthc|thu tuc)(?![a-z])/,
};

/**
 * The whole a rate's sentence names, stated in the paragraph before when its own states none of
 * it ("Năm 2024, Sở đã giải quyết 4.800 hồ sơ." / "Số hồ sơ quá hạn là 96 hồ sơ, chiếm 0,5% tổng
 * số hồ sơ đã giải quyết."; "Sở có 120 TTHC." / "… 84 TTHC toàn trình, đạt 70% tổng số TTHC"): the
 * one figure of `metric` there, of the rate's scope and period.
 */
function namedBaseBefore(v: ReportView, rate: Fact, metric: string, opts: PartnerOptions = {}): Fact | null {
  const named = BASE_NAMED[metric];
  const b = rate.block;
  if (!named || b < 1 || !named.test(rate.folded)) return null;
  if (v.blocks[b]!.kind !== 'paragraph' || v.blocks[b - 1]!.kind !== 'paragraph' || v.blocks[b - 1]!.section !== v.blocks[b]!.section) return null;
  const byBlock = factsOf(v, metric)?.block;
  if (!byBlock || (byBlock.get(b) ?? []).length > 0) return null;
  const ignore = [...(opts.ignore ?? []), ...(opts.unset ?? [])];
  const found = (byBlock.get(b - 1) ?? []).filter(
    (f) =>
      f.record.qualifier === undefined &&
      (opts.unset ?? []).every((k) => f.record.dimensions[k] === undefined) &&
      sameScopeOf(v, rate, f) &&
      sameFactScope(rate, f, ignore),
  );
  if (found.length === 0 || found.some((f) => f.record.value !== found[0]!.record.value)) return null;
  return found[0]!;
}

function listPartner(v: ReportView, rate: Fact, metric: string, opts: PartnerOptions = {}): Fact | null {
  // (or the other rows of its table: "| Tỷ lệ đúng hạn (%) | 99,64 | 100 |" under the rows of the counts by level)
  const blocks = listOrTableBlocks(v, rate.block);
  if (blocks.length === 0) return null;
  const byBlock = factsOf(v, metric)?.block;
  if (!byBlock) return null;
  const ignore = [...(opts.ignore ?? []), ...(opts.unset ?? [])];
  const found = blocks.flatMap((b) => byBlock.get(b) ?? []).filter(
    (f) =>
      f.record.qualifier === undefined &&
      (opts.unset ?? []).every((k) => f.record.dimensions[k] === undefined) &&
      sameScopeOf(v, rate, f) &&
      sameFactScope(rate, f, ignore),
  );
  if (found.length === 0 || found.some((f) => f.record.value !== found[0]!.record.value)) return null;
  return found[0]!;
}

/** The one figure of `metric` at `level` in the rate's paragraph with the rate's other dimensions and period; null when none or several values. */
function levelPartner(v: ReportView, rate: Fact, metric: string, level: string): Fact | null {
  const found = (factsOf(v, metric)?.block.get(rate.block) ?? []).filter(
    (f) =>
      rate.block >= 0 &&
      f.record.qualifier === undefined &&
      f.record.dimensions.level === level &&
      sameScopeOf(v, rate, f) &&
      sameFactScope(rate, f, ['level']),
  );
  if (found.length === 0 || found.some((f) => f.record.value !== found[0]!.record.value)) return null;
  return found[0]!;
}

/** Levels that together make the procedures offered online: full and partial, or levels 3 and 4. */
const LEVEL_PAIRS = [['full', 'partial'], ['3', '4']];

const sum = (fs: Fact[]) => fs.reduce((s, f) => s + f.record.value, 0);
const some = (...fs: (Fact | null)[]) => fs.filter((f): f is Fact => f !== null);

/**
 * The readings of a rate: which counts it may be the share of. `basis` readings use resolved
 * (stated, or made of its stated parts) and may raise a flag; the others (received as the
 * base, the share of the count written just before the rate) only excuse one.
 */
function ratios(ctx: CheckContext, rate: Fact): { basis: Ratio[]; excuses: Ratio[] } {
  const v = ctx.view;
  const m = rate.record.metric;
  // a rate is compared with the counts of its own paragraph, or of its bulleted list's other items
  const partner = (anchor: Fact, metric: string, opts?: PartnerOptions, level?: string) =>
    level === undefined
      ? (findPartner(v, anchor, metric, opts === undefined ? BLOCK_ONLY : { ...opts, blockOnly: true }) ??
        listPartner(v, anchor, metric, opts) ??
        partnerBefore(v, anchor, metric, opts) ??
        listBefore(v, anchor, metric, opts) ??
        // the procedures' total is asked for with its level unset
        (opts === undefined || metric === 'procedure.total' ? namedBaseBefore(v, anchor, metric, opts) : null))
      : levelPartner(v, anchor, metric, level);
  const basis: Ratio[] = [];
  const excuses: Ratio[] = [];
  if (m === 'procedure.online_rate') {
    const n = partner(rate, 'procedure.online');
    // "100% TTHC đủ điều kiện đã được cung cấp trực tuyến toàn trình": a share of the procedures that qualify, a
    // count no record holds — not of the stated total (a fraction written beside it is still its ratio)
    const d = ofEligible(rate) ? null : partner(rate, 'procedure.total', { unset: ['level'] });
    if (n && d) basis.push({ num: [n], den: [d] });
    // "mức độ 3: 50 thủ tục, mức độ 4: 90 thủ tục; tỷ lệ TTHC mức độ 3, mức độ 4 đạt 70%": the two levels together
    if (!n && d && rate.record.dimensions.level === '3-4') {
      const levels = ['3', '4'].map((level) => partner(rate, 'procedure.online', { ignore: ['level'] }, level));
      if (levels.every((f) => f !== null)) basis.push({ num: levels as Fact[], den: [d] });
    }
    // "71 TTHC toàn trình, 18 TTHC một phần; tỷ lệ TTHC cung cấp trực tuyến đạt 90,8%": a rate of
    // no level is the share of the procedures online at either level of a pair its paragraph states
    // (one level's share alone excuses it: the level may have gone unread)
    if (!n && d && rate.record.dimensions.level === undefined) {
      for (const pair of LEVEL_PAIRS) {
        const levels = pair.map((level) => partner(rate, 'procedure.online', { ignore: ['level'] }, level));
        if (levels.some((f) => f === null)) continue;
        basis.push({ num: levels as Fact[], den: [d] });
        for (const f of levels as Fact[]) excuses.push({ num: [f], den: [d] });
      }
    }
    const fraction = fractionRatio(rate, n);
    if (fraction) basis.push(fraction);
    // "78 TTHC toàn trình và 40 TTHC một phần trên tổng số 150 TTHC, đạt tỷ lệ 78,7%": the share
    // of the procedures offered online at every level the rate's sentence names
    const online = d ? (factsBySentence(v).get(rate.sentence) ?? []).filter((f) => f.record.metric === 'procedure.online' && f.record.qualifier === undefined) : [];
    if (d && online.length > 1) excuses.push({ num: online, den: [d] });
    return { basis, excuses };
  }
  const s = partner(rate, 'dossier.resolved');
  const r = partner(rate, 'dossier.received');
  const t = partner(rate, 'dossier.resolved_on_time');
  const e = partner(rate, 'dossier.resolved_early');
  const l = partner(rate, 'dossier.resolved_late');
  // resolved as stated, or made of its stated parts (on time (+ early) + late)
  const dens: Fact[][] = some(s).map((f) => [f]);
  if (t && l) dens.push([t, l], ...(e ? [[e, t, l]] : []));
  const nums: Fact[][] = [];
  if (m === 'dossier.late_rate') {
    if (l) nums.push([l]);
  } else {
    if (t) nums.push([t]);
    if (t && e) nums.push([t, e]);
    if (e && (!t || /truoc han/.test(windowOf(rate)))) nums.push([e]);
    if (nums.length === 0 && l && s) basis.push({ num: [s], minus: l, den: [s] });
  }
  // "đạt 100% (495/500)": the count opening an aside right after the rate is its numerator, of
  // another scope to the partner search (a part, not the total restated)
  if (nums.length === 0) {
    const aside = asideCount(v, rate, m === 'dossier.late_rate' ? LATE_COUNTS : ON_TIME_COUNTS);
    if (aside) nums.push([aside]);
    // a fraction opening the aside is the rate's ratio whatever count its numerator was read as
    // ("đạt 99,5% (1.195/1.210 hồ sơ đã giải quyết)", the 1.195 read as resolved)
    const written = aside ? null : fractionRatio(rate, asideCount(v, rate, DOSSIER_COUNTS));
    if (written) basis.push(written);
  }
  for (const den of dens) for (const num of nums) basis.push({ num, den });
  for (const num of nums) {
    const fraction = num.length === 1 ? fractionRatio(rate, num[0]!) : null;
    if (fraction) basis.push(fraction);
  }
  // "… 3.254 hồ sơ đúng hạn, chiếm 18,4%": the share of the count just before it
  // a fact of the rate's clause is one of its sentence
  const before = (factsBySentence(v).get(rate.sentence) ?? [])
    .findLast((f) => f.clause === rate.clause && f.at < rate.at && f.record.unit !== 'percent' && f.record.qualifier === undefined);
  const allDens = [...dens, ...some(r).map((f) => [f])];
  for (const den of allDens) {
    for (const num of nums) excuses.push({ num, den });
    if (before && !den.includes(before)) excuses.push({ num: [before], den });
  }
  // "số hồ sơ đến hạn giải quyết là 2.300 hồ sơ, … đúng hạn 2.277 hồ sơ, đạt 99%": the share of the dossiers due
  const late = m === 'dossier.late_rate';
  for (const over of dueCounts(v, rate)) for (const num of late ? some(l).map((f) => [f]) : nums) excuses.push({ num, den: [], over });
  return { basis, excuses };
}

/** Right before a count: the dossiers due ("số hồ sơ đến hạn giải quyết là"), not those not yet due ("chưa đến hạn"). */
const DUE_BEFORE = /(?<![a-z])(?<!chua )den han(?: giai quyet| tra ket qua| xu ly)?(?: la|:)?\s*$/;

/** The counts of dossiers due written in the rate's paragraph, read as no record: a base on-time rates are given over. */
function dueCounts(v: ReportView, rate: Fact): number[] {
  if (rate.block < 0) return [];
  const before = countsBefore(v, rate);
  const texts = [v.blocks[rate.block]!.text, ...(before >= 0 ? [v.blocks[before]!.text] : [])];
  return texts.flatMap((text) => (DUE.test(fold(text)) ? dueIn(text) : []));
}

/** "đến hạn" said at all: the cheap test before the figures are looked at. */
const DUE = /(?<![a-z])den han(?![a-z])/;

function dueIn(text: string): number[] {
  return findNumbers(text)
    .filter((n) => !n.percent && DUE_BEFORE.test(fold(text.slice(Math.max(0, n.start - 40), n.start))))
    .map((n) => n.value);
}

function denOf(r: Ratio): number {
  return r.over ?? sum(r.den);
}

function value(r: Ratio): number {
  const num = r.minus ? r.num[0]!.record.value - r.minus.record.value : sum(r.num);
  return (num / denOf(r)) * 100;
}

function describe(r: Ratio): string {
  const group = (fs: Fact[]) => (fs.length > 1 ? `(${fs.map((f) => vn(f.record.value)).join(' + ')})` : vn(fs[0]!.record.value));
  const num = r.minus ? `(${vn(r.num[0]!.record.value)} − ${vn(r.minus.record.value)})` : group(r.num);
  return `${num} / ${r.over === undefined ? group(r.den) : vn(r.over)}`;
}

/**
 * The on-time and late rates of one paragraph are shares of the same resolved dossiers: together
 * they cannot pass 100% beyond the rounding of their last written digits ("đúng hạn đạt 98,5%,
 * trễ hạn 2,5%"), whatever counts are stated or not.
 */
function overHundred(ctx: CheckContext, mismatched: ReadonlySet<number>): void {
  for (const late of exact(ctx.view, 'dossier.late_rate')) {
    const onTime = findPartner(ctx.view, late, 'dossier.on_time_rate', BLOCK_ONLY);
    if (!onTime || mismatched.has(late.index) || mismatched.has(onTime.index)) continue;
    const total = onTime.record.value + late.record.value;
    const slack = ctx.settings.tolerance ?? halfUnit(onTime) + halfUnit(late);
    if (total <= 100 + slack + 1e-9) continue;
    const sum = Math.round(total * 100) / 100;
    ctx.report({
      message: 'over100',
      data: { onTime: percent(onTime.record.value), late: percent(late.record.value), sum: percent(sum), of: partOf(onTime, [onTime, late]), where: where(late.record.section) },
      records: [onTime.index, late.index],
      expected: 100,
      actual: sum,
      place: late.index,
      cause: onTime.index,
      keys: ['over100', recordKey(onTime.record), recordKey(late.record)],
    });
  }
}

/**
 * The stated rate agrees with a computed one when it is the computed one rounded to the written
 * digit (± half a unit) or cut there (reports often truncate: 98,9456… written "98,94%").
 */
export function agrees(stated: number, computed: number, decimals: number, tolerance: number | null): boolean {
  if (tolerance !== null) return Math.abs(computed - stated) <= tolerance + 1e-9;
  const unit = 10 ** -decimals;
  return Math.abs(computed - stated) <= unit / 2 + 1e-9 || (computed >= stated - 1e-9 && computed < stated + unit);
}

export default defineCheck({
  id,
  description: 'A stated rate disagrees with the counts it is a rate of, beyond rounding of its last written digit.',
  ...defaultsOf(id),
  messages: {
    mismatch: '{{label}} ghi {{stated}} nhưng {{ratio}} = {{computed}} — {{where}}',
    over100: 'Tỷ lệ giải quyết đúng hạn{{of}} ({{onTime}}) + tỷ lệ giải quyết quá hạn ({{late}}) = {{sum}}, vượt quá 100% — {{where}}',
  },
  check(_records, ctx) {
    // rates found to disagree with their counts: the sum of two rates is not reported on top
    const mismatched = new Set<number>();
    const rates = ['dossier.on_time_rate', 'dossier.late_rate', 'procedure.online_rate'].flatMap((m) => exact(ctx.view, m));
    for (const rate of rates) {
      const { basis, excuses } = ratios(ctx, rate);
      const candidates = basis.filter((r) => denOf(r) > 0);
      if (candidates.length === 0) continue;
      const decimals = decimalsOf(rate);
      const ok = (r: Ratio) => denOf(r) > 0 && agrees(rate.record.value, value(r), decimals, ctx.settings.tolerance);
      if (candidates.some(ok) || excuses.some(ok)) continue;
      // the reading the rate's words name ("đúng và trước hạn": with the early ones), then the one nearest the stated rate, the
      // first of equals ("tỷ lệ đúng và trước hạn 99,38%" beside early 1.402 and on time 385: (385 + 1.402) / 1.790, not the
      // on-time part's 385 / 1.790 = 21,51%)
      const wantsEarly = rate.record.metric === 'dossier.on_time_rate' && /truoc han/.test(windowOf(rate));
      const worse = (c: Ratio) => (wantsEarly && !c.num.some((f) => f.record.metric === 'dossier.resolved_early') ? 1 : 0);
      const off = (c: Ratio) => Math.abs(value(c) - rate.record.value);
      let best = candidates[0]!;
      for (const c of candidates) if (worse(c) < worse(best) || (worse(c) === worse(best) && off(c) < off(best))) best = c;
      mismatched.add(rate.index);
      const computed = Math.round(value(best) * 100) / 100;
      const involved = [...new Set([rate, ...best.num, ...(best.minus ? [best.minus] : []), ...best.den])];
      ctx.report({
        message: 'mismatch',
        data: {
          label: opening(metricLabel(rate.record.metric) + partOf(rate, involved.slice(1))),
          stated: percent(rate.record.value),
          ratio: describe(best),
          computed: percent(computed),
          where: where(rate.record.section),
        },
        records: involved.map((f) => f.index),
        expected: computed,
        actual: rate.record.value,
        place: rate.index,
        cause: involved.slice(1).map((f) => f.index),
        keys: involved.map((f) => recordKey(f.record)),
      });
    }
    overHundred(ctx, mismatched);
  },
  examples: {
    valid: [
      {
        name: 'a rate after a table whose total row states its counts agrees with them',
        lines: [
          { text: '| Lĩnh vực | Đã giải quyết | Đúng hạn |', kind: 'tableRow', section: 'II/2', canonical: 'procedures' },
          { text: '| Hộ tịch | 800 | 800 |', kind: 'tableRow', records: [
            { metric: 'dossier.resolved', value: 800, dims: { field: 'Hộ tịch' } },
            { metric: 'dossier.resolved_on_time', value: 800, dims: { field: 'Hộ tịch' } },
          ] },
          { text: '| Đất đai | 410 | 398 |', kind: 'tableRow', records: [
            { metric: 'dossier.resolved', value: 410, dims: { field: 'Đất đai' } },
            { metric: 'dossier.resolved_on_time', value: 398, dims: { field: 'Đất đai' } },
          ] },
          { text: '| Tổng cộng | 1.210 | 1.198 |', kind: 'tableRow', records: [
            { metric: 'dossier.resolved', value: 1210 },
            { metric: 'dossier.resolved_on_time', value: 1198 },
          ] },
          { text: 'Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,01%.', records: [{ metric: 'dossier.on_time_rate', value: 99.01 }] },
        ],
      },
      {
        name: 'a rate after a list of levels that states its own scope (a running total) or another level than the items\' is not checked with them',
        lines: [
          { text: '- Cấp huyện: đã giải quyết 2.400 hồ sơ, trong đó đúng hạn 2.310 hồ sơ.', section: 'II/2', canonical: 'procedures', records: [
            { metric: 'dossier.resolved', value: 2400, dims: { tier: 'district' } },
            { metric: 'dossier.resolved_on_time', value: 2310, dims: { tier: 'district' } },
          ] },
          { text: 'Lũy kế từ đầu năm, tỷ lệ giải quyết đúng hạn cấp huyện đạt 98,9%; tỷ lệ đúng hạn cấp xã đạt 99,8%.', records: [
            { metric: 'dossier.on_time_rate', value: 98.9, dims: { tier: 'district' } },
            { metric: 'dossier.on_time_rate', value: 99.8, dims: { tier: 'commune' } },
          ] },
          { text: '- Cấp xã: đã giải quyết 900 hồ sơ, trong đó đúng hạn 850 hồ sơ.', records: [
            { metric: 'dossier.resolved', value: 900, dims: { tier: 'commune' } },
            { metric: 'dossier.resolved_on_time', value: 850, dims: { tier: 'commune' } },
          ] },
          { text: 'Tỷ lệ giải quyết đúng hạn cấp tỉnh đạt 99,1%.', records: [{ metric: 'dossier.on_time_rate', value: 99.1, dims: { tier: 'province' } }] },
        ],
      },
      {
        name: 'a rate of no level read as one level’s share (the level unread) is excused',
        lines: [
          { text: 'Sở có 120 TTHC, trong đó 84 TTHC trực tuyến toàn trình, 21 TTHC trực tuyến một phần; tỷ lệ TTHC toàn trình đạt 70%.', section: 'II/2', canonical: 'procedures', records: [
            { metric: 'procedure.total', value: 120 },
            { metric: 'procedure.online', value: 84, dims: { level: 'full' } },
            { metric: 'procedure.online', value: 21, dims: { level: 'partial' } },
            { metric: 'procedure.online_rate', value: 70 },
          ] },
        ],
      },
      {
        name: 'a share of the procedures that qualify is not checked against all of them',
        lines: [
          { text: 'Tỉnh cung cấp 640 dịch vụ công trực tuyến toàn trình; công khai 1.210 TTHC trên Cổng Dịch vụ công; 100% TTHC đủ điều kiện đã được cung cấp trực tuyến toàn trình.', section: 'II/2', canonical: 'procedures', records: [
            { metric: 'procedure.online', value: 640, dims: { level: 'full' } },
            { metric: 'procedure.total', value: 1210 },
            { metric: 'procedure.online_rate', value: 100, dims: { level: 'full' } },
          ] },
        ],
      },
      {
        name: 'a share whose clause names the procedures that qualify is not checked against all of them',
        lines: [
          { text: 'Sở giải quyết 980 TTHC; số TTHC đủ điều kiện cung cấp trực tuyến toàn trình là 410 thủ tục, đã cung cấp 400 thủ tục (đạt 97,6%).', section: 'II/2', canonical: 'procedures', records: [
            { metric: 'procedure.total', value: 980 },
            { metric: 'procedure.online', value: 400, dims: { level: 'full' } },
            { metric: 'procedure.online_rate', value: 97.6, dims: { level: 'full' } },
          ] },
        ],
      },
      {
        name: 'a count in an aside right after the rate that agrees with it',
        lines: [
          { text: 'Đã giải quyết 1.240 hồ sơ, tỷ lệ đúng hạn đạt 99,2% (1.230 hồ sơ).', section: 'II/2', records: [
            { metric: 'dossier.resolved', value: 1240 },
            { metric: 'dossier.on_time_rate', value: 99.2 },
            { metric: 'dossier.resolved_on_time', value: 1230 },
          ] },
        ],
      },
      {
        name: 'the share of the procedures online at every level the sentence names',
        lines: [
          { text: 'Sở đang cung cấp 78 TTHC trực tuyến toàn trình và 40 TTHC trực tuyến một phần trên tổng số 150 TTHC, đạt tỷ lệ 78,7%.', section: 'II/2', canonical: 'procedures', records: [
            { metric: 'procedure.online_rate', value: 78.7, dims: { level: 'partial' } },
            { metric: 'procedure.online', value: 78, dims: { level: 'full' } },
            { metric: 'procedure.online', value: 40, dims: { level: 'partial' } },
            { metric: 'procedure.total', value: 150 },
          ] },
        ],
      },
      {
        name: 'the rate since January in a quarter’s report is not the quarter’s counts’ rate',
        period: '2024-Q3',
        lines: [
          { text: 'Trong quý, Sở đã giải quyết 500 hồ sơ, đúng hạn 495 hồ sơ. Lũy kế từ đầu năm, tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,1%.', section: 'II/2', canonical: 'procedures', records: [
            { metric: 'dossier.resolved', value: 500 },
            { metric: 'dossier.resolved_on_time', value: 495 },
            { metric: 'dossier.on_time_rate', value: 98.1 },
          ] },
        ],
      },
      {
        name: 'rounded to the written digit',
        lines: [
          {
            text: 'Đã giải quyết 175.920 hồ sơ, trong đó đúng hạn 175.354 hồ sơ, đạt tỷ lệ 99,68%.',
            records: [
              { metric: 'dossier.resolved', value: 175920 },
              { metric: 'dossier.resolved_on_time', value: 175354 },
              { metric: 'dossier.on_time_rate', value: 99.68 },
            ],
          },
        ],
      },
      {
        name: 'a rate cut at the written digit (98,9456… written 98,94%)',
        lines: [
          {
            text: 'Cấp xã đã giải quyết xong 207.030 hồ sơ, số hồ sơ giải quyết đúng hạn là 204.847 hồ sơ, đạt 98,94%.',
            records: [
              { metric: 'dossier.resolved', value: 207030, dims: { tier: 'commune' } },
              { metric: 'dossier.resolved_on_time', value: 204847, dims: { tier: 'commune' } },
              { metric: 'dossier.on_time_rate', value: 98.94, dims: { tier: 'commune' } },
            ],
          },
        ],
      },
      {
        name: 'a rate of the dossiers resolved, made of on time + late, when only the received total is stated',
        lines: [
          {
            text: 'Năm 2022, Trung tâm tiếp nhận 41.250 hồ sơ; số hồ sơ giải quyết trước và đúng hạn 36.120 hồ sơ (đạt 98,45%), số hồ sơ trễ hạn 568 hồ sơ (chiếm 1,55%).',
            records: [
              { metric: 'dossier.received', value: 41250 },
              { metric: 'dossier.resolved_on_time', value: 36120 },
              { metric: 'dossier.on_time_rate', value: 98.45 },
              { metric: 'dossier.resolved_late', value: 568 },
              { metric: 'dossier.late_rate', value: 1.55 },
            ],
          },
        ],
      },
      {
        name: 'a share of the count just before it, whatever metric the rate was read as',
        lines: [
          {
            text: 'Đã giải quyết 9.800 hồ sơ, trong đó trước hạn 7.600 hồ sơ, chiếm 77,55%; đúng hạn 2.150 hồ sơ, chiếm 21,94% và quá hạn 50 hồ sơ, chiếm 0,51%.',
            records: [
              { metric: 'dossier.resolved', value: 9800 },
              { metric: 'dossier.resolved_early', value: 7600 },
              { metric: 'dossier.on_time_rate', value: 77.55 },
              { metric: 'dossier.resolved_on_time', value: 2150 },
              { metric: 'dossier.late_rate', value: 21.94 },
              { metric: 'dossier.resolved_late', value: 50 },
              { metric: 'dossier.late_rate', value: 0.51 },
            ],
          },
        ],
      },
      {
        name: 'a rate beside the received total only is not compared (its base may be the dossiers due)',
        lines: [
          {
            text: 'Trung tâm tiếp nhận 29.300 hồ sơ, số hồ sơ đến hạn là 25.900 hồ sơ; số hồ sơ giải quyết đúng và trước hạn là 24.750 hồ sơ, đạt 95,56%.',
            records: [
              { metric: 'dossier.received', value: 29300 },
              { metric: 'dossier.resolved_on_time', value: 24750 },
              { metric: 'dossier.on_time_rate', value: 95.56 },
            ],
          },
        ],
      },
      {
        name: '"100%" allows half a point',
        lines: [
          {
            text: 'Giải quyết 1.000 hồ sơ, đúng hạn 996 hồ sơ (đạt 100%).',
            records: [
              { metric: 'dossier.resolved', value: 1000 },
              { metric: 'dossier.resolved_on_time', value: 996 },
              { metric: 'dossier.on_time_rate', value: 100 },
            ],
          },
        ],
      },
      {
        name: 'the items of a bulleted list by tier: each rate with its own tier’s counts',
        lines: [
          { text: '- Cấp huyện: đã giải quyết 2.400 hồ sơ, đúng hạn 2.376 hồ sơ.', section: 'II/2', records: [
            { metric: 'dossier.resolved', value: 2400, dims: { tier: 'district' } },
            { metric: 'dossier.resolved_on_time', value: 2376, dims: { tier: 'district' } },
          ] },
          { text: '- Cấp xã: tỷ lệ giải quyết đúng hạn đạt 97,5%.', records: [{ metric: 'dossier.on_time_rate', value: 97.5, dims: { tier: 'commune' } }] },
          { text: '- Tỷ lệ giải quyết đúng hạn chung: 99%.', records: [{ metric: 'dossier.on_time_rate', value: 99 }] },
        ],
      },
      {
        name: 'a count written as a fraction agrees with its rate; a date is no fraction of the counts',
        lines: [
          { text: 'Đã có 36/48 TTHC được cung cấp trực tuyến toàn trình, đạt 75%.', section: 'II/2', records: [
            { metric: 'procedure.online', value: 36, dims: { level: 'full' } },
            { metric: 'procedure.online_rate', value: 75, dims: { level: 'full' } },
          ] },
          { text: 'Đến ngày 30/11/2023, Sở đã giải quyết 2.000 hồ sơ, đúng hạn 1.940 hồ sơ, đạt tỷ lệ 97%.', records: [
            { metric: 'dossier.resolved', value: 2000 },
            { metric: 'dossier.resolved_on_time', value: 1940 },
            { metric: 'dossier.on_time_rate', value: 97 },
          ] },
        ],
      },
      {
        name: 'on-time and late rates adding up to 100% within the rounding of their last digits',
        lines: [
          { text: 'Tỷ lệ giải quyết đúng hạn 99,6%, tỷ lệ quá hạn 0,5%; năm trước tỷ lệ quá hạn là 1,2%.', section: 'II/2', records: [
            { metric: 'dossier.on_time_rate', value: 99.6 },
            { metric: 'dossier.late_rate', value: 0.5 },
          ] },
          { text: 'Tỷ lệ giải quyết trước hạn đạt 81,2%, đúng hạn 18,4%, quá hạn 0,4%.', records: [
            { metric: 'dossier.on_time_rate', value: 81.2 },
            { metric: 'dossier.on_time_rate', value: 18.4 },
            { metric: 'dossier.late_rate', value: 0.4 },
          ] },
        ],
      },
      {
        name: 'an on-time rate over the dossiers due, written beside the resolved total',
        lines: [
          { text: 'Trong kỳ đã giải quyết 1.840 hồ sơ; số hồ sơ đến hạn giải quyết là 1.610 hồ sơ, trong đó đúng hạn 1.594 hồ sơ, đạt 99%.', section: 'II/2', records: [
            { metric: 'dossier.resolved', value: 1840 },
            { metric: 'dossier.resolved_on_time', value: 1594 },
            { metric: 'dossier.on_time_rate', value: 99 },
          ] },
        ],
      },
      {
        name: 'levels 3 and 4 together make the rate of procedures at levels 3 and 4',
        lines: [
          { text: 'Sở có 180 TTHC, trong đó mức độ 3 là 42 TTHC, mức độ 4 là 96 TTHC; tỷ lệ TTHC mức độ 3, 4 đạt 76,7%.', section: 'II/2', records: [
            { metric: 'procedure.total', value: 180 },
            { metric: 'procedure.online', value: 42, dims: { level: '3' } },
            { metric: 'procedure.online', value: 96, dims: { level: '4' } },
            { metric: 'procedure.online_rate', value: 76.7, dims: { level: '3-4' } },
          ] },
        ],
      },
      {
        name: 'the items of a list by period or body: a rate is not compared with another item’s counts',
        lines: [
          { text: '- Quý I: đã giải quyết 1.000 hồ sơ, đúng hạn 990 hồ sơ;', section: 'II/2', records: [
            { metric: 'dossier.resolved', value: 1000 },
            { metric: 'dossier.resolved_on_time', value: 990 },
          ] },
          { text: '- Quý II: tỷ lệ giải quyết đúng hạn đạt 97%.', records: [{ metric: 'dossier.on_time_rate', value: 97 }] },
          { text: '- Chi cục Kiểm lâm: tỷ lệ giải quyết đúng hạn đạt 98%.', records: [{ metric: 'dossier.on_time_rate', value: 98 }] },
        ],
      },
      {
        name: 'a lone rate with a scope of its own is not the rate of the counts before it',
        lines: [
          { text: 'Trung tâm đã giải quyết 2.400 hồ sơ, trong đó đúng hạn 2.310 hồ sơ.', section: 'II/2', records: [
            { metric: 'dossier.resolved', value: 2400 },
            { metric: 'dossier.resolved_on_time', value: 2310 },
          ] },
          { text: 'Tỷ lệ hồ sơ giải quyết đúng hạn của toàn tỉnh đạt 99,5%.', records: [{ metric: 'dossier.on_time_rate', value: 99.5 }] },
          { text: 'Lũy kế từ đầu năm, tỷ lệ giải quyết đúng hạn đạt 98,1%.', records: [{ metric: 'dossier.on_time_rate', value: 98.1 }] },
          { text: 'Tỷ lệ giải quyết đúng hạn 6 tháng đầu năm đạt 97,2%.', records: [{ metric: 'dossier.on_time_rate', value: 97.2 }] },
        ],
      },
      {
        name: 'a rate without its counts is not compared (the seed)',
        lines: [
          {
            text: 'Bộ phận một cửa đã tiếp nhận 48 hồ sơ, 100% được giải quyết đúng hạn.',
            records: [
              { metric: 'dossier.received', value: 48 },
              { metric: 'dossier.on_time_rate', value: 100 },
            ],
          },
        ],
      },
      {
        name: 'a rate beside its fraction written with the unit on both counts, agreeing',
        lines: [
          { text: 'Trong kỳ, tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn là 97,06% (2.310 hồ sơ/2.380 hồ sơ).', section: 'II/2', canonical: 'procedures', records: [
            { metric: 'dossier.on_time_rate', value: 97.06 },
            { metric: 'dossier.resolved_on_time', value: 2310 },
          ] },
        ],
      },
      {
        name: 'a late share naming the resolved as its whole, stated in the paragraph before, agreeing',
        lines: [
          { text: 'Trong năm, Sở đã giải quyết 4.800 hồ sơ TTHC.', section: 'II/2', canonical: 'procedures', records: [{ metric: 'dossier.resolved', value: 4800 }] },
          { text: 'Số hồ sơ giải quyết quá hạn là 96 hồ sơ, chiếm 2% tổng số hồ sơ đã giải quyết.', records: [
            { metric: 'dossier.resolved_late', value: 96 },
            { metric: 'dossier.late_rate', value: 2 },
          ] },
        ],
      },
    ],
    invalid: [
      {
        name: 'a level\'s late rate in the paragraph after a table by level is checked with that level\'s row',
        lines: [
          { text: '| Cấp | Tiếp nhận | Đã giải quyết | Quá hạn |', kind: 'tableRow', section: 'II/2', canonical: 'procedures' },
          { text: '| Cấp huyện | 3.020 | 2.990 | 60 |', kind: 'tableRow', records: [
            { metric: 'dossier.received', value: 3020, dims: { tier: 'district' } },
            { metric: 'dossier.resolved', value: 2990, dims: { tier: 'district' } },
            { metric: 'dossier.resolved_late', value: 60, dims: { tier: 'district' } },
          ] },
          { text: '| Cấp xã | 9.400 | 9.390 | 0 |', kind: 'tableRow', records: [
            { metric: 'dossier.received', value: 9400, dims: { tier: 'commune' } },
            { metric: 'dossier.resolved', value: 9390, dims: { tier: 'commune' } },
            { metric: 'dossier.resolved_late', value: 0, dims: { tier: 'commune' } },
          ] },
          { text: 'Tại cấp huyện, có 60 hồ sơ trễ hạn, chiếm 0,2% số hồ sơ đã giải quyết.', records: [
            { metric: 'dossier.resolved_late', value: 60, dims: { tier: 'district' } },
            { metric: 'dossier.late_rate', value: 0.2, dims: { tier: 'district' } },
          ] },
        ],
        flags: [{ severity: 'error', expected: 2.01, actual: 0.2 }],
      },
      {
        name: 'a level\'s rate in the paragraph after the list of levels is checked with that level\'s item',
        lines: [
          { text: 'Toàn thị xã tiếp nhận 8.020 hồ sơ, cụ thể:', section: 'II/2', canonical: 'procedures', records: [{ metric: 'dossier.received', value: 8020 }] },
          { text: '- Cấp thị xã: đã giải quyết 2.400 hồ sơ, trong đó đúng hạn 2.310 hồ sơ, trễ hạn 90 hồ sơ.', records: [
            { metric: 'dossier.resolved', value: 2400, dims: { tier: 'district' } },
            { metric: 'dossier.resolved_on_time', value: 2310, dims: { tier: 'district' } },
            { metric: 'dossier.resolved_late', value: 90, dims: { tier: 'district' } },
          ] },
          { text: '- Cấp xã: đã giải quyết 5.560 hồ sơ, đúng hạn 5.560 hồ sơ.', records: [
            { metric: 'dossier.resolved', value: 5560, dims: { tier: 'commune' } },
            { metric: 'dossier.resolved_on_time', value: 5560, dims: { tier: 'commune' } },
          ] },
          { text: 'Tỷ lệ giải quyết đúng hạn của cấp huyện đạt 98,2%.', records: [{ metric: 'dossier.on_time_rate', value: 98.2, dims: { tier: 'district' } }] },
        ],
        flags: [{ severity: 'error', expected: 96.25, actual: 98.2 }],
      },
      {
        name: 'a rate "đúng và trước hạn" off is set against early + on time, not the on-time part alone',
        lines: [
          { text: 'Đã giải quyết 1.200 hồ sơ, trong đó trước hạn 950 hồ sơ, đúng hạn 246 hồ sơ, trễ hạn 04 hồ sơ; tỷ lệ giải quyết đúng và trước hạn đạt 98,7%.', section: 'II/2', canonical: 'procedures', records: [
            { metric: 'dossier.resolved', value: 1200 },
            { metric: 'dossier.resolved_early', value: 950 },
            { metric: 'dossier.resolved_on_time', value: 246 },
            { metric: 'dossier.resolved_late', value: 4 },
            { metric: 'dossier.on_time_rate', value: 98.7 },
          ] },
        ],
        flags: [{ severity: 'error', expected: 99.67, actual: 98.7 }],
      },
      {
        name: 'a table by rows: the rate’s row checked with the counts of its level in the other rows',
        lines: [
          { text: '| Nội dung | Cấp huyện | Cấp xã |', kind: 'tableRow', section: '' },
          { text: '| Số hồ sơ đã giải quyết | 1.500 | 4.210 |', kind: 'tableRow', section: '', records: [
            { metric: 'dossier.resolved', value: 1500, dims: { tier: 'district' } },
            { metric: 'dossier.resolved', value: 4210, dims: { tier: 'commune' } },
          ] },
          { text: '| Số hồ sơ đúng hạn | 1.480 | 4.210 |', kind: 'tableRow', section: '', records: [
            { metric: 'dossier.resolved_on_time', value: 1480, dims: { tier: 'district' } },
            { metric: 'dossier.resolved_on_time', value: 4210, dims: { tier: 'commune' } },
          ] },
          { text: '| Tỷ lệ đúng hạn (%) | 99,5 | 100 |', kind: 'tableRow', section: '', records: [
            { metric: 'dossier.on_time_rate', value: 99.5, dims: { tier: 'district' } },
            { metric: 'dossier.on_time_rate', value: 100, dims: { tier: 'commune' } },
          ] },
        ],
        flags: [{ severity: 'error', actual: 99.5 }],
      },
      {
        name: 'a named body’s rate past a ";" (the body read with its first figure only) is checked with its counts',
        lines: [
          { text: 'Quý II, Sở Xây dựng tiếp nhận 640 hồ sơ, giải quyết 610 hồ sơ, trong đó đúng hạn 606 hồ sơ, trễ hạn 04 hồ sơ; tỷ lệ giải quyết đúng hạn đạt 96,5%.', section: 'II/2', canonical: 'procedures', records: [
            { metric: 'dossier.received', value: 640, dims: { subject: 'Sở Xây dựng' } },
            { metric: 'dossier.resolved', value: 610 },
            { metric: 'dossier.resolved_on_time', value: 606 },
            { metric: 'dossier.resolved_late', value: 4 },
            { metric: 'dossier.on_time_rate', value: 96.5 },
          ] },
        ],
        flags: [{ severity: 'error', records: [1, 2, 4], actual: 96.5 }],
      },
      {
        name: 'the period’s rate off, beside last year’s figures in brackets opened by “cùng kỳ” (those are compared with each other only)',
        lines: [
          { text: 'Trong kỳ, Sở giải quyết 2.180 hồ sơ, đúng hạn 2.101 hồ sơ, đạt 98,6% (cùng kỳ năm trước giải quyết 1.960 hồ sơ, đúng hạn 1.930 hồ sơ, đạt 98,5%).', section: 'II/2', canonical: 'procedures', records: [
            { metric: 'dossier.resolved', value: 2180 },
            { metric: 'dossier.resolved_on_time', value: 2101 },
            { metric: 'dossier.on_time_rate', value: 98.6 },
            { metric: 'dossier.resolved', value: 1960 },
            { metric: 'dossier.resolved_on_time', value: 1930 },
            { metric: 'dossier.on_time_rate', value: 98.5 },
          ] },
        ],
        flags: [{ severity: 'error', records: [0, 1, 2], actual: 98.6 }],
      },
      {
        name: 'the share of procedures online naming the procedures’ total stated in the paragraph before',
        lines: [
          { text: 'UBND huyện đang thực hiện 412 thủ tục hành chính.', section: 'II/2', canonical: 'procedures', records: [{ metric: 'procedure.total', value: 412 }] },
          { text: 'Huyện đã cung cấp 205 dịch vụ công trực tuyến toàn trình, chiếm 51,3% tổng số TTHC.', records: [
            { metric: 'procedure.online', value: 205, dims: { level: 'full' } },
            { metric: 'procedure.online_rate', value: 51.3, dims: { level: 'full' } },
          ] },
          { text: 'Sở có 96 TTHC.', section: 'II/6', records: [{ metric: 'procedure.total', value: 96 }] },
          { text: 'Có 72 TTHC được cung cấp trực tuyến toàn trình, bằng 75% trên tổng số thủ tục của Sở.', records: [
            { metric: 'procedure.online', value: 72, dims: { level: 'full' } },
            { metric: 'procedure.online_rate', value: 75, dims: { level: 'full' } },
          ] },
        ],
        flags: [{ severity: 'error', records: [0, 1, 2] }],
      },
      {
        name: 'a late share naming the resolved as its whole, stated in the paragraph before',
        lines: [
          { text: 'Trong năm, Sở đã giải quyết 4.800 hồ sơ TTHC.', section: 'II/2', canonical: 'procedures', records: [{ metric: 'dossier.resolved', value: 4800 }] },
          { text: 'Số hồ sơ giải quyết quá hạn là 96 hồ sơ, chiếm 0,5% tổng số hồ sơ đã giải quyết.', records: [
            { metric: 'dossier.resolved_late', value: 96 },
            { metric: 'dossier.late_rate', value: 0.5 },
          ] },
        ],
        flags: [{ severity: 'error', records: [0, 1, 2] }],
      },
      {
        name: 'a rate beside its fraction written with the unit on both counts ("(2.310 hồ sơ/2.380 hồ sơ)")',
        lines: [
          { text: 'Trong kỳ, tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn là 97,85% (2.310 hồ sơ/2.380 hồ sơ).', section: 'II/2', canonical: 'procedures', records: [
            { metric: 'dossier.on_time_rate', value: 97.85 },
            { metric: 'dossier.resolved_on_time', value: 2310 },
          ] },
        ],
        flags: [{ severity: 'error', records: [0, 1] }],
      },
      {
        name: 'on-time rate beyond the written precision',
        lines: [
          {
            text: 'Đã giải quyết 1.200 hồ sơ, trong đó đúng hạn 1.170 hồ sơ, đạt tỷ lệ 98,5%.',
            section: 'II/2',
            records: [
              { metric: 'dossier.resolved', value: 1200 },
              { metric: 'dossier.resolved_on_time', value: 1170 },
              { metric: 'dossier.on_time_rate', value: 98.5 },
            ],
          },
        ],
        flags: [{ severity: 'error', expected: 97.5, actual: 98.5, records: [0, 1, 2], message: ['98,5%', '1.170 / 1.200 = 97,5%', 'mục II/2'] }],
      },
      {
        name: 'one tier’s rate: the message names the tier, written on the rate or only on its counts',
        lines: [
          {
            text: 'Cấp xã đã giải quyết 2.400 hồ sơ, trong đó đúng hạn 2.352 hồ sơ, đạt 99,1%.',
            section: 'II/2',
            records: [
              { metric: 'dossier.resolved', value: 2400, dims: { tier: 'commune' } },
              { metric: 'dossier.resolved_on_time', value: 2352, dims: { tier: 'commune' } },
              { metric: 'dossier.on_time_rate', value: 99.1, dims: { tier: 'commune' } },
            ],
          },
          {
            text: 'Chi cục Kiểm lâm đã giải quyết 300 hồ sơ, trong đó đúng hạn 270 hồ sơ, đạt tỷ lệ 95%.',
            records: [
              { metric: 'dossier.resolved', value: 300, dims: { subject: 'Chi cục Kiểm lâm' } },
              { metric: 'dossier.resolved_on_time', value: 270, dims: { subject: 'Chi cục Kiểm lâm' } },
              { metric: 'dossier.on_time_rate', value: 95 },
            ],
          },
        ],
        flags: [
          { severity: 'error', expected: 98, actual: 99.1, message: ['Tỷ lệ giải quyết đúng hạn cấp xã ghi 99,1%'] },
          { severity: 'error', expected: 90, actual: 95, message: ['Tỷ lệ giải quyết đúng hạn của Chi cục Kiểm lâm ghi 95%'] },
        ],
      },
      {
        name: 'a fraction opening an aside right after the rate, its numerator read as another count',
        lines: [
          { text: 'Sở tiếp nhận 1.236 hồ sơ; tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,5% (1.195/1.210 hồ sơ đã giải quyết).', section: 'II/2', records: [
            { metric: 'dossier.received', value: 1236 },
            { metric: 'dossier.on_time_rate', value: 99.5 },
            { metric: 'dossier.resolved', value: 1195 },
          ] },
        ],
        flags: [{ severity: 'error', expected: 98.76, actual: 99.5, message: ['1.195 / 1.210'] }],
      },
      {
        name: 'late rate in one item of a bulleted list, its counts in the items before it',
        lines: [
          { text: '- Tổng số hồ sơ đã giải quyết: 7.450 hồ sơ.', section: 'II/2', records: [{ metric: 'dossier.resolved', value: 7450 }] },
          { text: '- Số hồ sơ giải quyết đúng hạn: 7.390 hồ sơ.', records: [{ metric: 'dossier.resolved_on_time', value: 7390 }] },
          { text: '- Số hồ sơ giải quyết quá hạn: 60 hồ sơ, chiếm 0,5%.', records: [
            { metric: 'dossier.resolved_late', value: 60 },
            { metric: 'dossier.late_rate', value: 0.5 },
          ] },
        ],
        flags: [{ severity: 'error', expected: 0.81, actual: 0.5 }],
      },
      {
        name: 'a fraction in an aside right after the rate ("đạt 100% (495/500)") is its count',
        lines: [
          { text: 'Trong quý, xã đã giải quyết 500 hồ sơ, tỷ lệ giải quyết đúng hạn đạt 100% (495/500).', section: 'II/2', records: [
            { metric: 'dossier.resolved', value: 500 },
            { metric: 'dossier.on_time_rate', value: 100 },
            { metric: 'dossier.resolved_on_time', value: 495 },
          ] },
        ],
        flags: [{ severity: 'error', expected: 99, actual: 100, message: ['495 / 500 = 99%'] }],
      },
      {
        name: 'a count written as a fraction, its rate disagreeing with it',
        lines: [
          { text: 'Hiện nay, 41/55 TTHC thuộc thẩm quyền của Sở được cung cấp dịch vụ công trực tuyến toàn trình, đạt tỷ lệ 80%.', section: 'II/2', records: [
            { metric: 'procedure.online', value: 41, dims: { level: 'full' } },
            { metric: 'procedure.online_rate', value: 80, dims: { level: 'full' } },
          ] },
          { text: 'Số hồ sơ giải quyết đúng hạn là 4.561/5.650 hồ sơ, đạt 85,7%.', records: [
            { metric: 'dossier.resolved_on_time', value: 4561 },
            { metric: 'dossier.on_time_rate', value: 85.7 },
          ] },
        ],
        flags: [
          { severity: 'error', expected: 74.55, actual: 80, records: [0, 1], message: ['41 / 55 = 74,55%'] },
          { severity: 'error', expected: 80.73, actual: 85.7, message: ['4.561 / 5.650'] },
        ],
      },
      {
        name: 'on-time and late rates of one paragraph passing 100% together',
        lines: [
          { text: 'Tỷ lệ hồ sơ giải quyết đúng hạn trong năm đạt 97,8%; tỷ lệ hồ sơ quá hạn 3,1%.', section: 'II/2', records: [
            { metric: 'dossier.on_time_rate', value: 97.8 },
            { metric: 'dossier.late_rate', value: 3.1 },
          ] },
        ],
        flags: [{ severity: 'error', expected: 100, actual: 100.9, records: [0, 1], message: ['(97,8%) + tỷ lệ giải quyết quá hạn (3,1%) = 100,9%'] }],
      },
      {
        name: 'dossiers not yet due are no base of the on-time rate',
        lines: [
          { text: 'Đã giải quyết 1.840 hồ sơ, đúng hạn 1.594 hồ sơ, đạt 99%; số hồ sơ chưa đến hạn 1.610 hồ sơ.', section: 'II/2', records: [
            { metric: 'dossier.resolved', value: 1840 },
            { metric: 'dossier.resolved_on_time', value: 1594 },
            { metric: 'dossier.on_time_rate', value: 99 },
          ] },
        ],
        flags: [{ severity: 'error', expected: 86.63, actual: 99 }],
      },
      {
        name: 'a rate of no level against the procedures online in full and in part',
        lines: [
          { text: 'Sở có 120 TTHC, trong đó 84 TTHC trực tuyến toàn trình, 21 TTHC trực tuyến một phần; tỷ lệ TTHC cung cấp trực tuyến đạt 90%.', section: 'II/2', canonical: 'procedures', records: [
            { metric: 'procedure.total', value: 120 },
            { metric: 'procedure.online', value: 84, dims: { level: 'full' } },
            { metric: 'procedure.online', value: 21, dims: { level: 'partial' } },
            { metric: 'procedure.online_rate', value: 90 },
          ] },
        ],
        flags: [{ severity: 'error', expected: 87.5, actual: 90, records: [0, 1, 2, 3], message: ['(84 + 21) / 120 = 87,5%'] }],
      },
      {
        name: 'the rate of procedures at levels 3 and 4 against the two levels’ counts',
        lines: [
          { text: 'Sở có 180 TTHC, trong đó mức độ 3 là 42 TTHC, mức độ 4 là 96 TTHC; tỷ lệ TTHC mức độ 3, 4 đạt 80%.', section: 'II/2', records: [
            { metric: 'procedure.total', value: 180 },
            { metric: 'procedure.online', value: 42, dims: { level: '3' } },
            { metric: 'procedure.online', value: 96, dims: { level: '4' } },
            { metric: 'procedure.online_rate', value: 80, dims: { level: '3-4' } },
          ] },
        ],
        flags: [{ severity: 'error', expected: 76.67, actual: 80, message: ['(42 + 96) / 180'] }],
      },
      {
        name: 'a rate that disagrees with its counts is reported once, not again for passing 100% with the other rate',
        lines: [
          { text: 'Số hồ sơ giải quyết đúng hạn là 1.488 hồ sơ (99,5%), trễ hạn 12 hồ sơ (0,8%).', section: 'II/2', records: [
            { metric: 'dossier.resolved_on_time', value: 1488 },
            { metric: 'dossier.on_time_rate', value: 99.5 },
            { metric: 'dossier.resolved_late', value: 12 },
            { metric: 'dossier.late_rate', value: 0.8 },
          ] },
        ],
        flags: [{ severity: 'error', expected: 99.2, actual: 99.5, message: ['1.488 / (1.488 + 12)'] }],
      },
      {
        name: 'a rate standing alone in the paragraph after its counts',
        lines: [
          { text: 'Trong năm, Sở đã giải quyết 2.400 hồ sơ, trong đó đúng hạn 2.310 hồ sơ.', section: 'II/2', records: [
            { metric: 'dossier.resolved', value: 2400 },
            { metric: 'dossier.resolved_on_time', value: 2310 },
          ] },
          { text: 'Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,5%.', records: [{ metric: 'dossier.on_time_rate', value: 99.5 }] },
        ],
        flags: [{ severity: 'error', expected: 96.25, actual: 99.5 }],
      },
      {
        name: 'late rate in another sentence of the paragraph',
        lines: [
          {
            text: 'Số hồ sơ đã giải quyết là 840 hồ sơ. Số hồ sơ giải quyết quá hạn là 10 hồ sơ, chiếm tỷ lệ 2,5%.',
            records: [
              { metric: 'dossier.resolved', value: 840 },
              { metric: 'dossier.resolved_late', value: 10 },
              { metric: 'dossier.late_rate', value: 2.5 },
            ],
          },
        ],
        flags: [{ severity: 'error', expected: 1.19, actual: 2.5 }],
      },
      {
        name: '"100%" on time with late dossiers',
        lines: [
          {
            text: 'Tổng số hồ sơ đã giải quyết 640 hồ sơ, đúng hạn 610 hồ sơ; tỷ lệ giải quyết đúng hạn đạt 100%.',
            records: [
              { metric: 'dossier.resolved', value: 640 },
              { metric: 'dossier.resolved_on_time', value: 610 },
              { metric: 'dossier.on_time_rate', value: 100 },
            ],
          },
        ],
        flags: [{ severity: 'error', expected: 95.31, actual: 100 }],
      },
    ],
  },
});
