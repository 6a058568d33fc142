import type { Kysely } from 'kysely';
import { normalizeInstant, type Codec } from './codec.ts';
import type { Database } from './database.ts';
import { toReview } from './rows.ts';
import { REVIEW_DECISIONS, type NewReview, type ReviewFilter, type StoredReview } from './types.ts';

/** Analysts' decisions on flags. Append-only: the history is kept, the latest decision wins. */
export function reviewsRepository(db: Kysely<Database>, c: Codec) {
  return {
    async addReview(input: NewReview): Promise<StoredReview> {
      if (!REVIEW_DECISIONS.includes(input.decision)) {
        throw new RangeError(`Quyết định rà soát không hợp lệ: ${String(input.decision)}`);
      }
      if (input.decision === 'corrected' && (input.correctedValue === undefined || input.correctedValue === null)) {
        throw new RangeError('Quyết định "corrected" cần có giá trị đã sửa.');
      }
      const row = await db
        .insertInto('reviews')
        .values({
          document_id: input.documentId,
          fingerprint: input.fingerprint,
          check_id: input.check ?? null,
          decision: input.decision,
          corrected_value: input.correctedValue ?? null,
          reason: c.text(input.reason ?? null),
          reviewer: input.reviewer,
          created_at: input.createdAt ? normalizeInstant(input.createdAt) : new Date().toISOString(),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toReview(row, c);
    },

    async listReviews(filter: ReviewFilter): Promise<StoredReview[]> {
      let query = db.selectFrom('reviews').selectAll();
      if (filter.documentId !== undefined) query = query.where('document_id', '=', filter.documentId);
      if (filter.fingerprint !== undefined) query = query.where('fingerprint', '=', filter.fingerprint);
      const rows = await query.orderBy('created_at').orderBy('id').execute();
      return rows.map((row) => toReview(row, c));
    },

    async latestReviewsByFingerprint(documentId: number): Promise<Map<string, StoredReview>> {
      const rows = await db
        .selectFrom('reviews')
        .selectAll()
        .where('document_id', '=', documentId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      const latest = new Map<string, StoredReview>();
      for (const row of rows) latest.set(row.fingerprint, toReview(row, c));
      return latest;
    },
  };
}
