import { resolve } from 'node:path';

export const DEFAULT_SQLITE_FILE = './data/solieu.db';

export type StoreLocation =
  | { kind: 'sqlite'; file: string }
  | { kind: 'postgres'; url: string; schema: string | null };

/**
 * Where the store lives: `postgres://…` (or `postgresql://…`) → PostgreSQL, anything else is a
 * SQLite file path (`:memory:` allowed). Defaults to DATABASE_URL, then ./data/solieu.db.
 * A `schema` query parameter on a PostgreSQL URL puts every table in that schema.
 */
export function resolveStoreLocation(location?: string, env: NodeJS.ProcessEnv = process.env): StoreLocation {
  const raw = (location ?? env['DATABASE_URL'] ?? '').trim() || DEFAULT_SQLITE_FILE;
  if (/^postgres(ql)?:\/\//i.test(raw)) {
    const url = new URL(raw);
    const schema = url.searchParams.get('schema');
    url.searchParams.delete('schema');
    return { kind: 'postgres', url: url.toString(), schema: schema || null };
  }
  const file = raw.replace(/^(sqlite|file):(\/\/)?/i, '');
  return { kind: 'sqlite', file: file === ':memory:' ? file : resolve(file) };
}

/** The location for people: the password of a PostgreSQL URL hidden. */
export function describeStoreLocation(location: StoreLocation): string {
  if (location.kind === 'sqlite') return location.file;
  const url = new URL(location.url);
  if (url.password) url.password = '***';
  if (location.schema) url.searchParams.set('schema', location.schema);
  return url.toString();
}
