import { Kysely, sql, type Dialect } from 'kysely';
import { accountsRepository } from './accounts.ts';
import { createCodec } from './codec.ts';
import { conversionsRepository } from './conversions.ts';
import type { Database } from './database.ts';
import { documentsRepository } from './documents.ts';
import { extractionsRepository } from './extractions.ts';
import { describeStoreLocation, resolveStoreLocation } from './location.ts';
import { migrateToLatest } from './migrate.ts';
import { createPostgresDialect } from './postgres-dialect.ts';
import { reviewsRepository } from './reviews.ts';
import { runsRepository } from './runs.ts';
import { createSqliteDialect } from './sqlite-dialect.ts';
import { readStats } from './stats.ts';
import type { Store } from './types.ts';

export interface OpenStoreOptions {
  /** PostgreSQL: put every table in this schema (created if missing); overrides `?schema=` in the URL. */
  schema?: string;
  /** PostgreSQL: connections in the pool (default 10). */
  poolSize?: number;
  /** Run migrations on open (default true). */
  migrate?: boolean;
}

/**
 * Opens the store: a file path → SQLite, `postgres://…` → PostgreSQL; without a location,
 * DATABASE_URL, then ./data/solieu.db. Migrations run on open (re-entrant, safe from many processes).
 */
export async function openStore(location?: string, options: OpenStoreOptions = {}): Promise<Store> {
  const resolved = resolveStoreLocation(location);
  if (resolved.kind === 'postgres' && options.schema) resolved.schema = options.schema;

  let dialect: Dialect;
  if (resolved.kind === 'sqlite') {
    dialect = createSqliteDialect(resolved.file);
  } else {
    dialect = createPostgresDialect({
      url: resolved.url,
      schema: resolved.schema,
      ...(options.poolSize ? { poolSize: options.poolSize } : {}),
    }).dialect;
  }
  const db = new Kysely<Database>({ dialect });

  try {
    let migrationSchema: string | undefined;
    if (resolved.kind === 'postgres') {
      if (resolved.schema) await createSchemaIfMissing(db, resolved.schema);
      const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
      migrationSchema = rows[0]?.schema ?? undefined;
      if (!migrationSchema) throw new Error('PostgreSQL: search_path không có schema nào tồn tại.');
    }
    if (options.migrate !== false) await migrateToLatest(db as Kysely<unknown>, migrationSchema);
  } catch (error) {
    await db.destroy();
    throw error;
  }

  const codec = createCodec(resolved.kind);
  return {
    kind: resolved.kind,
    location: describeStoreLocation(resolved),
    ...documentsRepository(db, codec),
    ...conversionsRepository(db, codec),
    ...extractionsRepository(db, codec),
    ...reviewsRepository(db, codec),
    ...runsRepository(db, codec),
    ...accountsRepository(db, codec),
    stats: () => readStats(db, codec),
    close: () => db.destroy(),
  };
}

async function createSchemaIfMissing(db: Kysely<Database>, schema: string): Promise<void> {
  try {
    await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
  } catch (error) {
    // Two processes creating the same schema at once: the loser sees a unique violation.
    const code = (error as { code?: string }).code;
    if (code !== '23505' && code !== '42P06') throw error;
  }
}
