/**
 * Reprocessing: structure → extract → check again from the stored Markdown of the chosen
 * documents (converting the stored bytes only when the converter version changed), then the
 * cross-report checks over their bodies across the store. A document whose result changed (or
 * whose rules version did) gets a new extraction version; the run's summary says what changed.
 * Reviews are keyed by flag fingerprint in the store, so they stay attached to the flags that
 * are raised again.
 *
 * The documents go through in chunks of whole bodies (by the body stored on each document), so
 * the run holds a chunk's reports, not the whole archive's: each document's current and fresh
 * report take ~0.2 MB of heap together, 2 GB for 10,000 documents at once. A body whose reports
 * end up in more than one chunk (a new reading moved a report to another body) has its
 * cross-report flags brought up to date once more at the end.
 */
import type { CheckConfig } from '../src/check/index.ts';
import type { Conversion } from '../src/convert/index.ts';
import { CONVERTER_VERSION, notAReportMessage, NOT_A_REPORT } from '../src/convert/index.ts';
import type { Report } from '../src/schema/index.ts';
import type { JsonObject, RunKind, Store, StoredDocument, StoredExtraction, StoredRun } from '../src/store/index.ts';
import { bodyKeyOf, foldName } from '../src/text/body-key.ts';
import {
  crossFlagsAcross,
  crossFlagsIn,
  documentsOfBodies,
  loadCurrent,
  reconcileCrossFlags,
  sameFlags,
  withCrossFlags,
  type CrossEntry,
} from './batch-cross-flags.ts';
import { diffReports, type ReportDiff } from './diff-reports.ts';
import { conversionOf, DocumentInputError } from './ingest-document.ts';
import { reportOfAnalysis, type Analyse, type StoredText } from './reprocess-report.ts';
import { analyseMany } from './analyse-many.ts';
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
  /** Documents analysed before their cross-report checks and writes (whole bodies; default 200). */
  chunkSize?: number;
  /**
   * Threads that analyse a chunk's documents, this one included (pipelines/analyse-many.ts;
   * default SOLIEU_JOBS, else the cores).
   */
  threads?: number;
}

const CHUNK_SIZE = 200;

/**
 * The documents in chunks of about `size`, a stored body never split between two (a body larger
 * than `size` is a chunk of its own); documents without a body fill in anywhere.
 */
export function chunksByBody(docs: readonly StoredDocument[], size: number): StoredDocument[][] {
  const byBody = new Map<string, StoredDocument[]>();
  for (const d of docs) {
    const k = bodyKeyOf(d.agency, d.province) ?? `\0${d.id}`;
    const list = byBody.get(k);
    if (list) list.push(d);
    else byBody.set(k, [d]);
  }
  const chunks: StoredDocument[][] = [];
  let chunk: StoredDocument[] = [];
  for (const group of byBody.values()) {
    if (chunk.length > 0 && chunk.length + group.length > size) {
      chunks.push(chunk);
      chunk = [];
    }
    chunk.push(...group);
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
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
    const want = foldName(s.agency);
    docs = docs.filter((d) => foldName(d.agency).includes(want));
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
  const s: ReprocessSummary = {
    documents: docs.length, written: 0, unchanged: 0, failed: 0, reconverted: 0,
    recordsAdded: 0, recordsRemoved: 0, recordsChanged: 0, flagsOpened: 0, flagsClosed: 0,
    reviewsCarried: 0, reviewsOrphaned: 0, crossUpdated: 0,
    rulesVersion: options.rulesVersion, converterVersion: CONVERTER_VERSION, failures: [], durationMs: 0,
  };
  const selected = new Set(docs.map((d) => d.id));
  const progress = { done: 0, total: docs.length };
  // the chunk each body's fresh reports were in; bodies met in two chunks are checked again at the end
  const chunkOf = new Map<string, number>();
  const spanning = new Set<string>();
  const chunks = chunksByBody(docs, options.chunkSize ?? CHUNK_SIZE);
  for (let c = 0; c < chunks.length; c++) {
    for (const body of await reprocessChunk(store, chunks[c]!, selected, options, runId, key, s, progress)) {
      const seen = chunkOf.get(body);
      if (seen === undefined) chunkOf.set(body, c);
      else if (seen !== c) spanning.add(body);
    }
  }
  if (spanning.size > 0) {
    // Each chunk checked its reports without the selected reports of the other chunks.
    const r = await reconcileCrossFlags(store, spanning, {
      key: `${key}:cross`,
      runId,
      ...(options.checks ? { checks: options.checks } : {}),
    });
    s.crossUpdated += r.updated.filter((id) => !selected.has(id)).length;
    s.flagsOpened += r.flagsOpened;
    s.flagsClosed += r.flagsClosed;
  }
  return s;
}

/**
 * One chunk: analyse its documents, check them across the store against the current reports of
 * their bodies that are not in the selection, write what changed, count the reviews. Returns the
 * bodies of its fresh reports.
 */
async function reprocessChunk(
  store: Store,
  docs: readonly StoredDocument[],
  selected: ReadonlySet<number>,
  options: ReprocessOptions & { rulesVersion: string },
  runId: number,
  key: string,
  s: ReprocessSummary,
  progress: { done: number; total: number },
): Promise<Set<string>> {
  const current = await currentOf(store, docs.map((d) => d.id));

  // 1. each document's own analysis, from the stored Markdown, on every core
  const stored: { doc: StoredDocument; conversion: StoredText }[] = [];
  for (const doc of docs) {
    try {
      const { conversion, converted } = await conversionOf(store, doc, options.convert);
      if (converted) s.reconverted++;
      const notReport = notAReportMessage(conversion.warnings);
      if (notReport !== undefined) {
        await store.setDocumentStatus(doc.id, 'failed', { code: NOT_A_REPORT, message: notReport });
        throw new DocumentInputError(NOT_A_REPORT, notReport);
      }
      stored.push({ doc, conversion });
    } catch (e) {
      if (!(e instanceof DocumentInputError)) throw e;
      s.failed++;
      s.failures.push({ documentId: doc.id, fileName: doc.fileName, code: e.code, message: e.message });
      options.onProgress?.(++progress.done, progress.total);
    }
  }
  const jobs = stored.map(({ doc, conversion }) => ({ markdown: conversion.markdown, sha256: doc.sha256 }));
  const analyses = await analyseMany(jobs, {
    checks: options.checks,
    threads: options.threads,
    analyse: options.analyse,
    onDone: () => options.onProgress?.(++progress.done, progress.total),
  });
  const fresh = new Map<number, Report>();
  stored.forEach(({ doc, conversion }, i) => fresh.set(doc.id, reportOfAnalysis(doc, conversion, analyses[i]!, current.get(doc.id)?.report.source)));

  // 2. cross-report checks over the bodies of these documents, across the store (the selected
  //    documents of other chunks are checked with their own chunk, and again at the end)
  const bodies = new Set([...fresh.values()].map((r) => bodyKeyOf(r.agency, r.province)).filter((k): k is string => k !== null));
  const others = (await documentsOfBodies(store, bodies)).filter((id) => !fresh.has(id) && !selected.has(id));
  const otherEntries = await loadCurrent(store, others, false);
  const entries: CrossEntry[] = [...[...fresh].map(([documentId, report]) => ({ documentId, report })), ...otherEntries];
  const cross = await crossFlagsAcross(store, entries, options.checks);
  for (const [id, report] of fresh) fresh.set(id, withCrossFlags(report, cross.get(id) ?? []));

  // 3. new versions where something changed; the diff counted against the current version
  const writes: { documentId: number; report: Report; diff: ReportDiff }[] = [];
  for (const [id, report] of fresh) {
    const before = current.get(id);
    const changed = !before || before.rulesVersion !== options.rulesVersion || !sameReport(before.report, report);
    if (changed || options.force) writes.push({ documentId: id, report, diff: diffReports(before ? before.report : null, report) });
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
  return bodies;
}
