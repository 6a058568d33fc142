/**
 * An upload into the store: every file stored as is (putDocument is idempotent by sha256), and
 * which of them still need processing — new files, files whose processing never finished, and
 * files that failed for a passing reason. A file already read (or refused for a reason of its
 * own) is not processed again: re-submitting it changes nothing.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { reportFormatOf } from '../src/convert/index.ts';
import type { DocumentStatus, Store, StoredDocument } from '../src/store/index.ts';

/** Failure codes that are not the file's fault: submitting the file again retries it. */
export const RETRYABLE_CODES: ReadonlySet<string> = new Set(['processing-failed', 'convert-crashed']);

export interface SubmittedFile {
  path: string;
  /** null when the file could not be read from disk (see `error`). */
  document: StoredDocument | null;
  created: boolean;
  /** Needs a report job (or an inline run). */
  process: boolean;
  error?: { code: string; message: string };
}


export function needsProcessing(doc: Pick<StoredDocument, 'status' | 'errorCode'>): boolean {
  const status: DocumentStatus = doc.status;
  if (status === 'queued' || status === 'converted') return true;
  return status === 'failed' && RETRYABLE_CODES.has(doc.errorCode ?? '');
}

export async function storeFiles(
  store: Store,
  paths: readonly string[],
  options: { uploader?: string | null; onFile?: (file: SubmittedFile) => void } = {},
): Promise<SubmittedFile[]> {
  const out: SubmittedFile[] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(path);
    } catch (e) {
      const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
      const file: SubmittedFile = {
        path,
        document: null,
        created: false,
        process: false,
        error: missing
          ? { code: 'file-not-found', message: `Không tìm thấy tệp: ${path}` }
          : { code: 'unreadable-file', message: `Không đọc được tệp: ${path}` },
      };
      out.push(file);
      options.onFile?.(file);
      continue;
    }
    const put = await store.putDocument({ content: bytes, fileName: basename(path), format: reportFormatOf(bytes), uploader: options.uploader ?? null });
    const document = await store.getDocumentById(put.id);
    if (!document) throw new Error(`Tài liệu ${put.id} vừa lưu không đọc lại được.`);
    const file: SubmittedFile = { path, document, created: put.created, process: !seen.has(put.sha256) && needsProcessing(document) };
    seen.add(put.sha256);
    out.push(file);
    options.onFile?.(file);
  }
  return out;
}
