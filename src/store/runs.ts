import type { Kysely } from 'kysely';
import { normalizeInstant, type Codec } from './codec.ts';
import type { Database } from './database.ts';
import { StoreNotFoundError } from './not-found-error.ts';
import { toRun } from './rows.ts';
import type { FinishRun, NewRun, RunKind, StoredRun } from './types.ts';

/** Batch, reprocess and nightly runs with their summaries. */
export function runsRepository(db: Kysely<Database>, c: Codec) {
  return {
    async startRun(input: NewRun): Promise<StoredRun> {
      const row = await db
        .insertInto('runs')
        .values({
          kind: input.kind,
          status: 'running',
          params: c.json(input.params ?? {}),
          started_at: input.startedAt ? normalizeInstant(input.startedAt) : new Date().toISOString(),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toRun(row, c);
    },

    async finishRun(id: number, result: FinishRun = {}): Promise<StoredRun> {
      const row = await db
        .updateTable('runs')
        .set({
          status: result.status ?? (result.error ? 'failed' : 'succeeded'),
          summary: result.summary === undefined ? null : c.json(result.summary),
          error: result.error ?? null,
          finished_at: result.finishedAt ? normalizeInstant(result.finishedAt) : new Date().toISOString(),
        })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst();
      if (!row) throw new StoreNotFoundError('lượt chạy', id);
      return toRun(row, c);
    },

    async getRun(id: number): Promise<StoredRun | undefined> {
      const row = await db.selectFrom('runs').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toRun(row, c);
    },

    async lastRun(kind: RunKind, options: { finished?: boolean } = {}): Promise<StoredRun | undefined> {
      let query = db.selectFrom('runs').selectAll().where('kind', '=', kind);
      if (options.finished) query = query.where('finished_at', 'is not', null);
      const row = await query.orderBy('started_at', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst();
      return row && toRun(row, c);
    },

    async listRuns(options: { kind?: RunKind; limit?: number } = {}): Promise<StoredRun[]> {
      let query = db.selectFrom('runs').selectAll();
      if (options.kind !== undefined) query = query.where('kind', '=', options.kind);
      const rows = await query.orderBy('started_at', 'desc').orderBy('id', 'desc').limit(options.limit ?? 50).execute();
      return rows.map((row) => toRun(row, c));
    },
  };
}
