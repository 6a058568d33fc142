import { fold } from '../text/normalize.ts';
import { parseRoman } from '../text/roman.ts';

/** A reporting period found in a text. */
export interface PeriodHit {
  /** Canonical (CONTRACT §1): 2022-Q1, 2022-H1, 2022-9M, 2022, 2022-03. */
  period: string;
  /** As written: "quý I năm 2022". */
  label: string;
  index: number;
}

const NB = '(?![\\p{L}\\p{N}])';
const YEAR_AFTER = '(?:\\s*(?:năm|/|-|–)\\s*(\\d{4}))?';
const YEAR_DIRECT = '(?:\\s*(\\d{4}))?';
const PATTERNS: { re: RegExp; make: (m: RegExpExecArray, year: string) => string | null }[] = [
  {
    re: new RegExp(`qu[ýí]\\s*(IV|I{1,3}|0?[1-4])${NB}${YEAR_AFTER}`, 'giu'),
    make: (m, y) => {
      const q = /^\d+$/.test(m[1] as string) ? Number(m[1]) : parseRoman((m[1] as string).toUpperCase());
      return q ? `${y}-Q${q}` : null;
    },
  },
  // "6 tháng đầu năm 2023", and "6 tháng năm 2023" (the first half, as reports title it).
  { re: new RegExp(`(?<!\\d|ngày\\s+)(?:6|06|sáu)\\s+tháng\\s+(?:đầu\\s+)?năm${YEAR_DIRECT}`, 'giu'), make: (_m, y) => `${y}-H1` },
  { re: new RegExp(`(?:6|06|sáu)\\s+tháng\\s+cuối\\s+năm${YEAR_DIRECT}`, 'giu'), make: (_m, y) => `${y}-H2` },
  // "3 tháng đầu năm 2024": the first quarter.
  { re: new RegExp(`(?<!\\d|ngày\\s+)(?:3|03|ba)\\s+tháng\\s+đầu\\s+năm${YEAR_DIRECT}`, 'giu'), make: (_m, y) => `${y}-Q1` },
  { re: new RegExp(`(?:9|09|chín)\\s+tháng\\s+(?:đầu\\s+)?năm${YEAR_DIRECT}`, 'giu'), make: (_m, y) => `${y}-9M` },
  // "Sơ kết 6 tháng thực hiện …", "Báo cáo 9 tháng công tác … năm 2023": the half or nine months
  // named after the report's own word, the year further on.
  { re: new RegExp(`(?<=(?:sơ\\s+kết|báo\\s+cáo)\\s+)(?:6|06|sáu)\\s+tháng(?!\\s+(?:đầu|cuối|năm))${YEAR_DIRECT}`, 'giu'), make: (_m, y) => `${y}-H1` },
  { re: new RegExp(`(?<=(?:sơ\\s+kết|báo\\s+cáo)\\s+)(?:9|09|chín)\\s+tháng(?!\\s+(?:đầu|năm))${YEAR_DIRECT}`, 'giu'), make: (_m, y) => `${y}-9M` },
  {
    re: new RegExp(`(?<!ngày\\s+\\d{1,2}\\s+)tháng\\s+(\\d{1,2})${NB}${YEAR_AFTER}`, 'giu'),
    make: (m, y) => {
      const month = Number(m[1]);
      return month >= 1 && month <= 12 ? `${y}-${String(month).padStart(2, '0')}` : null;
    },
  },
];
/** "từ ngày 15/12/2023 đến ngày 14/3/2024", "(01/01/2023 - 30/6/2023)"; the start's year may be left out. */
const RANGE =
  /(?:từ\s+)?(?:ngày\s+)?(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?:\s*[/.\-]\s*(\d{4}))?\s*(?:đến|tới|-|–)\s*(?:hết\s+)?(?:ngày\s+)?(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})(?!\d)/giu;
const DAY_MS = 86_400_000;

/**
 * The period a date range covers, when it is one: a month, a quarter, the first half, nine
 * months or a year, counted either by calendar (01/01–31/3) or by the reporting calendar of
 * administrative-reform reports (15/12 of the year before – 14/3).
 */
function rangePeriod(m: RegExpExecArray): string | null {
  const [sd, sm, ed, em, ey] = [m[1], m[2], m[4], m[5], m[6]].map(Number) as [number, number, number, number, number];
  if (sm < 1 || sm > 12 || em < 1 || em > 12 || sd < 1 || sd > 31 || ed < 1 || ed > 31) return null;
  const sy = m[3] ? Number(m[3]) : sm > em ? ey - 1 : ey;
  const days = (Date.UTC(ey, em - 1, ed) - Date.UTC(sy, sm - 1, sd)) / DAY_MS + 1;
  if (days < 25) return null;
  const months = Math.round(days / 30.44);
  let anchor = ed >= 14 ? em : em - 1;
  let year = ey;
  if (anchor === 0) {
    anchor = 12;
    year--;
  }
  if (Math.abs(days - months * 30.44) > 12) return null;
  if (months === 1) return `${year}-${String(anchor).padStart(2, '0')}`;
  if (months === 3 && anchor % 3 === 0) return `${year}-Q${anchor / 3}`;
  if (months === 6 && anchor === 6) return `${year}-H1`;
  if (months === 9 && anchor === 9) return `${year}-9M`;
  if (months === 12 && anchor === 12) return String(year);
  return null;
}

/** After a part of a year: "… và cả năm 2023", "… và năm 2023" (the year's report). */
const AND_WHOLE_YEAR = /^\s*(?:và|&)\s+(?:cả\s+)?năm(?:\s+(\d{4}))?(?![\p{L}\d])/iu;
const YEAR_ONLY = /(?<!tháng\s+\d{1,2}\s+)(?:cả\s+)?năm\s+(\d{4})(?![\d/\-–])/giu;
const LATER_YEAR = /(?:năm\s*|\/)(\d{4})/iu;
/** Words that make a period the next one planned for, not the one reported on. */
const PLANNING = /(?:phuong huong|ke hoach|nhiem vu trong tam|du kien)[^.;]{0,40}$/;

/**
 * Find the reporting periods in `text`, in order of appearance, skipping the ones that follow
 * "phương hướng", "kế hoạch" … `fallbackYear` (the date line's) completes "quý I" written
 * without its year; with the document's ISO `documentDate`, a period that would begin after it is
 * taken from the year before.
 */
export function findPeriods(text: string, fallbackYear: string | null = null, documentDate: string | null = null): PeriodHit[] {
  const hits: (PeriodHit & { end: number })[] = [];
  for (const { re, make } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const yearGroup = m[m.length - 1];
      let year = yearGroup ?? null;
      let fallback = false;
      if (!year) {
        const later = LATER_YEAR.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 60));
        year = later ? (later[1] as string) : fallbackYear;
        fallback = !later;
      }
      if (!year) continue;
      let period = make(m, year);
      if (!period) continue;
      // "quý IV" without its year in a report dated 06/01/2025: a period is reported on once it
      // has begun, so one that would start after the document's date is the year before's.
      if (fallback && documentDate !== null && startsAfter(period, documentDate)) period = make(m, String(Number(year) - 1));
      if (!period) continue;
      const end = m.index + m[0].length;
      // "quý IV và cả năm 2023": the report is the year's, its last part named first.
      const whole = AND_WHOLE_YEAR.exec(text.slice(end, end + 30));
      if (whole && (!whole[1] || whole[1] === year)) {
        hits.push({ period: year, label: text.slice(m.index, end + whole[0].length).trim(), index: m.index, end: end + whole[0].length });
      } else {
        hits.push({ period, label: m[0].trim(), index: m.index, end });
      }
    }
  }
  RANGE.lastIndex = 0;
  for (let m = RANGE.exec(text); m; m = RANGE.exec(text)) {
    const period = rangePeriod(m);
    if (period) hits.push({ period, label: m[0].trim(), index: m.index, end: m.index + m[0].length });
  }
  YEAR_ONLY.lastIndex = 0;
  for (let m = YEAR_ONLY.exec(text); m; m = YEAR_ONLY.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (hits.some((h) => h.index < end && start < h.end)) continue;
    if (/giai\s+đoạn\s*$/iu.test(text.slice(Math.max(0, start - 15), start))) continue;
    hits.push({ period: m[1] as string, label: m[0], index: start, end });
  }
  const kept = hits
    .filter((h) => !PLANNING.test(fold(text.slice(Math.max(0, h.index - 60), h.index))))
    .sort((a, b) => a.index - b.index);
  return joinWider(kept, text).map(({ period, label, index }) => ({ period, label, index }));
}

/** Between a period and a wider one it is joined to: "tháng 6 và 6 tháng đầu năm 2024". */
const AND = /^\s*(?:và|&)\s*$/iu;

/**
 * "tháng 6 và 6 tháng đầu năm 2024", "tháng 3 và quý I năm 2024": a part named first and then
 * the wider period of the same year that holds it — the report is the wider period's (as with
 * "quý IV và cả năm"). A later period that does not hold the first ("quý IV năm 2023 và năm
 * 2024") is another one.
 */
function joinWider<T extends PeriodHit & { end: number }>(hits: T[], text: string): T[] {
  const out: T[] = [];
  for (let i = 0; i < hits.length; i++) {
    const a = hits[i] as T;
    const b = hits[i + 1];
    if (b !== undefined && b.index >= a.end && AND.test(text.slice(a.end, b.index)) && holds(b.period, a.period)) {
      out.push({ ...b, label: text.slice(a.index, b.end).trim(), index: a.index });
      i++;
    } else out.push(a);
  }
  return out;
}

/** The months (1–12) a canonical period covers and its year. */
function monthsOf(period: string): { year: string; from: number; to: number } | null {
  const m = /^(\d{4})(?:-(Q[1-4]|H1|H2|9M|\d{2}))?$/.exec(period);
  if (!m) return null;
  const year = m[1] as string;
  const part = m[2];
  if (part === undefined) return { year, from: 1, to: 12 };
  if (part.startsWith('Q')) {
    const q = Number(part.slice(1));
    return { year, from: 3 * q - 2, to: 3 * q };
  }
  if (part === 'H1') return { year, from: 1, to: 6 };
  if (part === 'H2') return { year, from: 7, to: 12 };
  if (part === '9M') return { year, from: 1, to: 9 };
  const month = Number(part);
  return { year, from: month, to: month };
}

/** Does `period` begin after the ISO date `date`? */
function startsAfter(period: string, date: string): boolean {
  const p = monthsOf(period);
  return p !== null && `${p.year}-${String(p.from).padStart(2, '0')}` > date.slice(0, 7);
}

/** Does `wide` cover `part` and more (same year)? */
function holds(wide: string, part: string): boolean {
  const w = monthsOf(wide);
  const p = monthsOf(part);
  if (!w || !p || w.year !== p.year) return false;
  return w.from <= p.from && p.to <= w.to && w.to - w.from > p.to - p.from;
}
