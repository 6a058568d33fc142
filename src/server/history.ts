/** What changed between successive extraction versions of a report: records and flags. */
import type { Flag, Record } from '../schema/index.ts';
import type { ExtractionSummary, Store } from '../store/index.ts';

export interface VersionChanges {
  summary: ExtractionSummary;
  /** null for the first version. */
  added: Record[] | null;
  removed: Record[];
  changed: { before: Record; after: Record }[];
  flagsOpened: Flag[];
  flagsClosed: Flag[];
}

/** A record's identity across versions: metric, dimensions, section, and its rank among equals. */
function keyed(records: readonly Record[]): Map<string, Record> {
  const seen = new Map<string, number>();
  const out = new Map<string, Record>();
  for (const r of [...records].sort((a, b) => a.start - b.start)) {
    const dims = JSON.stringify(Object.entries(r.dimensions).sort(([a], [b]) => a.localeCompare(b)));
    const base = `${r.metric}|${dims}|${r.section}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    out.set(`${base}|${n}`, r);
  }
  return out;
}

export function diffVersions(before: { records: Record[]; flags: Flag[] }, after: { records: Record[]; flags: Flag[] }) {
  const a = keyed(before.records);
  const b = keyed(after.records);
  const added = [...b].filter(([k]) => !a.has(k)).map(([, r]) => r);
  const removed = [...a].filter(([k]) => !b.has(k)).map(([, r]) => r);
  const changed = [...b]
    .filter(([k, r]) => a.has(k) && a.get(k)!.value !== r.value)
    .map(([k, r]) => ({ before: a.get(k)!, after: r }));
  const fa = new Set(before.flags.map((f) => f.fingerprint));
  const fb = new Set(after.flags.map((f) => f.fingerprint));
  return {
    added,
    removed,
    changed,
    flagsOpened: after.flags.filter((f) => !fa.has(f.fingerprint)),
    flagsClosed: before.flags.filter((f) => !fb.has(f.fingerprint)),
  };
}

/** Newest first. Reads each version's report once. */
export async function versionHistory(store: Store, documentId: number): Promise<VersionChanges[]> {
  const summaries = await store.listExtractions(documentId);
  const out: VersionChanges[] = [];
  let previous: { records: Record[]; flags: Flag[] } | null = null;
  for (const summary of summaries) {
    const report = (await store.getExtraction(summary.id))?.report;
    const current = { records: report?.records ?? [], flags: report?.flags ?? [] };
    if (previous === null) {
      out.push({ summary, added: null, removed: [], changed: [], flagsOpened: current.flags, flagsClosed: [] });
    } else {
      out.push({ summary, ...diffVersions(previous, current) });
    }
    previous = current;
  }
  return out.reverse();
}
