import type { Migration, MigrationProvider } from 'kysely';
import { initial } from './0001-initial.ts';
import { accounts } from './0002-accounts.ts';

/** Every migration, by name; names sort in the order they run. Never rename or edit a released one. */
export const migrations: { [name: string]: Migration } = {
  '0001-initial': initial,
  '0002-accounts': accounts,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
