/**
 * Which figures talk about the same thing. Two records share a scope when their dimensions
 * agree (mechanism and type may be missing on one side) and they sit close: the same clause,
 * sentence, block, section, or an enclosing section — the nearest place where exactly one
 * candidate is found wins; two candidates there make the question ambiguous and nothing is
 * compared.
 */
import type { Dimensions, Record } from '../schema/record.ts';
import type { Fact, ReportView } from './report-view.ts';
import { factsOf, type MetricFacts } from './facts-by-metric.ts';
import { memoize } from '../text/memo.ts';

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
  let out: (string | undefined)[] | null = null;
  for (let i = 0; i < DIM_KEYS.length; i++) {
    const v = d[DIM_KEYS[i]!];
    if (v === undefined) continue;
    out ??= DIM_KEYS.map(() => undefined);
    out[i] = norm(v);
  }
  return out ?? UNSET;
}

const LOOSE_AT = DIM_KEYS.map((k) => LOOSE.includes(k));

/** sameScope of two facts, over their normalized dimensions. */
export function sameFactScope(a: Fact, b: Fact, ignore: readonly DimKey[] = NO_KEYS): boolean {
  const x = a.dims;
  const y = b.dims;
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
  return section === ancestor || section.startsWith(`${ancestor}/`);
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
}

/** Two lists of facts in view order, merged into one (in view order, each fact once). */
function union(x: readonly Fact[], y: readonly Fact[]): readonly Fact[] {
  if (y.length === 0 || x === y) return x;
  if (x.length === 0) return y;
  const out: Fact[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    const a = x[i];
    const b = y[j];
    if (b === undefined || (a !== undefined && a.index < b.index)) {
      out.push(a!);
      i++;
    } else {
      out.push(b);
      j++;
      if (a === b) i++;
    }
  }
  return out;
}

const NONE: readonly Fact[] = [];

/**
 * The facts that can sit at one of the anchor's places (same clause, sentence, block or section),
 * in view order. A clause lies in its sentence, and a sentence in its block (facts of one sentence
 * start at one offset), so the block's facts hold the clause's and the sentence's.
 */
function nearFacts(m: MetricFacts, anchor: Fact, section: boolean): readonly Fact[] {
  const { block, sentence, section: bySection } = m.byPlace;
  const local = (anchor.block >= 0 ? block.get(anchor.block) : sentence.get(anchor.sentence)) ?? NONE;
  return section ? union(local, bySection.get(anchor.record.section) ?? NONE) : local;
}

function usable(f: Fact): boolean {
  return f.record.qualifier === undefined;
}

/**
 * Whether a fact sits at the anchor's place of `level`: 0 its clause, 1 its sentence, 2 its block,
 * then `outer[level - 3]`: the anchor's section (when `exactSection`), then enclosing sections.
 */
function atPlace(f: Fact, anchor: Fact, level: number, outer: readonly string[], exactSection: boolean): boolean {
  switch (level) {
    case 0:
      return f.clause === anchor.clause;
    case 1:
      return f.sentence === anchor.sentence;
    case 2:
      return anchor.block >= 0 && f.block === anchor.block;
    default: {
      const s = outer[level - 3]!;
      return level === 3 && exactSection ? f.record.section === s : within(f.record.section, s);
    }
  }
}

function unsetIn(f: Fact, unset: readonly DimKey[] | undefined): boolean {
  if (unset === undefined) return true;
  for (const k of unset) if (f.record.dimensions[k] !== undefined) return false;
  return true;
}

/**
 * The one figure of `metric` in the anchor's scope, or null (none, or ambiguous at the nearest
 * place that has any).
 */
export function partner(view: ReportView, anchor: Fact, metric: string, opts: PartnerOptions = {}): Fact | null {
  const m = factsOf(view, metric);
  if (m === undefined) return null;
  const a = anchor.record;
  const ignore = opts.unset === undefined ? (opts.ignore ?? NO_KEYS) : [...(opts.ignore ?? []), ...opts.unset];
  // a section is a scope only in a report that has sections; "" is the whole unstructured text
  const sectionScope = a.section !== '' && !opts.blockOnly;
  const widen = opts.widen === true && !opts.blockOnly;
  // Only a figure at one of the places can be chosen: look among those (indexed), not the whole report.
  const near = widen ? m.all : nearFacts(m, anchor, sectionScope);
  const candidates: Fact[] = [];
  for (const f of near) {
    if (
      f !== anchor &&
      usable(f) &&
      unsetIn(f, opts.unset) &&
      (!opts.wholesOnly || !f.afterCue || f.clause === anchor.clause) &&
      sameFactScope(anchor, f, ignore)
    )
      candidates.push(f);
  }
  if (candidates.length === 0) return null;
  const outer = sectionScope ? [a.section] : [];
  if (widen) outer.push(...ancestors(a.section));
  for (let level = 0; level < 3 + outer.length; level++) {
    const here = candidates.filter((f) => atPlace(f, anchor, level, outer, sectionScope));
    if (here.length === 0) continue;
    // at section level, the anchor must be the section's one figure of its kind as well
    if (level >= 3 && !anchorUnique(view, anchor)) return null;
    if (here.length === 1) return here[0]!;
    const exact = here.filter((f) => sameFactDims(f, anchor));
    if (exact.length === 1) return exact[0]!;
    if (here.every((f) => sameValueZero(f.record.value, here[0]!.record.value))) return here[0]!;
    return null;
  }
  return null;
}

/** Equal as a Set tells values apart (NaN equals NaN). */
function sameValueZero(x: number, y: number): boolean {
  return x === y || (Number.isNaN(x) && Number.isNaN(y));
}

/** No other usable whole of the anchor's metric and scope in its section states another value. */
function anchorUnique(view: ReportView, anchor: Fact): boolean {
  const a = anchor.record;
  return !(factsOf(view, a.metric)?.byPlace.section.get(a.section) ?? NONE).some(
    (f) => f !== anchor && usable(f) && !f.afterCue && f.record.value !== a.value && sameFactScope(anchor, f),
  );
}
