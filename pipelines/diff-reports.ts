/**
 * What changed between two extraction versions of one report: records added, removed and
 * changed (same metric, dimensions and section, another value), flags opened and closed (by
 * fingerprint, the key reviews attach to).
 */
import type { Flag, Record, Report } from '../src/schema/index.ts';

export interface ReportDiff {
  recordsAdded: number;
  recordsRemoved: number;
  recordsChanged: number;
  flagsOpened: string[];
  flagsClosed: string[];
}

export const NO_CHANGE: Readonly<ReportDiff> = Object.freeze({
  recordsAdded: 0,
  recordsRemoved: 0,
  recordsChanged: 0,
  flagsOpened: [],
  flagsClosed: [],
});

/** A record's identity across versions: metric, dimensions, section, qualifier; values and offsets stay out. */
export function recordKey(r: Pick<Record, 'metric' | 'dimensions' | 'section' | 'qualifier'>): string {
  const dims = Object.entries(r.dimensions)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(',');
  return `${r.metric}{${dims}}@${r.section}${r.qualifier ? `~${r.qualifier}` : ''}`;
}

/** key#n → record value, n counting repeats of a key in reading order. */
function keyed(records: readonly Record[]): Map<string, Record> {
  const seen = new Map<string, number>();
  const out = new Map<string, Record>();
  for (const r of records) {
    const base = recordKey(r);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    out.set(`${base}#${n}`, r);
  }
  return out;
}

function sameFigure(a: Record, b: Record): boolean {
  return a.value === b.value && a.unit === b.unit;
}

export function diffRecords(before: readonly Record[], after: readonly Record[]): Pick<ReportDiff, 'recordsAdded' | 'recordsRemoved' | 'recordsChanged'> {
  const a = keyed(before);
  const b = keyed(after);
  let added = 0;
  let removed = 0;
  let changed = 0;
  for (const [k, r] of b) {
    const old = a.get(k);
    if (!old) added++;
    else if (!sameFigure(old, r)) changed++;
  }
  for (const k of a.keys()) if (!b.has(k)) removed++;
  return { recordsAdded: added, recordsRemoved: removed, recordsChanged: changed };
}

export function diffFlags(before: readonly Flag[], after: readonly Flag[]): Pick<ReportDiff, 'flagsOpened' | 'flagsClosed'> {
  const a = new Set(before.map((f) => f.fingerprint));
  const b = new Set(after.map((f) => f.fingerprint));
  return { flagsOpened: [...b].filter((f) => !a.has(f)), flagsClosed: [...a].filter((f) => !b.has(f)) };
}

/** The diff from `before` (null: no earlier version) to `after`. */
export function diffReports(before: Pick<Report, 'records' | 'flags'> | null, after: Pick<Report, 'records' | 'flags'>): ReportDiff {
  return { ...diffRecords(before?.records ?? [], after.records), ...diffFlags(before?.flags ?? [], after.flags) };
}

export function isNoChange(d: ReportDiff): boolean {
  return d.recordsAdded + d.recordsRemoved + d.recordsChanged + d.flagsOpened.length + d.flagsClosed.length === 0;
}
