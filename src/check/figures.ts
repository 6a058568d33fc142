/**
 * Where each record's figure is written inside its sentence, and how precisely. A record made by
 * solieu's runner carries the figure's own Markdown span (figureStart/figureEnd): with the block's
 * offset map it is placed exactly. Otherwise (records from elsewhere, reports checked without
 * blocks) the figure is found again among the numbers written in the sentence by its value and
 * the words beside it; several records of one sentence share it.
 */
import { findNumbers, type NumberMention } from '../text/numbers.ts';
import { fold } from '../text/normalize.ts';
import { memoize } from '../text/memo.ts';
import type { Record } from '../schema/record.ts';

export interface Figure {
  /** Offsets of the figure in record.text. */
  start: number;
  end: number;
  /** As written, e.g. "98,5%", "05", "1.234". */
  raw: string;
  /** Digits written after the decimal separator ("98,5%" → 1, "100%" → 0). */
  decimals: number;
  /** The denominator of a figure written as a fraction ("41/55" → 55). */
  over?: number;
}

/**
 * The token of a figure written with digits, "." and "," and "%" only ("1.250", "98,5%"): the text
 * without its "%" signs (nothing to trim or cut there); null for any other figure.
 */
function plainToken(raw: string): string | null {
  let percents = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 37) percents++;
    else if (!((c >= 48 && c <= 57) || c === 44 || c === 46)) return null;
  }
  return percents === 0 ? raw : raw.replace(/%/g, '');
}

/** Digits after the decimal mark of a written figure. */
export function decimalsOf(raw: string, percent: boolean): number {
  // without a separator there are no decimals (the common case: "48", "100%")
  if (!raw.includes(',') && !raw.includes('.')) return 0;
  const token = plainToken(raw) ?? raw.replace(/%/g, '').trim().split(/\s|\/|-|–/)[0] ?? '';
  let m = /^\d{1,3}(?:\.\d{3})+,(\d+)$/.exec(token);
  if (m) return m[1]!.length;
  m = /^\d+,(\d+)$/.exec(token);
  if (m && (percent || m[1]!.length !== 3)) return m[1]!.length;
  m = /^\d+\.(\d{1,2})$/.exec(token);
  if (m && percent) return m[1]!.length;
  return 0;
}

/** Decimals of a bare number when its written form is unknown (98.5 → 1). */
export function decimalsOfValue(value: number): number {
  const s = String(value);
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : Math.min(4, s.length - dot - 1);
}

function matches(m: NumberMention, r: Record): boolean {
  if (Math.abs(m.value - r.value) < 1e-9) return true;
  return m.denominator !== undefined && Math.abs(m.denominator - r.value) < 1e-9;
}

/** Words written next to a metric's figures (folded), to tell two equal numbers apart. */
const METRIC_WORDS: [RegExp, string[]][] = [
  [/^dossier\./, ['ho so']],
  [/^procedure\./, ['tthc', 'thu tuc', 'dich vu cong']],
  [/^staff\.by_degree$/, ['tien si', 'tien sy', 'thac si', 'thac sy', 'dai hoc', 'cao dang', 'trung cap', 'so cap']],
  [/^staff\.quota/, ['bien che']],
  [/^staff\./, ['cong chuc', 'vien chuc', 'nguoi', 'dong chi', 'luot', 'can bo', 'truong hop']],
  [/^org\.divisions$/, ['phong']],
  [/^org\.units$/, ['don vi']],
  [/^legal_doc\./, ['van ban', 'vbqppl', 'quyet dinh', 'nghi quyet']],
  [/^feedback\./, ['phan anh', 'kien nghi', 'don thu']],
  [/^(?:inspection|iso)\./, ['phong', 'don vi', 'co quan', 'xa', 'phuong']],
];
const DIM_WORDS: { [dim: string]: { [value: string]: string[] } } = {
  degree: {
    doctorate: ['tien si', 'tien sy'],
    master: ['thac si', 'thac sy'],
    bachelor: ['dai hoc'],
    college: ['cao dang'],
    other: ['trung cap', 'so cap', 'khac'],
  },
  channel: { online: ['truc tuyen', 'dvctt', 'dich vu cong'], postal: ['buu chinh', 'bcci'], direct: ['truc tiep'] },
  tier: { province: ['cap tinh'], district: ['cap huyen'], commune: ['cap xa'] },
};

function wordsOf(r: Record): { metric: string[]; dims: string[] } {
  const metric = METRIC_WORDS.find(([re]) => re.test(r.metric))?.[1] ?? [];
  const dims: string[] = [];
  for (const [k, v] of Object.entries(r.dimensions)) {
    if (v === undefined) continue;
    const words = DIM_WORDS[k]?.[v];
    if (words) dims.push(...words);
    else if (k === 'field' || k === 'subject') dims.push(fold(v));
  }
  return { metric, dims };
}

/** How well a mention fits a record: its metric's and dimensions' words right after or before it. */
function score(folded: string, m: NumberMention, r: Record): number {
  const after = folded.slice(m.end, m.end + 25);
  const before = folded.slice(Math.max(0, m.start - 40), m.start);
  const { metric, dims } = wordsOf(r);
  let s = 0;
  if (dims.some((w) => after.includes(w) || before.includes(w))) s += 3;
  if (metric.some((w) => after.includes(w))) s += 2;
  else if (metric.some((w) => before.includes(w))) s += 1;
  if (r.unit === 'percent' && m.percent) s += 2;
  return s;
}

/** The figure of a mention of `text`, its decimals read as written. */
function figureOf(m: NumberMention, r: Record): Figure {
  const figure: Figure = { start: m.start, end: m.end, raw: m.raw, decimals: decimalsOf(m.raw, m.percent || r.unit === 'percent') };
  if (m.denominator !== undefined) figure.over = m.denominator;
  return figure;
}

/** First index i with offsets[i] >= x (offsets never decrease). */
export function lowerBound(offsets: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The numbers written in a text; a view passes a memo, as many records share one sentence. */
export type MentionsOf = (text: string) => readonly NumberMention[];

/** findNumbers memoized for the texts of one report (the mentions are shared: never mutate them). */
export function mentionsMemo(): MentionsOf {
  return memoize(findNumbers, Infinity);
}

/**
 * The record's figure placed by its Markdown span: `offsets` is the map of the block holding the
 * sentence, `textAt` where record.text starts in the block's text. Null when the record has no
 * span or the span does not fall on a figure written in the sentence.
 */
export function figureBySpan(
  r: Record,
  offsets: ArrayLike<number> | undefined,
  textAt: number,
  mentionsOf: MentionsOf = findNumbers,
): Figure | null {
  if (!offsets || r.figureStart === undefined || r.figureEnd === undefined) return null;
  const i = lowerBound(offsets, r.figureStart);
  if (offsets[i] !== r.figureStart) return null;
  const j = lowerBound(offsets, r.figureEnd);
  const start = i - textAt;
  const end = j - textAt;
  if (start < 0 || end <= start || end > r.text.length) return null;
  const m = mentionsOf(r.text).find((n) => n.start === start);
  if (m) return figureOf(m, r);
  const raw = r.text.slice(start, end);
  return /\d/.test(raw) ? { start, end, raw, decimals: decimalsOf(raw, r.unit === 'percent') } : null;
}

/**
 * Locate the figure of every record. `known` holds figures already placed by their span; the
 * others sharing one sentence take the mentions with their value that are still free; when a
 * value is written twice, the mention with the record's words beside it wins. A record whose
 * figure cannot be found gets null.
 */
export function locateFigures(
  records: readonly Record[],
  known: readonly (Figure | null)[] = [],
  mentionsOf: MentionsOf = findNumbers,
): (Figure | null)[] {
  const out: (Figure | null)[] = records.map((_, i) => known[i] ?? null);
  // records placed by their span (all of those solieu reads) need no search
  if (out.every((f) => f !== null)) return out;
  const groups = new Map<string, number[]>();
  records.forEach((r, i) => {
    const key = `${r.start}:${r.end}:${r.text}`;
    const g = groups.get(key);
    if (g) g.push(i);
    else groups.set(key, [i]);
  });
  for (const idx of groups.values()) {
    if (idx.every((i) => out[i])) continue;
    const text = records[idx[0]!]!.text;
    const folded = fold(text);
    const mentions = mentionsOf(text);
    const taken = new Set<number>();
    for (const i of idx) {
      const f = out[i];
      if (f) mentions.forEach((m, k) => m.start === f.start && taken.add(k));
    }
    const assign = (i: number, k: number) => {
      taken.add(k);
      out[i] = figureOf(mentions[k]!, records[i]!);
    };
    // exact values first, best fitting pairs first; then a fraction's denominator
    const pairs: { i: number; k: number; s: number }[] = [];
    for (const i of idx) {
      mentions.forEach((m, k) => {
        if (Math.abs(m.value - records[i]!.value) < 1e-9) pairs.push({ i, k, s: score(folded, m, records[i]!) });
      });
    }
    pairs.sort((a, b) => b.s - a.s || a.i - b.i || a.k - b.k);
    for (const p of pairs) if (!out[p.i] && !taken.has(p.k)) assign(p.i, p.k);
    for (const i of idx) {
      if (out[i]) continue;
      const k = mentions.findIndex((m, j) => !taken.has(j) && matches(m, records[i]!));
      if (k >= 0) assign(i, k);
    }
  }
  return out;
}
