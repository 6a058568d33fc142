/**
 * Flags as analysts see them: every flag of the current extractions, with the latest review of
 * its fingerprint, plus the flags of earlier extraction versions that the current rules no
 * longer raise ("resolved by the new rules"). Reviews attach by fingerprint, so a decision
 * made before reprocessing stays with the flag after it.
 */
import type { Flag, Severity } from '../schema/index.ts';
import type { Store, StoredDocument, StoredReview } from '../store/index.ts';

export type FlagStatus = 'open' | 'confirmed' | 'dismissed' | 'corrected' | 'resolved';
export const FLAG_STATUSES: readonly FlagStatus[] = ['open', 'confirmed', 'dismissed', 'corrected', 'resolved'];

export interface FlagView {
  fingerprint: string;
  document: StoredDocument;
  flag: Flag;
  status: FlagStatus;
  review: StoredReview | null;
  /** Extraction version the flag is read from (the current one unless resolved). */
  version: number;
  /** Resolved flags: the first version that no longer raised it. */
  resolvedInVersion: number | null;
}

export interface FlagFilter {
  period?: string;
  agency?: string;
  check?: string;
  severity?: Severity;
  status?: FlagStatus;
  documentId?: number;
  fingerprint?: string;
}

/** Flags of past extraction versions never change: cached by extraction id. */
export type FlagCache = Map<number, Flag[]>;

async function flagsOfVersion(store: Store, extractionId: number, cache: FlagCache): Promise<Flag[]> {
  const hit = cache.get(extractionId);
  if (hit) return hit;
  const flags = (await store.getExtraction(extractionId))?.report.flags ?? [];
  cache.set(extractionId, flags);
  return flags;
}

function statusOf(review: StoredReview | null): FlagStatus {
  return review ? review.decision : 'open';
}

/** Flags that earlier versions raised and the current one does not (newest occurrence first wins). */
async function resolvedFlags(
  store: Store,
  document: StoredDocument,
  current: { id: number; version: number; flags: Flag[] },
  reviews: Map<string, StoredReview>,
  cache: FlagCache,
): Promise<FlagView[]> {
  if (current.version <= 1) return [];
  const live = new Set(current.flags.map((f) => f.fingerprint));
  const versions = (await store.listExtractions(document.id)).filter((v) => v.version < current.version);
  const all = [...versions.map((v) => ({ id: v.id, version: v.version })), { id: current.id, version: current.version }];
  const out = new Map<string, FlagView>();
  for (let i = versions.length - 1; i >= 0; i--) {
    const v = versions[i]!;
    for (const flag of await flagsOfVersion(store, v.id, cache)) {
      if (live.has(flag.fingerprint) || out.has(flag.fingerprint)) continue;
      const next = all.find((x) => x.version > v.version);
      out.set(flag.fingerprint, {
        fingerprint: flag.fingerprint,
        document,
        flag,
        status: 'resolved',
        review: reviews.get(flag.fingerprint) ?? null,
        version: v.version,
        resolvedInVersion: next?.version ?? current.version,
      });
    }
  }
  return [...out.values()];
}

function matches(view: FlagView, filter: FlagFilter): boolean {
  if (filter.check !== undefined && view.flag.check !== filter.check) return false;
  if (filter.severity !== undefined && view.flag.severity !== filter.severity) return false;
  if (filter.status !== undefined && view.status !== filter.status) return false;
  if (filter.fingerprint !== undefined && view.fingerprint !== filter.fingerprint) return false;
  return true;
}

/** Every flag matching the filter, ordered by period, agency, document, then place. */
export async function listFlagViews(store: Store, filter: FlagFilter = {}, cache: FlagCache = new Map()): Promise<FlagView[]> {
  const docFilter = {
    ...(filter.period !== undefined ? { period: filter.period } : {}),
    ...(filter.agency !== undefined ? { agency: filter.agency } : {}),
  };
  const documents = new Map((await store.listDocuments(docFilter)).map((d) => [d.id, d]));
  const extractions = await store.listCurrentExtractions({
    ...docFilter,
    ...(filter.documentId !== undefined ? { documentIds: [filter.documentId] } : {}),
  });
  const reviewsByDoc = new Map<number, Map<string, StoredReview>>();
  for (const r of await store.listReviews(filter.documentId !== undefined ? { documentId: filter.documentId } : {})) {
    let m = reviewsByDoc.get(r.documentId);
    if (!m) reviewsByDoc.set(r.documentId, (m = new Map()));
    m.set(r.fingerprint, r); // oldest first: the latest wins
  }
  const views: FlagView[] = [];
  for (const ex of extractions) {
    const document = documents.get(ex.documentId) ?? (await store.getDocumentById(ex.documentId));
    if (!document) continue;
    const reviews = reviewsByDoc.get(ex.documentId) ?? new Map<string, StoredReview>();
    for (const flag of ex.report.flags) {
      const review = reviews.get(flag.fingerprint) ?? null;
      const view: FlagView = {
        fingerprint: flag.fingerprint,
        document,
        flag,
        status: statusOf(review),
        review,
        version: ex.version,
        resolvedInVersion: null,
      };
      if (matches(view, filter)) views.push(view);
    }
    if (filter.status === undefined || filter.status === 'resolved') {
      const current = { id: ex.id, version: ex.version, flags: ex.report.flags };
      for (const view of await resolvedFlags(store, document, current, reviews, cache)) {
        if (matches(view, filter)) views.push(view);
      }
    }
  }
  return views.sort(
    (a, b) =>
      (a.document.period ?? '').localeCompare(b.document.period ?? '') ||
      (a.document.agency ?? '').localeCompare(b.document.agency ?? '', 'vi') ||
      a.document.id - b.document.id ||
      (a.flag.place?.start ?? -1) - (b.flag.place?.start ?? -1),
  );
}

/** The one flag with this fingerprint (current or resolved), or undefined. */
export async function findFlagView(
  store: Store,
  fingerprint: string,
  documentId?: number,
  cache: FlagCache = new Map(),
): Promise<FlagView | undefined> {
  const views = await listFlagViews(
    store,
    { fingerprint, ...(documentId !== undefined ? { documentId } : {}) },
    cache,
  );
  return views[0];
}
