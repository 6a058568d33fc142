/**
 * Checks across reports given together (`solieu extract a.docx b.docx`, later the whole store):
 * same shape as a report's checks, over a list of reports; each draft names the report it is
 * about, and its cause may point into another report.
 */
import type { Flag, Severity } from '../schema/flag.ts';
import type { Record } from '../schema/record.ts';
import type { Report } from '../schema/report.ts';
import type { CheckSettings, ExampleLine, ExpectedFlag, FlagDraft } from './check.ts';
import { defaultConfig, type CheckConfig } from './config.ts';
import { finalize, type DraftSource } from './finalize.ts';
import { lineColumn, lineStarts } from './place.ts';

export interface ReportEntry {
  source: string;
  sha256: string;
  agency: string | null;
  province: string | null;
  period: string | null;
  records: Record[];
  markdown?: string;
}

/** What the cross-report checks read of a report (and of its Markdown, for positions). */
export function entryOf(report: Pick<Report, 'source' | 'sha256' | 'agency' | 'province' | 'period' | 'records'>, markdown?: string): ReportEntry {
  return {
    source: report.source,
    sha256: report.sha256,
    agency: report.agency,
    province: report.province,
    period: report.period,
    records: report.records,
    ...(markdown !== undefined ? { markdown } : {}),
  };
}

export interface CrossDraft extends Omit<FlagDraft, 'cause'> {
  /** Index of the report the flag belongs to. */
  report: number;
  /** The conflicting figure, possibly in another report. */
  cause?: { report: number; record: number };
}

export interface CrossContext {
  readonly settings: CheckSettings;
  report(draft: CrossDraft): void;
}

export interface CrossExample {
  name: string;
  reports: { source?: string; agency: string; province?: string; period: string; lines: ExampleLine[] }[];
  settings?: Partial<CheckSettings>;
  flags?: (ExpectedFlag & { report: number })[];
}

export interface CrossCheck {
  id: string;
  description: string;
  severity: Severity;
  tolerance?: { default: number | null; unit: string } | undefined;
  messages: { [id: string]: string };
  examples: { valid: CrossExample[]; invalid: CrossExample[] };
  check(reports: readonly ReportEntry[], ctx: CrossContext): void;
}

export function defineCrossCheck(check: CrossCheck): CrossCheck {
  return check;
}

function causePlace(reports: readonly ReportEntry[], ref: { report: number; record: number }) {
  const rep = reports[ref.report];
  const r = rep?.records[ref.record];
  if (!rep || !r) return undefined;
  const place: { start: number; end: number; section: string; text: string; line?: number; column?: number } = {
    start: r.start,
    end: r.end,
    section: r.section,
    text: `${rep.source}: ${r.text}`,
  };
  if (rep.markdown !== undefined) Object.assign(place, lineColumn(lineStarts(rep.markdown), r.start));
  return place;
}

/** Run the cross-report checks; returns the new flags of each report, aligned with `reports`. */
export function runCrossChecks(
  reports: readonly ReportEntry[],
  checks: readonly CrossCheck[],
  config: CheckConfig = defaultConfig(),
): Flag[][] {
  const drafts: DraftSource[][] = reports.map(() => []);
  for (const check of checks) {
    const s = config.checks[check.id] ?? { enabled: true, severity: null, tolerance: null };
    if (!s.enabled) continue;
    const settings = { severity: s.severity, tolerance: s.tolerance };
    check.check(reports, {
      settings,
      report(d) {
        const { report, cause, ...rest } = d;
        const draft: FlagDraft = { ...rest };
        const c = cause ? causePlace(reports, cause) : undefined;
        if (c) draft.cause = c;
        drafts[report]?.push({ check, settings, draft });
      },
    });
  }
  return reports.map((r, i) => finalize(drafts[i]!, r.sha256, r.records, r.markdown));
}
