import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { bodyKeyOf } from '../text/body-key.ts';
import { normalizeInstant, type Codec } from './codec.ts';
import type { Database } from './database.ts';
import { StoreNotFoundError } from './not-found-error.ts';
import { toDocument } from './rows.ts';
import type {
  DocumentError,
  DocumentFilter,
  DocumentMetadata,
  DocumentStatus,
  NewDocument,
  PutDocumentResult,
  StoredDocument,
} from './types.ts';

const META_COLUMNS = [
  'id', 'sha256', 'size', 'file_name', 'format', 'uploader', 'uploaded_at', 'agency', 'province',
  'period', 'status', 'error_code', 'error_message', 'updated_at',
] as const;

export function sha256Of(content: Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

function toBuffer(content: Uint8Array): Buffer {
  return Buffer.isBuffer(content) ? content : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
}

export function documentsRepository(db: Kysely<Database>, c: Codec) {
  async function getBy(column: 'id' | 'sha256', value: number | string): Promise<StoredDocument | undefined> {
    const row = await db.selectFrom('documents').select(META_COLUMNS).where(column, '=', value).executeTakeFirst();
    return row && toDocument(row, c);
  }

  return {
    /** Idempotent by sha256: a known file writes nothing and returns its id with created: false. */
    async putDocument(input: NewDocument): Promise<PutDocumentResult> {
      const sha256 = sha256Of(input.content);
      const now = new Date().toISOString();
      const inserted = await db
        .insertInto('documents')
        .values({
          sha256,
          content: toBuffer(input.content),
          size: input.content.byteLength,
          file_name: c.text(input.fileName),
          format: input.format,
          uploader: c.text(input.uploader ?? null),
          uploaded_at: input.uploadedAt ? normalizeInstant(input.uploadedAt) : now,
          status: 'queued',
          updated_at: now,
        })
        .onConflict((oc) => oc.column('sha256').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (inserted) return { id: inserted.id, sha256, created: true };
      const existing = await db.selectFrom('documents').select('id').where('sha256', '=', sha256).executeTakeFirstOrThrow();
      return { id: existing.id, sha256, created: false };
    },

    getDocumentById: (id: number) => getBy('id', id),
    getDocumentBySha: (sha256: string) => getBy('sha256', sha256.toLowerCase()),

    async getDocumentContent(id: number): Promise<Uint8Array | undefined> {
      const row = await db.selectFrom('documents').select('content').where('id', '=', id).executeTakeFirst();
      return row && new Uint8Array(row.content.buffer, row.content.byteOffset, row.content.byteLength);
    },

    async listDocuments(filter: DocumentFilter = {}): Promise<StoredDocument[]> {
      let query = db.selectFrom('documents').select(META_COLUMNS);
      if (filter.period !== undefined) query = query.where('period', '=', filter.period);
      if (filter.agency !== undefined) query = query.where('agency', '=', filter.agency);
      if (filter.province !== undefined) query = query.where('province', '=', filter.province);
      if (filter.bodies !== undefined) {
        if (filter.bodies.length === 0) return [];
        query = query.where('body_key', 'in', filter.bodies.map((k) => c.text(k)!));
      }
      if (filter.status !== undefined) query = query.where('status', '=', filter.status);
      if (filter.since !== undefined) query = query.where('uploaded_at', '>=', normalizeInstant(filter.since));
      query = query.orderBy('id');
      if (filter.limit !== undefined) query = query.limit(filter.limit);
      if (filter.offset !== undefined) query = query.limit(filter.limit ?? 2 ** 31 - 1).offset(filter.offset);
      return (await query.execute()).map((row) => toDocument(row, c));
    },

    async setDocumentStatus(id: number, status: DocumentStatus, error?: DocumentError): Promise<void> {
      const failed = status === 'failed';
      const result = await db
        .updateTable('documents')
        .set({
          status,
          error_code: failed ? (error?.code ?? null) : null,
          error_message: failed ? c.text(error?.message ?? null) : null,
          updated_at: new Date().toISOString(),
        })
        .where('id', '=', id)
        .executeTakeFirst();
      if (result.numUpdatedRows === 0n) throw new StoreNotFoundError('tài liệu', id);
    },

    async setDocumentMetadata(id: number, metadata: DocumentMetadata): Promise<void> {
      const result = await db
        .updateTable('documents')
        .set({
          agency: c.text(metadata.agency),
          province: c.text(metadata.province),
          body_key: c.text(bodyKeyOf(metadata.agency, metadata.province)),
          period: c.text(metadata.period),
          updated_at: new Date().toISOString(),
        })
        .where('id', '=', id)
        .executeTakeFirst();
      if (result.numUpdatedRows === 0n) throw new StoreNotFoundError('tài liệu', id);
    },
  };
}
