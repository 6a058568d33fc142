import type { Kysely } from 'kysely';
import { PostgresAdapter } from 'kysely';

export type DialectKind = 'sqlite' | 'postgres';

/** The few values whose representation differs between SQLite and PostgreSQL. */
export interface Codec {
  kind: DialectKind;
  /** To a text column: see `safeText`. */
  text<T extends string | null | undefined>(value: T): T;
  /** To a JSON column (strings made safe, see `safeText`). */
  json(value: unknown): string;
  /** From a JSON column (text in SQLite, already parsed jsonb in PostgreSQL). */
  fromJson<T>(value: unknown): T;
  /** To a boolean column (0/1 in SQLite). */
  bool(value: boolean): boolean | number;
  /** From a timestamp column to an ISO string. */
  time(value: unknown): string;
  /** From a nullable timestamp column. */
  timeOrNull(value: unknown): string | null;
  /** From a count or sum (bigint strings in PostgreSQL). */
  int(value: unknown): number;
}

const UNSAFE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * PostgreSQL refuses NUL characters and lone surrogates (in text and in jsonb); a hostile file can
 * carry both. Each becomes U+FFFD — one UTF-16 unit for one, so offsets into the Markdown still hold.
 * Applied on both backends so they store the same thing.
 */
export function safeText<T extends string | null | undefined>(value: T): T {
  return (typeof value === 'string' ? value.replace(UNSAFE, '\uFFFD') : value) as T;
}

function toIso(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return value;
  throw new TypeError(`not a timestamp: ${String(value)}`);
}

function toInt(value: unknown): number {
  if (value === null || value === undefined) return 0;
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) throw new TypeError(`not a number: ${String(value)}`);
  return n;
}

export function createCodec(kind: DialectKind): Codec {
  return {
    kind,
    text: safeText,
    json: (value) => JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? safeText(v) : v)),
    fromJson: <T>(value: unknown) =>
      (kind === 'sqlite' && typeof value === 'string' ? JSON.parse(value) : value) as T,
    bool: (value) => (kind === 'sqlite' ? (value ? 1 : 0) : value),
    time: toIso,
    timeOrNull: (value) => (value === null || value === undefined ? null : toIso(value)),
    int: toInt,
  };
}

/** The dialect a Kysely instance talks to (used by migrations to pick column types). */
export function dialectOf(db: Kysely<unknown>): DialectKind {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** Normalizes a user-given instant ("2024-01-01", an ISO timestamp) to a UTC ISO timestamp. */
export function normalizeInstant(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Thời điểm không hợp lệ: ${value}`);
  return date.toISOString();
}
