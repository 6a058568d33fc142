import type { ColumnDefinitionBuilder, CreateTableBuilder, Kysely } from 'kysely';
import { dialectOf, type DialectKind } from '../codec.ts';

/** Column types per dialect: migrations are written once for SQLite and PostgreSQL. */
export interface ColumnTypes {
  kind: DialectKind;
  blob: 'blob' | 'bytea';
  json: 'text' | 'jsonb';
  timestamp: 'text' | 'timestamptz';
  bool: 'integer' | 'boolean';
  double: 'real' | 'double precision';
  /** A literal true for raw SQL (partial indexes). */
  trueLiteral: '1' | 'true';
  /** An auto-incremented integer primary key named `id`. */
  id<T extends string, C extends string>(table: CreateTableBuilder<T, C>): CreateTableBuilder<T, C | 'id'>;
}

export function columnTypes(db: Kysely<unknown>): ColumnTypes {
  const kind = dialectOf(db);
  const pg = kind === 'postgres';
  return {
    kind,
    blob: pg ? 'bytea' : 'blob',
    json: pg ? 'jsonb' : 'text',
    timestamp: pg ? 'timestamptz' : 'text',
    bool: pg ? 'boolean' : 'integer',
    double: pg ? 'double precision' : 'real',
    trueLiteral: pg ? 'true' : '1',
    id: (table) =>
      pg
        ? table.addColumn('id', 'serial', (c) => c.primaryKey())
        : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement()),
  };
}

/** `references <table>(id) on delete cascade not null` */
export function ownedBy(table: string) {
  return (c: ColumnDefinitionBuilder) => c.notNull().references(`${table}.id`).onDelete('cascade');
}
