import { sql, type Kysely, type Migration } from 'kysely';
import { columnTypes, ownedBy } from './column-types.ts';

/** documents, conversions, extractions (versioned, one current), reviews, runs. */
export const initial: Migration = {
  async up(db: Kysely<unknown>) {
    const t = columnTypes(db);

    await t
      .id(db.schema.createTable('documents'))
      .addColumn('sha256', 'text', (c) => c.notNull().unique())
      .addColumn('content', t.blob, (c) => c.notNull())
      .addColumn('size', 'integer', (c) => c.notNull())
      .addColumn('file_name', 'text', (c) => c.notNull())
      .addColumn('format', 'text', (c) => c.notNull())
      .addColumn('uploader', 'text')
      .addColumn('uploaded_at', t.timestamp, (c) => c.notNull())
      .addColumn('agency', 'text')
      .addColumn('province', 'text')
      .addColumn('period', 'text')
      .addColumn('status', 'text', (c) =>
        c.notNull().defaultTo('queued').check(sql`status in ('queued', 'converted', 'extracted', 'failed')`),
      )
      .addColumn('error_code', 'text')
      .addColumn('error_message', 'text')
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('documents_agency_period').on('documents').columns(['agency', 'period']).execute();
    await db.schema.createIndex('documents_period').on('documents').column('period').execute();
    await db.schema.createIndex('documents_status').on('documents').column('status').execute();
    await db.schema.createIndex('documents_uploaded_at').on('documents').column('uploaded_at').execute();

    await t
      .id(db.schema.createTable('conversions'))
      .addColumn('document_id', 'integer', ownedBy('documents'))
      .addColumn('converter_version', 'text', (c) => c.notNull())
      .addColumn('markdown', 'text', (c) => c.notNull())
      .addColumn('pages', t.json, (c) => c.notNull())
      .addColumn('warnings', t.json, (c) => c.notNull())
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addUniqueConstraint('conversions_document_version', ['document_id', 'converter_version'])
      .execute();

    await t
      .id(db.schema.createTable('extractions'))
      .addColumn('document_id', 'integer', ownedBy('documents'))
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('is_current', t.bool, (c) => c.notNull())
      .addColumn('rules_version', 'text', (c) => c.notNull())
      .addColumn('report', t.json, (c) => c.notNull())
      .addColumn('record_count', 'integer', (c) => c.notNull())
      .addColumn('flags_error', 'integer', (c) => c.notNull())
      .addColumn('flags_warning', 'integer', (c) => c.notNull())
      .addColumn('flags_info', 'integer', (c) => c.notNull())
      .addColumn('idempotency_key', 'text')
      .addColumn('run_id', 'integer')
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addUniqueConstraint('extractions_document_version', ['document_id', 'version'])
      .addUniqueConstraint('extractions_document_key', ['document_id', 'idempotency_key'])
      .execute();
    // At most one current extraction per document; putExtraction keeps it at exactly one.
    await sql`create unique index extractions_one_current on extractions (document_id) where is_current = ${sql.raw(t.trueLiteral)}`.execute(db);

    await t
      .id(db.schema.createTable('reviews'))
      .addColumn('document_id', 'integer', ownedBy('documents'))
      .addColumn('fingerprint', 'text', (c) => c.notNull())
      .addColumn('check_id', 'text')
      .addColumn('decision', 'text', (c) =>
        c.notNull().check(sql`decision in ('confirmed', 'dismissed', 'corrected')`),
      )
      .addColumn('corrected_value', t.double)
      .addColumn('reason', 'text')
      .addColumn('reviewer', 'text', (c) => c.notNull())
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('reviews_document_fingerprint').on('reviews').columns(['document_id', 'fingerprint']).execute();
    await db.schema.createIndex('reviews_fingerprint').on('reviews').column('fingerprint').execute();

    await t
      .id(db.schema.createTable('runs'))
      .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('batch', 'reprocess', 'nightly')`))
      .addColumn('status', 'text', (c) =>
        c.notNull().check(sql`status in ('running', 'succeeded', 'failed')`),
      )
      .addColumn('params', t.json, (c) => c.notNull())
      .addColumn('summary', t.json)
      .addColumn('error', 'text')
      .addColumn('started_at', t.timestamp, (c) => c.notNull())
      .addColumn('finished_at', t.timestamp)
      .execute();
    await db.schema.createIndex('runs_kind_started').on('runs').columns(['kind', 'started_at']).execute();
  },

  async down(db: Kysely<unknown>) {
    for (const table of ['runs', 'reviews', 'extractions', 'conversions', 'documents']) {
      await db.schema.dropTable(table).ifExists().execute();
    }
  },
};
