import type { Kysely } from 'kysely';
import { Report } from '../schema/index.ts';
import { bodyKeyOf } from '../text/body-key.ts';
import { normalizeInstant, type Codec } from './codec.ts';
import type { Database } from './database.ts';
import { StoreNotFoundError } from './not-found-error.ts';
import { toExtraction, toExtractionSummary } from './rows.ts';
import type {
  CurrentExtractionFilter,
  ExtractionSummary,
  NewExtraction,
  PutExtractionResult,
  StoredExtraction,
} from './types.ts';

const SUMMARY_COLUMNS = [
  'id', 'document_id', 'version', 'is_current', 'rules_version', 'record_count', 'flags_error',
  'flags_warning', 'flags_info', 'idempotency_key', 'run_id', 'created_at',
] as const;

export function extractionsRepository(db: Kysely<Database>, c: Codec) {
  return {
    async putExtraction(input: NewExtraction): Promise<PutExtractionResult> {
      const report = Report.parse(input.report);
      const now = new Date().toISOString();
      return db.transaction().execute(async (tx) => {
        // Touching the document row first locks it (row lock in PostgreSQL, the write lock in
        // SQLite): concurrent puts for one document run one after the other.
        const touched = await tx
          .updateTable('documents')
          .set({ updated_at: now })
          .where('id', '=', input.documentId)
          .executeTakeFirst();
        if (touched.numUpdatedRows === 0n) throw new StoreNotFoundError('tài liệu', input.documentId);

        const current = await tx
          .selectFrom('extractions')
          .select(['id', 'version'])
          .where('document_id', '=', input.documentId)
          .where('is_current', '=', c.bool(true))
          .executeTakeFirst();

        if (input.key !== undefined) {
          const same = await tx
            .selectFrom('extractions')
            .select(['id', 'version'])
            .where('document_id', '=', input.documentId)
            .where('idempotency_key', '=', input.key)
            .executeTakeFirst();
          if (same) return { id: same.id, version: same.version, created: false, previousId: current?.id ?? null };
        }

        const { max } = await tx
          .selectFrom('extractions')
          .select((eb) => eb.fn.max('version').as('max'))
          .where('document_id', '=', input.documentId)
          .executeTakeFirstOrThrow();
        const version = c.int(max) + 1;

        if (current) {
          await tx.updateTable('extractions').set({ is_current: c.bool(false) }).where('id', '=', current.id).execute();
        }
        const count = (severity: string) => report.flags.filter((f) => f.severity === severity).length;
        const inserted = await tx
          .insertInto('extractions')
          .values({
            document_id: input.documentId,
            version,
            is_current: c.bool(true),
            rules_version: input.rulesVersion,
            report: c.json(report),
            record_count: report.records.length,
            flags_error: count('error'),
            flags_warning: count('warning'),
            flags_info: count('info'),
            idempotency_key: input.key ?? null,
            run_id: input.runId ?? null,
            created_at: input.createdAt ? normalizeInstant(input.createdAt) : now,
          })
          .returning('id')
          .executeTakeFirstOrThrow();

        await tx
          .updateTable('documents')
          .set({
            status: 'extracted',
            error_code: null,
            error_message: null,
            agency: c.text(report.agency),
            province: c.text(report.province),
            body_key: c.text(bodyKeyOf(report.agency, report.province)),
            period: c.text(report.period),
          })
          .where('id', '=', input.documentId)
          .execute();

        return { id: inserted.id, version, created: true, previousId: current?.id ?? null };
      });
    },

    async getExtraction(id: number): Promise<StoredExtraction | undefined> {
      const row = await db.selectFrom('extractions').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toExtraction(row, c);
    },

    async getCurrentExtraction(documentId: number): Promise<StoredExtraction | undefined> {
      const row = await db
        .selectFrom('extractions')
        .selectAll()
        .where('document_id', '=', documentId)
        .where('is_current', '=', c.bool(true))
        .executeTakeFirst();
      return row && toExtraction(row, c);
    },

    async listExtractions(documentId: number): Promise<ExtractionSummary[]> {
      const rows = await db
        .selectFrom('extractions')
        .select(SUMMARY_COLUMNS)
        .where('document_id', '=', documentId)
        .orderBy('version')
        .execute();
      return rows.map((row) => toExtractionSummary(row, c));
    },

    async listCurrentExtractions(filter: CurrentExtractionFilter = {}): Promise<StoredExtraction[]> {
      if (filter.documentIds && filter.documentIds.length === 0) return [];
      let query = db
        .selectFrom('extractions')
        .innerJoin('documents', 'documents.id', 'extractions.document_id')
        .selectAll('extractions')
        .where('extractions.is_current', '=', c.bool(true));
      if (filter.agency !== undefined) query = query.where('documents.agency', '=', filter.agency);
      if (filter.period !== undefined) query = query.where('documents.period', '=', filter.period);
      if (filter.documentIds) query = query.where('extractions.document_id', 'in', filter.documentIds);
      const rows = await query.orderBy('extractions.document_id').execute();
      return rows.map((row) => toExtraction(row, c));
    },
  };
}
