/** A fresh PostgreSQL schema per suite (the store's tests' PostgreSQL, see test/store/postgres-url.ts). */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { testPostgresUrl } from '../../store/postgres-url.ts';

export interface TestSchema {
  location: string;
  drop(): Promise<void>;
}

export async function freshSchema(): Promise<TestSchema> {
  const base = await testPostgresUrl();
  const schema = `solieu_workers_${process.pid}_${randomBytes(3).toString('hex')}`;
  const url = new URL(base);
  url.searchParams.set('schema', schema);
  return {
    location: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      try {
        await client.query(`drop schema if exists "${schema}" cascade`);
      } finally {
        await client.end();
      }
    },
  };
}
