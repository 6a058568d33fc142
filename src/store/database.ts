import type { ColumnType, Generated } from 'kysely';

/** ISO string in SQLite (text), Date from PostgreSQL (timestamptz); always written as an ISO string. */
type Timestamp = ColumnType<string | Date, string, string>;
type NullableTimestamp = ColumnType<string | Date | null, string | null | undefined, string | null>;
/** Text in SQLite, jsonb in PostgreSQL; always written as a JSON string. */
type Json = ColumnType<unknown, string, string>;
type NullableJson = ColumnType<unknown, string | null | undefined, string | null>;
/** 0/1 in SQLite, boolean in PostgreSQL. */
type Bool = ColumnType<number | boolean, number | boolean, number | boolean>;
type Blob = ColumnType<Buffer | Uint8Array, Buffer, never>;

export interface DocumentsTable {
  id: Generated<number>;
  sha256: string;
  content: Blob;
  size: number;
  file_name: string;
  format: string;
  uploader: string | null;
  uploaded_at: Timestamp;
  agency: string | null;
  province: string | null;
  /** bodyKeyOf(agency, province), indexed: a body's documents without a scan of every document. */
  body_key: ColumnType<string | null, string | null | undefined, string | null>;
  period: string | null;
  status: string;
  error_code: string | null;
  error_message: string | null;
  updated_at: Timestamp;
}

export interface ConversionsTable {
  id: Generated<number>;
  document_id: number;
  converter_version: string;
  markdown: string;
  pages: Json;
  warnings: Json;
  created_at: Timestamp;
}

export interface ExtractionsTable {
  id: Generated<number>;
  document_id: number;
  version: number;
  is_current: Bool;
  rules_version: string;
  report: Json;
  record_count: number;
  flags_error: number;
  flags_warning: number;
  flags_info: number;
  idempotency_key: string | null;
  run_id: number | null;
  created_at: Timestamp;
}

export interface ReviewsTable {
  id: Generated<number>;
  document_id: number;
  fingerprint: string;
  check_id: string | null;
  decision: string;
  corrected_value: number | null;
  reason: string | null;
  reviewer: string;
  created_at: Timestamp;
}

export interface RunsTable {
  id: Generated<number>;
  kind: string;
  status: string;
  params: Json;
  summary: NullableJson;
  error: string | null;
  started_at: Timestamp;
  finished_at: NullableTimestamp;
}

export interface UsersTable {
  id: Generated<number>;
  name: string;
  role: string;
  password_hash: string;
  disabled: Bool;
  created_at: Timestamp;
}

export interface TokensTable {
  id: Generated<number>;
  name: string;
  role: string;
  token_hash: string;
  created_at: Timestamp;
  revoked_at: NullableTimestamp;
}

export interface AuditTable {
  id: Generated<number>;
  actor: string;
  action: string;
  detail: Json;
  at: Timestamp;
}

export interface Database {
  documents: DocumentsTable;
  conversions: ConversionsTable;
  extractions: ExtractionsTable;
  reviews: ReviewsTable;
  runs: RunsTable;
  users: UsersTable;
  tokens: TokensTable;
  audit: AuditTable;
}
