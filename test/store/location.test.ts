import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeStoreLocation, resolveStoreLocation } from '../../src/store/index.ts';

describe('resolveStoreLocation', () => {
  it('defaults to DATABASE_URL, then ./data/solieu.db', () => {
    expect(resolveStoreLocation(undefined, {})).toEqual({ kind: 'sqlite', file: resolve('data/solieu.db') });
    expect(resolveStoreLocation(undefined, { DATABASE_URL: '  ' })).toEqual({ kind: 'sqlite', file: resolve('data/solieu.db') });
    expect(resolveStoreLocation(undefined, { DATABASE_URL: 'postgres://u@db:5432/solieu' })).toEqual({
      kind: 'postgres',
      url: 'postgres://u@db:5432/solieu',
      schema: null,
    });
    expect(resolveStoreLocation('/tmp/x.db', { DATABASE_URL: 'postgres://u@db/solieu' })).toEqual({ kind: 'sqlite', file: '/tmp/x.db' });
  });

  it('reads file paths, sqlite: and file: prefixes, :memory:', () => {
    expect(resolveStoreLocation('kho/solieu.db', {})).toEqual({ kind: 'sqlite', file: resolve('kho/solieu.db') });
    expect(resolveStoreLocation('sqlite:///tmp/a.db', {})).toEqual({ kind: 'sqlite', file: '/tmp/a.db' });
    expect(resolveStoreLocation('file:/tmp/b.db', {})).toEqual({ kind: 'sqlite', file: '/tmp/b.db' });
    expect(resolveStoreLocation(':memory:', {})).toEqual({ kind: 'sqlite', file: ':memory:' });
  });

  it('takes a schema from a PostgreSQL URL and hides the password when describing it', () => {
    const location = resolveStoreLocation('postgresql://solieu:bi-mat@10.0.0.5:5432/solieu?schema=quy1&sslmode=disable', {});
    expect(location).toEqual({
      kind: 'postgres',
      url: 'postgresql://solieu:bi-mat@10.0.0.5:5432/solieu?sslmode=disable',
      schema: 'quy1',
    });
    const described = describeStoreLocation(location);
    expect(described).not.toContain('bi-mat');
    expect(described).toContain('solieu:***@10.0.0.5');
    expect(described).toContain('schema=quy1');
  });
});
