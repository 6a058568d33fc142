/** A cue after the total in its sentence ("… 1.250 hồ sơ, trong đó: …"), or brackets right after it. */
import { bracketEnd, depthsOf } from '../blocks.ts';
import type { Fact, ReportView } from '../report-view.ts';
import { choose, narrower, totalMetricOf, wholeOf, type Breakdown } from './choose.ts';
import { sortInPlace } from '../in-order.ts';

interface Span {
  start: number;
  end: number;
}

interface Cue extends Span {
  /** Where the parts may be found up to (exclusive); -1 when the cue is in no sentence with figures. */
  scopeEnd: number;
  /** The next word cue of the same sentence. */
  next?: Cue | undefined;
}

/** The comma of a pair of bodies or staff named as one noun: "cơ quan, đơn vị", "sở, ban, ngành", "xã, thị trấn", "cán bộ, công chức". */
const NOUN_PAIR_COMMA = /,(?=\s*(?:đơn vị|ban|ngành|phường|thị trấn|xã|công chức|viên chức|người lao động|cơ quan|huyện|quận|thị xã|thành phố|phòng|trung tâm|chi cục)(?![\p{L}]))/gu;

export function inlineBreakdowns(view: ReportView, facts: Map<number, Fact[]>, out: Breakdown[]): void {
  for (const [b, list] of facts) {
    const text = view.blocks[b]!.text;
    const folded = view.folded[b]!;
    const wordCues = view.cuesOf(folded);
    // neither a word cue nor a bracket: nothing opens parts here
    if (wordCues.length === 0 && !text.includes('(')) continue;
    const depth = depthsOf(view, b);
    const spans: Span[] = [];
    for (const f of list) {
      const s = { start: f.textAt, end: f.textAt + f.record.text.length };
      if (!spans.some((x) => x.start === s.start)) spans.push(s);
    }
    sortInPlace(spans, (x, y) => x.start - y.start);
    const cues: Cue[] = wordCues.map((c) => ({ start: c.start, end: c.end, scopeEnd: -1 }));
    // word cues: the scope runs to the end of the sentence or to the next word cue
    cues.forEach((cue, q) => {
      const s = spans.find((x) => x.start <= cue.start && cue.start < x.end);
      const next = cues[q + 1];
      cue.scopeEnd = s ? (next && next.start < s.end ? next.start : s.end) : -1;
      cue.next = next && s && next.start < s.end ? next : undefined;
    });
    // "1.250 hồ sơ (trực tuyến 800, trực tiếp 450)": a bracket right after a figure opens its parts
    for (let i = text.indexOf('('); i >= 0; i = text.indexOf('(', i + 1)) {
      const before = list.findLast((f) => f.figure && f.textAt + f.figure.end <= i);
      // ("tiếp nhận 10 PAKN về quy định hành chính (cấp tỉnh 04, …)": past the figure's noun and what it is about, no other figure between.)
      // ("10 cơ quan, đơn vị (04 sở, …)": the comma of a noun pair is no end of the figure's phrase.)
      if (!before) continue;
      const gap = text.slice(before.textAt + before.figure!.end, i).replace(NOUN_PAIR_COMMA, ' ');
      if (gap.length > 60 || (gap.length > 20 && /\d/.test(gap)) || /[,;:.]/.test(gap)) continue;
      cues.push({ start: i, end: i + 1, scopeEnd: bracketEnd(depth, i, text.length) });
    }
    for (const cue of cues) {
      if (cue.scopeEnd < 0) continue;
      const s = spans.find((x) => x.start <= cue.start && cue.start < x.end);
      if (!s) continue;
      let scope = list.filter((f) => f.at >= cue.end && f.at < cue.scopeEnd && depth.at(f.at) === depth.at(cue.start));
      // no figure in the cue's scope: no part to read
      if (scope.length === 0) continue;
      if (cue.next) {
        const beforeNext = list.findLast((f) => f.at < cue.next!.start);
        scope = scope.filter((f) => f !== beforeNext);
      }
      const prev = spans.findLast((x) => x.end <= s.start);
      const openingNext = prev !== undefined && cue.start - s.start <= 20 && s.start - prev.end <= 5;
      for (const m of new Set(scope.map((f) => f.record.metric))) {
        const tm = totalMetricOf(m);
        const parts = scope.filter((f) => f.record.metric === m);
        const candidates = list.filter(
          (f) =>
            f.record.metric === tm &&
            f.at < cue.start &&
            (depth.at(f.at) ?? 0) <= (depth.at(cue.start) ?? 0) &&
            cue.start - f.at <= 200 &&
            (f.at >= s.start || (openingNext && f.at >= prev.start)),
        );
        // "tiếp nhận 2.874 hồ sơ, trong đó 2.861 hồ sơ nộp trực tuyến. Phân theo lĩnh vực: …": parts
        // with no channel break down the plain total, not the online figure stated after it
        const total = wholeOf(candidates, parts);
        if (!total) continue;
        if (list.some((f) => f.record.metric === m && f.at > total.at && f.at < cue.start && !(candidates.includes(f) && narrower(f, parts)))) continue;
        const got = choose(view, total, parts, 'other-label');
        if (got) out.push({ kind: 'inline', total, parts: got.parts, dimension: got.dim });
      }
    }
  }
}

