import { type Kysely, type Migration } from 'kysely';
import { bodyKeyOf } from '../../text/body-key.ts';
import { createCodec, dialectOf } from '../codec.ts';

/**
 * documents.body_key: the body a document's report is from (agency and province folded), indexed.
 * A report job finds the stored reports of its body for the cross-report checks by it, instead of
 * reading every document of the store (120–170 ms per job with 20,000 documents in SQLite).
 * The documents already stored get theirs here.
 */
export const bodyKey: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('documents').addColumn('body_key', 'text').execute();
    await db.schema.createIndex('documents_body_key').on('documents').column('body_key').execute();
    const typed = db as Kysely<{ documents: { id: number; agency: string | null; province: string | null; body_key: string | null } }>;
    const c = createCodec(dialectOf(db));
    const rows = await typed.selectFrom('documents').select(['id', 'agency', 'province']).where('agency', 'is not', null).execute();
    for (const row of rows) {
      await typed
        .updateTable('documents')
        .set({ body_key: c.text(bodyKeyOf(row.agency, row.province)) })
        .where('id', '=', row.id)
        .execute();
    }
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('documents_body_key').ifExists().execute();
    await db.schema.alterTable('documents').dropColumn('body_key').execute();
  },
};
