/**
 * Which figures talk about the same thing. Two records share a scope when their dimensions
 * agree (mechanism and type may be missing on one side) and they sit close: the same clause,
 * sentence, block, section, or an enclosing section — the nearest place where exactly one
 * candidate is found wins; two candidates there make the question ambiguous and nothing is
 * compared.
 */
import type { Dimensions, Record } from '../schema/record.ts';
import type { Fact, ReportView } from './report-view.ts';
import { factsOf, topPart } from './facts-by-metric.ts';
import { memoize } from '../text/memo.ts';
import { comparableScopes } from './period-scope.ts';
import { listOrTableBlocks } from './blocks.ts';

export type DimKey = keyof Dimensions;
export const DIM_KEYS: DimKey[] = ['field', 'channel', 'mechanism', 'level', 'degree', 'status', 'tier', 'type', 'subject'];
/** Dimensions that may be left unsaid on one side without changing what is counted. */
const LOOSE: DimKey[] = ['mechanism', 'type'];
const NO_KEYS: readonly DimKey[] = [];

/** Normalized dimension values, memoized: few distinct values, compared very often (bounded). */
const normed = memoize((v: string) => v.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim(), 4096);

export function norm(v: string | undefined): string | undefined {
  return v === undefined ? undefined : normed(v);
}

/** Dimensions agree: equal everywhere, except loose ones that one side leaves unsaid. */
export function sameScope(a: Dimensions, b: Dimensions, ignore: readonly DimKey[] = []): boolean {
  for (const k of DIM_KEYS) {
    const av = a[k];
    const bv = b[k];
    // equal as written (or both unset): equal once normalized
    if (av === bv) continue;
    if (ignore.includes(k)) continue;
    const x = norm(av);
    const y = norm(bv);
    if (x === y) continue;
    if (LOOSE.includes(k) && (x === undefined || y === undefined)) continue;
    return false;
  }
  return true;
}

/** A record's dimensions normalized, in the order of DIM_KEYS: what sameScope and sameDims compare. */
export type NormalizedDims = readonly (string | undefined)[];

/** No dimension set (most records): one array shared by all of them. */
const UNSET: NormalizedDims = Object.freeze(DIM_KEYS.map(() => undefined));

export function normalizeDims(d: Dimensions): NormalizedDims {
  // read by name (in DIM_KEYS order): most records set no dimension at all
  const field = d.field;
  const channel = d.channel;
  const mechanism = d.mechanism;
  const level = d.level;
  const degree = d.degree;
  const status = d.status;
  const tier = d.tier;
  const type = d.type;
  const subject = d.subject;
  if (
    field === undefined &&
    channel === undefined &&
    mechanism === undefined &&
    level === undefined &&
    degree === undefined &&
    status === undefined &&
    tier === undefined &&
    type === undefined &&
    subject === undefined
  )
    return UNSET;
  return [norm(field), norm(channel), norm(mechanism), norm(level), norm(degree), norm(status), norm(tier), norm(type), norm(subject)];
}

const LOOSE_AT = DIM_KEYS.map((k) => LOOSE.includes(k));

/** sameScope of two facts, over their normalized dimensions. */
export function sameFactScope(a: Fact, b: Fact, ignore: readonly DimKey[] = NO_KEYS): boolean {
  const x = a.dims;
  const y = b.dims;
  // one array (most often the shared UNSET): equal everywhere
  if (x === y) return true;
  for (let i = 0; i < DIM_KEYS.length; i++) {
    const u = x[i];
    const v = y[i];
    if (u === v) continue;
    if (LOOSE_AT[i] && (u === undefined || v === undefined)) continue;
    if (ignore.length > 0 && ignore.includes(DIM_KEYS[i]!)) continue;
    return false;
  }
  return true;
}

/** sameDims of two facts, over their normalized dimensions. */
export function sameFactDims(a: Fact, b: Fact): boolean {
  const x = a.dims;
  const y = b.dims;
  if (x === y) return true;
  for (let i = 0; i < DIM_KEYS.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

export function sameDims(a: Dimensions, b: Dimensions): boolean {
  for (const k of DIM_KEYS) {
    const av = a[k];
    const bv = b[k];
    if (av !== bv && norm(av) !== norm(bv)) return false;
  }
  return true;
}

/** metric + sorted dims + section: what a fingerprint is made of (never offsets or values). */
export function recordKey(r: Pick<Record, 'metric' | 'dimensions' | 'section'>): string {
  const dims = DIM_KEYS.filter((k) => r.dimensions[k] !== undefined)
    .sort()
    .map((k) => `${k}=${norm(r.dimensions[k])}`)
    .join(',');
  return `${r.metric}{${dims}}@${r.section}`;
}

export function ancestors(path: string): string[] {
  const parts = path.split('/').filter(Boolean);
  const out: string[] = [];
  for (let i = parts.length - 1; i >= 1; i--) out.push(parts.slice(0, i).join('/'));
  return out;
}

export function within(section: string, ancestor: string): boolean {
  if (section === ancestor) return true;
  // section.startsWith(`${ancestor}/`), without making that string
  return section.length > ancestor.length && section.charCodeAt(ancestor.length) === 47 && section.startsWith(ancestor);
}

export interface PartnerOptions {
  /** Dimensions the partner may differ in (e.g. "level" for a rate's denominator). */
  ignore?: DimKey[];
  /** Dimensions the partner must leave unset (e.g. "channel" for the whole of an online part). */
  unset?: DimKey[];
  /** Search enclosing sections too (default false). */
  widen?: boolean;
  /** Look no further than the anchor's paragraph (block). */
  blockOnly?: boolean;
  /** Leave out figures that follow a breakdown cue (parts), unless in the anchor's clause. */
  wholesOnly?: boolean;
  /** Leave out these figures, by fact index (e.g. parts by their wording, see part-wording.ts). */
  skip?: readonly boolean[];
  /**
   * A rate's count in an aside ("trước hạn chiếm 62,4% (1.292 hồ sơ)", scope `numerator`) may be
   * the partner: a part of the anchor's whole, counted over the same period and body.
   */
  numerators?: boolean;
}

/** The scope key without its `numerator` part. */
function withoutNumerator(scope: string | undefined): string | undefined {
  return scope?.replace(/\|numerator(?=\||$)/, '');
}

const NONE: readonly Fact[] = [];

/**
 * A level's figure after a cue ("Trong đó, cấp thị xã tiếp nhận 16.904 hồ sơ, cấp xã …") is a part
 * of the area's total but the whole of that level: a whole of a figure of the same level
 * ("hồ sơ trực tuyến tại cấp thị xã 17.250").
 */
function tierWhole(f: Fact, anchor: Fact): boolean {
  const tier = f.record.dimensions.tier;
  return tier !== undefined && tier === anchor.record.dimensions.tier;
}

function usable(f: Fact): boolean {
  return f.record.qualifier === undefined;
}

function unsetIn(f: Fact, unset: readonly DimKey[] | undefined): boolean {
  if (unset === undefined) return true;
  for (const k of unset) if (f.record.dimensions[k] !== undefined) return false;
  return true;
}

/** No place found yet: beyond every place a search can have. */
const NOWHERE = 1 << 30;

/**
 * The first place below `limit` among the anchor's section (place 3) and the enclosing sections
 * in `outer` (place 3 + k for outer[k - 1]) that holds a fact of `section`, or -1.
 */
function sectionPlace(section: string, anchorSection: string, outer: readonly string[] | null, limit: number): number {
  if (limit <= 3) return -1;
  if (section === anchorSection) return 3;
  if (outer === null) return -1;
  const end = Math.min(limit, 4 + outer.length);
  for (let level = 4; level < end; level++) if (within(section, outer[level - 4]!)) return level;
  return -1;
}

/** The facts of a metric in the other rows of a block's table, or the other items of its list (listOrTableBlocks). */
function listFacts(view: ReportView, m: NonNullable<ReturnType<typeof factsOf>>, block: number): readonly Fact[] {
  const blocks = listOrTableBlocks(view, block);
  if (blocks.length === 0) return NONE;
  const out: Fact[] = [];
  for (const b of blocks) for (const f of m.block.get(b) ?? NONE) out.push(f);
  return out;
}

/** partner's candidates, reused from call to call (partner never runs inside itself; stale entries past the count are never read). */
const scratch: Fact[] = [];

/** No options: the one object every call without options reads. */
const NO_OPTIONS: PartnerOptions = Object.freeze({});

/**
 * The one figure of `metric` in the anchor's scope, or null (none, or ambiguous at the nearest
 * place that has any).
 *
 * Places, nearest first: 0 the anchor's clause, 1 its sentence, 2 its block, 3 its section (in a
 * report with sections), then (widened) the enclosing sections. A candidate counts at the first
 * place that holds it; the candidates of the nearest place that has any are gathered in one pass.
 */
export function partner(view: ReportView, anchor: Fact, metric: string, opts: PartnerOptions = NO_OPTIONS): Fact | null {
  const m = factsOf(view, metric);
  if (m === undefined) return null;
  const a = anchor.record;
  const ignore = opts.unset === undefined ? (opts.ignore ?? NO_KEYS) : [...(opts.ignore ?? []), ...opts.unset];
  // a section is a scope only in a report that has sections; "" is the whole unstructured text
  const sectionScope = a.section !== '' && !opts.blockOnly;
  const widen = opts.widen === true && !opts.blockOnly;
  const wholesOnly = opts.wholesOnly === true;
  const skip = opts.skip;
  const unset = opts.unset;
  const inBlock = anchor.block >= 0;
  // in a report without sections, the items of the anchor's list labelled by what they count (or the rows of its table) are its
  // section (widened searches run over the whole report already)
  const listScope = a.section === '' && !opts.blockOnly && inBlock && opts.widen !== true;
  // a figure of another period ("Riêng quý IV …" in a yearly report, "lũy kế từ đầu năm" in a
  // quarter's) is no part, whole or count of the anchor's
  const periods = comparableScopes(view);
  const numerators = opts.numerators === true;
  const period = numerators ? withoutNumerator(periods[anchor.index]) : periods[anchor.index];
  // Only a figure at one of the places can be chosen: look among those (indexed), not the whole
  // report. The anchor's block (its sentence without blocks) holds its clause and sentence; every
  // enclosing section lies in the anchor's top-level part.
  let local: readonly Fact[];
  let sectionFacts: readonly Fact[] = NONE;
  const part = widen && sectionScope ? topPart(a.section) : '';
  if (part !== '') local = m.part.get(part) ?? NONE;
  else if (widen && sectionScope) local = m.all;
  else {
    local = (inBlock ? m.block.get(anchor.block) : m.sentence.get(anchor.sentence)) ?? NONE;
    if (sectionScope) sectionFacts = m.section.get(a.section) ?? NONE;
    else if (listScope) sectionFacts = listFacts(view, m, anchor.block);
  }
  // enclosing sections, nearest first (widened only)
  const outer = widen && sectionScope ? ancestors(a.section) : null;
  // the candidates at `level`: here[0 .. count)
  const here = scratch;
  let count = 0;
  let level = sectionScope ? NOWHERE : 3;
  for (let pass = 0; pass < 2; pass++) {
    const list = pass === 0 ? local : sectionFacts;
    for (let i = 0; i < list.length; i++) {
      const f = list[i]!;
      // the section's facts in the anchor's block (sentence) were read in the first pass
      if (pass === 1 && (inBlock ? f.block === anchor.block : f.sentence === anchor.sentence)) continue;
      if (
        f === anchor ||
        !usable(f) ||
        !unsetIn(f, unset) ||
        (wholesOnly && f.afterCue && f.clause !== anchor.clause && !tierWhole(f, anchor)) ||
        (skip !== undefined && skip[f.index] === true) ||
        (numerators ? withoutNumerator(periods[f.index]) : periods[f.index]) !== period ||
        !sameFactScope(anchor, f, ignore)
      )
        continue;
      let at: number;
      if (f.clause === anchor.clause) at = 0;
      else if (level >= 1 && f.sentence === anchor.sentence) at = 1;
      else if (level >= 2 && inBlock && f.block === anchor.block) at = 2;
      else if (!sectionScope) {
        if (pass === 0 || !listScope) continue;
        at = 3;
      } else at = sectionPlace(f.record.section, a.section, outer, level + 1);
      if (at < 0) continue;
      if (at < level) {
        level = at;
        count = 0;
      }
      here[count++] = f;
    }
  }
  if (count === 0) return null;
  // at section level, the anchor must be the section's one figure of its kind as well
  if (level >= 3 && !anchorUnique(view, anchor)) return null;
  // the first in view order (the lists were read block first, then section)
  let first = here[0]!;
  for (let k = 1; k < count; k++) if (here[k]!.index < first.index) first = here[k]!;
  if (count === 1) return first;
  let exactOne: Fact | null = null;
  let exactCount = 0;
  for (let k = 0; k < count; k++) {
    if (!sameFactDims(here[k]!, anchor)) continue;
    exactOne = here[k]!;
    exactCount++;
  }
  if (exactCount === 1) return exactOne;
  for (let k = 0; k < count; k++) if (!sameValueZero(here[k]!.record.value, first.record.value)) return null;
  return first;
}

/** Equal as a Set tells values apart (NaN equals NaN). */
function sameValueZero(x: number, y: number): boolean {
  return x === y || (Number.isNaN(x) && Number.isNaN(y));
}

/** No other usable whole of the anchor's metric, scope and period in its section states another value. */
function anchorUnique(view: ReportView, anchor: Fact): boolean {
  const a = anchor.record;
  const periods = comparableScopes(view);
  return !(factsOf(view, a.metric)?.section.get(a.section) ?? NONE).some(
    (f) =>
      f !== anchor &&
      usable(f) &&
      !f.afterCue &&
      f.record.value !== a.value &&
      periods[f.index] === periods[anchor.index] &&
      sameFactScope(anchor, f),
  );
}
