import type { Store } from '../../src/store/index.ts';

/** One empty database for one test; every `open()` is a new connection to the same data. */
export interface TestDatabase {
  /** The location string openStore takes (also given to child processes). */
  location: string;
  open(): Promise<Store>;
  /** Raw SQL against the same database (for assertions the Store interface does not offer). */
  query<T = Record<string, unknown>>(text: string): Promise<T[]>;
  drop(): Promise<void>;
}

export interface StoreBackend {
  name: 'sqlite' | 'postgres';
  createDatabase(): Promise<TestDatabase>;
}
