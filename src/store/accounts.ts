import type { Kysely, Selectable } from 'kysely';
import { normalizeInstant, type Codec } from './codec.ts';
import type { AuditTable, Database, TokensTable, UsersTable } from './database.ts';
import { StoreNotFoundError } from './not-found-error.ts';
import type {
  JsonObject,
  NewAuditEntry,
  NewToken,
  NewUser,
  Role,
  StoredAuditEntry,
  StoredToken,
  StoredUser,
} from './types.ts';

/** Users, API tokens and the audit log of the web app. */
export function accountsRepository(db: Kysely<Database>, c: Codec) {
  const toUser = (row: Selectable<UsersTable>): StoredUser => ({
    id: row.id,
    name: row.name,
    role: row.role as Role,
    passwordHash: row.password_hash,
    disabled: Boolean(row.disabled),
    createdAt: c.time(row.created_at),
  });
  const toToken = (row: Selectable<TokensTable>): StoredToken => ({
    id: row.id,
    name: row.name,
    role: row.role as Role,
    tokenHash: row.token_hash,
    createdAt: c.time(row.created_at),
    revokedAt: c.timeOrNull(row.revoked_at),
  });
  const toAudit = (row: Selectable<AuditTable>): StoredAuditEntry => ({
    id: row.id,
    actor: row.actor,
    action: row.action,
    detail: c.fromJson<JsonObject>(row.detail),
    at: c.time(row.at),
  });

  return {
    async createUser(input: NewUser): Promise<StoredUser> {
      const row = await db
        .insertInto('users')
        .values({
          name: input.name,
          role: input.role,
          password_hash: input.passwordHash,
          disabled: c.bool(false),
          created_at: new Date().toISOString(),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toUser(row);
    },

    async getUserByName(name: string): Promise<StoredUser | undefined> {
      const row = await db.selectFrom('users').selectAll().where('name', '=', name).executeTakeFirst();
      return row && toUser(row);
    },

    async createToken(input: NewToken): Promise<StoredToken> {
      const row = await db
        .insertInto('tokens')
        .values({ name: input.name, role: input.role, token_hash: input.tokenHash, created_at: new Date().toISOString() })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toToken(row);
    },

    async getTokenByHash(tokenHash: string): Promise<StoredToken | undefined> {
      const row = await db
        .selectFrom('tokens')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return row && toToken(row);
    },

    async revokeToken(id: number): Promise<void> {
      const result = await db
        .updateTable('tokens')
        .set({ revoked_at: new Date().toISOString() })
        .where('id', '=', id)
        .executeTakeFirst();
      if (result.numUpdatedRows === 0n) throw new StoreNotFoundError('token', id);
    },

    async addAudit(input: NewAuditEntry): Promise<StoredAuditEntry> {
      const row = await db
        .insertInto('audit')
        .values({
          actor: input.actor,
          action: input.action,
          detail: c.json(input.detail ?? {}),
          at: input.at ? normalizeInstant(input.at) : new Date().toISOString(),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toAudit(row);
    },

    async listAudit(options: { actor?: string; limit?: number } = {}): Promise<StoredAuditEntry[]> {
      let query = db.selectFrom('audit').selectAll();
      if (options.actor !== undefined) query = query.where('actor', '=', options.actor);
      const rows = await query.orderBy('at', 'desc').orderBy('id', 'desc').limit(options.limit ?? 100).execute();
      return rows.map(toAudit);
    },
  };
}
