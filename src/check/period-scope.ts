/**
 * The period a figure is counted over, read from the words before it in its sentence: the
 * report's own period (""), another period named before it ("Riêng quý IV năm 2023, …" in a
 * yearly report, "lũy kế 6 tháng đầu năm" in a quarterly one) or a running total since the
 * year's start ("lũy kế từ đầu năm", "tính đến nay"). Figures of different periods are not parts,
 * wholes, restatements or rates of each other, within a report or across reports.
 */
import type { Record } from '../schema/record.ts';
import { fold } from '../text/normalize.ts';
import { locateFigures } from './figures.ts';
import { perView } from './per-view.ts';
import { contains, findPeriodMentions, parsePeriod, type Period, type PeriodMention } from './periods.ts';
import type { Fact, ReportView } from './report-view.ts';

/** Words anywhere before a figure in its sentence that make it a running total since the year's start. */
const RUNNING = /(?<![a-z])(?:luy ke|tu dau nam|tinh tu dau|tinh den (?:nay|het))(?![a-z])/;
/** Right after a period named: a carry-over from it ("quý I chuyển sang", "tồn"). */
const CARRY_AFTER = /^\s*(?:nam \d{4}\s*)?(?:chuyen sang|ton|con ton)(?![a-z])/;
/** Right before a period named: a comparison with it. */
const COMPARED_BEFORE = /(?<![a-z])(?:so voi|cung ky|hon|bang)\s*$/;

/**
 * `period:<canonical>` when the last period named before the figure (at `at` in the sentence,
 * `folded` = fold(text)) is not the report's — a period named for a carry-over ("quý I chuyển
 * sang") or a comparison ("so với quý I") does not count; else `running` for a running total;
 * else "".
 */
export function periodScope(text: string, folded: string, at: number, report: Period | null, mentions?: readonly PeriodMention[]): string {
  if (report) {
    let last = null;
    for (const m of mentions ?? findPeriodMentions(text, report.year, folded)) {
      if (m.end > at) break;
      if (CARRY_AFTER.test(folded.slice(m.end, m.end + 16)) || COMPARED_BEFORE.test(folded.slice(Math.max(0, m.start - 14), m.start))) continue;
      last = m;
    }
    if (last && !(contains(last.period, report) && contains(report, last.period))) return `period:${last.period.canonical}`;
  }
  return RUNNING.test(folded.slice(0, at)) ? 'running' : '';
}

/**
 * The period scope for comparing figures with each other: a running total in a report whose
 * period starts in January (a quarter I, six-month, nine-month or yearly report) is the report's
 * own figure.
 */
function comparable(scope: string, report: Period | null): string {
  return scope === 'running' && report !== null && report.from === 1 ? '' : scope;
}

/** Each fact's period scope as periodScope reads it (no figure placed: ""), by fact index; once per view. */
export const periodScopes = perView((view: ReportView): readonly string[] => {
  const report = parsePeriod(view.period);
  // the facts of a sentence come one after another: its period mentions are found once
  let sentence: string | null = null;
  let mentions: readonly PeriodMention[] = [];
  return view.facts.map((f) => {
    if (!f.figure) return '';
    if (report && f.sentence !== sentence) {
      sentence = f.sentence;
      mentions = findPeriodMentions(f.record.text, report.year, f.folded);
    }
    return periodScope(f.record.text, f.folded, f.figure.start, report, mentions);
  });
});

/** Each fact's period scope for comparing it with others (see `comparable`), by fact index; once per view. */
export const comparableScopes = perView((view: ReportView): readonly string[] => {
  const report = parsePeriod(view.period);
  return periodScopes(view).map((s) => comparable(s, report));
});

/** The two facts are counted over one period (as far as their sentences say). */
export function samePeriod(view: ReportView, a: Fact, b: Fact): boolean {
  const scopes = comparableScopes(view);
  return scopes[a.index] === scopes[b.index];
}

/**
 * For records of a report given without its text's blocks (the cross-report checks): whether each
 * figure is counted over the report's own period (`period`). The figure is found in its sentence
 * by its value; a figure not found is taken at the sentence's end.
 */
export function ofOwnPeriod(records: readonly Record[], period: string | null): boolean[] {
  const report = parsePeriod(period);
  const figures = locateFigures(records);
  return records.map((r, i) => comparable(periodScope(r.text, fold(r.text), figures[i]?.start ?? r.text.length, report), report) === '');
}
