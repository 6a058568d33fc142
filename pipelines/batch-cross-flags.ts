/**
 * Cross-report flags across the store (duplicate-report, period-regression): the checks the CLI
 * runs over the reports given together, run here over every current extraction of the same
 * body (agency + province), in submission order (document id). A cross flag lives in the flags
 * of the report it is about, beside the report's own flags.
 */
import { CROSS_CHECKS, checkAcross, entryOf, type CheckConfig } from '../src/check/index.ts';
import type { Flag, Report } from '../src/schema/index.ts';
import type { Store } from '../src/store/index.ts';
import { bodyKeyOf } from '../src/text/body-key.ts';

export const CROSS_CHECK_IDS: ReadonlySet<string> = new Set(CROSS_CHECKS.map((c) => c.id));

export interface CrossEntry {
  documentId: number;
  report: Report;
  markdown?: string;
  /** The rules version of the stored extraction (kept when only cross flags change). */
  rulesVersion?: string;
}

/** A report's own flags (without the cross-report ones). */
export function ownFlags(report: Pick<Report, 'flags'>): Flag[] {
  return report.flags.filter((f) => !CROSS_CHECK_IDS.has(f.check));
}

export function crossFlagsIn(report: Pick<Report, 'flags'>): Flag[] {
  return report.flags.filter((f) => CROSS_CHECK_IDS.has(f.check));
}

export function withCrossFlags(report: Report, cross: readonly Flag[]): Report {
  return { ...report, flags: [...ownFlags(report), ...cross] };
}

/** Same findings with the same wording (a renamed other report changes the message). */
export function sameFlags(a: readonly Flag[], b: readonly Flag[]): boolean {
  const key = (f: Flag) => `${f.fingerprint}\0${f.message}`;
  const x = a.map(key).sort();
  const y = b.map(key).sort();
  return x.length === y.length && x.every((k, i) => k === y[i]);
}

/** The entries of each body, in the order given (entries without an agency have none). */
function entriesByBody(entries: readonly CrossEntry[]): Map<string, CrossEntry[]> {
  const bodies = new Map<string, CrossEntry[]>();
  for (const e of entries) {
    const key = bodyKeyOf(e.report.agency, e.report.province);
    if (key === null) continue;
    const group = bodies.get(key);
    if (group) group.push(e);
    else bodies.set(key, [e]);
  }
  return bodies;
}

/** The cross flags of each entry, by document id; entries of any bodies, in any order. */
export function crossFlagsOf(entries: readonly CrossEntry[], checks?: CheckConfig): Map<number, Flag[]> {
  const bodies = entriesByBody(entries);
  const out = new Map<number, Flag[]>();
  for (const e of entries) out.set(e.documentId, []);
  for (const group of bodies.values()) {
    if (group.length < 2) continue;
    group.sort((a, b) => a.documentId - b.documentId);
    const flags = checkAcross(group.map(({ report, markdown }) => entryOf(report, markdown)), checks);
    group.forEach((e, i) => out.set(e.documentId, flags[i] ?? []));
  }
  return out;
}

/**
 * Like `crossFlagsOf`, for many bodies at once: the Markdown of a body's reports is loaded from
 * the store only while that body is checked (for line:column in the messages), then dropped.
 */
export async function crossFlagsAcross(store: Store, entries: readonly CrossEntry[], checks?: CheckConfig): Promise<Map<number, Flag[]>> {
  const bodies = entriesByBody(entries);
  const out = new Map<number, Flag[]>();
  for (const e of entries) out.set(e.documentId, []);
  for (const group of bodies.values()) {
    if (group.length < 2) continue;
    const loaded = await Promise.all(
      group.map(async (e) => ({ ...e, markdown: e.markdown ?? (await store.getCurrentConversion(e.documentId))?.markdown })),
    );
    for (const [id, flags] of crossFlagsOf(loaded.map(({ markdown, ...e }) => (markdown === undefined ? e : { ...e, markdown })), checks)) {
      out.set(id, flags);
    }
  }
  return out;
}

/** Ids of the extracted documents of the given bodies (found by the store's index, not a scan of every document). */
export async function documentsOfBodies(store: Store, keys: ReadonlySet<string>): Promise<number[]> {
  if (keys.size === 0) return [];
  const docs = await store.listDocuments({ status: 'extracted', bodies: [...keys] });
  return docs.map((d) => d.id);
}

/** Current extractions (and their Markdown, for line:column in messages) of the given documents. */
export async function loadCurrent(store: Store, ids: readonly number[], withMarkdown = true): Promise<CrossEntry[]> {
  const out: CrossEntry[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = await store.listCurrentExtractions({ documentIds: ids.slice(i, i + 500) });
    for (const e of chunk) {
      const entry: CrossEntry = { documentId: e.documentId, report: e.report, rulesVersion: e.rulesVersion };
      if (withMarkdown) {
        const md = (await store.getCurrentConversion(e.documentId))?.markdown;
        if (md !== undefined) entry.markdown = md;
      }
      out.push(entry);
    }
  }
  return out;
}

/** The cross flags of one new report against the stored reports of its body. */
export async function crossFlagsForNew(store: Store, entry: CrossEntry, checks?: CheckConfig): Promise<Flag[]> {
  const key = bodyKeyOf(entry.report.agency, entry.report.province);
  if (key === null) return [];
  const others = (await documentsOfBodies(store, new Set([key]))).filter((id) => id !== entry.documentId);
  if (others.length === 0) return [];
  const entries = [...(await loadCurrent(store, others)), entry];
  return crossFlagsOf(entries, checks).get(entry.documentId) ?? [];
}

export interface ReconcileResult {
  /** Documents that got a new extraction version because their cross flags changed. */
  updated: number[];
  flagsOpened: number;
  flagsClosed: number;
}

/**
 * Brings the cross flags of every extracted document of the given bodies up to date: a document
 * whose cross flags differ from what its current extraction holds gets a new version (same
 * records and own flags, the rules version kept). `key` makes a retried reconcile a no-op.
 */
export async function reconcileCrossFlags(
  store: Store,
  keys: ReadonlySet<string>,
  options: { key: string; runId?: number | null; checks?: CheckConfig },
): Promise<ReconcileResult> {
  const entries = await loadCurrent(store, await documentsOfBodies(store, keys));
  const cross = crossFlagsOf(entries, options.checks);
  const result: ReconcileResult = { updated: [], flagsOpened: 0, flagsClosed: 0 };
  for (const e of entries) {
    const before = crossFlagsIn(e.report);
    const after = cross.get(e.documentId) ?? [];
    if (sameFlags(before, after)) continue;
    const put = await store.putExtraction({
      documentId: e.documentId,
      rulesVersion: e.rulesVersion ?? 'unknown',
      report: withCrossFlags(e.report, after),
      key: options.key,
      runId: options.runId ?? null,
    });
    if (!put.created) continue;
    const was = new Set(before.map((f) => f.fingerprint));
    const now = new Set(after.map((f) => f.fingerprint));
    result.updated.push(e.documentId);
    result.flagsOpened += [...now].filter((f) => !was.has(f)).length;
    result.flagsClosed += [...was].filter((f) => !now.has(f)).length;
  }
  return result;
}
