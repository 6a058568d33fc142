import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { defineStoreConformance } from './conformance.ts';
import type { StoreBackend } from './harness.ts';
import { testPostgresUrl } from './postgres-url.ts';

let baseUrl = '';
let admin: pg.Client;

beforeAll(async () => {
  baseUrl = await testPostgresUrl();
  admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
});

afterAll(async () => {
  await admin?.end();
});

/** Every test gets its own schema (dropped after), so parallel runs never collide. */
function freshSchema(): string {
  return `solieu_test_${process.pid}_${randomBytes(4).toString('hex')}`;
}

function withSchema(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('schema', schema);
  return u.toString();
}

const postgres: StoreBackend = {
  name: 'postgres',
  async createDatabase() {
    const schema = freshSchema();
    const location = withSchema(baseUrl, schema);
    return {
      location,
      open: () => openStore(location, { poolSize: 4 }),
      async query<T>(text: string) {
        const client = new pg.Client({ connectionString: baseUrl, options: `-c search_path=${schema}` });
        await client.connect();
        try {
          return (await client.query(text)).rows as T[];
        } finally {
          await client.end();
        }
      },
      async drop() {
        await admin.query(`drop schema if exists "${schema}" cascade`);
      },
    };
  },
};

defineStoreConformance(postgres);

describe('postgres store specifics', () => {
  it('uses jsonb, bytea and timestamptz columns in the requested schema', async () => {
    const schema = freshSchema();
    const store = await openStore(baseUrl, { schema });
    try {
      const { rows } = await admin.query<{ table_name: string; column_name: string; data_type: string }>(
        `select table_name, column_name, data_type from information_schema.columns
          where table_schema = $1 and (table_name, column_name) in
            (('documents', 'content'), ('documents', 'uploaded_at'), ('extractions', 'report'), ('extractions', 'is_current'))
          order by table_name, column_name`,
        [schema],
      );
      expect(rows.map((r) => `${r.table_name}.${r.column_name}:${r.data_type}`)).toEqual([
        'documents.content:bytea',
        'documents.uploaded_at:timestamp with time zone',
        'extractions.is_current:boolean',
        'extractions.report:jsonb',
      ]);
      expect(store.location).toContain(`schema=${schema}`);
    } finally {
      await store.close();
      await admin.query(`drop schema if exists "${schema}" cascade`);
    }
  });

  it('refuses a schema name that is not a plain lower-case identifier', async () => {
    await expect(openStore(baseUrl, { schema: 'x; drop table y' })).rejects.toThrow(/schema/);
  });
});
