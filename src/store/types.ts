import type { Format, Report, Severity } from '../schema/index.ts';

/** Where a document is in the flow. `failed` carries an input-error code and message. */
export type DocumentStatus = 'queued' | 'converted' | 'extracted' | 'failed';
export const DOCUMENT_STATUSES: readonly DocumentStatus[] = ['queued', 'converted', 'extracted', 'failed'];

export type ReviewDecision = 'confirmed' | 'dismissed' | 'corrected';
export const REVIEW_DECISIONS: readonly ReviewDecision[] = ['confirmed', 'dismissed', 'corrected'];

export type RunKind = 'batch' | 'reprocess' | 'nightly';
export type RunStatus = 'running' | 'succeeded' | 'failed';

export type Role = 'uploader' | 'analyst' | 'admin';
export const ROLES: readonly Role[] = ['uploader', 'analyst', 'admin'];

/** A JSON object as stored in a JSON column (text in SQLite, jsonb in PostgreSQL). */
export type JsonObject = { [key: string]: unknown };

// ── documents ────────────────────────────────────────────────────────────────

export interface NewDocument {
  /** The original file, stored as is. Its sha256 is computed by the store. */
  content: Uint8Array;
  fileName: string;
  format: Format;
  uploader?: string | null;
  /** ISO timestamp; defaults to now. */
  uploadedAt?: string;
}

/** A stored document without its bytes (see `getDocumentContent`). */
export interface StoredDocument {
  id: number;
  sha256: string;
  fileName: string;
  size: number;
  format: Format;
  uploader: string | null;
  uploadedAt: string;
  agency: string | null;
  province: string | null;
  period: string | null;
  status: DocumentStatus;
  errorCode: string | null;
  errorMessage: string | null;
  updatedAt: string;
}

export interface PutDocumentResult {
  id: number;
  sha256: string;
  /** false when a file with the same sha256 was already stored (nothing was written). */
  created: boolean;
}

export interface DocumentFilter {
  period?: string;
  agency?: string;
  province?: string;
  /** Of any of these bodies (src/text/body-key.ts: agency and province folded, as cross-report checks group them). */
  bodies?: readonly string[];
  status?: DocumentStatus;
  /** Uploaded at or after this instant (ISO date or timestamp). */
  since?: string;
  limit?: number;
  offset?: number;
}

export interface DocumentMetadata {
  agency: string | null;
  province: string | null;
  period: string | null;
}

export interface DocumentError {
  code: string;
  message: string;
}

// ── conversions ──────────────────────────────────────────────────────────────

/** Same shape as src/convert's PageSpan: page → [start, end) offsets in the Markdown. */
export interface PageSpan {
  page: number;
  start: number;
  end: number;
}

export interface NewConversion {
  documentId: number;
  converterVersion: string;
  markdown: string;
  pages: PageSpan[];
  warnings?: string[];
}

export interface StoredConversion {
  id: number;
  documentId: number;
  converterVersion: string;
  markdown: string;
  pages: PageSpan[];
  warnings: string[];
  createdAt: string;
}

// ── extractions ──────────────────────────────────────────────────────────────

export interface NewExtraction {
  documentId: number;
  rulesVersion: string;
  report: Report;
  /**
   * Idempotency key (e.g. the job id): a second put with the same key for the same
   * document returns the stored version instead of adding one.
   */
  key?: string;
  runId?: number | null;
  /** ISO timestamp; defaults to now. */
  createdAt?: string;
}

export type FlagCounts = { [S in Severity]: number };

export interface ExtractionSummary {
  id: number;
  documentId: number;
  version: number;
  current: boolean;
  rulesVersion: string;
  key: string | null;
  runId: number | null;
  recordCount: number;
  flagCounts: FlagCounts;
  createdAt: string;
}

export interface StoredExtraction extends ExtractionSummary {
  report: Report;
}

export interface PutExtractionResult {
  id: number;
  version: number;
  /** false when `key` was already used for this document (nothing was written). */
  created: boolean;
  /** The extraction that was current before this put (null for the first one). */
  previousId: number | null;
}

export interface CurrentExtractionFilter {
  agency?: string;
  period?: string;
  documentIds?: number[];
}

// ── reviews ──────────────────────────────────────────────────────────────────

export interface NewReview {
  documentId: number;
  /** The flag's stable fingerprint; reviews attach to flags by it across re-runs. */
  fingerprint: string;
  /** The flag's check id, kept for display. */
  check?: string | null;
  decision: ReviewDecision;
  correctedValue?: number | null;
  reason?: string | null;
  reviewer: string;
  /** ISO timestamp; defaults to now. */
  createdAt?: string;
}

export interface StoredReview {
  id: number;
  documentId: number;
  fingerprint: string;
  check: string | null;
  decision: ReviewDecision;
  correctedValue: number | null;
  reason: string | null;
  reviewer: string;
  createdAt: string;
}

export interface ReviewFilter {
  documentId?: number;
  fingerprint?: string;
}

// ── runs ─────────────────────────────────────────────────────────────────────

/** What a batch / reprocess / nightly run changed. Pipelines may add fields. */
export interface RunSummary {
  documents?: number;
  failed?: number;
  recordsAdded?: number;
  recordsRemoved?: number;
  recordsChanged?: number;
  flagsOpened?: number;
  flagsClosed?: number;
  [key: string]: unknown;
}

export interface NewRun {
  kind: RunKind;
  params?: JsonObject;
  /** ISO timestamp; defaults to now. */
  startedAt?: string;
}

export interface FinishRun {
  status?: Exclude<RunStatus, 'running'>;
  summary?: RunSummary;
  error?: string | null;
  /** ISO timestamp; defaults to now. */
  finishedAt?: string;
}

export interface StoredRun {
  id: number;
  kind: RunKind;
  status: RunStatus;
  params: JsonObject;
  summary: RunSummary | null;
  error: string | null;
  startedAt: string;
  finishedAt: string | null;
}

// ── accounts (web app: users, api tokens, audit log) ─────────────────────────

export interface NewUser {
  name: string;
  role: Role;
  passwordHash: string;
}

export interface StoredUser {
  id: number;
  name: string;
  role: Role;
  passwordHash: string;
  disabled: boolean;
  createdAt: string;
}

export interface NewToken {
  name: string;
  role: Role;
  /** A hash of the token; the token itself is never stored. */
  tokenHash: string;
}

export interface StoredToken {
  id: number;
  name: string;
  role: Role;
  tokenHash: string;
  createdAt: string;
  revokedAt: string | null;
}

export interface NewAuditEntry {
  actor: string;
  action: string;
  detail?: JsonObject;
  at?: string;
}

export interface StoredAuditEntry {
  id: number;
  actor: string;
  action: string;
  detail: JsonObject;
  at: string;
}

// ── stats ────────────────────────────────────────────────────────────────────

export interface StoreStats {
  documents: { total: number; byStatus: { [S in DocumentStatus]: number } };
  extractions: { total: number; current: number };
  /** Records in current extractions. */
  records: number;
  /** Flags in current extractions, by severity. */
  flags: FlagCounts;
  reviews: { total: number; byDecision: { [D in ReviewDecision]: number } };
}

// ── the store ────────────────────────────────────────────────────────────────

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Where the store lives, with any password hidden (for logs and `solieu status`). */
  readonly location: string;

  putDocument(input: NewDocument): Promise<PutDocumentResult>;
  getDocumentById(id: number): Promise<StoredDocument | undefined>;
  getDocumentBySha(sha256: string): Promise<StoredDocument | undefined>;
  getDocumentContent(id: number): Promise<Uint8Array | undefined>;
  listDocuments(filter?: DocumentFilter): Promise<StoredDocument[]>;
  /** Sets the status; `error` is kept only with `failed` and cleared otherwise. */
  setDocumentStatus(id: number, status: DocumentStatus, error?: DocumentError): Promise<void>;
  setDocumentMetadata(id: number, metadata: DocumentMetadata): Promise<void>;

  /** Stores the Markdown of a document for a converter version (replaces the same version) and marks it `converted`. */
  putConversion(input: NewConversion): Promise<StoredConversion>;
  /** The most recently stored conversion of a document. */
  getCurrentConversion(documentId: number): Promise<StoredConversion | undefined>;
  getConversion(documentId: number, converterVersion: string): Promise<StoredConversion | undefined>;

  /**
   * Adds a new extraction version, makes it the only current one, copies agency / province /
   * period from the report onto the document and marks it `extracted` — in one transaction.
   */
  putExtraction(input: NewExtraction): Promise<PutExtractionResult>;
  getExtraction(id: number): Promise<StoredExtraction | undefined>;
  getCurrentExtraction(documentId: number): Promise<StoredExtraction | undefined>;
  /** Every version of a document's extraction, oldest first (without the reports). */
  listExtractions(documentId: number): Promise<ExtractionSummary[]>;
  /** Current extractions across documents (for cross-report checks). */
  listCurrentExtractions(filter?: CurrentExtractionFilter): Promise<StoredExtraction[]>;

  addReview(input: NewReview): Promise<StoredReview>;
  /** Review history, oldest first. */
  listReviews(filter: ReviewFilter): Promise<StoredReview[]>;
  /** The latest review of each flag fingerprint of a document (latest wins). */
  latestReviewsByFingerprint(documentId: number): Promise<Map<string, StoredReview>>;

  startRun(input: NewRun): Promise<StoredRun>;
  finishRun(id: number, result?: FinishRun): Promise<StoredRun>;
  getRun(id: number): Promise<StoredRun | undefined>;
  /** The most recently started run of a kind (optionally only finished ones). */
  lastRun(kind: RunKind, options?: { finished?: boolean }): Promise<StoredRun | undefined>;
  listRuns(options?: { kind?: RunKind; limit?: number }): Promise<StoredRun[]>;

  createUser(input: NewUser): Promise<StoredUser>;
  getUserByName(name: string): Promise<StoredUser | undefined>;
  createToken(input: NewToken): Promise<StoredToken>;
  /** A token that is not revoked. */
  getTokenByHash(tokenHash: string): Promise<StoredToken | undefined>;
  revokeToken(id: number): Promise<void>;
  addAudit(input: NewAuditEntry): Promise<StoredAuditEntry>;
  listAudit(options?: { actor?: string; limit?: number }): Promise<StoredAuditEntry[]>;

  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}

