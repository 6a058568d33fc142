import type { Kysely } from 'kysely';
import type { Codec } from './codec.ts';
import type { Database } from './database.ts';
import { StoreNotFoundError } from './not-found-error.ts';
import { toConversion } from './rows.ts';
import type { NewConversion, StoredConversion } from './types.ts';

export function conversionsRepository(db: Kysely<Database>, c: Codec) {
  return {
    /**
     * Stores the Markdown for (document, converter version), replacing an earlier conversion with
     * the same version (a retried job), and marks the document `converted` — in one transaction.
     */
    async putConversion(input: NewConversion): Promise<StoredConversion> {
      const now = new Date().toISOString();
      return db.transaction().execute(async (tx) => {
        const touched = await tx
          .updateTable('documents')
          .set({ status: 'converted', error_code: null, error_message: null, updated_at: now })
          .where('id', '=', input.documentId)
          .executeTakeFirst();
        if (touched.numUpdatedRows === 0n) throw new StoreNotFoundError('tài liệu', input.documentId);
        const values = {
          markdown: c.text(input.markdown),
          pages: c.json(input.pages),
          warnings: c.json(input.warnings ?? []),
          created_at: now,
        };
        const row = await tx
          .insertInto('conversions')
          .values({ document_id: input.documentId, converter_version: input.converterVersion, ...values })
          .onConflict((oc) => oc.columns(['document_id', 'converter_version']).doUpdateSet(values))
          .returningAll()
          .executeTakeFirstOrThrow();
        return toConversion(row, c);
      });
    },

    async getCurrentConversion(documentId: number): Promise<StoredConversion | undefined> {
      const row = await db
        .selectFrom('conversions')
        .selectAll()
        .where('document_id', '=', documentId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row && toConversion(row, c);
    },

    async getConversion(documentId: number, converterVersion: string): Promise<StoredConversion | undefined> {
      const row = await db
        .selectFrom('conversions')
        .selectAll()
        .where('document_id', '=', documentId)
        .where('converter_version', '=', converterVersion)
        .executeTakeFirst();
      return row && toConversion(row, c);
    },
  };
}
