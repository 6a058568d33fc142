/**
 * What a figure is counted over, read from the words before it in its sentence. Its period: the
 * report's own (""), another period named before it ("Riêng quý IV năm 2023, …" in a yearly
 * report, "lũy kế 6 tháng đầu năm" in a quarterly one) or a running total since the year's start
 * ("lũy kế từ đầu năm", "tính đến nay"). Its body: the issuer's own (""), figures quoted from
 * another body ("theo báo cáo của …") or a whole territory the issuer does not govern ("trên địa
 * bàn tỉnh" in a department's report). Figures of different periods or bodies are not parts,
 * wholes, restatements or rates of each other, within a report or across reports.
 */
import type { Record } from '../schema/record.ts';
import { fold } from '../text/normalize.ts';
import { locateFigures } from './figures.ts';
import { perView } from './per-view.ts';
import { contains, findPeriodMentions, parsePeriod, type Period, type PeriodMention } from './periods.ts';
import type { Fact, ReportView } from './report-view.ts';
import { BRACKET_AFTER_COMPARISON } from '../text/compared-period.ts';
import { TERRITORY_LEVEL, territoryOf } from '../text/territory.ts';

/**
 * Words anywhere before a figure in its sentence that make it a running total since the year's
 * start: "lũy kế", "cộng dồn", "từ đầu năm", "tính đến nay", a range from the first of January
 * ("từ ngày 01/01/2024 đến ngày 15/9/2024").
 */
const RUNNING = /(?<![a-z])(?:luy ke|cong don|tu dau nam|tinh tu dau|tinh den (?:nay|het))(?![a-z])|(?<![a-z])tu (?:ngay )?0?1\s*[/.-]\s*0?1(?![0-9])/;
/** Right after a period named: a carry-over from it ("quý I chuyển sang", "tồn"). */
const CARRY_AFTER = /^\s*(?:nam \d{4}\s*)?(?:chuyen sang|ton|con ton)(?![a-z])/;
/** Right before a period named: a comparison with it. */
const COMPARED_BEFORE = /(?<![a-z])(?:so voi|cung ky|hon|bang)\s*$/;
/**
 * Before a figure: the figures of the period compared with, not the report's — in brackets
 * opened right after the comparison (BRACKET_AFTER_COMPARISON: "so với cùng kỳ năm 2023 (tiếp
 * nhận 1.760 hồ sơ, …)") or
 * opened by it ("(cùng kỳ năm 2024 giải quyết 3.020 hồ sơ, đúng hạn 2.950 hồ sơ)"), or
 * said to be its value ("cùng kỳ năm trước là 1.760 hồ sơ", "cùng kỳ: 98,1%").
 */
const COMPARED_FIGURES = new RegExp(
  String.raw`${BRACKET_AFTER_COMPARISON.source}|\(\s*(?:so voi\s+)?cung ky(?![a-z])[^()]*$|(?<![a-z])cung ky(?: (?:nam|quy|thang) (?:truoc|ngoai|\d{4}|[ivx]+))?\s*(?::|la(?![a-z])|chi(?: co| dat)?(?![a-z])|dat(?![a-z]))[^,;()]*$`,
);

/**
 * Before a figure: an aside opened by another year ("5.146 hồ sơ (năm 2023 tiếp nhận 4.120 hồ sơ,
 * tỷ lệ đúng hạn 98,1%)", "(năm 2023: 52.110 hồ sơ)"), still open — that year's figures, set
 * beside the period's for comparison. The year is the first group.
 */
const YEAR_ASIDE = /\(\s*(?:so voi\s+)?(?:ca\s+)?nam\s+(\d{4})(?![0-9])[^()]*$/;

/**
 * The mention sits in an aside closed before `at` ("3.214 hồ sơ (tháng 6/2024 tiếp nhận 2.980 hồ
 * sơ); đã giải quyết 3.160 hồ sơ"): it names the aside's period, not that of the figures after it.
 */
function inClosedAside(folded: string, m: PeriodMention, at: number): boolean {
  const open = folded.lastIndexOf('(', m.start);
  if (open < 0 || folded.lastIndexOf(')', m.start) > open) return false;
  const close = folded.indexOf(')', m.end);
  return close >= 0 && close < at;
}

/** A year opening the sentence, set off by a comma ("Năm 2023, Sở tiếp nhận …"): the sentence's period. */
export const LEADING_YEAR = /^\s*(?:[-+*]\s*)?nam (\d{4})(?=\s*[,:])/;

/**
 * `compared` for a figure of the period compared with (COMPARED_FIGURES, YEAR_ASIDE); `period:<canonical>`
 * when the last period named before the figure (at `at` in the sentence, `folded` = fold(text))
 * is not the report's — a period named for a carry-over ("quý I chuyển sang") or a comparison
 * ("so với quý I") does not count; else `running` for a running total; else "".
 */
export function periodScope(text: string, folded: string, at: number, report: Period | null, mentions?: readonly PeriodMention[]): string {
  const before = folded.slice(Math.max(0, at - 160), at);
  if (COMPARED_FIGURES.test(before)) return 'compared';
  if (report) {
    const aside = YEAR_ASIDE.exec(before);
    if (aside && +aside[1]! !== report.year) return 'compared';
    let last = null;
    for (const m of mentions ?? findPeriodMentions(text, report.year, folded)) {
      if (m.end > at) break;
      if (CARRY_AFTER.test(folded.slice(m.end, m.end + 16)) || COMPARED_BEFORE.test(folded.slice(Math.max(0, m.start - 14), m.start))) continue;
      if (inClosedAside(folded, m, at)) continue;
      last = m;
    }
    if (last && !(contains(last.period, report) && contains(report, last.period))) return `period:${last.period.canonical}`;
    const lead = last ? null : LEADING_YEAR.exec(folded);
    if (lead && lead[0].length <= at && +lead[1]! !== report.year) return `period:${lead[1]}`;
  }
  return RUNNING.test(folded.slice(ownClauseStart(folded, at), at)) ? 'running' : '';
}

/** A clause opening on the period's own words: "trong quý …", "trong kỳ", "riêng tháng này". */
const OWN_PERIOD_OPENING = /^\s*(?:(?:rieng|con)\s+)?(?:trong (?:quy|ky|thang)|(?:quy|ky|thang) nay)(?![a-z])/;

/**
 * Where the running-total words before a figure are looked for: the sentence, or past a ";" whose clause opens on the
 * period's own words ("Lũy kế từ đầu năm tiếp nhận 5.600 hồ sơ; trong quý tiếp nhận 1.900 hồ sơ" — the quarter's).
 */
function ownClauseStart(folded: string, at: number): number {
  const semi = folded.lastIndexOf(';', at - 1);
  return semi >= 0 && OWN_PERIOD_OPENING.test(folded.slice(semi + 1, at)) ? semi + 1 : 0;
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

/** Words before a figure that quote another body's figures. */
const QUOTED = /(?<![a-z])theo (?:so lieu|bao cao|thong ke)(?: thong ke| bao cao)? cua(?![a-z])/;
/** Words before a figure naming a whole territory: "toàn tỉnh", "trên địa bàn huyện", "cả nước". */
const AREA = /(?<![a-z])(?:toan|tren dia ban|tren toan dia ban)\s+(tinh|huyen|quan|thi xa|thanh pho|xa|phuong|thi tran|quoc)(?![a-z])|(?<![a-z])ca nuoc(?![a-z])/;

/** "toàn ngành", "cả ngành": the whole sector (the department, its units, the facilities it oversees), more than the issuer. */
const SECTOR = /(?<![a-z])(?:toan|ca) nganh(?![a-z])/;

/** "Riêng …" before a figure: it singles out a part (a body, a centre, a month) of what the report covers. */
const SINGLED = /(?<![a-z])rieng(?![a-z])/;

/**
 * "Tính chung …", "tính chung cả hai cấp", "cộng chung": a figure summed over more than the
 * subsection it is written in. "Cộng chung" is told from "công chứng" (notarial acts, a field of
 * a justice department's dossiers) by its marks: read on the text as written.
 */
const OVERALL = /(?<![a-z])(?:tinh chung|chung ca)(?![a-z])/;
const ADDED_UP = /(?<!\p{L})cộng chung(?!\p{L})/iu;

/** A count opening an aside right after a percent ("đạt 85,3% (38.900 hồ sơ)", "91% (375/412)"): the rate's numerator, a part of the total. */
const NUMERATOR = /\d\s*%\s*\(\s*$/;

/**
 * `quoted` for figures quoted from another body, `singled` for a part singled out by "Riêng …", `overall` for a sum "tính chung", `sector` for the whole sector ("toàn ngành"), `numerator` for a rate's count in an aside, `area:<level>` for a whole territory the issuer
 * (`own`, its territoryOf) does not govern, both joined by "|"; "" for the issuer's own figures.
 */
export function bodyScope(text: string, folded: string, at: number, own: string | null): string {
  const before = folded.slice(0, at);
  const parts: string[] = [];
  if (QUOTED.test(before)) parts.push('quoted');
  if (SINGLED.test(before)) parts.push('singled');
  if (OVERALL.test(before) || ADDED_UP.test(text.slice(0, at).normalize('NFC'))) parts.push('overall');
  if (SECTOR.test(before)) parts.push('sector');
  if (NUMERATOR.test(before)) parts.push('numerator');
  const area = AREA.exec(before);
  if (area) {
    const level = area[1] === undefined ? 'quoc' : TERRITORY_LEVEL[area[1]]!;
    if (level !== own) parts.push(`area:${level}`);
  }
  return parts.join('|');
}

/** Each fact's body scope (no figure placed: ""), by fact index; once per view. */
export const bodyScopes = perView((view: ReportView): readonly string[] => {
  const own = territoryOf(view.agency);
  return view.facts.map((f) => (f.figure ? bodyScope(f.record.text, f.folded, f.figure.start, own) : ''));
});

/** One key of a period scope and a body scope ("" when both are the report's own). */
export function scopeKey(period: string, body: string): string {
  return body === '' ? period : `${period}|${body}`;
}

/** Each fact's period and body scope for comparing it with others (see `comparable`), by fact index; once per view. */
export const comparableScopes = perView((view: ReportView): readonly string[] => {
  const report = parsePeriod(view.period);
  const bodies = bodyScopes(view);
  return periodScopes(view).map((s, i) => scopeKey(comparable(s, report), bodies[i]!));
});

/** The two facts are counted over one period and body (as far as their sentences say). */
export function sameScopeOf(view: ReportView, a: Fact, b: Fact): boolean {
  const scopes = comparableScopes(view);
  return scopes[a.index] === scopes[b.index];
}

/**
 * For records of a report given without its text's blocks (the cross-report checks): whether each
 * figure is counted over the report's own period (`period`) and body (the issuer `agency`). The
 * figure is found in its sentence by its value; a figure not found is taken at the sentence's end.
 */
export function ofOwnScope(records: readonly Record[], period: string | null, agency: string | null): boolean[] {
  return ofScope(records, period, agency, 'own');
}

/**
 * ofOwnScope, or (`running`) whether each figure is the issuer's running total since January in a
 * report whose period starts later ("Lũy kế từ đầu năm, Sở tiếp nhận 2.100 hồ sơ" in a third
 * quarter's report): a figure of the months from January to the report's end.
 */
export function ofScope(records: readonly Record[], period: string | null, agency: string | null, scope: 'own' | 'running'): boolean[] {
  const report = parsePeriod(period);
  if (scope === 'running' && (report === null || report.from === 1)) return records.map(() => false);
  const own = territoryOf(agency);
  const figures = locateFigures(records);
  return records.map((r, i) => {
    const folded = fold(r.text);
    const at = figures[i]?.start ?? r.text.length;
    const p = periodScope(r.text, folded, at, report);
    return (scope === 'own' ? comparable(p, report) === '' : p === 'running') && bodyScope(r.text, folded, at, own) === '';
  });
}
