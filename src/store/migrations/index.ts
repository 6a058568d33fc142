import type { Migration, MigrationProvider } from 'kysely';
import { initial } from './0001-initial.ts';
import { accounts } from './0002-accounts.ts';
import { bodyKey } from './0003-body-key.ts';

/** Every migration, by name; names sort in the order they run. Never rename or edit a released one. */
export const migrations: { [name: string]: Migration } = {
  '0001-initial': initial,
  '0002-accounts': accounts,
  '0003-body-key': bodyKey,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
