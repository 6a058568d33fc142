import pg from 'pg';

/**
 * The PostgreSQL the tests talk to: TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/test
 * (trust auth), falling back to the `root` role; the `test` database is created if missing.
 */
export async function testPostgresUrl(): Promise<string> {
  const candidates = process.env['TEST_DATABASE_URL']
    ? [process.env['TEST_DATABASE_URL']]
    : ['postgres://postgres@127.0.0.1:5432/test', 'postgres://root@127.0.0.1:5432/test'];
  const errors: string[] = [];
  for (const url of candidates) {
    try {
      await ping(url);
      return url;
    } catch (error) {
      if ((error as { code?: string }).code === '3D000') {
        await createDatabase(url);
        await ping(url);
        return url;
      }
      errors.push(`${url}: ${(error as Error).message}`);
    }
  }
  throw new Error(`PostgreSQL for the store tests is not reachable:\n${errors.join('\n')}`);
}

async function ping(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.end();
}

async function createDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`create database "${name.replace(/"/g, '""')}"`);
  } catch (error) {
    if ((error as { code?: string }).code !== '42P04') throw error;
  } finally {
    await client.end();
  }
}
