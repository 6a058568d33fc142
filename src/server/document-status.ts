/** Where each document is in the flow, for the upload page and the API. */
import type { Store, StoredDocument } from '../store/index.ts';
import { STATUS_LABELS, shownStatus, type ShownStatus } from './views/format.ts';

export interface DocumentStatusView {
  id: number;
  fileName: string;
  status: ShownStatus;
  statusLabel: string;
  /** Why it failed, in Vietnamese (failed only). */
  reason: string | null;
  errorCode: string | null;
  agency: string | null;
  province: string | null;
  period: string | null;
  flags: { error: number; warning: number; info: number } | null;
  version: number | null;
  url: string;
}

export async function documentStatus(store: Store, doc: StoredDocument): Promise<DocumentStatusView> {
  const versions = await store.listExtractions(doc.id);
  const current = versions.find((v) => v.current);
  const status = shownStatus(doc, current);
  return {
    id: doc.id,
    fileName: doc.fileName,
    status,
    statusLabel: STATUS_LABELS[status],
    reason: doc.status === 'failed' ? (doc.errorMessage ?? 'Không đọc được tệp.') : null,
    errorCode: doc.status === 'failed' ? doc.errorCode : null,
    agency: doc.agency,
    province: doc.province,
    period: doc.period,
    flags: current ? current.flagCounts : null,
    version: current?.version ?? null,
    url: `/reports/${doc.id}`,
  };
}

export async function documentStatuses(store: Store, ids: number[]): Promise<DocumentStatusView[]> {
  const out: DocumentStatusView[] = [];
  for (const id of ids) {
    const doc = await store.getDocumentById(id);
    if (doc) out.push(await documentStatus(store, doc));
  }
  return out;
}
