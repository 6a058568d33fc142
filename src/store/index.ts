export { openStore, type OpenStoreOptions } from './open-store.ts';
export { resolveStoreLocation, describeStoreLocation, DEFAULT_SQLITE_FILE, type StoreLocation } from './location.ts';
export { StoreNotFoundError } from './not-found-error.ts';
export { sha256Of } from './documents.ts';
export type * from './types.ts';
export { DOCUMENT_STATUSES, REVIEW_DECISIONS, ROLES } from './types.ts';
