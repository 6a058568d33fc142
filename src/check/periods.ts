/**
 * Reporting periods as month ranges of a year (CONTRACT §1: 2022-Q1, 2022-H1, 2022-9M, 2022,
 * 2022-03), and the periods a sentence names ("trong quý III", "6 tháng đầu năm 2023").
 */
import { fold } from '../text/normalize.ts';
import { sortInPlace } from './in-order.ts';

export interface Period {
  year: number;
  /** First and last month, 1..12. */
  from: number;
  to: number;
  canonical: string;
}

export function parsePeriod(s: string | null | undefined): Period | null {
  if (!s) return null;
  let m = /^(\d{4})-Q([1-4])$/.exec(s);
  if (m) return { year: +m[1]!, from: (+m[2]! - 1) * 3 + 1, to: +m[2]! * 3, canonical: s };
  m = /^(\d{4})-H([12])$/.exec(s);
  if (m) return { year: +m[1]!, from: m[2] === '1' ? 1 : 7, to: m[2] === '1' ? 6 : 12, canonical: s };
  m = /^(\d{4})-9M$/.exec(s);
  if (m) return { year: +m[1]!, from: 1, to: 9, canonical: s };
  m = /^(\d{4})-(\d{2})$/.exec(s);
  if (m && +m[2]! >= 1 && +m[2]! <= 12) return { year: +m[1]!, from: +m[2]!, to: +m[2]!, canonical: s };
  m = /^(\d{4})$/.exec(s);
  if (m) return { year: +m[1]!, from: 1, to: 12, canonical: s };
  return null;
}

/**
 * The months from January to the end of `p` as a reporting period (a third quarter → the nine
 * months), null when that is no reporting period (a month's report but March, June, September, December).
 */
export function yearToDate(p: Period): Period | null {
  const canonical = p.to === 3 ? `${p.year}-Q1` : p.to === 6 ? `${p.year}-H1` : p.to === 9 ? `${p.year}-9M` : p.to === 12 ? `${p.year}` : null;
  return canonical === null ? null : parsePeriod(canonical);
}

/** a contains b (equal periods contain each other). */
export function contains(a: Period, b: Period): boolean {
  return a.year === b.year && a.from <= b.from && b.to <= a.to;
}

export function before(a: Period, b: Period): boolean {
  return a.year < b.year || (a.year === b.year && a.to < b.from);
}

export interface PeriodMention {
  start: number;
  end: number;
  period: Period;
  /** The words as written. */
  text: string;
  /** A year was written. */
  withYear: boolean;
}

const ROMAN: { [k: string]: number } = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const YEAR = String.raw`(?:\s*(?:nam\s*|\/\s*|-\s*)(\d{4}))?`;
/** After a "năm" already read: " 2023", "/2023". */
const BARE_YEAR = String.raw`(?:\s*(?:\/|-)?\s*(\d{4}))?`;

/** `needs`: words every match holds, so a text without them is not searched. */
const PATTERNS: { needs: string; re: RegExp; make: (m: RegExpExecArray, year: number) => Period | null }[] = [
  {
    needs: 'thang ',
    re: new RegExp(String.raw`(?<![a-z0-9])(?:6|sau) thang (dau|cuoi)(?:(?: nam)${BARE_YEAR}|${YEAR})`, 'g'),
    make: (m, y) => parsePeriod(`${y}-H${m[1] === 'dau' ? 1 : 2}`),
  },
  {
    needs: 'thang',
    re: new RegExp(String.raw`(?<![a-z0-9])(?:9|chin) thang(?: dau)?(?:(?: nam)${BARE_YEAR}|${YEAR})`, 'g'),
    make: (_m, y) => parsePeriod(`${y}-9M`),
  },
  {
    needs: 'quy ',
    re: new RegExp(String.raw`(?<![a-z0-9])quy (iv|iii|ii|i|[1-4])(?![a-z0-9])${YEAR}`, 'g'),
    make: (m, y) => parsePeriod(`${y}-Q${ROMAN[m[1]!]}`),
  },
  {
    needs: 'thang ',
    re: new RegExp(String.raw`(?<![a-z0-9])thang (\d{1,2})(?![0-9])${YEAR}`, 'g'),
    make: (m, y) => (+m[1]! >= 1 && +m[1]! <= 12 ? parsePeriod(`${y}-${m[1]!.padStart(2, '0')}`) : null),
  },
  {
    needs: 'nam ',
    re: /(?<![a-z0-9])(?:trong|ca) nam (\d{4})(?![0-9])/g,
    make: (m) => parsePeriod(m[1]!),
  },
];

/** Periods named in a text; a period without a year is taken in `year`. `folded` is fold(text), when known. */
export function findPeriodMentions(text: string, year: number, folded: string = fold(text)): PeriodMention[] {
  const out: PeriodMention[] = [];
  const taken: [number, number][] = [];
  for (const { needs, re, make } of PATTERNS) {
    if (!folded.includes(needs)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && a < end)) continue;
      // a date ("ngày 12 tháng 3 năm 2023", "ngày 12/3") is not a period
      if (/ngay\s*\d{1,2}\s*$/.test(folded.slice(Math.max(0, start - 10), start))) continue;
      const yearWritten = m.slice(1).find((g) => g !== undefined && /^\d{4}$/.test(g));
      const period = make(m, yearWritten ? +yearWritten : year);
      if (!period) continue;
      taken.push([start, end]);
      out.push({ start, end, period, text: text.slice(start, end), withYear: yearWritten !== undefined });
    }
  }
  return sortInPlace(out, (a, b) => a.start - b.start);
}
