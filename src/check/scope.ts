/**
 * Which figures talk about the same thing. Two records share a scope when their dimensions
 * agree (mechanism and type may be missing on one side) and they sit close: the same clause,
 * sentence, block, section, or an enclosing section — the nearest place where exactly one
 * candidate is found wins; two candidates there make the question ambiguous and nothing is
 * compared.
 */
import type { Dimensions, Record } from '../schema/record.ts';
import type { Fact, ReportView } from './report-view.ts';

export type DimKey = keyof Dimensions;
export const DIM_KEYS: DimKey[] = ['field', 'channel', 'mechanism', 'level', 'degree', 'status', 'tier', 'type', 'subject'];
/** Dimensions that may be left unsaid on one side without changing what is counted. */
const LOOSE: DimKey[] = ['mechanism', 'type'];

/** Normalized dimension values, memoized: few distinct values, compared very often (bounded). */
const NORMED = new Map<string, string>();

export function norm(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  let n = NORMED.get(v);
  if (n === undefined) {
    n = v.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
    if (NORMED.size >= 4096) NORMED.clear();
    NORMED.set(v, n);
  }
  return n;
}

/** Dimensions agree: equal everywhere, except loose ones that one side leaves unsaid. */
export function sameScope(a: Dimensions, b: Dimensions, ignore: readonly DimKey[] = []): boolean {
  for (const k of DIM_KEYS) {
    if (ignore.includes(k)) continue;
    const x = norm(a[k]);
    const y = norm(b[k]);
    if (x === y) continue;
    if (LOOSE.includes(k) && (x === undefined || y === undefined)) continue;
    return false;
  }
  return true;
}

export function sameDims(a: Dimensions, b: Dimensions): boolean {
  return DIM_KEYS.every((k) => norm(a[k]) === norm(b[k]));
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

/** The view's facts of one metric, in the view's order, and the same grouped by place. */
interface MetricFacts {
  all: Fact[];
  clause: Map<string, Fact[]>;
  sentence: Map<string, Fact[]>;
  block: Map<number, Fact[]>;
  section: Map<string, Fact[]>;
}

/** Built once per view (a view's facts never change after it is built). */
const BY_METRIC = new WeakMap<ReportView, Map<string, MetricFacts>>();

function add<K>(m: Map<K, Fact[]>, k: K, f: Fact): void {
  const list = m.get(k);
  if (list) list.push(f);
  else m.set(k, [f]);
}

function factsOf(view: ReportView, metric: string): MetricFacts | undefined {
  let index = BY_METRIC.get(view);
  if (index === undefined) {
    index = new Map();
    for (const f of view.facts) {
      let m = index.get(f.record.metric);
      if (m === undefined) {
        m = { all: [], clause: new Map(), sentence: new Map(), block: new Map(), section: new Map() };
        index.set(f.record.metric, m);
      }
      m.all.push(f);
      add(m.clause, f.clause, f);
      add(m.sentence, f.sentence, f);
      add(m.block, f.block, f);
      add(m.section, f.record.section, f);
    }
    BY_METRIC.set(view, index);
  }
  return index.get(metric);
}

/** The facts that can sit at one of the anchor's places (same clause, sentence, block or section), in view order. */
function nearFacts(m: MetricFacts, anchor: Fact, section: boolean): Fact[] {
  const lists = [m.clause.get(anchor.clause), m.sentence.get(anchor.sentence)];
  if (anchor.block >= 0) lists.push(m.block.get(anchor.block));
  if (section) lists.push(m.section.get(anchor.record.section));
  const seen = new Set<Fact>();
  for (const list of lists) for (const f of list ?? []) seen.add(f);
  return [...seen].sort((x, y) => x.index - y.index);
}

function usable(f: Fact): boolean {
  return f.record.qualifier === undefined;
}

/**
 * The one figure of `metric` in the anchor's scope, or null (none, or ambiguous at the nearest
 * place that has any).
 */
export function partner(view: ReportView, anchor: Fact, metric: string, opts: PartnerOptions = {}): Fact | null {
  const a = anchor.record;
  const ignore = [...(opts.ignore ?? []), ...(opts.unset ?? [])];
  const places: ((f: Fact) => boolean)[] = [
    (f) => f.clause === anchor.clause,
    (f) => f.sentence === anchor.sentence,
    (f) => anchor.block >= 0 && f.block === anchor.block,
  ];
  // a section is a scope only in a report that has sections; "" is the whole unstructured text
  if (a.section !== '' && !opts.blockOnly) places.push((f) => f.record.section === a.section);
  if (opts.widen === true && !opts.blockOnly) for (const s of ancestors(a.section)) places.push((f) => within(f.record.section, s));
  // Only a figure at one of the places can be chosen: look among those (indexed), not the whole report.
  const m = factsOf(view, metric);
  const sectionScope = a.section !== '' && !opts.blockOnly;
  const near = m === undefined ? [] : opts.widen === true && !opts.blockOnly ? m.all : nearFacts(m, anchor, sectionScope);
  const candidates = near.filter(
    (f) =>
      f !== anchor &&
      usable(f) &&
      (opts.unset ?? []).every((k) => f.record.dimensions[k] === undefined) &&
      (!opts.wholesOnly || !f.afterCue || f.clause === anchor.clause) &&
      sameScope(a.dimensions, f.record.dimensions, ignore),
  );
  if (candidates.length === 0) return null;
  // at section level, the anchor must be the section's one figure of its kind as well
  const anchorUnique = () =>
    !(factsOf(view, a.metric)?.section.get(a.section) ?? []).some(
      (f) =>
        f !== anchor &&
        usable(f) &&
        !f.afterCue &&
        f.record.value !== a.value &&
        sameScope(a.dimensions, f.record.dimensions),
    );
  for (const [level, at] of places.entries()) {
    const here = candidates.filter(at);
    if (here.length && level >= 3 && !anchorUnique()) return null;
    if (here.length === 0) continue;
    if (here.length === 1) return here[0]!;
    const exact = here.filter((f) => sameDims(f.record.dimensions, a.dimensions));
    const values = new Set(here.map((f) => f.record.value));
    if (exact.length === 1) return exact[0]!;
    if (values.size === 1) return here[0]!;
    return null;
  }
  return null;
}
