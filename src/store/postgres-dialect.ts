import pg from 'pg';
import { PostgresDialect } from 'kysely';

/** Lower case only: search_path folds unquoted names to lower case. */
const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

export interface PostgresOptions {
  url: string;
  /** Every table lives in this schema (search_path); created if missing. */
  schema: string | null;
  poolSize?: number;
}

export function assertSchemaName(schema: string): void {
  if (!IDENTIFIER.test(schema)) throw new RangeError(`Tên schema PostgreSQL không hợp lệ: ${schema}`);
}

/** A pooled PostgreSQL connection whose sessions use `schema` first in their search_path. */
export function createPostgresDialect(options: PostgresOptions): { dialect: PostgresDialect; pool: pg.Pool } {
  if (options.schema) assertSchemaName(options.schema);
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  // An idle client losing its server must not crash the process; the next query reports the error.
  pool.on('error', () => {});
  return { dialect: new PostgresDialect({ pool }), pool };
}
