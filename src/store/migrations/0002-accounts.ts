import { sql, type Kysely, type Migration } from 'kysely';
import { columnTypes } from './column-types.ts';

/** users, api tokens and the audit log for the web app. */
export const accounts: Migration = {
  async up(db: Kysely<unknown>) {
    const t = columnTypes(db);
    const role = sql`role in ('uploader', 'analyst', 'admin')`;

    await t
      .id(db.schema.createTable('users'))
      .addColumn('name', 'text', (c) => c.notNull().unique())
      .addColumn('role', 'text', (c) => c.notNull().check(role))
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('disabled', t.bool, (c) => c.notNull())
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .execute();

    await t
      .id(db.schema.createTable('tokens'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull().check(role))
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('revoked_at', t.timestamp)
      .execute();

    await t
      .id(db.schema.createTable('audit'))
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('detail', t.json, (c) => c.notNull())
      .addColumn('at', t.timestamp, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('audit_at').on('audit').column('at').execute();
  },

  async down(db: Kysely<unknown>) {
    for (const table of ['audit', 'tokens', 'users']) await db.schema.dropTable(table).ifExists().execute();
  },
};
