import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { defineStoreConformance } from './conformance.ts';
import type { StoreBackend } from './harness.ts';

const sqlite: StoreBackend = {
  name: 'sqlite',
  async createDatabase() {
    const dir = mkdtempSync(join(tmpdir(), 'solieu-store-'));
    const location = join(dir, 'nested', 'solieu.db');
    return {
      location,
      open: () => openStore(location),
      async query<T>(text: string) {
        const db = new Database(location);
        try {
          const statement = db.prepare(text);
          return (statement.reader ? statement.all() : (statement.run(), [])) as T[];
        } finally {
          db.close();
        }
      },
      async drop() {
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

defineStoreConformance(sqlite);

describe('sqlite store specifics', () => {
  it('uses WAL and a busy timeout, and creates the folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'solieu-store-'));
    try {
      const file = join(dir, 'a', 'b', 'x.db');
      const store = await openStore(file);
      await store.close();
      const db = new Database(file);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('works in memory', async () => {
    const store = await openStore(':memory:');
    const { created } = await store.putDocument({ content: new Uint8Array([1, 2, 3]), fileName: 'x', format: 'unknown' });
    expect(created).toBe(true);
    await store.close();
  });
});
