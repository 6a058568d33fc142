/**
 * A report as the checks read it: every record with its block, the figure's position in the
 * block's text, and the clause it sits in. Built once per report and shared by every check.
 */
import { fold, foldSlice } from '../text/normalize.ts';
import type { Record } from '../schema/record.ts';
import { figureBySpan, locateFigures, lowerBound, mentionsMemo, type Figure } from './figures.ts';
import type { ReportInput, SectionInfo, TextBlock } from './types.ts';
import { cueSpansMemo, type CuesOf } from './blocks.ts';
import { factsOf, groupBy } from './facts-by-metric.ts';
import { perView } from './per-view.ts';
import { DIM_KEYS, normalizeDims, type NormalizedDims } from './scope.ts';
import { issuerKey, namedBody, namesABody, namesIssuer } from './named-body.ts';
import { inheritElided } from './elided-subject.ts';

const SUBJECT_AT = DIM_KEYS.indexOf('subject');
import { sortInPlace } from './in-order.ts';

/** Another fact of the sentence has a figure ending at or before `c`. */
function figureEndsBy(list: readonly Fact[], f: Fact, c: number): boolean {
  for (const g of list) if (g !== f && g.figure !== null && g.figure.end <= c) return true;
  return false;
}

/**
 * A clause after a ";" past the cue that states another metric than every part before the ";"
 * ("đã giải quyết 1.217 hồ sơ, trong đó đúng hạn 1.192, quá hạn 25; đang giải quyết 54 hồ sơ"): the
 * cue's parts ended at the ";" — the pending figure is a whole of its own. Parts listed after ";"
 * ("trong đó: hộ tịch 200 hồ sơ; chứng thực 300 hồ sơ") share the metric of the parts before it.
 */
function newClauseAfter(list: readonly Fact[], f: Fact, c: number): boolean {
  const semi = f.folded.lastIndexOf(';', f.figure!.start);
  if (semi < c) return false;
  let before = false;
  for (const g of list) {
    if (g === f || g.figure === null || g.figure.start < c || g.figure.start > semi) continue;
    if (g.record.metric === f.record.metric) return false;
    before = true;
  }
  return before;
}

/**
 * A figure after a breakdown cue that itself follows a figure of the sentence ("… 1.250 hồ sơ,
 * trong đó trực tuyến 800 …") is a part; "bộ TTHC gồm 142 TTHC" states a whole.
 */
function markParts(facts: Fact[], cuesOf: CuesOf): void {
  // the facts of each sentence; null for a sentence (its first fact's text) without a cue, as
  // nothing in it can follow one
  const bySentence = new Map<string, Fact[] | null>();
  // the earliest end of a sentence with figures in each block
  const firstEnd = new Map<number, number>();
  for (const f of facts) {
    const list = bySentence.get(f.sentence);
    if (list) list.push(f);
    else if (list === undefined) bySentence.set(f.sentence, cuesOf(f.folded).length > 0 ? [f] : null);
    const end = firstEnd.get(f.block);
    if (end === undefined || f.record.end < end) firstEnd.set(f.block, f.record.end);
  }
  for (const list of bySentence.values()) {
    if (list === null || !list.some((f) => f.figure !== null)) continue;
    const cues = cuesOf(list[0]!.folded);
    if (cues.length === 0) continue;
    for (const f of list) {
      if (!f.figure) continue;
      const at = f.figure.start;
      // "Trong đó, …" opening the sentence after a figure of the same paragraph
      const afterParagraphFigure = f.block >= 0 && firstEnd.get(f.block)! <= f.record.start;
      let afterCue = false;
      for (let q = 0; q < cues.length && !afterCue; q++) {
        const c = cues[q]!.start;
        afterCue = c < at && (figureEndsBy(list, f, c) || (c <= 3 && afterParagraphFigure)) && !newClauseAfter(list, f, c);
      }
      f.afterCue = afterCue;
    }
  }
}

/** Between two figures of a clause: another body or a whole territory is named ("toàn tỉnh", "Chi cục …"). */
const OTHER_SCOPE = /(?<![a-z])(?:toan|tren dia ban|cap (?:tinh|huyen|xa)|ca nuoc|tong so|tong cong)(?![a-z])|(?<![\p{L}])(?:Sở|Chi cục|Phòng|Trung tâm|Văn phòng|Ban|Cục|Công an|UBND|Ủy ban|Huyện|Thị xã|Thành phố|Quận|Xã|Phường|Thị trấn)\s+\p{Lu}/u;

/** A later clause's own scope, past a ";": the rest, the others, all together ("các đơn vị còn lại", "tỷ lệ chung"). */
const OTHER_CLAUSE_SCOPE = /(?<![a-z])(?:chung|con lai|khac|rieng|cac (?:so|don vi|co quan|huyen|xa|phuong)|tat ca)(?![a-z])/;

/**
 * A figure of a sentence whose earlier figure was read with the body it belongs to ("Sở Xây dựng
 * tiếp nhận 800 hồ sơ, đã giải quyết 790 hồ sơ, đang giải quyết 10 hồ sơ": the subject read for
 * 800 only) is that body's too, unless another body or a whole territory is named between them:
 * its normalized dimensions take the subject, for comparing (the record is left as read). Past a
 * ";" the body goes on ("Sở Tư pháp tiếp nhận 2.145 hồ sơ, giải quyết 2.098 hồ sơ …; tỷ lệ đúng
 * hạn đạt 97,8%") unless the new clause turns to the rest or to all ("các đơn vị còn lại", "chung").
 */
function inheritSubjects(facts: Fact[]): void {
  const bySentence = new Map<string, Fact[]>();
  let any = false;
  for (const f of facts) {
    if (f.record.dimensions.subject !== undefined) any = true;
    const list = bySentence.get(f.sentence);
    if (list) list.push(f);
    else bySentence.set(f.sentence, [f]);
  }
  if (!any) return;
  for (const list of bySentence.values()) {
    if (list.length < 2 || !list.some((f) => f.record.dimensions.subject !== undefined)) continue;
    const ordered = [...list].sort((a, b) => a.at - b.at || a.index - b.index);
    let from: Fact | null = null;
    for (const f of ordered) {
      if (!f.figure) continue;
      if (f.record.dimensions.subject !== undefined) {
        from = f;
        continue;
      }
      if (!from || !from.figure || f.record.dimensions.tier !== undefined) continue;
      const between = f.record.text.slice(from.figure.end, f.figure.start);
      const folded = fold(between);
      if (OTHER_SCOPE.test(between) || OTHER_SCOPE.test(folded) || (f.clause !== from.clause && OTHER_CLAUSE_SCOPE.test(folded))) {
        from = null;
        continue;
      }
      f.dims = normalizeDims({ ...f.record.dimensions, subject: from.record.dimensions.subject });
    }
  }
}

/**
 * A figure read without a subject whose clause names another body than the issuer before it
 * ("Một số sở có nhiều hồ sơ: Sở Tài nguyên và Môi trường tiếp nhận 3.208 hồ sơ" in a service
 * centre's report) is that body's: its normalized dimensions take the name, for comparing (the
 * record is left as read). A subject read (or inherited) that names the issuer itself ("Sở
 * TN&MT tiếp nhận 3.106 hồ sơ" in that department's report) is the report's own figure: its
 * normalized dimensions leave it out. Without a known issuer nothing is named.
 */
function nameBodies(facts: Fact[], agency: string | null): void {
  const issuer = issuerKey(agency);
  if (issuer === null) return;
  const own = new Map<string, boolean>();
  for (const f of facts) {
    const subject = f.dims[SUBJECT_AT];
    if (subject === undefined) continue;
    let isIssuer = own.get(subject);
    if (isIssuer === undefined) own.set(subject, (isIssuer = namesIssuer(f.record.dimensions.subject ?? subject, issuer)));
    if (isIssuer) {
      const dims = [...f.dims];
      dims[SUBJECT_AT] = undefined;
      f.dims = normalizeDims(Object.fromEntries(DIM_KEYS.map((k, i) => [k, dims[i]]).filter(([, v]) => v !== undefined)));
    }
  }
  // a sentence naming no body by a capitalised name (most) has none to give: tested once per sentence
  let sentence = '';
  let names = false;
  for (const f of facts) {
    if (f.sentence !== sentence) {
      sentence = f.sentence;
      names = namesABody(f.record.text);
    }
    if (!names || f.dims[SUBJECT_AT] !== undefined || f.record.dimensions.tier !== undefined) continue;
    const body = namedBody(f, issuer);
    if (body) f.dims = normalizeDims({ ...f.record.dimensions, subject: body });
  }
}

export interface Fact {
  /** Index into the report's records. */
  index: number;
  record: Record;
  /** Index into view.blocks, -1 when the report came without blocks. */
  block: number;
  /** Offset of record.text in the block's text (0 without blocks). */
  textAt: number;
  figure: Figure | null;
  /** Position of the figure in the block's text (in record.text without blocks). */
  at: number;
  /** Key of the sentence: facts of one sentence share it. */
  sentence: string;
  /** Key of the clause (the sentence cut at ";"). */
  clause: string;
  /** fold(record.text): the sentence folded once for every check. */
  folded: string;
  /** The record's dimensions normalized (see scope.ts). */
  dims: NormalizedDims;
  /** The figure follows a breakdown cue ("trong đó", "gồm", "cụ thể") in its sentence: a part, not a whole. */
  afterCue: boolean;
}

export interface ReportView {
  sha256: string;
  /** The report's metadata as the structure read it (CONTRACT §1); null when unknown. */
  period: string | null;
  agency: string | null;
  province: string | null;
  records: readonly Record[];
  blocks: readonly TextBlock[];
  sections: readonly SectionInfo[];
  markdown: string | undefined;
  facts: Fact[];
  /** Folded text of each block (same length as the text). */
  folded: readonly string[];
  /** The breakdown cues of a folded text of this report (cueSpans, remembered). */
  cuesOf: CuesOf;
}

function blockIndexOf(blocks: readonly TextBlock[], offset: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found >= 0 && offset < blocks[found]!.end) return found;
  return -1;
}

/** Where record.text starts in its block's text: by the offset map when the block has one; -1 when not found. */
function locate(b: TextBlock, record: Record): number {
  if (b.offsets) {
    // offsets never decrease: the first position mapped to record.start; the text is compared by
    // slice, as startsWith at an offset is slow on strings built by concatenation
    const i = lowerBound(b.offsets, record.start);
    if (b.offsets[i] === record.start && b.text.slice(i, i + record.text.length) === record.text) return i;
  }
  return b.text.indexOf(record.text);
}

/**
 * The clause a position is in, as a key within its sentence: the number of semicolons before it outside brackets; a
 * position inside a bracket that holds a semicolon is in that bracket's own clause ("112 phản ánh (qua Tổng đài: 87; qua
 * Hệ thống PAKN: 25), đã xử lý 109": the 109 shares its clause with the 112, the bracket's parts are apart).
 */
function clauseKeyAt(text: string, end: number): string {
  if (!text.includes(';')) return '0';
  let n = 0;
  let depth = 0;
  let open = -1;
  let semisInside = false;
  for (let i = 0; i < end && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) {
      if (depth === 0) {
        open = i;
        semisInside = false;
      }
      depth++;
    } else if (c === 41) {
      if (depth > 0) depth--;
    } else if (c === 59) {
      if (depth === 0) n++;
      else semisInside = true;
    }
  }
  if (depth > 0) {
    // the rest of the bracket decides whether it holds a semicolon of its own
    if (!semisInside) {
      let d = depth;
      for (let i = end; i < text.length && d > 0; i++) {
        const c = text.charCodeAt(i);
        if (c === 40) d++;
        else if (c === 41) d--;
        else if (c === 59 && d === 1) {
          semisInside = true;
          break;
        }
      }
    }
    if (semisInside) return `p${open}`;
  }
  return String(n);
}

/** The blocks in order of their start (as given when they are in order already, as they come). */
function sortedBlocks(blocks: readonly TextBlock[]): TextBlock[] {
  let sorted = true;
  for (let i = 1; i < blocks.length && sorted; i++) sorted = blocks[i - 1]!.start <= blocks[i]!.start;
  // a stable sort keeps blocks in order as they are
  return sorted ? [...blocks] : [...blocks].sort((a, b) => a.start - b.start);
}

/** What the records of one sentence share, read for the first and kept for the next ones. */
interface SentenceReading {
  start: number;
  end: number;
  text: string;
  block: number;
  /** Where the text starts in the block's text, -1 when not found there. */
  at: number;
  key: string;
  folded: string;
  /** The clause keys made so far, by clauseKeyAt (the semicolons before the figure outside brackets, or its bracket). */
  clauses: { [key: string]: string };
}

export function buildView(input: ReportInput): ReportView {
  const blocks = sortedBlocks(input.blocks ?? []);
  const folded = blocks.map((b) => fold(b.text));
  const records = input.records;
  const mentionsOf = mentionsMemo();
  const readings: SentenceReading[] = [];
  const known: (Figure | null)[] = [];
  let last: SentenceReading | null = null;
  for (const record of records) {
    const block = blockIndexOf(blocks, record.start);
    const b = blocks[block];
    // the records of a sentence come one after another: read it once
    if (last === null || last.start !== record.start || last.end !== record.end || last.text !== record.text || last.block !== block) {
      const at = b ? locate(b, record) : -1;
      last = {
        start: record.start,
        end: record.end,
        text: record.text,
        block,
        at,
        key: `${record.start}:${record.end}`,
        // the block folds unit by unit almost always: the sentence's folding is a slice of it then
        folded: b && at >= 0 ? foldSlice(b.text, at, at + record.text.length) : fold(record.text),
        clauses: {},
      };
    }
    readings.push(last);
    known.push(b ? figureBySpan(record, b.offsets, Math.max(0, last.at), mentionsOf) : null);
  }
  const figures = locateFigures(records, known, mentionsOf);
  const facts: Fact[] = records.map((record, index) => {
    const reading = readings[index]!;
    const textAt = Math.max(0, reading.at);
    const figure = figures[index] ?? null;
    const inText = figure?.start ?? 0;
    const sentence = reading.key;
    const semi = clauseKeyAt(record.text, inText);
    return {
      index,
      record,
      block: reading.block,
      textAt,
      figure,
      at: textAt + inText,
      sentence,
      clause: (reading.clauses[semi] ??= `${sentence}#${semi}`),
      folded: reading.folded,
      dims: normalizeDims(record.dimensions),
      afterCue: false,
    };
  });
  const cuesOf = cueSpansMemo();
  markParts(facts, cuesOf);
  inheritSubjects(facts);
  nameBodies(facts, input.agency ?? null);
  inheritElided(facts);
  return {
    sha256: input.sha256,
    period: input.period,
    agency: input.agency ?? null,
    province: input.province ?? null,
    records,
    blocks,
    sections: input.sections ?? [],
    markdown: input.markdown,
    facts,
    folded,
    cuesOf,
  };
}

/** Facts in reading order (by sentence start, then position in the sentence). */
export function inReadingOrder(facts: readonly Fact[]): Fact[] {
  return sortInPlace(
    [...facts],
    (a, b) => a.record.start - b.record.start || (a.figure?.start ?? 0) - (b.figure?.start ?? 0) || a.index - b.index,
  );
}

/** The view's facts in reading order, sorted once per view (never mutate it). */
export const factsInReadingOrder = perView((view): readonly Fact[] => inReadingOrder(view.facts));

/** The view's facts of each sentence (by Fact.sentence), in view order; once per view (never mutate them). */
export const factsBySentence = perView((view): ReadonlyMap<string, readonly Fact[]> => groupBy(view.facts, (f) => f.sentence));

/** Folded words around a fact's figure in its sentence (the whole sentence when not located). */
export function windowOf(f: Fact, before = 40, after = 30): string {
  const text = f.folded;
  if (!f.figure) return text;
  return text.slice(Math.max(0, f.figure.start - before), Math.min(text.length, f.figure.end + after));
}

/** Facts of a metric usable for arithmetic: an exact figure (no "khoảng", "trên"). */
export function exact(view: ReportView, metric: string): Fact[] {
  return (factsOf(view, metric)?.all ?? []).filter((f) => f.record.qualifier === undefined);
}
