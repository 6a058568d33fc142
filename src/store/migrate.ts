import { Migrator, type Kysely } from 'kysely';
import { migrationProvider } from './migrations/index.ts';

/**
 * Brings the schema to the latest migration. Safe to call from every process at start-up:
 * PostgreSQL serializes it with an advisory lock, SQLite with an immediate transaction.
 * `schema` (PostgreSQL) is where the migration bookkeeping tables live: the current schema.
 */
export async function migrateToLatest(db: Kysely<unknown>, schema?: string): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: migrationProvider,
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`Không chạy được migration${failed ? ` ${failed}` : ''} của kho dữ liệu: ${String((error as Error).message ?? error)}`, {
      cause: error,
    });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
