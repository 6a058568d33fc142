import type { Kysely } from 'kysely';
import type { Codec } from './codec.ts';
import type { Database } from './database.ts';
import { DOCUMENT_STATUSES, REVIEW_DECISIONS, type StoreStats } from './types.ts';

/** Counts for `solieu status`: documents by status, extractions, and records and flags of current extractions. */
export async function readStats(db: Kysely<Database>, c: Codec): Promise<StoreStats> {
  const byStatus = await db
    .selectFrom('documents')
    .select((eb) => ['status', eb.fn.countAll().as('n')])
    .groupBy('status')
    .execute();
  const extractions = await db
    .selectFrom('extractions')
    .select((eb) => eb.fn.countAll().as('total'))
    .executeTakeFirstOrThrow();
  const current = await db
    .selectFrom('extractions')
    .select((eb) => [
      eb.fn.countAll().as('n'),
      eb.fn.sum('record_count').as('records'),
      eb.fn.sum('flags_error').as('error'),
      eb.fn.sum('flags_warning').as('warning'),
      eb.fn.sum('flags_info').as('info'),
    ])
    .where('is_current', '=', c.bool(true))
    .executeTakeFirstOrThrow();
  const byDecision = await db
    .selectFrom('reviews')
    .select((eb) => ['decision', eb.fn.countAll().as('n')])
    .groupBy('decision')
    .execute();

  const statusCounts = Object.fromEntries(DOCUMENT_STATUSES.map((s) => [s, 0])) as StoreStats['documents']['byStatus'];
  for (const row of byStatus) statusCounts[row.status as keyof typeof statusCounts] = c.int(row.n);
  const decisionCounts = Object.fromEntries(REVIEW_DECISIONS.map((d) => [d, 0])) as StoreStats['reviews']['byDecision'];
  for (const row of byDecision) decisionCounts[row.decision as keyof typeof decisionCounts] = c.int(row.n);

  return {
    documents: { total: Object.values(statusCounts).reduce((a, b) => a + b, 0), byStatus: statusCounts },
    extractions: { total: c.int(extractions.total), current: c.int(current.n) },
    records: c.int(current.records),
    flags: { error: c.int(current.error), warning: c.int(current.warning), info: c.int(current.info) },
    reviews: { total: Object.values(decisionCounts).reduce((a, b) => a + b, 0), byDecision: decisionCounts },
  };
}
