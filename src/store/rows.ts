import type { Selectable } from 'kysely';
import type { Format, Report } from '../schema/index.ts';
import type { Codec } from './codec.ts';
import type {
  ConversionsTable,
  DocumentsTable,
  ExtractionsTable,
  ReviewsTable,
  RunsTable,
} from './database.ts';
import type {
  DocumentStatus,
  ExtractionSummary,
  JsonObject,
  PageSpan,
  ReviewDecision,
  RunKind,
  RunStatus,
  RunSummary,
  StoredConversion,
  StoredDocument,
  StoredExtraction,
  StoredReview,
  StoredRun,
} from './types.ts';

/** Row → domain object mappers, shared by the repositories. */

export function toDocument(row: Omit<Selectable<DocumentsTable>, 'content' | 'body_key'>, c: Codec): StoredDocument {
  return {
    id: row.id,
    sha256: row.sha256,
    fileName: row.file_name,
    size: row.size,
    format: row.format as Format,
    uploader: row.uploader,
    uploadedAt: c.time(row.uploaded_at),
    agency: row.agency,
    province: row.province,
    period: row.period,
    status: row.status as DocumentStatus,
    errorCode: row.error_code,
    errorMessage: row.error_message,
    updatedAt: c.time(row.updated_at),
  };
}

export function toConversion(row: Selectable<ConversionsTable>, c: Codec): StoredConversion {
  return {
    id: row.id,
    documentId: row.document_id,
    converterVersion: row.converter_version,
    markdown: row.markdown,
    pages: c.fromJson<PageSpan[]>(row.pages),
    warnings: c.fromJson<string[]>(row.warnings),
    createdAt: c.time(row.created_at),
  };
}

export function toExtractionSummary(row: Omit<Selectable<ExtractionsTable>, 'report'>, c: Codec): ExtractionSummary {
  return {
    id: row.id,
    documentId: row.document_id,
    version: row.version,
    current: Boolean(row.is_current),
    rulesVersion: row.rules_version,
    key: row.idempotency_key,
    runId: row.run_id,
    recordCount: row.record_count,
    flagCounts: { error: row.flags_error, warning: row.flags_warning, info: row.flags_info },
    createdAt: c.time(row.created_at),
  };
}

export function toExtraction(row: Selectable<ExtractionsTable>, c: Codec): StoredExtraction {
  return { ...toExtractionSummary(row, c), report: c.fromJson<Report>(row.report) };
}

export function toReview(row: Selectable<ReviewsTable>, c: Codec): StoredReview {
  return {
    id: row.id,
    documentId: row.document_id,
    fingerprint: row.fingerprint,
    check: row.check_id,
    decision: row.decision as ReviewDecision,
    correctedValue: row.corrected_value,
    reason: row.reason,
    reviewer: row.reviewer,
    createdAt: c.time(row.created_at),
  };
}

export function toRun(row: Selectable<RunsTable>, c: Codec): StoredRun {
  return {
    id: row.id,
    kind: row.kind as RunKind,
    status: row.status as RunStatus,
    params: c.fromJson<JsonObject>(row.params),
    summary: row.summary === null ? null : c.fromJson<RunSummary>(row.summary),
    error: row.error,
    startedAt: c.time(row.started_at),
    finishedAt: c.timeOrNull(row.finished_at),
  };
}
