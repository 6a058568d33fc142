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
    re: new RegExp(`qu[ýí]\\s*(IV|I{1,3}|[1-4])${NB}${YEAR_AFTER}`, 'giu'),
    make: (m, y) => {
      const q = /^\d$/.test(m[1] as string) ? Number(m[1]) : parseRoman((m[1] as string).toUpperCase());
      return q ? `${y}-Q${q}` : null;
    },
  },
  { re: new RegExp(`(?:6|06|sáu)\\s+tháng\\s+đầu\\s+năm${YEAR_DIRECT}`, 'giu'), make: (_m, y) => `${y}-H1` },
  { re: new RegExp(`(?:6|06|sáu)\\s+tháng\\s+cuối\\s+năm${YEAR_DIRECT}`, 'giu'), make: (_m, y) => `${y}-H2` },
  { re: new RegExp(`(?:9|09|chín)\\s+tháng\\s+(?:đầu\\s+)?năm${YEAR_DIRECT}`, 'giu'), make: (_m, y) => `${y}-9M` },
  {
    re: new RegExp(`(?<!ngày\\s+\\d{1,2}\\s+)tháng\\s+(\\d{1,2})${NB}${YEAR_AFTER}`, 'giu'),
    make: (m, y) => {
      const month = Number(m[1]);
      return month >= 1 && month <= 12 ? `${y}-${String(month).padStart(2, '0')}` : null;
    },
  },
];
const YEAR_ONLY = /(?<!tháng\s+\d{1,2}\s+)(?:cả\s+)?năm\s+(\d{4})(?![\d/\-–])/giu;
const LATER_YEAR = /(?:năm\s*|\/)(\d{4})/u;
/** Words that make a period the next one planned for, not the one reported on. */
const PLANNING = /(?:phuong huong|ke hoach|nhiem vu trong tam|du kien)[^.;]{0,40}$/;

/**
 * Find the reporting periods in `text`, in order of appearance, skipping the ones that follow
 * "phương hướng", "kế hoạch" … `fallbackYear` completes "quý I" written without its year.
 */
export function findPeriods(text: string, fallbackYear: string | null = null): PeriodHit[] {
  const hits: (PeriodHit & { end: number })[] = [];
  for (const { re, make } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const yearGroup = m[m.length - 1];
      let year = yearGroup ?? null;
      if (!year) {
        const later = LATER_YEAR.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 60));
        year = later ? (later[1] as string) : fallbackYear;
      }
      if (!year) continue;
      const period = make(m, year);
      if (period) hits.push({ period, label: m[0].trim(), index: m.index, end: m.index + m[0].length });
    }
  }
  YEAR_ONLY.lastIndex = 0;
  for (let m = YEAR_ONLY.exec(text); m; m = YEAR_ONLY.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (hits.some((h) => h.index < end && start < h.end)) continue;
    if (/giai\s+đoạn\s*$/iu.test(text.slice(Math.max(0, start - 15), start))) continue;
    hits.push({ period: m[1] as string, label: m[0], index: start, end });
  }
  return hits
    .filter((h) => !PLANNING.test(fold(text.slice(Math.max(0, h.index - 60), h.index))))
    .sort((a, b) => a.index - b.index)
    .map(({ period, label, index }) => ({ period, label, index }));
}
