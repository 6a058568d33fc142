/**
 * Reprocessing: structure → extract → check again from the stored Markdown of the chosen
 * documents (converting the stored bytes only when the converter version changed), then the
 * cross-report checks over their bodies across the store. A document whose result changed (or
 * whose rules version did) gets a new extraction version; the run's summary says what changed.
 * Reviews are keyed by flag fingerprint in the store, so they stay attached to the flags that
 * are raised again.
 */
import type { CheckConfig } from '../src/check/index.ts';
import type { Conversion } from '../src/convert/index.ts';
import { CONVERTER_VERSION, notAReportMessage, NOT_A_REPORT } from '../src/convert/index.ts';
import type { Report } from '../src/schema/index.ts';
import type { JsonObject, RunKind, Store, StoredDocument, StoredExtraction, StoredRun } from '../src/store/index.ts';
import { fold } from '../src/text/normalize.ts';
import { bodyKey, crossFlagsAcross, crossFlagsIn, documentsOfBodies, loadCurrent, sameFlags, withCrossFlags, type CrossEntry } from './batch-cross-flags.ts';
import { diffReports, type ReportDiff } from './diff-reports.ts';
import { conversionOf, DocumentInputError } from './ingest-document.ts';
import { reportFromStored, type Analyse } from './reprocess-report.ts';
import { rulesVersion as currentRulesVersion } from './rules-version.ts';
import { sameReport } from './reprocess-same.ts';

export interface ReprocessSelection {
  all?: boolean;
  /** Documents uploaded on or after this date (ISO). */
  since?: string;
  /** Agency name, matched without case or diacritics, in part ("tư pháp"). */
  agency?: string;
  /** Canonical period, e.g. 2023-Q2. */
  period?: string;
  documentIds?: number[];
}

export interface ReprocessOptions {
  kind?: Extract<RunKind, 'reprocess' | 'nightly'>;
  /** Default: the hash of the rule sources (and the check configuration). */
  rulesVersion?: string;
  checks?: CheckConfig;
  analyse?: Analyse;
  convert?: (bytes: Uint8Array) => Promise<Conversion>;
  /** Idempotency key of the versions written (default `run-<id>`); the nightly job passes its job id. */
  key?: string;
  /** Write a new version even when nothing changed. */
  force?: boolean;
  params?: JsonObject;
  onProgress?: (done: number, total: number) => void;
  /** Extractions written at once (default 8). */
  writeConcurrency?: number;
}

export interface ReprocessSummary {
  [key: string]: unknown;
  documents: number;
  written: number;
  unchanged: number;
  failed: number;
  reconverted: number;
  recordsAdded: number;
  recordsRemoved: number;
  recordsChanged: number;
  flagsOpened: number;
  flagsClosed: number;
  /** Latest reviews whose flag is raised again (they stay attached by fingerprint). */
  reviewsCarried: number;
  /** Latest reviews whose flag is no longer raised (kept in the store, shown as history). */
  reviewsOrphaned: number;
  /** Documents outside the selection whose cross-report flags changed. */
  crossUpdated: number;
  rulesVersion: string;
  converterVersion: string;
  failures: { documentId: number; fileName: string; code: string; message: string }[];
  durationMs: number;
}

const REPROCESSABLE = new Set(['extracted', 'converted']);

/** The documents a selection names (only those already read: extracted or converted). */
export async function selectDocuments(store: Store, s: ReprocessSelection): Promise<StoredDocument[]> {
  let docs = await store.listDocuments({ ...(s.since ? { since: s.since } : {}), ...(s.period ? { period: s.period } : {}) });
  if (s.agency) {
    const want = fold(s.agency).replace(/\s+/g, ' ').trim();
    docs = docs.filter((d) => fold(d.agency ?? '').replace(/\s+/g, ' ').includes(want));
  }
  if (s.documentIds) {
    const ids = new Set(s.documentIds);
    docs = docs.filter((d) => ids.has(d.id));
  }
  return docs.filter((d) => REPROCESSABLE.has(d.status));
}

async function currentOf(store: Store, ids: readonly number[]): Promise<Map<number, StoredExtraction>> {
  const out = new Map<number, StoredExtraction>();
  for (let i = 0; i < ids.length; i += 500) {
    for (const e of await store.listCurrentExtractions({ documentIds: ids.slice(i, i + 500) })) out.set(e.documentId, e);
  }
  return out;
}

async function inChunks<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(work));
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function reprocess(
  store: Store,
  selection: ReprocessSelection,
  options: ReprocessOptions = {},
): Promise<{ run: StoredRun; summary: ReprocessSummary }> {
  const started = Date.now();
  const rulesVersion = options.rulesVersion ?? currentRulesVersion(options.checks);
  const params: JsonObject = { ...selection, rulesVersion, converterVersion: CONVERTER_VERSION, ...(options.params ?? {}) };
  const run = await store.startRun({ kind: options.kind ?? 'reprocess', params });
  const key = options.key ?? `run-${run.id}`;
  try {
    const summary = await reprocessRun(store, selection, { ...options, rulesVersion }, run.id, key);
    summary.durationMs = Date.now() - started;
    return { run: await store.finishRun(run.id, { status: 'succeeded', summary }), summary };
  } catch (e) {
    await store.finishRun(run.id, { status: 'failed', error: e instanceof Error ? e.message : String(e) }).catch(() => undefined);
    throw e;
  }
}

async function reprocessRun(
  store: Store,
  selection: ReprocessSelection,
  options: ReprocessOptions & { rulesVersion: string },
  runId: number,
  key: string,
): Promise<ReprocessSummary> {
  const docs = await selectDocuments(store, selection);
  const current = await currentOf(store, docs.map((d) => d.id));
  const s: ReprocessSummary = {
    documents: docs.length, written: 0, unchanged: 0, failed: 0, reconverted: 0,
    recordsAdded: 0, recordsRemoved: 0, recordsChanged: 0, flagsOpened: 0, flagsClosed: 0,
    reviewsCarried: 0, reviewsOrphaned: 0, crossUpdated: 0,
    rulesVersion: options.rulesVersion, converterVersion: CONVERTER_VERSION, failures: [], durationMs: 0,
  };

  // 1. each document's own analysis, from the stored Markdown
  const fresh = new Map<number, Report>();
  let done = 0;
  for (const doc of docs) {
    try {
      const { conversion, converted } = await conversionOf(store, doc, options.convert);
      if (converted) s.reconverted++;
      const notReport = notAReportMessage(conversion.warnings);
      if (notReport !== undefined) {
        await store.setDocumentStatus(doc.id, 'failed', { code: NOT_A_REPORT, message: notReport });
        throw new DocumentInputError(NOT_A_REPORT, notReport);
      }
      const source = current.get(doc.id)?.report.source;
      fresh.set(
        doc.id,
        reportFromStored(doc, conversion, {
          ...(options.checks ? { checks: options.checks } : {}),
          ...(options.analyse ? { analyse: options.analyse } : {}),
          ...(source ? { source } : {}),
        }),
      );
    } catch (e) {
      if (!(e instanceof DocumentInputError)) throw e;
      s.failed++;
      s.failures.push({ documentId: doc.id, fileName: doc.fileName, code: e.code, message: e.message });
    }
    options.onProgress?.(++done, docs.length);
    await tick();
  }

  // 2. cross-report checks over the bodies of these documents, across the store
  const bodies = new Set([...fresh.values()].map((r) => bodyKey(r.agency, r.province)).filter((k): k is string => k !== null));
  const others = (await documentsOfBodies(store, bodies)).filter((id) => !fresh.has(id));
  const otherEntries = await loadCurrent(store, others, false);
  const entries: CrossEntry[] = [...[...fresh].map(([documentId, report]) => ({ documentId, report })), ...otherEntries];
  const cross = await crossFlagsAcross(store, entries, options.checks);
  for (const [id, report] of fresh) fresh.set(id, withCrossFlags(report, cross.get(id) ?? []));

  // 3. new versions where something changed; the diff counted against the current version
  const writes: { documentId: number; report: Report; diff: ReportDiff }[] = [];
  for (const [id, report] of fresh) {
    const before = current.get(id);
    const diff = before ? diffReports(before.report, report) : diffReports(null, report);
    const changed = !before || before.rulesVersion !== options.rulesVersion || !sameReport(before.report, report);
    if (changed || options.force) writes.push({ documentId: id, report, diff });
    else s.unchanged++;
  }
  for (const e of otherEntries) {
    const after = cross.get(e.documentId) ?? [];
    if (sameFlags(crossFlagsIn(e.report), after)) continue;
    const report = withCrossFlags(e.report, after);
    writes.push({ documentId: e.documentId, report, diff: diffReports(e.report, report) });
    s.crossUpdated++;
  }
  const rulesOf = new Map(otherEntries.map((e) => [e.documentId, e.rulesVersion ?? options.rulesVersion]));
  await inChunks(writes, options.writeConcurrency ?? 8, async (w) => {
    const put = await store.putExtraction({
      documentId: w.documentId,
      rulesVersion: rulesOf.get(w.documentId) ?? options.rulesVersion,
      report: w.report,
      key,
      runId,
    });
    if (!put.created) return;
    if (fresh.has(w.documentId)) s.written++;
    s.recordsAdded += w.diff.recordsAdded;
    s.recordsRemoved += w.diff.recordsRemoved;
    s.recordsChanged += w.diff.recordsChanged;
    s.flagsOpened += w.diff.flagsOpened.length;
    s.flagsClosed += w.diff.flagsClosed.length;
  });

  // 4. reviews: still attached (their fingerprint is raised again) or left without a flag
  const flagged = new Map<number, Set<string>>();
  for (const w of writes) flagged.set(w.documentId, new Set(w.report.flags.map((f) => f.fingerprint)));
  for (const [id, report] of fresh) if (!flagged.has(id)) flagged.set(id, new Set(report.flags.map((f) => f.fingerprint)));
  await inChunks([...flagged.keys()], 16, async (id) => {
    const reviews = await store.latestReviewsByFingerprint(id);
    for (const fp of reviews.keys()) {
      if (flagged.get(id)!.has(fp)) s.reviewsCarried++;
      else s.reviewsOrphaned++;
    }
  });
  return s;
}
