/**
 * One stored document through the whole flow, into the store: convert (or reuse the Markdown
 * stored for this converter version) → structure → extract → check → cross-report checks
 * against the stored reports of the same body → a new extraction version. What a report job
 * runs and what `solieu ingest --inline` runs, so both write the same rows. Idempotent: the
 * conversion is reused and `key` (the job id) makes a second put a no-op.
 */
import { CONVERTER_VERSION, convert as convertInProcess, isInputError, notAReportMessage, NOT_A_REPORT } from '../src/convert/index.ts';
import type { Conversion } from '../src/convert/index.ts';
import type { CheckConfig } from '../src/check/index.ts';
import type { FlagCounts, Store, StoredConversion, StoredDocument } from '../src/store/index.ts';
import { crossFlagsForNew } from './batch-cross-flags.ts';
import { reportFromStored, type Analyse } from './reprocess-report.ts';

/** A file that cannot be read (stable code, Vietnamese message): the document is marked failed, never retried. */
export class DocumentInputError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'DocumentInputError';
  }
}

export interface ProcessDocumentOptions {
  rulesVersion: string;
  /** Idempotency key of the extraction (the job id). */
  key: string;
  runId?: number | null;
  checks?: CheckConfig;
  /** Conversion of the bytes (default in-process; workers pass their sandboxed converter). */
  convert?: (bytes: Uint8Array) => Promise<Conversion>;
  analyse?: Analyse;
}

export interface ProcessedDocument {
  documentId: number;
  sha256: string;
  status: 'extracted';
  /** false when this key had already stored the extraction (a retried or recovered job). */
  created: boolean;
  extractionId: number;
  records: number;
  flags: FlagCounts;
  agency: string | null;
  province: string | null;
  period: string | null;
}

async function fail(store: Store, doc: StoredDocument, code: string, message: string): Promise<never> {
  await store.setDocumentStatus(doc.id, 'failed', { code, message });
  throw new DocumentInputError(code, message);
}

/**
 * The stored Markdown for the current converter version (`converted`: false), or the stored
 * bytes converted now and their Markdown stored (`converted`: true).
 */
export async function conversionOf(
  store: Store,
  doc: StoredDocument,
  convert: (bytes: Uint8Array) => Promise<Conversion> = (b) => convertInProcess(b),
): Promise<{ conversion: StoredConversion; converted: boolean }> {
  const stored = await store.getConversion(doc.id, CONVERTER_VERSION);
  if (stored) return { conversion: stored, converted: false };
  const bytes = await store.getDocumentContent(doc.id);
  if (!bytes) throw new Error(`Không tìm thấy nội dung của tài liệu ${doc.id}.`);
  let conversion: Conversion;
  try {
    conversion = await convert(bytes);
  } catch (e) {
    if (isInputError(e)) return fail(store, doc, e.code, e.message);
    throw e;
  }
  const put = await store.putConversion({
    documentId: doc.id,
    converterVersion: CONVERTER_VERSION,
    markdown: conversion.markdown,
    pages: conversion.pages,
    warnings: conversion.warnings,
  });
  return { conversion: put, converted: true };
}

export async function processStoredDocument(store: Store, doc: StoredDocument, options: ProcessDocumentOptions): Promise<ProcessedDocument> {
  const { conversion } = await conversionOf(store, doc, options.convert);
  const notReport = notAReportMessage(conversion.warnings);
  if (notReport !== undefined) await fail(store, doc, NOT_A_REPORT, notReport);

  const report = reportFromStored(doc, conversion, {
    ...(options.checks ? { checks: options.checks } : {}),
    ...(options.analyse ? { analyse: options.analyse } : {}),
  });
  report.flags.push(...(await crossFlagsForNew(store, { documentId: doc.id, report, markdown: conversion.markdown }, options.checks)));
  const put = await store.putExtraction({
    documentId: doc.id,
    rulesVersion: options.rulesVersion,
    report,
    key: options.key,
    runId: options.runId ?? null,
  });
  const count = (s: string) => report.flags.filter((f) => f.severity === s).length;
  return {
    documentId: doc.id,
    sha256: doc.sha256,
    status: 'extracted',
    created: put.created,
    extractionId: put.id,
    records: report.records.length,
    flags: { error: count('error'), warning: count('warning'), info: count('info') },
    agency: report.agency,
    province: report.province,
    period: report.period,
  };
}
